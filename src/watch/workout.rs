//! A session as a watch workout: its name, its sport and its steps, in the units FIT counts in.
//!
//! This is the mapping from the plan's words to a watch's; [`super::fit`] only lays the result
//! out as bytes.

use crate::plan::{Distance, Minutes, RunWalk, Segment, Session, SessionKind, Units, fmt_num};

/// The longest workout name written, in bytes (all of them ASCII, so also in characters).
///
/// Watches show about 15–20 characters of a name in their workout list and cut or scroll the
/// rest, so names put the workout's shape first and the day after: a cut loses the day, and two
/// workouts of the same shape are interchangeable anyway. The cap only bounds absurd plans
/// ("R/W 12345.67mi/…"); every name a real plan makes is shorter.
pub const MAX_NAME_LEN: usize = 32;

/// Which sport a watch records the workout as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sport {
    /// Runs and run/walks: the watch's run profile, so pace and distance count as running.
    Running,
    /// Walking: the watch records with its walk profile.
    Walking,
}

/// How hard a step is, as FIT's `intensity` tells the watch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intensity {
    /// The running part.
    Active,
    /// A walk break between runs: FIT's `recovery`, Garmin Connect's "Recover" step (moving,
    /// easy), rather than `rest`, which watches treat as standing still.
    Recovery,
}

/// When a step ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// After this many milliseconds (FIT's `time` duration).
    Millis(u32),
    /// After this many centimetres (FIT's `distance` duration).
    Centimetres(u32),
    /// When the runner presses lap: a run or walk planned without a distance or time.
    Open,
}

/// One step of a workout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Run or walk for a time or a distance.
    Interval {
        /// When it ends.
        length: Length,
        /// Running or walking (active), or a walk break (recovery).
        intensity: Intensity,
    },
    /// Go back to step `from` (an index into the steps) until the steps from there to here
    /// have been done `times` times in all, as FIT's `repeat_until_steps_cmplt` does.
    Repeat {
        /// Index of the first repeated step.
        from: u16,
        /// How many times the repeated steps are done in all (not how many more).
        times: u16,
    },
}

impl Step {
    /// The short name the watch shows during the step of a `sport` workout: "Run", "Walk" or
    /// "Repeat".
    pub fn name(&self, sport: Sport) -> &'static str {
        match (self, sport) {
            (Self::Repeat { .. }, _) => "Repeat",
            (Self::Interval { intensity: Intensity::Recovery, .. }, _) | (_, Sport::Walking) => "Walk",
            (Self::Interval { .. }, Sport::Running) => "Run",
        }
    }
}

/// A session as a structured workout, ready to encode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workout {
    /// The name in the watch's list: "R/W 1/1 x12 Tue 1 Dec", ASCII, at most [`MAX_NAME_LEN`].
    pub name: String,
    /// Running or walking.
    pub sport: Sport,
    /// The steps in order; a repeat step points back at an earlier one.
    pub steps: Vec<Step>,
    /// Tells this workout apart from others on the same watch (the session's id); FIT asks
    /// that type, manufacturer, product and serial number together be unique per file.
    pub serial: u32,
}

/// The workout for a run, run/walk or walk; `None` for every other kind, and for a run/walk
/// of zero repeats, which has nothing to do.
///
/// `units` are the plan's: distances convert exactly (1 mi = 1609.344 m) and round to the
/// centimetre FIT counts in. A run or walk planned with both a distance and a time follows the
/// distance, as the calendar's chip shows it; one planned with neither ends at the lap button.
pub fn workout(session: &Session, units: Units) -> Option<Workout> {
    let interval = |length, intensity| Step::Interval { length, intensity };
    let (sport, steps, shape) = match &session.kind {
        SessionKind::Run(run) => {
            let length = length_of(run.distance, run.minutes, units);
            (Sport::Running, vec![interval(length, Intensity::Active)], plain("Run", length, units))
        }
        SessionKind::Walk { distance, minutes } => {
            let length = length_of(*distance, *minutes, units);
            (Sport::Walking, vec![interval(length, Intensity::Active)], plain("Walk", length, units))
        }
        SessionKind::RunWalk(rw) if rw.repeats > 0 => {
            let mut steps = vec![
                interval(segment_length(rw.run, units), Intensity::Active),
                interval(segment_length(rw.walk, units), Intensity::Recovery),
            ];
            if rw.repeats > 1 {
                steps.push(Step::Repeat { from: 0, times: rw.repeats });
            }
            (Sport::Running, steps, run_walk_shape(rw, units))
        }
        _ => return None,
    };
    let mut name = format!("{shape} {}", session.date.format("%a %-d %b"));
    name.truncate(MAX_NAME_LEN);
    // Session ids are unique in a plan; FIT's serial number must not be 0 (its "invalid").
    let serial = if session.id.0 == 0 { u32::MAX } else { session.id.0 };
    Some(Workout { name, sport, steps, serial })
}

