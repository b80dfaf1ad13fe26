//! The climb back, and the plan rewritten with it: which level each run after the rest takes, as the mastery rule counts them,
//! never above what the plan had on that day and never without its walk breaks.

use super::draft::{Draft, peak, rest_walk};
use super::summary::{Change, Shape};
use crate::plan::{Command, Distance, Minutes, Plan, Session, SessionKind};
use crate::rules;
use crate::rules::TOLERANCE;

/// Where the climb starts and where it waits.
pub(super) struct Climb {
    /// The place in the ladder of the first level after the rest.
    pub start: usize,
    /// Slots at which the climb does not move up, though the level was held long enough.
    pub holds: Vec<usize>,
    /// Slots whose runs become walks: more rest, where a week the rest made lighter is to be a
    /// down week rather than the ramp's base.
    pub drops: Vec<usize>,
    /// The most running a slot's run may have: where a week the done runs left lighter, and
    /// not light enough for a down week, is the ramp's base for the weeks after it.
    pub caps: Vec<(usize, f64)>,
}

impl Climb {
    /// A climb from the ladder's level `start`, waiting nowhere.
    pub fn starting_at(start: usize) -> Self {
        Self { start, holds: Vec::new(), drops: Vec::new(), caps: Vec::new() }
    }

    /// What the summary says of this climb.
    pub fn shape(&self) -> Shape {
        Shape { start: self.start, dropped: !self.drops.is_empty(), capped: !self.caps.is_empty() }
    }
}

impl Draft {
    /// The plan rewritten with `climb`, and the changes that make it.
    pub fn rewrite(&self, plan: &Plan, climb: &Climb) -> Option<(Plan, Vec<Change>)> {
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
            let mut new = self.walks.clone();
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
                let mut changes: Vec<Change> = new
                    .into_iter()
                    .filter_map(|s| Change::new(plan.session(s.id)?.clone(), s, self.pace))
                    .collect();
                changes.sort_by_key(|c| (c.now.date, c.now.id));
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
    pub fn climb(&self, climb: &Climb, drops: &[usize], cuts: &[(usize, f64)]) -> Vec<SessionKind> {
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
                if level.run_distance(self.pace) <= most + TOLERANCE {
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
        for (kind, slot) in kinds.iter_mut().zip(&self.slots) {
            *kind = with_walk_breaks(*kind, slot.planned, self.pace);
        }
        kinds
    }

    /// `level` cut to the cap on slot `i`, where it is above it.
    fn capped(&self, climb: &Climb, i: usize, level: SessionKind) -> Option<SessionKind> {
        let most = climb.caps.iter().filter(|(j, _)| *j == i).map(|(_, m)| *m).reduce(f64::min)?;
        (level.run_distance(self.pace) > most + TOLERANCE).then(|| lowered(level, most, self.pace)).flatten()
    }
}

/// `kind` for a run planned as `planned`: a run/walk keeps its walk breaks. Where the climb
/// would make it a continuous run, it is the planned run/walk cut to no more running than that
/// run, on ground and at an effort no harder than either; a walk when not one repeat is left.
fn with_walk_breaks(kind: SessionKind, planned: SessionKind, pace: f64) -> SessionKind {
    let (SessionKind::Run(run), SessionKind::RunWalk(mut rw)) = (kind, planned) else { return kind };
    if run.terrain.difficulty() < rw.terrain.difficulty() {
        rw.terrain = run.terrain;
    }
    rw.effort = rw.effort.min(run.effort);
    lowered(SessionKind::RunWalk(rw), kind.run_distance(pace), pace).unwrap_or_else(rest_walk)
}

/// `kind` with its running cut to at most `most` (in plan units): fewer repeats, or fewer
/// minutes or miles; `None` when nothing of it would be left.
pub(super) fn lowered(kind: SessionKind, most: f64, pace: f64) -> Option<SessionKind> {
    if kind.run_distance(pace) <= most + TOLERANCE {
        return Some(kind);
    }
    let quarter_below = |v: f64| (v * 4.0 + TOLERANCE).floor() / 4.0;
    let lower = match kind {
        SessionKind::RunWalk(mut rw) => {
            let per = kind.run_distance(pace) / f64::from(rw.repeats.max(1));
            rw.repeats = u16::try_from(((most + TOLERANCE) / per).floor() as u64).ok().filter(|n| *n > 0)?;
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
