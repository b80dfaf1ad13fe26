//! The command line's words: the subcommands, their options and the values they take, as clap
//! parses them; `mod.rs` runs what they ask.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::plan::StopSign;

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
    /// The language to speak: en, de or es (pseudo, a longer English, for testing layouts).
    /// When left out, the first of LC_ALL, LC_MESSAGES and LANG that is set, else the system's.
    /// Reports for scripts (`--format json`) are English in every language.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
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
        stop_sign: Vec<StopSignArg>,
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
pub enum DayArg {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

/// The languages `--lang` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// English made longer and accented, to see what a longer language would cut.
    Pseudo,
}

impl LangArg {
    /// The catalogue's language.
    pub fn lang(self) -> Lang {
        match self {
            Self::En => Lang::En,
            Self::De => Lang::De,
            Self::Es => Lang::Es,
            Self::Pseudo => Lang::Pseudo,
        }
    }
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
    pub(super) fn format(self) -> Option<crate::export::Format> {
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

/// A stop sign as written on the command line: `--stop-sign leaking`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StopSignArg {
    /// Heaviness, pressure or dragging in the pelvis.
    Heaviness,
    /// Leaking urine or wind, or bowel urgency.
    Leaking,
    /// Bleeding beyond the normal course after the birth.
    Bleeding,
    /// Pelvic or lower-back pain.
    PelvicPain,
    /// A bulge along the midline of the belly.
    Bulge,
}

impl StopSignArg {
    /// The sign it names.
    pub fn sign(self) -> StopSign {
        match self {
            Self::Heaviness => StopSign::Heaviness,
            Self::Leaking => StopSign::Leaking,
            Self::Bleeding => StopSign::Bleeding,
            Self::PelvicPain => StopSign::PelvicPain,
            Self::Bulge => StopSign::Bulge,
        }
    }
}

/// A pain score on the command line: a whole number from 0 to 10.
fn pain_score(text: &str) -> Result<crate::plan::Pain, String> {
    text.trim()
        .parse::<u8>()
        .ok()
        .and_then(crate::plan::Pain::new)
        .ok_or_else(|| crate::t!("cli-pain-score", text = format!("{text:?}")))
}
