//! Properties of the validator over generated plans: units never change the verdict, and the
//! first day of the week changes only the rules that count weeks.
//!
//! Plans come from a small seeded generator (splitmix64), so a failure names its seed and
//! replays. The normal suite tries a few hundred plans; `COMEBACK_PROPERTY_CASES=20000 cargo
//! test --test rules_properties` tries more.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // a failure is the test failing

use crate::common;
use chrono::NaiveDate;
use comeback::plan::{
    Activity, Actual, Command, Distance, Effort, Minutes, Pain, PainLog, Plan, PlanMeta, RuleSettings, Run,
    RunWalk, Segment, Session, SessionId, SessionKind, Status, Terrain, Units, WeekStart,
};
use comeback::rules::{Finding, RuleId, Severity, validate};
use common::{Rng, cases};

fn kind(rng: &mut Rng) -> SessionKind {
    let minutes = |m: f64| Minutes::new(m).unwrap();
    let effort = rng.pick(&[Effort::VeryEasy, Effort::Easy, Effort::Steady, Effort::Tempo]);
    let terrain = rng.pick(&[Terrain::Track, Terrain::FlatRoad, Terrain::Trail, Terrain::Hills]);
    match rng.below(10) {
        0..=3 => {
            let by_time = rng.chance(20);
            let (distance, time) = if by_time {
                (None, Some(minutes(rng.quarters(60))))
            } else {
                (Distance::new(rng.quarters(8)), None)
            };
            SessionKind::Run(Run { distance, minutes: time, effort, terrain })
        }
        4..=6 => {
            let run = if rng.chance(50) {
                Segment::Distance(Distance::new(rng.quarters(1)).unwrap())
            } else {
                Segment::Minutes(minutes(rng.quarters(5)))
            };
            let walk = Segment::Minutes(minutes(rng.quarters(4)));
            let repeats = u16::try_from(rng.below(16) + 1).unwrap();
            SessionKind::RunWalk(RunWalk { run, walk, repeats, effort, terrain })
        }
        7 => SessionKind::Walk { distance: Distance::new(rng.quarters(4)), minutes: None },
        8 => SessionKind::Cross {
            activity: Activity::AntiGravity { body_weight_pct: 80 },
            minutes: None,
            distance: Distance::new(rng.quarters(5)),
        },
        _ => SessionKind::Rest,
    }
}

/// A plan of 3 to 14 weeks in `units`, with logs, pain, skips, caps and a starting distance.
fn plan(seed: u64, units: Units) -> Plan {
    let mut rng = Rng(seed);
    let start = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + chrono::Days::new(rng.below(7));
    let days = 21 + rng.below(77);
    let mut sessions = Vec::new();
    for offset in 0..days {
        let count = match rng.below(10) {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        for _ in 0..count {
            let id = SessionId(u32::try_from(sessions.len()).unwrap() + 1);
            let mut s = Session::planned(id, start + chrono::Days::new(offset), kind(&mut rng));
            if rng.chance(30) {
                s.status = Status::Done;
                if rng.chance(30) {
                    s.actual = Some(Actual { distance: Distance::new(rng.quarters(8)), minutes: None });
                }
                if rng.chance(40) {
                    let pain = |rng: &mut Rng| Pain::new(u8::try_from(rng.below(8)).unwrap()).unwrap();
                    s.pain = Some(PainLog {
                        during: pain(&mut rng),
                        next_day: pain(&mut rng),
                        sharp: rng.chance(10),
                        ..PainLog::default()
                    });
                }
            } else if rng.chance(8) {
                s.status = Status::Skipped;
            }
            sessions.push(s);
        }
    }
    let mut rules = RuleSettings {
        starting_weekly_distance: Distance::new(rng.pick(&[0.0, 5.0, 10.0, 12.5])).unwrap(),
        ..RuleSettings::default()
    };
    if rng.chance(60) {
        // Caps on the same grid as the distances, so that weeks and runs meet them exactly.
        rules.weekly_cap = Distance::new(rng.quarters(20));
        rules.run_cap = Distance::new(rng.quarters(6));
    }
    let week_start = rng.pick(&[WeekStart::Monday, WeekStart::Sunday]);
    let meta = PlanMeta { start, units, week_start, ..PlanMeta::default() };
    Plan::try_from((meta, rules, sessions)).unwrap()
}

/// What a finding says, apart from its words (which name the units).
fn verdict(findings: &[Finding]) -> Vec<(RuleId, Severity, Vec<NaiveDate>, Vec<SessionId>)> {
    findings.iter().map(|f| (f.rule, f.severity, f.dates.clone(), f.sessions.clone())).collect()
}

fn other(units: Units) -> Units {
    match units {
        Units::Miles => Units::Km,
        Units::Km => Units::Miles,
    }
}

/// Switching a plan at a 25 mi cap to km made its 4 × 6.25 mi week "40.24 km; the weekly cap
/// is 40.23 km": each distance was rounded on its own.
#[test]
fn units_never_change_the_verdict() {
    for seed in 0..cases() {
        for units in [Units::Miles, Units::Km] {
            let original = plan(seed, units);
            let mut converted = original.clone();
            let meta = PlanMeta { units: other(units), ..original.meta.clone() };
            converted.apply(Command::SetMeta(meta)).unwrap();
            assert_eq!(
                verdict(&validate(&converted)),
                verdict(&validate(&original)),
                "seed {seed}, from {units:?}"
            );
        }
    }
}

/// The rules that judge runs and days, not weeks, find the same with either first weekday.
#[test]
fn the_first_day_of_the_week_changes_only_the_weekly_rules() {
    let daily = [
        RuleId::ConsecutiveRunDays,
        RuleId::RunCap,
        RuleId::SessionSpike,
        RuleId::OneVariable,
        RuleId::PainProgression,
        RuleId::WalkBreaks,
    ];
    let daily_only = |p: &Plan| {
        let findings: Vec<Finding> = validate(p).into_iter().filter(|f| daily.contains(&f.rule)).collect();
        verdict(&findings)
    };
    for seed in 0..cases() {
        let original = plan(seed, Units::Miles);
        let mut turned = original.clone();
        let week_start = match original.meta.week_start {
            WeekStart::Monday => WeekStart::Sunday,
            WeekStart::Sunday => WeekStart::Monday,
        };
        turned.apply(Command::SetMeta(PlanMeta { week_start, ..original.meta.clone() })).unwrap();
        assert_eq!(daily_only(&turned), daily_only(&original), "seed {seed}");
    }
}

/// The generator makes the plans these properties need: findings of most rules, and weeks at
/// their cap exactly. A generator that stopped making them would make the properties empty.
#[test]
fn generated_plans_reach_the_boundaries() {
    let mut rules = std::collections::BTreeSet::new();
    let mut at_cap = 0;
    for seed in 0..cases() {
        let p = plan(seed, Units::Miles);
        rules.extend(validate(&p).iter().map(|f| f.rule));
        let cap = p.rules.weekly_cap.map(Distance::get);
        at_cap += comeback::rules::week_totals(&p).iter().filter(|w| Some(w.run) == cap).count();
    }
    assert!(rules.len() >= 11, "{rules:?}");
    assert!(at_cap > 0, "no week exactly at its cap");
}
