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
    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .args(args)
        .env("TZ", "UTC")
        .output()
        .unwrap();
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

/// Paper's "About the plan" says what the comeback is from, each check passed on its day or
/// not yet, and the stop signs logged, with what to do about them.
#[test]
fn paper_prints_the_comeback_the_checks_and_the_stop_signs() {
    use comeback::export::{DateRange, layout};
    let mut plan = file::load(Path::new(&fixture("readiness/open-check.ron"))).unwrap();
    let mut run = plan.session(SessionId(2)).unwrap().clone();
    run.status = comeback::plan::Status::Done;
    run.pain = Some(comeback::plan::PainLog {
        stop_signs: [StopSign::Heaviness].into_iter().collect(),
        ..Default::default()
    });
    plan.apply(comeback::plan::Command::EditSession(run)).unwrap();
    let text: Vec<String> = crate::common::page_texts(&layout::layout(&plan, DateRange::whole(&plan)));
    let about = text.iter().position(|t| t == "About the plan").expect("an About the plan section");
    let after = text[about + 1..].join("\n");
    for line in [
        "Back after an injury.",
        "Checks before the first run:",
        "• Brisk walk, 30 min: passed Tue 10 Nov 2026",
        "• Single-leg hops on the spot, 10 each side: not yet passed",
        "Stop signs logged on Thu 19 Nov 2026 (Run/walk 1/4 min × 6): heaviness, pressure or dragging in the pelvis. Stop and seek advice.",
    ] {
        assert!(after.contains(line), "{line} in {after}");
    }
}

/// The Ready tab and the session editor driven as a user would, through egui_kittest.
#[cfg(feature = "gui")]
mod app {
    #![allow(clippy::expect_used)]

    use std::path::PathBuf;

    use chrono::NaiveDate;
    use comeback::app::{App, Prefs, Startup};
    use comeback::plan::{
        Birth, Comeback, Distance, Effort, Minutes, Plan, RunWalk, Segment, Session, SessionId, SessionKind,
        Status, StopSign, Terrain, Test,
    };
    use comeback::rules::RuleId;
    use comeback::ui::Tab;
    use egui::Modifiers;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    use crate::common::window::tab_to;

