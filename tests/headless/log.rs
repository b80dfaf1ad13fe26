//! `comeback log`: recorded activities logged into a plan from the command line, with the exit
//! codes, the report and the saved plan the issue asks for.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use comeback::file;
use comeback::plan::{
    Activity as Cross, Distance, Plan, PlanMeta, RuleSettings, Run, Session, SessionId, SessionKind, Status,
    Units,
};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).display().to_string()
}

/// Runs `comeback ARGS` with the time zone at UTC; returns the exit code and standard output.
fn comeback(args: &[&str]) -> (i32, String) {
    comeback_in("UTC", args)
}

/// Runs `comeback ARGS` in the time zone `tz` (a `TZ` value); returns the exit code and
/// standard output.
fn comeback_in(tz: &str, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .args(args)
        .env("TZ", tz)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), format!("{}{stderr}", String::from_utf8_lossy(&out.stdout)))
}

/// A plan in `units` with a 5 km (or 3 mi) run planned on 6 February 2013, saved in a folder.
fn plan_with_a_run(units: Units) -> (tempfile::TempDir, PathBuf) {
    plan_with_a_run_on(NaiveDate::from_ymd_opt(2013, 2, 6).unwrap(), units)
}

/// A plan in `units` starting the Monday of `day`'s week, with a 5 km (or 3 mi) run planned
/// on `day` as session 7, saved in a folder.
fn plan_with_a_run_on(day: NaiveDate, units: Units) -> (tempfile::TempDir, PathBuf) {
    let amount = if units == Units::Km { 5.0 } else { 3.0 };
    let run = SessionKind::Run(Run { distance: Distance::new(amount), ..Run::default() });
    let defaults = PlanMeta::default();
    let meta = PlanMeta { start: defaults.week_start.week_of(day), units, ..defaults };
    let plan =
        Plan::try_from((meta, RuleSettings::default(), vec![Session::planned(SessionId(7), day, run)]))
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    file::save(&plan, &path).unwrap();
    (dir, path)
}

/// The first case: the run planned on 2013-02-06 is done with 4.84 km, its plan kept;
/// a second import changes nothing, not even the file.
#[test]
fn a_recorded_run_marks_the_planned_run_done_once() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let plan = path.to_str().unwrap();
    let (code, out) = comeback(&["log", plan, &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "2013-02-06-12-11-14.fit: run Wed 6 Feb 2013 12:11, 4.84 km, 43.75 min → Run 5 km · easy · flat road (#7): done"
        ),
        "{out}"
    );
    assert!(out.contains("1 activity read: 1 session logged, 0 new sessions. Saved"), "{out}");
    let saved = file::load(&path).unwrap();
    let run = saved.session(SessionId(7)).unwrap();
    assert_eq!(run.status, Status::Done);
    assert_eq!(run.actual.unwrap().describe(Units::Km), "4.84 km · 43.75 min");
    assert_eq!(run.kind.run_distance(0.0), 5.0, "what was planned is kept");
    assert!(file::backup_path(&path).exists(), "the plan before the import is kept as a backup");

    let before = std::fs::read(&path).unwrap();
    let (code, out) = comeback(&["log", plan, &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("already logged in Run (#7); nothing changes"), "{out}");
    assert!(out.contains("Nothing to change"), "{out}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "a second import leaves the file as it was");
}

/// In miles the same run logs 3 mi: 4835.38 m is 3.0046 mi, rounded to 0.01 as plans hold
/// amounts (the "3.01 mi" is 4.84 km converted after rounding).
#[test]
fn a_plan_in_miles_logs_miles() {
    let (_dir, path) = plan_with_a_run(Units::Miles);
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 0, "{out}");
    let run = file::load(&path).unwrap().session(SessionId(7)).unwrap().clone();
    assert_eq!(run.actual.unwrap().describe(Units::Miles), "3 mi · 43.75 min");
}

