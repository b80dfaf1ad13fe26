//! Load, save and validate generated 1-year and 10-year plans.

use chrono::NaiveDate;
use comeback::file;
use comeback::plan::{Distance, Plan, PlanMeta, RuleSettings, Run, Session, SessionId, SessionKind, Status};
use criterion::{Criterion, criterion_group, criterion_main};

/// About 600 sessions a year: three runs and three walks a week, distances cycling.
fn plan(weeks: u32) -> Plan {
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
            sessions.push(Session {
                id,
                date,
                kind,
                status: Status::Planned,
                pain: None,
                note: String::new(),
            });
        }
    }
    let meta = PlanMeta { start, ..PlanMeta::default() };
    Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap_or_default()
}

fn benches(c: &mut Criterion) {
    for (name, weeks) in [("1y", 52), ("10y", 520)] {
        let p = plan(weeks);
        let text = file::to_text(&p).unwrap_or_default();
        let dir = std::env::temp_dir().join(format!("comeback-bench-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("plan.ron");
        c.bench_function(&format!("validate_{name}"), |b| b.iter(|| comeback::rules::validate(&p)));
        c.bench_function(&format!("parse_{name}"), |b| {
            b.iter(|| file::parse(&text, std::path::Path::new("plan.ron")));
        });
        c.bench_function(&format!("save_{name}"), |b| b.iter(|| file::save(&p, &path)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

criterion_group!(core, benches);
criterion_main!(core);
