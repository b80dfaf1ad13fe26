//! The merge's own tests: each side's change taken, the same change once, conflicts with both
//! values in words, deletes against edits, threads as sets, details and rules by field, units,
//! the marks of each side, and serde failures as errors rather than lost changes.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use super::*;
use crate::diff::in_units;
use crate::plan::{Actual, Distance, Effort, Minutes, Run, SessionKind, Status, Terrain};
use crate::plan::{
    Command, Conflicted, Note, NoteOn, PlanMeta, RuleSettings, Session, SessionField, SessionId, Units,
};
use chrono::NaiveDate;

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn run(miles: f64) -> SessionKind {
    SessionKind::Run(Run {
        distance: Distance::new(miles),
        minutes: None,
        effort: Effort::Easy,
        terrain: Terrain::FlatRoad,
    })
}

fn note(author: &str, minute: u32, text: &str) -> Note {
    let at =
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(9, minute, 0).unwrap().and_utc();
    Note::new(author, text, at)
}

/// Three sessions: a 2 mi run on the 1st (id 1), a 3 mi run on the 3rd (id 2), a 1 mi run
/// on the 5th (id 3).
fn base() -> Plan {
    let sessions = vec![
        Session::planned(SessionId(1), date(1), run(2.0)),
        Session::planned(SessionId(2), date(3), run(3.0)),
        Session::planned(SessionId(3), date(5), run(1.0)),
    ];
    let meta = PlanMeta { start: date(1), ..PlanMeta::default() };
    Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap()
}

fn edited(plan: &Plan, id: u32, edit: impl FnOnce(&mut Session)) -> Plan {
    let mut session = plan.session(SessionId(id)).unwrap().clone();
    edit(&mut session);
    let mut plan = plan.clone();
    plan.apply(Command::EditSession(session)).unwrap();
    plan
}

fn logged(s: &mut Session) {
    s.status = Status::Done;
    s.actual = Some(Actual { distance: Distance::new(2.1), minutes: Minutes::new(24.0) });
}

/// A coach moving a session and a runner logging another (and logging the moved one) both
/// land, without a question: the case the whole merge is for.
#[test]
fn a_change_on_one_side_is_taken_without_a_question() {
    let base = base();
    let coach = edited(&base, 2, |s| s.date = date(4));
    let runner = edited(&edited(&base, 1, logged), 2, |s| s.note = "felt fine".to_owned());
    let merged = merge(&base, &runner, &coach).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let moved = merged.plan.session(SessionId(2)).unwrap();
    assert_eq!((moved.date, moved.note.as_str()), (date(4), "felt fine"));
    assert_eq!(merged.plan.session(SessionId(1)).unwrap().status, Status::Done);
}

/// The same change made on both sides is taken once, not asked about.
#[test]
fn the_same_change_on_both_sides_is_taken_once() {
    let base = base();
    let both = edited(&base, 3, |s| s.kind = run(1.5));
    let merged = merge(&base, &both, &both).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.plan, both);
}

/// Two different changes to one field are a conflict naming the session and field, with
/// both values in words; the plan keeps the base's value until it is settled.
#[test]
fn different_changes_to_one_field_are_a_conflict_with_both_values_in_words() {
    let base = base();
    let mine = edited(&base, 2, |s| s.kind = run(3.5));
    let theirs = edited(&edited(&base, 2, |s| s.kind = run(2.5)), 2, |s| s.note = "hills".to_owned());
    let merged = merge(&base, &mine, &theirs).unwrap();
    let [conflict] = merged.conflicts.as_slice() else { panic!("{:?}", merged.conflicts) };
    assert_eq!(conflict.about, Conflicted::Session { id: SessionId(2), field: SessionField::Kind });
    assert_eq!(
        conflict.describe(),
        "Thu 3 Dec 2026, Run 3 mi · easy · flat road: kind: mine \"Run 3.5 mi · easy · flat road\", theirs \"Run 2.5 mi · easy · flat road\""
    );
    let kept = merged.plan.session(SessionId(2)).unwrap();
    assert_eq!((kept.kind, kept.note.as_str()), (run(3.0), "hills"), "base kind, their clean note");
    assert_eq!(merged.settled(false).unwrap().session(SessionId(2)).unwrap().kind, run(3.5));
    assert_eq!(merged.settled(true).unwrap().session(SessionId(2)).unwrap().kind, run(2.5));
}

