//! The session editor and the rules panel in German and Spanish (issue 36): their controls found
//! by their names in the runner's language, and numbers written and typed with the reader's
//! decimal mark, where English keeps its point.
#![allow(clippy::unwrap_used)] // a failure is the test failing

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::i18n::{self, Lang};
use comeback::plan::SessionId;
use comeback::ui::Tab;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};

use crate::common::window::harness;

/// The walk of Wednesday 18 November 2026 in the example plan: 1.5 mi, done.
const WALK: SessionId = SessionId(4);

/// The example plan opened on Saturday 28 November 2026 in `lang`, set on this thread before the
/// window is built, so its first frame is already in that language.
fn example_in(lang: Lang) -> (tempfile::TempDir, Harness<'static, App>) {
    i18n::set_for_thread(lang);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"), &path).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let startup =
        Startup { today, file: Some(path), prefs: Prefs::default(), data_dir: None, desktop: false };
    (dir, harness(App::new(startup)))
}

/// Selects the walk by a click on its chip, found by what any chip says in the reader's
/// language: the session in short ("Walk 1.5 mi") and its day ("Wed 18 Nov").
fn select_the_walk(h: &mut Harness<'_, App>) {
    let plan = h.state().document().plan();
    let walk = plan.session(WALK).unwrap();
    let (short, day) = (walk.kind.short(plan.meta.units), comeback::dates::day(walk.date));
    let chip = by().role(Role::Button).predicate(move |node| {
        node.label().is_some_and(|label| label.contains(&short) && label.contains(&day))
    });
    h.get(chip).click();
    h.run();
    assert_eq!(h.state().view().selected, Some(WALK));
}

fn value_of(h: &Harness<'_, App>, role: Role, label: &str) -> String {
    h.get_by_role_and_label(role, label).value().unwrap()
}

/// The editor's buttons, fields and notes speak German and Spanish; English is unchanged.
#[test]
fn the_session_editor_speaks_german_and_spanish() {
    let rows = [
        (Lang::En, ["◀ Day before", "Day after ▶", "Add note", "Delete session"], "Distance", "Pain during"),
        (
            Lang::De,
            ["◀ Vortag", "Folgetag ▶", "Notiz hinzufügen", "Einheit löschen"],
            "Distanz",
            "Schmerz während",
        ),
        (
            Lang::Es,
            ["◀ Día antes", "Día después ▶", "Añadir nota", "Eliminar sesión"],
            "Distancia",
            "Dolor durante",
        ),
    ];
    for (lang, buttons, distance, pain) in rows {
        let (_dir, mut h) = example_in(lang);
        select_the_walk(&mut h);
        // A command's button also names its shortcut ("Delete session Delete").
        for button in buttons {
            h.get(by().role(Role::Button).label_contains(button));
        }
        h.get_by_role_and_label(Role::SpinButton, distance);
        h.get_by_role_and_label(Role::Slider, pain);
    }
}

/// A distance reads 1,50 mi in German and Spanish and 1.50 mi in English, and a German runner types
/// 2,25 with a comma: the plan holds 2.25.
#[test]
fn the_editor_writes_and_reads_numbers_with_the_readers_decimal_mark() {
    for (lang, label, shown) in [
        (Lang::En, "Distance", "1.50 mi"),
        (Lang::De, "Distanz", "1,50 mi"),
        (Lang::Es, "Distancia", "1,50 mi"),
    ] {
        let (_dir, mut h) = example_in(lang);
        select_the_walk(&mut h);
        assert_eq!(value_of(&h, Role::SpinButton, label), shown, "{lang:?}");
    }
    let (_dir, mut h) = example_in(Lang::De);
    select_the_walk(&mut h);
    h.get_by_role_and_label(Role::SpinButton, "Distanz").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("2,25".to_owned()));
    h.key_press(Key::Enter);
    h.run();
    let walk = h.state().document().plan().session(WALK).unwrap();
    assert_eq!(walk.kind.walk_distance(), 2.25, "typed with a comma");
}

/// The rules panel names its limits in the reader's language and writes the acute:chronic
/// ratio 1.5 with a comma in German and Spanish.
#[test]
fn the_rules_panel_speaks_german_and_spanish_with_decimal_commas() {
    let rows = [
        (Lang::En, "Weekly cap", "Acute:chronic advice at", "1.5"),
        (Lang::De, "Wochenobergrenze", "Hinweis bei akut:chronisch ab", "1,5"),
        (Lang::Es, "Límite semanal", "Consejo con agudo:crónico desde", "1,5"),
    ];
    for (lang, cap, ratio, shown) in rows {
        let (_dir, mut h) = example_in(lang);
        h.state_mut().set_tab(Tab::Rules);
        h.run();
        h.get_by_role_and_label(Role::SpinButton, cap);
        assert_eq!(value_of(&h, Role::SpinButton, ratio), shown, "{lang:?}");
    }
}
