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
//!
//! Cross-training through the days off makes them count for less: Daniels' losses with aerobic
//! cross-training are about those of half the time off without it. Days on which the
//! cross-training each week lasted as long as the running held before count as half days, less
//! of it in proportion (see [`counted_days`]); so two weeks on the bike are not a break, and six
//! weeks of it come back at half, not a third.
//!
//! Fewer days off (a week or more without running, not a break) are the method's down week:
//! coming back to the level held before them is no raise, though the weeks they cut short are
//! lower (see [`held_before_gap`]).

use super::basis::Basis;
use crate::plan::{Activity, Minutes, SessionKind, Status};

/// A stretch of weeks without running that follows running and ends in running again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    /// Days without running, between the last run before and the first run after.
    pub days_off: i64,
    /// The days off the level decays by: fewer than `days_off` where cross-training went on.
    pub counted_days: i64,
    /// The weekly running held before the break.
    pub held: f64,
}

impl Break {
    /// The weekly level to come back at.
    pub fn level(&self) -> f64 {
        self.held * comeback_share(self.counted_days).0
    }

    /// The share as the catalogue selects its words by: "half", "third".
    pub fn share_words(&self) -> &'static str {
        comeback_share(self.counted_days).1
    }
}

/// Fewest days without running that make a break. Daniels resumes after up to 5 days off and
/// halves from 6; but a single week without running (7 to 13 days off) is also the method's
/// down week at its deepest, which the generator plans as a walking week for runners with one
/// run day, and the method returns from a down week to its level. So the decay starts at 14.
const BREAK_DAYS: i64 = 14;
/// Days off after which a runner comes back at half the old load, not a third.
const HALF_DAYS: i64 = 28;
/// Fewest days without running that cut the weeks around them short: a whole week's worth.
/// Fewer are the plan's own spacing (a runner with one run day a week has 6 days between runs).
const GAP_DAYS: i64 = 7;

