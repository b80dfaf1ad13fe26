//! The calendar driven like a user would: drags, clicks and keys through egui_kittest.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::plan::SessionId;
use comeback::ui::Tab;
use egui::{Event, Modifiers, PointerButton, Pos2, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::window::{harness, log_pain_from_the_menu};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// A copy of the example plan in a temporary folder, so tests may save over it.
fn example_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"), &path).unwrap();
    (dir, path)
}

fn startup(file: PathBuf, data_dir: Option<PathBuf>) -> Startup {
    Startup { today: today(), file: Some(file), prefs: Prefs::default(), data_dir, desktop: false }
}

fn open_example() -> (tempfile::TempDir, Harness<'static, App>) {
    let (dir, path) = example_copy();
    (dir, harness(App::new(startup(path, None))))
}

/// The centre of the widget labelled exactly `label`, or else of the one whose label contains it.
fn center(h: &Harness<'_, App>, label: &str) -> Pos2 {
    h.query_by_label(label).unwrap_or_else(|| h.get_by_label_contains(label)).rect().center()
}

/// Presses on `from`, moves to `to` and lets go there, holding `modifiers` on release.
fn drag(h: &mut Harness<'_, App>, from: &str, to: &str, modifiers: Modifiers) {
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

fn sessions_on(h: &Harness<'_, App>, date: NaiveDate) -> Vec<SessionId> {
    h.state().document().plan().sessions_on(date).iter().map(|s| s.id).collect()
}

const RUN_WALK_TUE_24: &str = ", Tue 24 Nov";
const WED_25: &str = "Wednesday 25 November 2026";

/// The palette's Strength entry dropped on a day adds a strength session there.
#[test]
fn dragging_a_palette_item_onto_a_day_creates_a_session() {
    let (_dir, mut h) = open_example();
    let before = sessions_on(&h, day(29, 11));
    drag(&mut h, "New Strength", "Sunday 29 November 2026", Modifiers::NONE);
    let after = h.state().document().plan().sessions_on(day(29, 11)).to_vec();
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.iter().any(|s| s.kind.name() == "Strength"));
    assert!(h.state().window_title().contains('•'), "the title shows unsaved changes");
}

/// Moving Tuesday's run/walk to Wednesday puts it next to Thursday's: the day is outlined,
/// the status bar counts the error and the findings panel lists it.
#[test]
fn moving_a_run_next_to_another_is_highlighted_and_listed() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    assert!(sessions_on(&h, day(24, 11)).is_empty(), "moved away");
    assert_eq!(sessions_on(&h, day(25, 11)).len(), 3, "strength, walk and the run/walk");
    let findings = h.state().document().findings();
    assert!(findings.iter().any(|f| f.rule.id() == "consecutive-run-days" && f.dates.contains(&day(26, 11))));
    h.get_by_label_contains("1 error");
    h.state_mut().set_tab(Tab::Findings);
    h.run();
    // Both runs were run already: the finding says what happened. The example runs into
    // 2027, so the day names its year.
    h.get_by_label_contains("Thu 26 Nov 2026 · Runs on Wed 25 Nov and Thu 26 Nov were on consecutive days");
}

/// Holding Ctrl on release copies instead of moving.
#[test]
fn ctrl_drag_copies() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, "Monday 30 November 2026", Modifiers::COMMAND);
    assert_eq!(sessions_on(&h, day(24, 11)), vec![SessionId(10)], "the original stays");
    assert_eq!(sessions_on(&h, day(30, 11)).len(), 2, "walk and the copy");
}

/// Ctrl+Z after a move restores the plan exactly; Ctrl+Shift+Z and Ctrl+Y redo it.
#[test]
fn undo_restores_and_redo_repeats() {
    let (_dir, mut h) = open_example();
    let original = h.state().document().plan().clone();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    let moved = h.state().document().plan().clone();
    assert_ne!(moved, original);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), original);
    assert!(!h.state().window_title().contains('•'), "back to the saved plan");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), moved);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(*h.state().document().plan(), moved);
}

/// While a chip is held over a day, the day shows what the drop would cause; Escape cancels
/// the drag and nothing changes.
#[test]
fn the_drop_preview_appears_during_the_drag_and_escape_cancels() {
    let (_dir, mut h) = open_example();
    let original = h.state().document().plan().clone();
    let (from, to) = (center(&h, RUN_WALK_TUE_24), center(&h, WED_25));
    h.drag_at(from);
    h.run();
    h.hover_at(to);
    h.run();
    h.get_by_label_contains("Dropping on Wed 25 Nov would cause");
    h.get_by_label_contains("were on consecutive days");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label_contains("Dropping on").is_none(), "the preview is gone");
    assert_eq!(h.state().status(), "Drag cancelled");
    // Moving on with the button still down must not pick the drag up again.
    h.hover_at(to + egui::vec2(4.0, 4.0));
    h.run();
    h.run();
    assert!(h.query_by_label_contains("Dropping on").is_none(), "the drag stays cancelled");
    h.drop_at(to);
    h.run();
    assert_eq!(*h.state().document().plan(), original, "a cancelled drag changes nothing");
}

/// The last month a plan can cover shows the first days of 2200: held over one, a chip says the
/// plan would refuse it; dropped there, nothing changes and the window says why.
#[test]
fn a_drop_past_the_years_a_plan_can_cover_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.ron");
    let plan = comeback::plan::Plan::new(NaiveDate::from_ymd_opt(2199, 12, 1).unwrap());
    comeback::file::save(&plan, &path).unwrap();
    let plan = comeback::file::load(&path).unwrap();
    let mut h = harness(App::new(startup(path, None)));
    let (from, to) = (center(&h, "New Strength"), center(&h, "Wednesday 1 January 2200"));
    h.drag_at(from);
    h.run();
    h.hover_at(to);
    h.run();
    h.get_by_label_contains("Cannot drop on Wed 1 Jan: 2200-01-01 is outside the years a plan can cover");
    h.drop_at(to);
    h.run();
    assert_eq!(*h.state().document().plan(), plan, "the refused drop changes nothing");
    assert!(!h.state().document().is_dirty());
    let error = h.state().error().unwrap();
    assert!(error.contains("2200-01-01 is outside the years a plan can cover (1900 to 2199)"), "{error}");
}

/// Click a chip, Delete removes it; arrows move the selection; Ctrl+C, an arrow and Ctrl+V
/// paste a copy on the next day.
#[test]
fn keyboard_shortcuts_select_delete_copy_and_paste() {
    let (_dir, mut h) = open_example();
    h.get_by_label_contains(RUN_WALK_TUE_24).click();
    h.run();
    assert_eq!(h.state().view().selected, Some(SessionId(10)));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::C);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().view().selected_day, Some(day(1, 12)));
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().view().selected_day, Some(day(30, 11)));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::V);
    h.run();
    assert_eq!(sessions_on(&h, day(30, 11)).len(), 2, "walk and the pasted run/walk");
    h.get_by_label_contains(", Tue 24 Nov").click();
    h.run();
    h.key_press(egui::Key::Delete);
    h.run();
    assert!(sessions_on(&h, day(24, 11)).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(sessions_on(&h, day(24, 11)), vec![SessionId(10)]);
}

