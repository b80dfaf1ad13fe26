//! Comparing with and merging another copy of the plan: the file read and the result shown;
//! the merge itself is the editing layer's ([`Document::merge`](crate::edit::Document::merge)).

use std::path::Path;

use super::App;
use crate::edit::{Comparison, Merge};
use crate::file;
use crate::merge::MergeError;
use crate::plan::Plan;
use crate::t;

impl App {
    /// Shows what differs between the open plan and the one at `path`.
    pub fn compare_with(&mut self, path: &Path) {
        match file::load(path) {
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
        let theirs = match file::load(path) {
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

    /// Merges the file as another program saved it into the open plan and its unsaved edits,
    /// from the version both started from: the file as it was opened or last saved. The file's
    /// version then counts as the saved one. Without that version, compares them instead.
    pub fn merge_outside(&mut self) {
        let Some(path) = self.doc.path().map(Path::to_path_buf) else { return };
        self.outside = false;
        match file::load(&path) {
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
