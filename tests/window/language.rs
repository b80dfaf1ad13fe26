//! The window in the runner's language: started in German it says "Datei" and German days and
//! months, and View → Language switches it at once.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::i18n::{self, Lang};
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The example plan on 28 November 2026, built in `lang` as `main` and the preferences would
/// set it, without autosave or system dialogs.
fn window_in(lang: Lang) -> Harness<'static, App> {
    window_on(lang, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
}

/// The example plan on `today`, in `lang`.
fn window_on(lang: Lang, today: NaiveDate) -> Harness<'static, App> {
    i18n::set_for_thread(lang);
    let file = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"));
    let startup = Startup { today, file, prefs: Prefs::default(), data_dir: None, desktop: false };
    crate::common::window::window_in(lang, App::new(startup), [1366.0, 768.0])
}

/// The app started with `LANG=de_DE.UTF-8` named its menus and days in English: the menus,
/// the days' names (read by a screen reader) and the month in the toolbar are German.
#[test]
fn started_in_german_the_window_says_datei_and_german_days_and_months() {
    let h = window_in(Lang::De);
    assert!(h.query_by_label("Datei").is_some(), "the File menu is Datei");
    assert!(h.query_by_label("File").is_none());
    assert!(h.query_by_label("Ansicht").is_some(), "the View menu is Ansicht");
    // A day's cell is named by its long date, in German.
    assert!(
        h.query_all_by_label_contains("Mittwoch, 25. November 2026").next().is_some(),
        "a German day name"
    );
    assert!(h.query_all_by_label_contains("Dezember").next().is_some(), "a German month name");
}

/// Choosing Español in View → Language switches the menus at once, and the choice is kept
/// with the preferences; the test's thread alone changed language.
#[test]
fn view_language_switches_the_window_at_once_and_is_remembered() {
    let mut h = window_in(Lang::En);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Español").click();
    h.run();
    assert!(h.query_by_label("Archivo").is_some(), "the File menu is Archivo");
    assert!(h.query_by_label("File").is_none());
    assert_eq!(h.state().prefs().lang, Some(Lang::Es));
    assert_eq!(h.state().status(), "Idioma: Español");
    assert_eq!(i18n::current(), Lang::Es);
}

/// The findings are kept as text: switched to German, they are written again at once, with
/// German dates ("Mo., 16. Nov."), not left in the language the plan was opened in.
#[test]
fn switching_the_language_writes_the_findings_again() {
    i18n::set_for_thread(Lang::En);
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let file = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron"));
    let startup = Startup { today, file, prefs: Prefs::default(), data_dir: None, desktop: false };
    let mut h = crate::common::window::window(App::new(startup), [1366.0, 768.0]);
    let said = |h: &Harness<'_, App>, day: &str| {
        h.state().document().findings().iter().any(|f| f.message.contains(day))
    };
    assert!(said(&h, "Mon 16 Nov"), "English dates at first");
    for label in ["View", "Language", "Deutsch"] {
        h.get_by_label(label).click();
        h.run();
    }
    assert!(said(&h, "Mo., 16. Nov."), "German dates at once");
    assert!(!said(&h, "Mon 16 Nov"), "no English date left");
}

/// A language saved with the preferences wins over the one the app was started in.
#[test]
fn the_saved_language_is_spoken_from_the_start() {
    i18n::set_for_thread(Lang::En);
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let prefs = Prefs { lang: Some(Lang::De), ..Prefs::default() };
    let startup = Startup { today, file: None, prefs, data_dir: None, desktop: false };
    let app = App::new(startup);
    assert_eq!(i18n::current(), Lang::De);
    let h = crate::common::window::window_in(Lang::De, app, [1366.0, 768.0]);
    assert!(h.query_by_label("Datei").is_some());
}