/// A chip dropped on the trash is deleted.
#[test]
fn dropping_a_chip_on_the_trash_deletes_it() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, "Trash", Modifiers::NONE);
    assert!(sessions_on(&h, day(24, 11)).is_empty());
}

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

/// Previous and next step by month; the grid shows the new month's days.
#[test]
fn month_navigation() {
    let (_dir, mut h) = open_example();
    h.get_by_label("November 2026");
    h.key_press(egui::Key::PageDown);
    h.run();
    h.get_by_label("December 2026");
    h.get_by_label_contains("Thursday 31 December 2026");
    h.key_press(egui::Key::Home);
    h.run();
    h.get_by_label("November 2026");
}

/// Turning a rule off in the rules panel re-validates at once: the error goes away, and
/// Undo brings the rule (and the error) back.
#[test]
fn switching_a_rule_off_in_the_rules_panel_revalidates() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    h.get_by_label_contains("1 error");
    h.state_mut().set_tab(Tab::Rules);
    h.run();
    // The switch is below the fold of the panel; accessibility actions reach it anyway.
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Alternate run days").click_accesskit();
    h.run();
    h.get_by_label_contains("0 errors");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.get_by_label_contains("1 error");
}

/// The session editor changes the selected session live: marking a planned run/walk skipped
/// takes it out of the week's running total.
#[test]
fn the_session_editor_applies_edits_live() {
    let (_dir, mut h) = open_example();
    h.key_press(egui::Key::PageDown);
    h.run();
    h.get_by_label_contains(", Thu 3 Dec").click();
    h.run();
    let id = h.state().view().selected.unwrap();
    let week_before =
        h.state().document().weeks().iter().find(|w| w.totals.start == day(30, 11)).unwrap().totals.run;
    h.get_by_label("Skipped").click();
    h.run();
    let session = h.state().document().plan().session(id).unwrap();
    assert_eq!(session.status, comeback::plan::Status::Skipped);
    let week_after =
        h.state().document().weeks().iter().find(|w| w.totals.start == day(30, 11)).unwrap().totals.run;
    assert!(week_after < week_before, "{week_after} < {week_before}");
    h.get_by_label("Done").click();
    h.run();
    assert!(h.query_all_by_label("Pain during").count() > 0, "logging a done run asks for pain");
}

