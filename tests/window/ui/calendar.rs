//! The calendar driven like a user would: drags from the palette and between days, copies,
//! the drop preview, the trash, keyboard selection, undo and redo, and the months.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use chrono::NaiveDate;
use comeback::app::App;
use comeback::plan::SessionId;
use comeback::ui::Tab;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::window::harness;

use super::kit::{RUN_WALK_TUE_24, WED_25, center, day, drag, open_example, startup};

fn sessions_on(h: &Harness<'_, App>, date: NaiveDate) -> Vec<SessionId> {
    h.state().document().plan().sessions_on(date).iter().map(|s| s.id).collect()
}

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
