//! What a session is: a run, a run/walk, a walk, cross-training, strength or rest, with the
//! effort and terrain of runs and the words the calendar and prints use for each.

use serde::{Deserialize, Serialize};

use super::effort::{Effort, Terrain};
use super::level::Level;
use super::units::{Distance, Minutes, Units};
use crate::t;

/// Walking is taken as twice as slow as easy running where a walk break is given by distance.
const WALK_PACE_FACTOR: f64 = 2.0;

/// One part of a run/walk repeat: measured by distance or by time.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Segment {
    /// A distance in the plan's units.
    Distance(Distance),
    /// A time in minutes.
    Minutes(Minutes),
}

impl Segment {
    fn describe(self, units: Units) -> String {
        match self {
            Self::Distance(d) => format!("{d} {}", units.abbrev()),
            Self::Minutes(m) => clock(m),
        }
    }
}

/// A time as a runner reads it: "45 s", "4 min", "1:15 min", "29:30 min"; a planned time is
/// never shown as "29.25 min", which reads as neither a clock nor a count.
fn clock(minutes: Minutes) -> String {
    let seconds = (minutes.get() * 60.0).round() as u64;
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m}:{s:02} min"),
    }
}

/// A continuous run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Run {
    /// Planned distance, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance: Option<Distance>,
    /// Planned duration in minutes, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Minutes>,
    /// Intended effort.
    #[serde(default)]
    pub effort: Effort,
    /// Where it is run.
    #[serde(default)]
    pub terrain: Terrain,
}

/// Running with walk breaks: `repeats` × (run segment, walk segment).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunWalk {
    /// The running part of one repeat.
    pub run: Segment,
    /// The walking part of one repeat.
    pub walk: Segment,
    /// How many times the pair is done.
    pub repeats: u16,
    /// Intended effort of the running parts.
    #[serde(default)]
    pub effort: Effort,
    /// Where it is done.
    #[serde(default)]
    pub terrain: Terrain,
}

/// Cross-training activities.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Activity {
    /// Cycling, indoors or out.
    Bike,
    /// Swimming or pool running.
    Swim,
    /// Elliptical trainer.
    Elliptical,
    /// Anti-gravity treadmill running at a share of body weight.
    AntiGravity {
        /// Share of body weight carried, in percent.
        body_weight_pct: u8,
    },
    /// Anything else.
    Other,
}

impl Activity {
    /// The activity's name as the calendar and prints show it: "Bike", "Anti-gravity treadmill 80 %".
    pub fn label(self) -> String {
        self.named("")
    }

    /// The activity's message, or its attribute (`".inline"`), with its share of body weight.
    fn named(self, attribute: &str) -> String {
        let key = match self {
            Self::Bike => "kind-bike",
            Self::Swim => "kind-swim",
            Self::Elliptical => "kind-elliptical",
            Self::AntiGravity { .. } => "kind-anti-gravity",
            Self::Other => "kind-cross",
        };
        let percent = match self {
            Self::AntiGravity { body_weight_pct } => body_weight_pct,
            _ => 0,
        };
        t!(&format!("{key}{attribute}"), percent = percent)
    }
}

/// What a session is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum SessionKind {
    /// A continuous run.
    Run(Run),
    /// Run/walk intervals.
    RunWalk(RunWalk),
    /// A walk; its distance counts as walking, not running.
    Walk {
        /// Distance, if set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        distance: Option<Distance>,
        /// Duration in minutes, if set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<Minutes>,
    },
    /// Cross-training, counted in minutes (an anti-gravity treadmill run also as running).
    Cross {
        /// The bike, the pool, the elliptical, an anti-gravity treadmill or something else.
        activity: Activity,
        /// Duration in minutes, if set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<Minutes>,
        /// Distance, if set (counts as running for anti-gravity treadmill runs).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        distance: Option<Distance>,
    },
    /// Strength and mobility work.
    Strength {
        /// Duration in minutes, if set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<Minutes>,
    },
    /// A planned rest day.
    Rest,
}

impl SessionKind {
    /// Whether this is a run for the alternate-days and level rules (run or run/walk).
    pub fn is_run(&self) -> bool {
        matches!(self, Self::Run(_) | Self::RunWalk(_))
    }

    /// Whether this is an anti-gravity treadmill run: running at part of the body's weight.
    pub fn is_anti_gravity(&self) -> bool {
        matches!(self, Self::Cross { activity: Activity::AntiGravity { .. }, .. })
    }

