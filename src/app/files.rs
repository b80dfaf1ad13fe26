//! Preferences, recent files, autosave and the native file dialogs.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::export::Format;
use crate::file;
use crate::plan::Plan;

/// How many recent files the File menu lists.
const RECENT: usize = 8;

/// The colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// How much of the calendar is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Zoom {
    /// Two weeks.
    TwoWeeks,
    /// Four weeks.
    FourWeeks,
    /// A calendar month.
    #[default]
    Month,
}

/// What the app remembers between runs (eframe storage; never the plan itself).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The file open when the app last closed.
    pub last_file: Option<PathBuf>,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Colour scheme.
    pub theme: ThemeChoice,
    /// Calendar zoom.
    pub zoom: Zoom,
    /// The name that signs this person's notes ("Coach", "Alex").
    pub author: String,
    /// The units and week start this person wants plans shown in.
    pub lens: crate::plan::Lens,
    /// Whether the load chart is hidden under the calendar.
    pub hide_load: bool,
}

impl Prefs {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT);
        self.last_file = Some(path.to_path_buf());
    }
}

/// An autosaved plan found at start-up.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The plan as it was autosaved.
    pub plan: Plan,
    /// The file it belongs to, if it had one.
    pub origin: Option<PathBuf>,
    /// When it was written, for the message.
    pub when: String,
    /// What it changes from the file as it is on disk, one line each.
    pub changes: Vec<String>,
}

/// Unsaved work written to the app's data folder, never over the user's own file.
#[derive(Clone, Debug)]
pub struct Autosave {
    dir: PathBuf,
}

impl Autosave {
    /// Autosaves kept in `dir`.
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn plan_path(&self) -> PathBuf {
        self.dir.join("autosave.ron")
    }

    fn origin_path(&self) -> PathBuf {
        self.dir.join("autosave.origin")
    }

    /// Writes `plan`, which belongs to `origin`.
    pub fn write(&self, plan: &Plan, origin: Option<&Path>) -> Result<(), String> {
        std::fs::create_dir_all(&self.dir).map_err(|e| format!("{}: {e}", self.dir.display()))?;
        file::save(plan, &self.plan_path()).map_err(|e| e.to_string())?;
        let origin = origin.map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        std::fs::write(self.origin_path(), origin).map_err(|e| format!("{}: {e}", self.dir.display()))
    }

    /// Forgets the autosave (after a save, or when the user declines to restore it).
    pub fn clear(&self) {
        let backups = file::backup_paths(&self.plan_path());
        for path in [self.plan_path(), self.origin_path()].iter().chain(&backups) {
            let _ = std::fs::remove_file(path);
        }
    }

    /// The autosave left by a session that did not end cleanly, if any and readable.
    pub fn recover(&self) -> Option<Recovered> {
        let path = self.plan_path();
        let plan = file::load(&path).ok()?;
        let origin = std::fs::read_to_string(self.origin_path())
            .ok()
            .filter(|s| !s.trim().is_empty())
            .map(|s| PathBuf::from(s.trim()));
        let when = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .map(|t| chrono::DateTime::<chrono::Local>::from(t).format("%a %-d %b %H:%M").to_string())
            .unwrap_or_default();
        let changes = match origin.as_deref().map(file::load) {
            // The file is "mine" and the changes "theirs"; said as what the changes do.
            Some(Ok(on_disk)) => crate::diff::diff(&on_disk, &plan)
                .iter()
                .map(|d| d.describe().replace("only in mine", "removed").replace("only in theirs", "added"))
                .collect(),
            Some(Err(e)) => vec![format!("The file cannot be read now: {e}")],
            None => vec![format!("A new plan with {} sessions, never saved", plan.sessions().len())],
        };
        Some(Recovered { plan, origin, when, changes })
    }
}

/// The unsaved plan as it is now, kept where a panic hook can reach it: a panic anywhere
/// (the UI thread or a dialog's) writes it to the recovery folder before the process ends, and
/// the next start offers it like any autosave.
#[derive(Clone, Debug, Default)]
pub struct CrashGuard(Arc<Mutex<Option<Kept>>>);

/// A plan and the file it belongs to.
type Kept = (Plan, Option<PathBuf>);

