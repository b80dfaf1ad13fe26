//! Rules and exports on structurally valid plans built from the fuzz data: dates anywhere in
//! chrono's range, amounts from 0 to MAX_AMOUNT, every kind and status, pain logs, notes,
//! thousands of sessions on a day, rule settings at the edges of what a plan file accepts.
//! The model must refuse what a plan may not hold (a date outside `DATES`, a setting the rules
//! cannot work with), in `Plan::try_from` and in commands; the target checks the refusal, then
//! carries on with the plan moved inside the limits. Nothing may panic or hang.

#![no_main]

use std::collections::HashSet;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, Utc};
use comeback::export::{self, DateRange, Format};
use comeback::plan::{
    Activity, Actual, Command, CommandError, DATES, Distance, Effort, MAX_AMOUNT, Minutes, Note, NoteOn,
    Pain, PainLog, Plan, PlanMeta, RuleOverride, RuleSettings, Run, RunWalk, Segment, Session, SessionId,
    SessionKind, Status, Terrain, Units, WeekStart,
};
use comeback::rules::{self, RuleId, Severity};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Most sessions one input builds, to keep every run fast. The ICS export compares every
/// session with every finding, so thousands of runs on a day cost about n² (5000 made the
/// ICS export 60 % of the fuzzing time).
const MAX_SESSIONS: usize = 2000;
/// PDF and PNG are only drawn for plans this short (days) with this few sessions.
const PRINT_MAX_DAYS: i64 = 92;
const PRINT_MAX_SESSIONS: usize = 40;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(case) = build(&mut u) else { return };
    if debug() {
        describe(&case);
    }
    check(&case);
});

/// `FUZZ_DEBUG=1` prints what each input builds (to see what an artifact is about).
fn debug() -> bool {
    static DEBUG: OnceLock<bool> = OnceLock::new();
    *DEBUG.get_or_init(|| std::env::var_os("FUZZ_DEBUG").is_some())
}

/// One session in this many is put anywhere in chrono's range rather than near the start.
const FAR_SESSION: u32 = 256;

fn describe(case: &Case) {
    let plan = &case.plan;
    let whole = DateRange::whole(plan);
    eprintln!("meta: {:?}", plan.meta);
    eprintln!("rules: {:?}", plan.rules);
    eprintln!(
        "{} sessions, whole range {} to {} ({} days), export range {} to {}, changed {}, print {:?}",
        plan.sessions().len(),
        whole.from,
        whole.to,
        (whole.to - whole.from).num_days(),
        case.range.from,
        case.range.to,
        case.changed,
        case.print
    );
    for s in plan.sessions().iter().take(20) {
        eprintln!("  {s:?}");
    }
}

struct Case {
    plan: Plan,
    range: DateRange,
    changed: NaiveDateTime,
    print: Print,
}

/// Which of the slow renderers to run on a short plan.
#[derive(Debug)]
struct Print {
    pdf: bool,
    png: bool,
}

fn check(case: &Case) {
    let plan = &case.plan;
    let findings = timed("validate", || rules::validate(plan));
    let _ = rules::counts(&findings);
    let _ = timed("week_summaries", || rules::week_summaries(plan));
    let whole = DateRange::whole(plan);
    let short =
        (whole.to - whole.from).num_days() <= PRINT_MAX_DAYS && plan.sessions().len() <= PRINT_MAX_SESSIONS;
    let ranges = if case.range == whole { vec![whole] } else { vec![whole, case.range] };
    for range in ranges {
        let label = format!("{} to {}", range.from, range.to);
        for format in [Format::Ics, Format::Csv] {
            // Errors are allowed (a page too large for an image); panics are not.
            let _ =
                timed(&format!("{format:?} {label}"), || export::render(plan, format, range, case.changed));
        }
        if !short || (range.to - range.from).num_days() > PRINT_MAX_DAYS {
            continue;
        }
        // The page layout PDF and PNG share, for every short plan; the renderers themselves
        // are slow under coverage instrumentation (PNG about 0.5 s a page), so less often.
        let _ = timed(&format!("layout {label}"), || export::layout::layout(plan, range));
        if case.print.pdf && throttle(&PDF_ASKED, 8) {
            let _ = timed(&format!("Pdf {label}"), || export::render(plan, Format::Pdf, range, case.changed));
        }
        if case.print.png && throttle(&PNG_ASKED, 64) {
            let _ = timed(&format!("Png {label}"), || export::render(plan, Format::Png, range, case.changed));
        }
    }
}

