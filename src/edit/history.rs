//! Undo and redo as whole-plan snapshots, recorded after each applied change.

use crate::plan::{Plan, SessionId};

/// How many changes can be undone; older ones are forgotten.
const DEPTH: usize = 200;

/// Marks edits that continue one another (typing in a field, dragging a slider), so that they
/// undo as one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditKey {
    /// A field of a session.
    Session(SessionId, &'static str),
    /// A rule setting.
    Rules(&'static str),
    /// A metadata field.
    Meta(&'static str),
}

#[derive(Clone, Debug)]
struct Entry {
    plan: Plan,
    label: String,
    key: Option<EditKey>,
}

/// The undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub(super) struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl History {
    /// Records `before`, the plan as it was before the change called `label`.
    ///
    /// A change with the same key as the one before it joins that step instead.
    pub fn record(&mut self, before: Plan, label: &str, key: Option<EditKey>) {
        self.redo.clear();
        if key.is_some() && self.undo.last().is_some_and(|e| e.key == key) {
            return;
        }
        if self.undo.len() == DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(Entry { plan: before, label: label.to_owned(), key });
    }

    /// Ends the current run of joined edits, so the next edit is its own step.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.key = None;
        }
    }

    /// The plan before the last change and that change's name; `current` goes to redo.
    pub fn undo(&mut self, current: Plan) -> Option<(Plan, String)> {
        let entry = self.undo.pop()?;
        self.redo.push(Entry { plan: current, label: entry.label.clone(), key: None });
        // The step now on top was finished before the undone one; an edit after Undo must not
        // join it.
        self.seal();
        Some((entry.plan, entry.label))
    }

    /// The plan after the last undone change and its name; `current` goes to undo.
    pub fn redo(&mut self, current: Plan) -> Option<(Plan, String)> {
        let entry = self.redo.pop()?;
        self.undo.push(Entry { plan: current, label: entry.label.clone(), key: None });
        Some((entry.plan, entry.label))
    }

    /// Name of the change Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|e| e.label.as_str())
    }

    /// Name of the change Redo would repeat.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::{EditKey, History};
    use crate::plan::{Plan, PlanMeta, SessionId};

    fn plan(title: &str) -> Plan {
        let mut p = Plan::default();
        p.meta = PlanMeta { title: title.to_owned(), ..p.meta };
        p
    }

    #[test]
    fn undo_and_redo_walk_the_snapshots() {
        let mut h = History::default();
        h.record(plan("a"), "first", None);
        h.record(plan("b"), "second", None);
        let (p, label) = h.undo(plan("c")).unwrap();
        assert_eq!((p.meta.title.as_str(), label.as_str()), ("b", "second"));
        let (p, _) = h.undo(p).unwrap();
        assert_eq!(p.meta.title, "a");
        assert!(h.undo(p.clone()).is_none());
        let (p, label) = h.redo(p).unwrap();
        assert_eq!((p.meta.title.as_str(), label.as_str()), ("b", "first"));
        let (p, _) = h.redo(p).unwrap();
        assert_eq!(p.meta.title, "c");
    }

    #[test]
    fn edits_of_one_field_join_until_sealed() {
        let key = Some(EditKey::Session(SessionId(1), "distance"));
        let mut h = History::default();
        h.record(plan("a"), "edit", key);
        h.record(plan("b"), "edit", key);
        h.seal();
        h.record(plan("c"), "edit", key);
        let (p, _) = h.undo(plan("d")).unwrap();
        assert_eq!(p.meta.title, "c");
        let (p, _) = h.undo(p).unwrap();
        assert_eq!(p.meta.title, "a", "the two joined edits undo together");
    }

    #[test]
    fn an_edit_after_undo_is_its_own_step() {
        let key = Some(EditKey::Session(SessionId(1), "distance"));
        let mut h = History::default();
        h.record(plan("a"), "edit", key);
        h.record(plan("b"), "move", None);
        let (p, _) = h.undo(plan("c")).unwrap();
        assert_eq!(p.meta.title, "b");
        h.record(p, "edit", key);
        let (p, _) = h.undo(plan("d")).unwrap();
        assert_eq!(p.meta.title, "b", "undoing the new edit goes back to before it only");
    }

    #[test]
    fn a_new_change_clears_redo() {
        let mut h = History::default();
        h.record(plan("a"), "first", None);
        let (p, _) = h.undo(plan("b")).unwrap();
        h.record(p, "other", None);
        assert!(h.redo_label().is_none());
        assert_eq!(h.undo_label(), Some("other"));
    }
}
