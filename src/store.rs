//! The revisions store: every version of a plan opened or saved on this computer, kept by its
//! revision, so that merging two copies can find the version both were made from.
//!
//! One folder (the app's data folder's `revisions`), one file per revision named by it
//! (`6d0c….ron`), each a plan file as Save writes it. It holds nothing but plan files: what is
//! put in is written by [`crate::file::to_text`], what is read must load as a plan, and pruning
//! touches only files named like a revision.

use std::collections::{BTreeMap, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::file;
use crate::plan::{Plan, Revision};

/// Revisions older than this are pruned.
pub const MAX_AGE: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// The store is pruned, oldest first, down to this size (about 250 versions of a year's plan).
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How far back the search for a common version goes, in revisions from each side.
const MAX_STEPS: usize = 10_000;

/// Why two plans cannot be merged from a common version, and are compared instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NoBase {
    /// The plans have different identities: two plans, not two copies of one.
    #[error("{}", crate::t!("store-different-plans"))]
    OtherPlan,
    /// No version both were made from was opened or saved on this computer.
    #[error("{}", crate::t!("store-no-base"))]
    Unknown,
}

/// A folder of plan revisions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store in `dir`, made when the first revision is kept.
    pub fn new(dir: &Path) -> Self {
        Self { dir: dir.to_owned() }
    }

    fn path(&self, revision: Revision) -> PathBuf {
        self.dir.join(format!("{revision}.ron"))
    }

    /// Keeps the plan as Save would write it; returns its revision. A revision already kept is
    /// not written again.
    pub fn keep(&self, plan: &Plan) -> std::io::Result<Revision> {
        let stamped = file::stamped(plan).map_err(std::io::Error::other)?;
        let text = file::to_text(&stamped).map_err(std::io::Error::other)?;
        let revision =
            stamped.revision.ok_or_else(|| std::io::Error::other(crate::t!("store-no-revision")))?;
        let path = self.path(revision);
        if !path.exists() {
            fs::create_dir_all(&self.dir)?;
            file::write_without_backups(&path, text.as_bytes())?;
        }
        Ok(revision)
    }

    /// The plan of `revision`, if it is kept and still loads.
    pub fn get(&self, revision: Revision) -> Option<Plan> {
        file::load(&self.path(revision)).ok()
    }

    /// Removes revisions older than `max_age` (by when they were kept, as of `now`), then the
    /// oldest until the rest take at most `max_bytes`. Returns how many went.
    pub fn prune(&self, now: SystemTime, max_age: Duration, max_bytes: u64) -> std::io::Result<usize> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return Ok(0) };
        let mut kept: Vec<(SystemTime, u64, PathBuf)> = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if !is_revision_file(&path) {
                continue;
            }
            let meta = entry.metadata()?;
            kept.push((meta.modified()?, meta.len(), path));
        }
        kept.sort();
        let mut total: u64 = kept.iter().map(|(_, len, _)| len).sum();
        let mut removed = 0;
        for (modified, len, path) in kept {
            let old = now.duration_since(modified).is_ok_and(|age| age > max_age);
            if old || total > max_bytes {
                fs::remove_file(&path)?;
                total = total.saturating_sub(len);
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// The latest version both `a` and `b` were made from, to merge them from: the nearest of
    /// `b`'s ancestors (itself included) that is also one of `a`'s.
    pub fn common_ancestor(&self, a: &Plan, b: &Plan) -> Result<Plan, NoBase> {
        if a.id != b.id {
            return Err(NoBase::OtherPlan);
        }
        self.nearest_common(a, b).ok_or(NoBase::Unknown)
    }

    fn nearest_common(&self, a: &Plan, b: &Plan) -> Option<Plan> {
        let (a, b) = (file::stamped(a).ok()?, file::stamped(b).ok()?);
        let of_a = self.ancestors(&a);
        let of_b = self.ancestors(&b);
        let (found, _) = of_b
            .iter()
            .filter(|(revision, _)| of_a.contains_key(*revision))
            .min_by_key(|(revision, steps)| (**steps, of_a.get(*revision).copied().unwrap_or(usize::MAX)))?;
        [&a, &b].into_iter().find(|p| p.revision == Some(*found)).cloned().or_else(|| self.get(*found))
    }

    /// Every revision `plan` was made from that the store can follow, itself included, with how
    /// many steps back each is.
    fn ancestors(&self, plan: &Plan) -> BTreeMap<Revision, usize> {
        let mut seen = BTreeMap::new();
        let mut queue: VecDeque<(Revision, usize, Option<Plan>)> = VecDeque::new();
        if let Some(revision) = plan.revision {
            queue.push_back((revision, 0, Some(plan.clone())));
        }
        while let Some((revision, steps, known)) = queue.pop_front() {
            if seen.contains_key(&revision) || seen.len() >= MAX_STEPS {
                continue;
            }
            seen.insert(revision, steps);
            let parents = known.or_else(|| self.get(revision)).map(|p| p.parents).unwrap_or_default();
            queue.extend(parents.into_iter().map(|parent| (parent, steps + 1, None)));
        }
        seen
    }
}

/// Whether `path` is named like a kept revision: 32 hex digits and `.ron`.
fn is_revision_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
        && path
            .file_stem()
            .and_then(|s| s.to_str())
            .is_some_and(|s| s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::*;
    use crate::plan::{Command, PlanId, PlanMeta};

    fn plan() -> Plan {
        let mut plan = Plan::new(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
        plan.id = PlanId::of_text("one plan");
        plan
    }

    /// `plan` with a new title, as saved: a new revision made from `plan`'s.
    fn titled(plan: &Plan, title: &str) -> Plan {
        let mut edited = plan.clone();
        edited.apply(Command::SetMeta(PlanMeta { title: title.to_owned(), ..plan.meta.clone() })).unwrap();
        file::stamped(&edited).unwrap()
    }

    /// A kept revision comes back as the same plan, and keeping it again writes nothing new.
    #[test]
    fn a_kept_revision_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(&dir.path().join("revisions"));
        let base = file::stamped(&plan()).unwrap();
        let revision = store.keep(&base).unwrap();
        assert_eq!(Some(revision), base.revision);
        assert_eq!(store.get(revision), Some(base.clone()));
        assert_eq!(store.keep(&base).unwrap(), revision);
        assert_eq!(fs::read_dir(dir.path().join("revisions")).unwrap().count(), 1);
    }

    /// Two copies edited apart merge from the version both were saved from; after a merge,
    /// from the side merged in.
    #[test]
    fn the_common_version_is_the_latest_both_were_made_from() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let base = file::stamped(&plan()).unwrap();
        let (mine, theirs) = (titled(&base, "Mine"), titled(&base, "Theirs"));
        for p in [&base, &mine, &theirs] {
            store.keep(p).unwrap();
        }
        assert_eq!(store.common_ancestor(&mine, &theirs), Ok(base.clone()));
        let mut merged = titled(&mine, "Merged");
        merged.parents = vec![mine.revision.unwrap(), theirs.revision.unwrap()];
        merged.revision = None;
        let merged = file::stamped(&merged).unwrap();
        store.keep(&merged).unwrap();
        let later = titled(&theirs, "Later");
        assert_eq!(store.common_ancestor(&titled(&merged, "Again"), &later), Ok(theirs));
    }

    /// Different plans, or copies whose common version was never kept here, say why.
    #[test]
    fn without_a_common_version_the_reason_is_given() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let base = file::stamped(&plan()).unwrap();
        let (mine, theirs) = (titled(&base, "Mine"), titled(&base, "Theirs"));
        assert_eq!(store.common_ancestor(&mine, &theirs), Err(NoBase::Unknown));
        let mut other = theirs.clone();
        other.id = PlanId::of_text("another plan");
        assert_eq!(store.common_ancestor(&mine, &other), Err(NoBase::OtherPlan));
        assert!(NoBase::Unknown.to_string().contains("on this computer"));
    }

    /// Pruning removes revisions past their age, then the oldest past the size, and never a
    /// file that is not a revision.
    #[test]
    fn pruning_removes_old_revisions_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let base = file::stamped(&plan()).unwrap();
        let first = store.keep(&base).unwrap();
        let second = store.keep(&titled(&base, "Second")).unwrap();
        fs::write(dir.path().join("notes.txt"), "not a plan").unwrap();
        let now = SystemTime::now();
        assert_eq!(store.prune(now, MAX_AGE, MAX_BYTES).unwrap(), 0);
        let later = now + Duration::from_secs(2 * 365 * 24 * 60 * 60);
        let size =
            [first, second].map(|r| fs::metadata(store.path(r)).unwrap().len()).into_iter().max().unwrap();
        assert_eq!(store.prune(now, MAX_AGE, size).unwrap(), 1, "down to one revision's size");
        assert_eq!(store.prune(later, MAX_AGE, MAX_BYTES).unwrap(), 1, "the rest is too old");
        assert!(store.get(first).is_none() && store.get(second).is_none());
        assert!(dir.path().join("notes.txt").exists());
    }
}
