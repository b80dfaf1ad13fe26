//! Files: open, save (the one place that writes the plan, stamps it and updates the recent
//! files), restore an autosave and list a folder; and what waits for an answer about unsaved
//! changes. The path field is in [`prompt`](super::prompt), exports in
//! [`exports`](super::exports), comparing and merging in [`merging`](super::merging).

use std::path::Path;

use super::App;
use super::mode::{Mode, Pending};
use crate::edit::Document;
use crate::file;
use crate::plan::{Plan, PlanId};
use crate::t;
use crate::ui::modals::Purpose;

impl App {
    /// Looks at the file at most once a second while frames are drawn (input, focus), so an
    /// idle window stays idle; a change shows the banner.
    pub(super) fn check_disk(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        if self.outside || self.disk_checked.is_some_and(|t| now - t < 1.0) {
            return;
        }
        self.disk_checked = Some(now);
        self.outside = self.doc.changed_on_disk();
    }

    /// Runs `pending` now, or asks about unsaved changes first.
    pub(super) fn request(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.doc.is_dirty() {
            self.mode.ask_first(pending);
        } else {
            self.proceed(pending, ctx);
        }
    }

    /// Saves, then runs `pending`; without a file yet, once Save as has one.
    pub(super) fn save_then(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.save(ctx) {
            self.proceed(pending, ctx);
        } else if let Mode::Prompt(prompt) = &mut self.mode {
            prompt.then = Some(pending);
        }
    }

