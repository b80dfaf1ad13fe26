//! The native window around [`App`]: eframe's creation, preferences in eframe's storage, the
//! icon, and the panic hook that keeps unsaved work.

use std::path::PathBuf;

use egui::Ui;

use super::{App, Autosave, Prefs, Startup};
use crate::ui::theme;

/// Key of the preferences in eframe's storage.
const PREFS_KEY: &str = "comeback-prefs";

/// The desktop window around [`App`].
pub struct Window {
    app: App,
}

impl Window {
    /// Builds the app from eframe's creation context.
    pub fn new(cc: &eframe::CreationContext<'_>, mut startup: Startup) -> Self {
        if let Some(prefs) = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY)) {
            startup.prefs = prefs;
        }
        startup.prefs.theme.apply(&cc.egui_ctx);
        theme::install_fonts(&cc.egui_ctx);
        Self { app: App::new(startup) }
    }
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self.app.prefs());
    }

    /// The PDFs handed to the viewer hold the injury and contact details: none outlives the app.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        crate::print::remove_old(&crate::print::print_dir());
    }
}

/// Opens the window; blocks until it is closed.
/// With `compare`, the window opens comparing the plan with that other version.
pub fn run(file: Option<PathBuf>, compare: Option<PathBuf>) -> Result<(), eframe::Error> {
    let today = chrono::Local::now().date_naive();
    let data_dir = eframe::storage_dir("Comeback").map(|d| d.join("recovery"));
    let startup = Startup { today, file, prefs: Prefs::default(), data_dir: data_dir.clone(), desktop: true };
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Comeback")
        .with_app_id("comeback")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0]);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    eframe::run_native(
        "Comeback",
        options,
        Box::new(|cc| {
            let mut window = Window::new(cc, startup);
            if let Some(dir) = data_dir {
                window.app.crash_guard().install_panic_hook(Autosave::new(dir));
            }
            if let Some(other) = compare {
                window.app.compare_with(&other);
            }
            Ok(Box::new(window))
        }),
    )
}
