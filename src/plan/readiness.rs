//! Ready to run: what the comeback is from and the checks a clinic asks for before the first
//! run (the stop signs a session's log records are in `stop_sign.rs`).
//!
//! The checks and their numbers are clinical convention, not trial results (see
//! `docs/rules.md`, "Readiness to run"); each check keeps its own number so a coach can change
//! it, and the day it was passed.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::t;

/// What the runner is coming back from, which decides the checks before the first run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comeback {
    /// Back from an injury, which happened on the plan's `injury_date`.
    Injury {
        /// A bone-stress injury (stress reaction or fracture) asks for more before running.
        #[serde(default)]
        bone_stress: bool,
    },
    /// Back after a birth, on the plan's `injury_date`.
    Birth(Birth),
}

/// The kind of birth: a caesarean or a perineal tear may need longer than 12 weeks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Birth {
    /// Not said.
    #[default]
    Unsaid,
    /// A vaginal birth without a tear worth noting.
    Vaginal,
    /// A vaginal birth with a perineal tear (or an episiotomy).
    PerinealTear,
    /// A caesarean section.
    Caesarean,
}

impl Birth {
    /// Weeks after a birth before the first run, whatever the birth (Goom, Donnelly &
    /// Brockwell 2019); a caesarean birth or a perineal tear may need longer.
    pub const WEEKS_BEFORE_RUNNING: u64 = 12;

    /// The first day a run may come after a birth on `born`: 12 weeks after it.
    pub fn first_run(born: NaiveDate) -> NaiveDate {
        born.checked_add_days(chrono::Days::new(7 * Self::WEEKS_BEFORE_RUNNING)).unwrap_or(NaiveDate::MAX)
    }
}

/// Words in an injury text that say the comeback is after a birth, for plans written before
/// the kind of comeback was a field (the format's own example is "Postpartum").
const BIRTH_WORDS: [&str; 6] = ["postpartum", "post-partum", "postnatal", "post-natal", "baby", "birth"];

impl Comeback {
    /// The kind of comeback an injury text written before version 7 implies: after a birth
    /// when it says so, otherwise none (such a plan validates as it always did).
    pub fn from_injury_text(injury: &str) -> Option<Self> {
        let lower = injury.to_lowercase();
        BIRTH_WORDS.iter().any(|w| lower.contains(w)).then_some(Self::Birth(Birth::Unsaid))
    }

    /// Whether this is a comeback after a birth.
    pub fn is_birth(self) -> bool {
        matches!(self, Self::Birth(_))
    }

    /// The clinic's checks for this comeback, with their usual numbers, none passed.
    pub fn checks(self) -> Vec<Check> {
        let tests: &[Test] = match self {
            Self::Injury { bone_stress: false } => {
                &[Test::BriskWalk, Test::CalfRaises, Test::Hops, Test::SingleLegSquat]
            }
            Self::Injury { bone_stress: true } => &[
                Test::PainFreeWalkingDays,
                Test::Clearance,
                Test::BriskWalk,
                Test::CalfRaises,
                Test::Hops,
                Test::SingleLegSquat,
            ],
            Self::Birth(_) => &[
                Test::PelvicHealth,
                Test::BriskWalk,
                Test::Balance,
                Test::SingleLegSquat,
                Test::JogOnTheSpot,
                Test::ForwardBounds,
                Test::Hops,
                Test::RunningMan,
                Test::CalfRaises,
                Test::Bridge,
                Test::SitToStand,
                Test::SideLegLift,
            ],
        };
        tests.iter().map(|&test| Check { test, amount: test.usual_amount(self), passed: None }).collect()
    }

    /// "after an injury", "after a caesarean birth", in the reader's language.
    pub fn words(self) -> String {
        match self {
            Self::Injury { bone_stress: false } => t!("check-comeback-injury"),
            Self::Injury { bone_stress: true } => t!("check-comeback-bone-stress"),
            Self::Birth(Birth::Unsaid) => t!("check-comeback-birth"),
            Self::Birth(Birth::Vaginal) => t!("check-comeback-vaginal"),
            Self::Birth(Birth::PerinealTear) => t!("check-comeback-perineal-tear"),
            Self::Birth(Birth::Caesarean) => t!("check-comeback-caesarean"),
        }
    }
}

/// One of the clinic's tests before the first run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Test {
    /// Brisk walking, no pain during or the next day.
    BriskWalk,
    /// Days in a row of walking without pain (bone stress).
    PainFreeWalkingDays,
    /// A professional's go-ahead to run (bone stress).
    Clearance,
    /// A pelvic-health assessment, advised for every woman from 6 weeks after a birth.
    PelvicHealth,
    /// Single-leg calf raises, each side.
    CalfRaises,
    /// Single-leg hops on the spot, each side.
    Hops,
    /// Single-leg squats, each side, controlled.
    SingleLegSquat,
    /// Standing on one leg, each side.
    Balance,
    /// Jogging on the spot.
    JogOnTheSpot,
    /// Forward bounds.
    ForwardBounds,
    /// Single-leg "running man", each side.
    RunningMan,
    /// Single-leg bridges, each side.
    Bridge,
    /// Single-leg sit to stand, each side.
    SitToStand,
    /// Side-lying leg lifts (abduction), each side.
    SideLegLift,
}

