//! `comeback merge BASE OURS THEIRS [-o OUT]`: both sides' changes since the common version,
//! in one plan; what both changed differently is recorded in it as conflicts to resolve.

use std::io::Write;
use std::path::Path;

use super::{CliError, EXIT_FINDINGS, EXIT_OK, Format, safe};
use crate::file;
use crate::plan::Plan;
use crate::text;

/// Merges `ours` and `theirs` from `base`, writing the plan to `output` (or to `out` when
/// `None`, with the report on standard error); exits 1 when conflicts are left.
pub(super) fn run(
    [base, ours, theirs]: [&Path; 3],
    output: Option<&Path>,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let load = |path: &Path| file::load(path);
    let (b, o, t) = (load(base)?, load(ours)?, load(theirs)?);
    let merged = crate::merge::merge(&b, &o, &t).map_err(|e| CliError::Merge(e.to_string()))?;
    let plan = merged.recorded(&o, &t);
    let conflicts = &merged.conflicts;
    match output {
        Some(path) => {
            write_plan(&plan, path)?;
            report(out, format, [base, ours, theirs], path, &plan)?;
        }
        None => {
            let text = file::to_text(&plan).map_err(|e| CliError::Merge(e.to_string()))?;
            out.write_all(text.as_bytes())?;
            let mut err = std::io::stderr();
            let mut escaped = safe::Escaped::new(&mut err);
            report(&mut escaped, format, [base, ours, theirs], Path::new("-"), &plan)?;
            escaped.finish()?;
        }
    }
    Ok(if conflicts.is_empty() && plan.conflicts.is_empty() { EXIT_OK } else { EXIT_FINDINGS })
}

/// Over `path` as it is, without backups: git hands a merge driver its own temporary file.
fn write_plan(plan: &Plan, path: &Path) -> Result<(), CliError> {
    let text = file::to_text(plan).map_err(|e| CliError::Merge(e.to_string()))?;
    file::write_without_backups(path, text.as_bytes())
        .map_err(|source| CliError::Save(file::SaveError::Io { path: path.to_owned(), source }))
}

fn report(
    out: &mut dyn Write,
    format: Format,
    [base, ours, theirs]: [&Path; 3],
    output: &Path,
    plan: &Plan,
) -> Result<(), CliError> {
    let open = &plan.conflicts;
    match format {
        Format::Text => {
            if open.is_empty() {
                writeln!(
                    out,
                    "merged {} and {} from {}: no conflicts",
                    ours.display(),
                    theirs.display(),
                    base.display()
                )?;
            } else {
                writeln!(
                    out,
                    "merged {} and {} from {}: {} to resolve (recorded in {}; open it in Comeback)",
                    ours.display(),
                    theirs.display(),
                    base.display(),
                    text::counted(open.len(), "conflict"),
                    output.display()
                )?;
                for conflict in open {
                    writeln!(out, "  ! {}", conflict.describe())?;
                }
            }
        }
        Format::Json => {
            let conflicts: Vec<serde_json::Value> = open
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "what": c.what,
                        "mine": c.ours.words,
                        "theirs": c.theirs.words,
                    })
                })
                .collect();
            let report = serde_json::json!({
                "base": base.display().to_string(),
                "mine": ours.display().to_string(),
                "theirs": theirs.display().to_string(),
                "output": output.display().to_string(),
                "conflicts": conflicts,
            });
            writeln!(out, "{report:#}")?;
        }
    }
    Ok(())
}
