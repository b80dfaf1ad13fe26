//! Reading CSV: a spreadsheet with the columns [`super::to_csv`] writes, in any order, becomes
//! a plan, or an error naming the row and column that is wrong.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use thiserror::Error;

use super::{COLUMNS, FORMULA, STATUSES, activity_name, effort_name, terrain_name};
use crate::plan::{
    Activity, Actual, CommandError, Distance, Effort, Minutes, Pain, PainLog, Plan, PlanId, PlanMeta, Run,
    RunWalk, Segment, Session, SessionId, SessionKind, Status, Terrain, Units,
};
use crate::t;

/// Why a CSV file could not become a plan.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{}", self.describe())]
pub struct CsvError {
    /// 1-based row in the file, as a spreadsheet numbers it (the header is row 1).
    pub row: usize,
    /// 1-based column; 0 when the problem is not in one column.
    pub column: usize,
    /// The column's name; empty when the problem is not in one column.
    pub name: String,
    /// What was wrong and what was expected.
    pub message: String,
}

impl CsvError {
    fn describe(&self) -> String {
        if self.name.is_empty() {
            t!("csv-error-row", row = self.row, message = &self.message)
        } else if self.column == 0 {
            t!("csv-error-column-missing", row = self.row, name = &self.name, message = &self.message)
        } else {
            t!(
                "csv-error-column",
                row = self.row,
                column = self.column,
                name = &self.name,
                message = &self.message
            )
        }
    }

    fn file(row: usize, message: impl Into<String>) -> Self {
        Self { row, column: 0, name: String::new(), message: message.into() }
    }
}

/// A spreadsheet read into a plan, and what the user should hear about the reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The plan.
    pub plan: Plan,
    /// What was guessed, ignored or taken out, one sentence each.
    pub warnings: Vec<String>,
}

/// Takes off the apostrophe writing puts before text a spreadsheet would run as a formula, or
/// before text that itself starts with an apostrophe (so `'=already quoted`, typed by the user,
/// comes back as typed).
pub(super) fn restore(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA) || rest.starts_with('\'') => rest,
        _ => text,
    }
}

/// The text of a spreadsheet's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with
/// one, or else Windows-1252, which Excel and LibreOffice write by default on Western systems.
/// The second value says when the encoding was guessed.
fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default());
        return (text.into_owned(), None);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Some(t!("csv-not-utf8")))
        }
    }
}

/// The delimiter of the header row: `,`, `;` (European Excel and LibreOffice) or tab, the one
/// used most, a comma when none is.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    [(b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .filter(|(_, n)| *n > count(','))
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(d, _)| d)
}

/// Splits CSV text into rows of cells; rows may be shorter or longer than the header.
fn parse_rows(text: &str, delimiter: u8) -> Result<Vec<Vec<String>>, CsvError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record
            .map_err(|e| CsvError::file(rows.len() + 1, t!("csv-unreadable", error = e.to_string())))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

/// Whether a header is Strava's `activities.csv` (recorded activities, not a plan).
fn is_strava(header: &[String]) -> bool {
    ["Activity ID", "Activity Date", "Activity Type"]
        .iter()
        .all(|name| header.iter().any(|h| h.trim() == *name))
}

/// Reads a CSV written by [`to_csv`] (or a spreadsheet with the same columns, in any order)
/// into a plan titled `title`, starting on its first session's day.
pub fn from_csv(text: &str, title: &str) -> Result<Plan, CsvError> {
    import(text.as_bytes(), title, PlanId::default()).map(|imported| imported.plan)
}

