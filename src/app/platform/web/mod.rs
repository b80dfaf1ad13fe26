//! The browser's side of the [platform](super) seam. A page has no disk: the files a user gives
//! (through the page's file input, File → Open… and the like, or a drop) are read into memory
//! by name, and the app opens them from there as the desktop opens paths; what it writes
//! leaves as downloads; Print shows the PDF in a tab of its own; the unsaved plan waits in the
//! browser's local storage and is offered back on the next visit. Nothing leaves the browser.

use std::path::{Path, PathBuf};

use wasm_bindgen::JsCast;

use super::super::mode::{Mode, Pending};
use super::super::{App, Prefs, Recovered, Startup, Window};
use crate::file;
use crate::plan::SessionId;
use crate::ui::UiCommand;
use crate::ui::modals::Purpose;

mod files;

pub use files::{Dialogs, collect, load, load_checked, print, read_activities, save, write_export};
use files::{Reading, download, file_input, file_name, listen, read_all, take_arrival, woken_by};

/// The page's canvas (web/index.html).
const CANVAS_ID: &str = "comeback";
/// The unsaved plan in local storage, the version it was last saved as, the file it belongs
/// to, and when it was kept.
const KEPT_PLAN: &str = "comeback-unsaved-plan";
const KEPT_SAVED: &str = "comeback-unsaved-saved";
const KEPT_ORIGIN: &str = "comeback-unsaved-origin";
const KEPT_WHEN: &str = "comeback-unsaved-when";

/// Starts the app in the page's canvas.
pub fn start() {
    // The browser's language (navigator.languages), as LANG is the desktop's.
    crate::i18n::set(crate::i18n::Lang::from_env());
    let runner = eframe::WebRunner::new();
    wasm_bindgen_futures::spawn_local(async move {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(canvas) = document
            .get_element_by_id(CANVAS_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        if let Some(input) = file_input() {
            listen(&input);
        }
        let started = runner
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| {
                    let shell = WebShell::new(cc);
                    say_page_words();
                    Ok(Box::new(shell))
                }),
            )
            .await;
        if let (Err(e), Some(note)) = (started, document.get_element_by_id("loading")) {
            note.set_text_content(Some(&crate::t!("web-could-not-start", error = format!("{e:?}"))));
        }
    });
}

/// Why a menu command cannot be done in a page: a folder cannot be listed, a tab closes itself.
pub fn unavailable(command: UiCommand) -> Option<String> {
    match command {
        UiCommand::OpenFolder => Some(crate::t!("web-no-folder")),
        UiCommand::Quit => Some(crate::t!("web-quit")),
        _ => None,
    }
}

