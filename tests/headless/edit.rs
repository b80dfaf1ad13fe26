//! The editing layer without a window: drops, pastes, undo and redo, and taking another
//! version's changes, each as a table of (plan, action, expected plan). These run under
//! `--no-default-features`, so editing never comes to need egui.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use chrono::NaiveDate;
use comeback::edit::{Clip, Comparison, Document, Drag, EditKey, Preview, drop_commands, paste_commands};
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