    /// Running distance, estimating from time at `pace_min_per_unit` where only time is set.
    ///
    /// Counts runs, the running part of run/walk and anti-gravity treadmill runs.
    pub fn run_distance(&self, pace_min_per_unit: f64) -> f64 {
        let from_time = |m: Minutes| {
            if pace_min_per_unit > 0.0 { m.get() / pace_min_per_unit } else { 0.0 }
        };
        match self {
            Self::Run(run) => match (run.distance, run.minutes) {
                (Some(d), _) => d.get(),
                (None, Some(m)) => from_time(m),
                (None, None) => 0.0,
            },
            Self::RunWalk(rw) => {
                let per = match rw.run {
                    Segment::Distance(d) => d.get(),
                    Segment::Minutes(m) => from_time(m),
                };
                per * f64::from(rw.repeats)
            }
            Self::Cross { activity: Activity::AntiGravity { .. }, distance, minutes } => {
                match (distance, minutes) {
                    (Some(d), _) => d.get(),
                    (None, Some(m)) => from_time(*m),
                    (None, None) => 0.0,
                }
            }
            _ => 0.0,
        }
    }

    /// A run/walk's run and walk segments in minutes at `pace_min_per_unit` (a walk break given
    /// by distance taken at twice that pace, walking being slower); `None` for anything else.
    pub fn segment_minutes(&self, pace_min_per_unit: f64) -> Option<(f64, f64)> {
        let Self::RunWalk(rw) = self else { return None };
        let run = match rw.run {
            Segment::Minutes(m) => m.get(),
            Segment::Distance(d) => d.get() * pace_min_per_unit,
        };
        let walk = match rw.walk {
            Segment::Minutes(m) => m.get(),
            Segment::Distance(d) => d.get() * pace_min_per_unit * WALK_PACE_FACTOR,
        };
        Some((run, walk))
    }

    /// The share of the session's time spent running, as planned: a run/walk's run:walk split
    /// ([`Self::segment_minutes`]), all of anything else. A run/walk logged by time only counts
    /// this share of it as running.
    pub fn running_share(&self, pace_min_per_unit: f64) -> f64 {
        let Some((run, walk)) = self.segment_minutes(pace_min_per_unit) else { return 1.0 };
        let share = run / (run + walk);
        if share.is_finite() { share } else { 0.0 }
    }

    /// Walking distance, counting only walks (run/walk breaks are part of the run).
    pub fn walk_distance(&self) -> f64 {
        match self {
            Self::Walk { distance: Some(d), .. } => d.get(),
            _ => 0.0,
        }
    }

    /// Minutes of cross-training and strength.
    pub fn cross_minutes(&self) -> f64 {
        match self {
            Self::Cross { minutes: Some(m), .. } | Self::Strength { minutes: Some(m) } => m.get(),
            _ => 0.0,
        }
    }

    /// The level of a run or run/walk; `None` for anything else.
    pub fn level(&self, pace_min_per_unit: f64) -> Option<Level> {
        let (effort, terrain) = match self {
            Self::Run(r) => (r.effort, r.terrain),
            Self::RunWalk(rw) => (rw.effort, rw.terrain),
            _ => return None,
        };
        Some(Level { distance: self.run_distance(pace_min_per_unit), effort, terrain })
    }

    /// Terrain of a run or run/walk.
    pub fn terrain(&self) -> Option<Terrain> {
        match self {
            Self::Run(r) => Some(r.terrain),
            Self::RunWalk(rw) => Some(rw.terrain),
            _ => None,
        }
    }

    /// Short name of the kind: "Run", "Run/walk", "Walk", "Bike" …
    pub fn name(&self) -> String {
        self.named("")
    }

    /// The name inside a sentence: "run", "run/walk" in English, "Lauf" in German, whose
    /// nouns keep their capital ("Add run", "Lauf hinzufügen").
    pub fn inline_name(&self) -> String {
        self.named(".inline")
    }

    fn named(&self, attribute: &str) -> String {
        let key = match self {
            Self::Run(_) => "kind-run",
            Self::RunWalk(_) => "kind-run-walk",
            Self::Walk { .. } => "kind-walk",
            Self::Cross { activity, .. } => return activity.named(attribute),
            Self::Strength { .. } => "kind-strength",
            Self::Rest => "kind-rest",
        };
        t!(&format!("{key}{attribute}"))
    }

