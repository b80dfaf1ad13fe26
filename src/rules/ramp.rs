//! Rule 4: weekly running rises at most 30 % per 3–4 weeks over the established level.
//!
//! The established level (see `established.rs`) is the lowest of the last few weeks that were
//! not down weeks, and after a break a share of what was held before it. Where the level is zero
//! (not running yet), the level rules judge instead. A week coming back to the level held before
//! a shorter gap (a week or more without running) is no raise.

use super::context::{Context, TOLERANCE, pct_over, week_of, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let max_pct = cx.settings.ramp_max_pct;
    let window = cx.settings.ramp_window_weeks;
    for (i, week) in cx.weeks.iter().enumerate() {
        if cx.in_intro(i as isize) {
            continue;
        }
        let Some(established) = cx.established(i) else { continue };
        let level = established.level;
        let allowed = level * (1.0 + max_pct / 100.0);
        if week.run <= allowed + TOLERANCE {
            continue;
        }
        // Days off short of a break cut the weeks around them short, as a down week does;
        // coming back to the level held before them is no raise.
        let look_back = i as isize - 2 * window.max(1) as isize;
        if cx.held_before_gap(look_back, i as isize).is_some_and(|held| week.run <= held + TOLERANCE) {
            continue;
        }
        let base = match established.after {
            Some(b) if b.counted_days < b.days_off => "counted",
            Some(_) => "break",
            None => "established",
        };
        let after = established.after;
        // A week already run is over: the suggestion is for the weeks after it.
        let ran = yes(cx.week_done(i));
        let max = crate::i18n::number(max_pct);
        out.push(cx.week_finding(
            RuleId::Ramp,
            Severity::Error,
            i,
            t!(
                "rule-ramp-over",
                week = week_of(week.start),
                done = ran,
                run = cx.dist(week.run),
                pct = pct_over(week.run, level),
                base = base,
                level = cx.dist(level),
                days_off = after.map_or(0, |b| b.days_off),
                counted = after.map_or(0, |b| b.counted_days),
                share = after.map_or("half", |b| b.share_words()),
                held = after.map(|b| cx.dist(b.held)).unwrap_or_default(),
                max = max.as_str(),
                window = window,
            ),
            t!(
                "rule-ramp-over-fix",
                base = base,
                done = ran,
                allowed = cx.dist(allowed),
                max = max,
                window = window
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        base, bike, flagged_days, logged, logged_time, only, plan, run, run_walk, session, walk, weekly,
    };
    use crate::plan::RuleSettings;
    use crate::plan::{Minutes, Session, SessionKind};
    use crate::rules::RuleId::Ramp as R;

    /// The four examples of domain.md §2, plus boundaries. Days are week starts (7 × week index).
    #[test]
    fn ramp_agrees_with_the_methods_examples() {
        let cases: Vec<(&str, f64, Vec<f64>, Vec<i64>)> = vec![
            ("raise, hold, raise", 10.0, vec![10.0, 10.0, 10.0, 13.0, 13.0, 13.0, 16.9], vec![]),
            ("too fast at 17", 10.0, vec![10.0, 13.0, 17.0], vec![14]),
            ("10 % a week compounds", 10.0, vec![10.0, 11.0, 12.1, 13.3], vec![21]),
            (
                "back from a down week to the established level",
                20.0,
                vec![20.0, 20.0, 20.0, 10.0, 20.0],
                vec![],
            ),
            ("exactly 30 % is allowed", 10.0, vec![13.0], vec![]),
            ("just over 30 % is not", 10.0, vec![13.01], vec![0]),
            ("raising after two weeks held is too soon", 10.0, vec![10.0, 13.0, 13.0, 16.9], vec![21]),
            ("not running yet: level rules judge", 0.0, vec![0.0, 2.0, 4.0], vec![]),
            (
                "eight weeks off: back at a third, not at the old level",
                10.0,
                vec![10.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0],
                vec![63],
            ),
            (
                "eight weeks off, back within 30 % of a third",
                30.0,
                vec![30.0, 30.0, 30.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 13.0, 13.0, 16.9],
                vec![],
            ),
            (
                "two weeks off: back at half",
                20.0,
                vec![20.0, 20.0, 20.0, 0.0, 0.0, 13.0, 13.0, 13.0, 16.9],
                vec![],
            ),
            ("two weeks off, back at the old level", 20.0, vec![20.0, 20.0, 20.0, 0.0, 0.0, 20.0], vec![35]),
            (
                "after the first week back the level builds in steps",
                20.0,
                vec![20.0, 20.0, 20.0, 0.0, 0.0, 13.0, 16.9],
                vec![42],
            ),
            ("weeks before the plan count: a slow start is a break", 20.0, vec![0.0, 0.0, 20.0], vec![14]),
            ("one week without running is a down week", 20.0, vec![20.0, 20.0, 20.0, 0.0, 20.0], vec![]),
        ];
        for (case, start, weeks, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(start), weekly(&weeks))), expected, "{case}");
        }
    }

    /// What was done counts: a week planned within the ramp but run longer broke it.
    #[test]
    fn a_done_week_counts_what_was_run() {
        let cases = vec![
            ("done 17 mi where 10 were planned", logged(run(16, 10.0), 17.0), vec![14]),
            ("done by time only: 204 min at 12 min/mi is 17 mi", logged_time(run(16, 10.0), 204.0), vec![14]),
            ("a run/walk's logged running part, 17 mi", logged(run_walk(16, 30.0, 1.0, 5), 17.0), vec![14]),
            ("planned at 17 mi, done at 12", logged(run(16, 17.0), 12.0), vec![]),
        ];
        for (case, third, expected) in cases {
            let sessions = vec![run(2, 10.0), run(9, 10.0), third];
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    /// "The week of 21 Dec has 17 mi" was said of a week already run, with "Hold at 13 mi or
    /// less this week".
    #[test]
    fn a_week_already_run_is_told_about_the_weeks_after_it() {
        let sessions = vec![run(2, 10.0), run(9, 10.0), logged(run(16, 10.0), 17.0)];
        let f = only(R, &plan(base(10.0), sessions));
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "The week of 21 Dec had 17 mi of running, 70 % above the established level of 10 mi; the plan allows 30 % per 3 weeks.",
                "Hold the next weeks at 13 mi or less, and raise again after 3 weeks at that level."
            ))
        );
    }

    /// Weekly running of `held` on Wednesdays for three weeks, `off` weeks without running
    /// with `cross` each of their days, then `back` on the next Wednesday.
    fn off_and_back(held: f64, off: i64, cross: Cross, back: f64) -> Vec<Session> {
        let mut sessions = weekly(&[held, held, held]);
        sessions.extend((17..21 + 7 * off).flat_map(cross));
        sessions.push(run(21 + 7 * off + 2, back));
        sessions
    }

    /// What is done on each day without running.
    type Cross = fn(i64) -> Vec<Session>;

    fn nothing(_: i64) -> Vec<Session> {
        Vec::new()
    }

    /// 50 minutes on the bike six days a week: 300 minutes, longer than 20 mi at 12 min/mi.
    fn bike_most_days(n: i64) -> Vec<Session> {
        if n % 7 == 6 { Vec::new() } else { vec![bike(n, 50.0)] }
    }

    /// Two half-hour rides a week.
    fn bike_twice_a_week(n: i64) -> Vec<Session> {
        if n % 7 == 1 || n % 7 == 4 { vec![bike(n, 30.0)] } else { Vec::new() }
    }

    /// A walk of an hour and strength work every day: neither stands in for running.
    fn walk_and_strength(n: i64) -> Vec<Session> {
        vec![walk(n, 3.0), session(n, SessionKind::Strength { minutes: Minutes::new(30.0) })]
    }

    /// Two weeks on the bike six days a week came back "at half the 20 mi held before".
    #[test]
    fn cross_training_through_days_off_makes_them_count_for_less() {
        let cases = [
            ("two weeks off, back at the old level", off_and_back(20.0, 2, nothing, 20.0), vec![35]),
            (
                "two weeks on the bike, back at the old level",
                off_and_back(20.0, 2, bike_most_days, 20.0),
                vec![],
            ),
            (
                "two weeks with two short rides a week are still a break",
                off_and_back(20.0, 2, bike_twice_a_week, 20.0),
                vec![35],
            ),
            (
                "walks and strength are not cross-training for a break",
                off_and_back(20.0, 2, walk_and_strength, 20.0),
                vec![35],
            ),
            ("six weeks off: back at a third", off_and_back(10.0, 6, nothing, 6.0), vec![63]),
            ("six weeks on the bike: back at half", off_and_back(10.0, 6, bike_most_days, 6.0), vec![]),
            (
                "six weeks on the bike, back at the old level",
                off_and_back(10.0, 6, bike_most_days, 10.0),
                vec![63],
            ),
        ];
        for (case, sessions, expected) in cases {
            let held = sessions.first().map_or(0.0, |s| s.kind.run_distance(12.0));
            assert_eq!(flagged_days(R, &plan(base(held), sessions)), expected, "{case}");
        }
    }

    #[test]
    fn a_break_shortened_by_cross_training_says_so() {
        let f = only(R, &plan(base(10.0), off_and_back(10.0, 6, bike_most_days, 10.0)));
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "The week of 8 Feb has 10 mi of running, 100 % above 5 mi, the level to come back at after 48 days without running, counted as 24 for the cross-training in them (half of the 10 mi held before); the plan allows 30 % per 3 weeks."
            )
        );
    }

    /// Ten days off (Thu 24 to Sat 2) cut two weeks short; back to the 10 mi held before was
    /// "50 % above the established level of 6.67 mi".
    #[test]
    fn back_to_the_level_after_days_off_short_of_a_break_is_no_rise() {
        let third = 10.0 / 3.0;
        let before: Vec<_> = [0, 2, 4, 7, 9, 11, 14, 16].map(|n| run(n, third)).to_vec();
        let cases = vec![("back at the 10 mi held before", third, vec![]), ("back above it", 4.0, vec![28])];
        for (case, each, expected) in cases {
            let mut sessions = before.clone();
            sessions.extend([27, 28, 30, 32].map(|n| run(n, if n == 27 { third } else { each })));
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
        let weeks = weekly(&[10.0, 10.0, 10.0, 0.0, 0.0, 10.0]);
        assert_eq!(flagged_days(R, &plan(base(10.0), weeks)), vec![35], "a break is still a break");
    }

    #[test]
    fn a_four_week_window_is_a_setting() {
        let settings = RuleSettings { ramp_window_weeks: 4, ..base(10.0) };
        let weeks = weekly(&[10.0, 13.0, 13.0, 13.0, 16.9, 16.9, 16.9, 16.9, 21.9]);
        assert_eq!(flagged_days(R, &plan(settings, weeks)), vec![28]);
    }

    /// Eight weeks off and then twice the old mileage was only advice: the ramp went silent.
    #[test]
    fn the_first_week_after_a_break_names_both_levels() {
        let weeks = weekly(&[10.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 20.0]);
        let f = super::super::testkit::only(R, &plan(base(10.0), weeks));
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "The week of 8 Feb has 20 mi of running, 500 % above 3.33 mi, the level to come back at after 48 days without running (a third of the 10 mi held before); the plan allows 30 % per 3 weeks."
            )
        );
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some("Come back at 4.33 mi or less this week, and build back in steps of 30 % per 3 weeks.")
        );
    }

    #[test]
    fn message_has_the_numbers() {
        let p = plan(base(10.0), weekly(&[10.0, 13.0, 17.0]));
        let f = super::super::testkit::only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "The week of 21 Dec has 17 mi of running, 70 % above the established level of 10 mi; the plan allows 30 % per 3 weeks."
            )
        );
    }
}
