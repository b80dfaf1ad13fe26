//! `comeback export FILE --to FORMAT`: PDF, PNG, ICS or CSV, to a file or standard output;
//! or FIT workouts for a watch, one file each, into a folder.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{CliError, EXIT_OK, load_range};
use crate::export::{self, Format};
use crate::{file, watch};

/// Writes the plan in `to`'s format to `output`, or to `out` when there is one file.
pub(super) fn run(
    path: &Path,
    to: Format,
    output: Option<&Path>,
    dates: (Option<NaiveDate>, Option<NaiveDate>),
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let (plan, range) = load_range(path, dates)?;
    // DTSTAMP is the plan file's last change, so exporting an unchanged file twice gives the
    // same bytes.
    let changed = file::modified_utc(path).unwrap_or_default();
    let files = export::render(&plan, to, range, changed)
        .map_err(|source| CliError::Render { path: path.to_path_buf(), source })?;
    // `-o -` is standard output, as the usage line promises for every command that writes.
    let output = output.filter(|o| *o != Path::new("-"));
    match (output, files.as_slice()) {
        (Some(target), _) => {
            export::write(&files, target).map_err(CliError::Write)?;
        }
        (None, [one]) => out.write_all(one)?,
        (None, _) => return Err(CliError::ManyImages(files.len())),
    }
    Ok(EXIT_OK)
}

/// Writes a FIT workout per planned run, run/walk and walk between the dates into the folder
/// `output`, and lists the files written, one a line.
pub(super) fn workouts(
    path: &Path,
    output: Option<&Path>,
    (from, until): (Option<NaiveDate>, Option<NaiveDate>),
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let dir = output.ok_or(CliError::WorkoutsNeedFolder)?;
    // Checks the file and the dates as the other formats do.
    let (plan, _) = load_range(path, (from, until))?;
    // Each file's creation time is the plan file's last change, so exporting an unchanged
    // plan twice gives the same bytes.
    let created = file::modified_utc(path).unwrap_or_default();
    let written = watch::export_workouts(&plan, from, until, dir, created)?;
    if written.is_empty() {
        writeln!(out, "{}", crate::t!("cli-export-no-workouts"))?;
    }
    for file in &written {
        writeln!(out, "{}", file.display())?;
    }
    Ok(EXIT_OK)
}
