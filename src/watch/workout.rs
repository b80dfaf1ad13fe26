//! A session as a watch workout: its name, its sport and its steps, in the units FIT counts in.
//!
//! This is the mapping from the plan's words to a watch's; [`super::fit`] only lays the result
//! out as bytes.

use chrono::NaiveDate;

use crate::plan::{
    Distance, Minutes, Plan, PlanId, RunWalk, Segment, Session, SessionId, SessionKind, Units,
};
use crate::{i18n, t};

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
        /// The fastest the runner should go, in millimetres a second (FIT's speed unit): the
        /// plan's easy pace on running steps, so the watch warns when a run gets faster than
        /// "super slow"; `None` on walks and walk breaks.
        max_speed_mm_s: Option<u32>,
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
    /// "Repeat", in ASCII.
    pub fn name(&self, sport: Sport) -> String {
        ascii(&match (self, sport) {
            (Self::Repeat { .. }, _) => t!("watch-step-repeat"),
            (Self::Interval { intensity: Intensity::Recovery, .. }, _) | (_, Sport::Walking) => {
                t!("watch-step-walk")
            }
            (Self::Interval { .. }, Sport::Running) => t!("watch-step-run"),
        })
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
    /// Tells this workout apart from others on the same watch: a hash of the plan's id and the
    /// session's, so two plans' workouts differ and exporting the same plan again gives the
    /// same number. FIT asks that type, manufacturer, product and serial number together be
    /// unique per file.
    pub serial: u32,
}

/// A session whose amount does not fit the FIT field a watch reads it from.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{}",
    t!("watch-too-long", kind = *.kind, day = crate::dates::day_year(*.date), amount = .amount.as_str(), most = .most.as_str())
)]
pub struct TooLong {
    /// The session's day.
    pub date: NaiveDate,
    /// "run", "run-walk" or "walk" (the catalogue words them).
    pub kind: &'static str,
    /// The planned amount: "100000 min".
    pub amount: String,
    /// The most a step can hold, in the same unit: "71582 min".
    pub most: String,
}

/// The largest value a FIT `uint32` field holds; all ones is its "no value".
const FIT_U32_MAX: u32 = u32::MAX - 1;

/// Whether `kind` has a workout to follow: a run, a walk, or a run/walk of at least one repeat
/// (zero repeats have nothing to do).
pub(super) fn has_workout(kind: &SessionKind) -> bool {
    match kind {
        SessionKind::Run(_) | SessionKind::Walk { .. } => true,
        SessionKind::RunWalk(rw) => rw.repeats > 0,
        SessionKind::Cross { .. } | SessionKind::Strength { .. } | SessionKind::Rest => false,
    }
}

/// The workout for a run, run/walk or walk of `plan`; `None` for every other kind (see
/// [`has_workout`]), [`TooLong`] for one whose time or distance no FIT step can hold (49 days,
/// 42 949 km), rather than a wrong number on the watch.
///
/// The plan's units convert exactly (1 mi = 1609.344 m) and round to the centimetre FIT counts
/// in. A run or walk planned with both a distance and a time follows the distance, as the
/// calendar's chip shows it; one planned with neither ends at the lap button. Running steps
/// carry the plan's easy pace as their speed ceiling.
pub fn workout(plan: &Plan, session: &Session) -> Result<Option<Workout>, TooLong> {
    let units = plan.meta.units;
    let ceiling = max_speed_mm_s(plan.rules.easy_pace_min_per_unit, units);
    let too_long = |kind, amount: String, most: String| TooLong { date: session.date, kind, amount, most };
    let run = |length| Step::Interval { length, intensity: Intensity::Active, max_speed_mm_s: ceiling };
    let (sport, steps, shape) = match &session.kind {
        SessionKind::Run(r) => {
            let length = length_of(r.distance, r.minutes, units).map_err(|(a, m)| too_long("run", a, m))?;
            (Sport::Running, vec![run(length)], plain(&t!("watch-run"), length, units))
        }
        SessionKind::Walk { distance, minutes } => {
            let length = length_of(*distance, *minutes, units).map_err(|(a, m)| too_long("walk", a, m))?;
            let walk = Step::Interval { length, intensity: Intensity::Active, max_speed_mm_s: None };
            (Sport::Walking, vec![walk], plain(&t!("watch-walk"), length, units))
        }
        SessionKind::RunWalk(rw) if has_workout(&session.kind) => {
            let segment = |s| segment_length(s, units).map_err(|(a, m)| too_long("run-walk", a, m));
            let walk_break = Step::Interval {
                length: segment(rw.walk)?,
                intensity: Intensity::Recovery,
                max_speed_mm_s: None,
            };
            let mut steps = vec![run(segment(rw.run)?), walk_break];
            if rw.repeats > 1 {
                steps.push(Step::Repeat { from: 0, times: rw.repeats });
            }
            (Sport::Running, steps, run_walk_shape(rw, units))
        }
        _ => return Ok(None),
    };
    let mut name = ascii(&format!("{shape} {}", crate::dates::day(session.date)));
    name.truncate(MAX_NAME_LEN);
    Ok(Some(Workout { name, sport, steps, serial: serial(plan.id, session.id) }))
}

/// A number for FIT's `serial_number` from the plan's id and the session's: FNV-1a over both,
/// stable across Rust releases (std's hasher is not), never 0 (the field's "no value").
fn serial(plan: PlanId, session: SessionId) -> u32 {
    let bytes = plan.to_string().into_bytes().into_iter().chain(session.0.to_le_bytes());
    bytes.fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)).max(1)
}

