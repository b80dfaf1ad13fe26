//! The eframe shell: the app's state and the frame loop. Each frame draws every part from the
//! state, collects the [`Intent`]s they return, then carries them out
//! ([`command_handling`]); files live in [`file_actions`], the path field in [`prompt`],
//! exports in [`exports`], comparing and merging in [`merging`], the dialog that is up in
//! [`mode`], autosave in [`autosave`], the window in [`window`]; what differs between the
//! desktop and a browser (files, printing, starting) in [`platform`].

mod autosave;
mod command_handling;
mod drag;
mod exports;
mod file_actions;
mod import;
mod merging;
mod mode;
mod platform;
mod prefs;
mod prompt;
mod startup;
mod window;

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{Rect, Ui};

pub use autosave::{Autosave, AutosaveError, CrashGuard, Recovered};
#[cfg(not(target_arch = "wasm32"))]
pub use platform::run;
#[cfg(target_arch = "wasm32")]
pub use platform::start;
pub use prefs::Prefs;
pub use startup::Startup;
pub use window::Window;

use crate::edit::{Clip, Comparison, Document};
use crate::i18n::Lang;
use crate::plan::{Command, Pain, PainLog, Session, SessionId};
use crate::t;
use crate::ui::calendar::{self, CalendarCx, CalendarView};
use crate::ui::menu::MenuCx;
use crate::ui::side::SideCx;
use crate::ui::theme::{self, Palette};
use crate::ui::{Intent, Tab, banners, editor, input, load, menu, palette, settings, side, status};
use autosave::{Autosaver, Tick};
use drag::CachedPreview;
use mode::Mode;
use mode::Pending;
use platform::Dialogs;

/// Makes `lang` the language the app writes in. The desktop app owns its process, so every
/// thread speaks it (an export's too); otherwise (tests, side by side in one process) only the
/// app's own thread does, so one test's choice never reaches another's.
fn speak(lang: Lang, desktop: bool) {
    if desktop {
        crate::i18n::set(lang);
    } else {
        crate::i18n::set_for_thread(lang);
    }
}

/// The whole app state.
pub struct App {
    doc: Document,
    view: CalendarView,
    prefs: Prefs,
    tab: Tab,
    status: String,
    error: Option<String>,
    clipboard: Option<Clip>,
    compare: Option<Comparison>,
    /// The dialog or prompt over the window, if any: one at a time.
    mode: Mode,
    /// The time zone an activity file without its own local time is read in: the machine's,
    /// pinned by tests as `today` is.
    zone: crate::activity::Zone,
    /// The folder listed in the Athletes tab and its plans.
    folder: Option<(PathBuf, Vec<crate::folder::Athlete>)>,
    preview: Option<CachedPreview>,
    cells: Vec<(Rect, NaiveDate)>,
    autosaver: Autosaver,
    dialogs: Dialogs,
    desktop: bool,
    allow_close: bool,
    title: String,
    dates: settings::DateTexts,
    /// The note being written in the side panel.
    note_draft: String,
    /// Whether the file was found changed by another program and the user has not yet chosen.
    outside: bool,
    /// When the file was last checked for outside changes (frame time).
    disk_checked: Option<f64>,
    /// Whether a drag was under way at the end of the last frame.
    was_dragging: bool,
    /// Set when Escape cancels a drag; holds until the mouse button is released, so the drag
    /// source does not pick the drag up again.
    drag_cancelled: bool,
    /// Whether the plan shown is the built-in example, until another is opened or started.
    example: bool,
    /// Comments written by hand in the open file, until kept as notes or dropped: saving
    /// would lose them, so it waits for the choice.
    comments: Vec<crate::comments::Comment>,
    /// The versions of plans opened or saved here, to merge copies from the one both were
    /// made from; `None` without a data folder.
    store: Option<crate::store::Store>,
    /// The runs asked about this morning ("How does it feel today?"), answered or dismissed: a
    /// score of 0 looks like none in the plan, so the banner would ask again.
    next_day_asked: Vec<SessionId>,
}

