//! The window around [`App`], on the desktop and in a browser: eframe's creation, preferences
//! in eframe's storage, the starting scale. Starting it is [`platform`](super::platform)'s.

use egui::Ui;

use super::{App, Prefs, Startup};
use crate::export::layout::Face;
use crate::ui::theme;

/// Key of the preferences in eframe's storage.
const PREFS_KEY: &str = "comeback-prefs";

/// The desktop window around [`App`].
pub struct Window {
    app: App,
    /// Whether the starting scale was chosen (once, when the monitor's size is known).
    scaled: bool,
    /// Whether no preferences were stored: the app has not run here before.
    first_start: bool,
    /// The window size chosen at start, in points at the zoom chosen, until that zoom is in
    /// force.
    resize: Option<(f32, egui::Vec2)>,
}

impl Window {
    /// Builds the app from eframe's creation context, with the system's fallback fonts
    /// ([`theme::fallback_fonts`]).
    pub fn new(cc: &eframe::CreationContext<'_>, mut startup: Startup, fonts: Vec<Face>) -> Self {
        let stored = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY));
        let first_start = stored.is_none();
        if let Some(prefs) = stored {
            startup.prefs = prefs;
        }
        startup.prefs.theme.apply(&cc.egui_ctx);
        theme::install_fonts_with(&cc.egui_ctx, fonts);
        Self { app: App::new(startup), scaled: false, first_start, resize: None }
    }

    /// The app inside.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// The app inside, to change.
    pub fn app_mut(&mut self) -> &mut App {
        &mut self.app
    }

    /// Once the monitor's size is known: on a large monitor the system gives no scale for,
    /// starts bigger (never over a zoom the user chose, Ctrl+Plus, Ctrl+Minus); a scale or a
    /// window size restored from another screen is kept only when it fits this one, and the
    /// window is made big enough for [`MIN_ROOM`] at the scale chosen.
    fn choose_scale(&mut self, ctx: &egui::Context) {
        let (native, monitor, inner) = ctx.input(|i| {
            let viewport = i.viewport();
            (viewport.native_pixels_per_point, viewport.monitor_size, viewport.inner_rect)
        });
        let (Some(monitor), Some(inner)) = (monitor, inner) else { return };
        self.scaled = true;
        let zoom = ctx.zoom_factor();
        // The sizes in points at zoom 1, as the screen's own scale gives them.
        let screen = Screen { native, monitor: monitor * zoom, window: inner.size() * zoom };
        let fit = fit(screen, zoom, self.first_start);
        if fit.zoom != zoom {
            ctx.set_zoom_factor(fit.zoom);
        }
        // Sized once the new zoom is in force (a later pass), since the size is in its points.
        // Where the window goes is the window manager's to keep on screen: egui knows the
        // monitor's size, not where it is.
        self.resize = fit.size.map(|size| (fit.zoom, size));
    }

    /// Sends the size [`Self::choose_scale`] chose, once its zoom is in force.
    fn resize(&mut self, ctx: &egui::Context) {
        if let Some((zoom, size)) = self.resize
            && ctx.zoom_factor() == zoom
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            self.resize = None;
        }
    }
}

/// The least room, in points, the layout is made for: at 1024×640 nothing overlaps or is cut.
pub const MIN_ROOM: egui::Vec2 = egui::vec2(1024.0, 640.0);
/// The room a first start opens with, where the screen has it.
pub const FIRST_ROOM: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// The share of the screen a window may take: the rest is the title bar and the task bar.
const SCREEN_SHARE: f32 = 0.92;

/// The screen and the window, in points at zoom 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Screen {
    /// The system's scale, pixels per point, if known.
    pub native: Option<f32>,
    /// The monitor's size.
    pub monitor: egui::Vec2,
    /// The window's inner size, as restored or as created.
    pub window: egui::Vec2,
}

