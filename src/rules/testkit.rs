//! Compact plan building for the rules' table tests.

use chrono::NaiveDate;

use super::{Finding, RuleId, validate};
use crate::plan::{
    Activity, Actual, Distance, Effort, Minutes, Pain, PainLog, Plan, PlanMeta, RuleSettings, Run, RunWalk,
    Segment, Session, SessionId, SessionKind, Status, StopSign, Terrain,
};

/// Monday 7 December 2026.
pub fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
}

/// The day `n` days after [`monday`].
pub fn d(n: i64) -> NaiveDate {
    monday() + chrono::Duration::days(n)
}

/// A run of `distance` on day `n`.
pub fn run(n: i64, distance: f64) -> Session {
    run_at(n, distance, Effort::Easy, Terrain::FlatRoad)
}

/// A run with effort and terrain.
pub fn run_at(n: i64, distance: f64, effort: Effort, terrain: Terrain) -> Session {
    let kind = SessionKind::Run(Run { distance: Distance::new(distance), minutes: None, effort, terrain });
    session(n, kind)
}

/// Run/walk: `repeats` × (run `run_min` / walk `walk_min`) minutes.
pub fn run_walk(n: i64, run_min: f64, walk_min: f64, repeats: u16) -> Session {
    let seg = |m| Segment::Minutes(Minutes::new(m).unwrap_or_default());
    let kind = SessionKind::RunWalk(RunWalk {
        run: seg(run_min),
        walk: seg(walk_min),
        repeats,
        effort: Effort::Easy,
        terrain: Terrain::Track,
    });
    session(n, kind)
}

/// A walk on day `n`.
pub fn walk(n: i64, distance: f64) -> Session {
    session(n, SessionKind::Walk { distance: Distance::new(distance), minutes: None })
}

/// An anti-gravity treadmill run of `distance` at 80 % of body weight on day `n`.
pub fn anti_gravity(n: i64, distance: f64) -> Session {
    let activity = Activity::AntiGravity { body_weight_pct: 80 };
    session(n, SessionKind::Cross { activity, minutes: None, distance: Distance::new(distance) })
}

/// A session of `kind` on day `n` (id assigned by [`plan`]).
pub fn session(n: i64, kind: SessionKind) -> Session {
    Session::planned(SessionId(0), d(n), kind)
}

/// Marks a session done with pain scores.
pub fn done(mut s: Session, during: u8, next_day: u8, sharp: bool) -> Session {
    s.status = Status::Done;
    s.pain = Some(PainLog {
        during: Pain::new(during).unwrap_or_default(),
        next_day: Pain::new(next_day).unwrap_or_default(),
        sharp,
        ..PainLog::default()
    });
    s
}

/// Marks a session done with no pain scored but `signs` to stop logged.
pub fn stopped(mut s: Session, signs: &[StopSign]) -> Session {
    s.status = Status::Done;
    s.pain = Some(PainLog { stop_signs: signs.iter().copied().collect(), ..PainLog::default() });
    s
}

/// Marks a session done with `distance` logged (for a run/walk, its running part).
pub fn logged(mut s: Session, distance: f64) -> Session {
    s.status = Status::Done;
    s.actual = Some(Actual { distance: Distance::new(distance), minutes: None });
    s
}

/// Marks a session done with only its time logged, `minutes` in all (walk breaks included).
pub fn logged_time(mut s: Session, minutes: f64) -> Session {
    s.status = Status::Done;
    s.actual = Some(Actual { distance: None, minutes: Minutes::new(minutes) });
    s
}

/// A bike ride of `minutes` on day `n`.
pub fn bike(n: i64, minutes: f64) -> Session {
    session(
        n,
        SessionKind::Cross { activity: Activity::Bike, minutes: Minutes::new(minutes), distance: None },
    )
}

/// Marks a session skipped.
pub fn skipped(mut s: Session) -> Session {
    s.status = Status::Skipped;
    s
}

/// A plan starting on [`monday`] with `settings`, ids numbered in the order given.
pub fn plan(settings: RuleSettings, sessions: Vec<Session>) -> Plan {
    let sessions = sessions
        .into_iter()
        .enumerate()
        .map(|(i, s)| Session { id: SessionId(u32::try_from(i).unwrap_or(0) + 1), ..s })
        .collect();
    let meta = PlanMeta { start: monday(), ..PlanMeta::default() };
    Plan::try_from((meta, settings, sessions)).unwrap_or_default()
}

/// One run a week on Wednesday of each given distance: weekly totals equal `weekly`.
pub fn weekly(weekly: &[f64]) -> Vec<Session> {
    weekly.iter().enumerate().map(|(i, &w)| run(i as i64 * 7 + 2, w)).collect()
}

/// Findings of `rule` only.
pub fn only(rule: RuleId, plan: &Plan) -> Vec<Finding> {
    validate(plan).into_iter().filter(|f| f.rule == rule).collect()
}

/// Days (as offsets from [`monday`]) on which `rule` reports.
pub fn flagged_days(rule: RuleId, plan: &Plan) -> Vec<i64> {
    only(rule, plan).iter().map(|f| (f.date - monday()).num_days()).collect()
}

/// Settings with a starting weekly distance.
pub fn base(distance: f64) -> RuleSettings {
    RuleSettings {
        starting_weekly_distance: Distance::new(distance).unwrap_or_default(),
        ..RuleSettings::default()
    }
}
