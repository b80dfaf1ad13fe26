//! The week column: the week's lines as paper prints them (`crate::text`), the bar against the
//! weekly cap, running planned against done in weeks begun, and the week's findings.

use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Id, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use super::CalendarCx;
use super::tooltip::findings_tooltip_ui;
use crate::i18n::number;
use crate::rules::{Finding, WeekSummary};
use crate::t;
use crate::ui::theme::{self, Palette};

/// Draws the week starting `week_first` in `rect`.
pub(super) fn week_ui(
    ui: &mut Ui,
    cx: &CalendarCx<'_>,
    palette: &Palette,
    week_first: NaiveDate,
    rect: Rect,
    text: Color32,
) {
    let plan = cx.doc.plan();
    let summary = cx.doc.weeks().iter().find(|w| w.totals.start == week_first);
    let empty = WeekSummary {
        totals: crate::rules::WeekTotals { start: week_first, ..Default::default() },
        established: None,
        yardstick: None,
        down: false,
        acute_chronic: None,
    };
    let summary = summary.unwrap_or(&empty);
    let week_findings: Vec<&Finding> =
        cx.doc.findings().iter().filter(|f| f.week == Some(week_first)).collect();
    let response = ui.interact(rect, Id::unique(("week", week_first)), Sense::hover());
    let run = summary.totals.run;
    // The same lines as the printed week column (`crate::text`), so screen and paper agree.
    let lines = crate::text::week_lines(summary, plan);
    // What the plan said against what was done, once the week has begun and has running: the
    // load line above counts the done runs as done and the rest as planned. Painted short, in
    // the load line's units, to fit the column; read out in full.
    let progress = Some(&summary.totals)
        .filter(|w| week_first <= cx.view.today && (w.run_planned > 0.0 || w.run_done > 0.0))
        .map(|w| {
            let units = plan.meta.units.abbrev();
            let (planned, done) = (number(w.run_planned), number(w.run_done));
            (
                t!("week-done-of", done = &done, planned = &planned),
                t!("week-progress-said", planned = planned, done = done, units = units),
            )
        });
    response.widget_info(|| {
        let said = progress.as_ref().map(|(_, said)| said);
        let shown = lines.iter().take(1).chain(said).chain(lines.iter().skip(1));
        let shown: Vec<&str> = shown.map(String::as_str).collect();
        let mut name = t!("week-name", date = crate::dates::date(week_first), lines = shown.join(" · "));
        if let Some(worst) = week_findings.iter().max_by_key(|f| f.severity) {
            name = format!("{name}, {}", crate::text::finding_name(worst));
        }
        WidgetInfo::labeled(egui::Role::Label, true, name)
    });
    let painter = ui.painter();
    painter.rect_filled(rect, theme::RADIUS, palette.cell_outside);
    let worst = week_findings.iter().map(|f| f.severity).max();
    let border = theme::outline(worst)
        .map_or(Stroke::new(1.0, palette.grid), |s| Stroke::new(theme::OUTLINE, palette.severity(s)));
    painter.rect_stroke(rect, theme::RADIUS, border, StrokeKind::Inside);

    let x = rect.left() + theme::GAP * 2.0;
    let mut y = rect.top() + theme::GAP + 2.0;
    // A line too long for the column ("+20 % on 2.5 mi level") wraps rather than running
    // into the next panel.
    let wrap = rect.right() - theme::GAP * 2.0 - x;
    let line = |painter: &egui::Painter, y: &mut f32, s: &str, color: Color32| {
        let galley = painter.layout(s.to_owned(), FontId::proportional(12.0), color, wrap);
        let rows = galley.rows.len().max(1);
        painter.galley(pos2(x, *y), galley, color);
        *y += 16.0 * rows as f32;
    };
    let mut lines = lines.iter();
    if let Some(first) = lines.next() {
        line(painter, &mut y, first, text);
    }
    if let Some(cap) = plan.rules.weekly_cap.map(crate::plan::Distance::get).filter(|c| *c > 0.0) {
        let track = Rect::from_min_size(pos2(x, y), vec2(rect.width() - theme::GAP * 4.0, 5.0));
        painter.rect_filled(track, 2, palette.bar_track);
        let share = (run / cap).min(1.0) as f32;
        let over = run > cap + 1e-9;
        let fill = Rect::from_min_size(track.min, vec2(track.width() * share, track.height()));
        painter.rect_filled(fill, 2, if over { palette.error } else { palette.bar_fill });
        y += 9.0;
    }
    if let Some((painted, _)) = &progress {
        line(painter, &mut y, painted, text);
    }
    for rest in lines {
        if y + 14.0 >= rect.bottom() {
            break;
        }
        line(painter, &mut y, rest, palette.weak_text);
    }
    if let Some(worst) = worst {
        painter.text(
            pos2(rect.right() - theme::GAP * 2.0, rect.top() + theme::GAP + 2.0),
            Align2::RIGHT_TOP,
            worst.icon(),
            FontId::proportional(14.0),
            palette.severity(worst),
        );
        response.on_hover_ui(|ui| findings_tooltip_ui(ui, palette, &week_findings));
    }
}
