//! What the validator reports, and the one helper its messages and every other count in the
//! app share for plurals (re-exported as `text::counted`; the rules sit below `text`).

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

/// A count and its noun, plural unless the count is one: "1 week", "3 weeks", "0 errors",
/// "2 activities". Every count people read goes through here, so none says "1 days".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    // "activity" → "activities", but "day" → "days".
    match noun.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::counted;

    /// "1 errors", "1 days" and "in the first 1 weeks" were printed before the counts shared
    /// one helper.
    #[test]
    fn a_count_of_one_takes_the_singular_and_every_other_count_the_plural() {
        let rows = [
            (0, "error", "0 errors"),
            (1, "error", "1 error"),
            (2, "error", "2 errors"),
            (1, "week", "1 week"),
            (1, "day", "1 day"),
            (3, "day", "3 days"),
            (1, "activity", "1 activity"),
            (2, "activity", "2 activities"),
        ];
        for (n, noun, expected) in rows {
            assert_eq!(counted(n, noun), expected);
        }
    }
}
