//! Exports: pure functions of a plan, deterministic (the same plan gives the same bytes).

pub mod csv;
pub mod ics;
pub mod layout;
pub mod pdf;
pub mod png;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use thiserror::Error;

use crate::plan::{Plan, Session};

/// Why an export was not made or not written.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    /// The calendar could not be made (no sessions in the days asked for).
    #[error(transparent)]
    Ics(#[from] ics::IcsError),
    /// The images could not be made.
    #[error(transparent)]
    Png(#[from] png::PngError),
    /// A file could not be written.
    #[error("{}", crate::t!("paper-error-write", path = .path.display().to_string(), error = .source.to_string()))]
    Write {
        /// The export file being written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// The days an export covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl DateRange {
    /// The whole plan: its start (or first session) to its last session.
    pub fn whole(plan: &Plan) -> Self {
        let first = plan.sessions().first().map_or(plan.meta.start, |s| s.date.min(plan.meta.start));
        Self { from: first, to: plan.last_date() }
    }

    /// Whether `date` is in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.from..=self.to).contains(&date)
    }

    /// The plan's sessions in the range.
    pub fn sessions<'a>(&self, plan: &'a Plan) -> impl Iterator<Item = &'a Session> {
        plan.sessions().iter().filter(move |s| self.contains(s.date))
    }
}

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Printable pages: a month per page, then the findings.
    Pdf,
    /// The same pages as images, one per page.
    Png,
    /// iCalendar: one all-day event per session.
    Ics,
    /// One row per session, every field.
    Csv,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 4] = [Format::Pdf, Format::Png, Format::Ics, Format::Csv];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
            Format::Ics => "ics",
            Format::Csv => "csv",
        }
    }

    /// What people call it.
    pub fn label(self) -> String {
        match self {
            Format::Pdf => crate::t!("paper-format-pdf"),
            Format::Png => crate::t!("paper-format-png"),
            Format::Ics => crate::t!("paper-format-ics"),
            Format::Csv => crate::t!("paper-format-csv"),
        }
    }
}

/// The files an export of `plan` makes: one, except PNG, which makes one image per page.
/// `changed` is the plan's last change (the ICS DTSTAMP, the PDF's creation date), so unchanged
/// plans export identically.
pub fn render(
    plan: &Plan,
    format: Format,
    range: DateRange,
    changed: NaiveDateTime,
) -> Result<Vec<Vec<u8>>, ExportError> {
    Ok(match format {
        Format::Pdf => vec![pdf::to_pdf(plan, range, changed)?],
        Format::Png => png::to_png(plan, range)?,
        Format::Ics => vec![ics::to_ics(plan, range, changed)?.into_bytes()],
        Format::Csv => vec![csv::to_csv(plan, range).into_bytes()],
    })
}

/// Where each of `count` files goes: `target` itself when there is one, else `NAME-1.png`,
/// `NAME-2.png`, … beside it.
pub fn targets(target: &Path, count: usize) -> Vec<PathBuf> {
    if count == 1 {
        return vec![target.to_path_buf()];
    }
    let stem = target.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let extension = target.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (1..=count).map(|i| target.with_file_name(format!("{stem}-{i}{extension}"))).collect()
}

/// Writes the files of an export to `target` (see [`targets`]); returns the paths written.
///
/// Its error is [`render`]'s, so the two chain: `render(…).and_then(|f| write(&f, target))`.
pub fn write(files: &[Vec<u8>], target: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let paths = targets(target, files.len());
    for (bytes, path) in files.iter().zip(&paths) {
        std::fs::write(path, bytes).map_err(|source| ExportError::Write { path: path.clone(), source })?;
    }
    Ok(paths)
}
