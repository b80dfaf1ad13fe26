//! Every action a menu, a shortcut or a button can trigger, with its text and shortcut.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::export::Format;

/// One user action. Menus, tooltips and the keyboard all read from this list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Start an empty plan.
    New,
    /// Make a plan from the method's questions.
    NewFromMethod,
    /// Open a plan file.
    Open,
    /// List a folder of athletes' plans.
    OpenFolder,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Make a copy of the plan that is a plan of its own (a new id), saved to a new file.
    DuplicateAsNew,
    /// Compare the plan with another version of it.
    Compare,
    /// Merge another version of the plan into it, from the version both started from.
    MergeWith,
    /// Write the plan as PDF, PNG, ICS or CSV.
    Export(Format),
    /// Write FIT workouts of the planned runs and walks into a folder (a watch's).
    ExportWorkouts,
    /// Write the selected session's FIT workout into a folder (a watch's).
    SendToWatch,
    /// Read recorded runs from a watch's files and log them in the plan, previewed first.
    ImportRuns,
    /// Open the plan's PDF in the system viewer to print it.
    Print,
    /// Close the window.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Copy the selected session.
    Copy,
    /// Copy the selected day's whole week.
    CopyWeek,
    /// Paste onto the selected day.
    Paste,
    /// Delete the selected session.
    Delete,
    /// Show the previous month or weeks.
    Previous,
    /// Show the next month or weeks.
    Next,
    /// Show today.
    Today,
    /// Show two weeks.
    ZoomTwoWeeks,
    /// Show four weeks.
    ZoomFourWeeks,
    /// Show a month.
    ZoomMonth,
    /// Select the day before.
    SelectLeft,
    /// Select the day after.
    SelectRight,
    /// Select the same day a week earlier.
    SelectUp,
    /// Select the same day a week later.
    SelectDown,
    /// Move the selected session to the day before (keeping its status, log and notes).
    MoveLeft,
    /// Move the selected session to the day after.
    MoveRight,
    /// Move the selected session a week earlier.
    MoveUp,
    /// Move the selected session a week later.
    MoveDown,
    /// Cancel a drag, close a dialog, clear the selection.
    Cancel,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn alt(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl UiCommand {
    /// Every command, shortcuts with more modifiers first so that Ctrl+Shift+Z is not read as
    /// Ctrl+Z, and Alt+Left is not read as Left (egui matches shortcuts ignoring extra Shift
    /// and Alt).
    pub const ALL: [Self; 39] = [
        Self::Redo,
        Self::SaveAs,
        Self::CopyWeek,
        Self::ExportWorkouts,
        Self::New,
        Self::NewFromMethod,
        Self::OpenFolder,
        Self::Open,
        Self::Save,
        Self::DuplicateAsNew,
        Self::Compare,
        Self::MergeWith,
        Self::Export(Format::Pdf),
        Self::Export(Format::Png),
        Self::Export(Format::Ics),
        Self::Export(Format::Csv),
        Self::SendToWatch,
        Self::ImportRuns,
        Self::Print,
        Self::Quit,
        Self::Undo,
        Self::Copy,
        Self::Paste,
        Self::Delete,
        Self::Previous,
        Self::Next,
        Self::Today,
        Self::ZoomTwoWeeks,
        Self::ZoomFourWeeks,
        Self::ZoomMonth,
        Self::MoveLeft,
        Self::MoveRight,
        Self::MoveUp,
        Self::MoveDown,
        Self::SelectLeft,
        Self::SelectRight,
        Self::SelectUp,
        Self::SelectDown,
        Self::Cancel,
    ];

    /// The command's message in `editor.ftl`: its text, with its tooltip as the attribute
    /// `.tooltip`.
    fn message_id(self) -> &'static str {
        match self {
            Self::New => "command-new",
            Self::NewFromMethod => "command-new-from-method",
            Self::Open => "command-open",
            Self::OpenFolder => "command-open-folder",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::DuplicateAsNew => "command-duplicate-as-new",
            Self::Compare => "command-compare",
            Self::MergeWith => "command-merge-with",
            Self::Export(Format::Pdf) => "command-export-pdf",
            Self::Export(Format::Png) => "command-export-png",
            Self::Export(Format::Ics) => "command-export-ics",
            Self::Export(Format::Csv) => "command-export-csv",
            Self::ExportWorkouts => "command-export-workouts",
            Self::SendToWatch => "command-send-to-watch",
            Self::ImportRuns => "command-import-runs",
            Self::Print => "command-print",
            Self::Quit => "command-quit",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::Copy => "command-copy",
            Self::CopyWeek => "command-copy-week",
            Self::Paste => "command-paste",
            Self::Delete => "command-delete",
            Self::Previous => "command-previous",
            Self::Next => "command-next",
            Self::Today => "command-today",
            Self::ZoomTwoWeeks => "command-zoom-two-weeks",
            Self::ZoomFourWeeks => "command-zoom-four-weeks",
            Self::ZoomMonth => "command-zoom-month",
            Self::SelectLeft => "command-select-left",
            Self::SelectRight => "command-select-right",
            Self::SelectUp => "command-select-up",
            Self::SelectDown => "command-select-down",
            Self::MoveLeft => "command-move-left",
            Self::MoveRight => "command-move-right",
            Self::MoveUp => "command-move-up",
            Self::MoveDown => "command-move-down",
            Self::Cancel => "command-cancel",
        }
    }

    /// Menu text, in the reader's language; also the command's accessible name.
    pub fn text(self) -> String {
        crate::t!(self.message_id())
    }

    /// Tooltip text, in the reader's language.
    pub fn tooltip(self) -> String {
        crate::t!(&format!("{}.tooltip", self.message_id()))
    }

    /// Keyboard shortcuts, the first one shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn one(s: KeyboardShortcut) -> [KeyboardShortcut; 1] {
            [s]
        }
        match self {
            Self::New => const { &one(cmd(Key::N)) },
            Self::Open => const { &one(cmd(Key::O)) },
            Self::OpenFolder => const { &one(cmd_shift(Key::O)) },
            Self::Save => const { &one(cmd(Key::S)) },
            Self::SaveAs => const { &one(cmd_shift(Key::S)) },
            Self::Export(_)
            | Self::Compare
            | Self::MergeWith
            | Self::NewFromMethod
            | Self::DuplicateAsNew => &[],
            Self::ExportWorkouts => const { &one(cmd_shift(Key::E)) },
            Self::SendToWatch => const { &one(cmd(Key::E)) },
            Self::ImportRuns => const { &one(cmd(Key::I)) },
            Self::Print => const { &one(cmd(Key::P)) },
            Self::Quit => const { &one(cmd(Key::Q)) },
            Self::Undo => const { &one(cmd(Key::Z)) },
            Self::Redo => const { &[cmd_shift(Key::Z), cmd(Key::Y)] },
            Self::Copy => const { &one(cmd(Key::C)) },
            Self::CopyWeek => const { &one(cmd_shift(Key::C)) },
            Self::Paste => const { &one(cmd(Key::V)) },
            Self::Delete => const { &[plain(Key::Delete), plain(Key::Backspace)] },
            Self::Previous => const { &one(plain(Key::PageUp)) },
            Self::Next => const { &one(plain(Key::PageDown)) },
            Self::Today => const { &one(plain(Key::Home)) },
            Self::ZoomTwoWeeks => const { &one(cmd(Key::Num1)) },
            Self::ZoomFourWeeks => const { &one(cmd(Key::Num2)) },
            Self::ZoomMonth => const { &one(cmd(Key::Num3)) },
            Self::SelectLeft => const { &one(plain(Key::ArrowLeft)) },
            Self::SelectRight => const { &one(plain(Key::ArrowRight)) },
            Self::SelectUp => const { &one(plain(Key::ArrowUp)) },
            Self::SelectDown => const { &one(plain(Key::ArrowDown)) },
            Self::MoveLeft => const { &one(alt(Key::ArrowLeft)) },
            Self::MoveRight => const { &one(alt(Key::ArrowRight)) },
            Self::MoveUp => const { &one(alt(Key::ArrowUp)) },
            Self::MoveDown => const { &one(alt(Key::ArrowDown)) },
            Self::Cancel => const { &one(plain(Key::Escape)) },
        }
    }

    /// Whether the shortcut would clash with typing in a text field.
    pub fn is_plain_key(self) -> bool {
        self.shortcuts().first().is_some_and(|s| s.modifiers.is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::UiCommand;
    use crate::i18n::{self, Lang};
    use egui::ModifierNames;

    fn shortcut_text(command: UiCommand) -> String {
        command
            .shortcuts()
            .iter()
            .map(|s| s.format(&ModifierNames::NAMES, false))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// docs/app.md lists every command with its shortcuts, as the menus show them.
    #[test]
    fn the_shortcut_table_in_the_docs_matches_the_commands() {
        let docs = include_str!("../../docs/app.md");
        for command in UiCommand::ALL {
            let row = format!("| {} | {} |", command.text(), shortcut_text(command));
            assert!(docs.contains(&row), "docs/app.md lacks the row {row}");
        }
    }

    /// No two commands share a shortcut.
    #[test]
    fn shortcuts_are_unique() {
        let all: Vec<_> = UiCommand::ALL.iter().flat_map(|c| c.shortcuts()).collect();
        for (i, a) in all.iter().enumerate() {
            assert!(!all.iter().skip(i + 1).any(|b| b == a), "{a:?} is used twice");
        }
    }

    /// Every command has a text and a tooltip in every language: their ids are built from
    /// `message_id`, which the catalogue's guard (literal ids only) does not see.
    #[test]
    fn every_command_has_its_text_and_tooltip_in_every_language() {
        for lang in [Lang::En, Lang::De, Lang::Es] {
            for command in UiCommand::ALL {
                let id = command.message_id();
                for id in [id.to_owned(), format!("{id}.tooltip")] {
                    assert!(i18n::format(lang, &id, None).is_some(), "{} lacks {id}", lang.code());
                }
            }
        }
    }
}
