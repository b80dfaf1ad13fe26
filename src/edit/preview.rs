//! What a drop would do to the plan, worked out while the chip is still in the air: the
//! findings it would add and the days they touch, or why the plan would refuse it.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::Document;
use super::drop::{Drag, drop_commands};
use crate::plan::CommandError;
use crate::rules::{self, Finding, Severity};

/// What a drop would cause, shown while dragging.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The day under the pointer.
    pub target: NaiveDate,
    /// Findings the drop would add.
    pub new: Vec<Finding>,
    /// Days those findings touch, with their worst severity.
    pub affected: HashMap<NaiveDate, Severity>,
    /// Why the plan would refuse the drop (a day past the years a plan can cover), if it would.
    pub refused: Option<String>,
}

impl Preview {
    /// The preview for dropping on `target`, given the findings before and after.
    fn new(target: NaiveDate, before: &[Finding], after: Vec<Finding>) -> Self {
        let key = |f: &Finding| (f.rule, f.date, f.message.clone());
        let old: HashSet<_> = before.iter().map(key).collect();
        let new: Vec<Finding> = after.into_iter().filter(|f| !old.contains(&key(f))).collect();
        let mut affected = HashMap::new();
        for f in &new {
            for &d in &f.dates {
                let worst = affected.entry(d).or_insert(f.severity);
                *worst = (*worst).max(f.severity);
            }
        }
        Self { target, new, affected, refused: None }
    }

    /// The preview for a drop on `target` the plan would refuse, and why.
    fn refused(target: NaiveDate, reason: String) -> Self {
        Self { target, new: Vec::new(), affected: HashMap::new(), refused: Some(reason) }
    }

    /// Validates the plan as dropping `drag` on `target` would leave it (`copy`: Ctrl held),
    /// without changing the document. A drop that changes nothing adds nothing.
    pub fn of_drop(doc: &Document, drag: &Drag, target: NaiveDate, copy: bool) -> Self {
        let plan = doc.plan();
        let after = drop_commands(plan, drag, target, copy).map(|(commands, _)| {
            let mut next = plan.clone();
            commands.into_iter().try_for_each(|c| next.apply(c).map(drop))?;
            Ok::<_, CommandError>(rules::validate(&next))
        });
        match after {
            Some(Ok(after)) => Self::new(target, doc.findings(), after),
            Some(Err(refused)) => Self::refused(target, refused.to_string()),
            None => Self::new(target, doc.findings(), doc.findings().to_vec()),
        }
    }

    /// The most serious new finding; a refused drop counts as an error.
    pub fn worst(&self) -> Option<Severity> {
        let refused = self.refused.as_ref().map(|_| Severity::Error);
        self.new.iter().map(|f| f.severity).chain(refused).max()
    }
}
