//! A plan from the method: a walk/run ladder that follows every rule, from a few answers.
//!
//! A level is a number of run/walk repeats (later one continuous run). Each level is held for
//! `mastery_runs` runs before the next, and each step adds one repeat, or lengthens the runs by
//! a quarter minute with fewer repeats, raising the running time by at most [`STEP`]: no run is
//! a spike and three steps stay inside the 30 % ramp. Runs fall on days that are never next to each other
//! (not even Sunday and Monday), walks fill the days between, and at least one day a week is
//! left to rest. Every fourth full week is a down week: the same level, fewer runs. The first
//! weeks (the walk-break period) are run/walk on the track; after them the first step changes
//! the terrain to flat road instead of the time, then running becomes continuous.
//! `tests/generate.rs` checks that every plan this makes has no error and no warning.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::plan::{
    CommandError, Distance, Effort, Minutes, Plan, PlanMeta, RuleSettings, Run, RunWalk, Segment, Session,
    SessionId, SessionKind, Terrain, Units, WeekStart,
};

/// The largest rise of running time from one level to the next: under the 10 % spike warning,
/// and three steps (1.277) under the 30 % ramp.
pub const STEP: f64 = 1.085;

/// Running minutes of the first level for someone not running yet: run 30 s / walk 1:30 × 12,
/// so that each later rung (one more repeat) is a small step.
const FIRST_LEVEL_MINUTES: f64 = 6.0;

/// Shortest run/walk the ladder writes: run 30 s × 3.
const SHORTEST_MINUTES: f64 = 1.5;

/// Running minutes from which, after the walk-break period, runs are continuous.
const CONTINUOUS_FROM_MINUTES: f64 = 15.0;

/// Length of a walk on the days between runs.
const WALK_MINUTES: f64 = 30.0;

/// The answers the method needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MethodInput {
    /// First day of the plan.
    pub start: NaiveDate,
    /// Units of every distance here and in the plan.
    pub units: Units,
    /// First day of the plan's weeks.
    pub week_start: WeekStart,
    /// Weekly running distance that is comfortable now; 0 for not running yet.
    pub current_weekly: f64,
    /// The run distance at which the injury flares, if known; runs are capped below it.
    pub flare_distance: Option<f64>,
    /// Weekly running distance not to exceed, if any.
    pub weekly_cap: Option<f64>,
    /// The days of the week available for sessions, Monday first.
    pub days: [bool; 7],
    /// How many full weeks to plan.
    pub weeks: u32,
}

impl MethodInput {
    /// Sensible answers for someone not running yet, starting on `start`.
    pub fn new(start: NaiveDate) -> Self {
        Self {
            start,
            units: Units::Miles,
            week_start: WeekStart::Monday,
            current_weekly: 0.0,
            flare_distance: None,
            weekly_cap: None,
            days: [true; 7],
            weeks: 12,
        }
    }
}

