//! `comeback print FILE`: the plan's PDF handed to the system's PDF viewer to print from.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{CliError, EXIT_OK, load_range};
use crate::file;
use crate::print::{self, Printed};

/// Writes the plan's PDF and opens it in the system viewer; exits 0 once the viewer has it.
pub(super) fn run(
    path: &Path,
    dates: (Option<NaiveDate>, Option<NaiveDate>),
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let (plan, range) = load_range(path, dates)?;
    let name = path.file_stem().map_or_else(|| "plan".into(), |s| s.to_string_lossy());
    // The PDF's creation date is the plan file's last change, as an export's is.
    let changed = file::modified_utc(path).unwrap_or_default();
    let printed = print::print(&plan, range, changed, &name, &print::print_dir(), print::system_viewer)
        .map_err(|source| CliError::Print { path: path.to_path_buf(), source })?;
    match printed {
        Printed::Opened(_) => {
            writeln!(out, "{}", printed.message())?;
            Ok(EXIT_OK)
        }
        not_opened @ Printed::NotOpened { .. } => Err(CliError::NotOpened(not_opened)),
    }
}