static PDF_ASKED: AtomicU64 = AtomicU64::new(0);
static PNG_ASKED: AtomicU64 = AtomicU64::new(0);

/// True for the first of every `n` calls. Inputs that reach the renderers' code are new
/// coverage, so the fuzzer keeps and replays them; without this they would take most of the
/// time. The first call is always let through, so an artifact replayed alone renders.
fn throttle(asked: &AtomicU64, n: u64) -> bool {
    asked.fetch_add(1, Ordering::Relaxed) % n == 0
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let began = std::time::Instant::now();
    let result = f();
    if debug() {
        eprintln!("{what}: {:?}", began.elapsed());
    }
    result
}

fn build(u: &mut Unstructured<'_>) -> Result<Case> {
    let start = date(u)?;
    let meta = PlanMeta {
        title: text(u)?,
        athlete: text(u)?,
        coach: text(u)?,
        contact: text(u)?,
        injury: text(u)?,
        injury_date: if u.arbitrary()? { Some(date(u)?) } else { None },
        goal: text(u)?,
        notes: text(u)?,
        start,
        units: if u.arbitrary()? { Units::Km } else { Units::Miles },
        week_start: if u.arbitrary()? { WeekStart::Sunday } else { WeekStart::Monday },
    };
    let rules = settings(u)?;
    let sessions = sessions(u, start)?;
    let mut plan = admit(meta, rules, sessions);
    // Day notes can only be added through commands.
    for _ in 0..u.int_in_range(0..=3)? {
        let day = near(u, start)?;
        let note = note(u)?;
        let added = plan.apply(Command::AddNote { on: NoteOn::Day(day), note });
        if DATES.contains(&day) {
            assert!(added.is_ok(), "a note on {day} was refused: {added:?}");
        } else {
            assert_eq!(added, Err(CommandError::OutOfRange(day)), "a note on {day} was not refused");
        }
    }
    refuses_far_moves(&mut plan, u)?;
    let whole = DateRange::whole(&plan);
    let range = match u.int_in_range(0..=3)? {
        0 => DateRange { from: date(u)?, to: date(u)? },
        1 => DateRange { from: near(u, start)?, to: near(u, start)? },
        _ => whole,
    };
    let changed = datetime(u)?.naive_utc();
    let print = Print { pdf: one_in(u, 4)?, png: one_in(u, 64)? };
    Ok(Case { plan, range, changed, print })
}

/// The plan the parts make, after checking that `Plan::try_from` refuses them exactly when a
/// date is outside `DATES` or a setting has a problem. Refused parts are then brought inside
/// the limits (dates to the nearest end of `DATES`, settings back to their defaults one by
/// one), so the plans at the edges are fuzzed too.
fn admit(mut meta: PlanMeta, mut rules: RuleSettings, mut sessions: Vec<Session>) -> Plan {
    let far = std::iter::once(meta.start)
        .chain(meta.injury_date)
        .chain(sessions.iter().map(|s| s.date))
        .find(|d| !DATES.contains(d));
    let problem = rules.problem();
    if far.is_none() && problem.is_none() {
        return match Plan::try_from((meta, rules, sessions)) {
            Ok(plan) => plan,
            Err(e) => panic!("a plan within the limits was refused: {e}"),
        };
    }
    let refused = Plan::try_from((meta.clone(), rules.clone(), sessions.clone()));
    match (far, &problem, refused) {
        // The same order of dates as `try_from` checks them: start, injury date, sessions.
        (Some(date), _, Err(CommandError::OutOfRange(d))) => assert_eq!(d, date, "the first far date"),
        (None, Some((_, message)), Err(CommandError::Setting(m))) => assert_eq!(&m, message),
        (far, problem, other) => panic!("date {far:?}, settings {problem:?}: got {other:?}"),
    }
    let inside = |d: NaiveDate| d.clamp(*DATES.start(), *DATES.end());
    meta.start = inside(meta.start);
    meta.injury_date = meta.injury_date.map(inside);
    for session in &mut sessions {
        session.date = inside(session.date);
    }
    let d = RuleSettings::default();
    for _ in 0..32 {
        let Some((field, _)) = rules.problem() else { break };
        reset(&mut rules, &d, field);
    }
    match Plan::try_from((meta, rules, sessions)) {
        Ok(plan) => plan,
        Err(e) => panic!("a plan brought within the limits was refused: {e}"),
    }
}

