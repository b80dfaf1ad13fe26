//! The step back replayed: the example plan's and the cases that broke before.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use chrono::{Datelike, NaiveDate, Weekday};

use super::step_back;
use crate::generate::{MethodInput, generate};
use crate::plan::{Command, Pain, PainLog, Plan, SessionId, Status};
use crate::rules::{Severity, validate, week_summaries};

fn during(pain: u8) -> PainLog {
    PainLog { during: Pain::new(pain).unwrap(), ..PainLog::default() }
}

/// A generated plan with its runs up to the `n`th done, that one logged with `log`.
fn hurt_on(n: usize, log: PainLog) -> (Plan, SessionId) {
    let plan = generate(&MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())).unwrap();
    let id = plan.sessions().iter().filter(|s| s.kind.is_run()).nth(n).unwrap().id;
    (hurt(plan, id, log), id)
}

/// `plan` with its runs up to `id` done, and `id` logged with `log`.
fn hurt(mut plan: Plan, id: SessionId, log: PainLog) -> Plan {
    let date = plan.session(id).unwrap().date;
    let done: Vec<_> =
        plan.sessions().iter().filter(|s| s.kind.is_run() && (s.date, s.id) <= (date, id)).cloned().collect();
    for mut s in done {
        s.status = Status::Done;
        plan.apply(Command::EditSession(s)).unwrap();
    }
    let mut s = plan.session(id).unwrap().clone();
    s.pain = Some(log);
    plan.apply(Command::EditSession(s)).unwrap();
    plan
}

fn stepped(plan: &Plan, id: SessionId) -> Plan {
    let mut after = plan.clone();
    for command in step_back(plan, id).unwrap().commands() {
        after.apply(command).unwrap();
    }
    after
}

fn serious(plan: &Plan) -> Vec<String> {
    validate(plan)
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| format!("{:?} {}: {}", f.rule, f.date, f.message))
        .collect()
}

/// Pain during, above the threshold: two days without running, the level before three
/// times, and the pain error gone with nothing else flagged.
#[test]
fn pain_steps_back_a_level_and_clears_the_findings() {
    let (plan, id) = hurt_on(6, during(5));
    assert!(!serious(&plan).is_empty(), "the next run is flagged");
    let fix = step_back(&plan, id).unwrap();
    assert!(
        fix.summary.starts_with("Pain 5/10 during: 2 days without running, then the level before, 3 times"),
        "{}",
        fix.summary
    );
    let german = crate::i18n::in_lang(crate::i18n::Lang::De, || step_back(&plan, id).unwrap().summary);
    assert!(
        german
            .starts_with("Schmerz 5/10 während des Laufs: 2 Tage ohne Laufen, dann das Niveau davor, 3-mal"),
        "{german}"
    );
    let pace = plan.rules.easy_pace_min_per_unit;
    let hurt_kind = plan.session(id).unwrap().kind;
    let first_run = fix.changes.iter().map(|c| &c.now).find(|s| s.kind.is_run()).unwrap();
    assert!(first_run.kind.run_distance(pace) < hurt_kind.run_distance(pace), "a level lower");
    assert_eq!(serious(&stepped(&plan, id)), Vec::<String>::new());
}

/// Soreness the next day, at or below the threshold: the same level again, after a day off.
#[test]
fn soreness_repeats_the_level() {
    let (plan, id) = hurt_on(4, PainLog { next_day: Pain::new(2).unwrap(), ..PainLog::default() });
    let fix = step_back(&plan, id).unwrap();
    assert!(fix.summary.contains("1 day without running, then the same level, 3 times"), "{}", fix.summary);
    assert_eq!(serious(&stepped(&plan, id)), Vec::<String>::new());
}

/// The example plan as saved.
fn example() -> Plan {
    crate::file::parse(include_str!("../../saves/example.ron"), "example.ron".as_ref()).unwrap()
}

/// The example plan with pain `pain`/10 during its run of `date`, and the runs before it done.
fn example_hurt(date: NaiveDate, pain: u8) -> (Plan, SessionId) {
    let example = example();
    let id = example.sessions().iter().find(|s| s.date == date && s.kind.is_run()).unwrap().id;
    (hurt(example, id, during(pain)), id)
}

