//! The load chart under the calendar: each week's running as planned and as done, side by side,
//! the weekly cap, the band the ramp allows above the established level, down weeks; the
//! acute:chronic ratio as advice; and the pain logged, during and the next day, under them, so
//! pain is seen following load. Clicking a week shows it in the calendar.

use chrono::{Datelike, NaiveDate};
use egui::{Color32, Stroke, Ui};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, HLine, HoverPosition, Line, MarkerShape, Plot, PlotPoints,
    PlotTransform, Points, Polygon,
};

use super::Intent;
use super::theme::Palette;
use crate::i18n::number;
use crate::plan::Plan;
use crate::progress;
use crate::rules::{Severity, WeekSummary};
use crate::t;

/// Heights of the load chart, the ratio strip and the pain strip under it: with the legend's
/// two rows they take what the chart and its strip took before the pain strip came, so a month
/// of six weeks still fits the calendar at 1366×768.
const HEIGHT: f32 = 88.0;
const RATIO_HEIGHT: f32 = 32.0;
const PAIN_HEIGHT: f32 = 38.0;

/// The height the chart's panel takes with its legend, strips and margins when `weeks` show a
/// ratio (and without one, less the ratio strip), for the first pass, before the panel has
/// measured what it holds. Laid out shorter, the chart fell below the window, where egui_plot
/// lays out no axis labels to size its axes by; laid out taller, it moved a frame later.
pub fn panel_height(weeks: &[WeekSummary]) -> f32 {
    let ratio = if weeks.iter().any(|w| w.acute_chronic.is_some()) { RATIO_HEIGHT + SPACING } else { 0.0 };
    WITHOUT_RATIO + ratio
}

/// What the panel holds besides the ratio strip: the legend's two rows, the chart, the pain
/// strip, the spacing between them and the panel's margins (measured with kittest on the example
/// at 1000 to 1920 points wide: from the legend's top to the pain strip's foot, 207.5 points
/// with the ratio strip, and the panel's margins, 5.5, as the 213 measured before the pain
/// strip came gave them).
const WITHOUT_RATIO: f32 = 178.0;

/// The space egui puts between two widgets laid out one under the other.
const SPACING: f32 = 3.0;

/// Room for the charts' value axes, the load chart's label and its numbers included: the same
/// for all three, so each week's ratio and pain sit under its bars, and given from the first
/// pass, where egui_plot would size an axis from the labels of the pass before.
const AXIS_WIDTH: f32 = 44.0;

