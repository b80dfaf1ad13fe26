//! GPX tracks (Garmin Connect, Strava and most apps): one [`Activity`] per track with times.
//!
//! GPX holds no totals, so the distance is summed from the points (great-circle, segment by
//! segment) and the time is each segment's span from first to last point, summed: an app that
//! pauses starts a new segment. A file whose points have no times is a planned route, not a
//! recorded activity, and is refused as one.

use chrono::{DateTime, Utc};

use super::{Activity, MAX_DISTANCE_M, MAX_DURATION_S, Reason, Sport, sane};

/// The earth's mean radius in metres, as the haversine formula uses it.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Reads every track of a GPX file that has times on its points.
pub(super) fn read(bytes: &[u8]) -> Result<Vec<Activity>, Reason> {
    let gpx = ::gpx::read(bytes).map_err(|e| Reason::Xml { format: "GPX", message: e.to_string() })?;
    let mut activities = Vec::new();
    let mut untimed = false;
    for track in &gpx.tracks {
        let mut start: Option<DateTime<Utc>> = None;
        let mut distance_m = 0.0;
        let mut duration_s = 0.0;
        for segment in &track.segments {
            let mut first: Option<DateTime<Utc>> = None;
            let mut last: Option<DateTime<Utc>> = None;
            for pair in segment.points.windows(2) {
                if let [a, b] = pair {
                    distance_m += haversine_m(a.point().y(), a.point().x(), b.point().y(), b.point().x());
                }
            }
            for point in &segment.points {
                let Some(time) = point.time.and_then(utc) else {
                    untimed = true;
                    continue;
                };
                first = Some(first.map_or(time, |f| f.min(time)));
                last = Some(last.map_or(time, |l| l.max(time)));
            }
            if let (Some(first), Some(last)) = (first, last) {
                start = Some(start.map_or(first, |s| s.min(first)));
                duration_s += (last - first).as_seconds_f64();
            }
        }
        let Some(start) = start else { continue };
        let (sport, sport_named) = match track.type_.as_deref().map(str::trim) {
            Some(name) if !name.is_empty() => {
                (Sport::from_name(name).ok_or_else(|| Reason::UnknownSport(name.to_owned()))?, true)
            }
            // The matching judges the sport from the pace, and says so.
            _ => (Sport::Running, false),
        };
        let duration_s = sane(duration_s, MAX_DURATION_S)
            .ok_or_else(|| Reason::Missing(crate::t!("activity-gpx-too-long", start = start.to_string())))?;
        activities.push(Activity {
            sport,
            start,
            local_start: None,
            distance_m: sane(distance_m, MAX_DISTANCE_M).filter(|d| *d > 0.0),
            duration_s,
            sport_named,
            running_m: None,
            file: String::new(),
            remarks: Vec::new(),
        });
    }
    if activities.is_empty() && (untimed || !gpx.routes.is_empty()) {
        return Err(Reason::Route);
    }
    Ok(activities)
}

/// A GPX time in UTC. GPX times are UTC by the standard; an offset, where a writer adds one,
/// is honoured.
fn utc(time: ::gpx::Time) -> Option<DateTime<Utc>> {
    let time: time::OffsetDateTime = time.into();
    DateTime::from_timestamp(time.unix_timestamp(), time.nanosecond())
}

/// Great-circle distance in metres between two points given in degrees.
fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = (lat2 - lat1).to_radians();
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    let distance = 2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin();
    if distance.is_finite() { distance } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_degree_of_latitude_is_about_111_km() {
        let d = haversine_m(0.0, 0.0, 1.0, 0.0);
        assert!((d - 111_195.0).abs() < 1.0, "{d}");
        assert_eq!(haversine_m(47.6, -122.3, 47.6, -122.3), 0.0);
    }
}
