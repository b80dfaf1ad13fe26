//! The editing layer without a window: drops, pastes, undo and redo, taking another version's
//! changes, and merging another copy in, each as a table of (plan, action, expected plan). These run under
//! `--no-default-features`, so editing never comes to need egui.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use chrono::NaiveDate;
use comeback::edit::{
    Clip, Comparison, Document, Drag, EditKey, Merge, Preview, drop_commands, paste_commands,
};
use comeback::plan::{Command, Distance, Plan, Run, Session, SessionId, SessionKind, Status};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn run(id: u32, d: u32, miles: f64) -> Session {
    let kind = SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() });
    Session { note: format!("note {id}"), ..Session::planned(SessionId(id), day(d), kind) }
}

fn plan(sessions: Vec<Session>) -> Plan {
    Plan::try_from((Plan::new(day(7)).meta, Default::default(), sessions)).unwrap()
}

/// The plan as (day of month, what) pairs, sorted: what a table can say in one line.
fn days(plan: &Plan) -> Vec<(u32, String)> {
    use chrono::Datelike;
    let mut out: Vec<_> =
        plan.sessions().iter().map(|s| (s.date.day(), s.kind.short(plan.meta.units))).collect();
    out.sort();
    out
}

fn runs(list: &[(u32, f64)]) -> Vec<(u32, String)> {
    let mut out: Vec<_> = list
        .iter()
        .map(|&(d, miles)| {
            let kind = SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() });
            (d, kind.short(comeback::plan::Units::Miles))
        })
        .collect();
    out.sort();
    out
}

