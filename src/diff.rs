//! What differs between two versions of a plan, "mine" and "theirs" (the coach's copy, say),
//! and how to take their side of each difference.
//!
//! Sessions are matched by id, so a session the coach moved shows as moved, not as one removed
//! and one added. A changed session lists each changed field on its own, so each can be taken or
//! kept on its own. When the files use different units, theirs is converted to mine first.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::plan::{Command, CommandError, Note, NoteOn, Plan, Session, SessionField, SessionId, Units};
use crate::{t, text};

/// One difference between mine and theirs.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Difference {
    /// A session only theirs has.
    Added {
        /// The session's id.
        session: SessionId,
        /// Its day.
        date: NaiveDate,
        /// What it is.
        theirs: String,
    },
    /// A session only mine has.
    Removed {
        /// The session's id.
        session: SessionId,
        /// Its day.
        date: NaiveDate,
        /// What it is.
        mine: String,
    },
    /// A session on another day in theirs.
    Moved {
        /// The session's id.
        session: SessionId,
        /// Its day in mine.
        from: NaiveDate,
        /// Its day in theirs.
        to: NaiveDate,
        /// What it is (in mine).
        what: String,
    },
    /// One field of a session that differs.
    Edited {
        /// The session's id.
        session: SessionId,
        /// Its day in mine.
        date: NaiveDate,
        /// Which field: kind, status, pain, actual or note.
        field: SessionField,
        /// Mine, as text.
        mine: String,
        /// Theirs, as text.
        theirs: String,
    },
    /// A note only theirs has, on a day or on a session both have.
    NoteAdded {
        /// The day (mine, for a session's note).
        date: NaiveDate,
        /// The session it is about; `None` for a note about the day.
        session: Option<SessionId>,
        /// The note.
        note: Note,
    },
    /// A note only mine has.
    NoteRemoved {
        /// The day (mine, for a session's note).
        date: NaiveDate,
        /// The session it is about; `None` for a note about the day.
        session: Option<SessionId>,
        /// The note.
        note: Note,
    },
    /// A plan detail (title, athlete, coach, notes, start, units, week start) that differs.
    Meta {
        /// The field's name in the file.
        field: String,
        /// Mine, as text.
        mine: String,
        /// Theirs, as text.
        theirs: String,
    },
    /// A rule setting that differs.
    Rules {
        /// The setting's name in the file.
        field: String,
        /// Mine, as text.
        mine: String,
        /// Theirs, as text.
        theirs: String,
    },
}

impl Difference {
    /// The days the difference touches in the calendar: a moved session's both days.
    pub fn dates(&self) -> Vec<NaiveDate> {
        match self {
            Self::Moved { from, to, .. } => vec![*from, *to],
            other => other.date().into_iter().collect(),
        }
    }

    /// The day the difference is on, for sessions.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Self::Added { date, .. }
            | Self::Removed { date, .. }
            | Self::Edited { date, .. }
            | Self::NoteAdded { date, .. }
            | Self::NoteRemoved { date, .. } => Some(*date),
            Self::Moved { from, .. } => Some(*from),
            Self::Meta { .. } | Self::Rules { .. } => None,
        }
    }

    /// One line for people: "+ Wed 2 Dec 2026: Walk 2 mi (only in theirs)". Session ids are the
    /// file's bookkeeping, not words for people ("#21" in Compare read as noise), so they stay
    /// out; the day and the session's text say which one.
    pub fn describe(&self) -> String {
        let day = |d: &NaiveDate| crate::dates::day_year(*d);
        match self {
            Self::Added { date, theirs, .. } => t!("diff-added", day = day(date), what = theirs),
            Self::Removed { date, mine, .. } => t!("diff-removed", day = day(date), what = mine),
            Self::Moved { from, to, what, .. } => {
                t!("diff-moved", what = what, from = day(from), to = day(to))
            }
            Self::Edited { date, field, mine, theirs, .. } => t!(
                "diff-edited",
                day = day(date),
                field = t!("diff-field", field = field.name()),
                mine = shown(mine),
                theirs = shown(theirs)
            ),
            Self::NoteAdded { date, session, note } => t!(
                "diff-note-added",
                day = day(date),
                on = about(*session),
                author = &note.author,
                text = &note.text
            ),
            Self::NoteRemoved { date, session, note } => t!(
                "diff-note-removed",
                day = day(date),
                on = about(*session),
                author = &note.author,
                text = &note.text
            ),
            Self::Meta { field, mine, theirs } => {
                t!("diff-meta", field = field, mine = shown(mine), theirs = shown(theirs))
            }
            Self::Rules { field, mine, theirs } => {
                t!("diff-rules", field = field, mine = shown(mine), theirs = shown(theirs))
            }
        }
    }
}

