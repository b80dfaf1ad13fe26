//! The eframe app: state, the frame loop, and the one place where intents change the plan.

mod actions;
mod compare;
mod document;
mod files;
mod history;
mod ui_command;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::{Id, Rect, Ui};

pub use actions::{Clip, drop_commands, kind_for, paste_commands};
pub use compare::Comparison;
pub use document::Document;
pub use files::{Autosave, CrashGuard, Dialogs, Prefs, Purpose, Recovered, ThemeChoice, Zoom};
pub use history::EditKey;
pub use ui_command::UiCommand;

use crate::export::{self, DateRange, Format};
use crate::file;
use crate::generate::MethodInput;
use crate::plan::{Applied, Command, Plan, Units, WeekStart};
use crate::print;
use crate::rules;
use crate::ui::calendar::{self, CalendarCx, CalendarView, Preview};
use crate::ui::theme::{self, Palette};
use crate::ui::{Drag, Intent, editor, findings, method, palette, settings};

/// The example plan, built in so that a first start always has something to show.
const EXAMPLE: &str = include_str!("../../saves/example.ron");
/// Seconds between autosaves of unsaved changes.
const AUTOSAVE_QUIET_SECS: f64 = 1.0;
/// Key of the preferences in eframe's storage.
const PREFS_KEY: &str = "comeback-prefs";

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The selected session.
    Session,
    /// Every finding.
    Findings,
    /// Rule settings.
    Rules,
    /// Plan details.
    Plan,
    /// The comparison with another version, while one is open.
    Compare,
    /// A folder of athletes' plans, while one is listed.
    Athletes,
}

/// Something waiting for the user to decide about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    New,
    Generated(Box<Plan>),
    Open(PathBuf),
    OpenPrompt,
    Quit,
}

/// The in-app path field, shown with (or instead of) the native dialog.
#[derive(Clone, Debug)]
struct PathPrompt {
    purpose: Purpose,
    text: String,
    note: Option<String>,
    /// What to do once the plan is saved (Save chosen when asked about unsaved changes).
    then: Option<Pending>,
    /// A path that exists and was confirmed once; a second confirmation replaces it.
    overwrite: Option<PathBuf>,
}

/// The drop preview and what it was computed for: recomputed when any of these changes.
struct CachedPreview {
    drag: Drag,
    target: NaiveDate,
    copy: bool,
    revision: u64,
    preview: Preview,
}

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
    /// The step back after pain being previewed.
    step_back: Option<crate::stepback::StepBack>,
    /// The method's questions, while File → New from method… is open.
    method: Option<method::MethodForm>,
    /// The folder listed in the Athletes tab and its plans.
    folder: Option<(PathBuf, Vec<crate::folder::Athlete>)>,
    preview: Option<CachedPreview>,
    cells: Vec<(Rect, NaiveDate)>,
    prompt: Option<PathPrompt>,
    confirm: Option<Pending>,
    recovered: Option<Recovered>,
    autosave: Option<Autosave>,
    /// The unsaved plan, for the panic hook.
    guard: CrashGuard,
    /// The revision waiting to be autosaved and when it was first seen.
    unsaved_since: Option<(u64, f64)>,
    /// The document revision last autosaved, while that autosave exists.
    autosaved: Option<u64>,
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
}

