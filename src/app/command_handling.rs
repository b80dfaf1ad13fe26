//! The one place where intents change the app: plan edits through the document, selection
//! and view changes, preferences, and dialog answers (files are handed to
//! [`file_actions`](super::file_actions)).

use super::App;
use super::mode::Mode;
use super::mode::Pending;
use crate::edit::{Clip, Drag, EditKey, drop_commands, paste_commands};
use crate::generate::MethodInput;
use crate::plan::{Applied, Command, CommandError, SessionId};
use crate::t;
use crate::ui::method::{MethodChoice, MethodForm};
use crate::ui::modals::{Answer, Purpose};
use crate::ui::{Intent, Tab, UiCommand, Zoom};
use crate::watch;

impl App {
    /// Carries out one intent from the frame just drawn.
    pub(super) fn handle(&mut self, intent: Intent, ctx: &egui::Context) {
        match intent {
            Intent::Apply { commands, label, key } => self.apply(commands, &label, key),
            Intent::Merge { commands, label } => {
                let applied = self.doc.apply_to_file(commands, &label);
                self.after_apply(applied, &label);
            }
            Intent::Select(id) => {
                self.doc.seal_history();
                self.view.selected = id;
                if let Some(s) = id.and_then(|id| self.doc.plan().session(id)) {
                    self.view.selected_day = Some(s.date);
                    self.tab = Tab::Session;
                }
            }
            Intent::SelectDay(date) => {
                self.doc.seal_history();
                self.view.selected_day = Some(date);
                self.view.selected = None;
            }
            Intent::Jump { date, session } => {
                self.view.anchor = date;
                self.view.selected_day = Some(date);
                self.view.selected = session;
            }
            Intent::Drop { drag, date, copy } => {
                self.preview = None;
                if let Some((commands, label)) = drop_commands(self.doc.plan(), &drag, date, copy) {
                    self.apply(commands, &label, None);
                    self.view.selected_day = Some(date);
                }
            }
            Intent::Trash(id) => self.delete(id),
            Intent::AddToSelectedDay(kind) => self.add_to_selected_day(kind),
            Intent::Run(command) => self.run(command, ctx),
            Intent::Failed(message) => self.error = Some(message),
            Intent::DismissError => self.error = None,
            Intent::DismissExample => self.example = false,
            Intent::NextDay { session, pain } => self.answer_next_day(session, pain),
            Intent::HideMergeMarks => self.doc.hide_merge_marks(),
            Intent::SetTab(tab) => self.tab = tab,
            Intent::ShowLoadChart(shown) => self.prefs.hide_load = !shown,
            Intent::SetLens(lens) => {
                self.prefs.lens = lens;
                self.doc.set_lens(lens);
            }
            Intent::SetTheme(theme) => {
                self.prefs.theme = theme;
                theme.apply(ctx);
            }
            Intent::SetLang(lang) => self.set_language(lang),
            Intent::CloseComparison => self.close_comparison(),
            Intent::OfferStepBack(id) => match crate::stepback::step_back(self.doc.plan(), id) {
                Some(fix) => {
                    // The chip's menu that offered it would stay open under the dialog.
                    egui::Popup::close_all(ctx);
                    self.mode = Mode::StepBack(Box::new(fix));
                }
                None => {
                    self.status = t!("status-nothing-to-step-back");
                }
            },
            Intent::CloseStepBack => self.mode.close_if(|m| matches!(m, Mode::StepBack(_))),
            Intent::Open(path) => self.request(Pending::Open(path), ctx),
            Intent::ListFolder(dir) => self.list_folder(&dir),
            Intent::CloseFolder => {
                self.folder = None;
                if self.tab == Tab::Athletes {
                    self.tab = Tab::Session;
                }
            }
            Intent::Answer(answer) => self.answer(answer, ctx),
            Intent::Import(action) => self.import_action(action),
        }
    }

