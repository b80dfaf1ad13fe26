//! The desktop's side of the [platform](super) seam: files on disk, the system's dialogs
//! ([`Dialogs`]) and PDF viewer, and the native window with its panic hook.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::super::{App, Autosave, Prefs, Startup, Window};
use crate::activity::{self, Activity, ReadError};
use crate::export::{self, DateRange, ExportError};
use crate::file::{self, LoadError, Loaded, SaveError};
use crate::plan::Plan;
use crate::print::{self, PrintError};
use crate::ui::UiCommand;
use crate::ui::modals::Purpose;
use crate::ui::theme;

pub use super::dialogs::Dialogs;

impl App {
    /// Whether `purpose` was done the platform's own way instead of through the path field: on
    /// the desktop never, the path field and the system's dialog beside it do it all.
    pub(in crate::app) fn platform_prompt(&mut self, _purpose: Purpose, _ctx: &egui::Context) -> bool {
        false
    }
}

/// Why a menu command cannot be done: on the desktop every one can.
pub fn unavailable(_command: UiCommand) -> Option<String> {
    None
}

/// Reads the plan file at `path`.
pub fn load_checked(path: &Path) -> Result<Loaded, LoadError> {
    file::load_checked(path)
}

/// Reads the plan file at `path`, without what was taken out of it.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    file::load(path)
}

/// Saves `plan` to `path` (atomically, with backups).
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    file::save(plan, path)
}

/// Writes an export's files to `path` (see [`export::targets`]).
pub fn write_export(files: &[Vec<u8>], path: &Path) -> Result<Vec<PathBuf>, ExportError> {
    export::write(files, path)
}

/// The activity files in `paths`, folders opened.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    activity::collect(paths)
}

/// Reads the activities in the file at `path`.
pub fn read_activities(path: &Path) -> Result<Vec<Activity>, ReadError> {
    activity::read_file(path)
}

/// Writes the plan's PDF where only its owner can read it and opens it in the system's viewer
/// (with `desktop` off, as in tests, none is opened); says where it is.
pub fn print(
    plan: &Plan,
    range: DateRange,
    changed: NaiveDateTime,
    name: &str,
    desktop: bool,
) -> Result<String, PrintError> {
    let viewer = |path: &Path| {
        if desktop {
            print::system_viewer(path)
        } else {
            Err(std::io::Error::other(crate::t!("app-viewer-off")))
        }
    };
    print::print(plan, range, changed, name, &print::print_dir(), viewer).map(|printed| printed.message())
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
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../../assets/icon.png")).ok();
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
                window.app().crash_guard().install_panic_hook(Autosave::new(dir));
            }
            if let Some(other) = compare {
                window.app_mut().compare_with(&other);
            }
            Ok(Box::new(window))
        }),
    )
}
