//! FIT activity files (Garmin and most watches): one [`Activity`] per `session` message.
//!
//! `fitparser` checks the header and file CRCs and walks chained files (several FIT files one
//! after another, as FIT allows). Only the few messages an import needs are decoded through the
//! profile (`file_id`, `session`, `activity` and the developer-field descriptions those may
//! use); the per-second `record` messages, nearly all of a file, are parsed and checked but
//! never decoded, which keeps a long run's file to a few milliseconds.

use chrono::{DateTime, TimeDelta, Utc};
use fitparser::de::{FitObject, FitStreamProcessor};
use fitparser::{ErrorKind, FitDataRecord, Value};

use super::{Activity, MAX_DISTANCE_M, MAX_DURATION_S, Reason, Sport, sane};

/// The global numbers of the messages decoded; everything else is only parsed.
const FILE_ID: u16 = 0;
const SESSION: u16 = 18;
const ACTIVITY: u16 = 34;
const FIELD_DESCRIPTION: u16 = 206;
const DEVELOPER_DATA_ID: u16 = 207;

/// The field number of `timestamp` in every message.
const TIMESTAMP: u8 = 253;

/// The widest difference between a watch's local clock and UTC (UTC+14, Kiribati).
const MAX_OFFSET_S: i64 = 14 * 3600;

/// What one FIT file of a chain holds for the import.
#[derive(Default)]
struct Part {
    /// `file_id.type`, when present: "activity", "workout", "course" …
    file_type: Option<String>,
    /// The sessions, in file order.
    sessions: Vec<FitDataRecord>,
    /// Local time minus UTC, from the `activity` message's `local_timestamp`.
    offset_s: Option<i64>,
}

/// Reads every session of every file in a (possibly chained) FIT file.
pub(super) fn read(bytes: &[u8]) -> Result<Vec<Activity>, Reason> {
    let parts = decode(bytes)?;
    let mut activities = Vec::new();
    for part in parts {
        if let Some(kind) = part.file_type.as_deref().filter(|t| *t != "activity") {
            return Err(Reason::NotRecorded(format!("FIT {} file", kind.replace('_', " "))));
        }
        for session in &part.sessions {
            if let Some(activity) = activity(session, part.offset_s)? {
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
    while !bytes.is_empty() {
        let (rest, object) = processor.deserialize_next(bytes).map_err(|e| damaged(&e, header_at))?;
        bytes = rest;
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
                if ![FILE_ID, SESSION, ACTIVITY, FIELD_DESCRIPTION, DEVELOPER_DATA_ID].contains(&number) {
                    continue;
                }
                // A compressed header's time counts from the last timestamp decoded, and the
                // record messages between are skipped, so only a stated timestamp is trusted.
                let stated_time = message.fields().contains_key(&TIMESTAMP);
                let record = processor.decode_message(message).map_err(|e| damaged(&e, None))?;
                let Some(part) = parts.last_mut() else { continue };
                match number {
                    FILE_ID if part.file_type.is_none() => part.file_type = text(&record, "type"),
                    SESSION => part.sessions.push(record),
                    ACTIVITY if stated_time => part.offset_s = local_offset(&record),
                    _ => {}
                }
            }
            FitObject::Header(_) | FitObject::DefinitionMessage(_) => {}
        }
    }
    // The bytes ran out between two messages, before the file's CRC: the parser stops there
    // without complaint, but the file was cut short all the same.
    if header_at.is_none() {
        return Err(Reason::Fit("the file ends too early: it was cut short".to_owned()));
    }
    Ok(parts)
}

/// A decoding error as the runner reads it; `header_at` is where a header was expected.
fn damaged(error: &fitparser::Error, header_at: Option<usize>) -> Reason {
    let message = match (error.as_ref(), header_at) {
        (ErrorKind::InvalidCrc((_, FitObject::Header(_), ..)), _) => {
            "the header's checksum is wrong".to_owned()
        }
        (ErrorKind::InvalidCrc(..), _) => {
            "the checksum does not match: the file was changed or not copied whole".to_owned()
        }
        (ErrorKind::UnexpectedEof(_), _) => "the file ends too early: it was cut short".to_owned(),
        (ErrorKind::ParseError(..), Some(0)) => "its header is not a FIT header".to_owned(),
        (ErrorKind::ParseError(..), Some(at)) => {
            format!("the header of the next file in the chain, at byte {at}, is corrupt")
        }
        (ErrorKind::ParseError(at, _), None) => format!("the data cannot be read at byte {at}"),
        (ErrorKind::MissingDefinitionMessage(_, at), _) => {
            format!("a message at byte {at} has no definition before it")
        }
        (other, _) => other.to_string(),
    };
    Reason::Fit(message)
}

/// One session as an activity; `None` for a multisport file's transition.
fn activity(session: &FitDataRecord, offset_s: Option<i64>) -> Result<Option<Activity>, Reason> {
    let sport_name = text(session, "sport").unwrap_or_else(|| "generic".to_owned());
    let sub_sport = text(session, "sub_sport").unwrap_or_default();
    if sport_name == "transition" || sub_sport.ends_with("_transition") {
        return Ok(None);
    }
    let sport = sport(&sport_name, &sub_sport).ok_or(Reason::UnknownSport(sport_name))?;
    let start = time(session, "start_time")
        .ok_or_else(|| Reason::Missing("a session has no start time".to_owned()))?;
    let duration_s = number(session, "total_timer_time")
        .or_else(|| number(session, "total_elapsed_time"))
        .and_then(|s| sane(s, MAX_DURATION_S))
        .ok_or_else(|| {
            Reason::Missing(format!("the {} at {start} has no time on its timer", sport.label()))
        })?;
    let distance_m =
        number(session, "total_distance").and_then(|d| sane(d, MAX_DISTANCE_M)).filter(|d| *d > 0.0);
    let local_start = offset_s.and_then(|s| start.naive_utc().checked_add_signed(TimeDelta::seconds(s)));
    Ok(Some(Activity {
        sport,
        start,
        local_start,
        distance_m,
        duration_s,
        sport_named: true,
        running_m: None,
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

/// Local time minus UTC from an `activity` message, when both its times are there and the
/// difference is one a clock can have.
fn local_offset(activity: &FitDataRecord) -> Option<i64> {
    let utc = time(activity, "timestamp")?;
    let local = field(activity, "local_timestamp")?;
    let local: i64 = local.try_into().ok()?;
    let offset = local - utc.timestamp();
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
