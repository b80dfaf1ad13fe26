//! The rungs the generator climbs: the staged start's stages, run/walk intervals for someone
//! already running, and continuous runs. Every time on a rung is a whole or half minute, so a
//! chip reads "Run 29:30 min", never "Run 29.25 min".

use crate::plan::{Effort, Minutes, Run, RunWalk, Segment, SessionKind, Terrain};

/// The largest rise of running time from one level to the next: under the 10 % spike warning,
/// and three steps (1.277) under the 30 % ramp.
pub const STEP: f64 = 1.085;

/// The staged start in a 30-minute session, as (run, walk, repeats) in minutes: the clinic
/// programmes' walk 4 / run 1 → 3/2 → 2/3 → 1/4, with walk 2 / run 1 between the first two
/// (running doubled in one step is more than the acute:chronic advice allows a week), then
/// longer runs (5, 9, 14 minutes), so that no step more than doubles the running segment, up to
/// the hand-over to 28 minutes of continuous running. Whole minutes all, as a narrow chip reads
/// them ("R/W 1:2 ×10").
pub const STAGES: [(f64, f64, u32); 8] = [
    (1.0, 4.0, 6),
    (1.0, 2.0, 10),
    (2.0, 3.0, 6),
    (3.0, 2.0, 6),
    (4.0, 1.0, 6),
    (5.0, 1.0, 5),
    (9.0, 1.0, 3),
    (14.0, 1.0, 2),
];

/// Minutes of a staged-start session when no cap asks for less.
pub const SESSION_MINUTES: f64 = 30.0;

/// Shorter sessions for caps too low for the first stage of 30 minutes: the stages whose
/// cycles fit them, up to walk 1 / run 4, where the climb stops.
const SHORT_SESSIONS: [f64; 3] = [15.0, 10.0, 5.0];

/// The last stage a short session has: walk 1 / run 4.
const LAST_SHORT_STAGE: usize = 4;

/// Whether stage `index`'s cycles fill a session of `session` minutes.
fn fits_session(index: usize, session: f64) -> bool {
    STAGES.get(index).is_some_and(|&(run, walk, _)| {
        let cycles = session / (run + walk);
        (cycles - cycles.round()).abs() < EPSILON
    })
}

/// Repeats of a run/walk interval level: one more is at most 8.3 % more running once there
/// are 12.
const MOST_REPEATS: u32 = 20;

const EPSILON: f64 = 1e-9;

/// One rung of the ladder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Level {
    /// Stage `index` of [`STAGES`] in sessions of `session` minutes.
    Stage {
        /// Which stage.
        index: usize,
        /// Minutes of the whole session.
        session: f64,
    },
    /// `repeats` × (run `run` whole minutes, walk half as long).
    Intervals {
        /// Minutes of each run, whole.
        run: f64,
        /// How many.
        repeats: u32,
    },
    /// A continuous run of so many minutes, whole or half.
    Continuous(f64),
}

/// `minutes` rounded down to a half minute.
pub fn halves_below(minutes: f64) -> f64 {
    (minutes * 2.0 + EPSILON).floor() / 2.0
}

impl Level {
    /// Running minutes.
    pub fn minutes(self) -> f64 {
        match self {
            Self::Intervals { run, repeats } => run * f64::from(repeats),
            Self::Continuous(minutes) => minutes,
            Self::Stage { .. } => {
                let (run, _, repeats) = self.stage_parts();
                run * f64::from(repeats)
            }
        }
    }

    /// Whether this is a stage of the staged start.
    pub fn is_stage(self) -> bool {
        matches!(self, Self::Stage { .. })
    }