    /// One line describing the session: "Run/walk 2 mi · run 0.25 mi / walk 1 min × 8 · track".
    pub fn describe(&self, units: Units) -> String {
        let u = units.abbrev();
        let amount = |d: Option<Distance>, m: Option<Minutes>| match (d, m) {
            (Some(d), Some(m)) => format!(" {d} {u} · {}", clock(m)),
            (Some(d), None) => format!(" {d} {u}"),
            (None, Some(m)) => format!(" {}", clock(m)),
            (None, None) => String::new(),
        };
        match self {
            Self::Run(r) => {
                let amount = amount(r.distance, r.minutes);
                format!("{}{amount} · {} · {}", t!("kind-run"), r.effort.words(), r.terrain.words())
            }
            Self::RunWalk(rw) => {
                let total = match rw.run {
                    Segment::Distance(d) => {
                        format!(" {} {u}", crate::i18n::number(d.get() * f64::from(rw.repeats)))
                    }
                    Segment::Minutes(_) => String::new(),
                };
                let repeat = t!(
                    "kind-run-walk-repeat",
                    run = rw.run.describe(units),
                    walk = rw.walk.describe(units),
                    repeats = rw.repeats
                );
                format!(
                    "{}{total} · {repeat} · {} · {}",
                    t!("kind-run-walk"),
                    rw.effort.words(),
                    rw.terrain.words()
                )
            }
            Self::Walk { distance, minutes } => format!("{}{}", t!("kind-walk"), amount(*distance, *minutes)),
            Self::Cross { activity, minutes, distance } => {
                format!("{}{}", activity.label(), amount(*distance, *minutes))
            }
            Self::Strength { minutes } => format!("{}{}", t!("kind-strength"), amount(None, *minutes)),
            Self::Rest => t!("kind-rest"),
        }
    }

    /// A few words for a calendar chip: "Run 2 mi", "Run/walk 1/1 min × 10", "Bike 30 min".
    pub fn short(&self, units: Units) -> String {
        let u = units.abbrev();
        let amount = |d: Option<Distance>, m: Option<Minutes>| match (d, m) {
            (Some(d), _) => format!(" {d} {u}"),
            (None, Some(m)) => format!(" {}", clock(m)),
            (None, None) => String::new(),
        };
        match self {
            Self::Run(r) => format!("{}{}", t!("kind-run"), amount(r.distance, r.minutes)),
            Self::RunWalk(rw) => {
                let whole = |m: Minutes| m.get().fract() == 0.0;
                let pair = match (rw.run, rw.walk) {
                    (Segment::Minutes(r), Segment::Minutes(w)) if whole(r) && whole(w) => {
                        format!("{r}/{w} min")
                    }
                    (run, walk) => format!("{}/{}", run.describe(units), walk.describe(units)),
                };
                format!("{} {pair} × {}", t!("kind-run-walk.chip"), rw.repeats)
            }
            Self::Walk { distance, minutes } => format!("{}{}", t!("kind-walk"), amount(*distance, *minutes)),
            Self::Cross { activity: Activity::AntiGravity { .. }, minutes, distance } => {
                format!("AlterG{}", amount(*distance, *minutes))
            }
            Self::Cross { activity, minutes, distance } => {
                format!("{}{}", activity.label(), amount(*distance, *minutes))
            }
            Self::Strength { minutes } => format!("{}{}", t!("kind-strength"), amount(None, *minutes)),
            Self::Rest => t!("kind-rest"),
        }
    }

