//! Every plan the method generates follows every rule: no error, no warning and no advice once
//! its checks are ticked, over a sweep of starting distances, caps, flare distances, available
//! days, lengths, units, start days and comebacks (none said, an injury, a bone-stress injury,
//! a birth weeks or months before); its stages come one at a time, each held; its times are
//! whole or half minutes.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::process::Command;

use chrono::{Days, NaiveDate};
use comeback::generate::{MethodInput, STAGES, check_session, generate};
use comeback::plan::{Birth, Comeback, Minutes, Plan, Segment, SessionKind, Units, WeekStart};
use comeback::rules::{validate, week_summaries};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Every set of available days, as Monday-first flags.
fn day_sets() -> Vec<[bool; 7]> {
    (1_u8..128).map(|mask| std::array::from_fn(|d| mask & (1 << d) != 0)).collect()
}

/// `plan` with every check ticked on the day its session was planned (the runner passed them
/// all that day), as the checks rule wants before the first run.
fn ticked(mut plan: Plan) -> Plan {
    if let Some(day) = check_session(&plan).map(|s| s.date) {
        for check in &mut plan.meta.checks {
            check.passed = Some(day);
        }
    }
    plan
}

/// The comebacks the sweep rotates through, with the day of the injury or birth as days before
/// the start, and whether the checks are passed already.
const COMEBACKS: [(Option<Comeback>, Option<u64>, bool); 9] = [
    (None, None, false),
    (Some(Comeback::Injury { bone_stress: false }), None, false),
    (Some(Comeback::Injury { bone_stress: false }), Some(30), true),
    (Some(Comeback::Injury { bone_stress: true }), Some(60), false),
    (Some(Comeback::Birth(Birth::Unsaid)), Some(56), false),
    (Some(Comeback::Birth(Birth::Caesarean)), Some(3), false),
    (Some(Comeback::Birth(Birth::Vaginal)), Some(80), true),
    (Some(Comeback::Birth(Birth::PerinealTear)), Some(400), false),
    (Some(Comeback::Birth(Birth::Unsaid)), Some(84), true),
];

/// Whether `minutes` is a whole or half minute.
fn whole_or_half(minutes: Minutes) -> bool {
    (minutes.get() * 2.0).fract() == 0.0
}

/// Every session of `plan` with a time that is not a whole or half minute, or a run/walk
/// whose run or walk is not a whole minute (a narrow chip reads "R/W 1:2 ×10").
fn odd_minutes(plan: &Plan) -> Vec<String> {
    plan.sessions()
        .iter()
        .filter(|s| {
            if let SessionKind::RunWalk(rw) = s.kind
                && [rw.run, rw.walk]
                    .into_iter()
                    .any(|seg| matches!(seg, Segment::Minutes(m) if m.get().fract() != 0.0))
            {
                return true;
            }
            let times: Vec<Minutes> = match s.kind {
                SessionKind::Run(r) => r.minutes.into_iter().collect(),
                SessionKind::RunWalk(rw) => [rw.run, rw.walk]
                    .into_iter()
                    .filter_map(|seg| match seg {
                        Segment::Minutes(m) => Some(m),
                        Segment::Distance(_) => None,
                    })
                    .collect(),
                SessionKind::Walk { minutes, .. }
                | SessionKind::Strength { minutes }
                | SessionKind::Cross { minutes, .. } => minutes.into_iter().collect(),
                SessionKind::Rest => Vec::new(),
            };
            !times.into_iter().all(whole_or_half)
        })
        .map(|s| format!("{} {}", s.date, s.kind.short(plan.meta.units)))
        .collect()
}

/// Every finding of `plan`, advice included, in words.
fn findings(plan: &Plan) -> Vec<String> {
    validate(plan)
        .iter()
        .map(|f| format!("{:?} {:?} {}: {}", f.severity, f.rule, f.date, f.message))
        .collect()
}