/// A drop is the same change whether previewed or made: move, copy, add at the current
/// level, nothing for a drop on its own day, and a refusal past the years a plan can cover.
#[test]
fn drops_become_the_commands_the_table_says() {
    let far = NaiveDate::from_ymd_opt(2200, 1, 1).unwrap();
    let start = || plan(vec![run(1, 7, 1.0), run(2, 9, 1.5)]);
    let rest = (8, SessionKind::Rest.short(comeback::plan::Units::Miles));
    type Row = (&'static str, Drag, NaiveDate, bool, Option<Vec<(u32, String)>>);
    let cases: Vec<Row> = vec![
        ("move", Drag::Session(SessionId(1)), day(11), false, Some(runs(&[(9, 1.5), (11, 1.0)]))),
        ("copy", Drag::Session(SessionId(1)), day(11), true, Some(runs(&[(7, 1.0), (9, 1.5), (11, 1.0)]))),
        ("own day", Drag::Session(SessionId(1)), day(7), false, None),
        ("new at the level before", Drag::New(SessionKind::Run(Run::default())), day(15), false, {
            Some(runs(&[(7, 1.0), (9, 1.5), (15, 1.5)]))
        }),
        ("new rest", Drag::New(SessionKind::Rest), day(8), false, {
            let mut d = runs(&[(7, 1.0), (9, 1.5)]);
            d.push(rest.clone());
            d.sort();
            Some(d)
        }),
    ];
    for (name, drag, target, copy, expected) in cases {
        let mut doc = Document::new(start(), None);
        let made = drop_commands(doc.plan(), &drag, target, copy);
        assert_eq!(made.is_some(), expected.is_some(), "{name}: a change or none");
        let Some((commands, label)) = made else { continue };
        let preview = Preview::of_drop(&doc, &drag, target, copy);
        assert!(preview.refused.is_none(), "{name}: preview refused");
        doc.apply(commands, &label, None).unwrap();
        assert_eq!(days(doc.plan()), expected.unwrap(), "{name}");
        assert!(doc.is_dirty(), "{name}: unsaved");
    }
    let mut doc = Document::new(start(), None);
    let drag = Drag::Session(SessionId(1));
    let preview = Preview::of_drop(&doc, &drag, far, false);
    assert!(preview.refused.as_deref().is_some_and(|r| r.contains("2200-01-01")), "{preview:?}");
    let (commands, label) = drop_commands(doc.plan(), &drag, far, false).unwrap();
    assert!(doc.apply(commands, &label, None).is_err());
    assert_eq!(days(doc.plan()), runs(&[(7, 1.0), (9, 1.5)]), "a refused drop changes nothing");
    assert!(!doc.is_dirty());
}

/// Pasted sessions are new and planned: one on the chosen day, a week on the same weekdays
/// of the chosen day's week; the description comes along, the status and id do not.
#[test]
fn pastes_land_as_new_planned_sessions() {
    let mut done = run(2, 9, 1.5);
    done.status = Status::Done;
    let base = plan(vec![run(1, 7, 1.0), done]);
    type Row = (&'static str, Clip, NaiveDate, Vec<(u32, String)>);
    let cases: Vec<Row> = vec![
        (
            "a session",
            Clip::session(&base, SessionId(1)).unwrap(),
            day(20),
            runs(&[(7, 1.0), (9, 1.5), (20, 1.0)]),
        ),
        ("a week", Clip::week(&base, day(8)), day(17), runs(&[(7, 1.0), (9, 1.5), (14, 1.0), (16, 1.5)])),
    ];
    for (name, clip, target, expected) in cases {
        let mut doc = Document::new(base.clone(), None);
        let (commands, label) = paste_commands(doc.plan(), &clip, target);
        doc.apply(commands, &label, None).unwrap();
        assert_eq!(days(doc.plan()), expected, "{name}");
        let pasted: Vec<&Session> = doc.plan().sessions().iter().filter(|s| s.date > day(9)).collect();
        assert!(pasted.iter().all(|s| s.status == Status::Planned && s.note.starts_with("note")), "{name}");
        assert!(pasted.iter().all(|s| base.session(s.id).is_none()), "{name}: new ids");
    }
    assert_eq!(Clip::week(&base, day(8)).copied(), "Copied the week of 7 Dec (2 sessions)");
    // It said "(1 sessions)".
    let one = plan(vec![run(1, 7, 1.0)]);
    assert_eq!(Clip::week(&one, day(8)).copied(), "Copied the week of 7 Dec (1 session)");
}

/// What one step of the undo table does.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Move session 1 to this day.
    Move(u32),
    /// Change session 1's distance, as typing in its field does (joined into one step).
    Type(f64),
    /// Select another session: ends a run of typing.
    Seal,
    Undo,
    Redo,
}

/// Undo walks back through whole steps, typing in one field undoes as one step, and a new
/// change after Undo clears Redo.
#[test]
fn undo_and_redo_walk_the_steps() {
    type Row<'a> = (&'a str, &'a [Step], &'a [(u32, f64)], Option<&'a str>, Option<&'a str>);
    let cases: &[Row<'_>] = &[
        ("nothing", &[Step::Undo], &[(7, 1.0)], None, None),
        ("move, undo", &[Step::Move(8), Step::Undo], &[(7, 1.0)], None, Some("Move run")),
        ("move, undo, redo", &[Step::Move(8), Step::Undo, Step::Redo], &[(8, 1.0)], Some("Move run"), None),
        (
            "two moves, one undone",
            &[Step::Move(8), Step::Move(10), Step::Undo],
            &[(8, 1.0)],
            Some("Move run"),
            Some("Move run"),
        ),
        (
            "typing joins",
            &[Step::Type(1.1), Step::Type(1.2), Step::Type(1.25), Step::Undo],
            &[(7, 1.0)],
            None,
            Some("Edit distance"),
        ),
        (
            "a selection ends typing",
            &[Step::Type(1.1), Step::Seal, Step::Type(1.2), Step::Undo],
            &[(7, 1.1)],
            Some("Edit distance"),
            Some("Edit distance"),
        ),
        (
            "a change clears redo",
            &[Step::Move(8), Step::Undo, Step::Move(9)],
            &[(9, 1.0)],
            Some("Move run"),
            None,
        ),
    ];
    for &(name, steps, expected, undo, redo) in cases {
        let mut doc = Document::new(plan(vec![run(1, 7, 1.0)]), None);
        for step in steps {
            match *step {
                Step::Move(d) => {
                    doc.apply(vec![Command::MoveSession { id: SessionId(1), to: day(d) }], "Move run", None)
                        .unwrap();
                }
                Step::Type(miles) => {
                    let mut s = doc.plan().session(SessionId(1)).unwrap().clone();
                    s.kind = SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() });
                    let key = Some(EditKey::Session(SessionId(1), "distance"));
                    doc.apply(vec![Command::EditSession(s)], "Edit distance", key).unwrap();
                }
                Step::Seal => doc.seal_history(),
                Step::Undo => {
                    doc.undo();
                }
                Step::Redo => {
                    doc.redo();
                }
            }
        }
        assert_eq!(days(doc.plan()), runs(expected), "{name}");
        assert_eq!((doc.undo_label(), doc.redo_label()), (undo, redo), "{name}");
    }
}

