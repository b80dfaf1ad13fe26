//! The preview of an import (File → Import runs…, or activity files dropped on the window):
//! each recorded activity and what it would do to the plan, with a tick to leave it out, a
//! choice of session to log it in, and the pain a watch cannot measure. Nothing changes until
//! Apply; every choice comes back as an [`Intent::Import`].

use chrono::{Days, NaiveDate};
use egui::{Id, Ui};

use super::{Intent, short_day};
pub use crate::activity::PainAnswer;
use crate::activity::{self, Line, Preview, Target};
use crate::plan::{Pain, Plan, SessionId, Status};
use crate::t;

/// The import being previewed: what the app holds while the dialog is open.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDialog {
    /// The activities read and the sessions they would log.
    pub preview: Preview,
    /// The files that gave no activity, each as "name: reason".
    pub unreadable: Vec<String>,
    /// The pain answered for each line of the preview, in the same order.
    pub pain: Vec<PainAnswer>,
    /// Why the last choice could not be made, shown until the next one.
    pub note: Option<String>,
    /// The day the files were dropped on, if they were.
    pub dropped_on: Option<NaiveDate>,
}

impl ImportDialog {
    /// A dialog for `preview`, with no pain answered yet.
    pub fn new(preview: Preview, unreadable: Vec<String>, dropped_on: Option<NaiveDate>) -> Self {
        let pain = vec![PainAnswer::default(); preview.lines().len()];
        Self { preview, unreadable, pain, note: None, dropped_on }
    }

    /// How many lines applying would log.
    pub fn changes(&self) -> usize {
        self.preview.lines().iter().filter(|l| l.changes()).count()
    }
}

/// What the user did in the import dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportAction {
    /// Tick or untick a line.
    Include {
        /// The line, as the preview numbers them.
        line: usize,
        /// Whether it is applied.
        included: bool,
    },
    /// Log a line in another session, or in a new one when `None`.
    Retarget {
        /// The line.
        line: usize,
        /// The session chosen.
        to: Option<SessionId>,
    },
    /// The pain answered for a line.
    Pain {
        /// The line.
        line: usize,
        /// The answer.
        answer: PainAnswer,
    },
    /// Apply every ticked line as one undoable step.
    Apply,
    /// Close the dialog without changing anything.
    Cancel,
}

/// The import preview over the window.
pub fn import_ui(ctx: &egui::Context, plan: &Plan, dialog: &ImportDialog, out: &mut Vec<Intent>) {
    let response = egui::Modal::new(Id::unique("import-runs")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.heading(t!("import-heading"));
        ui.label(t!("import-intro"));
        if let Some(day) = dialog.dropped_on {
            ui.weak(t!("import-dropped-on", day = short_day(day)));
        }
        if let Some(note) = &dialog.note {
            ui.colored_label(ui.visuals().warn_fg_color, note);
        }
        ui.separator();
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            for (index, line) in dialog.preview.lines().iter().enumerate() {
                let pain = dialog.pain.get(index).copied().unwrap_or_default();
                line_ui(ui, plan, index, line, pain, out);
                ui.separator();
            }
            for bad in &dialog.unreadable {
                ui.label(t!("import-not-read", file = bad));
            }
        });
        ui.horizontal(|ui| {
            let n = dialog.changes();
            let apply = ui
                .add_enabled(n > 0, egui::Button::new(t!("import-apply")))
                .on_hover_text(t!("import-apply-tip", runs = runs(n)));
            if apply.clicked() {
                out.push(Intent::Import(ImportAction::Apply));
            }
            if ui.button(t!("import-cancel")).on_hover_text(t!("import-cancel-tip")).clicked() {
                out.push(Intent::Import(ImportAction::Cancel));
            }
        });
    });
    if response.should_close() {
        out.push(Intent::Import(ImportAction::Cancel));
    }
}

/// "1 run", "3 runs": how the undo step and the Apply button count.
pub fn runs(n: usize) -> String {
    crate::text::counted(n, "run")
}

