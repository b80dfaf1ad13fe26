//! How hard a run is meant to feel and where it is run: what a level holds beside its amount,
//! and what a session's kind carries, so both the kinds and the levels build on it.

use serde::{Deserialize, Serialize};

use crate::t;

/// How hard a run is meant to feel, from easiest to hardest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Effort {
    /// Conversational and slower than feels necessary.
    VeryEasy,
    /// Conversational.
    #[default]
    Easy,
    /// Comfortably hard.
    Steady,
    /// Threshold pace.
    Tempo,
    /// Intervals, strides, anything fast.
    Speed,
}

impl Effort {
    /// Every effort, easiest first.
    pub const ALL: [Self; 5] = [Self::VeryEasy, Self::Easy, Self::Steady, Self::Tempo, Self::Speed];

    /// The word CSV files write in their effort column, the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Self::VeryEasy => "very easy",
            Self::Easy => "easy",
            Self::Steady => "steady",
            Self::Tempo => "tempo",
            Self::Speed => "speed",
        }
    }

    /// The effort in the reader's language, lower case, as it reads inside a line.
    pub fn words(self) -> String {
        match self {
            Self::VeryEasy => t!("plan-effort-very-easy"),
            Self::Easy => t!("plan-effort-easy"),
            Self::Steady => t!("plan-effort-steady"),
            Self::Tempo => t!("plan-effort-tempo"),
            Self::Speed => t!("plan-effort-speed"),
        }
    }
}

/// Where a run happens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Terrain {
    /// A running track: flat, soft, predictable.
    Track,
    /// A treadmill: as even as a track.
    Treadmill,
    /// Flat road or path.
    #[default]
    FlatRoad,
    /// Trail: uneven footing.
    Trail,
    /// Hills: the hardest on a healing leg, kept out of the early weeks.
    Hills,
}

impl Terrain {
    /// Every terrain, easiest first.
    pub const ALL: [Self; 5] = [Self::Track, Self::Treadmill, Self::FlatRoad, Self::Trail, Self::Hills];

    /// How much harder than a track this terrain is; track and treadmill are equal.
    pub fn difficulty(self) -> u8 {
        match self {
            Self::Track | Self::Treadmill => 0,
            Self::FlatRoad => 1,
            Self::Trail => 2,
            Self::Hills => 3,
        }
    }

    /// The word CSV files write in their terrain column, the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Self::Track => "track",
            Self::Treadmill => "treadmill",
            Self::FlatRoad => "flat road",
            Self::Trail => "trail",
            Self::Hills => "hills",
        }
    }

    /// The terrain in the reader's language, lower case, as it reads inside a line.
    pub fn words(self) -> String {
        match self {
            Self::Track => t!("plan-terrain-track"),
            Self::Treadmill => t!("plan-terrain-treadmill"),
            Self::FlatRoad => t!("plan-terrain-flat-road"),
            Self::Trail => t!("plan-terrain-trail"),
            Self::Hills => t!("plan-terrain-hills"),
        }
    }
}