/// Moving, copying or adding a session outside `DATES`, or setting rules with a problem, is
/// refused and leaves the plan as it was.
fn refuses_far_moves(plan: &mut Plan, u: &mut Unstructured<'_>) -> Result<()> {
    let to = match u.int_in_range(0..=3)? {
        0 => NaiveDate::MIN,
        1 => NaiveDate::MAX,
        2 => DATES.end().succ_opt().unwrap_or(NaiveDate::MAX),
        _ => date(u)?,
    };
    let Some(first) = plan.sessions().first().cloned() else { return Ok(()) };
    let (id, was) = (first.id, first.date);
    let commands = [
        Command::MoveSession { id, to },
        Command::CopySession { id, to },
        Command::AddSession(Session { id: plan.fresh_id(), date: to, ..first.clone() }),
        Command::EditSession(Session { date: to, ..first }),
    ];
    let (count, rules) = (plan.sessions().len(), plan.rules.clone());
    for command in commands {
        let result = plan.apply(command.clone());
        if DATES.contains(&to) {
            assert!(result.is_ok(), "{command:?} was refused: {result:?}");
            return Ok(());
        }
        assert_eq!(result, Err(CommandError::OutOfRange(to)), "{command:?}");
        assert_eq!(plan.sessions().len(), count, "{command:?} changed the plan");
        assert_eq!(plan.session(id).map(|s| s.date), Some(was), "{command:?} moved the session");
    }
    let bad = RuleSettings { ramp_window_weeks: u32::MAX, ..rules.clone() };
    assert!(matches!(plan.apply(Command::SetRules(bad)), Err(CommandError::Setting(_))));
    assert!(plan.rules == rules, "refused settings changed the rules");
    Ok(())
}

/// A date anywhere chrono can hold, most often in a normal 2026–2027 range or at the ends.
fn date(u: &mut Unstructured<'_>) -> Result<NaiveDate> {
    let (min, max) = (NaiveDate::MIN.num_days_from_ce(), NaiveDate::MAX.num_days_from_ce());
    let days = match u.int_in_range(0..=9)? {
        7 => min + u.int_in_range(0..=800)?,
        8 => max - u.int_in_range(0..=800)?,
        9 => u.int_in_range(min..=max)?,
        // Years 1 to 9999, what a four-digit date can say.
        6 => u.int_in_range(1..=3_652_059)?,
        // 2026-01-01 plus up to two years.
        _ => 739_617 + u.int_in_range(0..=730)?,
    };
    Ok(NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MIN))
}

/// True one time in `n`; false once the data runs out (unlike `Unstructured::ratio`).
fn one_in(u: &mut Unstructured<'_>, n: u32) -> Result<bool> {
    Ok(u.int_in_range(1..=n)? == n)
}

/// A date near `start` (most sessions), saturating at chrono's ends; `start` once the data
/// runs out.
fn near(u: &mut Unstructured<'_>, start: NaiveDate) -> Result<NaiveDate> {
    if u.is_empty() {
        return Ok(start);
    }
    if one_in(u, FAR_SESSION)? {
        return date(u);
    }
    let offset: i64 =
        if one_in(u, 64)? { u.int_in_range(-1_500..=1_500)? } else { u.int_in_range(-60..=400)? };
    let moved = if offset >= 0 {
        start.checked_add_days(Days::new(offset as u64))
    } else {
        start.checked_sub_days(Days::new(offset.unsigned_abs()))
    };
    Ok(moved.unwrap_or(start))
}

fn datetime(u: &mut Unstructured<'_>) -> Result<DateTime<Utc>> {
    let (min, max) = (DateTime::<Utc>::MIN_UTC.timestamp(), DateTime::<Utc>::MAX_UTC.timestamp());
    let secs = match u.int_in_range(0..=5)? {
        3 => min + u.int_in_range(0..=100_000)?,
        4 => max - u.int_in_range(0..=100_000)?,
        5 => u.int_in_range(min..=max)?,
        // 2026 to 2028.
        _ => 1_767_225_600 + u.int_in_range(0..=3 * 365 * 86_400)?,
    };
    let nanos = if one_in(u, 8)? { u.int_in_range(0..=999_999_999)? } else { 0 };
    Ok(DateTime::from_timestamp(secs, nanos).unwrap_or(DateTime::<Utc>::MIN_UTC))
}

