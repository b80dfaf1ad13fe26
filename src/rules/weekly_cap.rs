//! Rule 2: weekly running distance must not exceed the weekly cap.

use super::context::{Context, TOLERANCE, week_of};
use super::{Finding, RuleId, Severity};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(cap) = cx.settings.weekly_cap.map(crate::plan::Distance::get) else { return };
    for (i, week) in cx.weeks.iter().enumerate() {
        if week.run > cap + TOLERANCE {
            out.push(cx.week_finding(
                RuleId::WeeklyCap,
                Severity::Error,
                i,
                format!(
                    "The {} has {} of running; the weekly cap is {}.",
                    week_of(week.start),
                    cx.dist(week.run),
                    cx.dist(cap)
                ),
                format!("Shorten or drop a run that week to stay at or under {}.", cx.dist(cap)),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, plan, run, skipped, walk};
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
        ];
        for (case, settings, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(settings, sessions)), expected, "{case}");
        }
    }
}
