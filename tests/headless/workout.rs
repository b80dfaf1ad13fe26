//! Watch workouts judged by Garmin's own decoder (`garmin-fit-sdk` in the venv that
//! `scripts/setup.sh` makes, through `scripts/fit_check.py`) and read back by `fitparser`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use comeback::file;
use comeback::plan::{
    Distance, Minutes, Plan, PlanMeta, RuleSettings, Run, RunWalk, Segment, Session, SessionId, SessionKind,
    Status, Units,
};
use comeback::watch::{self, Intensity, Length, Step};
use serde_json::{Value, json};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn example() -> Plan {
    file::load(&repo("saves/example.ron")).unwrap()
}

fn created() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(9, 30, 0).unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn mi(value: f64) -> Distance {
    Distance::new(value).unwrap()
}

fn min(value: f64) -> Minutes {
    Minutes::new(value).unwrap()
}

/// The example settings' easy pace, 12 min a unit, as the speed ceiling of a running step in
/// millimetres a second: 1609.344 m or 1000 m in 720 s.
const MI_EASY: Option<u32> = Some(2235);
const KM_EASY: Option<u32> = Some(1389);

fn run_walk(run: Segment, walk: Segment, repeats: u16) -> SessionKind {
    SessionKind::RunWalk(RunWalk {
        run,
        walk,
        repeats,
        effort: Default::default(),
        terrain: Default::default(),
    })
}

/// A plan in `units` with `kinds` planned on consecutive days of December 2026, ids 1, 2, …
fn plan_of(units: Units, kinds: &[SessionKind]) -> Plan {
    let sessions = (1_u32..)
        .zip(kinds)
        .map(|(i, kind)| Session::planned(SessionId(i), day(i), *kind))
        .collect::<Vec<_>>();
    let meta = PlanMeta { start: day(1), units, ..PlanMeta::default() };
    Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap()
}