impl App {
    /// Opens the file from the command line, else the last file, else the example. A folder
    /// on the command line is listed in the Athletes tab, next to the last file.
    pub fn new(startup: Startup) -> Self {
        let Startup { today, file, prefs, data_dir, desktop } = startup;
        let (file, folder) = match file {
            Some(dir) if dir.is_dir() => (None, Some(dir)),
            other => (other, None),
        };
        let mut error = None;
        let example =
            || Document::new(file::parse(EXAMPLE, Path::new("example.ron")).unwrap_or_default(), None);
        let on_disk_example = Path::new("saves/example.ron");
        let candidate = file
            .clone()
            .or_else(|| prefs.last_file.clone().filter(|p| p.exists()))
            .or_else(|| on_disk_example.exists().then(|| on_disk_example.to_path_buf()));
        let doc = match candidate {
            Some(path) => match file::load(&path) {
                Ok(plan) => Document::new(plan, Some(path)),
                Err(e) => {
                    error = Some(format!("{e}\nShowing the example plan instead."));
                    example()
                }
            },
            None => example(),
        };
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
            method: None,
            step_back: None,
            preview: None,
            cells: Vec::new(),
            prompt: None,
            confirm: None,
            recovered,
            autosave,
            unsaved_since: None,
            guard: CrashGuard::default(),
            autosaved: None,
            dialogs: Dialogs::new(desktop),
            desktop,
            allow_close: false,
            title: String::new(),
            outside: false,
            disk_checked: None,
            was_dragging: false,
            drag_cancelled: false,
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

    /// The unsaved plan as the panic hook sees it.
    pub fn crash_guard(&self) -> &CrashGuard {
        &self.guard
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
        let dirty = if self.doc.is_dirty() { " •" } else { "" };
        format!("{}{dirty} — Comeback", self.doc.name())
    }

    /// Shows a newly opened, started or restored plan through the viewer's lens, at today if
    /// the plan runs through it, else at its first month.
    fn adopt_document(&mut self) {
        self.doc.set_lens(self.prefs.lens);
        let plan = self.doc.plan();
        let (start, last) = (plan.meta.start, plan.last_date());
        self.view.anchor = if (start..=last).contains(&self.view.today) { self.view.today } else { start };
    }

    /// One frame: draws everything, then carries out what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let mut out = Vec::new();
        self.cancel_drag_on_escape(&ctx);
        self.check_disk(&ctx);
        self.poll_dialogs(&ctx);
        let modal_open = self.prompt.is_some() || self.confirm.is_some() || self.recovered.is_some();
        if !modal_open {
            self.shortcuts(&ctx, &mut out);
        }
        self.update_preview(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut out));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.outside {
            egui::Panel::top("outside").show(ui, |ui| self.outside_ui(ui));
        }
        if let Some(error) = self.error.clone() {
            egui::Panel::top("error").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(ui.visuals().error_fg_color, format!("⛔ {error}"));
                    if ui.button("Dismiss").clicked() {
                        self.error = None;
                    }
                });
            });
        }
        egui::Panel::left("palette")
            .exact_size(theme::PALETTE_WIDTH)
            .show(ui, |ui| palette::palette_ui(ui, &mut out));
        egui::Panel::right("side")
            .default_size(theme::SIDE_WIDTH)
            .min_size(260.0)
            .show(ui, |ui| self.side_ui(ui, &mut out));
        if !self.prefs.hide_load {
            egui::Panel::bottom("load").show(ui, |ui| {
                crate::ui::load::load_ui(ui, self.doc.plan(), self.doc.weeks(), &mut out);
            });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| {
            calendar::toolbar_ui(ui, &self.view, self.doc.plan().meta.week_start, &mut out);
            ui.add_space(4.0);
            let preview = self.preview.as_ref().map(|c| &c.preview);
            let changes = self.compare.as_ref().map(Comparison::by_day);
            let cx = CalendarCx { doc: &self.doc, view: &self.view, preview, changes };
            self.cells = calendar::calendar_ui(ui, &cx, &mut out);
        });
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

    /// Looks at the file at most once a second while frames are drawn (input, focus), so an
    /// idle window stays idle; a change shows the banner.
    fn check_disk(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        if self.outside || self.disk_checked.is_some_and(|t| now - t < 1.0) {
            return;
        }
        self.disk_checked = Some(now);
        self.outside = self.doc.changed_on_disk();
    }

    fn outside_ui(&mut self, ui: &mut Ui) {
        let Some(path) = self.doc.path().map(Path::to_path_buf) else { return };
        let palette = Palette::of(ui.visuals());
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                palette.warning,
                format!(
                    "⚠ {} was changed by another program since you opened it (a coach's copy saved \
                     over it, a sync folder?). Nothing has been overwritten.",
                    self.doc.name()
                ),
            );
            if ui.button("Compare").on_hover_text("See what differs and take what you want").clicked() {
                self.doc.accept_disk();
                self.outside = false;
                self.compare_with(&path);
            }
            let reload = if self.doc.is_dirty() { "Reload, losing my changes" } else { "Reload" };
            if ui.button(reload).on_hover_text("Open the file as it is now").clicked() {
                self.outside = false;
                self.open(&path);
            }
            if ui.button("Keep mine").on_hover_text("Saving will replace the file with your plan").clicked() {
                self.doc.accept_disk();
                self.outside = false;
                self.status = format!("Keeping your version; saving will replace {}", self.doc.name());
            }
        });
    }

    /// egui's drag-and-drop drops the payload when Escape is pressed (and eats the key), but
    /// the widget stays dragged and would set the payload again; this ends the drag for good.
    fn cancel_drag_on_escape(&mut self, ctx: &egui::Context) {
        let (button_down, released) = ctx.input(|i| (i.pointer.any_down(), i.pointer.any_released()));
        if self.was_dragging && !egui::DragAndDrop::has_any_payload(ctx) && button_down {
            self.drag_cancelled = true;
            self.status = "Drag cancelled".to_owned();
        }
        // The release frame still ignores drops; the frame after it is back to normal.
        if self.drag_cancelled && !button_down && !released {
            self.drag_cancelled = false;
        }
        if self.drag_cancelled {
            egui::DragAndDrop::clear_payload(ctx);
            ctx.stop_dragging();
            self.preview = None;
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context, out: &mut Vec<Intent>) {
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            for command in UiCommand::ALL {
                if typing
                    && (command.is_plain_key()
                        || matches!(command, UiCommand::Copy | UiCommand::CopyWeek | UiCommand::Paste))
                {
                    continue;
                }
                if command.shortcuts().iter().any(|s| i.consume_shortcut(s)) {
                    out.push(Intent::Run(command));
                }
            }
            if !typing {
                // The window system turns Ctrl+C and Ctrl+V into clipboard events, not keys.
                // Only Ctrl+C and Ctrl+V without Shift become these events; Ctrl+Shift+C stays a key.
                for event in &i.events {
                    match event {
                        egui::Event::Copy => out.push(Intent::Run(UiCommand::Copy)),
                        egui::Event::Paste(_) | egui::Event::PasteImage(_) => {
                            out.push(Intent::Run(UiCommand::Paste));
                        }
                        _ => {}
                    }
                }
            }
        });
    }

    /// Validates the plan as the drop under the pointer would leave it, once per target.
    fn update_preview(&mut self, ctx: &egui::Context) {
        let Some(drag) = egui::DragAndDrop::payload::<Drag>(ctx) else {
            self.preview = None;
            return;
        };
        let copy = ctx.input(|i| i.modifiers.command);
        let target = ctx
            .pointer_latest_pos()
            .and_then(|p| self.cells.iter().find(|(r, _)| r.contains(p)).map(|&(_, d)| d));
        let Some(target) = target else {
            self.preview = None;
            return;
        };
        let revision = self.doc.revision();
        if self.preview.as_ref().is_some_and(|c| {
            c.drag == *drag && c.target == target && c.copy == copy && c.revision == revision
        }) {
            return;
        }
        let plan = self.doc.plan();
        let after = drop_commands(plan, &drag, target, copy).map(|(commands, _)| {
            let mut next = plan.clone();
            commands.into_iter().try_for_each(|c| next.apply(c).map(drop))?;
            Ok::<_, crate::plan::CommandError>(rules::validate(&next))
        });
        let preview = match after {
            Some(Ok(after)) => Preview::new(target, self.doc.findings(), after),
            Some(Err(refused)) => Preview::refused(target, refused.to_string()),
            None => Preview::new(target, self.doc.findings(), self.doc.findings().to_vec()),
        };
        self.preview = Some(CachedPreview { drag: (*drag).clone(), target, copy, revision, preview });
    }

    fn menu_ui(&mut self, ui: &mut Ui, out: &mut Vec<Intent>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in
                    [UiCommand::New, UiCommand::NewFromMethod, UiCommand::Open, UiCommand::OpenFolder]
                {
                    if crate::ui::command_button(ui, command, true) {
                        out.push(Intent::Run(command));
                    }
                }
                ui.menu_button("Open recent", |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.weak("No recent files");
                    }
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.request(Pending::Open(path), &ui.ctx().clone());
                        }
                    }
                });
                ui.separator();
                for command in [UiCommand::Save, UiCommand::SaveAs] {
                    if crate::ui::command_button(ui, command, true) {
                        out.push(Intent::Run(command));
                    }
                }
                ui.separator();
                if crate::ui::command_button(ui, UiCommand::Compare, true) {
                    out.push(Intent::Run(UiCommand::Compare));
                }
                ui.menu_button("Export", |ui| {
                    for format in Format::ALL {
                        if crate::ui::command_button(ui, UiCommand::Export(format), true) {
                            out.push(Intent::Run(UiCommand::Export(format)));
                        }
                    }
                });
                if crate::ui::command_button(ui, UiCommand::Print, true) {
                    out.push(Intent::Run(UiCommand::Print));
                }
                ui.separator();
                if crate::ui::command_button(ui, UiCommand::Quit, true) {
                    out.push(Intent::Run(UiCommand::Quit));
                }
            });
            ui.menu_button("Edit", |ui| {
                let undo = self.doc.undo_label().map(|l| format!("Undo {}", l.to_lowercase()));
                let redo = self.doc.redo_label().map(|l| format!("Redo {}", l.to_lowercase()));
                for (command, text) in [(UiCommand::Undo, undo), (UiCommand::Redo, redo)] {
                    let mut button =
                        egui::Button::new(text.clone().unwrap_or_else(|| command.text().to_owned()));
                    if let Some(s) = command.shortcuts().first() {
                        button = button.shortcut_text(ui.ctx().format_shortcut(s));
                    }
                    if ui.add_enabled(text.is_some(), button).on_hover_text(command.tooltip()).clicked() {
                        out.push(Intent::Run(command));
                    }
                }
                ui.separator();
                let selected = self.view.selected.is_some();
                for (command, enabled) in [
                    (UiCommand::Copy, selected),
                    (UiCommand::CopyWeek, self.view.selected_day.is_some()),
                    (UiCommand::Paste, self.clipboard.is_some() && self.view.selected_day.is_some()),
                    (UiCommand::Delete, selected),
                ] {
                    if crate::ui::command_button(ui, command, enabled) {
                        out.push(Intent::Run(command));
                    }
                }
            });
            ui.menu_button("View", |ui| {
                for command in [
                    UiCommand::Previous,
                    UiCommand::Next,
                    UiCommand::Today,
                    UiCommand::ZoomTwoWeeks,
                    UiCommand::ZoomFourWeeks,
                    UiCommand::ZoomMonth,
                ] {
                    if crate::ui::command_button(ui, command, true) {
                        out.push(Intent::Run(command));
                    }
                }
                ui.separator();
                let mut shown = !self.prefs.hide_load;
                if ui
                    .checkbox(&mut shown, "Load chart")
                    .on_hover_text("Weekly running under the calendar")
                    .changed()
                {
                    self.prefs.hide_load = !shown;
                }
                ui.separator();
                self.lens_menu_ui(ui);
                ui.separator();
                ui.label("Theme");
                for (choice, text) in [
                    (ThemeChoice::System, "Follow the system"),
                    (ThemeChoice::Light, "Light"),
                    (ThemeChoice::Dark, "Dark"),
                ] {
                    if ui.radio_value(&mut self.prefs.theme, choice, text).changed() {
                        apply_theme(ui.ctx(), choice);
                    }
                }
            });
        });
    }

    /// The viewer's units and week start, for every plan they open; the files keep their own.
    fn lens_menu_ui(&mut self, ui: &mut Ui) {
        let mut lens = self.prefs.lens;
        ui.label("Show distances in");
        for (units, text) in
            [(None, "The plan's own units"), (Some(Units::Miles), "Miles"), (Some(Units::Km), "Kilometres")]
        {
            ui.radio_value(&mut lens.units, units, text);
        }
        ui.label("Start weeks on");
        for (week_start, text) in [
            (None, "The plan's own day"),
            (Some(WeekStart::Monday), "Monday"),
            (Some(WeekStart::Sunday), "Sunday"),
        ] {
            ui.radio_value(&mut lens.week_start, week_start, text);
        }
        if lens != self.prefs.lens {
            self.prefs.lens = lens;
            self.doc.set_lens(lens);
        }
    }

    fn status_ui(&self, ui: &mut Ui) {
        let palette = Palette::of(ui.visuals());
        let (errors, warnings, advice) = rules::counts(self.doc.findings());
        ui.horizontal(|ui| {
            for (n, severity, word) in [
                (errors, rules::Severity::Error, "error"),
                (warnings, rules::Severity::Warning, "warning"),
                (advice, rules::Severity::Advice, "advice"),
            ] {
                let plural = if n == 1 || word == "advice" { "" } else { "s" };
                let color = if n == 0 { palette.weak_text } else { palette.severity(severity) };
                ui.colored_label(color, format!("{} {n} {word}{plural}", severity.icon()));
            }
            ui.separator();
            ui.label(&self.status);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let path =
                    self.doc.path().map_or_else(|| "not saved yet".to_owned(), |p| p.display().to_string());
                ui.weak(path);
                let (file, shown) = (&self.doc.file_plan().meta, &self.doc.plan().meta);
                if (file.units, file.week_start) != (shown.units, shown.week_start) {
                    let week = |w: WeekStart| match w {
                        WeekStart::Monday => "Monday",
                        WeekStart::Sunday => "Sunday",
                    };
                    ui.label(format!(
                        "Shown in {}, weeks from {} ·",
                        shown.units.abbrev(),
                        week(shown.week_start)
                    ))
                    .on_hover_text(format!(
                        "Your preference (View menu). The file keeps its own: {}, weeks from {}.",
                        file.units.abbrev(),
                        week(file.week_start)
                    ));
                }
            });
        });
    }

    fn side_ui(&mut self, ui: &mut Ui, out: &mut Vec<Intent>) {
        let (errors, warnings, _) = rules::counts(self.doc.findings());
        ui.horizontal(|ui| {
            let findings = format!("Findings ({})", errors + warnings);
            let compare = self.compare.as_ref().map(|c| (Tab::Compare, format!("⇄ Compare ({})", c.len())));
            let athletes =
                self.folder.as_ref().map(|(_, a)| (Tab::Athletes, format!("Athletes ({})", a.len())));
            for (tab, text) in [
                (Tab::Session, "Session".to_owned()),
                (Tab::Findings, findings),
                (Tab::Rules, "Rules".to_owned()),
                (Tab::Plan, "Plan".to_owned()),
            ]
            .into_iter()
            .chain(compare)
            .chain(athletes)
            {
                if ui.selectable_label(self.tab == tab, text).clicked() {
                    self.tab = tab;
                }
            }
        });
        ui.separator();
        let selection = (self.view.selected, self.view.selected_day);
        let mut notes = editor::NotesCx { author: &mut self.prefs.author, draft: &mut self.note_draft };
        match self.tab {
            Tab::Session => editor::editor_ui(ui, self.doc.plan(), selection, &mut notes, out),
            Tab::Findings => findings::findings_ui(ui, self.doc.findings(), out),
            Tab::Rules => settings::rules_ui(ui, self.doc.plan(), out),
            Tab::Plan => settings::plan_ui(ui, self.doc.file_plan(), &mut self.dates, out),
            Tab::Athletes => match &self.folder {
                Some((dir, athletes)) => {
                    crate::ui::athletes::athletes_ui(ui, dir, athletes, self.doc.path(), out);
                }
                None => editor::editor_ui(ui, self.doc.plan(), selection, &mut notes, out),
            },
            Tab::Compare => match &mut self.compare {
                Some(comparison) => crate::ui::compare::compare_ui(ui, comparison, self.doc.file_plan(), out),
                None => editor::editor_ui(ui, self.doc.plan(), selection, &mut notes, out),
            },
        }
    }

    fn modals_ui(&mut self, ctx: &egui::Context, out: &mut Vec<Intent>) {
        if let Some(fix) = &self.step_back {
            let mut done = false;
            egui::Modal::new(Id::unique("step-back")).show(ctx, |ui| {
                ui.set_width(520.0);
                done = crate::ui::stepback::step_back_ui(ui, self.doc.plan(), fix, out);
            });
            if done {
                self.step_back = None;
            }
        }
        if let Some(form) = &mut self.method {
            let mut choice = None;
            egui::Modal::new(Id::unique("method")).show(ctx, |ui| {
                ui.set_width(560.0);
                choice = method::method_ui(ui, form);
            });
            match choice {
                Some(method::MethodChoice::Create(plan)) => {
                    self.method = None;
                    self.request(Pending::Generated(plan), ctx);
                }
                Some(method::MethodChoice::Cancel) => self.method = None,
                None => {}
            }
        }
        if let Some(recovered) = self.recovered.clone() {
            egui::Modal::new(Id::unique("recover")).show(ctx, |ui| {
                ui.set_max_width(420.0);
                ui.heading("Restore unsaved changes?");
                let name = recovered
                    .origin
                    .as_deref()
                    .map_or_else(|| "an unsaved plan".to_owned(), |p| p.display().to_string());
                ui.label(format!(
                    "Comeback closed before changes to {name} were saved. They were autosaved {}.",
                    recovered.when
                ));
                ui.add_space(4.0);
                ui.strong(format!("What they change ({}):", recovered.changes.len()));
                egui::ScrollArea::vertical().max_height(180.0).show(ui, |ui| {
                    for line in &recovered.changes {
                        ui.label(line);
                    }
                });
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        let on_disk = recovered.origin.as_deref().and_then(|p| file::load(p).ok());
                        self.doc =
                            Document::restored(recovered.plan.clone(), recovered.origin.clone(), on_disk);
                        self.adopt_document();
                        self.recovered = None;
                        self.status = "Restored the autosaved changes; save to keep them.".to_owned();
                    }
                    if ui.button("Discard").clicked() {
                        if let Some(a) = &self.autosave {
                            a.clear();
                        }
                        self.recovered = None;
                    }
                });
            });
        }
        if let Some(pending) = self.confirm.clone() {
            let action = match pending {
                Pending::New | Pending::Generated(_) => "starting a new plan",
                Pending::Open(_) | Pending::OpenPrompt => "opening another plan",
                Pending::Quit => "closing",
            };
            let response = egui::Modal::new(Id::unique("confirm")).show(ctx, |ui| {
                ui.set_max_width(420.0);
                ui.heading(format!("Save changes to {}?", self.doc.name()));
                ui.label(format!("Your changes will be lost if you don't save them before {action}."));
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        self.confirm = None;
                        if self.save(ctx) {
                            self.proceed(pending.clone(), ctx);
                        } else if let Some(prompt) = &mut self.prompt {
                            // No file yet: carry on once Save as has one.
                            prompt.then = Some(pending.clone());
                        }
                    }
                    if ui.button("Don't save").clicked() {
                        self.confirm = None;
                        self.proceed(pending.clone(), ctx);
                    }
                    if ui.button("Cancel").clicked() {
                        self.confirm = None;
                    }
                });
            });
            if response.should_close() {
                self.confirm = None;
            }
        }
        if let Some(mut prompt) = self.prompt.clone() {
            let mut done = None;
            let mut close = false;
            let response = egui::Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
                ui.set_width(460.0);
                let verb = prompt.purpose.verb();
                ui.heading(match prompt.purpose {
                    Purpose::Open => "Open a plan".to_owned(),
                    Purpose::SaveAs => "Save the plan as".to_owned(),
                    Purpose::Export(format) => format!("Export: {}", format.label()),
                    Purpose::Compare => "Compare with another version of this plan".to_owned(),
                    Purpose::Folder => "List the plans in a folder".to_owned(),
                });
                if let Some(note) = &prompt.note {
                    ui.weak(note);
                }
                let label = ui.label("File path").id;
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut prompt.text)
                            .hint_text(format!("/path/to/plan.{}", prompt.purpose.extension()))
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if matches!(prompt.purpose, Purpose::Open | Purpose::Compare) && !self.prefs.recent.is_empty()
                {
                    ui.label("Recent:");
                    for path in self.prefs.recent.clone() {
                        if ui.link(path.display().to_string()).clicked() {
                            prompt.text = path.display().to_string();
                        }
                    }
                }
                ui.horizontal(|ui| {
                    let ready = !prompt.text.trim().is_empty();
                    if ui.add_enabled(ready, egui::Button::new(verb)).clicked() || (enter && ready) {
                        done = Some(PathBuf::from(prompt.text.trim()));
                    }
                    if ui.button("Browse…").on_hover_text("Use the system's file dialog").clicked() {
                        let suggested = self.suggested_path(prompt.purpose);
                        if !self.dialogs.open(prompt.purpose, suggested.as_deref(), ctx) {
                            prompt.note =
                                Some("No system file dialog is available here: type the path.".to_owned());
                        }
                    }
                    if ui.button("Cancel").clicked() {
                        close = true;
                    }
                });
            });
            if response.should_close() {
                close = true;
            }
            if let Some(path) = done {
                let path = with_extension(&path, prompt.purpose);
                let writes = matches!(prompt.purpose, Purpose::SaveAs | Purpose::Export(_));
                let replaces = writes && path.exists() && self.doc.path() != Some(&*path);
                if replaces && prompt.overwrite.as_ref() != Some(&path) {
                    prompt.note = Some(format!(
                        "{} already exists. Press {} again to replace it.",
                        path.display(),
                        prompt.purpose.verb()
                    ));
                    prompt.overwrite = Some(path);
                } else {
                    self.prompt = None;
                    self.finish_dialog(prompt.purpose, &path, prompt.then.take(), ctx);
                    return;
                }
            }
            self.prompt = if close { None } else { Some(prompt) };
        }
    }

    fn poll_dialogs(&mut self, ctx: &egui::Context) {
        while let Some((purpose, picked)) = self.dialogs.poll() {
            match picked {
                Some(path) => {
                    // The system dialog has already asked about replacing an existing file.
                    let then = self.prompt.take().and_then(|p| p.then);
                    self.finish_dialog(purpose, &with_extension(&path, purpose), then, ctx);
                }
                None => {
                    if let Some(prompt) = &mut self.prompt {
                        prompt.note = Some(
                            "No file was chosen in the system dialog. Type a path, or Cancel.".to_owned(),
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
            Purpose::Folder => self.list_folder(path),
        }
    }

    /// Where a dialog for `purpose` starts: the plan's file, with the export's extension.
    fn suggested_path(&self, purpose: Purpose) -> Option<PathBuf> {
        let path = self
            .doc
            .path()
            .map_or_else(|| PathBuf::from(format!("{}.ron", self.doc.name())), Path::to_path_buf);
        match purpose {
            Purpose::Open | Purpose::SaveAs | Purpose::Compare => self.doc.path().map(Path::to_path_buf),
            // The dialog starts in the folder of the open plan.
            Purpose::Folder => self.doc.path().map(|p| p.with_file_name("")),
            Purpose::Export(format) => Some(path.with_extension(format.extension())),
        }
    }

    fn open_prompt(&mut self, purpose: Purpose, ctx: &egui::Context) {
        let suggested = self.suggested_path(purpose);
        let text = match purpose {
            Purpose::Open | Purpose::Compare => String::new(),
            Purpose::Folder => {
                self.doc.path().and_then(Path::parent).map(|p| p.display().to_string()).unwrap_or_default()
            }
            Purpose::SaveAs | Purpose::Export(_) => {
                suggested.as_deref().map(|p| p.display().to_string()).unwrap_or_default()
            }
        };
        let native = self.dialogs.open(purpose, suggested.as_deref(), ctx);
        let note = native.then(|| "Choose a file in the system dialog, or type a path here.".to_owned());
        self.prompt = Some(PathPrompt { purpose, text, note, then: None, overwrite: None });
    }

    /// Lists the plans in `dir` in the Athletes tab, most attention first.
    pub fn list_folder(&mut self, dir: &Path) {
        match crate::folder::overview(dir, self.view.today) {
            Ok(athletes) => {
                self.status = format!("{} plans in {}", athletes.len(), dir.display());
                self.folder = Some((dir.to_path_buf(), athletes));
                self.tab = Tab::Athletes;
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
                self.status = format!("{} differences with {}", comparison.len(), path.display());
                self.compare = Some(comparison);
                self.tab = Tab::Compare;
                self.error = None;
            }
            Err(e) => self.error = Some(format!("{e}\nThe open plan is unchanged.")),
        }
    }

    /// Writes the whole plan in `format` to `path` (PNG: one numbered image per page).
    fn export_to(&mut self, format: Format, path: &Path) {
        let plan = self.doc.plan();
        // The ICS DTSTAMP is the plan's last change: its file's time while it is saved.
        let changed = self
            .doc
            .path()
            .filter(|_| !self.doc.is_dirty())
            .and_then(file::modified_utc)
            .unwrap_or_else(|| chrono::Utc::now().naive_utc());
        match export::render(plan, format, DateRange::whole(plan), changed)
            .and_then(|files| export::write(&files, path).map_err(|e| e.to_string()))
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

    /// Opens the plan's PDF in the system viewer, or says where it is.
    fn print(&mut self) {
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
        match print::print(plan, DateRange::whole(plan), name, &print::print_dir(), viewer) {
            Ok(printed) => self.status = printed.message(),
            Err(e) => self.error = Some(format!("Could not print: {e}")),
        }
    }

    /// Opens `path`; on failure the open plan stays and the error says where the file is wrong.
    pub fn open(&mut self, path: &Path) {
        match file::load(path) {
            Ok(plan) => {
                self.close_comparison();
                self.doc = Document::new(plan, Some(path.to_path_buf()));
                self.view.selected = None;
                self.view.selected_day = None;
                self.adopt_document();
                self.prefs.remember(path);
                self.error = None;
                self.status = format!("Opened {}", path.display());
            }
            Err(e) => {
                self.error = Some(format!("{e}\nThe open plan is unchanged."));
            }
        }
    }

    /// Saves to the plan's file, or asks for one. Returns whether the plan is now saved.
    /// Never writes over a file another program changed without asking first.
    fn save(&mut self, ctx: &egui::Context) -> bool {
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

    /// Saves to `path`; on failure the plan stays in memory and the error says why.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match file::save(self.doc.file_plan(), path) {
            Ok(()) => {
                self.doc.mark_saved(path.to_path_buf());
                self.prefs.remember(path);
                if let Some(a) = &self.autosave {
                    a.clear();
                }
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

    /// Runs `pending` now, or asks about unsaved changes first.
    fn request(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.doc.is_dirty() {
            self.confirm = Some(pending);
        } else {
            self.proceed(pending, ctx);
        }
    }

    fn proceed(&mut self, pending: Pending, ctx: &egui::Context) {
        match pending {
            Pending::New => {
                // A new plan is the viewer's own: in their units and weeks.
                let week_start = self.prefs.lens.week_start.unwrap_or_default();
                let mut plan = Plan::new(week_start.week_of(self.view.today));
                plan.meta.title = "New plan".to_owned();
                plan.meta.week_start = week_start;
                plan.meta.units = self.prefs.lens.units.unwrap_or(plan.meta.units);
                self.close_comparison();
                self.doc = Document::new(plan, None);
                self.view.selected = None;
                self.adopt_document();
                self.status = "Started a new plan".to_owned();
            }
            Pending::Generated(plan) => {
                self.close_comparison();
                // Not saved anywhere yet: closing asks first.
                self.doc = Document::restored(*plan, None, None);
                self.view.selected = None;
                self.adopt_document();
                self.status = "Made a plan from the method; save it to keep it".to_owned();
            }
            Pending::Open(path) => self.open(&path),
            Pending::OpenPrompt => self.open_prompt(Purpose::Open, ctx),
            Pending::Quit => {
                self.allow_close = true;
                if let Some(a) = &self.autosave {
                    a.clear();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn handle(&mut self, intent: Intent, ctx: &egui::Context) {
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
            Intent::Run(command) => self.run(command, ctx),
            Intent::Failed(message) => self.error = Some(message),
            Intent::CloseComparison => self.close_comparison(),
            Intent::OfferStepBack(id) => match crate::stepback::step_back(self.doc.plan(), id) {
                Some(fix) => self.step_back = Some(fix),
                None => {
                    self.status =
                        "Nothing to step back: no planned run follows, or the pain asks for nothing"
                            .to_owned();
                }
            },
            Intent::Open(path) => self.request(Pending::Open(path), ctx),
            Intent::ListFolder(dir) => self.list_folder(&dir),
            Intent::CloseFolder => {
                self.folder = None;
                if self.tab == Tab::Athletes {
                    self.tab = Tab::Session;
                }
            }
        }
    }

    fn close_comparison(&mut self) {
        self.compare = None;
        if self.tab == Tab::Compare {
            self.tab = Tab::Session;
        }
    }

    fn apply(&mut self, commands: Vec<Command>, label: &str, key: Option<EditKey>) {
        let applied = self.doc.apply(commands, label, key);
        self.after_apply(applied, label);
    }

    fn after_apply(&mut self, applied: Result<Option<Applied>, crate::plan::CommandError>, label: &str) {
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
            Err(e) => self.error = Some(format!("Could not {}: {e}", label.to_lowercase())),
        }
    }

    fn delete(&mut self, id: crate::plan::SessionId) {
        let name = self.doc.plan().session(id).map(|s| s.kind.name().to_lowercase()).unwrap_or_default();
        self.apply(vec![Command::DeleteSession(id)], &format!("Delete {name}"), None);
    }

    fn run(&mut self, command: UiCommand, ctx: &egui::Context) {
        let week_start = self.doc.plan().meta.week_start;
        match command {
            UiCommand::New => self.request(Pending::New, ctx),
            UiCommand::NewFromMethod => {
                let mut input = MethodInput::new(self.view.today);
                input.units = self.prefs.lens.units.unwrap_or(input.units);
                input.week_start = self.prefs.lens.week_start.unwrap_or(input.week_start);
                self.method = Some(method::MethodForm::new(input));
            }
            UiCommand::Open => self.request(Pending::OpenPrompt, ctx),
            UiCommand::Save => {
                self.save(ctx);
            }
            UiCommand::SaveAs => self.open_prompt(Purpose::SaveAs, ctx),
            UiCommand::Export(format) => self.open_prompt(Purpose::Export(format), ctx),
            UiCommand::Compare => self.open_prompt(Purpose::Compare, ctx),
            UiCommand::OpenFolder => self.open_prompt(Purpose::Folder, ctx),
            UiCommand::Print => self.print(),
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            UiCommand::Undo => {
                self.status = self
                    .doc
                    .undo()
                    .map_or_else(|| "Nothing to undo".to_owned(), |l| format!("Undid {}", l.to_lowercase()));
                self.drop_stale_selection();
            }
            UiCommand::Redo => {
                self.status = self
                    .doc
                    .redo()
                    .map_or_else(|| "Nothing to redo".to_owned(), |l| format!("Redid {}", l.to_lowercase()));
                self.drop_stale_selection();
            }
            UiCommand::Copy => {
                if let Some(s) = self.view.selected.and_then(|id| self.doc.plan().session(id)) {
                    ctx.copy_text(s.kind.describe(self.doc.plan().meta.units));
                    self.status = format!("Copied {}", s.kind.name().to_lowercase());
                    self.clipboard = Some(Clip::Session(s.clone()));
                }
            }
            UiCommand::CopyWeek => {
                if let Some(day) = self
                    .view
                    .selected_day
                    .or(self.view.selected.and_then(|id| self.doc.plan().session(id).map(|s| s.date)))
                {
                    let from = week_start.week_of(day);
                    let sessions: Vec<_> = self
                        .doc
                        .plan()
                        .sessions()
                        .iter()
                        .filter(|s| week_start.week_of(s.date) == from)
                        .cloned()
                        .collect();
                    let units = self.doc.plan().meta.units;
                    ctx.copy_text(
                        sessions
                            .iter()
                            .map(|s| format!("{} {}", s.date, s.kind.describe(units)))
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                    self.status =
                        format!("Copied the week of {} ({} sessions)", from.format("%-d %b"), sessions.len());
                    self.clipboard = Some(Clip::Week(from, sessions));
                }
            }
            UiCommand::Paste => {
                if let (Some(clip), Some(day)) = (self.clipboard.clone(), self.view.selected_day) {
                    let (commands, label) = paste_commands(self.doc.plan(), &clip, day);
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
            UiCommand::SelectLeft => self.move_selection(-1),
            UiCommand::SelectRight => self.move_selection(1),
            UiCommand::SelectUp => self.move_selection(-7),
            UiCommand::SelectDown => self.move_selection(7),
            UiCommand::Cancel => self.view.selected = None,
        }
    }

    fn set_zoom(&mut self, zoom: Zoom) {
        if let Some(day) = self.view.selected_day {
            self.view.anchor = day;
        }
        self.view.zoom = zoom;
        self.prefs.zoom = zoom;
    }

    fn move_selection(&mut self, days: i64) {
        let from = self.view.selected_day.unwrap_or(self.view.anchor);
        let Some(to) = from.checked_add_signed(chrono::Duration::days(days)) else { return };
        self.view.selected_day = Some(to);
        self.view.selected = self.doc.plan().sessions_on(to).first().map(|s| s.id);
        if !self.view.shows(to, self.doc.plan().meta.week_start) {
            self.view.anchor = to;
        }
    }

    fn drop_stale_selection(&mut self) {
        if self.view.selected.is_some_and(|id| self.doc.plan().session(id).is_none()) {
            self.view.selected = None;
        }
    }

    fn after_frame(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Pending::Quit);
        }
        self.autosave(ctx);
    }

    /// Writes unsaved changes to the data folder once they have been left alone for a second,
    /// so a crash or a kill loses at most that second. Waits with a timed repaint only while
    /// something is waiting, so an idle window does not redraw.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(autosave) = &self.autosave else { return };
        if !self.doc.is_dirty() {
            // Saved, undone back to the file, or discarded: the autosave is stale.
            if self.unsaved_since.take().is_some() {
                self.guard.keep(None);
            }
            if self.autosaved.take().is_some() {
                autosave.clear();
            }
            return;
        }
        let revision = self.doc.revision();
        if self.autosaved == Some(revision) {
            return;
        }
        let now = ctx.input(|i| i.time);
        let since = match self.unsaved_since {
            Some((r, since)) if r == revision => since,
            _ => {
                self.unsaved_since = Some((revision, now));
                self.guard.keep(Some((self.doc.file_plan(), self.doc.path())));
                now
            }
        };
        let due = since + AUTOSAVE_QUIET_SECS;
        if now >= due {
            match autosave.write(self.doc.file_plan(), self.doc.path()) {
                Ok(()) => self.autosaved = Some(revision),
                Err(e) => self.error = Some(format!("Autosave failed: {e}")),
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
        }
    }
}

/// Applies the theme preference to the context.
pub fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
}

/// The desktop window around [`App`].
pub struct Window {
    app: App,
}

impl Window {
    /// Builds the app from eframe's creation context.
    pub fn new(cc: &eframe::CreationContext<'_>, mut startup: Startup) -> Self {
        if let Some(prefs) = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY)) {
            startup.prefs = prefs;
        }
        apply_theme(&cc.egui_ctx, startup.prefs.theme);
        theme::install_fonts(&cc.egui_ctx);
        Self { app: App::new(startup) }
    }
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self.app.prefs());
    }
}

/// Opens the window; blocks until it is closed.
/// With `compare`, the window opens comparing the plan with that other version.
pub fn run(file: Option<PathBuf>, compare: Option<PathBuf>) -> Result<(), String> {
    let today = chrono::Local::now().date_naive();
    let data_dir = eframe::storage_dir("Comeback").map(|d| d.join("recovery"));
    let startup = Startup { today, file, prefs: Prefs::default(), data_dir: data_dir.clone(), desktop: true };
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Comeback")
        .with_app_id("comeback")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0]);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    eframe::run_native(
        "Comeback",
        options,
        Box::new(|cc| {
            let mut window = Window::new(cc, startup);
            if let Some(dir) = data_dir {
                window.app.crash_guard().install_panic_hook(Autosave::new(dir));
            }
            if let Some(other) = compare {
                window.app.compare_with(&other);
            }
            Ok(Box::new(window))
        }),
    )
    .map_err(|e| e.to_string())
}

/// `path` with the purpose's extension added when it has none ("plan" → "plan.ron").
fn with_extension(path: &Path, purpose: Purpose) -> PathBuf {
    if matches!(purpose, Purpose::Open | Purpose::Folder) || path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension(purpose.extension())
    }
}
