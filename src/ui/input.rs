//! Keyboard input: every command's shortcuts, and the clipboard events the window system makes
//! of Ctrl+C and Ctrl+V, turned into intents.

use super::{Intent, UiCommand};

/// Where [`focus_ring`](super::focus_ring) notes the calendar widget (day, chip, palette
/// entry, trash) that had the keyboard focus last frame.
pub fn calendar_focus_key() -> egui::Id {
    egui::Id::unique("calendar-focus")
}

/// Whether the keyboard focus is on a day, chip or palette entry, where the arrows move the
/// selection and Delete deletes, as with nothing focused.
pub fn calendar_has_focus(ctx: &egui::Context) -> bool {
    let focused = ctx.memory(egui::Memory::focused);
    focused.is_some() && focused == ctx.data(|d| d.get_temp::<egui::Id>(calendar_focus_key()))
}

/// The intents this frame's keys ask for. While another widget has the keyboard (a text field,
/// a slider), or a menu is open over the window, plain keys and the clipboard belong to it.
pub fn shortcuts(ctx: &egui::Context) -> Vec<Intent> {
    let typing =
        (ctx.egui_wants_keyboard_input() && !calendar_has_focus(ctx)) || egui::Popup::is_any_open(ctx);
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        for command in UiCommand::ALL {
            if typing
                && (command.is_plain_key()
                    || matches!(command, UiCommand::Copy | UiCommand::CopyWeek | UiCommand::Paste))
            {
                continue;
            }
            if command.shortcuts().iter().any(|s| i.consume_shortcut(s)) {
                out.push(Intent::Run(command));
            }
        }
        if !typing {
            // The window system turns Ctrl+C and Ctrl+V into clipboard events, not keys.
            // Only Ctrl+C and Ctrl+V without Shift become these events; Ctrl+Shift+C stays a key.
            for event in &i.events {
                match event {
                    egui::Event::Copy => out.push(Intent::Run(UiCommand::Copy)),
                    egui::Event::Paste(_) | egui::Event::PasteImage(_) => {
                        out.push(Intent::Run(UiCommand::Paste));
                    }
                    _ => {}
                }
            }
        }
    });
    out
}
