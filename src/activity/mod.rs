//! Recorded runs back into the plan: activities read from the files a watch or Strava gives
//! (FIT, GPX, TCX, each also gzipped) and matched to the planned sessions they carry out.
//!
//! [`read_file`] turns one file into [`Activity`] values (a multisport FIT file holds several)
//! or a [`ReadError`] naming the file and the reason; [`collect`] lists the activity files of a
//! folder. [`kinds`] says which planned sessions a recorded sport can carry out and what it
//! becomes when nothing was planned. [`preview`] pairs activities with sessions without
//! changing anything: it lists each line (activity → session, numbers, note), lets a caller
//! untick or retarget a line, and gives the [`Command`](crate::plan::Command)s that apply the
//! whole import as one step.
//!
//! Nothing here reads the clock or the time zone: the caller passes the zone in which dates are
//! counted where a file does not say its own, as a [`Zone`] whose offset may change with the
//! season.

mod fit;
mod gpx;
mod kinds;
mod matching;
mod source;
mod tcx;

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;
use thiserror::Error;

use crate::plan::RecordedId;
use crate::t;

pub use fit::reading_guarded;
pub use kinds::{becomes, by_pace, matches, too_short};
pub use matching::{
    Judgement, Line, Options, PainAnswer, Part, Preview, RetargetError, Target, Zone, plan_weeks, preview,
};
pub use source::{MAX_FILE_BYTES, MAX_INFLATED_BYTES, collect, is_activity_file};

/// A recorded sport, as the files name it, grouped as far as the plan can tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sport {
    /// Running outdoors, or running of no particular kind.
    Running,
    /// Running on trails.
    TrailRunning,
    /// Running on a track.
    TrackRunning,
    /// Running on a treadmill.
    TreadmillRunning,
    /// Walking.
    Walking,
    /// Hiking.
    Hiking,
    /// Cycling outdoors.
    Cycling,
    /// Cycling on a trainer or an exercise bike.
    IndoorCycling,
    /// Swimming, in a pool or open water.
    Swimming,
    /// An elliptical trainer.
    Elliptical,
    /// A rowing machine or a boat.
    Rowing,
    /// Gym equipment other than the above (stair climber, …).
    OtherEquipment,
    /// Anything else a file can name (skiing, tennis, a generic activity …).
    Other,
}

impl Sport {
    /// The stable key a plan file keeps in a session's [`RecordedId`]: "running", "walking" …
    pub fn key(self) -> &'static str {
        match self {
            Self::Running => "running",
            Self::TrailRunning => "trail_running",
            Self::TrackRunning => "track_running",
            Self::TreadmillRunning => "treadmill_running",
            Self::Walking => "walking",
            Self::Hiking => "hiking",
            Self::Cycling => "cycling",
            Self::IndoorCycling => "indoor_cycling",
            Self::Swimming => "swimming",
            Self::Elliptical => "elliptical",
            Self::Rowing => "rowing",
            Self::OtherEquipment => "other_equipment",
            Self::Other => "other",
        }
    }

    /// The sport as people read it: "treadmill run", "indoor ride".
    pub fn label(self) -> String {
        t!("activity-sport", sport = self.key())
    }

    /// A sport from the words GPX `<type>` and TCX `Sport` use ("Run", "running",
    /// "trail_running", "Biking" …), or `None` for words Comeback does not know.
    pub fn from_name(name: &str) -> Option<Self> {
        let key: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
        let sport = match key.to_ascii_lowercase().as_str() {
            "run" | "running" | "roadrunning" | "streetrunning" => Self::Running,
            "trailrun" | "trailrunning" => Self::TrailRunning,
            "trackrun" | "trackrunning" => Self::TrackRunning,
            "treadmill" | "treadmillrun" | "treadmillrunning" | "virtualrun" | "indoorrunning" => {
                Self::TreadmillRunning
            }
            "walk" | "walking" | "casualwalking" | "speedwalking" => Self::Walking,
            "hike" | "hiking" => Self::Hiking,
            "ride" | "cycling" | "biking" | "bike" | "roadbiking" | "roadcycling" | "mountainbiking"
            | "gravelcycling" => Self::Cycling,
            "indoorcycling" | "indoorbiking" | "virtualride" | "spinning" => Self::IndoorCycling,
            "swim" | "swimming" | "lapswimming" | "openwaterswimming" => Self::Swimming,
            "elliptical" => Self::Elliptical,
            "row" | "rowing" | "indoorrowing" => Self::Rowing,
            "fitnessequipment" | "otherequipment" => Self::OtherEquipment,
            "other" | "generic" | "workout" => Self::Other,
            _ => return None,
        };
        Some(sport)
    }
}

impl fmt::Display for Sport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// One recorded activity read from a file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Activity {
    /// What was done.
    pub sport: Sport,
    /// When it started, in UTC.
    pub start: DateTime<Utc>,
    /// When it started on the watch's clock, where the file says (a FIT file's local
    /// timestamp); otherwise the caller's time zone decides the day.
    pub local_start: Option<NaiveDateTime>,
    /// Distance covered in metres; `None` where the file has none (a rowing machine).
    pub distance_m: Option<f64>,
    /// Time on the timer in seconds (the watch's timer, or the span of a track's times).
    pub duration_s: f64,
    /// Whether the file names its sport; `false` where the reader assumed one (a GPX track
    /// without a type is read as a run), so the sport may be judged from the pace instead.
    pub sport_named: bool,
    /// The distance run in metres, where the file tells running from walking (FIT laps marked
    /// active and rest, as a watch writes them for a run/walk workout); `None` elsewhere.
    pub running_m: Option<f64>,
    /// The file's name (without its folder), for messages.
    pub file: String,
    /// Anything the reader had to assume, for the preview's note ("the file names no sport").
    pub remarks: Vec<String>,
}