/// Every side panel tab draws, with every input named for screen readers (kittest checks).
#[test]
fn every_panel_draws() {
    let (_dir, mut h) = open_example();
    for tab in [Tab::Findings, Tab::Rules, Tab::Plan, Tab::Session] {
        h.state_mut().set_tab(tab);
        h.run();
        if tab == Tab::Plan {
            assert!(h.query_all_by_label("Athlete").count() > 0);
        }
    }
    for zoom in [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3] {
        h.key_press_modifiers(Modifiers::COMMAND, zoom);
        h.run();
    }
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

/// Picks `item` from the File menu.
fn file_menu(h: &mut Harness<'_, App>, item: &str) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// Types `text` into the path field and presses the prompt's button labelled `verb`. The
/// field is labelled for what it asks: a folder (to list plans, to write workouts) or a file.
fn type_path(h: &mut Harness<'_, App>, text: &str, verb: &str) {
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

/// File → Export workouts to watch… writes a FIT workout for every planned run and walk from
/// today on into the chosen folder (a Garmin's GARMIN/NewFiles), and says how many.
#[test]
fn exporting_workouts_to_a_watch_folder_from_the_file_menu() {
    let (dir, mut h) = open_example();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export workouts to watch…").click();
    h.run();
    h.get_by_label_contains("GARMIN/NewFiles folder");
    let folder = dir.path().join("GARMIN/NewFiles");
    type_path(&mut h, &folder.display().to_string(), "Write workouts");
    let plan = h.state().document().file_plan().clone();
    let expected: Vec<String> = comeback::watch::exported_sessions(&plan, Some(today()), None)
        .map(|s| comeback::watch::file_name(&plan, s))
        .collect();
    let mut written: Vec<String> =
        std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    written.sort();
    let mut sorted = expected.clone();
    sorted.sort();
    assert!(expected.len() > 10, "the example plans weeks of runs: {expected:?}");
    assert_eq!(written, sorted);
    assert!(written.iter().all(|n| n.as_str() >= "2026-11-28"), "none before today: {written:?}");
    let status = h.state().status().to_owned();
    assert_eq!(status, format!("Wrote {} workouts to {}", expected.len(), folder.display()));
}

/// "Send session to watch…" in a planned run's chip menu writes that one workout; a strength
/// session's menu does not offer it.
#[test]
fn sending_one_run_to_the_watch_from_its_chip() {
    let (dir, mut h) = open_example();
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label_contains("Send session to watch…").click();
    h.run();
    type_path(&mut h, &dir.path().display().to_string(), "Write workouts");
    let plan = h.state().document().file_plan().clone();
    let session = plan.session(SessionId(15)).unwrap();
    let path = dir.path().join(comeback::watch::file_name(&plan, session));
    assert_eq!(h.state().status(), format!("Wrote {}", path.display()));
    let bytes = std::fs::read(&path).unwrap();
    let workout = comeback::watch::workout(&plan, session).unwrap().unwrap();
    assert_eq!(&bytes[8..12], b".FIT", "a FIT file");
    assert!(workout.name.ends_with("Sat 28 Nov"), "{}", workout.name);
    let fits = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "fit"));
    assert_eq!(fits.count(), 1, "only that session");

    h.key_press(egui::Key::Escape);
    h.run();
    let strength = plan.sessions().iter().find(|s| s.kind.name() == "Strength" && s.date >= today()).unwrap();
    h.get_by_label(&format!(
        "{}, {}",
        strength.kind.short(plan.meta.units),
        strength.date.format("%a %-d %b")
    ))
    .click_secondary();
    h.run();
    assert!(h.query_by_label_contains("Send session to watch…").is_none(), "strength has no workout");
}

/// The keyboard way to send a run to the watch: arrow keys select the day and its run,
/// Ctrl+E asks for the folder.
#[test]
fn ctrl_e_sends_the_selected_run_to_the_watch() {
    let (dir, mut h) = open_example();
    for key in [egui::Key::ArrowLeft, egui::Key::ArrowRight] {
        h.key_press(key);
        h.run();
    }
    assert_eq!(h.state().view().selected, Some(SessionId(15)), "Saturday's run");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("Send the session to a watch");
    type_path(&mut h, &dir.path().display().to_string(), "Write workouts");
    assert!(h.state().status().ends_with("2026-11-28-run-walk.fit"), "{}", h.state().status());
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

/// A palette entry dragged over the trash is not accepted: nothing is deleted or added.
#[test]
fn the_trash_ignores_palette_entries() {
    let (_dir, mut h) = open_example();
    let original = h.state().document().plan().clone();
    drag(&mut h, "New Run", "Trash", Modifiers::NONE);
    assert_eq!(*h.state().document().plan(), original);
}

/// The editor's day buttons move the selected session; Backspace deletes it.
#[test]
fn the_editor_moves_a_session_by_a_day_and_backspace_deletes() {
    let (_dir, mut h) = open_example();
    h.get_by_label_contains(RUN_WALK_TUE_24).click();
    h.run();
    h.get_by_label("Day after ▶").click();
    h.run();
    assert!(sessions_on(&h, day(24, 11)).is_empty());
    assert!(sessions_on(&h, day(25, 11)).contains(&SessionId(10)));
    assert_eq!(h.state().view().selected, Some(SessionId(10)), "the moved session stays selected");
    h.key_press(egui::Key::Backspace);
    h.run();
    assert!(h.state().document().plan().session(SessionId(10)).is_none());
}

/// File → Compare with… lists the coach's changes; ticking one and taking it applies it as
/// one undoable step, and the list follows.
#[test]
fn comparing_with_the_coachs_version_and_taking_a_change() {
    let (dir, mut h) = open_example();
    let mine = h.state().document().plan().clone();
    let mut theirs = mine.clone();
    theirs.apply(comeback::plan::Command::MoveSession { id: SessionId(10), to: day(25, 11) }).unwrap();
    let mut meta = theirs.meta.clone();
    meta.coach = "Dr Lee".to_owned();
    theirs.apply(comeback::plan::Command::SetMeta(meta)).unwrap();
    let path = dir.path().join("coach.ron");
    comeback::file::save(&theirs, &path).unwrap();

    file_menu(&mut h, "Compare with…");
    type_path(&mut h, &path.display().to_string(), "Compare");
    h.get_by_label("Compared with coach.ron");
    h.get_by_label_contains("moved from Tue 24 Nov 2026 to Wed 25 Nov 2026");
    h.get_by_label_contains("plan coach: \"Sam Okafor\" → \"Dr Lee\"");
    assert_eq!(*h.state().document().plan(), mine, "comparing changes nothing");

    // The move is listed after the plan details: tick the second box.
    let boxes: Vec<_> = h.query_all_by_label("Take theirs").collect();
    assert_eq!(boxes.len(), 2);
    boxes[1].click();
    h.run();
    // The label once flipped to "Take theirs" when ticked and "Keep mine" when not.
    assert_eq!(h.query_all_by_label("Take theirs").count(), 2, "a tick does not rename the box");
    h.get_by_label("Take 1 of theirs").click();
    h.run();
    assert_eq!(h.state().document().plan().session(SessionId(10)).unwrap().date, day(25, 11));
    assert_eq!(h.state().document().plan().meta.coach, "Sam Okafor", "the coach's name was kept");
    assert_eq!(h.query_all_by_label("Take theirs").count(), 1, "only the kept difference is left");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), mine);
    assert_eq!(h.query_all_by_label("Take theirs").count(), 2);
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

/// Marking a run done from its chip's menu and logging pain above the threshold there flags
/// the next run, which progresses; one Undo takes the pain back out.
#[test]
fn logging_pain_from_the_chip_menu_flags_the_next_progression() {
    let (_dir, mut h) = open_example();
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label("Mark done").click();
    h.run();
    let id = SessionId(15);
    assert_eq!(h.state().document().plan().session(id).unwrap().status, comeback::plan::Status::Done);
    h.get_by_label_contains("0 errors");
    h.get_by_label("How did it go?");
    h.query_all_by_role_and_label(egui::accesskit::Role::Slider, "Pain during")
        .next()
        .unwrap()
        .set_value_accesskit(5.0);
    h.run();
    h.get_by_label_contains("1 error");
    let flagged: Vec<_> = h
        .state()
        .document()
        .findings()
        .iter()
        .filter(|f| f.rule == comeback::rules::RuleId::PainProgression)
        .map(|f| f.sessions.clone())
        .collect();
    assert_eq!(flagged, [vec![SessionId(18), id]], "the next run, on Tue 1 Dec, raises the level");
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let session = h.state().document().plan().session(id).unwrap().clone();
    assert_eq!((session.status, session.pain), (comeback::plan::Status::Done, None));
    h.get_by_label_contains("0 errors");
}

/// A note written about a selected day is signed with the name in the preferences, marks
/// the day, and is in the file after saving; removing it is one Undo away from coming back.
#[test]
fn a_note_on_a_day_is_signed_saved_and_removable() {
    let (_dir, path) = example_copy();
    let prefs = Prefs { author: "Coach Sam".to_owned(), ..Prefs::default() };
    let mut h = harness(App::new(Startup { prefs, ..startup(path.clone(), None) }));
    // The day's header, above its chips.
    let header =
        h.get_by_label_contains("Thursday 26 November 2026").rect().left_top() + egui::vec2(40.0, 8.0);
    h.drag_at(header);
    h.drop_at(header);
    h.run();
    assert_eq!((h.state().view().selected, h.state().view().selected_day), (None, Some(day(26, 11))));
    h.get_by_label("Notes about the day");
    h.get_by_label("New note").focus();
    h.run();
    h.get_by_label("New note").type_text("Windy: do it on the treadmill.");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let notes = h.state().document().plan().day_notes(day(26, 11)).to_vec();
    assert_eq!(
        notes.iter().map(|n| (n.author.as_str(), n.text.as_str())).collect::<Vec<_>>(),
        [("Coach Sam", "Windy: do it on the treadmill.")]
    );
    h.get_by_label_contains("Windy: do it on the treadmill.");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(comeback::file::load(&path).unwrap().day_notes(day(26, 11)), notes.as_slice());

    h.get_by_label("🗑").click();
    h.run();
    assert!(h.state().document().plan().day_notes(day(26, 11)).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().plan().day_notes(day(26, 11)), notes.as_slice());
}

/// The plan panel edits the injury, its date and the goal; a half-typed date is not taken.
#[test]
fn the_plan_panel_edits_injury_and_goal() {
    let (_dir, mut h) = open_example();
    h.state_mut().set_tab(Tab::Plan);
    h.run();
    // Typing: the field has the focus, so the text is kept while it is not a date.
    h.get_by_label("Injury date").focus();
    h.run();
    h.get_by_label("Injury date").set_text_value_accesskit("2026-09-");
    h.run();
    assert_eq!(h.state().document().plan().meta.injury_date, Some(day(14, 9)), "not a date yet");
    h.get_by_label_contains("Write the date as YYYY-MM-DD");
    h.get_by_label("Injury date").set_text_value_accesskit("2026-09-12");
    h.run();
    assert_eq!(h.state().document().plan().meta.injury_date, Some(day(12, 9)));
    h.get_by_label("Goal").set_text_value_accesskit("Parkrun in March");
    h.run();
    assert_eq!(h.state().document().plan().meta.goal, "Parkrun in March");
}

/// File → Open folder… lists the folder's plans, most attention first; clicking one opens it,
/// and saving it updates its line.
#[test]
fn a_coachs_folder_lists_athletes_and_opens_one() {
    let dir = tempfile::tempdir().unwrap();
    let saves = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    for name in ["example.ron", "broken.ron"] {
        std::fs::copy(saves.join(name), dir.path().join(name)).unwrap();
    }
    let (_other, mut h) = open_example();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Open folder…").click();
    h.run();
    type_path(&mut h, dir.path().to_str().unwrap(), "List plans");
    h.get_by_label("Athletes (2)");
    let top = |h: &Harness<'_, App>, label: &str| h.get_by_label(label).rect().top();
    assert!(top(&h, "Open Example runner") < top(&h, "Open Alex Moreno"), "pain and errors first");
    h.get_by_label_contains("pain 5/10 during");

    h.get_by_label("Open Example runner").click();
    h.run();
    assert_eq!(h.state().document().path(), Some(dir.path().join("broken.ron").as_path()));
    assert_eq!(h.state().document().plan().meta.athlete, "Example runner");
}

/// A viewer who wants kilometres and Sunday weeks sees the example (miles, Monday) that way,
/// edits it, and saves: the file keeps its miles and Mondays, and only the edit changes.
#[test]
fn the_viewers_units_and_week_start_leave_the_files_own() {
    let (_dir, path) = example_copy();
    let lens = comeback::plan::Lens {
        units: Some(comeback::plan::Units::Km),
        week_start: Some(comeback::plan::WeekStart::Sunday),
    };
    let prefs = Prefs { lens, ..Prefs::default() };
    let mut h = harness(App::new(Startup { prefs, ..startup(path.clone(), None) }));
    h.get_by_label_contains("Walk 3.22 km, Mon 23 Nov");
    h.get_by_label_contains("Week of 22 Nov");
    h.get_by_label_contains("Shown in km, weeks from Sunday");
    h.get_by_label_contains("0 errors");

    h.get_by_label_contains("Walk 3.22 km, Mon 23 Nov").click();
    h.run();
    h.get_by_label("Skipped").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    let before =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    let (before, after) = (without_revision(&before), without_revision(&after));
    let changed: Vec<(&&str, &&str)> = before.iter().zip(&after).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, [(&"      status: Done,", &"      status: Skipped,")]);
    assert_eq!(before.len(), after.len());
}

