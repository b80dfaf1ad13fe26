//! Ready to run, and back after a baby (issue 33), from the command line: the readiness rules
//! in `comeback validate`, and stop signs logged with `comeback log --stop-sign`.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use comeback::file;
use comeback::plan::{
    Distance, Plan, PlanMeta, RuleSettings, Run, Session, SessionId, SessionKind, StopSign, Units,
};
use comeback::rules::{RuleId, validate};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).display().to_string()
}

/// Runs `comeback ARGS` at UTC; returns the exit code and standard output and error.
fn comeback(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).args(args).env("TZ", "UTC").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), format!("{}{stderr}", String::from_utf8_lossy(&out.stdout)))
}

/// A plan whose first run/walk is three weeks after a caesarean birth is warned about, with
/// the guidance's 12 weeks, the day running may start and the longer time a caesarean may need.
#[test]
fn validate_warns_about_running_three_weeks_after_a_birth() {
    let (code, out) = comeback(&["validate", &fixture("readiness/after-birth.ron")]);
    assert_eq!(code, 0, "warnings only: {out}");
    assert!(out.contains("0 errors, 1 warning"), "{out}");
    assert!(
        out.contains(
            "Mon 23 Nov ⚠ warning [after-birth] Mon 23 Nov's run/walk comes 3 weeks after the birth; the postnatal guidance (Goom et al. 2019) has no running before 12 weeks after a birth"
        ),
        "{out}"
    );
    assert!(out.contains("After a caesarean birth it may take longer."), "{out}");
    assert!(out.contains("run from Mon 25 Jan once the checks are passed"), "{out}");
}

/// A plan with a check still open on the day of its first run/walk is warned about, the
/// check named with its number; the checks passed are not named.
#[test]
fn validate_warns_about_a_run_before_an_open_check() {
    let (code, out) = comeback(&["validate", "--format", "json", &fixture("readiness/open-check.ron")]);
    assert_eq!(code, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{out}");
    assert_eq!(findings[0]["rule"], "readiness-checks");
    assert_eq!(findings[0]["severity"], "warning");
    assert_eq!(
        findings[0]["message"],
        "Thu 19 Nov's run/walk comes before 1 check is passed: Single-leg hops on the spot, 10 each side."
    );
}

/// Passing the open check on the day of the run, or earlier, ends the warning; passing it the
/// day after does not.
#[test]
fn a_check_passed_on_the_day_of_the_run_counts() {
    let mut plan = file::load(Path::new(&fixture("readiness/open-check.ron"))).unwrap();
    let run_day = NaiveDate::from_ymd_opt(2026, 11, 19).unwrap();
    let readiness = |plan: &Plan| validate(plan).iter().filter(|f| f.rule == RuleId::ReadinessChecks).count();
    for (passed, expected) in
        [(run_day.succ_opt(), 1), (Some(run_day), 0), (run_day.pred_opt(), 0), (None, 1)]
    {
        plan.meta.checks[2].passed = passed;
        assert_eq!(readiness(&plan), expected, "hops passed on {passed:?}");
    }
    plan.meta.checks.clear();
    assert_eq!(readiness(&plan), 0, "no checks, no warning");
}

/// `--stop-sign` is repeatable and logs each sign with the session the file logs; the next
/// run the day after is then an error that names the sign and says to stop and seek advice.
#[test]
fn log_records_stop_signs_and_validate_counts_them_as_pain() {
    let day = NaiveDate::from_ymd_opt(2013, 2, 6).unwrap();
    let run = |distance| SessionKind::Run(Run { distance: Distance::new(distance), ..Run::default() });
    let meta = PlanMeta {
        start: PlanMeta::default().week_start.week_of(day),
        units: Units::Km,
        ..PlanMeta::default()
    };
    let sessions = vec![
        Session::planned(SessionId(7), day, run(5.0)),
        Session::planned(SessionId(8), day.succ_opt().unwrap(), run(5.0)),
    ];
    let plan = Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    file::save(&plan, &path).unwrap();
    let path = path.to_str().unwrap();

    let (code, out) = comeback(&[
        "log",
        path,
        &fixture("2013-02-06-12-11-14.fit"),
        "--stop-sign",
        "leaking",
        "--stop-sign",
        "pelvic-pain",
    ]);
    assert_eq!(code, 0, "{out}");
    let saved = file::load(Path::new(path)).unwrap();
    let signs = saved.session(SessionId(7)).unwrap().pain.unwrap().stop_signs;
    assert_eq!(signs.iter().collect::<Vec<_>>(), [StopSign::Leaking, StopSign::PelvicPain]);

    let (code, out) = comeback(&["validate", path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "(leaking urine or wind, or bowel urgency; pelvic or lower-back pain: stop and seek advice)"
        ),
        "{out}"
    );
    assert!(out.contains("→ Stop and seek advice"), "{out}");

    let (code, out) = comeback(&["log", path, &fixture("2013-02-06-12-11-14.fit"), "--stop-sign", "dizzy"]);
    assert_eq!(code, 2, "an unknown sign is refused: {out}");
    assert!(out.contains("pelvic-pain"), "the signs are listed: {out}");
}
