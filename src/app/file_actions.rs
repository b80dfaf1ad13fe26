//! Files: open, save (the one place that writes the plan, stamps it and updates the recent
//! files), export, print, compare and list a folder; the path field and the system's file
//! dialogs that ask where; and what waits for an answer about unsaved changes.

use std::path::{Path, PathBuf};

use super::App;
use crate::edit::{Comparison, Document};
use crate::export::{self, DateRange, Format};
use crate::file;
use crate::plan::{Command, Plan, PlanId, SessionId};
use crate::print;
use crate::ui::modals::{PathPrompt, Purpose};
use crate::watch;

/// Where desktops mount USB drives: `ROOT/USER/VOLUME` (udisks), or `ROOT/VOLUME`.
const WATCH_MOUNTS: &[&str] = &["/media", "/run/media"];

/// The `GARMIN/NewFiles` folder of a Garmin mounted under one of `roots`, if there is one:
/// a watch over USB takes the workouts put there at its next start.
fn garmin_new_files(roots: &[&str]) -> Option<PathBuf> {
    let children = |dir: &Path| -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut found: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        found.sort();
        found
    };
    roots
        .iter()
        .flat_map(|root| children(Path::new(root)))
        .flat_map(|dir| std::iter::once(dir.clone()).chain(children(&dir)))
        .map(|volume| volume.join("GARMIN").join("NewFiles"))
        .find(|p| p.is_dir())
}

/// Something waiting for the user to decide about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Pending {
    New,
    Generated(Box<Plan>),
    Duplicate,
    Open(PathBuf),
    OpenPrompt,
    Quit,
}

impl Pending {
    /// What would lose the changes, for "… if you don't save them before {action}".
    pub(super) fn action(&self) -> &'static str {
        match self {
            Pending::New | Pending::Generated(_) => "starting a new plan",
            Pending::Duplicate => "duplicating the plan",
            Pending::Open(_) | Pending::OpenPrompt => "opening another plan",
            Pending::Quit => "closing",
        }
    }
}

/// The marks of the merge just made, shown in the calendar until hidden, saved or undone.
pub(super) struct MergeMarks {
    /// The file merged in, for the legend.
    pub(super) name: String,
    /// What each side changed.
    pub(super) sides: crate::merge::Sides,
    /// The merge's undo step: undoing it takes the marks away with it.
    pub(super) label: String,
}

