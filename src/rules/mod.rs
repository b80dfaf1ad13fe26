//! The validator: `validate(&Plan) -> Vec<Finding>`, one file per rule.
//!
//! Every rule is a pure function of the plan, reads its thresholds from
//! [`RuleSettings`](crate::plan::RuleSettings) and appends [`Finding`]s. Shared work (weekly
//! totals, down weeks, the list of runs) is computed once in [`Context`].
//!
//! Where rules meet:
//! - A run flagged by the pain rule is not also flagged by the mastery or stage rule: the pain
//!   error already says "do not progress", and says why; a run flagged by the stage rule is not
//!   also flagged by the mastery rule.
//! - The weeks of a staged walk/run start are judged by stage, not by the ramp or the 10 %
//!   rule, and its stage steps are not spikes; the ramp takes over after its last run/walk.
//! - A week returning to its level after a down week is not a ramp (the down week is skipped
//!   when finding the established level) and gets no 10 % advice; nor is a week returning to
//!   the level held before a few days off.
//! - A done session is judged by what was done (see `Session::run_distance` and
//!   `Context::level`); its findings say what happened and suggest for the next run.
//! - Caps, ramps and spikes are independent: one long run can break the run cap and be a spike.
//! - A stop sign logged after a birth counts as pain above the threshold for every rule that
//!   reads pain ([`PainLog::counts_as_pain`](crate::plan::PainLog::counts_as_pain)).
//! - The readiness rules (checks before the first run, 12 weeks after a birth) are independent
//!   of the rest and of each other: a run three weeks after a birth with checks open has both.

mod acute_chronic;
mod after_birth;
mod basis;
mod common;
mod conflicts;
mod consecutive;
mod context;
mod down_week;
mod established;
mod finding;
mod intro;
mod mastery;
mod one_variable;
pub mod pain;
mod ramp;
mod readiness;
mod rest_days;
mod run_cap;
mod spike;
mod stages;
mod ten_pct;
#[cfg(test)]
mod testkit;
mod walk_breaks;
mod weekly_cap;

pub use crate::i18n::{capitalised, counted};
pub use context::{Context, TOLERANCE, WeekTotals, week_totals};
pub use finding::Finding;
// The rules' names and severities belong to the model, which stores them in its settings.
pub use crate::plan::{RuleId, Severity};

use crate::plan::Plan;

type Check = fn(&Context<'_>, &mut Vec<Finding>);

/// Every rule, in the order they are documented.
const RULES: [(RuleId, Check); 16] = [
    (RuleId::ConsecutiveRunDays, consecutive::check),
    (RuleId::WeeklyCap, weekly_cap::check),
    (RuleId::RunCap, run_cap::check),
    (RuleId::Ramp, ramp::check),
    (RuleId::DownWeek, down_week::check),
    (RuleId::SessionSpike, spike::check),
    (RuleId::OneVariable, one_variable::check),
    (RuleId::Mastery, mastery::check),
    (RuleId::StagedStart, stages::check),
    (RuleId::PainProgression, pain::check),
    (RuleId::WalkBreaks, walk_breaks::check),
    (RuleId::RestDays, rest_days::check),
    (RuleId::TenPercent, ten_pct::check),
    (RuleId::AcuteChronic, acute_chronic::check),
    (RuleId::ReadinessChecks, readiness::check),
    (RuleId::AfterBirth, after_birth::check),
];

/// Checks the whole plan against every enabled rule.
///
/// Findings come sorted by day, then severity (errors first), then rule and sessions.
pub fn validate(plan: &Plan) -> Vec<Finding> {
    let cx = Context::new(plan);
    let mut findings = Vec::new();
    for (rule, check) in RULES {
        if plan.rules.enabled(rule) {
            check(&cx, &mut findings);
        }
    }
    drop_where_flagged(&mut findings, RuleId::PainProgression, RuleId::StagedStart);
    drop_where_flagged(&mut findings, RuleId::PainProgression, RuleId::Mastery);
    drop_where_flagged(&mut findings, RuleId::StagedStart, RuleId::Mastery);
    for f in &mut findings {
        f.severity = plan.rules.severity(f.rule, f.severity);
    }
    conflicts::check(plan, &mut findings);
    findings.sort_by(|a, b| {
        (a.date, std::cmp::Reverse(a.severity), a.rule, &a.sessions).cmp(&(
            b.date,
            std::cmp::Reverse(b.severity),
            b.rule,
            &b.sessions,
        ))
    });
    findings
}

/// Drops the findings of `lesser` about a run that `greater` already flags: the more
/// specific finding says what to do, and why.
fn drop_where_flagged(findings: &mut Vec<Finding>, greater: RuleId, lesser: RuleId) {
    let flagged: Vec<_> =
        findings.iter().filter(|f| f.rule == greater).filter_map(|f| f.sessions.first().copied()).collect();
    if flagged.is_empty() {
        return;
    }
    findings.retain(|f| f.rule != lesser || f.sessions.first().is_none_or(|s| !flagged.contains(s)));
}

/// What the calendar's week column shows about one week.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekSummary {
    /// The week's totals.
    pub totals: WeekTotals,
    /// The established level the ramp rule compares this week with, if there is one.
    pub established: Option<f64>,
    /// What the week column compares the week with: the figure the rules judge it by.
    pub yardstick: Option<Yardstick>,
    /// Whether this is a down week.
    pub down: bool,
    /// The week's running over the mean of it and the three before, when there is such a mean.
    pub acute_chronic: Option<f64>,
}