/// A file's lines without its revision and parents, which every save renews.
fn without_revision(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut in_parents = false;
    for line in text.lines() {
        if line == "  parents: [" {
            in_parents = true;
        } else if in_parents {
            in_parents = line != "  ],";
        } else if !line.starts_with("  revision: ") {
            lines.push(line);
        }
    }
    lines
}

/// File → New from method… previews the plan the answers give and replaces the open plan only
/// on Create; the new plan is unsaved and has no errors or warnings.
#[test]
fn a_plan_from_the_method_is_previewed_then_created() {
    let (_dir, mut h) = open_example();
    file_menu(&mut h, "New from method…");
    h.get_by_label("Weeks").set_value_accesskit(6.0);
    h.run();
    h.get_by_label("Sun").click();
    h.run();
    h.get_by_label_contains("Preview: ");
    h.get_by_label_contains("0 errors, 0 warnings");
    assert_eq!(h.state().document().plan().meta.athlete, "Alex Moreno", "nothing replaced yet");

    h.get_by_label("Create plan").click();
    h.run();
    let doc = h.state().document();
    assert!(doc.path().is_none() && doc.is_dirty());
    assert!(doc.plan().sessions().iter().any(|s| s.kind.is_run()));
    assert!(
        doc.plan().sessions().iter().all(|s| s.date.format("%a").to_string() != "Sun"),
        "Sunday was not free"
    );
    assert_eq!(comeback::rules::counts(doc.findings()).0 + comeback::rules::counts(doc.findings()).1, 0);
}

/// After pain is logged, "Step back the plan…" previews the rewrite; applying it clears the pain
/// error as one step, and one Undo brings the flagged plan back. Applying used to select the
/// last session changed, in February, off screen; its preview raised the down week after the
/// pain, and a later fix left 3 warnings. The preview marks the runs of a down week.
#[test]
fn stepping_back_after_pain_is_previewed_and_undoable() {
    let (_dir, mut h) = open_example();
    log_pain_from_the_menu(&mut h, 6.0);
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label_contains("1 error");
    let before = h.state().document().plan().clone();

    h.query_all_by_label("Step back the plan…").next().unwrap().click();
    h.run();
    h.get_by_label_contains("Pain 6/10 during: 2 days without running");
    h.get_by_label_contains("afterwards: 0 errors, 0 warnings");
    let down = h.query_all_by_label_contains(" · down week").count();
    assert!(down >= 3, "the down week of 4 Jan is marked on its runs ({down} rows)");
    assert_eq!(*h.state().document().plan(), before, "a preview changes nothing");
    h.get_by_label("Step back").click();
    h.run();
    h.get_by_label_contains("0 errors");
    let hurt = before.sessions().iter().find(|s| s.date == day(28, 11) && s.kind.is_run()).unwrap().id;
    assert_eq!(h.state().view().selected, Some(hurt), "the painful run stays selected");
    h.get_by_label_contains(", Sat 28 Nov");
    let after = h.state().document().plan();
    let units = after.meta.units;
    let tuesday = after.session(SessionId(18)).unwrap().kind.short(units);
    assert_eq!(tuesday, "Run/walk 1/1 min × 10", "the level before, on Tue 1 Dec");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), before);
}

/// The load chart under the calendar: clicking a week's bar shows that week in the calendar.
#[test]
fn clicking_a_week_in_the_load_chart_shows_it() {
    let (_dir, mut h) = open_example();
    let weeks = h.state().document().weeks().to_vec();
    let chart = h.get_by_label_contains("Load chart").rect();
    // Week i spans the i-th of n equal parts of the chart's width.
    let i = 8;
    let x = chart.left() + chart.width() * (i as f32 + 0.5) / weeks.len() as f32;
    let at = egui::pos2(x, chart.center().y);
    h.hover_at(at);
    h.run();
    h.event(Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.run();
    assert_eq!(h.state().view().selected_day, Some(weeks[i].totals.start));
    assert_eq!(weeks[i].totals.run_done, 0.0, "week 9 is ahead");
    assert!(
        weeks[1].totals.run_done > 0.0 && weeks[1].totals.run_done < weeks[1].totals.run,
        "week 2 is partly done"
    );
}

/// The ratio strip under the load chart: its legend sat inside it, over the last weeks'
/// ratios. It is in the legend row above the chart now, with the load chart's.
#[test]
fn the_ratio_strips_legend_covers_none_of_its_weeks() {
    let (_dir, h) = open_example();
    let chart = h.get_by_label_contains("Load chart").rect();
    for name in ["acute:chronic (advice)", "1.5 advised limit"] {
        let entry = h.get_by_label(name).rect();
        assert!(entry.bottom() <= chart.top(), "{name} at {entry:?} should be above the chart at {chart:?}");
    }
}

/// Each week's ratio sits under its bar: the strip's plot area starts and ends where the load
/// chart's does (it was 20 points to the left, with margins of its own).
#[test]
fn the_ratio_strips_weeks_sit_under_the_load_charts() {
    let (_dir, h) = open_example();
    let chart = h.get_by_label_contains("Load chart").rect();
    let ratio = h.get_by_label("Acute:chronic ratio by week (advice)").rect();
    assert!((ratio.left() - chart.left()).abs() < 0.5, "{ratio:?} starts where {chart:?} does");
    assert!((ratio.right() - chart.right()).abs() < 0.5, "{ratio:?} ends where {chart:?} does");
}

// Importing recorded runs: a plan with a 5 km run planned on Wednesday 6 February 2013, the day
// `2013-02-06-12-11-14.fit` was recorded (4.84 km), and another on Friday 8 February.

/// A file handed over as the desktop hands a dropped file to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn feb_2013(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 2, d).unwrap()
}

