//! Readiness to run: a run or run/walk before the checks before the first run are passed.
//!
//! Clinics gate the first run on simple tests done without pain, limp or symptoms (brisk
//! walking, calf raises, hops, single-leg squats; after a birth, the postnatal guidance's load,
//! impact and strength checks). A check counts as passed for a run on or after the day it was
//! passed. A plan listing no checks gets no finding: the checks are the coach's to list.

use super::context::{Context, day, done};
use super::{Finding, RuleId, Severity};
use crate::plan::{Check, Comeback, Session, SessionKind};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let meta = &cx.plan.meta;
    if meta.checks.is_empty() {
        return;
    }
    for s in &cx.runs {
        let open: Vec<&Check> = meta.open_checks(s.date).collect();
        if !open.is_empty() {
            out.push(finding(cx, s, &open));
        }
    }
}

/// Run `s` comes before the `open` checks are passed.
fn finding(cx: &Context<'_>, s: &Session, open: &[&Check]) -> Finding {
    let what = if matches!(s.kind, SessionKind::RunWalk(_)) { "run/walk" } else { "run" };
    let checks = open.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
    let count = if open.len() == 1 { "1 check".to_owned() } else { format!("{} checks", open.len()) };
    // After a birth the guidance asks each check to pass without pelvic-floor symptoms too.
    let without = if cx.plan.meta.comeback().is_some_and(Comeback::is_birth) {
        "without pain, heaviness, dragging or leaking"
    } else {
        "without pain or a limp"
    };
    let (verb, suggestion) = if done(s) {
        (
            "came before",
            format!(
                "Hold the next run until the open checks are passed {without}; walk and do the strength work meanwhile."
            ),
        )
    } else {
        (
            "comes before",
            format!(
                "Walk and do the strength work until each check is passed {without}; tick it in the Ready tab with the day it was passed."
            ),
        )
    };
    let were = match (done(s), open.len()) {
        (true, 1) => "was",
        (true, _) => "were",
        (false, 1) => "is",
        (false, _) => "are",
    };
    cx.finding(
        RuleId::ReadinessChecks,
        Severity::Warning,
        vec![s.date],
        vec![s.id],
        format!("{}'s {what} {verb} {count} {were} passed: {checks}.", day(s.date)),
        suggestion,
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
                "one open check: every run",
                vec![(Test::BriskWalk, Some(0)), (Test::Hops, None)],
                vec![2, 4, 6],
            ),
            (
                "the last one passed decides",
                vec![(Test::BriskWalk, Some(5)), (Test::Hops, Some(1))],
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
