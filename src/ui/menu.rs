//! The menu bar: File, Edit and View. Every entry pushes an intent; toggles and choices
//! (load chart, units, week start, theme, recent files) are intents too, applied after drawing.

use std::path::PathBuf;

use egui::Ui;

use super::{Intent, ThemeChoice, UiCommand, command_button};
use crate::export::Format;
use crate::i18n::Lang;
use crate::plan::{Lens, Units, WeekStart};
use crate::t;

/// What the menus show: which entries are enabled and which choices are ticked.
pub struct MenuCx<'a> {
    /// Recently opened or saved files, newest first.
    pub recent: &'a [PathBuf],
    /// The name of the change Undo would revert, if any.
    pub undo: Option<&'a str>,
    /// The name of the change Redo would repeat, if any.
    pub redo: Option<&'a str>,
    /// Whether a session is selected (Copy, Delete).
    pub session_selected: bool,
    /// Whether the selected session has a workout for the watch (a planned run or walk).
    pub watch_session: bool,
    /// Whether a day is selected (Copy week, Paste).
    pub day_selected: bool,
    /// Whether something was copied (Paste).
    pub clipboard: bool,
    /// Whether the load chart is shown.
    pub load_shown: bool,
    /// The viewer's units and week start.
    pub lens: Lens,
    /// The colour scheme.
    pub theme: ThemeChoice,
    /// The language the window speaks.
    pub lang: Lang,
    /// Why a command cannot be done here (in a browser: list a folder, quit), if it cannot.
    pub unavailable: fn(UiCommand) -> Option<String>,
}

/// Draws the menu bar.
pub fn menu_ui(ui: &mut Ui, cx: &MenuCx<'_>, out: &mut Vec<Intent>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t!("menu-file"), |ui| file_menu_ui(ui, cx, out));
        ui.menu_button(t!("menu-edit"), |ui| edit_menu_ui(ui, cx, out));
        ui.menu_button(t!("menu-view"), |ui| view_menu_ui(ui, cx, out));
    });
}

/// Buttons for `commands`, each pushing its intent when clicked.
fn commands_ui(ui: &mut Ui, commands: &[UiCommand], out: &mut Vec<Intent>) {
    for &command in commands {
        if command_button(ui, command, true) {
            out.push(Intent::Run(command));
        }
    }
}

/// Buttons for `commands` as [`commands_ui`] draws them, except that one which cannot be done
/// here is greyed out and says why.
fn platform_commands_ui(ui: &mut Ui, cx: &MenuCx<'_>, commands: &[UiCommand], out: &mut Vec<Intent>) {
    for &command in commands {
        match (cx.unavailable)(command) {
            Some(why) => {
                ui.add_enabled(false, egui::Button::new(command.text())).on_disabled_hover_text(why);
            }
            None => commands_ui(ui, &[command], out),
        }
    }
}

fn file_menu_ui(ui: &mut Ui, cx: &MenuCx<'_>, out: &mut Vec<Intent>) {
    platform_commands_ui(
        ui,
        cx,
        &[UiCommand::New, UiCommand::NewFromMethod, UiCommand::Open, UiCommand::OpenFolder],
        out,
    );
    ui.menu_button(t!("menu-open-recent"), |ui| {
        if cx.recent.is_empty() {
            ui.weak(t!("menu-no-recent"));
        }
        for path in cx.recent {
            if ui.button(path.display().to_string()).clicked() {
                out.push(Intent::Open(path.clone()));
            }
        }
    });
    ui.separator();
    commands_ui(ui, &[UiCommand::Save, UiCommand::SaveAs, UiCommand::DuplicateAsNew], out);
    ui.separator();
    commands_ui(ui, &[UiCommand::Compare, UiCommand::MergeWith], out);
    ui.menu_button(t!("menu-export"), |ui| {
        let exports: Vec<UiCommand> = Format::ALL.into_iter().map(UiCommand::Export).collect();
        commands_ui(ui, &exports, out);
    });
    commands_ui(ui, &[UiCommand::ExportWorkouts], out);
    if command_button(ui, UiCommand::SendToWatch, cx.watch_session) {
        out.push(Intent::Run(UiCommand::SendToWatch));
    }
    commands_ui(ui, &[UiCommand::ImportRuns], out);
    commands_ui(ui, &[UiCommand::Print], out);
    ui.separator();
    platform_commands_ui(ui, cx, &[UiCommand::Quit], out);
}