/// Pain 8/10 was worded as pain 5/10 is, as if a mild flare, and nothing said what it costs:
/// severe pain says so, takes the path the method gives sharp pain, says to see a professional
/// if it does not settle, and the days it costs are counted. Pain 5/10 says neither.
#[test]
fn the_summary_grows_with_the_pain_and_counts_the_days_it_costs() {
    let saturday = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let (plan, id) = example_hurt(saturday, 8);
    let severe = step_back(&plan, id).unwrap().summary;
    assert_eq!(
        severe,
        "Pain 8/10 during is severe, not a mild flare: 2 days without running, then the level before, \
         3 times, before moving on. That costs 14 days: back at this run's level on Tue 15 Dec, not \
         Tue 1 Dec. See a professional if it does not settle."
    );
    let (plan, id) = example_hurt(saturday, 5);
    let moderate = step_back(&plan, id).unwrap().summary;
    assert!(moderate.starts_with("Pain 5/10 during: 2 days without running"), "{moderate}");
    assert!(moderate.contains("That costs 14 days"), "{moderate}");
    assert!(!moderate.contains("professional") && !moderate.contains("severe"), "{moderate}");
    let sharp = PainLog { sharp: true, ..PainLog::default() };
    let example = example();
    let plan = hurt(example, id, sharp);
    let summary = step_back(&plan, id).unwrap().summary;
    assert!(summary.starts_with("Sharp pain is not the normal discomfort of coming back: "), "{summary}");
    assert!(summary.ends_with("See a professional if it does not settle."), "{summary}");
}

/// Once applied, the plan does what the pain asks: asked again, there is nothing left to step
/// back (it offered "0 sessions change", and computed afresh would step back a second time).
#[test]
fn once_applied_nothing_is_left() {
    let (plan, id) = example_hurt(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(), 8);
    assert_eq!(step_back(&stepped(&plan, id), id), None);
}

/// No pain, or a run not done, asks for nothing.
#[test]
fn nothing_to_do_without_pain() {
    let (plan, id) = hurt_on(2, PainLog::default());
    assert_eq!(step_back(&plan, id), None);
    let planned = plan.sessions().iter().rev().find(|s| s.kind.is_run()).unwrap().id;
    assert_eq!(step_back(&plan, planned), None);
}

/// The example plan, pain 6/10 on Sat 28 Nov: the old step back raised the down week of
/// 7 Dec (× 6 → × 9) and flattened every later run/walk; its fix left the down week of
/// 4 Jan too heavy to be one, and warned. Now every down week stays a down week on its
/// dates, no run is raised, the climb goes × 10, × 11, × 12, × 13, the down week of 4 Jan
/// is run at the climb's level shortened to stay a down week, and nothing is flagged.
#[test]
fn the_examples_down_weeks_stay_where_they_were_and_are_never_raised() {
    let example =
        crate::file::parse(include_str!("../../saves/example.ron"), "example.ron".as_ref()).unwrap();
    let saturday = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let id = example.sessions().iter().find(|s| s.date == saturday && s.kind.is_run()).unwrap().id;
    let plan = hurt(example.clone(), id, during(6));
    let after = stepped(&plan, id);
    assert_eq!(serious(&after), Vec::<String>::new());
    let down =
        |p: &Plan| week_summaries(p).iter().filter(|w| w.down).map(|w| w.totals.start).collect::<Vec<_>>();
    assert_eq!(down(&after), down(&example), "down weeks stay where they were");
    let pace = plan.rules.easy_pace_min_per_unit;
    let units = plan.meta.units;
    for s in after.sessions().iter().filter(|s| s.date > saturday) {
        let was = example.session(s.id).unwrap();
        assert!(
            s.kind.run_distance(pace) <= was.kind.run_distance(pace) + crate::rules::TOLERANCE,
            "{} raised from {} to {}",
            s.date,
            was.kind.short(units),
            s.kind.short(units)
        );
    }
    let tuesdays: Vec<String> = after
        .sessions()
        .iter()
        .filter(|s| s.kind.is_run() && s.date > saturday && s.date.weekday() == Weekday::Tue)
        .take(7)
        .map(|s| s.kind.short(units))
        .collect();
    assert_eq!(
        tuesdays,
        [
            "Run/walk 1/1 min × 10",
            "Run/walk 1/1 min × 6",
            "Run/walk 1/1 min × 11",
            "Run/walk 1/1 min × 12",
            "Run/walk 1/1 min × 13",
            "Run/walk 1/1 min × 7",
            "Run/walk 1/1 min × 13",
        ]
    );
}