/// Text: usually short, sometimes long, with whatever characters the data holds.
fn text(u: &mut Unstructured<'_>) -> Result<String> {
    let s: &str = u.arbitrary()?;
    let s = s.chars().take(200).collect::<String>();
    Ok(match u.int_in_range(0..=15)? {
        // One very long word or a long sentence, for wrapping and ellipses.
        0 => s.repeat(u.int_in_range(1..=50)?),
        1 => format!("{s} ").repeat(u.int_in_range(1..=50)?),
        _ => s,
    })
}

fn note(u: &mut Unstructured<'_>) -> Result<Note> {
    Ok(Note { author: text(u)?, at: datetime(u)?, text: text(u)? })
}

/// A finite amount from 0 to MAX_AMOUNT, often at the edges.
fn amount(u: &mut Unstructured<'_>) -> Result<f64> {
    Ok(match u.int_in_range(0..=11)? {
        0 => 0.0,
        1 => MAX_AMOUNT,
        2 => f64::MIN_POSITIVE,
        3 => 5e-324,
        4 => -0.0,
        5 => MAX_AMOUNT * f64::from(u.arbitrary::<u32>()?) / f64::from(u32::MAX),
        6 => f64::from(u.int_in_range(0..=100_000u32)?),
        7 => f64::from_bits(u.arbitrary::<u64>()?),
        // Everyday amounts in steps of 0.25.
        _ => f64::from(u.int_in_range(0..=80u32)?) * 0.25,
    })
}

fn distance(u: &mut Unstructured<'_>) -> Result<Distance> {
    Ok(Distance::new(amount(u)?).unwrap_or(Distance::ZERO))
}

fn minutes(u: &mut Unstructured<'_>) -> Result<Minutes> {
    Ok(Minutes::new(amount(u)?).unwrap_or_default())
}

fn maybe<T>(u: &mut Unstructured<'_>, f: fn(&mut Unstructured<'_>) -> Result<T>) -> Result<Option<T>> {
    Ok(if u.arbitrary()? { Some(f(u)?) } else { None })
}

/// Any u32, most often at the edges of what plan files accept (see `RuleSettings::problem`).
fn count(u: &mut Unstructured<'_>, usual: u32) -> Result<u32> {
    Ok(match u.int_in_range(0..=15)? {
        15 => 0,
        14 => 1,
        13 => 7,
        12 => 8,
        11 => 50,
        10 => 52,
        9 => 104,
        8 => 105,
        7 => u32::MAX,
        6 => u.arbitrary()?,
        5 => u.int_in_range(0..=60)?,
        _ => usual,
    })
}

/// Any f64 (RON reads NaN and inf too), most often at the edges of what plan files accept.
fn pct(u: &mut Unstructured<'_>, usual: f64) -> Result<f64> {
    Ok(match u.int_in_range(0..=23)? {
        23 => 0.0,
        22 => 0.5,
        21 => 10.0,
        20 => 60.0,
        19 => 100.0,
        18 => 1000.0,
        17 => 10_000.0,
        16 => -1.0,
        15 => f64::NAN,
        14 => f64::INFINITY,
        13 => f64::NEG_INFINITY,
        12 => f64::MAX,
        11 => f64::MIN_POSITIVE,
        10 => 1e-9,
        9 => f64::from_bits(u.arbitrary::<u64>()?),
        8 => f64::from(u.int_in_range(0..=1000u32)?) / 10.0,
        _ => usual,
    })
}

