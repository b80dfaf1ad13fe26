//! The modal dialogs: restore an autosave, save changes before going on, type a path, preview
//! a step back, answer the method's questions. Each draws over the window and answers with an
//! [`Intent::Answer`]; the app decides what the answer does.

use std::path::PathBuf;

use egui::{Id, Ui};

use super::Intent;
use super::method::{self, MethodChoice, MethodForm};
use crate::export::Format;
use crate::plan::{Plan, SessionId};
use crate::stepback::StepBack;
use crate::t;

/// What the user answered in a dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Restore the autosaved changes.
    Restore,
    /// Throw the autosaved changes away.
    DiscardRecovery,
    /// Save the unsaved changes, then go on.
    SaveFirst,
    /// Go on without saving.
    DontSave,
    /// Neither save nor go on.
    CancelConfirm,
    /// Use the path typed in the path field.
    Path(PathBuf),
    /// Open the system's file dialog for the path field's purpose.
    Browse,
    /// Close the path field.
    CancelPath,
    /// The method's form was answered.
    Method(MethodChoice),
    /// The file changed on disk: merge its changes into the open plan.
    MergeOutside,
    /// Keep the comments written in the file as notes where they sit.
    CommentsAsNotes,
    /// Let saving drop the comments written in the file.
    DropComments,
    /// The file changed on disk: compare it with the open plan.
    CompareOutside,
    /// The file changed on disk: open it as it is now.
    ReloadOutside,
    /// The file changed on disk: keep the open plan (saving will replace the file).
    KeepMine,
}

/// Why a file path is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// To open a plan.
    Open,
    /// To save the plan under a new name.
    SaveAs,
    /// To export the plan.
    Export(Format),
    /// To compare the plan with another version of it.
    Compare,
    /// To merge another version of the plan into it.
    Merge,
    /// To list a folder of athletes' plans.
    Folder,
    /// To write the plan's workouts into a folder (a watch's).
    Workouts,
    /// To write one session's workout into a folder (a watch's).
    Workout(SessionId),
    /// To read recorded runs from an activity file or a folder of them.
    Import,
}

impl Purpose {
    /// The extension of the files it picks.
    pub fn extension(self) -> &'static str {
        match self {
            Purpose::Open | Purpose::SaveAs | Purpose::Compare | Purpose::Merge | Purpose::Folder => "ron",
            Purpose::Export(format) => format.extension(),
            Purpose::Workouts | Purpose::Workout(_) | Purpose::Import => "fit",
        }
    }

    /// The button that confirms it.
    pub fn verb(self) -> String {
        match self {
            Purpose::Open => t!("prompt-verb-open"),
            Purpose::SaveAs => t!("prompt-verb-save-as"),
            Purpose::Export(_) => t!("prompt-verb-export"),
            Purpose::Compare => t!("prompt-verb-compare"),
            Purpose::Merge => t!("prompt-verb-merge"),
            Purpose::Folder => t!("prompt-verb-folder"),
            Purpose::Workouts | Purpose::Workout(_) => t!("prompt-verb-workouts"),
            Purpose::Import => t!("prompt-verb-import"),
        }
    }

    /// The dialog's heading.
    fn heading(self) -> String {
        match self {
            Purpose::Open => t!("prompt-heading-open"),
            Purpose::SaveAs => t!("prompt-heading-save-as"),
            Purpose::Export(format) => t!("prompt-heading-export", format = format.label()),
            Purpose::Compare => t!("prompt-heading-compare"),
            Purpose::Merge => t!("prompt-heading-merge"),
            Purpose::Folder => t!("prompt-heading-folder"),
            Purpose::Workouts => t!("prompt-heading-workouts"),
            Purpose::Workout(_) => t!("prompt-heading-workout"),
            Purpose::Import => t!("prompt-heading-import"),
        }
    }

    /// The path field's label.
    fn field_label(self) -> String {
        match self {
            Purpose::Import => t!("prompt-field-file-or-folder"),
            _ if self.is_folder() => t!("prompt-field-folder"),
            _ => t!("prompt-field-file"),
        }
    }

    /// Whether it asks for a folder rather than a file.
    pub fn is_folder(self) -> bool {
        matches!(self, Purpose::Folder | Purpose::Workouts | Purpose::Workout(_))
    }

    /// The hint in the empty path field.
    fn hint(self) -> String {
        match self {
            Purpose::Folder => "/path/to/athletes".to_owned(),
            Purpose::Workouts | Purpose::Workout(_) => "/media/you/GARMIN/GARMIN/NewFiles".to_owned(),
            Purpose::Import => "/media/you/GARMIN/GARMIN/Activity".to_owned(),
            other => format!("/path/to/plan.{}", other.extension()),
        }
    }
}

/// The in-app path field, shown with (or instead of) the system's file dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: Purpose,
    /// The path as typed so far.
    pub text: String,
    /// A line under the heading: how to answer, what the folder is, or why the last answer
    /// did not work.
    pub note: Option<String>,
}

