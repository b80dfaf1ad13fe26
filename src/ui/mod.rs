//! The window's parts. Each `*_ui` function draws from the app's state and returns
//! [`Intent`]s; the app carries them out after the frame is drawn. Nothing here imports the
//! app: the layers point one way (core ← `edit` ← `ui` ← `app`).

pub mod athletes;
pub mod banners;
pub mod calendar;
pub mod command;
pub mod compare;
pub mod conflicts;
pub mod editor;
mod fields;
pub mod findings;
pub mod import;
pub mod input;
pub mod load;
pub mod menu;
pub mod method;
pub mod modals;
pub mod pain_scale;
pub mod palette;
pub mod ready;
pub mod settings;
pub mod side;
pub mod status;
pub mod stepback;
pub mod theme;
pub mod view;

use std::path::PathBuf;

use chrono::NaiveDate;

pub use command::UiCommand;
pub use side::Tab;
pub use view::{ThemeChoice, Zoom};

use crate::edit::{Drag, EditKey};
use crate::plan::{Command, Lens, SessionId};

/// Something the user asked for during a frame. Drawing only pushes these; the app carries
/// them out after the frame's panels are drawn, so nothing changes while it is being drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Change the plan: the commands, a name for undo, and whether it continues an edit.
    Apply {
        /// The commands, applied as one undoable step.
        commands: Vec<Command>,
        /// Name for the Undo menu.
        label: String,
        /// Joins consecutive edits of one field into one undo step.
        key: Option<EditKey>,
    },
    /// Offer to rewrite the weeks after this painful run (shown as a preview first).
    OfferStepBack(SessionId),
    /// Close the step-back preview (applied or not).
    CloseStepBack,
    /// Take changes from another version: commands made on the file's plan, one undoable step.
    Merge {
        /// The commands, made on the plan as its file has it.
        commands: Vec<Command>,
        /// Name for the Undo menu.
        label: String,
    },
    /// Select a session (or none).
    Select(Option<SessionId>),
    /// Select a day.
    SelectDay(NaiveDate),
    /// Show a day and select a session on it.
    Jump {
        /// The day to show and select.
        date: NaiveDate,
        /// The session, if the finding names one.
        session: Option<SessionId>,
    },
    /// Something was dropped on a day.
    Drop {
        /// The palette entry or session that was dragged.
        drag: Drag,
        /// The day it was dropped on.
        date: NaiveDate,
        /// Whether Ctrl was held (copy instead of move).
        copy: bool,
    },
    /// A session was dropped on the trash.
    Trash(SessionId),
    /// A palette entry was activated (clicked, or Enter or Space with the keyboard): add a
    /// session of its kind to the selected day.
    AddToSelectedDay(crate::plan::SessionKind),
    /// A menu entry, button or shortcut.
    Run(UiCommand),
    /// Something could not be done; show why.
    Failed(String),
    /// Hide the error banner.
    DismissError,
    /// Hide the banner saying the example plan is shown.
    DismissExample,
    /// The answer to "How does it feel today?" about a done run: the pain the morning after,
    /// to log on it, or `None` when the question was dismissed.
    NextDay {
        /// The run asked about.
        session: SessionId,
        /// The score, 0–10.
        pain: Option<crate::plan::Pain>,
    },
    /// Stop marking what each side changed in the merge just made.
    HideMergeMarks,
    /// Show this side panel tab.
    SetTab(Tab),
    /// Show or hide the load chart under the calendar.
    ShowLoadChart(bool),
    /// Show plans in these units and week start from now on.
    SetLens(Lens),
    /// Use this colour scheme from now on.
    SetTheme(ThemeChoice),
    /// Speak this language from now on.
    SetLang(crate::i18n::Lang),
    /// Stop comparing with another version.
    CloseComparison,
    /// Open this plan file (asking first about unsaved changes).
    Open(PathBuf),
    /// List the plans in this folder in the Athletes tab.
    ListFolder(PathBuf),
    /// Close the Athletes tab.
    CloseFolder,
    /// The answer to a dialog.
    Answer(modals::Answer),
    /// A choice in the import preview.
    Import(import::ImportAction),
}

/// "Thursday 19 November 2026": a day's accessible name.
pub fn day_label(date: NaiveDate) -> String {
    crate::dates::long(date)
}

/// "Thu 19 Nov": short day name for chips and lists.
pub fn short_day(date: NaiveDate) -> String {
    crate::dates::day(date)
}

/// Names the region `ui` draws for a screen reader ("Add a session", "Calendar"), with where it
/// is on the screen, as a widget's node has (a magnifier follows it; tests check that regions
/// do not overlap).
pub fn name_region(ui: &egui::Ui, name: &str) {
    let rect = ui.max_rect();
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(egui::accesskit::Role::Pane);
        node.set_label(name.to_owned());
        let [x0, y0, x1, y1] = [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(f64::from);
        node.set_bounds(egui::accesskit::Rect { x0, y0, x1, y1 });
    });
}

/// The keyboard focus ring around a widget drawn by hand (days, chips, palette entries), so a
/// keyboard user sees where Enter and Space will act.
///
/// It also notes that the calendar has the focus, so arrows and Delete keep working on it (see
/// [`input::shortcuts`]) rather than being left to the focused widget.
pub fn focus_ring(ui: &egui::Ui, response: &egui::Response) {
    if response.has_focus() {
        ui.ctx().data_mut(|d| d.insert_temp(input::calendar_focus_key(), response.id));
        // The arrows move the selection, and the app moves the focus with it; egui's own
        // arrow navigation would move it to whichever widget is nearest instead.
        let arrows =
            egui::EventFilter { horizontal_arrows: true, vertical_arrows: true, ..Default::default() };
        ui.memory_mut(|m| m.set_focus_lock_filter(response.id, arrows));
        let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
        ui.painter().rect_stroke(response.rect.expand(2.0), theme::RADIUS, stroke, egui::StrokeKind::Outside);
    }
}

/// The id of a day's cell, for moving the keyboard focus with the selection.
pub fn day_id(date: NaiveDate) -> egui::Id {
    egui::Id::unique(("day", date))
}

/// The id of a session's chip, for moving the keyboard focus with the selection.
pub fn chip_id(id: SessionId) -> egui::Id {
    egui::Id::unique(("chip", id.0))
}

/// The text of a menu entry or button for `command`, with its shortcut shown.
pub fn command_button(ui: &mut egui::Ui, command: UiCommand, enabled: bool) -> bool {
    let mut button = egui::Button::new(command.text());
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked()
}
