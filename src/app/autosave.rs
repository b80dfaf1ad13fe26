//! Autosave and the crash guard: unsaved changes are written to the app's data folder a
//! second after the last edit, and a panic writes them there first, so a crash or a kill loses
//! at most that second. The next start offers them back.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diff::Difference;
use crate::edit::Document;
use crate::file;
use crate::plan::Plan;

/// Seconds between the last change and its autosave.
const QUIET_SECS: f64 = 1.0;

/// Why an autosave could not be written.
#[derive(Debug, thiserror::Error)]
pub enum AutosaveError {
    /// The data folder cannot be made or written.
    #[error("{}: {source}", dir.display())]
    Folder {
        /// The data folder.
        dir: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The plan could not be saved there.
    #[error(transparent)]
    Save(#[from] file::SaveError),
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
    pub fn write(&self, plan: &Plan, origin: Option<&Path>) -> Result<(), AutosaveError> {
        let folder = |source| AutosaveError::Folder { dir: self.dir.clone(), source };
        // The whole plan, injury and contact included: the folder and files are the user's alone.
        crate::private::dir(&self.dir).map_err(folder)?;
        file::save(plan, &self.plan_path())?;
        for path in std::iter::once(self.plan_path()).chain(file::backup_paths(&self.plan_path())) {
            if path.exists() {
                crate::private::file(&path).map_err(folder)?;
            }
        }
        let origin = origin.map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        crate::private::write(&self.origin_path(), origin.as_bytes()).map_err(folder)
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
            .map(|t| crate::dates::day_time(chrono::DateTime::<chrono::Local>::from(t).naive_local()))
            .unwrap_or_default();
        let changes = match origin.as_deref().map(file::load) {
            Some(Ok(on_disk)) => recovered_changes(Some(&on_disk), &plan),
            Some(Err(e)) => vec![crate::t!("autosave-unreadable", error = e.to_string())],
            None => recovered_changes(None, &plan),
        };
        Some(Recovered { plan, origin, when, changes })
    }
}

/// What `plan`, kept unsaved, changes from `saved`, the version last saved (`None`: never
/// saved), one line each: the desktop's autosave and the browser's kept plan say it alike.
pub(super) fn recovered_changes(saved: Option<&Plan>, plan: &Plan) -> Vec<String> {
    match saved {
        Some(saved) => crate::diff::diff(saved, plan).iter().map(recovered_change).collect(),
        None => vec![crate::t!(
            "autosave-never-saved",
            sessions = crate::text::counted(plan.sessions().len(), "session")
        )],
    }
}

/// One line of what an autosave changes from its file. The diff calls the file "mine" and the
/// autosave "theirs"; what only one of them has is said here as what the changes do, added or
/// removed, the rest as the diff says it.
fn recovered_change(difference: &Difference) -> String {
    let day = |date: &chrono::NaiveDate| crate::dates::day_year(*date);
    match difference {
        Difference::Added { date, theirs, .. } => {
            crate::t!("autosave-change", change = "added", day = day(date), what = theirs)
        }
        Difference::Removed { date, mine, .. } => {
            crate::t!("autosave-change", change = "removed", day = day(date), what = mine)
        }
        Difference::NoteAdded { date, note, .. } | Difference::NoteRemoved { date, note, .. } => {
            let change = if matches!(difference, Difference::NoteAdded { .. }) { "added" } else { "removed" };
            crate::t!(
                "autosave-note-change",
                change = change,
                day = day(date),
                author = &note.author,
                text = &note.text
            )
        }
        other => other.describe(),
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
            if crate::activity::reading_guarded() {
                return;
            }
            // A panic while the plan is being replaced finds the lock held; nothing to add then.
            if let Ok(slot) = kept.try_lock()
                && let Some((plan, origin)) = slot.as_ref()
            {
                match autosave.write(plan, origin.as_deref()) {
                    Ok(()) => eprintln!("{}", crate::t!("autosave-crash-kept")),
                    Err(e) => eprintln!("{}", crate::t!("autosave-crash-lost", error = e.to_string())),
                }
            }
            previous(info);
        }));
    }
}

/// When to autosave: the revision waiting and since when, and the one written last.
#[derive(Default)]
pub struct Autosaver {
    /// Where autosaves go; `None` turns autosave off.
    pub autosave: Option<Autosave>,
    /// The unsaved plan, for the panic hook.
    pub guard: CrashGuard,
    /// The revision waiting to be autosaved and when it was first seen.
    unsaved_since: Option<(u64, f64)>,
    /// The document revision last autosaved, while that autosave exists.
    autosaved: Option<u64>,
}