/// Taking theirs takes exactly the ticked differences, as one undoable step.
#[test]
fn taking_theirs_takes_the_ticked_differences() {
    let mine = plan(vec![run(1, 7, 1.0), run(2, 9, 1.5)]);
    let mut theirs = mine.clone();
    theirs.apply(Command::MoveSession { id: SessionId(1), to: day(8) }).unwrap();
    theirs.apply(Command::AddSession(run(3, 11, 2.0))).unwrap();
    type Row<'a> = (&'a str, &'a [bool], &'a [(u32, f64)]);
    let cases: &[Row<'_>] = &[
        ("none", &[false, false], &[(7, 1.0), (9, 1.5)]),
        ("the move", &[true, false], &[(8, 1.0), (9, 1.5)]),
        ("the addition", &[false, true], &[(7, 1.0), (9, 1.5), (11, 2.0)]),
        ("both", &[true, true], &[(8, 1.0), (9, 1.5), (11, 2.0)]),
    ];
    for &(name, take, expected) in cases {
        let mut doc = Document::new(mine.clone(), None);
        let mut comparison = Comparison::new("theirs.ron".into(), theirs.clone(), &doc);
        assert_eq!(comparison.len(), 2, "{name}");
        for (i, &t) in take.iter().enumerate() {
            comparison.set_take(i, t);
        }
        let commands = comparison.commands(doc.file_plan()).unwrap();
        doc.apply_to_file(commands, "Take theirs").unwrap();
        comparison.refresh(&doc);
        assert_eq!(days(doc.plan()), runs(expected), "{name}");
        assert_eq!(comparison.len(), take.iter().filter(|t| !**t).count(), "{name}: what is left to take");
        if take.contains(&true) {
            doc.undo();
            assert_eq!(days(doc.plan()), runs(&[(7, 1.0), (9, 1.5)]), "{name}: one undo step");
        }
    }
}

/// Two edits, a save, then Undo of the second: the next save recorded as its parent the
/// revision the plan was opened as, older than the one just saved, so a merge with a copy of
/// that save found a base further back. It records the revision last saved; undoing back to
/// exactly the file as opened gives that file again, with its own parents.
#[test]
fn a_save_after_undo_is_made_from_the_revision_last_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    comeback::file::save(&plan(vec![run(1, 7, 1.0)]), &path).unwrap();
    let opened = comeback::file::load(&path).unwrap();
    let mut doc = Document::new(opened.clone(), Some(path.clone()));
    let save = |doc: &mut Document| {
        comeback::file::save(doc.file_plan(), &path).unwrap();
        doc.mark_saved(path.clone());
        comeback::file::load(&path).unwrap()
    };
    for to in [8, 9] {
        doc.apply(vec![Command::MoveSession { id: SessionId(1), to: day(to) }], "Move run", None).unwrap();
    }
    let saved = save(&mut doc);
    assert_eq!(saved.parents, opened.revision.into_iter().collect::<Vec<_>>());
    doc.undo();
    let after_undo = save(&mut doc);
    assert_eq!(days(&after_undo), runs(&[(8, 1.0)]));
    assert_eq!(after_undo.parents, saved.revision.into_iter().collect::<Vec<_>>(), "made from the last save");
    doc.undo();
    doc.undo();
    assert_eq!(save(&mut doc), opened, "back to the file as opened, parents and all");
}

/// A side of a merge: the commands that make it from the base.
type Edits = &'static [fn() -> Command];

fn move_1_to_8() -> Command {
    Command::MoveSession { id: SessionId(1), to: day(8) }
}