/// The path field and what follows its answer.
pub(super) struct Prompt {
    /// What the field shows and holds.
    pub(super) field: PathPrompt,
    /// What to do once the plan is saved (Save chosen when asked about unsaved changes).
    then: Option<Pending>,
    /// A path that exists and was confirmed once; a second confirmation replaces it.
    overwrite: Option<PathBuf>,
}

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
            self.confirm = Some(pending);
        } else {
            self.proceed(pending, ctx);
        }
    }

    /// Saves, then runs `pending`; without a file yet, once Save as has one.
    pub(super) fn save_then(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.save(ctx) {
            self.proceed(pending, ctx);
        } else if let Some(prompt) = &mut self.prompt {
            prompt.then = Some(pending);
        }
    }

    pub(super) fn proceed(&mut self, pending: Pending, ctx: &egui::Context) {
        match pending {
            Pending::New => {
                // A new plan is the viewer's own: in their units and weeks.
                let week_start = self.prefs.lens.week_start.unwrap_or_default();
                let mut plan = Plan::new(week_start.week_of(self.view.today));
                plan.id = PlanId::random();
                plan.meta.title = "New plan".to_owned();
                plan.meta.week_start = week_start;
                plan.meta.units = self.prefs.lens.units.unwrap_or(plan.meta.units);
                self.replace_document(Document::new(plan, None));
                self.status = "Started a new plan".to_owned();
            }
            Pending::Generated(mut plan) => {
                plan.id = PlanId::random();
                // Not saved anywhere yet: closing asks first.
                self.replace_document(Document::restored(*plan, None, None));
                self.status = "Made a plan from the method; save it to keep it".to_owned();
            }
            Pending::Duplicate => {
                // The plan as it is now, as a plan of its own with no file yet: Save as asks
                // where, and its calendar events get UIDs of their own.
                let mut plan = self.doc.file_plan().clone();
                plan.id = PlanId::random();
                self.replace_document(Document::restored(plan, None, None));
                self.status = "Duplicated as a new plan; save it to keep it".to_owned();
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
        self.merge_marks = None;
        self.doc = doc;
        self.example = false;
        self.view.selected = None;
        self.view.selected_day = None;
        self.adopt_document();
    }

    /// Opens `path`; on failure the open plan stays and the error says where the file is wrong.
    pub fn open(&mut self, path: &Path) {
        match file::load_checked(path) {
            Ok(loaded) => {
                let warning = loaded.warning();
                self.keep_revision(&loaded.plan);
                self.replace_document(Document::new(loaded.plan, Some(path.to_path_buf())));
                self.comments = loaded.comments;
                self.prefs.remember(path);
                self.error = None;
                self.status = match warning {
                    Some(w) => format!("Opened {}; {w}", path.display()),
                    None => format!("Opened {}", path.display()),
                };
            }
            Err(e) => {
                self.error = Some(format!("{e}\nThe open plan is unchanged."));
            }
        }
    }

    /// Takes the autosaved plan found at start-up, unsaved on top of its file.
    pub(super) fn restore(&mut self) {
        let Some(recovered) = self.recovered.take() else { return };
        let on_disk = recovered.origin.as_deref().and_then(|p| file::load_checked(p).ok());
        // The recovery copy cannot hold the file's comments; the file still does, so saving
        // over it waits for the choice again, as after opening it.
        self.comments = on_disk.as_ref().map(|loaded| loaded.comments.clone()).unwrap_or_default();
        self.doc = Document::restored(recovered.plan, recovered.origin, on_disk.map(|loaded| loaded.plan));
        self.example = false;
        self.adopt_document();
        self.status = "Restored the autosaved changes; save to keep them.".to_owned();
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
                self.status = "Not saved: the file changed on disk; choose what to do above".to_owned();
                false
            }
            Some(path) => self.save_to(&path),
            None => {
                self.open_prompt(Purpose::SaveAs, ctx);
                false
            }
        }
    }

    /// Whether saving or duplicating waits for the choice about the comments written in the file
    /// by hand (Save, Save as and the duplicate would all leave them out); says so, as "Not
    /// {done}: …", when it does.
    pub(super) fn comments_wait(&mut self, done: &str) -> bool {
        if self.comments.is_empty() {
            return false;
        }
        self.status = format!(
            "Not {done}: the file has comments written by hand; choose above whether to keep them as notes"
        );
        true
    }

    /// Saves to `path`; on failure the plan stays in memory and the error says why. The one
    /// place that writes the plan: it stamps the document, remembers the file and forgets
    /// the autosave.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match file::save(self.doc.file_plan(), path) {
            Ok(()) => {
                self.doc.mark_saved(path.to_path_buf());
                self.keep_revision(self.doc.file_plan());
                if let Some(store) = &self.store {
                    super::startup::app_prunes(store);
                }
                self.merge_marks = None;
                self.example = false;
                self.prefs.remember(path);
                self.autosaver.clear();
                self.error = None;
                self.status = format!("Saved {}", path.display());
                // The athletes list shows what the files say: this one just changed.
                if let Some((dir, athletes)) = &mut self.folder
                    && let Ok(fresh) = crate::folder::overview(dir, self.view.today)
                {
                    *athletes = fresh;
                }
                true
            }
            Err(e) => {
                self.error = Some(format!(
                    "Could not save: {e}\nThe plan is still open; try Save as… somewhere else."
                ));
                false
            }
        }
    }

    /// Lists the plans in `dir` in the Athletes tab, most attention first.
    pub fn list_folder(&mut self, dir: &Path) {
        match crate::folder::overview(dir, self.view.today) {
            Ok(athletes) => {
                self.status =
                    format!("{} in {}", crate::text::counted(athletes.len(), "plan"), dir.display());
                self.folder = Some((dir.to_path_buf(), athletes));
                self.tab = crate::ui::Tab::Athletes;
                self.error = None;
            }
            Err(e) => self.error = Some(format!("{}: cannot list the folder: {e}", dir.display())),
        }
    }

    /// Shows what differs between the open plan and the one at `path`.
    pub fn compare_with(&mut self, path: &Path) {
        match file::load(path) {
            Ok(theirs) => {
                let comparison = Comparison::new(path.to_path_buf(), theirs, &self.doc);
                self.status = format!(
                    "{} with {}",
                    crate::text::counted(comparison.len(), "difference"),
                    path.display()
                );
                self.compare = Some(comparison);
                self.tab = crate::ui::Tab::Compare;
                self.error = None;
            }
            Err(e) => self.error = Some(format!("{e}\nThe open plan is unchanged.")),
        }
    }

    /// Keeps `plan` in the store of revisions, to merge copies of it later.
    fn keep_revision(&self, plan: &Plan) {
        if let Some(store) = &self.store {
            super::startup::app_keeps(store, plan);
        }
    }

    /// Merges another copy of the plan, at `path`, into the open one, from the latest version
    /// both were made from; without one, compares them instead and says why.
    pub fn merge_with(&mut self, path: &Path) {
        let theirs = match file::load(path) {
            Ok(theirs) => theirs,
            Err(e) => {
                self.error = Some(format!("{e}\nThe open plan is unchanged."));
                return;
            }
        };
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let base = match &self.store {
            Some(store) => store.common_ancestor(self.doc.file_plan(), &theirs),
            None => Err(crate::store::NoBase::Unknown),
        };
        self.keep_revision(&theirs);
        match base {
            Ok(base) => {
                self.error = None;
                self.merge_into(&base, &theirs, &name);
            }
            Err(why) => {
                self.compare_with(path);
                self.status = format!("Compared with {name} instead of merging: {why}. Tick what to take.");
            }
        }
    }

    /// Merges the file as another program saved it into the open plan and its unsaved edits,
    /// from the version both started from: the file as it was opened or last saved. The file's
    /// version then counts as the saved one.
    pub fn merge_outside(&mut self) {
        let Some(path) = self.doc.path().map(Path::to_path_buf) else { return };
        self.outside = false;
        match file::load(&path) {
            Ok(theirs) => {
                let Some(base) = self.doc.saved_plan().cloned() else {
                    self.doc.accept_disk();
                    self.compare_with(&path);
                    return;
                };
                let name = self.doc.name();
                self.keep_revision(&theirs);
                self.merge_into(&base, &theirs, &name);
                self.doc.accept_disk_as(theirs);
            }
            Err(e) => self.error = Some(format!("{e}\nThe open plan is unchanged.")),
        }
    }

    /// Applies what `theirs` changed since `base` to the open plan as one undoable step,
    /// keeping mine where both changed one thing; those are left in the plan as conflicts to
    /// settle one by one.
    fn merge_into(&mut self, base: &Plan, theirs: &Plan, name: &str) {
        let mine = self.doc.file_plan();
        let merged = match crate::merge::merge(base, mine, theirs) {
            Ok(merged) => merged,
            Err(e) => {
                self.error = Some(format!("Could not merge {name}: {e}\nThe open plan is unchanged."));
                return;
            }
        };
        let target = match merged.settled(false) {
            Ok(target) => target,
            Err(e) => {
                self.error = Some(format!("Could not merge {name}: {e}\nThe open plan is unchanged."));
                return;
            }
        };
        let sides = crate::merge::Sides::of(base, mine, theirs, target.meta.units);
        let mut commands = crate::merge::commands_to(mine, &target);
        let mut parents: Vec<_> =
            [mine, theirs].iter().filter_map(|p| p.revision.or_else(|| file::revision(p).ok())).collect();
        parents.dedup();
        let questions = merged.conflicts.len();
        commands.push(Command::RecordMerge { parents, conflicts: merged.conflicts });
        let label = format!("Merge {name}");
        let applied = self.doc.apply_to_file(commands, &label);
        let failed = applied.is_err();
        self.after_apply(applied, &label);
        if !failed {
            self.merge_marks = Some(MergeMarks { name: name.to_owned(), sides, label });
            self.status = if questions == 0 {
                format!("Merged the changes in {name} with yours; nothing to choose")
            } else {
                // All of them at once, to settle in any order.
                self.tab = crate::ui::Tab::Conflicts;
                format!(
                    "Merged the changes in {name} with yours; {} to choose in the Conflicts tab (yours is kept until then)",
                    crate::text::counted(questions, "conflict")
                )
            };
        }
    }

    /// Writes the whole plan in `format` to `path` (PNG: one numbered image per page).
    fn export_to(&mut self, format: Format, path: &Path) {
        let plan = self.doc.plan();
        match export::render(plan, format, DateRange::whole(plan), self.last_change())
            .and_then(|files| export::write(&files, path))
        {
            Ok(written) => {
                self.status = match written.as_slice() {
                    [one] => format!("Exported {}", one.display()),
                    [first, ..] => format!("Exported {} images: {} …", written.len(), first.display()),
                    [] => "Nothing to export".to_owned(),
                };
            }
            Err(e) => self.error = Some(format!("Could not export: {e}\nThe plan is unchanged.")),
        }
    }

    /// The plan's last change (the ICS DTSTAMP, the PDF's creation date): its file's time
    /// while it is saved, else now.
    fn last_change(&self) -> chrono::NaiveDateTime {
        self.doc
            .path()
            .filter(|_| !self.doc.is_dirty())
            .and_then(file::modified_utc)
            .unwrap_or_else(|| chrono::Utc::now().naive_utc())
    }

    /// Opens the plan's PDF in the system viewer, or says where it is.
    pub(super) fn print(&mut self) {
        let plan = self.doc.plan();
        let name = self.doc.name();
        let name = name.strip_suffix(".ron").unwrap_or(&name);
        let viewer = |path: &Path| {
            if self.desktop {
                print::system_viewer(path)
            } else {
                Err(std::io::Error::other("opening other programs is turned off"))
            }
        };
        match print::print(
            plan,
            DateRange::whole(plan),
            self.last_change(),
            name,
            &print::print_dir(),
            viewer,
        ) {
            Ok(printed) => self.status = printed.message(),
            Err(e) => self.error = Some(format!("Could not print: {e}")),
        }
    }

    /// Shows the path field for `purpose`, and the system's dialog beside it where there is one.
    pub(super) fn open_prompt(&mut self, purpose: Purpose, ctx: &egui::Context) {
        let suggested = self.suggested_path(purpose);
        let text = match purpose {
            Purpose::Open | Purpose::Compare | Purpose::Merge | Purpose::Import => String::new(),
            Purpose::Folder => {
                self.doc.path().and_then(Path::parent).map(|p| p.display().to_string()).unwrap_or_default()
            }
            Purpose::SaveAs | Purpose::Export(_) | Purpose::Workouts | Purpose::Workout(_) => {
                suggested.as_deref().map(|p| p.display().to_string()).unwrap_or_default()
            }
        };
        let native = self.dialogs.open(purpose, suggested.as_deref(), ctx);
        let note = match purpose {
            Purpose::Workouts | Purpose::Workout(_) => Some(self.watch_note(purpose, suggested.as_deref())),
            Purpose::Import => Some(
                "A FIT, GPX or TCX file (gzipped too) or a folder of them, such as a watch's GARMIN/Activity \
                 folder. Each activity is shown with the session it logs before anything changes."
                    .to_owned(),
            ),
            _ => native.then(|| "Choose a file in the window that opened, or type where it is here.".to_owned()),
        };
        self.prompt = Some(Prompt { field: PathPrompt { purpose, text, note }, then: None, overwrite: None });
    }

    /// Opens the system's dialog for the path field, or says there is none.
    pub(super) fn browse(&mut self, ctx: &egui::Context) {
        let Some(purpose) = self.prompt.as_ref().map(|p| p.field.purpose) else { return };
        let suggested = self.suggested_path(purpose);
        if !self.dialogs.open(purpose, suggested.as_deref(), ctx)
            && let Some(prompt) = &mut self.prompt
        {
            prompt.field.note = Some(
                "A window to choose files cannot open on this computer: type where the file is.".to_owned(),
            );
        }
    }

    /// The path field's answer. A write over an existing file asks to be confirmed once more.
    pub(super) fn path_chosen(&mut self, typed: &Path, ctx: &egui::Context) {
        let Some(prompt) = &mut self.prompt else { return };
        let purpose = prompt.field.purpose;
        let path = with_extension(typed, purpose);
        let writes = matches!(purpose, Purpose::SaveAs | Purpose::Export(_));
        let replaces = writes && path.exists() && self.doc.path() != Some(&*path);
        if replaces && prompt.overwrite.as_ref() != Some(&path) {
            prompt.field.note = Some(format!(
                "{} already exists. Press {} again to replace it.",
                path.display(),
                purpose.verb()
            ));
            prompt.overwrite = Some(path);
            return;
        }
        let then = self.prompt.take().and_then(|p| p.then);
        self.finish_dialog(purpose, &path, then, ctx);
    }

    /// Takes the answers of system dialogs that arrived since the last frame.
    pub(super) fn poll_dialogs(&mut self, ctx: &egui::Context) {
        while let Some((purpose, picked)) = self.dialogs.poll() {
            if purpose == Purpose::Import && !picked.is_empty() {
                self.prompt = None;
                self.import_paths(&picked, None);
                continue;
            }
            match picked.first() {
                Some(path) => {
                    // The system dialog has already asked about replacing an existing file.
                    let then = self.prompt.take().and_then(|p| p.then);
                    self.finish_dialog(purpose, &with_extension(path, purpose), then, ctx);
                }
                None => {
                    if let Some(prompt) = &mut self.prompt {
                        prompt.field.note = Some(
                            // rfd answers the same when the dialog was cancelled and when none
                            // could be shown (no portal, no zenity); either way no file came.
                            "No file was chosen. Type where the file is, or press Cancel.".to_owned(),
                        );
                    }
                }
            }
        }
    }

    fn finish_dialog(&mut self, purpose: Purpose, path: &Path, then: Option<Pending>, ctx: &egui::Context) {
        match purpose {
            Purpose::Open => self.open(path),
            Purpose::SaveAs => {
                if self.save_to(path)
                    && let Some(then) = then
                {
                    self.proceed(then, ctx);
                }
            }
            Purpose::Export(format) => self.export_to(format, path),
            Purpose::Compare => self.compare_with(path),
            Purpose::Merge => self.merge_with(path),
            Purpose::Folder => self.list_folder(path),
            Purpose::Workouts => self.export_workouts(path),
            Purpose::Workout(id) => self.send_to_watch(id, path),
            Purpose::Import => self.import_paths(&[path.to_path_buf()], None),
        }
    }

    /// What the watch folder field says: where a mounted Garmin takes workouts, and which.
    fn watch_note(&self, purpose: Purpose, suggested: Option<&Path>) -> String {
        let which = match purpose {
            Purpose::Workout(_) => "Writes the selected session's FIT workout.".to_owned(),
            _ => format!(
                "Writes a FIT workout for each planned run, run/walk and walk from today ({}) on.",
                self.view.today.format("%a %-d %b")
            ),
        };
        match suggested.filter(|p| p.ends_with("GARMIN/NewFiles")) {
            Some(_) => format!("{which} A Garmin is mounted: its GARMIN/NewFiles folder is filled in."),
            None => format!("{which} On a Garmin mounted over USB, choose its GARMIN/NewFiles folder."),
        }
    }

    /// Writes the planned workouts from today on into `dir`.
    fn export_workouts(&mut self, dir: &Path) {
        let created = chrono::Utc::now().naive_utc();
        match watch::export_workouts(self.doc.file_plan(), Some(self.view.today), None, dir, created) {
            Ok(written) if written.is_empty() => {
                self.status = "No planned runs or walks from today on: no workouts written".to_owned();
            }
            Ok(written) => {
                let workouts = crate::text::counted(written.len(), "workout");
                self.status = format!("Wrote {workouts} to {}", dir.display());
            }
            Err(e) => self.error = Some(format!("Could not write the workouts: {e}\nThe plan is unchanged.")),
        }
    }

    /// Writes the workout of session `id` into `dir`.
    fn send_to_watch(&mut self, id: SessionId, dir: &Path) {
        let created = chrono::Utc::now().naive_utc();
        match watch::export_session(self.doc.file_plan(), id, dir, created) {
            Ok(Some(path)) => self.status = format!("Wrote {}", path.display()),
            Ok(None) => self.status = "That session has no workout for a watch".to_owned(),
            Err(e) => self.error = Some(format!("Could not write the workout: {e}\nThe plan is unchanged.")),
        }
    }

    /// Where a dialog for `purpose` starts: the plan's file, with the export's extension.
    fn suggested_path(&self, purpose: Purpose) -> Option<PathBuf> {
        let path = self
            .doc
            .path()
            .map_or_else(|| PathBuf::from(format!("{}.ron", self.doc.name())), Path::to_path_buf);
        match purpose {
            Purpose::Open | Purpose::SaveAs | Purpose::Compare | Purpose::Merge => {
                self.doc.path().map(Path::to_path_buf)
            }
            Purpose::Import => None,
            // The dialog starts in the folder of the open plan.
            Purpose::Folder => self.doc.path().map(|p| p.with_file_name("")),
            Purpose::Export(format) => Some(path.with_extension(format.extension())),
            Purpose::Workouts | Purpose::Workout(_) => {
                let roots = if self.desktop { WATCH_MOUNTS } else { &[] };
                garmin_new_files(roots).or_else(|| self.doc.path().map(|p| p.with_file_name("")))
            }
        }
    }
}