/// Why no plan can be made from the answers.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum GenerateError {
    /// No day is available.
    #[error("choose at least one day of the week")]
    NoDays,
    /// Too few or too many weeks.
    #[error("plan between 1 and {MAX_WEEKS} weeks")]
    Weeks,
    /// A distance is negative, not a number or absurd.
    #[error("{0} must be a distance from 0 to 10,000")]
    Distance(&'static str),
    /// The model refused the plan: it would reach past the years a plan can cover.
    #[error(transparent)]
    Plan(#[from] CommandError),
}

/// The longest plan the generator makes.
pub const MAX_WEEKS: u32 = 104;

/// The run cap for a flare distance: 80 % of it, to the quarter below.
pub fn run_cap_for(flare: f64) -> f64 {
    ((flare * 0.8) * 4.0).floor() / 4.0
}

/// The plan the method proposes for `input`.
pub fn generate(input: &MethodInput) -> Result<Plan, GenerateError> {
    if !input.days.iter().any(|d| *d) {
        return Err(GenerateError::NoDays);
    }
    if !(1..=MAX_WEEKS).contains(&input.weeks) {
        return Err(GenerateError::Weeks);
    }
    let distance = |value: f64, name: &'static str| {
        (value.is_finite() && (0.0..=10_000.0).contains(&value))
            .then_some(value)
            .ok_or(GenerateError::Distance(name))
    };
    let current = distance(input.current_weekly, "The current weekly distance")?;
    let flare = input.flare_distance.map(|f| distance(f, "The flare distance")).transpose()?;
    let weekly_cap = input.weekly_cap.map(|c| distance(c, "The weekly cap")).transpose()?;

    let mut rules = RuleSettings::default();
    if input.units == Units::Km {
        rules.easy_pace_min_per_unit = 7.5;
    }
    rules.starting_weekly_distance = Distance::new(current).unwrap_or(Distance::ZERO);
    rules.weekly_cap = weekly_cap.and_then(Distance::new);
    rules.run_cap = flare.map(run_cap_for).and_then(Distance::new);
    let pace = rules.easy_pace_min_per_unit;

    let run_days = run_days(input.days);
    let per_week = run_days.len();
    // The most running minutes one run may have under the caps.
    let mut most = f64::INFINITY;
    if let Some(cap) = rules.run_cap {
        most = most.min(cap.get() * pace);
    }
    if let Some(cap) = rules.weekly_cap
        && per_week > 0
    {
        most = most.min(cap.get() * pace / per_week as f64);
    }
    let wanted =
        if current > 0.0 && per_week > 0 { current * pace / per_week as f64 } else { FIRST_LEVEL_MINUTES };
    let mut level = Level::at_most(wanted.min(most));

    let meta = PlanMeta {
        title: "Comeback from the method".to_owned(),
        start: input.start,
        units: input.units,
        week_start: input.week_start,
        ..PlanMeta::default()
    };
    let mut sessions = Vec::new();
    let mut id = 0_u32;
    let mut push = |date: NaiveDate, kind: SessionKind| {
        id += 1;
        sessions.push(Session::planned(SessionId(id), date, kind));
    };
    let first_week = input.week_start.week_of(input.start);
    // A start in mid-week gets walks until the first full week, whose runs set the level.
    let full_from = if first_week == input.start { first_week } else { add(first_week, 7) };
    let mut day = input.start;
    while day < full_from {
        if input.days.get(weekday(day)).copied().unwrap_or(false) {
            push(day, walk());
        }
        day = add(day, 1);
    }
    let walk_break_weeks = rules.walk_breaks_weeks.max(rules.alternate_days_weeks);
    let mut held: u32 = 0;
    let mut terrain = Terrain::Track;
    for week in 0..input.weeks {
        let first = add(full_from, 7 * u64::from(week));
        let down = (week + 1) % rules.down_week_every.max(2) == 0;
        let early = week < walk_break_weeks;
        if !early {
            // After the walk-break period, long enough intervals become one run: the same level.
            level = level.map(Level::continuous);
        }
        if !down && held >= rules.mastery_runs && level.is_some() {
            if !early && terrain == Terrain::Track {
                // One variable at a time: the first step after the track is the surface.
                terrain = Terrain::FlatRoad;
                held = 0;
            } else if let Some(next) = level.and_then(|l| l.step(most)) {
                level = Some(next);
                held = 0;
            }
        }
        // A down week keeps the level and drops runs: one run of two or three, or none.
        let runs_this_week = match (down, per_week) {
            (false, n) => n,
            (true, 0 | 1) => 0,
            (true, _) => 1,
        };
        let mut rest_given = false;
        for offset in 0..7 {
            let date = add(first, offset);
            let index = weekday(date);
            let available = input.days.get(index).copied().unwrap_or(false);
            let run_slot = run_days.iter().position(|d| *d == index);
            match (run_slot, level) {
                (Some(slot), Some(level)) if slot < runs_this_week => {
                    push(date, level.session(terrain));
                    held += 1;
                }
                _ if !available => {}
                // With every day available, one day without a run is kept for rest.
                _ if !rest_given && input.days.iter().all(|d| *d) && run_slot.is_none() => {
                    push(date, SessionKind::Rest);
                    rest_given = true;
                }
                _ => push(date, walk()),
            }
        }
    }
    Ok(Plan::try_from((meta, rules, sessions))?)
}

fn walk() -> SessionKind {
    SessionKind::Walk { distance: None, minutes: Minutes::new(WALK_MINUTES) }
}

fn add(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}

/// Monday 0 … Sunday 6.
fn weekday(date: NaiveDate) -> usize {
    date.weekday().num_days_from_monday() as usize
}

/// Up to three available weekdays (Monday 0) no two of which are next to each other, Sunday
/// and Monday included, spread as evenly as the days allow.
pub fn run_days(days: [bool; 7]) -> Vec<usize> {
    let mut best: Vec<usize> = Vec::new();
    let mut best_gap = 0;
    for mask in 1_u8..128 {
        let chosen: Vec<usize> = (0..7).filter(|d| mask & (1 << d) != 0).collect();
        if chosen.len() > 3 || chosen.iter().any(|d| !days.get(*d).copied().unwrap_or(false)) {
            continue;
        }
        // Gaps between chosen days around the week; adjacent days have a gap of 1.
        let gaps: Vec<usize> = chosen
            .iter()
            .zip(chosen.iter().cycle().skip(1))
            .map(|(a, b)| if chosen.len() == 1 { 7 } else { (b + 7 - a) % 7 })
            .collect();
        let gap = gaps.iter().copied().min().unwrap_or(7);
        if gap < 2 {
            continue;
        }
        if chosen.len() > best.len() || (chosen.len() == best.len() && gap > best_gap) {
            best_gap = gap;
            best = chosen;
        }
    }
    best
}