/// Draws the chart for `weeks` of `plan`.
pub fn load_ui(ui: &mut Ui, plan: &Plan, weeks: &[WeekSummary], out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    let units = plan.meta.units.abbrev();
    let ramp = 1.0 + plan.rules.ramp_max_pct / 100.0;
    let first = weeks.first().map(|w| w.totals.start);
    let (planned_word, done_word) = (t!("load-planned"), t!("load-done"));
    let planned: Vec<Bar> = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (tint, r) = (planned_color(&palette, w.down), &w.totals);
            Bar::new(i as f64 - BAR_OFFSET, r.run_planned)
                .width(BAR_WIDTH)
                .fill(tint.gamma_multiply(0.25))
                .stroke(Stroke::new(1.0, tint))
                .name(bar_label(r.start, &planned_word, r.run_planned, w.down, units))
        })
        .collect();
    let done: Vec<Bar> = weeks
        .iter()
        .map(|w| &w.totals)
        .enumerate()
        .filter(|(_, r)| r.run_done > 0.0)
        .map(|(i, r)| {
            Bar::new(i as f64 + BAR_OFFSET, r.run_done)
                .width(BAR_WIDTH)
                .fill(palette.bar_fill)
                .name(bar_label(r.start, &done_word, r.run_done, false, units))
        })
        .collect();
    // The band from the established level to what the ramp allows over it, one box a week
    // (egui fills convex shapes only).
    let band: Vec<Vec<[f64; 2]>> = weeks
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let (x, level) = (i as f64, w.established?);
            Some(vec![[x - 0.5, level], [x + 0.5, level], [x + 0.5, level * ramp], [x - 0.5, level * ramp]])
        })
        .collect();
    let top = weeks
        .iter()
        .map(|w| {
            let r = &w.totals;
            r.run_planned.max(r.run_done).max(r.run).max(w.established.unwrap_or(0.0) * ramp)
        })
        .chain(plan.rules.weekly_cap.map(crate::plan::Distance::get))
        .fold(0.0, f64::max);
    let years =
        weeks.first().zip(weeks.last()).is_some_and(|(a, b)| a.totals.start.year() != b.totals.start.year());
    let ratio: Vec<[f64; 2]> =
        weeks.iter().enumerate().filter_map(|(i, w)| w.acute_chronic.map(|r| [i as f64, r])).collect();
    let max = plan.rules.acute_chronic_max;
    legend_ui(ui, &palette, (!ratio.is_empty()).then_some(max), plan.rules.pain_threshold);
    let response = Plot::new("load")
        .height(HEIGHT)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_y(0.0)
        .include_y(top * 1.1)
        // Week i spans exactly the i-th of n equal parts of the width.
        .set_margin_fraction(egui::Vec2::new(0.0, 0.05))
        .include_x(-0.5)
        .include_x(weeks.len() as f64 - 0.5)
        .custom_y_axes(vec![
            AxisHints::new_y()
                .label(t!("load-axis", units = units))
                .min_thickness(AXIS_WIDTH)
                .label_spacing(14.0..=18.0),
        ])
        .y_grid_spacer(|input| value_marks(input.bounds, input.base_step_size))
        .x_grid_spacer(move |input| week_marks(input.bounds, input.base_step_size, years))
        .x_axis_formatter(move |mark, _| first.map(|first| week_text(first, mark, years)).unwrap_or_default())
        .show(ui, |plot| {
            for week in band {
                plot.polygon(
                    Polygon::new(t!("load-ramp-allows"), PlotPoints::from(week))
                        .fill_color(palette.bar_fill.gamma_multiply(0.25))
                        .stroke(Stroke::NONE),
                );
            }
            plot.bar_chart(BarChart::new(planned_word, planned).color(palette.bar_fill));
            if !done.is_empty() {
                plot.bar_chart(BarChart::new(done_word, done).color(palette.bar_fill));
            }
            if let Some(cap) = plan.rules.weekly_cap {
                plot.hline(
                    HLine::new(t!("load-weekly-cap"), cap.get())
                        .stroke(Stroke::new(1.5, palette.severity(Severity::Error))),
                );
            }
            plot.pointer_coordinate()
        });
    settle(ui, "load", &response.transform);
    response
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, t!("load-chart-name")));
    if response.response.clicked()
        && let Some(at) = response.inner
        && let Some(week) = usize::try_from(at.x.round() as i64).ok().and_then(|i| weeks.get(i))
    {
        out.push(Intent::Jump { date: week.totals.start, session: None });
    }
    if !ratio.is_empty() {
        let ratio_plot = strip("acute-chronic", weeks.len(), RATIO_HEIGHT)
            .include_y(0.0)
            .include_y(max + 0.2)
            .y_axis_min_width(AXIS_WIDTH)
            .show(ui, |plot| {
                let [(ratio_name, ratio_color), (limit_name, limit_color)] = ratio_series(&palette, max);
                plot.line(Line::new(ratio_name, PlotPoints::from(ratio)).color(ratio_color));
                plot.hline(HLine::new(limit_name, max).stroke(Stroke::new(1.0, limit_color)));
            });
        settle(ui, "acute-chronic", &ratio_plot.transform);
        ratio_plot
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, t!("load-ratio-name")));
    }
    if let Some(first) = first {
        pain_ui(ui, &palette, plan, first, weeks.len());
    }
}

/// Planned and done share a week's width, planned on the left.
const BAR_WIDTH: f64 = 0.4;
const BAR_OFFSET: f64 = 0.2;

