//! Three-way merge of plans: what the runner and the coach each changed since the version both
//! started from, put together.
//!
//! Sessions are matched by id and merged field by field; plan details and rule settings by
//! field; note threads and day notes as sets of notes (by author, time and text), so a note
//! either side added is kept and one either side removed goes. A change on one side is taken;
//! the same change on both is taken once; two different changes to one field, or a delete
//! against an edit, are a [`Conflict`](crate::plan::Conflict): the merged plan keeps the base's
//! value and the conflict holds both sides, in words and as values to take with [`resolve`].
//!
//! When the sides use different units, all three are put in the units the merge ends with
//! before comparing, so a coach who switched to kilometres does not conflict with every run.
//!
//! One job a file: the merge itself ([`merge`], in `three_way`), the marks of what each side
//! changed for the window ([`Sides`], in `marks`), and settling a conflict or bringing a plan
//! to the merged one as commands ([`resolve`], [`commands_to`], in `resolve`).

mod marks;
mod resolve;
mod three_way;

pub use marks::{ChangedBy, Sides};
pub use resolve::{commands_to, converted, resolve};
pub use three_way::merge;

use crate::plan::{Command, CommandError, Conflict, Plan, PlanId};

/// Why plans cannot be merged; nothing was changed or written.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The files are copies of different plans (another athlete's, or another plan of the same
    /// athlete's): merging them would put one plan's changes over the other's.
    #[error("{}", crate::t!("merge-not-one-plan", first = .first.as_str(), second = .second.as_str()))]
    NotOnePlan {
        /// Which of the three (0 the base, 1 mine, 2 theirs) is the first that differs.
        which: [usize; 2],
        /// The first plan, as "Title" (plan ID).
        first: String,
        /// The second plan, likewise.
        second: String,
    },
    /// The plan's details or rule settings could not be taken apart into fields, or put back
    /// together from them: merging them anyway would drop both sides' changes to them.
    #[error("{}", crate::t!("merge-fields", what = *.what, error = .source.to_string()))]
    Fields {
        /// Which: "details", "rules" or "sessions" (the catalogue words them).
        what: &'static str,
        /// What serde said.
        source: serde_json::Error,
    },
    /// A side's revision, which the merged plan names as its parent, could not be worked out.
    #[error("{}", crate::t!("merge-revision", error = .0.to_string()))]
    Revision(#[from] ron::Error),
    /// Applying the merge's changes failed.
    #[error(transparent)]
    Command(#[from] CommandError),
}

/// Whether `plans` are copies of one plan (the same id; an older file's id comes from who it is
/// for and its start, see [`PlanId::of_old_plan`]).
pub fn one_plan(plans: [&Plan; 3]) -> Result<(), MergeError> {
    let named = |plan: &Plan| {
        crate::t!("merge-plan-named", title = plan.meta.title.as_str(), id = plan.id.to_string())
    };
    let ids: [PlanId; 3] = plans.map(|p| p.id);
    for which in [[1, 2], [0, 1], [0, 2]] {
        let [a, b] = which;
        if let (Some(first), Some(second)) = (plans.get(a), plans.get(b))
            && ids.get(a) != ids.get(b)
        {
            return Err(MergeError::NotOnePlan { which, first: named(first), second: named(second) });
        }
    }
    Ok(())
}

/// The result of a merge: the plan with every clean change, and what is left to decide.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged plan; where there is a conflict it keeps the base's value.
    pub plan: Plan,
    /// The conflicts, plan details first, then rules, then sessions by id.
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// The command that records the merge in `ours` once it holds the merged plan (see
    /// [`commands_to`]): the conflicts to settle, and both sides' revisions as its parents.
    /// `None` when one side had nothing new: the merge is then the other side as it is, and
    /// is not recorded as a merge. The one rule for the file the command line writes and for
    /// the plan open in the window.
    pub fn record(&self, ours: &Plan, theirs: &Plan) -> Result<Option<Command>, MergeError> {
        if self.conflicts.is_empty() && (self.plan == *ours || self.plan == *theirs) {
            return Ok(None);
        }
        let mut parents = Vec::new();
        for side in [ours, theirs] {
            // The revision it was loaded or saved as: a plan open with unsaved edits is made
            // from that one, which the store of revisions knows, not from its unsaved content.
            let revision = match side.revision {
                Some(revision) => revision,
                None => crate::file::revision(side)?,
            };
            if !parents.contains(&revision) {
                parents.push(revision);
            }
        }
        Ok(Some(Command::RecordMerge { parents, conflicts: self.conflicts.clone() }))
    }

    /// The merged plan as a file records it: with its conflicts to resolve, and made from both
    /// sides' revisions, unless one side had nothing new (then it is the other side as it is).
    pub fn recorded(&self, ours: &Plan, theirs: &Plan) -> Result<Plan, MergeError> {
        let mut plan = self.plan.clone();
        if let Some(record) = self.record(ours, theirs)? {
            plan.apply(record)?;
        }
        Ok(plan)
    }

    /// The merged plan with every conflict settled for one side (`theirs` false: mine), as
    /// "keep mine for the rest" does.
    pub fn settled(&self, theirs: bool) -> Result<Plan, MergeError> {
        let mut plan = self.plan.clone();
        for conflict in &self.conflicts {
            for command in resolve(&plan, conflict, theirs)? {
                plan.apply(command)?;
            }
        }
        Ok(plan)
    }
}

#[cfg(test)]
mod tests;
