//! The side panel's comparison with another version of the plan: each difference with "take
//! theirs" or "keep mine", and the button that applies the choice.

use egui::Ui;

use super::{Intent, short_day};
use crate::diff::Difference;
use crate::edit::Comparison;
use crate::plan::Plan;
use crate::t;

/// Lists the differences; the ticks are the comparison's own state, the rest are intents.
pub fn compare_ui(ui: &mut Ui, comparison: &mut Comparison, mine: &Plan, out: &mut Vec<Intent>) {
    let name = comparison.path().file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    ui.heading(t!("compare-heading", name = &name));
    if comparison.is_empty() {
        ui.label(t!("compare-same"));
    } else {
        let differences = crate::text::counted(comparison.len(), "difference");
        ui.label(t!("compare-intro", differences = differences, name = &name));
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("compare-take-all")).clicked() {
                comparison.set_all(true);
            }
            if ui.button(t!("compare-keep-all")).clicked() {
                comparison.set_all(false);
            }
        });
    }
    ui.separator();
    let mut toggled = None;
    egui::ScrollArea::vertical().auto_shrink([false, true]).max_height(ui.available_height() - 70.0).show(
        ui,
        |ui| {
            for (i, (difference, taken)) in comparison.differences().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let mut take = taken;
                    // One label whose tick says yes or no; a label that flipped with the
                    // tick read as the opposite of what a click would do.
                    if ui.checkbox(&mut take, t!("compare-take")).changed() {
                        toggled = Some((i, take));
                    }
                    if let Some(date) = difference.date()
                        && ui.link(short_day(date)).on_hover_text(t!("compare-show-day")).clicked()
                    {
                        out.push(Intent::Jump { date, session: session_of(difference) });
                    }
                });
                ui.label(difference.describe());
                ui.add_space(4.0);
            }
        },
    );
    if let Some((i, take)) = toggled {
        comparison.set_take(i, take);
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let taken = comparison.taken();
        let apply = egui::Button::new(t!("compare-apply", n = taken));
        if ui.add_enabled(taken > 0, apply).on_hover_text(t!("compare-apply-tip")).clicked() {
            match comparison.commands(mine) {
                Ok(commands) => {
                    out.push(Intent::Merge { commands, label: t!("compare-applied", n = taken) });
                }
                Err(e) => out.push(Intent::Failed(t!("compare-failed", error = e.to_string()))),
            }
        }
        if ui.button(t!("compare-close")).clicked() {
            out.push(Intent::CloseComparison);
        }
    });
}

fn session_of(difference: &Difference) -> Option<crate::plan::SessionId> {
    match difference {
        Difference::Removed { session, .. }
        | Difference::Moved { session, .. }
        | Difference::Edited { session, .. } => Some(*session),
        Difference::NoteAdded { session, .. } | Difference::NoteRemoved { session, .. } => *session,
        Difference::Added { .. } | Difference::Meta { .. } | Difference::Rules { .. } => None,
    }
}