/// A strip under the load chart: its weeks where the chart's are, nothing to zoom or drag.
fn strip(id: &str, weeks: usize, height: f32) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_x(-0.5)
        .include_x(weeks as f64 - 0.5)
        .show_axes([false, true])
        .set_margin_fraction(egui::Vec2::new(0.0, 0.05))
}

/// The pain logged on done sessions, on their days: during and the next morning, 0–10, with
/// the plan's threshold, above which the soreness rules step back.
fn pain_ui(ui: &mut Ui, palette: &Palette, plan: &Plan, first: NaiveDate, weeks: usize) {
    let days = progress::pain_by_day(plan);
    let at = |date: NaiveDate| {
        // A day's place in its week's width: the week's start at its left edge.
        (date - first).num_days() as f64 / 7.0 - 0.5 + 0.5 / 7.0
    };
    let during: Vec<[f64; 2]> = days.iter().map(|d| [at(d.date), f64::from(d.during)]).collect();
    let next_day: Vec<[f64; 2]> = days.iter().map(|d| [at(d.date), f64::from(d.next_day)]).collect();
    let threshold = plan.rules.pain_threshold;
    let [(during_name, during_color), (next_name, next_color), (threshold_name, threshold_color)] =
        pain_series(palette, threshold);
    let dates: Vec<NaiveDate> = days.iter().map(|d| d.date).collect();
    let threshold_label = threshold_name.clone();
    let pain_plot = strip("pain", weeks, PAIN_HEIGHT)
        .label_formatter(move |at| pain_hover(&dates, &threshold_label, at))
        .include_y(0.0)
        .include_y(f64::from(crate::plan::Pain::MAX))
        .custom_y_axes(vec![AxisHints::new_y().min_thickness(AXIS_WIDTH).label_spacing(10.0..=12.0)])
        // 0 and 10 only: in so thin a strip, a 5 between them would not fit its number.
        .y_grid_spacer(|input| marks(input.bounds, 10.0))
        // Room above 10 for its number, which sat across the ratio strip's foot.
        .set_margin_fraction(egui::Vec2::new(0.0, 0.15))
        .show(ui, |plot| {
            plot.hline(
                HLine::new(threshold_name, f64::from(threshold)).stroke(Stroke::new(1.0, threshold_color)),
            );
            for (name, color, shape, points) in [
                (during_name, during_color, MarkerShape::Circle, during),
                (next_name, next_color, MarkerShape::Square, next_day),
            ] {
                plot.line(Line::new(name.clone(), PlotPoints::from(points.clone())).color(color));
                // A point for each day, so one run alone, or a day between two without pain, shows.
                plot.points(
                    Points::new(name, PlotPoints::from(points)).color(color).shape(shape).radius(2.5),
                );
            }
        });
    settle(ui, "pain", &pain_plot.transform);
    pain_plot.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, t!("load-pain-name", threshold = threshold))
    });
}

/// What a point of the pain strip says when pointed at: its day and score, not its place on the
/// week axis ("Thu 26 Nov: pain during 1 / 10"); the threshold's line, its name. `dates` are
/// the points' days, in the order drawn.
fn pain_hover(dates: &[NaiveDate], threshold: &str, at: &HoverPosition<'_>) -> Option<String> {
    match at {
        HoverPosition::NearDataPoint { plot_name, .. } if *plot_name == threshold => {
            Some(threshold.to_owned())
        }
        HoverPosition::NearDataPoint { plot_name, position, index } => dates
            .get(*index)
            .map(|date| format!("{}: {plot_name} {} / 10", super::short_day(*date), position.y)),
        HoverPosition::Elsewhere { .. } => None,
    }
}

