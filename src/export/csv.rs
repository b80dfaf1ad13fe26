//! CSV: one row per session with every field, and back. A coach's spreadsheet becomes a plan.
//!
//! Text cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) are
//! written with a leading apostrophe, which import removes again. Numbers stay numbers.

use std::fmt::Write;

use chrono::NaiveDate;
use thiserror::Error;

use super::DateRange;
use crate::plan::{
    Activity, Actual, CommandError, Distance, Effort, Minutes, Pain, PainLog, Plan, PlanMeta, Run, RunWalk,
    Segment, Session, SessionId, SessionKind, Status, Terrain, Units, fmt_num,
};

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

/// Why a CSV file could not become a plan.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("row {row}, column {column} ({name}): {message}")]
pub struct CsvError {
    /// 1-based row in the file (the header is row 1).
    pub row: usize,
    /// 1-based column.
    pub column: usize,
    /// The column's name.
    pub name: String,
    /// What was wrong and what was expected.
    pub message: String,
}

/// The plan's sessions in `range` as CSV (UTF-8, header row, CRLF line ends as RFC 4180 asks).
pub fn to_csv(plan: &Plan, range: DateRange) -> String {
    let u = plan.meta.units.abbrev();
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|c| if *c == "distance" { format!("distance_{u}") } else { (*c).to_owned() })
        .collect();
    let mut out = String::new();
    push_row(&mut out, header.iter().map(String::as_str));
    for s in range.sessions(plan) {
        let cells = cells(s, plan.meta.units);
        push_row(&mut out, cells.iter().map(String::as_str));
    }
    out
}

fn cells(s: &Session, units: Units) -> Vec<String> {
    let num = |v: Option<f64>| v.map(fmt_num).unwrap_or_default();
    let dist = |d: Option<Distance>| num(d.map(Distance::get));
    let mins = |m: Option<Minutes>| num(m.map(Minutes::get));
    let segment = |seg: Segment| match seg {
        Segment::Distance(d) => (fmt_num(d.get()), units.abbrev().to_owned()),
        Segment::Minutes(m) => (fmt_num(m.get()), "min".to_owned()),
    };
    let mut row = vec![String::new(); COLUMNS.len()];
    let mut set = |name: &str, value: String| {
        if let Some(i) = COLUMNS.iter().position(|c| *c == name)
            && let Some(cell) = row.get_mut(i)
        {
            *cell = value;
        }
    };
    set("id", s.id.0.to_string());
    set("date", s.date.to_string());
    match s.kind {
        SessionKind::Run(r) => {
            set("kind", "run".into());
            set("distance", dist(r.distance));
            set("minutes", mins(r.minutes));
            set("effort", r.effort.label().into());
            set("terrain", r.terrain.label().into());
        }
        SessionKind::RunWalk(rw) => {
            set("kind", "run/walk".into());
            let (run, run_unit) = segment(rw.run);
            let (walk, walk_unit) = segment(rw.walk);
            set("run", run);
            set("run_unit", run_unit);
            set("walk", walk);
            set("walk_unit", walk_unit);
            set("repeats", rw.repeats.to_string());
            set("effort", rw.effort.label().into());
            set("terrain", rw.terrain.label().into());
        }
        SessionKind::Walk { distance, minutes } => {
            set("kind", "walk".into());
            set("distance", dist(distance));
            set("minutes", mins(minutes));
        }
        SessionKind::Cross { activity, minutes, distance } => {
            set("kind", "cross".into());
            set("activity", activity_name(activity).into());
            if let Activity::AntiGravity { body_weight_pct } = activity {
                set("body_weight_pct", body_weight_pct.to_string());
            }
            set("distance", dist(distance));
            set("minutes", mins(minutes));
        }
        SessionKind::Strength { minutes } => {
            set("kind", "strength".into());
            set("minutes", mins(minutes));
        }
        SessionKind::Rest => set("kind", "rest".into()),
    }
    set("status", status_name(s.status).into());
    if let Some(p) = s.pain {
        set("pain_during", p.during.get().to_string());
        set("pain_next_day", p.next_day.get().to_string());
        set("sharp", if p.sharp { "yes" } else { "no" }.into());
    }
    if let Some(a) = s.actual {
        set("actual_distance", dist(a.distance));
        set("actual_minutes", mins(a.minutes));
    }
    set("note", neutralise(&s.note));
    row
}

