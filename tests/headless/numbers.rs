//! Issue 34: numbers that explain themselves, quiet advice and steady controls.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::process::Command;

fn comeback(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).env("LC_ALL", "C").args(args).output().unwrap();
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

/// `comeback new` lists each week with what it is judged by, as the week column says it.
#[test]
fn a_new_plan_lists_its_stages_then_its_levels() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    let path = path.display().to_string();
    let out = comeback(&["new", "-o", &path, "--start", "2026-12-07", "--current", "0", "--weeks", "30"]);
    assert!(out.contains("Week of Mon 7 Dec 2026: run 1.5 mi (Stage 1 of 9)"), "{out}");
    assert!(out.contains("Week of Mon 4 Jan 2027: run 0.83 mi (Down week)"), "{out}");
    assert!(out.contains("Week of Mon 7 Jun 2027: run 7.5 mi (+7 % on 7 mi level)"), "{out}");
}

/// The window driven through egui_kittest.
#[cfg(feature = "gui")]
mod window {
    use std::path::{Path, PathBuf};

    use chrono::NaiveDate;
    use comeback::app::{App, Prefs, Startup};
    use comeback::plan::SessionId;
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// broken.ron in a temporary folder, opened on `today`, with `recent` as the recent files.
    fn open(today: NaiveDate, recent: Vec<PathBuf>) -> (tempfile::TempDir, Harness<'static, App>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"), &path).unwrap();
        let prefs = Prefs { recent, ..Prefs::default() };
        let startup = Startup { today, file: Some(path), prefs, data_dir: None, desktop: false };
        let h = crate::common::window::window(App::new(startup), [1366.0, 768.0]);
        (dir, h)
    }

