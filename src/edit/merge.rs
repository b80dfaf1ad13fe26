//! Merging another copy of the plan into the open document, without a window: the version both
//! were made from found, the merge made, brought into the document as commands with its parents
//! and conflicts recorded, as one undoable step like any edit, and what each side changed kept
//! to mark it.

use super::Document;
use super::marks::{Marks, MergeMarks};
use crate::merge::{self, MergeError, Sides};
use crate::plan::Plan;
use crate::store::{NoBase, Store};

/// What a merge did to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Merge {
    /// Their changes are in the plan, one undoable step.
    Merged {
        /// What each side changed, and the step's name.
        marks: MergeMarks,
        /// How many conflicts the plan now holds from this merge, to settle in any order.
        conflicts: usize,
    },
    /// Theirs had nothing the open plan lacks: nothing changed and nothing is recorded.
    UpToDate,
}

/// Of three copies of one plan picked together, the one the other two were made from, to merge
/// them from where no store of revisions knows it (a browser keeps none): the copy whose
/// revision each other copy has, as its own or as its parent; failing that record (a copy was
/// saved again since, or edited by hand), the copy with the fewest differences from the other
/// two, as the version between two lines of edits has. `None` unless there are three copies of one plan.
pub fn base_of(copies: &[&Plan; 3]) -> Option<usize> {
    let [a, b, c] = copies;
    if a.id != b.id || a.id != c.id {
        return None;
    }
    // A revision counts only where it is the copy's content's: a file edited by hand keeps the
    // revision it was saved with, and would pass for the version the others came from.
    let own = |p: &Plan| crate::file::revision(p).ok().filter(|r| p.revision == Some(*r));
    let made_from = |base: &Plan, copy: &Plan| {
        own(base).is_some_and(|r| own(copy) == Some(r) || copy.parents.contains(&r))
    };
    let others = |i: usize| copies.iter().enumerate().filter(move |(j, _)| *j != i).map(|(_, p)| *p);
    let recorded =
        (0..3).find(|&i| copies.get(i).is_some_and(|base| others(i).all(|copy| made_from(base, copy))));
    recorded.or_else(|| {
        (0..3).min_by_key(|&i| {
            copies
                .get(i)
                .map_or(usize::MAX, |base| others(i).map(|copy| crate::diff::diff(base, copy).len()).sum())
        })
    })
}

impl Document {
    /// The version to merge `theirs`, another copy of this plan, from: the latest both were
    /// made from, as `store` kept it (`None`: there is no store, so no base is known).
    pub fn merge_base(&self, theirs: &Plan, store: Option<&Store>) -> Result<Plan, NoBase> {
        store.map_or(Err(NoBase::Unknown), |store| store.common_ancestor(self.file_plan(), theirs))
    }

    /// Merges what `theirs` changed since `base` into the plan as one undoable step called
    /// "Merge {name}": its clean changes applied, mine kept where both changed one thing, and
    /// those left in the plan as conflicts to settle, with both versions recorded as the
    /// merge's parents. On an error the plan is unchanged.
    pub fn merge(&mut self, base: &Plan, theirs: &Plan, name: &str) -> Result<Merge, MergeError> {
        let mine = self.file_plan();
        let merged = merge::merge(base, mine, theirs)?;
        let target = merged.settled(false)?;
        let sides = Sides::of(base, mine, theirs, target.meta.units);
        let mut commands = merge::commands_to(mine, &target);
        commands.extend(merged.record(mine, theirs)?);
        let label = crate::t!("edit-merge", name = name);
        let before = self.revision();
        self.apply_to_file(commands, &label)?;
        if self.revision() == before {
            return Ok(Merge::UpToDate);
        }
        let marks = MergeMarks { name: name.to_owned(), sides, label };
        self.marks = Marks::of(marks.clone());
        Ok(Merge::Merged { marks, conflicts: merged.conflicts.len() })
    }

    /// The marks of the merge just made, while they are shown.
    pub fn merge_marks(&self) -> Option<&MergeMarks> {
        self.marks.shown()
    }

    /// Hides the marks of the merge just made (they come back with neither Undo nor Redo).
    pub fn hide_merge_marks(&mut self) {
        self.marks = Marks::default();
    }

    /// Merges the file as another program saved it, `on_disk`, into the plan and its unsaved
    /// edits, from the version both started from: the file as it was read or last written. The
    /// file's version then counts as the saved one, whether or not the merge could be made.
    /// `Ok(None)`: no version is known to start from; the file is taken as seen, and nothing
    /// else changes.
    pub fn merge_from_disk(&mut self, on_disk: Plan, name: &str) -> Result<Option<Merge>, MergeError> {
        let Some(base) = self.saved_plan().cloned() else {
            self.accept_disk();
            return Ok(None);
        };
        let merged = self.merge(&base, &on_disk, name);
        self.accept_disk_as(on_disk);
        merged.map(Some)
    }
}
