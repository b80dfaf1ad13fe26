//! A conflict left by a three-way merge: both sides changed one thing differently.
//!
//! It lives in the model because a merged plan file records its conflicts, so a merge done by
//! the command line or by git can be finished in the app; `merge` makes and resolves them.

use serde::{Deserialize, Serialize};

use super::{PlanMeta, RuleSettings, Session, SessionId, Units};

/// What a conflict is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflicted {
    /// One field of a session (`date`, `kind`, `status`, `pain`, `actual`, `recorded`, `note`),
    /// or the whole session (`field: "session"`) when one side deleted it and the other changed
    /// it.
    Session {
        /// The session.
        id: SessionId,
        /// The field, by its name in the file, or "session".
        field: String,
    },
    /// A plan detail, by its name in the file (`title`, `coach`, `units`, …).
    Detail(String),
    /// A rule setting, by its name in the file.
    Rule(String),
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
        format!("{}: mine {}, theirs {}", self.what, quoted(&self.ours.words), quoted(&self.theirs.words))
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
