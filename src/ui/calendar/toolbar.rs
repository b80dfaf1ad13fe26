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
        // Today says its name; the arrows are glyphs.
        for (command, glyph) in
            [(UiCommand::Previous, Some("◀")), (UiCommand::Today, None), (UiCommand::Next, Some("▶"))]
        {
            let hint = format!("{} ({})", command.tooltip(), shortcut_text(ui, command));
            let response = ui.button(glyph.map_or_else(|| command.text().to_owned(), str::to_owned));
            // The arrows are glyphs; a screen reader says what they do.
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, command.text()));
            if response.on_hover_text(hint).clicked() {
                out.push(Intent::Run(command));
            }
        }
        ui.add_space(8.0);
        // The period's name in what the view buttons leave: at 1.25 on a small window the
        // month's name ran under them. The short name, then none (the day cells still say it).
        let views = views_width(ui);
        let font = egui::TextStyle::Heading.resolve(ui.style());
        let fits = |text: &str| {
            let width = ui
                .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE))
                .size()
                .x;
            width + views + 8.0 <= ui.available_width()
        };
        let title = [view.title(week_start), view.short_title(week_start)].into_iter().find(|t| fits(t));
        if let Some(title) = title {
            ui.heading(title);
        }
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

/// The width the three view buttons take.
fn views_width(ui: &Ui) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let padding = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    [UiCommand::ZoomMonth, UiCommand::ZoomFourWeeks, UiCommand::ZoomTwoWeeks]
        .iter()
        .map(|c| {
            let text =
                ui.fonts_mut(|f| f.layout_no_wrap(c.text().to_owned(), font.clone(), egui::Color32::WHITE));
            text.size().x + padding
        })
        .sum()
}

fn shortcut_text(ui: &Ui, command: UiCommand) -> String {
    command.shortcuts().first().map(|s| ui.ctx().format_shortcut(s)).unwrap_or_default()
}