impl App {
    /// The unsaved plan as the panic hook sees it.
    pub fn crash_guard(&self) -> &CrashGuard {
        &self.autosaver.guard
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The calendar's shown period and selection.
    pub fn view(&self) -> &CalendarView {
        &self.view
    }

    /// The preferences to persist.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The error banner's text, if one is shown.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The status bar's message.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Shows the side panel tab.
    pub fn set_tab(&mut self, tab: Tab) {
        self.tab = tab;
    }

    /// The window title: file name, a dot when unsaved.
    pub fn window_title(&self) -> String {
        let dirty = if self.doc.is_dirty() { "yes" } else { "no" };
        t!("app-title", name = self.doc.name(), dirty = dirty)
    }

    /// Shows a newly opened, started or restored plan through the viewer's lens, at its
    /// session today or next (a plan starting next month opens there), else at its last one.
    fn adopt_document(&mut self) {
        self.doc.set_lens(self.prefs.lens);
        self.next_day_asked.clear();
        let plan = self.doc.plan();
        let today = self.view.today;
        let next = plan.sessions().iter().map(|s| s.date).find(|&d| d >= today);
        self.view.anchor = next.map_or_else(|| plan.last_date(), |d| if d == today { today } else { d });
    }

    /// One frame: draws everything, then carries out what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.cancel_drag_on_escape(&ctx);
        self.check_disk(&ctx);
        self.poll_dialogs(&ctx);
        let mut out = if self.dialog_open() { Vec::new() } else { input::shortcuts(&ctx) };
        self.update_preview(&ctx);
        self.panels_ui(ui, &mut out);
        if let (Some(cached), Some(pointer)) = (&self.preview, ctx.pointer_latest_pos()) {
            calendar::preview_tooltip_ui(
                &ctx,
                &Palette::of(&ctx.global_style().visuals),
                &cached.preview,
                pointer,
            );
        }
        self.modals_ui(&ctx, &mut out);

        for intent in out {
            if self.drag_cancelled && matches!(intent, Intent::Drop { .. } | Intent::Trash(_)) {
                continue;
            }
            self.handle(intent, &ctx);
        }
        // After the frame's intents, so a drop is not undone by a choice made in the same frame.
        self.dropped_files(&ctx);
        if let Some(comparison) = &mut self.compare {
            comparison.refresh(&self.doc);
        }
        if self.drag_cancelled {
            egui::DragAndDrop::clear_payload(&ctx);
            ctx.stop_dragging();
        }
        self.was_dragging = egui::DragAndDrop::has_any_payload(&ctx);
        self.after_frame(&ctx);
    }

    /// Every panel, drawn from the state; what the user does comes back in `out`.
    fn panels_ui(&mut self, ui: &mut Ui, out: &mut Vec<Intent>) {
        let menu = MenuCx {
            recent: &self.prefs.recent,
            undo: self.doc.undo_label(),
            redo: self.doc.redo_label(),
            session_selected: self.view.selected.is_some(),
            watch_session: self
                .view
                .selected
                .is_some_and(|id| crate::watch::sendable(self.doc.plan(), id).is_some()),
            day_selected: self.view.selected_day.is_some(),
            clipboard: self.clipboard.is_some(),
            load_shown: !self.prefs.hide_load,
            lens: self.prefs.lens,
            theme: self.prefs.theme,
            lang: crate::i18n::current(),
            unavailable: platform::unavailable,
        };
        let frame = theme::panel_frame(ui.style());
        egui::Panel::top("menu").frame(frame).show(ui, |ui| menu::menu_ui(ui, &menu, out));
        egui::Panel::bottom("status").frame(frame).show(ui, |ui| {
            crate::ui::name_region(ui, &t!("app-region-status"));
            status::status_ui(ui, &self.doc, &self.status);
        });
        if self.outside {
            let (name, dirty) = (self.doc.name(), self.doc.is_dirty());
            egui::Panel::top("outside")
                .frame(frame)
                .show(ui, |ui| banners::outside_ui(ui, &name, dirty, out));
        }
        if let Some(first) = self.comments.first() {
            let count = self.comments.len();
            egui::Panel::top("comments")
                .frame(frame)
                .show(ui, |ui| banners::comments_ui(ui, count, first, out));
        }
        if let Some(marks) = self.doc.merge_marks() {
            let conflicts = self.doc.file_plan().conflicts.len();
            egui::Panel::top("merge-marks")
                .frame(frame)
                .show(ui, |ui| banners::merge_marks_ui(ui, &marks.name, &marks.sides, conflicts, out));
        }
        if !self.doc.file_plan().conflicts.is_empty() {
            let (plan, listed) = (self.doc.file_plan(), self.tab == Tab::Conflicts);
            egui::Panel::top("conflicts")
                .frame(frame)
                .show(ui, |ui| banners::conflicts_ui(ui, plan, listed, out));
        }
        if self.example {
            egui::Panel::top("example").frame(frame).show(ui, |ui| banners::example_ui(ui, out));
        }
        if let Some(run) = self.next_day_question() {
            egui::Panel::top("next-day").frame(frame).show(ui, |ui| banners::next_day_ui(ui, run, out));
        }
        if let Some(error) = &self.error {
            egui::Panel::top("error").frame(frame).show(ui, |ui| banners::error_ui(ui, error, out));
        }
        egui::Panel::left("palette").frame(frame).exact_size(theme::PALETTE_WIDTH).show(ui, |ui| {
            crate::ui::name_region(ui, &t!("app-region-palette"));
            palette::palette_ui(ui, out);
        });
        let side = SideCx {
            tab: self.tab,
            doc: &self.doc,
            selection: (self.view.selected, self.view.selected_day),
            notes: editor::NotesCx {
                author: &mut self.prefs.author,
                draft: &mut self.note_draft,
                now: chrono::Utc::now(),
            },
            dates: &mut self.dates,
            compare: self.compare.as_mut(),
            folder: self.folder.as_ref(),
            today: self.view.today,
        };
        side::side_panel_ui(ui, frame, side, out);
        if !self.prefs.hide_load {
            let height = load::panel_height(self.doc.weeks());
            egui::Panel::bottom("load").frame(frame).default_size(height).show(ui, |ui| {
                crate::ui::name_region(ui, &t!("app-region-load"));
                load::load_ui(ui, self.doc.plan(), self.doc.weeks(), out);
            });
        }
        egui::CentralPanel::default_margins().frame(theme::central_frame(ui.style())).show(ui, |ui| {
            crate::ui::name_region(ui, &t!("app-region-calendar"));
            calendar::toolbar_ui(ui, &self.view, self.doc.plan().meta.week_start, out);
            ui.add_space(4.0);
            let preview = self.preview.as_ref().map(|c| &c.preview);
            let changes = self.compare.as_ref().map(Comparison::by_day);
            let merge = self.doc.merge_marks().map(|m| &m.sides);
            let cx = CalendarCx { doc: &self.doc, view: &self.view, preview, changes, merge };
            self.cells = calendar::calendar_ui(ui, &cx, out);
        });
    }

