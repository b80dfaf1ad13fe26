//! Stepping back after pain: the plan's following runs rewritten as the soreness rules ask, and
//! judged by the same rules as the plan before the pain.
//!
//! After a done run logged with pain, the soreness rules ask for days without running and then
//! the same level (soreness the next day) or the level before it (pain during, or sharp). So:
//! - **The rest.** A run planned in the rest days moves to a later day of its week that had a
//!   walk, the runs after it in the week moving along, a day apart as before; a run with no
//!   such day left becomes a walk. Moving keeps the week's running: a week that lost a run (two
//!   of three is 67 %) is too heavy for a down week (at most 60 % of the weeks before) and
//!   lighter than a build week, so as a build week it would be the ramp's base, and the return
//!   to full weeks a +50 % rise.
//! - **The climb.** The lower level for `mastery_runs` runs, then the plan's own levels in
//!   order, one level per `mastery_runs` runs (the method's pace), never above what the plan
//!   had on that day. The levels at the plan's end fall off, which is the time the pain costs;
//!   where the plan held a level longer (around a down week, at a cap) the climb catches up.
//! - **Down weeks** stay where they were and are never raised: a down week's runs take the
//!   climb's level cut to no more running than planned. Where the lower weeks before it would
//!   make it no longer a down week, its runs are shortened (three or more: a lower level held as
//!   long as any) or dropped (fewer: the generator's down week, the level with fewer runs).
//! - **The verdict.** The rewrite is validated and compared with the plan before the pain was
//!   logged, by rule, severity and day. Where it has an error or a warning the plan had not,
//!   it is changed where that was flagged, the least first: a week that lost a run to the rest
//!   and whose done runs allow it becomes a down week (its other runs walks); the climb holds a
//!   level longer; a week's runs are cut to what the ramp allows over a lighter week before it
//!   (the week of the pain, when its done runs are too much for a down week); the climb starts
//!   a level lower. `tests/stepback.rs` checks this over the generator's plans.
//!
//! The file is long for its tests, which replay the example plan's step back and the cases that
//! broke before.

use chrono::{Days, NaiveDate};

use crate::plan::{Command, Distance, Minutes, Plan, Session, SessionId, SessionKind, Status};
use crate::rules::pain::ask;
use crate::rules::{self, Finding, RuleId, Severity};

/// The rewrite for one painful run, ready to preview and apply as one step.
#[derive(Clone, Debug, PartialEq)]
pub struct StepBack {
    /// The painful run.
    pub after: SessionId,
    /// One line saying what the pain asks: "Pain 5/10 during: 2 days without running, then
    /// the level before, 3 times".
    pub summary: String,
    /// The sessions as they become, with what they were.
    pub changes: Vec<(Session, Session)>,
    /// Errors of the plan once stepped back.
    pub errors: usize,
    /// Warnings of the plan once stepped back.
    pub warnings: usize,
    /// The first days of the down weeks of the plan once stepped back.
    pub down_weeks: Vec<NaiveDate>,
}

impl StepBack {
    /// The edits, to apply as one undoable step.
    pub fn commands(&self) -> Vec<Command> {
        self.changes.iter().map(|(_, new)| Command::EditSession(new.clone())).collect()
    }
}

/// Sessions as they were and as they become.
type Changes = Vec<(Session, Session)>;

/// How a finding is compared with the plan before the pain: its rule, severity and day.
pub type FindingKey = (RuleId, Severity, NaiveDate);

/// The key of finding `f`.
pub fn key(f: &Finding) -> FindingKey {
    (f.rule, f.severity, f.date)
}