fn settings(u: &mut Unstructured<'_>) -> Result<RuleSettings> {
    let d = RuleSettings::default();
    if one_in(u, 4)? {
        return Ok(d);
    }
    let mut overrides = std::collections::BTreeMap::new();
    if one_in(u, 3)? {
        for rule in RuleId::ALL {
            if one_in(u, 4)? {
                let severity = match u.int_in_range(0..=3)? {
                    0 => Some(Severity::Error),
                    1 => Some(Severity::Warning),
                    2 => Some(Severity::Advice),
                    _ => None,
                };
                overrides.insert(rule, RuleOverride { enabled: u.arbitrary()?, severity });
            }
        }
    }
    let rules = RuleSettings {
        starting_weekly_distance: distance(u)?,
        weekly_cap: maybe(u, distance)?,
        run_cap: maybe(u, distance)?,
        alternate_days_weeks: count(u, d.alternate_days_weeks)?,
        ramp_max_pct: pct(u, d.ramp_max_pct)?,
        ramp_window_weeks: count(u, d.ramp_window_weeks)?,
        down_week_every: count(u, d.down_week_every)?,
        down_week_max_pct: pct(u, d.down_week_max_pct)?,
        spike_warning_pct: pct(u, d.spike_warning_pct)?,
        spike_error_pct: pct(u, d.spike_error_pct)?,
        mastery_runs: count(u, d.mastery_runs)?,
        pain_threshold: match u.int_in_range(0..=7)? {
            7 => 0,
            6 => 10,
            5 => 11,
            4 => u.arbitrary()?,
            _ => d.pain_threshold,
        },
        walk_breaks_weeks: count(u, d.walk_breaks_weeks)?,
        rest_days_per_week: count(u, d.rest_days_per_week)?,
        ten_pct_rule_pct: pct(u, d.ten_pct_rule_pct)?,
        acute_chronic_max: pct(u, d.acute_chronic_max)?,
        easy_pace_min_per_unit: pct(u, d.easy_pace_min_per_unit)?,
        overrides,
    };
    Ok(rules)
}

fn reset(rules: &mut RuleSettings, d: &RuleSettings, field: &str) {
    match field {
        "starting_weekly_distance" => rules.starting_weekly_distance = d.starting_weekly_distance,
        "weekly_cap" => rules.weekly_cap = d.weekly_cap,
        "run_cap" => rules.run_cap = d.run_cap,
        "alternate_days_weeks" => rules.alternate_days_weeks = d.alternate_days_weeks,
        "ramp_max_pct" => rules.ramp_max_pct = d.ramp_max_pct,
        "ramp_window_weeks" => rules.ramp_window_weeks = d.ramp_window_weeks,
        "down_week_every" => rules.down_week_every = d.down_week_every,
        "down_week_max_pct" => rules.down_week_max_pct = d.down_week_max_pct,
        "spike_warning_pct" => rules.spike_warning_pct = d.spike_warning_pct,
        "spike_error_pct" => rules.spike_error_pct = d.spike_error_pct,
        "mastery_runs" => rules.mastery_runs = d.mastery_runs,
        "pain_threshold" => rules.pain_threshold = d.pain_threshold,
        "walk_breaks_weeks" => rules.walk_breaks_weeks = d.walk_breaks_weeks,
        "rest_days_per_week" => rules.rest_days_per_week = d.rest_days_per_week,
        "ten_pct_rule_pct" => rules.ten_pct_rule_pct = d.ten_pct_rule_pct,
        "acute_chronic_max" => rules.acute_chronic_max = d.acute_chronic_max,
        "easy_pace_min_per_unit" => rules.easy_pace_min_per_unit = d.easy_pace_min_per_unit,
        // A field this target does not know yet: all defaults.
        _ => *rules = d.clone(),
    }
}

fn effort(u: &mut Unstructured<'_>) -> Result<Effort> {
    Ok(*u.choose(&Effort::ALL)?)
}

fn terrain(u: &mut Unstructured<'_>) -> Result<Terrain> {
    Ok(*u.choose(&Terrain::ALL)?)
}

fn segment(u: &mut Unstructured<'_>) -> Result<Segment> {
    Ok(if u.arbitrary()? { Segment::Distance(distance(u)?) } else { Segment::Minutes(minutes(u)?) })
}

