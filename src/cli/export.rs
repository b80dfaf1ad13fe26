//! `comeback export FILE --to FORMAT`: PDF, PNG, ICS or CSV, to a file or standard output.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{CliError, EXIT_OK, load_range};
use crate::export::{self, Format};
use crate::file;

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
    match (output, files.as_slice()) {
        (Some(target), _) => {
            export::write(&files, target).map_err(CliError::Write)?;
        }
        (None, [one]) => out.write_all(one)?,
        (None, _) => return Err(CliError::ManyImages(files.len())),
    }
    Ok(EXIT_OK)
}
