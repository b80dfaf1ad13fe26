//! Steps the window's tests take in several places, written once.
#![allow(clippy::unwrap_used)] // a failure is the test failing

use comeback::app::App;
use comeback::i18n::Lang;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// `app` in a window of `size` points, with its fonts, its first frame drawn, in this thread's
/// language: English, which the tests assert, unless the test chose another before building
/// the app (so the app's first findings are in it too).
pub fn window(app: App, size: [f32; 2]) -> Harness<'static, App> {
    window_in(comeback::i18n::current(), app, size)
}

/// `app` in a window of `size` points, drawn in `lang`: this thread's language, as the app's
/// one thread is the frame loop's. Tests run side by side in one process, so each pins its own
/// thread and never the process's language.
pub fn window_in(lang: Lang, app: App, size: [f32; 2]) -> Harness<'static, App> {
    comeback::i18n::set_for_thread(lang);
    let mut h = Harness::builder()
        .with_size(size)
        .with_context_setup(comeback::ui::theme::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    h
}

/// `app` in a 1366×768 window, a common laptop's.
pub fn harness(app: App) -> Harness<'static, App> {
    window(app, [1366.0, 768.0])
}

/// Presses Tab until the widget named `label` has the keyboard focus.
pub fn tab_to(h: &mut Harness<'_, App>, label: &str) {
    for _ in 0..300 {
        if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    panic!("Tab never reached {label}");
}

/// Marks Saturday's run done from its chip's menu and logs `pain` during it; the menu stays open.
pub fn log_pain_from_the_menu(h: &mut Harness<'_, App>, pain: f64) {
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label("Mark done").click();
    h.run();
    h.query_all_by_role_and_label(egui::accesskit::Role::Slider, "Pain during")
        .next()
        .unwrap()
        .set_value_accesskit(pain);
    h.run();
}

/// A file handed over as the desktop hands a dropped file to egui.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
