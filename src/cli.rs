//! The headless command line: `comeback validate`, `diff`, `export`, `print`, `import-csv`, and the argument
//! parsing `main` uses.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::export::{self, DateRange};
use crate::file;
use crate::plan::Plan;
use crate::rules::{self, Finding};

/// Plan a comeback to running: a calendar that checks the plan against the method.
#[derive(Debug, Parser)]
#[command(name = "comeback", version, about)]
pub struct Cli {
    /// A plan file to open in the app.
    pub file: Option<PathBuf>,
    /// Open the app comparing the plan with this other version of it (File → Compare with…).
    #[arg(long, value_name = "OTHER")]
    pub compare: Option<PathBuf>,
    /// Run a command instead of the app.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check plan files against the method and print what was found; given one folder, list
    /// its athletes' plans, most attention first (pain, errors, warnings, nothing logged).
    ///
    /// Exit code: 0 when no plan has errors, 1 when a plan has errors, 2 when a file
    /// cannot be read or parsed.
    Validate {
        /// Plan files (.ron), or one folder of them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// For a folder: the day whose week is shown (YYYY-MM-DD); today when left out.
        #[arg(long)]
        today: Option<NaiveDate>,
    },
    /// Compare two versions of a plan: what theirs adds, removes, moves and changes.
    ///
    /// Sessions are matched by id. Exit code: 0 when the plans are the same, 1 when they differ,
    /// 2 when a file cannot be read.
    Diff {
        /// My version (.ron).
        mine: PathBuf,
        /// Their version (.ron).
        theirs: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Export a plan for printing (PDF), messages (PNG), calendars (ICS) or spreadsheets (CSV).
    ///
    /// Exit code: 0 when written, 2 when the plan cannot be read or the output cannot be written.
    Export {
        /// The plan file (.ron).
        file: PathBuf,
        /// What to write.
        #[arg(long = "to", value_enum)]
        to: export::Format,
        /// Where to write; standard output when left out.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// First day to export (YYYY-MM-DD); the plan's first day when left out.
        #[arg(long)]
        from: Option<NaiveDate>,
        /// Last day to export (YYYY-MM-DD); the plan's last day when left out.
        #[arg(long)]
        until: Option<NaiveDate>,
    },
    /// Print a plan: write its PDF to a temporary file and open it in the system's PDF viewer,
    /// whose print dialog prints it.
    ///
    /// Exit code: 0 when the viewer was opened, 2 when the plan cannot be read or no viewer could
    /// be opened (the PDF's path is printed either way).
    Print {
        /// The plan file (.ron).
        file: PathBuf,
        /// First day to print (YYYY-MM-DD); the plan's first day when left out.
        #[arg(long)]
        from: Option<NaiveDate>,
        /// Last day to print (YYYY-MM-DD); the plan's last day when left out.
        #[arg(long)]
        until: Option<NaiveDate>,
    },
    /// Write a plan made from the method: a walk/run ladder on alternate days with down weeks,
    /// within the caps, that the validator finds nothing wrong with.
    ///
    /// Exit code: 0 when written, 2 when the answers are impossible or the file cannot be
    /// written (an existing file is not replaced).
    New {
        /// The plan file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// First day (YYYY-MM-DD); today when left out.
        #[arg(long)]
        start: Option<NaiveDate>,
        /// Units of the distances below and of the plan.
        #[arg(long, value_enum, default_value_t = UnitsArg::Mi)]
        units: UnitsArg,
        /// Weekly running distance that is comfortable now; 0 for not running yet.
        #[arg(long, default_value_t = 0.0)]
        current: f64,
        /// The run distance at which the injury flares; runs are capped at 80 % of it.
        #[arg(long)]
        flare: Option<f64>,
        /// Weekly running distance not to exceed.
        #[arg(long)]
        cap: Option<f64>,
        /// Days available, e.g. mon,wed,fri,sat (all when left out).
        #[arg(long, value_enum, value_delimiter = ',')]
        days: Vec<DayArg>,
        /// Full weeks to plan.
        #[arg(long, default_value_t = 12)]
        weeks: u32,
        /// First day of the week.
        #[arg(long, value_enum, default_value_t = DayArg::Mon)]
        week_start: DayArg,
    },
    /// Turn a CSV of sessions (the columns `export --to csv` writes) into a plan file.
    ///
    /// Exit code: 0 when written, 2 when the CSV has an error (its row and column are printed).
    ImportCsv {
        /// The CSV file.
        input: PathBuf,
        /// The plan file to write.
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// Units on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum UnitsArg {
    /// Miles.
    Mi,
    /// Kilometres.
    Km,
}

/// Days of the week on the command line, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
#[expect(missing_docs, reason = "the names are the days")]
pub enum DayArg {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
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
        CliCommand::Validate { files, format, today } => match files.as_slice() {
            [dir] if dir.is_dir() => {
                folder(dir, today.unwrap_or_else(|| chrono::Local::now().date_naive()), format, out)
            }
            _ => validate(&files, format, out),
        },
        CliCommand::Export { file, to, output, from, until } => {
            export(&file, to, output.as_deref(), (from, until), out)
        }
        CliCommand::Print { file, from, until } => print(&file, (from, until), out),
        CliCommand::Diff { mine, theirs, format } => diff(&mine, &theirs, format, out),
        CliCommand::ImportCsv { input, output } => import_csv(&input, &output),
        CliCommand::New { output, start, units, current, flare, cap, days, weeks, week_start } => {
            let mut available = [days.is_empty(); 7];
            for day in days {
                if let Some(flag) = available.get_mut(day as usize) {
                    *flag = true;
                }
            }
            let input = crate::generate::MethodInput {
                start: start.unwrap_or_else(|| chrono::Local::now().date_naive()),
                units: if units == UnitsArg::Km { crate::plan::Units::Km } else { crate::plan::Units::Miles },
                week_start: if week_start == DayArg::Sun {
                    crate::plan::WeekStart::Sunday
                } else {
                    crate::plan::WeekStart::Monday
                },
                current_weekly: current,
                flare_distance: flare,
                weekly_cap: cap,
                days: available,
                weeks,
            };
            new_plan(&input, &output, out)
        }
    }
}

fn diff(mine: &Path, theirs: &Path, format: Format, out: &mut dyn Write) -> std::io::Result<u8> {
    let (a, b) = match (file::load(mine), file::load(theirs)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for e in [a.err(), b.err()].into_iter().flatten() {
                eprintln!("comeback: {e}");
            }
            return Ok(EXIT_UNREADABLE);
        }
    };
    let differences = crate::diff::diff(&a, &b);
    match format {
        Format::Text => {
            let n = differences.len();
            writeln!(out, "{n} difference{} from {} to {}", plural(n), mine.display(), theirs.display())?;
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
            writeln!(out, "{report:#}")?;
        }
    }
    Ok(if differences.is_empty() { EXIT_OK } else { EXIT_FINDINGS })
}