    /// Does what waited for the answer about unsaved changes.
    pub(super) fn proceed(&mut self, pending: Pending, ctx: &egui::Context) {
        match pending {
            Pending::New => {
                // A new plan is the viewer's own: in their units and weeks.
                let week_start = self.prefs.lens.week_start.unwrap_or_default();
                let mut plan = Plan::new(week_start.week_of(self.view.today));
                plan.id = PlanId::random();
                plan.meta.title = t!("app-new-plan-title");
                plan.meta.week_start = week_start;
                plan.meta.units = self.prefs.lens.units.unwrap_or(plan.meta.units);
                self.replace_document(Document::new(plan, None));
                self.status = t!("status-new-plan");
            }
            Pending::Generated(mut plan) => {
                plan.id = PlanId::random();
                // Not saved anywhere yet: closing asks first.
                self.replace_document(Document::restored(*plan, None, None));
                self.status = t!("status-generated");
            }
            Pending::Duplicate => {
                // The plan as it is now, as a plan of its own with no file yet: Save as asks
                // where, and its calendar events get UIDs of their own.
                let mut plan = self.doc.file_plan().clone();
                plan.id = PlanId::random();
                self.replace_document(Document::restored(plan, None, None));
                self.status = t!("status-duplicated");
                self.open_prompt(Purpose::SaveAs, ctx);
            }
            Pending::Open(path) => self.open(&path),
            Pending::OpenPrompt => self.open_prompt(Purpose::Open, ctx),
            Pending::Quit => {
                self.allow_close = true;
                self.autosaver.clear();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Shows `doc` instead of the open plan, with nothing selected and no comparison.
    fn replace_document(&mut self, doc: Document) {
        self.close_comparison();
        self.comments.clear();
        self.doc = doc;
        self.example = false;
        self.view.selected = None;
        self.view.selected_day = None;
        self.adopt_document();
    }

    /// Opens `path`; on failure the open plan stays and the error says where the file is wrong.
    pub fn open(&mut self, path: &Path) {
        match super::platform::load_checked(path) {
            Ok(loaded) => {
                let warning = loaded.warning();
                self.keep_revision(&loaded.plan);
                self.replace_document(Document::new(loaded.plan, Some(path.to_path_buf())));
                self.comments = loaded.comments;
                self.prefs.remember(path);
                self.error = None;
                let path = path.display().to_string();
                self.status = match warning {
                    Some(warning) => t!("status-opened-warning", path = path, warning = warning),
                    None => t!("status-opened", path = path),
                };
            }
            Err(e) => {
                self.error = Some(t!("app-open-plan-unchanged", error = e.to_string()));
            }
        }
    }

    /// Takes the autosaved plan found at start-up, unsaved on top of its file.
    pub(super) fn restore(&mut self) {
        let Some(recovered) = self.mode.take_recovered() else { return };
        let on_disk = recovered.origin.as_deref().and_then(|p| file::load_checked(p).ok());
        // The recovery copy cannot hold the file's comments; the file still does, so saving
        // over it waits for the choice again, as after opening it.
        self.comments = on_disk.as_ref().map(|loaded| loaded.comments.clone()).unwrap_or_default();
        self.doc = Document::restored(recovered.plan, recovered.origin, on_disk.map(|loaded| loaded.plan));
        self.example = false;
        self.adopt_document();
        self.status = t!("status-restored");
    }

    /// Saves to the plan's file, or asks for one. Returns whether the plan is now saved.
    /// Never writes over a file another program changed without asking first.
    pub(super) fn save(&mut self, ctx: &egui::Context) -> bool {
        if self.comments_wait("saved") {
            return false;
        }
        match self.doc.path().map(Path::to_path_buf) {
            Some(_) if self.doc.changed_on_disk() => {
                self.outside = true;
                self.status = t!("status-not-saved-outside");
                false
            }
            Some(path) => self.save_to(&path),
            None => {
                self.open_prompt(Purpose::SaveAs, ctx);
                // A browser saves at once, as a download; the desktop asks where first.
                !self.mode.is_open() && !self.doc.is_dirty()
            }
        }
    }

    /// Whether saving or duplicating waits for the choice about the comments written in the file
    /// by hand (Save, Save as and the duplicate would all leave them out); says so, as "Not
    /// saved: …", when it does. `done` is "saved" or "duplicated", the catalogue's selector.
    pub(super) fn comments_wait(&mut self, done: &str) -> bool {
        if self.comments.is_empty() {
            return false;
        }
        self.status = t!("status-comments-wait", done = done);
        true
    }

    /// Saves to `path`; on failure the plan stays in memory and the error says why. The one
    /// place that writes the plan: it stamps the document, remembers the file and forgets
    /// the autosave.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match super::platform::save(self.doc.file_plan(), path) {
            Ok(()) => {
                self.doc.mark_saved(path.to_path_buf());
                self.keep_revision(self.doc.file_plan());
                if let Some(store) = &self.store {
                    super::startup::app_prunes(store);
                }
                self.example = false;
                self.prefs.remember(path);
                self.autosaver.clear();
                self.error = None;
                self.status = t!("status-saved", path = path.display().to_string());
                // The athletes list shows what the files say: this one just changed.
                self.refresh_folder();
                true
            }
            Err(e) => {
                self.error = Some(t!("app-save-failed", error = e.to_string()));
                false
            }
        }
    }

    /// Lists the plans in `dir` in the Athletes tab, most attention first.
    pub fn list_folder(&mut self, dir: &Path) {
        match crate::folder::overview(dir, self.view.today) {
            Ok(athletes) => {
                self.status = t!(
                    "status-folder-listed",
                    plans = crate::text::counted(athletes.len(), "plan"),
                    path = dir.display().to_string()
                );
                self.folder = Some((dir.to_path_buf(), athletes));
                self.tab = crate::ui::Tab::Athletes;
                self.error = None;
            }
            Err(e) => {
                self.error =
                    Some(t!("app-folder-failed", path = dir.display().to_string(), error = e.to_string()));
            }
        }
    }

    /// Reads the listed folder's plans again, keeping the tab shown.
    pub(super) fn refresh_folder(&mut self) {
        if let Some((dir, athletes)) = &mut self.folder
            && let Ok(fresh) = crate::folder::overview(dir, self.view.today)
        {
            *athletes = fresh;
        }
    }
}
