//! `comeback validate FOLDER`: a coach's athletes, most attention first, as a table or JSON.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, Format, safe};
use crate::folder::Attention;
use crate::t;

/// Lists a folder's plans, most attention first; exits 2 when one cannot be read, 1 when one
/// has errors.
pub(super) fn run(dir: &Path, today: NaiveDate, format: Format, out: &mut dyn Write) -> Result<u8, CliError> {
    let athletes = crate::folder::overview(dir, today)
        .map_err(|source| CliError::Folder { path: dir.to_path_buf(), source })?;
    let code = if athletes.iter().any(|a| a.error.is_some()) {
        EXIT_UNREADABLE
    } else if athletes.iter().any(|a| a.errors > 0) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    };
    match format {
        Format::Json => {
            let report = serde_json::json!({
                "folder": dir.display().to_string(),
                "today": today,
                "athletes": athletes,
            });
            writeln!(out, "{}", safe::json(&report).map_err(std::io::Error::from)?)?;
        }
        Format::Text => {
            let n = athletes.len();
            let folder = dir.display().to_string();
            writeln!(
                out,
                "{}",
                t!("cli-folder-heading", n = n, folder = folder, day = crate::dates::day_year(today))
            )?;
            let rows: Vec<[String; 6]> = athletes
                .iter()
                .map(|a| {
                    let file =
                        a.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                    let changed =
                        a.changed.map(|t| format!("{} UTC", crate::dates::iso_minute(t))).unwrap_or_default();
                    let week = if a.error.is_some() {
                        String::new()
                    } else {
                        t!("cli-folder-week-done", done = a.done, planned = a.planned)
                    };
                    let findings = if a.error.is_some() {
                        String::new()
                    } else {
                        t!("cli-folder-findings", errors = a.errors, warnings = a.warnings)
                    };
                    [
                        a.name.clone(),
                        a.reason(),
                        week,
                        a.running.clone(),
                        findings,
                        format!("{changed}  {file}"),
                    ]
                })
                .collect();
            let header = [
                t!("cli-folder-athlete"),
                t!("cli-folder-needs"),
                t!("cli-folder-this-week"),
                t!("cli-folder-running"),
                t!("cli-folder-findings-column"),
                format!("{}  {}", t!("cli-folder-changed"), t!("cli-folder-file")),
            ];
            let widths: Vec<usize> = (0..6)
                .map(|i| {
                    rows.iter()
                        .chain([&header])
                        .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            for (row, athlete) in
                std::iter::once((&header, None)).chain(rows.iter().zip(athletes.iter().map(Some)))
            {
                let mark = match athlete.map(|a| a.attention) {
                    None => " ",
                    Some(Attention::Unreadable | Attention::Urgent) => "✗",
                    Some(Attention::Check | Attention::Unlogged) => "!",
                    Some(Attention::Fine) => "✓",
                };
                let cells: Vec<String> = row
                    .iter()
                    .zip(&widths)
                    .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                    .collect();
                writeln!(out, "{mark} {}", cells.join("  ").trim_end())?;
            }
            for a in athletes.iter().filter_map(|a| a.error.as_ref()) {
                writeln!(out, "\n✗ {a}")?;
            }
        }
    }
    Ok(code)
}
