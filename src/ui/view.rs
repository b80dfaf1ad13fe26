//! How the viewer wants the window: how much of the calendar to show and which colour scheme.
//! Preferences the app remembers; the plan file never holds them.

use serde::{Deserialize, Serialize};

/// The colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Sets the context's theme to this choice.
    pub fn apply(self, ctx: &egui::Context) {
        ctx.set_theme(match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }
}

/// How much of the calendar is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Zoom {
    /// Two weeks, for a close look at the next sessions.
    TwoWeeks,
    /// Four weeks, a training block whatever the month.
    FourWeeks,
    /// A calendar month, as printed for the fridge.
    #[default]
    Month,
}