/// What a note is about, as the catalogue's messages choose by it.
fn about(session: Option<SessionId>) -> &'static str {
    if session.is_some() { "session" } else { "day" }
}

fn shown(text: &str) -> String {
    if text.is_empty() { t!("diff-empty") } else { t!("diff-quoted", text = text) }
}

/// A session's fields that are listed one by one: its day shows as a move, the recorded
/// activity behind a logged run goes with what was done.
const FIELDS: [SessionField; 5] =
    [SessionField::Kind, SessionField::Status, SessionField::Pain, SessionField::Actual, SessionField::Note];

/// One of [`FIELDS`] of `s`, as text.
fn field_text(s: &Session, field: SessionField, units: Units) -> String {
    match field {
        SessionField::Kind => s.kind.describe(units),
        SessionField::Status => text::status_word(s.status),
        SessionField::Pain => s.pain.map_or_else(String::new, text::pain),
        SessionField::Actual => s.actual.map_or_else(String::new, |a| a.describe(units)),
        SessionField::Note => s.note.clone(),
        // Not listed on their own: a new day is a move, and the recording goes with `actual`.
        SessionField::Date | SessionField::Recorded | SessionField::Whole => String::new(),
    }
}

/// Theirs in my units, so distances compare.
pub(crate) fn in_units(theirs: &Plan, units: Units) -> Plan {
    let mut converted = theirs.clone();
    if converted.meta.units != units {
        let mut meta = converted.meta.clone();
        meta.units = units;
        // Converting units cannot fail: it touches no ids.
        let _ = converted.apply(Command::SetMeta(meta));
    }
    converted
}

/// Top-level fields of two serialisable values that differ, as (name, mine, theirs).
fn json_fields(mine: &impl Serialize, theirs: &impl Serialize) -> Vec<(String, String, String)> {
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) =
        (serde_json::to_value(mine), serde_json::to_value(theirs))
    else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| (k.clone(), value_text(a.get(k)), value_text(b.get(k))))
        .collect()
}

pub(crate) fn value_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        // "6", not serde_json's "6.0": the numbers people typed.
        Some(Value::Number(n)) => n.as_f64().map_or_else(|| n.to_string(), crate::plan::fmt_num),
        Some(other) => other.to_string(),
    }
}

/// Every difference between `mine` and `theirs`: plan details, rules, then sessions by day.
pub fn diff(mine: &Plan, theirs: &Plan) -> Vec<Difference> {
    let mut out: Vec<Difference> = json_fields(&mine.meta, &theirs.meta)
        .into_iter()
        .map(|(field, mine, theirs)| Difference::Meta { field, mine, theirs })
        .collect();
    let theirs = in_units(theirs, mine.meta.units);
    out.extend(
        json_fields(&mine.rules, &theirs.rules).into_iter().map(|(field, mine, theirs)| Difference::Rules {
            field,
            mine,
            theirs,
        }),
    );
    let units = mine.meta.units;
    let mut sessions = Vec::new();
    for m in mine.sessions() {
        match theirs.session(m.id) {
            None => sessions.push(Difference::Removed {
                session: m.id,
                date: m.date,
                mine: m.kind.describe(units),
            }),
            Some(t) => {
                if t.date != m.date {
                    let what = m.kind.describe(units);
                    sessions.push(Difference::Moved { session: m.id, from: m.date, to: t.date, what });
                }
                notes_between(&mut sessions, m.date, Some(m.id), &m.notes, &t.notes);
                for field in FIELDS {
                    let (a, b) = (field_text(m, field, units), field_text(t, field, units));
                    if a != b {
                        sessions.push(Difference::Edited {
                            session: m.id,
                            date: m.date,
                            field,
                            mine: a,
                            theirs: b,
                        });
                    }
                }
            }
        }
    }
    for t in theirs.sessions().iter().filter(|t| mine.session(t.id).is_none()) {
        sessions.push(Difference::Added { session: t.id, date: t.date, theirs: t.kind.describe(units) });
    }
    let days: std::collections::BTreeSet<NaiveDate> =
        mine.noted_days().chain(theirs.noted_days()).map(|(d, _)| d).collect();
    for date in days {
        notes_between(&mut sessions, date, None, mine.day_notes(date), theirs.day_notes(date));
    }
    sessions.sort_by_key(Difference::date);
    out.extend(sessions);
    out
}

