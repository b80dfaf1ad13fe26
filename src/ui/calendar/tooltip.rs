//! Tooltips over the calendar: findings, note threads, and the note beside the pointer while a
//! chip is dragged.

use egui::{Id, Ui, Vec2};

use crate::edit::Preview;
use crate::rules::{Finding, Severity};
use crate::t;
use crate::ui::short_day;
use crate::ui::theme::Palette;

/// A thread in a tooltip: who, when, what.
pub(super) fn notes_tooltip_ui(ui: &mut Ui, notes: &[crate::plan::Note]) {
    for note in notes {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("💬 {}:", crate::text::byline(note)));
            ui.label(&note.text);
        });
    }
}

/// The findings in a tooltip: icon, message and suggestion.
pub fn findings_tooltip_ui(ui: &mut Ui, palette: &Palette, findings: &[&Finding]) {
    ui.set_max_width(360.0);
    for f in findings {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                palette.severity(f.severity),
                format!("{} {}", f.severity.icon(), f.rule.title()),
            );
        });
        ui.label(&f.message);
        ui.weak(&f.suggestion);
        ui.add_space(4.0);
    }
}

/// The floating note beside the pointer during a drag: what the drop would cause.
pub fn preview_tooltip_ui(ctx: &egui::Context, palette: &Palette, preview: &Preview, pointer: egui::Pos2) {
    egui::Area::new(Id::unique("drop-preview"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + Vec2::new(18.0, 22.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(340.0);
                if let Some(reason) = &preview.refused {
                    ui.colored_label(
                        palette.severity(Severity::Error),
                        t!(
                            "tooltip-cannot-drop",
                            icon = Severity::Error.icon(),
                            day = short_day(preview.target),
                            reason = reason
                        ),
                    );
                } else if preview.new.is_empty() {
                    ui.colored_label(
                        palette.bar_fill,
                        t!("tooltip-drop-fine", day = short_day(preview.target)),
                    );
                } else {
                    let n = preview.new.len();
                    ui.strong(t!(
                        "tooltip-drop-causes",
                        day = short_day(preview.target),
                        findings = crate::text::counted(n, "finding")
                    ));
                    for f in preview.new.iter().take(4) {
                        ui.colored_label(
                            palette.severity(f.severity),
                            format!("{} {}", f.severity.icon(), f.message),
                        );
                    }
                    if n > 4 {
                        ui.weak(t!("tooltip-more", n = n - 4));
                    }
                }
            });
        });
}
