//! Exports: pure functions of a plan, deterministic (the same plan gives the same bytes).

pub mod csv;
pub mod ics;

use chrono::NaiveDate;

use crate::plan::{Plan, Session};

/// The days an export covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl DateRange {
    /// The whole plan: its start (or first session) to its last session.
    pub fn whole(plan: &Plan) -> Self {
        let first = plan.sessions().first().map_or(plan.meta.start, |s| s.date.min(plan.meta.start));
        Self { from: first, to: plan.last_date() }
    }

    /// Whether `date` is in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.from..=self.to).contains(&date)
    }

    /// The plan's sessions in the range.
    pub fn sessions<'a>(&self, plan: &'a Plan) -> impl Iterator<Item = &'a Session> {
        plan.sessions().iter().filter(move |s| self.contains(s.date))
    }
}