/// Copies the fixtures `names` into `dir`, returning their new paths.
fn fixtures(dir: &Path, names: &[&str]) -> Vec<PathBuf> {
    names
        .iter()
        .map(|name| {
            let to = dir.join(name);
            std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name), &to)
                .unwrap();
            to
        })
        .collect()
}

/// The plan of the import tests, saved in a temporary folder and opened on 6 February 2013.
fn open_runs_plan() -> (tempfile::TempDir, Harness<'static, App>) {
    use comeback::plan::{Distance, Plan, Run, Session, SessionKind, Units};
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::new(feb_2013(4));
    plan.meta.units = Units::Km;
    let run = SessionKind::Run(Run { distance: Distance::new(5.0), ..Run::default() });
    for (id, d) in [(1, 6), (2, 8)] {
        plan.apply(comeback::plan::Command::AddSession(Session::planned(SessionId(id), feb_2013(d), run)))
            .unwrap();
    }
    let path = dir.path().join("plan.ron");
    comeback::file::save(&plan, &path).unwrap();
    let startup = Startup { today: feb_2013(6), ..startup(path, None) };
    // The runs were recorded in UTC and their files carry no local time of their own.
    let utc = comeback::activity::Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap());
    (dir, harness(App::new(startup).in_zone(utc)))
}

fn session(h: &Harness<'_, App>, id: u32) -> comeback::plan::Session {
    h.state().document().plan().session(SessionId(id)).unwrap().clone()
}

/// Drops `files` on the window with the pointer over the widget labelled `on`.
fn drop_files(h: &mut Harness<'_, App>, files: &[PathBuf], on: &str) {
    let at = center(h, on);
    h.hover_at(at);
    h.run();
    for file in files {
        h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(file.clone())));
    }
    h.run();
}

/// A watch's file dropped on the day it was recorded shows the preview; Apply marks that day's
/// run done with the distance the watch measured, and one Ctrl+Z takes the whole import back.
#[test]
fn a_file_dropped_on_a_day_is_previewed_applied_and_undone_in_one_step() {
    let (dir, mut h) = open_runs_plan();
    let original = h.state().document().plan().clone();
    let files = fixtures(dir.path(), &["2013-02-06-12-11-14.fit"]);
    let held = egui::HoveredFile { path: Some(files[0].clone()), ..Default::default() };
    h.input_mut().hovered_files.push(held);
    // egui repaints for as long as files are held over the window, so frames are stepped: a
    // new area is measured in its first frame and shown in the second.
    h.step();
    h.step();
    h.get_by_label_contains("Drop the file to import recorded runs");
    h.input_mut().hovered_files.clear();
    drop_files(&mut h, &files, "Wednesday 6 February 2013");
    h.get_by_label("Import recorded runs");
    h.get_by_label_contains("4.84 km");
    h.get_by_label_contains("(#1): done");
    assert_eq!(session(&h, 1), original.session(SessionId(1)).unwrap().clone(), "nothing changes yet");
    h.get_by_label("Apply").click();
    h.run();
    let run = session(&h, 1);
    assert_eq!(run.status, comeback::plan::Status::Done);
    assert_eq!(run.actual.and_then(|a| a.distance).map(comeback::plan::Distance::get), Some(4.84));
    assert_eq!(run.date, feb_2013(6));
    assert_eq!(session(&h, 2), original.session(SessionId(2)).unwrap().clone());
    assert!(h.query_by_label("Import recorded runs").is_none(), "the preview closed");
    assert_eq!(h.state().view().selected, Some(SessionId(1)), "the run is selected to say how it went");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), original);
}

/// Dropped on another day's run, the activity is logged in that session, which moves to the
/// day it was done.
#[test]
fn a_file_dropped_on_another_days_run_logs_that_run() {
    let (dir, mut h) = open_runs_plan();
    let files = fixtures(dir.path(), &["2013-02-06-12-11-14.fit"]);
    drop_files(&mut h, &files, "Friday 8 February 2013");
    assert!(h.query_by_label_contains("moved from Fri 8 Feb").is_some());
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(session(&h, 1).status, comeback::plan::Status::Planned);
    let moved = session(&h, 2);
    assert_eq!((moved.status, moved.date), (comeback::plan::Status::Done, feb_2013(6)));
}

/// File → Import runs… with a folder holding a broken file among good ones: the broken one is
/// listed with its reason, the rest is applied, and pain chosen in the preview is logged.
#[test]
fn importing_a_folder_names_the_unreadable_file_and_applies_the_rest() {
    let (dir, mut h) = open_runs_plan();
    let folder = dir.path().join("Activity");
    std::fs::create_dir(&folder).unwrap();
    fixtures(&folder, &["2013-02-06-12-11-14.fit", "activity-unexpected-eof.fit"]);
    recorded_gpx(&folder, "walk.gpx", "walking", "2013-02-07T08:00:00Z", 3.0, 40);
    let before = h.state().document().plan().sessions().len();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import runs…").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "File or folder path").click();
    h.run();
    h.event(Event::Text(folder.display().to_string()));
    h.run();
    h.get_by_label("Read runs").click();
    h.run();
    assert!(h.query_by_label_contains("Not read: activity-unexpected-eof.fit:").is_some());
    assert_eq!(h.get_all_by_label("Pain during").count(), 2, "one for the run, one for the walk");
    h.get_all_by_label("Pain during").next().unwrap().click();
    h.run();
    h.get_by_label("3 / 10").click();
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    let run = session(&h, 1);
    assert_eq!(run.status, comeback::plan::Status::Done);
    let pain = run.pain.unwrap();
    assert_eq!((pain.during.get(), pain.next_day.get()), (3, 0), "the next day was not asked yet");
    assert_eq!(h.state().document().plan().sessions().len(), before + 1, "the walk is a new session");
    assert_eq!(h.state().document().undo_label(), Some("Import 2 runs"));
}

/// An unticked line changes nothing: its session stays planned while the others are applied.
#[test]
fn an_unticked_line_leaves_its_session_unchanged() {
    let (dir, mut h) = open_runs_plan();
    let original = session(&h, 1);
    let mut files = fixtures(dir.path(), &["2013-02-06-12-11-14.fit"]);
    files.push(recorded_gpx(dir.path(), "walk.gpx", "walking", "2013-02-07T08:00:00Z", 3.0, 40));
    let before = h.state().document().plan().sessions().len();
    drop_files(&mut h, &files, "File");
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::CheckBox && n.label().is_some_and(|l| l.contains("4.84 km"))
    })
    .click();
    h.run();
    assert!(h.query_by_label_contains("(unticked)").is_some());
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(session(&h, 1), original);
    assert_eq!(h.state().document().plan().sessions().len(), before + 1);
}

