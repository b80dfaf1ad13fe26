//! What is over the window: at most one dialog or prompt, so whether one is open is one
//! question with one answer.

use std::path::PathBuf;

use super::Recovered;
use crate::edit::Document;
use crate::plan::Plan;
use crate::stepback::StepBack;
use crate::ui::Intent;
use crate::ui::import::{self, ImportDialog};
use crate::ui::method::MethodForm;
use crate::ui::modals::{self, PathPrompt};

/// The path field and what follows its answer.
pub(super) struct Prompt {
    /// What the field shows and holds.
    pub(super) field: PathPrompt,
    /// What to do once the plan is saved (Save chosen when asked about unsaved changes).
    pub(super) then: Option<Pending>,
    /// A path that exists and was confirmed once; a second confirmation replaces it.
    pub(super) overwrite: Option<PathBuf>,
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
    /// What would lose the changes, for "… if you don't save them before {action}": the
    /// catalogue's selector, which it puts in words.
    pub(super) fn action(&self) -> &'static str {
        match self {
            Pending::New | Pending::Generated(_) => "new",
            Pending::Duplicate => "duplicate",
            Pending::Open(_) | Pending::OpenPrompt => "open",
            Pending::Quit => "quit",
        }
    }
}

/// The dialog or prompt over the window, if any.
pub(super) enum Mode {
    /// No dialog: the window itself takes the keys and dropped files.
    Calendar,
    /// The path field, for opening, saving, exporting, comparing, merging and importing.
    Prompt(Prompt),
    /// The question about unsaved changes before `pending`. `under` is the dialog it was asked
    /// over (the window was closed while one was up), back again if the answer is Cancel.
    Confirm {
        /// What waits for the answer.
        pending: Pending,
        /// The dialog it was asked over; usually [`Mode::Calendar`].
        under: Box<Mode>,
    },
    /// The autosave found at start-up, to restore or discard.
    Recover(Box<Recovered>),
    /// The recorded runs being previewed before they are logged.
    Import(Box<ImportDialog>),
    /// The method's questions (File → New from method…).
    Method(Box<MethodForm>),
    /// The step back after pain being previewed.
    StepBack(Box<StepBack>),
}

impl Mode {
    /// Whether a dialog is over the window: then the keys and dropped files belong to it.
    pub(super) fn is_open(&self) -> bool {
        !matches!(self, Self::Calendar)
    }

    /// Asks about unsaved changes before `pending`, over whatever is open; a second close of
    /// the window while it asks only changes what waits.
    pub(super) fn ask_first(&mut self, pending: Pending) {
        match self {
            Self::Confirm { pending: waiting, .. } => *waiting = pending,
            other => {
                let under = Box::new(std::mem::replace(other, Self::Calendar));
                *other = Self::Confirm { pending, under };
            }
        }
    }

    /// The answer to the question about unsaved changes: what waited for it, with the dialog
    /// it was asked over back.
    pub(super) fn take_pending(&mut self) -> Option<Pending> {
        if !matches!(self, Self::Confirm { .. }) {
            return None;
        }
        match std::mem::replace(self, Self::Calendar) {
            Self::Confirm { pending, under } => {
                *self = *under;
                Some(pending)
            }
            _ => None,
        }
    }

    /// Closes the path field, giving it back.
    pub(super) fn take_prompt(&mut self) -> Option<Prompt> {
        if !matches!(self, Self::Prompt(_)) {
            return None;
        }
        match std::mem::replace(self, Self::Calendar) {
            Self::Prompt(prompt) => Some(prompt),
            _ => None,
        }
    }

    /// Closes the restore dialog, giving back what it offered.
    pub(super) fn take_recovered(&mut self) -> Option<Recovered> {
        if !matches!(self, Self::Recover(_)) {
            return None;
        }
        match std::mem::replace(self, Self::Calendar) {
            Self::Recover(recovered) => Some(*recovered),
            _ => None,
        }
    }

    /// Closes the import preview, giving it back.
    pub(super) fn take_import(&mut self) -> Option<ImportDialog> {
        if !matches!(self, Self::Import(_)) {
            return None;
        }
        match std::mem::replace(self, Self::Calendar) {
            Self::Import(dialog) => Some(*dialog),
            _ => None,
        }
    }

    /// Closes the dialog if it is the one `open` says.
    pub(super) fn close_if(&mut self, open: impl FnOnce(&Self) -> bool) {
        if open(self) {
            *self = Self::Calendar;
        }
    }

    /// Draws the dialog; the question about unsaved changes hides the one it was asked over.
    pub(super) fn modal_ui(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        recent: &[std::path::PathBuf],
        out: &mut Vec<Intent>,
    ) {
        match self {
            Self::Calendar => {}
            Self::Prompt(prompt) => modals::path_prompt_ui(ctx, &mut prompt.field, recent, out),
            Self::Confirm { pending, .. } => modals::confirm_ui(ctx, &doc.name(), pending.action(), out),
            Self::Recover(recovered) => {
                let name = recovered
                    .origin
                    .as_deref()
                    .map_or_else(|| crate::t!("modal-recover-unsaved"), |p| p.display().to_string());
                modals::recover_ui(ctx, &name, &recovered.when, &recovered.changes, out);
            }
            Self::Import(dialog) => import::import_ui(ctx, doc.plan(), dialog, out),
            Self::Method(form) => modals::method_modal_ui(ctx, form, out),
            Self::StepBack(fix) => modals::step_back_modal_ui(ctx, doc.plan(), fix, out),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::{Mode, Pending, Recovered};
    use crate::plan::Plan;

    fn recovered() -> Mode {
        let plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap());
        Mode::Recover(Box::new(Recovered { plan, origin: None, when: String::new(), changes: Vec::new() }))
    }

    /// Closing the window while the restore dialog is up asks about unsaved changes over it;
    /// Cancel brings the restore dialog back, and a second close only changes what waits.
    #[test]
    fn the_question_about_unsaved_changes_gives_back_the_dialog_it_was_asked_over() {
        let mut mode = recovered();
        mode.ask_first(Pending::New);
        mode.ask_first(Pending::Quit);
        assert!(
            matches!(&mode, Mode::Confirm { pending: Pending::Quit, under } if matches!(**under, Mode::Recover(_)))
        );
        assert_eq!(mode.take_prompt().map(|p| p.then), None, "not the path field");
        assert_eq!(mode.take_pending(), Some(Pending::Quit));
        assert!(matches!(mode, Mode::Recover(_)), "the restore dialog is back");
        assert!(mode.take_recovered().is_some());
        assert!(!mode.is_open());
        assert_eq!(mode.take_pending(), None);
    }
}