/// The morning after Thursday's run/walk the banner asks in German, each score's button says
/// its day the German way, and the step it logs is named in German by the status bar, by Undo
/// too: the status once glued the English "Undid" to a lowercased step.
#[test]
fn the_morning_after_question_and_its_undo_speak_german() {
    let mut h = window_on(Lang::De, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    h.get_by_label("Wie fühlt es sich heute an?");
    assert!(
        h.query_all_by_label_contains("am Morgen nach deiner Lauf-Geh-Einheit (Do., 26. Nov.)")
            .next()
            .is_some()
    );
    h.get_by_label("Schmerz am Tag nach Do., 26. Nov.: 2 / 10").click();
    h.run();
    assert_eq!(h.state().status(), "Schmerz am nächsten Tag eintragen");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().status(), "Rückgängig gemacht: Schmerz am nächsten Tag eintragen");
}

/// In Spanish the save-first dialog asks in one sentence, not an English phrase ("starting a
/// new plan") put in a Spanish one, and its buttons are Spanish.
#[test]
fn the_save_first_dialog_asks_in_spanish() {
    let mut h = window_on(Lang::Es, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    h.get_by_label("Dolor al día siguiente del jue 26 nov: 2 / 10").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("¿Guardar los cambios en example.ron?");
    h.get_by_label("Perderás tus cambios si no los guardas antes de empezar un plan nuevo.");
    h.get_by_label("No guardar");
    h.get_by_label("Cancelar").click();
    h.run();
    assert!(h.query_by_label("No guardar").is_none(), "cancelled, the dialog is gone");
}

/// View → Language is reached and chosen with the keyboard alone, as every menu item is.
#[test]
fn the_language_is_chosen_with_the_keyboard_alone() {
    let mut h = window_in(Lang::En);
    for label in ["View", "Language", "Deutsch"] {
        crate::common::window::tab_to(&mut h, label);
        h.key_press(egui::Key::Enter);
        h.run();
    }
    assert!(h.query_by_label("Datei").is_some(), "the File menu is Datei");
    assert_eq!(h.state().prefs().lang, Some(Lang::De));
}

/// Longer languages keep the frame whole at the least size, 1024×640: in German, Spanish and
/// the pseudo-language (longer, accented English), the regions stay in the window without
/// overlapping, and the menus and the toolbar's Today stay in the window and clear of each
/// other.
#[test]
fn longer_languages_keep_the_frame_whole_at_the_least_size() {
    const MARGIN: f32 = 8.0;
    let size = [1024.0, 640.0];
    let window = egui::Rect::from_min_size(egui::pos2(MARGIN, MARGIN), size.into());
    let overlap = |a: egui::Rect, b: egui::Rect| {
        let both = a.intersect(b);
        both.width() > 1.0 && both.height() > 1.0
    };
    for lang in [Lang::De, Lang::Es, Lang::Pseudo] {
        i18n::set_for_thread(lang);
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let file = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"));
        let startup = Startup { today, file, prefs: Prefs::default(), data_dir: None, desktop: false };
        let h = crate::common::window::window_in(
            lang,
            App::new(startup),
            [size[0] + 2.0 * MARGIN, size[1] + 2.0 * MARGIN],
        );
        let names = [
            "app-region-palette",
            "app-region-calendar",
            "side-panel",
            "app-region-load",
            "app-region-status",
            "menu-file",
            "menu-edit",
            "menu-view",
        ];
        let today = comeback::ui::UiCommand::Today.text().to_owned();
        let rects: Vec<(String, egui::Rect)> = names
            .iter()
            .map(|id| i18n::message(id, None))
            .chain([today])
            .map(|label| {
                let rect = h.get_by_label(&label).rect();
                (label, rect)
            })
            .collect();
        for (i, (a, ra)) in rects.iter().enumerate() {
            assert!(window.contains_rect(*ra), "{lang:?}: {a} {ra:?} leaves the window");
            // The menus and Today lie inside their regions; the regions and the menus each
            // lie apart.
            for (b, rb) in rects.iter().skip(i + 1) {
                let nested = ra.contains_rect(*rb) || rb.contains_rect(*ra);
                assert!(nested || !overlap(*ra, *rb), "{lang:?}: {a} {ra:?} overlaps {b} {rb:?}");
            }
        }
    }
}