/// The step back the pain logged on run `id` asks for; `None` when it asks for nothing or no
/// planned run follows.
pub fn step_back(plan: &Plan, id: SessionId) -> Option<StepBack> {
    let hurt = plan.session(id).filter(|s| s.status == Status::Done && s.kind.is_run())?;
    let asked = ask(&hurt.pain?, plan.rules.pain_threshold)?;
    let rest_until = hurt.date.checked_add_days(Days::new(asked.rest_days as u64))?;
    let draft = Draft::new(plan, hurt, rest_until)?;
    let hurt_at = draft.ladder.iter().position(|k| *k == hurt.kind).unwrap_or(0);
    let first = if asked.steps_back() { hurt_at.saturating_sub(1) } else { hurt_at };
    // What the plan was flagged for before the pain was logged: the rewrite may add nothing.
    let mut painless = plan.clone();
    painless.apply(Command::EditSession(Session { pain: None, ..hurt.clone() })).ok()?;
    let before: Vec<FindingKey> = rules::validate(&painless).iter().map(key).collect();

    let pain_week = plan.meta.week_start.week_of(hurt.date);
    let mut climb = Climb { start: first, holds: Vec::new(), drops: Vec::new(), caps: Vec::new() };
    // The rewrite with the fewest errors and warnings the plan had not: how many, the rewrite,
    // where it started, and all its findings.
    let mut best: Option<(usize, Changes, Shape, Plan, Vec<Finding>)> = None;
    for _ in 0..=draft.slots.len() * 2 {
        let Some((after, changes)) = draft.rewrite(plan, &climb) else { break };
        let findings = rules::validate(&after);
        let new: Vec<&Finding> = findings
            .iter()
            .filter(|f| {
                // A week's finding is dated by its first day, which may come before the pain.
                let after_pain = f.week.map_or(f.date >= hurt.date, |week| week >= pain_week);
                after_pain && !before.contains(&key(f))
            })
            .collect();
        let failing = new.iter().find(|f| f.severity >= Severity::Warning).copied().cloned();
        let serious = new.iter().filter(|f| f.severity >= Severity::Warning).count();
        let shape =
            Shape { start: climb.start, dropped: !climb.drops.is_empty(), capped: !climb.caps.is_empty() };
        if best.as_ref().is_none_or(|(least, ..)| serious < *least) {
            best = Some((serious, changes, shape, after.clone(), findings));
        }
        let Some(failing) = failing else { break };
        if !draft.repair(plan, &after, &mut climb, &failing) {
            break;
        }
    }
    let (_, changes, shape, after, findings) = best?;
    let (errors, warnings, _) = rules::counts(&findings);
    let down_weeks =
        rules::week_summaries(&after).into_iter().filter(|w| w.down).map(|w| w.totals.start).collect();
    let what = match hurt_at.saturating_sub(shape.start) {
        0 => "the same level".to_owned(),
        1 => "the level before".to_owned(),
        n => format!("{n} levels lower"),
    };
    let days = crate::text::counted(asked.rest_days, "day");
    let repeats = plan.rules.mastery_runs.max(1);
    let why = rules::capitalised(&asked.why);
    Some(StepBack {
        after: id,
        summary: format!(
            "{why}: {days} without running, then {what}, {repeats} times, before moving on{}{}",
            if shape.dropped { "; the rest of the week walked, to make it a down week" } else { "" },
            if shape.capped {
                "; the next weeks held to what the ramp allows over the lighter week"
            } else {
                ""
            },
        ),
        changes,
        errors,
        warnings,
        down_weeks,
    })
}

/// What the summary says of a rewrite: where the climb started, and whether a week was walked
/// to make it a down week or weeks were held to the ramp.
#[derive(Clone, Copy)]
struct Shape {
    /// The place in the ladder of the first level after the rest.
    start: usize,
    /// Runs of a week the rest made lighter were walked, to make it a down week.
    dropped: bool,
    /// Runs were held to what the ramp allows over a lighter week before them.
    capped: bool,
}

/// Where the climb starts and where it waits.
struct Climb {
    /// The place in the ladder of the first level after the rest.
    start: usize,
    /// Slots at which the climb does not move up, though the level was held long enough.
    holds: Vec<usize>,
    /// Slots whose runs become walks: more rest, where a week the rest made lighter is to be a
    /// down week rather than the ramp's base.
    drops: Vec<usize>,
    /// The most running a slot's run may have: where a week the done runs left lighter, and
    /// not light enough for a down week, is the ramp's base for the weeks after it.
    caps: Vec<(usize, f64)>,
}

/// A run after the rest: the session that carries it, its day and what was planned.
struct Slot<'a> {
    /// The session rewritten to the run: the planned run, or the walk it moved to.
    session: &'a Session,
    /// The planned run.
    planned: SessionKind,
    /// Whether its week was a down week.
    down: bool,
}

/// What the rewrite is made of, worked out once.
struct Draft<'a> {
    /// The levels to climb, lowest first: the plan's earlier levels below the painful run, the
    /// painful run's, then those planned ahead outside down weeks.
    ladder: Vec<SessionKind>,
    /// The runs after the rest, by day.
    slots: Vec<Slot<'a>>,
    /// Sessions that become walks: runs in the rest days with no later day in their week to go
    /// to, and the runs that moved (whose day now has their walk).
    walks: Vec<(&'a Session, SessionKind)>,
    /// Runs held at a level before the next.
    repeats: u32,
    /// Easy pace, minutes per unit.
    pace: f64,
    /// The weeks that lost a run to the rest.
    lighter: Vec<NaiveDate>,
}