/// What Garmin's decoder reads in each file, one JSON object per file (see fit_check.py).
fn garmin(paths: &[PathBuf]) -> Vec<Value> {
    let python = repo(".venv/bin/python");
    assert!(python.exists(), "run scripts/setup.sh first: it makes .venv with garmin-fit-sdk");
    let out = Command::new(python).arg(repo("scripts/fit_check.py")).args(paths).output().unwrap();
    assert!(out.status.success(), "fit_check.py failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// The steps Garmin's decoder should find for `workout`, as fit_check.py prints them.
fn expected_steps(workout: &watch::Workout) -> Vec<Value> {
    let run_name = if workout.sport == watch::Sport::Walking { "Walk" } else { "Run" };
    (0..)
        .zip(&workout.steps)
        .map(|(index, step)| match *step {
            Step::Interval { length, intensity, max_speed_mm_s } => {
                let (duration_type, value) = match length {
                    Length::Millis(ms) => ("time", ms),
                    Length::Centimetres(cm) => ("distance", cm),
                    Length::Open => ("open", 0),
                };
                let (name, intensity) = match intensity {
                    Intensity::Active => (run_name, "active"),
                    Intensity::Recovery => ("Walk", "recovery"),
                };
                let (target, low, high) = match max_speed_mm_s {
                    Some(mm_s) => ("speed", json!(0.0), json!(f64::from(mm_s) / 1000.0)),
                    None => ("open", Value::Null, Value::Null),
                };
                json!({"message_index": index, "wkt_step_name": name, "duration_type": duration_type,
                    "duration_value": value, "target_type": target, "target_value": 0, "intensity": intensity,
                    "custom_target_speed_low": low, "custom_target_speed_high": high})
            }
            Step::Repeat { from, times } => json!({"message_index": index, "wkt_step_name": "Repeat",
                "duration_type": "repeat_until_steps_cmplt", "duration_value": from, "target_type": "open",
                "target_value": times, "intensity": "active",
                "custom_target_speed_low": null, "custom_target_speed_high": null}),
        })
        .collect()
}

/// (message name, field name, value as text) of every field `fitparser` reads, or its error.
fn fitparser_fields(bytes: &[u8]) -> Result<Vec<(String, String, String)>, String> {
    let records = fitparser::from_bytes(bytes).map_err(|e| e.to_string())?;
    Ok(records
        .iter()
        .flat_map(|r| {
            r.fields().iter().map(move |f| (r.kind().to_string(), f.name().to_owned(), f.value().to_string()))
        })
        .collect())
}

/// Checks one exported file against the session it came from: Garmin's integrity check, the
/// name, sport, step count and every step's fields, the file id; then `fitparser`'s reading.
fn assert_matches(file: &Value, bytes: &[u8], workout: &watch::Workout) {
    assert_eq!(file["integrity"], true, "{file}");
    assert_eq!(file["errors"], json!([]), "{file}");
    assert_eq!(file["file_id"]["type"], "workout");
    assert_eq!(file["file_id"]["manufacturer"], "development");
    assert_eq!(file["file_id"]["serial_number"], workout.serial);
    assert_eq!(file["file_id"]["time_created"], "2026-11-20T09:30:00+00:00");
    let sport = if workout.sport == watch::Sport::Walking { "walking" } else { "running" };
    assert_eq!(
        file["workout"],
        json!({"wkt_name": workout.name, "sport": sport,
        "num_valid_steps": workout.steps.len()})
    );
    assert_eq!(file["steps"], json!(expected_steps(workout)), "{}", workout.name);

    let fields = fitparser_fields(bytes).unwrap();
    let has = |message: &str, field: &str, value: &str| {
        fields.iter().any(|(m, f, v)| m == message && f == field && v == value)
    };
    assert!(has("workout", "wkt_name", &workout.name), "{fields:?}");
    let steps = fields.iter().filter(|(m, f, _)| m == "workout_step" && f == "message_index").count();
    assert_eq!(steps, workout.steps.len());
}

/// Every planned run, run/walk and walk of the example plan becomes a file, none else, and
/// Garmin's decoder and fitparser read each back as its session's steps.
#[test]
fn example_plan_exports_one_checked_workout_per_planned_session() {
    let plan = example();
    let dir = tempfile::tempdir().unwrap();
    let files = watch::export_workouts(&plan, None, None, dir.path(), created()).unwrap();
    let expected: Vec<&Session> = plan
        .sessions()
        .iter()
        .filter(|s| s.status == Status::Planned)
        .filter(|s| {
            matches!(s.kind, SessionKind::Run(_) | SessionKind::RunWalk(_) | SessionKind::Walk { .. })
        })
        .collect();
    assert!(expected.len() >= 10, "the example has planned sessions to export");
    assert_eq!(files.len(), expected.len());
    let mut listed: Vec<PathBuf> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    listed.sort();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(listed, sorted, "the folder holds the listed files and no temporary ones");

    let decoded = garmin(&files);
    for ((session, path), file) in expected.iter().zip(&files).zip(&decoded) {
        assert_eq!(path.file_name().unwrap().to_str().unwrap(), watch::file_name(&plan, session));
        let workout = watch::workout(&plan, session).unwrap().unwrap();
        assert_matches(file, &std::fs::read(path).unwrap(), &workout);
    }
}

/// `comeback export PLAN --to fit -o DIR` writes the documented set (planned runs, run/walks
/// and walks in the range) and lists each file; every one passes Garmin's decoder. Without a
/// folder it says what to do.
#[test]
fn the_cli_exports_the_planned_workouts_into_a_folder() {
    let plan = example();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("NewFiles");
    // A copy whose last change is `created()`: the files say they were made then.
    let example = dir.path().join("plan.ron");
    std::fs::copy(repo("saves/example.ron"), &example).unwrap();
    let changed = std::time::SystemTime::UNIX_EPOCH
        + std::time::Duration::from_secs(created().and_utc().timestamp().try_into().unwrap());
    std::fs::File::options().write(true).open(&example).unwrap().set_modified(changed).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_comeback"))
            .env("LC_ALL", "C")
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "export",
        example.to_str().unwrap(),
        "--to",
        "fit",
        "-o",
        target.to_str().unwrap(),
        "--from",
        "2026-12-01",
        "--until",
        "2026-12-07",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed: Vec<PathBuf> = String::from_utf8(out.stdout).unwrap().lines().map(PathBuf::from).collect();
    let expected: Vec<PathBuf> = watch::exported_sessions(&plan, Some(day(1)), Some(day(7)))
        .map(|s| target.join(watch::file_name(&plan, s)))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(listed, expected);
    for (file, session) in
        garmin(&listed).iter().zip(watch::exported_sessions(&plan, Some(day(1)), Some(day(7))))
    {
        let workout = watch::workout(&plan, session).unwrap().unwrap();
        let path = target.join(watch::file_name(&plan, session));
        assert_matches(file, &std::fs::read(path).unwrap(), &workout);
    }

    let out = run(&["export", example.to_str().unwrap(), "--to", "fit"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name a folder with -o"));
}

/// Each kind of session in miles and in kilometres, as (kind, units, name, steps): run/walk by
/// time and by distance, runs by distance and time, a walk, and a run with neither. Running
/// steps carry the easy pace as a speed ceiling (`MI_EASY`, `KM_EASY`); walks and walk breaks
/// have no target.
#[test]
fn each_session_kind_becomes_the_planned_steps() {
    use Intensity::{Active, Recovery};
    use Length::{Centimetres, Millis, Open};
    let step = |length, intensity| Step::Interval { length, intensity, max_speed_mm_s: None };
    let run = |length, max_speed_mm_s| Step::Interval { length, intensity: Active, max_speed_mm_s };
    let cases: Vec<(SessionKind, Units, &str, Vec<Step>)> = vec![
        (
            run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 12),
            Units::Miles,
            "R/W 1/1 x12 Tue 1 Dec",
            vec![
                run(Millis(60_000), MI_EASY),
                step(Millis(60_000), Recovery),
                Step::Repeat { from: 0, times: 12 },
            ],
        ),
        (
            run_walk(Segment::Minutes(min(0.5)), Segment::Minutes(min(1.25)), 10),
            Units::Miles,
            "R/W 0:30/1:15 x10 Tue 1 Dec",
            vec![
                run(Millis(30_000), MI_EASY),
                step(Millis(75_000), Recovery),
                Step::Repeat { from: 0, times: 10 },
            ],
        ),
        (
            // 0.25 mi is 402.336 m exactly: 40 234 cm after rounding.
            run_walk(Segment::Distance(mi(0.25)), Segment::Minutes(min(1.0)), 8),
            Units::Miles,
            "R/W 0.25mi/1:00 x8 Tue 1 Dec",
            vec![
                run(Centimetres(40_234), MI_EASY),
                step(Millis(60_000), Recovery),
                Step::Repeat { from: 0, times: 8 },
            ],
        ),
        (
            run_walk(Segment::Distance(mi(0.4)), Segment::Distance(mi(0.1)), 5),
            Units::Km,
            "R/W 0.4km/0.1km x5 Tue 1 Dec",
            vec![
                run(Centimetres(40_000), KM_EASY),
                step(Centimetres(10_000), Recovery),
                Step::Repeat { from: 0, times: 5 },
            ],
        ),
        (
            run_walk(Segment::Minutes(min(5.0)), Segment::Minutes(min(1.0)), 1),
            Units::Miles,
            "R/W 5/1 x1 Tue 1 Dec",
            vec![run(Millis(300_000), MI_EASY), step(Millis(60_000), Recovery)],
        ),
        (
            SessionKind::Run(Run { distance: Some(mi(2.0)), minutes: Some(min(24.0)), ..Run::default() }),
            Units::Miles,
            "Run 2mi Tue 1 Dec",
            vec![run(Centimetres(321_869), MI_EASY)],
        ),
        (
            SessionKind::Run(Run { distance: Some(mi(5.0)), ..Run::default() }),
            Units::Km,
            "Run 5km Tue 1 Dec",
            vec![run(Centimetres(500_000), KM_EASY)],
        ),
        (
            SessionKind::Run(Run { minutes: Some(min(20.0)), ..Run::default() }),
            Units::Miles,
            "Run 20min Tue 1 Dec",
            vec![run(Millis(1_200_000), MI_EASY)],
        ),
        (
            SessionKind::Walk { distance: None, minutes: Some(min(35.0)) },
            Units::Miles,
            "Walk 35min Tue 1 Dec",
            vec![step(Millis(2_100_000), Active)],
        ),
        (
            SessionKind::Walk { distance: Some(mi(1.5)), minutes: None },
            Units::Miles,
            "Walk 1.5mi Tue 1 Dec",
            vec![step(Centimetres(241_402), Active)],
        ),
        (SessionKind::Run(Run::default()), Units::Miles, "Run Tue 1 Dec", vec![run(Open, MI_EASY)]),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for (kind, units, name, steps) in &cases {
        let plan = plan_of(*units, &[*kind]);
        let session = &plan.sessions()[0];
        let workout = watch::workout(&plan, session).unwrap().unwrap();
        assert_eq!(workout.name, *name);
        assert!(workout.name.len() <= watch::MAX_NAME_LEN && workout.name.is_ascii());
        assert_eq!(workout.steps, *steps, "{name}");
        let path = dir.path().join(format!("{}.fit", written.len()));
        std::fs::write(&path, watch::encode(&workout, created())).unwrap();
        written.push((path, workout));
    }
    let paths: Vec<PathBuf> = written.iter().map(|(p, _)| p.clone()).collect();
    for ((path, workout), file) in written.iter().zip(garmin(&paths)) {
        assert_matches(&file, &std::fs::read(path).unwrap(), workout);
    }
}

/// Our run/walk's repeat step has the shape of the one in Garmin's sample WorkoutRepeatSteps.fit
/// (repeat_until_steps_cmplt, pointing back at the first repeated step, the count as
/// target_value, target open), as Garmin's decoder reads both.
#[test]
fn repeat_step_has_the_shape_of_garmins_sample() {
    let plan = plan_of(Units::Miles, &[run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(2.0)), 6)]);
    let dir = tempfile::tempdir().unwrap();
    let files = watch::export_workouts(&plan, None, None, dir.path(), created()).unwrap();
    let decoded = garmin(&[repo("tests/fixtures/WorkoutRepeatSteps.fit"), files[0].clone()]);
    let (theirs, ours) = (&decoded[0], &decoded[1]);
    assert_eq!((theirs["integrity"].clone(), ours["integrity"].clone()), (json!(true), json!(true)));
    let repeat = |file: &Value| {
        file["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["duration_type"] == "repeat_until_steps_cmplt")
            .cloned()
    };
    let (theirs_repeat, ours_repeat) = (repeat(theirs).unwrap(), repeat(ours).unwrap());
    for field in ["duration_type", "target_type", "intensity"] {
        assert_eq!(theirs_repeat[field], ours_repeat[field], "{field}");
    }
    // Both point back at the first repeated step, which comes right after whatever precedes
    // the block, and count every round (Garmin's sample: steps 1–2, 3 times).
    assert_eq!(
        (theirs_repeat["duration_value"].clone(), theirs_repeat["target_value"].clone()),
        (json!(1), json!(3))
    );
    assert_eq!(
        (ours_repeat["duration_value"].clone(), ours_repeat["target_value"].clone()),
        (json!(0), json!(6))
    );
    let first_repeated = &ours["steps"][0];
    assert_eq!(
        (first_repeated["intensity"].clone(), first_repeated["wkt_step_name"].clone()),
        (json!("active"), json!("Run"))
    );
}

/// The checks catch a broken file: a flipped byte fails Garmin's integrity check and
/// fitparser's CRC, and a wrong repeat index (with its CRC fixed up) decodes to other steps.
#[test]
fn broken_files_fail_the_checks() {
    let plan = plan_of(Units::Miles, &[run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 12)]);
    let workout = watch::workout(&plan, &plan.sessions()[0]).unwrap().unwrap();
    let bytes = watch::encode(&workout, created());
    let dir = tempfile::tempdir().unwrap();

    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x01;
    let mut header = bytes.clone();
    header[4] ^= 0x01; // the data size, under the header's CRC

    let mut wrong = workout.clone();
    wrong.steps[2] = Step::Repeat { from: 1, times: 12 };
    let paths: Vec<PathBuf> = [flipped.clone(), header, watch::encode(&wrong, created())]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let p = dir.path().join(format!("{i}.fit"));
            std::fs::write(&p, b).unwrap();
            p
        })
        .collect();
    let decoded = garmin(&paths);
    assert_eq!(decoded[0]["integrity"], false, "a flipped byte fails the file CRC");
    assert_eq!(decoded[1]["integrity"], false, "a changed header fails its CRC");
    assert_eq!(decoded[2]["integrity"], true);
    assert_ne!(decoded[2]["steps"], json!(expected_steps(&workout)), "a wrong repeat index shows");
    assert!(fitparser_fields(&flipped).is_err(), "fitparser checks the CRC too");
}