/// A folder of files: the broken files and the route are named with their reasons (exit 1),
/// the rest is applied when asked to log what lies outside the plan: the Fenix 5 ride becomes
/// a bike session, the rower other cross-training, the runs their own sessions; the Fenix 5
/// run and walk, under a minute each, are too short to be sessions.
#[test]
fn broken_files_are_named_and_the_rest_is_applied() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let (code, out) = comeback(&["log", path.to_str().unwrap(), "--include-outside", &fixture("")]);
    assert_eq!(code, 1, "{out}");
    for reason in [
        "activity-unexpected-eof.fit: the FIT file is damaged: the file ends too early",
        "activity-settings-corruptheader.fit: the FIT file is damaged: the header of the next file in the chain, at byte 771, is corrupt",
        "strava_route_example.gpx: a route, not a recorded activity",
        "WorkoutRepeatSteps.fit: a FIT workout file, not a recorded activity",
    ] {
        assert!(out.lines().any(|l| l.starts_with('✗') && l.contains(reason)), "{reason}\n{out}");
    }
    assert!(
        out.contains(
            "8 activities read: 1 session logged, 5 new sessions; 2 activities too short to be a session not logged; 4 files skipped. Saved"
        ),
        "{out}"
    );
    let plan = file::load(&path).unwrap();
    let kinds = |date: &str| -> Vec<String> {
        let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let mut kinds: Vec<String> = plan
            .sessions_on(day)
            .iter()
            .filter(|s| s.status == Status::Done)
            .map(|s| s.kind.name())
            .collect();
        kinds.sort();
        kinds
    };
    assert!(kinds("2017-06-11").is_empty(), "the Fenix 5 walk and run are too short");
    assert_eq!(kinds("2017-06-12"), ["Bike"]);
    assert_eq!(kinds("2017-05-18"), ["Cross-training"], "the rowing machine");
    assert_eq!(kinds("2013-02-06"), ["Run"]);
    let bike = plan.sessions_on(NaiveDate::from_ymd_opt(2017, 6, 12).unwrap())[0].clone();
    assert!(matches!(bike.kind, SessionKind::Cross { activity: Cross::Bike, .. }));
    assert_eq!(bike.actual.unwrap().describe(Units::Km), "0.46 km · 1.01 min");
}

/// `--dry-run` prints the same report and saves nothing; JSON carries each activity's outcome.
#[test]
fn dry_run_and_json() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let before = std::fs::read(&path).unwrap();
    let files =
        [fixture("2013-02-06-12-11-14.fit"), fixture("garmin-fenix-5-walk.fit"), fixture("nothing-here.fit")];
    let mut args = vec!["log", path.to_str().unwrap(), "--dry-run", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let (code, out) = comeback(&args);
    assert_eq!(code, 1, "{out}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "--dry-run saves nothing");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["saved"], false);
    let lines = json["activities"].as_array().unwrap();
    assert_eq!(
        lines
            .iter()
            .map(|l| (l["file"].as_str().unwrap(), l["outcome"].as_str().unwrap()))
            .collect::<Vec<_>>(),
        [("2013-02-06-12-11-14.fit", "logged"), ("garmin-fenix-5-walk.fit", "too_short")]
    );
    assert_eq!((lines[0]["session"].as_u64(), lines[0]["distance"].as_f64()), (Some(7), Some(4.84)));
    assert_eq!(lines[1]["date"], "2017-06-11");
    assert!(json["skipped"][0]["reason"].as_str().unwrap().starts_with("cannot read the file"), "{out}");

    let (code, out) =
        comeback(&["log", path.to_str().unwrap(), "--dry-run", &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.ends_with("Nothing saved (--dry-run).\n"), "{out}");
}

/// Exit 2 when the plan cannot be read or no file could be; the plan is unchanged.
#[test]
fn nothing_readable_exits_2() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let before = std::fs::read(&path).unwrap();
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &fixture("activity-unexpected-eof.fit")]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("No file could be read"), "{out}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let empty = tempfile::tempdir().unwrap();
    let (code, out) = comeback(&["log", path.to_str().unwrap(), empty.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("no activity files"), "{out}");
    let (code, out) = comeback(&["log", "no/such/plan.ron", &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("no/such/plan.ron: cannot read the file"), "{out}");
}

/// A coach's `// comment` in the plan is not dropped by the save after logging: it becomes a
/// note on the session it sat in, and the report says so.
#[test]
fn logging_keeps_comments_written_in_the_file_as_notes() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "      id: 7,",
        "      // easy, it's icy\n      id: 7,",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("kept 1 comment written in the file as notes"), "{out}");
    let saved = file::load(&path).unwrap();
    assert_eq!(saved.session(SessionId(7)).unwrap().notes[0].text, "easy, it's icy");
}

