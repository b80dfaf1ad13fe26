//! Exports read back by independent readers, round trips, and byte-for-byte determinism.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use comeback::export::{DateRange, csv, ics};
use comeback::file;
use comeback::plan::{Command as PlanCommand, Plan, SessionId};

fn example() -> Plan {
    file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap()
}

fn stamp() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(9, 30, 0).unwrap()
}

/// (uid, start, end, summary) of every event, as Python's icalendar reads them.
fn read_ics(text: &str) -> Vec<(String, String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ics");
    std::fs::write(&path, text).unwrap();
    let script = "import sys, icalendar\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        for e in cal.walk('VEVENT'):\n\
        \x20   print('\\t'.join([str(e['UID']), e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), str(e['SUMMARY'])]))\n";
    let out = Command::new("python3").arg("-c").arg(script).arg(&path).output().expect("python3 runs");
    assert!(out.status.success(), "icalendar failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned(), f[3].to_owned())
        })
        .collect()
}

/// Python's icalendar reads one all-day event per session, on the session's day, ending the
/// next day, with unique UIDs.
#[test]
fn ics_is_read_back_by_an_independent_parser() {
    let plan = example();
    let events = read_ics(&ics::to_ics(&plan, DateRange::whole(&plan), stamp()));
    assert_eq!(events.len(), plan.sessions().len());
    for (session, (uid, start, end, summary)) in plan.sessions().iter().zip(&events) {
        assert_eq!(*start, session.date.to_string());
        assert_eq!(*end, session.date.succ_opt().unwrap().to_string());
        assert_eq!(*uid, ics::uid(&plan, session));
        assert!(summary.contains(&session.kind.short(plan.meta.units)), "{summary}");
    }
    let mut uids: Vec<&String> = events.iter().map(|e| &e.0).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
}

/// Editing and moving sessions keeps their UIDs, so a calendar updates its events.
#[test]
fn ics_uids_survive_edits() {
    let mut plan = example();
    let before: Vec<String> = plan.sessions().iter().map(|s| ics::uid(&plan, s)).collect();
    plan.apply(PlanCommand::MoveSession {
        id: SessionId(5),
        to: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    })
    .unwrap();
    let mut after: Vec<String> = plan.sessions().iter().map(|s| ics::uid(&plan, s)).collect();
    let mut before_sorted = before;
    before_sorted.sort();
    after.sort();
    assert_eq!(before_sorted, after);
}

/// The same plan gives the same bytes, for every text export.
#[test]
fn exports_are_deterministic() {
    let plan = example();
    let range = DateRange::whole(&plan);
    assert_eq!(ics::to_ics(&plan, range, stamp()), ics::to_ics(&example(), range, stamp()));
    assert_eq!(csv::to_csv(&plan, range), csv::to_csv(&example(), range));
}

/// CSV export then import gives the same sessions in the same units.
#[test]
fn csv_round_trips() {
    for name in ["example.ron", "broken.ron"] {
        let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)).unwrap();
        let text = csv::to_csv(&plan, DateRange::whole(&plan));
        let back = csv::from_csv(&text, "back").unwrap();
        assert_eq!(back.sessions(), plan.sessions(), "{name}");
        assert_eq!(back.meta.units, plan.meta.units);
    }
}

/// Notes that a spreadsheet would run as formulas are written inert and read back intact.
#[test]
fn csv_formula_injection_is_neutralised() {
    let mut plan = example();
    let mut session = plan.session(SessionId(1)).unwrap().clone();
    session.note = "=HYPERLINK(\"http://x\",\"click\")".to_owned();
    plan.apply(PlanCommand::EditSession(session)).unwrap();
    let text = csv::to_csv(&plan, DateRange::whole(&plan));
    let row = text.lines().nth(1).unwrap();
    assert!(row.ends_with("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), "{row}");
    let back = csv::from_csv(&text, "back").unwrap();
    assert_eq!(back.session(SessionId(1)).unwrap().note, "=HYPERLINK(\"http://x\",\"click\")");
}

/// A date range limits the export to its days.
#[test]
fn a_date_range_limits_the_export() {
    let plan = example();
    let week = DateRange {
        from: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    };
    let events = read_ics(&ics::to_ics(&plan, week, stamp()));
    assert_eq!(events.len(), plan.sessions().iter().filter(|s| week.contains(s.date)).count());
    assert_eq!(csv::to_csv(&plan, week).lines().count(), events.len() + 1);
}
