//! Another copy of the plan: comparing, merging a coach's copy or an outside change, the marks
//! of each side, and the conflicts to settle.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use comeback::app::App;
use comeback::plan::SessionId;
use comeback::ui::Tab;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::window::harness;

use super::kit::{day, example_copy, file_menu, marked, open_example, startup, type_path};

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
