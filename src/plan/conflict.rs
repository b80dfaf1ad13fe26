//! A conflict left by a three-way merge: both sides changed one thing differently.
//!
//! It lives in the model because a merged plan file records its conflicts, so a merge done by
//! the command line or by git can be finished in the app; `merge` makes and resolves them.

use serde::{Deserialize, Serialize};

use super::{PlanMeta, RuleSettings, Session, SessionId, Units};

/// What a conflict is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflicted {
    /// One field of a session, or the whole session when one side deleted it and the other
    /// changed it.
    Session {
        /// The session.
        id: SessionId,
        /// Which of its fields, or [`SessionField::Whole`].
        field: SessionField,
    },
    /// A plan detail, by its name in the file (`title`, `coach`, `units`, …).
    Detail(String),
    /// A rule setting, by its name in the file.
    Rule(String),
}

/// What of a session a conflict is about: one of the fields a merge takes one by one (its
/// notes are merged as a thread and never conflict), or the whole session.
///
/// A file names it as text, as files did when it was a string: the field's name in the file, or
/// `"session"` for the whole session. Any other name is an error where the file is read, rather
/// than a conflict about some field it was not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum SessionField {
    /// The day it is on.
    Date,
    /// What it is (run, walk, strength…) and how much.
    Kind,
    /// Planned, done or skipped.
    Status,
    /// The pain logged.
    Pain,
    /// What was done.
    Actual,
    /// The recorded activity it was logged from.
    Recorded,
    /// Its description.
    Note,
    /// The whole session: one side deleted it, the other changed it.
    Whole,
}

impl SessionField {
    /// The fields a merge compares one by one, in the order its conflicts list them.
    pub const FIELDS: [Self; 7] =
        [Self::Date, Self::Kind, Self::Status, Self::Pain, Self::Actual, Self::Recorded, Self::Note];

    /// Its name in the file: `date`, …, `note`, and `session` for the whole session.
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Kind => "kind",
            Self::Status => "status",
            Self::Pain => "pain",
            Self::Actual => "actual",
            Self::Recorded => "recorded",
            Self::Note => "note",
            Self::Whole => "session",
        }
    }

    /// Whether `a` and `b` agree on it.
    pub fn same(self, a: &Session, b: &Session) -> bool {
        match self {
            Self::Date => a.date == b.date,
            Self::Kind => a.kind == b.kind,
            Self::Status => a.status == b.status,
            Self::Pain => a.pain == b.pain,
            Self::Actual => a.actual == b.actual,
            Self::Recorded => a.recorded == b.recorded,
            Self::Note => a.note == b.note,
            Self::Whole => a == b,
        }
    }

    /// Sets it in `s` to its value in `from`.
    pub fn set(self, s: &mut Session, from: &Session) {
        match self {
            Self::Date => s.date = from.date,
            Self::Kind => s.kind = from.kind,
            Self::Status => s.status = from.status,
            Self::Pain => s.pain = from.pain,
            Self::Actual => s.actual = from.actual,
            Self::Recorded => s.recorded.clone_from(&from.recorded),
            Self::Note => s.note.clone_from(&from.note),
            Self::Whole => s.clone_from(from),
        }
    }
}

impl From<SessionField> for &'static str {
    fn from(field: SessionField) -> Self {
        field.name()
    }
}

impl std::fmt::Display for SessionField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is no field of a session a conflict can be about.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("plan-error-unknown-field", field = .0.as_str()))]
pub struct UnknownField(pub String);

impl TryFrom<String> for SessionField {
    type Error = UnknownField;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        Self::FIELDS
            .into_iter()
            .chain([Self::Whole])
            .find(|field| field.name() == name)
            .ok_or(UnknownField(name))
    }
}

/// One side's version of what a conflict is about, enough to take that side later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Version {
    /// The session as that side has it; `None` when that side deleted it.
    Session(Option<Session>),
    /// That side's plan details.
    Details(PlanMeta),
    /// That side's rule settings.
    Rules(RuleSettings),
}

/// One side of a conflict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// The value in words, as people read it: "Run 3 mi, easy, flat road", "deleted".
    pub words: String,
    /// The value itself.
    pub version: Version,
}

/// Two different changes to one thing; the plan keeps the common base's value (or, for a
/// session both sides added under one id, the first of the two in file order) until it is
/// resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// What it is about.
    pub about: Conflicted,
    /// Where, in words: "Wed 2 Dec 2026, Run 3 mi: kind", "plan coach", "rule weekly_cap".
    pub what: String,
    /// The units distances in `ours` and `theirs` are in.
    pub units: Units,
    /// The version being merged into (mine).
    pub ours: Side,
    /// The version merged in (theirs).
    pub theirs: Side,
}

impl Conflict {
    /// One line for people: `Wed 2 Dec 2026, Run 3 mi: kind: mine "Run 3 mi", theirs "Walk 2 mi"`.
    pub fn describe(&self) -> String {
        crate::t!(
            "plan-conflict",
            what = &self.what,
            ours = quoted(&self.ours.words),
            theirs = quoted(&self.theirs.words)
        )
    }

    /// The same conflict seen from the other side: ours and theirs swapped.
    #[must_use]
    pub fn swapped(&self) -> Self {
        Self { ours: self.theirs.clone(), theirs: self.ours.clone(), ..self.clone() }
    }
}

fn quoted(words: &str) -> String {
    if words.is_empty() { "(empty)".to_owned() } else { format!("\"{words}\"") }
}