fn edit_menu_ui(ui: &mut Ui, cx: &MenuCx<'_>, out: &mut Vec<Intent>) {
    for (command, step) in [(UiCommand::Undo, cx.undo), (UiCommand::Redo, cx.redo)] {
        let text = step.map_or_else(
            || command.text().to_owned(),
            |step| t!("menu-history-step", command = command.text(), step = step),
        );
        let mut button = egui::Button::new(text);
        if let Some(s) = command.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(s));
        }
        if ui.add_enabled(step.is_some(), button).on_hover_text(command.tooltip()).clicked() {
            out.push(Intent::Run(command));
        }
    }
    ui.separator();
    for (command, enabled) in [
        (UiCommand::Copy, cx.session_selected),
        (UiCommand::CopyWeek, cx.day_selected),
        (UiCommand::Paste, cx.clipboard && cx.day_selected),
        (UiCommand::Delete, cx.session_selected),
    ] {
        if command_button(ui, command, enabled) {
            out.push(Intent::Run(command));
        }
    }
}

fn view_menu_ui(ui: &mut Ui, cx: &MenuCx<'_>, out: &mut Vec<Intent>) {
    commands_ui(
        ui,
        &[
            UiCommand::Previous,
            UiCommand::Next,
            UiCommand::Today,
            UiCommand::ZoomTwoWeeks,
            UiCommand::ZoomFourWeeks,
            UiCommand::ZoomMonth,
        ],
        out,
    );
    ui.separator();
    let mut shown = cx.load_shown;
    if ui.checkbox(&mut shown, t!("menu-load-chart")).on_hover_text(t!("menu-load-chart.tooltip")).changed() {
        out.push(Intent::ShowLoadChart(shown));
    }
    ui.separator();
    lens_menu_ui(ui, cx.lens, out);
    ui.separator();
    ui.label(t!("menu-theme"));
    for (choice, text) in [
        (ThemeChoice::System, t!("menu-theme-system")),
        (ThemeChoice::Light, t!("menu-theme-light")),
        (ThemeChoice::Dark, t!("menu-theme-dark")),
    ] {
        if ui.radio(cx.theme == choice, text).clicked() && cx.theme != choice {
            out.push(Intent::SetTheme(choice));
        }
    }
    ui.separator();
    ui.menu_button(t!("menu-language"), |ui| {
        // Each language by its own name, so a runner finds theirs whatever is shown now.
        for lang in Lang::CHOICES {
            if ui.radio(cx.lang == lang, lang.name()).clicked() && cx.lang != lang {
                out.push(Intent::SetLang(lang));
            }
        }
    });
}

/// The viewer's units and week start, for every plan they open; the files keep their own.
fn lens_menu_ui(ui: &mut Ui, current: Lens, out: &mut Vec<Intent>) {
    let mut lens = current;
    ui.label(t!("menu-units"));
    for (units, text) in [
        (None, t!("menu-units-plan")),
        (Some(Units::Miles), t!("menu-units-miles")),
        (Some(Units::Km), t!("menu-units-km")),
    ] {
        ui.radio_value(&mut lens.units, units, text);
    }
    ui.label(t!("menu-week-start"));
    for (week_start, text) in [
        (None, t!("menu-week-start-plan")),
        (Some(WeekStart::Monday), t!("menu-week-start-monday")),
        (Some(WeekStart::Sunday), t!("menu-week-start-sunday")),
    ] {
        ui.radio_value(&mut lens.week_start, week_start, text);
    }
    if lens != current {
        out.push(Intent::SetLens(lens));
    }
}