    /// What a dialog's answer does.
    fn answer(&mut self, answer: Answer, ctx: &egui::Context) {
        match answer {
            Answer::Restore => self.restore(),
            Answer::DiscardRecovery => {
                self.autosaver.clear();
                self.mode.close_if(|m| matches!(m, Mode::Recover(_)));
            }
            Answer::SaveFirst => {
                if let Some(pending) = self.mode.take_pending() {
                    self.save_then(pending, ctx);
                }
            }
            Answer::DontSave => {
                if let Some(pending) = self.mode.take_pending() {
                    self.proceed(pending, ctx);
                }
            }
            Answer::CancelConfirm => {
                self.mode.take_pending();
            }
            Answer::Path(path) => self.path_chosen(&path, ctx),
            Answer::Browse => self.browse(ctx),
            Answer::CancelPath => {
                self.mode.take_prompt();
            }
            Answer::Method(MethodChoice::Create(plan)) => {
                self.mode.close_if(|m| matches!(m, Mode::Method(_)));
                self.request(Pending::Generated(plan), ctx);
            }
            Answer::Method(MethodChoice::Cancel) => self.mode.close_if(|m| matches!(m, Mode::Method(_))),
            Answer::MergeOutside => self.merge_outside(),
            Answer::CommentsAsNotes => {
                // The note's author when the viewer has not said their name: written into the
                // plan, in the words of whoever kept the comments.
                let author = match self.prefs.author.trim() {
                    "" => t!("app-comment-author"),
                    name => name.to_owned(),
                };
                let comments = std::mem::take(&mut self.comments);
                let commands =
                    crate::comments::as_notes(self.doc.file_plan(), &comments, &author, chrono::Utc::now());
                let label =
                    t!("app-keep-comments", comments = crate::text::counted(comments.len(), "comment"));
                let applied = self.doc.apply_to_file(commands, &label);
                self.after_apply(applied, &label);
            }
            Answer::DropComments => {
                self.comments.clear();
                self.status = t!("status-comments-dropped");
            }
            Answer::CompareOutside => {
                self.doc.accept_disk();
                self.outside = false;
                if let Some(path) = self.doc.path().map(std::path::Path::to_path_buf) {
                    self.compare_with(&path);
                }
            }
            Answer::ReloadOutside => {
                self.outside = false;
                if let Some(path) = self.doc.path().map(std::path::Path::to_path_buf) {
                    self.open(&path);
                }
            }
            Answer::KeepMine => {
                self.doc.accept_disk();
                self.outside = false;
                self.status = t!("status-keep-mine", name = self.doc.name());
            }
        }
    }

    pub(super) fn close_comparison(&mut self) {
        self.compare = None;
        if self.tab == Tab::Compare {
            self.tab = Tab::Session;
        }
    }

    pub(super) fn apply(&mut self, commands: Vec<Command>, label: &str, key: Option<EditKey>) {
        let applied = self.doc.apply(commands, label, key);
        self.after_apply(applied, label);
    }

    pub(super) fn after_apply(&mut self, applied: Result<Option<Applied>, CommandError>, label: &str) {
        match applied {
            Ok(Some(Applied::Session(id))) => {
                self.view.selected = Some(id);
                self.status = label.to_owned();
            }
            Ok(Some(Applied::Deleted(_))) => {
                self.view.selected = None;
                self.status = label.to_owned();
            }
            Ok(_) => self.status = label.to_owned(),
            Err(e) => self.error = Some(t!("app-could-not", step = label, error = e.to_string())),
        }
    }

    fn delete(&mut self, id: SessionId) {
        let kind = self.doc.plan().session(id).map(|s| s.kind.name()).unwrap_or_default();
        self.apply(vec![Command::DeleteSession(id)], &t!("app-delete", kind = kind), None);
    }

    fn run(&mut self, command: UiCommand, ctx: &egui::Context) {
        match command {
            UiCommand::New => self.request(Pending::New, ctx),
            UiCommand::NewFromMethod => {
                let mut input = MethodInput::new(self.view.today);
                input.units = self.prefs.lens.units.unwrap_or(input.units);
                input.week_start = self.prefs.lens.week_start.unwrap_or(input.week_start);
                self.mode = Mode::Method(Box::new(MethodForm::new(input)));
            }
            UiCommand::Open => self.request(Pending::OpenPrompt, ctx),
            UiCommand::Save => {
                self.save(ctx);
            }
            UiCommand::SaveAs => {
                if !self.comments_wait("saved") {
                    self.open_prompt(Purpose::SaveAs, ctx);
                }
            }
            UiCommand::DuplicateAsNew => {
                if !self.comments_wait("duplicated") {
                    self.request(Pending::Duplicate, ctx);
                }
            }
            UiCommand::Export(format) => self.open_prompt(Purpose::Export(format), ctx),
            UiCommand::Compare => self.open_prompt(Purpose::Compare, ctx),
            UiCommand::MergeWith => self.open_prompt(Purpose::Merge, ctx),
            UiCommand::OpenFolder => self.open_prompt(Purpose::Folder, ctx),
            UiCommand::ExportWorkouts => self.open_prompt(Purpose::Workouts, ctx),
            UiCommand::ImportRuns => self.open_prompt(Purpose::Import, ctx),
            UiCommand::SendToWatch => {
                match self.view.selected.filter(|&id| watch::sendable(self.doc.plan(), id).is_some()) {
                    Some(id) => self.open_prompt(Purpose::Workout(id), ctx),
                    None => {
                        self.status = t!("status-select-for-watch");
                    }
                }
            }
            UiCommand::Print => self.print(),
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            UiCommand::Undo => {
                let undone = self.doc.undo();
                self.after_history(undone, true);
            }
            UiCommand::Redo => {
                let redone = self.doc.redo();
                self.after_history(redone, false);
            }
            UiCommand::Copy => {
                if let Some(clip) = self.view.selected.and_then(|id| Clip::session(self.doc.plan(), id)) {
                    self.copy(clip, ctx);
                }
            }
            UiCommand::CopyWeek => {
                let selected = self.view.selected.and_then(|id| self.doc.plan().session(id).map(|s| s.date));
                if let Some(day) = self.view.selected_day.or(selected) {
                    self.copy(Clip::week(self.doc.plan(), day), ctx);
                }
            }
            UiCommand::Paste => {
                if let (Some(clip), Some(day)) = (&self.clipboard, self.view.selected_day) {
                    let (commands, label) = paste_commands(self.doc.plan(), clip, day);
                    self.apply(commands, &label, None);
                }
            }
            UiCommand::Delete => {
                if let Some(id) = self.view.selected {
                    self.delete(id);
                }
            }
            UiCommand::Previous => self.view.step(-1),
            UiCommand::Next => self.view.step(1),
            UiCommand::Today => {
                self.view.anchor = self.view.today;
                self.view.selected_day = Some(self.view.today);
                self.view.selected = None;
            }
            UiCommand::ZoomTwoWeeks => self.set_zoom(Zoom::TwoWeeks),
            UiCommand::ZoomFourWeeks => self.set_zoom(Zoom::FourWeeks),
            UiCommand::ZoomMonth => self.set_zoom(Zoom::Month),
            UiCommand::SelectLeft => self.move_selection(-1, ctx),
            UiCommand::SelectRight => self.move_selection(1, ctx),
            UiCommand::SelectUp => self.move_selection(-7, ctx),
            UiCommand::SelectDown => self.move_selection(7, ctx),
            UiCommand::MoveLeft => self.move_selected(-1, ctx),
            UiCommand::MoveRight => self.move_selected(1, ctx),
            UiCommand::MoveUp => self.move_selected(-7, ctx),
            UiCommand::MoveDown => self.move_selected(7, ctx),
            UiCommand::Cancel => self.view.selected = None,
        }
    }