    /// Speaks `lang` from now on and remembers it: the findings, the folder's overview and the
    /// status, kept as text, are written again in it; the rest is drawn in it from this frame.
    fn set_language(&mut self, lang: Lang) {
        self.prefs.lang = Some(lang);
        speak(lang, self.desktop);
        self.doc.relanguage();
        self.refresh_folder();
        self.status = t!("status-language", name = lang.name());
    }

    /// Yesterday's done run still waiting for its score the morning after, unless it was
    /// answered or dismissed here.
    fn next_day_question(&self) -> Option<&Session> {
        crate::progress::waiting_for_next_day(self.doc.plan(), self.view.today)
            .find(|s| !self.next_day_asked.contains(&s.id))
    }

    /// Logs `pain` as the morning after on `session`, through the command path so Undo takes it
    /// back, or with `None` leaves it unanswered; either way the banner asks no more about it.
    fn answer_next_day(&mut self, session: SessionId, pain: Option<Pain>) {
        self.next_day_asked.push(session);
        let Some(score) = pain else { return };
        let Some(mut run) = self.doc.plan().session(session).cloned() else { return };
        run.pain = Some(PainLog { next_day: score, ..run.pain.unwrap_or_default() });
        self.apply(vec![Command::EditSession(run)], &t!("app-log-next-day"), None);
    }

    /// Whether a dialog is over the window: then the keys and dropped files belong to it.
    fn dialog_open(&self) -> bool {
        self.mode.is_open()
    }

    /// The day whose cell was drawn at `pos` in the last frame.
    fn day_at(&self, pos: egui::Pos2) -> Option<NaiveDate> {
        self.cells.iter().find(|(rect, _)| rect.contains(pos)).map(|&(_, day)| day)
    }

    /// The dialog open now, if any, over the window.
    fn modals_ui(&mut self, ctx: &egui::Context, out: &mut Vec<Intent>) {
        self.mode.modal_ui(ctx, &self.doc, &self.prefs.recent, out);
    }

    fn after_frame(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.mode.ask_first(Pending::Quit);
        }
        match self.autosaver.tick(&self.doc, ctx.input(|i| i.time)) {
            Tick::Idle => {}
            Tick::WaitSecs(secs) => ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs)),
            Tick::Failed(e) => self.error = Some(t!("autosave-failed", error = e.to_string())),
        }
    }
}