impl<'a> Draft<'a> {
    fn new(plan: &'a Plan, hurt: &'a Session, rest_until: NaiveDate) -> Option<Self> {
        let pace = plan.rules.easy_pace_min_per_unit;
        let ws = plan.meta.week_start;
        // After the painful run: later days, and runs listed below it on its day.
        let after_hurt = |s: &Session| (s.date, s.id) > (hurt.date, hurt.id);
        let ahead: Vec<&Session> = plan
            .sessions()
            .iter()
            .filter(|s| after_hurt(s) && s.status == Status::Planned && s.kind.is_run())
            .collect();
        if ahead.is_empty() {
            return None;
        }
        let down: Vec<NaiveDate> =
            rules::week_summaries(plan).into_iter().filter(|w| w.down).map(|w| w.totals.start).collect();
        let in_down = |date: NaiveDate| down.contains(&ws.week_of(date));

        // The earlier levels, each a step back from the one after it, lowest first.
        let mut lows: Vec<SessionKind> = Vec::new();
        let mut above = hurt.kind.level(pace)?;
        for s in plan.sessions().iter().rev().filter(|s| !after_hurt(s) && s.is_active_run()) {
            if let Some(level) = s.kind.level(pace).filter(|l| l.is_step_back_from(&above)) {
                lows.push(s.kind);
                above = level;
            }
        }
        lows.reverse();
        let mut ladder = lows;
        for kind in
            std::iter::once(hurt.kind).chain(ahead.iter().filter(|s| !in_down(s.date)).map(|s| s.kind))
        {
            let Some(level) = kind.level(pace) else { continue };
            let lower =
                ladder.last().and_then(|k| k.level(pace)).is_some_and(|l| level.is_step_back_from(&l));
            if ladder.last() != Some(&kind) && !lower {
                ladder.push(kind);
            }
        }

        // The rest: runs in the rest days, and those after them in the same week, move to the
        // first days with a walk that keep a day between runs.
        let rest_weeks: Vec<NaiveDate> =
            ahead.iter().filter(|s| s.date <= rest_until).map(|s| ws.week_of(s.date)).collect();
        let moves = |s: &Session| rest_weeks.contains(&ws.week_of(s.date));
        let staying: Vec<NaiveDate> = plan
            .sessions()
            .iter()
            .filter(|s| s.is_active_run() && !(after_hurt(s) && s.status == Status::Planned && moves(s)))
            .map(|s| s.date)
            .collect();
        let near_a_run = |d: NaiveDate| staying.iter().any(|r| (*r - d).num_days().abs() <= 1);
        let mut slots = Vec::new();
        let mut walks = Vec::new();
        let mut last_run = hurt.date;
        for s in &ahead {
            let slot = |session| Slot { session, planned: s.kind, down: in_down(s.date) };
            if !moves(s) {
                slots.push(slot(s));
                continue;
            }
            let week_end = ws.week_of(s.date) + Days::new(6);
            let earliest = s.date.max(rest_until + Days::new(1)).max(last_run + Days::new(2));
            let to =
                earliest.iter_days().take_while(|d| *d <= week_end).filter(|d| !near_a_run(*d)).find_map(
                    |d| {
                        if d == s.date {
                            return Some(*s);
                        }
                        plan.sessions_on(d).iter().find(|w| {
                            w.status == Status::Planned && matches!(w.kind, SessionKind::Walk { .. })
                        })
                    },
                );
            match to {
                Some(w) => {
                    if w.id != s.id {
                        walks.push((*s, w.kind));
                    }
                    slots.push(slot(w));
                    last_run = w.date;
                }
                None => walks.push((*s, rest_walk())),
            }
        }
        slots.sort_by_key(|s| s.session.date);
        Some(Self {
            ladder,
            slots,
            lighter: walks
                .iter()
                .filter(|(_, k)| *k == rest_walk())
                .map(|(s, _)| ws.week_of(s.date))
                .collect(),
            walks,
            repeats: plan.rules.mastery_runs.max(1),
            pace,
        })
    }

