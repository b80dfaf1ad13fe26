//! `comeback validate FILE…`: each plan checked against the method, as text or JSON.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, Format, safe};
use crate::file;
use crate::plan::Plan;
use crate::rules::{self, Finding};
use crate::t;

#[derive(Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<JsonError>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    units: Option<&'static str>,
    errors: usize,
    warnings: usize,
    advice: usize,
    findings: &'a [Finding],
    /// Conflicts a merge left, each in words; each counts as an error.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    conflicts: Vec<String>,
}

#[derive(Serialize)]
struct JsonError {
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

/// Checks each plan and reports what was found; exits 2 when a file cannot be read, 1 when a
/// plan has errors. An unreadable file is part of the report, not an error of the command.
pub(super) fn run(
    files: &[PathBuf],
    today: chrono::NaiveDate,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let loaded: Vec<(PathBuf, Result<file::Loaded, file::LoadError>)> =
        files.iter().map(|p| (p.clone(), file::load_checked(p))).collect();
    let checked: Vec<_> = loaded
        .iter()
        .map(|(path, loaded)| {
            (path, loaded.as_ref().map(|l| (&l.plan, rules::validate(&l.plan), l.warning())))
        })
        .collect();
    let mut code = EXIT_OK;
    for (_, result) in &checked {
        match result {
            Err(_) => code = EXIT_UNREADABLE,
            Ok((_, findings, _)) if code == EXIT_OK && rules::counts(findings).0 > 0 => {
                code = EXIT_FINDINGS;
            }
            Ok(_) => {}
        }
    }
    match format {
        Format::Text => {
            for (path, result) in &checked {
                match result {
                    Err(e) => writeln!(out, "✗ {e}")?,
                    Ok((plan, findings, warning)) => {
                        if let Some(warning) = warning {
                            writeln!(out, "! {}: {warning}", path.display())?;
                        }
                        write_text(out, path, plan, findings, today)?;
                    }
                }
            }
        }
        Format::Json => {
            let report = JsonReport {
                files: checked
                    .iter()
                    .map(|(path, result)| {
                        json_file(path, result.as_ref().map(|(p, f, _)| (*p, f.as_slice())))
                    })
                    .collect(),
            };
            out.write_all(safe::json(&report).map_err(std::io::Error::from)?.as_bytes())?;
            writeln!(out)?;
        }
    }
    Ok(code)
}

fn json_file<'a>(path: &Path, result: Result<(&'a Plan, &'a [Finding]), &&file::LoadError>) -> JsonFile<'a> {
    let ok = result.ok();
    let err = result.err();
    let findings = ok.map(|(_, f)| f).unwrap_or_default();
    let (errors, warnings, advice) = rules::counts(findings);
    let conflicts = ok.map(|(plan, _)| plan.conflicts.iter().map(crate::plan::Conflict::describe).collect());
    JsonFile {
        path: path.display().to_string(),
        error: err.map(|e| JsonError {
            message: e.to_string(),
            line: e.position().map(|p| p.0),
            column: e.position().map(|p| p.1),
        }),
        title: ok.map(|(p, _)| p.meta.title.as_str()),
        units: ok.map(|(p, _)| p.meta.units.abbrev()),
        errors,
        warnings,
        advice,
        findings,
        conflicts: conflicts.unwrap_or_default(),
    }
}

/// The findings under their weeks; each day carries its year when the plan crosses one or is
/// not in the year of `today` ("Sat 2 Jan 2027" under the week of Mon 28 Dec 2026).
fn write_text(
    out: &mut dyn Write,
    path: &Path,
    plan: &Plan,
    findings: &[Finding],
    today: chrono::NaiveDate,
) -> std::io::Result<()> {
    let (errors, warnings, advice) = rules::counts(findings);
    let mark = if errors > 0 { "✗" } else { "✓" };
    let summary = t!(
        "cli-validate-summary",
        path = path.display().to_string(),
        title = plan.meta.title.as_str(),
        errors = errors,
        warnings = warnings,
        advice = advice
    );
    writeln!(out, "{mark} {summary}")?;
    let year = crate::text::needs_year(plan, today);
    let mut week = None;
    for f in findings {
        let this_week = plan.meta.week_start.week_of(f.date);
        if week != Some(this_week) {
            writeln!(out, "\n  {}", t!("cli-validate-week", week = crate::dates::day_year(this_week)))?;
            week = Some(this_week);
        }
        writeln!(
            out,
            "    {} {} {:<7} [{}] {}",
            crate::text::finding_day(f.date, year),
            f.severity.icon(),
            f.severity.word(),
            f.rule.id(),
            f.message
        )?;
        writeln!(out, "      → {}", f.suggestion)?;
    }
    if !findings.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}
