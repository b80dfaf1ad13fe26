//! Three-way merge of plans: what the runner and the coach each changed since the version both
//! started from, put together.
//!
//! Sessions are matched by id and merged field by field; plan details and rule settings by
//! field; note threads and day notes as sets of notes (by author, time and text), so a note
//! either side added is kept and one either side removed goes. A change on one side is taken;
//! the same change on both is taken once; two different changes to one field, or a delete
//! against an edit, are a [`Conflict`]: the merged plan keeps the base's value and the conflict
//! holds both sides, in words and as values to take with [`resolve`].
//!
//! When the sides use different units, all three are put in the units the merge ends with
//! before comparing, so a coach who switched to kilometres does not conflict with every run.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::diff::{in_units, set_field, value_text, with_field};
use crate::plan::{
    Command, CommandError, Conflict, Conflicted, Note, NoteOn, Plan, PlanId, PlanMeta, RuleSettings, Session,
    SessionId, Side, Units, Version,
};
use crate::text;

/// Why plans cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The files are copies of different plans (another athlete's, or another plan of the same
    /// athlete's): merging them would put one plan's changes over the other's.
    #[error(
        "{first} and {second} are different plans; a merge takes two copies of one plan and the \
         version both came from"
    )]
    NotOnePlan {
        /// Which of the three (0 the base, 1 mine, 2 theirs) is the first that differs.
        which: [usize; 2],
        /// The first plan, as "Title" (plan ID).
        first: String,
        /// The second plan, likewise.
        second: String,
    },
    /// Applying the merge's changes failed.
    #[error(transparent)]
    Command(#[from] CommandError),
}

/// Whether `plans` are copies of one plan (the same id; an older file's id comes from who it is
/// for and its start, see [`PlanId::of_old_plan`]).
pub fn one_plan(plans: [&Plan; 3]) -> Result<(), MergeError> {
    let named = |plan: &Plan| format!("\"{}\" (plan {})", plan.meta.title, plan.id);
    let ids: [PlanId; 3] = plans.map(|p| p.id);
    for which in [[1, 2], [0, 1], [0, 2]] {
        let [a, b] = which;
        if let (Some(first), Some(second)) = (plans.get(a), plans.get(b))
            && ids.get(a) != ids.get(b)
        {
            return Err(MergeError::NotOnePlan { which, first: named(first), second: named(second) });
        }
    }
    Ok(())
}

/// The result of a merge: the plan with every clean change, and what is left to decide.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged plan; where there is a conflict it keeps the base's value.
    pub plan: Plan,
    /// The conflicts, plan details first, then rules, then sessions by id.
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// The merged plan as a file records it: with its conflicts to resolve, and made from both
    /// sides' revisions, unless one side had nothing new (then it is the other side as it is).
    pub fn recorded(&self, ours: &Plan, theirs: &Plan) -> Plan {
        let mut plan = self.plan.clone();
        plan.conflicts.extend(self.conflicts.iter().cloned());
        if plan != *ours && plan != *theirs {
            plan.revision = None;
            plan.parents = [ours, theirs].iter().filter_map(|p| crate::file::revision(p).ok()).collect();
        }
        plan
    }

    /// The merged plan with every conflict settled for one side (`theirs` false: mine), as
    /// "keep mine for the rest" does.
    pub fn settled(&self, theirs: bool) -> Result<Plan, CommandError> {
        let mut plan = self.plan.clone();
        for conflict in &self.conflicts {
            for command in resolve(&plan, conflict, theirs) {
                plan.apply(command)?;
            }
        }
        Ok(plan)
    }
}

/// Who changed a session or a day since the common base, for marking the merged plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedBy {
    /// Only the open plan (mine).
    Mine,
    /// Only the version merged in (theirs).
    Theirs,
    /// Both sides, the same way or in different fields.
    Both,
}

impl ChangedBy {
    /// The mark in words, as a screen reader says it after a chip or day: "changed by them in
    /// the merge".
    pub fn words(self) -> &'static str {
        match self {
            Self::Mine => "changed by you in the merge",
            Self::Theirs => "changed by them in the merge",
            Self::Both => "changed by both in the merge",
        }
    }

    /// This mark joined with one a day already has.
    fn or(self, other: Option<Self>) -> Self {
        match other {
            Some(other) if other != self => Self::Both,
            _ => self,
        }
    }

    fn of(mine: bool, theirs: bool) -> Option<Self> {
        match (mine, theirs) {
            (true, true) => Some(Self::Both),
            (true, false) => Some(Self::Mine),
            (false, true) => Some(Self::Theirs),
            (false, false) => None,
        }
    }
}