/// Reads a spreadsheet's bytes into a new plan titled `title` with the id `id`: any encoding
/// [`decode`] knows, any delimiter [`delimiter`] finds, the columns [`to_csv`] writes in any
/// order. Says what it guessed and what it left out.
pub fn import(bytes: &[u8], title: &str, id: PlanId) -> Result<Imported, CsvError> {
    let (text, encoding) = decode(bytes);
    let mut warnings: Vec<String> = encoding.into_iter().collect();
    let delimiter = delimiter(&text);
    let rows = parse_rows(&text, delimiter)?;
    let Some((header, body)) = rows.split_first() else {
        return Err(CsvError::file(1, t!("csv-empty")));
    };
    if is_strava(header) {
        return Err(CsvError::file(1, t!("csv-strava")));
    }
    let units = header
        .iter()
        .find_map(|h| match h.trim() {
            "distance_mi" => Some(Units::Miles),
            "distance_km" => Some(Units::Km),
            _ => None,
        })
        .ok_or_else(|| {
            let columns = COLUMNS.join(", ").replace("distance", &t!("csv-distance-columns"));
            CsvError::file(1, t!("csv-no-distance", header = header.join(", "), columns = columns))
        })?;
    let index: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|c| {
            header.iter().position(|h| {
                let h = h.trim();
                h == *c || (*c == "distance" && (h == "distance_mi" || h == "distance_km"))
            })
        })
        .collect();
    let ignored: Vec<&str> = header
        .iter()
        .enumerate()
        .filter(|(i, h)| !index.contains(&Some(*i)) && !h.trim().is_empty())
        .map(|(_, h)| h.trim())
        .collect();
    if !ignored.is_empty() {
        warnings.push(t!(
            "csv-ignored",
            n = ignored.len(),
            names = ignored.join(", "),
            columns = COLUMNS.join(", ")
        ));
    }
    let mut sessions = Vec::new();
    let mut rows_of: BTreeMap<SessionId, usize> = BTreeMap::new();
    for (n, cells) in body.iter().enumerate() {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Spreadsheets that separate cells with semicolons write decimals with a comma, and so
        // do European ones saving "Unicode text" (tabs); with either, a comma in a number can
        // be nothing else.
        let decimal_comma = matches!(delimiter, b';' | b'\t');
        let reader = Row { cells, index: &index, row: n + 2, units, decimal_comma };
        let session = reader.session()?;
        if let Some(first) = rows_of.insert(session.id, reader.row) {
            return Err(reader.error("id", t!("csv-id-again", id = session.id.0, first = first)));
        }
        sessions.push(session);
    }
    if sessions.is_empty() {
        return Err(CsvError::file(2, t!("csv-no-sessions")));
    }
    let start = sessions.iter().map(|s| s.date).min().unwrap_or_default();
    let meta = PlanMeta { title: title.to_owned(), start, units, ..PlanMeta::default() };
    let mut plan = Plan::try_from((meta, Default::default(), sessions)).map_err(|e| {
        // Rows are checked one by one above, ids too; this is what is left.
        let message = match e {
            CommandError::DuplicateId(id) => t!("csv-id-twice", id = id.0),
            other => other.to_string(),
        };
        CsvError::file(1, message)
    })?;
    plan.id = id;
    let removed = plan.strip_controls();
    if removed > 0 {
        warnings.push(t!("csv-controls-removed", n = removed));
    }
    Ok(Imported { plan, warnings })
}

struct Row<'a> {
    cells: &'a [String],
    index: &'a [Option<usize>],
    row: usize,
    units: Units,
    decimal_comma: bool,
}

