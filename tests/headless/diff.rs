//! Comparing two versions of a plan: the differences, taking theirs or keeping mine, and the
//! `comeback diff` command.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use comeback::diff::{Difference, diff, merge};
use comeback::file;
use comeback::plan::{
    Command as PlanCommand, Distance, Note, NoteOn, Plan, Session, SessionId, SessionKind, Status, Units,
};

fn example() -> Plan {
    file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap()
}

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn coachs_note(text: &str) -> Note {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-26T19:30:00Z").unwrap().to_utc();
    Note { author: "Coach".to_owned(), at, text: text.to_owned() }
}

/// The coach's version of the example: a walk added, a session removed, one moved, one with a
/// new description, a note on a day and one on a session, the coach's name and the weekly cap
/// changed.
fn coachs_version() -> Plan {
    let mut theirs = example();
    let walk = SessionKind::Walk { distance: Distance::new(1.0), minutes: None };
    let id = theirs.fresh_id();
    let added = Session::planned(id, day(22, 11), walk);
    theirs.apply(PlanCommand::AddSession(added)).unwrap();
    theirs.apply(PlanCommand::DeleteSession(SessionId(4))).unwrap();
    theirs.apply(PlanCommand::MoveSession { id: SessionId(10), to: day(25, 11) }).unwrap();
    let mut noted = theirs.session(SessionId(12)).unwrap().clone();
    noted.note = "Keep it conversational.".to_owned();
    theirs.apply(PlanCommand::EditSession(noted)).unwrap();
    let on_day = NoteOn::Day(day(28, 11));
    theirs.apply(PlanCommand::AddNote { on: on_day, note: coachs_note("Parkrun? Walk it.") }).unwrap();
    let on_run = NoteOn::Session(SessionId(12));
    theirs.apply(PlanCommand::AddNote { on: on_run, note: coachs_note("Flat route, please.") }).unwrap();
    let mut meta = theirs.meta.clone();
    meta.coach = "Dr Lee".to_owned();
    theirs.apply(PlanCommand::SetMeta(meta)).unwrap();
    let mut rules = theirs.rules.clone();
    rules.weekly_cap = Distance::new(5.0);
    theirs.apply(PlanCommand::SetRules(rules)).unwrap();
    theirs
}

/// Exactly the coach's changes are listed, the moved session as a move.
#[test]
fn diff_lists_exactly_the_changes() {
    let (mine, theirs) = (example(), coachs_version());
    let differences = diff(&mine, &theirs);
    let summary: Vec<String> = differences
        .iter()
        .map(|d| match d {
            Difference::Added { session, .. } => format!("added {session}"),
            Difference::Removed { session, .. } => format!("removed {session}"),
            Difference::Moved { session, from, to, .. } => format!("moved {session} {from} {to}"),
            Difference::Edited { session, field, theirs, .. } => format!("edited {session} {field} {theirs}"),
            Difference::NoteAdded { date, session, note } => format!("note {date} {session:?} {}", note.text),
            Difference::NoteRemoved { note, .. } => format!("removed note {}", note.text),
            Difference::Meta { field, theirs, .. } => format!("meta {field} {theirs}"),
            Difference::Rules { field, theirs, .. } => format!("rules {field} {theirs}"),
        })
        .collect();
    let new_id = theirs.sessions().iter().find(|s| mine.session(s.id).is_none()).unwrap().id.0;
    assert_eq!(
        summary,
        [
            "meta coach Dr Lee".to_owned(),
            "rules weekly_cap 5".to_owned(),
            "removed #4".to_owned(),
            format!("added #{new_id}"),
            "moved #10 2026-11-24 2026-11-25".to_owned(),
            "note 2026-11-25 Some(SessionId(12)) Flat route, please.".to_owned(),
            "edited #12 note Keep it conversational.".to_owned(),
            "note 2026-11-28 None Parkrun? Walk it.".to_owned(),
        ]
    );
}

/// Taking every difference gives their plan; keeping every one gives mine; taking only the
/// move gives mine with that session moved.
#[test]
fn take_theirs_and_keep_mine_merge_as_chosen() {
    let (mine, theirs) = (example(), coachs_version());
    let n = diff(&mine, &theirs).len();
    assert_eq!(merge(&mine, &theirs, &vec![true; n]).unwrap(), theirs);
    assert_eq!(merge(&mine, &theirs, &vec![false; n]).unwrap(), mine);
    let only_move: Vec<bool> =
        diff(&mine, &theirs).iter().map(|d| matches!(d, Difference::Moved { .. })).collect();
    let merged = merge(&mine, &theirs, &only_move).unwrap();
    assert_eq!(merged.session(SessionId(10)).unwrap().date, day(25, 11));
    assert_eq!(merged.meta.coach, mine.meta.coach);
    assert!(merged.session(SessionId(4)).is_some(), "the removal was not taken");
    assert_eq!(diff(&merged, &theirs).len(), n - 1);
}

