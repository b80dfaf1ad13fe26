//! Load, save and validate 1-year and 10-year plans; print a 1-year plan (PDF, PNG).
//!
//! The realistic plans repeat the example's 12-week comeback block (no findings) with an extra
//! walk on three days a week: about 600 sessions a year. The stress plans ramp, spike and skip
//! rest so that most weeks have findings, which is the validator's slowest path.

use chrono::{Days, NaiveDate};
use comeback::file;
use comeback::plan::{Distance, Plan, PlanMeta, RuleSettings, Run, Session, SessionId, SessionKind, Status};
use criterion::{Criterion, criterion_group, criterion_main};

fn example() -> Plan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron");
    file::load(&path).unwrap_or_default()
}

/// `weeks` weeks of the example's block, repeated.
fn realistic(weeks: u32) -> Plan {
    let block = example();
    let start = block.meta.start;
    let mut sessions = Vec::new();
    let mut push = |date: NaiveDate, kind: SessionKind, status: Status| {
        let id = SessionId(sessions.len() as u32 + 1);
        sessions.push(Session { status, ..Session::planned(id, date, kind) });
    };
    for k in 0.. {
        let offset = Days::new(84 * k);
        let mut added = false;
        for s in block.sessions() {
            let date = s.date + offset;
            if (date - start).num_days() >= i64::from(weeks) * 7 {
                continue;
            }
            added = true;
            push(date, s.kind, s.status);
        }
        if !added {
            break;
        }
    }
    for day in (0..i64::from(weeks) * 7).filter(|d| matches!(d % 7, 0 | 2 | 4)) {
        let walk = SessionKind::Walk { distance: Distance::new(1.0), minutes: None };
        push(start + chrono::Duration::days(day), walk, Status::Planned);
    }
    Plan::try_from((block.meta.clone(), block.rules.clone(), sessions)).unwrap_or_default()
}

/// Three runs and three walks a week, runs cycling 2–5 miles: findings in most weeks.
fn stress(weeks: u32) -> Plan {
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    let mut sessions = Vec::new();
    for w in 0..weeks {
        for (day, run) in [(0, false), (1, true), (2, false), (3, true), (4, false), (5, true)] {
            let id = SessionId(sessions.len() as u32 + 1);
            let date = start + chrono::Duration::days(i64::from(w * 7 + day));
            let miles = 2.0 + f64::from(w % 4);
            let kind = if run {
                SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() })
            } else {
                SessionKind::Walk { distance: Distance::new(2.0), minutes: None }
            };
            sessions.push(Session::planned(id, date, kind));
        }
    }
    let meta = PlanMeta { start, ..PlanMeta::default() };
    Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap_or_default()
}

fn benches(c: &mut Criterion) {
    for (name, weeks) in [("1y", 52), ("10y", 520)] {
        let p = realistic(weeks);
        let text = file::to_text(&p).unwrap_or_default();
        let dir = std::env::temp_dir().join(format!("comeback-bench-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("plan.ron");
        c.bench_function(&format!("validate_{name}"), |b| b.iter(|| comeback::rules::validate(&p)));
        let s = stress(weeks);
        for (kind, plan) in [("realistic", &p), ("stress", &s)] {
            let findings = comeback::rules::validate(plan).len();
            eprintln!("{name} {kind}: {} sessions, {findings} findings", plan.sessions().len());
        }
        c.bench_function(&format!("validate_{name}_stress"), |b| b.iter(|| comeback::rules::validate(&s)));
        c.bench_function(&format!("parse_{name}"), |b| {
            b.iter(|| file::parse(&text, std::path::Path::new("plan.ron")));
        });
        c.bench_function(&format!("save_{name}"), |b| b.iter(|| file::save(&p, &path)));
        let _ = std::fs::remove_dir_all(&dir);
    }
    let year = realistic(52);
    let range = comeback::export::DateRange::whole(&year);
    let pages = comeback::export::layout::layout(&year, range).len();
    eprintln!("1y: {pages} printed pages");
    c.bench_function("pdf_1y", |b| {
        b.iter(|| comeback::export::pdf::to_pdf(&year, range, chrono::NaiveDateTime::default()));
    });
    let mut group = c.benchmark_group("slow");
    group.sample_size(10);
    group.bench_function("png_1y", |b| b.iter(|| comeback::export::png::to_png(&year, range)));
    group.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
