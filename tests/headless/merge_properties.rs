//! Properties of the three-way merge over generated plans and random edits on each side:
//! a side that changed nothing changes nothing, which side is "mine" only swaps the conflicts,
//! and nothing either side changed is lost.
//!
//! Plans and edits come from a small seeded generator (splitmix64), so a failure names its
//! seed and replays. The normal suite tries a few hundred cases; `COMEBACK_PROPERTY_CASES=20000
//! cargo test --test merge_properties` tries more.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // a failure is the test failing

use crate::common;
use chrono::NaiveDate;
use comeback::merge::{Merged, converted, merge};
use comeback::plan::{
    Actual, Command, Conflict, Conflicted, Distance, Effort, Minutes, Note, NoteOn, Plan, PlanMeta,
    RuleSettings, Run, Session, SessionField, SessionId, SessionKind, Status, Terrain, Units,
};
use common::{Rng, cases};
use serde_json::Value;

fn day(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + chrono::Days::new(offset)
}

/// Few values, so that both sides often make the same change.
fn run(rng: &mut Rng) -> SessionKind {
    SessionKind::Run(Run {
        distance: Distance::new(rng.pick(&[1.0, 1.5, 2.0, 3.0])),
        minutes: None,
        effort: rng.pick(&[Effort::Easy, Effort::VeryEasy]),
        terrain: Terrain::FlatRoad,
    })
}

fn note(rng: &mut Rng) -> Note {
    let at = day(rng.below(3)).and_hms_opt(8, 0, 0).unwrap().and_utc();
    Note::new(rng.pick(&["Alex", "Coach"]), rng.pick(&["ok", "sore", "rain"]), at)
}

/// A base plan of up to 12 sessions over three weeks, some with notes, and a few day notes.
fn plan(rng: &mut Rng) -> Plan {
    let sessions = (1..=rng.below(12) + 1)
        .map(|id| {
            let mut s = Session::planned(SessionId(u32::try_from(id).unwrap()), day(rng.below(21)), run(rng));
            if rng.below(3) == 0 {
                s.notes.push(note(rng));
            }
            s
        })
        .collect();
    let meta = PlanMeta { start: day(0), ..PlanMeta::default() };
    let mut plan = Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap();
    for _ in 0..rng.below(3) {
        let on = NoteOn::Day(day(rng.below(21)));
        plan.apply(Command::AddNote { on, note: note(rng) }).unwrap();
    }
    plan
}

/// One random edit of `plan`, as the app or a text editor would make it.
fn edit(plan: &mut Plan, rng: &mut Rng) {
    let ids: Vec<SessionId> = plan.sessions().iter().map(|s| s.id).collect();
    // Half the edits go to the first session, so both sides often change the same one.
    let Some(id) = (!ids.is_empty()).then(|| if rng.below(2) == 0 { ids[0] } else { rng.pick(&ids) }) else {
        let added = Session::planned(SessionId(100), day(rng.below(21)), run(rng));
        plan.apply(Command::AddSession(added)).unwrap();
        return;
    };
    let mut session = plan.session(id).unwrap().clone();
    let command = match rng.below(15) {
        0 | 13 | 14 => Command::MoveSession { id, to: day(rng.below(4)) },
        1 => Command::EditSession(Session { kind: run(rng), ..session }),
        2 => {
            session.status = Status::Done;
            session.actual =
                Some(Actual { distance: Distance::new(rng.pick(&[1.0, 2.0])), minutes: Minutes::new(20.0) });
            Command::EditSession(session)
        }
        3 => Command::EditSession(Session { note: rng.pick(&["hills", "track"]).to_owned(), ..session }),
        4 => Command::DeleteSession(id),
        5 => {
            // Ids as the app makes them: random and large, so two sides' new sessions differ.
            let new = SessionId(1_000_000 + u32::try_from(rng.below(1_000_000)).unwrap());
            if plan.session(new).is_some() {
                return;
            }
            Command::AddSession(Session::planned(new, day(rng.below(21)), run(rng)))
        }
        6 => Command::AddNote { on: NoteOn::Session(id), note: note(rng) },
        7 => match session.notes.first() {
            Some(first) => Command::RemoveNote { on: NoteOn::Session(id), note: first.clone() },
            None => return,
        },
        8 => Command::AddNote { on: NoteOn::Day(day(rng.below(21))), note: note(rng) },
        9 => match plan.noted_days().next() {
            Some((date, notes)) => Command::RemoveNote { on: NoteOn::Day(date), note: notes[0].clone() },
            None => return,
        },
        10 => {
            let mut meta = plan.meta.clone();
            meta.coach = rng.pick(&["Sam", "Dr Lee"]).to_owned();
            meta.title = rng.pick(&["My comeback", "Spring"]).to_owned();
            Command::SetMeta(meta)
        }
        11 => {
            let mut rules = plan.rules.clone();
            rules.mastery_runs = rng.pick(&[2, 3, 4]);
            rules.weekly_cap = Distance::new(rng.pick(&[10.0, 12.0]));
            Command::SetRules(rules)
        }
        _ => {
            let units = rng.pick(&[Units::Miles, Units::Km]);
            Command::SetMeta(PlanMeta { units, ..plan.meta.clone() })
        }
    };
    plan.apply(command).unwrap();
}