/// The value axis's marks at comeback volumes: a step of 0.5, 1, 2 or 5 (times a power of ten)
/// far enough apart for its numbers to read, so a chart of a few miles reads 0, 1, 2, 3 rather
/// than only 0 and 5.
fn value_marks(bounds: (f64, f64), base_step_size: f64) -> Vec<GridMark> {
    // base_step_size is 8 points' worth of value; a number needs about 16.
    let least = (base_step_size * 2.0).max(f64::MIN_POSITIVE);
    let power = 10f64.powf(least.log10().floor());
    let step =
        [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= least).unwrap_or(10.0 * power);
    marks(bounds, step)
}

/// Marks every `step` from 0 within `bounds`, none below 0.
fn marks((low, high): (f64, f64), step: f64) -> Vec<GridMark> {
    let count = (high / step).floor().max(0.0) as i64;
    (((low / step).ceil().max(0.0) as i64)..=count)
        .map(|k| GridMark { value: k as f64 * step, step_size: step })
        .collect()
}

/// The week axis's marks: every week while its labels fit, else every 2, 4, 13 (a quarter),
/// 26, 52 weeks or more; with `years` each label is wider (it may carry its year).
fn week_marks(bounds: (f64, f64), base_step_size: f64, years: bool) -> Vec<GridMark> {
    // base_step_size is 8 points' worth of weeks; "16 Nov" needs about 64, "16 Nov 2026" 88.
    let least = base_step_size * if years { 11.0 } else { 8.0 };
    let step = [1.0, 2.0, 4.0, 13.0, 26.0, 52.0, 104.0, 260.0, 520.0, 1040.0]
        .into_iter()
        .find(|s| *s >= least)
        .unwrap_or(2080.0);
    marks(bounds, step)
}

/// The label of the week `mark` counts from the week starting `first`: its first day, with
/// the year where `years` and the year is new since the mark before (or it is the first).
fn week_text(first: NaiveDate, mark: GridMark, years: bool) -> String {
    let i = mark.value.round();
    if (mark.value - i).abs() > 1e-6 || i < 0.0 {
        return String::new();
    }
    let week = |i: f64| first.checked_add_days(chrono::Days::new(7 * i as u64));
    let Some(date) = week(i) else { return String::new() };
    if !years {
        return crate::dates::date(date);
    }
    let before = (i >= mark.step_size).then(|| week(i - mark.step_size)).flatten();
    if before.is_some_and(|b| b.year() == date.year()) {
        crate::dates::date(date)
    } else {
        crate::dates::date_year(date)
    }
}

/// egui_plot lays a plot out from what it found the pass before: the grid and the axes' labels
/// follow the bounds it had then. On a plot's first pass it had none, and its first painted
/// frame drew a grid and labels that moved a frame later (the pass run again also gives the
/// calendar above the height the chart's panel measured). When a plot's bounds are new, the pass
/// is run again before anything is painted. (Only the bounds: its area changes on every frame
/// of a resize, and a pass run again on each would double what resizing costs.)
fn settle(ui: &Ui, plot: &str, transform: &PlotTransform) {
    let id = ui.scope_id().with(("plot-bounds", plot));
    let bounds = transform.bounds();
    let now = (bounds.min(), bounds.max());
    let before = ui.data_mut(|d| d.get_temp::<([f64; 2], [f64; 2])>(id));
    if before != Some(now) {
        ui.data_mut(|d| d.insert_temp(id, now));
        ui.ctx().request_discard("a chart's grid and labels follow its new bounds");
    }
}

/// How a legend entry shows its series: a box as the bars draw it, or a line.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Swatch {
    /// A fill and an outline.
    Box(Color32, Color32),
    Line(Color32),
}