/// A session deleted on one side and changed on the other is a conflict; the plan keeps
/// it, and taking the deleting side deletes it.
#[test]
fn a_delete_against_an_edit_is_a_conflict() {
    let base = base();
    let mut mine = base.clone();
    mine.apply(Command::DeleteSession(SessionId(3))).unwrap();
    let theirs = edited(&base, 3, |s| s.date = date(6));
    let merged = merge(&base, &mine, &theirs).unwrap();
    let [conflict] = merged.conflicts.as_slice() else { panic!("{:?}", merged.conflicts) };
    assert_eq!(conflict.about, Conflicted::Session { id: SessionId(3), field: SessionField::Whole });
    assert_eq!(conflict.ours.words, "deleted");
    assert_eq!(conflict.theirs.words, "Run 1 mi · easy · flat road on Sun 6 Dec 2026, changed: date");
    assert_eq!(merged.plan.session(SessionId(3)).unwrap().date, date(5));
    assert!(merged.settled(false).unwrap().session(SessionId(3)).is_none());
    assert_eq!(merged.settled(true).unwrap().session(SessionId(3)).unwrap().date, date(6));
}

/// A session deleted on one side and left alone on the other goes, with no question; so
/// does one both deleted.
#[test]
fn a_delete_against_nothing_is_taken() {
    let base = base();
    let mut mine = base.clone();
    mine.apply(Command::DeleteSession(SessionId(1))).unwrap();
    let mut theirs = mine.clone();
    theirs.apply(Command::DeleteSession(SessionId(3))).unwrap();
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert!(merged.conflicts.is_empty());
    let ids: Vec<u32> = merged.plan.sessions().iter().map(|s| s.id.0).collect();
    assert_eq!(ids, [2]);
}

/// Threads merge as sets: notes both sides added are kept in time order, a note one side
/// removed goes, and day notes merge the same way.
#[test]
fn note_threads_and_day_notes_are_merged_as_sets() {
    let mut base = base();
    let old = note("Coach", 0, "Flat route");
    base.apply(Command::AddNote { on: NoteOn::Session(SessionId(1)), note: old.clone() }).unwrap();
    let mut mine = base.clone();
    mine.apply(Command::RemoveNote { on: NoteOn::Session(SessionId(1)), note: old }).unwrap();
    mine.apply(Command::AddNote { on: NoteOn::Session(SessionId(1)), note: note("Alex", 5, "Sore calf") })
        .unwrap();
    mine.apply(Command::AddNote { on: NoteOn::Day(date(2)), note: note("Alex", 1, "Away") }).unwrap();
    let mut theirs = base.clone();
    theirs
        .apply(Command::AddNote { on: NoteOn::Session(SessionId(1)), note: note("Coach", 3, "Ice it") })
        .unwrap();
    theirs.apply(Command::AddNote { on: NoteOn::Day(date(2)), note: note("Coach", 2, "Rest") }).unwrap();
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert!(merged.conflicts.is_empty());
    let texts = |notes: &[Note]| notes.iter().map(|n| n.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&merged.plan.session(SessionId(1)).unwrap().notes), ["Ice it", "Sore calf"]);
    assert_eq!(texts(merged.plan.day_notes(date(2))), ["Away", "Rest"]);
}