impl Activity {
    /// The identity that recognises this activity when it is imported again: its sport and its
    /// UTC start to the second.
    pub fn id(&self) -> RecordedId {
        RecordedId::new(self.sport.key(), self.start)
    }

    /// Duration in minutes.
    pub fn minutes(&self) -> f64 {
        self.duration_s / 60.0
    }
}

/// Why a file gave no activities; the file is named in the message.
#[derive(Debug, Error)]
#[error("{}: {reason}", file.display())]
pub struct ReadError {
    /// The file, as it was given.
    pub file: PathBuf,
    /// What is wrong with it.
    pub reason: Reason,
}

/// What is wrong with an activity file.
#[derive(Debug, Error)]
pub enum Reason {
    /// The system could not read it.
    #[error("{}", t!("activity-unreadable", error = .0.to_string()))]
    Io(#[source] std::io::Error),
    /// Larger than any activity file, refused before reading.
    #[error("{}", t!("activity-too-large", size = *.size, most = MAX_FILE_BYTES))]
    TooLarge {
        /// Its size on disk.
        size: u64,
    },
    /// A `.gz` file unpacks to more than any activity file.
    #[error("{}", t!("activity-inflates-too-far", most = MAX_INFLATED_BYTES))]
    InflatesTooFar,
    /// A `.gz` file that does not unpack.
    #[error("{}", t!("activity-gzip", error = .0.as_str()))]
    Gzip(String),
    /// Neither FIT, GPX nor TCX.
    #[error("{}", t!("activity-unknown-format"))]
    UnknownFormat,
    /// A FIT file that cannot be decoded.
    #[error("{}", t!("activity-fit-damaged", error = .0.as_str()))]
    Fit(String),
    /// A GPX or TCX file that is not well-formed.
    #[error("{}", t!("activity-xml", format = *.format, error = .message.as_str()))]
    Xml {
        /// "GPX" or "TCX".
        format: &'static str,
        /// What the parser said.
        message: String,
    },
    /// A file that plans or describes rather than records (a FIT workout, course or settings).
    #[error("{}", t!("activity-not-recorded", what = .0.as_str()))]
    NotRecorded(String),
    /// A GPX file whose points have no times.
    #[error("{}", t!("activity-route"))]
    Route,
    /// A file without any activity in it.
    #[error("{}", t!("activity-empty"))]
    Empty,
    /// A sport Comeback does not know.
    #[error("{}", t!("activity-unknown-sport", sport = format!("{:?}", .0)))]
    UnknownSport(String),
    /// A value the activity cannot do without is missing or impossible.
    #[error("{0}")]
    Missing(String),
}

/// Reads every activity in the file at `path` (FIT, GPX or TCX, gzipped or not).
///
/// The size is checked from the file's metadata before anything is read, and a gzipped file is
/// unpacked only up to [`MAX_INFLATED_BYTES`], so a huge or hostile file costs little.
pub fn read_file(path: &Path) -> Result<Vec<Activity>, ReadError> {
    let name =
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let fail = |reason| ReadError { file: path.to_owned(), reason };
    let bytes = source::read_limited(path).map_err(fail)?;
    read_bytes(&name, &bytes).map_err(fail)
}

/// Reads every activity in `bytes`, the content of a file called `name` (used in
/// [`Activity::file`] only; the format is told from the content).
pub fn read_bytes(name: &str, bytes: &[u8]) -> Result<Vec<Activity>, Reason> {
    let bytes = source::gunzip(bytes)?;
    let mut activities = match source::sniff(&bytes) {
        source::Format::Fit => fit::read(&bytes)?,
        source::Format::Gpx => gpx::read(&bytes)?,
        source::Format::Tcx => tcx::read(&bytes)?,
        source::Format::Unknown => return Err(Reason::UnknownFormat),
    };
    if activities.is_empty() {
        return Err(Reason::Empty);
    }
    // The only text of the file's that reaches the plan and the screen is its name (sports are
    // read as keys); like every door, it lets no control characters through.
    let (name, removed) = crate::plan::strip_controls(name, false);
    for activity in &mut activities {
        activity.file.clone_from(&name);
        if removed > 0 {
            activity.remarks.push(t!("activity-controls-removed", n = removed));
        }
    }
    Ok(activities)
}

/// A duration or distance the readers accept: finite, not negative, and below what a body can
/// do in one go (a week of moving, the distance around the earth), so that a damaged value is
/// refused rather than logged.
fn sane(value: f64, max: f64) -> Option<f64> {
    (value.is_finite() && (0.0..=max).contains(&value)).then_some(value)
}

/// A week in seconds: longer than any one activity.
const MAX_DURATION_S: f64 = 7.0 * 24.0 * 3600.0;
/// Around the earth in metres: farther than any one activity.
const MAX_DISTANCE_M: f64 = 40_075_000.0;
