//! The toolbar above the grid: previous, today, next, the period's name and the zoom.

use egui::Ui;

use super::CalendarView;
use crate::ui::{Intent, UiCommand, Zoom};

/// Draws the toolbar for `view`; its buttons push the same commands as the View menu.
pub fn toolbar_ui(
    ui: &mut Ui,
    view: &CalendarView,
    week_start: crate::plan::WeekStart,
    out: &mut Vec<Intent>,
) {
    ui.horizontal(|ui| {
        for (command, text) in
            [(UiCommand::Previous, "◀"), (UiCommand::Today, "Today"), (UiCommand::Next, "▶")]
        {
            let hint = format!("{} ({})", command.tooltip(), shortcut_text(ui, command));
            let response = ui.button(text);
            // The arrows are glyphs; a screen reader says what they do.
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, command.text()));
            if response.on_hover_text(hint).clicked() {
                out.push(Intent::Run(command));
            }
        }
        ui.add_space(8.0);
        ui.heading(view.title(week_start));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for (zoom, command) in [
                (Zoom::Month, UiCommand::ZoomMonth),
                (Zoom::FourWeeks, UiCommand::ZoomFourWeeks),
                (Zoom::TwoWeeks, UiCommand::ZoomTwoWeeks),
            ] {
                let hint = format!("{} ({})", command.tooltip(), shortcut_text(ui, command));
                if ui.selectable_label(view.zoom == zoom, command.text()).on_hover_text(hint).clicked() {
                    out.push(Intent::Run(command));
                }
            }
        });
    });
}

fn shortcut_text(ui: &Ui, command: UiCommand) -> String {
    command.shortcuts().first().map(|s| ui.ctx().format_shortcut(s)).unwrap_or_default()
}