    /// Where the staged start begins for someone running `now` minutes a run (`None`: not
    /// running yet), under `most` minutes a run: at the highest stage of a 30-minute session
    /// with no more running than now, or in a shorter session when a cap is below the first
    /// stage's 6 minutes; `None` when not even a minute of running fits.
    pub fn first_stage(now: Option<f64>, most: f64) -> Option<Self> {
        let first_share = |session: f64| session / 5.0;
        if first_share(SESSION_MINUTES) <= most + EPSILON {
            let index = now.map_or(0, |now| {
                (0..STAGES.len())
                    .rev()
                    .find(|&i| Self::Stage { index: i, session: SESSION_MINUTES }.minutes() <= now + EPSILON)
                    .unwrap_or(0)
            });
            return Some(Self::Stage { index, session: SESSION_MINUTES });
        }
        SHORT_SESSIONS
            .iter()
            .find(|&&s| first_share(s) <= most + EPSILON)
            .map(|&session| Self::Stage { index: 0, session })
    }

    /// A stage's run and walk minutes and its repeats in its session.
    fn stage_parts(self) -> (f64, f64, u32) {
        let Self::Stage { index, session } = self else { return (0.0, 0.0, 0) };
        let Some(&(run, walk, _)) = STAGES.get(index) else { return (0.0, 0.0, 0) };
        let repeats = (session / (run + walk) + EPSILON).floor();
        (run, walk, repeats as u32)
    }

    /// The run/walk level with the most running at or below `minutes` (28 or more, past the
    /// staged start): runs of an even number of minutes, so that the walks of half a run are
    /// whole minutes, about a dozen of them.
    pub fn at_most(minutes: f64) -> Option<Self> {
        let run = ((minutes / 24.0 + EPSILON).floor() * 2.0).max(2.0);
        let repeats = ((minutes / run + EPSILON).floor() as u32).min(MOST_REPEATS);
        (repeats >= 3).then_some(Self::Intervals { run, repeats })
    }

    /// The next rung within `most` running minutes: the next stage (continuous running only
    /// after the walk-break period, `early`), one more repeat, runs two minutes longer with
    /// fewer repeats, or a longer continuous run; never more than [`STEP`] more running outside the
    /// staged start. `None` when a cap stops the climb.
    pub fn step(self, most: f64, early: bool) -> Option<Self> {
        if let Self::Stage { index, session } = self {
            let last = if session < SESSION_MINUTES { LAST_SHORT_STAGE } else { STAGES.len() - 1 };
            if index < last {
                // A short session passes over a stage whose cycles do not fill it.
                let next = (index + 1..=last).find(|&i| fits_session(i, session))?;
                let next = Self::Stage { index: next, session };
                return (next.minutes() <= most + EPSILON).then_some(next);
            }
            // The hand-over: the last stage's running in one piece, twice its run at most.
            return (!early && session >= SESSION_MINUTES).then(|| Self::Continuous(self.minutes()));
        }
        let now = self.minutes();
        let top = (now * STEP).min(most) + EPSILON;
        let next = match self {
            Self::Intervals { run, repeats } => {
                let more = Self::Intervals { run, repeats: repeats + 1 };
                if repeats < MOST_REPEATS && more.minutes() <= top {
                    more
                } else {
                    let longer = run + 2.0;
                    let fewer = ((top / longer).floor() as u32).min(MOST_REPEATS);
                    Self::Intervals { run: longer, repeats: fewer }
                }
            }
            Self::Continuous(_) | Self::Stage { .. } => Self::Continuous(halves_below(top)),
        };
        // Longer runs with the same running are a step too: the next one adds a repeat.
        let grows = next.minutes() > now + EPSILON || (next != self && next.minutes() >= now - EPSILON);
        (grows && next.minutes() <= top && next.minutes() > 0.0).then_some(next)
    }

    /// The same running as one continuous run, once the runs add up to `from` minutes.
    pub fn continuous(self, from: f64) -> Self {
        match self {
            Self::Intervals { .. } if self.minutes() >= from => Self::Continuous(self.minutes()),
            other => other,
        }
    }

