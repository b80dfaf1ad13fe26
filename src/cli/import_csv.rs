//! `comeback import-csv FILE -o PLAN`: a spreadsheet of sessions becomes a plan file.

use std::path::Path;

use super::{CliError, EXIT_OK};
use crate::export::csv::from_csv;
use crate::file;

/// Reads the CSV at `input` into a plan and saves it at `output`.
pub(super) fn run(input: &Path, output: &Path) -> Result<u8, CliError> {
    let text = std::fs::read_to_string(input)
        .map_err(|source| CliError::Read { path: input.to_path_buf(), source })?;
    let title = input.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let plan =
        from_csv(&text, &title).map_err(|source| CliError::Csv { path: input.to_path_buf(), source })?;
    file::save(&plan, output)?;
    Ok(EXIT_OK)
}
