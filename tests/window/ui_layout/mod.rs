//! The calendar at every size (issue 34): nothing hidden, nothing cut, nothing overlapping,
//! from 1024×640 to 1366×768, driven through egui_kittest as a user would; and in longer
//! languages (issue 36): the checks run in the pseudo-language too, a third longer than English
//! as German and Spanish often are, and every word of the calendar and the panels is in it
//! (`words`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::i18n::{self, Lang};
use comeback::plan::{Command, Pain, PainLog, Plan, Session, Status};
use comeback::ui::Zoom;
use egui::accesskit::Role;
use egui::{Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The sizes the layout is made for: the least, a common laptop, and the width at which the
/// side panel is at its narrowest and the days at theirs (palette, side panel, least days).
const SIZES: [[f32; 2]; 3] = [[1024.0, 640.0], [1366.0, 768.0], [1012.0, 640.0]];

/// The languages the layout is checked in: English, and the pseudo-language, whose accents and
/// doubled vowels make every word longer.
const LANGS: [Lang; 2] = [Lang::En, Lang::Pseudo];

/// The margin the harness leaves around the app.
const MARGIN: f32 = 8.0;

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// `plan` saved in a temporary folder, opened as on 28 November 2026 in a window of `size`, in
/// English.
fn open(plan: &Plan, size: [f32; 2], zoom: Zoom) -> (tempfile::TempDir, Harness<'static, App>) {
    open_in(Lang::En, plan, size, zoom)
}

/// [`open`] in `lang` (this test's thread writes in it from now on).
fn open_in(
    lang: Lang,
    plan: &Plan,
    size: [f32; 2],
    zoom: Zoom,
) -> (tempfile::TempDir, Harness<'static, App>) {
    i18n::set_for_thread(lang);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    comeback::file::save(plan, &path).unwrap();
    let prefs = Prefs { zoom, ..Prefs::default() };
    let startup = Startup { today: day(28, 11), file: Some(path), prefs, data_dir: None, desktop: false };
    // The harness draws the app 8 points in from each edge: the window is that much larger.
    let h =
        crate::common::window::window(App::new(startup), [size[0] + 2.0 * MARGIN, size[1] + 2.0 * MARGIN]);
    (dir, h)
}

fn example() -> Plan {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron");
    comeback::file::load(&path).unwrap()
}

/// The label the window gives what English calls `english`: in the pseudo-language, its
/// pseudo form once the part of the app that says it is translated, else the English still.
fn said(h: &Harness<'_, App>, english: &str) -> String {
    let pseudo = i18n::pseudo(english);
    if i18n::current() == Lang::Pseudo && h.query_all_by_label_contains(&pseudo).next().is_some() {
        pseudo
    } else {
        english.to_owned()
    }
}

/// The rectangle of what is labelled `english` (in the window's language, see [`said`]).
fn rect_of(h: &Harness<'_, App>, english: &str) -> Rect {
    h.get_by_label(&said(h, english)).rect()
}

/// The rectangle of the button labelled `label` (the status bar may say the same words).
fn button(h: &Harness<'_, App>, label: &str) -> Rect {
    let label = said(h, label);
    let mut buttons = h.query_all_by_label(&label).filter(|n| n.accesskit_node().role() == Role::Button);
    buttons.next().unwrap_or_else(|| panic!("no button {label}")).rect()
}

/// Whether `a` and `b` share more than a point's sliver (neighbours may touch).
fn overlap(a: Rect, b: Rect) -> bool {
    let both = a.intersect(b);
    both.width() > 1.0 && both.height() > 1.0
}

/// The window's regions never overlap, the calendar's cells stay inside the calendar, and the
/// side panel inside the window: at 1024×640 the side panel covered the week column and the
/// load chart's right, and the chart's separator ran through the side panel.
#[test]
fn no_panel_overlaps_another_at_any_size() {
    for (lang, size) in LANGS.into_iter().flat_map(|lang| SIZES.map(|size| (lang, size))) {
        let (_dir, h) = open_in(lang, &example(), size, Zoom::Month);
        let window = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), size.into());
        let regions = ["Palette", "Calendar", "Side panel", "Weekly load", "Status bar"];
        let rects: Vec<(&str, Rect)> = regions.iter().map(|r| (*r, rect_of(&h, r))).collect();
        for (i, (a, ra)) in rects.iter().enumerate() {
            assert!(window.contains_rect(*ra), "{lang:?} {size:?}: {a} {ra:?} leaves the window");
            for (b, rb) in rects.iter().skip(i + 1) {
                assert!(!overlap(*ra, *rb), "{lang:?} {size:?}: {a} {ra:?} overlaps {b} {rb:?}");
            }
        }
        let calendar = rect_of(&h, "Calendar");
        let week = week_of();
        for cell in h.query_all_by_label_contains(" 2026").chain(h.query_all_by_label_contains(&week)) {
            let rect = cell.rect();
            let label = cell.accesskit_node().label().unwrap_or_default();
            // Side by side, every cell fits: the grid scrolls only up and down at these sizes.
            assert!(
                calendar.left() <= rect.left() && rect.right() <= calendar.right(),
                "{lang:?} {size:?}: {label} {rect:?} runs out of the calendar {calendar:?}"
            );
            // Cells scrolled out of view are outside the calendar's rectangle, not on a panel.
            for (name, region) in rects.iter().filter(|(n, _)| *n != "Calendar") {
                let seen = rect.intersect(calendar);
                assert!(!overlap(seen, *region), "{lang:?} {size:?}: {label} {rect:?} is under the {name}");
            }
        }
    }
}