impl Row<'_> {
    fn error(&self, name: &str, message: String) -> CsvError {
        let column = COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| self.index.get(i).copied().flatten())
            .map_or(0, |i| i + 1);
        let name =
            if name == "distance" { format!("distance_{}", self.units.abbrev()) } else { name.to_owned() };
        CsvError { row: self.row, column, name, message }
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
        let point = if self.decimal_comma { text.replacen(',', ".", 1) } else { text.to_owned() };
        let value: f64 = point.parse().map_err(|_| self.error(name, t!("csv-not-number", text = text)))?;
        if !value.is_finite() || !(0.0..=crate::plan::MAX_AMOUNT).contains(&value) {
            return Err(self.error(name, t!("csv-out-of-range", text = text, max = crate::plan::MAX_AMOUNT)));
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
                T::try_from(v as u64).map_err(|_| self.error(name, t!("csv-too-large", value = v)))
            }
            Some(v) => Err(self.error(name, t!("csv-not-whole", value = v))),
        }
    }

    fn pick<T: Copy>(&self, name: &str, options: &[(T, &str)], default: T) -> Result<T, CsvError> {
        let text = self.text(name).to_lowercase();
        if text.is_empty() {
            return Ok(default);
        }
        options.iter().find(|(_, label)| *label == text).map(|(v, _)| *v).ok_or_else(|| {
            let names: Vec<&str> = options.iter().map(|(_, l)| *l).collect();
            self.error(name, t!("csv-not-one-of", text = &text, options = names.join(", ")))
        })
    }

    fn segment(&self, value: &str, unit: &str) -> Result<Segment, CsvError> {
        let amount = self.number(value)?.ok_or_else(|| self.error(value, t!("csv-run-walk-amount")))?;
        match self.text(unit) {
            "min" | "" => Ok(Segment::Minutes(Minutes::new(amount).unwrap_or_default())),
            u if u == self.units.abbrev() => Ok(Segment::Distance(Distance::new(amount).unwrap_or_default())),
            other => Err(self.error(unit, t!("csv-not-unit", text = other, unit = self.units.abbrev()))),
        }
    }

    fn session(&self) -> Result<Session, CsvError> {
        let id = self.whole::<u32>("id", 0)?;
        if id == 0 {
            return Err(self.error("id", t!("csv-id-needed")));
        }
        let date_text = self.text("date");
        let date = NaiveDate::parse_from_str(date_text, crate::dates::ISO_DAY)
            .map_err(|_| self.error("date", t!("csv-not-date", text = date_text)))?;
        crate::plan::within_dates([date]).map_err(|e| self.error("date", e.to_string()))?;
        let efforts = Effort::ALL.map(|e| (e, effort_name(e)));
        let terrains = Terrain::ALL.map(|t| (t, terrain_name(t)));
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
                    t!(
                        "csv-not-one-of",
                        text = other,
                        options = "run, run/walk, walk, cross, strength, rest"
                    ),
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
                Pain::new(v).ok_or_else(|| self.error(name, t!("csv-not-pain", value = v)))
            };
            let sharp = self.pick("sharp", &[(true, "yes"), (false, "no")], false)?;
            Some(PainLog {
                during: score("pain_during")?,
                next_day: score("pain_next_day")?,
                sharp,
                ..PainLog::default()
            })
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
        let rows = parse_rows("a,\"b,\"\"c\"\"\nd\",e\r\n1,2,3", b',').unwrap();
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

    /// A German or Spanish coach reads why a spreadsheet was refused in their language; the
    /// column's name and the values the file may hold stay as the file writes them.
    #[test]
    fn errors_are_said_in_the_readers_language_with_the_files_own_names() {
        use crate::i18n::{Lang, in_lang};
        let csv = "id,date,kind,distance_mi\r\n1,2026-11-16,run,2\r\n2,2026-11-17,swimrun,1\r\n";
        let rows = [
            (Lang::De, "Zeile 3, Spalte 3 (kind): „swimrun“ ist keiner dieser Werte: run, run/walk,"),
            (Lang::Es, "fila 3, columna 3 (kind): «swimrun» no es ninguno de: run, run/walk,"),
        ];
        for (lang, expected) in rows {
            let message = in_lang(lang, || from_csv(csv, "t").unwrap_err().to_string());
            assert!(message.starts_with(expected), "{}: {message}", lang.code());
        }
        let half = "id,date,kind,distance_km\r\n1,2026-11-16,run,2.5\r\n";
        let csv = half.replace("distance_km", "distance_km,pain_during").replace("2.5", "2.5,1.5");
        let message = in_lang(Lang::De, || from_csv(&csv, "t").unwrap_err().to_string());
        assert!(message.contains("1,5 ist keine ganze Zahl"), "{message}");
    }
}