/// The same workout and time give the same bytes (no clock read), and the header is the
/// 14-byte form with ".FIT" and a protocol 1.0 version.
#[test]
fn encoding_is_deterministic() {
    let plan = example();
    for session in watch::exported_sessions(&plan, None, None) {
        let workout = watch::workout(&plan, session).unwrap().unwrap();
        let (a, b) = (watch::encode(&workout, created()), watch::encode(&workout, created()));
        assert_eq!(a, b);
        assert_eq!((a[0], a[1], &a[8..12]), (14, 0x10, b".FIT".as_slice()));
        assert_eq!(u32::from_le_bytes(a[4..8].try_into().unwrap()) as usize, a.len() - 16);
    }
}

/// Only planned sessions in the date range are exported; done, skipped, cross-training,
/// strength and rest are not, and a run/walk of zero repeats has nothing to do.
#[test]
fn only_planned_runs_and_walks_in_the_range_are_exported() {
    let rw = run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 10);
    let walk = SessionKind::Walk { distance: None, minutes: Some(min(30.0)) };
    let kinds = [rw, rw, rw, walk, SessionKind::Strength { minutes: Some(min(20.0)) }, SessionKind::Rest, rw];
    let mut plan = plan_of(Units::Miles, &kinds);
    let zero = run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 0);
    let mut sessions = plan.sessions().to_vec();
    sessions[1].status = Status::Done;
    sessions[2].status = Status::Skipped;
    sessions.push(Session::planned(SessionId(99), day(9), zero));
    plan = Plan::try_from((plan.meta.clone(), plan.rules.clone(), sessions)).unwrap();

    let ids =
        |from, until| -> Vec<u32> { watch::exported_sessions(&plan, from, until).map(|s| s.id.0).collect() };
    assert_eq!(ids(None, None), [1, 4, 7]);
    assert_eq!(ids(Some(day(2)), None), [4, 7]);
    assert_eq!(ids(None, Some(day(4))), [1, 4]);
    assert_eq!(ids(Some(day(4)), Some(day(4))), [4]);

    let dir = tempfile::tempdir().unwrap();
    let files =
        watch::export_workouts(&plan, Some(day(2)), None, &dir.path().join("NewFiles"), created()).unwrap();
    let names: Vec<&str> = files.iter().map(|p| p.file_name().unwrap().to_str().unwrap()).collect();
    assert_eq!(names, ["2026-12-04-walk.fit", "2026-12-07-run-walk.fit"]);

    // One session ("Send to watch…"): the same file, and nothing for one with no workout.
    let one = dir.path().join("one");
    let sent = watch::export_session(&plan, SessionId(7), &one, created()).unwrap().unwrap();
    assert_eq!(std::fs::read(&sent).unwrap(), std::fs::read(&files[1]).unwrap());
    for (id, why) in [(2, "done"), (5, "strength"), (99, "zero repeats"), (1000, "not in the plan")] {
        assert_eq!(watch::export_session(&plan, SessionId(id), &one, created()).unwrap(), None, "{why}");
    }
    assert_eq!(std::fs::read_dir(&one).unwrap().count(), 1, "nothing else written");
}