/// What a check's number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Minutes.
    Minutes,
    /// Seconds on each side.
    SecondsEachSide,
    /// Repetitions on each side.
    EachSide,
    /// Repetitions.
    Times,
    /// Days.
    Days,
    /// Nothing to count: done or not.
    Done,
}

impl Test {
    /// Every test, in the order the app lists them.
    pub const ALL: [Self; 14] = [
        Self::PelvicHealth,
        Self::PainFreeWalkingDays,
        Self::Clearance,
        Self::BriskWalk,
        Self::Balance,
        Self::CalfRaises,
        Self::SingleLegSquat,
        Self::Hops,
        Self::JogOnTheSpot,
        Self::ForwardBounds,
        Self::RunningMan,
        Self::Bridge,
        Self::SitToStand,
        Self::SideLegLift,
    ];

    /// What the number counts.
    pub fn measure(self) -> Measure {
        match self {
            Self::BriskWalk | Self::JogOnTheSpot => Measure::Minutes,
            Self::Balance => Measure::SecondsEachSide,
            Self::PainFreeWalkingDays => Measure::Days,
            Self::Clearance | Self::PelvicHealth => Measure::Done,
            Self::ForwardBounds => Measure::Times,
            Self::CalfRaises
            | Self::Hops
            | Self::SingleLegSquat
            | Self::RunningMan
            | Self::Bridge
            | Self::SitToStand
            | Self::SideLegLift => Measure::EachSide,
        }
    }

    /// The usual number for this comeback (`../shared/evidence.md`, "Readiness to run").
    pub fn usual_amount(self, comeback: Comeback) -> u32 {
        match self {
            Self::BriskWalk => 30,
            Self::CalfRaises => match comeback {
                Comeback::Injury { bone_stress: true } => 25,
                _ => 20,
            },
            Self::Bridge | Self::SitToStand | Self::SideLegLift => 20,
            Self::Hops | Self::SingleLegSquat | Self::Balance | Self::ForwardBounds | Self::RunningMan => 10,
            Self::PainFreeWalkingDays => 5,
            Self::JogOnTheSpot => 1,
            Self::Clearance | Self::PelvicHealth => 0,
        }
    }

    /// The test's catalogue key, which also tells its edits apart in the undo history:
    /// "check-calf-raises".
    pub fn key(self) -> &'static str {
        match self {
            Self::BriskWalk => "check-brisk-walk",
            Self::PainFreeWalkingDays => "check-pain-free-walking-days",
            Self::Clearance => "check-clearance",
            Self::PelvicHealth => "check-pelvic-health",
            Self::CalfRaises => "check-calf-raises",
            Self::Hops => "check-hops",
            Self::SingleLegSquat => "check-single-leg-squat",
            Self::Balance => "check-balance",
            Self::JogOnTheSpot => "check-jog-on-the-spot",
            Self::ForwardBounds => "check-forward-bounds",
            Self::RunningMan => "check-running-man",
            Self::Bridge => "check-bridge",
            Self::SitToStand => "check-sit-to-stand",
            Self::SideLegLift => "check-side-leg-lift",
        }
    }

    /// The test's name in the reader's language: "Single-leg calf raises".
    pub fn name(self) -> String {
        t!(self.key())
    }

    /// Where the check and its number come from.
    pub fn source(self) -> Source {
        match self {
            Self::PelvicHealth
            | Self::Balance
            | Self::JogOnTheSpot
            | Self::ForwardBounds
            | Self::RunningMan
            | Self::Bridge
            | Self::SitToStand
            | Self::SideLegLift => Source::Postnatal,
            Self::BriskWalk
            | Self::PainFreeWalkingDays
            | Self::Clearance
            | Self::CalfRaises
            | Self::Hops
            | Self::SingleLegSquat => Source::Clinic,
        }
    }
}

impl Test {
    /// Where the check comes from for `comeback`: after a birth, the walk, calf raises, hops
    /// and squats are among the postnatal guidance's own checks, so they come from it too.
    pub fn source_for(self, comeback: Option<Comeback>) -> Source {
        match (comeback, self) {
            (
                Some(Comeback::Birth(_)),
                Self::BriskWalk | Self::CalfRaises | Self::Hops | Self::SingleLegSquat,
            ) => Source::Postnatal,
            _ => self.source(),
        }
    }

    /// [`source_for`](Self::source_for) in a few words, for a line under the check: "Goom et
    /// al. 2019", "clinic convention".
    pub fn short_source(self, comeback: Option<Comeback>) -> String {
        self.source_for(comeback).short()
    }
}

/// Where a check and its number come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The postnatal guidance (Goom, Donnelly & Brockwell 2019; Christopher et al. 2023).
    Postnatal,
    /// The usual criteria of clinics after an injury.
    Clinic,
}

impl Source {
    /// Every source, in the order the app lists them.
    pub const ALL: [Self; 2] = [Self::Postnatal, Self::Clinic];

