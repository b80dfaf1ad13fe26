//! The merge itself: base, mine and theirs made one plan, with what both changed differently
//! as conflicts.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::{MergeError, Merged, one_plan};
use crate::diff::{in_units, value_text};
use crate::plan::{
    Command, Conflict, Conflicted, Note, NoteOn, Plan, Session, SessionField, SessionId, Side, Units, Version,
};
use crate::{t, text};

fn day(date: NaiveDate) -> String {
    crate::dates::day_year(date)
}

/// One field of a session in words.
fn field_words(s: &Session, field: SessionField, units: Units) -> String {
    match field {
        SessionField::Date => day(s.date),
        SessionField::Kind => s.kind.describe(units),
        SessionField::Status => text::status_word(s.status).to_owned(),
        SessionField::Pain => s.pain.map_or_else(String::new, text::pain),
        SessionField::Actual => s.actual.map_or_else(String::new, |a| a.describe(units)),
        SessionField::Recorded => s.recorded.as_ref().map_or_else(String::new, |r| {
            let started = crate::dates::day_year_time(r.start().naive_utc());
            t!("merge-recorded", sport = r.sport().to_string(), started = started)
        }),
        SessionField::Note => s.note.clone(),
        SessionField::Whole => t!("merge-session-on", session = s.kind.describe(units), day = day(s.date)),
    }
}

/// A whole session in words, for a delete against an edit: "deleted", or "Run 3 mi on Wed 2 Dec
/// 2026, changed: date, note".
fn session_words(side: Option<&Session>, base: &Session, units: Units) -> String {
    let Some(s) = side else { return t!("merge-deleted") };
    let mut changed: Vec<&str> =
        SessionField::FIELDS.into_iter().filter(|f| !f.same(s, base)).map(SessionField::name).collect();
    if s.notes != base.notes {
        changed.push("notes");
    }
    let (session, fields) = (s.kind.describe(units), changed.join(", "));
    t!("merge-session-changed", session = session, day = day(s.date), fields = fields)
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
/// added is added; `Ok` when one side's list is the answer as it is.
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

/// A struct's top-level fields by name; `what` names it in the error.
pub(super) fn object(value: &impl Serialize, what: &'static str) -> Result<Map<String, Value>, MergeError> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(other) => Err(MergeError::Fields {
            what,
            source: serde::ser::Error::custom(t!("merge-not-fields", value = other.to_string())),
        }),
        Err(source) => Err(MergeError::Fields { what, source }),
    }
}

/// A struct merged by its top-level fields.
pub(super) struct ByField<T> {
    /// The merged value: the base's where both changed a field differently.
    pub(super) merged: T,
    /// The fields both changed differently, with mine and theirs in words.
    pub(super) conflicts: Vec<(String, String, String)>,
    /// Mine and theirs by field, for asking about each field they differ in.
    sides: [Map<String, Value>; 2],
}

/// Merges base, mine and theirs (in that order) field by field; `what` names them in errors.
pub(super) fn by_field<T: Serialize + DeserializeOwned>(
    [base, ours, theirs]: [&T; 3],
    what: &'static str,
) -> Result<ByField<T>, MergeError> {
    let (b, o, t) = (object(base, what)?, object(ours, what)?, object(theirs, what)?);
    let keys: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    let mut merged = Map::new();
    let mut conflicts = Vec::new();
    for key in keys {
        let value = match pick(&b.get(key), &o.get(key), &t.get(key)) {
            Some(clean) => *clean,
            None => {
                conflicts.push((key.clone(), value_text(o.get(key)), value_text(t.get(key))));
                b.get(key)
            }
        };
        if let Some(value) = value {
            merged.insert(key.clone(), value.clone());
        }
    }
    let merged = serde_json::from_value(Value::Object(merged))
        .map_err(|source| MergeError::Fields { what, source })?;
    Ok(ByField { merged, conflicts, sides: [o, t] })
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
    let details = by_field([&base.meta, &ours.meta, &theirs.meta], "details")?;
    let mut meta = details.merged;
    meta.units = units;
    for (field, mine, yours) in details.conflicts {
        conflicts.push(Conflict {
            what: t!("merge-plan-field", field = field.as_str()),
            units,
            ours: Side { words: mine, version: Version::Details(ours.meta.clone()) },
            theirs: Side { words: yours, version: Version::Details(theirs.meta.clone()) },
            about: Conflicted::Detail(field),
        });
    }

    let settings = by_field([&b.rules, &o.rules, &t.rules], "rules")?;
    let (rules, fields) = if settings.merged.problem().is_none() {
        (settings.merged, settings.conflicts)
    } else {
        // Each side's change was usable alone but not together (a cap under the start):
        // every setting the sides disagree on becomes a question.
        let [mine, yours] = &settings.sides;
        let differ = mine.keys().filter(|k| mine.get(*k) != yours.get(*k));
        let fields = differ.map(|k| (k.clone(), value_text(mine.get(k)), value_text(yours.get(k)))).collect();
        (b.rules.clone(), fields)
    };
    for (field, mine, yours) in fields {
        conflicts.push(Conflict {
            what: t!("merge-rule-field", field = field.as_str()),
            units,
            ours: Side { words: mine, version: Version::Rules(o.rules.clone()) },
            theirs: Side { words: yours, version: Version::Rules(t.rules.clone()) },
            about: Conflicted::Rule(field),
        });
    }

    let ids: BTreeSet<SessionId> =
        [&b, &o, &t].iter().flat_map(|p| p.sessions().iter().map(|s| s.id)).collect();
    let mut sessions = Vec::new();
    for id in ids {
        match (b.session(id), o.session(id), t.session(id)) {
            (Some(sb), Some(so), Some(st)) => sessions.push(fields_of(sb, so, st, units, &mut conflicts)),
            (Some(sb), so, st) => {
                // Deleted on at least one side: gone unless the other side changed it.
                if so.or(st).is_some_and(|kept| kept != sb) {
                    conflicts.push(Conflict {
                        about: Conflicted::Session { id, field: SessionField::Whole },
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
            }
            (None, Some(so), Some(st)) => {
                let mut merged = first_in_file(so, st)?.clone();
                for field in SessionField::FIELDS.into_iter().filter(|f| !f.same(so, st)) {
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
fn first_in_file<'a>(a: &'a Session, b: &'a Session) -> Result<&'a Session, MergeError> {
    let text = |s: &Session| {
        serde_json::to_string(s).map_err(|source| MergeError::Fields { what: "sessions", source })
    };
    Ok(if text(a)? <= text(b)? { a } else { b })
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
    for field in SessionField::FIELDS {
        if field.same(ours, theirs) || field.same(theirs, base) {
            field.set(&mut merged, ours);
        } else if field.same(ours, base) {
            field.set(&mut merged, theirs);
        } else {
            out.push(field_conflict(base, ours, theirs, field, units));
        }
    }
    merged.notes = thread(&base.notes, &ours.notes, &theirs.notes);
    merged
}

/// Both sides changed `field` of a session (shown as it is in `at`) differently.
fn field_conflict(
    at: &Session,
    ours: &Session,
    theirs: &Session,
    field: SessionField,
    units: Units,
) -> Conflict {
    Conflict {
        about: Conflicted::Session { id: at.id, field },
        what: format!("{}, {}: {field}", day(at.date), at.kind.describe(units)),
        units,
        ours: Side { words: field_words(ours, field, units), version: Version::Session(Some(ours.clone())) },
        theirs: Side {
            words: field_words(theirs, field, units),
            version: Version::Session(Some(theirs.clone())),
        },
    }
}