/// Two sessions of the same kind on one day get different names, the same whichever range
/// is exported; a second kind on that day keeps its plain name.
#[test]
fn file_names_are_unique_on_a_shared_day() {
    let rw = run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 10);
    let walk = SessionKind::Walk { distance: Some(mi(1.0)), minutes: None };
    let sessions = vec![
        Session::planned(SessionId(5), day(1), rw),
        Session::planned(SessionId(7), day(1), walk),
        Session::planned(SessionId(9), day(1), rw),
    ];
    let meta = PlanMeta { start: day(1), ..PlanMeta::default() };
    let plan = Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap();
    let names: Vec<String> = plan.sessions().iter().map(|s| watch::file_name(&plan, s)).collect();
    assert_eq!(names, ["2026-12-01-run-walk.fit", "2026-12-01-walk.fit", "2026-12-01-run-walk-2.fit"]);
    let dir = tempfile::tempdir().unwrap();
    let files = watch::export_workouts(&plan, None, None, dir.path(), created()).unwrap();
    assert_eq!(files.len(), 3);
    let serials: Vec<Value> = garmin(&files).iter().map(|f| f["file_id"]["serial_number"].clone()).collect();
    let ours: Vec<Value> =
        plan.sessions().iter().map(|s| json!(watch::workout(&plan, s).unwrap().unwrap().serial)).collect();
    assert_eq!(serials, ours);
    assert!(serials[0] != serials[1] && serials[1] != serials[2] && serials[0] != serials[2], "{serials:?}");
}

