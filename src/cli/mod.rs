//! The headless command line: the arguments `main` parses, and [`run`], which hands each
//! subcommand to its own module (`validate`, `folder`, `diff`, `merge`, `export`, `print`,
//! `new`, `import_csv`, `log`). A subcommand writes its report to `out` and returns its exit code, or a
//! [`CliError`]; `main` prints that error, once, as `comeback: …`.

mod args;
mod diff;
mod export;
mod folder;
mod import_csv;
mod log;
mod merge;
mod new;
mod print;
pub mod safe;
mod validate;

use std::io::Write;
use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone};
use thiserror::Error;

use crate::export::{DateRange, ExportError};
use crate::file::{self, LoadError, SaveError};
use crate::generate::GenerateError;
use crate::plan::Plan;
use crate::print::{PrintError, Printed};

pub use args::{
    Cli, CliCommand, ComebackArg, DayArg, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, ExportTo, Format, LangArg,
    StopSignArg, UnitsArg,
};

/// Why a command could not do its job. Each is printed once, by `main`, and exits with
/// [`EXIT_UNREADABLE`]; problems found *in* a plan are not errors but the command's report.
#[derive(Debug, Error)]
pub enum CliError {
    /// A plan file could not be read or parsed.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Both plans of a comparison could not be read: one line each.
    #[error("{}\n{}", .0.0, .0.1)]
    LoadBoth(Box<(LoadError, LoadError)>),
    /// The folder of plans could not be listed.
    #[error("{}", crate::t!("cli-folder-unlistable", path = .path.display().to_string(), error = .source.to_string()))]
    Folder {
        /// The folder named on the command line.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The asked-for days run backwards.
    #[error("{}", crate::t!("cli-dates-backwards", from = .from.to_string(), until = .until.to_string()))]
    Dates {
        /// The first day asked for.
        from: NaiveDate,
        /// The last day asked for.
        until: NaiveDate,
    },
    /// The export could not be made from the plan at `path`.
    #[error("{}", crate::t!("cli-cannot-export", path = .path.display().to_string(), error = .source.to_string()))]
    Render {
        /// The plan file.
        path: PathBuf,
        /// What went wrong making the export.
        source: ExportError,
    },
    /// The export was made but could not be written.
    #[error(transparent)]
    Write(ExportError),
    /// Workouts are many files: they need a folder.
    #[error("{}", crate::t!("cli-workouts-need-folder"))]
    WorkoutsNeedFolder,
    /// The workouts could not be written.
    #[error(transparent)]
    Workouts(#[from] crate::watch::WorkoutError),
    /// Several images cannot all go to standard output.
    #[error("{}", crate::t!("cli-many-images", n = *.0))]
    ManyImages(usize),
    /// The plan at `path` could not be printed.
    #[error("{}", crate::t!("cli-cannot-print", path = .path.display().to_string(), error = .source.to_string()))]
    Print {
        /// The plan file.
        path: PathBuf,
        /// What went wrong making or writing the PDF.
        source: PrintError,
    },
    /// The PDF was written but no viewer opened it; the message says where it is.
    #[error("{}", .0.message())]
    NotOpened(Printed),
    /// `new` would replace a file.
    #[error("{}", crate::t!("cli-exists", path = .0.display().to_string()))]
    Exists(PathBuf),
    /// The method's questions have no plan for an answer.
    #[error(transparent)]
    Generate(#[from] GenerateError),
    /// A plan could not be saved.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// An input file could not be read.
    #[error("{}", crate::t!("cli-cannot-read", path = .path.display().to_string(), error = .source.to_string()))]
    Read {
        /// The input file, as named on the command line.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A CSV file has a cell that cannot become part of a plan.
    #[error("{path}: {source}")]
    Csv {
        /// The CSV file.
        path: PathBuf,
        /// The row, column and what is wrong.
        source: crate::export::csv::CsvError,
    },
    /// The merged plan could not be made or written as text.
    #[error("{}", crate::t!("cli-cannot-merge", error = .0.as_str()))]
    Merge(String),
    /// The report could not be written to standard output (a closed pipe, a full disk).
    #[error("{}", crate::t!("cli-cannot-write-report", error = .0.to_string()))]
    Output(#[from] std::io::Error),
}

/// Runs a headless command, writing its report to `out`; returns the exit code.
///
/// Text reports pass through [`safe::Escaped`], since they quote files the CLI does not
/// trust; exports written to standard output and JSON (which escapes its own strings) do not.
pub fn run(command: CliCommand, out: &mut dyn Write) -> Result<u8, CliError> {
    let json = match &command {
        CliCommand::Validate { format, .. }
        | CliCommand::Merge { format, .. }
        | CliCommand::Diff { format, .. }
        | CliCommand::Log { format, .. } => *format == Format::Json,
        _ => false,
    };
    if json {
        // Scripts read the same bytes whatever the reader's language: findings, errors and
        // conflicts in JSON are English.
        return crate::i18n::in_lang(crate::i18n::Lang::En, || run_command(command, out));
    }
    // The merged plan itself may go to standard output: RON escapes its own strings.
    if matches!(command, CliCommand::Export { .. } | CliCommand::Merge { output: None, .. }) {
        return run_command(command, out);
    }
    let mut escaped = safe::Escaped::new(out);
    let code = run_command(command, &mut escaped);
    escaped.finish()?;
    code
}

fn run_command(command: CliCommand, out: &mut dyn Write) -> Result<u8, CliError> {
    match command {
        CliCommand::Validate { files, format, today } => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            match files.as_slice() {
                [dir] if dir.is_dir() => folder::run(dir, today, format, out),
                _ => validate::run(&files, today, format, out),
            }
        }
        CliCommand::Export { file, to, output, from, until } => match to.format() {
            Some(format) => export::run(&file, format, output.as_deref(), (from, until), out),
            None => export::workouts(&file, output.as_deref(), (from, until), out),
        },
        CliCommand::Print { file, from, until } => print::run(&file, (from, until), out),
        CliCommand::Diff { mine, theirs, format } => diff::run(&mine, &theirs, format, out),
        CliCommand::Merge { base, ours, theirs, output, name, format } => {
            merge::run([&base, &ours, &theirs], output.as_deref(), name.as_deref(), format, out)
        }
        CliCommand::ImportCsv { input, output } => import_csv::run(&input, &output, out),
        CliCommand::Log {
            plan,
            files,
            dry_run,
            relog,
            include_outside,
            pain_during,
            pain_next_day,
            sharp,
            stop_sign,
            format,
        } => {
            let options = crate::activity::Options { zone: machine_zone(), relog, include_outside };
            let pain = crate::activity::PainAnswer { during: pain_during, next_day: pain_next_day, sharp };
            let signs = stop_sign.into_iter().map(StopSignArg::sign).collect();
            log::run(&plan, &files, &options, (pain, signs), (dry_run, format), out)
        }
        CliCommand::New {
            output,
            start,
            units,
            current,
            flare,
            cap,
            days,
            weeks,
            week_start,
            comeback,
            born,
            injured,
            checks_passed,
        } => {
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
                comeback: comeback
                    .map(crate::plan::Comeback::from)
                    .or_else(|| born.map(|_| crate::plan::Comeback::Birth(crate::plan::Birth::Unsaid))),
                since: born.or(injured),
                checks_passed,
            };
            new::run(&input, &output, out)
        }
    }
}

/// The plan at `path` and the days to export or print: the plan's own unless given.
fn load_range(
    path: &std::path::Path,
    (from, until): (Option<NaiveDate>, Option<NaiveDate>),
) -> Result<(Plan, DateRange), CliError> {
    let plan = file::load(path)?;
    let whole = DateRange::whole(&plan);
    let range = DateRange { from: from.unwrap_or(whole.from), to: until.unwrap_or(whole.to) };
    if range.from > range.to {
        return Err(CliError::Dates { from: range.from, until: range.to });
    }
    Ok((plan, range))
}

/// This machine's time zone, for activity files without a local time of their own: a run
/// counts its day at the offset in force when it was recorded, summer time included, not at
/// today's. The core never reads the machine's zone; the command line and the app pass this.
pub fn machine_zone() -> crate::activity::Zone {
    crate::activity::Zone::Rules(|t| chrono::Local.offset_from_utc_datetime(&t.naive_utc()))
}