    fn nov(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn pain_during(h: &Harness<'_, App>, id: SessionId) -> Option<u8> {
        h.state().document().plan().session(id)?.pain.map(|p| p.during.get())
    }

    /// The pain slider jumped from 0 to 8 in 28 pixels. Pain is chosen by number now: the
    /// scale takes focus, → and ← step by one, Home and End go to the ends, a digit picks
    /// that score, and a screen reader hears "Pain during" with its value.
    #[test]
    fn pain_is_chosen_by_number_from_the_keyboard() {
        let (_dir, mut h) = open(nov(28), Vec::new());
        h.get_by_label_contains(", Tue 24 Nov").click();
        h.run();
        let id = h.state().view().selected.unwrap();
        h.get_by_label("Done").click();
        h.run();
        assert_eq!(pain_during(&h, id), Some(1), "the example logged 1/10");
        h.get_by_role_and_label(Role::Slider, "Pain during").focus();
        h.run();
        let rows = [
            (Key::Home, 0),
            (Key::ArrowRight, 1),
            (Key::ArrowRight, 2),
            (Key::ArrowRight, 3),
            (Key::ArrowLeft, 2),
            (Key::End, 10),
            (Key::Home, 0),
            (Key::Num7, 7),
        ];
        for (key, expected) in rows {
            h.key_press(key);
            h.run();
            let during = pain_during(&h, id).unwrap_or(0);
            assert_eq!(during, expected, "after {key:?}");
        }
        let scale = h.get_by_role_and_label(Role::Slider, "Pain during");
        assert_eq!(scale.value().as_deref(), Some("7 / 10"));
        assert!(scale.is_focused(), "the arrows stepped the score; they did not move focus");
    }

    /// The readiness rules are listed in the Rules tab with the others, so a coach can turn
    /// one off in the app and not only in the file's overrides.
    #[test]
    fn the_rules_tab_turns_a_readiness_rule_off() {
        let (_dir, mut h) = open(nov(28), Vec::new());
        h.get_by_label("Rules").click();
        h.run();
        h.get_by_role_and_label(Role::CheckBox, "12 weeks after a birth").click_accesskit();
        h.run();
        let rules = &h.state().document().plan().rules;
        let rule = comeback::rules::RuleId::AfterBirth;
        assert_eq!(rules.overrides.get(&rule).map(|o| o.enabled), Some(false), "{rules:?}");
    }

    /// The settings' pain threshold is the same scale: a click on a number takes it.
    #[test]
    fn the_pain_threshold_is_chosen_by_a_click_on_its_number() {
        let (_dir, mut h) = open(nov(28), Vec::new());
        h.get_by_label("Rules").click();
        h.run();
        let scale = h.get_by_role_and_label(Role::Slider, "Pain threshold").rect();
        // Cell 5, on the first row whether the row holds all eleven or 0 to 5.
        let per_row = if scale.height() > 30.0 { 6.0 } else { 11.0 };
        let at = egui::pos2(scale.left() + scale.width() * 5.5 / per_row, scale.top() + 8.0);
        h.hover_at(at);
        h.run();
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
        h.run();
        assert_eq!(h.state().document().plan().rules.pain_threshold, 5);
    }

    /// In a side panel too narrow for eleven cells the scale did not fit; it takes two rows,
    /// 0 to 5 and 6 to 10, and a click on a number in either takes it.
    #[test]
    fn a_narrow_pain_scale_takes_two_rows() {
        let mut h = Harness::builder().with_size([150.0, 80.0]).build_ui_state(
            |ui, score: &mut u8| {
                let label = ui.label("Pain during").id;
                comeback::ui::pain_scale::pain_scale_ui(ui, score, label);
            },
            0,
        );
        h.run();
        let scale = h.get_by_role_and_label(Role::Slider, "Pain during").rect();
        assert!(scale.width() <= 150.0, "{scale:?} fits");
        let cell = scale.width() / 6.0;
        let (first, second) = (scale.top() + scale.height() / 4.0, scale.bottom() - scale.height() / 4.0);
        for (at, expected) in [((0.5, first), 0), ((5.5, first), 5), ((2.5, second), 8), ((4.5, second), 10)]
        {
            let pos = egui::pos2(scale.left() + cell * at.0, at.1);
            h.hover_at(pos);
            h.run();
            for pressed in [true, false] {
                let button = egui::PointerButton::Primary;
                h.event(egui::Event::PointerButton { pos, button, pressed, modifiers: Modifiers::NONE });
            }
            h.run();
            assert_eq!(*h.state(), expected, "at {at:?}");
        }
    }

    /// Choosing a recent file in the Open field only filled the path; Open had still to be
    /// pressed, and it looked like nothing happened. A click opens it.
    #[test]
    fn a_recent_file_opens_on_a_click() {
        let dir = tempfile::tempdir().unwrap();
        let broken = dir.path().join("broken.ron");
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron"), &broken).unwrap();
        let (_other, mut h) = open(nov(28), vec![broken.clone()]);
        h.key_press_modifiers(Modifiers::COMMAND, Key::O);
        h.run();
        h.get_by_label("Open a plan");
        h.get_by_label(&broken.display().to_string()).click();
        h.run();
        assert_eq!(h.state().document().path(), Some(broken.as_path()));
        assert!(h.query_by_label("Open a plan").is_none(), "the field closed");
    }

    /// broken.ron's findings ran into January without a year, and 25 pieces of advice sat
    /// among them. The panel opens on errors and warnings, advice closed below them, and the
    /// days carry their years.
    #[test]
    fn the_findings_panel_keeps_advice_below_warnings_and_names_years() {
        let dir = tempfile::tempdir().unwrap();
        let broken = dir.path().join("broken.ron");
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron"), &broken).unwrap();
        let (_other, mut h) = open(nov(28), Vec::new());
        h.key_press_modifiers(Modifiers::COMMAND, Key::O);
        h.run();
        h.get_by_role_and_label(Role::TextInput, "File path").click();
        h.run();
        h.event(egui::Event::Text(broken.display().to_string()));
        h.key_press(Key::Enter);
        h.run();
        h.get_by_label("Findings (32)").click();
        h.run();
        let errors = h.get_by_label("⛔ Errors (12)").rect().top();
        let warnings = h.get_by_label("⚠ Warnings (9)").rect().top();
        let advice = h.get_by_label("ℹ Advice (11)").rect().top();
        assert!(errors < warnings && warnings < advice, "errors, then warnings, then advice");
        h.get_by_label_contains("Tue 17 Nov 2026 · Runs on Mon 16 Nov and Tue 17 Nov");
        assert!(h.query_by_label_contains("[walk-breaks]").is_none());
        assert!(h.query_by_label_contains("have no walk breaks").is_none(), "advice starts closed");
        for header in ["⛔ Errors (12)", "⚠ Warnings (9)", "ℹ Advice (11)"] {
            h.get_by_label(header).click();
            h.run();
        }
        h.get_by_label_contains("Tue 17 Nov 2026 · Tue 17 Nov's run had no walk breaks");
    }
}
