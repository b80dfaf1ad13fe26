//! One headless frame of the month view, idle and while a drag previews a drop.
//!
//! The plan is `saves/broken.ron` (findings on most days of November 2026), drawn at
//! 1366×768 with today pinned inside it.

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::edit::Drag;
use comeback::plan::SessionId;
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Event, Pos2, RawInput, Rect, pos2, vec2};

fn app() -> App {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron");
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
    App::new(Startup { today, file: Some(file), prefs: Prefs::default(), data_dir: None, desktop: false })
}

fn input(events: Vec<Event>) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1366.0, 768.0))),
        events,
        ..RawInput::default()
    }
}

fn benches(c: &mut Criterion) {
    let ctx = egui::Context::default();
    comeback::ui::theme::install_fonts(&ctx);
    let mut app = app();
    for _ in 0..3 {
        let _ = ctx.run_ui(input(Vec::new()), |ui| app.ui(ui));
    }
    c.bench_function("ui_month_frame", |b| {
        b.iter(|| ctx.run_ui(input(Vec::new()), |ui| app.ui(ui)));
    });

    // Hold a session over two days in turn, so every frame validates a new hypothetical plan.
    let first = app.document().plan().sessions().first().map_or(SessionId(1), |s| s.id);
    let targets = [pos2(620.0, 330.0), pos2(720.0, 330.0)];
    let mut i = 0;
    c.bench_function("ui_drag_preview_frame", |b| {
        b.iter(|| {
            egui::DragAndDrop::set_payload(&ctx, Drag::Session(first));
            i = (i + 1) % targets.len();
            let pos = targets.get(i).copied().unwrap_or_default();
            ctx.run_ui(input(vec![Event::PointerMoved(pos)]), |ui| app.ui(ui))
        });
    });
}

criterion_group!(ui, benches);
criterion_main!(ui);