/// "Restore unsaved changes?" after a session that did not end cleanly.
pub fn recover_ui(ctx: &egui::Context, name: &str, when: &str, changes: &[String], out: &mut Vec<Intent>) {
    egui::Modal::new(Id::unique("recover")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(t!("modal-recover-heading"));
        ui.label(t!("modal-recover-body", name = name, when = when));
        ui.add_space(4.0);
        ui.strong(t!("modal-recover-changes", n = changes.len()));
        egui::ScrollArea::vertical().max_height(180.0).show(ui, |ui| {
            for line in changes {
                ui.label(line);
            }
        });
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if ui.button(t!("modal-recover-restore")).clicked() {
                out.push(Intent::Answer(Answer::Restore));
            }
            if ui.button(t!("modal-recover-discard")).clicked() {
                out.push(Intent::Answer(Answer::DiscardRecovery));
            }
        });
    });
}

/// "Save changes to NAME?" before `action` would lose them: "new", "duplicate", "open" or
/// "quit", which the catalogue puts in words.
pub fn confirm_ui(ctx: &egui::Context, name: &str, action: &str, out: &mut Vec<Intent>) {
    let response = egui::Modal::new(Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(t!("modal-confirm-heading", name = name));
        ui.label(t!("modal-confirm-body", action = action));
        ui.horizontal(|ui| {
            for (text, answer) in [
                (t!("modal-confirm-save"), Answer::SaveFirst),
                (t!("modal-confirm-dont-save"), Answer::DontSave),
                (t!("modal-cancel"), Answer::CancelConfirm),
            ] {
                if ui.button(text).clicked() {
                    out.push(Intent::Answer(answer));
                }
            }
        });
    });
    if response.should_close() {
        out.push(Intent::Answer(Answer::CancelConfirm));
    }
}

/// The path field: typing edits `prompt.text`; Enter or the button answers with the path.
pub fn path_prompt_ui(
    ctx: &egui::Context,
    prompt: &mut PathPrompt,
    recent: &[PathBuf],
    out: &mut Vec<Intent>,
) {
    let response = egui::Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(prompt.purpose.heading());
        if let Some(note) = &prompt.note {
            ui.weak(note);
        }
        let label = ui.label(prompt.purpose.field_label()).id;
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut prompt.text)
                    .hint_text(prompt.purpose.hint())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if matches!(prompt.purpose, Purpose::Open | Purpose::Compare | Purpose::Merge) && !recent.is_empty() {
            ui.label(t!("prompt-recent"));
            // A click answers with the file, as the File menu's Open recent does: filling the
            // field and waiting for the button looked like nothing happened.
            let verb = prompt.purpose.verb();
            for path in recent {
                let shown = path.display().to_string();
                if ui
                    .link(&shown)
                    .on_hover_text(t!("prompt-recent-path", verb = &verb, path = &shown))
                    .clicked()
                {
                    out.push(Intent::Answer(Answer::Path(path.clone())));
                }
            }
        }
        ui.horizontal(|ui| path_buttons_ui(ui, prompt, enter, out));
    });
    if response.should_close() {
        out.push(Intent::Answer(Answer::CancelPath));
    }
}

fn path_buttons_ui(ui: &mut Ui, prompt: &PathPrompt, enter: bool, out: &mut Vec<Intent>) {
    let ready = !prompt.text.trim().is_empty();
    if ui.add_enabled(ready, egui::Button::new(prompt.purpose.verb())).clicked() || (enter && ready) {
        out.push(Intent::Answer(Answer::Path(PathBuf::from(prompt.text.trim()))));
    }
    if ui.button(t!("prompt-browse")).on_hover_text(t!("prompt-browse.tooltip")).clicked() {
        out.push(Intent::Answer(Answer::Browse));
    }
    if ui.button(t!("modal-cancel")).clicked() {
        out.push(Intent::Answer(Answer::CancelPath));
    }
}

/// The step back after pain, previewed before anything changes.
pub fn step_back_modal_ui(ctx: &egui::Context, plan: &Plan, fix: &StepBack, out: &mut Vec<Intent>) {
    egui::Modal::new(Id::unique("step-back")).show(ctx, |ui| {
        ui.set_width(520.0);
        if super::stepback::step_back_ui(ui, plan, fix, out) {
            out.push(Intent::CloseStepBack);
        }
    });
}

/// File → New from method…: the questions; typing and choosing edit `form` itself.
pub fn method_modal_ui(ctx: &egui::Context, form: &mut MethodForm, out: &mut Vec<Intent>) {
    egui::Modal::new(Id::unique("method")).show(ctx, |ui| {
        ui.set_width(560.0);
        if let Some(choice) = method::method_ui(ui, form) {
            out.push(Intent::Answer(Answer::Method(choice)));
        }
    });
}
