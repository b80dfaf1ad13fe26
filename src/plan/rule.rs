//! The names of the rules and how much a finding matters: the words a plan's rule settings
//! refer to. They live with the model, below the validator, because a plan stores them
//! (`overrides`) and the model must not import the rules that read it.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Units;

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

    /// The word shown to people.
    pub fn word(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Advice => "advice",
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

    /// Short title for lists and settings.
    pub fn title(self) -> &'static str {
        match self {
            Self::ConsecutiveRunDays => "Alternate run days",
            Self::WeeklyCap => "Weekly cap",
            Self::RunCap => "Single-run cap",
            Self::Ramp => "Weekly ramp",
            Self::DownWeek => "Down week",
            Self::SessionSpike => "Single-run spike",
            Self::OneVariable => "One variable at a time",
            Self::Mastery => "Mastery before progress",
            Self::StagedStart => "Staged walk/run start",
            Self::PainProgression => "Pain and soreness",
            Self::WalkBreaks => "Walk breaks early",
            Self::RestDays => "Rest days",
            Self::TenPercent => "10 % rule",
            Self::AcuteChronic => "Acute:chronic ratio",
            Self::ReadinessChecks => "Checks before the first run",
            Self::AfterBirth => "12 weeks after a birth",
            Self::MergeConflict => "Merge conflict",
        }
    }

    /// Where the rule comes from, in one sentence, with distances in `units`.
    pub fn why(self, units: Units) -> &'static str {
        match self {
            Self::ConsecutiveRunDays => {
                "The method: no runs on consecutive days for the first weeks; walk between them."
            }
            Self::WeeklyCap | Self::RunCap => "The runner's own limit, set in the plan.",
            Self::Ramp => "The method: raise weekly distance at most 30 % per 3–4 weeks: raise, hold, raise.",
            Self::DownWeek => "The method: about every 4th week, cut distance to roughly half.",
            Self::SessionSpike => {
                "Frandsen et al. 2025 (5,205 runners): runs over 10 % longer than the longest of the past 30 days raised injury risk."
            }
            Self::OneVariable => "The method: change one of distance, effort and terrain at a time.",
            Self::Mastery => "The method: hold a level for 2–4 pain-free runs before raising it.",
            Self::StagedStart => {
                "Walk/run programmes (Trials 2023 return-to-run table): raise the run:walk split one stage at a time, at the same session time, each stage twice or more without pain."
            }
            Self::PainProgression => {
                "Soreness rules (Fees et al. 1998): after pain, rest and do not advance; after sharp or lasting pain, step back."
            }
            Self::WalkBreaks => match units {
                Units::Miles => {
                    "The method: in the first months walk every quarter mile, and walk the hills."
                }
                Units::Km => "The method: in the first months walk every 400 m, and walk the hills.",
            },
            Self::RestDays => {
                "The method: leave room for rest, and an extra rest day whenever the body asks."
            }
            Self::TenPercent => {
                "The 10 % rule is common, but a trial (Buist et al. 2008) found it did not lower injuries: advice only."
            }
            Self::AcuteChronic => {
                "Gabbett 2016 links a ratio of 1.5 or more to injury; the measure is contested, so advice only."
            }
            Self::ReadinessChecks => {
                "Clinics gate the first run on simple tests done without pain, limp or symptoms (clinical convention; after a birth, Goom et al. 2019)."
            }
            Self::AfterBirth => {
                "Goom, Donnelly & Brockwell 2019 (ACPSEM; Christopher et al. 2023): no running before 12 weeks after a birth, whatever the kind."
            }
            Self::MergeConflict => {
                "Both copies changed one thing differently; the plan keeps the common version until someone chooses."
            }
        }
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}
