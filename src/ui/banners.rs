//! Banners across the top of the window: an error to read, and a file another program changed.

use egui::Ui;

use super::Intent;
use super::modals::Answer;
use super::theme::Palette;

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