    /// The plan rewritten with `climb`, and the changes that make it.
    fn rewrite(&self, plan: &Plan, climb: &Climb) -> Option<(Plan, Changes)> {
        let ws = plan.meta.week_start;
        let every = plan.rules.down_week_every.max(1) as usize;
        let share = plan.rules.down_week_max_pct / 100.0;
        // Down weeks that the lower weeks before them would no longer make down weeks: with
        // `repeats` runs or more, their runs are shortened, a lower level held as often as any;
        // with fewer, runs are dropped (the generator's down week: the level, fewer runs).
        let mut drops = climb.drops.clone();
        let mut cuts: Vec<(usize, f64)> = Vec::new();
        loop {
            let kinds = self.climb(climb, &drops, &cuts);
            let mut new: Vec<Session> =
                self.walks.iter().map(|(s, kind)| Session { kind: *kind, ..(*s).clone() }).collect();
            for (slot, kind) in self.slots.iter().zip(&kinds) {
                new.push(Session { kind: *kind, ..slot.session.clone() });
            }
            let mut after = plan.clone();
            for s in &new {
                after.apply(Command::EditSession(s.clone())).ok()?;
            }
            let weeks = rules::week_summaries(&after);
            let no_longer_down = weeks.iter().enumerate().find(|(_, w)| {
                !w.down
                    && w.totals.run > 0.0
                    && self.slots.iter().any(|s| s.down && ws.week_of(s.session.date) == w.totals.start)
            });
            let Some((i, week)) = no_longer_down else {
                let changes = new
                    .into_iter()
                    .filter_map(|s| {
                        let was = plan.session(s.id)?;
                        (was.kind != s.kind).then(|| (was.clone(), s))
                    })
                    .collect();
                return Some((after, changes));
            };
            let runs: Vec<usize> = (0..self.slots.len())
                .filter(|j| {
                    !drops.contains(j)
                        && self.slots.get(*j).is_some_and(|s| ws.week_of(s.session.date) == week.totals.start)
                        && kinds.get(*j).is_some_and(SessionKind::is_run)
                })
                .collect();
            let cut = runs.iter().any(|j| cuts.iter().any(|(k, _)| k == j));
            if runs.len() >= self.repeats as usize && !cut {
                let in_runs: f64 =
                    runs.iter().filter_map(|j| kinds.get(*j)).map(|k| k.run_distance(self.pace)).sum();
                let most = peak(&weeks, i, every, plan.rules.starting_weekly_distance.get()) * share;
                let each = (most - (week.totals.run - in_runs)) / runs.len() as f64;
                cuts.extend(runs.iter().map(|j| (*j, each)));
            } else if let Some(last) = runs.last() {
                drops.push(*last);
            } else {
                return None;
            }
        }
    }

    /// The kind of each slot: the climb outside down weeks, never above the plan; in down weeks
    /// the climb's level, cut to the planned run's running where that is less, and to `cuts`;
    /// a walk for the runs in `drops`.
    ///
    /// The climb keeps the count the mastery rule keeps: a level held `repeats` times may be
    /// left for the next, and after lower runs (fewer than `repeats`) the first run goes back to
    /// the highest level held that often since the pain, as the rule allows.
    fn climb(&self, climb: &Climb, drops: &[usize], cuts: &[(usize, f64)]) -> Vec<SessionKind> {
        let mut at = climb.start;
        let mut held = 0;
        let mut mastered: Option<usize> = None;
        let mut dips = 0;
        let mut kinds = Vec::new();
        for (i, slot) in self.slots.iter().enumerate() {
            let Some(&level) = self.ladder.get(at) else { break };
            if drops.contains(&i) {
                kinds.push(rest_walk());
                continue;
            }
            let planned_at = self.ladder.iter().position(|k| *k == slot.planned);
            if slot.down || planned_at.is_none() {
                // Never raised: no more running than planned.
                let cut = cuts.iter().filter(|(j, _)| *j == i).map(|(_, m)| *m).fold(f64::INFINITY, f64::min);
                let most = slot.planned.run_distance(self.pace).min(cut);
                if level.run_distance(self.pace) <= most + 1e-9 {
                    held += 1;
                    kinds.push(level);
                } else if let Some(lower) = lowered(level, most, self.pace) {
                    dips += 1;
                    kinds.push(lower);
                } else {
                    kinds.push(rest_walk());
                }
            } else if let Some(lower) = self.capped(climb, i, level) {
                dips += 1;
                kinds.push(lower);
                continue;
            } else {
                let behind = planned_at.is_some_and(|p| p > at);
                if dips > 0 && dips < self.repeats {
                    // Back from lower runs not held long enough: to the level last mastered,
                    // which the mastery rule counts as held; moving on waits a run.
                    if let Some(m) = mastered.filter(|m| *m < at) {
                        at = m;
                        held = self.repeats;
                    }
                } else if behind && held >= self.repeats && !climb.holds.contains(&i) {
                    at += 1;
                    held = 1;
                } else if let Some(p) = planned_at.filter(|p| *p < at) {
                    // The plan itself comes down: the climb comes with it.
                    at = p;
                    held = 1;
                } else if dips >= self.repeats && mastered.is_none_or(|m| m < at) {
                    // Back from lower runs held long enough: a new level to hold.
                    held = 1;
                } else {
                    held += 1;
                }
                dips = 0;
                kinds.push(self.ladder.get(at).copied().unwrap_or(slot.planned));
            }
            if held >= self.repeats && mastered.is_none_or(|m| m < at) {
                mastered = Some(at);
            }
        }
        kinds
    }