fn activity_name(a: Activity) -> &'static str {
    match a {
        Activity::Bike => "bike",
        Activity::Swim => "swim",
        Activity::Elliptical => "elliptical",
        Activity::AntiGravity { .. } => "anti-gravity",
        Activity::Other => "other",
    }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Planned => "planned",
        Status::Done => "done",
        Status::Skipped => "skipped",
    }
}

/// Prefixes text a spreadsheet would treat as a formula with an apostrophe.
fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// Undoes [`neutralise`].
fn restore(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            let _ = write!(out, "\"{}\"", cell.replace('"', "\"\""));
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

/// Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes, newlines).
fn parse_rows(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => cell.push(c),
        }
    }
    if quoted {
        return Err(CsvError {
            row: rows.len() + 1,
            column: row.len() + 1,
            name: String::new(),
            message: "a quoted cell is never closed".into(),
        });
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    Ok(rows)
}

/// Reads a CSV written by [`to_csv`] (or a spreadsheet with the same columns, in any order)
/// into a plan titled `title`, starting on its first session's day.
pub fn from_csv(text: &str, title: &str) -> Result<Plan, CsvError> {
    let rows = parse_rows(text)?;
    let Some((header, body)) = rows.split_first() else {
        return Err(CsvError {
            row: 1,
            column: 1,
            name: String::new(),
            message: "the file is empty; expected a header row".into(),
        });
    };
    let units = header
        .iter()
        .find_map(|h| match h.trim() {
            "distance_mi" => Some(Units::Miles),
            "distance_km" => Some(Units::Km),
            _ => None,
        })
        .ok_or_else(|| CsvError {
            row: 1,
            column: 1,
            name: String::new(),
            message: "no distance_mi or distance_km column; expected the header Comeback writes".into(),
        })?;
    let index: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|c| {
            header.iter().position(|h| {
                let h = h.trim();
                h == *c || (*c == "distance" && h.starts_with("distance_"))
            })
        })
        .collect();
    let mut sessions = Vec::new();
    for (n, cells) in body.iter().enumerate() {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let reader = Row { cells, index: &index, row: n + 2, units };
        sessions.push(reader.session()?);
    }
    let start = sessions.iter().map(|s| s.date).min().unwrap_or_default();
    let meta = PlanMeta { title: title.to_owned(), start, units, ..PlanMeta::default() };
    Plan::try_from((meta, Default::default(), sessions)).map_err(|e| {
        let column = index.first().copied().flatten().map_or(1, |i| i + 1);
        let message = match e {
            CommandError::DuplicateId(id) => format!("session id {id} appears twice"),
            // Rows are checked one by one above; this is what is left.
            other => other.to_string(),
        };
        CsvError { row: 1, column, name: "id".into(), message }
    })
}

struct Row<'a> {
    cells: &'a [String],
    index: &'a [Option<usize>],
    row: usize,
    units: Units,
}

