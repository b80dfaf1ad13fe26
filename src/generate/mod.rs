//! A plan from the method: a walk/run ladder that follows every rule, from a few answers.
//!
//! A comeback that is said (an injury, a bone-stress injury, a birth) starts with walks and
//! strength sessions, and the clinic's checks before the first run as a session of their own
//! on the last free day before the first run week (`ready.rs`); after a birth the first run
//! comes 12 weeks after it at the earliest. The plan's checks are filled in, open: ticking
//! them is the runner's, and a run before they are passed is the rules' to point out.
//!
//! Someone not running yet then starts the staged walk/run start (`rules::stages`,
//! [`STAGES`]): a 30-minute session whose running share rises one stage at a time,
//! walk 4 / run 1 → … → 1/4, then longer runs (5, 9, 14 minutes) to 28 minutes continuous,
//! no run more than twice the one before. Each stage is held for two build weeks or more, and
//! again after a down week, before the next; a stage that would raise a week's running past
//! the acute:chronic advice waits too.
//!
//! Someone already running starts at the stage that fits, or past the stages on a run/walk
//! interval level (later one continuous run). Each such level is held for `mastery_runs` runs,
//! and never changes right after a down week; each step adds one repeat, or lengthens the runs
//! by two minutes with fewer repeats, raising the running time by at most [`STEP`]: no run is a
//! spike and three steps stay inside the 30 % ramp. Runs fall on days that are never next to
//! each other (not even Sunday and Monday), walks fill the days between, and at least one day a
//! week is left to rest. After `down_week_every` build weeks comes a down week: the same level
//! with fewer runs. The first weeks (the walk-break period) are run/walk on the track; after
//! them the first step changes the terrain to flat road instead of the time, then running
//! becomes continuous. Run/walk segments are whole minutes, other times whole or half
//! minutes. `tests/headless/generate.rs` checks that what this makes draws no finding at all once its
//! checks are ticked.

mod ladder;
mod ready;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::plan::{
    Comeback, CommandError, Distance, Minutes, Plan, PlanMeta, RuleSettings, Session, SessionId, SessionKind,
    Terrain, Units, WeekStart,
};
use ladder::Level;
pub use ladder::{STAGES, STEP};
use ready::Readiness;
pub use ready::{BIRTH_TO_FIRST_RUN_DAYS, check_session, week_words};

/// Running minutes from which, after the walk-break period, run/walk intervals become one
/// continuous run.
const CONTINUOUS_FROM_MINUTES: f64 = 15.0;

/// Build weeks a stage is held at least before the next.
const STAGE_WEEKS: u32 = 2;

/// Minutes of the session where the checks are tried.
const CHECK_MINUTES: f64 = 45.0;

/// Minutes of a strength session before the first run.
const STRENGTH_MINUTES: f64 = 20.0;

/// How far under the acute:chronic advice's threshold a week with a step stays, so that the
/// rule's own sum of distances, rounded differently, agrees.
const RATIO_MARGIN: f64 = 0.01;

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
    /// How many full weeks to plan, the weeks before the first run included.
    pub weeks: u32,
    /// What the comeback is from; `None` when not said: no checks, runs from the first week.
    #[serde(default)]
    pub comeback: Option<Comeback>,
    /// The day of the injury, or of the birth (needed after a birth).
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// Whether the checks before the first run are passed already; they are then ticked on
    /// the plan's first day and no check session is planned.
    #[serde(default)]
    pub checks_passed: bool,
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
            comeback: None,
            since: None,
            checks_passed: false,
        }
    }
}

