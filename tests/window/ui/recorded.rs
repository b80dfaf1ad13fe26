//! Runs to and from the watch: workouts written to a watch's folder, recorded files dropped or
//! imported, previewed, applied and undone, and what looks implausible asked about.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comeback::app::{App, Startup};
use comeback::plan::SessionId;
use egui::{Event, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::window::{Dropped, harness};

use super::kit::{center, open_example, session, startup, today, type_path};

/// File → Export workouts to watch… writes a FIT workout for every planned run and walk from
/// today on into the chosen folder (a Garmin's GARMIN/NewFiles), and says how many.
#[test]
fn exporting_workouts_to_a_watch_folder_from_the_file_menu() {
    let (dir, mut h) = open_example();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export workouts to watch…").click();
    h.run();
    h.get_by_label_contains("GARMIN/NewFiles folder");
    let folder = dir.path().join("GARMIN/NewFiles");
    type_path(&mut h, &folder.display().to_string(), "Write workouts");
    let plan = h.state().document().file_plan().clone();
    let expected: Vec<String> = comeback::watch::exported_sessions(&plan, Some(today()), None)
        .map(|s| comeback::watch::file_name(&plan, s))
        .collect();
    let mut written: Vec<String> =
        std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    written.sort();
    let mut sorted = expected.clone();
    sorted.sort();
    assert!(expected.len() > 10, "the example plans weeks of runs: {expected:?}");
    assert_eq!(written, sorted);
    assert!(written.iter().all(|n| n.as_str() >= "2026-11-28"), "none before today: {written:?}");
    let status = h.state().status().to_owned();
    assert_eq!(status, format!("Wrote {} workouts to {}", expected.len(), folder.display()));
}

/// "Send session to watch…" in a planned run's chip menu writes that one workout; a strength
/// session's menu does not offer it.
#[test]
fn sending_one_run_to_the_watch_from_its_chip() {
    let (dir, mut h) = open_example();
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label_contains("Send session to watch…").click();
    h.run();
    type_path(&mut h, &dir.path().display().to_string(), "Write workouts");
    let plan = h.state().document().file_plan().clone();
    let session = plan.session(SessionId(15)).unwrap();
    let path = dir.path().join(comeback::watch::file_name(&plan, session));
    assert_eq!(h.state().status(), format!("Wrote {}", path.display()));
    let bytes = std::fs::read(&path).unwrap();
    let workout = comeback::watch::workout(&plan, session).unwrap().unwrap();
    assert_eq!(&bytes[8..12], b".FIT", "a FIT file");
    assert!(workout.name.ends_with("Sat 28 Nov"), "{}", workout.name);
    let fits = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "fit"));
    assert_eq!(fits.count(), 1, "only that session");

    h.key_press(egui::Key::Escape);
    h.run();
    let strength = plan.sessions().iter().find(|s| s.kind.name() == "Strength" && s.date >= today()).unwrap();
    h.get_by_label(&format!(
        "{}, {}",
        strength.kind.short(plan.meta.units),
        strength.date.format("%a %-d %b")
    ))
    .click_secondary();
    h.run();
    assert!(h.query_by_label_contains("Send session to watch…").is_none(), "strength has no workout");
}

/// The keyboard way to send a run to the watch: arrow keys select the day and its run,
/// Ctrl+E asks for the folder.
#[test]
fn ctrl_e_sends_the_selected_run_to_the_watch() {
    let (dir, mut h) = open_example();
    for key in [egui::Key::ArrowLeft, egui::Key::ArrowRight] {
        h.key_press(key);
        h.run();
    }
    assert_eq!(h.state().view().selected, Some(SessionId(15)), "Saturday's run");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("Send the session to a watch");
    type_path(&mut h, &dir.path().display().to_string(), "Write workouts");
    assert!(h.state().status().ends_with("2026-11-28-run-walk.fit"), "{}", h.state().status());
}

