//! Readiness to run: a run or run/walk before the checks before the first run are passed.
//!
//! Clinics gate the first run on simple tests done without pain, limp or symptoms (brisk
//! walking, calf raises, hops, single-leg squats; after a birth, the postnatal guidance's load,
//! impact and strength checks). A check counts as passed for a run on or after the day it was
//! passed. A plan listing no checks gets no finding: the checks are the coach's to list.

use super::context::{Context, day, done, yes};
use super::{Finding, RuleId, Severity};
use crate::plan::{Check, Comeback, Session, SessionKind};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let meta = &cx.plan.meta;
    if meta.checks.is_empty() {
        return;
    }
    // One finding for each stretch of runs waiting on the same checks, not one a run: a plan
    // whose checks are all open had a warning on every run of it, which buried the others.
    let mut stretch: Vec<&Session> = Vec::new();
    let mut waiting: Vec<&Check> = Vec::new();
    for s in &cx.runs {
        let open: Vec<&Check> = meta.open_checks(s.date).collect();
        if open != waiting && !stretch.is_empty() {
            out.push(finding(cx, &stretch, &waiting));
            stretch.clear();
        }
        if !open.is_empty() {
            stretch.push(s);
        }
        waiting = open;
    }
    if !stretch.is_empty() {
        out.push(finding(cx, &stretch, &waiting));
    }
}

/// The runs of `stretch` (by date) come before the `open` checks are passed.
fn finding(cx: &Context<'_>, stretch: &[&Session], open: &[&Check]) -> Finding {
    let checks = open.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
    // After a birth the guidance asks each check to pass without pelvic-floor symptoms too.
    let birth = yes(cx.plan.meta.comeback().is_some_and(Comeback::is_birth));
    let all_done = yes(stretch.iter().all(|s| done(s)));
    let on = |s: Option<&&Session>| s.map(|s| day(s.date)).unwrap_or_default();
    let run_walk = stretch.first().is_some_and(|s| matches!(s.kind, SessionKind::RunWalk(_)));
    let kind = if run_walk { "run-walk" } else { "run" };
    cx.finding(
        RuleId::ReadinessChecks,
        Severity::Warning,
        stretch.iter().map(|s| s.date).collect(),
        stretch.iter().map(|s| s.id).collect(),
        t!(
            "rule-readiness-checks-open",
            many = yes(stretch.len() > 1),
            runs = stretch.len(),
            first = on(stretch.first()),
            last = on(stretch.last()),
            kind = kind,
            done = all_done,
            open = open.len(),
            checks = checks,
        ),
        t!("rule-readiness-checks-open-fix", done = all_done, birth = birth),
    )
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, d, flagged_days, logged, only, plan, run, run_walk, walk};
    use crate::plan::{Check, Plan, Test};
    use crate::rules::RuleId::ReadinessChecks as R;

    /// The plan with `checks`, each passed on the day offset given (or open).
    fn with_checks(mut p: Plan, checks: &[(Test, Option<i64>)]) -> Plan {
        p.meta.checks =
            checks.iter().map(|&(test, passed)| Check { test, amount: 20, passed: passed.map(d) }).collect();
        p
    }

    #[test]
    fn runs_before_the_checks_are_passed_are_warned_about() {
        let sessions = || vec![walk(0, 2.0), run_walk(2, 1.0, 4.0, 6), run(4, 1.0), run(6, 1.0)];
        // (case, each check and the day it was passed, the days warned about)
        type Case = (&'static str, Vec<(Test, Option<i64>)>, Vec<i64>);
        let cases: Vec<Case> = vec![
            ("no checks, no rule", vec![], vec![]),
            (
                "all passed before the first run",
                vec![(Test::BriskWalk, Some(0)), (Test::Hops, Some(1))],
                vec![],
            ),
            ("passed on the run's own day counts", vec![(Test::Hops, Some(2))], vec![]),
            ("passed the day after the first run/walk", vec![(Test::Hops, Some(3))], vec![2]),
            (
                "one open check: one finding from the first run",
                vec![(Test::BriskWalk, Some(0)), (Test::Hops, None)],
                vec![2],
            ),
            ("the last one passed decides", vec![(Test::BriskWalk, Some(5)), (Test::Hops, Some(1))], vec![2]),
            (
                "a new stretch where fewer checks are open",
                vec![(Test::BriskWalk, Some(3)), (Test::Hops, None)],
                vec![2, 4],
            ),
        ];
        for (case, checks, expected) in cases {
            let p = with_checks(plan(base(0.0), sessions()), &checks);
            assert_eq!(flagged_days(R, &p), expected, "{case}");
        }
    }

    #[test]
    fn the_warning_names_the_open_checks() {
        let p = plan(base(0.0), vec![run_walk(2, 1.0, 4.0, 6)]);
        let p = with_checks(p, &[(Test::BriskWalk, Some(0)), (Test::CalfRaises, None), (Test::Hops, None)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.severity)),
            Some((
                "Wed 9 Dec's run/walk comes before 2 checks are passed: Single-leg calf raises, 20 each side; Single-leg hops on the spot, 20 each side.",
                crate::plan::Severity::Warning
            ))
        );
    }

    /// Runs waiting on the same checks are one finding touching each of them, which names the
    /// first and the last: with every check open, a plan had a warning on each of its runs.
    #[test]
    fn runs_waiting_on_the_same_checks_are_one_finding() {
        let p = plan(base(0.0), vec![logged(run(2, 1.0), 1.0), run(4, 1.0), run(6, 1.0)]);
        let p = with_checks(p, &[(Test::Hops, None)]);
        let f = only(R, &p);
        assert_eq!(f.len(), 1, "{f:?}");
        let f = f.first().unwrap();
        assert_eq!(f.dates, [d(2), d(4), d(6)]);
        assert_eq!(f.sessions.len(), 3);
        assert_eq!(
            f.message,
            "3 runs from Wed 9 Dec to Sun 13 Dec come before 1 check is passed: Single-leg hops on the spot, 20 each side."
        );
    }

    /// A run already run says what happened and asks to hold the next one.
    #[test]
    fn a_done_run_is_told_to_hold_the_next() {
        let p = with_checks(plan(base(0.0), vec![logged(run(2, 1.0), 1.0)]), &[(Test::Clearance, None)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some("Wed 9 Dec's run came before 1 check was passed: Clearance to run from a professional.")
        );
        assert!(f.first().is_some_and(|f| f.suggestion.starts_with("Hold the next run")));
    }
}