/// What each side changed since the base, by session and by day: the merged plan is shown
/// with these marked until the runner has looked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sides {
    /// Sessions one side added or changed (their notes too), by id.
    pub sessions: BTreeMap<SessionId, ChangedBy>,
    /// Days whose day notes a side changed, or that a session a side moved or deleted left.
    pub days: BTreeMap<NaiveDate, ChangedBy>,
}

impl Sides {
    /// Compares each side with `base`, all in `units` (the merged plan's), so a switch of units
    /// alone marks nothing.
    pub fn of(base: &Plan, ours: &Plan, theirs: &Plan, units: Units) -> Self {
        let (b, o, t) = (in_units(base, units), in_units(ours, units), in_units(theirs, units));
        let mut sides = Self::default();
        let ids: BTreeSet<SessionId> =
            [&b, &o, &t].iter().flat_map(|p| p.sessions().iter().map(|s| s.id)).collect();
        for id in ids {
            let was = b.session(id);
            let (in_o, in_t) = (o.session(id), t.session(id));
            if let Some(by) = ChangedBy::of(in_o != was, in_t != was) {
                sides.sessions.insert(id, by);
            }
            if let Some(was) = was {
                let left = |now: Option<&Session>| now.is_none_or(|s| s.date != was.date);
                if let Some(by) = ChangedBy::of(left(in_o), left(in_t)) {
                    sides.days.insert(was.date, by.or(sides.days.get(&was.date).copied()));
                }
            }
        }
        let days: BTreeSet<NaiveDate> =
            [&b, &o, &t].iter().flat_map(|p| p.noted_days().map(|(d, _)| d)).collect();
        for date in days {
            let was = b.day_notes(date);
            if let Some(by) = ChangedBy::of(o.day_notes(date) != was, t.day_notes(date) != was) {
                sides.days.insert(date, by.or(sides.days.get(&date).copied()));
            }
        }
        sides
    }

    /// How many sessions and days each side changed: (mine, theirs), "both" counted in each.
    pub fn counts(&self) -> (usize, usize) {
        let all = || self.sessions.values().chain(self.days.values());
        let mine = all().filter(|by| **by != ChangedBy::Theirs).count();
        let theirs = all().filter(|by| **by != ChangedBy::Mine).count();
        (mine, theirs)
    }
}

/// A session's fields merged one by one (its notes are merged as a thread).
pub const SESSION_FIELDS: [&str; 7] = ["date", "kind", "status", "pain", "actual", "recorded", "note"];

fn same(a: &Session, b: &Session, field: &str) -> bool {
    match field {
        "date" => a.date == b.date,
        "kind" => a.kind == b.kind,
        "status" => a.status == b.status,
        "pain" => a.pain == b.pain,
        "actual" => a.actual == b.actual,
        "recorded" => a.recorded == b.recorded,
        _ => a.note == b.note,
    }
}

fn day(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// One field of a session in words.
fn field_words(s: &Session, field: &str, units: Units) -> String {
    match field {
        "date" => day(s.date),
        "kind" => s.kind.describe(units),
        "status" => text::status_word(s.status).to_owned(),
        "pain" => s.pain.map_or_else(String::new, text::pain),
        "actual" => s.actual.map_or_else(String::new, |a| a.describe(units)),
        "recorded" => s.recorded.as_ref().map_or_else(String::new, |r| {
            format!("{} started {}", r.sport(), r.start().format("%a %-d %b %Y %H:%M UTC"))
        }),
        _ => s.note.clone(),
    }
}

/// A whole session in words, for a delete against an edit: "deleted", or "Run 3 mi on Wed 2 Dec
/// 2026, changed: date, note".
fn session_words(side: Option<&Session>, base: &Session, units: Units) -> String {
    let Some(s) = side else { return "deleted".to_owned() };
    let mut changed: Vec<&str> = SESSION_FIELDS.into_iter().filter(|f| !same(s, base, f)).collect();
    if s.notes != base.notes {
        changed.push("notes");
    }
    format!("{} on {}, changed: {}", s.kind.describe(units), day(s.date), changed.join(", "))
}

/// The three-way choice: the value both agree on, or the one that changed; `None` when both
/// changed it differently.
fn pick<'a, T: PartialEq + ?Sized>(base: &'a T, ours: &'a T, theirs: &'a T) -> Option<&'a T> {
    if ours == theirs || theirs == base {
        Some(ours)
    } else if ours == base {
        Some(theirs)
    } else {
        None
    }
}