/// How the week column's name starts in this thread's language: "Week of".
fn week_of() -> String {
    let name = comeback::t!("week-name", date = "", lines = "");
    name.split(':').next().unwrap_or_default().trim().to_owned()
}

/// A session dropped on a day that already holds two vanished behind "+2 more", out of the
/// accessibility tree; now the day's row grows, the grid scrolls the new chip into view, and
/// the day's name counts its sessions.
#[test]
fn a_session_dropped_on_a_full_day_is_visible_and_named() {
    for size in SIZES {
        let (_dir, mut h) = open(&example(), size, Zoom::Month);
        // Wednesday 25 November holds a run/walk and a walk.
        let full = day(25, 11);
        let before = h.state().document().plan().sessions_on(full).len();
        assert_eq!(before, 2);
        let target = "Wednesday 25 November 2026";
        let (from, to) = (
            h.get_by_label("New Anti-gravity").rect().center(),
            h.get_by_label_contains(target).rect().center(),
        );
        h.drag_at(from);
        h.run();
        h.hover_at(to);
        h.run();
        h.drop_at(to);
        h.run();
        assert_eq!(h.state().document().plan().sessions_on(full).len(), 3, "{size:?}: dropped");
        // The side panel's heading names the day too, now that the drop selected it.
        let names: Vec<String> =
            h.query_all_by_label_contains(target).filter_map(|n| n.accesskit_node().label()).collect();
        assert!(names.iter().any(|n| n.contains(", 3 sessions")), "{size:?}: {names:?}");
        let chip = h.get_by_label_contains("AlterG");
        let calendar = rect_of(&h, "Calendar");
        let load = rect_of(&h, "Weekly load");
        let rect = chip.rect();
        assert!(calendar.contains_rect(rect), "{size:?}: the new chip {rect:?} is outside {calendar:?}");
        assert!(!overlap(rect, load), "{size:?}: the new chip {rect:?} is under the load chart");
    }
}

