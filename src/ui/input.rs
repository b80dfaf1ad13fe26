//! Keyboard input: every command's shortcuts, and the clipboard events the window system makes
//! of Ctrl+C and Ctrl+V, turned into intents.

use super::{Intent, UiCommand};

/// The intents this frame's keys ask for. While a text field has the keyboard, plain keys
/// and the clipboard belong to the field.
pub fn shortcuts(ctx: &egui::Context) -> Vec<Intent> {
    let typing = ctx.egui_wants_keyboard_input();
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