    /// The session of this level on `terrain`.
    pub fn session(self, terrain: Terrain) -> SessionKind {
        let minutes = |m: f64| Minutes::new(m).unwrap_or_default();
        let run_walk = |run: f64, walk: f64, repeats: u32| {
            SessionKind::RunWalk(RunWalk {
                run: Segment::Minutes(minutes(run)),
                walk: Segment::Minutes(minutes(walk)),
                repeats: u16::try_from(repeats).unwrap_or(1),
                effort: Effort::Easy,
                terrain,
            })
        };
        match self {
            // Walk breaks half a run: the share stays, so a step changes the time alone.
            Self::Intervals { run, repeats } => run_walk(run, run / 2.0, repeats),
            Self::Stage { .. } => {
                let (run, walk, repeats) = self.stage_parts();
                run_walk(run, walk, repeats)
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::{Level, STAGES, STEP};

    /// From run 2 min × 14 (someone running 28 minutes a run), past the walk-break period, the
    /// ladder climbs in steps under the spike limit, runs never get shorter, every time is a whole or half minute,
    /// and a cap stops it.
    #[test]
    fn the_ladder_climbs_in_small_steps_and_stops_at_a_cap() {
        let mut level = Level::at_most(28.0).unwrap();
        assert_eq!(level, Level::Intervals { run: 2.0, repeats: 14 });
        let run_of = |l: Level| if let Level::Intervals { run, .. } = l { run } else { f64::INFINITY };
        for _ in 0..60 {
            let next = level.step(f64::INFINITY, false).unwrap();
            assert!(next.minutes() >= level.minutes() && next.minutes() <= level.minutes() * STEP + 1e-9);
            assert!(run_of(next) >= run_of(level), "{level:?} → {next:?}");
            assert_eq!((next.minutes() * 2.0).fract(), 0.0, "{next:?}");
            // Past the walk-break period, as the generator climbs.
            level = next.continuous(15.0);
        }
        let mut capped = Level::at_most(30.0).unwrap();
        for _ in 0..3 {
            let Some(next) = capped.step(30.0, false) else { return };
            assert!(next.minutes() <= 30.0, "{next:?}");
            capped = next;
        }
        panic!("the cap never stopped the climb: {capped:?}");
    }

    /// 4/1 × 6 went straight to 9/1 × 3, more than doubling the run; no stage's run is more
    /// than twice the one before, the hand-over included, and each stage's session is 30
    /// minutes of whole-minute runs and walks.
    #[test]
    fn no_stage_more_than_doubles_the_run() {
        let runs: Vec<f64> = STAGES.iter().map(|s| s.0).chain([28.0]).collect();
        for pair in runs.windows(2) {
            assert!(pair[1] <= pair[0] * 2.0, "{pair:?}");
        }
        for (run, walk, repeats) in STAGES {
            assert_eq!((run + walk) * f64::from(repeats), 30.0);
            assert_eq!((run.fract(), walk.fract()), (0.0, 0.0), "whole minutes, as a narrow chip reads them");
        }
        let last = Level::Stage { index: STAGES.len() - 1, session: 30.0 };
        assert_eq!(last.step(f64::INFINITY, true), None, "continuous waits for the walk-break period");
        assert_eq!(last.step(f64::INFINITY, false), Some(Level::Continuous(28.0)));
    }

    /// A cap under the first stage's 6 minutes gives shorter sessions of the first stages.
    #[test]
    fn a_low_cap_shortens_the_sessions() {
        assert_eq!(Level::first_stage(None, 4.0), Some(Level::Stage { index: 0, session: 15.0 }));
        assert_eq!(Level::first_stage(None, 0.5), None);
        assert_eq!(Level::first_stage(Some(19.0), 100.0), Some(Level::Stage { index: 3, session: 30.0 }));
        let top = Level::Stage { index: 4, session: 15.0 };
        assert_eq!(top.step(100.0, false), None, "a short session stops at 4/1");
        let first = Level::Stage { index: 0, session: 10.0 };
        assert_eq!(
            first.step(100.0, false),
            Some(Level::Stage { index: 2, session: 10.0 }),
            "walk 2 / run 1 does not fill 10 minutes"
        );
    }
}