/// Why no plan can be made from the answers.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum GenerateError {
    /// No day is available.
    #[error("{}", crate::t!("new-plan-error-no-days"))]
    NoDays,
    /// Too few or too many weeks.
    #[error("{}", crate::t!("new-plan-error-weeks", most = MAX_WEEKS))]
    Weeks,
    /// A distance is negative, not a number or absurd: which one, "current", "flare" or "cap".
    #[error("{}", crate::t!("new-plan-error-distance", field = *.0))]
    Distance(&'static str),
    /// After a birth, the birth date is needed.
    #[error("{}", crate::t!("new-plan-error-birth-date"))]
    BirthDate,
    /// The injury or the birth is after the plan's first day.
    #[error("{}", crate::t!("new-plan-error-since-after-start"))]
    SinceAfterStart,
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
    let current = distance(input.current_weekly, "current")?;
    let flare = input.flare_distance.map(|f| distance(f, "flare")).transpose()?;
    let weekly_cap = input.weekly_cap.map(|c| distance(c, "cap")).transpose()?;
    if input.comeback.is_some_and(Comeback::is_birth) && input.since.is_none() {
        return Err(GenerateError::BirthDate);
    }
    if input.since.is_some_and(|since| since > input.start) {
        return Err(GenerateError::SinceAfterStart);
    }

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
    let ready =
        Readiness { comeback: input.comeback, since: input.since, checks_passed: input.checks_passed };
    let first_week = input.week_start.week_of(input.start);
    // A start in mid-week gets walks until the first full week.
    let full_from = if first_week == input.start { first_week } else { add(first_week, 7) };
    let runs_from = ready.first_run_week(input.start, full_from, input.days);
    // Minutes a run has now, for someone already running, unless weeks without running come
    // first (before the checks, after a birth): running starts again from zero after them.
    let running_now =
        (current > 0.0 && per_week > 0 && runs_from <= full_from).then(|| current * pace / per_week as f64);
    let first_stage = Level::first_stage(None, f64::INFINITY).map_or(0.0, Level::minutes);
    let last_stage = STAGES.last().map_or(0.0, |&(run, _, repeats)| run * f64::from(repeats));
    let level = match running_now {
        Some(now) if now.min(most) >= last_stage => Level::at_most(now.min(most)),
        Some(now) if now >= first_stage => Level::first_stage(Some(now.min(most)), most),
        // Less running than the first stage's is a start from zero, judged as one.
        _ => {
            rules.starting_weekly_distance = Distance::ZERO;
            Level::first_stage(None, most)
        }
    };

    let mut meta = PlanMeta {
        title: crate::t!("new-plan-title"),
        start: input.start,
        units: input.units,
        week_start: input.week_start,
        ..PlanMeta::default()
    };
    if let Some(comeback) = input.comeback {
        meta.comeback_kind = Some(comeback);
        meta.injury_date = input.since;
        meta.checks = comeback.checks();
        if input.checks_passed {
            for check in &mut meta.checks {
                check.passed = Some(input.start);
            }
        }
    }
    let check_note = input.comeback.map(|c| ready::check_note(c, &meta.checks)).unwrap_or_default();

    let end = add(full_from, 7 * u64::from(input.weeks));
    let check_day = ready.check_day(input.start, runs_from, input.days);
    let all_free = input.days.iter().all(|d| *d);
    let start_minutes = rules.starting_weekly_distance.get() * pace;
    let ratio_max = rules.acute_chronic_max - RATIO_MARGIN;
    let mut climb = Climb {
        level,
        terrain: Terrain::Track,
        held_runs: 0,
        held_weeks: 0,
        after_down: false,
        build_streak: 0,
        most,
        per_week,
        mastery: rules.mastery_runs,
        down_every: rules.down_week_every.max(1),
        walk_break_weeks: rules.walk_breaks_weeks.max(rules.alternate_days_weeks),
    };
    let mut out = Sessions::default();
    // Running minutes of each week from the first, as the acute:chronic advice counts them.
    let mut week_minutes: Vec<f64> = Vec::new();
    let mut week = first_week;
    while week < end {
        let full = week >= full_from;
        let running = full && week >= runs_from;
        let plan = if running {
            let index = u32::try_from((week - full_from).num_days() / 7).unwrap_or(u32::MAX);
            // A step keeps the weeks from this one on, as proposed, under the acute:chronic
            // advice, counted as the rule does: weeks before the plan at the starting
            // distance, and none for the first four weeks of a start from zero.
            let fits = |proposed: &[f64]| {
                let mut weeks = week_minutes.clone();
                proposed.iter().all(|&minutes| {
                    let k = weeks.len();
                    weeks.push(minutes);
                    if k < 3 && start_minutes <= 0.0 {
                        return true;
                    }
                    let before: f64 = (k.saturating_sub(3)..k).filter_map(|j| weeks.get(j)).sum::<f64>()
                        + start_minutes * 3_usize.saturating_sub(k) as f64;
                    let chronic = (before + minutes) / 4.0;
                    chronic <= 0.0 || minutes / chronic < ratio_max
                })
            };
            climb.plan_week(index, fits)
        } else {
            WeekPlan { runs: 0, level: None, down: false }
        };
        // The first week, cut short by the start, has no rest day to give.
        let mut rest_given = !full;
        for offset in 0..7 {
            let date = add(week, offset);
            if date < input.start || date >= end {
                continue;
            }
            let index = weekday(date);
            let available = input.days.get(index).copied().unwrap_or(false);
            let run_slot = run_days.iter().position(|d| *d == index);
            if Some(date) == check_day {
                out.push_noted(
                    date,
                    SessionKind::Strength { minutes: Minutes::new(CHECK_MINUTES) },
                    check_note.clone(),
                );
                continue;
            }
            match (run_slot, plan.level) {
                (Some(slot), Some(level)) if slot < plan.runs => {
                    out.push(date, level.session(climb.terrain));
                }
                _ if !available => {}
                // With every day available, one day without a run is kept for rest.
                _ if !rest_given && all_free && run_slot.is_none() => {
                    out.push(date, SessionKind::Rest);
                    rest_given = true;
                }
                // Before the first run of a comeback, strength where the runs will be.
                (Some(_), _) if input.comeback.is_some() && !running => {
                    out.push(date, SessionKind::Strength { minutes: Minutes::new(STRENGTH_MINUTES) });
                }
                _ => {
                    out.push(
                        date,
                        SessionKind::Walk { distance: None, minutes: Minutes::new(ready.walk_minutes(date)) },
                    );
                }
            }
        }
        week_minutes.push(plan.level.map_or(0.0, |l| l.minutes() * plan.runs as f64));
        climb.after_week(&plan);
        week = add(week, 7);
    }
    Ok(Plan::try_from((meta, rules, out.list))?)
}

