//! What a step back is made of: the ladder of levels to climb and the runs after the rest
//! (moved out of the rest days where their week has room), which `climb.rs` rewrites.

use chrono::{Days, NaiveDate};

use crate::plan::{Minutes, Plan, Session, SessionKind, Status};
use crate::rules;

/// A run after the rest: the session that carries it, its day and what was planned.
pub(super) struct Slot {
    /// The planned run, on its day after the rest (a later day of its week when it moved).
    pub session: Session,
    /// The planned run.
    pub planned: SessionKind,
    /// Whether its week was a down week.
    pub down: bool,
}

/// What the rewrite is made of, worked out once.
pub(super) struct Draft {
    /// The levels to climb, lowest first: the plan's earlier levels below the painful run, the
    /// painful run's, then those planned ahead outside down weeks.
    pub ladder: Vec<SessionKind>,
    /// The runs after the rest, by day.
    pub slots: Vec<Slot>,
    /// The walks as they become: runs in the rest days with no later day in their week to go to,
    /// walked; and the walks of the days runs moved to, on the days the runs left.
    pub walks: Vec<Session>,
    /// Runs held at a level before the next.
    pub repeats: u32,
    /// Easy pace, minutes per unit.
    pub pace: f64,
    /// The weeks that lost a run to the rest.
    pub lighter: Vec<NaiveDate>,
}

impl Draft {
    /// The draft for the pain on run `hurt`, resting until `rest_until`; `None` when no planned
    /// run follows it.
    pub fn new(plan: &Plan, hurt: &Session, rest_until: NaiveDate) -> Option<Self> {
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
        let ladder = ladder(plan, hurt, ahead.iter().filter(|s| !in_down(s.date)).map(|s| s.kind))?;

        // The rest: runs in the rest days, and those after them in the same week, move to the
        // first days with a walk that keep a day between runs; the walk takes the run's day.
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
        let mut lighter = Vec::new();
        let mut last_run = hurt.date;
        for s in &ahead {
            let slot = |date| Slot {
                session: Session { date, ..(*s).clone() },
                planned: s.kind,
                down: in_down(s.date),
            };
            if !moves(s) {
                slots.push(slot(s.date));
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
                        walks.push(Session { date: s.date, ..w.clone() });
                    }
                    slots.push(slot(w.date));
                    last_run = w.date;
                }
                None => {
                    lighter.push(ws.week_of(s.date));
                    walks.push(Session { kind: rest_walk(), ..(*s).clone() });
                }
            }
        }
        slots.sort_by_key(|s| s.session.date);
        Some(Self { ladder, slots, walks, repeats: plan.rules.mastery_runs.max(1), pace, lighter })
    }
}

/// The levels to climb after the pain on `hurt`, lowest first: the plan's earlier levels, each a
/// step back from the one after it, then the painful run's and those of `ahead` (the planned
/// runs outside down weeks), each kept where it is no step back from the one before.
fn ladder(plan: &Plan, hurt: &Session, ahead: impl Iterator<Item = SessionKind>) -> Option<Vec<SessionKind>> {
    let pace = plan.rules.easy_pace_min_per_unit;
    let after_hurt = |s: &Session| (s.date, s.id) > (hurt.date, hurt.id);
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
    for kind in std::iter::once(hurt.kind).chain(ahead) {
        let Some(level) = kind.level(pace) else { continue };
        let lower = ladder.last().and_then(|k| k.level(pace)).is_some_and(|l| level.is_step_back_from(&l));
        if ladder.last() != Some(&kind) && !lower {
            ladder.push(kind);
        }
    }
    Some(ladder)
}

/// The highest weekly running of the `every` weeks before week `i` of `weeks`, weeks before
/// the plan at `starting`: what a down week is measured against.
pub(super) fn peak(weeks: &[rules::WeekSummary], i: usize, every: usize, starting: f64) -> f64 {
    let before_plan = (i < every).then_some(starting);
    (i.saturating_sub(every)..i)
        .filter_map(|j| weeks.get(j).map(|w| w.totals.run))
        .chain(before_plan)
        .fold(0.0, f64::max)
}

/// A walk for a rest day.
pub(super) fn rest_walk() -> SessionKind {
    SessionKind::Walk { distance: None, minutes: Minutes::new(30.0) }
}