/// The figure a week is judged by, as the week column names it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Yardstick {
    /// A week of the staged walk/run start, which is judged by stage, not by mileage: the
    /// highest stage its runs reach (from 1), of the stages the start goes through, the first
    /// continuous run the last of them.
    Stage {
        /// The week's stage, from 1.
        stage: usize,
        /// How many stages the start has.
        of: usize,
    },
    /// The established level the ramp raises from (see `established.rs`).
    Level(f64),
    /// The level held before days off short of a break, which the week comes back to: the
    /// ramp calls that no raise.
    Back(f64),
}

/// A [`WeekSummary`] for every week of the plan, as [`week_totals`] lists them.
pub fn week_summaries(plan: &Plan) -> Vec<WeekSummary> {
    let cx = Context::new(plan);
    let shares = stage_shares(&cx);
    cx.weeks
        .iter()
        .enumerate()
        .map(|(i, totals)| WeekSummary {
            totals: totals.clone(),
            established: cx.established(i).map(|e| e.level),
            yardstick: yardstick(&cx, &shares, i),
            down: cx.is_down(i as isize),
            acute_chronic: acute_chronic::ratio(&cx, i),
        })
        .collect()
}

/// What week `i` is judged by: its stage in the staged start, where the ramp does not judge;
/// otherwise the figure the ramp compares it with, as `ramp.rs` chooses it.
fn yardstick(cx: &Context<'_>, shares: &[f64], i: usize) -> Option<Yardstick> {
    if cx.in_intro(i as isize) {
        return stage_of_week(cx, shares, i);
    }
    let level = cx.established(i)?.level;
    let run = cx.weeks.get(i)?.run;
    let allowed = level * (1.0 + cx.settings.ramp_max_pct / 100.0);
    let look_back = i as isize - 2 * cx.settings.ramp_window_weeks.max(1) as isize;
    match cx.held_before_gap(look_back, i as isize) {
        Some(held) if run > allowed + context::TOLERANCE && run <= held + context::TOLERANCE => {
            Some(Yardstick::Back(held))
        }
        _ => Some(Yardstick::Level(level)),
    }
}

/// The staged start's stages: the distinct running shares of the runs it judges, lowest first.
/// Found once for all the weeks.
fn stage_shares(cx: &Context<'_>) -> Vec<f64> {
    let Some(intro) = cx.intro.as_ref() else { return Vec::new() };
    let pace = cx.settings.easy_pace_min_per_unit;
    let judged = cx.runs.get(..intro.judged).unwrap_or_default();
    let mut shares: Vec<f64> =
        judged.iter().filter_map(|s| intro::Stage::of(s, pace)).map(|stage| stage.share).collect();
    shares.sort_by(f64::total_cmp);
    shares.dedup_by(|a, b| (*a - *b).abs() <= context::TOLERANCE);
    shares
}

/// The highest stage of `shares` the runs of week `i` reach in the staged start.
fn stage_of_week(cx: &Context<'_>, shares: &[f64], i: usize) -> Option<Yardstick> {
    let intro = cx.intro.as_ref()?;
    let pace = cx.settings.easy_pace_min_per_unit;
    let judged = cx.runs.get(..intro.judged)?;
    let share = |s: &&crate::plan::Session| intro::Stage::of(s, pace).map(|stage| stage.share);
    let start = cx.weeks.get(i)?.start;
    let end = context::add_days(start, 7);
    let here =
        judged.iter().filter(|s| s.date >= start && s.date < end).filter_map(share).reduce(f64::max)?;
    let stage = shares.iter().position(|s| (s - here).abs() <= context::TOLERANCE)? + 1;
    Some(Yardstick::Stage { stage, of: shares.len() })
}

/// Counts of findings by severity: (errors, warnings, advice).
pub fn counts<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> (usize, usize, usize) {
    findings.into_iter().fold((0, 0, 0), |(e, w, a), f| match f.severity {
        Severity::Error => (e + 1, w, a),
        Severity::Warning => (e, w + 1, a),
        Severity::Advice => (e, w, a + 1),
    })
}