    /// `level` cut to the cap on slot `i`, where it is above it.
    fn capped(&self, climb: &Climb, i: usize, level: SessionKind) -> Option<SessionKind> {
        let most = climb.caps.iter().filter(|(j, _)| *j == i).map(|(_, m)| *m).reduce(f64::min)?;
        (level.run_distance(self.pace) > most + 1e-9).then(|| lowered(level, most, self.pace)).flatten()
    }

    /// Changes `climb` so that the rewrite `after` of `plan` is not flagged by `failing`
    /// again; false when nothing is left to change.
    fn repair(&self, plan: &Plan, after: &Plan, climb: &mut Climb, failing: &Finding) -> bool {
        let ws = plan.meta.week_start;
        if let (RuleId::Ramp, Some(week)) = (failing.rule, failing.week) {
            // A week that lost a run to the rest, which its done runs leave light enough for a
            // down week: drop its runs until it is one, so that it is no base for the ramp.
            let was = rules::week_summaries(plan);
            let now = rules::week_summaries(after);
            let every = plan.rules.down_week_every.max(1) as usize;
            let share = plan.rules.down_week_max_pct / 100.0;
            let start = plan.rules.starting_weekly_distance.get();
            let lighter = now.iter().enumerate().rev().find_map(|(i, w)| {
                let day = w.totals.start;
                let planned = was.iter().find(|p| p.totals.start == day).map_or(0.0, |p| p.totals.run);
                let droppable = (0..self.slots.len()).rev().find(|j| {
                    !climb.drops.contains(j)
                        && self.slots.get(*j).is_some_and(|s| ws.week_of(s.session.date) == day)
                });
                (self.lighter.contains(&day)
                    && day < week
                    && !w.down
                    && w.totals.run < planned - 1e-6
                    && w.totals.run_done <= peak(&now, i, every, start) * share + 1e-6)
                    .then_some(droppable)
                    .flatten()
            });
            if let Some(j) = lighter {
                climb.drops.push(j);
                return true;
            }
        }
        let at: Vec<usize> = match failing.week {
            Some(week) => {
                let end = week + Days::new(7);
                self.slots
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.session.date >= week && s.session.date < end)
                    .map(|(i, _)| i)
                    .collect()
            }
            None => self
                .slots
                .iter()
                .position(|s| failing.sessions.first() == Some(&s.session.id))
                .into_iter()
                .collect(),
        };
        let fresh: Vec<usize> = at.iter().copied().filter(|i| !climb.holds.contains(i)).collect();
        if let (true, RuleId::Ramp, Some(week)) = (fresh.is_empty(), failing.rule, failing.week) {
            // Holding is not enough: the week's runs come down to what the ramp allows.
            let now = rules::week_summaries(after);
            let runs: Vec<usize> = at.iter().copied().filter(|i| !climb.drops.contains(i)).collect();
            let in_slots: f64 = runs
                .iter()
                .filter_map(|i| self.slots.get(*i))
                .filter_map(|s| after.session(s.session.id))
                .map(|s| s.kind.run_distance(self.pace))
                .sum();
            let allowed = now.iter().find(|w| w.totals.start == week).and_then(|w| {
                let level = w.established?;
                Some(level * (1.0 + plan.rules.ramp_max_pct / 100.0) - (w.totals.run - in_slots))
            });
            let capped = runs.iter().any(|i| climb.caps.iter().any(|(j, _)| j == i));
            if let (Some(allowed), false, false) = (allowed, capped, runs.is_empty()) {
                let each = allowed / runs.len() as f64;
                climb.caps.extend(runs.iter().map(|i| (*i, each)));
                return true;
            }
        }
        if fresh.is_empty() {
            // Holding did not help: start lower.
            if climb.start == 0 {
                return false;
            }
            climb.start -= 1;
            climb.holds.clear();
            return true;
        }
        climb.holds.extend(fresh);
        true
    }
}