/// Every palette kind, done with pain and (for the runs on consecutive days) an error, at the
/// narrowest days: each word painted on a chip is a whole word of its text, its compact text or
/// its marks. Chips read "✔ R… 1/10" and "Strengt/h 20" before.
#[test]
fn chip_texts_never_cut_inside_a_word() {
    for lang in LANGS {
        i18n::set_for_thread(lang);
        chip_texts_are_whole_words();
    }
}

/// The check of [`chip_texts_never_cut_inside_a_word`] in this thread's language.
fn chip_texts_are_whole_words() {
    let lang = i18n::current();
    let mut plan = example();
    let days: Vec<NaiveDate> = (0..9).map(|i| day(30, 11) + chrono::Days::new(i % 7)).collect();
    for ((_, kind), date) in comeback::ui::palette::templates().into_iter().zip(days) {
        let mut session = Session::planned(plan.fresh_id(), date, kind);
        session.status = Status::Done;
        let pain = Pain::new(3).unwrap();
        session.pain = Some(PainLog { during: pain, next_day: pain, ..PainLog::default() });
        plan.apply(Command::AddSession(session)).unwrap();
    }
    let units = plan.meta.units;
    let mut words: Vec<String> = ["✔", "⊘", "3/10", "1/10", "2/10"].map(str::to_owned).to_vec();
    for s in plan.sessions() {
        for text in [s.kind.short(units), comeback::text::compact(&s.kind, units)] {
            words.extend(text.split_whitespace().map(str::to_owned));
        }
    }
    for severity in [
        comeback::rules::Severity::Error,
        comeback::rules::Severity::Warning,
        comeback::rules::Severity::Advice,
    ] {
        words.push(severity.icon().to_owned());
    }
    for (size, zoom) in
        [([1012.0, 640.0], Zoom::Month), ([1024.0, 640.0], Zoom::TwoWeeks), ([1366.0, 768.0], Zoom::Month)]
    {
        let (_dir, h) = open_in(lang, &plan, size, zoom);
        let calendar = rect_of(&h, "Calendar");
        let [november, december] =
            [11u32, 12].map(|month| format!(" {}, ", comeback::t!("month-short", month = month)));
        let chips: Vec<Rect> = h
            .query_all_by_label_contains(&november)
            .chain(h.query_all_by_label_contains(&december))
            .map(|n| n.rect())
            .collect();
        assert!(chips.len() >= 9, "{lang:?} {size:?}: {} chips", chips.len());
        let mut painted = 0;
        for clipped in &h.output().shapes {
            let mut texts = Vec::new();
            collect_texts(&clipped.shape, &mut texts);
            for (pos, rows) in texts {
                // Chips scrolled out of view lie under the panels below, which paint their own.
                if !clipped.clip_rect.contains(pos)
                    || !calendar.contains(pos)
                    || !chips.iter().any(|c| c.contains(pos))
                {
                    continue;
                }
                for row in rows {
                    for word in row.split_whitespace() {
                        painted += 1;
                        assert!(
                            words.iter().any(|w| w == word),
                            "{lang:?} {size:?} {zoom:?}: {word:?} in {row:?} is part of a word"
                        );
                    }
                }
            }
        }
        assert!(painted > 20, "{lang:?} {size:?}: the chips' words were found ({painted})");
    }
}

/// The text shapes in `shape`: where each is drawn and its lines.
fn collect_texts(shape: &Shape, out: &mut Vec<(egui::Pos2, Vec<String>)>) {
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|s| collect_texts(s, out)),
        Shape::Text(text) => {
            let rows = text.galley.rows.iter().map(|r| r.row.text()).collect();
            out.push((text.pos + egui::vec2(1.0, 1.0), rows));
        }
        _ => {}
    }
}

