//! The system's file dialogs, run on their own thread so the window keeps drawing; their
//! answers arrive on a channel the frame loop polls.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::ui::modals::Purpose;

/// What a dialog thread answers: the purpose and the paths picked, none when it was cancelled
/// (several only where the purpose takes several files).
type Picked = (Purpose, Vec<PathBuf>);

/// The channel to and from dialog threads.
pub struct Dialogs {
    tx: Sender<Picked>,
    rx: Receiver<Picked>,
    enabled: bool,
}

impl Dialogs {
    /// Native dialogs if `enabled` (tests and headless runs use the in-app path field only).
    pub fn new(enabled: bool) -> Self {
        let (tx, rx) = channel();
        Self { tx, rx, enabled }
    }

    /// Opens a native dialog for `purpose`; returns false when native dialogs are off.
    pub fn open(&self, purpose: Purpose, suggested: Option<&Path>, ctx: &egui::Context) -> bool {
        if !self.enabled {
            return false;
        }
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let dir = suggested.and_then(Path::parent).map(Path::to_path_buf);
        let name = suggested.and_then(Path::file_name).map(|n| n.to_string_lossy().into_owned());
        // Named here, in the window's language: the dialog's thread has none of its own.
        let filter = match purpose {
            Purpose::Open | Purpose::SaveAs | Purpose::Compare | Purpose::Merge | Purpose::Folder => {
                crate::t!("export-dialog-filter-plan")
            }
            Purpose::Export(format) => format.label(),
            Purpose::Workouts | Purpose::Workout(_) => crate::t!("export-dialog-filter-workout"),
            Purpose::Import => crate::t!("import-dialog-filter-activity"),
        };
        std::thread::spawn(move || {
            let extensions: &[&str] = match purpose {
                Purpose::Import => &["fit", "gpx", "tcx", "gz"],
                _ => &[purpose.extension()],
            };
            let mut dialog = rfd::FileDialog::new().add_filter(&filter, extensions);
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let picked: Vec<PathBuf> = match purpose {
                Purpose::Open | Purpose::Compare => dialog.pick_file().into_iter().collect(),
                // A merge takes one copy, or three: yours, theirs and the version both came from.
                Purpose::Merge | Purpose::Import => dialog.pick_files().unwrap_or_default(),
                Purpose::Folder | Purpose::Workouts | Purpose::Workout(_) => {
                    dialog.pick_folder().into_iter().collect()
                }
                Purpose::SaveAs | Purpose::Export(_) => dialog
                    .set_file_name(name.unwrap_or_else(|| format!("plan.{}", purpose.extension())))
                    .save_file()
                    .into_iter()
                    .collect(),
            };
            // The window may have closed meanwhile; then nobody is waiting for the answer.
            let _ = tx.send((purpose, picked));
            ctx.request_repaint();
        });
        true
    }

    /// A dialog's answer, if one arrived.
    pub fn poll(&self) -> Option<Picked> {
        self.rx.try_recv().ok()
    }
}