/// Plan details and rule settings merge by field: different fields changed on each side
/// both land; one field changed differently is a conflict named "plan coach" or "rule …".
#[test]
fn details_and_rules_merge_by_field() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let mut meta = base.meta.clone();
    meta.coach = "Dr Lee".to_owned();
    meta.goal = "5 km".to_owned();
    mine.apply(Command::SetMeta(meta)).unwrap();
    let mut meta = base.meta.clone();
    meta.coach = "Sam".to_owned();
    meta.title = "Spring".to_owned();
    theirs.apply(Command::SetMeta(meta)).unwrap();
    let mut rules = base.rules.clone();
    rules.mastery_runs = 4;
    mine.apply(Command::SetRules(rules)).unwrap();
    let mut rules = base.rules.clone();
    rules.mastery_runs = 2;
    rules.pain_threshold = 2;
    theirs.apply(Command::SetRules(rules)).unwrap();
    let merged = merge(&base, &mine, &theirs).unwrap();
    let lines: Vec<String> = merged.conflicts.iter().map(Conflict::describe).collect();
    assert_eq!(
        lines,
        ["plan coach: mine \"Dr Lee\", theirs \"Sam\"", "rule mastery_runs: mine \"4\", theirs \"2\""]
    );
    let plan = &merged.plan;
    assert_eq!(
        (plan.meta.goal.as_str(), plan.meta.title.as_str(), plan.meta.coach.as_str()),
        ("5 km", "Spring", "")
    );
    assert_eq!((plan.rules.pain_threshold, plan.rules.mastery_runs), (2, base.rules.mastery_runs));
    let settled = merged.settled(true).unwrap();
    assert_eq!((settled.meta.coach.as_str(), settled.rules.mastery_runs), ("Sam", 2));
}

/// Two rule changes each usable alone but not together keep the base's settings and ask
/// about each, instead of making a plan the rules cannot work with.
#[test]
fn rule_changes_unusable_together_are_asked_about() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let mut rules = base.rules.clone();
    rules.spike_warning_pct = rules.spike_error_pct + 10.0;
    rules.spike_error_pct = rules.spike_warning_pct + 10.0;
    mine.apply(Command::SetRules(rules)).unwrap();
    let mut rules = base.rules.clone();
    rules.spike_error_pct = rules.spike_warning_pct + 1.0;
    theirs.apply(Command::SetRules(rules.clone())).unwrap();
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert!(merged.plan.rules.problem().is_none());
    assert!(!merged.conflicts.is_empty());
    assert!(merged.conflicts.iter().all(|c| matches!(c.about, Conflicted::Rule(_))));
}

/// A coach switching the plan to kilometres does not turn the runner's every run into a
/// conflict: both are compared in the units the merge ends with.
#[test]
fn a_units_switch_on_one_side_merges_with_edits_on_the_other() {
    let base = base();
    let mut coach = base.clone();
    coach.apply(Command::SetMeta(PlanMeta { units: Units::Km, ..base.meta.clone() })).unwrap();
    let runner = edited(&base, 1, logged);
    let merged = merge(&base, &runner, &coach).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.plan.meta.units, Units::Km);
    let done = merged.plan.session(SessionId(1)).unwrap();
    assert_eq!(done.status, Status::Done);
    assert_eq!(done, in_units(&runner, Units::Km).session(SessionId(1)).unwrap());
}

/// Sessions both sides added under one id (hand-written files) merge from nothing: what
/// agrees is kept, what differs is asked about, whichever side is called mine.
#[test]
fn a_session_added_on_both_sides_under_one_id_merges_field_by_field() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.apply(Command::AddSession(Session::planned(SessionId(9), date(8), run(2.0)))).unwrap();
    theirs.apply(Command::AddSession(Session::planned(SessionId(9), date(8), run(4.0)))).unwrap();
    let one = merge(&base, &mine, &theirs).unwrap();
    let other = merge(&base, &theirs, &mine).unwrap();
    assert_eq!(one.plan, other.plan);
    let [conflict] = one.conflicts.as_slice() else { panic!("{:?}", one.conflicts) };
    assert_eq!(conflict.about, Conflicted::Session { id: SessionId(9), field: SessionField::Kind });
}

