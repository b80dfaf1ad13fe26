//! The load chart under the calendar: weekly running as bars (planned, and done inside them),
//! the weekly cap, the band the ramp allows above the established level, down weeks, and the
//! acute:chronic ratio as advice. Clicking a week shows it in the calendar.

use egui::{Color32, Stroke, Ui};
use egui_plot::{Bar, BarChart, HLine, Line, Plot, PlotPoints, PlotTransform, Polygon};

use super::Intent;
use super::theme::Palette;
use crate::plan::{Plan, fmt_num};
use crate::rules::{Severity, WeekSummary};

/// Height of the chart (its legend row above it takes the rest of what was 150 points, so the
/// calendar keeps its room), and of the ratio strip under it.
const HEIGHT: f32 = 128.0;
const RATIO_HEIGHT: f32 = 56.0;

/// The height the chart's panel takes with its legend row, ratio strip and margins, for the
/// first pass, before the panel has measured what it holds. Laid out shorter, the chart fell
/// below the window, where egui_plot lays out no axis labels to size its axes by.
pub const PANEL_HEIGHT: f32 = 213.0;

/// Room for both charts' value axes, the load chart's label and its numbers included: the same
/// for both, so each week's ratio sits under its bar, and given from the first pass, where
/// egui_plot would size an axis from the labels of the pass before.
const AXIS_WIDTH: f32 = 44.0;

/// Draws the chart for `weeks` of `plan`.
pub fn load_ui(ui: &mut Ui, plan: &Plan, weeks: &[WeekSummary], out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    let units = plan.meta.units.abbrev();
    let ramp = 1.0 + plan.rules.ramp_max_pct / 100.0;
    let planned: Vec<Bar> = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let tint = planned_color(&palette, w.down);
            Bar::new(i as f64, w.totals.run)
                .width(0.8)
                .fill(tint.gamma_multiply(0.25))
                .stroke(Stroke::new(1.0, tint))
                .name(week_label(w, units))
        })
        .collect();
    let done: Vec<Bar> = weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| w.totals.run_done > 0.0)
        .map(|(i, w)| Bar::new(i as f64, w.totals.run_done).width(0.5).fill(palette.bar_fill).name("done"))
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
        .map(|w| w.totals.run.max(w.established.unwrap_or(0.0) * ramp))
        .chain(plan.rules.weekly_cap.map(crate::plan::Distance::get))
        .fold(0.0, f64::max);
    let first = weeks.first().map(|w| w.totals.start);
    let formatter = move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
        let i = mark.value.round();
        if (mark.value - i).abs() > 1e-6 || i < 0.0 {
            return String::new();
        }
        first
            .and_then(|d| d.checked_add_days(chrono::Days::new(7 * i as u64)))
            .map(|d| d.format("%-d %b").to_string())
            .unwrap_or_default()
    };
    let ratio: Vec<[f64; 2]> =
        weeks.iter().enumerate().filter_map(|(i, w)| w.acute_chronic.map(|r| [i as f64, r])).collect();
    let max = plan.rules.acute_chronic_max;
    legend_ui(ui, &palette, (!ratio.is_empty()).then_some(max));
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
        .y_axis_label(format!("run {units} / week"))
        .y_axis_min_width(AXIS_WIDTH)
        .x_axis_formatter(formatter)
        .show(ui, |plot| {
            for week in band {
                plot.polygon(
                    Polygon::new("ramp allows", PlotPoints::from(week))
                        .fill_color(palette.bar_fill.gamma_multiply(0.25))
                        .stroke(Stroke::NONE),
                );
            }
            plot.bar_chart(BarChart::new("planned", planned).color(palette.bar_fill));
            if !done.is_empty() {
                plot.bar_chart(BarChart::new("done", done).color(palette.bar_fill));
            }
            if let Some(cap) = plan.rules.weekly_cap {
                plot.hline(
                    HLine::new("weekly cap", cap.get())
                        .stroke(Stroke::new(1.5, palette.severity(Severity::Error))),
                );
            }
            plot.pointer_coordinate()
        });
    settle(ui, "load", &response.transform);
    response.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            "Load chart: weekly running; click a week to show it",
        )
    });
    if response.response.clicked()
        && let Some(at) = response.inner
        && let Some(week) = usize::try_from(at.x.round() as i64).ok().and_then(|i| weeks.get(i))
    {
        out.push(Intent::Jump { date: week.totals.start, session: None });
    }
    if !ratio.is_empty() {
        let ratio_plot = Plot::new("acute-chronic")
            .height(RATIO_HEIGHT)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_drag(false)
            .allow_boxed_zoom(false)
            .include_y(0.0)
            .include_y(max + 0.2)
            .include_x(-0.5)
            .include_x(weeks.len() as f64 - 0.5)
            .show_axes([false, true])
            .y_axis_min_width(AXIS_WIDTH)
            .set_margin_fraction(egui::Vec2::new(0.0, 0.05))
            .show(ui, |plot| {
                let [(ratio_name, ratio_color), (limit_name, limit_color)] = ratio_series(&palette, max);
                plot.line(Line::new(ratio_name, PlotPoints::from(ratio)).color(ratio_color));
                plot.hline(HLine::new(limit_name, max).stroke(Stroke::new(1.0, limit_color)));
            });
        settle(ui, "acute-chronic", &ratio_plot.transform);
        ratio_plot.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Image, true, "Acute:chronic ratio by week (advice)")
        });
    }
}