/// A coach starting next season's plan from this one used Save as, which kept the plan's id:
/// the two plans' calendar events replaced each other. File → Duplicate as new plan… gives the
/// copy an id of its own and asks where to save it; the original file is untouched.
#[test]
fn duplicate_as_new_plan_makes_a_plan_of_its_own() {
    let (dir, mut h) = open_example();
    let original = h.state().document().plan().clone();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Duplicate as new plan…").click();
    h.run();
    let target = dir.path().join("next-season.ron");
    type_path(&mut h, &target.display().to_string(), "Save as");
    let copy = comeback::file::load(&target).unwrap();
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.sessions(), original.sessions());
    assert_eq!(comeback::file::load(&dir.path().join("plan.ron")).unwrap(), original);
    assert_eq!(h.state().document().path(), Some(target.as_path()));
}

/// Saves `theirs` over the open file as another program would, and lets the window notice.
fn saved_by_another_program(h: &mut Harness<'_, App>, theirs: &comeback::plan::Plan) {
    let path = h.state().document().path().unwrap().to_path_buf();
    comeback::file::save(theirs, &path).unwrap();
    // Make the change visible even on file systems with coarse times.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(later).unwrap();
    // Past the window's once-a-second look at the file, however many frames the test ran before.
    let now = h.ctx.input(|i| i.time);
    h.input_mut().time = Some(now + 10.0);
    h.run();
    h.get_by_label_contains("was changed by another program");
}

/// The runner marks Saturday's run done; meanwhile the coach's copy, saved over the file, moves
/// Tuesday's run/walk to Wednesday (and, when `conflict`, marks Saturday's run skipped).
fn runner_logs_while_the_coach_saves(conflict: bool) -> (tempfile::TempDir, Harness<'static, App>) {
    let (dir, mut h) = open_example();
    let mut theirs = comeback::file::load(h.state().document().path().unwrap()).unwrap();
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label("Mark done").click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    theirs.apply(comeback::plan::Command::MoveSession { id: SessionId(10), to: day(25, 11) }).unwrap();
    if conflict {
        let mut run = theirs.session(SessionId(15)).unwrap().clone();
        run.status = comeback::plan::Status::Skipped;
        theirs.apply(comeback::plan::Command::EditSession(run)).unwrap();
    }
    saved_by_another_program(&mut h, &theirs);
    h.get_by_label("Merge").click();
    h.run();
    (dir, h)
}

/// The file changes on disk while the runner has logged a run: Merge puts the coach's moved
/// session and the runner's log both in the plan, as one undoable step, without a question.
#[test]
fn merging_an_outside_change_keeps_the_coachs_move_and_the_runners_log() {
    let (_dir, mut h) = runner_logs_while_the_coach_saves(false);
    let plan = h.state().document().plan().clone();
    assert_eq!(plan.session(SessionId(10)).unwrap().date, day(25, 11), "the coach's move");
    assert_eq!(plan.session(SessionId(15)).unwrap().status, comeback::plan::Status::Done, "the runner's log");
    assert!(plan.conflicts.is_empty());
    assert!(h.query_by_label_contains("The merge needs you to choose").is_none(), "no question");
    assert!(h.query_by_label_contains("was changed by another program").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().plan().session(SessionId(10)).unwrap().date, day(24, 11), "one step");
}

/// When the coach changed the same thing differently, the merge asks, with both values in
/// words: mine is kept until the runner chooses, and taking theirs applies it.
#[test]
fn a_real_conflict_in_a_merge_asks_mine_or_theirs() {
    let (_dir, mut h) = runner_logs_while_the_coach_saves(true);
    assert_eq!(h.state().document().plan().session(SessionId(10)).unwrap().date, day(25, 11));
    h.get_by_label_contains("The merge needs you to choose: 1 conflict, listed in the side panel");
    h.get_by_label_contains("? Sat 28 Nov 2026, Run");
    h.get_by_label_contains("Keep mine: done, for Sat 28 Nov 2026, Run");
    h.get_by_label_contains("Take theirs: skipped, for Sat 28 Nov").click();
    h.run();
    let plan = h.state().document().plan();
    assert_eq!(plan.session(SessionId(15)).unwrap().status, comeback::plan::Status::Skipped);
    assert!(plan.conflicts.is_empty());
    assert!(h.query_by_label_contains("The merge needs you to choose").is_none());
}

/// The accessible names of the chips and days marked by a merge, in the order drawn.
fn marked(h: &Harness<'_, App>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    h.query_all_by_label_contains("in the merge").filter_map(|n| n.accesskit_node().label()).collect()
}

/// After a merge the calendar marks what came from each side, in words for a screen reader
/// too: the coach's moved run/walk and the day it left as theirs, my logged run as mine, an
/// untouched session not at all; the legend counts them, and "Hide merge marks" takes them away.
#[test]
fn a_merge_marks_what_came_from_each_side_until_hidden() {
    let (_dir, mut h) = runner_logs_while_the_coach_saves(false);
    h.get_by_label_contains("Merged with plan.ron:");
    h.get_by_label("changed by them (2)");
    h.get_by_label("changed by you (1)");
    assert_eq!(
        marked(&h),
        [
            "Tuesday 24 November 2026, changed by them in the merge",
            "Run/walk 1/1 min × 11, Wed 25 Nov, done, pain 1/10, error: alternate run days, changed by them in the merge",
            "Run/walk 1/1 min × 11, Sat 28 Nov, done, changed by you in the merge",
        ],
        "only what a side changed is marked"
    );
    h.get_by_label("Hide merge marks").click();
    h.run();
    assert!(marked(&h).is_empty());
    assert!(h.query_by_label_contains("Merged with plan.ron:").is_none());
}

/// The marks last until the plan is saved, or until Undo takes the merge back; Redo brings
/// them back with it.
#[test]
fn merge_marks_go_when_the_plan_is_saved_or_the_merge_undone() {
    let (_dir, mut h) = runner_logs_while_the_coach_saves(false);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label_contains("changed by them in the merge").is_none(), "saved");
    let (_dir, mut h) = runner_logs_while_the_coach_saves(false);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().plan().session(SessionId(10)).unwrap().date, day(24, 11));
    assert!(h.query_by_label_contains("in the merge").is_none(), "undone");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().plan().session(SessionId(10)).unwrap().date, day(25, 11), "redone");
    assert!(
        h.query_all_by_label_contains("changed by them in the merge").next().is_some(),
        "the marks are back"
    );
}