/// Serial numbers come from the plan's id and the session's: the same session of two plans
/// gets different numbers (they were the session ids, the same in every generated plan), the
/// same plan exported twice gets the same ones, and none is FIT's "no value" 0.
#[test]
fn serial_numbers_differ_between_plans_and_stay_across_exports() {
    let rw = run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 10);
    let plan = |id: &str| {
        let mut plan = plan_of(Units::Miles, &[rw, rw, rw]);
        plan.id = serde_json::from_value(json!(id)).unwrap();
        plan
    };
    let serials = |plan: &Plan| -> Vec<u32> {
        plan.sessions().iter().map(|s| watch::workout(plan, s).unwrap().unwrap().serial).collect()
    };
    let (a, b) = (plan("0123456789abcdef0123456789abcdef"), plan("fedcba9876543210fedcba9876543210"));
    let (sa, sb) = (serials(&a), serials(&b));
    assert!(sa.iter().all(|s| !sb.contains(s) && *s != 0), "{sa:?} {sb:?}");
    assert_eq!(serials(&a.clone()), sa, "the same plan gives the same numbers");
    // Pinned (FNV-1a of the id's 32 hex digits and the session id's 4 bytes, little-endian, as
    // Python computes it too), so a change of hash, which makes a watch see new workouts, shows.
    assert_eq!(sa, [3_521_410_292, 3_261_674_023, 1_916_597_014]);
    let dir = tempfile::tempdir().unwrap();
    let first = watch::export_workouts(&a, None, None, &dir.path().join("1"), created()).unwrap();
    let second = watch::export_workouts(&a, None, None, &dir.path().join("2"), created()).unwrap();
    for (x, y) in first.iter().zip(&second) {
        assert_eq!(
            std::fs::read(x).unwrap(),
            std::fs::read(y).unwrap(),
            "exports of one plan are the same bytes"
        );
    }
}

