//! Another version of the open plan, compared with it: the differences, which of them to take,
//! and which days they touch.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Document;
use crate::diff::{self, Difference};
use crate::plan::{Command, CommandError, Plan};

/// Their version of the plan and what differs from the open one.
pub struct Comparison {
    path: PathBuf,
    theirs: Plan,
    differences: Vec<Difference>,
    take: Vec<bool>,
    days: BTreeMap<NaiveDate, Vec<String>>,
    revision: u64,
}

impl Comparison {
    /// Compares the open plan with `theirs`, read from `path`; nothing is taken yet.
    pub fn new(path: PathBuf, theirs: Plan, doc: &Document) -> Self {
        let differences = diff::diff(doc.file_plan(), &theirs);
        let take = vec![false; differences.len()];
        let days = by_day(&differences);
        Self { path, theirs, differences, take, days, revision: doc.revision() }
    }

    /// Where their version came from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The differences, each with whether to take theirs.
    pub fn differences(&self) -> impl Iterator<Item = (&Difference, bool)> {
        self.differences.iter().zip(self.take.iter().copied())
    }

    /// How many differences there are.
    pub fn len(&self) -> usize {
        self.differences.len()
    }

    /// Whether the plans are the same.
    pub fn is_empty(&self) -> bool {
        self.differences.is_empty()
    }

    /// How many differences are marked to take.
    pub fn taken(&self) -> usize {
        self.take.iter().filter(|t| **t).count()
    }

    /// Marks difference `i` to take theirs (or keep mine).
    pub fn set_take(&mut self, i: usize, take: bool) {
        if let Some(t) = self.take.get_mut(i) {
            *t = take;
        }
    }

    /// Marks every difference.
    pub fn set_all(&mut self, take: bool) {
        self.take.fill(take);
    }

    /// Compares again after the open plan changed, keeping the marks of differences that remain.
    pub fn refresh(&mut self, doc: &Document) {
        if doc.revision() == self.revision {
            return;
        }
        let differences = diff::diff(doc.file_plan(), &self.theirs);
        let take =
            differences.iter().map(|d| self.differences().any(|(old, taken)| taken && old == d)).collect();
        self.days = by_day(&differences);
        self.differences = differences;
        self.take = take;
        self.revision = doc.revision();
    }

    /// The commands that take the marked differences, for the open plan.
    pub fn commands(&self, mine: &Plan) -> Result<Vec<Command>, CommandError> {
        diff::merge_commands(mine, &self.theirs, &self.take)
    }

    /// Each day's differences, as lines for the calendar.
    pub fn by_day(&self) -> &BTreeMap<NaiveDate, Vec<String>> {
        &self.days
    }
}

/// Each day's differences; computed when the differences change, not on every frame.
fn by_day(differences: &[Difference]) -> BTreeMap<NaiveDate, Vec<String>> {
    let mut days: BTreeMap<NaiveDate, Vec<String>> = BTreeMap::new();
    for d in differences {
        for date in d.dates() {
            days.entry(date).or_default().push(d.describe());
        }
    }
    days
}
