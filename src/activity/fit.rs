//! FIT activity files (Garmin and most watches): one [`Activity`] per `session` message.
//!
//! `fitparser` checks the header and file CRCs and walks chained files (several FIT files one
//! after another, as FIT allows). Only the few messages an import needs are decoded through the
//! profile (`file_id`, `session`, `lap` and the developer-field descriptions those may use;
//! `activity`'s two times are taken raw); the per-second `record` messages, nearly all of a
//! file, are parsed and checked but never decoded, which keeps a long run's file to a few
//! milliseconds.
//!
//! Times are read as the file states them: a session's start is UTC, and its day comes from the
//! offset the `activity` message's `local_timestamp` implies, read as a raw number rather than
//! through `fitparser`, which turns it into a time with the machine's own offset. So a run lands
//! on the same day and hour whatever zone the computer is set to.
//!
//! `fitparser` trusts a header's size byte: a header claiming more bytes than the file has
//! panics inside it (0.11, `de/mod.rs`). Each header is checked before the crate sees it, and
//! the reader runs under `catch_unwind`, so a panic left in the crate is that file's error.

use std::panic::{self, AssertUnwindSafe};

use chrono::{DateTime, TimeDelta, Utc};
use fitparser::de::{FitObject, FitStreamProcessor};
use fitparser::{ErrorKind, FitDataRecord, Value};

use super::{Activity, MAX_DISTANCE_M, MAX_DURATION_S, Reason, Sport, sane};
use crate::t;

/// The global numbers of the messages decoded; everything else is only parsed.
const FILE_ID: u16 = 0;
const SESSION: u16 = 18;
const LAP: u16 = 19;
const ACTIVITY: u16 = 34;
const FIELD_DESCRIPTION: u16 = 206;
const DEVELOPER_DATA_ID: u16 = 207;

/// The field number of `timestamp` in every message.
const TIMESTAMP: u8 = 253;
/// The field number of the `activity` message's `local_timestamp`.
const LOCAL_TIMESTAMP: u8 = 5;
/// The two header sizes the FIT protocol defines: without and with the header's own CRC.
const HEADER_SIZES: [u8; 2] = [12, 14];

/// The widest difference between a watch's local clock and UTC (UTC+14, Kiribati).
const MAX_OFFSET_S: i64 = 14 * 3600;

/// What one FIT file of a chain holds for the import.
#[derive(Default)]
struct Part {
    /// `file_id.type`, when present: "activity", "workout", "course" …
    file_type: Option<String>,
    /// The sessions, in file order.
    sessions: Vec<FitDataRecord>,
    /// The laps, in file order; each session owns those that start within it.
    laps: Vec<FitDataRecord>,
    /// Local time minus UTC, from the `activity` message's `local_timestamp`.
    offset_s: Option<i64>,
}

/// Reads every session of every file in a (possibly chained) FIT file.
///
/// A panic inside `fitparser` on bytes the checks here let through becomes a [`Reason::Fit`]
/// rather than ending the program (an import in the window, `comeback log`).
pub(super) fn read(bytes: &[u8]) -> Result<Vec<Activity>, Reason> {
    GUARDED.with(|g| g.set(true));
    // Nothing outlives the closure but its result, so no broken state can be seen after a panic.
    let read = panic::catch_unwind(AssertUnwindSafe(|| read_unguarded(bytes)));
    GUARDED.with(|g| g.set(false));
    read.unwrap_or_else(|_| Err(Reason::Fit(t!("activity-fit-decoder-failed"))))
}

