//! The path field and the system's file dialogs beside it: what they ask, where they start,
//! and what their answer does.

use std::path::{Path, PathBuf};

use super::App;
use super::exports::{WATCH_MOUNTS, garmin_new_files};
use super::mode::{Mode, Pending, Prompt};
use crate::t;
use crate::ui::modals::{PathPrompt, Purpose};

impl App {
    /// Shows the path field for `purpose`, and the system's dialog beside it where there is one.
    pub(super) fn open_prompt(&mut self, purpose: Purpose, ctx: &egui::Context) {
        if self.platform_prompt(purpose, ctx) {
            return;
        }
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
            Purpose::Import => Some(t!("prompt-import-note")),
            _ => native.then(|| t!("prompt-native-note")),
        };
        self.mode =
            Mode::Prompt(Prompt { field: PathPrompt { purpose, text, note }, then: None, overwrite: None });
    }

    /// Opens the system's dialog for the path field, or says there is none.
    pub(super) fn browse(&mut self, ctx: &egui::Context) {
        let Mode::Prompt(prompt) = &self.mode else { return };
        let purpose = prompt.field.purpose;
        let suggested = self.suggested_path(purpose);
        if !self.dialogs.open(purpose, suggested.as_deref(), ctx)
            && let Mode::Prompt(prompt) = &mut self.mode
        {
            prompt.field.note = Some(t!("prompt-no-file-window"));
        }
    }

    /// The path field's answer. A write over an existing file asks to be confirmed once more.
    pub(super) fn path_chosen(&mut self, typed: &Path, ctx: &egui::Context) {
        let Mode::Prompt(prompt) = &mut self.mode else { return };
        let purpose = prompt.field.purpose;
        let path = with_extension(typed, purpose);
        let writes = matches!(purpose, Purpose::SaveAs | Purpose::Export(_));
        let replaces = writes && path.exists() && self.doc.path() != Some(&*path);
        if replaces && prompt.overwrite.as_ref() != Some(&path) {
            prompt.field.note =
                Some(t!("prompt-replace", path = path.display().to_string(), verb = purpose.verb()));
            prompt.overwrite = Some(path);
            return;
        }
        let then = self.mode.take_prompt().and_then(|p| p.then);
        self.finish_dialog(purpose, &path, then, ctx);
    }

    /// Takes the answers of system dialogs that arrived since the last frame.
    pub(super) fn poll_dialogs(&mut self, ctx: &egui::Context) {
        while let Some((purpose, picked)) = self.dialogs.poll() {
            if purpose == Purpose::Import && !picked.is_empty() {
                self.mode.take_prompt();
                self.import_paths(&picked, None);
                continue;
            }
            if purpose == Purpose::Merge && picked.len() > 1 {
                self.mode.take_prompt();
                self.merge_files(&picked);
                continue;
            }
            match picked.first() {
                Some(path) => {
                    // The system dialog has already asked about replacing an existing file.
                    let then = self.mode.take_prompt().and_then(|p| p.then);
                    self.finish_dialog(purpose, &with_extension(path, purpose), then, ctx);
                }
                None => {
                    if let Mode::Prompt(prompt) = &mut self.mode {
                        // rfd answers the same when the dialog was cancelled and when none could be
                        // shown (no portal, no zenity); either way no file came.
                        prompt.field.note = Some(t!("prompt-none-chosen"));
                    }
                }
            }
        }
    }

    /// Does what the path field or the system's dialog was for, with the path it gave.
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