    /// Puts `clip` on the app's clipboard, and its text on the system's.
    fn copy(&mut self, clip: Clip, ctx: &egui::Context) {
        ctx.copy_text(clip.text(self.doc.plan().meta.units));
        self.status = clip.copied();
        self.clipboard = Some(clip);
    }

    fn set_zoom(&mut self, zoom: Zoom) {
        if let Some(day) = self.view.selected_day {
            self.view.anchor = day;
        }
        self.view.zoom = zoom;
        self.prefs.zoom = zoom;
    }

    fn move_selection(&mut self, days: i64, ctx: &egui::Context) {
        let from = self.view.selected_day.unwrap_or(self.view.anchor);
        let Some(to) = from.checked_add_signed(chrono::Duration::days(days)) else { return };
        self.view.selected_day = Some(to);
        self.view.selected = self.doc.plan().sessions_on(to).first().map(|s| s.id);
        if !self.view.shows(to, self.doc.plan().meta.week_start) {
            self.view.anchor = to;
        }
        self.focus_follows_selection(ctx);
    }

    /// With the keyboard focus in the calendar, puts it on the selected chip (or day), so the
    /// focus ring and a screen reader follow the arrows rather than egui's nearest widget.
    fn focus_follows_selection(&self, ctx: &egui::Context) {
        if !crate::ui::input::calendar_has_focus(ctx) {
            return;
        }
        let id = match (self.view.selected, self.view.selected_day) {
            (Some(session), _) => crate::ui::chip_id(session),
            (None, Some(day)) => crate::ui::day_id(day),
            (None, None) => return,
        };
        ctx.memory_mut(|m| m.request_focus(id));
    }

    /// Adds a session of `kind` to the selected day (or the selected session's), as a drop of
    /// the palette entry there would.
    fn add_to_selected_day(&mut self, kind: crate::plan::SessionKind) {
        let Some(date) = self.view.selected_day else {
            self.status = t!("status-select-day-first");
            return;
        };
        if let Some((commands, label)) = drop_commands(self.doc.plan(), &Drag::New(kind), date, false) {
            self.apply(commands, &label, None);
        }
    }

    /// Moves the selected session `days` later (earlier when negative) as one undoable step,
    /// keeping it selected, as dragging it there would; the calendar follows it.
    fn move_selected(&mut self, days: i64, ctx: &egui::Context) {
        let Some(session) = self.view.selected.and_then(|id| self.doc.plan().session(id)) else {
            self.status = t!("status-select-session-first");
            return;
        };
        let id = session.id;
        let Some(to) = session.date.checked_add_signed(chrono::Duration::days(days)) else { return };
        if let Some((commands, label)) = drop_commands(self.doc.plan(), &Drag::Session(id), to, false) {
            self.apply(commands, &label, None);
            self.view.selected_day = Some(to);
            if !self.view.shows(to, self.doc.plan().meta.week_start) {
                self.view.anchor = to;
            }
            self.focus_follows_selection(ctx);
        }
    }

    /// Says what Undo (`undo`) or Redo did, naming the step, and lets go of a session it removed.
    fn after_history(&mut self, step: Option<String>, undo: bool) {
        self.status = match (step, undo) {
            (Some(step), true) => t!("status-undone", step = step),
            (Some(step), false) => t!("status-redone", step = step),
            (None, true) => t!("status-nothing-to-undo"),
            (None, false) => t!("status-nothing-to-redo"),
        };
        if self.view.selected.is_some_and(|id| self.doc.plan().session(id).is_none()) {
            self.view.selected = None;
        }
    }
}