/// One rung of the walk/run ladder.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Level {
    /// `repeats` × (run `run` minutes, walk): runs a whole number of quarter minutes.
    Intervals {
        /// Minutes of each run.
        run: f64,
        /// How many.
        repeats: u32,
    },
    /// A continuous run of so many minutes.
    Continuous(f64),
}

/// Repeats of a run/walk level: one more is at most 8.3 % more running once there are 12.
const MOST_REPEATS: u32 = 20;

fn quarters_below(minutes: f64) -> f64 {
    (minutes * 4.0 + 1e-9).floor() / 4.0
}

impl Level {
    /// Running minutes.
    fn minutes(self) -> f64 {
        match self {
            Self::Intervals { run, repeats } => run * f64::from(repeats),
            Self::Continuous(minutes) => minutes,
        }
    }

    /// The run/walk level with the most running at or below `minutes`, if there is one.
    fn at_most(minutes: f64) -> Option<Self> {
        if minutes < SHORTEST_MINUTES {
            return None;
        }
        let run = quarters_below(minutes / 16.0).max(0.5);
        let repeats = ((minutes / run + 1e-9).floor() as u32).min(MOST_REPEATS);
        (repeats >= 3).then_some(Self::Intervals { run, repeats })
    }

    /// The next rung: one more repeat, or runs a quarter minute longer with fewer repeats, or
    /// a longer continuous run; at most [`STEP`] more running and within `most`. `None` when
    /// a cap stops the climb.
    fn step(self, most: f64) -> Option<Self> {
        let now = self.minutes();
        let top = (now * STEP).min(most) + 1e-9;
        let next = match self {
            Self::Intervals { run, repeats } => {
                let more = Self::Intervals { run, repeats: repeats + 1 };
                let longer = run + 0.25;
                let fewer = Self::Intervals {
                    run: longer,
                    repeats: ((top / longer).floor() as u32).min(MOST_REPEATS),
                };
                if repeats < MOST_REPEATS && more.minutes() <= top { more } else { fewer }
            }
            Self::Continuous(_) => Self::Continuous(quarters_below(top)),
        };
        (next.minutes() > now + 1e-9 && next.minutes() <= top).then_some(next)
    }

    /// The same running as one continuous run, once the runs are long enough.
    fn continuous(self) -> Self {
        match self {
            Self::Intervals { .. } if self.minutes() >= CONTINUOUS_FROM_MINUTES => {
                Self::Continuous(self.minutes())
            }
            other => other,
        }
    }

    fn session(self, terrain: Terrain) -> SessionKind {
        let minutes = |m: f64| Minutes::new(m).unwrap_or_default();
        match self {
            Self::Intervals { run, repeats } => SessionKind::RunWalk(RunWalk {
                run: Segment::Minutes(minutes(run)),
                // Walk breaks shorten as the runs grow.
                walk: Segment::Minutes(minutes(if run < 1.0 { 1.5 } else { 1.0 })),
                repeats: u16::try_from(repeats).unwrap_or(1),
                effort: Effort::Easy,
                terrain,
            }),
            Self::Continuous(m) => SessionKind::Run(Run {
                distance: None,
                minutes: Minutes::new(m),
                effort: Effort::Easy,
                terrain,
            }),
        }
    }
}

/// Weekdays, Monday first, as the generator's `days` index them.
pub const WEEKDAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::{Level, run_days};

    #[test]
    fn run_days_are_never_next_to_each_other() {
        assert_eq!(run_days([true; 7]).len(), 3);
        assert_eq!(run_days([true, true, true, true, true, false, false]), [0, 2, 4]);
        assert_eq!(run_days([false, false, false, false, false, true, true]).len(), 1);
        assert_eq!(
            run_days([true, false, false, false, false, false, true]).len(),
            1,
            "Sunday touches Monday"
        );
        assert_eq!(run_days([false; 7]), Vec::<usize>::new());
    }

    /// From run 30 s × 12 the ladder climbs in steps under the spike limit, runs never get
    /// shorter, and a cap stops it.
    #[test]
    fn the_ladder_climbs_in_small_steps_and_stops_at_a_cap() {
        let mut level = Level::at_most(super::FIRST_LEVEL_MINUTES).unwrap();
        assert_eq!(level, Level::Intervals { run: 0.5, repeats: 12 });
        let run_of = |l: Level| if let Level::Intervals { run, .. } = l { run } else { f64::INFINITY };
        for _ in 0..60 {
            let next = level.step(f64::INFINITY).unwrap();
            assert!(
                next.minutes() > level.minutes() && next.minutes() <= level.minutes() * super::STEP + 1e-9
            );
            assert!(run_of(next) >= run_of(level), "{level:?} → {next:?}");
            level = next;
        }
        let capped = Level::at_most(9.0).unwrap();
        assert_eq!(capped.step(9.0), None);
    }
}