/// A GPX file gives only UTC times, so its day is counted in the machine's zone at the time of
/// the run, not at the time of the import: a run at 23:30 UTC on 10 July is 00:30 summer time
/// on 11 July in London, one at 23:30 UTC on 10 January is 23:30 on 10 January; each logs the
/// run planned on its own day whatever the season of the import. The zone is London's as a
/// POSIX rule, so the test needs no time zone database.
#[test]
fn a_gpx_run_counts_its_day_in_the_time_zone_of_its_season() {
    let point = |lat: f64, time: &str| format!("<trkpt lat=\"{lat}\" lon=\"0\"><time>{time}</time></trkpt>");
    for (start, end, day, local) in [
        ("2026-07-10T23:30:00Z", "2026-07-10T23:55:00Z", (2026, 7, 11), "Sat 11 Jul 2026 00:30"),
        ("2026-01-10T23:30:00Z", "2026-01-10T23:55:00Z", (2026, 1, 10), "Sat 10 Jan 2026 23:30"),
    ] {
        let day = NaiveDate::from_ymd_opt(day.0, day.1, day.2).unwrap();
        let (dir, path) = plan_with_a_run_on(day, Units::Km);
        let gpx = format!(
            "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\"><trk><type>running</type><trkseg>{}{}</trkseg></trk></gpx>",
            point(51.5, start),
            point(51.545, end),
        );
        let run = dir.path().join("late.gpx");
        std::fs::write(&run, gpx).unwrap();
        let (code, out) =
            comeback_in("GMT0BST,M3.5.0/1,M10.5.0", &["log", path.to_str().unwrap(), run.to_str().unwrap()]);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains(&format!("late.gpx: run {local}, 5 km, 25 min → Run 5 km")), "{out}");
        let logged = file::load(&path).unwrap().session(SessionId(7)).unwrap().clone();
        assert_eq!((logged.date, logged.status), (day, Status::Done), "{out}");
    }
}

/// A plan of December 2026: the sessions `(id, day, kind)`, saved in a folder, in `units`.
fn december_plan(units: Units, sessions: Vec<(u32, u32, SessionKind)>) -> (tempfile::TempDir, PathBuf) {
    let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    let meta = PlanMeta { start: day(1), units, ..PlanMeta::default() };
    let sessions =
        sessions.into_iter().map(|(id, d, kind)| Session::planned(SessionId(id), day(d), kind)).collect();
    let plan = Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    file::save(&plan, &path).unwrap();
    (dir, path)
}

/// Writes `name` in `dir`: a GPX track of `sport` (none when empty) starting at `start` (UTC,
/// RFC 3339), `km` due north in `minutes`, one point a minute.
fn gpx(dir: &Path, name: &str, sport: &str, start: &str, km: f64, minutes: u32) -> String {
    let start: chrono::DateTime<chrono::Utc> = start.parse().unwrap();
    // Degrees of latitude per metre on the sphere the reader measures with.
    let per_m = 1.0 / (6_371_008.8 * std::f64::consts::PI / 180.0);
    let points: String = (0..=minutes)
        .map(|i| {
            let lat = 50.0 + km * 1000.0 * per_m * f64::from(i) / f64::from(minutes);
            let time = start + chrono::Duration::minutes(i64::from(i));
            format!("<trkpt lat=\"{lat:.8}\" lon=\"0\"><time>{}</time></trkpt>", time.to_rfc3339())
        })
        .collect();
    let kind = if sport.is_empty() { String::new() } else { format!("<type>{sport}</type>") };
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\"><trk>{kind}<trkseg>{points}</trkseg></trk></gpx>"),
    )
    .unwrap();
    path.display().to_string()
}