thread_local! {
    /// Whether this thread is inside [`read`]'s guard.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread is reading a FIT file under the guard that turns a panic into the
/// file's error. A panic hook stays quiet then: the panic is not the program's end, so neither
/// "Comeback stopped" with an autosave offered at the next start nor Rust's report is true.
pub fn reading_guarded() -> bool {
    GUARDED.with(std::cell::Cell::get)
}

fn read_unguarded(bytes: &[u8]) -> Result<Vec<Activity>, Reason> {
    let parts = decode(bytes)?;
    let mut activities = Vec::new();
    for part in parts {
        if let Some(kind) = part.file_type.as_deref().filter(|t| *t != "activity") {
            return Err(Reason::NotRecorded(kind.replace('_', " ")));
        }
        for session in &part.sessions {
            if let Some(activity) = activity(session, &part.laps, part.offset_s)? {
                activities.push(activity);
            }
        }
    }
    Ok(activities)
}

/// The chain's files, each with the messages the import needs.
fn decode(mut bytes: &[u8]) -> Result<Vec<Part>, Reason> {
    let mut processor = FitStreamProcessor::new();
    let mut parts = vec![Part::default()];
    let total = bytes.len();
    // Where the next header starts, while one is expected: at the start and after each file's CRC.
    let mut header_at = Some(0);
    // Where the current file's data ends, as its header says.
    let mut end_of_data = 0;
    while !bytes.is_empty() {
        if let Some(at) = header_at {
            check_header(bytes, at)?;
        }
        let (rest, object) = processor.deserialize_next(bytes).map_err(|e| damaged(&e, header_at))?;
        bytes = rest;
        let at = total - bytes.len();
        match (&object, header_at) {
            (FitObject::Header(header), Some(start)) => {
                let data = usize::try_from(header.data_size()).unwrap_or(usize::MAX);
                end_of_data = start.saturating_add(usize::from(header.header_size())).saturating_add(data);
            }
            // A message that runs past the data's end: fitparser would read on from there as if
            // a new file began, without the checks above, and can panic on what it finds.
            (FitObject::DataMessage(_) | FitObject::DefinitionMessage(_), _) if at > end_of_data => {
                return Err(Reason::Fit(t!("activity-fit-past-end", at = at)));
            }
            _ => {}
        }
        header_at = None;
        match object {
            FitObject::Crc(_) => {
                // The end of one file of the chain: the next starts with fresh definitions.
                processor.reset();
                parts.push(Part::default());
                header_at = Some(total - bytes.len());
            }
            FitObject::DataMessage(message) => {
                let number = message.global_message_number();
                let Some(part) = parts.last_mut() else { continue };
                if number == ACTIVITY {
                    // Read raw: decoding would shift local_timestamp by the machine's offset.
                    part.offset_s = raw_offset(message.fields()).or(part.offset_s);
                    continue;
                }
                if ![FILE_ID, SESSION, LAP, FIELD_DESCRIPTION, DEVELOPER_DATA_ID].contains(&number) {
                    continue;
                }
                let record = processor.decode_message(message).map_err(|e| damaged(&e, None))?;
                match number {
                    FILE_ID if part.file_type.is_none() => part.file_type = text(&record, "type"),
                    SESSION => part.sessions.push(record),
                    LAP => part.laps.push(record),
                    _ => {}
                }
            }
            FitObject::Header(_) | FitObject::DefinitionMessage(_) => {}
        }
    }
    // The bytes ran out between two messages, before the file's CRC: the parser stops there
    // without complaint, but the file was cut short all the same.
    if header_at.is_none() {
        return Err(Reason::Fit(t!("activity-fit-cut-short")));
    }
    Ok(parts)
}

/// Refuses a header `fitparser` would misread or panic on: a size other than the protocol's
/// two, or more bytes than are left. `at` is where the header starts in the whole file.
fn check_header(bytes: &[u8], at: usize) -> Result<(), Reason> {
    let size = bytes.first().copied().unwrap_or_default();
    if !HEADER_SIZES.contains(&size) || bytes.get(8..12) != Some(b".FIT".as_slice()) {
        return Err(Reason::Fit(if at == 0 {
            t!("activity-fit-not-a-header")
        } else {
            t!("activity-fit-chained-header", at = at)
        }));
    }
    if usize::from(size) > bytes.len() {
        return Err(Reason::Fit(t!("activity-fit-cut-short")));
    }
    Ok(())
}

/// A decoding error as the runner reads it; `header_at` is where a header was expected.
fn damaged(error: &fitparser::Error, header_at: Option<usize>) -> Reason {
    let message = match (error.as_ref(), header_at) {
        (ErrorKind::InvalidCrc((_, FitObject::Header(_), ..)), _) => {
            t!("activity-fit-header-checksum")
        }
        (ErrorKind::InvalidCrc(..), _) => {
            t!("activity-fit-checksum")
        }
        (ErrorKind::UnexpectedEof(_), _) => t!("activity-fit-cut-short"),
        (ErrorKind::ParseError(..), Some(0)) => t!("activity-fit-not-a-header"),
        (ErrorKind::ParseError(..), Some(at)) => {
            t!("activity-fit-chained-header", at = at)
        }
        (ErrorKind::ParseError(at, _), None) => t!("activity-fit-unreadable-at", at = *at),
        (ErrorKind::MissingDefinitionMessage(_, at), _) => {
            t!("activity-fit-no-definition", at = *at)
        }
        (other, _) => other.to_string(),
    };
    Reason::Fit(message)
}

/// One session as an activity, with the running part from `laps` (the file's, in order);
/// `None` for a multisport file's transition.
fn activity(
    session: &FitDataRecord,
    laps: &[FitDataRecord],
    offset_s: Option<i64>,
) -> Result<Option<Activity>, Reason> {
    let sport_name = text(session, "sport").unwrap_or_else(|| "generic".to_owned());
    // "generic" is what a watch writes when nobody chose a sport.
    let sport_named = sport_name != "generic";
    let sub_sport = text(session, "sub_sport").unwrap_or_default();
    if sport_name == "transition" || sub_sport.ends_with("_transition") {
        return Ok(None);
    }
    let sport = sport(&sport_name, &sub_sport).ok_or(Reason::UnknownSport(sport_name))?;
    let start = time(session, "start_time").ok_or_else(|| Reason::Missing(t!("activity-no-start")))?;
    let duration_s = number(session, "total_timer_time")
        .or_else(|| number(session, "total_elapsed_time"))
        .and_then(|s| sane(s, MAX_DURATION_S))
        .ok_or_else(|| {
            Reason::Missing(t!("activity-no-timer", sport = sport.label(), start = start.to_string()))
        })?;
    let distance_m =
        number(session, "total_distance").and_then(|d| sane(d, MAX_DISTANCE_M)).filter(|d| *d > 0.0);
    let local_start = offset_s.and_then(|s| start.naive_utc().checked_add_signed(TimeDelta::seconds(s)));
    let elapsed_s = number(session, "total_elapsed_time").and_then(|s| sane(s, MAX_DURATION_S));
    let end = elapsed_s.unwrap_or(duration_s).max(duration_s);
    let own_laps = laps.iter().filter(|lap| {
        time(lap, "start_time").is_some_and(|t| {
            let after = (t - start).as_seconds_f64();
            (0.0..end).contains(&after)
        })
    });
    Ok(Some(Activity {
        sport,
        start,
        local_start,
        distance_m,
        duration_s,
        sport_named,
        running_m: running_part(own_laps),
        file: String::new(),
        remarks: Vec::new(),
    }))
}

/// The sport a FIT session's `sport` and `sub_sport` name (profile names such as "running" and
/// "treadmill"), or `None` for a number the FIT profile does not know.
fn sport(sport: &str, sub_sport: &str) -> Option<Sport> {
    if sport.starts_with("unknown_variant") {
        return None;
    }
    let sport = match (sport, sub_sport) {
        ("running", "treadmill" | "indoor_running" | "virtual_activity")
        | ("fitness_equipment", "treadmill") => Sport::TreadmillRunning,
        ("running", "trail") => Sport::TrailRunning,
        ("running", "track") => Sport::TrackRunning,
        ("running", _) => Sport::Running,
        ("walking", _) | ("fitness_equipment", "indoor_walking") => Sport::Walking,
        ("hiking", _) => Sport::Hiking,
        ("cycling", "indoor_cycling" | "spin" | "virtual_activity")
        | ("fitness_equipment", "indoor_cycling" | "spin") => Sport::IndoorCycling,
        ("cycling", _) => Sport::Cycling,
        ("swimming", _) => Sport::Swimming,
        ("fitness_equipment", "elliptical") => Sport::Elliptical,
        ("rowing", _) | ("fitness_equipment", "indoor_rowing") => Sport::Rowing,
        ("fitness_equipment", _) => Sport::OtherEquipment,
        _ => Sport::Other,
    };
    Some(sport)
}

/// The distance of a session's laps marked `active`, where others are marked `rest` or
/// `recovery` (a watch running a run/walk workout marks its walk breaks so); `None` where the
/// laps do not tell running from walking. Warm-up and cool-down laps count as neither.
fn running_part<'a>(laps: impl Iterator<Item = &'a FitDataRecord>) -> Option<f64> {
    let (mut running_m, mut runs, mut breaks) = (0.0, false, false);
    for lap in laps {
        match text(lap, "intensity").as_deref() {
            Some("active") => {
                runs = true;
                running_m +=
                    number(lap, "total_distance").and_then(|d| sane(d, MAX_DISTANCE_M)).unwrap_or(0.0);
            }
            Some("rest" | "recovery") => breaks = true,
            _ => {}
        }
    }
    (runs && breaks).then_some(running_m).and_then(|m| sane(m, MAX_DISTANCE_M))
}

