//! Work shared by the rules, done once per validation.

use chrono::{Datelike, Days, NaiveDate};

use super::established::{self, Established, Gap};
use super::stages::{self, Intro};
use super::{Finding, RuleId, Severity};
use crate::plan::{Level, Plan, RuleSettings, Session, SessionId, Status, Units, fmt_num};

/// Amounts closer than this are equal: far above the rounding of a plan converted to other
/// units (a billionth), so units never change a verdict, and far below any distance or ratio a
/// runner could tell apart.
pub const TOLERANCE: f64 = 1e-6;

/// How far a done session's distance or time may be from the planned one and still be the
/// planned level: watches and routes scatter by a few percent, and the spike study found no
/// added risk under +10 % (evidence.md). Weekly totals, caps and spikes count what was logged.
pub const DONE_AS_PLANNED: f64 = 0.10;

/// Whether `done` is within [`DONE_AS_PLANNED`] of `planned`.
pub fn as_planned(done: f64, planned: f64) -> bool {
    (done - planned).abs() <= planned * DONE_AS_PLANNED + TOLERANCE
}

/// Totals of one calendar week.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeekTotals {
    /// First day of the week.
    pub start: NaiveDate,
    /// Running distance (runs, run parts of run/walk, anti-gravity runs), skipped sessions
    /// excluded; what was run for done sessions.
    pub run: f64,
    /// The part of `run` already done.
    pub run_done: f64,
    /// What the plan said: every session's planned running distance, also when it was done
    /// differently or skipped (the load chart's "planned" bar).
    pub run_planned: f64,
    /// Walking distance.
    pub walk: f64,
    /// Minutes of cross-training and strength.
    pub cross_minutes: f64,
}

/// Weekly totals for every week from the plan's first to its last week, gaps included.
pub fn week_totals(plan: &Plan) -> Vec<WeekTotals> {
    let ws = plan.meta.week_start;
    let pace = plan.rules.easy_pace_min_per_unit;
    let first_day = plan.sessions().first().map_or(plan.meta.start, |s| s.date.min(plan.meta.start));
    let first = ws.week_of(first_day);
    let last = ws.week_of(plan.last_date());
    let n = usize::try_from((last - first).num_days() / 7).unwrap_or(0) + 1;
    let mut weeks: Vec<WeekTotals> =
        (0..n).map(|i| WeekTotals { start: add_days(first, 7 * i), ..WeekTotals::default() }).collect();
    let first_ce = first.num_days_from_ce();
    for s in plan.sessions() {
        // Day numbers, not date subtraction: chrono's subtraction dominated this loop.
        let i = usize::try_from((s.date.num_days_from_ce() - first_ce) / 7).unwrap_or(0);
        let Some(w) = weeks.get_mut(i) else { continue };
        w.run_planned += s.kind.run_distance(pace);
        if s.counts() {
            let run = s.run_distance(pace);
            w.run += run;
            if s.status == Status::Done {
                w.run_done += run;
            }
            w.walk += s.walk_distance();
            w.cross_minutes += s.kind.cross_minutes();
        }
    }
    weeks
}

/// `date` plus `days`, saturating at chrono's last date.
pub fn add_days(date: NaiveDate, days: usize) -> NaiveDate {
    date.checked_add_days(Days::new(days as u64)).unwrap_or(NaiveDate::MAX)
}

/// Everything the rules share.
pub struct Context<'a> {
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
    /// What time off does to each week: the break a week without running belongs to, if it
    /// follows running, or the level held before a shorter gap that cut the week short.
    pub gaps: Vec<Gap>,
    /// The staged walk/run start, when the plan's first runs are run/walks.
    pub intro: Option<Intro>,
}

impl<'a> Context<'a> {
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
        let intro = stages::intro(&runs, &weeks, settings.easy_pace_min_per_unit);
        let mut cx = Self { plan, settings, runs, running, weeks, down: Vec::new(), gaps: Vec::new(), intro };
        cx.down = (0..cx.weeks.len()).map(|i| cx.is_down_week(i)).collect();
        cx.gaps = established::gaps(&cx);
        cx
    }

    /// The established level before week `i` (see [`established`]).
    pub fn established(&self, i: usize) -> Option<Established> {
        established::established(self, &self.gaps, i)
    }

    /// The level held before a gap without running shorter than a break that cut short one of
    /// weeks `from..to`: a week coming back to it is no raise.
    pub fn held_before_gap(&self, from: isize, to: isize) -> Option<f64> {
        established::held_before_gap(&self.gaps, from, to)
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
    /// is within [`DONE_AS_PLANNED`] of the plan.
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
        format!("{} {}", fmt_num(value), self.units().abbrev())
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

/// Whether a session was done: a finding about it says what happened and suggests for the next
/// run, never to change a run already run, whether its amounts were logged or it was only
/// ticked done (then it was run as planned).
pub fn done(s: &Session) -> bool {
    s.status == Status::Done
}

/// "1 run", "2 runs": the next runs a suggestion speaks of.
pub fn next_runs(n: u32) -> String {
    if n == 1 { "run".to_owned() } else { format!("{n} runs") }
}

/// "Thu 4 Dec".
pub fn day(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// "week of 8 Dec".
pub fn week_of(date: NaiveDate) -> String {
    format!("week of {}", date.format("%-d %b"))
}

/// "Thursday".
pub fn weekday(date: NaiveDate) -> String {
    date.format("%A").to_string()
}

/// Percentage of `value` over `base`, for messages.
pub fn pct_over(value: f64, base: f64) -> String {
    format!("{:.0} %", (value / base - 1.0) * 100.0)
}