/// Both changed two runs differently: the Conflicts tab lists both at once, mine and theirs in
/// words; the second is settled first, from the keyboard; "Show" puts the other's run on the
/// calendar, selected, and its chip says it is in conflict until settled.
#[test]
fn the_conflicts_of_a_merge_are_listed_to_settle_in_any_order() {
    let (_dir, mut h) = open_example();
    let mut theirs = comeback::file::load(h.state().document().path().unwrap()).unwrap();
    for (chip, mark) in [(", Sat 28 Nov", "Mark done"), (", Mon 30 Nov", "Mark skipped")] {
        h.get_by_label_contains(chip).click_secondary();
        h.run();
        h.get_by_label(mark).click();
        h.run();
        h.key_press(egui::Key::Escape);
        h.run();
    }
    for (id, status) in [(15, comeback::plan::Status::Skipped), (17, comeback::plan::Status::Done)] {
        let mut run = theirs.session(SessionId(id)).unwrap().clone();
        run.status = status;
        theirs.apply(comeback::plan::Command::EditSession(run)).unwrap();
    }
    saved_by_another_program(&mut h, &theirs);
    h.get_by_label("Merge").click();
    h.run();
    h.get_by_label_contains("The merge needs you to choose: 2 conflicts, listed in the side panel");
    h.get_by_label_contains("? Sat 28 Nov 2026, Run/walk");
    h.get_by_label_contains("? Mon 30 Nov 2026, Walk");
    for words in ["Mine: done", "Theirs: skipped", "Mine: skipped", "Theirs: done"] {
        h.get_by_label(words);
    }
    // The conflict is an error like any finding (issue 32), so the chip says so too.
    h.get_by_label_contains(
        ", Mon 30 Nov, skipped, error: merge conflict, changed by both in the merge, in conflict: choose \
         mine or theirs",
    );

    h.get_by_label("⚠ Conflicts (2)").click();
    h.run();
    h.get_by_label_contains("Take theirs: done, for Mon 30 Nov").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let plan = h.state().document().plan();
    assert_eq!(plan.session(SessionId(17)).unwrap().status, comeback::plan::Status::Done);
    assert_eq!(plan.session(SessionId(15)).unwrap().status, comeback::plan::Status::Done, "still mine");
    assert_eq!(plan.conflicts.len(), 1);

    h.get_by_label_contains("Show Sat 28 Nov").click();
    h.run();
    assert_eq!(h.state().view().selected, Some(SessionId(15)));
    assert_eq!(h.state().view().selected_day, Some(day(28, 11)));
    h.get_by_label_contains("Keep mine: done, for Sat 28 Nov").click();
    h.run();
    assert!(h.state().document().plan().conflicts.is_empty());
    assert!(h.query_by_label_contains("in conflict").is_none());
    h.get_by_label_contains("Nothing left to choose");
}

/// A conflict about a plan detail or a rule has no day: its "Show" link opens the tab where it
/// is edited.
#[test]
fn a_conflict_about_a_detail_or_a_rule_shows_its_tab() {
    let (_dir, mut h) = open_example();
    let mut theirs = comeback::file::load(h.state().document().path().unwrap()).unwrap();
    h.state_mut().set_tab(Tab::Plan);
    h.run();
    h.get_by_label("Goal").set_text_value_accesskit("Parkrun in March");
    h.run();
    h.state_mut().set_tab(Tab::Rules);
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Alternate run days").click_accesskit();
    h.run();
    let mut meta = theirs.meta.clone();
    meta.goal = "10 km in May".to_owned();
    theirs.apply(comeback::plan::Command::SetMeta(meta)).unwrap();
    let mut rules = theirs.rules.clone();
    let warn =
        comeback::plan::RuleOverride { enabled: true, severity: Some(comeback::rules::Severity::Warning) };
    rules.overrides.insert(comeback::plan::RuleId::ConsecutiveRunDays, warn);
    theirs.apply(comeback::plan::Command::SetRules(rules)).unwrap();
    saved_by_another_program(&mut h, &theirs);
    h.get_by_label("Merge").click();
    h.run();
    h.get_by_label_contains("⚠ Conflicts").click();
    h.run();
    assert!(h.query_by_label("Goal").is_none(), "the Conflicts tab is open");
    h.get_by_label_contains("Show in Plan, for").click();
    h.run();
    h.get_by_label("Goal");
    h.get_by_label_contains("⚠ Conflicts").click();
    h.run();
    h.get_by_label_contains("Show in Rules, for").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Alternate run days");
}

/// A coach's `// comment` in the file: the window says so, Save waits instead of dropping it,
/// and "Keep them as notes" puts it on the session it sat in, where saving keeps it.
#[test]
fn a_comment_written_in_the_file_is_kept_as_a_note_not_saved_over() {
    let (_dir, path) = example_copy();
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "      id: 12,",
        "      // keep these on grass\n      id: 12,",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let mut h = harness(App::new(startup(path.clone(), None)));
    h.get_by_label_contains("The file has 1 comment written by hand (line");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "not saved over the comment");
    h.get_by_label("Keep them as notes").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    let saved = comeback::file::load(&path).unwrap();
    let notes: Vec<&str> =
        saved.session(SessionId(12)).unwrap().notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(notes, ["keep these on grass"]);
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

/// Writes `name` in `dir`: a GPX track of `sport` starting at `start` (UTC, RFC 3339), `km` due
/// north in `minutes`, as a watch exports it.
fn recorded_gpx(dir: &Path, name: &str, sport: &str, start: &str, km: f64, minutes: i64) -> PathBuf {
    let start: chrono::DateTime<chrono::Utc> = start.parse().unwrap();
    let end = start + chrono::Duration::minutes(minutes);
    // Degrees of latitude for `km` on the sphere the reader measures with.
    let north = km * 1000.0 / (6_371_008.8 * std::f64::consts::PI / 180.0);
    let point = |lat: f64, time: chrono::DateTime<chrono::Utc>| {
        format!("<trkpt lat=\"{lat:.8}\" lon=\"0\"><time>{}</time></trkpt>", time.to_rfc3339())
    };
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!(
            "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\"><trk><type>{sport}</type><trkseg>{}{}</trkseg></trk></gpx>",
            point(50.0, start),
            point(50.0 + north, end)
        ),
    )
    .unwrap();
    path
}

/// An 8 mi / 92 min run was logged into a planned 0.8 mi run/walk without a word, and runs of
/// other years were ticked as new done runs. A 12 km run where 5 km was planned is still
/// matched, with the warning in the preview; a run from 2015 is said to be outside the plan's
/// weeks and left unticked; Apply logs the long run with the recorded numbers and nothing else,
/// and the findings about it speak of the next run.
#[test]
fn a_run_far_longer_than_planned_is_warned_of_and_logged_as_recorded() {
    use egui_kittest::kittest::NodeT;
    let (dir, mut h) = open_runs_plan();
    let before = h.state().document().plan().sessions().len();
    let mut files = fixtures(dir.path(), &["activity-small-fenix2-run.fit"]);
    // At 10:00 UTC it is Wed 6 Feb from Honolulu (UTC-10) to Auckland in summer (UTC+13): a GPX
    // run counts its day in the machine's zone, and 07:00 UTC was Tuesday in Los Angeles.
    files.push(recorded_gpx(dir.path(), "long.gpx", "running", "2013-02-06T10:00:00Z", 12.0, 70));
    drop_files(&mut h, &files, "File");
    h.get_by_label("Import recorded runs");
    h.get_by_label("⚠ far longer than planned: 12 km against 5 km");
    let checkbox = |h: &Harness<'_, App>, text: &str| {
        h.get_by(|n| {
            n.role() == egui::accesskit::Role::CheckBox && n.label().is_some_and(|l| l.contains(text))
        })
        .accesskit_node()
        .toggled()
    };
    assert_eq!(checkbox(&h, "12 km, 70 min → Run 5 km"), Some(egui::accesskit::Toggled::True));
    h.get_by_label("⚠ outside the plan's weeks (Mon 4 Feb 2013 to Sun 10 Feb 2013)");
    assert_eq!(
        checkbox(&h, "Aug 2015"),
        Some(egui::accesskit::Toggled::False),
        "the run of 2015 is not ticked"
    );
    h.get_by_label("Apply").click();
    h.run();
    let run = session(&h, 1);
    assert_eq!(run.status, comeback::plan::Status::Done);
    assert_eq!(run.actual.unwrap().describe(comeback::plan::Units::Km), "12 km · 70 min");
    assert_eq!(h.state().document().plan().sessions().len(), before, "the run of 2015 is not logged");
    assert_eq!(h.state().document().undo_label(), Some("Import 1 run"));
    // The finding about the run now run speaks of what happened and of the next run, never
    // of changing a run already run.
    h.get_by_label("Findings (2)").click();
    h.run();
    h.get_by_label("ℹ Advice (2)").click();
    h.run();
    h.get_by_label_contains("Wed 6 Feb's run had no walk breaks");
    h.get_by_label_contains("Make the next run a run/walk");
    assert!(h.query_by_label_contains("Shorten").is_none());
}

