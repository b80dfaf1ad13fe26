//! Rule 3: no single run longer than the run cap.
//!
//! Anti-gravity treadmill runs count by their distance. Two runs on one day are judged one by
//! one: a double is how a coach shortens the runs that flared the injury.

use super::context::TOLERANCE;
use super::context::{Context, day, done, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(cap) = cx.settings.run_cap.map(crate::plan::Distance::get) else { return };
    for s in &cx.running {
        let distance = cx.distance(s);
        if distance > cap + TOLERANCE {
            // A run already run cannot be shortened: the finding is about the runs after it.
            let ran = yes(done(s));
            out.push(cx.finding(
                RuleId::RunCap,
                Severity::Error,
                vec![s.date],
                vec![s.id],
                t!(
                    "rule-run-cap-over",
                    day = day(s.date),
                    done = ran,
                    distance = cx.dist(distance),
                    cap = cx.dist(cap)
                ),
                t!("rule-run-cap-over-fix", done = ran, cap = cx.dist(cap)),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        anti_gravity, base, flagged_days, logged, logged_time, only, plan, run, run_walk,
    };
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
            ("done at 10.5 mi where 9 were planned", vec![logged(run(0, 9.0), 10.5)], vec![0]),
            (
                "done by time only: 126 min at 12 min/mi is 10.5 mi",
                vec![logged_time(run(0, 9.0), 126.0)],
                vec![0],
            ),
            (
                "a run/walk's logged running part, 10.5 mi",
                vec![logged(run_walk(0, 1.0, 1.0, 10), 10.5)],
                vec![0],
            ),
            ("planned over the cap, done under it", vec![logged(run(0, 12.0), 9.5)], vec![]),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(capped.clone(), sessions)), expected, "{case}");
        }
    }

    /// "Shorten it to 10 mi" was said of a run already run.
    #[test]
    fn a_done_run_over_the_cap_is_told_about_the_next_run() {
        let capped = RuleSettings { run_cap: Distance::new(10.0), ..base(10.0) };
        let f = only(R, &plan(capped, vec![logged(run(0, 9.0), 10.5)]));
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Mon 7 Dec's run was 10.5 mi; the single-run cap is 10 mi.",
                "Keep the next run to 10 mi or less, or split it over two days with a walk between."
            ))
        );
    }
}