/// `path` with the purpose's extension added when it has none ("plan" → "plan.ron").
fn with_extension(path: &Path, purpose: Purpose) -> PathBuf {
    if purpose.is_folder() || matches!(purpose, Purpose::Open | Purpose::Import) || path.extension().is_some()
    {
        path.to_path_buf()
    } else {
        path.with_extension(purpose.extension())
    }
}

#[cfg(test)]
mod tests {
    use super::garmin_new_files;

    /// A Garmin mounted by udisks (`/media/USER/GARMIN`) or straight under the root is found;
    /// a drive without the folder is not taken for one.
    #[test]
    fn a_mounted_garmins_new_files_folder_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_str().unwrap();
        std::fs::create_dir_all(dir.path().join("alex/USB STICK")).unwrap();
        assert_eq!(garmin_new_files(&[root]), None);
        let watch = dir.path().join("alex/GARMIN/GARMIN/NewFiles");
        std::fs::create_dir_all(&watch).unwrap();
        assert_eq!(garmin_new_files(&[root, "/nonexistent"]), Some(watch));
        let flat = tempfile::tempdir().unwrap();
        let direct = flat.path().join("FENIX/GARMIN/NewFiles");
        std::fs::create_dir_all(&direct).unwrap();
        assert_eq!(garmin_new_files(&[flat.path().to_str().unwrap()]), Some(direct));
    }
}
