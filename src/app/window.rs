//! The native window around [`App`]: eframe's creation, preferences in eframe's storage, the
//! icon, and the panic hook that keeps unsaved work.

use std::path::PathBuf;

use egui::Ui;

use super::{App, Autosave, Prefs, Startup};
use crate::export::layout::Face;
use crate::ui::theme;

/// Key of the preferences in eframe's storage.
const PREFS_KEY: &str = "comeback-prefs";

/// The desktop window around [`App`].
pub struct Window {
    app: App,
    /// Whether the starting scale was chosen (once, when the monitor's size is known).
    scaled: bool,
}

impl Window {
    /// Builds the app from eframe's creation context, with the system's fallback fonts
    /// ([`theme::fallback_fonts`]).
    pub fn new(cc: &eframe::CreationContext<'_>, mut startup: Startup, fonts: Vec<Face>) -> Self {
        if let Some(prefs) = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY)) {
            startup.prefs = prefs;
        }
        startup.prefs.theme.apply(&cc.egui_ctx);
        theme::install_fonts_with(&cc.egui_ctx, fonts);
        Self { app: App::new(startup), scaled: false }
    }

    /// On a large monitor the system gives no scale for, starts bigger; once, and never over a
    /// zoom the user chose (Ctrl+Plus, Ctrl+Minus).
    fn choose_scale(&mut self, ctx: &egui::Context) {
        let (native, monitor) =
            ctx.input(|i| (i.viewport().native_pixels_per_point, i.viewport().monitor_size));
        let Some(monitor) = monitor else { return };
        self.scaled = true;
        if let Some(zoom) = starting_zoom(native, monitor.x)
            && ctx.zoom_factor() == 1.0
        {
            ctx.set_zoom_factor(zoom);
        }
    }
}

/// The zoom to start at when the system gives no scale (`native` pixels per point of 1): 1.25
/// from about 1900 logical pixels wide, 1.5 from about 2500, so a 1920×1080 or 2560×1440
/// screen does not show small text in wasted space. `None`: leave the scale as it is.
pub fn starting_zoom(native: Option<f32>, monitor_width: f32) -> Option<f32> {
    if native.is_some_and(|n| n != 1.0) {
        return None;
    }
    if monitor_width >= 2500.0 {
        Some(1.5)
    } else if monitor_width >= 1900.0 {
        Some(1.25)
    } else {
        None
    }
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        if !self.scaled {
            self.choose_scale(ui.ctx());
        }
        self.app.ui(ui);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        theme::clear_color(visuals)
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
/// With `compare`, the window opens comparing the plan with that other version; with `today`,
/// the app takes that day for today instead of the machine's.
pub fn run(
    file: Option<PathBuf>,
    compare: Option<PathBuf>,
    today: Option<chrono::NaiveDate>,
) -> Result<(), eframe::Error> {
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
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
    // Found while eframe starts the renderer, which the first frame waits for anyway.
    let fonts = std::thread::spawn(theme::fallback_fonts);
    eframe::run_native(
        "Comeback",
        options,
        Box::new(|cc| {
            let fonts = fonts.join().unwrap_or_else(|_| theme::fallback_fonts());
            let mut window = Window::new(cc, startup, fonts);
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

#[cfg(test)]
mod tests {
    use super::starting_zoom;

    /// At 1920×1080 and 2560×1440 with no system scale the app started at 1.0, wasting space
    /// with small text; a scale the system gives is kept.
    #[test]
    fn large_monitors_without_a_system_scale_start_bigger() {
        for (native, width, zoom) in [
            (Some(1.0), 1366.0, None),
            (Some(1.0), 1920.0, Some(1.25)),
            (None, 2560.0, Some(1.5)),
            (Some(2.0), 2560.0, None),
        ] {
            assert_eq!(starting_zoom(native, width), zoom, "{native:?} {width}");
        }
    }
}