/// The highest weekly running of the `every` weeks before week `i` of `weeks`, weeks before
/// the plan at `starting`: what a down week is measured against.
fn peak(weeks: &[rules::WeekSummary], i: usize, every: usize, starting: f64) -> f64 {
    let before_plan = (i < every).then_some(starting);
    (i.saturating_sub(every)..i)
        .filter_map(|j| weeks.get(j).map(|w| w.totals.run))
        .chain(before_plan)
        .fold(0.0, f64::max)
}

/// A walk for a rest day.
fn rest_walk() -> SessionKind {
    SessionKind::Walk { distance: None, minutes: Minutes::new(30.0) }
}

/// `kind` with its running cut to at most `most` (in plan units): fewer repeats, or fewer
/// minutes or miles; `None` when nothing of it would be left.
fn lowered(kind: SessionKind, most: f64, pace: f64) -> Option<SessionKind> {
    if kind.run_distance(pace) <= most + 1e-9 {
        return Some(kind);
    }
    let quarter_below = |v: f64| (v * 4.0 + 1e-9).floor() / 4.0;
    let lower = match kind {
        SessionKind::RunWalk(mut rw) => {
            let per = kind.run_distance(pace) / f64::from(rw.repeats.max(1));
            rw.repeats = u16::try_from(((most + 1e-9) / per).floor() as u64).ok().filter(|n| *n > 0)?;
            SessionKind::RunWalk(rw)
        }
        SessionKind::Run(mut run) => {
            if run.distance.is_some() {
                run.distance = Distance::new(quarter_below(most));
            } else {
                run.minutes = Minutes::new(quarter_below(most * pace));
            }
            SessionKind::Run(run)
        }
        _ => return None,
    };
    (lower.run_distance(pace) > 0.0).then_some(lower)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use chrono::{Datelike, NaiveDate, Weekday};

    use super::step_back;
    use crate::generate::{MethodInput, generate};
    use crate::plan::{Command, Pain, PainLog, Plan, SessionId, Status};
    use crate::rules::{Severity, validate, week_summaries};

    fn during(pain: u8) -> PainLog {
        PainLog { during: Pain::new(pain).unwrap(), ..PainLog::default() }
    }

    /// A generated plan with its runs up to the `n`th done, that one logged with `log`.
    fn hurt_on(n: usize, log: PainLog) -> (Plan, SessionId) {
        let plan = generate(&MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())).unwrap();
        let id = plan.sessions().iter().filter(|s| s.kind.is_run()).nth(n).unwrap().id;
        (hurt(plan, id, log), id)
    }

    /// `plan` with its runs up to `id` done, and `id` logged with `log`.
    fn hurt(mut plan: Plan, id: SessionId, log: PainLog) -> Plan {
        let date = plan.session(id).unwrap().date;
        let done: Vec<_> = plan
            .sessions()
            .iter()
            .filter(|s| s.kind.is_run() && (s.date, s.id) <= (date, id))
            .cloned()
            .collect();
        for mut s in done {
            s.status = Status::Done;
            plan.apply(Command::EditSession(s)).unwrap();
        }
        let mut s = plan.session(id).unwrap().clone();
        s.pain = Some(log);
        plan.apply(Command::EditSession(s)).unwrap();
        plan
    }

    fn stepped(plan: &Plan, id: SessionId) -> Plan {
        let mut after = plan.clone();
        for command in step_back(plan, id).unwrap().commands() {
            after.apply(command).unwrap();
        }
        after
    }

    fn serious(plan: &Plan) -> Vec<String> {
        validate(plan)
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| format!("{:?} {}: {}", f.rule, f.date, f.message))
            .collect()
    }

    /// Pain during, above the threshold: two days without running, the level before three
    /// times, and the pain error gone with nothing else flagged.
    #[test]
    fn pain_steps_back_a_level_and_clears_the_findings() {
        let (plan, id) = hurt_on(4, during(5));
        assert!(!serious(&plan).is_empty(), "the next run is flagged");
        let fix = step_back(&plan, id).unwrap();
        assert!(
            fix.summary
                .starts_with("Pain 5/10 during: 2 days without running, then the level before, 3 times"),
            "{}",
            fix.summary
        );
        let pace = plan.rules.easy_pace_min_per_unit;
        let hurt_kind = plan.session(id).unwrap().kind;
        let first_run = fix.changes.iter().map(|(_, new)| new).find(|s| s.kind.is_run()).unwrap();
        assert!(first_run.kind.run_distance(pace) < hurt_kind.run_distance(pace), "a level lower");
        assert_eq!(serious(&stepped(&plan, id)), Vec::<String>::new());
    }

    /// Soreness the next day, at or below the threshold: the same level again, after a day off.
    #[test]
    fn soreness_repeats_the_level() {
        let (plan, id) = hurt_on(4, PainLog { next_day: Pain::new(2).unwrap(), ..PainLog::default() });
        let fix = step_back(&plan, id).unwrap();
        assert!(
            fix.summary.contains("1 day without running, then the same level, 3 times"),
            "{}",
            fix.summary
        );
        assert_eq!(serious(&stepped(&plan, id)), Vec::<String>::new());
    }

    /// No pain, or a run not done, asks for nothing.
    #[test]
    fn nothing_to_do_without_pain() {
        let (plan, id) = hurt_on(2, PainLog::default());
        assert_eq!(step_back(&plan, id), None);
        let planned = plan.sessions().iter().rev().find(|s| s.kind.is_run()).unwrap().id;
        assert_eq!(step_back(&plan, planned), None);
    }

    /// The example plan, pain 6/10 on Sat 28 Nov: the old step back raised the down week of
    /// 7 Dec (× 6 → × 9) and flattened every later run/walk; its fix left the down week of
    /// 4 Jan too heavy to be one, and warned. Now every down week stays a down week on its
    /// dates, no run is raised, the climb goes × 10, × 11, × 12, × 13, the down week of 4 Jan
    /// is run at the climb's level shortened to stay a down week, and nothing is flagged.
    #[test]
    fn the_examples_down_weeks_stay_where_they_were_and_are_never_raised() {
        let example =
            crate::file::parse(include_str!("../saves/example.ron"), "example.ron".as_ref()).unwrap();
        let saturday = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let id = example.sessions().iter().find(|s| s.date == saturday && s.kind.is_run()).unwrap().id;
        let plan = hurt(example.clone(), id, during(6));
        let after = stepped(&plan, id);
        assert_eq!(serious(&after), Vec::<String>::new());
        let down = |p: &Plan| {
            week_summaries(p).iter().filter(|w| w.down).map(|w| w.totals.start).collect::<Vec<_>>()
        };
        assert_eq!(down(&after), down(&example), "down weeks stay where they were");
        let pace = plan.rules.easy_pace_min_per_unit;
        let units = plan.meta.units;
        for s in after.sessions().iter().filter(|s| s.date > saturday) {
            let was = example.session(s.id).unwrap();
            assert!(
                s.kind.run_distance(pace) <= was.kind.run_distance(pace) + 1e-9,
                "{} raised from {} to {}",
                s.date,
                was.kind.short(units),
                s.kind.short(units)
            );
        }
        let tuesdays: Vec<String> = after
            .sessions()
            .iter()
            .filter(|s| s.kind.is_run() && s.date > saturday && s.date.weekday() == Weekday::Tue)
            .take(7)
            .map(|s| s.kind.short(units))
            .collect();
        assert_eq!(
            tuesdays,
            [
                "Run/walk 1/1 min × 10",
                "Run/walk 1/1 min × 6",
                "Run/walk 1/1 min × 11",
                "Run/walk 1/1 min × 12",
                "Run/walk 1/1 min × 13",
                "Run/walk 1/1 min × 7",
                "Run/walk 1/1 min × 13",
            ]
        );
    }

    /// A second run the same day, listed below the painful one, comes before the rest: it moves
    /// to a later day of the week, as a run in the rest days does.
    #[test]
    fn a_second_run_the_same_day_moves_too() {
        let plan = generate(&MethodInput {
            weeks: 16,
            ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
        })
        .unwrap();
        let monday = NaiveDate::from_ymd_opt(2027, 2, 8).unwrap();
        let first = plan.sessions().iter().find(|s| s.date == monday && s.kind.is_run()).unwrap().clone();
        let mut with_double = plan;
        let double = crate::plan::Session { id: SessionId(9999), ..first.clone() };
        with_double.apply(Command::AddSession(double)).unwrap();
        let hurt_plan = hurt(with_double, first.id, during(6));
        assert!(!serious(&hurt_plan).is_empty(), "the second run is flagged");
        let after = stepped(&hurt_plan, first.id);
        assert!(
            after.session(SessionId(9999)).is_some_and(|s| !s.kind.is_run()),
            "the double's day has its walk"
        );
        let runs_that_day = after.sessions_on(monday).iter().filter(|s| s.kind.is_run()).count();
        assert_eq!(runs_that_day, 1);
        assert!(serious(&after).iter().all(|f| !f.contains("PainProgression")), "{:?}", serious(&after));
    }

    /// The `n`th run of the plan generated from `input`, logged with `log`, stepped back.
    fn step_back_in(input: &MethodInput, n: usize, log: PainLog) -> (Plan, Plan, super::StepBack) {
        let plan = generate(input).unwrap();
        let id = plan.sessions().iter().filter(|s| s.kind.is_run()).nth(n).unwrap().id;
        let plan = hurt(plan, id, log);
        let fix = step_back(&plan, id).unwrap();
        (stepped(&plan, id), plan, fix)
    }

    /// Runs Wednesday, Friday and Sunday, pain on a Wednesday: Friday's run comes in the rest
    /// days and Sunday's has no later day in the week. Two runs of three (67 %) made a week
    /// neither down nor build, the ramp's base, and the next full week a ramp error; now the
    /// week's other run is walked too, and the week is a down week.
    #[test]
    fn a_week_that_lost_a_run_becomes_a_down_week() {
        let input = MethodInput {
            start: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            units: crate::plan::Units::Km,
            current_weekly: 8.0,
            weekly_cap: Some(30.0),
            days: [false, false, true, true, true, true, true],
            weeks: 24,
            ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap())
        };
        let (after, plan, fix) = step_back_in(&input, 30, during(6));
        assert!(
            fix.summary.ends_with("; the rest of the week walked, to make it a down week"),
            "{}",
            fix.summary
        );
        let hurt_week = plan.sessions().iter().filter(|s| s.pain.is_some()).map(|s| s.date).next().unwrap();
        let week = plan.meta.week_start.week_of(hurt_week);
        assert!(week_summaries(&after).iter().any(|w| w.totals.start == week && w.down));
        assert_eq!(serious(&after), Vec::<String>::new());
    }

    /// Runs Monday, Thursday and Saturday, Friday free, pain on a Thursday: Saturday's run comes
    /// in the rest days with no later day to go to, and the week's two done runs are too much for
    /// a down week. That week is the ramp's base, and the next weeks' runs are held to 30 % over
    /// it until it leaves the ramp's window, so nothing is flagged.
    #[test]
    fn weeks_after_a_lighter_week_of_the_pain_are_held_to_the_ramp() {
        let input = MethodInput {
            units: crate::plan::Units::Km,
            week_start: crate::plan::WeekStart::Sunday,
            days: [true, false, false, true, true, true, false],
            weeks: 16,
            ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap())
        };
        let sharp = PainLog { sharp: true, ..PainLog::default() };
        let (after, _, fix) = step_back_in(&input, 27, sharp);
        assert!(
            fix.summary.ends_with("; the next weeks held to what the ramp allows over the lighter week"),
            "{}",
            fix.summary
        );
        assert_eq!(serious(&after), Vec::<String>::new());
    }

    /// With every day free the runs fall on Monday, Wednesday and Friday. Pain on a Monday: the
    /// Wednesday run comes inside the two days off, so it moves to Thursday and Friday's to
    /// Saturday, onto their walks: the week keeps its three runs, a day apart, and is no lighter
    /// week for the ramp to start from.
    #[test]
    fn a_run_in_the_rest_days_moves_later_in_its_week() {
        let plan = generate(&MethodInput {
            weeks: 16,
            ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
        })
        .unwrap();
        let monday = NaiveDate::from_ymd_opt(2027, 2, 8).unwrap();
        let id = plan.sessions().iter().find(|s| s.date == monday && s.kind.is_run()).unwrap().id;
        let plan = hurt(plan, id, during(6));
        let after = stepped(&plan, id);
        let days = |p: &Plan| {
            p.sessions()
                .iter()
                .filter(|s| s.kind.is_run() && s.date >= monday && s.date < monday + chrono::Days::new(7))
                .map(|s| s.date.weekday())
                .collect::<Vec<_>>()
        };
        assert_eq!(days(&plan), [Weekday::Mon, Weekday::Wed, Weekday::Fri]);
        assert_eq!(days(&after), [Weekday::Mon, Weekday::Thu, Weekday::Sat]);
        assert_eq!(serious(&after), Vec::<String>::new());
    }
}
