//! A plan from the method: a walk/run ladder that follows every rule, from a few answers.
//!
//! Someone not running yet starts with the staged walk/run start (`rules::stages`): a session
//! of steady time (30 minutes, less where a cap asks) whose running share rises one stage at a
//! time, walk 4 / run 1 × 6 → 3/2 → 2/3 → 1/4 → run 9 / walk 1 × 3, then the running of the last
//! stage as one continuous run, which hands over to the mileage ladder below. Each stage is held
//! for `mastery_runs` runs, as a level is.
//!
//! Otherwise a level is a number of run/walk repeats (later one continuous run). Each level is held for
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

/// Shortest run/walk the ladder writes: run 30 s × 3.
const SHORTEST_MINUTES: f64 = 1.5;

/// Running minutes from which, after the walk-break period, runs are continuous.
const CONTINUOUS_FROM_MINUTES: f64 = 15.0;

/// The staged start's stages, as (share of the session spent running, repeats): the clinic
/// programmes' fifths, then 9-minute runs, as the Trials 2023 table ends with 4-minute runs and
/// then all running.
const STAGES: [(f64, u32); 5] = [(0.2, 6), (0.4, 6), (0.6, 6), (0.8, 6), (0.9, 3)];

/// Minutes of a staged-start session when no cap asks for less.
const STAGE_SESSION_MINUTES: f64 = 30.0;

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
    // Minutes a run has now, for someone already running.
    let running_now = (current > 0.0 && per_week > 0).then(|| current * pace / per_week as f64);
    let mut level = match running_now {
        Some(now) if now.min(most) >= STAGES.last().map_or(1.0, |s| s.0) * STAGE_SESSION_MINUTES => {
            Level::at_most(now.min(most))
        }
        now => Level::first_stage(now, most),
    };

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
            } else if let Some(next) = level.and_then(|l| l.step(most, early)) {
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
    /// Stage `index` of [`STAGES`] in sessions of `session` minutes.
    Stage {
        /// Which stage.
        index: usize,
        /// Minutes of the whole session.
        session: f64,
    },
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
            Self::Stage { .. } => {
                let (run, _, repeats) = self.stage_parts();
                run * f64::from(repeats)
            }
        }
    }

    /// Where the staged start begins for someone running `now` minutes a run (`None`: not
    /// running yet): in sessions as long as the caps allow once the last stage's running becomes
    /// continuous, at the highest stage with no more running than now, or in shorter sessions
    /// when even the first stage has more; `None` when a session would be under 3 minutes.
    fn first_stage(now: Option<f64>, most: f64) -> Option<Self> {
        let last_share = STAGES.last().map_or(1.0, |s| s.0);
        let first_share = STAGES.first().map_or(1.0, |s| s.0);
        let mut session = quarters_below((most / last_share).min(STAGE_SESSION_MINUTES));
        let mut index = 0;
        if let Some(now) = now {
            session = session.min(quarters_below(now / first_share).max(2.0 * SHORTEST_MINUTES));
            index = STAGES.iter().rposition(|s| s.0 * session <= now + 1e-9).unwrap_or(0);
        }
        (session >= 2.0 * SHORTEST_MINUTES).then_some(Self::Stage { index, session })
    }

    /// A stage's run and walk minutes, each to the second, and its repeats.
    fn stage_parts(self) -> (f64, f64, u32) {
        let Self::Stage { index, session } = self else { return (0.0, 0.0, 0) };
        let (share, repeats) = STAGES.get(index).copied().unwrap_or((1.0, 1));
        // Whole seconds, rounded down so that no rounding takes a run past a cap, and the walk
        // the rest of the cycle, so that every stage's session is as long.
        let cycle = (session / f64::from(repeats) * 60.0 + 1e-6).floor();
        let run = (share * cycle + 1e-6).floor();
        (run / 60.0, (cycle - run) / 60.0, repeats)
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
    fn step(self, most: f64, early: bool) -> Option<Self> {
        if let Self::Stage { index, session } = self {
            // Stages raise the share of a session whose time stays: the stage rule judges them.
            return if index + 1 < STAGES.len() {
                Some(Self::Stage { index: index + 1, session })
            } else {
                // Continuous running waits for the end of the walk-break period.
                (!early).then(|| Self::Continuous(self.minutes()))
            };
        }
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
            Self::Continuous(_) | Self::Stage { .. } => Self::Continuous(quarters_below(top)),
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
                // Walk breaks shorten as the runs grow; from runs of 1:30 a walk is half a run,
                // so that the step to continuous running is one stage (rules::stages).
                walk: Segment::Minutes(minutes(if run < 1.0 {
                    1.5
                } else if run < 1.5 {
                    1.0
                } else {
                    run / 2.0
                })),
                repeats: u16::try_from(repeats).unwrap_or(1),
                effort: Effort::Easy,
                terrain,
            }),
            Self::Stage { .. } => {
                let (run, walk, repeats) = self.stage_parts();
                SessionKind::RunWalk(RunWalk {
                    run: Segment::Minutes(minutes(run)),
                    walk: Segment::Minutes(minutes(walk)),
                    repeats: u16::try_from(repeats).unwrap_or(1),
                    effort: Effort::Easy,
                    terrain,
                })
            }
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

    /// From run 30 s × 12 (someone running 6 minutes a run) the ladder climbs in steps under the spike limit, runs never get
    /// shorter, and a cap stops it.
    #[test]
    fn the_ladder_climbs_in_small_steps_and_stops_at_a_cap() {
        let mut level = Level::at_most(6.0).unwrap();
        assert_eq!(level, Level::Intervals { run: 0.5, repeats: 12 });
        let early = false;
        let run_of = |l: Level| if let Level::Intervals { run, .. } = l { run } else { f64::INFINITY };
        for _ in 0..60 {
            let next = level.step(f64::INFINITY, early).unwrap();
            assert!(
                next.minutes() > level.minutes() && next.minutes() <= level.minutes() * super::STEP + 1e-9
            );
            assert!(run_of(next) >= run_of(level), "{level:?} → {next:?}");
            level = next;
        }
        let capped = Level::at_most(9.0).unwrap();
        assert_eq!(capped.step(9.0, early), None);
    }
}
