//! One planned or done activity on a day: its identity, status and what was logged.

use std::fmt;

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::kind::SessionKind;
use super::note::Note;
use super::stop_sign::StopSigns;
use super::units::{Distance, Minutes, Pain, Units};

/// Stable identity of a session: survives moves, edits and file round trips.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(pub u32);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Whether a session is still ahead, was done or was skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Still ahead, or not yet logged: counts toward load as planned.
    #[default]
    Planned,
    /// Done; logged amounts and pain then count instead of the plan.
    Done,
    /// Not done; it counts toward no weekly total.
    Skipped,
}

/// How a done session felt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PainLog {
    /// Pain during the session, 0–10.
    #[serde(default)]
    pub during: Pain,
    /// Pain the next morning, 0–10.
    #[serde(default)]
    pub next_day: Pain,
    /// Whether the pain was sharp rather than a dull ache.
    #[serde(default)]
    pub sharp: bool,
    /// Signs to stop and seek advice (after a birth), which count as pain above the threshold.
    /// Absent in files before version 7.
    #[serde(default, skip_serializing_if = "StopSigns::is_empty")]
    pub stop_signs: StopSigns,
}

impl PainLog {
    /// Whether this log says the body did not tolerate the session: sharp pain, pain above
    /// `threshold` during or the next day, or a stop sign, which every rule counts as pain
    /// above the threshold.
    pub fn counts_as_pain(&self, threshold: u8) -> bool {
        !self.stop_signs.is_empty()
            || self.sharp
            || self.during.get() > threshold
            || self.next_day.get() > threshold
    }

    /// The worst of what [`counts_as_pain`](Self::counts_as_pain), in words for a finding:
    /// the stop signs ("leaking urine or wind, or bowel urgency"), else "sharp pain", else
    /// "pain 5/10 during" or "pain 4/10 the next day"; `None` when nothing counts.
    pub fn worst(&self, threshold: u8) -> Option<String> {
        let (during, next) = (self.during.get(), self.next_day.get());
        if !self.stop_signs.is_empty() {
            Some(self.stop_signs.words())
        } else if self.sharp {
            Some(crate::t!("plan-pain-sharp"))
        } else if during > threshold {
            Some(crate::t!("plan-pain-during", pain = during))
        } else if next > threshold {
            Some(crate::t!("plan-pain-next-day", pain = next))
        } else {
            None
        }
    }
}

/// What was actually done, when it differs from the plan or is worth recording.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actual {
    /// Distance covered; for runs and run/walks, the running part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance: Option<Distance>,
    /// Time taken in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Minutes>,
}

impl Actual {
    /// "2.1 mi · 24 min", or empty when nothing is logged.
    pub fn describe(&self, units: Units) -> String {
        let mut parts = Vec::new();
        parts.extend(self.distance.map(|d| format!("{d} {}", units.abbrev())));
        parts.extend(self.minutes.map(|m| format!("{m} min")));
        parts.join(" · ")
    }
}

/// Which recorded activity (a watch's file) was logged in a session: its sport and its UTC start
/// to the second, enough to recognise the same activity when it is imported again.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedId {
    sport: String,
    start: DateTime<Utc>,
}

impl RecordedId {
    /// The identity of an activity of `sport` (a stable key such as "running") that started at
    /// `start`; fractions of a second are dropped, since files round them differently.
    pub fn new(sport: &str, start: DateTime<Utc>) -> Self {
        Self { sport: sport.to_owned(), start: start.with_nanosecond(0).unwrap_or(start) }
    }

    /// The sport's key, as the importer wrote it.
    pub fn sport(&self) -> &str {
        &self.sport
    }

    /// When the activity started, in UTC, to the second.
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }
}