/// Importing the shared folder of 2012–2017 runs into this month's plan ticked them all as
/// new done runs: outside the plan's weeks they are listed, said to be outside, and not
/// logged (exit 1); the plan file is not touched.
#[test]
fn activities_outside_the_plan_are_not_logged_and_say_why() {
    let (_dir, path) = december_plan(Units::Km, vec![(1, 2, SessionKind::Run(Run::default()))]);
    let before = std::fs::read(&path).unwrap();
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &fixture("")]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("2013-02-06-12-11-14.fit: run Wed 6 Feb 2013 12:11, 4.84 km, 43.75 min → new Run: done (unticked); outside the plan's weeks (Mon 30 Nov 2026 to Sun 6 Dec 2026)"),
        "{out}"
    );
    assert!(
        out.contains(
            "8 activities read: 0 sessions logged, 0 new sessions; 6 activities outside the plan's weeks not logged (--include-outside logs them); 2 activities too short to be a session not logged; 4 files skipped. Nothing to change"
        ),
        "{out}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "the plan is as it was");
}

/// A 3-second GPX marked Tuesday's run/walk done and moved it; a 10-hour, 18 km hike without a
/// sport was logged as a run. Now the slip is too short (exit 1) and the hike is a new walk by
/// its pace; Tuesday's run/walk and Saturday's run stay planned.
#[test]
fn a_three_second_file_and_a_hike_without_a_sport_are_not_runs() {
    let run_walk = SessionKind::RunWalk(comeback::plan::RunWalk {
        run: comeback::plan::Segment::Minutes(comeback::plan::Minutes::new(1.0).unwrap()),
        walk: comeback::plan::Segment::Minutes(comeback::plan::Minutes::new(4.0).unwrap()),
        repeats: 6,
        effort: Default::default(),
        terrain: Default::default(),
    });
    let run = SessionKind::Run(Run { distance: Distance::new(5.0), ..Run::default() });
    let (_dir, path) = december_plan(Units::Km, vec![(1, 1, run_walk), (2, 2, run_walk), (3, 5, run)]);
    let (code, out) = comeback(&[
        "log",
        path.to_str().unwrap(),
        &fixture("judged/three-seconds-no-sport.gpx"),
        &fixture("judged/hike-10h-18km-no-sport.gpx"),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("three-seconds-no-sport.gpx: run Tue 1 Dec 2026 07:30, 0.05 min → too short to be a session (under a minute or 100 m); skipped"),
        "{out}"
    );
    assert!(
        out.contains("hike-10h-18km-no-sport.gpx: walk Sat 5 Dec 2026 07:00, 18 km, 600 min → new Walk: done; the file names no sport: a walk by its pace (1.8 km/h)"),
        "{out}"
    );
    let plan = file::load(&path).unwrap();
    for id in [1, 2, 3] {
        assert_eq!(plan.session(SessionId(id)).unwrap().status, Status::Planned, "#{id}");
    }
    assert_eq!(plan.sessions().len(), 4, "the walk is a new session");
}

/// In a multisport outing with only Run 12 km planned, the 2.25 km leg took it and the
/// 12.74 km leg became a new run: the long one takes the planned run, the short one is new.
#[test]
fn of_a_short_and_a_long_run_the_long_one_takes_the_planned_run() {
    let run = SessionKind::Run(Run { distance: Distance::new(12.0), ..Run::default() });
    let (dir, path) = december_plan(Units::Km, vec![(1, 3, run)]);
    let short = gpx(dir.path(), "leg-1.gpx", "running", "2026-12-03T07:00:00Z", 2.25, 14);
    let long = gpx(dir.path(), "leg-2.gpx", "running", "2026-12-03T07:20:00Z", 12.74, 80);
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &short, &long]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("leg-1.gpx: run Thu 3 Dec 2026 07:00, 2.25 km, 14 min → new Run: done"), "{out}");
    assert!(out.contains("leg-2.gpx: run Thu 3 Dec 2026 07:20, 12.74 km, 80 min → Run 12 km"), "{out}");
    let logged = file::load(&path).unwrap().session(SessionId(1)).unwrap().clone();
    assert_eq!(logged.actual.unwrap().describe(Units::Km), "12.74 km · 80 min");
}

