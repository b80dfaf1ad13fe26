//! Importing recorded runs: files chosen through File → Import runs… or dropped on the window
//! are read and matched in a preview ([`ImportDialog`]); its choices and Apply are carried out
//! here, Apply as one undoable step.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::App;
use super::mode::Mode;
use crate::activity::{self, Options};
use crate::plan::Command;
use crate::t;
use crate::ui::Tab;
use crate::ui::import::{self, ImportAction, ImportDialog, PainAnswer};
use crate::ui::modals::Purpose;

impl App {
    /// Reads the activity files in `paths` (files, or folders of them) and shows the preview;
    /// dropped on `day`, activities are logged in that day's sessions where they match.
    pub(super) fn import_paths(&mut self, paths: &[PathBuf], day: Option<NaiveDate>) {
        let (files, mut errors) = super::platform::collect(paths);
        let mut activities = Vec::new();
        for file in &files {
            match super::platform::read_activities(file) {
                Ok(read) => activities.extend(read),
                Err(e) => errors.push(e),
            }
        }
        if activities.is_empty() && errors.is_empty() {
            self.status = t!("status-no-activities");
            return;
        }
        let unreadable = errors
            .iter()
            .map(|e| {
                let name = e
                    .file
                    .file_name()
                    .map_or_else(|| e.file.display().to_string(), |n| n.display().to_string());
                format!("{name}: {}", e.reason)
            })
            .collect();
        let options = Options { zone: self.zone, ..Options::default() };
        let mut preview = activity::preview(self.doc.plan(), activities, &options);
        if let Some(day) = day {
            preview.prefer_day(self.doc.plan(), day);
        }
        self.mode = Mode::Import(Box::new(ImportDialog::new(preview, unreadable, day)));
    }

    /// Carries out a choice made in the import preview.
    pub(super) fn import_action(&mut self, action: ImportAction) {
        let plan = self.doc.plan();
        let Mode::Import(dialog) = &mut self.mode else { return };
        match action {
            ImportAction::Include { line, included } => {
                dialog.note =
                    (!dialog.preview.set_included(line, included)).then(|| t!("import-dialog-taken"));
            }
            ImportAction::Retarget { line, to } => {
                dialog.note = dialog.preview.retarget(plan, line, to).err().map(|e| e.to_string());
            }
            ImportAction::Pain { line, answer } => {
                if let Some(pain) = dialog.pain.get_mut(line) {
                    *pain = answer;
                }
            }
            ImportAction::Cancel => {
                self.mode = Mode::Calendar;
                self.status = t!("status-import-cancelled");
            }
            ImportAction::Apply => self.apply_import(),
        }
    }

    /// Applies the ticked lines, with the pain answered, as one undoable step, then shows the
    /// first session logged.
    fn apply_import(&mut self) {
        let Some(dialog) = self.mode.take_import() else { return };
        let plan = self.doc.plan();
        let mut commands = dialog.preview.commands(plan);
        for command in &mut commands {
            let (Command::EditSession(session) | Command::AddSession(session)) = command else { continue };
            let answer = dialog
                .preview
                .lines()
                .iter()
                .zip(&dialog.pain)
                .find(|(line, _)| session.recorded.as_ref() == Some(&line.activity.id()))
                .map(|(_, pain)| *pain)
                .unwrap_or_default();
            session.pain = answer.over(session.pain);
        }
        let first = commands.iter().find_map(|c| match c {
            Command::EditSession(s) | Command::AddSession(s) => Some((s.id, s.date)),
            _ => None,
        });
        let asked = dialog.pain.iter().any(|p| *p != PainAnswer::default());
        let n = commands.len();
        if n == 0 {
            self.status = t!("status-nothing-to-import");
            return;
        }
        let label = t!("app-import", runs = import::runs(n));
        self.apply(commands, &label, None);
        if self.error.is_none()
            && let Some((id, date)) = first
        {
            self.view.selected = Some(id);
            self.view.selected_day = Some(date);
            self.view.anchor = date;
            self.tab = Tab::Session;
            if !asked {
                self.status = t!("status-imported-ask", step = &label);
            }
        }
    }

    /// Files dropped on the window this frame open the preview, matched to the day under the
    /// pointer if there is one; files held over the window show what dropping does.
    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) {
        let (dropped, hovered, pointer) = ctx.input(|i| {
            let dropped: Vec<PathBuf> = i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect();
            (dropped, i.raw.hovered_files.len(), i.pointer.latest_pos())
        });
        if hovered > 0 {
            import::hovered_files_ui(ctx, hovered);
        }
        if dropped.is_empty() {
            return;
        }
        // Files dropped on the import's own path field answer it; any other open dialog is
        // answered first, so a drop cannot pile a second dialog on top of it.
        self.mode.close_if(|m| matches!(m, Mode::Prompt(p) if p.field.purpose == Purpose::Import));
        if self.dialog_open() {
            self.status = t!("status-close-dialog-first");
            return;
        }
        self.import_paths(&dropped, pointer.and_then(|p| self.day_at(p)));
    }
}