/// The calendar marks what each side changed: my log, their move (the chip where it went
/// and the day it left), their day note, and a session both changed; a coach switching to
/// kilometres alone marks nothing.
#[test]
fn each_sides_changes_are_marked_by_session_and_day() {
    let base = base();
    let mut coach = edited(&edited(&base, 2, |s| s.date = date(4)), 3, |s| s.kind = run(1.5));
    coach.apply(Command::AddNote { on: NoteOn::Day(date(7)), note: note("Coach", 1, "Rest") }).unwrap();
    let runner = edited(&edited(&base, 1, logged), 3, |s| s.note = "windy".to_owned());
    let sides = Sides::of(&base, &runner, &coach, Units::Miles);
    let sessions: Vec<(u32, ChangedBy)> = sides.sessions.iter().map(|(id, by)| (id.0, *by)).collect();
    assert_eq!(sessions, [(1, ChangedBy::Mine), (2, ChangedBy::Theirs), (3, ChangedBy::Both)]);
    let days: Vec<(NaiveDate, ChangedBy)> = sides.days.iter().map(|(d, by)| (*d, *by)).collect();
    assert_eq!(days, [(date(3), ChangedBy::Theirs), (date(7), ChangedBy::Theirs)]);
    assert_eq!(sides.counts(), (2, 4));
    assert_eq!(ChangedBy::Theirs.words(), "changed by them in the merge");

    let mut km = base.clone();
    km.apply(Command::SetMeta(PlanMeta { units: Units::Km, ..base.meta.clone() })).unwrap();
    assert_eq!(Sides::of(&base, &base, &km, Units::Km), Sides::default());
}

/// Session fields are a closed set: each is written as its name in the file ("session" for the
/// whole session, as files have it), read back as itself, and any other name is refused where
/// the file is read instead of being taken for the note.
#[test]
fn a_session_field_is_read_by_its_name_and_an_unknown_name_is_refused() {
    for field in SessionField::FIELDS.into_iter().chain([SessionField::Whole]) {
        assert_eq!(SessionField::try_from(field.name().to_owned()), Ok(field));
        let text = ron::to_string(&field).unwrap();
        assert_eq!(text, format!("\"{}\"", field.name()));
        assert_eq!(ron::from_str::<SessionField>(&text).unwrap(), field);
    }
    assert_eq!(SessionField::Whole.name(), "session");
    let error = ron::from_str::<SessionField>("\"notes\"").unwrap_err().to_string();
    assert!(error.contains("\"notes\" is not a field of a session"), "{error}");
}

/// A value that serde cannot take apart into fields.
struct Unreadable;

impl serde::Serialize for Unreadable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("no fields here"))
    }
}

impl<'de> serde::Deserialize<'de> for Unreadable {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Ok(Self)
    }
}

/// `object()` turned a serde failure into an empty map, after which both sides' changes to the
/// plan's details were dropped without a conflict (issue 35): it is an error naming what could
/// not be merged, and the command line and the window say so.
#[test]
fn a_value_serde_cannot_take_apart_is_an_error_not_an_empty_merge() {
    let Err(error) = three_way::by_field([&Unreadable, &Unreadable, &Unreadable], "details") else {
        panic!("merged what it could not read")
    };
    assert!(matches!(error, MergeError::Fields { what: "details", .. }), "{error:?}");
    assert_eq!(error.to_string(), "cannot merge the plan details field by field: no fields here");
}

/// The merged plan names both sides' revisions as its parents, each once: the revision a side
/// was loaded or saved as (a plan open with unsaved edits is made from that one), or its
/// content's when it has none; a merge that is one side as it is records nothing.
#[test]
fn a_merge_is_recorded_with_each_sides_revision_once() {
    let base = base();
    let mut mine = crate::file::stamped(&edited(&base, 1, logged)).unwrap();
    let saved = mine.revision.unwrap();
    mine = edited(&mine, 2, |s| s.note = "unsaved".to_owned());
    let theirs = edited(&base, 3, |s| s.date = date(6));
    let merged = merge(&base, &mine, &theirs).unwrap();
    let recorded = merged.recorded(&mine, &theirs).unwrap();
    assert_eq!(recorded.revision, None);
    assert_eq!(recorded.parents, [saved, crate::file::revision(&theirs).unwrap()]);
    let same = merge(&base, &mine, &base).unwrap();
    assert_eq!(same.record(&mine, &base).unwrap(), None);
    assert_eq!(same.recorded(&mine, &base).unwrap(), mine);
}
