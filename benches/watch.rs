//! Watch workouts for a year: a 52-week plan from the method (run/walks, runs and walks on four
//! days a week), every planned session encoded as a FIT workout, in memory and into a folder.

use chrono::NaiveDate;
use comeback::generate::{MethodInput, generate};
use comeback::plan::Plan;
use comeback::watch;
use criterion::{Criterion, criterion_group, criterion_main};

fn year() -> Plan {
    let start = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap_or_default();
    let input = MethodInput {
        weeks: 52,
        current_weekly: 0.0,
        flare_distance: Some(3.0),
        weekly_cap: Some(8.0),
        days: [true, false, true, false, true, true, false],
        ..MethodInput::new(start)
    };
    generate(&input).unwrap_or_default()
}

fn benches(c: &mut Criterion) {
    let plan = year();
    let created = plan.meta.start.and_hms_opt(8, 0, 0).unwrap_or_default();
    let sessions: Vec<_> = watch::exported_sessions(&plan, None, None).collect();
    eprintln!("watch bench: {} workouts in a year's plan", sessions.len());
    c.bench_function("encode_workouts_1y", |b| {
        b.iter(|| {
            sessions
                .iter()
                .filter_map(|s| watch::workout(&plan, s).ok().flatten())
                .map(|w| watch::encode(&w, created).len())
                .sum::<usize>()
        });
    });
    let dir = std::env::temp_dir().join(format!("comeback-watch-bench-{}", std::process::id()));
    let mut group = c.benchmark_group("slow");
    group.sample_size(10);
    group.bench_function("export_workouts_1y_to_folder", |b| {
        b.iter(|| watch::export_workouts(&plan, None, None, &dir, created).map(|files| files.len()));
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(watch_benches, benches);
criterion_main!(watch_benches);
