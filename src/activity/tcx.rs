//! TCX (Garmin Training Center) files: one [`Activity`] per `<Activity>`, its `Sport`
//! attribute, its `<Id>` start time and its laps' `DistanceMeters` and `TotalTimeSeconds`
//! summed. Read as a stream with `xml-rs` (the parser `gpx` uses), so the track points, most of
//! the file, are passed over without being kept.

use chrono::{DateTime, NaiveDateTime, Utc};
use xml::reader::{EventReader, ParserConfig, XmlEvent};

use super::{Activity, MAX_DISTANCE_M, MAX_DURATION_S, Reason, Sport, sane};

/// Deepest nesting followed; a TCX file needs about 8, so more is not one.
const MAX_DEPTH: usize = 64;

/// One `<Activity>` being read.
#[derive(Default)]
struct Open {
    sport: String,
    id: Option<String>,
    first_lap: Option<String>,
    distance_m: f64,
    duration_s: f64,
}

/// Reads every activity of a TCX file.
pub(super) fn read(bytes: &[u8]) -> Result<Vec<Activity>, Reason> {
    let xml_error = |message: String| Reason::Xml { format: "TCX", message };
    let config = ParserConfig::new().trim_whitespace(true).cdata_to_characters(true);
    let mut path: Vec<String> = Vec::new();
    let mut open: Option<Open> = None;
    let mut activities = Vec::new();
    for event in EventReader::new_with_config(bytes, config) {
        match event.map_err(|e| xml_error(e.to_string()))? {
            XmlEvent::StartElement { name, attributes, .. } => {
                if path.len() >= MAX_DEPTH {
                    return Err(xml_error(crate::t!("activity-tcx-too-deep", depth = MAX_DEPTH)));
                }
                let attribute =
                    |key: &str| attributes.iter().find(|a| a.name.local_name == key).map(|a| a.value.clone());
                match name.local_name.as_str() {
                    "Activity" => {
                        open =
                            Some(Open { sport: attribute("Sport").unwrap_or_default(), ..Open::default() });
                    }
                    "Lap" => {
                        if let Some(activity) = open.as_mut().filter(|a| a.first_lap.is_none()) {
                            activity.first_lap = attribute("StartTime");
                        }
                    }
                    _ => {}
                }
                path.push(name.local_name);
            }
            XmlEvent::Characters(text) => {
                let Some(activity) = open.as_mut() else { continue };
                match path.as_slice() {
                    [.., parent, last] if parent == "Activity" && last == "Id" => activity.id = Some(text),
                    [.., parent, last] if parent == "Lap" && last == "DistanceMeters" => {
                        activity.distance_m += amount(&text, MAX_DISTANCE_M)?;
                    }
                    [.., parent, last] if parent == "Lap" && last == "TotalTimeSeconds" => {
                        activity.duration_s += amount(&text, MAX_DURATION_S)?;
                    }
                    _ => {}
                }
            }
            XmlEvent::EndElement { name } => {
                path.pop();
                if name.local_name == "Activity"
                    && let Some(done) = open.take()
                {
                    activities.push(finish(&done)?);
                }
            }
            _ => {}
        }
    }
    Ok(activities)
}

/// A lap's number, refused when it is not one a lap can have.
fn amount(text: &str, max: f64) -> Result<f64, Reason> {
    text.trim()
        .parse::<f64>()
        .ok()
        .and_then(|v| sane(v, max))
        .ok_or_else(|| Reason::Missing(crate::t!("activity-tcx-impossible", value = format!("{text:?}"))))
}

fn finish(open: &Open) -> Result<Activity, Reason> {
    let sport = Sport::from_name(&open.sport).ok_or_else(|| Reason::UnknownSport(open.sport.clone()))?;
    let start = open
        .id
        .as_deref()
        .or(open.first_lap.as_deref())
        .and_then(parse_time)
        .ok_or_else(|| Reason::Missing(crate::t!("activity-tcx-no-start")))?;
    let duration_s = sane(open.duration_s, MAX_DURATION_S)
        .ok_or_else(|| Reason::Missing(crate::t!("activity-tcx-too-long", start = start.to_string())))?;
    Ok(Activity {
        sport,
        start,
        local_start: None,
        distance_m: sane(open.distance_m, MAX_DISTANCE_M).filter(|d| *d > 0.0),
        duration_s,
        sport_named: true,
        running_m: None,
        file: String::new(),
        remarks: Vec::new(),
    })
}

/// An ISO 8601 time; one without an offset is taken as UTC, as TCX times are.
fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text).map(|t| t.to_utc()).ok().or_else(|| {
        NaiveDateTime::parse_from_str(text, crate::dates::ISO_LOCAL_TIME).ok().map(|t| t.and_utc())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn laps_add_up_and_track_points_do_not_count() {
        let text = br#"<?xml version="1.0"?>
<TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>2012-12-26T21:29:53Z</Id>
<Lap StartTime="2012-12-26T21:29:53Z"><TotalTimeSeconds>600</TotalTimeSeconds>
<DistanceMeters>1600</DistanceMeters><Track><Trackpoint><DistanceMeters>900</DistanceMeters>
</Trackpoint></Track></Lap><Lap><TotalTimeSeconds>300.5</TotalTimeSeconds>
<DistanceMeters>800</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>"#;
        let read = read(text).unwrap_or_default();
        let [activity] = read.as_slice() else { panic!("one activity expected: {read:?}") };
        assert_eq!(activity.sport, Sport::Running);
        assert_eq!(activity.distance_m, Some(2400.0));
        assert_eq!(activity.duration_s, 900.5);
        assert_eq!(activity.start.to_rfc3339(), "2012-12-26T21:29:53+00:00");
    }

    #[test]
    fn an_unknown_sport_is_named() {
        let text =
            br#"<TrainingCenterDatabase><Activities><Activity Sport="Kitesurf"><Id>2012-12-26T21:29:53Z</Id>
</Activity></Activities></TrainingCenterDatabase>"#;
        assert!(matches!(read(text), Err(Reason::UnknownSport(s)) if s == "Kitesurf"));
    }
}