/// egui_plot lays a plot out from what it found the pass before: the grid and the axes' labels
/// follow the bounds it had then. On a plot's first pass it had none, and its first painted
/// frame drew a grid and labels that moved a frame later (the pass run again also gives the
/// calendar above the height the chart's panel measured). When a plot's bounds are new, the pass
/// is run again before anything is painted. (Only the bounds: its area changes on every frame
/// of a resize, and a pass run again on each would double what resizing costs.)
fn settle(ui: &Ui, plot: &str, transform: &PlotTransform) {
    let id = ui.scope_id().with(("plot bounds", plot));
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

/// The charts' legend: each series' name and its look as drawn, planned pale with an outline
/// and done solid; with `ratio_limit`, the ratio strip's line and its advised limit too.
fn legend(palette: &Palette, ratio_limit: Option<f64>) -> Vec<(String, Swatch)> {
    let error = palette.severity(Severity::Error);
    let mut entries = vec![
        ("planned".to_owned(), Swatch::Box(palette.bar_fill.gamma_multiply(0.25), palette.bar_fill)),
        ("done".to_owned(), Swatch::Box(palette.bar_fill, palette.bar_fill)),
        ("ramp allows".to_owned(), Swatch::Box(palette.bar_fill.gamma_multiply(0.25), Color32::TRANSPARENT)),
        ("weekly cap".to_owned(), Swatch::Box(error, error)),
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
        ("acute:chronic (advice)".to_owned(), palette.weak_text),
        (format!("{} advised limit", fmt_num(limit)), palette.severity(Severity::Advice)),
    ]
}

/// The legend in a row above the chart: inside the load chart it covered the first weeks'
/// bars, and inside the ratio strip the last weeks' ratios.
fn legend_ui(ui: &mut Ui, palette: &Palette, ratio_limit: Option<f64>) {
    // Wrapped, entry by entry, for a narrow window.
    ui.horizontal_wrapped(|ui| {
        for (name, swatch) in legend(palette, ratio_limit) {
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                match swatch {
                    Swatch::Box(fill, stroke) => {
                        ui.painter().rect_filled(rect, 2, fill);
                        ui.painter().rect_stroke(rect, 2, Stroke::new(1.0, stroke), egui::StrokeKind::Inside);
                    }
                    Swatch::Line(color) => {
                        ui.painter().hline(rect.x_range(), rect.center().y, Stroke::new(1.5, color));
                    }
                }
                ui.label(name);
            });
            ui.add_space(8.0);
        }
    });
}

fn week_label(w: &WeekSummary, units: &str) -> String {
    let down = if w.down { " · down week" } else { "" };
    format!("Week of {}: {} {units}{down}", w.totals.start.format("%-d %b"), fmt_num(w.totals.run))
}

/// Down weeks are grey, so they read as a pause rather than a fall.
fn planned_color(palette: &Palette, down: bool) -> Color32 {
    if down { palette.weak_text } else { palette.bar_fill }
}

#[cfg(test)]
mod tests {
    use crate::ui::theme::Palette;

    /// "done" and "planned" had one legend colour; each series now shows as it is drawn.
    #[test]
    fn the_legend_tells_done_from_planned() {
        for visuals in [egui::Visuals::light(), egui::Visuals::dark()] {
            let legend = super::legend(&Palette::of(&visuals), None);
            let swatch = |name: &str| legend.iter().find(|(n, _)| n == name).map(|(_, swatch)| *swatch);
            assert_ne!(swatch("planned"), swatch("done"));
        }
    }
}