/// The load chart's legend: each series' name and its look as drawn, planned pale with an
/// outline and done solid; with `ratio_limit`, the ratio strip's line and its advised limit too.
fn legend(palette: &Palette, ratio_limit: Option<f64>) -> Vec<(String, Swatch)> {
    let error = palette.severity(Severity::Error);
    let mut entries = vec![
        (t!("load-planned"), Swatch::Box(palette.bar_fill.gamma_multiply(0.25), palette.bar_fill)),
        (t!("load-done"), Swatch::Box(palette.bar_fill, palette.bar_fill)),
        (t!("load-ramp-allows"), Swatch::Box(palette.bar_fill.gamma_multiply(0.25), Color32::TRANSPARENT)),
        (t!("load-weekly-cap"), Swatch::Box(error, error)),
    ];
    if let Some(limit) = ratio_limit {
        entries.extend(ratio_series(palette, limit).map(|(name, color)| (name, Swatch::Line(color))));
    }
    entries
}

/// The ratio strip's two lines, each a name and a colour, as the strip draws them and the
/// legend shows them: the acute:chronic ratio, and the advised `limit`.
fn ratio_series(palette: &Palette, limit: f64) -> [(String, Color32); 2] {
    [
        (t!("load-ratio"), palette.weak_text),
        (t!("load-ratio-limit", limit = number(limit)), palette.severity(Severity::Advice)),
    ]
}

/// The pain strip's lines, each a name and a colour, as the strip draws them and the legend
/// shows them: pain during, pain the next day, and the plan's `threshold`.
fn pain_series(palette: &Palette, threshold: u8) -> [(String, Color32); 3] {
    [
        (t!("load-pain-during"), palette.severity(Severity::Warning)),
        (t!("load-pain-next-day"), palette.changed),
        (t!("load-pain-threshold", threshold = threshold), palette.severity(Severity::Error)),
    ]
}

/// The legend above the chart, in two rows: the load chart's and ratio strip's series, then the
/// pain strip's (always a row of its own, so the panel's height does not change with the
/// window's width at common sizes). Inside the load chart it covered the first weeks' bars, and
/// inside the ratio strip the last weeks' ratios.
fn legend_ui(ui: &mut Ui, palette: &Palette, ratio_limit: Option<f64>, pain_threshold: u8) {
    let pain = pain_series(palette, pain_threshold).map(|(name, color)| (name, Swatch::Line(color)));
    for row in [legend(palette, ratio_limit), pain.to_vec()] {
        // Wrapped, entry by entry, for a narrow window.
        ui.horizontal_wrapped(|ui| {
            for (name, swatch) in row {
                // Sized before it is laid out, so an entry that does not fit starts a new line
                // rather than running on past the panel's edge (and under the side panel).
                let font = egui::TextStyle::Body.resolve(ui.style());
                let text = ui.fonts_mut(|f| f.layout_no_wrap(name.clone(), font, Color32::WHITE)).size();
                let size = egui::vec2(12.0 + ui.spacing().item_spacing.x + text.x, text.y.max(12.0));
                ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    match swatch {
                        Swatch::Box(fill, stroke) => {
                            ui.painter().rect_filled(rect, 2, fill);
                            ui.painter().rect_stroke(
                                rect,
                                2,
                                Stroke::new(1.0, stroke),
                                egui::StrokeKind::Inside,
                            );
                        }
                        Swatch::Line(color) => {
                            ui.painter().hline(rect.x_range(), rect.center().y, Stroke::new(1.5, color));
                        }
                    }
                    ui.label(name);
                });
                // Only where the row has room for it: a space after a row's last entry ran past
                // the panel's edge, and the charts under it with it, in a longer language.
                if ui.available_size_before_wrap().x > 8.0 {
                    ui.add_space(8.0);
                }
            }
        });
    }
}

/// A bar's name, shown when it is pointed at: "Week of 16 Nov: planned 3 mi · down week".
fn bar_label(start: NaiveDate, what: &str, value: f64, down: bool, units: &str) -> String {
    t!(
        "load-bar",
        down = if down { "yes" } else { "no" },
        date = crate::dates::date(start),
        what = what,
        value = number(value),
        units = units
    )
}

/// Down weeks are grey, so they read as a pause rather than a fall.
fn planned_color(palette: &Palette, down: bool) -> Color32 {
    if down { palette.weak_text } else { palette.bar_fill }
}

#[cfg(test)]
mod tests;
