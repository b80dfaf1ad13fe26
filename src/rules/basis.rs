//! Work shared by the rules, done once per validation, before the breaks are found.

use chrono::NaiveDate;

use super::common::{TOLERANCE, WeekTotals, add_days, as_planned, done, week_totals};
use super::intro::{self, Intro};
use super::{Finding, RuleId, Severity};
use crate::plan::{Level, Plan, RuleSettings, Session, SessionId, Units};

/// What the rules share but the breaks: the sessions they judge, the weeks and their down
/// weeks, the staged start. The established levels are built on it ([`super::established`]),
/// and the [`Context`](super::context::Context) holds both.
pub struct Basis<'a> {
    /// The plan being checked.
    pub plan: &'a Plan,
    /// Its settings.
    pub settings: &'a RuleSettings,
    /// Runs and run/walks that were not skipped, by date (and within a day, as the day lists
    /// them): the sessions the level, pain and alternate-days rules judge.
    pub runs: Vec<&'a Session>,
    /// Every session with running distance that was not skipped: the runs, and anti-gravity
    /// treadmill runs, which carry the body over the same distance and count for the run cap
    /// and spikes by it.
    pub running: Vec<&'a Session>,
    /// Weekly totals.
    pub weeks: Vec<WeekTotals>,
    /// Whether each week is a down week (≤ the down-week share of the preceding peak).
    pub down: Vec<bool>,
    /// The staged walk/run start, when the plan's first runs are run/walks.
    pub intro: Option<Intro>,
}

impl<'a> Basis<'a> {
    /// Does the shared work for `plan`.
    pub fn new(plan: &'a Plan) -> Self {
        let settings = &plan.rules;
        let runs: Vec<&Session> = plan.sessions().iter().filter(|s| s.is_active_run()).collect();
        let running = plan
            .sessions()
            .iter()
            .filter(|s| s.is_active_run() || (s.counts() && s.kind.is_anti_gravity()))
            .collect();
        let weeks = week_totals(plan);
        let intro = intro::intro(&runs, &weeks, settings.easy_pace_min_per_unit);
        let mut cx = Self { plan, settings, runs, running, weeks, down: Vec::new(), intro };
        cx.down = (0..cx.weeks.len()).map(|i| cx.is_down_week(i)).collect();
        cx
    }

    /// Whether week `i` belongs to the staged start, which the stage rule judges instead of
    /// the weekly ramp.
    pub fn in_intro(&self, i: isize) -> bool {
        self.intro.as_ref().is_some_and(|intro| usize::try_from(i).is_ok_and(|i| i <= intro.last_week))
    }

    /// Whether run `s` is a step of the staged start: judged by stage, not as a spike.
    pub fn stage_step(&self, s: &Session) -> bool {
        self.intro.as_ref().is_some_and(|intro| intro.steps.contains(&s.id))
    }