/// What a look at the document decided.
#[derive(Debug)]
pub enum Tick {
    /// Nothing to do until the document changes.
    Idle,
    /// Look again after this many seconds.
    WaitSecs(f64),
    /// The autosave failed.
    Failed(AutosaveError),
}

impl Autosaver {
    /// Autosaves into `autosave`'s folder, or never.
    pub fn new(autosave: Option<Autosave>) -> Self {
        Self { autosave, ..Self::default() }
    }

    /// Writes `doc`'s unsaved changes once they have been left alone for a second (`now` is
    /// the frame time in seconds). Only asks to be woken while something is waiting, so an
    /// idle window does not redraw.
    pub fn tick(&mut self, doc: &Document, now: f64) -> Tick {
        let Some(autosave) = &self.autosave else { return Tick::Idle };
        if !doc.is_dirty() {
            // Saved, undone back to the file, or discarded: the autosave is stale.
            if self.unsaved_since.take().is_some() {
                self.guard.keep(None);
            }
            if self.autosaved.take().is_some() {
                autosave.clear();
            }
            return Tick::Idle;
        }
        let revision = doc.revision();
        if self.autosaved == Some(revision) {
            return Tick::Idle;
        }
        let since = match self.unsaved_since {
            Some((r, since)) if r == revision => since,
            _ => {
                self.unsaved_since = Some((revision, now));
                self.guard.keep(Some((doc.file_plan(), doc.path())));
                now
            }
        };
        let due = since + QUIET_SECS;
        if now < due {
            return Tick::WaitSecs(due - now);
        }
        match autosave.write(doc.file_plan(), doc.path()) {
            Ok(()) => {
                self.autosaved = Some(revision);
                Tick::Idle
            }
            Err(e) => Tick::Failed(e),
        }
    }

    /// Forgets the autosave: the plan was saved, or the user discarded the changes.
    pub fn clear(&self) {
        if let Some(a) = &self.autosave {
            a.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Autosave, Autosaver, Tick};
    use crate::edit::Document;
    use crate::plan::{Command, Plan};
    use std::path::{Path, PathBuf};

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

    /// The autosave (the whole plan, injury and contact) was 0644 in a 0755 folder: now the
    /// folder is 0700 and its files 0600.
    #[cfg(unix)]
    #[test]
    fn the_autosave_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let autosave = Autosave::new(data.clone());
        let mut plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap());
        autosave.write(&plan, Some(Path::new("/home/alex/plan.ron"))).unwrap();
        plan.meta.injury = "Left hamstring".to_owned();
        autosave.write(&plan, None).unwrap();
        assert!(crate::file::backup_path(&data.join("autosave.ron")).exists(), "a backup is checked too");
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        for entry in std::fs::read_dir(&data).unwrap() {
            let path = entry.unwrap().path();
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }

    /// A change is written a second after it was made, not before, and once; saving (or
    /// undoing back to the file) removes the autosave.
    #[test]
    fn a_change_is_autosaved_after_a_quiet_second_and_forgotten_once_saved() {
        let dir = tempfile::tempdir().unwrap();
        let mut saver = Autosaver::new(Some(Autosave::new(dir.path().join("data"))));
        let plan = Plan::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap());
        let mut doc = Document::new(plan.clone(), None);
        assert!(matches!(saver.tick(&doc, 0.0), Tick::Idle), "nothing unsaved");
        let mut meta = plan.meta.clone();
        meta.title = "Changed".to_owned();
        doc.apply(vec![Command::SetMeta(meta)], "Rename", None).unwrap();
        assert!(matches!(saver.tick(&doc, 10.0), Tick::WaitSecs(s) if (s - 1.0).abs() < 1e-9));
        assert!(matches!(saver.tick(&doc, 10.5), Tick::WaitSecs(s) if (s - 0.5).abs() < 1e-9));
        assert!(saver.autosave.as_ref().unwrap().recover().is_none(), "not written yet");
        assert!(matches!(saver.tick(&doc, 11.0), Tick::Idle));
        assert_eq!(saver.autosave.as_ref().unwrap().recover().unwrap().plan.meta.title, "Changed");
        doc.undo();
        assert!(matches!(saver.tick(&doc, 12.0), Tick::Idle));
        assert!(saver.autosave.as_ref().unwrap().recover().is_none(), "back to the file: forgotten");
    }
}