/// A list merged as a set: an item is kept unless a side removed it, and what either side
/// added is added; `None` when one side's list is the answer as it is.
fn set<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Result<Vec<T>, Vec<T>> {
    if let Some(clean) = pick(base, ours, theirs) {
        return Ok(clean.to_vec());
    }
    Err(ours
        .iter()
        .filter(|n| theirs.contains(n) || !base.contains(n))
        .chain(theirs.iter().filter(|n| !ours.contains(n) && !base.contains(n)))
        .cloned()
        .collect())
}

/// A thread merged as a set of notes, in time order where both sides changed it.
fn thread(base: &[Note], ours: &[Note], theirs: &[Note]) -> Vec<Note> {
    set(base, ours, theirs).unwrap_or_else(|mut notes| {
        notes.sort_by(|a, b| (a.at, &a.author, &a.text).cmp(&(b.at, &b.author, &b.text)));
        notes
    })
}

fn object(value: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// A struct merged by its top-level fields: the merged value (the base's where both changed a
/// field differently, or `None` if it could not be rebuilt) and the fields in conflict.
fn by_field<T: Serialize + DeserializeOwned>(base: &T, ours: &T, theirs: &T) -> (Option<T>, Vec<String>) {
    let (b, o, t) = (object(base), object(ours), object(theirs));
    let keys: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    let mut merged = Map::new();
    let mut conflicts = Vec::new();
    for key in keys {
        let value = match pick(&b.get(key), &o.get(key), &t.get(key)) {
            Some(clean) => *clean,
            None => {
                conflicts.push(key.clone());
                b.get(key)
            }
        };
        if let Some(value) = value {
            merged.insert(key.clone(), value.clone());
        }
    }
    (serde_json::from_value(Value::Object(merged)).ok(), conflicts)
}

/// A plan detail or rule setting in words.
fn setting_words(value: &impl Serialize, field: &str) -> String {
    value_text(object(value).get(field))
}

/// Merges what `ours` and `theirs` each changed since `base`. Sessions both sides added under
/// one id are merged as if from an empty base, keeping the first in file order where they
/// differ.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Result<Merged, MergeError> {
    one_plan([base, ours, theirs])?;
    let units = *pick(&base.meta.units, &ours.meta.units, &theirs.meta.units).unwrap_or(&base.meta.units);
    let (b, o, t) = (in_units(base, units), in_units(ours, units), in_units(theirs, units));
    let mut conflicts = Vec::new();

    // Details carry no distances, so they merge as written: a units change is seen as one.
    let (meta, fields) = by_field(&base.meta, &ours.meta, &theirs.meta);
    let mut meta = meta.unwrap_or_else(|| base.meta.clone());
    meta.units = units;
    for field in fields {
        conflicts.push(Conflict {
            what: format!("plan {field}"),
            units,
            ours: Side {
                words: setting_words(&ours.meta, &field),
                version: Version::Details(ours.meta.clone()),
            },
            theirs: Side {
                words: setting_words(&theirs.meta, &field),
                version: Version::Details(theirs.meta.clone()),
            },
            about: Conflicted::Detail(field),
        });
    }

    let (rules, mut fields) = by_field(&b.rules, &o.rules, &t.rules);
    let rules = match rules.filter(|r| r.problem().is_none()) {
        Some(rules) => rules,
        None => {
            // Each side's change was usable alone but not together (a cap under the start):
            // every setting the sides disagree on becomes a question.
            let (ours, theirs) = (object(&o.rules), object(&t.rules));
            fields = ours.keys().filter(|k| ours.get(*k) != theirs.get(*k)).cloned().collect();
            b.rules.clone()
        }
    };
    for field in fields {
        conflicts.push(Conflict {
            what: format!("rule {field}"),
            units,
            ours: Side { words: setting_words(&o.rules, &field), version: Version::Rules(o.rules.clone()) },
            theirs: Side { words: setting_words(&t.rules, &field), version: Version::Rules(t.rules.clone()) },
            about: Conflicted::Rule(field),
        });
    }

    let ids: BTreeSet<SessionId> =
        [&b, &o, &t].iter().flat_map(|p| p.sessions().iter().map(|s| s.id)).collect();
    let mut sessions = Vec::new();
    for id in ids {
        let (sb, so, st) = (b.session(id), o.session(id), t.session(id));
        match (sb, so, st) {
            (Some(sb), Some(so), Some(st)) => sessions.push(fields_of(sb, so, st, units, &mut conflicts)),
            (Some(sb), so, st) => {
                // Deleted on at least one side: gone unless the other side changed it.
                let kept = so.or(st);
                match kept {
                    Some(kept) if kept != sb => {
                        conflicts.push(Conflict {
                            about: Conflicted::Session { id, field: "session".to_owned() },
                            what: format!("{}, {}", day(sb.date), sb.kind.describe(units)),
                            units,
                            ours: Side {
                                words: session_words(so, sb, units),
                                version: Version::Session(so.cloned()),
                            },
                            theirs: Side {
                                words: session_words(st, sb, units),
                                version: Version::Session(st.cloned()),
                            },
                        });
                        sessions.push(sb.clone());
                    }
                    _ => {}
                }
            }
            (None, Some(so), Some(st)) => {
                let mut merged = first_in_file(so, st).clone();
                for field in SESSION_FIELDS.into_iter().filter(|f| !same(so, st, f)) {
                    conflicts.push(field_conflict(&merged, so, st, field, units));
                }
                merged.notes = thread(&[], &so.notes, &st.notes);
                sessions.push(merged);
            }
            (None, Some(added), None) | (None, None, Some(added)) => sessions.push(added.clone()),
            (None, None, None) => {}
        }
    }

    let mut plan = Plan::try_from((meta, rules, sessions))?;
    plan.id = *pick(&base.id, &ours.id, &theirs.id).unwrap_or(&base.id);
    plan.revision = *pick(&base.revision, &ours.revision, &theirs.revision).unwrap_or(&None);
    plan.parents = pick(&base.parents, &ours.parents, &theirs.parents).cloned().unwrap_or_default();
    // Conflicts an earlier merge left, still open on either side.
    let (b_open, o_open, t_open) = (&b.conflicts, &o.conflicts, &t.conflicts);
    plan.conflicts = set(b_open, o_open, t_open).unwrap_or_else(|open| open);
    let days: BTreeSet<NaiveDate> =
        [&b, &o, &t].iter().flat_map(|p| p.noted_days().map(|(d, _)| d)).collect();
    for date in days {
        for note in thread(b.day_notes(date), o.day_notes(date), t.day_notes(date)) {
            plan.apply(Command::AddNote { on: NoteOn::Day(date), note })?;
        }
    }
    // What either side deleted, now or before, stays cancelled in calendars.
    plan.remember_removed(&[base, ours, theirs]);
    Ok(Merged { plan, conflicts })
}