/// After "Mark done" the chip's menu took that item away and grew the logging fields above the
/// rest, so "Mark skipped" moved up under the pointer and a second click skipped the run just
/// done. The items now stay where they were, near the window's foot too.
#[test]
fn the_chip_menu_keeps_its_items_in_place() {
    let size = [1366.0, 768.0];
    // German's items are the longest.
    for lang in [Lang::En, Lang::Pseudo, Lang::De] {
        // A planned run/walk in the last week, low on the screen.
        for date in [day(30, 11), day(27, 11)] {
            let (_dir, mut h) = open_in(lang, &example(), size, Zoom::Month);
            let chip = format!(", {}", comeback::dates::day(date));
            h.get_by_label_contains(&chip).click_secondary();
            h.run();
            let items =
                ["chip-mark-done", "chip-mark-skipped", "chip-mark-planned"].map(|id| comeback::t!(id));
            let before: Vec<Rect> = items.iter().map(|i| button(&h, i)).collect();
            h.get_by_label(&items[0]).click();
            h.run();
            let after: Vec<Rect> = items.iter().map(|i| button(&h, i)).collect();
            assert_eq!(before, after, "{lang:?} {chip}: the menu's items moved");
            let menu = before.iter().fold(Rect::NOTHING, |all, item| all.union(*item));
            let window = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), size.into());
            assert!(window.contains_rect(menu), "{lang:?} {chip}: the menu {menu:?} leaves the window");
        }
    }
}

/// The grid scrolls for the mouse; the keyboard reaches every day too: moving the selection
/// with the arrows to a week scrolled out of view scrolls it in.
#[test]
fn the_arrows_scroll_the_selected_day_into_view() {
    let (_dir, mut h) = open(&example(), [1024.0, 640.0], Zoom::Month);
    h.get_by_label_contains("Friday 27 November 2026").click();
    h.run();
    for _ in 0..4 {
        h.key_press(egui::Key::ArrowUp);
        h.run();
    }
    assert_eq!(h.state().view().selected_day, Some(day(30, 10)));
    let calendar = rect_of(&h, "Calendar");
    let rect = button(&h, "Friday 30 October 2026");
    assert!(calendar.contains_rect(rect), "{rect:?} is scrolled out of {calendar:?}");
}

/// Below the width where the side panel fits beside days of the least width, it folds to a
/// strip whose button (a keyboard can reach it) shows it; nothing overlaps either way, and the
/// period's name gives way before it runs under the view buttons. (819×512 points: a 1024×640
/// window at 1.25, where the month's name ran under the view buttons.)
#[test]
fn a_narrow_window_folds_the_side_panel_to_a_strip() {
    for lang in LANGS {
        let (_dir, mut h) = open_in(lang, &example(), [819.0, 512.0], Zoom::Month);
        let folded = |h: &Harness<'_, App>| h.query_by_label(&said(h, "Side panel")).is_none();
        assert!(folded(&h), "{lang:?}: folded");
        let views = rect_of(&h, "2 weeks");
        let november = day(1, 11);
        let titles = [comeback::dates::month(november), comeback::dates::month_short(november)];
        for title in titles.iter().filter_map(|t| h.query_by_label(t)) {
            let rect = title.rect();
            assert!(!overlap(rect, views), "{lang:?}: {rect:?} runs under the view buttons {views:?}");
        }
        h.get_by_label(&said(&h, "Show the side panel")).click();
        h.run();
        let (side, calendar) = (rect_of(&h, "Side panel"), rect_of(&h, "Calendar"));
        assert!(!overlap(side, calendar), "{lang:?}: {side:?} over {calendar:?}");
        h.get_by_label(&said(&h, "Hide the side panel")).click();
        h.run();
        assert!(folded(&h), "{lang:?}: folded again");
    }
}

