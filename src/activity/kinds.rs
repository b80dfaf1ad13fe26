//! Which planned sessions a recorded sport can carry out, and what it becomes unplanned:
//!
//! | recorded | matches planned | becomes when unplanned |
//! |---|---|---|
//! | running, trail, track | run, run/walk | run (flat road, trail, track) |
//! | treadmill running | run, run/walk, anti-gravity | run (treadmill) |
//! | walking, hiking | walk | walk |
//! | cycling, indoor cycling | bike | bike |
//! | swimming | swim | swim |
//! | elliptical | elliptical | elliptical |
//! | rowing, other equipment, other | other cross-training | other cross-training |

use crate::plan::{Activity as Cross, Distance, Minutes, Run, SessionKind, Terrain};

use super::Sport;

/// Whether a planned session of `kind` can be what an activity of `sport` carried out.
pub fn matches(sport: Sport, kind: &SessionKind) -> bool {
    match sport {
        Sport::Running | Sport::TrailRunning | Sport::TrackRunning => kind.is_run(),
        Sport::TreadmillRunning => {
            kind.is_run() || matches!(kind, SessionKind::Cross { activity: Cross::AntiGravity { .. }, .. })
        }
        Sport::Walking | Sport::Hiking => matches!(kind, SessionKind::Walk { .. }),
        Sport::Cycling | Sport::IndoorCycling => {
            matches!(kind, SessionKind::Cross { activity: Cross::Bike, .. })
        }
        Sport::Swimming => matches!(kind, SessionKind::Cross { activity: Cross::Swim, .. }),
        Sport::Elliptical => matches!(kind, SessionKind::Cross { activity: Cross::Elliptical, .. }),
        Sport::Rowing | Sport::OtherEquipment | Sport::Other => {
            matches!(kind, SessionKind::Cross { activity: Cross::Other, .. })
        }
    }
}

/// The session an activity of `sport` becomes when nothing was planned for it, holding what was
/// done (`distance` in the plan's units, `minutes`) as its amounts, so the calendar and the
/// weekly totals show it like any other session.
pub fn becomes(sport: Sport, distance: Option<Distance>, minutes: Option<Minutes>) -> SessionKind {
    let run = |terrain| SessionKind::Run(Run { distance, minutes, terrain, ..Run::default() });
    let cross = |activity| SessionKind::Cross { activity, minutes, distance };
    match sport {
        Sport::Running => run(Terrain::FlatRoad),
        Sport::TrailRunning => run(Terrain::Trail),
        Sport::TrackRunning => run(Terrain::Track),
        Sport::TreadmillRunning => run(Terrain::Treadmill),
        Sport::Walking | Sport::Hiking => SessionKind::Walk { distance, minutes },
        Sport::Cycling | Sport::IndoorCycling => cross(Cross::Bike),
        Sport::Swimming => cross(Cross::Swim),
        Sport::Elliptical => cross(Cross::Elliptical),
        Sport::Rowing | Sport::OtherEquipment | Sport::Other => cross(Cross::Other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{RunWalk, Segment};

    const SPORTS: [Sport; 13] = [
        Sport::Running,
        Sport::TrailRunning,
        Sport::TrackRunning,
        Sport::TreadmillRunning,
        Sport::Walking,
        Sport::Hiking,
        Sport::Cycling,
        Sport::IndoorCycling,
        Sport::Swimming,
        Sport::Elliptical,
        Sport::Rowing,
        Sport::OtherEquipment,
        Sport::Other,
    ];

    fn planned() -> [(&'static str, SessionKind); 10] {
        let minutes = Minutes::new(1.0).map(Segment::Minutes).unwrap_or(Segment::Minutes(Minutes::default()));
        let cross = |activity| SessionKind::Cross { activity, minutes: None, distance: None };
        [
            ("run", SessionKind::Run(Run::default())),
            (
                "run/walk",
                SessionKind::RunWalk(RunWalk {
                    run: minutes,
                    walk: minutes,
                    repeats: 8,
                    effort: Default::default(),
                    terrain: Terrain::Track,
                }),
            ),
            ("walk", SessionKind::Walk { distance: None, minutes: None }),
            ("bike", cross(Cross::Bike)),
            ("swim", cross(Cross::Swim)),
            ("elliptical", cross(Cross::Elliptical)),
            ("anti-gravity", cross(Cross::AntiGravity { body_weight_pct: 80 })),
            ("other", cross(Cross::Other)),
            ("strength", SessionKind::Strength { minutes: None }),
            ("rest", SessionKind::Rest),
        ]
    }

    /// The table, row by row: each sport and the planned kinds it matches.
    #[test]
    fn each_sport_matches_the_kinds_in_the_table() {
        let table: [(Sport, &[&str]); 13] = [
            (Sport::Running, &["run", "run/walk"]),
            (Sport::TrailRunning, &["run", "run/walk"]),
            (Sport::TrackRunning, &["run", "run/walk"]),
            (Sport::TreadmillRunning, &["run", "run/walk", "anti-gravity"]),
            (Sport::Walking, &["walk"]),
            (Sport::Hiking, &["walk"]),
            (Sport::Cycling, &["bike"]),
            (Sport::IndoorCycling, &["bike"]),
            (Sport::Swimming, &["swim"]),
            (Sport::Elliptical, &["elliptical"]),
            (Sport::Rowing, &["other"]),
            (Sport::OtherEquipment, &["other"]),
            (Sport::Other, &["other"]),
        ];
        for (sport, expected) in table {
            let found: Vec<&str> = planned()
                .into_iter()
                .filter(|(_, kind)| matches(sport, kind))
                .map(|(name, _)| name)
                .collect();
            assert_eq!(found, expected, "{sport:?}");
        }
    }

    /// What each sport becomes unplanned, and that it matches what it becomes (so a second
    /// import of a file that made a new session finds that session's kind acceptable).
    #[test]
    fn each_sport_becomes_the_kind_in_the_table() {
        let names: Vec<String> = SPORTS
            .iter()
            .map(|&sport| {
                let kind = becomes(sport, None, None);
                assert!(matches(sport, &kind), "{sport:?} does not match what it becomes");
                match kind.terrain() {
                    Some(terrain) => format!("{} ({})", kind.name(), terrain.label()),
                    None => kind.name(),
                }
            })
            .collect();
        assert_eq!(
            names,
            [
                "Run (flat road)",
                "Run (trail)",
                "Run (track)",
                "Run (treadmill)",
                "Walk",
                "Walk",
                "Bike",
                "Bike",
                "Swim",
                "Elliptical",
                "Cross-training",
                "Cross-training",
                "Cross-training"
            ]
        );
    }
}
