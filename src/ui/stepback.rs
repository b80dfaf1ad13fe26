//! The step back after pain, shown before it is applied: what changes, and what the rules say
//! of the plan afterwards.

use egui::Ui;

use super::{Intent, short_day};
use crate::plan::{Command, Plan, Units};
use crate::rules;
use crate::stepback::StepBack;

/// Shows `fix` for `plan`; returns true when the user is done (applied or cancelled).
pub fn step_back_ui(ui: &mut Ui, plan: &Plan, fix: &StepBack, out: &mut Vec<Intent>) -> bool {
    let units: Units = plan.meta.units;
    ui.heading("Step back after pain");
    ui.label(&fix.summary);
    ui.add_space(4.0);
    egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
        egui::Grid::new("step-back").num_columns(2).striped(true).show(ui, |ui| {
            for (was, now) in &fix.changes {
                ui.label(short_day(was.date));
                ui.label(format!("{} → {}", was.kind.short(units), now.kind.short(units)));
                ui.end_row();
            }
        });
    });
    let mut after = plan.clone();
    let applied = fix.commands().into_iter().try_for_each(|c: Command| after.apply(c).map(drop));
    let (errors, warnings, _) = rules::counts(&rules::validate(&after));
    ui.add_space(4.0);
    ui.strong(format!(
        "{} change · afterwards: {}, {}",
        crate::text::counted(fix.changes.len(), "session"),
        crate::text::counted(errors, "error"),
        crate::text::counted(warnings, "warning"),
    ));
    let mut done = false;
    ui.horizontal(|ui| {
        let apply = ui.add_enabled(applied.is_ok(), egui::Button::new("Step back"));
        if apply.on_hover_text("One step: Undo puts the plan back").clicked() {
            out.push(Intent::Apply {
                commands: fix.commands(),
                label: "Step back after pain".to_owned(),
                key: None,
            });
            // Applying selects the last session changed, weeks ahead and off screen: the
            // painful run stays selected, where the runner is looking.
            out.push(Intent::Select(Some(fix.after)));
            done = true;
        }
        if ui.button("Cancel").clicked() {
            done = true;
        }
    });
    done
}
