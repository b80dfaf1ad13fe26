//! Rule 3: no single run longer than the run cap.
//!
//! Anti-gravity treadmill runs count by their distance. Two runs on one day are judged one by
//! one: a double is how a coach shortens the runs that flared the injury.

use super::context::TOLERANCE;
use super::context::{Context, day};
use super::{Finding, RuleId, Severity};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(cap) = cx.settings.run_cap.map(crate::plan::Distance::get) else { return };
    for s in &cx.running {
        let distance = cx.distance(s);
        if distance > cap + TOLERANCE {
            out.push(cx.finding(
                RuleId::RunCap,
                Severity::Error,
                vec![s.date],
                vec![s.id],
                format!(
                    "{}'s run is {}; the single-run cap is {}.",
                    day(s.date),
                    cx.dist(distance),
                    cx.dist(cap)
                ),
                format!(
                    "Shorten it to {} or split the distance over two days with a walk between.",
                    cx.dist(cap)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{anti_gravity, base, flagged_days, plan, run, run_walk};
    use crate::plan::{Distance, RuleSettings};
    use crate::rules::RuleId::RunCap as R;

    #[test]
    fn runs_above_the_cap_are_errors() {
        let capped = RuleSettings { run_cap: Distance::new(10.0), ..base(10.0) };
        let cases = vec![
            ("exactly at the cap", vec![run(0, 10.0)], vec![]),
            ("over the cap", vec![run(0, 10.5)], vec![0]),
            ("only the long one", vec![run(0, 3.0), run(2, 12.0), run(4, 3.0)], vec![2]),
            // 5 × 30 min of running at 12 min/mi = 12.5 mi
            ("run/walk counts its running part", vec![run_walk(0, 30.0, 1.0, 5)], vec![0]),
            ("an anti-gravity run counts by its distance", vec![anti_gravity(0, 11.0)], vec![0]),
            ("two runs on one day are two runs", vec![run(0, 6.0), run(0, 6.0)], vec![]),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(capped.clone(), sessions)), expected, "{case}");
        }
    }
}
