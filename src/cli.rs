//! The headless command line: `comeback validate`, and the argument parsing `main` uses.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::file;
use crate::plan::Plan;
use crate::rules::{self, Finding};

/// Plan a comeback to running: a calendar that checks the plan against the method.
#[derive(Debug, Parser)]
#[command(name = "comeback", version, about)]
pub struct Cli {
    /// A plan file to open in the app.
    pub file: Option<PathBuf>,
    /// Run a command instead of the app.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check plan files against the method and print what was found.
    ///
    /// Exit code: 0 when no plan has errors, 1 when a plan has errors, 2 when a file
    /// cannot be read or parsed.
    Validate {
        /// Plan files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Findings grouped by week, for people.
    Text,
    /// One JSON document, for scripts (schema in docs/cli.md).
    Json,
}

/// Exit code when every plan is free of errors.
pub const EXIT_OK: u8 = 0;
/// Exit code when a plan has errors.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code when a file cannot be read or parsed.
pub const EXIT_UNREADABLE: u8 = 2;

/// Runs a headless command, writing to `out`; returns the exit code.
pub fn run(command: CliCommand, out: &mut dyn Write) -> std::io::Result<u8> {
    match command {
        CliCommand::Validate { files, format } => validate(&files, format, out),
    }
}

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
}

#[derive(Serialize)]
struct JsonError {
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

fn validate(files: &[PathBuf], format: Format, out: &mut dyn Write) -> std::io::Result<u8> {
    let loaded: Vec<(PathBuf, Result<Plan, file::LoadError>)> =
        files.iter().map(|p| (p.clone(), file::load(p))).collect();
    let checked: Vec<_> =
        loaded.iter().map(|(path, plan)| (path, plan.as_ref().map(|p| (p, rules::validate(p))))).collect();
    let mut code = EXIT_OK;
    for (_, result) in &checked {
        match result {
            Err(_) => code = EXIT_UNREADABLE,
            Ok((_, findings)) if code == EXIT_OK && rules::counts(findings).0 > 0 => code = EXIT_FINDINGS,
            Ok(_) => {}
        }
    }
    match format {
        Format::Text => {
            for (path, result) in &checked {
                match result {
                    Err(e) => writeln!(out, "✗ {e}")?,
                    Ok((plan, findings)) => write_text(out, path, plan, findings)?,
                }
            }
        }
        Format::Json => {
            let report = JsonReport {
                files: checked.iter().map(|(path, result)| json_file(path, result.as_ref())).collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)?;
        }
    }
    Ok(code)
}

fn json_file<'a>(
    path: &std::path::Path,
    result: Result<&'a (&'a Plan, Vec<Finding>), &&file::LoadError>,
) -> JsonFile<'a> {
    let ok = result.ok();
    let err = result.err();
    let findings = ok.map(|(_, f)| f.as_slice()).unwrap_or_default();
    let (errors, warnings, advice) = rules::counts(findings);
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
    }
}

fn write_text(
    out: &mut dyn Write,
    path: &std::path::Path,
    plan: &Plan,
    findings: &[Finding],
) -> std::io::Result<()> {
    let (errors, warnings, advice) = rules::counts(findings);
    let mark = if errors > 0 { "✗" } else { "✓" };
    writeln!(
        out,
        "{mark} {}: \"{}\": {errors} error{}, {warnings} warning{}, {advice} advice",
        path.display(),
        plan.meta.title,
        plural(errors),
        plural(warnings)
    )?;
    let mut week = None;
    for f in findings {
        let this_week = plan.meta.week_start.week_of(f.date);
        if week != Some(this_week) {
            writeln!(out, "\n  Week of {}", this_week.format("%a %-d %b %Y"))?;
            week = Some(this_week);
        }
        writeln!(
            out,
            "    {} {} {:<7} [{}] {}",
            f.date.format("%a %-d %b"),
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