impl CrashGuard {
    /// Remembers `plan` (of the file `origin`) as the one to rescue; `None` when nothing is unsaved.
    pub fn keep(&self, unsaved: Option<(&Plan, Option<&Path>)>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = unsaved.map(|(plan, origin)| (plan.clone(), origin.map(Path::to_path_buf)));
        }
    }

    /// Makes every panic write the kept plan to `autosave` first, then report as before.
    pub fn install_panic_hook(&self, autosave: Autosave) {
        let kept = Arc::clone(&self.0);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // A panic while the plan is being replaced finds the lock held; nothing to add then.
            if let Ok(slot) = kept.try_lock()
                && let Some((plan, origin)) = slot.as_ref()
            {
                match autosave.write(plan, origin.as_deref()) {
                    Ok(()) => eprintln!(
                        "Comeback stopped; your unsaved changes were kept and are offered at the next start."
                    ),
                    Err(e) => eprintln!("Comeback stopped and could not keep your unsaved changes: {e}"),
                }
            }
            previous(info);
        }));
    }
}

/// Why a file dialog was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// To open a plan.
    Open,
    /// To save the plan under a new name.
    SaveAs,
    /// To export the plan.
    Export(Format),
    /// To compare the plan with another version of it.
    Compare,
    /// To list a folder of athletes' plans.
    Folder,
}

impl Purpose {
    /// The extension of the files it picks.
    pub fn extension(self) -> &'static str {
        match self {
            Purpose::Open | Purpose::SaveAs | Purpose::Compare | Purpose::Folder => "ron",
            Purpose::Export(format) => format.extension(),
        }
    }

    /// The button that confirms it.
    pub fn verb(self) -> &'static str {
        match self {
            Purpose::Open => "Open",
            Purpose::SaveAs => "Save as",
            Purpose::Export(_) => "Export",
            Purpose::Compare => "Compare",
            Purpose::Folder => "List plans",
        }
    }
}

/// Native file dialogs run on their own thread so the window keeps drawing; their answers
/// arrive here.
pub struct Dialogs {
    tx: Sender<(Purpose, Option<PathBuf>)>,
    rx: Receiver<(Purpose, Option<PathBuf>)>,
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
        std::thread::spawn(move || {
            let filter = match purpose {
                Purpose::Open | Purpose::SaveAs | Purpose::Compare | Purpose::Folder => "Comeback plan",
                Purpose::Export(format) => format.label(),
            };
            let mut dialog = rfd::FileDialog::new().add_filter(filter, &[purpose.extension()]);
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let picked = match purpose {
                Purpose::Open | Purpose::Compare => dialog.pick_file(),
                Purpose::Folder => dialog.pick_folder(),
                Purpose::SaveAs | Purpose::Export(_) => dialog
                    .set_file_name(name.unwrap_or_else(|| format!("plan.{}", purpose.extension())))
                    .save_file(),
            };
            let _ = tx.send((purpose, picked));
            ctx.request_repaint();
        });
        true
    }

    /// A dialog's answer, if one arrived.
    pub fn poll(&self) -> Option<(Purpose, Option<PathBuf>)> {
        self.rx.try_recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::{Autosave, Prefs};
    use crate::plan::Plan;
    use std::path::{Path, PathBuf};

    #[test]
    fn recent_files_are_newest_first_without_repeats() {
        let mut prefs = Prefs::default();
        for name in ["a", "b", "a", "c", "d", "e", "f", "g", "h", "i"] {
            prefs.remember(Path::new(name));
        }
        let names: Vec<PathBuf> =
            ["i", "h", "g", "f", "e", "d", "c", "a"].iter().map(PathBuf::from).collect();
        assert_eq!(prefs.recent, names);
        assert_eq!(prefs.last_file, Some(PathBuf::from("i")));
    }

    #[test]
    fn autosave_round_trips_and_clears() {
        let dir = tempfile::tempdir().unwrap();
        let autosave = Autosave::new(dir.path().join("data"));
        assert!(autosave.recover().is_none());
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap());
        plan.meta.title = "Unsaved".to_owned();
        autosave.write(&plan, Some(Path::new("/home/alex/plan.ron"))).unwrap();
        let got = autosave.recover().unwrap();
        assert_eq!(got.plan.meta.title, "Unsaved");
        assert_eq!(got.origin, Some(PathBuf::from("/home/alex/plan.ron")));
        autosave.clear();
        assert!(autosave.recover().is_none());
    }
}
