//! The window in the runner's language: started in German it says "Datei" and German days and
//! months, and View → Language switches it at once.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::i18n::{self, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The example plan on 28 November 2026, built in `lang` as `main` and the preferences would
/// set it, without autosave or system dialogs.
fn window_in(lang: Lang) -> Harness<'static, App> {
    i18n::set_for_thread(lang);
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
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
    assert_eq!(h.state().status(), "La ventana ahora habla Español");
    assert_eq!(i18n::current(), Lang::Es);
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
