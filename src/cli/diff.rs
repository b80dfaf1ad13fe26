//! `comeback diff MINE THEIRS`: what their version of a plan adds, removes, moves and changes.

use std::io::Write;
use std::path::Path;

use super::{CliError, EXIT_FINDINGS, EXIT_OK, Format, safe};
use crate::file;
use crate::t;

/// Compares two versions of a plan; exits 1 when they differ.
pub(super) fn run(mine: &Path, theirs: &Path, format: Format, out: &mut dyn Write) -> Result<u8, CliError> {
    let (a, b) = match (file::load(mine), file::load(theirs)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(a), Err(b)) => return Err(CliError::LoadBoth(Box::new((a, b)))),
        (Err(e), _) | (_, Err(e)) => return Err(e.into()),
    };
    let differences = crate::diff::diff(&a, &b);
    match format {
        Format::Text => {
            let n = differences.len();
            let (mine, theirs) = (mine.display().to_string(), theirs.display().to_string());
            writeln!(out, "{}", t!("cli-diff-summary", n = n, mine = mine, theirs = theirs))?;
            for d in &differences {
                writeln!(out, "  {}", d.describe())?;
            }
        }
        Format::Json => {
            let report = serde_json::json!({
                "mine": mine.display().to_string(),
                "theirs": theirs.display().to_string(),
                "differences": differences,
            });
            writeln!(out, "{}", safe::json(&report).map_err(std::io::Error::from)?)?;
        }
    }
    Ok(if differences.is_empty() { EXIT_OK } else { EXIT_FINDINGS })
}