    fn date(d: u32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    /// Saturday 28 November 2026, the app's today.
    fn today() -> NaiveDate {
        date(28, 11)
    }

    fn run_walk(id: u32, day: NaiveDate) -> Session {
        let minutes = |m| Segment::Minutes(Minutes::new(m).unwrap());
        let kind = SessionKind::RunWalk(RunWalk {
            run: minutes(1.0),
            walk: minutes(4.0),
            repeats: 6,
            effort: Effort::Easy,
            terrain: Terrain::Track,
        });
        Session::planned(SessionId(id), day, kind)
    }

    /// A plan starting Monday 30 November, back from `comeback` with the clinic's checks all
    /// passed on 20 November but the hops, a walk and two run/walks after today, and a run/walk
    /// done on Thursday 26 November; saved in a temporary folder.
    fn plan_file(comeback: Comeback) -> (tempfile::TempDir, PathBuf) {
        let mut plan = Plan::new(date(30, 11));
        plan.meta.title = "Ready to run".to_owned();
        plan.meta.comeback_kind = Some(comeback);
        plan.meta.injury_date = Some(date(1, 6));
        plan.meta.checks = comeback
            .checks()
            .into_iter()
            .map(|c| comeback::plan::Check { passed: (c.test != Test::Hops).then(|| date(20, 11)), ..c })
            .collect();
        let walk = SessionKind::Walk { distance: Distance::new(2.0), minutes: None };
        let mut done = run_walk(4, date(26, 11));
        done.status = Status::Done;
        for s in [
            Session::planned(SessionId(1), date(30, 11), walk),
            run_walk(2, date(2, 12)),
            run_walk(3, date(4, 12)),
            done,
        ] {
            plan.apply(comeback::plan::Command::AddSession(s)).unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        comeback::file::save(&plan, &path).unwrap();
        (dir, path)
    }

    fn harness(path: PathBuf) -> Harness<'static, App> {
        let startup = Startup {
            today: today(),
            file: Some(path),
            prefs: Prefs::default(),
            data_dir: None,
            desktop: false,
        };
        crate::common::window::window(App::new(startup), [1366.0, 900.0])
    }

    /// The days the readiness warnings touch.
    fn warned(h: &Harness<'_, App>) -> Vec<NaiveDate> {
        let findings = h.state().document().findings();
        findings.iter().filter(|f| f.rule == RuleId::ReadinessChecks).flat_map(|f| f.dates.clone()).collect()
    }

    /// Interactive widgets of the Ready tab whose name has no words.
    fn unnamed(h: &Harness<'_, App>) -> Vec<String> {
        use egui::accesskit::Role;
        let roles = [Role::Button, Role::CheckBox, Role::RadioButton, Role::SpinButton, Role::TextInput];
        h.root()
            .children_recursive()
            .filter(|n| roles.contains(&n.accesskit_node().role()))
            .filter(|n| n.accesskit_node().label().is_none_or(|l| !l.chars().any(char::is_alphanumeric)))
            .map(|n| format!("{:?} value {:?}", n.accesskit_node().role(), n.accesskit_node().value()))
            .collect()
    }

    /// The open check is ticked from the keyboard: Tab reaches its box, named as a sighted
    /// user reads it, Space ticks it with today's date, and the warnings about the run/walks
    /// after today go; the one done before today stays (it came before the check was passed).
    /// Undo takes the tick back, and the warnings with it.
    #[test]
    fn ticking_a_check_by_keyboard_ends_the_warning() {
        let (_dir, path) = plan_file(Comeback::Injury { bone_stress: false });
        let mut h = harness(path);
        h.state_mut().set_tab(Tab::Ready);
        h.run();
        assert_eq!(warned(&h), [date(26, 11), date(2, 12), date(4, 12)]);
        h.get_by_label("Brisk walk, 30 min: passed Fri 20 Nov 2026");
        h.get_by_label("Number for Single-leg hops on the spot");
        assert_eq!(h.query_all_by_label("Source: clinic convention").count(), 4, "the four checks' sources");
        assert!(unnamed(&h).is_empty(), "unnamed widgets: {:?}", unnamed(&h));

        tab_to(&mut h, "Single-leg hops on the spot, 10 each side: not yet passed");
        h.key_press(egui::Key::Space);
        h.run();
        let hops = h.state().document().plan().meta.checks.iter().find(|c| c.test == Test::Hops).copied();
        assert_eq!(hops.and_then(|c| c.passed), Some(today()), "passed today, the app's");
        h.get_by_label("Single-leg hops on the spot, 10 each side: passed Sat 28 Nov 2026");
        assert_eq!(warned(&h), [date(26, 11)], "the run/walks after today are ready");

        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        h.run();
        assert_eq!(warned(&h), [date(26, 11), date(2, 12), date(4, 12)], "undone");
    }

    /// After a birth, the clinic's checks are the postnatal guidance's, with its source; the
    /// session editor offers the stop signs by a done session's pain scores, and one ticked
    /// there (or in the chip's right-click menu) is named on the chip and counts as pain.
    #[test]
    fn after_a_birth_the_log_records_stop_signs() {
        let (_dir, path) = plan_file(Comeback::Birth(Birth::Caesarean));
        let mut h = harness(path);
        h.state_mut().set_tab(Tab::Ready);
        h.run();
        h.get_by_label("Kind of birth: Caesarean");
        h.get_by_label("Single-leg running man, 10 each side: passed Fri 20 Nov 2026");
        assert!(
            h.query_all_by_label("Source: Goom et al. 2019").count() >= 12,
            "every check is the guidance's"
        );

        h.get_by_label_contains(", Thu 26 Nov").click();
        h.run();
        h.state_mut().set_tab(Tab::Session);
        h.run();
        h.get_by_label("Stop sign: leaking urine or wind, or bowel urgency").click();
        h.run();
        let done = h.state().document().plan().session(SessionId(4)).unwrap().clone();
        let signs: Vec<StopSign> = done.pain.unwrap().stop_signs.iter().collect();
        assert_eq!(signs, [StopSign::Leaking]);
        h.get_by_label_contains("stop signs: leaking urine or wind, or bowel urgency");
        assert!(done.hurt(h.state().document().plan().rules.pain_threshold), "a stop sign counts as pain");

        // The chip's right-click menu offers them too, beside the editor's.
        h.get_by_label_contains(", Thu 26 Nov").click_secondary();
        h.run();
        let bleeding = "Stop sign: bleeding beyond the normal course";
        assert_eq!(h.query_all_by_label(bleeding).count(), 2, "in the editor and the menu");
        h.query_all_by_label(bleeding).last().unwrap().click();
        h.run();
        let done = h.state().document().plan().session(SessionId(4)).unwrap().clone();
        let signs: Vec<StopSign> = done.pain.unwrap().stop_signs.iter().collect();
        assert_eq!(signs, [StopSign::Leaking, StopSign::Bleeding]);
    }
}
