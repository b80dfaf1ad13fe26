//! Every plan the method generates follows every rule: no errors and no warnings, over a sweep
//! of starting distances, caps, flare distances, available days, lengths, units and start days.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use comeback::generate::{MethodInput, generate};
use comeback::plan::{Segment, SessionKind, Units, WeekStart};
use comeback::rules::{Severity, validate};

/// Every set of available days, as Monday-first flags.
fn day_sets() -> Vec<[bool; 7]> {
    (1_u8..128).map(|mask| std::array::from_fn(|d| mask & (1 << d) != 0)).collect()
}

#[test]
fn every_generated_plan_has_no_errors_or_warnings() {
    let starts = [
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), // a Monday
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),  // a Thursday
        NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),  // a Sunday
    ];
    let currents = [0.0, 0.5, 3.0, 8.0, 15.0, 40.0];
    let flares = [None, Some(0.5), Some(1.0), Some(3.0), Some(13.0)];
    let caps = [None, Some(1.0), Some(4.0), Some(10.0), Some(30.0)];
    let weeks = [1, 3, 4, 9, 16, 30];
    let days = day_sets();
    let mut checked = 0;
    let mut with_runs = 0;
    // Every combination of the small dimensions; the 127 day sets and the start days rotate
    // through them so that each appears many times.
    let mut n = 0_usize;
    for &current in &currents {
        for &flare in &flares {
            for &cap in &caps {
                for &length in &weeks {
                    for units in [Units::Miles, Units::Km] {
                        for week_start in [WeekStart::Monday, WeekStart::Sunday] {
                            n += 1;
                            let input = MethodInput {
                                start: starts[n % starts.len()],
                                units,
                                week_start,
                                current_weekly: current,
                                flare_distance: flare,
                                weekly_cap: cap,
                                days: days[(n * 37) % days.len()],
                                weeks: length,
                            };
                            let plan = generate(&input).unwrap();
                            let bad: Vec<String> = validate(&plan)
                                .iter()
                                .filter(|f| f.severity >= Severity::Warning)
                                .map(|f| format!("{:?} {}: {}", f.rule, f.date, f.message))
                                .collect();
                            assert!(bad.is_empty(), "{input:?}\n{}", bad.join("\n"));
                            checked += 1;
                            with_runs += usize::from(plan.sessions().iter().any(|s| s.kind.is_run()));
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 3600);
    assert!(with_runs > checked / 2, "most inputs give runs ({with_runs} of {checked})");
}

/// Someone not running yet, every day free, gets the staged start's first stage, a down week
/// in week 4 and a rest day every week.
#[test]
fn a_new_runner_starts_with_the_first_stage() {
    let input = MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    let plan = generate(&input).unwrap();
    let first = plan.sessions().iter().find(|s| s.kind.is_run()).unwrap();
    assert_eq!(first.kind.short(Units::Miles), "Run/walk 1/4 min × 6");
    let weeks = comeback::rules::week_summaries(&plan);
    assert_eq!(weeks.iter().map(|w| w.down).collect::<Vec<_>>()[..5], [false, false, false, true, false]);
    assert!(plan.sessions().iter().any(|s| matches!(s.kind, SessionKind::Rest)));
    let last_run = plan.sessions().iter().rev().find(|s| s.kind.is_run()).unwrap();
    assert!(last_run.kind.run_distance(12.0) > first.kind.run_distance(12.0) * 1.5, "it progresses");
}

/// From zero with a healed injury (`comeback new --current 0 --flare 4 --cap 15 --days
/// mon,wed,fri,sat --weeks 16`) the plan crept from run 30 s × 12 to 45-second runs in four
/// months. It now climbs the stages to 5-minute runs or continuous running within 12 weeks, and
/// so does every set of days with room for two runs a week or more.
#[test]
fn from_zero_runs_reach_five_minutes_within_twelve_weeks() {
    let start = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let longest_within = |plan: &comeback::plan::Plan, weeks: i64| {
        plan.sessions()
            .iter()
            .filter(|s| (s.date - start).num_days() < weeks * 7)
            .filter_map(|s| match s.kind {
                SessionKind::RunWalk(rw) => match rw.run {
                    Segment::Minutes(m) => Some(m.get()),
                    Segment::Distance(_) => None,
                },
                SessionKind::Run(r) => r.minutes.map(comeback::plan::Minutes::get),
                _ => None,
            })
            .fold(0.0, f64::max)
    };
    let asked = MethodInput {
        current_weekly: 0.0,
        flare_distance: Some(4.0),
        weekly_cap: Some(15.0),
        days: [true, false, true, false, true, true, false],
        weeks: 16,
        ..MethodInput::new(start)
    };
    let plan = generate(&asked).unwrap();
    assert!(longest_within(&plan, 12) >= 5.0, "{}", longest_within(&plan, 12));
    assert!(plan.sessions().iter().any(|s| matches!(s.kind, SessionKind::Run(_))), "continuous by week 16");
    for days in day_sets().into_iter().filter(|d| comeback::generate::run_days(*d).len() >= 2) {
        let plan = generate(&MethodInput { days, weeks: 12, ..MethodInput::new(start) }).unwrap();
        assert!(longest_within(&plan, 12) >= 5.0, "{days:?}");
    }
}