    /// Running distance of week `i`, counting weeks before the first as the starting distance.
    pub fn week_run(&self, i: isize) -> f64 {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.weeks.get(i))
            .map_or(self.settings.starting_weekly_distance.get(), |w| w.run)
    }

    /// Highest weekly running distance in the `down_week_every` weeks before week `i`.
    pub fn preceding_peak(&self, i: usize) -> f64 {
        let span = self.settings.down_week_every.max(1) as isize;
        let i = i as isize;
        ((i - span)..i).map(|j| self.week_run(j)).fold(0.0, f64::max)
    }

    fn is_down_week(&self, i: usize) -> bool {
        let peak = self.preceding_peak(i);
        peak > 0.0 && self.week_run(i as isize) <= peak * self.settings.down_week_max_pct / 100.0 + TOLERANCE
    }

    /// Whether week `i` is a down week (weeks before the plan are not).
    pub fn is_down(&self, i: isize) -> bool {
        usize::try_from(i).ok().and_then(|i| self.down.get(i)).copied().unwrap_or(false)
    }

    /// Whether `date` falls in a down week.
    pub fn in_down_week(&self, date: NaiveDate) -> bool {
        let Some(first) = self.weeks.first().map(|w| w.start) else { return false };
        let i = (date - first).num_days().div_euclid(7);
        self.is_down(isize::try_from(i).unwrap_or(-1))
    }

    /// Runs (not skipped) in week `i`, found by binary search so week findings stay linear.
    pub fn runs_in_week(&self, i: usize) -> &[&'a Session] {
        self.in_week(&self.runs, i)
    }

    /// Sessions with running (not skipped) in week `i`.
    pub fn running_in_week(&self, i: usize) -> &[&'a Session] {
        self.in_week(&self.running, i)
    }

    fn in_week<'s>(&self, sessions: &'s [&'a Session], i: usize) -> &'s [&'a Session] {
        let Some(start) = self.weeks.get(i).map(|w| w.start) else { return &[] };
        let end = add_days(start, 7);
        let from = sessions.partition_point(|s| s.date < start);
        let to = sessions.partition_point(|s| s.date < end);
        sessions.get(from..to).unwrap_or_default()
    }

    /// Running distance of a session in plan units: what was run, once it is done.
    pub fn distance(&self, s: &Session) -> f64 {
        s.run_distance(self.settings.easy_pace_min_per_unit)
    }

    /// The level of a run or run/walk: its planned effort and terrain, and the distance it was
    /// run at once done (so a 3.5 mi run where 2 were planned raised the distance), unless that
    /// is within [`DONE_AS_PLANNED`](super::common::DONE_AS_PLANNED) of the plan.
    pub fn level(&self, s: &Session) -> Option<Level> {
        let planned = s.kind.level(self.settings.easy_pace_min_per_unit)?;
        let done = self.distance(s);
        let distance = if as_planned(done, planned.distance) { planned.distance } else { done };
        Some(Level { distance, ..planned })
    }

    /// Whether every run of week `i` is done: its findings then speak of what happened, and
    /// suggest for the weeks to come.
    pub fn week_done(&self, i: usize) -> bool {
        let running = self.running_in_week(i);
        !running.is_empty() && running.iter().all(|s| done(s))
    }

    /// The plan's units.
    pub fn units(&self) -> Units {
        self.plan.meta.units
    }

    /// "3.5 mi".
    pub fn dist(&self, value: f64) -> String {
        format!("{} {}", crate::i18n::number(value), self.units().abbrev())
    }

    /// The day `weeks` weeks after the plan start: the end (exclusive) of an early period.
    pub fn period_end(&self, weeks: u32) -> NaiveDate {
        add_days(self.plan.meta.start, 7 * weeks as usize)
    }

    /// A finding about sessions on days.
    pub fn finding(
        &self,
        rule: RuleId,
        severity: Severity,
        dates: Vec<NaiveDate>,
        sessions: Vec<SessionId>,
        message: String,
        suggestion: String,
    ) -> Finding {
        let date = dates.first().copied().unwrap_or(self.plan.meta.start);
        Finding { rule, severity, date, week: None, dates, sessions, message, suggestion }
    }

    /// A finding about week `i` as a whole, touching its runs.
    pub fn week_finding(
        &self,
        rule: RuleId,
        severity: Severity,
        i: usize,
        message: String,
        suggestion: String,
    ) -> Finding {
        let start = self.weeks.get(i).map_or(self.plan.meta.start, |w| w.start);
        let runs = self.runs_in_week(i);
        let mut dates: Vec<NaiveDate> = runs.iter().map(|s| s.date).collect();
        dates.dedup();
        if dates.is_empty() {
            dates.push(start);
        }
        Finding {
            rule,
            severity,
            date: start,
            week: Some(start),
            dates,
            sessions: runs.iter().map(|s| s.id).collect(),
            message,
            suggestion,
        }
    }
}