/// The step length of a run or walk: its distance if planned, else its time, else open.
fn length_of(distance: Option<Distance>, minutes: Option<Minutes>, units: Units) -> Length {
    match (distance, minutes) {
        (Some(d), _) => Length::Centimetres(centimetres(d, units)),
        (None, Some(m)) => Length::Millis(millis(m)),
        (None, None) => Length::Open,
    }
}

fn segment_length(segment: Segment, units: Units) -> Length {
    match segment {
        Segment::Distance(d) => Length::Centimetres(centimetres(d, units)),
        Segment::Minutes(m) => Length::Millis(millis(m)),
    }
}

/// Centimetres in `distance`, exact up to the rounding to whole centimetres.
///
/// Plans hold at most 100 000 units; past FIT's 32 bits (42 949 km) the value saturates, which
/// `as` does for floats, and which no watch would reach anyway.
fn centimetres(distance: Distance, units: Units) -> u32 {
    (distance.get() * cm_per_unit(units)).round() as u32
}

/// Centimetres in one mile (exactly 1609.344 m) or one kilometre.
fn cm_per_unit(units: Units) -> f64 {
    match units {
        // The literal rather than KM_PER_MILE × 100 000, whose product is off in the last bit.
        Units::Miles => 160_934.4,
        Units::Km => 100_000.0,
    }
}

/// Milliseconds in `minutes`, saturating past FIT's 32 bits (49 days) like [`centimetres`].
fn millis(minutes: Minutes) -> u32 {
    (minutes.get() * 60_000.0).round() as u32
}

/// "Run 2mi", "Walk 35min", "Run" (open), from the step's length in FIT's units.
fn plain(kind: &str, length: Length, units: Units) -> String {
    match length {
        Length::Centimetres(cm) => {
            format!("{kind} {}{}", fmt_num(f64::from(cm) / cm_per_unit(units)), units.abbrev())
        }
        Length::Millis(ms) => format!("{kind} {}min", fmt_num(f64::from(ms) / 60_000.0)),
        Length::Open => kind.to_owned(),
    }
}

/// "R/W 1/1 x12" when both parts are whole minutes (as the calendar's chip reads), otherwise
/// each part on its own: "R/W 0:30/1:00 x10", "R/W 0.25mi/1:00 x8".
///
/// "x" rather than "×": many watch fonts have no "×", and a missing glyph shows as a box.
fn run_walk_shape(rw: &RunWalk, units: Units) -> String {
    let whole = |s: Segment| match s {
        Segment::Minutes(m) => (m.get().fract() == 0.0).then(|| fmt_num(m.get())),
        Segment::Distance(_) => None,
    };
    let pair = match (whole(rw.run), whole(rw.walk)) {
        (Some(run), Some(walk)) => format!("{run}/{walk}"),
        _ => format!("{}/{}", segment_text(rw.run, units), segment_text(rw.walk, units)),
    };
    format!("R/W {pair} x{}", rw.repeats)
}

/// "0:30", "1:15" or "0.25mi".
fn segment_text(segment: Segment, units: Units) -> String {
    match segment {
        Segment::Minutes(m) => {
            let seconds = (m.get() * 60.0).round() as u64;
            format!("{}:{:02}", seconds / 60, seconds % 60)
        }
        Segment::Distance(d) => format!("{d}{}", units.abbrev()),
    }
}
