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

    /// Menu text.
    pub fn text(self) -> &'static str {
        match self {
            Self::New => "New plan",
            Self::NewFromMethod => "New from method…",
            Self::Open => "Open…",
            Self::OpenFolder => "Open folder…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::DuplicateAsNew => "Duplicate as new plan…",
            Self::Compare => "Compare with…",
            Self::MergeWith => "Merge with…",
            Self::Export(Format::Pdf) => "Export PDF…",
            Self::Export(Format::Png) => "Export PNG images…",
            Self::Export(Format::Ics) => "Export calendar (ICS)…",
            Self::Export(Format::Csv) => "Export spreadsheet (CSV)…",
            Self::ExportWorkouts => "Export workouts to watch…",
            Self::SendToWatch => "Send session to watch…",
            Self::ImportRuns => "Import runs…",
            Self::Print => "Print…",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Copy => "Copy session",
            Self::CopyWeek => "Copy week",
            Self::Paste => "Paste",
            Self::Delete => "Delete session",
            Self::Previous => "Previous",
            Self::Next => "Next",
            Self::Today => "Today",
            Self::ZoomTwoWeeks => "2 weeks",
            Self::ZoomFourWeeks => "4 weeks",
            Self::ZoomMonth => "Month",
            Self::SelectLeft => "Select day before",
            Self::SelectRight => "Select day after",
            Self::SelectUp => "Select week before",
            Self::SelectDown => "Select week after",
            Self::MoveLeft => "Move session a day earlier",
            Self::MoveRight => "Move session a day later",
            Self::MoveUp => "Move session a week earlier",
            Self::MoveDown => "Move session a week later",
            Self::Cancel => "Cancel",
        }
    }

    /// Tooltip text.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Start an empty plan",
            Self::NewFromMethod => {
                "Answer a few questions and get a walk/run plan that follows the method, previewed first"
            }
            Self::Open => "Open a plan file (.ron)",
            Self::OpenFolder => "List every plan in a folder (one per athlete), what needs attention first",
            Self::Save => "Save the plan to its file",
            Self::SaveAs => "Save the plan to a new file",
            Self::DuplicateAsNew => {
                "Start another plan from this one (another athlete, another season): a copy with \
                 an identity of its own, so its calendar events never replace this plan's"
            }
            Self::MergeWith => {
                "Take the changes in another copy of this plan (your coach's, say) and keep yours; \
                 asks only where both changed the same thing"
            }
            Self::Compare => {
                "Open another version of this plan (your coach's, say) and choose what to take from it"
            }
            Self::Export(Format::Pdf) => "Write the plan's months and findings as a PDF, to print or send",
            Self::Export(Format::Png) => {
                "Write the plan's pages as images (one per page), for messaging apps"
            }
            Self::Export(Format::Ics) => {
                "Write one all-day event per session, for a phone or desktop calendar"
            }
            Self::Export(Format::Csv) => {
                "Write one row per session, for a spreadsheet (Import with `comeback import-csv`)"
            }
            Self::ExportWorkouts => {
                "Write a FIT workout for every planned run, run/walk and walk, into a watch's \
                 GARMIN/NewFiles folder (or any folder), so the watch beeps at each change"
            }
            Self::SendToWatch => {
                "Write the selected session's FIT workout into a watch's GARMIN/NewFiles folder"
            }
            Self::ImportRuns => {
                "Log runs recorded by a watch or Strava (FIT, GPX, TCX files or a folder of them): \
                 each is matched to its planned session and shown before anything changes"
            }
            Self::Print => "Open the plan's PDF in the system's PDF viewer, whose Print prints it",
            Self::Quit => "Close Comeback",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::Copy => "Copy the selected session, to paste on another day",
            Self::CopyWeek => "Copy every session of the selected day's week",
            Self::Paste => "Paste the copied session or week onto the selected day",
            Self::Delete => "Delete the selected session",
            Self::Previous => "Show the previous month (or weeks)",
            Self::Next => "Show the next month (or weeks)",
            Self::Today => "Show and select today",
            Self::ZoomTwoWeeks => "Show two weeks",
            Self::ZoomFourWeeks => "Show four weeks",
            Self::ZoomMonth => "Show the whole month",
            Self::SelectLeft => "Select the day before",
            Self::SelectRight => "Select the day after",
            Self::SelectUp => "Select the same day a week earlier",
            Self::SelectDown => "Select the same day a week later",
            Self::MoveLeft => "Move the selected session to the day before, keeping its log and notes",
            Self::MoveRight => "Move the selected session to the day after, keeping its log and notes",
            Self::MoveUp => "Move the selected session a week earlier, keeping its log and notes",
            Self::MoveDown => "Move the selected session a week later, keeping its log and notes",
            Self::Cancel => "Cancel the drag or clear the selection",
        }
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
}
