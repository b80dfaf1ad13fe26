//! Spreadsheets as people's programs write them: LibreOffice and European Excel (semicolons,
//! decimal commas, Windows-1252), a user's own apostrophes, and files that are not plans.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

use comeback::export::DateRange;
use comeback::export::csv::{self, import};
use comeback::file;
use comeback::plan::{Command, PlanId, SessionId};

/// A sheet saved by LibreOffice with a German or French locale: semicolons, a decimal comma,
/// Windows-1252 (é is one byte, E9; — is 97), a note the user wrote with a leading apostrophe
/// (doubled by our export) and a column of their own. It failed with "no distance_mi or
/// distance_km column" and then "stream did not contain valid UTF-8".
#[test]
fn a_libreoffice_sheet_with_semicolons_and_windows_1252_imports_and_says_so() {
    let bytes: &[u8] = b"id;date;kind;distance_km;minutes;status;note;coach comment\r\n\
        1;2026-11-16;run;2,5;;planned;Caf\xe9 \x97 slow;ok\r\n\
        2;2026-11-18;walk;3;40;done;''=already quoted;\r\n";
    let imported = import(bytes, "Sheet", PlanId::random()).unwrap_or_else(|e| panic!("{e}"));
    let plan = &imported.plan;
    assert_eq!(plan.sessions().len(), 2);
    assert_eq!(plan.session(SessionId(1)).unwrap().note, "Café — slow");
    assert_eq!(plan.session(SessionId(1)).unwrap().kind.run_distance(1.0), 2.5);
    assert_eq!(plan.session(SessionId(2)).unwrap().note, "'=already quoted");
    let warnings = imported.warnings.join("\n");
    assert!(warnings.contains("read as Windows-1252"), "{warnings}");
    assert!(warnings.contains("1 column not read: coach comment"), "{warnings}");
}

/// A note the user typed with a leading apostrophe came back without it after an export and
/// an import; formulas stay inert in the spreadsheet and come back as typed too.
#[test]
fn notes_come_back_exactly_as_typed() {
    let mut plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap();
    let notes =
        ["'=already quoted", "'quoted", "''two", "=SUM(A1)", "-2 laps", "plain; with, commas\n\tand a tab"];
    let ids: Vec<SessionId> = plan.sessions().iter().take(notes.len()).map(|s| s.id).collect();
    for (id, note) in ids.iter().zip(notes) {
        let mut session = plan.session(*id).unwrap().clone();
        session.note = note.to_owned();
        plan.apply(Command::EditSession(session)).unwrap();
    }
    let text = csv::to_csv(&plan, DateRange::whole(&plan));
    let back = csv::from_csv(&text, "back").unwrap();
    for (id, note) in ids.iter().zip(notes) {
        assert_eq!(back.session(*id).unwrap().note, note);
    }
}

/// A UTF-8 file with a byte-order mark (Excel's "CSV UTF-8") and tab-separated text (copied
/// out of a sheet) both read, without a word about the encoding.
#[test]
fn byte_order_marks_and_tabs_are_read() {
    let bom = "\u{feff}id,date,kind,distance_mi\r\n1,2026-11-16,run,2\r\n";
    let tabs = "id\tdate\tkind\tdistance_mi\n1\t2026-11-16\trun\t2\n";
    for text in [bom, tabs] {
        let imported = import(text.as_bytes(), "t", PlanId::random()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.plan.sessions().len(), 1, "{text:?}");
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    }
}

/// A European spreadsheet saved as "Unicode text" separates cells with tabs and writes decimals
/// with a comma; "2,5" was refused as not a number. Both decimal forms read in a tab file.
#[test]
fn a_tab_separated_sheet_with_decimal_commas_imports() {
    let text =
        "id\tdate\tkind\tdistance_km\tminutes\n1\t2026-11-16\trun\t2,5\t30\n2\t2026-11-18\trun\t3.5\t40,5\n";
    let imported = import(text.as_bytes(), "t", PlanId::random()).unwrap_or_else(|e| panic!("{e}"));
    let plan = &imported.plan;
    let distance = |id| plan.session(SessionId(id)).unwrap().kind.run_distance(1.0);
    assert_eq!((distance(1), distance(2)), (2.5, 3.5));
}

/// Files that are not plans were taken for empty plans starting in 1970, or refused for a
/// missing column; a repeated id blamed the header row.
#[test]
fn files_that_are_not_plans_are_refused_with_the_row_and_column_by_name() {
    let rows = [
        ("id,date,kind,distance_km\r\n", "row 2: the file has a header but no sessions"),
        ("id,date,kind,distance_km\r\n,,,\r\n", "row 2: the file has a header but no sessions"),
        ("", "row 1: the file is empty"),
        (
            "Activity ID,Activity Date,Activity Name,Activity Type,Distance\r\n1,\"Nov 16, 2026\",Run,Run,5\r\n",
            "Strava's activities.csv",
        ),
        (
            "id,date,kind,distance_km\r\n1,2026-11-16,run,2\r\n1,2026-11-17,run,2\r\n",
            "row 3, column 1 (id): session id 1 is used in row 2 too",
        ),
        (
            "id,date,kind,distance_km\r\n1,2026-11-16,run,two\r\n",
            "row 2, column 4 (distance_km): \"two\" is not a number",
        ),
        ("id,date,kind,distance_km\r\n1,2026-11-16,run/walk,2\r\n", "row 2, column run (not in the file)"),
        (
            "when,what\r\n2026-11-16,run\r\n",
            "no distance_mi or distance_km column; the header has when, what",
        ),
    ];
    for (text, expected) in rows {
        let e = import(text.as_bytes(), "t", PlanId::random()).unwrap_err().to_string();
        assert!(e.contains(expected), "{text:?}: {e}");
        assert!(!e.contains("()"), "{e}");
    }
    let strava = import(rows[3].0.as_bytes(), "t", PlanId::random()).unwrap_err().to_string();
    assert!(strava.contains("comeback log") && strava.contains("File → Import runs…"), "{strava}");
}

/// An import is a new plan: it has an id of its own.
#[test]
fn an_imported_plan_has_the_id_it_was_given() {
    let id = PlanId::random();
    let imported = import(b"id,date,kind,distance_km\r\n1,2026-11-16,run,2\r\n", "t", id).unwrap();
    assert_eq!(imported.plan.id, id);
}

/// A note with a terminal escape came in as it was; it is taken out and the import says so.
/// Lines and tabs in a note stay.
#[test]
fn control_characters_in_a_sheet_are_removed_and_counted() {
    let bytes = b"id,date,kind,distance_km,note\r\n1,2026-11-16,run,2,\"\x1b[31mred\x07\n\tnext\"\r\n";
    let imported = import(bytes, "t", PlanId::random()).unwrap();
    assert_eq!(imported.plan.session(SessionId(1)).unwrap().note, "[31mred\n\tnext");
    assert!(imported.warnings.join("\n").contains("removed 2 control characters"), "{:?}", imported.warnings);
}