/// Of two versions of a session with one id, the one a file lists first: the choice does not
/// depend on which side is which.
fn first_in_file<'a>(a: &'a Session, b: &'a Session) -> &'a Session {
    let text = |s: &Session| serde_json::to_string(s).unwrap_or_default();
    if text(a) <= text(b) { a } else { b }
}

/// A session both sides kept, merged field by field from `base`.
fn fields_of(
    base: &Session,
    ours: &Session,
    theirs: &Session,
    units: Units,
    out: &mut Vec<Conflict>,
) -> Session {
    let mut merged = base.clone();
    for field in SESSION_FIELDS {
        if same(ours, theirs, field) || same(theirs, base, field) {
            set_field(&mut merged, field, ours);
        } else if same(ours, base, field) {
            set_field(&mut merged, field, theirs);
        } else {
            out.push(field_conflict(base, ours, theirs, field, units));
        }
    }
    merged.notes = thread(&base.notes, &ours.notes, &theirs.notes);
    merged
}

/// Both sides changed `field` of a session (shown as it is in `at`) differently.
fn field_conflict(at: &Session, ours: &Session, theirs: &Session, field: &str, units: Units) -> Conflict {
    Conflict {
        about: Conflicted::Session { id: at.id, field: field.to_owned() },
        what: format!("{}, {}: {field}", day(at.date), at.kind.describe(units)),
        units,
        ours: Side { words: field_words(ours, field, units), version: Version::Session(Some(ours.clone())) },
        theirs: Side {
            words: field_words(theirs, field, units),
            version: Version::Session(Some(theirs.clone())),
        },
    }
}