/// The scale and window size to start with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// The zoom factor.
    pub zoom: f32,
    /// The window's new inner size in points at that zoom, if it must change.
    pub size: Option<egui::Vec2>,
}

/// The zoom and window size to start with on `screen`, given the `zoom` restored (1 when none
/// was) and whether this is the `first` start. A restored zoom is kept only when the screen
/// gives [`MIN_ROOM`] at it, else the screen's own ([`starting_zoom`]); the window grows to
/// [`MIN_ROOM`] (a first start, to [`FIRST_ROOM`]) and shrinks to the screen, so a 1024×640
/// window restored on a 1920×1080 screen no longer reopened small at 1.25 with the month's
/// title over the view buttons.
pub fn fit(screen: Screen, zoom: f32, first: bool) -> Fit {
    let usable = screen.monitor * SCREEN_SHARE;
    let fits = |zoom: f32| usable.x / zoom >= MIN_ROOM.x && usable.y / zoom >= MIN_ROOM.y;
    let own = starting_zoom(screen.native, screen.monitor.x).filter(|z| fits(*z)).unwrap_or(1.0);
    let zoom = if zoom != 1.0 && fits(zoom) { zoom } else { own };
    let room = screen.window / zoom;
    let wanted = if first { FIRST_ROOM } else { MIN_ROOM };
    // Grown within the screen less its bars; shrunk only when larger than the screen itself,
    // so a maximised window stays as it is.
    let size = room.min(screen.monitor / zoom).max(wanted.min(usable / zoom));
    let changed = (size - room).length() > 1.0;
    Fit { zoom, size: changed.then_some(size) }
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
        } else {
            self.resize(ui.ctx());
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

#[cfg(test)]
mod tests {
    use super::{Fit, Screen, fit, starting_zoom};
    use egui::vec2;

    /// The findings of issue 34 and their neighbours: (screen, window, zoom restored, first
    /// start) → (zoom, new window size in points).
    #[test]
    fn scale_and_size_are_restored_only_when_they_fit_the_screen() {
        let screen =
            |w: f32, h: f32, window: egui::Vec2| Screen { native: Some(1.0), monitor: vec2(w, h), window };
        for (screen, zoom, first, expected) in [
            // First start on 1920×1080: 1.25, with 1280×800 points of room, not 1024×640.
            (
                screen(1920.0, 1080.0, vec2(1280.0, 800.0)),
                1.0,
                true,
                Fit { zoom: 1.25, size: Some(vec2(1280.0, 794.88)) },
            ),
            // After a run on a 1024×640 screen: the small window grows to the least room.
            (
                screen(1920.0, 1080.0, vec2(1024.0, 640.0)),
                1.0,
                false,
                Fit { zoom: 1.25, size: Some(vec2(1024.0, 640.0)) },
            ),
            // On 1366×768 a 1.5 restored from a 2560×1440 screen would leave 910×512: 1 instead,
            // and the window restored 2560 wide shrinks to the screen.
            (
                screen(1366.0, 768.0, vec2(2560.0, 1400.0)),
                1.5,
                false,
                Fit { zoom: 1.0, size: Some(vec2(1366.0, 768.0)) },
            ),
            // A window that fits, at a zoom that fits, stays as it is.
            (screen(2560.0, 1440.0, vec2(1800.0, 1200.0)), 1.5, false, Fit { zoom: 1.5, size: None }),
            (screen(1366.0, 768.0, vec2(1366.0, 700.0)), 1.0, false, Fit { zoom: 1.0, size: None }),
        ] {
            let got = fit(screen, zoom, first);
            assert_eq!(got.zoom, expected.zoom, "{screen:?} at {zoom}");
            let (a, b) = (got.size.unwrap_or_default(), expected.size.unwrap_or_default());
            assert!(
                (a - b).length() < 0.5 && got.size.is_some() == expected.size.is_some(),
                "{screen:?}: {got:?}"
            );
        }
    }

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
