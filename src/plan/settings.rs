//! The thresholds the validator uses, stored in the plan so a coach can tune them.
//!
//! Defaults come from the method (`domain.md`) and the evidence table (`evidence.md`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::rule::{RuleId, Severity};
use super::units::Distance;

/// Every threshold the rules use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSettings {
    /// Weekly running distance the runner was comfortable with before the plan;
    /// the ramp rule's base for the first weeks.
    pub starting_weekly_distance: Distance,
    /// Weekly running distance not to exceed; `None` for no cap.
    pub weekly_cap: Option<Distance>,
    /// Longest single run allowed; `None` for no cap.
    pub run_cap: Option<Distance>,
    /// Weeks from the plan start in which runs must not fall on consecutive days.
    pub alternate_days_weeks: u32,
    /// Largest rise of weekly running distance over the established level, in percent.
    pub ramp_max_pct: f64,
    /// Weeks a level must be held before the next rise (the method's "3–4 weeks").
    pub ramp_window_weeks: u32,
    /// Build weeks allowed in a row before a down week is due.
    pub down_week_every: u32,
    /// A week at or below this share of the preceding peak, in percent, is a down week.
    pub down_week_max_pct: f64,
    /// A run this much longer than the longest run of the past 30 days, in percent, is a spike.
    pub spike_warning_pct: f64,
    /// A spike this large, in percent, is an error.
    pub spike_error_pct: f64,
    /// Pain-free runs at a level before the level may be raised (the method says 2–4).
    pub mastery_runs: u32,
    /// Pain above this score (0–10) during or the day after a run means: do not progress.
    pub pain_threshold: u8,
    /// Weeks from the plan start in which runs should have walk breaks and avoid hills.
    pub walk_breaks_weeks: u32,
    /// Full rest days wanted in every week.
    pub rest_days_per_week: u32,
    /// Weekly rise over the previous week, in percent, above which the 10 % rule gives advice.
    pub ten_pct_rule_pct: f64,
    /// Acute:chronic ratio at or above which advice is given.
    pub acute_chronic_max: f64,
    /// Easy pace in minutes per plan unit, to estimate distance of runs planned by time.
    pub easy_pace_min_per_unit: f64,
    /// Per-rule switches and severity changes; rules not listed use their defaults.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<RuleId, RuleOverride>,
}

/// A coach's change to one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleOverride {
    /// Whether the rule runs at all.
    pub enabled: bool,
    /// Severity to report instead of the rule's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
}

impl Default for RuleOverride {
    fn default() -> Self {
        Self { enabled: true, severity: None }
    }
}

impl Default for RuleSettings {
    fn default() -> Self {
        Self {
            starting_weekly_distance: Distance::ZERO,
            weekly_cap: None,
            run_cap: None,
            alternate_days_weeks: 8,
            ramp_max_pct: 30.0,
            ramp_window_weeks: 3,
            down_week_every: 4,
            down_week_max_pct: 60.0,
            spike_warning_pct: 10.0,
            spike_error_pct: 100.0,
            mastery_runs: 3,
            pain_threshold: 3,
            walk_breaks_weeks: 8,
            rest_days_per_week: 1,
            ten_pct_rule_pct: 10.0,
            acute_chronic_max: 1.5,
            easy_pace_min_per_unit: 12.0,
            overrides: BTreeMap::new(),
        }
    }
}

impl RuleSettings {
    /// The first setting outside what the rules can work with, as (field, what is wrong).
    ///
    /// The limits are far beyond any real plan; they keep a broken or hostile file from making
    /// the rules loop for hours (a ramp window of four billion weeks) or divide by zero.
    pub fn problem(&self) -> Option<(&'static str, String)> {
        let whole: [(&str, u32, u32); 6] = [
            ("alternate_days_weeks", self.alternate_days_weeks, 104),
            ("ramp_window_weeks", self.ramp_window_weeks, 52),
            ("down_week_every", self.down_week_every, 52),
            ("mastery_runs", self.mastery_runs, 50),
            ("walk_breaks_weeks", self.walk_breaks_weeks, 104),
            ("rest_days_per_week", self.rest_days_per_week, 7),
        ];
        let needs_one = ["ramp_window_weeks", "down_week_every"];
        for (field, value, most) in whole {
            let least = u32::from(needs_one.contains(&field));
            if !(least..=most).contains(&value) {
                let problem = crate::t!(
                    "plan-error-setting-range",
                    field = field,
                    value = value.to_string(),
                    least = least.to_string(),
                    most = most.to_string()
                );
                return Some((field, problem));
            }
        }
        if self.pain_threshold > 10 {
            return Some((
                "pain_threshold",
                crate::t!(
                    "plan-error-setting-range",
                    field = "pain_threshold",
                    value = self.pain_threshold.to_string(),
                    least = "0",
                    most = "10"
                ),
            ));
        }
        let numbers: [(&str, f64, f64, f64); 7] = [
            ("ramp_max_pct", self.ramp_max_pct, 0.0, 1000.0),
            ("down_week_max_pct", self.down_week_max_pct, 0.0, 100.0),
            ("spike_warning_pct", self.spike_warning_pct, 0.0, 10_000.0),
            ("spike_error_pct", self.spike_error_pct, 0.0, 10_000.0),
            ("ten_pct_rule_pct", self.ten_pct_rule_pct, 0.0, 1000.0),
            ("acute_chronic_max", self.acute_chronic_max, 0.0, 10.0),
            ("easy_pace_min_per_unit", self.easy_pace_min_per_unit, 0.5, 60.0),
        ];
        numbers.into_iter().find(|(_, v, lo, hi)| !(v.is_finite() && (*lo..=*hi).contains(v))).map(
            |(field, v, lo, hi)| {
                (
                    field,
                    crate::t!(
                        "plan-error-setting-number",
                        field = field,
                        value = v.to_string(),
                        least = super::fmt_num(lo),
                        most = super::fmt_num(hi)
                    ),
                )
            },
        )
    }

    /// Whether `rule` runs.
    pub fn enabled(&self, rule: RuleId) -> bool {
        self.overrides.get(&rule).is_none_or(|o| o.enabled)
    }

    /// The severity `rule` reports at when it would report `default`.
    pub fn severity(&self, rule: RuleId, default: Severity) -> Severity {
        self.overrides.get(&rule).and_then(|o| o.severity).unwrap_or(default)
    }

    /// Converts every distance-valued setting with `convert`, whose units are `factor` times
    /// the old ones (the pace, in minutes per unit, divides by it).
    pub fn convert_distances(&mut self, factor: f64, convert: impl Fn(Distance) -> Distance) {
        self.starting_weekly_distance = convert(self.starting_weekly_distance);
        self.weekly_cap = self.weekly_cap.map(&convert);
        self.run_cap = self.run_cap.map(&convert);
        self.easy_pace_min_per_unit /= factor;
    }
}
