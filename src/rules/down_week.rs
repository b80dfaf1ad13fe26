//! Rule 5: a down week (≤ 60 % of the preceding peak) at least every N build weeks.
//!
//! A build week has running and is not a down week; a week without running (and without a
//! peak to compare with) ends the streak like a down week does. The warning is given once per
//! streak, on the first week past the limit.

use super::context::{Context, week_of, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let limit = cx.settings.down_week_every;
    let share = cx.settings.down_week_max_pct / 100.0;
    let mut streak = 0;
    for (i, week) in cx.weeks.iter().enumerate() {
        if cx.is_down(i as isize) || week.run <= 0.0 {
            streak = 0;
            continue;
        }
        streak += 1;
        if streak == limit.saturating_add(1) {
            let peak = cx.preceding_peak(i);
            // A week already run is over: the down week is for the week after it.
            let ran = yes(cx.week_done(i));
            out.push(cx.week_finding(
                RuleId::DownWeek,
                Severity::Warning,
                i,
                t!(
                    "rule-down-week-missing",
                    week = week_of(week.start),
                    done = ran,
                    streak = streak,
                    most = cx.dist(peak * share),
                    pct = crate::i18n::number(share * 100.0),
                    peak = cx.dist(peak),
                    limit = limit,
                ),
                t!(
                    "rule-down-week-missing-fix",
                    done = ran,
                    week = week_of(week.start),
                    half = cx.dist(peak / 2.0)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, logged, logged_time, only, plan, run, run_walk, weekly};
    use crate::plan::RuleSettings;
    use crate::rules::RuleId::DownWeek as R;

    #[test]
    fn a_down_week_is_due_after_four_build_weeks() {
        let cases: Vec<(&str, Vec<f64>, Vec<i64>)> = vec![
            ("four build weeks are fine", vec![10.0, 10.0, 13.0, 13.0], vec![]),
            ("the fifth build week is flagged", vec![10.0, 10.0, 13.0, 13.0, 13.0], vec![28]),
            ("only once per streak", vec![10.0; 7], vec![28]),
            (
                "a down week resets the streak",
                vec![10.0, 10.0, 13.0, 13.0, 6.0, 13.0, 13.0, 13.0, 13.0],
                vec![],
            ),
            ("60 % of the peak is a down week", vec![10.0, 10.0, 10.0, 10.0, 6.0, 10.0], vec![]),
            ("61 % is not", vec![10.0, 10.0, 10.0, 10.0, 6.1, 10.0], vec![28]),
            ("a week without running resets the streak", vec![10.0, 10.0, 10.0, 10.0, 0.0, 10.0], vec![]),
            (
                "streak starts again after a down week",
                vec![10.0, 10.0, 5.0, 10.0, 10.0, 10.0, 10.0, 10.0],
                vec![49],
            ),
        ];
        for (case, weeks, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), weekly(&weeks))), expected, "{case}");
        }
    }

    /// What was done counts: a down week planned at 6 mi but run at 10 was a build week.
    #[test]
    fn a_done_week_counts_what_was_run() {
        let cases = vec![
            ("down week planned, run at 10 mi", logged(run(30, 6.0), 10.0), vec![28]),
            ("by time only: 120 min is 10 mi", logged_time(run(30, 6.0), 120.0), vec![28]),
            ("a run/walk's logged running part", logged(run_walk(30, 1.0, 1.0, 10), 10.0), vec![28]),
            ("build week planned, run at 6 mi", logged(run(30, 13.0), 6.0), vec![]),
        ];
        for (case, fifth, expected) in cases {
            let mut sessions = weekly(&[10.0, 10.0, 13.0, 13.0]);
            sessions.push(fifth);
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    /// "Make the week of 4 Jan a down week" was said of a week already run.
    #[test]
    fn a_week_already_run_is_told_about_the_next_week() {
        let mut sessions = weekly(&[10.0, 10.0, 13.0, 13.0]);
        sessions.push(logged(run(30, 13.0), 13.0));
        let f = only(R, &plan(base(10.0), sessions));
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "The week of 4 Jan was build week 5 in a row; the plan puts a down week of at most 7.8 mi (60 % of 13 mi) after 4 build weeks.",
                "Make the next week a down week of about 6.5 mi."
            ))
        );
    }

    #[test]
    fn the_interval_is_a_setting() {
        let settings = RuleSettings { down_week_every: 3, ..base(10.0) };
        assert_eq!(flagged_days(R, &plan(settings, weekly(&[10.0; 4]))), vec![21]);
    }
}
