//! The established level the ramp rule raises from, and what time off does to it.
//!
//! The established level before week `w` is the lowest of the last `ramp_window_weeks` weeks
//! that were not down weeks, looking back at most twice the window, with weeks before the plan
//! at the starting weekly distance. So a level must be held for the whole window before it
//! becomes the base for the next rise ("raise, hold, raise"), and a return to the level after
//! a down week is not a rise.
//!
//! Weeks without running after weeks with it are a break. Fitness fades with time off, so
//! instead of vanishing the level decays to a share of the weekly running held before the
//! break, after Daniels' guidance on returning from a break (*Daniels' Running Formula*, 3rd ed.,
//! 2014): up to 5 days off, resume where you were; up to 4 weeks off, come back at half the old
//! weekly load (then three-quarters); longer, at a third, building back in steps. A single week
//! without running is taken as a down week, not a break (see [`BREAK_DAYS`]). Each week of
//! the break counts at that decayed level, so the first week back may rise 30 % over it, and the
//! level builds back by the ramp's "raise, hold, raise" from there.

use super::context::Context;

/// A stretch of weeks without running that follows running and ends in running again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    /// Days without running, between the last run before and the first run after.
    pub days_off: i64,
    /// The weekly running held before the break.
    pub held: f64,
}

impl Break {
    /// The weekly level to come back at.
    pub fn level(&self) -> f64 {
        self.held * comeback_share(self.days_off).0
    }

    /// The share in words: "half", "a third".
    pub fn share_words(&self) -> &'static str {
        comeback_share(self.days_off).1
    }
}

/// Fewest days without running that make a break. Daniels resumes after up to 5 days off and
/// halves from 6; but a single week without running (7 to 13 days off) is also the method's
/// down week at its deepest, which the generator plans as a walking week for runners with one
/// run day, and the method returns from a down week to its level. So the decay starts at 14.
const BREAK_DAYS: i64 = 14;
/// Days off after which a runner comes back at half the old load, not a third.
const HALF_DAYS: i64 = 28;

/// The share of the old weekly load to come back at after a break of `days_off` days without
/// running, and its name in a message: one table, so the number and the words cannot disagree.
pub fn comeback_share(days_off: i64) -> (f64, &'static str) {
    if days_off <= HALF_DAYS { (0.5, "half") } else { (1.0 / 3.0, "a third") }
}

/// The level a week is compared with, and the break it was decayed from, if any.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Established {
    /// Weekly running distance.
    pub level: f64,
    /// The break whose decayed level this is.
    pub after: Option<Break>,
}

/// The established level before week `i`, or `None` when there is none to compare against
/// (not running yet: the level rules judge instead). `breaks` holds the break each week
/// belongs to, for weeks before `i`.
pub fn established(cx: &Context<'_>, breaks: &[Option<Break>], i: usize) -> Option<Established> {
    let window = cx.settings.ramp_window_weeks.max(1) as isize;
    let i = i as isize;
    let in_break = |j: isize| usize::try_from(j).ok().and_then(|j| breaks.get(j).copied().flatten());
    let levels: Vec<(f64, Option<Break>)> = (1..=2 * window)
        .map(|back| i - back)
        .filter_map(|j| match in_break(j) {
            Some(b) => Some((b.level(), Some(b))),
            // The staged start hands over at the highest weekly running it reached.
            None if cx.in_intro(j) => cx.intro.as_ref().map(|intro| (intro.level, None)),
            None => (!cx.is_down(j)).then(|| (cx.week_run(j), None)),
        })
        .take(window as usize)
        .collect();
    let lowest = if levels.is_empty() {
        // Nothing but down weeks: the highest recent week is the base.
        ((i - window..i).map(|j| cx.week_run(j)).fold(0.0, f64::max), None)
    } else {
        levels.into_iter().fold((f64::INFINITY, None), |low, l| if l.0 < low.0 { l } else { low })
    };
    (lowest.0 > 0.0).then_some(Established { level: lowest.0, after: lowest.1 })
}

/// The break each week belongs to: `Some` for the weeks without running of a break.
pub fn breaks(cx: &Context<'_>) -> Vec<Option<Break>> {
    let mut out: Vec<Option<Break>> = vec![None; cx.weeks.len()];
    // The last week with running before the current one, and the day of its last run. The
    // starting weekly distance is what the runner runs up to the day before the plan starts.
    let mut before: Option<(isize, chrono::NaiveDate)> = None;
    if cx.settings.starting_weekly_distance.get() > 0.0 {
        before = cx.plan.meta.start.pred_opt().map(|d| (-1, d));
    }
    let mut i = 0;
    while let Some(week) = cx.weeks.get(i) {
        if week.run > 0.0 {
            before = last_running_day(cx, i).map(|d| (i as isize, d));
            i += 1;
            continue;
        }
        let end = (i..cx.weeks.len()).find(|&j| cx.weeks.get(j).is_some_and(|w| w.run > 0.0));
        let (Some((p, last)), Some(end)) = (before, end) else {
            i += 1;
            continue;
        };
        let Some(first) = first_running_day(cx, end) else {
            i += 1;
            continue;
        };
        let level_before =
            usize::try_from(p).ok().and_then(|p| established(cx, &out, p)).map_or(0.0, |e| e.level);
        let held = cx.week_run(p).max(level_before);
        let found = Break { days_off: (first - last).num_days() - 1, held };
        if found.days_off < BREAK_DAYS {
            i = end;
            continue;
        }
        for slot in out.iter_mut().take(end).skip(i) {
            *slot = Some(found);
        }
        i = end;
    }
    out
}

fn last_running_day(cx: &Context<'_>, i: usize) -> Option<chrono::NaiveDate> {
    cx.running_in_week(i).iter().rev().find(|s| cx.distance(s) > 0.0).map(|s| s.date)
}

fn first_running_day(cx: &Context<'_>, i: usize) -> Option<chrono::NaiveDate> {
    cx.running_in_week(i).iter().find(|s| cx.distance(s) > 0.0).map(|s| s.date)
}

#[cfg(test)]
mod tests {
    use super::comeback_share;

    /// The numbers docs/rules.md gives for Daniels' guidance.
    #[test]
    fn time_off_decays_the_level_by_daniels_steps() {
        let rows = [(14, 0.5), (28, 0.5), (29, 1.0 / 3.0), (120, 1.0 / 3.0)];
        for (days_off, share) in rows {
            assert_eq!(comeback_share(days_off).0, share, "{days_off} days off");
        }
    }
}
