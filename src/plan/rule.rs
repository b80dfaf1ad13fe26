//! The names of the rules and how much a finding matters: the words a plan's rule settings
//! refer to. They live with the model, below the validator, because a plan stores them
//! (`overrides`) and the model must not import the rules that read it.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Units;
use crate::t;

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the evidence is weak or the choice is the runner's.
    Advice,
    /// Likely to cause trouble; change it unless there is a reason.
    Warning,
    /// Breaks the method or the runner's own limits.
    Error,
}

impl Severity {
    /// Every severity, most serious first.
    pub const ALL: [Self; 3] = [Self::Error, Self::Warning, Self::Advice];

    /// The word shown to people, in the reader's language.
    pub fn word(self) -> String {
        match self {
            Self::Error => t!("severity-error"),
            Self::Warning => t!("severity-warning"),
            Self::Advice => t!("severity-advice"),
        }
    }

    /// The icon shown beside the colour, so severity never relies on colour alone.
    pub fn icon(self) -> &'static str {
        match self {
            Self::Error => "⛔",
            Self::Warning => "⚠",
            Self::Advice => "ℹ",
        }
    }
}

/// Identifies a rule in settings, findings and JSON output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    /// Two run days in a row during the alternate-days period.
    ConsecutiveRunDays,
    /// A week's running above the weekly cap.
    WeeklyCap,
    /// One run above the single-run cap.
    RunCap,
    /// Weekly running rising faster than 30 % per 3–4 weeks.
    Ramp,
    /// Too many build weeks without a down week.
    DownWeek,
    /// A run much longer than any in the last 30 days.
    SessionSpike,
    /// A run raising more than one of distance, effort, terrain.
    OneVariable,
    /// Raising a level before holding the current one for enough runs.
    Mastery,
    /// In a staged walk/run start: skipping a stage, raising split and time together, or
    /// moving on after pain.
    StagedStart,
    /// Progressing, or not resting, after a painful run.
    PainProgression,
    /// Early runs without walk breaks, or on hills.
    WalkBreaks,
    /// Too few full rest days in a week.
    RestDays,
    /// Week-on-week rise above 10 % (advice).
    TenPercent,
    /// Acute:chronic load ratio at or above 1.5 (advice).
    AcuteChronic,
    /// A run before the checks before the first run are passed.
    ReadinessChecks,
    /// A run within 12 weeks after a birth.
    AfterBirth,
    /// A question a merge left unsettled (always an error; not a coaching rule, so not in
    /// [`RuleId::ALL`] and not in the plan's settings).
    MergeConflict,
}

impl RuleId {
    /// Every rule.
    pub const ALL: [Self; 14] = [
        Self::ConsecutiveRunDays,
        Self::WeeklyCap,
        Self::RunCap,
        Self::Ramp,
        Self::DownWeek,
        Self::SessionSpike,
        Self::OneVariable,
        Self::Mastery,
        Self::StagedStart,
        Self::PainProgression,
        Self::WalkBreaks,
        Self::RestDays,
        Self::TenPercent,
        Self::AcuteChronic,
    ];

    /// The rules of the readiness to run, which speak only when the plan lists checks before
    /// the first run or is a comeback after a birth. A plan's `overrides` may turn them off
    /// (the Rules tab lists them after the others), but they are not in [`RuleId::ALL`], the
    /// coaching rules that `saves/broken.ron` breaks each of: a plan without a kind of
    /// comeback or checks validates as it did before they came.
    pub const READINESS: [Self; 2] = [Self::ReadinessChecks, Self::AfterBirth];

    /// Stable id used in JSON and docs.
    pub fn id(self) -> &'static str {
        match self {
            Self::ConsecutiveRunDays => "consecutive-run-days",
            Self::WeeklyCap => "weekly-cap",
            Self::RunCap => "run-cap",
            Self::Ramp => "ramp",
            Self::DownWeek => "down-week",
            Self::SessionSpike => "session-spike",
            Self::OneVariable => "one-variable",
            Self::Mastery => "mastery",
            Self::StagedStart => "staged-start",
            Self::PainProgression => "pain-progression",
            Self::WalkBreaks => "walk-breaks",
            Self::RestDays => "rest-days",
            Self::TenPercent => "ten-percent",
            Self::AcuteChronic => "acute-chronic",
            Self::ReadinessChecks => "readiness-checks",
            Self::AfterBirth => "after-birth",
            Self::MergeConflict => "merge-conflict",
        }
    }

    /// Short title for lists and settings, in the reader's language.
    pub fn title(self) -> String {
        // The catalogue names each rule by its id: `rule-weekly-cap`.
        crate::i18n::message(&format!("rule-{}", self.id()), None)
    }

    /// Where the rule comes from, in one sentence, with distances in `units`.
    pub fn why(self, units: Units) -> String {
        t!(&format!("rule-{}.why", self.id()), units = units.abbrev())
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::{RuleId, Severity, Units};
    use crate::i18n::{self, Lang};

    /// Every rule has its title and its reason in each language, the coaching rules, the
    /// readiness rules and the merge's alike (the catalogue is looked up by the rule's id).
    #[test]
    fn every_rule_has_a_title_and_a_reason_in_every_language() {
        let rules = RuleId::ALL.into_iter().chain(RuleId::READINESS).chain([RuleId::MergeConflict]);
        for rule in rules {
            for lang in [Lang::En, Lang::De, Lang::Es] {
                let key = format!("rule-{}", rule.id());
                assert!(i18n::format(lang, &key, None).is_some(), "{key} in {lang:?}");
                assert!(i18n::format(lang, &format!("{key}.why"), None).is_some(), "{key}.why in {lang:?}");
            }
        }
        assert_eq!(i18n::in_lang(Lang::De, || RuleId::WeeklyCap.title()), "Wochenobergrenze");
        assert_eq!(i18n::in_lang(Lang::Es, || Severity::Warning.word()), "aviso");
        assert!(i18n::in_lang(Lang::De, || RuleId::WalkBreaks.why(Units::Miles)).contains("Viertelmeile"));
    }
}
