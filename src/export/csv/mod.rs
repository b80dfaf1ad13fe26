//! CSV, the spreadsheet format: one row per session with every field. [`write`] turns a plan
//! into CSV for export; [`read`] turns a coach's spreadsheet into a plan. Both directions share
//! this module's column table, value names and formula rule, so a plan survives the round trip.
//!
//! Text cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR), and
//! text starting with an apostrophe, are written with a leading apostrophe, which import
//! removes again, so a note comes back exactly as typed. Numbers stay numbers.

mod read;
mod write;

pub use read::{CsvError, Imported, from_csv, import};
pub use write::to_csv;

use crate::plan::{Activity, Effort, Status, Terrain};

/// The columns, in order; `distance` and the segment units are named with the plan's units.
const COLUMNS: [&str; 21] = [
    "id",
    "date",
    "kind",
    "activity",
    "body_weight_pct",
    "distance",
    "minutes",
    "run",
    "run_unit",
    "walk",
    "walk_unit",
    "repeats",
    "effort",
    "terrain",
    "status",
    "pain_during",
    "pain_next_day",
    "sharp",
    "actual_distance",
    "actual_minutes",
    "note",
];

/// The first characters that make a spreadsheet run a cell as a formula.
const FORMULA: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Each status and its cell value; these are file values, not the words of `crate::text`.
const STATUSES: [(Status, &str); 3] =
    [(Status::Planned, "planned"), (Status::Done, "done"), (Status::Skipped, "skipped")];

/// The cell value of an effort: the file's word, which a translation of the effort's label
/// never touches, so a spreadsheet is the same in every language.
fn effort_name(e: Effort) -> &'static str {
    match e {
        Effort::VeryEasy => "very easy",
        Effort::Easy => "easy",
        Effort::Steady => "steady",
        Effort::Tempo => "tempo",
        Effort::Speed => "speed",
    }
}

/// The cell value of a terrain, as [`effort_name`].
fn terrain_name(t: Terrain) -> &'static str {
    match t {
        Terrain::Track => "track",
        Terrain::Treadmill => "treadmill",
        Terrain::FlatRoad => "flat road",
        Terrain::Trail => "trail",
        Terrain::Hills => "hills",
    }
}

/// The cell value of an activity.
fn activity_name(a: Activity) -> &'static str {
    match a {
        Activity::Bike => "bike",
        Activity::Swim => "swim",
        Activity::Elliptical => "elliptical",
        Activity::AntiGravity { .. } => "anti-gravity",
        Activity::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::read::{from_csv, restore};
    use super::write::{neutralise, to_csv};
    use crate::export::DateRange;

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for text in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            let safe = neutralise(text);
            assert!(safe.starts_with('\''), "{text}");
            assert_eq!(restore(&safe), text);
        }
        assert_eq!(neutralise("Track, slow"), "Track, slow");
        assert_eq!(restore("'quoted"), "'quoted", "an apostrophe the user typed stays");
        assert_eq!(neutralise("'=already quoted"), "''=already quoted");
        assert_eq!(restore(&neutralise("'=already quoted")), "'=already quoted");
        assert_eq!(restore(&neutralise("'quoted")), "'quoted");
    }

    /// Found by fuzzing (fuzz/artifacts/csv_import): a date the plan file would refuse, and an
    /// amount with more than two decimals, which the next export would round.
    #[test]
    fn imports_only_what_a_plan_file_can_hold() {
        let e = from_csv("id,date,kind,distance_km\r\n15,6026-01-11,rest,\r\n", "t").unwrap_err();
        assert_eq!((e.row, e.column, e.name.as_str()), (2, 2, "date"));
        assert!(e.to_string().contains("outside the years a plan can cover (1900 to 2199)"), "{e}");
        let plan = from_csv("id,date,kind,distance_km\r\n7,2026-01-05,run,5.2551\r\n", "t").unwrap();
        let again = from_csv(&to_csv(&plan, DateRange::whole(&plan)), "t").unwrap();
        assert_eq!(again.sessions(), plan.sessions());
        assert_eq!(plan.sessions().first().map(|s| s.kind.run_distance(1.0)), Some(5.26));
    }
}
