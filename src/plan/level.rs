//! A run's level (distance, effort, terrain), the three variables the method raises one at a
//! time, and which of them went up between two runs.

use super::effort::{Effort, Terrain};

/// The three variables of a run that the method raises one at a time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Level {
    /// Running distance (estimated from time when only time is planned).
    pub distance: f64,
    /// How hard the run is meant to feel.
    pub effort: Effort,
    /// Where it is run; harder ground counts as a raise.
    pub terrain: Terrain,
}

/// Which of a level's variables went up from one run to the next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Raised {
    /// The run is more than 2 % longer.
    pub distance: bool,
    /// The run is meant to feel harder.
    pub effort: bool,
    /// The run is on harder ground (track < flat road < trail < hills).
    pub terrain: bool,
}

/// Relative change in distance below which two runs count as the same length.
const SAME_DISTANCE: f64 = 0.02;

impl Level {
    /// What this level raises over `before`.
    pub fn raised_over(&self, before: &Self) -> Raised {
        Raised {
            distance: self.distance > before.distance * (1.0 + SAME_DISTANCE) + 1e-6,
            effort: self.effort > before.effort,
            terrain: self.terrain.difficulty() > before.terrain.difficulty(),
        }
    }

    /// Whether this level is below `before` in some variable and above it in none.
    pub fn is_step_back_from(&self, before: &Self) -> bool {
        let raised = self.raised_over(before);
        let lowered = before.raised_over(self);
        raised.count() == 0 && lowered.count() > 0
    }
}

impl Raised {
    /// How many variables went up.
    pub fn count(self) -> usize {
        usize::from(self.distance) + usize::from(self.effort) + usize::from(self.terrain)
    }

    /// The raised variables as words, in the reader's language: "distance and effort"; empty
    /// when none went up.
    pub fn describe(self) -> String {
        let which = match (self.distance, self.effort, self.terrain) {
            (false, false, false) => return String::new(),
            (true, false, false) => "distance",
            (false, true, false) => "effort",
            (false, false, true) => "terrain",
            (true, true, false) => "distance-effort",
            (true, false, true) => "distance-terrain",
            (false, true, true) => "effort-terrain",
            (true, true, true) => "all",
        };
        crate::t!("plan-raised", which = which)
    }
}