/// The easy pace (minutes per plan unit) as a speed in millimetres a second; `None` for a pace
/// the rules' settings would refuse anyway (not a positive number).
fn max_speed_mm_s(pace_min_per_unit: f64, units: Units) -> Option<u32> {
    let speed = cm_per_unit(units) * 10.0 / (pace_min_per_unit * 60.0);
    fit_u32(speed).filter(|&s| s > 0)
}

/// `value` rounded, where a FIT `uint32` holds it.
fn fit_u32(value: f64) -> Option<u32> {
    let value = value.round();
    (value.is_finite() && (0.0..=f64::from(FIT_U32_MAX)).contains(&value)).then_some(value as u32)
}

/// The planned amount and the most a step holds, as a runner reads them, for a [`TooLong`].
type Refused = (String, String);

/// The step length of a run or walk: its distance if planned, else its time, else open.
fn length_of(distance: Option<Distance>, minutes: Option<Minutes>, units: Units) -> Result<Length, Refused> {
    match (distance, minutes) {
        (Some(d), _) => segment_length(Segment::Distance(d), units),
        (None, Some(m)) => segment_length(Segment::Minutes(m), units),
        (None, None) => Ok(Length::Open),
    }
}

fn segment_length(segment: Segment, units: Units) -> Result<Length, Refused> {
    match segment {
        Segment::Distance(d) => {
            fit_u32(d.get() * cm_per_unit(units)).map(Length::Centimetres).ok_or_else(|| {
                let most = (f64::from(FIT_U32_MAX) / cm_per_unit(units)).floor();
                (
                    format!("{}{}", i18n::number(d.get()), units.abbrev()),
                    format!("{}{}", i18n::number(most), units.abbrev()),
                )
            })
        }
        Segment::Minutes(m) => fit_u32(m.get() * 60_000.0).map(Length::Millis).ok_or_else(|| {
            let most = (f64::from(FIT_U32_MAX) / 60_000.0).floor();
            (format!("{} min", i18n::number(m.get())), format!("{} min", i18n::number(most)))
        }),
    }
}

/// Centimetres in one mile (exactly 1609.344 m) or one kilometre.
fn cm_per_unit(units: Units) -> f64 {
    match units {
        // The literal rather than KM_PER_MILE × 100 000, whose product is off in the last bit.
        Units::Miles => 160_934.4,
        Units::Km => 100_000.0,
    }
}

/// "Run 2mi", "Walk 35min", "Run 29:30" (a clock, as the calendar reads it, never "29.5min"),
/// "Run" (open), from the step's length in FIT's units.
fn plain(kind: &str, length: Length, units: Units) -> String {
    match length {
        Length::Centimetres(cm) => {
            format!("{kind} {}{}", i18n::number(f64::from(cm) / cm_per_unit(units)), units.abbrev())
        }
        Length::Millis(ms) => {
            let seconds = (f64::from(ms) / 1000.0).round() as u64;
            match (seconds / 60, seconds % 60) {
                (m, 0) => format!("{kind} {m}min"),
                (m, s) => format!("{kind} {m}:{s:02}"),
            }
        }
        Length::Open => kind.to_owned(),
    }
}

/// "R/W 1/1 x12" when both parts are whole minutes (as the calendar's chip reads), otherwise
/// each part on its own: "R/W 0:30/1:00 x10", "R/W 0.25mi/1:00 x8".
///
/// "x" rather than "×": many watch fonts have no "×", and a missing glyph shows as a box.
fn run_walk_shape(rw: &RunWalk, units: Units) -> String {
    let whole = |s: Segment| match s {
        Segment::Minutes(m) => (m.get().fract() == 0.0).then(|| i18n::number(m.get())),
        Segment::Distance(_) => None,
    };
    let pair = match (whole(rw.run), whole(rw.walk)) {
        (Some(run), Some(walk)) => format!("{run}/{walk}"),
        _ => format!("{}/{}", segment_text(rw.run, units), segment_text(rw.walk, units)),
    };
    t!("watch-run-walk", pair = pair, repeats = rw.repeats)
}

/// "0:30", "1:15" or "0.25mi".
fn segment_text(segment: Segment, units: Units) -> String {
    match segment {
        Segment::Minutes(m) => {
            let seconds = (m.get() * 60.0).round() as u64;
            format!("{}:{:02}", seconds / 60, seconds % 60)
        }
        Segment::Distance(d) => format!("{}{}", i18n::number(d.get()), units.abbrev()),
    }
}

/// `text` as a watch's font shows it: accented letters as their plain ones ("mié" → "mie",
/// "Übung" → "Ubung"), and anything else outside ASCII left out, since many watch fonts have no
/// such glyphs and show a box.
fn ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let plain = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => "a",
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => "A",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'É' | 'È' | 'Ê' | 'Ë' => "E",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'Í' | 'Ì' | 'Î' | 'Ï' => "I",
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => "o",
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => "O",
            'ú' | 'ù' | 'û' | 'ü' => "u",
            'Ú' | 'Ù' | 'Û' | 'Ü' => "U",
            'ñ' => "n",
            'Ñ' => "N",
            'ç' => "c",
            'Ç' => "C",
            'ß' => "ss",
            '×' => "x",
            _ => "",
        };
        out.push_str(plain);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Length, plain};
    use crate::plan::Units;

    /// A generated run of 29.25 minutes was named "Run 29.25min" on the watch.
    #[test]
    fn timed_steps_are_named_as_a_clock() {
        let cases = [
            (1_770_000, "Run 29:30"),
            (1_755_000, "Run 29:15"),
            (1_200_000, "Run 20min"),
            (30_000, "Run 0:30"),
        ];
        for (ms, name) in cases {
            assert_eq!(plain("Run", Length::Millis(ms), Units::Miles), name);
        }
    }
}
