//! Reading CSV: a spreadsheet with the columns [`super::to_csv`] writes, in any order, becomes
//! a plan, or an error naming the row and column that is wrong.

use chrono::NaiveDate;
use thiserror::Error;

use super::{COLUMNS, FORMULA, STATUSES, activity_name};
use crate::plan::{
    Activity, Actual, CommandError, Distance, Effort, Minutes, Pain, PainLog, Plan, PlanMeta, Run, RunWalk,
    Segment, Session, SessionId, SessionKind, Status, Terrain, Units,
};

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

/// Takes off the apostrophe writing puts before text a spreadsheet would run as a formula.
pub(super) fn restore(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA) => rest,
        _ => text,
    }
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
                    Activity::Bike,
                    Activity::Swim,
                    Activity::Elliptical,
                    Activity::AntiGravity { body_weight_pct: weight },
                    Activity::Other,
                ]
                .map(|a| (a, activity_name(a)));
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
        let status = self.pick("status", &STATUSES, Status::Planned)?;
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
    use super::{from_csv, parse_rows};

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
}
