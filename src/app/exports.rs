//! What leaves the app besides the plan file: exports, the printed PDF and workouts for a
//! watch, with where a mounted Garmin takes them.

use std::path::{Path, PathBuf};

use super::App;
use crate::export::{self, DateRange, Format};
use crate::file;
use crate::plan::SessionId;
use crate::t;
use crate::ui::modals::Purpose;
use crate::watch;

/// Where desktops mount USB drives: `ROOT/USER/VOLUME` (udisks), or `ROOT/VOLUME`.
pub(super) const WATCH_MOUNTS: &[&str] = &["/media", "/run/media"];

/// The `GARMIN/NewFiles` folder of a Garmin mounted under one of `roots`, if there is one:
/// a watch over USB takes the workouts put there at its next start.
pub(super) fn garmin_new_files(roots: &[&str]) -> Option<PathBuf> {
    let children = |dir: &Path| -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut found: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        found.sort();
        found
    };
    roots
        .iter()
        .flat_map(|root| children(Path::new(root)))
        .flat_map(|dir| std::iter::once(dir.clone()).chain(children(&dir)))
        .map(|volume| volume.join("GARMIN").join("NewFiles"))
        .find(|p| p.is_dir())
}

impl App {
    /// Writes the whole plan in `format` to `path` (PNG: one numbered image per page).
    pub(super) fn export_to(&mut self, format: Format, path: &Path) {
        let plan = self.doc.plan();
        match export::render(plan, format, DateRange::whole(plan), self.last_change())
            .and_then(|files| super::platform::write_export(&files, path))
        {
            Ok(written) => {
                self.status = match written.as_slice() {
                    [one] => t!("status-exported", path = one.display().to_string()),
                    [first, ..] => {
                        t!("status-exported-images", n = written.len(), path = first.display().to_string())
                    }
                    [] => t!("status-nothing-to-export"),
                };
            }
            Err(e) => self.error = Some(t!("app-export-failed", error = e.to_string())),
        }
    }

    /// The plan's last change (the ICS DTSTAMP, the PDF's creation date): its file's time
    /// while it is saved, else now.
    fn last_change(&self) -> chrono::NaiveDateTime {
        self.doc
            .path()
            .filter(|_| !self.doc.is_dirty())
            .and_then(file::modified_utc)
            .unwrap_or_else(|| chrono::Utc::now().naive_utc())
    }

    /// Opens the plan's PDF in the system viewer, or says where it is.
    pub(super) fn print(&mut self) {
        let plan = self.doc.plan();
        let name = self.doc.name();
        let name = name.strip_suffix(".ron").unwrap_or(&name);
        match super::platform::print(plan, DateRange::whole(plan), self.last_change(), name, self.desktop) {
            Ok(printed) => self.status = printed,
            Err(e) => self.error = Some(t!("app-print-failed", error = e.to_string())),
        }
    }

    /// What the watch folder field says: where a mounted Garmin takes workouts, and which.
    pub(super) fn watch_note(&self, purpose: Purpose, suggested: Option<&Path>) -> String {
        let which = if matches!(purpose, Purpose::Workout(_)) { "session" } else { "plan" };
        let garmin =
            if suggested.is_some_and(|p| p.ends_with("GARMIN/NewFiles")) { "mounted" } else { "none" };
        t!(
            "export-dialog-watch-note",
            which = which,
            today = crate::dates::day(self.view.today),
            garmin = garmin
        )
    }

    /// Writes the planned workouts from today on into `dir`.
    pub(super) fn export_workouts(&mut self, dir: &Path) {
        let created = chrono::Utc::now().naive_utc();
        match watch::export_workouts(self.doc.file_plan(), Some(self.view.today), None, dir, created) {
            Ok(written) if written.is_empty() => {
                self.status = t!("status-no-workouts");
            }
            Ok(written) => {
                let workouts = crate::text::counted(written.len(), "workout");
                self.status =
                    t!("status-wrote-workouts", workouts = workouts, path = dir.display().to_string());
            }
            Err(e) => self.error = Some(t!("app-workouts-failed", error = e.to_string())),
        }
    }

    /// Writes the workout of session `id` into `dir`.
    pub(super) fn send_to_watch(&mut self, id: SessionId, dir: &Path) {
        let created = chrono::Utc::now().naive_utc();
        match watch::export_session(self.doc.file_plan(), id, dir, created) {
            Ok(Some(path)) => self.status = t!("status-wrote", path = path.display().to_string()),
            Ok(None) => self.status = t!("status-no-workout"),
            Err(e) => self.error = Some(t!("app-workout-failed", error = e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::garmin_new_files;

    /// A Garmin mounted by udisks (`/media/USER/GARMIN`) or straight under the root is found;
    /// a drive without the folder is not taken for one.
    #[test]
    fn a_mounted_garmins_new_files_folder_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_str().unwrap();
        std::fs::create_dir_all(dir.path().join("alex/USB STICK")).unwrap();
        assert_eq!(garmin_new_files(&[root]), None);
        let watch = dir.path().join("alex/GARMIN/GARMIN/NewFiles");
        std::fs::create_dir_all(&watch).unwrap();
        assert_eq!(garmin_new_files(&[root, "/nonexistent"]), Some(watch));
        let flat = tempfile::tempdir().unwrap();
        let direct = flat.path().join("FENIX/GARMIN/NewFiles");
        std::fs::create_dir_all(&direct).unwrap();
        assert_eq!(garmin_new_files(&[flat.path().to_str().unwrap()]), Some(direct));
    }
}
