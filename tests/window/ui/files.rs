//! Files from the window: opening, failed loads and saves, saving (as), autosaves, new plans,
//! exports and printing, a file changed by another program, a coach's comments, the revisions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use comeback::app::App;
use comeback::plan::SessionId;
use egui::{Event, Modifiers, ViewportId};
use egui_kittest::kittest::Queryable;

use crate::common::window::harness;

use super::kit::{
    RUN_WALK_TUE_24, WED_25, day, drag, example_copy, file_menu, marked, open_example, startup, type_path,
};

/// A file with a syntax error is reported with its line and column, and the open plan stays.
#[test]
fn a_file_that_fails_to_load_keeps_the_open_plan() {
    let (dir, mut h) = open_example();
    let original = h.state().document().plan().clone();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n  version: 1,\n  meta: (title: 5),\n)\n").unwrap();
    h.state_mut().open(&bad);
    h.run();
    assert_eq!(*h.state().document().plan(), original);
    let error = h.state().error().unwrap().to_owned();
    assert!(error.contains("bad.ron:3:"), "{error}");
    h.get_by_label_contains("The open plan is unchanged");
}

/// A save that cannot be written keeps the plan and its unsaved changes, and says why.
#[test]
fn a_failed_save_keeps_the_plan_and_says_why() {
    let (dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    let edited = h.state().document().plan().clone();
    let nowhere = dir.path().join("missing-folder").join("plan.ron");
    assert!(!h.state_mut().save_to(&nowhere));
    h.run();
    assert_eq!(*h.state().document().plan(), edited);
    assert!(h.state().document().is_dirty());
    h.get_by_label_contains("Could not save");
}

/// Ctrl+S writes the plan back to its file and clears the unsaved marker.
#[test]
fn ctrl_s_saves_to_the_file() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(!h.state().document().is_dirty());
    let path = h.state().document().path().unwrap().to_path_buf();
    let on_disk = comeback::file::load(&path).unwrap();
    assert_eq!(on_disk, *h.state().document().plan());
}

/// With nothing happening, the app asks for no more frames (an idle window uses no CPU).
#[test]
fn an_idle_window_does_not_repaint() {
    let (_dir, h) = open_example();
    let delay = h.output().viewport_output.get(&ViewportId::ROOT).unwrap().repaint_delay;
    assert_eq!(delay, std::time::Duration::MAX);
}

/// Unsaved changes are autosaved to the data folder (not the plan file); the next start
/// offers them back and restores them.
#[test]
fn unsaved_changes_are_autosaved_and_restored_after_a_crash() {
    let (dir, path) = example_copy();
    let data = dir.path().join("data");
    let original = std::fs::read_to_string(&path).unwrap();
    let mut h = harness(App::new(startup(path.clone(), Some(data.clone()))));
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    let edited = h.state().document().plan().clone();
    h.input_mut().time = Some(1000.0);
    h.run_steps(2);
    assert!(data.join("autosave.ron").exists(), "autosaved");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original, "the user's file is untouched");
    drop(h);

    let mut h = harness(App::new(startup(path, Some(data))));
    h.get_by_label_contains("Restore unsaved changes?");
    h.get_by_label("What they change (1):");
    h.get_by_label_contains("moved from Tue 24 Nov 2026 to Wed 25 Nov 2026");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(*h.state().document().plan(), edited);
    assert!(h.state().document().is_dirty(), "restored changes are still unsaved");
}

/// Ctrl+N with unsaved changes asks first: Cancel keeps everything, Don't save starts anew.
#[test]
fn starting_a_new_plan_asks_about_unsaved_changes() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    let edited = h.state().document().plan().clone();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Save changes to plan.ron?");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(*h.state().document().plan(), edited);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().document().plan().sessions().is_empty());
    assert_eq!(h.state().window_title(), "Untitled plan — Comeback");
}

/// Ctrl+O shows a path field (no system dialog in tests); typing a path and Enter opens it.
#[test]
fn opening_a_file_by_typing_its_path() {
    let (dir, mut h) = open_example();
    let other = dir.path().join("broken.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron"), &other).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    h.run();
    h.get_by_label("Open a plan");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "File path").click();
    h.run();
    h.event(Event::Text(other.display().to_string()));
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().document().path(), Some(other.as_path()));
    assert!(h.state().window_title().starts_with("broken.ron"));
    assert!(!h.state().document().findings().is_empty());
}