// The load chart's planned against done and pain, and the morning after a run.

/// The example opened on `today`.
fn open_example_on(today: NaiveDate) -> (tempfile::TempDir, Harness<'static, App>) {
    let (dir, path) = example_copy();
    (dir, harness(App::new(Startup { today, ..startup(path, None) })))
}

/// The load chart drew one bar a week, the logged distances inside the planned one, and no
/// pain at all. Planned and done now stand side by side, each named in the legend, and the
/// pain strip under them has its lines and the plan's threshold in the legend too, its days
/// under the chart's weeks; the week column of a week begun says planned and done.
#[test]
fn the_load_chart_shows_planned_and_done_side_by_side_and_pain_under_them() {
    let (_dir, h) = open_example();
    let chart = h.get_by_label_contains("planned and done side by side").rect();
    for name in ["planned", "done", "pain during", "pain next day", "3 pain threshold"] {
        let entry = h.get_by_label(name).rect();
        assert!(entry.bottom() <= chart.top(), "{name} at {entry:?} should be above the chart at {chart:?}");
    }
    let pain = h.get_by_label("Pain by day, during and the next day, 0 to 10 (threshold 3)").rect();
    assert!(pain.top() >= chart.bottom(), "the pain strip {pain:?} is under the chart {chart:?}");
    assert!((pain.left() - chart.left()).abs() < 0.5, "{pain:?} starts where {chart:?} does");
    assert!((pain.right() - chart.right()).abs() < 0.5, "{pain:?} ends where {chart:?} does");

    let plan = h.state().document().plan();
    let weeks = comeback::rules::week_totals(plan);
    let week = weeks.iter().find(|w| w.start == day(23, 11)).unwrap();
    assert!(
        week.run_done > 0.0 && week.run_done < week.run_planned,
        "the week of 23 Nov is partly done: {week:?}"
    );
    let units = plan.meta.units.abbrev();
    let said = format!(
        "planned {} {units}, done {} {units}",
        comeback::plan::fmt_num(week.run_planned),
        comeback::plan::fmt_num(week.run_done)
    );
    let words = |start: &str| {
        let node = h.get_by_label_contains(start);
        let node = egui_kittest::kittest::NodeT::accesskit_node(&node);
        node.value().or_else(|| node.label()).unwrap()
    };
    let begun = words("Week of 23 Nov:");
    assert!(begun.contains(&said), "{said} in {begun}");
    let ahead = words("Week of 30 Nov:");
    assert!(!ahead.contains("done"), "a week not begun has nothing done to say: {ahead}");
}

const NEXT_DAY: &str = "How does it feel today?";

/// The morning after Thursday's run/walk, logged with pain during and nothing for the next day,
/// a banner asks how it feels; a score chosen with the keyboard alone is logged on that run
/// (its pain during kept) as one step Undo takes back, and the banner is gone.
#[test]
fn the_morning_after_a_run_asks_how_it_feels_and_logs_it_by_keyboard() {
    let (_dir, mut h) = open_example_on(day(27, 11));
    h.get_by_label(NEXT_DAY);
    let before = session(&h, 13);
    h.get_by_label("Pain the day after Thu 26 Nov: 2 / 10").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let pain = session(&h, 13).pain.unwrap();
    assert_eq!((pain.during.get(), pain.next_day.get()), (1, 2));
    assert!(h.query_by_label(NEXT_DAY).is_none(), "answered, the banner is gone");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(session(&h, 13), before, "Undo takes the score back");
}

/// Dismissed, the banner goes and the run is unchanged; answered 0 (which the plan cannot tell
/// from no answer), it goes too and asks no more; the morning after a day without a run, it
/// does not come.
#[test]
fn the_morning_after_question_can_be_dismissed_or_answered_none() {
    let (_dir, mut h) = open_example_on(day(27, 11));
    let before = session(&h, 13);
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.query_by_label(NEXT_DAY).is_none(), "dismissed");
    assert_eq!(session(&h, 13), before);

    let (_dir, mut h) = open_example_on(day(27, 11));
    h.get_by_label("Pain the day after Thu 26 Nov: 0 / 10").click();
    h.run();
    h.run();
    assert!(h.query_by_label(NEXT_DAY).is_none(), "answered none, it asks no more");
    assert_eq!(session(&h, 13).pain.unwrap().next_day.get(), 0);

    let (_dir, h) = open_example();
    assert!(h.query_by_label(NEXT_DAY).is_none(), "Friday was a bike ride");
}

/// After pain 8/10 on Sat 28 Nov, the step back's preview read as a mild flare, said nothing of
/// the days it costs, listed rows that changed nothing ("Run 9 min → Run 9 min"), and once
/// applied was still offered ("0 sessions change"). Now the words grow with the pain and count
/// the days, every row changes what it lists, and once applied the button says there is nothing
/// left to step back.
#[test]
fn after_a_step_back_is_applied_nothing_is_left_to_step_back() {
    let (_dir, mut h) = open_example();
    log_pain_from_the_menu(&mut h, 8.0);
    h.key_press(egui::Key::Escape);
    h.run();
    h.query_all_by_label("Step back the plan…").next().unwrap().click();
    h.run();
    h.get_by_label_contains("Pain 8/10 during is severe, not a mild flare: 2 days without running");
    h.get_by_label_contains("That costs 14 days: back at this run's level on Tue 15 Dec, not Tue 1 Dec.");
    h.get_by_label_contains("See a professional if it does not settle.");
    let rows: Vec<String> = h
        .query_all_by_label_contains(" → ")
        .filter_map(|n| {
            let node = egui_kittest::kittest::NodeT::accesskit_node(&n);
            node.value().or_else(|| node.label())
        })
        .collect();
    assert!(!rows.is_empty(), "the preview lists what changes");
    for row in &rows {
        let sides: Vec<&str> = row.trim_end_matches(" · down week").split(" → ").collect();
        assert!(sides.windows(2).all(|w| w[0] != w[1]), "a row that changes nothing: {row}");
    }
    h.get_by_label("Step back").click();
    h.run();
    h.run();
    assert!(h.query_by_label("Step back the plan…").is_none(), "applied, it is not offered again");
    let nothing = h.get_by_label("Nothing left to step back");
    assert!(
        egui_kittest::kittest::NodeT::accesskit_node(&nothing).is_disabled(),
        "a button that does nothing"
    );
}