// Importing recorded runs: a plan with a 5 km run planned on Wednesday 6 February 2013, the day
// `2013-02-06-12-11-14.fit` was recorded (4.84 km), and another on Friday 8 February.

fn feb_2013(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 2, d).unwrap()
}

/// Copies the fixtures `names` into `dir`, returning their new paths.
fn fixtures(dir: &Path, names: &[&str]) -> Vec<PathBuf> {
    names
        .iter()
        .map(|name| {
            let to = dir.join(name);
            std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name), &to)
                .unwrap();
            to
        })
        .collect()
}

/// The plan of the import tests, saved in a temporary folder and opened on 6 February 2013.
fn open_runs_plan() -> (tempfile::TempDir, Harness<'static, App>) {
    use comeback::plan::{Distance, Plan, Run, Session, SessionKind, Units};
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::new(feb_2013(4));
    plan.meta.units = Units::Km;
    let run = SessionKind::Run(Run { distance: Distance::new(5.0), ..Run::default() });
    for (id, d) in [(1, 6), (2, 8)] {
        plan.apply(comeback::plan::Command::AddSession(Session::planned(SessionId(id), feb_2013(d), run)))
            .unwrap();
    }
    let path = dir.path().join("plan.ron");
    comeback::file::save(&plan, &path).unwrap();
    let startup = Startup { today: feb_2013(6), ..startup(path, None) };
    // The runs were recorded in UTC and their files carry no local time of their own.
    let utc = comeback::activity::Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap());
    (dir, harness(App::new(startup).in_zone(utc)))
}

/// Drops `files` on the window with the pointer over the widget labelled `on`.
fn drop_files(h: &mut Harness<'_, App>, files: &[PathBuf], on: &str) {
    let at = center(h, on);
    h.hover_at(at);
    h.run();
    for file in files {
        h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(file.clone())));
    }
    h.run();
}

/// A watch's file dropped on the day it was recorded shows the preview; Apply marks that day's
/// run done with the distance the watch measured, and one Ctrl+Z takes the whole import back.
#[test]
fn a_file_dropped_on_a_day_is_previewed_applied_and_undone_in_one_step() {
    let (dir, mut h) = open_runs_plan();
    let original = h.state().document().plan().clone();
    let files = fixtures(dir.path(), &["2013-02-06-12-11-14.fit"]);
    let held = egui::HoveredFile { path: Some(files[0].clone()), ..Default::default() };
    h.input_mut().hovered_files.push(held);
    // egui repaints for as long as files are held over the window, so frames are stepped: a
    // new area is measured in its first frame and shown in the second.
    h.step();
    h.step();
    h.get_by_label_contains("Drop the file to import recorded runs");
    h.input_mut().hovered_files.clear();
    drop_files(&mut h, &files, "Wednesday 6 February 2013");
    h.get_by_label("Import recorded runs");
    h.get_by_label_contains("4.84 km");
    h.get_by_label_contains("(#1): done");
    assert_eq!(session(&h, 1), original.session(SessionId(1)).unwrap().clone(), "nothing changes yet");
    h.get_by_label("Apply").click();
    h.run();
    let run = session(&h, 1);
    assert_eq!(run.status, comeback::plan::Status::Done);
    assert_eq!(run.actual.and_then(|a| a.distance).map(comeback::plan::Distance::get), Some(4.84));
    assert_eq!(run.date, feb_2013(6));
    assert_eq!(session(&h, 2), original.session(SessionId(2)).unwrap().clone());
    assert!(h.query_by_label("Import recorded runs").is_none(), "the preview closed");
    assert_eq!(h.state().view().selected, Some(SessionId(1)), "the run is selected to say how it went");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), original);
}