    /// The source in full, its authors and titles as published.
    pub fn text(self) -> String {
        match self {
            Self::Postnatal => t!("check-source-postnatal"),
            Self::Clinic => t!("check-source-clinic"),
        }
    }

    /// The source in a few words: "Goom et al. 2019", "clinic convention".
    pub fn short(self) -> String {
        match self {
            Self::Postnatal => t!("check-source-postnatal.short"),
            Self::Clinic => t!("check-source-clinic.short"),
        }
    }
}

/// One check before the first run: what, how many, and when it was passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Which test.
    pub test: Test,
    /// Its number, in the test's [`Measure`]; the coach may change it.
    #[serde(default)]
    pub amount: u32,
    /// The day it was passed without pain, heaviness, dragging or leaking; `None` while open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<NaiveDate>,
}

impl Check {
    /// Whether it has been passed on or before `day`.
    pub fn passed_by(&self, day: NaiveDate) -> bool {
        self.passed.is_some_and(|passed| passed <= day)
    }

    /// The check and whether it was passed, as the app's box is named and paper prints it:
    /// "Brisk walk, 30 min: passed Tue 10 Nov 2026", "Forward bounds, 10: not yet passed".
    pub fn described(&self) -> String {
        match self.passed {
            Some(day) => t!("check-passed", check = self.to_string(), day = crate::dates::day_year(day)),
            None => t!("check-not-passed", check = self.to_string()),
        }
    }
}

/// "Single-leg calf raises, 20 each side".
impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let measure = match self.test.measure() {
            Measure::Done => "done",
            Measure::Minutes => "minutes",
            Measure::SecondsEachSide => "seconds-each-side",
            Measure::EachSide => "each-side",
            Measure::Times => "times",
            Measure::Days => "days",
        };
        f.write_str(&t!("check-amount", name = self.test.name(), n = self.amount, measure = measure))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_injury_texts_that_speak_of_a_birth_are_read_as_after_a_birth() {
        for text in
            ["Postpartum", "postnatal return", "After the baby", "Birth of second child", "Post-partum"]
        {
            assert_eq!(Comeback::from_injury_text(text), Some(Comeback::Birth(Birth::Unsaid)), "{text}");
        }
        for text in ["", "Left hamstring strain, grade 2", "Achilles tendinopathy"] {
            assert_eq!(Comeback::from_injury_text(text), None, "{text}");
        }
    }

    /// The evidence's numbers: 25 calf raises on the injured side after bone stress, 20 after
    /// a birth; the postnatal list is the twelve checks of the guidance.
    #[test]
    fn each_comeback_gets_its_clinics_checks_and_numbers() {
        let calf = |c: Comeback| c.checks().iter().find(|c| c.test == Test::CalfRaises).map(|c| c.amount);
        assert_eq!(calf(Comeback::Injury { bone_stress: false }), Some(20));
        assert_eq!(calf(Comeback::Injury { bone_stress: true }), Some(25));
        assert_eq!(calf(Comeback::Birth(Birth::Caesarean)), Some(20));
        assert_eq!(Comeback::Birth(Birth::Vaginal).checks().len(), 12);
        assert!(Comeback::Injury { bone_stress: true }.checks().iter().any(|c| c.test == Test::Clearance));
        assert!(Comeback::Birth(Birth::Unsaid).checks().iter().all(|c| c.passed.is_none()));
    }

    #[test]
    fn checks_read_with_their_numbers() {
        let [walk, balance, ..] = [Test::BriskWalk, Test::Balance, Test::Clearance].map(|test| Check {
            test,
            amount: test.usual_amount(Comeback::Birth(Birth::Unsaid)),
            passed: None,
        });
        assert_eq!(walk.to_string(), "Brisk walk, 30 min");
        assert_eq!(balance.to_string(), "Single-leg balance, 10 s each side");
    }

    /// After a birth every check of the list is the postnatal guidance's, the walk included;
    /// after an injury the walk is the clinics' convention.
    #[test]
    fn each_check_names_its_source_for_the_comeback() {
        let birth = Some(Comeback::Birth(Birth::Caesarean));
        assert!(
            Comeback::Birth(Birth::Unsaid)
                .checks()
                .iter()
                .all(|c| c.test.source_for(birth) == Source::Postnatal)
        );
        let injury = Some(Comeback::Injury { bone_stress: true });
        assert!(
            Comeback::Injury { bone_stress: true }
                .checks()
                .iter()
                .all(|c| c.test.source_for(injury) == Source::Clinic)
        );
        assert_eq!(Test::BriskWalk.short_source(None), "clinic convention");
        assert_eq!(Test::BriskWalk.short_source(birth), "Goom et al. 2019");
    }

    #[test]
    fn a_check_says_whether_it_was_passed() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap();
        let walk = Check { test: Test::BriskWalk, amount: 30, passed: Some(day) };
        assert_eq!(walk.described(), "Brisk walk, 30 min: passed Tue 10 Nov 2026");
        let bounds = Check { test: Test::ForwardBounds, amount: 10, passed: None };
        assert_eq!(bounds.described(), "Forward bounds, 10: not yet passed");
    }
}