/// A run logged by hand that day stayed, and the watch's file of the same outing became a
/// second done run: now the hand-logged run takes the recorded numbers and keeps its pain.
#[test]
fn a_run_logged_by_hand_and_its_watch_file_stay_one_session() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let mut plan = file::load(&path).unwrap();
    let by_hand = Session {
        status: Status::Done,
        pain: Some(comeback::plan::PainLog {
            during: comeback::plan::Pain::new(2).unwrap(),
            ..Default::default()
        }),
        actual: Some(comeback::plan::Actual { distance: Distance::new(5.0), minutes: None }),
        ..plan.session(SessionId(7)).unwrap().clone()
    };
    plan.apply(comeback::plan::Command::EditSession(by_hand)).unwrap();
    file::save(&plan, &path).unwrap();
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &fixture("2013-02-06-12-11-14.fit")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("(#7): done, the recorded numbers in place of those logged by hand"), "{out}");
    let plan = file::load(&path).unwrap();
    assert_eq!(plan.sessions().len(), 1, "one session");
    let run = plan.session(SessionId(7)).unwrap();
    assert_eq!(run.actual.unwrap().describe(Units::Km), "4.84 km · 43.75 min");
    assert_eq!(run.pain.unwrap().during.get(), 2, "its pain is kept");
}

/// An 8 mi / 92 min run was logged into a planned 0.8 mi run/walk without a word, all of it as
/// running: it still logs that session, the line says it is far longer than planned, and the
/// distance logged is the running part estimated from the 1:1 split, said so.
#[test]
fn a_run_far_longer_than_planned_is_said_and_its_running_part_estimated() {
    let tenth = comeback::plan::Segment::Distance(Distance::new(0.1).unwrap());
    let run_walk = SessionKind::RunWalk(comeback::plan::RunWalk {
        run: tenth,
        walk: tenth,
        repeats: 4,
        effort: Default::default(),
        terrain: Default::default(),
    });
    let (dir, path) = december_plan(Units::Miles, vec![(1, 1, run_walk)]);
    let long = gpx(dir.path(), "long.gpx", "running", "2026-12-01T07:00:00Z", 8.0 * 1.609_344, 92);
    let (code, out) = comeback(&["log", path.to_str().unwrap(), &long]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("long.gpx: run Tue 1 Dec 2026 07:00, 4 mi, 92 min → Run/walk"), "{out}");
    assert!(
        out.contains("; far longer than planned: 8 mi against 0.8 mi; the running part estimated from the planned run:walk split (8 mi in all)"),
        "{out}"
    );
    let logged = file::load(&path).unwrap().session(SessionId(1)).unwrap().clone();
    assert_eq!(
        (logged.status, logged.actual.unwrap().describe(Units::Miles)),
        (Status::Done, "4 mi · 92 min".to_owned())
    );
}