/// One planned or done activity on a day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Stable identity: the same session keeps it through moves, edits, copies of the file and
    /// comparisons, where it is how two versions are matched.
    pub id: SessionId,
    /// The day it is planned for, or was done on.
    #[serde(deserialize_with = "super::units::sane_date")]
    pub date: NaiveDate,
    /// What kind of session it is, with its planned amounts.
    pub kind: SessionKind,
    /// Planned, done or skipped; skipped sessions count toward no totals.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: Status,
    /// Pain logged after doing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<PainLog>,
    /// What was actually done, logged with a done session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Actual>,
    /// The recorded activity logged in this session by an import, so importing it again
    /// changes nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<RecordedId>,
    /// The session's description: what to do and how ("Track, very slow").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Remarks about the session from the runner and coach, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Session {
    /// A planned session with nothing logged and no notes.
    pub fn planned(id: SessionId, date: NaiveDate, kind: SessionKind) -> Self {
        Self {
            id,
            date,
            kind,
            status: Status::Planned,
            pain: None,
            actual: None,
            recorded: None,
            note: String::new(),
            notes: Vec::new(),
        }
    }

    /// Converts every distance, planned and done, with `convert`.
    pub fn convert_distances(&mut self, convert: impl Fn(Distance) -> Distance) {
        self.kind.convert_distances(&convert);
        if let Some(actual) = &mut self.actual {
            actual.distance = actual.distance.map(&convert);
        }
    }

    /// Running distance in plan units: what was run for a done session, what is planned for
    /// the rest; the one figure the rules, the load chart and a coach's folder count.
    ///
    /// A done session's logged distance is its running part (`Actual::distance` says so). Logged
    /// by time only, the running part of that time counts at the easy pace, as a run planned by
    /// time does; a run/walk's running part of the time is taken from its planned run:walk
    /// split. With nothing logged, a done session counts as planned.
    pub fn run_distance(&self, pace_min_per_unit: f64) -> f64 {
        let planned = self.kind.run_distance(pace_min_per_unit);
        let logged =
            self.actual.filter(|_| self.status == Status::Done && (self.kind.is_run() || planned > 0.0));
        match logged.map(|a| (a.distance, a.minutes)) {
            Some((Some(done), _)) => done.get(),
            Some((None, Some(minutes))) if pace_min_per_unit > 0.0 => {
                minutes.get() * self.kind.running_share(pace_min_per_unit) / pace_min_per_unit
            }
            _ => planned,
        }
    }

    /// Walking distance for load: the logged distance of a done walk, else the planned one.
    pub fn walk_distance(&self) -> f64 {
        match (self.kind, self.actual.and_then(|a| a.distance)) {
            (SessionKind::Walk { .. }, Some(done)) if self.status == Status::Done => done.get(),
            _ => self.kind.walk_distance(),
        }
    }

    /// Whether this session counts toward load: planned or done, not skipped.
    pub fn counts(&self) -> bool {
        self.status != Status::Skipped
    }

    /// Whether this is a run (or run/walk) that was not skipped.
    pub fn is_active_run(&self) -> bool {
        self.counts() && self.kind.is_run()
    }

    /// Whether the logged pain says the body did not tolerate this session.
    pub fn hurt(&self, threshold: u8) -> bool {
        self.status == Status::Done && self.pain.is_some_and(|p| p.counts_as_pain(threshold))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::plan::StopSign;

    /// What counts as pain and the words a finding gives it agree, a stop sign first.
    #[test]
    fn a_stop_sign_counts_as_pain_above_the_threshold() {
        let log = |during, next_day, sharp, signs: &[StopSign]| PainLog {
            during: Pain::new(during).unwrap(),
            next_day: Pain::new(next_day).unwrap(),
            sharp,
            stop_signs: signs.iter().copied().collect(),
        };
        let cases = [
            (log(0, 0, false, &[]), None),
            (log(3, 3, false, &[]), None),
            (log(4, 0, false, &[]), Some("pain 4/10 during")),
            (log(0, 5, false, &[]), Some("pain 5/10 the next day")),
            (log(1, 0, true, &[]), Some("sharp pain")),
            (log(0, 0, false, &[StopSign::Bleeding]), Some("bleeding beyond the normal course")),
            (log(6, 0, true, &[StopSign::Heaviness]), Some("heaviness, pressure or dragging in the pelvis")),
        ];
        for (log, worst) in cases {
            assert_eq!(log.worst(3).as_deref(), worst, "{log:?}");
            assert_eq!(log.counts_as_pain(3), worst.is_some(), "{log:?}");
        }
    }
}
