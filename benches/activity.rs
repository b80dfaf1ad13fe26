//! Reading recorded activities: the 122 KB Fenix 2 run (47 minutes recorded every second or
//! so), the same chained nine times into a 1.1 MB FIT file (FIT allows files one after another),
//! and the run gzipped; and matching a year of activities to a year's plan.

use std::path::Path;

use chrono::NaiveDate;
use comeback::activity::{self, Activity, Options, Sport};
use comeback::generate::{MethodInput, generate};
use criterion::{Criterion, criterion_group, criterion_main};

fn fenix2() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/activity-small-fenix2-run.fit");
    std::fs::read(path).unwrap_or_default()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// A run on each planned day of a year's plan from the method, as if every one was recorded.
fn year() -> (comeback::plan::Plan, Vec<Activity>) {
    let start = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap_or_default();
    let input = MethodInput {
        weeks: 52,
        flare_distance: Some(3.0),
        weekly_cap: Some(8.0),
        days: [true, false, true, false, true, true, false],
        ..MethodInput::new(start)
    };
    let plan = generate(&input).unwrap_or_default();
    let activities = plan
        .sessions()
        .iter()
        .filter(|s| s.kind.is_run())
        .map(|s| Activity {
            sport: Sport::Running,
            start: s.date.and_hms_opt(7, 0, 0).unwrap_or_default().and_utc(),
            local_start: None,
            distance_m: Some(3000.0),
            duration_s: 1800.0,
            sport_named: true,
            running_m: None,
            file: String::new(),
            remarks: Vec::new(),
        })
        .collect();
    (plan, activities)
}

fn benches(c: &mut Criterion) {
    let run = fenix2();
    let chained = run.repeat(9);
    let zipped = gzip(&run);
    eprintln!(
        "activity bench: {} bytes, chained {} bytes, gzipped {} bytes",
        run.len(),
        chained.len(),
        zipped.len()
    );
    c.bench_function("read_fit_fenix2_122k", |b| {
        b.iter(|| activity::read_bytes("run.fit", &run).map(|a| a.len()));
    });
    c.bench_function("read_fit_chained_1_1m", |b| {
        b.iter(|| activity::read_bytes("chained.fit", &chained).map(|a| a.len()));
    });
    c.bench_function("read_fit_gz_fenix2", |b| {
        b.iter(|| activity::read_bytes("run.fit.gz", &zipped).map(|a| a.len()));
    });
    let (plan, activities) = year();
    eprintln!("activity bench: {} runs matched to a year's plan", activities.len());
    c.bench_function("match_year", |b| {
        b.iter(|| activity::preview(&plan, activities.clone(), &Options::default()).commands(&plan).len());
    });
}

criterion_group!(activity_benches, benches);
criterion_main!(activity_benches);
