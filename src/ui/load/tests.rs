#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use egui_plot::GridMark;

use crate::ui::theme::Palette;

/// The value axis of a comeback's few miles read only "0" (egui_plot's steps are powers of
/// ten, and 10 was above the chart); it now has a number every mile, and every 0.5, 2, 5,
/// 10 … where that is what fits. (A chart 100 points high; 8 points' worth is the base step.)
#[test]
fn the_value_axis_has_numbers_at_comeback_volumes() {
    for (top, expected) in [
        (3.85, vec![0.0, 1.0, 2.0, 3.0]),
        (1.65, vec![0.0, 0.5, 1.0, 1.5]),
        (6.6, vec![0.0, 2.0, 4.0, 6.0]),
        (33.0, vec![0.0, 10.0, 20.0, 30.0]),
    ] {
        let marks = super::value_marks((-0.05 * top, top), top / 100.0 * 8.0);
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(values, expected, "a chart up to {top}");
    }
}

/// Weeks over New Year carry the year on the first label and on the first of the new year;
/// the others stay short. Without a new year, none carries one.
#[test]
fn the_week_axis_says_the_year_where_it_changes() {
    let first = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    let text = |week: f64, step: f64, years| {
        super::week_text(first, GridMark { value: week, step_size: step }, years)
    };
    assert_eq!(text(0.0, 2.0, true), "16 Nov 2026");
    assert_eq!(text(4.0, 2.0, true), "14 Dec");
    assert_eq!(text(8.0, 2.0, true), "11 Jan 2027");
    assert_eq!(text(10.0, 2.0, true), "25 Jan");
    assert_eq!(text(4.0, 2.0, false), "14 Dec");
    assert_eq!(text(0.5, 1.0, false), "", "between two weeks");
}

/// Pointing at a pain point said "x = 1.4, y = 2", its place on the week axis; it says its
/// day and score now.
#[test]
fn a_pain_point_pointed_at_says_its_day_and_score() {
    let dates =
        [NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(), NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()];
    let near = |plot_name, index| egui_plot::HoverPosition::NearDataPoint {
        plot_name,
        position: egui_plot::PlotPoint::new(1.4, 2.0),
        index,
    };
    let said = |at| super::pain_hover(&dates, "3 pain threshold", &at);
    assert_eq!(said(near("pain during", 1)).as_deref(), Some("Thu 26 Nov: pain during 2 / 10"));
    assert_eq!(said(near("3 pain threshold", 0)).as_deref(), Some("3 pain threshold"));
    assert_eq!(said(near("pain next day", 2)), None);
}

/// A bar pointed at, the ratio's limit and a pain point said the reader's way: German and
/// Spanish words, dates and decimal commas (the chart said "Week of 16 Nov: planned 2.5 mi"
/// in every language).
#[test]
fn the_chart_speaks_german_and_spanish() {
    use crate::i18n::{Lang, in_lang};
    let start = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    let bar = |lang| in_lang(lang, || super::bar_label(start, &crate::t!("load-planned"), 2.5, true, "km"));
    assert_eq!(bar(Lang::En), "Week of 16 Nov: planned 2.5 km · down week");
    assert_eq!(bar(Lang::De), "Woche ab 16. Nov.: geplant 2,5 km · Entlastungswoche");
    assert_eq!(bar(Lang::Es), "Semana del 16 nov: planificado 2,5 km · semana de descarga");
    let palette = Palette::of(&egui::Visuals::light());
    let limit = |lang| in_lang(lang, || super::ratio_series(&palette, 1.5)[1].0.clone());
    assert_eq!(limit(Lang::De), "1,5 empfohlene Grenze");
    assert_eq!(limit(Lang::Es), "1,5 límite aconsejado");
    let threshold = |lang| in_lang(lang, || super::pain_series(&palette, 3)[2].0.clone());
    assert_eq!(threshold(Lang::De), "3 Schmerzgrenze");
}

/// Fourteen years of weeks are marked every two years, not every hundred weeks.
#[test]
fn a_long_range_is_marked_in_years() {
    let weeks = 730.0;
    let marks = super::week_marks((-0.5, weeks - 0.5), weeks / 800.0 * 8.0, true);
    assert_eq!(marks.get(1).map(|m| m.value), Some(104.0));
}

/// "done" and "planned" had one legend colour; each series now shows as it is drawn.
#[test]
fn the_legend_tells_done_from_planned() {
    for visuals in [egui::Visuals::light(), egui::Visuals::dark()] {
        let legend = super::legend(&Palette::of(&visuals), None);
        let swatch = |name: &str| legend.iter().find(|(n, _)| n == name).map(|(_, swatch)| *swatch);
        assert_ne!(swatch("planned"), swatch("done"));
    }
}
