//! Everything the rules share, done once per validation: the [`Basis`] and the breaks and
//! established levels found on it.

use std::ops::Deref;

use super::basis::Basis;
pub use super::common::{
    TOLERANCE, WeekTotals, add_days, and_list, day, done, or_list, pct_over, week_of, week_totals, weekday,
    yes,
};
use super::established::{self, Established, Gap};
use crate::plan::Plan;

/// Everything the rules share: the [`Basis`] (read through it as if its fields were this
/// one's) and what time off does to each week.
pub struct Context<'a> {
    basis: Basis<'a>,
    /// What time off does to each week: the break a week without running belongs to, if it
    /// follows running, or the level held before a shorter gap that cut the week short.
    pub gaps: Vec<Gap>,
}

/// The rules read the basis's sessions and weeks as the context's own: `cx.runs`, `cx.weeks`.
impl<'a> Deref for Context<'a> {
    type Target = Basis<'a>;

    fn deref(&self) -> &Basis<'a> {
        &self.basis
    }
}

impl<'a> Context<'a> {
    /// Does the shared work for `plan`.
    pub fn new(plan: &'a Plan) -> Self {
        let basis = Basis::new(plan);
        let gaps = established::gaps(&basis);
        Self { basis, gaps }
    }

    /// The established level before week `i` (see [`established`]).
    pub fn established(&self, i: usize) -> Option<Established> {
        established::established(&self.basis, &self.gaps, i)
    }

    /// The level held before a gap without running shorter than a break that cut short one of
    /// weeks `from..to`: a week coming back to it is no raise.
    pub fn held_before_gap(&self, from: isize, to: isize) -> Option<f64> {
        established::held_before_gap(&self.gaps, from, to)
    }
}
