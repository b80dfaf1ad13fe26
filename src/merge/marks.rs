//! The marks of a merge for the window: who changed each session and day since the base.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::diff::in_units;
use crate::plan::{Plan, Session, SessionId, Units};

/// Who changed a session or a day since the common base, for marking the merged plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedBy {
    /// Only the open plan (mine).
    Mine,
    /// Only the version merged in (theirs).
    Theirs,
    /// Both sides, the same way or in different fields.
    Both,
}

impl ChangedBy {
    /// The mark in words, as a screen reader says it after a chip or day: "changed by them in
    /// the merge".
    pub fn words(self) -> String {
        match self {
            Self::Mine => crate::t!("merge-changed-by-you"),
            Self::Theirs => crate::t!("merge-changed-by-them"),
            Self::Both => crate::t!("merge-changed-by-both"),
        }
    }

    /// This mark joined with one a day already has.
    fn or(self, other: Option<Self>) -> Self {
        match other {
            Some(other) if other != self => Self::Both,
            _ => self,
        }
    }

    fn of(mine: bool, theirs: bool) -> Option<Self> {
        match (mine, theirs) {
            (true, true) => Some(Self::Both),
            (true, false) => Some(Self::Mine),
            (false, true) => Some(Self::Theirs),
            (false, false) => None,
        }
    }
}

/// What each side changed since the base, by session and by day: the merged plan is shown
/// with these marked until the runner has looked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sides {
    /// Sessions one side added or changed (their notes too), by id.
    pub sessions: BTreeMap<SessionId, ChangedBy>,
    /// Days whose day notes a side changed, or that a session a side moved or deleted left.
    pub days: BTreeMap<NaiveDate, ChangedBy>,
}

impl Sides {
    /// Compares each side with `base`, all in `units` (the merged plan's), so a switch of units
    /// alone marks nothing.
    pub fn of(base: &Plan, ours: &Plan, theirs: &Plan, units: Units) -> Self {
        let (b, o, t) = (in_units(base, units), in_units(ours, units), in_units(theirs, units));
        let mut sides = Self::default();
        let ids: BTreeSet<SessionId> =
            [&b, &o, &t].iter().flat_map(|p| p.sessions().iter().map(|s| s.id)).collect();
        for id in ids {
            let was = b.session(id);
            let (in_o, in_t) = (o.session(id), t.session(id));
            if let Some(by) = ChangedBy::of(in_o != was, in_t != was) {
                sides.sessions.insert(id, by);
            }
            if let Some(was) = was {
                let left = |now: Option<&Session>| now.is_none_or(|s| s.date != was.date);
                if let Some(by) = ChangedBy::of(left(in_o), left(in_t)) {
                    sides.days.insert(was.date, by.or(sides.days.get(&was.date).copied()));
                }
            }
        }
        let days: BTreeSet<NaiveDate> =
            [&b, &o, &t].iter().flat_map(|p| p.noted_days().map(|(d, _)| d)).collect();
        for date in days {
            let was = b.day_notes(date);
            if let Some(by) = ChangedBy::of(o.day_notes(date) != was, t.day_notes(date) != was) {
                sides.days.insert(date, by.or(sides.days.get(&date).copied()));
            }
        }
        sides
    }

    /// How many sessions and days each side changed: (mine, theirs), "both" counted in each.
    pub fn counts(&self) -> (usize, usize) {
        let all = || self.sessions.values().chain(self.days.values());
        let mine = all().filter(|by| **by != ChangedBy::Theirs).count();
        let theirs = all().filter(|by| **by != ChangedBy::Mine).count();
        (mine, theirs)
    }
}
