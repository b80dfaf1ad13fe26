//! Rule 2: weekly running distance must not exceed the weekly cap.

use super::context::{Context, TOLERANCE, week_of, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(cap) = cx.settings.weekly_cap.map(crate::plan::Distance::get) else { return };
    for (i, week) in cx.weeks.iter().enumerate() {
        if week.run > cap + TOLERANCE {
            // A week already run is over: the suggestion is for the weeks after it.
            let done = yes(cx.week_done(i));
            out.push(cx.week_finding(
                RuleId::WeeklyCap,
                Severity::Error,
                i,
                t!(
                    "rule-weekly-cap-over",
                    week = week_of(week.start),
                    done = done,
                    run = cx.dist(week.run),
                    cap = cx.dist(cap)
                ),
                t!("rule-weekly-cap-over-fix", done = done, cap = cx.dist(cap)),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        base, flagged_days, logged, logged_time, only, plan, run, run_walk, skipped, walk,
    };
    use crate::plan::{Distance, RuleSettings};
    use crate::rules::RuleId::WeeklyCap as R;

    #[test]
    fn weeks_above_the_cap_are_errors() {
        let capped = |cap: f64| RuleSettings { weekly_cap: Distance::new(cap), ..base(10.0) };
        let cases = vec![
            ("under the cap", capped(10.0), vec![run(0, 4.0), run(2, 5.0)], vec![]),
            ("exactly at the cap", capped(10.0), vec![run(0, 5.0), run(2, 5.0)], vec![]),
            ("just over the cap", capped(10.0), vec![run(0, 5.0), run(2, 5.01)], vec![0]),
            ("walks do not count", capped(10.0), vec![run(0, 9.0), walk(2, 5.0)], vec![]),
            ("skipped runs do not count", capped(10.0), vec![run(0, 9.0), skipped(run(2, 5.0))], vec![]),
            ("second week only", capped(10.0), vec![run(0, 9.0), run(7, 6.0), run(9, 6.0)], vec![7]),
            ("no cap, no finding", base(10.0), vec![run(0, 50.0)], vec![]),
            ("done longer than planned", capped(10.0), vec![run(0, 4.0), logged(run(2, 5.0), 6.5)], vec![0]),
            (
                "done by time only: 78 min is 6.5 mi",
                capped(10.0),
                vec![run(0, 4.0), logged_time(run(2, 5.0), 78.0)],
                vec![0],
            ),
            (
                "a run/walk's logged running part",
                capped(10.0),
                vec![run(0, 4.0), logged(run_walk(2, 1.0, 1.0, 10), 6.5)],
                vec![0],
            ),
        ];
        for (case, settings, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(settings, sessions)), expected, "{case}");
        }
    }

    /// "Shorten or drop a run that week" was said of a week already run.
    #[test]
    fn a_week_already_run_is_told_about_the_weeks_after_it() {
        let capped = RuleSettings { weekly_cap: Distance::new(10.0), ..base(10.0) };
        let f = only(R, &plan(capped, vec![logged(run(0, 5.0), 5.0), logged(run(2, 5.0), 6.0)]));
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "The week of 7 Dec had 11 mi of running; the weekly cap is 10 mi.",
                "Keep the next weeks at or under 10 mi."
            ))
        );
    }
}