fn add_3_on_11() -> Command {
    Command::AddSession(run(3, 11, 2.0))
}

fn note_2(text: &str) -> Command {
    Command::EditSession(Session { note: text.to_owned(), ..run(2, 9, 1.5) })
}

fn note_2_grass() -> Command {
    note_2("grass")
}

fn note_2_road() -> Command {
    note_2("road")
}

/// The base of the merge tables, as a file has it (an id and a revision): runs on the 7th and
/// 9th.
fn saved_base() -> Plan {
    let mut base = plan(vec![run(1, 7, 1.0), run(2, 9, 1.5)]);
    base.id = comeback::plan::PlanId::random();
    comeback::file::stamped(&base).unwrap()
}

/// Merging another copy into the open plan, without a window: the result, how many questions,
/// one undo step taking the whole merge back (its marks with it), and the merge recorded with
/// my last saved revision and theirs as its parents; a copy with nothing new changes nothing,
/// and one made from exactly my plan is taken as it is, not recorded as a merge.
#[test]
fn a_merge_is_one_undoable_step_with_its_parents_and_conflicts() {
    type Row = (&'static str, Edits, Edits, Option<usize>, Vec<(u32, String)>, bool);
    let cases: Vec<Row> = vec![
        (
            "both sides land",
            &[move_1_to_8],
            &[add_3_on_11],
            Some(0),
            runs(&[(8, 1.0), (9, 1.5), (11, 2.0)]),
            true,
        ),
        ("one question", &[note_2_grass], &[note_2_road], Some(1), runs(&[(7, 1.0), (9, 1.5)]), true),
        ("theirs has nothing new", &[move_1_to_8], &[], None, runs(&[(8, 1.0), (9, 1.5)]), false),
        ("mine has nothing new", &[], &[add_3_on_11], Some(0), runs(&[(7, 1.0), (9, 1.5), (11, 2.0)]), false),
    ];
    for (name, mine, theirs, questions, expected, recorded) in cases {
        let base = saved_base();
        let mut doc = Document::new(base.clone(), None);
        for edit in mine {
            doc.apply_to_file(vec![edit()], "Edit").unwrap();
        }
        let before = doc.file_plan().clone();
        let mut their_plan = base.clone();
        for edit in theirs {
            their_plan.apply(edit()).unwrap();
        }
        let their_plan = comeback::file::stamped(&their_plan).unwrap();

        let merged = doc.merge(&base, &their_plan, "theirs.ron").unwrap();
        assert_eq!(days(doc.plan()), expected, "{name}");
        let Merge::Merged { marks, conflicts } = merged else {
            assert_eq!(questions, None, "{name}: up to date");
            assert_eq!(doc.file_plan(), &before, "{name}: nothing changed");
            continue;
        };
        assert_eq!(Some(conflicts), questions, "{name}");
        assert_eq!(doc.file_plan().conflicts.len(), conflicts, "{name}: the questions are in the plan");
        assert_eq!((marks.name.as_str(), marks.label.as_str()), ("theirs.ron", "Merge theirs.ron"), "{name}");
        assert_eq!(doc.undo_label(), Some("Merge theirs.ron"), "{name}: one step");
        let parents = [base.revision, their_plan.revision].map(Option::unwrap);
        assert_eq!(doc.file_plan().parents == parents, recorded, "{name}: {:?}", doc.file_plan().parents);
        assert_eq!(doc.undo().as_deref(), Some("Merge theirs.ron"), "{name}");
        assert_eq!(doc.file_plan(), &before, "{name}: undone whole");
    }
}

/// The marks say who changed what: my move (and the day it left) as mine, their new run as
/// theirs, and a session both changed differently as both.
#[test]
fn a_merge_marks_each_sides_changes() {
    use comeback::merge::ChangedBy;
    let base = saved_base();
    let mut doc = Document::new(base.clone(), None);
    doc.apply_to_file(vec![move_1_to_8(), note_2_grass()], "Edit").unwrap();
    let mut theirs = base.clone();
    theirs.apply(add_3_on_11()).unwrap();
    theirs.apply(note_2_road()).unwrap();
    let Merge::Merged { marks, .. } = doc.merge(&base, &theirs, "coach.ron").unwrap() else {
        panic!("merged")
    };
    let sessions: Vec<(u32, ChangedBy)> = marks.sides.sessions.iter().map(|(id, by)| (id.0, *by)).collect();
    assert_eq!(sessions, [(1, ChangedBy::Mine), (2, ChangedBy::Both), (3, ChangedBy::Theirs)]);
    assert_eq!(marks.sides.days.get(&day(7)), Some(&ChangedBy::Mine), "the day my run left");
}

/// The marks go with the merge when it is undone and come back when it is redone; hidden or
/// saved, they are gone for good, and an edit's undo leaves them alone.
#[test]
fn merge_marks_follow_undo_and_redo() {
    let marked = |doc: &Document| doc.merge_marks().map(|m| m.label.clone());
    let merge = Some("Merge coach.ron".to_owned());
    let base = saved_base();
    let mut theirs = base.clone();
    theirs.apply(add_3_on_11()).unwrap();
    let mut doc = Document::new(base.clone(), None);
    doc.merge(&base, &theirs, "coach.ron").unwrap();
    assert_eq!(marked(&doc), merge, "shown after the merge");
    doc.apply_to_file(vec![move_1_to_8()], "Move").unwrap();
    doc.undo();
    assert_eq!(marked(&doc), merge, "undoing a later edit keeps them");
    doc.undo();
    assert_eq!(marked(&doc), None, "undone with the merge");
    doc.redo();
    assert_eq!(marked(&doc), merge, "redone with the merge");
    doc.hide_merge_marks();
    doc.undo();
    doc.redo();
    assert_eq!(marked(&doc), None, "hidden for good");

    let mut doc = Document::new(base.clone(), None);
    doc.merge(&base, &theirs, "coach.ron").unwrap();
    let dir = tempfile::tempdir().unwrap();
    doc.mark_saved(dir.path().join("plan.ron"));
    assert_eq!(marked(&doc), None, "saved");
}

/// The version to merge from is the latest both copies were made from, as the store of
/// revisions kept it; without a store none is known, and another plan is no copy at all.
#[test]
fn a_merge_starts_from_the_version_both_were_made_from() {
    use comeback::store::{NoBase, Store};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let base = saved_base();
    store.keep(&base).unwrap();
    let mut doc = Document::new(base.clone(), None);
    doc.apply_to_file(vec![move_1_to_8()], "Move run").unwrap();
    let mut theirs = base.clone();
    theirs.apply(add_3_on_11()).unwrap();
    let theirs = comeback::file::stamped(&theirs).unwrap();
    store.keep(&theirs).unwrap();
    let found = doc.merge_base(&theirs, Some(&store)).unwrap();
    assert_eq!(found.revision, base.revision);
    assert_eq!(doc.merge_base(&theirs, None), Err(NoBase::Unknown));
    let mut other = theirs.clone();
    other.id = comeback::plan::PlanId::random();
    assert_eq!(doc.merge_base(&other, Some(&store)), Err(NoBase::OtherPlan));
}

/// The file saved by another program merges from the version both started from, and then
/// counts as the saved one; a plan never read from a file has no such version to start from.
#[test]
fn a_file_changed_on_disk_merges_from_the_version_last_read() {
    let base = saved_base();
    let mut doc = Document::new(base.clone(), None);
    doc.apply_to_file(vec![move_1_to_8()], "Move run").unwrap();
    let mut on_disk = base.clone();
    on_disk.apply(add_3_on_11()).unwrap();
    let merged = doc.merge_from_disk(on_disk.clone(), "plan.ron").unwrap();
    assert!(matches!(merged, Some(Merge::Merged { conflicts: 0, .. })), "{merged:?}");
    assert_eq!(days(doc.plan()), runs(&[(8, 1.0), (9, 1.5), (11, 2.0)]));
    assert_eq!(doc.saved_plan(), Some(&on_disk), "the file's version is the saved one now");
    assert!(doc.is_dirty());

    let mut unsaved = Document::restored(base.clone(), None, None);
    assert_eq!(unsaved.merge_from_disk(on_disk, "plan.ron").unwrap(), None);
    assert_eq!(unsaved.file_plan(), &base);
}
