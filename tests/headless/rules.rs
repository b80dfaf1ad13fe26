//! The validator on whole plans: the examples, year boundaries, km and week starts.
#![allow(clippy::unwrap_used)] // a failure is the test failing

use chrono::NaiveDate;
use comeback::plan::{
    Actual, Command, Distance, Lens, Plan, PlanMeta, RuleSettings, Run, Session, SessionId, SessionKind,
    Status, Units, WeekStart,
};
use comeback::rules::{RuleId, Severity, validate};

fn run(id: u32, date: NaiveDate, km: f64) -> Session {
    let kind = SessionKind::Run(Run { distance: Distance::new(km), ..Run::default() });
    Session::planned(SessionId(id), date, kind)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The shipped example follows the method: nothing to report.
#[test]
fn example_plan_has_no_findings() {
    let plan = comeback::file::load(std::path::Path::new("saves/example.ron")).unwrap();
    assert_eq!(validate(&plan), vec![]);
}

/// Runs on 31 Dec and 1 Jan are consecutive days; weeks that start on Sunday straddle the year.
#[test]
fn year_boundary_km_and_sunday_weeks() {
    let meta = PlanMeta {
        start: ymd(2026, 12, 20),
        units: Units::Km,
        week_start: WeekStart::Sunday,
        ..PlanMeta::default()
    };
    let rules = RuleSettings {
        weekly_cap: Distance::new(10.0),
        starting_weekly_distance: Distance::new(10.0).unwrap(),
        ..RuleSettings::default()
    };
    // Sun 27 Dec – Sat 2 Jan is one week: 4 + 3 + 4 = 11 km, over the cap of 10 km.
    let sessions =
        vec![run(1, ymd(2026, 12, 27), 4.0), run(2, ymd(2026, 12, 31), 3.0), run(3, ymd(2027, 1, 1), 4.0)];
    let plan = Plan::try_from((meta.clone(), rules.clone(), sessions.clone())).unwrap();
    let findings = validate(&plan);
    let consecutive: Vec<_> = findings.iter().filter(|f| f.rule == RuleId::ConsecutiveRunDays).collect();
    assert_eq!(consecutive.len(), 1);
    assert_eq!(consecutive[0].date, ymd(2027, 1, 1));
    let cap: Vec<_> = findings.iter().filter(|f| f.rule == RuleId::WeeklyCap).collect();
    assert_eq!(cap.len(), 1);
    assert_eq!(cap[0].week, Some(ymd(2026, 12, 27)));
    assert!(cap[0].message.contains("11 km"), "{}", cap[0].message);

    // With Monday weeks the same runs split 4 | 7 km: under the cap.
    let monday = PlanMeta { week_start: WeekStart::Monday, ..meta };
    let plan = Plan::try_from((monday, rules, sessions)).unwrap();
    assert!(validate(&plan).iter().all(|f| f.rule != RuleId::WeeklyCap));
}

/// An empty plan has nothing to report; a plan can turn a rule off or change its severity.
#[test]
fn empty_plans_and_overrides() {
    assert_eq!(validate(&Plan::new(ymd(2026, 1, 1))), vec![]);
    let mut plan = comeback::file::load(std::path::Path::new("saves/broken.ron")).unwrap();
    let before = validate(&plan);
    assert!(before.iter().any(|f| f.rule == RuleId::WalkBreaks));
    plan.rules
        .overrides
        .insert(RuleId::WalkBreaks, comeback::plan::RuleOverride { enabled: false, severity: None });
    plan.rules.overrides.insert(
        RuleId::DownWeek,
        comeback::plan::RuleOverride { enabled: true, severity: Some(Severity::Error) },
    );
    let after = validate(&plan);
    assert!(after.iter().all(|f| f.rule != RuleId::WalkBreaks));
    assert!(after.iter().filter(|f| f.rule == RuleId::DownWeek).all(|f| f.severity == Severity::Error));
    assert_eq!(validate(&plan), after, "deterministic");
}

/// Three 1.7 mi runs meet a 5.1 mi cap exactly; rounded to 0.01 km they would pass it
/// (3 × 2.74 > 8.21). The plan shown in km with Monday weeks keeps the exact amounts, so it
/// has the same findings as the file in miles with Sunday weeks.
#[test]
fn a_plan_shown_in_other_units_finds_what_the_file_finds() {
    let day = ymd(2026, 11, 17);
    let mut file = Plan::new(day);
    file.rules.weekly_cap = Distance::new(5.1);
    file.meta.week_start = WeekStart::Sunday;
    for (id, offset) in [(1, 0), (2, 2), (3, 4)] {
        let date = day + chrono::Days::new(offset);
        let kind = SessionKind::Run(Run { distance: Distance::new(1.7), ..Run::default() });
        file.apply(Command::AddSession(Session::planned(SessionId(id), date, kind))).unwrap();
    }
    let shown = Lens { units: Some(Units::Km), week_start: Some(WeekStart::Monday) }.view(&file);
    let codes = |p: &Plan| validate(p).iter().map(|f| f.rule).collect::<Vec<_>>();
    assert_eq!(codes(&shown), codes(&file));
}

/// A run done at 3.5 mi where 2 were planned was judged as the 2 planned: no raise, and a cap's
/// finding on it said "Shorten it". What was done counts, in either unit, and the findings
/// speak of the next run.
#[test]
fn a_done_run_is_judged_by_what_was_run_and_told_about_the_next() {
    let day = ymd(2026, 12, 7);
    let mut plan = Plan::new(day);
    plan.rules.run_cap = Distance::new(3.0);
    for (id, offset) in [(1, 0), (2, 2), (3, 4)] {
        let mut s = run(id, day + chrono::Days::new(offset), 2.0);
        if id == 3 {
            s.status = Status::Done;
            s.actual = Some(Actual { distance: Distance::new(3.5), minutes: None });
        }
        plan.apply(Command::AddSession(s)).unwrap();
    }
    let said = |p: &Plan| {
        validate(p)
            .into_iter()
            .filter(|f| f.date == ymd(2026, 12, 11))
            .map(|f| (f.rule, f.suggestion))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        said(&plan),
        vec![
            (
                RuleId::RunCap,
                "Keep the next run to 3 mi or less, or split it over two days with a walk between."
                    .to_owned()
            ),
            (RuleId::SessionSpike, "Keep the next run to 2.2 mi (+10 %) or less.".to_owned()),
            (RuleId::Mastery, "Hold the next 3 runs at 2 mi before raising the level.".to_owned()),
            (RuleId::WalkBreaks, "Make the next run a run/walk with a walk every quarter mile.".to_owned()),
        ]
    );
    let shown = Lens { units: Some(Units::Km), week_start: None }.view(&plan);
    let rules = |p: &Plan| said(p).into_iter().map(|(rule, _)| rule).collect::<Vec<_>>();
    assert_eq!(rules(&shown), rules(&plan));
}

/// The findings speak the reader's language: `broken.ron` in German and Spanish has the same
/// findings as in English (rules, severities, days, sessions), each said in its own words, and
/// distances take the reader's decimal mark. Written when the findings moved to the catalogue.
#[test]
fn findings_read_the_same_in_german_and_spanish_in_their_own_words() {
    use comeback::i18n::{Lang, in_lang};
    let plan = comeback::file::load(std::path::Path::new("saves/broken.ron")).unwrap();
    let english = in_lang(Lang::En, || validate(&plan));
    assert!(!english.is_empty());
    for lang in [Lang::De, Lang::Es] {
        let translated = in_lang(lang, || validate(&plan));
        assert_eq!(translated.len(), english.len(), "{lang:?}");
        for (t, e) in translated.iter().zip(&english) {
            let facts = |f: &comeback::rules::Finding| (f.rule, f.severity, f.date, f.week, f.dates.clone());
            assert_eq!(facts(t), facts(e), "{lang:?}");
            assert_eq!(t.sessions, e.sessions, "{lang:?}");
            for (said, english) in [(&t.message, &e.message), (&t.suggestion, &e.suggestion)] {
                assert!(!said.trim().is_empty(), "{lang:?}: empty for {:?}", e.rule);
                assert_ne!(said, english, "{lang:?}: still English");
                assert!(!said.contains("rule-"), "{lang:?}: a key, not a message: {said}");
            }
        }
    }

    // 3.5 + 4.5 + 4.5 = 12.5 km in a week with a cap of 10.5 km.
    let meta = PlanMeta { start: ymd(2026, 11, 2), units: Units::Km, ..PlanMeta::default() };
    let rules = RuleSettings { weekly_cap: Distance::new(10.5), ..RuleSettings::default() };
    let sessions =
        vec![run(1, ymd(2026, 11, 2), 3.5), run(2, ymd(2026, 11, 4), 4.5), run(3, ymd(2026, 11, 6), 4.5)];
    let plan = Plan::try_from((meta, rules, sessions)).unwrap();
    let cap = |lang| {
        in_lang(lang, || validate(&plan)).into_iter().find(|f| f.rule == RuleId::WeeklyCap).unwrap().message
    };
    let (english, german, spanish) = (cap(Lang::En), cap(Lang::De), cap(Lang::Es));
    assert!(english.contains("12.5 km") && english.contains("10.5 km"), "{english}");
    assert_eq!(
        german,
        "Die Woche ab 2. Nov. hat 12,5 km Laufumfang; die Wochenobergrenze liegt bei 10,5 km."
    );
    assert!(spanish.contains("12,5 km") && spanish.contains("10,5 km"), "{spanish}");
}

/// Every finding of the shipped and test plans reads whole in German and Spanish: no Fluent
/// placeholder left unfilled, no catalogue key, nothing left in English. Written when the
/// findings moved to the catalogue, so a message whose variables drift from the code shows.
#[test]
fn every_finding_of_the_test_plans_is_whole_in_german_and_spanish() {
    use comeback::i18n::{Lang, in_lang};
    let files = [
        "saves/broken.ron",
        "tests/fixtures/readiness/after-birth.ron",
        "tests/fixtures/readiness/open-check.ron",
        "tests/fixtures/merged-v7-conflicts.ron",
    ];
    let mut rules = std::collections::BTreeSet::new();
    for file in files {
        let plan = comeback::file::load(std::path::Path::new(file)).unwrap();
        let english = in_lang(Lang::En, || validate(&plan));
        for lang in [Lang::De, Lang::Es] {
            for (t, e) in in_lang(lang, || validate(&plan)).iter().zip(&english) {
                rules.insert(e.rule);
                for (said, english) in [(&t.message, &e.message), (&t.suggestion, &e.suggestion)] {
                    let whole = !said.contains('{') && !said.contains("rule-") && said != english;
                    assert!(whole, "{file}, {lang:?}, {:?}: {said}", e.rule);
                }
            }
        }
    }
    for rule in [RuleId::AfterBirth, RuleId::ReadinessChecks, RuleId::MergeConflict] {
        assert!(rules.contains(&rule), "no plan shows {rule}");
    }
}