/// Amounts no FIT step can hold are refused with a message naming the session, and an export
/// that meets one writes nothing: a 100 000-minute walk (FIT counts 32-bit milliseconds, 49
/// days) once wrote a wrong duration and name, and so would a 30 000 mi run (32-bit
/// centimetres, 26 687 mi). The largest amounts that fit are written and read back.
#[test]
fn amounts_too_large_for_a_watch_are_refused() {
    let walk = |minutes: f64| SessionKind::Walk { distance: None, minutes: Some(min(minutes)) };
    let run_mi = |miles: f64| SessionKind::Run(Run { distance: Some(mi(miles)), ..Run::default() });
    let dir = tempfile::tempdir().unwrap();
    for (kind, units, message) in [
        (
            walk(100_000.0),
            Units::Miles,
            "the walk on Wed 2 Dec 2026 is too long for a watch workout: 100000 min; a workout step can be at most 71582 min",
        ),
        (
            run_mi(30_000.0),
            Units::Miles,
            "the run on Wed 2 Dec 2026 is too long for a watch workout: 30000mi; a workout step can be at most 26687mi",
        ),
        (
            run_mi(50_000.0),
            Units::Km,
            "the run on Wed 2 Dec 2026 is too long for a watch workout: 50000km; a workout step can be at most 42949km",
        ),
        (
            run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(80_000.0)), 3),
            Units::Miles,
            "the run/walk on Wed 2 Dec 2026 is too long for a watch workout: 80000 min; a workout step can be at most 71582 min",
        ),
    ] {
        let plan = plan_of(units, &[run_mi(2.0), kind]);
        assert_eq!(watch::workout(&plan, &plan.sessions()[1]).unwrap_err().to_string(), message);
        let out = dir.path().join(format!("{message:.20}"));
        let error = watch::export_workouts(&plan, None, None, &out, created()).unwrap_err();
        assert_eq!(error.to_string(), message);
        assert!(!out.exists(), "nothing written, not even the folder");
        let error = watch::export_session(&plan, SessionId(2), &out, created()).unwrap_err();
        assert_eq!(error.to_string(), message);
    }
    let plan = plan_of(Units::Km, &[walk(71_582.0), run_mi(42_949.0)]);
    let files = watch::export_workouts(&plan, None, None, dir.path(), created()).unwrap();
    for ((session, file), path) in plan.sessions().iter().zip(garmin(&files)).zip(&files) {
        let workout = watch::workout(&plan, session).unwrap().unwrap();
        assert_matches(&file, &std::fs::read(path).unwrap(), &workout);
    }
    let names: Vec<String> =
        plan.sessions().iter().map(|s| watch::workout(&plan, s).unwrap().unwrap().name).collect();
    assert_eq!(names, ["Walk 71582min Tue 1 Dec", "Run 42949km Wed 2 Dec"]);
}

