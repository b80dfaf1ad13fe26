//! What the validator reports.

use chrono::NaiveDate;
use serde::Serialize;

use crate::plan::{RuleId, SessionId, Severity};

/// One thing the validator found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The rule that found it, as named in settings and JSON.
    pub rule: RuleId,
    /// How much it matters, after the plan's overrides.
    pub severity: Severity,
    /// The day it is shown on (the second of two consecutive run days, a spike's day, …).
    pub date: NaiveDate,
    /// The first day of the week, for findings about a whole week.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<NaiveDate>,
    /// Every day involved, `date` first.
    pub dates: Vec<NaiveDate>,
    /// Every session involved, the one it is about first.
    pub sessions: Vec<SessionId>,
    /// One sentence with the numbers that triggered it.
    pub message: String,
    /// A calm suggestion that holds or reduces load.
    pub suggestion: String,
}

impl Finding {
    /// Whether this finding involves `date`.
    pub fn touches_date(&self, date: NaiveDate) -> bool {
        self.dates.contains(&date)
    }

    /// Whether this finding involves session `id`.
    pub fn touches_session(&self, id: SessionId) -> bool {
        self.sessions.contains(&id)
    }
}
