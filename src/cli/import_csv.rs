//! `comeback import-csv FILE -o PLAN`: a spreadsheet of sessions becomes a plan file.

use std::io::Write;
use std::path::Path;

use super::{CliError, EXIT_OK};
use crate::export::csv::import;
use crate::file;
use crate::plan::PlanId;

/// Reads the CSV at `input` into a new plan and saves it at `output`; prints what the reading
/// guessed or left out (the encoding, columns it does not know, control characters).
pub(super) fn run(input: &Path, output: &Path, out: &mut dyn Write) -> Result<u8, CliError> {
    let bytes =
        std::fs::read(input).map_err(|source| CliError::Read { path: input.to_path_buf(), source })?;
    let title = input.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let imported = import(&bytes, &title, PlanId::random())
        .map_err(|source| CliError::Csv { path: input.to_path_buf(), source })?;
    file::save(&imported.plan, output)?;
    for warning in &imported.warnings {
        writeln!(out, "{}: {warning}", input.display())?;
    }
    let path = output.display().to_string();
    writeln!(
        out,
        "{}",
        crate::t!("cli-import-wrote", path = path, sessions = imported.plan.sessions().len())
    )?;
    Ok(EXIT_OK)
}