fn kind(u: &mut Unstructured<'_>) -> Result<SessionKind> {
    Ok(match u.int_in_range(0..=6)? {
        0 | 1 => SessionKind::Run(Run {
            distance: maybe(u, distance)?,
            minutes: maybe(u, minutes)?,
            effort: effort(u)?,
            terrain: terrain(u)?,
        }),
        2 => SessionKind::RunWalk(RunWalk {
            run: segment(u)?,
            walk: segment(u)?,
            repeats: if u.arbitrary()? { u.arbitrary()? } else { u.int_in_range(0..=20)? },
            effort: effort(u)?,
            terrain: terrain(u)?,
        }),
        3 => SessionKind::Walk { distance: maybe(u, distance)?, minutes: maybe(u, minutes)? },
        4 => {
            let activity = match u.int_in_range(0..=4)? {
                0 => Activity::Bike,
                1 => Activity::Swim,
                2 => Activity::Elliptical,
                3 => Activity::AntiGravity { body_weight_pct: u.arbitrary()? },
                _ => Activity::Other,
            };
            SessionKind::Cross { activity, minutes: maybe(u, minutes)?, distance: maybe(u, distance)? }
        }
        5 => SessionKind::Strength { minutes: maybe(u, minutes)? },
        _ => SessionKind::Rest,
    })
}

fn pain(u: &mut Unstructured<'_>) -> Result<PainLog> {
    let score = |u: &mut Unstructured<'_>| -> Result<Pain> {
        Ok(Pain::new(u.int_in_range(0..=Pain::MAX)?).unwrap_or_default())
    };
    Ok(PainLog { during: score(u)?, next_day: score(u)?, sharp: u.arbitrary()? })
}

fn actual(u: &mut Unstructured<'_>) -> Result<Actual> {
    Ok(Actual { distance: maybe(u, distance)?, minutes: maybe(u, minutes)? })
}

fn session(u: &mut Unstructured<'_>, id: SessionId, date: NaiveDate) -> Result<Session> {
    let status = match u.int_in_range(0..=2)? {
        0 => Status::Planned,
        1 => Status::Done,
        _ => Status::Skipped,
    };
    let notes = if one_in(u, 8)? {
        (0..u.int_in_range(1..=3)?).map(|_| note(u)).collect::<Result<Vec<_>>>()?
    } else {
        Vec::new()
    };
    Ok(Session {
        id,
        date,
        kind: kind(u)?,
        status,
        pain: maybe(u, pain)?,
        actual: maybe(u, actual)?,
        recorded: None,
        note: if one_in(u, 4)? { text(u)? } else { String::new() },
        notes,
    })
}

/// Up to MAX_SESSIONS sessions, for one input in four that asks (see `throttle`; the rest get
/// at most 60): such inputs take about 0.1 s each and would otherwise take most of the time.
fn many(u: &mut Unstructured<'_>) -> Result<usize> {
    static ASKED: AtomicU64 = AtomicU64::new(0);
    let count = u.int_in_range(0..=MAX_SESSIONS)?;
    Ok(if throttle(&ASKED, 4) { count } else { count.min(60) })
}

fn sessions(u: &mut Unstructured<'_>, start: NaiveDate) -> Result<Vec<Session>> {
    let (count, one_day) = match u.int_in_range(0..=63)? {
        // Thousands of sessions on one day, cheap to describe: one session copied.
        62 => (many(u)?, true),
        // Thousands of sessions, each drawn from the data (the data runs out into defaults).
        63 => (many(u)?, false),
        _ => (u.int_in_range(0..=60)?, false),
    };
    let random_ids = u.arbitrary::<bool>()?;
    let mut used = HashSet::with_capacity(count);
    let mut fresh = 0_u32;
    let mut next_id = |u: &mut Unstructured<'_>| -> Result<SessionId> {
        let mut id = if random_ids {
            match u.int_in_range(0..=3)? {
                0 => 0,
                1 => u32::MAX,
                _ => u.arbitrary()?,
            }
        } else {
            fresh
        };
        // Taken: the next number never handed out, so ids stay unique in linear time.
        while !used.insert(id) {
            fresh = fresh.wrapping_add(1);
            id = fresh;
        }
        Ok(SessionId(id))
    };
    let mut out = Vec::with_capacity(count);
    if one_day {
        let day = near(u, start)?;
        let template = session(u, SessionId(0), day)?;
        for _ in 0..count {
            out.push(Session { id: next_id(u)?, ..template.clone() });
        }
        return Ok(out);
    }
    for _ in 0..count {
        let id = next_id(u)?;
        let day = near(u, start)?;
        out.push(session(u, id, day)?);
    }
    Ok(out)
}
