//! The step back in words: what the pain asks, in words that grow with the pain, the days it
//! costs, and each session that changes with what changes.

use chrono::NaiveDate;

use crate::plan::{Effort, Level, Plan, Session, SessionKind, Status, Units};
use crate::rules::pain::Ask;
use crate::rules::{self, TOLERANCE};
use crate::t;

/// Pain from this score (during or the next day) is severe: 7–10 on the usual 0–10 scales,
/// which call 1–3 mild and 4–6 moderate. The method treats it as it treats sharp pain: not the
/// normal discomfort of coming back.
const SEVERE: u8 = 7;

/// What a change does to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    /// It moves to another day of its week.
    Day,
    /// It becomes another kind of session: a run walked, or a walk on a run's day.
    Kind,
    /// How much it runs: repeats, minutes or distance.
    Amount,
    /// Its walk breaks: the run or the walk of each repeat.
    WalkBreaks,
    /// Where it is run.
    Terrain,
    /// How hard it is meant to feel.
    Effort,
}

/// One session the step back changes: as it was, as it becomes, and what changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The session as planned.
    pub was: Session,
    /// The session as it becomes.
    pub now: Session,
    /// What changes; never empty.
    pub what: Vec<Changed>,
}

impl Change {
    /// The change from `was` to `now` at easy pace `pace`; `None` when nothing changes.
    pub fn new(was: Session, now: Session, pace: f64) -> Option<Self> {
        let mut what = Vec::new();
        if was.date != now.date {
            what.push(Changed::Day);
        }
        let (a, b) = (was.kind, now.kind);
        if a != b {
            let named = what.len();
            if a.name() != b.name() {
                what.push(Changed::Kind);
            }
            if let (SessionKind::RunWalk(x), SessionKind::RunWalk(y)) = (a, b)
                && (x.run != y.run || x.walk != y.walk)
            {
                what.push(Changed::WalkBreaks);
            }
            if a.terrain().zip(b.terrain()).is_some_and(|(x, y)| x != y) {
                what.push(Changed::Terrain);
            }
            if effort(a).zip(effort(b)).is_some_and(|(x, y)| x != y) {
                what.push(Changed::Effort);
            }
            // Whatever else differs is how much: repeats, minutes, distance.
            let amount = (a.run_distance(pace) - b.run_distance(pace)).abs() > TOLERANCE;
            if amount || what.len() == named {
                what.push(Changed::Amount);
            }
        }
        (!what.is_empty()).then_some(Self { was, now, what })
    }

    /// What changes, in words for the preview: "Run/walk 1/1 min × 12 → Run/walk 1/1 min × 10",
    /// "Run 9 min, on track, not flat road"; for a session that only moves, what it is.
    pub fn describe(&self, units: Units) -> String {
        let (was, now) = (self.was.kind, self.now.kind);
        let ground = self.what.iter().any(|c| matches!(c, Changed::Terrain | Changed::Effort));
        let mut text = if was.short(units) != now.short(units) {
            format!("{} → {}", was.short(units), now.short(units))
        } else if was == now || ground {
            now.short(units)
        } else {
            // A difference the chip's words leave out (a run's time beside its distance).
            format!("{} → {}", was.describe(units), now.describe(units))
        };
        if self.what.contains(&Changed::Terrain)
            && let (Some(from), Some(to)) = (was.terrain(), now.terrain())
        {
            text = t!("step-back-change-terrain", text = text, to = to.words(), from = from.words());
        }
        if self.what.contains(&Changed::Effort)
            && let (Some(from), Some(to)) = (effort(was), effort(now))
        {
            text = t!("step-back-change-effort", text = text, to = to.words(), from = from.words());
        }
        text
    }
}

/// The effort of a run or run/walk.
fn effort(kind: SessionKind) -> Option<Effort> {
    match kind {
        SessionKind::Run(r) => Some(r.effort),
        SessionKind::RunWalk(rw) => Some(rw.effort),
        _ => None,
    }
}

/// What the summary says of a rewrite: where the climb started, and whether a week was walked
/// to make it a down week or weeks were held to the ramp.
#[derive(Clone, Copy)]
pub(super) struct Shape {
    /// The place in the ladder of the first level after the rest.
    pub start: usize,
    /// Runs of a week the rest made lighter were walked, to make it a down week.
    pub dropped: bool,
    /// Runs were held to what the ramp allows over a lighter week before them.
    pub capped: bool,
}