/// The notes of one thread only one side has.
fn notes_between(
    out: &mut Vec<Difference>,
    date: NaiveDate,
    session: Option<SessionId>,
    mine: &[Note],
    theirs: &[Note],
) {
    for note in theirs.iter().filter(|n| !mine.contains(n)) {
        out.push(Difference::NoteAdded { date, session, note: note.clone() });
    }
    for note in mine.iter().filter(|n| !theirs.contains(n)) {
        out.push(Difference::NoteRemoved { date, session, note: note.clone() });
    }
}

fn note_on(date: NaiveDate, session: Option<SessionId>) -> NoteOn {
    session.map_or(NoteOn::Day(date), NoteOn::Session)
}

/// The commands that make `mine` take their side of `difference`.
pub fn take_theirs(mine: &Plan, theirs: &Plan, difference: &Difference) -> Vec<Command> {
    let converted = in_units(theirs, mine.meta.units);
    match difference {
        Difference::Added { session, .. } => {
            converted.session(*session).map(|s| Command::AddSession(s.clone())).into_iter().collect()
        }
        Difference::Removed { session, .. } => vec![Command::DeleteSession(*session)],
        Difference::Moved { session, to, .. } => vec![Command::MoveSession { id: *session, to: *to }],
        Difference::Edited { session, field, .. } => {
            let (Some(m), Some(t)) = (mine.session(*session), converted.session(*session)) else {
                return Vec::new();
            };
            let mut edited = m.clone();
            field.set(&mut edited, t);
            vec![Command::EditSession(edited)]
        }
        Difference::NoteAdded { date, session, note } => {
            vec![Command::AddNote { on: note_on(*date, *session), note: note.clone() }]
        }
        Difference::NoteRemoved { date, session, note } => {
            vec![Command::RemoveNote { on: note_on(*date, *session), note: note.clone() }]
        }
        // Their units as they are: taking them converts my distances.
        Difference::Meta { field, .. } => {
            with_field(&mine.meta, &theirs.meta, field).map(Command::SetMeta).into_iter().collect()
        }
        Difference::Rules { field, .. } => {
            with_field(&mine.rules, &converted.rules, field).map(Command::SetRules).into_iter().collect()
        }
    }
}

/// `mine` with the top-level field `field` copied from `theirs`.
pub(crate) fn with_field<T: Serialize + serde::de::DeserializeOwned>(
    mine: &T,
    theirs: &T,
    field: &str,
) -> Option<T> {
    let (Ok(Value::Object(mut a)), Ok(Value::Object(b))) =
        (serde_json::to_value(mine), serde_json::to_value(theirs))
    else {
        return None;
    };
    match b.get(field) {
        Some(v) => a.insert(field.to_owned(), v.clone()),
        None => a.remove(field),
    };
    serde_json::from_value(Value::Object(a)).ok()
}

/// The commands that take their side of every difference `take` says yes to (one flag per
/// difference of [`diff`], in order), to apply to `mine` in order as one step.
pub fn merge_commands(mine: &Plan, theirs: &Plan, take: &[bool]) -> Result<Vec<Command>, CommandError> {
    let mut merged = mine.clone();
    let mut commands = Vec::new();
    let differences = diff(mine, theirs);
    let mut chosen: Vec<&Difference> =
        differences.iter().zip(take).filter(|&(_, yes)| *yes).map(|(d, _)| d).collect();
    // Units first: every later command then works in the units the merged plan ends with.
    chosen.sort_by_key(|d| !matches!(d, Difference::Meta { field, .. } if field == "units"));
    // Each command is made against the plan as the ones before it left it, so that taking two
    // fields of one session keeps both.
    for difference in chosen {
        for command in take_theirs(&merged, theirs, difference) {
            merged.apply(command.clone())?;
            commands.push(command);
        }
    }
    Ok(commands)
}

/// `mine` with their side taken for every difference `take` says yes to; the rest is kept.
pub fn merge(mine: &Plan, theirs: &Plan, take: &[bool]) -> Result<Plan, CommandError> {
    let mut merged = mine.clone();
    for command in merge_commands(mine, theirs, take)? {
        merged.apply(command)?;
    }
    Ok(merged)
}