/// The page's own words around the canvas, in the language the app speaks (its saved choice or
/// the browser's): index.html holds them in English until the app starts.
fn say_page_words() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    for (id, words) in [("open-label", crate::t!("web-open-label")), ("privacy", crate::t!("web-privacy"))] {
        if let Some(element) = document.get_element_by_id(id) {
            element.set_text_content(Some(&words));
        }
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl App {
    /// Does `purpose` the browser's way, never through the path field: a pick opens the
    /// browser's picker, a save or an export downloads at once, workouts download for the user
    /// to copy onto the watch, and what a page cannot do (list a folder) is said in words.
    pub(in crate::app) fn platform_prompt(&mut self, purpose: Purpose, ctx: &egui::Context) -> bool {
        let stem = self.doc.name().strip_suffix(".ron").map(str::to_owned).unwrap_or_else(|| self.doc.name());
        match purpose {
            Purpose::Open | Purpose::Compare | Purpose::Import => {
                self.dialogs.open(purpose, None, ctx);
            }
            Purpose::Merge => {
                self.dialogs.open(purpose, None, ctx);
                self.status = crate::t!("web-merge");
            }
            Purpose::SaveAs => {
                self.save_to(Path::new(&format!("{stem}.ron")));
            }
            Purpose::Export(format) => {
                self.export_to(format, Path::new(&format!("{stem}.{}", format.extension())));
            }
            Purpose::Folder => self.status = crate::t!("web-no-folder"),
            Purpose::Workouts => self.download_workouts(None),
            Purpose::Workout(id) => self.download_workouts(Some(id)),
        }
        true
    }

    /// Downloads the FIT workout of session `only`, or of every planned run and walk from today.
    fn download_workouts(&mut self, only: Option<SessionId>) {
        let plan = self.doc.file_plan();
        let created = chrono::Utc::now().naive_utc();
        let sessions: Vec<_> = match only {
            Some(id) => crate::watch::sendable(plan, id).into_iter().collect(),
            None => crate::watch::exported_sessions(plan, Some(self.view.today), None).collect(),
        };
        let mut files = Vec::new();
        for session in sessions {
            match crate::watch::workout(plan, session) {
                Ok(Some(workout)) => {
                    files.push((
                        crate::watch::file_name(plan, session),
                        crate::watch::encode(&workout, created),
                    ));
                }
                Ok(None) => {}
                Err(e) => {
                    self.error = Some(crate::t!("app-workouts-failed", error = e.to_string()));
                    return;
                }
            }
        }
        if files.is_empty() {
            self.status = crate::t!("status-no-workouts");
            return;
        }
        for (name, bytes) in &files {
            if let Err(e) = download(name, bytes, "application/octet-stream") {
                self.error = Some(crate::t!("web-workouts-download-failed", error = e.to_string()));
                return;
            }
        }
        self.status =
            crate::t!("web-workouts-downloaded", workouts = crate::text::counted(files.len(), "workout"));
    }

    /// Takes the files read since the last frame: those picked for a purpose do what it asked;
    /// those given to the page (its button, a drop) open as a plan or import as runs.
    fn take_arrivals(&mut self, ctx: &egui::Context) {
        while let Some(arrival) = take_arrival() {
            if !arrival.unreadable.is_empty() {
                self.error = Some(crate::t!("web-unreadable", files = arrival.unreadable.join("; ")));
            }
            let (plans, runs): (Vec<PathBuf>, Vec<PathBuf>) =
                arrival.names.into_iter().partition(|p| p.extension().is_some_and(|e| e == "ron"));
            match arrival.purpose {
                Some(Purpose::Compare) => {
                    if let Some(path) = plans.first() {
                        self.compare_with(path);
                    }
                }
                Some(Purpose::Merge) if !plans.is_empty() => self.merge_files(&plans),
                Some(Purpose::Import) => self.import_paths(&runs, None),
                _ if self.dialog_open() => self.status = crate::t!("web-close-dialog"),
                // Opened as File → Open recent opens: asking first about unsaved changes.
                _ => match plans.split_first() {
                    Some((first, rest)) => {
                        for path in rest.iter().rev() {
                            self.prefs.remember(path);
                        }
                        self.request(Pending::Open(first.clone()), ctx);
                    }
                    None if !runs.is_empty() => self.import_paths(&runs, None),
                    None => {}
                },
            }
        }
    }
}

/// The app in the page: the same [`Window`] as on the desktop, given the files the page reads,
/// keeping the unsaved plan in local storage and naming the tab after the plan.
struct WebShell {
    window: Window,
    /// The revision and unsaved state last kept in local storage.
    kept: Option<(u64, bool)>,
    /// The tab's title as last set.
    title: String,
}

impl WebShell {
    fn new(cc: &eframe::CreationContext<'_>) -> Self {
        woken_by(&cc.egui_ctx);
        let startup = Startup {
            today: chrono::Local::now().date_naive(),
            file: None,
            prefs: Prefs::default(),
            data_dir: None,
            desktop: false,
        };
        let mut window = Window::new(cc, startup, Vec::new());
        if let Some(recovered) = kept_plan() {
            window.app_mut().mode = Mode::Recover(Box::new(recovered));
        }
        if let Some(note) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("loading"))
        {
            note.remove();
        }
        Self { window, kept: None, title: String::new() }
    }

    /// Keeps the unsaved plan in local storage whenever it changes, and forgets it once saved
    /// or discarded; while the offer of the last one is up, that one stays.
    fn keep_unsaved(&mut self) {
        let app = self.window.app();
        if matches!(app.mode, Mode::Recover(_)) {
            return;
        }
        let doc = app.document();
        let state = (doc.revision(), doc.is_dirty());
        if self.kept == Some(state) {
            return;
        }
        self.kept = Some(state);
        let Some(storage) = local_storage() else { return };
        let text = doc.is_dirty().then(|| file::to_text(doc.file_plan()).ok()).flatten();
        let Some(text) = text else {
            for key in [KEPT_PLAN, KEPT_SAVED, KEPT_ORIGIN, KEPT_WHEN] {
                let _ = storage.remove_item(key);
            }
            return;
        };
        let saved = doc.saved_plan().and_then(|p| file::to_text(p).ok()).unwrap_or_default();
        let origin = doc.path().map(|p| p.display().to_string()).unwrap_or_default();
        let when = crate::dates::day_time(chrono::Local::now().naive_local());
        for (key, value) in [(KEPT_PLAN, text), (KEPT_SAVED, saved), (KEPT_ORIGIN, origin), (KEPT_WHEN, when)]
        {
            let _ = storage.set_item(key, &value);
        }
    }

    /// Names the browser's tab after the plan, then as the desktop names its window.
    fn show_title(&mut self) {
        let app = self.window.app();
        let title = match app.document().plan().meta.title.trim() {
            "" => app.window_title(),
            plan => format!("{plan} · {}", app.window_title()),
        };
        if title != self.title
            && let Some(document) = web_sys::window().and_then(|w| w.document())
        {
            document.set_title(&title);
            self.title = title;
        }
    }
}

/// The unsaved plan the last visit left in local storage, with what it changes from the
/// version last saved.
fn kept_plan() -> Option<Recovered> {
    let storage = local_storage()?;
    let get = |key| storage.get_item(key).ok().flatten().filter(|s: &String| !s.is_empty());
    let origin = get(KEPT_ORIGIN).map(PathBuf::from);
    let named = origin.clone().unwrap_or_else(|| PathBuf::from("unsaved.ron"));
    let plan = file::parse(&get(KEPT_PLAN)?, &named).ok()?;
    let saved = get(KEPT_SAVED).and_then(|text| file::parse(&text, &named).ok());
    let changes = crate::app::autosave::recovered_changes(saved.as_ref(), &plan);
    Some(Recovered { plan, origin, when: get(KEPT_WHEN).unwrap_or_default(), changes })
}

impl eframe::App for WebShell {
    /// Files dropped on the page are read here, since a browser gives their bytes only
    /// asynchronously; they arrive at a later frame as given files.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let dropped = std::mem::take(&mut raw_input.dropped_files);
        if dropped.is_empty() {
            return;
        }
        let readings = dropped
            .into_iter()
            .map(|handle| {
                let name = PathBuf::from(file_name(handle.path()));
                let reading: Reading = Box::pin(async move { handle.bytes_async().await });
                (name, reading)
            })
            .collect();
        read_all(None, readings);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.window.app_mut().take_arrivals(ui.ctx());
        eframe::App::ui(&mut self.window, ui, frame);
        self.keep_unsaved();
        self.show_title();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.window, storage);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        eframe::App::clear_color(&self.window, visuals)
    }
}