/// A day scrolled out of view can be dropped on with the mouse too: held at the grid's foot,
/// a dragged session scrolls the grid on.
#[test]
fn a_drag_held_at_the_grids_edge_scrolls_it() {
    let (_dir, mut h) = open(&example(), [1024.0, 640.0], Zoom::Month);
    let below = |h: &Harness<'_, App>| h.get_by_label_contains("Sunday 6 December 2026").rect().top();
    let before = below(&h);
    let calendar = rect_of(&h, "Calendar");
    h.drag_at(h.get_by_label("New Run").rect().center());
    h.run();
    h.hover_at(egui::pos2(calendar.center().x, calendar.bottom() - 6.0));
    h.run_steps(10);
    let after = below(&h);
    assert!(after < before - 20.0, "the grid scrolled: {before} → {after}");
    h.drop_at(h.get_by_label("New Run").rect().center());
    h.run();
}

/// A window made narrow and wide again showed the side panel at its narrowest for good (egui
/// keeps a panel's width as last shown); it comes back to its width, and a width dragged on its
/// edge is kept.
#[test]
fn the_side_panel_comes_back_to_its_width_when_the_window_widens() {
    let (_dir, mut h) = open(&example(), [1366.0, 768.0], Zoom::Month);
    let width = |h: &Harness<'_, App>| rect_of(h, "Side panel").width();
    let wide = width(&h);
    for size in [[1024.0, 640.0], [1366.0, 768.0]] {
        h.set_size(egui::vec2(size[0] + 2.0 * MARGIN, size[1] + 2.0 * MARGIN));
        h.run();
    }
    assert!((width(&h) - wide).abs() < 1.0, "{wide} → {}", width(&h));
}

/// The load chart's legend wraps entry by entry, and its longer words take more rows in a longer
/// language: the charts under it stay whole inside their panel, above the status bar.
#[test]
fn the_load_charts_stay_inside_their_panel_in_a_longer_language() {
    for (lang, size) in LANGS.into_iter().flat_map(|lang| SIZES.map(|size| (lang, size))) {
        let (_dir, h) = open_in(lang, &example(), size, Zoom::Month);
        let panel = rect_of(&h, "Weekly load");
        let threshold = example().rules.pain_threshold;
        let charts = [
            comeback::t!("load-chart-name"),
            comeback::t!("load-ratio-name"),
            comeback::t!("load-pain-name", threshold = threshold),
        ];
        for name in charts {
            let chart = h.get_by_label(&name).rect();
            assert!(panel.contains_rect(chart), "{lang:?} {size:?}: {name} {chart:?} is cut by {panel:?}");
        }
    }
}

/// German and Spanish at every size: the window's regions (whatever they are called) stay in the
/// window without overlapping, and the load charts inside theirs.
#[test]
fn the_regions_hold_together_in_german_and_spanish() {
    for (lang, size) in [Lang::De, Lang::Es].into_iter().flat_map(|lang| SIZES.map(|size| (lang, size))) {
        let (_dir, h) = open_in(lang, &example(), size, Zoom::Month);
        let window = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), size.into());
        // The regions are the panes named (egui's own have no name).
        let regions: Vec<Rect> = h
            .query_all_by_role(Role::Pane)
            .filter(|n| n.accesskit_node().label().is_some())
            .map(|n| n.rect())
            .collect();
        assert_eq!(regions.len(), 5, "{lang:?} {size:?}: palette, calendar, side panel, load, status");
        for (i, a) in regions.iter().enumerate() {
            assert!(window.contains_rect(*a), "{lang:?} {size:?}: {a:?} leaves the window");
            for b in regions.iter().skip(i + 1) {
                assert!(!overlap(*a, *b), "{lang:?} {size:?}: {a:?} overlaps {b:?}");
            }
        }
        let threshold = example().rules.pain_threshold;
        let charts = [
            comeback::t!("load-chart-name"),
            comeback::t!("load-ratio-name"),
            comeback::t!("load-pain-name", threshold = threshold),
        ];
        for name in charts {
            let chart = h.get_by_label(&name).rect();
            let panel = regions.iter().find(|r| r.contains(chart.left_top())).unwrap();
            assert!(panel.contains_rect(chart), "{lang:?} {size:?}: {name} {chart:?} is cut by {panel:?}");
        }
    }
}

mod words;