/// How bad the pain was, which sets the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flare {
    /// Soreness the next day at or below the threshold.
    Soreness,
    /// Pain above the threshold, neither sharp nor severe.
    Pain,
    /// Sharp pain, or pain of [`SEVERE`] or more.
    Severe,
}

/// Everything the summary is made of.
pub(super) struct Summary<'a> {
    /// The plan with the pain logged, before the step back.
    pub plan: &'a Plan,
    /// The painful run.
    pub hurt: &'a Session,
    /// What the soreness rules ask.
    pub asked: &'a Ask,
    /// How many levels below the painful run's the climb starts.
    pub levels_back: usize,
    /// What the rewrite did beyond the climb.
    pub shape: Shape,
    /// The plan stepped back.
    pub after: &'a Plan,
}

impl Summary<'_> {
    /// The summary: "Pain 5/10 during: 2 days without running, then the level before, 3 times,
    /// before moving on. That costs 14 days: back at this run's level on Tue 15 Dec, not Tue 1
    /// Dec." Sharp or severe pain is said to be no mild flare, and to see a professional if it
    /// does not settle.
    pub fn words(&self) -> String {
        let sharp = self.hurt.pain.is_some_and(|p| p.sharp);
        let flare = match self.flare() {
            Flare::Soreness => "soreness",
            Flare::Pain => "pain",
            Flare::Severe if sharp => "sharp",
            Flare::Severe => "severe",
        };
        let yes = |on: bool| if on { "yes" } else { "no" };
        // The pain's words ("pain 5/10 during") start the sentence.
        let summary = rules::capitalised(&t!(
            "step-back-summary",
            flare = flare,
            why = &self.asked.why,
            days = self.asked.rest_days,
            back = self.levels_back,
            repeats = self.plan.rules.mastery_runs.max(1),
            dropped = yes(self.shape.dropped),
            capped = yes(self.shape.capped),
        ));
        // Whole sentences, each the catalogue's, one after the other.
        let mut words = vec![summary];
        words.extend(self.cost());
        if self.flare() == Flare::Severe {
            words.push(t!("step-back-see-professional"));
        }
        words.join(" ")
    }

    /// How bad the pain was: severe when sharp or scored [`SEVERE`] or more, whatever the
    /// threshold; otherwise as the soreness rules grade it.
    fn flare(&self) -> Flare {
        let Some(log) = self.hurt.pain else { return Flare::Pain };
        if log.sharp || log.during.get() >= SEVERE || log.next_day.get() >= SEVERE {
            Flare::Severe
        } else if self.asked.steps_back() {
            Flare::Pain
        } else {
            Flare::Soreness
        }
    }

    /// The days the pain costs: how much later than planned the plan is back at the painful
    /// run's level; `None` when the plan had no run at that level ahead.
    fn cost(&self) -> Option<String> {
        let pace = self.plan.rules.easy_pace_min_per_unit;
        let level = self.hurt.kind.level(pace)?;
        let planned = back_at(self.plan, self.hurt, &level, pace)?;
        Some(match back_at(self.after, self.hurt, &level, pace) {
            Some(back) if back > planned => t!(
                "step-back-cost",
                days = (back - planned).num_days().unsigned_abs(),
                back = day(back),
                planned = day(planned)
            ),
            Some(back) => t!("step-back-cost-none", back = day(back)),
            None => t!("step-back-cost-too-few", planned = day(planned)),
        })
    }
}

/// The day of the first planned run after `hurt` in `plan` at `level` or above it.
fn back_at(plan: &Plan, hurt: &Session, level: &Level, pace: f64) -> Option<NaiveDate> {
    plan.sessions()
        .iter()
        .filter(|s| (s.date, s.id) > (hurt.date, hurt.id) && s.status == Status::Planned)
        .find(|s| {
            s.kind
                .level(pace)
                .is_some_and(|l| l.distance >= level.distance - TOLERANCE && !l.is_step_back_from(level))
        })
        .map(|s| s.date)
}

/// A day as the summary names it: "Tue 1 Dec".
fn day(date: NaiveDate) -> String {
    crate::dates::day(date)
}