/// The CLI could not take pain at all: `--pain-during`, `--pain-next-day` and `--sharp` log it
/// with the session; a score outside 0–10 is refused with what a score is (exit 2, nothing
/// saved).
#[test]
fn pain_is_logged_from_the_command_line() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let plan = path.to_str().unwrap();
    let run = fixture("2013-02-06-12-11-14.fit");
    let before = std::fs::read(&path).unwrap();
    for bad in ["11", "-1", "two"] {
        let (code, out) = comeback(&["log", plan, &format!("--pain-during={bad}"), &run]);
        assert_eq!(code, 2, "{out}");
        assert!(out.contains("pain is a whole number from 0 (none) to 10 (the worst imaginable)"), "{out}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
    let (code, out) = comeback(&["log", plan, "--pain-during", "3", "--pain-next-day", "1", "--sharp", &run]);
    assert_eq!(code, 0, "{out}");
    let pain = file::load(&path).unwrap().session(SessionId(7)).unwrap().pain.unwrap();
    assert_eq!((pain.during.get(), pain.next_day.get(), pain.sharp), (3, 1, true));
}

/// The morning after, `--pain-next-day` with the run's file logged yesterday was dropped: the
/// file was "already in the plan" and nothing changed. The score goes on that session, and what
/// was logged during is kept.
#[test]
fn a_next_day_score_is_logged_on_the_run_already_imported() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let plan = path.to_str().unwrap();
    let run = fixture("2013-02-06-12-11-14.fit");
    let (code, out) = comeback(&["log", plan, "--pain-during", "2", &run]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = comeback(&["log", plan, "--pain-next-day", "4", &run]);
    assert_eq!(code, 0, "{out}");
    let pain = file::load(&path).unwrap().session(SessionId(7)).unwrap().pain.unwrap();
    assert_eq!((pain.during.get(), pain.next_day.get()), (2, 4), "{out}");
}

/// A FIT file states its own local time, so the machine's zone changes nothing: the Fenix 2
/// run of Saturday 15 August 2015 16:45 (UTC+2) and a run/walk of Sunday 8 March 2026 11:30
/// (UTC+13) log on their own days at their own hours under every `TZ`, named zones (read from
/// the system's time zone database) and POSIX rules alike. The Fenix 2 run once landed on
/// Sunday 00:45 in Los Angeles.
#[test]
fn a_fit_run_keeps_its_day_and_hour_in_every_time_zone() {
    let runs = [
        ("activity-small-fenix2-run.fit", (2015, 8, 15), "run Sat 15 Aug 2015 16:45, 9.01 km"),
        ("made/run-walk-laps.fit", (2026, 3, 8), "run Sun 8 Mar 2026 11:30, 1.25 km"),
    ];
    for (name, day, expected) in runs {
        let day = NaiveDate::from_ymd_opt(day.0, day.1, day.2).unwrap();
        let (_dir, path) = plan_with_a_run_on(day, Units::Km);
        for tz in [
            "UTC",
            "America/Los_Angeles",
            "Europe/Berlin",
            "Asia/Tokyo",
            "Pacific/Auckland",
            "Pacific/Kiritimati",
            "PST8PDT,M3.2.0,M11.1.0",
            "NZST-12NZDT,M9.5.0,M4.1.0/3",
        ] {
            let (code, out) = comeback_in(tz, &["log", path.to_str().unwrap(), &fixture(name), "--dry-run"]);
            assert_eq!(code, 0, "{tz}: {out}");
            let file = name.trim_start_matches("made/");
            assert!(out.contains(&format!("{file}: {expected}")), "{tz}: {out}");
            assert!(out.contains("(#7): done"), "{tz}: the run planned that day is the one logged: {out}");
        }
    }
}

/// Issue 36: a Spanish runner reads the log in Spanish with decimal commas; the JSON report is
/// the same bytes in every language.
#[test]
fn the_log_speaks_the_runners_language_and_its_json_does_not() {
    let (_dir, path) = plan_with_a_run(Units::Km);
    let run = |lang: &str, extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
            .env("LC_ALL", lang)
            .env("TZ", "UTC")
            .args(["log", path.to_str().unwrap(), &fixture("2013-02-06-12-11-14.fit"), "--dry-run"])
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let spanish = run("es_ES.UTF-8", &[]);
    assert!(spanish.contains("4,84 km, 43,75 min → "), "{spanish}");
    assert!(spanish.contains("(#7): hecha"), "{spanish}");
    assert!(
        spanish.contains(
            "1 actividad leída: 1 sesión registrada, 0 sesiones nuevas. No se ha guardado nada (--dry-run)."
        ),
        "{spanish}"
    );
    let english = run("C", &["--format", "json"]);
    assert!(english.contains("\"text\""), "{english}");
    for lang in ["de_DE.UTF-8", "es_ES.UTF-8"] {
        assert_eq!(run(lang, &["--format", "json"]), english, "{lang}");
    }
}