    /// Converts every distance with `convert` (used when a plan changes units).
    pub fn convert_distances(&mut self, convert: impl Fn(Distance) -> Distance) {
        let scale = |d: &mut Option<Distance>| *d = d.map(&convert);
        match self {
            Self::Run(r) => scale(&mut r.distance),
            Self::RunWalk(rw) => {
                for seg in [&mut rw.run, &mut rw.walk] {
                    if let Segment::Distance(d) = seg {
                        *d = convert(*d);
                    }
                }
            }
            Self::Walk { distance, .. } | Self::Cross { distance, .. } => scale(distance),
            Self::Strength { .. } | Self::Rest => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Activity, Effort, Run, RunWalk, Segment, SessionKind, Terrain};
    use crate::plan::{Distance, Minutes, Units};

    fn min(m: f64) -> Minutes {
        Minutes::new(m).unwrap()
    }

    #[test]
    fn chips_and_lines_name_each_kind_with_its_amounts() {
        let run_walk = SessionKind::RunWalk(RunWalk {
            run: Segment::Minutes(min(1.0)),
            walk: Segment::Minutes(min(2.0)),
            repeats: 8,
            effort: Effort::Easy,
            terrain: Terrain::Track,
        });
        let by_distance = SessionKind::RunWalk(RunWalk {
            run: Segment::Distance(Distance::new(0.25).unwrap()),
            walk: Segment::Minutes(min(1.0)),
            repeats: 8,
            effort: Effort::Easy,
            terrain: Terrain::FlatRoad,
        });
        let run = SessionKind::Run(Run { distance: Distance::new(3.0), ..Run::default() });
        let short_intervals = SessionKind::RunWalk(RunWalk {
            run: Segment::Minutes(min(0.5)),
            walk: Segment::Minutes(min(1.25)),
            repeats: 12,
            effort: Effort::Easy,
            terrain: Terrain::Track,
        });
        let cases = [
            (
                short_intervals,
                "Run/walk 30 s/1:15 min × 12",
                "Run/walk · run 30 s / walk 1:15 min × 12 · easy · track",
            ),
            (run, "Run 3 mi", "Run 3 mi · easy · flat road"),
            (run_walk, "Run/walk 1/2 min × 8", "Run/walk · run 1 min / walk 2 min × 8 · easy · track"),
            (
                by_distance,
                "Run/walk 0.25 mi/1 min × 8",
                "Run/walk 2 mi · run 0.25 mi / walk 1 min × 8 · easy · flat road",
            ),
            (SessionKind::Walk { distance: None, minutes: Some(min(30.0)) }, "Walk 30 min", "Walk 30 min"),
            (
                SessionKind::Cross {
                    activity: Activity::AntiGravity { body_weight_pct: 80 },
                    minutes: None,
                    distance: Distance::new(2.0),
                },
                "AlterG 2 mi",
                "Anti-gravity treadmill 80 % 2 mi",
            ),
            (
                SessionKind::Cross { activity: Activity::Bike, minutes: Some(min(40.0)), distance: None },
                "Bike 40 min",
                "Bike 40 min",
            ),
            (SessionKind::Strength { minutes: Some(min(20.0)) }, "Strength 20 min", "Strength 20 min"),
            (SessionKind::Rest, "Rest", "Rest"),
            // A planned half minute read "Run 29.5 min" on chips and in lines.
            (
                SessionKind::Run(Run { minutes: Some(min(29.5)), ..Run::default() }),
                "Run 29:30 min",
                "Run 29:30 min · easy · flat road",
            ),
            (
                SessionKind::Walk { distance: Distance::new(2.0), minutes: Some(min(12.25)) },
                "Walk 2 mi",
                "Walk 2 mi · 12:15 min",
            ),
        ];
        for (kind, short, line) in cases {
            assert_eq!(kind.short(Units::Miles), short);
            assert_eq!(kind.describe(Units::Miles), line);
        }
    }

    /// A German or Spanish runner reads the kinds in their words and numbers with a decimal
    /// comma; the chip's run/walk takes the short form.
    #[test]
    fn kinds_read_in_the_readers_language() {
        use crate::i18n::{Lang, in_lang};
        let run = SessionKind::Run(Run { distance: Distance::new(2.5), ..Run::default() });
        let run_walk = SessionKind::RunWalk(RunWalk {
            run: Segment::Minutes(min(1.0)),
            walk: Segment::Minutes(min(2.0)),
            repeats: 8,
            effort: Effort::VeryEasy,
            terrain: Terrain::Track,
        });
        let rows = [
            (Lang::De, run, "Lauf 2,5 km", "Lauf 2,5 km · locker · flache Straße", "Lauf"),
            (Lang::Es, run, "Carrera 2,5 km", "Carrera 2,5 km · suave · carretera llana", "carrera"),
            (
                Lang::De,
                run_walk,
                "L/G 1/2 min × 8",
                "Lauf-Geh-Einheit · laufen 1 min / gehen 2 min × 8 · sehr locker · Bahn",
                "Lauf-Geh-Einheit",
            ),
            (
                Lang::En,
                run_walk,
                "Run/walk 1/2 min × 8",
                "Run/walk · run 1 min / walk 2 min × 8 · very easy · track",
                "run/walk",
            ),
        ];
        for (lang, kind, short, line, inline) in rows {
            in_lang(lang, || {
                assert_eq!(kind.short(Units::Km), short);
                assert_eq!(kind.describe(Units::Km), line);
                assert_eq!(kind.inline_name(), inline);
            });
        }
        let treadmill = Activity::AntiGravity { body_weight_pct: 80 };
        assert_eq!(in_lang(Lang::De, || treadmill.label()), "Antigravitationslaufband 80 %");
    }
}
