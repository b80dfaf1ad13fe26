//! `comeback merge BASE OURS THEIRS [-o OUT]`: both sides' changes since the common version,
//! in one plan; what both changed differently is recorded in it as conflicts to resolve.

use std::io::Write;
use std::path::Path;

use super::{CliError, EXIT_FINDINGS, EXIT_OK, Format, safe};
use crate::file;
use crate::merge::MergeError;
use crate::plan::Plan;
use crate::t;

/// Merges `ours` and `theirs` from `base`, writing the plan to `output` (or to `out` when
/// `None`, with the report on standard error); exits 1 when conflicts are left. `name` is what
/// the report calls the result (git's merge driver passes the file's path in the repository,
/// `%P`, since the output it names is git's temporary file).
pub(super) fn run(
    paths: [&Path; 3],
    output: Option<&Path>,
    name: Option<&str>,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let [base, ours, theirs] = paths;
    let load = |path: &Path| file::load(path);
    let (b, o, t) = (load(base)?, load(ours)?, load(theirs)?);
    let merged = crate::merge::merge(&b, &o, &t).map_err(|e| match e {
        MergeError::NotOnePlan { which: [first_at, second_at], first, second } => {
            let path = |at: usize| paths.get(at).map_or_else(String::new, |p| p.display().to_string());
            CliError::Merge(t!(
                "cli-merge-not-one-plan",
                first_path = path(first_at),
                first = first,
                second_path = path(second_at),
                second = second
            ))
        }
        other => CliError::Merge(other.to_string()),
    })?;
    let plan = merged.recorded(&o, &t).map_err(|e| CliError::Merge(e.to_string()))?;
    let conflicts = &merged.conflicts;
    match output {
        Some(path) => {
            let git = name.is_some() || is_gits_temporary(path);
            write_plan(&plan, path, !git)?;
            let shown = name.map_or_else(|| path.display().to_string(), str::to_owned);
            report(out, format, paths, name, &shown, &plan)?;
        }
        None => {
            let text = file::to_text(&plan).map_err(|e| CliError::Merge(e.to_string()))?;
            out.write_all(text.as_bytes())?;
            let mut err = std::io::stderr();
            let mut escaped = safe::Escaped::new(&mut err);
            let shown = name.map_or_else(|| t!("cli-merge-standard-output"), str::to_owned);
            report(&mut escaped, format, paths, name, &shown, &plan)?;
            escaped.finish()?;
        }
    }
    Ok(if conflicts.is_empty() && plan.conflicts.is_empty() { EXIT_OK } else { EXIT_FINDINGS })
}

/// Whether `path` is the temporary file git hands a merge driver (`.merge_file_XXXXXX`), which
/// must be written over as it is: a `.bak` beside it would be left in the repository.
fn is_gits_temporary(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(".merge_file_"))
}

/// Over `path`, keeping the earlier file as a backup as Save does unless `backups` is false.
fn write_plan(plan: &Plan, path: &Path, backups: bool) -> Result<(), CliError> {
    let text = file::to_text(plan).map_err(|e| CliError::Merge(e.to_string()))?;
    let written = if backups {
        file::write_atomic(path, text.as_bytes())
    } else {
        file::write_without_backups(path, text.as_bytes())
    };
    written.map_err(|source| CliError::Save(file::SaveError::Io { path: path.to_owned(), source }))
}

/// Writes what was merged; with `name` (git's driver), the three files are git's temporary
/// ones, so the report speaks of the plan by that name instead.
fn report(
    out: &mut dyn Write,
    format: Format,
    [base, ours, theirs]: [&Path; 3],
    name: Option<&str>,
    output: &str,
    plan: &Plan,
) -> Result<(), CliError> {
    let open = &plan.conflicts;
    match format {
        Format::Text => {
            let merged = match name {
                Some(name) => t!("cli-merge-named", name = name),
                None => t!(
                    "cli-merge-paths",
                    ours = ours.display().to_string(),
                    theirs = theirs.display().to_string(),
                    base = base.display().to_string()
                ),
            };
            writeln!(
                out,
                "{}",
                t!("cli-merge-result", merged = merged, conflicts = open.len(), output = output)
            )?;
            if !open.is_empty() {
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
                "output": output,
                "conflicts": conflicts,
            });
            writeln!(out, "{}", safe::json(&report).map_err(std::io::Error::from)?)?;
        }
    }
    Ok(())
}
