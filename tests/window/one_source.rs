//! Screen and paper say the same words: the calendar's week column in the window and the week
//! column of the printed month both read `comeback::text::week_lines`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::export::{DateRange, layout};
use comeback::{file, rules, text};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")
}

/// The window on the example plan, showing November 2026, without autosave or system dialogs.
fn window() -> Harness<'static, App> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let startup =
        Startup { today, file: Some(example()), prefs: Prefs::default(), data_dir: None, desktop: false };
    crate::common::window::window(App::new(startup), [1366.0, 768.0])
}

/// The week of 16 Nov has runs under the cap, walks and cross-training. The screen once wrote
/// its cross-training as "X 50 min" while paper wrote "Cross 50 min"; both now show every line
/// of `text::week_lines`, word for word.
#[test]
fn the_week_column_reads_the_same_on_screen_and_on_paper() {
    let plan = file::load(&example()).unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    let summaries = rules::week_summaries(&plan);
    let summary = summaries.iter().find(|w| w.totals.start == start).unwrap();
    let lines = text::week_lines(summary, &plan);
    assert!(lines.iter().any(|l| l.starts_with("Cross ")), "the week has cross-training: {lines:?}");
    assert!(lines.len() >= 3, "run, walk and cross at least: {lines:?}");

    let h = window();
    // A label's words are its accesskit value (egui puts `Role::Label` text there).
    let week = h.get_by_label_contains("Week of 16 Nov").accesskit_node();
    let column = week.value().or_else(|| week.label()).unwrap();
    for line in &lines {
        assert!(column.contains(line.as_str()), "the screen's week column lacks {line:?}: {column}");
    }

    let pages = layout::layout(&plan, DateRange::whole(&plan));
    let printed: Vec<&str> = pages
        .iter()
        .flat_map(|p| &p.shapes)
        .filter_map(|s| match s {
            layout::Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for line in &lines {
        assert!(printed.contains(&line.as_str()), "the printed week column lacks {line:?}");
    }
}