/// A base and two sides, each a few random edits away from it.
fn case(seed: u64) -> (Plan, Plan, Plan) {
    let mut rng = Rng(seed);
    let base = plan(&mut rng);
    let side = |rng: &mut Rng| {
        let mut p = base.clone();
        for _ in 0..rng.below(6) {
            edit(&mut p, rng);
        }
        p
    };
    let (ours, theirs) = (side(&mut rng), side(&mut rng));
    (base, ours, theirs)
}

/// A side that changed nothing gives the other side, whole and with no question.
#[test]
fn merging_with_an_unchanged_side_gives_the_other_side() {
    for seed in 0..cases() {
        let (base, ours, theirs) = case(seed);
        let Merged { plan, conflicts } = merge(&base, &ours, &base).unwrap();
        assert!(conflicts.is_empty(), "seed {seed}: {conflicts:?}");
        assert_eq!(plan, ours, "seed {seed}: merge(b, x, b)");
        let Merged { plan, conflicts } = merge(&base, &base, &theirs).unwrap();
        assert!(conflicts.is_empty(), "seed {seed}: {conflicts:?}");
        assert_eq!(plan, theirs, "seed {seed}: merge(b, b, y)");
    }
}

/// Which side is "mine" changes only which side each conflict calls mine.
#[test]
fn which_side_is_mine_only_swaps_the_conflicts() {
    for seed in 0..cases() {
        let (base, ours, theirs) = case(seed);
        let one = merge(&base, &ours, &theirs).unwrap();
        let other = merge(&base, &theirs, &ours).unwrap();
        assert_eq!(one.plan, other.plan, "seed {seed}");
        let swapped: Vec<Conflict> = other.conflicts.iter().map(Conflict::swapped).collect();
        assert_eq!(one.conflicts, swapped, "seed {seed}");
    }
}

type Fields = serde_json::Map<String, Value>;

fn fields(value: &impl serde::Serialize) -> Fields {
    match serde_json::to_value(value).unwrap() {
        Value::Object(map) => map,
        other => panic!("not a struct: {other}"),
    }
}

/// Whether the merge asks about `about`, or about the whole session when `about` is a field of
/// one.
fn asks(conflicts: &[Conflict], about: &Conflicted) -> bool {
    conflicts.iter().any(|c| {
        c.about == *about
            || matches!((&c.about, about), (Conflicted::Session { id, field }, Conflicted::Session { id: other, .. })
                if id == other && *field == SessionField::Whole)
    })
}

/// The fields a side changed (`was` to `now`) that the merged value `got` does not have.
fn changed(was: &Fields, now: &Fields, got: &Fields) -> Vec<String> {
    was.keys()
        .chain(now.keys())
        .filter(|f| was.get(*f) != now.get(*f) && got.get(*f) != now.get(*f))
        .cloned()
        .collect()
}