/// A copy saved in kilometres differs only in its units: distances are compared in mine.
#[test]
fn other_units_are_converted_before_comparing() {
    let mine = example();
    let mut theirs = example();
    let mut meta = theirs.meta.clone();
    meta.units = Units::Km;
    theirs.apply(PlanCommand::SetMeta(meta)).unwrap();
    let differences = diff(&mine, &theirs);
    assert_eq!(differences.len(), 1, "{differences:#?}");
    assert!(matches!(&differences[0], Difference::Meta { field, .. } if field == "units"));
}

/// A logged run (done, pain) shows field by field.
#[test]
fn logging_shows_as_field_changes() {
    let mine = example();
    let mut theirs = example();
    let mut run =
        theirs.sessions().iter().find(|s| s.status == Status::Planned && s.kind.is_run()).unwrap().clone();
    run.status = Status::Done;
    run.pain = Some(comeback::plan::PainLog {
        during: comeback::plan::Pain::new(3).unwrap(),
        next_day: comeback::plan::Pain::new(1).unwrap(),
        ..comeback::plan::PainLog::default()
    });
    theirs.apply(PlanCommand::EditSession(run)).unwrap();
    let fields: Vec<&str> = diff(&mine, &theirs)
        .iter()
        .filter_map(|d| match d {
            Difference::Edited { field, .. } => Some(field.name()),
            _ => None,
        })
        .collect();
    assert_eq!(fields, ["status", "pain"]);
}

fn comeback(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `comeback diff` prints the differences as text or JSON and exits 1 when there are some,
/// 0 when the plans are the same.
#[test]
fn diff_command_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, theirs) = (dir.path().join("mine.ron"), dir.path().join("theirs.ron"));
    file::save(&example(), &mine).unwrap();
    file::save(&coachs_version(), &theirs).unwrap();
    let (mine, theirs) = (mine.to_str().unwrap(), theirs.to_str().unwrap());

    let (code, text) = comeback(&["diff", mine, theirs]);
    assert_eq!(code, 1);
    assert!(text.starts_with("8 differences from "), "{text}");
    assert!(
        text.contains("+ Sat 28 Nov 2026: note by Coach: \"Parkrun? Walk it.\" (only in theirs)"),
        "{text}"
    );
    assert!(text.contains("moved from Tue 24 Nov 2026 to Wed 25 Nov 2026"), "{text}");
    assert!(text.contains("~ plan coach: \"Sam Okafor\" → \"Dr Lee\""), "{text}");

    let (code, json) = comeback(&["diff", "--format", "json", mine, theirs]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes: Vec<&str> =
        json["differences"].as_array().unwrap().iter().map(|d| d["change"].as_str().unwrap()).collect();
    assert_eq!(changes, ["meta", "rules", "removed", "added", "moved", "note-added", "edited", "note-added"]);
    assert_eq!(json["differences"][4]["to"], "2026-11-25");
    assert_eq!(json["differences"][7]["note"]["author"], "Coach");
    assert_eq!(json["differences"][7]["note"]["at"], "2026-11-26T19:30:00Z");

    let (code, text) = comeback(&["diff", mine, mine]);
    assert_eq!(
        (code, text.lines().next().unwrap()),
        (0, format!("0 differences from {mine} to {mine}").as_str())
    );
}

/// Compare's lines showed internal ids ("#21") and raw values ("6.0" → "7.0"): they are said
/// as people read them, by day and session, with the numbers as typed.
#[test]
fn differences_read_without_ids_or_raw_numbers() {
    let lines: Vec<String> = diff(&example(), &coachs_version()).iter().map(Difference::describe).collect();
    let text = lines.join("\n");
    assert!(!lines.iter().any(|l| l.contains('#')), "{text}");
    assert!(!lines.iter().any(|l| l.contains(".0\"")), "{text}");
    assert!(lines.iter().any(|l| l.starts_with("~ rule weekly_cap: ")), "{text}");
}

/// A German or Spanish coach read the comparison in English: each line is said in the reader's
/// language, with its days and quotation marks, while the file's field names stay as the file
/// writes them.
#[test]
fn differences_read_in_german_and_spanish() {
    use comeback::i18n::{Lang, in_lang};
    let rows = [
        (
            Lang::De,
            [
                "(nur bei ihnen)",
                "verschoben vom Di., 24. Nov. 2026 auf",
                "~ Regel weekly_cap: „",
                "Notiz von Coach: „Parkrun? Walk it.“",
            ],
        ),
        (
            Lang::Es,
            [
                "(solo en la suya)",
                "pasa del mar 24 nov 2026 al",
                "~ regla weekly_cap: «",
                "nota de Coach: «Parkrun? Walk it.»",
            ],
        ),
    ];
    for (lang, expected) in rows {
        let text = in_lang(lang, || {
            diff(&example(), &coachs_version())
                .iter()
                .map(Difference::describe)
                .collect::<Vec<_>>()
                .join("\n")
        });
        for part in expected {
            assert!(text.contains(part), "{}: {part:?} not in {text}", lang.code());
        }
    }
}
