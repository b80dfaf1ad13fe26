//! The headless command line: the arguments `main` parses, and [`run`], which hands each
//! subcommand to its own module (`validate`, `folder`, `diff`, `merge`, `export`, `print`,
//! `new`, `import_csv`, `log`). A subcommand writes its report to `out` and returns its exit code, or a
//! [`CliError`]; `main` prints that error, once, as `comeback: …`.

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
use clap::{Parser, Subcommand, ValueEnum};
use thiserror::Error;

use crate::export::{DateRange, ExportError};
use crate::file::{self, LoadError, SaveError};
use crate::generate::GenerateError;
use crate::plan::Plan;
use crate::print::{PrintError, Printed};

/// Plan a comeback to running: a calendar that checks the plan against the method.
#[derive(Debug, Parser)]
#[command(name = "comeback", version, about)]
pub struct Cli {
    /// A plan file to open in the app.
    pub file: Option<PathBuf>,
    /// Open the app comparing the plan with this other version of it (File → Compare with…).
    #[arg(long, value_name = "OTHER")]
    pub compare: Option<PathBuf>,
    /// Open the app as if today were this day (YYYY-MM-DD): the calendar's today and the day
    /// the example plan starts on. For seeing a plan as it will look on another day.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,
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
        /// Today (YYYY-MM-DD), when left out the machine's: for a folder, the day whose week is
        /// shown; for plans, whether their days need their years.
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
    /// Merge two versions of a plan from the version both started from: each side's changes
    /// are taken; what both changed differently is recorded in the plan as a conflict to
    /// resolve in the app (never as text markers). Works as a git merge driver:
    /// `comeback merge %O %A %B -o %A --name %P` (see docs/coach.md).
    ///
    /// Exit code: 0 when merged cleanly, 1 when conflicts are left (each is listed), 2 when a
    /// file cannot be read or the result cannot be written.
    Merge {
        /// The version both started from (.ron).
        base: PathBuf,
        /// My version (.ron).
        ours: PathBuf,
        /// Their version (.ron).
        theirs: PathBuf,
        /// Where to write the merged plan; standard output when left out (the report then goes
        /// to standard error).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// What the report calls the merged file: git's merge driver passes `%P`, the plan's
        /// path in the repository, since the output is git's temporary file. With it, the
        /// output is written without a backup.
        #[arg(long)]
        name: Option<String>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Export a plan for printing (PDF), messages (PNG), calendars (ICS) or spreadsheets (CSV).
    ///
    /// Exit code: 0 when written, 2 when the plan cannot be read or the output cannot be written.
    Export {
        /// The plan file (.ron).
        file: PathBuf,
        /// What to write: a document (pdf, png, ics, csv), or fit: one FIT workout file per
        /// planned run, run/walk and walk, for a watch (into the folder given with -o).
        #[arg(long = "to", value_enum)]
        to: ExportTo,
        /// Where to write (for fit, a folder); standard output when left out.
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
    /// Write a plan made from the method: after an injury or a birth, walks, strength and the
    /// clinic's checks first; then the staged walk/run start and a ladder on alternate days
    /// with down weeks, within the caps, that the validator finds nothing wrong with once the
    /// checks are ticked.
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
        /// Full weeks to plan, the weeks before the first run included.
        #[arg(long, default_value_t = 12)]
        weeks: u32,
        /// First day of the week.
        #[arg(long, value_enum, default_value_t = DayArg::Mon)]
        week_start: DayArg,
        /// What the comeback is from: walks, strength and the clinic's checks come before
        /// the first run (a birth also needs --born).
        #[arg(long, value_enum)]
        comeback: Option<ComebackArg>,
        /// The day of the birth (YYYY-MM-DD): no run before 12 weeks after it. Implies
        /// --comeback birth when that is left out.
        #[arg(long, conflicts_with = "injured")]
        born: Option<NaiveDate>,
        /// The day of the injury (YYYY-MM-DD), kept in the plan.
        #[arg(long)]
        injured: Option<NaiveDate>,
        /// The checks before the first run are passed already: they are ticked on the first
        /// day and no check session is planned.
        #[arg(long)]
        checks_passed: bool,
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
    /// Log recorded activities (FIT, GPX or TCX files from a watch or Strava, each also .gz)
    /// into a plan: each marks the planned session it carried out done with its distance and
    /// time (on its day, or the day before or after, which then moves), or becomes a new done
    /// session. The same file imported again changes nothing. Each is judged first: one done
    /// outside the plan's weeks is skipped unless --include-outside, one under a minute or
    /// 100 m is skipped, one far from what was planned is logged and said to be.
    ///
    /// Exit code: 0 when every activity of every file was logged (or was already), 1 when some
    /// were skipped (each is named with the reason; the rest are logged), 2 when the plan
    /// cannot be read or no file could be.
    Log {
        /// The plan file (.ron); saved with a backup unless --dry-run.
        plan: PathBuf,
        /// Activity files, or folders of them (.fit, .gpx, .tcx, each perhaps .gz).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print what would be logged without saving the plan.
        #[arg(long)]
        dry_run: bool,
        /// Also log activities into sessions skipped by hand, or logged by hand on the day
        /// before or after (one logged by hand on the activity's own day always takes it).
        #[arg(long)]
        relog: bool,
        /// Also log activities done outside the plan's weeks, as new sessions.
        #[arg(long)]
        include_outside: bool,
        /// Pain during the outing these files recorded, 0 (none) to 10 (the worst imaginable),
        /// logged with every session they log.
        #[arg(long, value_name = "N", value_parser = pain_score)]
        pain_during: Option<crate::plan::Pain>,
        /// Pain the next morning, 0 to 10, logged with every session the files log.
        #[arg(long, value_name = "N", value_parser = pain_score)]
        pain_next_day: Option<crate::plan::Pain>,
        /// The pain was sharp rather than a dull ache.
        #[arg(long)]
        sharp: bool,
        /// A sign to stop and seek advice after a birth, logged with every session the files
        /// log; repeat it for more than one (`--stop-sign leaking --stop-sign heaviness`).
        #[arg(long = "stop-sign", value_name = "SIGN", value_enum)]
        stop_sign: Vec<log::StopSignArg>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
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

/// What a comeback is from, on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ComebackArg {
    /// An injury.
    Injury,
    /// A bone-stress injury (stress reaction or fracture).
    BoneStress,
    /// A birth, its kind not said.
    Birth,
    /// A vaginal birth.
    VaginalBirth,
    /// A birth with a perineal tear or an episiotomy.
    PerinealTear,
    /// A caesarean birth.
    Caesarean,
}

impl From<ComebackArg> for crate::plan::Comeback {
    fn from(arg: ComebackArg) -> Self {
        use crate::plan::{Birth, Comeback};
        match arg {
            ComebackArg::Injury => Comeback::Injury { bone_stress: false },
            ComebackArg::BoneStress => Comeback::Injury { bone_stress: true },
            ComebackArg::Birth => Comeback::Birth(Birth::Unsaid),
            ComebackArg::VaginalBirth => Comeback::Birth(Birth::Vaginal),
            ComebackArg::PerinealTear => Comeback::Birth(Birth::PerinealTear),
            ComebackArg::Caesarean => Comeback::Birth(Birth::Caesarean),
        }
    }
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

/// What `comeback export --to` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportTo {
    /// Printable pages: a month per page, then the findings.
    Pdf,
    /// The same pages as images, one per page.
    Png,
    /// iCalendar: one all-day event per session.
    Ics,
    /// One row per session, every field.
    Csv,
    /// One FIT workout file per planned run, run/walk and walk, for a watch.
    Fit,
}

impl ExportTo {
    /// The document format, or `None` for watch workouts.
    fn format(self) -> Option<crate::export::Format> {
        use crate::export::Format;
        match self {
            Self::Pdf => Some(Format::Pdf),
            Self::Png => Some(Format::Png),
            Self::Ics => Some(Format::Ics),
            Self::Csv => Some(Format::Csv),
            Self::Fit => None,
        }
    }
}

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
    #[error("{path}: cannot list the folder: {source}")]
    Folder {
        /// The folder named on the command line.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The asked-for days run backwards.
    #[error("--from {from} is after --until {until}")]
    Dates {
        /// The first day asked for.
        from: NaiveDate,
        /// The last day asked for.
        until: NaiveDate,
    },
    /// The export could not be made from the plan at `path`.
    #[error("{path}: cannot export: {source}")]
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
    #[error("--to fit writes one file per workout: name a folder with -o (a watch's GARMIN/NewFiles)")]
    WorkoutsNeedFolder,
    /// The workouts could not be written.
    #[error(transparent)]
    Workouts(#[from] crate::watch::WorkoutError),
    /// Several images cannot all go to standard output.
    #[error(
        "the export has {0} images, one per page: name a file with -o (they are numbered), or pick one month with --from and --until"
    )]
    ManyImages(usize),
    /// The plan at `path` could not be printed.
    #[error("{path}: cannot print: {source}")]
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
    #[error("{0} already exists; choose another name (nothing was written)")]
    Exists(PathBuf),
    /// The method's questions have no plan for an answer.
    #[error(transparent)]
    Generate(#[from] GenerateError),
    /// A plan could not be saved.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// An input file could not be read.
    #[error("{path}: cannot read: {source}")]
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
    #[error("cannot merge: {0}")]
    Merge(String),
    /// The report could not be written to standard output (a closed pipe, a full disk).
    #[error("cannot write the report: {0}")]
    Output(#[from] std::io::Error),
}

/// Runs a headless command, writing its report to `out`; returns the exit code.
///
/// Text reports pass through [`safe::Escaped`], since they quote files the CLI does not
/// trust; exports written to standard output and JSON (which escapes its own strings) do not.
pub fn run(command: CliCommand, out: &mut dyn Write) -> Result<u8, CliError> {
    let raw = match &command {
        // The merged plan itself may go to standard output: RON escapes its own strings.
        CliCommand::Export { .. } | CliCommand::Merge { output: None, .. } => true,
        CliCommand::Validate { format, .. }
        | CliCommand::Merge { format, .. }
        | CliCommand::Diff { format, .. }
        | CliCommand::Log { format, .. } => *format == Format::Json,
        _ => false,
    };
    if raw {
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
            let signs = stop_sign.into_iter().map(log::StopSignArg::sign).collect();
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

/// A pain score on the command line: a whole number from 0 to 10.
fn pain_score(text: &str) -> Result<crate::plan::Pain, String> {
    text.trim().parse::<u8>().ok().and_then(crate::plan::Pain::new).ok_or_else(|| {
        format!("pain is a whole number from 0 (none) to 10 (the worst imaginable), not {text:?}")
    })
}

/// This machine's time zone, for activity files without a local time of their own: a run
/// counts its day at the offset in force when it was recorded, summer time included, not at
/// today's. The core never reads the machine's zone; the command line and the app pass this.
pub fn machine_zone() -> crate::activity::Zone {
    crate::activity::Zone::Rules(|t| chrono::Local.offset_from_utc_datetime(&t.naive_utc()))
}