/// An untitled plan with changes: Ctrl+N, Save, a typed name (".ron" added) saves it and then
/// starts the new plan, as asked.
#[test]
fn saving_an_untitled_plan_when_asked_then_carries_on() {
    let (dir, mut h) = open_example();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    drag(&mut h, "New Run", "Monday 30 November 2026", Modifiers::NONE);
    let untitled = h.state().document().plan().clone();
    assert!(h.state().document().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Save the plan as");
    let target = dir.path().join("first-plan");
    type_path(&mut h, &target.display().to_string(), "Save as");
    let saved = comeback::file::load(&dir.path().join("first-plan.ron")).unwrap();
    assert_eq!(saved, untitled);
    assert!(h.state().document().plan().sessions().is_empty(), "then the new plan was started");
    assert_eq!(h.state().window_title(), "Untitled plan — Comeback");
}

/// Save as onto another existing file asks once more before replacing it.
#[test]
fn save_as_asks_before_replacing_a_file() {
    let (dir, mut h) = open_example();
    let other = dir.path().join("other.ron");
    std::fs::write(&other, "precious").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    h.run();
    type_path(&mut h, &other.display().to_string(), "Save as");
    h.get_by_label_contains("already exists. Press Save as again to replace it.");
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "precious");
    h.get_by_label("Save as").click();
    h.run();
    assert_eq!(comeback::file::load(&other).unwrap(), *h.state().document().plan());
    assert_eq!(h.state().document().path(), Some(other.as_path()));
}

/// File → Export → PDF writes the PDF where the path field says; PNG writes one image a page.
#[test]
fn exporting_from_the_file_menu() {
    let (dir, mut h) = open_example();
    for (entry, name) in [("Export PDF…", "plan.pdf"), ("Export PNG images…", "plan.png")] {
        h.get_by_label("File").click();
        h.run();
        h.get_by_label("Export").hover();
        h.run();
        h.get_by_label(entry).click();
        h.run();
        type_path(&mut h, &dir.path().join(name).display().to_string(), "Export");
    }
    assert!(std::fs::read(dir.path().join("plan.pdf")).unwrap().starts_with(b"%PDF-"));
    assert!(std::fs::read(dir.path().join("plan-1.png")).unwrap().starts_with(b"\x89PNG"));
    assert!(h.state().status().starts_with("Exported "), "{}", h.state().status());
}

/// Ctrl+P writes the PDF for the viewer; with no viewer (tests open no programs) the status
/// bar says where the PDF is.
#[test]
fn print_says_where_the_pdf_is_without_a_viewer() {
    let (_dir, mut h) = open_example();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::P);
    h.run();
    let pdf = comeback::print::print_dir().join("plan.pdf");
    let status = h.state().status().to_owned();
    assert!(status.contains(&pdf.display().to_string()), "{status}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

/// An autosave lasts only while there are unsaved changes: undoing back to the file removes it.
#[test]
fn an_autosave_goes_when_the_changes_do() {
    let (dir, path) = example_copy();
    let data = dir.path().join("data");
    let mut h = harness(App::new(startup(path, Some(data.clone()))));
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    h.input_mut().time = Some(1000.0);
    h.run_steps(2);
    assert!(data.join("autosave.ron").exists(), "autosaved");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(!h.state().document().is_dirty());
    assert!(!data.join("autosave.ron").exists(), "the stale autosave is gone");
}

/// Another program saves over the open file: the window says so, Ctrl+S does not overwrite it,
/// and Compare shows what differs.
#[test]
fn an_outside_change_is_noticed_and_not_overwritten() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    let path = h.state().document().path().unwrap().to_path_buf();
    let mut theirs = comeback::file::load(&path).unwrap();
    let mut meta = theirs.meta.clone();
    meta.coach = "Dr Lee".to_owned();
    theirs.apply(comeback::plan::Command::SetMeta(meta)).unwrap();
    comeback::file::save(&theirs, &path).unwrap();
    // Make the change visible even on file systems with coarse times.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(later).unwrap();
    h.input_mut().time = Some(10.0);
    h.run();
    h.get_by_label_contains("was changed by another program");

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(comeback::file::load(&path).unwrap(), theirs, "their file is intact");
    assert!(h.state().document().is_dirty(), "my changes are still here");

    h.get_by_label("Compare").click();
    h.run();
    h.get_by_label_contains("plan coach: \"Sam Okafor\" → \"Dr Lee\"");
    h.get_by_label_contains("moved from Wed 25 Nov 2026 to Tue 24 Nov 2026");
}

/// The example copied to `plan.ron` with a coach's `// keep these on grass` above session 12;
/// returns the folder, the path and the file's text.
fn commented_copy() -> (tempfile::TempDir, PathBuf, String) {
    let (dir, path) = example_copy();
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "      id: 12,",
        "      // keep these on grass\n      id: 12,",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    (dir, path, text)
}

/// Save as used to write the plan without the coach's comment and carry on from the new file
/// as if there had been none: it now waits for the same choice as Save, and asks where only
/// after it.
#[test]
fn save_as_waits_for_the_choice_about_a_coachs_comments() {
    let (dir, path, text) = commented_copy();
    let mut h = harness(App::new(startup(path.clone(), None)));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    h.run();
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::TextInput, "File path").is_none(),
        "not asked where"
    );
    assert!(h.state().status().starts_with("Not saved: the file has comments"), "{}", h.state().status());
    h.get_by_label("Keep them as notes").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    h.run();
    let copy = dir.path().join("copy.ron");
    type_path(&mut h, &copy.display().to_string(), "Save as");
    let saved = comeback::file::load(&copy).unwrap();
    assert_eq!(saved.session(SessionId(12)).unwrap().notes.len(), 1, "the comment, as a note");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "the coach's file is untouched");
}

