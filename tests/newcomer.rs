//! The window as a newcomer meets it: the first start, the keyboard and the screen reader,
//! and the rough edges found by living in the app for a week (issue 20).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::plan::Status;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn start(today: NaiveDate, file: Option<PathBuf>) -> Startup {
    Startup { today, file, prefs: Prefs::default(), data_dir: None, desktop: false }
}

fn harness(app: App) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([1366.0, 768.0])
        .with_context_setup(comeback::ui::theme::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    h
}

fn example_on_disk() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap()
}

/// A first start (no file, none remembered) opened `saves/example.ron` itself when started in
/// the repository, so a first Ctrl+S wrote over the shipped example; and the calendar showed
/// today's month even when the example lay months away. Now the example is an untitled copy
/// moved so that its first planned session is today, the window says so and offers a plan of
/// one's own, and Ctrl+S asks where.
#[test]
fn a_first_start_shows_the_example_as_an_untitled_copy_starting_today() {
    let shipped = example_on_disk();
    let today = date(2027, 3, 10);
    let mut h = harness(App::new(start(today, None)));
    let doc = h.state().document();
    assert!(doc.path().is_none(), "the example is not tied to a file");
    let plan = doc.plan();
    let first_planned = plan.sessions().iter().find(|s| s.status == Status::Planned).unwrap();
    assert_eq!(first_planned.date, today);
    assert!(
        plan.sessions().iter().filter(|s| s.status != Status::Planned).all(|s| s.date < today),
        "what is logged stays in the past"
    );
    h.get_by_label_contains("This is an example plan");
    h.get_by_label("New from method…");
    h.get_by_label("Open… Ctrl+O");
    h.get_by_label("March 2027");
    h.get_by_label_contains(", Wed 10 Mar");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label_contains("Save as");
    assert_eq!(example_on_disk(), shipped, "the shipped example is untouched");
}

/// A plan whose first session is next month opened on today's empty month.
#[test]
fn a_plan_that_starts_later_opens_on_its_first_session() {
    use comeback::plan::{Command, Plan, Session, SessionId, SessionKind};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("later.ron");
    let mut plan = Plan::new(date(2027, 1, 4));
    plan.apply(Command::AddSession(Session::planned(SessionId(1), date(2027, 1, 5), SessionKind::Rest)))
        .unwrap();
    comeback::file::save(&plan, &path).unwrap();
    let h = harness(App::new(start(date(2026, 12, 2), Some(path))));
    assert_eq!(h.state().view().anchor, date(2027, 1, 5));
    h.get_by_label("January 2027");
    assert!(h.query_by_label_contains("This is an example plan").is_none(), "a file of one's own");
}
