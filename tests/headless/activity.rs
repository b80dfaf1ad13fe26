//! Recorded activities: real watch files read as Garmin's own decoder reads them, broken and
//! hostile files refused by name with a reason, and the matching of activities to a plan as
//! (plan, activities, expected lines) tables.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use comeback::activity::{
    self, Activity, MAX_FILE_BYTES, MAX_INFLATED_BYTES, Options, Preview, Sport, Target, Zone, read_file,
};
use comeback::plan::{
    Activity as Cross, Distance, Minutes, Plan, PlanMeta, RuleSettings, Run, Session, SessionId, SessionKind,
    Status, Units,
};
use serde_json::Value;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn fixture(name: &str) -> PathBuf {
    repo(&format!("tests/fixtures/{name}"))
}

fn read_one(name: &str) -> Activity {
    let read = read_file(&fixture(name)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.len(), 1, "{name}: {read:?}");
    read.into_iter().next().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Every session of each FIT file as Garmin's decoder (`garmin-fit-sdk` in the venv that
/// `scripts/setup.sh` makes) reads it: sport, sub-sport, start, distance, timer, and the
/// activity message's local time minus its UTC time.
fn garmin_sessions(paths: &[PathBuf]) -> Vec<Value> {
    const SCRIPT: &str = r#"
import json, sys
from garmin_fit_sdk import Decoder, Stream
for path in sys.argv[1:]:
    messages, errors = Decoder(Stream.from_file(path)).read(convert_types_to_strings=True)
    activity = (messages.get("activity_mesgs") or [{}])[0]
    local, utc = activity.get("local_timestamp"), activity.get("timestamp")
    offset = None
    if isinstance(local, int) and utc is not None:
        offset = local + 631065600 - int(utc.timestamp())
    print(json.dumps({
        "errors": [str(e) for e in errors],
        "offset": offset,
        "sessions": [{
            "sport": s.get("sport"), "sub_sport": s.get("sub_sport"),
            "start": s["start_time"].isoformat(),
            "distance": s.get("total_distance"), "timer": s.get("total_timer_time"),
        } for s in messages.get("session_mesgs", [])],
    }))
"#;
    let python = repo(".venv/bin/python");
    assert!(python.exists(), "run scripts/setup.sh first: it makes .venv with garmin-fit-sdk");
    let out = Command::new(python).arg("-c").arg(SCRIPT).args(paths).output().unwrap();
    assert!(out.status.success(), "garmin-fit-sdk failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// The six real FIT activities read as Garmin's decoder reads them: the same start to the
/// second, distance to the centimetre, timer to the millisecond, the sport as the kind table
/// groups Garmin's names, and the local time the watch kept.
#[test]
fn fit_activities_read_as_garmins_decoder_reads_them() {
    let files = [
        ("2013-02-06-12-11-14.fit", Sport::Running),
        ("activity-small-fenix2-run.fit", Sport::Running),
        ("garmin-fenix-5-run.fit", Sport::Running),
        ("garmin-fenix-5-walk.fit", Sport::Walking),
        ("garmin-fenix-5-bike.fit", Sport::Cycling),
        ("20170518-191602-1740899583.fit", Sport::Rowing),
    ];
    let paths: Vec<PathBuf> = files.iter().map(|(name, _)| fixture(name)).collect();
    let garmin = garmin_sessions(&paths);
    for ((name, sport), theirs) in files.iter().zip(&garmin) {
        assert_eq!(theirs["errors"], Value::Array(vec![]), "{name}");
        let ours = read_one(name);
        let [session] = theirs["sessions"].as_array().unwrap().as_slice() else { panic!("{name}: {theirs}") };
        assert_eq!(ours.sport, *sport, "{name}: Garmin says {} / {}", session["sport"], session["sub_sport"]);
        let start = DateTime::parse_from_rfc3339(session["start"].as_str().unwrap()).unwrap();
        assert_eq!(ours.start, start.to_utc(), "{name}");
        let distance = session["distance"].as_f64().unwrap();
        match ours.distance_m {
            Some(d) => assert!((d - distance).abs() < 0.01, "{name}: {d} m, Garmin {distance} m"),
            None => assert_eq!(distance, 0.0, "{name}: no distance, Garmin {distance} m"),
        }
        let timer = session["timer"].as_f64().unwrap();
        assert!((ours.duration_s - timer).abs() < 0.001, "{name}: {} s, Garmin {timer} s", ours.duration_s);
        let offset = theirs["offset"].as_i64();
        assert_eq!(ours.local_start.map(|l| (l - ours.start.naive_utc()).num_seconds()), offset, "{name}");
    }
    // The numbers the issue names: 4.84 km in 43.8 min, and the Fenix 5's local clock (UTC-7).
    let run = read_one("2013-02-06-12-11-14.fit");
    assert_eq!(
        (format!("{:.2}", run.distance_m.unwrap() / 1000.0), format!("{:.1}", run.minutes())),
        ("4.84".into(), "43.8".into())
    );
    assert_eq!(read_one("garmin-fenix-5-walk.fit").local_start.unwrap().to_string(), "2017-06-11 07:32:51");
}

/// GPX distance is summed from the points and TCX distance from the laps; both checked against
/// the same sums made by Python's own XML reader, apart from ours.
#[test]
fn gpx_and_tcx_sums_agree_with_an_independent_reading() {
    const SCRIPT: &str = r#"
import gzip, math, sys, json
import xml.etree.ElementTree as ET
def local(tag): return tag.rsplit('}', 1)[-1]
gpx = ET.parse(gzip.open(sys.argv[1]))
total = 0.0
for seg in [e for e in gpx.iter() if local(e.tag) == 'trkseg']:
    pts = [(float(p.get('lat')), float(p.get('lon'))) for p in seg if local(p.tag) == 'trkpt']
    for (a, b), (c, d) in zip(pts, pts[1:]):
        p1, p2 = math.radians(a), math.radians(c)
        h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
        total += 2 * 6371008.8 * math.asin(min(1.0, math.sqrt(h)))
tcx = ET.parse(gzip.open(sys.argv[2]))
laps = [e for e in tcx.iter() if local(e.tag) == 'Lap']
def lap_sum(name): return sum(float(c.text) for l in laps for c in l if local(c.tag) == name)
print(json.dumps({"gpx": total, "tcx_distance": lap_sum('DistanceMeters'), "tcx_time": lap_sum('TotalTimeSeconds')}))
"#;
    let out = Command::new(repo(".venv/bin/python"))
        .arg("-c")
        .arg(SCRIPT)
        .args([fixture("garmin-activity.gpx.gz"), fixture("run-2012-12-26.tcx.gz")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let sums: Value = serde_json::from_slice(&out.stdout).unwrap();

    let gpx = read_one("garmin-activity.gpx.gz");
    assert_eq!((gpx.sport, gpx.start.to_rfc3339().as_str()), (Sport::Running, "2017-07-29T14:46:35+00:00"));
    assert!((gpx.distance_m.unwrap() - sums["gpx"].as_f64().unwrap()).abs() < 0.01, "{gpx:?} {sums}");
    assert_eq!(gpx.local_start, None, "GPX times are UTC: the caller's zone decides the day");

    let tcx = read_one("run-2012-12-26.tcx.gz");
    assert_eq!((tcx.sport, tcx.start.to_rfc3339().as_str()), (Sport::Running, "2012-12-26T21:29:53+00:00"));
    assert!((tcx.distance_m.unwrap() - sums["tcx_distance"].as_f64().unwrap()).abs() < 1e-6);
    assert!((tcx.duration_s - sums["tcx_time"].as_f64().unwrap()).abs() < 1e-6);
}

/// A gzipped file reads as the file itself, and chained FIT files (one after another, as the
/// format allows) give each file's sessions.
#[test]
fn gzipped_and_chained_files_read_like_the_originals() {
    let bytes = std::fs::read(fixture("garmin-fenix-5-bike.fit")).unwrap();
    let plain = activity::read_bytes("bike.fit", &bytes).unwrap();
    assert_eq!(activity::read_bytes("bike.fit", &gzip(&bytes)).unwrap(), plain);
    let run = std::fs::read(fixture("garmin-fenix-5-run.fit")).unwrap();
    let chained = activity::read_bytes("both.fit", &[bytes.as_slice(), &run, &bytes].concat()).unwrap();
    let sports: Vec<Sport> = chained.iter().map(|a| a.sport).collect();
    assert_eq!(sports, [Sport::Cycling, Sport::Running, Sport::Cycling]);
    assert_eq!(chained[0].id(), chained[2].id(), "the same activity twice has one identity");
}

/// Each kind of bad file is refused with its name and a reason a runner can act on; nothing
/// panics. Oversized files are refused from their size alone (a sparse file reads nothing), and
/// a `.gz` that inflates without end stops at the cap.
#[test]
fn bad_files_are_named_with_their_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let fit = std::fs::read(fixture("garmin-fenix-5-run.fit")).unwrap();
    let mut bad_crc = fit.clone();
    let last = bad_crc.len() - 1;
    bad_crc[last] ^= 0xff;
    let mut changed = fit.clone();
    changed[200] ^= 0x01;
    let huge = dir.path().join("huge.fit");
    std::fs::File::create(&huge).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
    let bomb = gzip(&vec![0; usize::try_from(MAX_INFLATED_BYTES).unwrap() + 1]);
    let gpx = |body: &str| format!("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\">{body}</gpx>");
    let kitesurf = gpx(
        "<trk><type>kitesurf</type><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2020-01-01T10:00:00Z</time></trkpt></trkseg></trk>",
    );
    let cases: Vec<(PathBuf, &str)> = vec![
        (fixture("activity-unexpected-eof.fit"), "the file ends too early"),
        (fixture("activity-settings-corruptheader.fit"), "at byte 771, is corrupt"),
        (fixture("strava_route_example.gpx"), "a route, not a recorded activity"),
        (fixture("WorkoutRepeatSteps.fit"), "a FIT workout file, not a recorded activity"),
        (write("bad-crc.fit", &bad_crc), "the checksum does not match"),
        (write("changed.fit", &changed), "damaged"),
        (write("cut.fit", fit.get(..fit.len() / 2).unwrap()), "the file ends too early"),
        (write("header.fit", fit.get(..13).unwrap()), "the FIT file is damaged"),
        (write("kitesurf.gpx", kitesurf.as_bytes()), "the sport \"kitesurf\" is not one Comeback knows"),
        (write("empty.gpx", gpx("").as_bytes()), "holds no recorded activity"),
        (
            write("broken.tcx", b"<TrainingCenterDatabase><Activities><Activity"),
            "the TCX file cannot be read",
        ),
        (write("notes.fit", b"just some text"), "not a FIT, GPX or TCX file"),
        (write("nothing.fit", b""), "not a FIT, GPX or TCX file"),
        (write("cut.fit.gz", gzip(&fit).get(..40).unwrap()), "the gzip file is damaged"),
        (write("bomb.fit.gz", &bomb), "unpacked, the file is more than"),
        (huge, "activity files are at most"),
        (dir.path().join("missing.fit"), "cannot read the file"),
    ];
    for (path, reason) in cases {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let message = match read_file(&path) {
            Ok(read) => panic!("{name} was read: {read:?}"),
            Err(e) => e.to_string(),
        };
        assert!(message.contains(&name) && message.contains(reason), "{name}: {message}");
    }
}

/// Every file a folder holds that is named like an activity, sorted; other files are passed over.
#[test]
fn a_folder_gives_its_activity_files() {
    let (files, errors) = activity::collect(&[repo("tests/fixtures"), repo("no-such-folder-here")]);
    let names: Vec<String> =
        files.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(
        names.contains(&"garmin-activity.gpx.gz".to_owned()) && !names.iter().any(|n| n.ends_with(".ron"))
    );
    let in_folder = &names[..names.len() - 1];
    assert!(in_folder.windows(2).all(|w| w[0] < w[1]), "{names:?}");
    // A path that is not a folder is kept as a file to read (and fail on, by name, later).
    assert!(errors.is_empty() && files.last() == Some(&repo("no-such-folder-here")));
}

// Matching, as tables: a plan of sessions, activities, and the line each activity gives.

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn run_km(km: f64) -> SessionKind {
    SessionKind::Run(Run { distance: Distance::new(km), ..Run::default() })
}

fn cross(activity: Cross) -> SessionKind {
    SessionKind::Cross { activity, minutes: Minutes::new(30.0), distance: None }
}

fn walk() -> SessionKind {
    SessionKind::Walk { distance: None, minutes: Minutes::new(40.0) }
}

/// A session of a table: id, day of December 2026, kind, status.
type Row = (u32, u32, SessionKind, Status);

/// A case of the matching table: what it shows, the plan's sessions, the activities, the
/// options, and each line's outcome (see [`outcome`]).
type Case = (&'static str, Vec<Row>, Vec<Activity>, Options, Vec<&'static str>);

/// A plan in kilometres with `sessions`.
fn plan_of(sessions: &[Row]) -> Plan {
    let sessions = sessions
        .iter()
        .map(|&(id, d, kind, status)| Session { status, ..Session::planned(SessionId(id), day(d), kind) })
        .collect();
    let meta = PlanMeta { start: day(1), units: Units::Km, ..PlanMeta::default() };
    Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap()
}

/// An activity of `sport` starting at `hour`:00 UTC on day `d` of December 2026.
fn done(sport: Sport, d: u32, hour: u32, km: Option<f64>, minutes: f64) -> Activity {
    Activity {
        sport,
        start: day(d).and_hms_opt(hour, 0, 0).unwrap().and_utc(),
        local_start: None,
        distance_m: km.map(|k| k * 1000.0),
        duration_s: minutes * 60.0,
        sport_named: true,
        running_m: None,
        file: format!("{d}-{hour}.fit"),
        remarks: Vec::new(),
    }
}

/// A line in a few words: "#2", "#2 from 3" (moved from day 3), "new Walk", "already #2",
/// "repeated", each with "(unticked)" when not applied.
fn outcome(line: &activity::Line) -> String {
    match &line.target {
        Target::Session { id, moved_from: None } => format!("#{}", id.0),
        Target::Session { id, moved_from: Some(from) } => {
            format!("#{} from {}", id.0, chrono::Datelike::day(from))
        }
        Target::New(kind) => format!("new {}", kind.name()),
        Target::Already(id) => format!("already #{}", id.0),
        Target::Repeated => "repeated".to_owned(),
        Target::OutOfRange => "out of range".to_owned(),
        Target::TooShort => "too short".to_owned(),
    }
}

fn utc() -> Options {
    Options::default()
}

/// UTC until 6 December 2026, then three hours east: a zone whose offset changes, as with
/// summer time.
fn east_from_the_6th() -> Options {
    let zone = Zone::Rules(|t| {
        let hours = if t < day(6).and_hms_opt(0, 0, 0).unwrap().and_utc() { 0 } else { 3 };
        FixedOffset::east_opt(hours * 3600).unwrap()
    });
    Options { zone, ..utc() }
}

/// Planned sessions and activities → the line each activity gives, in start order.
#[test]
fn activities_match_sessions_as_the_table_says() {
    use Status::{Done, Planned, Skipped};
    let relog = Options { relog: true, ..utc() };
    let east = Options { zone: Zone::Fixed(FixedOffset::east_opt(3 * 3600).unwrap()), ..utc() };
    #[rustfmt::skip]
    let table: Vec<Case> = vec![
        ("a run logs the run planned that day",
            vec![(1, 6, run_km(5.0), Planned)], vec![done(Sport::Running, 6, 12, Some(4.84), 43.75)], utc(), vec!["#1"]),
        ("an anti-gravity run takes a treadmill run",
            vec![(1, 6, cross(Cross::AntiGravity { body_weight_pct: 80 }), Planned)],
            vec![done(Sport::TreadmillRunning, 6, 12, Some(3.0), 30.0)], utc(), vec!["#1"]),
        ("the closest distance wins among several",
            vec![(1, 6, run_km(3.0), Planned), (2, 6, run_km(8.0), Planned)],
            vec![done(Sport::Running, 6, 12, Some(7.5), 50.0)], utc(), vec!["#2"]),
        ("two activities on one day are two sessions",
            vec![(1, 6, run_km(3.0), Planned), (2, 6, run_km(8.0), Planned)],
            vec![done(Sport::Running, 6, 7, Some(8.1), 50.0), done(Sport::Running, 6, 18, Some(2.9), 20.0)],
            utc(), vec!["#2", "#1"]),
        ("a third run that day is new",
            vec![(1, 6, run_km(3.0), Planned)],
            vec![done(Sport::Running, 6, 7, Some(3.0), 20.0), done(Sport::Running, 6, 18, Some(3.0), 20.0)],
            utc(), vec!["#1", "new Run"]),
        ("a run a day late takes the run planned the day before; it moves",
            vec![(1, 5, run_km(5.0), Planned)], vec![done(Sport::Running, 6, 12, Some(5.0), 40.0)], utc(),
            vec!["#1 from 5"]),
        ("a run a day early takes the run planned the day after",
            vec![(1, 7, run_km(5.0), Planned)], vec![done(Sport::Running, 6, 12, Some(5.0), 40.0)], utc(),
            vec!["#1 from 7"]),
        ("not a session whose own day had a run: that day's run logs it",
            vec![(1, 5, run_km(5.0), Planned)],
            vec![done(Sport::Running, 5, 12, Some(5.0), 40.0), done(Sport::Running, 6, 12, Some(5.0), 40.0)],
            utc(), vec!["#1", "new Run"]),
        ("the same day beats the day before",
            vec![(1, 5, run_km(5.0), Planned), (2, 6, run_km(9.0), Planned)],
            vec![done(Sport::Running, 6, 12, Some(5.0), 40.0)], utc(), vec!["#2"]),
        ("two days away is too far",
            vec![(1, 4, run_km(5.0), Planned)], vec![done(Sport::Running, 6, 12, Some(5.0), 40.0)], utc(),
            vec!["new Run"]),
        ("a walk does not log a run",
            vec![(1, 6, run_km(5.0), Planned)], vec![done(Sport::Walking, 6, 12, Some(2.0), 25.0)], utc(),
            vec!["new Walk"]),
        ("walks, hikes, rides, swims, the elliptical and the rower each find their kind",
            vec![(1, 6, walk(), Planned), (2, 6, cross(Cross::Bike), Planned), (3, 6, cross(Cross::Swim), Planned),
                 (4, 6, cross(Cross::Elliptical), Planned), (5, 6, cross(Cross::Other), Planned)],
            vec![done(Sport::Hiking, 6, 6, Some(5.0), 90.0), done(Sport::IndoorCycling, 6, 8, None, 30.0),
                 done(Sport::Swimming, 6, 10, Some(1.0), 30.0), done(Sport::Elliptical, 6, 12, None, 30.0),
                 done(Sport::Rowing, 6, 14, None, 28.5)],
            utc(), vec!["#1", "#2", "#3", "#4", "#5"]),
        ("unplanned, each sport becomes its kind",
            vec![],
            vec![done(Sport::TrailRunning, 6, 6, Some(5.0), 40.0), done(Sport::Cycling, 6, 8, Some(20.0), 60.0),
                 done(Sport::Rowing, 6, 10, None, 20.0), done(Sport::Other, 6, 12, None, 20.0)],
            utc(), vec!["new Run", "new Bike", "new Cross-training", "new Cross-training"]),
        ("a run logged by hand that day is the same outing; one skipped is left alone",
            vec![(1, 6, run_km(5.0), Done), (2, 7, run_km(5.0), Skipped)],
            vec![done(Sport::Running, 6, 12, Some(5.0), 40.0), done(Sport::Running, 7, 12, Some(5.0), 40.0)],
            utc(), vec!["#1", "new Run"]),
        ("unless asked",
            vec![(1, 6, run_km(5.0), Done), (2, 7, run_km(5.0), Skipped)],
            vec![done(Sport::Running, 6, 12, Some(5.0), 40.0), done(Sport::Running, 7, 12, Some(5.0), 40.0)],
            relog, vec!["#1", "#2"]),
        ("the same activity twice in one import is applied once",
            vec![(1, 6, run_km(5.0), Planned)],
            vec![done(Sport::Running, 6, 12, Some(5.0), 40.0), done(Sport::Running, 6, 12, Some(5.0), 40.0)],
            utc(), vec!["#1", "repeated"]),
        ("the day is the caller's: 22:00 UTC is the next day at UTC+3",
            vec![(1, 6, run_km(5.0), Planned), (2, 7, run_km(5.0), Planned)],
            vec![done(Sport::Running, 6, 22, Some(5.0), 40.0)], east, vec!["#2"]),
        ("each activity counts its day at the offset in force when it started",
            vec![(1, 5, run_km(5.0), Planned), (2, 7, run_km(5.0), Planned)],
            vec![done(Sport::Running, 5, 22, Some(5.0), 40.0), done(Sport::Running, 6, 22, Some(5.0), 40.0)],
            east_from_the_6th(), vec!["#1", "#2"]),
        ("a day no plan can hold is refused",
            vec![], vec![Activity { start: DateTime::<Utc>::MAX_UTC, ..done(Sport::Running, 6, 12, None, 5.0) }],
            utc(), vec!["out of range"]),
    ];
    for (case, sessions, activities, options, expected) in table {
        let plan = plan_of(&sessions);
        let preview = activity::preview(&plan, activities, &options);
        let found: Vec<String> = preview.lines().iter().map(outcome).collect();
        assert_eq!(found, expected, "{case}");
        // Applying changes the plan; the same activities again then change nothing.
        let mut after = plan.clone();
        for command in preview.commands(&plan) {
            after.apply(command).unwrap_or_else(|e| panic!("{case}: {e}"));
        }
        let again: Vec<Activity> = preview.lines().iter().map(|l| l.activity.clone()).collect();
        let second = activity::preview(&after, again, &options);
        assert!(second.commands(&after).is_empty(), "{case}: a second import changes nothing");
        assert!(
            second.lines().iter().all(|l| matches!(
                l.target,
                Target::Already(_) | Target::Repeated | Target::OutOfRange | Target::TooShort
            )),
            "{case}: {:?}",
            second.lines().iter().map(outcome).collect::<Vec<_>>()
        );
    }
}

fn apply(plan: &Plan, preview: &Preview) -> Plan {
    let mut after = plan.clone();
    for command in preview.commands(plan) {
        after.apply(command).unwrap();
    }
    after
}

/// A match marks the session done with the activity's numbers in the plan's units, keeps what
/// was planned, its note and its id, moves it to the day it was done, and remembers the activity.
#[test]
fn a_match_logs_the_numbers_and_keeps_the_plan() {
    let mut plan = plan_of(&[(1, 5, run_km(5.0), Status::Planned)]);
    let mut with_note = plan.session(SessionId(1)).unwrap().clone();
    with_note.note = "Track, very slow.".to_owned();
    plan.apply(comeback::plan::Command::EditSession(with_note)).unwrap();
    let run = done(Sport::Running, 6, 12, Some(4.83538), 43.7523);
    let preview = activity::preview(&plan, vec![run.clone()], &utc());
    let line = &preview.lines()[0];
    assert_eq!(
        line.describe(&plan),
        "run Sun 6 Dec 2026 12:00, 4.84 km, 43.75 min → Run 5 km · easy · flat road (#1): done, moved from Sat 5 Dec"
    );
    let after = apply(&plan, &preview);
    let session = after.session(SessionId(1)).unwrap();
    assert_eq!((session.date, session.status, session.kind), (day(6), Status::Done, run_km(5.0)));
    assert_eq!(session.actual.unwrap().describe(Units::Km), "4.84 km · 43.75 min");
    assert_eq!(session.note, "Track, very slow.");
    assert_eq!(session.recorded, Some(run.id()));

    // In miles: 4835.38 m is 3.00 mi (3.0046).
    let mut miles = plan.clone();
    miles
        .apply(comeback::plan::Command::SetMeta(PlanMeta { units: Units::Miles, ..plan.meta.clone() }))
        .unwrap();
    let preview = activity::preview(&miles, vec![run], &utc());
    assert_eq!(preview.lines()[0].actual.distance.map(Distance::get), Some(3.0));
}

/// The app's preview: a line unticked changes nothing, a line pointed at another session logs
/// that one, and pointing at a session of the wrong kind, one another line logs or one holding
/// another activity is refused with the reason.
#[test]
fn lines_can_be_unticked_and_pointed_elsewhere() {
    let plan = plan_of(&[
        (1, 6, run_km(5.0), Status::Planned),
        (2, 6, walk(), Status::Planned),
        (3, 8, run_km(6.0), Status::Planned),
    ]);
    let activities =
        vec![done(Sport::Running, 6, 12, Some(5.0), 40.0), done(Sport::Running, 6, 18, Some(2.0), 15.0)];
    let mut preview = activity::preview(&plan, activities, &utc());
    assert_eq!(preview.lines().iter().map(outcome).collect::<Vec<_>>(), ["#1", "new Run"]);

    assert!(preview.set_included(1, false) && !preview.set_included(9, false));
    assert_eq!(preview.commands(&plan).len(), 1);
    assert!(preview.lines()[1].describe(&plan).ends_with("(unticked)"));

    use activity::RetargetError as E;
    assert_eq!(
        preview.retarget(&plan, 1, Some(SessionId(2))),
        Err(E::Kind { sport: comeback::activity::Sport::Running, kind: "Walk".into() })
    );
    assert_eq!(preview.retarget(&plan, 1, Some(SessionId(1))), Err(E::Taken(SessionId(1))));
    assert!(preview.set_included(0, false));
    assert_eq!(preview.retarget(&plan, 1, Some(SessionId(1))), Ok(()), "an unticked line holds nothing");
    assert!(preview.set_included(1, true));
    assert!(!preview.set_included(0, true), "two lines cannot log one session");
    assert_eq!(preview.retarget(&plan, 0, Some(SessionId(3))), Ok(()));
    assert!(preview.set_included(0, true));
    assert_eq!(preview.retarget(&plan, 0, Some(SessionId(9))), Err(E::NoSuchSession(SessionId(9))));
    assert_eq!(preview.lines().iter().map(outcome).collect::<Vec<_>>(), ["#3 from 8", "#1"]);
    let after = apply(&plan, &preview);
    assert_eq!(after.sessions_on(day(6)).iter().filter(|s| s.status == Status::Done).count(), 2);

    let again = activity::preview(&after, vec![done(Sport::Running, 7, 12, Some(5.0), 40.0)], &utc());
    let mut again = again;
    assert_eq!(again.retarget(&after, 0, Some(SessionId(1))), Err(E::Recorded(SessionId(1))));
    assert_eq!(again.retarget(&after, 0, None), Ok(()));
    assert_eq!(outcome(&again.lines()[0]), "new Run");
}

/// Damaged copies of real files (every truncation of a small FIT file, bytes changed at random
/// in FIT, GPX and TCX files, gzipped too) give activities or a reason, never a panic. The
/// fuzz targets (`scripts/fuzz.sh activity_fit activity_xml`) go much further; this keeps the
/// common damage in every test run.
#[test]
fn damaged_files_never_panic() {
    let fit = std::fs::read(fixture("garmin-fenix-5-walk.fit")).unwrap();
    for end in 0..fit.len() {
        let _ = activity::read_bytes("cut.fit", &fit[..end]);
    }
    let gunzip = |name: &str| {
        let mut text = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(std::fs::File::open(fixture(name)).unwrap()),
            &mut text,
        )
        .unwrap();
        text
    };
    let originals = [
        fit.clone(),
        std::fs::read(fixture("garmin-fenix-5-bike.fit")).unwrap(),
        gunzip("run-2012-12-26.tcx.gz")[..6000].to_vec(),
        gunzip("garmin-activity.gpx.gz")[..6000].to_vec(),
    ];
    assert_eq!(
        activity::read_bytes("walk.fit", &reseal_fit(fit.clone())).unwrap().len(),
        1,
        "resealing is sound"
    );
    // A fixed generator, so a failure is the same on every run.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for original in &originals {
        for _ in 0..300 {
            let mut bytes = original.clone();
            for _ in 0..1 + next() % 4 {
                let at = usize::try_from(next() % bytes.len() as u64).unwrap();
                bytes[at] = u8::try_from(next() % 256).unwrap();
            }
            let _ = activity::read_bytes("damaged", &bytes);
            let _ = activity::read_bytes("damaged.gz", &gzip(&bytes));
            if bytes.get(8..12) == Some(b".FIT".as_slice()) {
                // With its checksums made right again, the damage reaches the decoder.
                let _ = activity::read_bytes("resealed.fit", &reseal_fit(bytes));
            }
        }
    }
}

/// `bytes` with the FIT header's and the file's CRC-16 computed afresh, as the encoder seals
/// its own files.
fn reseal_fit(mut bytes: Vec<u8>) -> Vec<u8> {
    comeback::watch::seal(&mut bytes);
    bytes
}

/// A 3-second, 0 m GPX marked Tuesday's run/walk done, and a 10-hour, 18 km hike from a
/// handheld GPS (no sport in the file) was logged as a run. Read from the files and judged: the
/// first is too short to be a session, the second is a walk by its pace and logs the walk
/// planned that day, not the run.
#[test]
fn a_slip_of_the_watch_and_a_hike_without_a_sport_are_not_runs() {
    let slip = read_one("judged/three-seconds-no-sport.gpx");
    let hike = read_one("judged/hike-10h-18km-no-sport.gpx");
    assert!(!slip.sport_named && !hike.sport_named);
    assert_eq!((slip.duration_s, slip.distance_m), (3.0, None));
    assert_eq!(hike.duration_s, 36_000.0);
    assert!((hike.distance_m.unwrap() - 18_000.0).abs() < 1.0, "{:?}", hike.distance_m);
    let run_walk = SessionKind::RunWalk(comeback::plan::RunWalk {
        run: comeback::plan::Segment::Minutes(Minutes::new(1.0).unwrap()),
        walk: comeback::plan::Segment::Minutes(Minutes::new(4.0).unwrap()),
        repeats: 6,
        effort: Default::default(),
        terrain: Default::default(),
    });
    let plan = plan_of(&[
        (1, 1, run_walk, Status::Planned),
        (2, 5, run_km(5.0), Status::Planned),
        (3, 5, walk(), Status::Planned),
    ]);
    let preview = activity::preview(&plan, vec![slip, hike], &utc());
    assert_eq!(preview.lines().iter().map(outcome).collect::<Vec<_>>(), ["too short", "#3"]);
    assert_eq!(preview.lines()[1].activity.sport, Sport::Walking);
    assert!(
        preview.lines()[1].describe(&plan).contains("the file names no sport: a walk by its pace (1.8 km/h)"),
        "{}",
        preview.lines()[1].describe(&plan)
    );
    let after = apply(&plan, &preview);
    assert_eq!(
        after.session(SessionId(1)).unwrap().status,
        Status::Planned,
        "Tuesday's run/walk is untouched"
    );
    assert_eq!(after.session(SessionId(2)).unwrap().status, Status::Planned, "the run is not the hike");
}

/// Files written with Garmin's own encoder (`tests/fixtures/made/make-activities.py`): a run/walk
/// whose laps are marked `active` and `recovery` gives the distance of the running laps; a
/// session of sport "generic" says it names no sport; both keep the local time their watch
/// stated (UTC+13 and UTC-8), which Garmin's decoder reads too.
#[test]
fn laps_tell_the_running_part_and_generic_names_no_sport() {
    let names = ["made/run-walk-laps.fit", "made/generic.fit"];
    let garmin = garmin_sessions(&names.map(fixture));
    let offsets: Vec<Option<i64>> = garmin.iter().map(|g| g["offset"].as_i64()).collect();
    assert_eq!(offsets, [Some(13 * 3600), Some(-8 * 3600)]);

    let run_walk = read_one("made/run-walk-laps.fit");
    assert_eq!((run_walk.sport, run_walk.sport_named), (Sport::Running, true));
    assert_eq!((run_walk.distance_m, run_walk.running_m), (Some(1750.0), Some(1250.0)));
    assert_eq!(run_walk.start.to_string(), "2026-03-07 22:30:00 UTC");
    assert_eq!(run_walk.local_start.unwrap().to_string(), "2026-03-08 11:30:00");

    let generic = read_one("made/generic.fit");
    assert_eq!((generic.sport, generic.sport_named), (Sport::Other, false));
    assert_eq!((generic.distance_m, generic.running_m), (Some(3000.0), None), "laps all active");
    assert_eq!(generic.local_start.unwrap().to_string(), "2026-03-07 08:45:00");

    // Files whose laps are all of one kind, or that have none, tell nothing of the running part.
    for name in ["2013-02-06-12-11-14.fit", "activity-small-fenix2-run.fit", "garmin-fenix-5-run.fit"] {
        assert_eq!(read_one(name).running_m, None, "{name}");
    }
}

/// A FIT file whose header claims more bytes than the file has (178 bytes, the first saying
/// 203) panicked inside fitparser 0.11; it is refused by name with a reason instead, as are
/// headers of a size FIT does not define, at the start and further down a chain.
#[test]
fn a_header_longer_than_the_file_is_refused() {
    let path = fixture("made/header-longer-than-file.fit");
    let message = read_file(&path).unwrap_err().to_string();
    assert_eq!(
        message,
        format!("{}: the FIT file is damaged: its header is not a FIT header", path.display())
    );
    let fit = std::fs::read(fixture("garmin-fenix-5-walk.fit")).unwrap();
    let reason = activity::read_bytes("short.fit", fit.get(..13).unwrap()).unwrap_err().to_string();
    assert_eq!(
        reason, "the FIT file is damaged: the file ends too early: it was cut short",
        "14 of 13 bytes"
    );
    for size in [0, 1, 11, 13, 15, 203, 255] {
        let mut bytes = fit.clone();
        bytes[0] = size;
        let reason = activity::read_bytes("odd.fit", &bytes).unwrap_err().to_string();
        assert_eq!(reason, "the FIT file is damaged: its header is not a FIT header", "size {size}");
        let mut chained = fit.clone();
        chained.extend_from_slice(&bytes);
        let reason = activity::read_bytes("chain.fit", &chained).unwrap_err().to_string();
        assert!(reason.ends_with(&format!("at byte {}, is corrupt", fit.len())), "size {size}: {reason}");
    }
}

/// What the fuzzers found (`scripts/fuzz.sh activity_fit`), kept in `tests/fixtures/fuzz/` as
/// the reader sees them: each gives activities or a reason, and the reason is the reader's
/// own, not the guard's for a panic inside fitparser (a debug build panics on the overflow the
/// first one caused in fitparser 0.11's header parser, reached through a message that ran past
/// the end of the data).
#[test]
fn what_the_fuzzers_found_reads_without_a_panic() {
    let mut found: Vec<PathBuf> =
        std::fs::read_dir(fixture("fuzz")).unwrap().map(|e| e.unwrap().path()).collect();
    found.sort();
    assert!(!found.is_empty());
    for path in &found {
        if let Err(e) = read_file(path) {
            let message = e.to_string();
            assert!(!message.contains("the FIT decoder failed on it"), "{message}");
        }
    }
    let past_end = read_file(&fixture("fuzz/fit-message-past-data-end.fit")).unwrap_err().to_string();
    assert!(
        past_end.ends_with("a message runs past the end of the data its header announces, at byte 4711"),
        "{past_end}"
    );
}
