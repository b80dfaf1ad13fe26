//! A panic anywhere writes the unsaved plan to the recovery folder before the process ends,
//! and the next start offers it. Its own test binary: the panic hook is process-wide.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Autosave, Prefs, Startup};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

#[test]
fn a_panic_keeps_the_unsaved_plan_for_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let (path, data) = (dir.path().join("plan.ron"), dir.path().join("data"));
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"), &path).unwrap();
    let startup = |data: &Path| Startup {
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        file: Some(path.clone()),
        prefs: Prefs::default(),
        data_dir: Some(data.to_path_buf()),
        desktop: false,
    };
    let mut h = Harness::builder()
        .with_size([1366.0, 768.0])
        .build_ui_state(|ui, app: &mut App| app.ui(ui), App::new(startup(&data)));
    h.run();
    h.get_by_label_contains(", Sat 28 Nov").click();
    h.run();
    h.key_press(egui::Key::Delete);
    h.run();
    let edited = h.state().document().plan().clone();
    assert!(!data.join("autosave.ron").exists(), "not yet autosaved: the quiet second has not passed");

    h.state().crash_guard().install_panic_hook(Autosave::new(data.clone()));
    let crashed = std::panic::catch_unwind(|| panic!("a bug somewhere in the UI"));
    assert!(crashed.is_err());
    let _ = std::panic::take_hook();
    drop(h);

    let mut h = Harness::builder()
        .with_size([1366.0, 768.0])
        .build_ui_state(|ui, app: &mut App| app.ui(ui), App::new(startup(&data)));
    h.run();
    h.get_by_label_contains("Restore unsaved changes?");
    h.get_by_label_contains("Sat 28 Nov 2026: ");
    h.get_by_label_contains("(removed)");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(*h.state().document().plan(), edited);
}
