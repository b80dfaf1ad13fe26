//! The staged walk/run start as the plan has it: its stages and the weeks it lasts, found once
//! per validation for the context; `stages` judges it.

use super::common::{TOLERANCE, WeekTotals, as_planned};
use crate::plan::{Session, SessionId, SessionKind, Status};

/// Relative change in session time below which two sessions count as equally long (as a run's
/// level treats distance).
pub(super) const SAME_TIME: f64 = 0.02;

/// What the introduction hands over to the mileage rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Intro {
    /// The last week with one of its run/walks.
    pub last_week: usize,
    /// The highest weekly running of its weeks: the established level the ramp starts from.
    pub level: f64,
    /// Runs that raised the running share (and the hand-over): judged by stage, not as spikes.
    pub steps: Vec<SessionId>,
    /// How many of the plan's first runs are judged by stage: its run/walks and the first
    /// continuous run after them.
    pub judged: usize,
}

/// One stage: the share of the session spent running, and the session's minutes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stage {
    /// Running over the whole session, 0–1; 1 for a continuous run.
    pub share: f64,
    /// Minutes of the whole session, walk breaks included.
    pub minutes: f64,
}

impl Stage {
    /// The stage of a run or run/walk at `pace` minutes per unit; `None` for anything else or an
    /// empty session. A done session's time is the time logged, or else its logged running
    /// distance at the easy pace over the planned share, unless that is within
    /// [`DONE_AS_PLANNED`](super::common::DONE_AS_PLANNED) of the planned time; its share is the
    /// planned one.
    pub fn of(s: &Session, pace: f64) -> Option<Self> {
        let (share, planned) = planned(&s.kind, pace)?;
        let logged = s.actual.filter(|_| s.status == Status::Done);
        let minutes = match logged.map(|a| (a.minutes, a.distance)) {
            Some((Some(minutes), _)) => minutes.get(),
            Some((None, Some(distance))) if share > 0.0 => distance.get() * pace / share,
            _ => planned,
        };
        let minutes = if as_planned(minutes, planned) { planned } else { minutes };
        (minutes > 0.0).then_some(Self { share, minutes })
    }

    pub(super) fn share_up(self, before: Self) -> bool {
        self.share > before.share + TOLERANCE
    }

    pub(super) fn time_up(self, before: Self) -> bool {
        self.minutes > before.minutes * (1.0 + SAME_TIME) + TOLERANCE
    }

    pub(super) fn pct(self) -> String {
        format!("{:.0} %", self.share * 100.0)
    }
}

/// The share of the session spent running and the session's minutes, as planned.
fn planned(kind: &SessionKind, pace: f64) -> Option<(f64, f64)> {
    let (share, minutes) = match kind {
        SessionKind::RunWalk(rw) => {
            let (run, walk) = kind.segment_minutes(pace)?;
            (run / (run + walk), (run + walk) * f64::from(rw.repeats))
        }
        SessionKind::Run(r) => {
            (1.0, r.minutes.map_or(kind.run_distance(pace) * pace, crate::plan::Minutes::get))
        }
        _ => return None,
    };
    share.is_finite().then_some((share, minutes))
}

/// The introduction of a plan with `runs` and `weeks`, if its first run is a run/walk.
pub fn intro(runs: &[&Session], weeks: &[WeekTotals], pace: f64) -> Option<Intro> {
    let count = runs.iter().take_while(|s| matches!(s.kind, SessionKind::RunWalk(_))).count();
    let last = runs.get(count.checked_sub(1)?)?;
    let first_day = weeks.first()?.start;
    let last_week = usize::try_from((last.date - first_day).num_days() / 7).ok()?;
    let level = weeks.iter().take(last_week + 1).map(|w| w.run).fold(0.0, f64::max);
    let mut steps = Vec::new();
    let judged = (count + 1).min(runs.len());
    for pair in runs.get(..judged).unwrap_or_default().windows(2) {
        let [before, after] = pair else { continue };
        let (Some(a), Some(b)) = (Stage::of(before, pace), Stage::of(after, pace)) else {
            continue;
        };
        if b.share_up(a) {
            steps.push(after.id);
        }
    }
    Some(Intro { last_week, level, steps, judged })
}