#[test]
fn every_generated_plan_has_no_findings_once_its_checks_are_ticked() {
    let starts = [
        date(2026, 11, 30), // a Monday
        date(2026, 12, 3),  // a Thursday
        date(2027, 2, 28),  // a Sunday
    ];
    let currents = [0.0, 0.5, 3.0, 8.0, 15.0, 40.0];
    let flares = [None, Some(0.5), Some(1.0), Some(3.0), Some(13.0)];
    let caps = [None, Some(1.0), Some(4.0), Some(10.0), Some(30.0)];
    let weeks = [1, 3, 4, 9, 16, 30];
    let days = day_sets();
    let mut checked = 0;
    let mut with_runs = 0;
    let mut with_checks = 0;
    // Every combination of the small dimensions; the 127 day sets, the start days and the
    // comebacks rotate through them so that each appears many times.
    let mut n = 0_usize;
    for &current in &currents {
        for &flare in &flares {
            for &cap in &caps {
                for &length in &weeks {
                    for units in [Units::Miles, Units::Km] {
                        for week_start in [WeekStart::Monday, WeekStart::Sunday] {
                            n += 1;
                            let start = starts[n % starts.len()];
                            // n / 3, not n: each comeback meets every start day.
                            let (comeback, since, checks_passed) =
                                COMEBACKS[(n / starts.len()) % COMEBACKS.len()];
                            let input = MethodInput {
                                start,
                                units,
                                week_start,
                                current_weekly: current,
                                flare_distance: flare,
                                weekly_cap: cap,
                                days: days[(n * 37) % days.len()],
                                weeks: length,
                                comeback,
                                since: since.map(|d| start - Days::new(d)),
                                checks_passed,
                            };
                            let plan = ticked(generate(&input).unwrap());
                            let bad = findings(&plan);
                            assert!(bad.is_empty(), "{input:?}\n{}", bad.join("\n"));
                            let odd = odd_minutes(&plan);
                            assert!(odd.is_empty(), "{input:?}\n{}", odd.join("\n"));
                            checked += 1;
                            with_runs += usize::from(plan.sessions().iter().any(|s| s.kind.is_run()));
                            with_checks += usize::from(check_session(&plan).is_some());
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 3600);
    assert!(with_runs > checked / 2, "most inputs give runs ({with_runs} of {checked})");
    assert!(with_checks > checked / 4, "many plans have a check session ({with_checks} of {checked})");
}

/// Which stage of [`STAGES`] a run/walk is at, by its run and walk.
fn stage_of(kind: &SessionKind) -> Option<usize> {
    let SessionKind::RunWalk(rw) = kind else { return None };
    let (Segment::Minutes(run), Segment::Minutes(walk)) = (rw.run, rw.walk) else { return None };
    STAGES.iter().position(|&(r, w, _)| r == run.get() && w == walk.get())
}

/// The stages of `plan` week by week, from its first run/walk to its first continuous run:
/// (stage, down week).
fn stage_weeks(plan: &Plan) -> Vec<(usize, bool)> {
    let ws = plan.meta.week_start;
    week_summaries(plan)
        .iter()
        .filter_map(|w| {
            let run =
                plan.sessions().iter().find(|s| s.kind.is_run() && ws.week_of(s.date) == w.totals.start)?;
            Some((stage_of(&run.kind)?, w.down))
        })
        .collect()
}

/// `comeback new --current 0` held each stage a week, put a new stage straight after a down
/// week, and went from 4/1 × 6 to 9/1 × 3. From zero, with any days and comeback, no stage is
/// skipped; each is held two build weeks or more, and again after a down week, before the
/// next; and the plan climbs them all to continuous running, with every day free, within 30
/// weeks.
#[test]
fn from_zero_every_stage_comes_in_turn_and_is_held() {
    let start = date(2026, 11, 30);
    let mut cases = 0;
    for (n, days) in day_sets().into_iter().enumerate() {
        let (comeback, since, checks_passed) = COMEBACKS[n % COMEBACKS.len()];
        let input = MethodInput {
            days,
            weeks: 40,
            comeback,
            since: since.map(|d| start - Days::new(d)),
            checks_passed,
            ..MethodInput::new(start)
        };
        let plan = generate(&input).unwrap();
        let weeks = stage_weeks(&plan);
        assert_eq!(weeks.first().map(|w| w.0), Some(0), "{input:?}: starts at the first stage");
        // Stage by stage: its build weeks, and whether a down week came after its last.
        let mut held: Vec<(usize, u32, bool)> = Vec::new();
        for &(stage, down) in &weeks {
            match held.last_mut() {
                Some(last) if last.0 == stage => {
                    if down {
                        last.2 = true;
                    } else {
                        last.1 += 1;
                        last.2 = false;
                    }
                }
                last => {
                    if let Some(&mut (before, build, after_down)) = last {
                        assert_eq!(stage, before + 1, "{input:?}: a stage skipped: {weeks:?}");
                        assert!(build >= 2, "{input:?}: stage {before} held {build} build weeks: {weeks:?}");
                        assert!(
                            !after_down,
                            "{input:?}: stage {stage} straight after a down week: {weeks:?}"
                        );
                    }
                    assert!(!down, "{input:?}: a down week starts stage {stage}");
                    held.push((stage, 1, false));
                }
            }
        }
        cases += 1;
    }
    assert_eq!(cases, 127);
    let plan = generate(&MethodInput { weeks: 30, ..MethodInput::new(start) }).unwrap();
    let continuous = plan.sessions().iter().find(|s| matches!(s.kind, SessionKind::Run(_))).unwrap();
    assert_eq!(continuous.kind.short(Units::Miles), "Run 28 min");
    let (last_run_walk, _) = stage_weeks(&plan).last().copied().unwrap();
    assert_eq!(last_run_walk, STAGES.len() - 1, "every stage before continuous running");
}

/// Someone not running yet, every day free, gets the staged start's first stage, a down week
/// after four build weeks and a rest day every week.
#[test]
fn a_new_runner_starts_with_the_first_stage() {
    let input = MethodInput::new(date(2026, 11, 30));
    let plan = generate(&input).unwrap();
    let first = plan.sessions().iter().find(|s| s.kind.is_run()).unwrap();
    assert_eq!(first.kind.short(Units::Miles), "Run/walk 1/4 min × 6");
    let weeks = week_summaries(&plan);
    assert_eq!(
        weeks.iter().map(|w| w.down).collect::<Vec<_>>()[..6],
        [false, false, false, false, true, false]
    );
    assert!(plan.sessions().iter().any(|s| matches!(s.kind, SessionKind::Rest)));
    let last_run = plan.sessions().iter().rev().find(|s| s.kind.is_run()).unwrap();
    assert!(last_run.kind.run_distance(12.0) > first.kind.run_distance(12.0) * 1.5, "it progresses");
    assert!(plan.meta.checks.is_empty() && check_session(&plan).is_none(), "no comeback said, no checks");
}

/// An injury without its checks passed: a week of walks and strength, the checks on its last
/// day, the first run after them, the plan's checks open; with them passed, runs from the
/// first week and the checks ticked on the first day.
#[test]
fn an_injury_has_its_checks_before_the_first_run() {
    let start = date(2026, 11, 30);
    let injury = Some(Comeback::Injury { bone_stress: false });
    let plan = generate(&MethodInput { comeback: injury, ..MethodInput::new(start) }).unwrap();
    let checks = check_session(&plan).unwrap();
    assert_eq!(checks.date, date(2026, 12, 6), "the Sunday before the first run week");
    assert!(checks.note.contains("Single-leg calf raises, 20 each side"), "{}", checks.note);
    let first_run = plan.sessions().iter().find(|s| s.kind.is_run()).unwrap();
    assert_eq!(first_run.date, date(2026, 12, 7));
    assert!(
        plan.sessions()
            .iter()
            .any(|s| matches!(s.kind, SessionKind::Strength { .. }) && s.date < checks.date)
    );
    assert_eq!(plan.meta.comeback_kind, injury);
    assert_eq!(plan.meta.checks.len(), 4);
    assert!(plan.meta.checks.iter().all(|c| c.passed.is_none()), "ticking them is the runner's");

    let passed =
        generate(&MethodInput { comeback: injury, checks_passed: true, ..MethodInput::new(start) }).unwrap();
    assert!(check_session(&passed).is_none());
    assert_eq!(passed.sessions().iter().find(|s| s.kind.is_run()).unwrap().date, start);
    assert!(passed.meta.checks.iter().all(|c| c.passed == Some(start)));
}

/// A birth needs its date, before the plan's first day.
#[test]
fn a_birth_needs_its_date() {
    use comeback::generate::GenerateError;
    let start = date(2026, 12, 7);
    let birth = Some(Comeback::Birth(Birth::Unsaid));
    assert_eq!(
        generate(&MethodInput { comeback: birth, ..MethodInput::new(start) }),
        Err(GenerateError::BirthDate)
    );
    let later = MethodInput { comeback: birth, since: Some(date(2026, 12, 8)), ..MethodInput::new(start) };
    assert_eq!(generate(&later), Err(GenerateError::SinceAfterStart));
}

/// `comeback new --comeback birth --born 2026-10-11`, from 7 December: walks, strength and
/// the twelve postnatal checks (on Sunday 3 January) until 12 weeks after the birth, then the
/// staged start from Monday 4 January; the file says what the comeback is from, and when.
#[test]
fn new_after_a_birth_walks_until_twelve_weeks_then_starts_the_stages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("after-birth.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .args(["new", "-o", path.to_str().unwrap(), "--comeback", "birth", "--born", "2026-10-11"])
        .args(["--start", "2026-12-07", "--weeks", "16"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("12 checks before the first run, planned on Sun 3 Jan 2027"), "{text}");
    assert!(text.contains("Week of Mon 28 Dec 2026: run 0 mi  walks, strength, the checks"), "{text}");
    assert!(
        text.contains("Week of Mon 4 Jan 2027: run 1.5 mi (Stage 1 of 4)  Run/walk 1/4 min × 6"),
        "{text}"
    );
    let plan = comeback::file::load(&path).unwrap();
    assert_eq!(plan.meta.comeback_kind, Some(Comeback::Birth(Birth::Unsaid)));
    assert_eq!(plan.meta.injury_date, Some(date(2026, 10, 11)));
    assert_eq!(plan.meta.checks.len(), 12);
    let twelve_weeks = date(2026, 10, 11) + Days::new(84);
    assert_eq!(twelve_weeks, date(2027, 1, 3));
    let first_run = plan.sessions().iter().find(|s| s.kind.is_run()).unwrap();
    assert_eq!(first_run.date, date(2027, 1, 4));
    let before: Vec<&SessionKind> =
        plan.sessions().iter().filter(|s| s.date < first_run.date).map(|s| &s.kind).collect();
    assert!(
        before.iter().all(|k| matches!(
            k,
            SessionKind::Walk { .. } | SessionKind::Strength { .. } | SessionKind::Rest
        ))
    );
    assert!(
        before.iter().filter(|k| matches!(k, SessionKind::Strength { .. })).count() >= 8,
        "strength each week"
    );
    let checks = check_session(&plan).unwrap();
    assert_eq!(checks.date, date(2027, 1, 3));
    assert!(checks.note.contains("without pain, heaviness, dragging or leaking"), "{}", checks.note);
    assert!(checks.note.contains("Pelvic-health assessment"), "{}", checks.note);
    assert_eq!(findings(&ticked(plan)), Vec::<String>::new());
}
