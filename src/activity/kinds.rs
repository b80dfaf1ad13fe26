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
//!
//! And what a recording must be to count at all: long enough to be a session ([`too_short`]),
//! of a sport read from its pace where the file names none ([`by_pace`]); what a session plans
//! ([`planned`]) and which share of a run/walk is running ([`running_share`]).

use crate::plan::{Activity as Cross, Distance, Minutes, Run, RunWalk, Segment, SessionKind, Terrain};

use super::{Activity, Sport};

/// Under a minute a recording is not a session: a watch started by mistake, a GPS fix.
pub const MIN_SESSION_S: f64 = 60.0;
/// Under 100 m, outdoors, a recording is not a session either.
pub const MIN_SESSION_M: f64 = 100.0;
/// A brisk walk: a file that names no sport is read as a walk below this speed, as a run above.
pub const WALKING_MAX_KMH: f64 = 6.0;

/// Whether `activity` is too short to be a session: under [`MIN_SESSION_S`], or, for a sport
/// whose distance is measured by the watch's GPS, under [`MIN_SESSION_M`] where a distance
/// was recorded. Machines (a treadmill, a rower) measure distance poorly or not at all, so only
/// their time is judged.
pub fn too_short(activity: &Activity) -> bool {
    let machine = matches!(
        activity.sport,
        Sport::TreadmillRunning
            | Sport::IndoorCycling
            | Sport::Elliptical
            | Sport::Rowing
            | Sport::OtherEquipment
            | Sport::Other
    );
    let short_distance = !machine && activity.distance_m.is_some_and(|m| m < MIN_SESSION_M);
    activity.duration_s < MIN_SESSION_S || short_distance
}

/// Average speed in km/h over the time recorded, where the file has a distance and a time.
pub fn speed_kmh(activity: &Activity) -> Option<f64> {
    let metres = activity.distance_m?;
    (activity.duration_s > 0.0).then(|| metres / activity.duration_s * 3.6)
}

/// The sport of an activity whose file names none, from its speed: a walk below
/// [`WALKING_MAX_KMH`], otherwise a run (as the reader assumed).
pub fn by_pace(activity: &Activity) -> Sport {
    match speed_kmh(activity) {
        Some(kmh) if kmh < WALKING_MAX_KMH => Sport::Walking,
        _ => Sport::Running,
    }
}

/// The whole distance (in the plan's units) and time (in minutes) a session plans, where it
/// says: a run/walk's repeats of run and walk together, as a watch measures them. A run/walk
/// mixing a distance and a time is timed at `pace_min_per_unit` (the plan's easy pace).
pub fn planned(kind: &SessionKind, pace_min_per_unit: f64) -> (Option<f64>, Option<f64>) {
    let get = |d: Option<Distance>, m: Option<Minutes>| (d.map(Distance::get), m.map(Minutes::get));
    match *kind {
        SessionKind::Run(run) => get(run.distance, run.minutes),
        SessionKind::RunWalk(rw) => {
            let repeats = f64::from(rw.repeats);
            match (rw.run, rw.walk) {
                (Segment::Distance(r), Segment::Distance(w)) => (Some((r.get() + w.get()) * repeats), None),
                (Segment::Minutes(r), Segment::Minutes(w)) => (None, Some((r.get() + w.get()) * repeats)),
                _ => (None, kind.segment_minutes(pace_min_per_unit).map(|(r, w)| (r + w) * repeats)),
            }
        }
        SessionKind::Walk { distance, minutes } | SessionKind::Cross { distance, minutes, .. } => {
            get(distance, minutes)
        }
        SessionKind::Strength { minutes } => (None, minutes.map(Minutes::get)),
        SessionKind::Rest => (None, None),
    }
}

/// The share of a run/walk's distance that is running, from its planned split, as if run and
/// walk went at one pace (a file that tells them apart says so itself). A split of a distance
/// and a time is weighed at `units_per_minute`, the speed recorded; `None` without it.
pub fn running_share(rw: &RunWalk, units_per_minute: Option<f64>) -> Option<f64> {
    let in_minutes = |segment: Segment| match segment {
        Segment::Minutes(m) => Some(m.get()),
        Segment::Distance(d) => units_per_minute.filter(|v| *v > 0.0).map(|v| d.get() / v),
    };
    let (run, walk) = match (rw.run, rw.walk) {
        (Segment::Distance(r), Segment::Distance(w)) => (r.get(), w.get()),
        (run, walk) => (in_minutes(run)?, in_minutes(walk)?),
    };
    let whole = run + walk;
    (whole > 0.0).then(|| run / whole)
}

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

    /// A run/walk of 0.25 mi running and 1 minute walking planned nothing a line could be
    /// compared with, so an import far off it was never said to be; it is timed at the pace.
    #[test]
    fn a_run_walk_mixing_distance_and_time_is_timed_at_the_pace() {
        let mixed = SessionKind::RunWalk(RunWalk {
            run: Distance::new(0.25).map(Segment::Distance).unwrap_or(Segment::Minutes(Minutes::default())),
            walk: Minutes::new(1.0).map(Segment::Minutes).unwrap_or(Segment::Minutes(Minutes::default())),
            repeats: 4,
            effort: Default::default(),
            terrain: Terrain::Track,
        });
        assert_eq!(super::planned(&mixed, 12.0), (None, Some(16.0)), "(3 min run + 1 min walk) × 4");
    }
}
