//! Banners across the top of the window: an error to read, a file another program changed,
//! and the example plan shown at a first start.

use egui::Ui;

use super::modals::Answer;
use super::theme::Palette;
use super::{Intent, UiCommand, command_button};

/// The error banner, with a button to dismiss it.
pub fn error_ui(ui: &mut Ui, error: &str, out: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(ui.visuals().error_fg_color, format!("⛔ {error}"));
        if ui.button("Dismiss").clicked() {
            out.push(Intent::DismissError);
        }
    });
}

/// The plan's file `name` was changed by another program: compare, reload or keep mine.
/// `dirty` says whether reloading would lose unsaved changes.
pub fn outside_ui(ui: &mut Ui, name: &str, dirty: bool, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            palette.warning,
            format!(
                "⚠ {name} was changed by another program since you opened it (a coach's copy saved \
                 over it, a sync folder?). Nothing has been overwritten."
            ),
        );
        let reload = if dirty { "Reload, losing my changes" } else { "Reload" };
        for (text, tip, answer) in [
            ("Compare", "See what differs and take what you want", Answer::CompareOutside),
            (reload, "Open the file as it is now", Answer::ReloadOutside),
            ("Keep mine", "Saving will replace the file with your plan", Answer::KeepMine),
        ] {
            if ui.button(text).on_hover_text(tip).clicked() {
                out.push(Intent::Answer(answer));
            }
        }
    });
}

/// The plan shown is the built-in example (nothing was opened yet): say so, and offer the two
/// ways to a plan of one's own at once.
pub fn example_ui(ui: &mut Ui, out: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(
            "👋 This is an example plan, moved so that its next session is today. \
             Nothing is saved unless you choose where.",
        );
        for command in [UiCommand::NewFromMethod, UiCommand::Open] {
            if command_button(ui, command, true) {
                out.push(Intent::Run(command));
            }
        }
        if ui.button("Dismiss").on_hover_text("Keep exploring the example").clicked() {
            out.push(Intent::DismissExample);
        }
    });
}
