//! What a merge left to decide, as findings: an unsettled conflict is an error like any other,
//! so it counts in every total, ranks a coach's folder and reaches the JSON report with its
//! reason. Not a coaching rule: it cannot be turned off or made milder in the plan's settings.

use super::Finding;
use crate::plan::{Conflicted, Plan, RuleId, Severity};

/// One error per conflict the plan still holds, on its session's day (or the plan's start for
/// a plan detail or a rule setting).
pub fn check(plan: &Plan, findings: &mut Vec<Finding>) {
    for conflict in &plan.conflicts {
        let session = match &conflict.about {
            Conflicted::Session { id, .. } => Some(*id),
            Conflicted::Detail(_) | Conflicted::Rule(_) => None,
        };
        let date = session.and_then(|id| plan.session(id)).map(|s| s.date);
        findings.push(Finding {
            rule: RuleId::MergeConflict,
            severity: Severity::Error,
            date: date.unwrap_or(plan.meta.start),
            week: None,
            dates: date.into_iter().collect(),
            sessions: session.into_iter().collect(),
            message: crate::t!("rule-merge-conflict-open", question = conflict.describe()),
            suggestion: crate::t!("rule-merge-conflict-open-fix", what = &conflict.what),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::plan::{Conflict, Conflicted, Plan, RuleId, Severity, Side, Version};

    /// A plan left with an unresolved merge conflict listed as "0 errors" in a coach's folder;
    /// each conflict is an error on its session's day with both sides in words.
    #[test]
    fn each_conflict_is_an_error_with_both_sides_in_words() {
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap_or_default());
        let side =
            |words: &str| Side { words: words.to_owned(), version: Version::Details(plan.meta.clone()) };
        plan.conflicts.push(Conflict {
            about: Conflicted::Detail("coach".to_owned()),
            what: "plan coach".to_owned(),
            units: plan.meta.units,
            ours: side("Sam"),
            theirs: side("Kim"),
        });
        let mut findings = Vec::new();
        check(&plan, &mut findings);
        let [finding] = findings.as_slice() else { panic!("one finding: {findings:?}") };
        assert_eq!((finding.rule, finding.severity), (RuleId::MergeConflict, Severity::Error));
        assert_eq!(finding.date, plan.meta.start);
        assert!(finding.message.contains("mine \"Sam\", theirs \"Kim\""), "{}", finding.message);
        assert!(
            finding.suggestion.starts_with("Settle the conflict about plan coach"),
            "{}",
            finding.suggestion
        );
    }
}
