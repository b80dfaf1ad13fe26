//! Settling a conflict for one side, and bringing a plan to the merged one, as commands.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::MergeError;
use super::three_way::object;
use crate::diff::in_units;
use crate::plan::{Command, Conflict, Conflicted, NoteOn, Plan, SessionField, Units, Version};

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
pub fn resolve(plan: &Plan, conflict: &Conflict, theirs: bool) -> Result<Vec<Command>, MergeError> {
    let side = if theirs { &conflict.theirs } else { &conflict.ours };
    let factor = conflict.units.factor_to(plan.meta.units);
    Ok(match (&conflict.about, &side.version) {
        (Conflicted::Session { id, field }, Version::Session(version)) => {
            let version = version.clone().map(|mut s| {
                s.convert_distances(|d| d.times(factor));
                s
            });
            match (field, version, plan.session(*id)) {
                (SessionField::Whole, None, Some(_)) => vec![Command::DeleteSession(*id)],
                (SessionField::Whole, Some(s), None) => vec![Command::AddSession(s)],
                (field, Some(s), Some(current)) => {
                    let mut edited = current.clone();
                    field.set(&mut edited, &s);
                    vec![Command::EditSession(edited)]
                }
                // Already as that side has it: deleted, or a field of a session now gone.
                _ => Vec::new(),
            }
        }
        (Conflicted::Detail(field), Version::Details(meta)) => {
            vec![Command::SetMeta(with_field(&plan.meta, meta, field, "details")?)]
        }
        (Conflicted::Rule(field), Version::Rules(rules)) => {
            let mut rules = rules.clone();
            rules.convert_distances(factor, |d| d.times(factor));
            vec![Command::SetRules(with_field(&plan.rules, &rules, field, "rules")?)]
        }
        // A conflict whose sides hold another kind of value than it is about (a hand-edited
        // file): neither side can be taken, so settling it changes nothing else.
        _ => Vec::new(),
    })
}

/// `mine` with the top-level field `field` copied from `theirs` (removed where theirs has none).
fn with_field<T: Serialize + DeserializeOwned>(
    mine: &T,
    theirs: &T,
    field: &str,
    what: &'static str,
) -> Result<T, MergeError> {
    let mut fields = object(mine, what)?;
    match object(theirs, what)?.remove(field) {
        Some(value) => fields.insert(field.to_owned(), value),
        None => fields.remove(field),
    };
    serde_json::from_value(serde_json::Value::Object(fields))
        .map_err(|source| MergeError::Fields { what, source })
}

/// A plan as mine in units `units`, for callers comparing in one unit.
pub fn converted(plan: &Plan, units: Units) -> Plan {
    in_units(plan, units)
}