fn folder(dir: &Path, today: NaiveDate, format: Format, out: &mut dyn Write) -> std::io::Result<u8> {
    let athletes = match crate::folder::overview(dir, today) {
        Ok(athletes) => athletes,
        Err(e) => {
            eprintln!("comeback: {}: cannot list the folder: {e}", dir.display());
            return Ok(EXIT_UNREADABLE);
        }
    };
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
            writeln!(out, "{report:#}")?;
        }
        Format::Text => {
            let n = athletes.len();
            writeln!(
                out,
                "{n} plan{} in {} on {}, most attention first",
                plural(n),
                dir.display(),
                today.format("%a %-d %b %Y")
            )?;
            let rows: Vec<[String; 6]> = athletes
                .iter()
                .map(|a| {
                    let file =
                        a.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                    let changed =
                        a.changed.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default();
                    let week = if a.error.is_some() {
                        String::new()
                    } else {
                        format!("{}/{} done", a.done, a.planned)
                    };
                    let findings = if a.error.is_some() {
                        String::new()
                    } else {
                        format!(
                            "{} error{}, {} warning{}",
                            a.errors,
                            plural(a.errors),
                            a.warnings,
                            plural(a.warnings)
                        )
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
            let header =
                ["Athlete", "Needs", "This week", "Running", "Findings", "Changed  File"].map(str::to_owned);
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
                    Some(crate::folder::Attention::Unreadable | crate::folder::Attention::Urgent) => "✗",
                    Some(crate::folder::Attention::Check | crate::folder::Attention::Unlogged) => "!",
                    Some(crate::folder::Attention::Fine) => "✓",
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

/// The plan at `path` and the days to export, or the exit code after saying why not.
fn load_range(
    path: &Path,
    (from, until): (Option<NaiveDate>, Option<NaiveDate>),
) -> Result<(Plan, DateRange), u8> {
    let plan = file::load(path).map_err(|e| {
        eprintln!("comeback: {e}");
        EXIT_UNREADABLE
    })?;
    let whole = DateRange::whole(&plan);
    let range = DateRange { from: from.unwrap_or(whole.from), to: until.unwrap_or(whole.to) };
    if range.from > range.to {
        eprintln!("comeback: --from {} is after --until {}", range.from, range.to);
        return Err(EXIT_UNREADABLE);
    }
    Ok((plan, range))
}

fn print(
    path: &Path,
    dates: (Option<NaiveDate>, Option<NaiveDate>),
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let (plan, range) = match load_range(path, dates) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let name = path.file_stem().map_or_else(|| "plan".into(), |s| s.to_string_lossy());
    match crate::print::print(&plan, range, &name, &crate::print::print_dir(), crate::print::system_viewer) {
        Ok(printed @ crate::print::Printed::Opened(_)) => {
            writeln!(out, "{}", printed.message())?;
            Ok(EXIT_OK)
        }
        Ok(printed) => {
            eprintln!("comeback: {}", printed.message());
            Ok(EXIT_UNREADABLE)
        }
        Err(e) => {
            eprintln!("comeback: {}: cannot print: {e}", path.display());
            Ok(EXIT_UNREADABLE)
        }
    }
}

fn export(
    path: &Path,
    to: export::Format,
    output: Option<&Path>,
    dates: (Option<NaiveDate>, Option<NaiveDate>),
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let (plan, range) = match load_range(path, dates) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    // DTSTAMP is the plan file's last change, so exporting an unchanged file twice gives the
    // same bytes.
    let changed = file::modified_utc(path).unwrap_or_default();
    let files = match export::render(&plan, to, range, changed) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("comeback: {}: cannot export: {e}", path.display());
            return Ok(EXIT_UNREADABLE);
        }
    };
    match (output, files.as_slice()) {
        (Some(target), _) => {
            if let Err(e) = export::write(&files, target) {
                eprintln!("comeback: cannot write {e}");
                return Ok(EXIT_UNREADABLE);
            }
        }
        (None, [one]) => out.write_all(one)?,
        (None, _) => {
            eprintln!(
                "comeback: the export has {} images, one per page: name a file with -o (they are numbered), or pick one month with --from and --until",
                files.len()
            );
            return Ok(EXIT_UNREADABLE);
        }
    }
    Ok(EXIT_OK)
}

fn new_plan(input: &crate::generate::MethodInput, output: &Path, out: &mut dyn Write) -> std::io::Result<u8> {
    if output.exists() {
        eprintln!("comeback: {} already exists; choose another name (nothing was written)", output.display());
        return Ok(EXIT_UNREADABLE);
    }
    let plan = match crate::generate::generate(input) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("comeback: {e}");
            return Ok(EXIT_UNREADABLE);
        }
    };
    if let Err(e) = file::save(&plan, output) {
        eprintln!("comeback: {e}");
        return Ok(EXIT_UNREADABLE);
    }
    let summaries = rules::week_summaries(&plan);
    let u = plan.meta.units.abbrev();
    writeln!(
        out,
        "Wrote {} ({} sessions over {} weeks)",
        output.display(),
        plan.sessions().len(),
        summaries.len()
    )?;
    for w in &summaries {
        let first_run = plan
            .sessions()
            .iter()
            .find(|s| s.kind.is_run() && plan.meta.week_start.week_of(s.date) == w.totals.start)
            .map(|s| s.kind.short(plan.meta.units))
            .unwrap_or_default();
        let down = if w.down { " (down week)" } else { "" };
        writeln!(
            out,
            "  Week of {}: run {} {u}{down}  {first_run}",
            w.totals.start.format("%a %-d %b %Y"),
            crate::plan::fmt_num(w.totals.run)
        )?;
    }
    Ok(EXIT_OK)
}

fn import_csv(input: &Path, output: &Path) -> std::io::Result<u8> {
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("comeback: {}: cannot read: {e}", input.display());
            return Ok(EXIT_UNREADABLE);
        }
    };
    let title = input.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    match export::csv::from_csv(&text, &title) {
        Ok(plan) => match file::save(&plan, output) {
            Ok(()) => Ok(EXIT_OK),
            Err(e) => {
                eprintln!("comeback: {e}");
                Ok(EXIT_UNREADABLE)
            }
        },
        Err(e) => {
            eprintln!("comeback: {}: {e}", input.display());
            Ok(EXIT_UNREADABLE)
        }
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