impl Row<'_> {
    fn error(&self, name: &str, message: String) -> CsvError {
        let column = COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| self.index.get(i).copied().flatten())
            .map_or(0, |i| i + 1);
        CsvError { row: self.row, column, name: name.to_owned(), message }
    }

    fn text(&self, name: &str) -> &str {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| self.index.get(i).copied().flatten())
            .and_then(|i| self.cells.get(i))
            .map_or("", |s| s.trim())
    }

    fn number(&self, name: &str) -> Result<Option<f64>, CsvError> {
        let text = self.text(name);
        if text.is_empty() {
            return Ok(None);
        }
        let value: f64 = text.parse().map_err(|_| self.error(name, format!("\"{text}\" is not a number")))?;
        if !value.is_finite() || !(0.0..=crate::plan::MAX_AMOUNT).contains(&value) {
            return Err(self
                .error(name, format!("{text} is out of range; expected 0 to {}", crate::plan::MAX_AMOUNT)));
        }
        // Plans hold amounts to 0.01, as they are written; more would not survive a round trip.
        Ok(Some(crate::plan::round2(value)))
    }

    fn distance(&self, name: &str) -> Result<Option<Distance>, CsvError> {
        Ok(self.number(name)?.and_then(Distance::new))
    }

    fn minutes(&self, name: &str) -> Result<Option<Minutes>, CsvError> {
        Ok(self.number(name)?.and_then(Minutes::new))
    }

    fn whole<T: TryFrom<u64>>(&self, name: &str, default: T) -> Result<T, CsvError> {
        match self.number(name)? {
            None => Ok(default),
            Some(v) if v.fract() == 0.0 => {
                T::try_from(v as u64).map_err(|_| self.error(name, format!("{v} is too large")))
            }
            Some(v) => Err(self.error(name, format!("{v} is not a whole number"))),
        }
    }

    fn pick<T: Copy>(&self, name: &str, options: &[(T, &str)], default: T) -> Result<T, CsvError> {
        let text = self.text(name).to_lowercase();
        if text.is_empty() {
            return Ok(default);
        }
        options.iter().find(|(_, label)| *label == text).map(|(v, _)| *v).ok_or_else(|| {
            let names: Vec<&str> = options.iter().map(|(_, l)| *l).collect();
            self.error(name, format!("\"{text}\" is not one of: {}", names.join(", ")))
        })
    }

    fn segment(&self, value: &str, unit: &str) -> Result<Segment, CsvError> {
        let amount =
            self.number(value)?.ok_or_else(|| self.error(value, "a run/walk needs this amount".into()))?;
        match self.text(unit) {
            "min" | "" => Ok(Segment::Minutes(Minutes::new(amount).unwrap_or_default())),
            u if u == self.units.abbrev() => Ok(Segment::Distance(Distance::new(amount).unwrap_or_default())),
            other => Err(self.error(unit, format!("\"{other}\" is not min or {}", self.units.abbrev()))),
        }
    }

    fn session(&self) -> Result<Session, CsvError> {
        let id = self.whole::<u32>("id", 0)?;
        if id == 0 {
            return Err(self.error("id", "every session needs a whole number id above 0".into()));
        }
        let date_text = self.text("date");
        let date = NaiveDate::parse_from_str(date_text, "%Y-%m-%d")
            .map_err(|_| self.error("date", format!("\"{date_text}\" is not a date like 2026-11-16")))?;
        crate::plan::within_dates([date]).map_err(|e| self.error("date", e.to_string()))?;
        let efforts: Vec<(Effort, &str)> = Effort::ALL.iter().map(|e| (*e, e.label())).collect();
        let terrains: Vec<(Terrain, &str)> = Terrain::ALL.iter().map(|t| (*t, t.label())).collect();
        let kind = match self.text("kind").to_lowercase().as_str() {
            "run" => SessionKind::Run(Run {
                distance: self.distance("distance")?,
                minutes: self.minutes("minutes")?,
                effort: self.pick("effort", &efforts, Effort::default())?,
                terrain: self.pick("terrain", &terrains, Terrain::default())?,
            }),
            "run/walk" => SessionKind::RunWalk(RunWalk {
                run: self.segment("run", "run_unit")?,
                walk: self.segment("walk", "walk_unit")?,
                repeats: self.whole("repeats", 1)?,
                effort: self.pick("effort", &efforts, Effort::default())?,
                terrain: self.pick("terrain", &terrains, Terrain::default())?,
            }),
            "walk" => {
                SessionKind::Walk { distance: self.distance("distance")?, minutes: self.minutes("minutes")? }
            }
            "cross" => {
                let weight = self.whole("body_weight_pct", 80u8)?;
                let activities = [
                    (Activity::Bike, "bike"),
                    (Activity::Swim, "swim"),
                    (Activity::Elliptical, "elliptical"),
                    (Activity::AntiGravity { body_weight_pct: weight }, "anti-gravity"),
                    (Activity::Other, "other"),
                ];
                SessionKind::Cross {
                    activity: self.pick("activity", &activities, Activity::Other)?,
                    minutes: self.minutes("minutes")?,
                    distance: self.distance("distance")?,
                }
            }
            "strength" => SessionKind::Strength { minutes: self.minutes("minutes")? },
            "rest" => SessionKind::Rest,
            other => {
                return Err(self.error(
                    "kind",
                    format!("\"{other}\" is not one of: run, run/walk, walk, cross, strength, rest"),
                ));
            }
        };
        let status = self.pick(
            "status",
            &[(Status::Planned, "planned"), (Status::Done, "done"), (Status::Skipped, "skipped")],
            Status::Planned,
        )?;
        let pain = if self.text("pain_during").is_empty()
            && self.text("pain_next_day").is_empty()
            && self.text("sharp").is_empty()
        {
            None
        } else {
            let score = |name: &str| -> Result<Pain, CsvError> {
                let v = self.whole::<u8>(name, 0)?;
                Pain::new(v).ok_or_else(|| self.error(name, format!("{v} is not a pain score from 0 to 10")))
            };
            let sharp = self.pick("sharp", &[(true, "yes"), (false, "no")], false)?;
            Some(PainLog { during: score("pain_during")?, next_day: score("pain_next_day")?, sharp })
        };
        let actual =
            Actual { distance: self.distance("actual_distance")?, minutes: self.minutes("actual_minutes")? };
        let actual = (actual != Actual::default()).then_some(actual);
        let note = restore(self.text_raw("note")).to_owned();
        Ok(Session { status, pain, actual, note, ..Session::planned(SessionId(id), date, kind) })
    }

    fn text_raw(&self, name: &str) -> &str {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| self.index.get(i).copied().flatten())
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::{DateRange, from_csv, neutralise, parse_rows, restore, to_csv};

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for text in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            let safe = neutralise(text);
            assert!(safe.starts_with('\''), "{text}");
            assert_eq!(restore(&safe), text);
        }
        assert_eq!(neutralise("Track, slow"), "Track, slow");
        assert_eq!(restore("'quoted"), "'quoted", "an apostrophe the user typed stays");
    }

    #[test]
    fn quoted_cells_hold_commas_quotes_and_newlines() {
        let rows = parse_rows("a,\"b,\"\"c\"\"\nd\",e\r\n1,2,3").unwrap();
        assert_eq!(rows, vec![vec!["a", "b,\"c\"\nd", "e"], vec!["1", "2", "3"]]);
    }

    #[test]
    fn errors_name_the_row_and_column() {
        let csv = "id,date,kind,distance_mi\r\n1,2026-11-16,run,2\r\n2,2026-11-17,swimrun,1\r\n";
        let e = from_csv(csv, "t").unwrap_err();
        assert_eq!((e.row, e.column, e.name.as_str()), (3, 3, "kind"));
        let e = from_csv("id,date,kind,distance_km\r\n1,16/11/2026,run,2\r\n", "t").unwrap_err();
        assert_eq!((e.row, e.column, e.name.as_str()), (2, 2, "date"));
        assert!(e.to_string().contains("not a date like 2026-11-16"), "{e}");
        let e = from_csv("id,date,kind,distance_km\r\n1,2026-11-16,run,-2\r\n", "t").unwrap_err();
        assert_eq!((e.row, e.column), (2, 4));
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