/// The share of the old weekly load to come back at after a break of `days_off` days without
/// running, and its name in a message: one table, so the number and the words cannot disagree.
pub fn comeback_share(days_off: i64) -> (f64, &'static str) {
    if days_off <= HALF_DAYS { (0.5, "half") } else { (1.0 / 3.0, "third") }
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
/// (not running yet: the level rules judge instead). `gaps` holds, for weeks before `i`, the
/// break each week belongs to, or the level held before a shorter gap that cut it short.
pub fn established(cx: &Basis<'_>, gaps: &[Gap], i: usize) -> Option<Established> {
    let window = cx.settings.ramp_window_weeks.max(1) as isize;
    let i = i as isize;
    let gap = |j: isize| usize::try_from(j).ok().and_then(|j| gaps.get(j).copied()).unwrap_or_default();
    let levels: Vec<(f64, Option<Break>)> = (1..=2 * window)
        .map(|back| i - back)
        .filter_map(|j| match gap(j) {
            Gap::Break(b) => Some((b.level(), Some(b))),
            // The staged start hands over at the highest weekly running it reached.
            _ if cx.in_intro(j) => cx.intro.as_ref().map(|intro| (intro.level, None)),
            _ => (!cx.is_down(j)).then(|| (cx.week_run(j), None)),
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

/// What time off does to one week's level.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Gap {
    /// The week is not touched by time off.
    #[default]
    Untouched,
    /// The week is one without running of this break.
    Break(Break),
    /// The week is cut short by a gap shorter than a break, after `held` weekly running.
    CutShort {
        /// The weekly running held before the gap.
        held: f64,
    },
}

/// What time off does to each week: the breaks, then the shorter gaps.
pub fn gaps(cx: &Basis<'_>) -> Vec<Gap> {
    let mut out = breaks(cx);
    let running: Vec<chrono::NaiveDate> =
        cx.running.iter().filter(|s| cx.distance(s) > 0.0).map(|s| s.date).collect();
    let Some(first) = cx.weeks.first().map(|w| w.start) else { return out };
    let week = |date: chrono::NaiveDate| usize::try_from((date - first).num_days() / 7).unwrap_or(0);
    for pair in running.windows(2) {
        let [last, next] = pair else { continue };
        if (*next - *last).num_days() - 1 < GAP_DAYS {
            continue;
        }
        let (p, q) = (week(*last), week(*next));
        if out.get(p..=q).is_none_or(|touched| touched.iter().any(|g| matches!(g, Gap::Break(_)))) {
            continue;
        }
        // The level held is the ramp's: one long week before the gap is not a level.
        let Some(held) = established(cx, &out, p).map(|e| e.level) else { continue };
        for slot in out.iter_mut().take(q + 1).skip(p) {
            let before = match *slot {
                Gap::CutShort { held } => held,
                _ => 0.0,
            };
            *slot = Gap::CutShort { held: held.max(before) };
        }
    }
    out
}

/// The level held before a gap shorter than a break that cut short one of weeks `from..to`
/// (the highest, if several did; none from before a break, which decays the level instead): a
/// week coming back to it is no raise.
pub fn held_before_gap(gaps: &[Gap], from: isize, to: isize) -> Option<f64> {
    (from..to)
        .rev()
        .filter_map(|j| usize::try_from(j).ok().and_then(|j| gaps.get(j)))
        .take_while(|g| !matches!(g, Gap::Break(_)))
        .filter_map(|g| match g {
            Gap::CutShort { held } => Some(*held),
            _ => None,
        })
        .reduce(f64::max)
}

/// The days off of a break the level decays by, after the cross-training in them: days on which
/// the cross-training each week lasted as long as the running held before (`held` at the easy
/// pace) count as half days, less cross-training in proportion.
pub fn counted_days(days_off: i64, cross_minutes: f64, held_minutes: f64) -> i64 {
    if days_off <= 0 || held_minutes <= 0.0 {
        return days_off;
    }
    let per_week = cross_minutes * 7.0 / days_off as f64;
    let replaced = (per_week / held_minutes).clamp(0.0, 1.0);
    days_off - (days_off as f64 * replaced / 2.0).round() as i64
}

/// Minutes of aerobic cross-training (bike, swim, elliptical, other; not strength, and not
/// walks, which keep the legs but not the running) strictly between two days, as done where
/// logged.
fn cross_minutes(cx: &Basis<'_>, after: chrono::NaiveDate, before: chrono::NaiveDate) -> f64 {
    let sessions = cx.plan.sessions();
    let from = sessions.partition_point(|s| s.date <= after);
    let to = sessions.partition_point(|s| s.date < before);
    sessions
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .filter(|s| s.counts())
        .map(|s| match s.kind {
            SessionKind::Cross { activity, minutes, .. }
                if !matches!(activity, Activity::AntiGravity { .. }) =>
            {
                let logged = s.actual.filter(|_| s.status == Status::Done).and_then(|a| a.minutes);
                logged.or(minutes).map_or(0.0, Minutes::get)
            }
            _ => 0.0,
        })
        .sum()
}

/// The break each week belongs to: `Gap::Break` for the weeks without running of a break.
fn breaks(cx: &Basis<'_>) -> Vec<Gap> {
    let mut out: Vec<Gap> = vec![Gap::Untouched; cx.weeks.len()];
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
        let days_off = (first - last).num_days() - 1;
        let held_minutes = held * cx.settings.easy_pace_min_per_unit;
        let counted_days = counted_days(days_off, cross_minutes(cx, last, first), held_minutes);
        if counted_days < BREAK_DAYS {
            i = end;
            continue;
        }
        let found = Break { days_off, counted_days, held };
        for slot in out.iter_mut().take(end).skip(i) {
            *slot = Gap::Break(found);
        }
        i = end;
    }
    out
}

fn last_running_day(cx: &Basis<'_>, i: usize) -> Option<chrono::NaiveDate> {
    cx.running_in_week(i).iter().rev().find(|s| cx.distance(s) > 0.0).map(|s| s.date)
}

fn first_running_day(cx: &Basis<'_>, i: usize) -> Option<chrono::NaiveDate> {
    cx.running_in_week(i).iter().find(|s| cx.distance(s) > 0.0).map(|s| s.date)
}

#[cfg(test)]
mod tests {
    use super::{comeback_share, counted_days};

    /// The numbers docs/rules.md gives for Daniels' guidance.
    #[test]
    fn time_off_decays_the_level_by_daniels_steps() {
        let rows = [(14, 0.5), (28, 0.5), (29, 1.0 / 3.0), (120, 1.0 / 3.0)];
        for (days_off, share) in rows {
            assert_eq!(comeback_share(days_off).0, share, "{days_off} days off");
        }
    }

    /// Days off with cross-training as long as the running held count half; less of it, in
    /// proportion; none, or nothing to compare with, leaves them as they were.
    #[test]
    fn cross_training_makes_days_off_count_for_less() {
        // (days off, cross-training minutes in them, running minutes a week held before)
        let rows = [
            (20, 0.0, 240.0, 20),
            (20, 20.0 / 7.0 * 240.0, 240.0, 10),
            (20, 20.0 / 7.0 * 480.0, 240.0, 10),
            (20, 20.0 / 7.0 * 120.0, 240.0, 15),
            (48, 48.0 / 7.0 * 120.0, 120.0, 24),
            (20, 600.0, 0.0, 20),
        ];
        for (days_off, cross, held, counted) in rows {
            assert_eq!(
                counted_days(days_off, cross, held),
                counted,
                "{days_off} days, {cross} min, {held} min held"
            );
        }
    }
}