/// Duplicating a plan whose file has a coach's comments made a copy without them, silently:
/// it waits for the same choice as Save, and the duplicate then carries them as notes.
#[test]
fn duplicating_waits_for_the_choice_about_a_coachs_comments() {
    let (_dir, path, _text) = commented_copy();
    let mut h = harness(App::new(startup(path.clone(), None)));
    file_menu(&mut h, "Duplicate as new plan…");
    assert!(
        h.state().status().starts_with("Not duplicated: the file has comments"),
        "{}",
        h.state().status()
    );
    assert_eq!(h.state().document().path(), Some(path.as_path()), "still the coach's file");
    h.get_by_label("Keep them as notes").click();
    h.run();
    file_menu(&mut h, "Duplicate as new plan…");
    // The notes are an unsaved change to the coach's file, which is left as it is.
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().document().path(), None, "a plan of its own");
    assert_eq!(
        h.state().document().plan().session(SessionId(12)).unwrap().notes.len(),
        1,
        "the comment, as a note"
    );
}

/// Autosave writes its recovery copy into the data folder, never over the coach's file, so it
/// may go ahead; but the copy cannot hold the comments, and restoring it used to let the next
/// Save drop them. Restored, the window asks again and Save waits.
#[test]
fn a_restored_autosave_still_waits_for_the_choice_about_comments() {
    let (dir, path, text) = commented_copy();
    let data = dir.path().join("data");
    let mut plan = comeback::file::load(&path).unwrap();
    plan.apply(comeback::plan::Command::MoveSession { id: SessionId(10), to: day(25, 11) }).unwrap();
    comeback::app::Autosave::new(data.clone()).write(&plan, Some(&path)).unwrap();
    let (_other_dir, other) = example_copy();
    let mut h = harness(App::new(startup(other, Some(data))));
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().document().path(), Some(path.as_path()));
    h.get_by_label_contains("The file has 1 comment written by hand (line");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "not saved over the comment");
}

/// The store of revisions was pruned only at start-up, so a window left open for a year kept
/// every version; a save prunes it too: a revision past the age limit goes, the one just saved
/// stays.
#[test]
fn a_save_prunes_the_store_of_revisions() {
    let (dir, path) = example_copy();
    let data = dir.path().join("data");
    let mut h = harness(App::new(startup(path.clone(), Some(data.clone()))));
    let old = data.join("revisions").join(format!("{}.ron", "a".repeat(32)));
    std::fs::copy(&path, &old).unwrap();
    let long_ago =
        std::time::SystemTime::now() - comeback::store::MAX_AGE - std::time::Duration::from_secs(86_400);
    std::fs::File::options().write(true).open(&old).unwrap().set_modified(long_ago).unwrap();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(!old.exists(), "pruned");
    let saved = comeback::file::load(&path).unwrap().revision.unwrap();
    assert!(data.join("revisions").join(format!("{saved}.ron")).exists(), "the save is kept");
}

/// File → Merge with… the coach's copy of the plan as it was opened: her move and my log both
/// land without a question; a copy of another plan is compared instead, and the status says why.
#[test]
fn merging_with_the_coachs_copy_from_the_file_menu() {
    let (dir, path) = example_copy();
    let mut h = harness(App::new(startup(path.clone(), Some(dir.path().join("data")))));
    let mut theirs = comeback::file::load(&path).unwrap();
    theirs.apply(comeback::plan::Command::MoveSession { id: SessionId(10), to: day(25, 11) }).unwrap();
    let coach = dir.path().join("coach.ron");
    comeback::file::save(&theirs, &coach).unwrap();
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label("Mark done").click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();

    file_menu(&mut h, "Merge with…");
    type_path(&mut h, &coach.display().to_string(), "Merge");
    let plan = h.state().document().plan();
    assert_eq!(plan.session(SessionId(10)).unwrap().date, day(25, 11), "the coach's move");
    assert_eq!(plan.session(SessionId(15)).unwrap().status, comeback::plan::Status::Done, "my log");
    assert!(h.state().status().contains("nothing to choose"), "{}", h.state().status());
    assert!(
        marked(&h).iter().any(|l| l.contains(", Wed 25 Nov,") && l.ends_with("changed by them in the merge")),
        "the coach's move is marked: {:?}",
        marked(&h)
    );
    h.get_by_label_contains("Merged with coach.ron:");

    theirs.id = comeback::plan::PlanId::random();
    let other = dir.path().join("other.ron");
    comeback::file::save(&theirs, &other).unwrap();
    file_menu(&mut h, "Merge with…");
    type_path(&mut h, &other.display().to_string(), "Merge");
    let status = h.state().status().to_owned();
    assert!(status.contains("instead of merging: they are different plans"), "{status}");
}
