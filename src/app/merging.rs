//! Comparing with and merging another copy of the plan: the file read and the result shown;
//! the merge itself is the editing layer's ([`Document::merge`](crate::edit::Document::merge)).

use std::path::{Path, PathBuf};

use super::App;
use crate::edit::{Comparison, Merge, base_of};
use crate::merge::MergeError;
use crate::plan::Plan;
use crate::t;

impl App {
    /// Shows what differs between the open plan and the one at `path`.
    pub fn compare_with(&mut self, path: &Path) {
        match super::platform::load(path) {
            Ok(theirs) => {
                let comparison = Comparison::new(path.to_path_buf(), theirs, &self.doc);
                self.status = t!(
                    "status-compared",
                    differences = crate::text::counted(comparison.len(), "difference"),
                    path = path.display().to_string()
                );
                self.compare = Some(comparison);
                self.tab = crate::ui::Tab::Compare;
                self.error = None;
            }
            Err(e) => self.error = Some(t!("app-open-plan-unchanged", error = e.to_string())),
        }
    }

    /// Keeps `plan` in the store of revisions, to merge copies of it later.
    pub(super) fn keep_revision(&self, plan: &Plan) {
        if let Some(store) = &self.store {
            super::startup::app_keeps(store, plan);
        }
    }

    /// Merges another copy of the plan, at `path`, into the open one, from the latest version
    /// both were made from; without one, compares them instead and says why.
    pub fn merge_with(&mut self, path: &Path) {
        let theirs = match super::platform::load(path) {
            Ok(theirs) => theirs,
            Err(e) => {
                self.error = Some(t!("app-open-plan-unchanged", error = e.to_string()));
                return;
            }
        };
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let base = self.doc.merge_base(&theirs, self.store.as_ref());
        self.keep_revision(&theirs);
        match base {
            Ok(base) => {
                self.error = None;
                let merged = self.doc.merge(&base, &theirs, &name);
                self.show_merge(merged, &name);
            }
            Err(why) => {
                self.compare_with(path);
                self.status = t!("status-compared-instead", name = &name, why = why.to_string());
            }
        }
    }

    /// Merges copies of the plan picked together, the version they were made from among them,
    /// as a browser (which keeps no store of revisions) merges a coach's copy: one file is
    /// merged as [`Self::merge_with`] merges it; of three, the one the others were made from
    /// is the base and the first of the others is opened and the second merged into it.
    pub fn merge_files(&mut self, paths: &[PathBuf]) {
        match paths {
            [one] => self.merge_with(one),
            _ => self.merge_three(paths),
        }
    }

    fn merge_three(&mut self, paths: &[PathBuf]) {
        let mut copies = Vec::new();
        for path in paths {
            match super::platform::load(path) {
                Ok(plan) => copies.push((path, plan)),
                Err(e) => {
                    self.error = Some(t!("app-open-plan-unchanged", error = e.to_string()));
                    return;
                }
            }
        }
        let [a, b, c] = copies.as_slice() else {
            self.error = Some(t!("merging-pick-one-or-three"));
            return;
        };
        let Some(base) = base_of(&[&a.1, &b.1, &c.1]) else {
            self.error =
                Some(t!("app-open-plan-unchanged", error = crate::store::NoBase::OtherPlan.to_string()));
            return;
        };
        let mut rest = copies.iter().enumerate().filter(|(i, _)| *i != base).map(|(_, copy)| copy);
        let (Some((_, base_plan)), Some((mine, _)), Some((theirs_path, theirs))) =
            (copies.get(base), rest.next(), rest.next())
        else {
            return;
        };
        if self.doc.is_dirty() {
            self.error = Some(t!("merging-save-first"));
            return;
        }
        self.open(mine);
        if self.doc.path() != Some(mine.as_path()) {
            return;
        }
        let name = theirs_path
            .file_name()
            .map_or_else(|| theirs_path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let merged = self.doc.merge(base_plan, theirs, &name);
        self.show_merge(merged, &name);
    }

    /// Merges the file as another program saved it into the open plan and its unsaved edits,
    /// from the version both started from: the file as it was opened or last saved. The file's
    /// version then counts as the saved one. Without that version, compares them instead.
    pub fn merge_outside(&mut self) {
        let Some(path) = self.doc.path().map(Path::to_path_buf) else { return };
        self.outside = false;
        match super::platform::load(&path) {
            Ok(theirs) => {
                self.keep_revision(&theirs);
                let name = self.doc.name();
                match self.doc.merge_from_disk(theirs, &name).transpose() {
                    Some(merged) => self.show_merge(merged, &name),
                    None => self.compare_with(&path),
                }
            }
            Err(e) => self.error = Some(t!("app-open-plan-unchanged", error = e.to_string())),
        }
    }

    /// Says what a merge of `name` did: marks what each side changed, and opens the Conflicts
    /// tab when there is something to choose.
    fn show_merge(&mut self, merged: Result<Merge, MergeError>, name: &str) {
        match merged {
            Ok(Merge::Merged { conflicts, .. }) => {
                if conflicts > 0 {
                    // All of them at once, to settle in any order.
                    self.tab = crate::ui::Tab::Conflicts;
                }
                let counted = crate::text::counted(conflicts, "conflict");
                self.status = t!("status-merged", name = name, n = conflicts, conflicts = counted);
            }
            Ok(Merge::UpToDate) => {
                self.status = t!("status-merge-up-to-date", name = name);
            }
            Err(e) => self.error = Some(t!("app-merge-failed", name = name, error = e.to_string())),
        }
    }
}