/// One activity: its tick (named by the line's headline), what was judged of it (a warning in
/// the warning colour), the session it goes to and its pain.
fn line_ui(ui: &mut Ui, plan: &Plan, index: usize, line: &Line, pain: PainAnswer, out: &mut Vec<Intent>) {
    let text = line.headline(plan);
    if matches!(line.target, Target::Session { .. } | Target::New(_)) {
        // A copy: the tick changes through the intent, after the frame is drawn.
        let mut included = line.included;
        if ui.checkbox(&mut included, text).changed() {
            out.push(Intent::Import(ImportAction::Include { line: index, included }));
        }
    } else {
        ui.label(text);
    }
    ui.indent(("import-judged", index), |ui| {
        for judgement in line.judgements(plan) {
            if judgement.warning {
                ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {}", judgement.text));
            } else {
                ui.weak(judgement.text);
            }
        }
    });
    if !line.changes() {
        return;
    }
    ui.indent(("import-line", index), |ui| {
        ui.horizontal(|ui| target_ui(ui, plan, index, line, out));
        ui.horizontal(|ui| pain_ui(ui, index, pain, out));
    });
}

/// The session the line logs: the sessions of a kind it matches on its day and the days
/// either side, or a new one.
fn target_ui(ui: &mut Ui, plan: &Plan, index: usize, line: &Line, out: &mut Vec<Intent>) {
    let units = plan.meta.units;
    let name = |id: SessionId| {
        plan.session(id).map_or_else(
            || id.to_string(),
            |s| {
                let logged = if s.status == Status::Planned { "no" } else { "yes" };
                t!(
                    "import-session",
                    logged = logged,
                    day = short_day(s.date),
                    session = s.kind.describe(units)
                )
            },
        )
    };
    let current = match line.target {
        Target::Session { id, .. } => Some(id),
        _ => None,
    };
    let shown = current.map_or_else(|| t!("import-new-session"), name);
    let label = ui.label(t!("import-log-in")).id;
    let date = line.date();
    let days = [date.checked_sub_days(Days::new(1)), Some(date), date.checked_add_days(Days::new(1))];
    let candidates: Vec<SessionId> = days
        .into_iter()
        .flatten()
        .flat_map(|day| plan.sessions_on(day))
        .filter(|s| s.recorded.is_none() && activity::matches(line.activity.sport, &s.kind))
        .map(|s| s.id)
        .collect();
    let mut chosen = current;
    egui::ComboBox::from_id_salt(("import-target", index))
        .selected_text(shown)
        .width(320.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, t!("import-new-session"));
            for id in candidates {
                ui.selectable_value(&mut chosen, Some(id), name(id));
            }
        })
        .response
        .labelled_by(label);
    if chosen != current {
        out.push(Intent::Import(ImportAction::Retarget { line: index, to: chosen }));
    }
}

/// Pain during and the next morning, each "not asked" until chosen: a watch records distance
/// and time but knows nothing of how the leg felt.
fn pain_ui(ui: &mut Ui, index: usize, pain: PainAnswer, out: &mut Vec<Intent>) {
    let mut answer = pain;
    for (text, salt, score) in [
        (t!("import-pain-during"), "import-pain-during", &mut answer.during),
        (t!("import-pain-next-day"), "import-pain-next", &mut answer.next_day),
    ] {
        let label = ui.label(text).id;
        let shown =
            |s: Option<Pain>| s.map_or_else(|| t!("import-not-asked"), |v| format!("{} / 10", v.get()));
        egui::ComboBox::from_id_salt((salt, index))
            .selected_text(shown(*score))
            .width(90.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(score, None, t!("import-not-asked"));
                for v in (0..=Pain::MAX).filter_map(Pain::new) {
                    ui.selectable_value(score, Some(v), shown(Some(v)));
                }
            })
            .response
            .labelled_by(label);
    }
    if answer != pain {
        out.push(Intent::Import(ImportAction::Pain { line: index, answer }));
    }
}

/// While files are dragged over the window: what dropping them does.
pub fn hovered_files_ui(ctx: &egui::Context, count: usize) {
    egui::Area::new(Id::unique("import-hover"))
        .anchor(egui::Align2::CENTER_TOP, [0.0, 48.0])
        .order(egui::Order::Tooltip)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(t!("import-drop-hint", n = count));
            });
        });
}