/// Sessions as they are planned, numbered from 1.
#[derive(Default)]
struct Sessions {
    list: Vec<Session>,
}

impl Sessions {
    fn push(&mut self, date: NaiveDate, kind: SessionKind) {
        self.push_noted(date, kind, String::new());
    }

    fn push_noted(&mut self, date: NaiveDate, kind: SessionKind, note: String) {
        let id = SessionId(u32::try_from(self.list.len()).unwrap_or(u32::MAX).saturating_add(1));
        self.list.push(Session { note, ..Session::planned(id, date, kind) });
    }
}

/// A week's runs: how many, at which level, and whether it is a down week.
struct WeekPlan {
    runs: usize,
    level: Option<Level>,
    down: bool,
}

/// Where the climb is, and how long the level has been held.
struct Climb {
    level: Option<Level>,
    terrain: Terrain,
    /// Runs at the level, down weeks left out.
    held_runs: u32,
    /// Build weeks at the level.
    held_weeks: u32,
    /// Whether the last week was a down week: the level is held again before the next.
    after_down: bool,
    /// Build weeks since the last down week.
    build_streak: u32,
    most: f64,
    per_week: usize,
    mastery: u32,
    down_every: u32,
    walk_break_weeks: u32,
}

impl Climb {
    /// The running minutes of the weeks from a step to `next` on: its week, and when a down
    /// week comes next, the down week and the week back at the level too, which a step just
    /// before a down week without runs would push past the advice.
    fn with_step(&self, next: Level) -> Vec<f64> {
        let per_week = self.per_week as f64;
        let build = next.minutes() * per_week;
        if self.build_streak + 1 < self.down_every {
            return vec![build];
        }
        let down = next.minutes() * f64::from(u8::from(self.per_week >= 2));
        vec![build, down, build]
    }

    /// The runs of full week `index` (from the first full week); `fits` says whether weeks of
    /// so many running minutes may come next.
    fn plan_week(&mut self, index: u32, fits: impl Fn(&[f64]) -> bool) -> WeekPlan {
        let early = index < self.walk_break_weeks;
        if !early {
            // After the walk-break period, long enough intervals become one run: the same level.
            self.level = self.level.map(|l| l.continuous(CONTINUOUS_FROM_MINUTES));
        }
        let Some(level) = self.level else { return WeekPlan { runs: 0, level: None, down: false } };
        if self.build_streak >= self.down_every {
            // The level keeps itself and drops runs: one run of two or three, or none. (A
            // stage at half its repeats would keep more running, but the step back after pain
            // and the mastery rule read a down week as the same level with fewer runs.)
            let runs = usize::from(self.per_week >= 2);
            return WeekPlan { runs, level: Some(level), down: true };
        }
        let held = self.held_runs >= self.mastery
            && !self.after_down
            && (!level.is_stage() || self.held_weeks >= STAGE_WEEKS);
        if held {
            if !early && self.terrain == Terrain::Track {
                // One variable at a time: the first step after the track is the surface.
                self.terrain = Terrain::FlatRoad;
                (self.held_runs, self.held_weeks) = (0, 0);
            } else if let Some(next) = level.step(self.most, early)
                // The staged start is judged by its stages, not the acute:chronic advice
                // (`rules::acute_chronic`), as by neither the ramp nor the 10 % rule.
                && (next.is_stage() || fits(&self.with_step(next)))
            {
                self.level = Some(next);
                (self.held_runs, self.held_weeks) = (0, 0);
            }
        }
        WeekPlan { runs: self.per_week, level: self.level, down: false }
    }

    fn after_week(&mut self, week: &WeekPlan) {
        if week.down {
            self.after_down = true;
            self.build_streak = 0;
        } else if week.runs > 0 && week.level.is_some() {
            self.after_down = false;
            self.build_streak += 1;
            self.held_weeks += 1;
            self.held_runs += u32::try_from(week.runs).unwrap_or(u32::MAX);
        }
    }
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

/// Weekdays, Monday first, as the generator's `days` index them.
pub const WEEKDAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
