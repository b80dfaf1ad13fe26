//! A chip's right-click menu: its status, how it went, the step back after pain, and the
//! commands that act on the session.

use super::CalendarCx;
use crate::plan::{Session, Status};
use crate::t;
use crate::ui::{Intent, UiCommand};

/// A chip menu's width: a label and the pain scale's eleven cells.
const MENU_WIDTH: f32 = 320.0;

/// The menu of the chip whose response is `response`, for `session`.
pub(super) fn chip_menu_ui(
    response: &egui::Response,
    cx: &CalendarCx<'_>,
    session: &Session,
    out: &mut Vec<Intent>,
) {
    let units = cx.doc.plan().meta.units;
    // Closed by its buttons or a click elsewhere, not by dragging the pain sliders inside it.
    let menu =
        egui::Popup::context_menu(response).close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let tallest = egui::Id::unique(("chip-menu-height", session.id.0));
    let shown = menu.show(|ui| {
        // As tall as it has been since it opened: a menu flipped above the pointer (near the
        // window's foot, or taller in a longer language) moved every item down when marking a
        // run done took "Send to watch" away.
        let height = ui.data(|d| d.get_temp::<f32>(tallest)).unwrap_or_default();
        ui.set_min_height(height);
        // Wide enough for the pain scale's eleven cells in one row whatever the heading says: a
        // menu sized by its widest line put them in two rows once "(mark done first)" went,
        // and the taller menu moved its items.
        ui.set_min_width(MENU_WIDTH);
        // The same items in the same places whatever the status, the current one ticked: when
        // "Mark done" took itself away, "Mark skipped" moved up under the pointer.
        for (status, text) in [
            (Status::Done, t!("chip-mark-done")),
            (Status::Skipped, t!("chip-mark-skipped")),
            (Status::Planned, t!("chip-mark-planned")),
        ] {
            let current = session.status == status;
            let button = egui::Button::selectable(current, &text);
            if ui.add_enabled(!current, button).clicked() {
                let mut edited = session.clone();
                edited.status = status;
                out.push(Intent::Apply {
                    commands: vec![crate::plan::Command::EditSession(edited)],
                    label: text,
                    key: None,
                });
                // A session just marked done stays open for logging how it went.
                if status != Status::Done {
                    ui.close();
                }
            }
        }
        // Always there, and usable once the session is done, so marking it done does not
        // grow the menu (which moved it up, or flipped it above the pointer, near the
        // window's foot).
        ui.separator();
        let done = session.status == Status::Done;
        ui.add_enabled_ui(done, |ui| {
            ui.strong(t!("chip-how-did-it-go", done = if done { "yes" } else { "no" }));
            let mut edited = session.clone();
            let mut key = None;
            egui::Grid::new(("log", session.id.0)).num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                crate::ui::editor::log_ui(ui, &mut edited, units, &mut key);
                crate::ui::ready::stop_signs_ui(ui, cx.doc.plan(), &mut edited, &mut key);
            });
            if key.is_some() && edited != *session {
                out.push(Intent::Apply {
                    commands: vec![crate::plan::Command::EditSession(edited)],
                    label: t!("chip-log-session"),
                    key,
                });
            }
        });
        crate::ui::editor::step_back_offer_ui(ui, cx.doc.plan(), session, out);
        ui.separator();
        // The right-click selected the session, so these act on it like the menus do.
        let watch = crate::watch::sendable(cx.doc.plan(), session.id).is_some();
        let commands =
            [UiCommand::Copy, UiCommand::Delete].into_iter().chain(watch.then_some(UiCommand::SendToWatch));
        for command in commands {
            if crate::ui::command_button(ui, command, true) {
                out.push(Intent::Run(command));
                ui.close();
            }
        }
        let height = ui.min_rect().height();
        ui.data_mut(|d| d.insert_temp(tallest, height));
    });
    if shown.is_none() {
        response.ctx.data_mut(|d| d.remove::<f32>(tallest));
    }
}
