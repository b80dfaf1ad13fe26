//! The window's parts. Each `*_ui` function draws from the app's state and returns
//! [`Intent`]s; the app carries them out after the frame is drawn.

pub mod athletes;
pub mod calendar;
pub mod compare;
pub mod editor;
pub mod findings;
pub mod load;
pub mod method;
pub mod palette;
pub mod settings;
pub mod stepback;
pub mod theme;

use chrono::NaiveDate;

use crate::app::{EditKey, UiCommand};
use crate::plan::{Command, SessionId, SessionKind};

/// What is carried during a drag-and-drop.
#[derive(Clone, Debug, PartialEq)]
pub enum Drag {
    /// A new session of this kind, from the palette (its amounts are filled in on drop).
    New(SessionKind),
    /// An existing session, to move (or copy with Ctrl held).
    Session(SessionId),
}

/// Something the user asked for during a frame.
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
    /// Take changes from another version: commands made on the file's plan, one undoable step.
    Merge {
        /// The commands.
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
        /// The day.
        date: NaiveDate,
        /// The session, if the finding names one.
        session: Option<SessionId>,
    },
    /// Something was dropped on a day.
    Drop {
        /// What.
        drag: Drag,
        /// Where.
        date: NaiveDate,
        /// Whether Ctrl was held (copy instead of move).
        copy: bool,
    },
    /// A session was dropped on the trash.
    Trash(SessionId),
    /// A menu entry, button or shortcut.
    Run(UiCommand),
    /// Something could not be done; show why.
    Failed(String),
    /// Stop comparing with another version.
    CloseComparison,
    /// Open this plan file (asking first about unsaved changes).
    Open(std::path::PathBuf),
    /// List the plans in this folder in the Athletes tab.
    ListFolder(std::path::PathBuf),
    /// Close the Athletes tab.
    CloseFolder,
}

/// "Thursday 19 November 2026": a day's accessible name.
pub fn day_label(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// "Thu 19 Nov": short day name for chips and lists.
pub fn short_day(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// The text of a menu entry or button for `command`, with its shortcut shown.
pub fn command_button(ui: &mut egui::Ui, command: UiCommand, enabled: bool) -> bool {
    let mut button = egui::Button::new(command.text());
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked()
}
