//! What the app opens at start: the file named on the command line, else the last one, else
//! an untitled copy of the example moved to start today; a folder named there is listed beside
//! it; an autosave left by a crash is offered back.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::autosave::Autosaver;
use super::platform::Dialogs;
use super::{App, Autosave, Prefs};
use crate::edit::Document;
use crate::file;
use crate::store::{self, Store};
use crate::ui::calendar::CalendarView;
use crate::ui::{Tab, settings};

/// The example plan, built in so that a first start always has something to show.
const EXAMPLE: &str = include_str!("../../saves/example.ron");

/// How the app starts.
#[derive(Clone, Debug)]
pub struct Startup {
    /// Today's date (pinned in tests).
    pub today: NaiveDate,
    /// A file named on the command line.
    pub file: Option<PathBuf>,
    /// Remembered preferences.
    pub prefs: Prefs,
    /// Where autosaves go; `None` turns autosave off.
    pub data_dir: Option<PathBuf>,
    /// Whether to use the system's file dialogs and PDF viewer (tests and headless runs do not).
    pub desktop: bool,
}

impl App {
    /// Opens the file from the command line, else the last file, else the example as an
    /// untitled copy (so a first Ctrl+S asks where, and the shipped file is never written),
    /// moved so that its first planned session is today. A folder on the command line is
    /// listed in the Athletes tab, next to the last file.
    pub fn new(startup: Startup) -> Self {
        let Startup { today, file, prefs, data_dir, desktop } = startup;
        // Before anything is written: the saved choice wins over the system's language, which
        // `main` set.
        if let Some(lang) = prefs.lang {
            super::speak(lang, desktop);
        }
        let (file, folder) = match file {
            Some(dir) if dir.is_dir() => (None, Some(dir)),
            other => (other, None),
        };
        let mut error = None;
        let example = || {
            let plan = file::parse(EXAMPLE, Path::new("example.ron")).unwrap_or_default();
            let moved = plan.shifted(plan.days_to_start_on(today));
            Document::new(moved.unwrap_or(plan), None)
        };
        let candidate = file.clone().or_else(|| prefs.last_file.clone().filter(|p| p.exists()));
        let mut comments = Vec::new();
        let (doc, example_shown) = match candidate {
            Some(path) => match file::load_checked(&path) {
                Ok(loaded) => {
                    comments = loaded.comments;
                    (Document::new(loaded.plan, Some(path)), false)
                }
                Err(e) => {
                    error = Some(crate::t!("startup-example-instead", error = e.to_string()));
                    (example(), true)
                }
            },
            None => (example(), true),
        };
        let store = data_dir.as_ref().map(|dir| Store::new(&dir.join("revisions")));
        if let Some(store) = &store {
            app_prunes(store);
            if doc.path().is_some() {
                app_keeps(store, doc.file_plan());
            }
        }
        let autosave = data_dir.map(Autosave::new);
        let recovered = autosave.as_ref().and_then(Autosave::recover);
        let mut app = Self {
            view: CalendarView::new(today, prefs.zoom),
            dates: settings::DateTexts::default(),
            note_draft: String::new(),
            doc,
            prefs,
            tab: Tab::Session,
            status: String::new(),
            error,
            clipboard: None,
            compare: None,
            folder: None,
            preview: None,
            cells: Vec::new(),
            zone: crate::cli::machine_zone(),
            mode: recovered.map_or(super::mode::Mode::Calendar, |r| super::mode::Mode::Recover(Box::new(r))),
            autosaver: Autosaver::new(autosave),
            dialogs: Dialogs::new(desktop),
            desktop,
            allow_close: false,
            title: String::new(),
            outside: false,
            disk_checked: None,
            was_dragging: false,
            drag_cancelled: false,
            example: example_shown,
            comments,
            store,
            next_day_asked: Vec::new(),
        };
        app.adopt_document();
        if let Some(path) = app.doc.path().map(Path::to_path_buf) {
            app.prefs.remember(&path);
        }
        if let Some(dir) = folder {
            app.list_folder(&dir);
        }
        app
    }

    /// The app reading activity files without a local time of their own in `zone` instead of
    /// the machine's: tests pin it, as they pin today, so a run keeps its day in every `TZ`.
    #[must_use]
    pub fn in_zone(mut self, zone: crate::activity::Zone) -> Self {
        self.zone = zone;
        self
    }
}

/// Prunes `store` by age and size: a directory listing, cheap enough after every save, so a
/// window left open for months keeps the store within its bounds too.
pub(super) fn app_prunes(store: &Store) {
    // Pruning is housekeeping: a store it could not tidy still works.
    let _ = store.prune(std::time::SystemTime::now(), store::MAX_AGE, store::MAX_BYTES);
}

/// Keeps `plan` in `store`. The store only makes merges find their base: a revision it could
/// not keep makes a later merge fall back to comparing, which says why then.
pub(super) fn app_keeps(store: &Store, plan: &crate::plan::Plan) {
    let _ = store.keep(plan);
}
