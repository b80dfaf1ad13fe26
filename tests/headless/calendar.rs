//! The ICS export as a calendar user meets it: khal (installed by `scripts/setup.sh`) imports
//! plans made by `comeback new`, then the same plans exported again after edits.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;
use std::process::Command;

use comeback::file;
use comeback::plan::{Command as PlanCommand, SessionKind};

fn comeback(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).env("LC_ALL", "C").args(args).output().unwrap();
    assert!(out.status.success(), "comeback {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// khal with its own home and configuration, one calendar kept as a folder of events.
struct Khal {
    home: tempfile::TempDir,
}

impl Khal {
    fn new() -> Self {
        let home = tempfile::tempdir().unwrap();
        let calendar = home.path().join("calendar");
        std::fs::create_dir(&calendar).unwrap();
        let config = format!(
            "[calendars]\n[[plans]]\npath = {}\ntype = calendar\n\
             [locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n\
             datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n\
             [default]\ndefault_calendar = plans\n",
            calendar.display()
        );
        std::fs::write(home.path().join("config"), config).unwrap();
        Self { home }
    }

    fn import(&self, ics: &Path) {
        let home = self.home.path();
        let out = Command::new("khal")
            .arg("-c")
            .arg(home.join("config"))
            .args(["import", "--batch", "-a", "plans"])
            .arg(ics)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config.d"))
            .env("XDG_DATA_HOME", home.join("data"))
            .output()
            .expect("khal runs (scripts/setup.sh installs it)");
        assert!(out.status.success(), "khal import: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Every event khal keeps, as the text of its file.
    fn events(&self) -> Vec<String> {
        std::fs::read_dir(self.home.path().join("calendar"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect()
    }
}

/// Two plans made by `comeback new` numbered their sessions alike and shared UIDs: importing
/// the second into khal replaced 60 events of the first. Renaming the athlete and moving the
/// start changed every UID: importing again duplicated every event. Now khal keeps both plans
/// whole, and an edited plan's export updates its events in place.
#[test]
fn khal_keeps_two_plans_apart_and_updates_an_edited_one_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    comeback(&["new", "-o", &path("a.ron"), "--start", "2026-11-16"]);
    comeback(&["new", "-o", &path("b.ron"), "--start", "2026-11-16"]);
    let khal = Khal::new();
    let mut total = 0;
    for name in ["a", "b"] {
        comeback(&[
            "export",
            &path(&format!("{name}.ron")),
            "--to",
            "ics",
            "-o",
            &path(&format!("{name}.ics")),
        ]);
        total += file::load(Path::new(&path(&format!("{name}.ron")))).unwrap().sessions().len();
        khal.import(Path::new(&path(&format!("{name}.ics"))));
    }
    assert_eq!(khal.events().len(), total, "no event of the first plan was lost");

    let mut plan = file::load(Path::new(&path("a.ron"))).unwrap();
    plan.meta.athlete = "Alex Moreno".to_owned();
    plan.meta.start = plan.meta.start - chrono::Days::new(7);
    let mut session =
        plan.sessions().iter().find(|s| matches!(s.kind, SessionKind::RunWalk(_))).unwrap().clone();
    if let SessionKind::RunWalk(run_walk) = &mut session.kind {
        run_walk.repeats = 97;
    }
    let summary = session.kind.short(plan.meta.units);
    plan.apply(PlanCommand::EditSession(session)).unwrap();
    file::save(&plan, Path::new(&path("a.ron"))).unwrap();
    comeback(&["export", &path("a.ron"), "--to", "ics", "-o", &path("a-edited.ics")]);
    khal.import(Path::new(&path("a-edited.ics")));
    let events = khal.events();
    assert_eq!(events.len(), total, "nothing was duplicated");
    assert_eq!(events.iter().filter(|e| e.contains(&summary)).count(), 1, "the edit arrived: {summary}");
}

/// A session deleted from the plan stayed in khal after the next import: the export left it
/// out and nothing cancelled it. The plan remembers what was deleted, and the next export
/// publishes it as cancelled (same UID, a higher SEQUENCE), so khal drops or cancels it.
#[test]
fn a_session_deleted_from_the_plan_is_cancelled_in_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    comeback(&["new", "-o", &path("a.ron"), "--start", "2026-11-16"]);
    comeback(&["export", &path("a.ron"), "--to", "ics", "-o", &path("a.ics")]);
    let khal = Khal::new();
    khal.import(Path::new(&path("a.ics")));
    let mut plan = file::load(Path::new(&path("a.ron"))).unwrap();
    let total = plan.sessions().len();
    assert_eq!(khal.events().len(), total);
    let gone = plan.sessions()[3].clone();
    let uid = comeback::export::ics::uid(&plan, &gone);
    plan.apply(PlanCommand::DeleteSession(gone.id)).unwrap();
    file::save(&plan, Path::new(&path("a.ron"))).unwrap();
    let saved = file::load(Path::new(&path("a.ron"))).unwrap();
    assert_eq!(saved.removed().len(), 1, "the file remembers the deleted session");
    comeback(&["export", &path("a.ron"), "--to", "ics", "-o", &path("a-after.ics")]);
    khal.import(Path::new(&path("a-after.ics")));
    let held: Vec<String> = khal.events().into_iter().filter(|e| e.contains(&uid)).collect();
    assert!(
        held.iter().all(|e| e.contains("STATUS:CANCELLED")),
        "khal still holds the deleted session as planned: {held:?}"
    );
    let live = khal.events().iter().filter(|e| !e.contains("STATUS:CANCELLED")).count();
    assert_eq!(live, total - 1, "every other session is still there");
}

/// A version 3 file (no `id`) took its id from a hash of its text, so renaming the plan changed
/// every UID and khal got every event twice. Its id now comes from who the plan is for and when
/// it starts: renamed and exported again, it updates khal's events in place.
#[test]
fn an_old_plan_renamed_keeps_its_events_in_khal() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-v3.ron");
    let text = std::fs::read_to_string(fixture).unwrap();
    std::fs::write(path("old.ron"), &text).unwrap();
    let khal = Khal::new();
    comeback(&["export", &path("old.ron"), "--to", "ics", "-o", &path("old.ics")]);
    khal.import(Path::new(&path("old.ics")));
    let total = khal.events().len();
    assert!(total > 0);
    std::fs::write(path("old.ron"), text.replacen("Hamstring comeback, winter 2026", "Back to 5 km", 1))
        .unwrap();
    comeback(&["export", &path("old.ron"), "--to", "ics", "-o", &path("renamed.ics")]);
    khal.import(Path::new(&path("renamed.ics")));
    assert_eq!(khal.events().len(), total, "no event was duplicated");
}