/// Dropped on another day's run, the activity is logged in that session, which moves to the
/// day it was done.
#[test]
fn a_file_dropped_on_another_days_run_logs_that_run() {
    let (dir, mut h) = open_runs_plan();
    let files = fixtures(dir.path(), &["2013-02-06-12-11-14.fit"]);
    drop_files(&mut h, &files, "Friday 8 February 2013");
    assert!(h.query_by_label_contains("moved from Fri 8 Feb").is_some());
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(session(&h, 1).status, comeback::plan::Status::Planned);
    let moved = session(&h, 2);
    assert_eq!((moved.status, moved.date), (comeback::plan::Status::Done, feb_2013(6)));
}

/// File → Import runs… with a folder holding a broken file among good ones: the broken one is
/// listed with its reason, the rest is applied, and pain chosen in the preview is logged.
#[test]
fn importing_a_folder_names_the_unreadable_file_and_applies_the_rest() {
    let (dir, mut h) = open_runs_plan();
    let folder = dir.path().join("Activity");
    std::fs::create_dir(&folder).unwrap();
    fixtures(&folder, &["2013-02-06-12-11-14.fit", "activity-unexpected-eof.fit"]);
    recorded_gpx(&folder, "walk.gpx", "walking", "2013-02-07T08:00:00Z", 3.0, 40);
    let before = h.state().document().plan().sessions().len();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import runs…").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "File or folder path").click();
    h.run();
    h.event(Event::Text(folder.display().to_string()));
    h.run();
    h.get_by_label("Read runs").click();
    h.run();
    assert!(h.query_by_label_contains("Not read: activity-unexpected-eof.fit:").is_some());
    assert_eq!(h.get_all_by_label("Pain during").count(), 2, "one for the run, one for the walk");
    h.get_all_by_label("Pain during").next().unwrap().click();
    h.run();
    h.get_by_label("3 / 10").click();
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    let run = session(&h, 1);
    assert_eq!(run.status, comeback::plan::Status::Done);
    let pain = run.pain.unwrap();
    assert_eq!((pain.during.get(), pain.next_day.get()), (3, 0), "the next day was not asked yet");
    assert_eq!(h.state().document().plan().sessions().len(), before + 1, "the walk is a new session");
    assert_eq!(h.state().document().undo_label(), Some("Import 2 runs"));
}

/// An unticked line changes nothing: its session stays planned while the others are applied.
#[test]
fn an_unticked_line_leaves_its_session_unchanged() {
    let (dir, mut h) = open_runs_plan();
    let original = session(&h, 1);
    let mut files = fixtures(dir.path(), &["2013-02-06-12-11-14.fit"]);
    files.push(recorded_gpx(dir.path(), "walk.gpx", "walking", "2013-02-07T08:00:00Z", 3.0, 40));
    let before = h.state().document().plan().sessions().len();
    drop_files(&mut h, &files, "File");
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::CheckBox && n.label().is_some_and(|l| l.contains("4.84 km"))
    })
    .click();
    h.run();
    assert!(h.query_by_label_contains("(unticked)").is_some());
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(session(&h, 1), original);
    assert_eq!(h.state().document().plan().sessions().len(), before + 1);
}

/// A coach starting next season's plan from this one used Save as, which kept the plan's id:
/// the two plans' calendar events replaced each other. File → Duplicate as new plan… gives the
/// copy an id of its own and asks where to save it; the original file is untouched.
#[test]
fn duplicate_as_new_plan_makes_a_plan_of_its_own() {
    let (dir, mut h) = open_example();
    let original = h.state().document().plan().clone();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Duplicate as new plan…").click();
    h.run();
    let target = dir.path().join("next-season.ron");
    type_path(&mut h, &target.display().to_string(), "Save as");
    let copy = comeback::file::load(&target).unwrap();
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.sessions(), original.sessions());
    assert_eq!(comeback::file::load(&dir.path().join("plan.ron")).unwrap(), original);
    assert_eq!(h.state().document().path(), Some(target.as_path()));
}

