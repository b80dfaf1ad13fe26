//! Issue 34: numbers that explain themselves, quiet advice and steady controls.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::process::Command;

fn comeback(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).args(args).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// broken.ron gave 25 pieces of advice, most "this run has no walk breaks" once a run, around
/// its 12 errors and 9 warnings. Advice now comes once a week for each reason; the errors and
/// warnings stay as they were.
#[test]
fn broken_ron_gives_less_advice_and_the_same_errors_and_warnings() {
    let out = comeback(&["validate", "saves/broken.ron"]);
    assert!(out.contains("12 errors, 9 warnings, 11 advice"), "{out}");
    let walk_breaks = out.lines().filter(|l| l.contains("[walk-breaks]")).count();
    assert_eq!(walk_breaks, 9, "{out}");
}

/// broken.ron runs from November into January, and its findings' days had no year: a finding
/// of January read as one of the January before. A plan crossing a year names the years.
#[test]
fn findings_of_a_plan_crossing_a_year_name_their_years() {
    let out = comeback(&["validate", "--today", "2026-12-06", "saves/broken.ron"]);
    assert!(out.contains("    Tue 17 Nov 2026 ⛔ error   [consecutive-run-days]"), "{out}");
    assert!(out.contains("    Tue 29 Dec 2026 ℹ advice  [walk-breaks]"), "{out}");
}