/// Every change of `side` since `base` is in the merged plan or in a conflict.
fn nothing_lost(seed: u64, base: &Plan, side: &Plan, merged: &Merged) {
    let (plan, conflicts) = (&merged.plan, merged.conflicts.as_slice());
    let units = plan.meta.units;
    let (meta, side_meta) = (fields(&base.meta), fields(&side.meta));
    let (base, side) = (converted(base, units), converted(side, units));
    // A side's changed field by its name in the file, as serde gives it.
    let on =
        |id: SessionId, field: &str| Conflicted::Session { id, field: field.to_owned().try_into().unwrap() };
    for s in side.sessions() {
        let b = base.session(s.id);
        let was = b.map(fields).unwrap_or_default();
        let got = plan.session(s.id).map(fields).unwrap_or_default();
        for field in changed(&was, &fields(s), &got).into_iter().filter(|f| f != "notes") {
            assert!(asks(conflicts, &on(s.id, &field)), "seed {seed}: session {} {field} lost", s.id);
        }
        for n in s.notes.iter().filter(|n| b.is_none_or(|b| !b.notes.contains(n))) {
            let kept = plan.session(s.id).is_some_and(|m| m.notes.contains(n));
            assert!(kept || asks(conflicts, &on(s.id, "session")), "seed {seed}: note {n:?} lost");
        }
    }
    for b in base.sessions().iter().filter(|b| side.session(b.id).is_none()) {
        let gone = plan.session(b.id).is_none();
        assert!(gone || asks(conflicts, &on(b.id, "session")), "seed {seed}: deletion of {} lost", b.id);
    }
    for (was, now, got, detail) in [
        (meta, side_meta, fields(&plan.meta), true),
        (fields(&base.rules), fields(&side.rules), fields(&plan.rules), false),
    ] {
        for field in changed(&was, &now, &got) {
            let about =
                if detail { Conflicted::Detail(field.clone()) } else { Conflicted::Rule(field.clone()) };
            assert!(asks(conflicts, &about), "seed {seed}: {field} lost");
        }
    }
    for (date, notes) in side.noted_days() {
        for n in notes.iter().filter(|n| !base.day_notes(date).contains(n)) {
            assert!(plan.day_notes(date).contains(n), "seed {seed}: day note {n:?} lost");
        }
    }
}

/// Nothing either side changed is lost: each change is in the merged plan or in a conflict.
#[test]
fn nothing_either_side_changed_is_lost() {
    for seed in 0..cases() {
        let (base, ours, theirs) = case(seed);
        let merged = merge(&base, &ours, &theirs).unwrap();
        nothing_lost(seed, &base, &ours, &merged);
        nothing_lost(seed, &base, &theirs, &merged);
    }
}

/// The generator makes the cases the properties need: clean merges, conflicts of each kind,
/// and changes of units. A generator that stopped making them would make the properties empty.
#[test]
fn generated_cases_reach_every_kind_of_conflict() {
    let mut kinds = std::collections::BTreeSet::new();
    let (mut clean, mut units) = (0, 0);
    for seed in 0..cases() {
        let (base, ours, theirs) = case(seed);
        let merged = merge(&base, &ours, &theirs).unwrap();
        clean += usize::from(merged.conflicts.is_empty() && ours != base && theirs != base);
        units += usize::from(merged.plan.meta.units != base.meta.units);
        for c in &merged.conflicts {
            kinds.insert(match &c.about {
                Conflicted::Session { field, .. } => field.name().to_owned(),
                Conflicted::Detail(_) => "detail".to_owned(),
                Conflicted::Rule(_) => "rule".to_owned(),
            });
        }
    }
    for kind in ["session", "date", "kind", "actual", "detail", "rule"] {
        assert!(kinds.contains(kind), "no {kind} conflict in {} cases: {kinds:?}", cases());
    }
    assert!(clean > 0 && units > 0, "{clean} clean merges, {units} unit changes");
}

/// The app applies a merge to the open plan as commands: they make mine into the merged plan.
#[test]
fn the_commands_to_a_merge_make_mine_into_it() {
    for seed in 0..cases() {
        let (base, ours, theirs) = case(seed);
        let merged = merge(&base, &ours, &theirs).unwrap();
        let target = merged.settled(false).unwrap();
        let mut mine = ours.clone();
        for command in comeback::merge::commands_to(&ours, &target) {
            mine.apply(command).unwrap();
        }
        let bare = |p: &Plan| {
            let mut p = p.clone();
            p.conflicts.clear();
            p
        };
        assert_eq!(bare(&mine), bare(&target), "seed {seed}");
    }
}