/// Issue 36: the watch shows the workout in the runner's language, with the reader's decimal
/// mark, in ASCII (the Spanish "mié" would be a box on many watches), and each step's name fits
/// its field with the NUL after it.
#[test]
fn workouts_are_named_in_the_runners_language_in_ascii() {
    use comeback::i18n::{Lang, in_lang};
    let run_mi = |miles: f64| SessionKind::Run(Run { distance: Some(mi(miles)), ..Run::default() });
    let rw = run_walk(Segment::Minutes(min(1.0)), Segment::Minutes(min(1.0)), 12);
    let plan = plan_of(Units::Miles, &[run_mi(2.5), rw]);
    let rows = [
        (Lang::En, "Run 2.5mi Tue 1 Dec", "R/W 1/1 x12 Wed 2 Dec", ["Run", "Walk", "Repeat"]),
        (Lang::De, "Lauf 2,5mi Di., 1. Dez.", "L/G 1/1 x12 Mi., 2. Dez.", ["Laufen", "Gehen", "Wdh."]),
        (Lang::Es, "Carrera 2,5mi mar 1 dic", "C/C 1/1 x12 mie 2 dic", ["Correr", "Caminar", "Repetir"]),
    ];
    for (lang, run, run_walk, steps) in rows {
        let names = in_lang(lang, || {
            plan.sessions().iter().map(|s| watch::workout(&plan, s).unwrap().unwrap()).collect::<Vec<_>>()
        });
        assert_eq!((names[0].name.as_str(), names[1].name.as_str()), (run, run_walk), "{lang:?}");
        let step_names: Vec<String> =
            in_lang(lang, || names[1].steps.iter().map(|s| s.name(names[1].sport)).collect());
        assert_eq!(step_names, steps, "{lang:?}");
    }
    for lang in Lang::ALL {
        let bytes = in_lang(lang, || {
            let workout = watch::workout(&plan, &plan.sessions()[1]).unwrap().unwrap();
            assert!(workout.name.is_ascii(), "{lang:?}: {}", workout.name);
            watch::encode(&workout, created())
        });
        assert!(fitparser_fields(&bytes).is_ok(), "{lang:?}");
    }
}