/// A second run the same day, listed below the painful one, comes before the rest: it moves
/// to a later day of the week, as a run in the rest days does, keeping its id (and so its
/// note and thread); the walk of that day takes its place.
#[test]
fn a_second_run_the_same_day_moves_too() {
    let plan = generate(&MethodInput {
        weeks: 16,
        ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
    })
    .unwrap();
    let monday = NaiveDate::from_ymd_opt(2027, 2, 8).unwrap();
    let first = plan.sessions().iter().find(|s| s.date == monday && s.kind.is_run()).unwrap().clone();
    let mut with_double = plan;
    let double = crate::plan::Session { id: SessionId(9999), ..first.clone() };
    with_double.apply(Command::AddSession(double)).unwrap();
    let hurt_plan = hurt(with_double, first.id, during(6));
    assert!(!serious(&hurt_plan).is_empty(), "the second run is flagged");
    let after = stepped(&hurt_plan, first.id);
    let double = after.session(SessionId(9999)).unwrap();
    assert!(double.date > monday || !double.kind.is_run(), "the double leaves Monday, or is walked");
    let runs_that_day = after.sessions_on(monday).iter().filter(|s| s.kind.is_run()).count();
    assert_eq!(runs_that_day, 1);
    assert!(serious(&after).iter().all(|f| !f.contains("PainProgression")), "{:?}", serious(&after));
}

/// The `n`th run of the plan generated from `input`, logged with `log`, stepped back.
fn step_back_in(input: &MethodInput, n: usize, log: PainLog) -> (Plan, Plan, super::StepBack) {
    let plan = generate(input).unwrap();
    let id = plan.sessions().iter().filter(|s| s.kind.is_run()).nth(n).unwrap().id;
    let plan = hurt(plan, id, log);
    let fix = step_back(&plan, id).unwrap();
    (stepped(&plan, id), plan, fix)
}

/// Runs Wednesday, Friday and Sunday, pain on a Wednesday: Friday's run comes in the rest
/// days and Sunday's has no later day in the week. Two runs of three (67 %) made a week
/// neither down nor build, the ramp's base, and the next full week a ramp error; now the
/// week's other run is walked too, and the week is a down week.
#[test]
fn a_week_that_lost_a_run_becomes_a_down_week() {
    let input = MethodInput {
        start: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        units: crate::plan::Units::Km,
        current_weekly: 8.0,
        weekly_cap: Some(30.0),
        days: [false, false, true, true, true, true, true],
        weeks: 24,
        ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap())
    };
    let (after, plan, fix) = step_back_in(&input, 42, during(6));
    assert!(fix.summary.contains("; the rest of the week walked, to make it a down week"), "{}", fix.summary);
    let hurt_week = plan.sessions().iter().filter(|s| s.pain.is_some()).map(|s| s.date).next().unwrap();
    let week = plan.meta.week_start.week_of(hurt_week);
    assert!(week_summaries(&after).iter().any(|w| w.totals.start == week && w.down));
    assert_eq!(serious(&after), Vec::<String>::new());
}

/// Runs Monday, Thursday and Saturday, Friday free, pain on a Thursday: Saturday's run comes
/// in the rest days with no later day to go to, and the week's two done runs are too much for
/// a down week. That week is the ramp's base, and the next weeks' runs are held to 30 % over
/// it until it leaves the ramp's window, so nothing is flagged.
#[test]
fn weeks_after_a_lighter_week_of_the_pain_are_held_to_the_ramp() {
    let input = MethodInput {
        units: crate::plan::Units::Km,
        week_start: crate::plan::WeekStart::Sunday,
        days: [true, false, false, true, true, true, false],
        weeks: 30,
        ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap())
    };
    let sharp = PainLog { sharp: true, ..PainLog::default() };
    let (after, _, fix) = step_back_in(&input, 69, sharp);
    assert!(
        fix.summary.contains("; the next weeks held to what the ramp allows over the lighter week"),
        "{}",
        fix.summary
    );
    assert_eq!(serious(&after), Vec::<String>::new());
}

