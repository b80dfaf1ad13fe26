//! What a merge just made marks in the calendar, kept by the document so that Undo takes the
//! marks away with the merge and Redo brings them back.

use crate::merge::Sides;

/// The marks of a merge just made: shown on the calendar until hidden, saved, or undone.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeMarks {
    /// The file merged in, for the legend.
    pub name: String,
    /// What each side changed.
    pub sides: Sides,
    /// The merge's undo step: undoing it takes the marks away with it.
    pub label: String,
}

/// The marks a document shows: those of the merge just made (until hidden, saved, or undone),
/// and those of a merge Undo took back, which Redo brings back with it.
#[derive(Clone, Debug, Default)]
pub(super) struct Marks {
    shown: Option<MergeMarks>,
    undone: Option<MergeMarks>,
}

impl Marks {
    /// The marks of a merge just made, shown.
    pub(super) fn of(marks: MergeMarks) -> Self {
        Self { shown: Some(marks), undone: None }
    }

    /// The marks shown, if any.
    pub(super) fn shown(&self) -> Option<&MergeMarks> {
        self.shown.as_ref()
    }

    /// The step `label` was undone: if it was the merge's, its marks go with it.
    pub(super) fn undone(&mut self, label: &str) {
        if self.shown.as_ref().is_some_and(|m| m.label == label) {
            self.undone = self.shown.take();
        }
    }

    /// The step `label` was made again: if it was the merge Undo took back, so are its marks.
    pub(super) fn redone(&mut self, label: &str) {
        if self.undone.as_ref().is_some_and(|m| m.label == label) {
            self.shown = self.undone.take();
        }
    }
}