/// Writes `name` in `dir`: a GPX track of `sport` starting at `start` (UTC, RFC 3339), `km` due
/// north in `minutes`, as a watch exports it.
fn recorded_gpx(dir: &Path, name: &str, sport: &str, start: &str, km: f64, minutes: i64) -> PathBuf {
    let start: chrono::DateTime<chrono::Utc> = start.parse().unwrap();
    let end = start + chrono::Duration::minutes(minutes);
    // Degrees of latitude for `km` on the sphere the reader measures with.
    let north = km * 1000.0 / (6_371_008.8 * std::f64::consts::PI / 180.0);
    let point = |lat: f64, time: chrono::DateTime<chrono::Utc>| {
        format!("<trkpt lat=\"{lat:.8}\" lon=\"0\"><time>{}</time></trkpt>", time.to_rfc3339())
    };
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!(
            "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\"><trk><type>{sport}</type><trkseg>{}{}</trkseg></trk></gpx>",
            point(50.0, start),
            point(50.0 + north, end)
        ),
    )
    .unwrap();
    path
}

/// An 8 mi / 92 min run was logged into a planned 0.8 mi run/walk without a word, and runs of
/// other years were ticked as new done runs. A 12 km run where 5 km was planned is still
/// matched, with the warning in the preview; a run from 2015 is said to be outside the plan's
/// weeks and left unticked; Apply logs the long run with the recorded numbers and nothing else,
/// and the findings about it speak of the next run.
#[test]
fn a_run_far_longer_than_planned_is_warned_of_and_logged_as_recorded() {
    use egui_kittest::kittest::NodeT;
    let (dir, mut h) = open_runs_plan();
    let before = h.state().document().plan().sessions().len();
    let mut files = fixtures(dir.path(), &["activity-small-fenix2-run.fit"]);
    // At 10:00 UTC it is Wed 6 Feb from Honolulu (UTC-10) to Auckland in summer (UTC+13): a GPX
    // run counts its day in the machine's zone, and 07:00 UTC was Tuesday in Los Angeles.
    files.push(recorded_gpx(dir.path(), "long.gpx", "running", "2013-02-06T10:00:00Z", 12.0, 70));
    drop_files(&mut h, &files, "File");
    h.get_by_label("Import recorded runs");
    h.get_by_label("⚠ far longer than planned: 12 km against 5 km");
    let checkbox = |h: &Harness<'_, App>, text: &str| {
        h.get_by(|n| {
            n.role() == egui::accesskit::Role::CheckBox && n.label().is_some_and(|l| l.contains(text))
        })
        .accesskit_node()
        .toggled()
    };
    assert_eq!(checkbox(&h, "12 km, 70 min → Run 5 km"), Some(egui::accesskit::Toggled::True));
    h.get_by_label("⚠ outside the plan's weeks (Mon 4 Feb 2013 to Sun 10 Feb 2013)");
    assert_eq!(
        checkbox(&h, "Aug 2015"),
        Some(egui::accesskit::Toggled::False),
        "the run of 2015 is not ticked"
    );
    h.get_by_label("Apply").click();
    h.run();
    let run = session(&h, 1);
    assert_eq!(run.status, comeback::plan::Status::Done);
    assert_eq!(run.actual.unwrap().describe(comeback::plan::Units::Km), "12 km · 70 min");
    assert_eq!(h.state().document().plan().sessions().len(), before, "the run of 2015 is not logged");
    assert_eq!(h.state().document().undo_label(), Some("Import 1 run"));
    // The finding about the run now run speaks of what happened and of the next run, never
    // of changing a run already run.
    h.get_by_label("Findings (2)").click();
    h.run();
    h.get_by_label("ℹ Advice (2)").click();
    h.run();
    h.get_by_label_contains("Wed 6 Feb's run had no walk breaks");
    h.get_by_label_contains("Make the next run a run/walk");
    assert!(h.query_by_label_contains("Shorten").is_none());
}

// The load chart's planned against done and pain, and the morning after a run.