/// The commands that make `mine` into `target`, another version of it, as one step: plan
/// details first (a change of units converts mine), then rules, sessions and day notes. The
/// revision fields and conflicts are left to [`Command::RecordMerge`].
pub fn commands_to(mine: &Plan, target: &Plan) -> Vec<Command> {
    let mut out = Vec::new();
    if mine.meta != target.meta {
        out.push(Command::SetMeta(target.meta.clone()));
    }
    let mine = in_units(mine, target.meta.units);
    if mine.rules != target.rules {
        out.push(Command::SetRules(target.rules.clone()));
    }
    for s in mine.sessions() {
        match target.session(s.id) {
            None => out.push(Command::DeleteSession(s.id)),
            Some(t) if t != s => out.push(Command::EditSession(t.clone())),
            Some(_) => {}
        }
    }
    for t in target.sessions().iter().filter(|t| mine.session(t.id).is_none()) {
        out.push(Command::AddSession(t.clone()));
    }
    let days: BTreeSet<NaiveDate> = mine.noted_days().chain(target.noted_days()).map(|(d, _)| d).collect();
    for date in days {
        let (was, now) = (mine.day_notes(date), target.day_notes(date));
        if was != now {
            let on = NoteOn::Day(date);
            out.extend(was.iter().map(|note| Command::RemoveNote { on, note: note.clone() }));
            out.extend(now.iter().map(|note| Command::AddNote { on, note: note.clone() }));
        }
    }
    out
}

/// The commands that settle `conflict` in `plan` for one side (`theirs` false: mine).
pub fn resolve(plan: &Plan, conflict: &Conflict, theirs: bool) -> Vec<Command> {
    let side = if theirs { &conflict.theirs } else { &conflict.ours };
    let factor = conflict.units.factor_to(plan.meta.units);
    match (&conflict.about, &side.version) {
        (Conflicted::Session { id, field }, Version::Session(version)) => {
            let version = version.clone().map(|mut s| {
                s.convert_distances(|d| d.times(factor));
                s
            });
            let current = plan.session(*id);
            match (field.as_str(), version, current) {
                ("session", None, Some(_)) => vec![Command::DeleteSession(*id)],
                ("session", Some(s), Some(_)) => vec![Command::EditSession(s)],
                ("session", Some(s), None) => vec![Command::AddSession(s)],
                (field, Some(s), Some(current)) => {
                    let mut edited = current.clone();
                    set_field(&mut edited, field, &s);
                    vec![Command::EditSession(edited)]
                }
                _ => Vec::new(),
            }
        }
        (Conflicted::Detail(field), Version::Details(meta)) => {
            with_field::<PlanMeta>(&plan.meta, meta, field).map(Command::SetMeta).into_iter().collect()
        }
        (Conflicted::Rule(field), Version::Rules(rules)) => {
            let mut rules = rules.clone();
            rules.convert_distances(factor, |d| d.times(factor));
            with_field::<RuleSettings>(&plan.rules, &rules, field)
                .map(Command::SetRules)
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

/// A plan as mine in units `units`, for callers comparing in one unit.
pub fn converted(plan: &Plan, units: Units) -> Plan {
    in_units(plan, units)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use crate::plan::{Actual, Distance, Effort, Minutes, Run, SessionKind, Status, Terrain};

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
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(9, minute, 0)
            .unwrap()
            .and_utc();
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
        assert_eq!(conflict.about, Conflicted::Session { id: SessionId(2), field: "kind".to_owned() });
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
        assert_eq!(conflict.about, Conflicted::Session { id: SessionId(3), field: "session".to_owned() });
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
        mine.apply(Command::AddNote {
            on: NoteOn::Session(SessionId(1)),
            note: note("Alex", 5, "Sore calf"),
        })
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
        assert_eq!(conflict.about, Conflicted::Session { id: SessionId(9), field: "kind".to_owned() });
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
}
