//! The status bar: the findings' counts, the last message, the file, and the units shown.

use egui::Ui;

use super::theme::Palette;
use crate::edit::Document;
use crate::plan::WeekStart;
use crate::rules::{self, Severity};
use crate::t;

/// Draws the status bar for `doc` with the message `status`.
pub fn status_ui(ui: &mut Ui, doc: &Document, status: &str) {
    let palette = Palette::of(ui.visuals());
    let (errors, warnings, advice) = rules::counts(doc.findings());
    ui.horizontal(|ui| {
        for (n, severity, word) in [
            (errors, Severity::Error, "error"),
            (warnings, Severity::Warning, "warning"),
            (advice, Severity::Advice, "advice"),
        ] {
            let color = if n == 0 { palette.weak_text } else { palette.severity(severity) };
            ui.colored_label(color, format!("{} {}", severity.icon(), rules::counted(n, word)));
        }
        ui.separator();
        ui.label(status);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let path = doc.path().map_or_else(|| t!("status-not-saved"), |p| p.display().to_string());
            ui.weak(path);
            lens_note_ui(ui, doc);
        });
    });
}

/// "Shown in km, weeks from Monday ·" when the viewer's preference differs from the file's.
fn lens_note_ui(ui: &mut Ui, doc: &Document) {
    let (file, shown) = (&doc.file_plan().meta, &doc.plan().meta);
    if (file.units, file.week_start) == (shown.units, shown.week_start) {
        return;
    }
    // The catalogue says each day's name, chosen by these words.
    let week = |w: WeekStart| match w {
        WeekStart::Monday => "monday",
        WeekStart::Sunday => "sunday",
    };
    ui.label(t!("status-lens", units = shown.units.abbrev(), start = week(shown.week_start)))
        .on_hover_text(t!("status-lens.tooltip", units = file.units.abbrev(), start = week(file.week_start)));
}