/// Local time minus UTC from an `activity` message's raw fields (seconds since FIT's epoch in
/// UTC and on the watch's clock), when both are stated and the difference is one a clock can
/// have. A compressed header's time counts from the last timestamp decoded, and the record
/// messages between are skipped, so only a stated timestamp is trusted.
fn raw_offset(fields: &std::collections::HashMap<u8, Value>) -> Option<i64> {
    let seconds = |number| match fields.get(&number)? {
        // 0xFFFFFFFF is FIT's "no value".
        Value::UInt32(s) if *s != u32::MAX => Some(i64::from(*s)),
        _ => None,
    };
    let offset = seconds(LOCAL_TIMESTAMP)? - seconds(TIMESTAMP)?;
    (offset.abs() <= MAX_OFFSET_S).then_some(offset)
}

fn field<'a>(record: &'a FitDataRecord, name: &str) -> Option<&'a Value> {
    record.fields().iter().find(|f| f.name() == name).map(fitparser::FitDataField::value)
}

fn text(record: &FitDataRecord, name: &str) -> Option<String> {
    match field(record, name)? {
        Value::String(s) => Some(s.clone()),
        // A number the profile has no name for.
        other => Some(format!("unknown_variant_{other}")),
    }
}

fn number(record: &FitDataRecord, name: &str) -> Option<f64> {
    let value = field(record, name)?;
    if matches!(value, Value::Invalid) {
        return None;
    }
    value.clone().try_into().ok()
}

fn time(record: &FitDataRecord, name: &str) -> Option<DateTime<Utc>> {
    match field(record, name)? {
        Value::Timestamp(t) => Some(t.with_timezone(&Utc)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sports_follow_the_profile_names() {
        for (sport_name, sub, expected) in [
            ("running", "generic", Some(Sport::Running)),
            ("running", "treadmill", Some(Sport::TreadmillRunning)),
            ("running", "trail", Some(Sport::TrailRunning)),
            ("running", "track", Some(Sport::TrackRunning)),
            ("fitness_equipment", "indoor_rowing", Some(Sport::Rowing)),
            ("fitness_equipment", "elliptical", Some(Sport::Elliptical)),
            ("fitness_equipment", "stair_climbing", Some(Sport::OtherEquipment)),
            ("cycling", "indoor_cycling", Some(Sport::IndoorCycling)),
            ("alpine_skiing", "", Some(Sport::Other)),
            ("unknown_variant_200", "", None),
        ] {
            assert_eq!(sport(sport_name, sub), expected, "{sport_name}/{sub}");
        }
    }
}
