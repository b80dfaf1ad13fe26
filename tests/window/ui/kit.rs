//! What the window's feature tests share: the example plan opened on a fixed day, finding a
//! widget by its label, dragging, the File menu and the path field.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::plan::SessionId;
use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::window::harness;

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

pub(super) fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// A copy of the example plan in a temporary folder, so tests may save over it.
pub(super) fn example_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"), &path).unwrap();
    (dir, path)
}

pub(super) fn startup(file: PathBuf, data_dir: Option<PathBuf>) -> Startup {
    Startup { today: today(), file: Some(file), prefs: Prefs::default(), data_dir, desktop: false }
}

pub(super) fn open_example() -> (tempfile::TempDir, Harness<'static, App>) {
    let (dir, path) = example_copy();
    (dir, harness(App::new(startup(path, None))))
}

/// The centre of the widget labelled exactly `label`, or else of the one whose label contains it.
pub(super) fn center(h: &Harness<'_, App>, label: &str) -> Pos2 {
    h.query_by_label(label).unwrap_or_else(|| h.get_by_label_contains(label)).rect().center()
}

/// Presses on `from`, moves to `to` and lets go there, holding `modifiers` on release.
pub(super) fn drag(h: &mut Harness<'_, App>, from: &str, to: &str, modifiers: Modifiers) {
    let (from, to) = (center(h, from), center(h, to));
    h.drag_at(from);
    h.run();
    h.hover_at(to);
    h.run();
    h.event(Event::ModifiersChanged(modifiers));
    h.event(Event::PointerButton { pos: to, button: PointerButton::Primary, pressed: false, modifiers });
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

pub(super) const RUN_WALK_TUE_24: &str = ", Tue 24 Nov";
pub(super) const WED_25: &str = "Wednesday 25 November 2026";

/// Picks `item` from the File menu.
pub(super) fn file_menu(h: &mut Harness<'_, App>, item: &str) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// Types `text` into the path field and presses the prompt's button labelled `verb`. The
/// field is labelled for what it asks: a folder (to list plans, to write workouts) or a file.
pub(super) fn type_path(h: &mut Harness<'_, App>, text: &str, verb: &str) {
    let role = egui::accesskit::Role::TextInput;
    match h.query_by_role_and_label(role, "Folder path") {
        Some(field) => field.click(),
        None => h.get_by_role_and_label(role, "File path").click(),
    }
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.event(Event::Text(text.to_owned()));
    h.run();
    h.get_by_label(verb).click();
    h.run();
}

pub(super) fn session(h: &Harness<'_, App>, id: u32) -> comeback::plan::Session {
    h.state().document().plan().session(SessionId(id)).unwrap().clone()
}

/// The accessible names of the chips and days marked by a merge, in the order drawn.
pub(super) fn marked(h: &Harness<'_, App>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    h.query_all_by_label_contains("in the merge").filter_map(|n| n.accesskit_node().label()).collect()
}