/// With every day free the runs fall on Monday, Wednesday and Friday. Pain on a Monday: the
/// Wednesday run comes inside the two days off, so it moves to Thursday and Friday's to
/// Saturday, onto their walks: the week keeps its three runs, a day apart, and is no lighter
/// week for the ramp to start from.
#[test]
fn a_run_in_the_rest_days_moves_later_in_its_week() {
    let plan = generate(&MethodInput {
        weeks: 16,
        ..MethodInput::new(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
    })
    .unwrap();
    let monday = NaiveDate::from_ymd_opt(2027, 2, 8).unwrap();
    let id = plan.sessions().iter().find(|s| s.date == monday && s.kind.is_run()).unwrap().id;
    let plan = hurt(plan, id, during(6));
    let after = stepped(&plan, id);
    let days = |p: &Plan| {
        p.sessions()
            .iter()
            .filter(|s| s.kind.is_run() && s.date >= monday && s.date < monday + chrono::Days::new(7))
            .map(|s| s.date.weekday())
            .collect::<Vec<_>>()
    };
    assert_eq!(days(&plan), [Weekday::Mon, Weekday::Wed, Weekday::Fri]);
    assert_eq!(days(&after), [Weekday::Mon, Weekday::Thu, Weekday::Sat]);
    assert_eq!(serious(&after), Vec::<String>::new());
}

/// Pain 8/10 on a continuous run, and a down week of run/walks after it: the climb's level (a
/// continuous run) cut to the down week's running made its run/walks continuous runs ("Run/walk
/// 2/1 min × 3 → Run 6 min"). They keep their walk breaks, and as they run no more than the
/// climb they stay as planned, and off the list.
#[test]
fn a_run_walk_stays_a_run_walk() {
    let mut plan = example();
    let units = plan.meta.units;
    let short_run_walk = |s: &crate::plan::Session| crate::plan::Session {
        kind: crate::plan::SessionKind::RunWalk(crate::plan::RunWalk {
            run: crate::plan::Segment::Minutes(crate::plan::Minutes::new(2.0).unwrap()),
            walk: crate::plan::Segment::Minutes(crate::plan::Minutes::new(1.0).unwrap()),
            repeats: 3,
            effort: crate::plan::Effort::Easy,
            terrain: crate::plan::Terrain::Track,
        }),
        ..s.clone()
    };
    let february: Vec<_> = plan
        .sessions()
        .iter()
        .filter(|s| s.kind.is_run() && s.date.month() == 2)
        .map(short_run_walk)
        .collect();
    for s in february {
        plan.apply(Command::EditSession(s)).unwrap();
    }
    let tuesday = NaiveDate::from_ymd_opt(2027, 1, 26).unwrap();
    let id = plan.sessions().iter().find(|s| s.date == tuesday).map(|s| s.id).unwrap();
    let plan = hurt(plan, id, during(8));
    let fix = step_back(&plan, id).unwrap();
    let rows: Vec<String> =
        fix.changes.iter().map(|c| format!("{} {}", c.now.date, c.describe(units))).collect();
    assert_eq!(rows, ["2027-01-28 Run 16 min → Walk 30 min", "2027-01-30 Run 16 min → Run 15 min"]);
}

/// Every change reads as one: a run whose time changes beside its distance read "Run 2 mi →
/// Run 2 mi" in the chip's words, so the longer words are used.
#[test]
fn a_change_the_chip_words_leave_out_reads_in_full() {
    use crate::plan::{Distance, Minutes, Run, Session, SessionKind, Units};
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let run =
        |minutes| Run { distance: Distance::new(2.0), minutes: Minutes::new(minutes), ..Run::default() };
    let was = Session::planned(SessionId(1), day, SessionKind::Run(run(20.0)));
    let now = Session::planned(SessionId(1), day, SessionKind::Run(run(18.0)));
    let change = super::Change::new(was, now, 10.0).unwrap();
    assert_eq!(change.what, [super::Changed::Amount]);
    assert_eq!(
        change.describe(Units::Miles),
        "Run 2 mi · 20 min · easy · flat road → Run 2 mi · 18 min · easy · flat road"
    );
}
