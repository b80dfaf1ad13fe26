//! One day's cell: its number, notes marker, findings outline, the comparison and drop-preview
//! outlines, every one of its chips (the week's row grows to hold them), and the drop zone.

use chrono::{Datelike, NaiveDate};
use egui::{Align2, FontId, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use super::tooltip::{findings_tooltip_ui, notes_tooltip_ui};
use super::{CalendarCx, chip};
use crate::edit::Drag;
use crate::merge::ChangedBy;
use crate::rules::Finding;
use crate::t;
use crate::ui::theme::{self, Palette};
use crate::ui::{Intent, Zoom, day_label};

/// Draws the day `date` in `rect`.
pub(super) fn day_ui(
    ui: &mut Ui,
    cx: &CalendarCx<'_>,
    palette: &Palette,
    date: NaiveDate,
    rect: Rect,
    out: &mut Vec<Intent>,
) {
    let doc = cx.doc;
    let plan = doc.plan();
    let day_findings: Vec<&Finding> =
        doc.findings().iter().filter(|f| f.week.is_none() && f.touches_date(date)).collect();
    let merged = cx.merge.and_then(|sides| sides.days.get(&date)).copied();
    let response = ui.interact(rect, crate::ui::day_id(date), Sense::click());
    response.widget_info(|| {
        let mut name = day_label(date);
        if date == cx.view.today {
            name = format!("{name}, {}", t!("day-today"));
        }
        let sessions = plan.sessions_on(date).len();
        if sessions > 0 {
            name = format!("{name}, {}", crate::text::counted(sessions, "session"));
        }
        if plan.has_notes(date) {
            name = format!("{name}, {}", t!("day-has-notes"));
        }
        if let Some(worst) = day_findings.iter().max_by_key(|f| f.severity) {
            name = format!("{name}, {}", crate::text::finding_name(worst));
        }
        if let Some(by) = merged {
            name = format!("{name}, {}", by.words());
        }
        WidgetInfo::labeled(egui::Role::Button, true, name)
    });
    let outside = cx.view.zoom == Zoom::Month && date.month() != cx.view.anchor.month();
    let painter = ui.painter();
    painter.rect_filled(rect, theme::RADIUS, if outside { palette.cell_outside } else { palette.cell });
    painter.rect_stroke(rect, theme::RADIUS, Stroke::new(1.0, palette.grid), StrokeKind::Inside);

    let day_text = if date.day() == 1 { crate::dates::date(date) } else { date.day().to_string() };
    let text_pos = pos2(rect.left() + theme::GAP * 2.0, rect.top() + theme::DAY_HEADER / 2.0);
    let font = FontId::proportional(13.0);
    let number = if date == cx.view.today {
        let galley = painter.layout_no_wrap(day_text.clone(), font.clone(), palette.today_text);
        let badge = Rect::from_min_size(
            text_pos - vec2(4.0, galley.size().y / 2.0 + 1.0),
            galley.size() + vec2(8.0, 2.0),
        );
        painter.rect_filled(badge, 8, palette.today);
        painter
            .text(text_pos, Align2::LEFT_CENTER, day_text, font, palette.today_text)
            .expand2(vec2(4.0, 0.0))
    } else {
        let color = if outside { palette.weak_text } else { ui.visuals().text_color() };
        painter.text(text_pos, Align2::LEFT_CENTER, day_text, font, color)
    };
    if plan.has_notes(date) {
        // After the day number: the day or one of its sessions has notes to read.
        let pos = pos2(number.right() + 5.0, text_pos.y);
        painter.text(pos, Align2::LEFT_CENTER, "💬", FontId::proportional(12.0), palette.weak_text);
    }

    if let Some(worst) = day_findings.iter().map(|f| f.severity).max() {
        let pos = pos2(rect.right() - theme::GAP * 2.0, rect.top() + theme::DAY_HEADER / 2.0);
        painter.text(
            pos,
            Align2::RIGHT_CENTER,
            worst.icon(),
            FontId::proportional(14.0),
            palette.severity(worst),
        );
        if let Some(outlined) = theme::outline(Some(worst)) {
            painter.rect_stroke(
                rect,
                theme::RADIUS,
                Stroke::new(theme::OUTLINE, palette.severity(outlined)),
                StrokeKind::Inside,
            );
        }
    }
    if cx.view.selected_day == Some(date) {
        painter.rect_stroke(
            rect.shrink(1.0),
            theme::RADIUS,
            Stroke::new(theme::OUTLINE, palette.selected),
            StrokeKind::Inside,
        );
    }
    let changes = cx.changes.and_then(|c| c.get(&date));
    if changes.is_some() {
        painter.rect_stroke(
            rect.shrink(3.0),
            theme::RADIUS,
            Stroke::new(theme::OUTLINE, palette.changed),
            StrokeKind::Inside,
        );
        let right = if day_findings.is_empty() { 0.0 } else { 18.0 };
        let pos = pos2(rect.right() - theme::GAP * 2.0 - right, rect.top() + theme::DAY_HEADER / 2.0);
        painter.text(pos, Align2::RIGHT_CENTER, "⇄", FontId::proportional(14.0), palette.changed);
    }
    if let Some(by) = merged {
        let inner = rect.shrink(1.0);
        let stripe = Rect::from_min_max(inner.min, pos2(inner.right(), inner.top() + theme::SIDE_MARK));
        super::paint_side(painter, palette, stripe, by);
    }
    if let Some(preview) = cx.preview {
        if let Some(&severity) = preview.affected.get(&date) {
            painter.rect_stroke(
                rect.expand(1.0),
                theme::RADIUS,
                Stroke::new(3.0, palette.severity(severity)),
                StrokeKind::Outside,
            );
        }
        if preview.target == date {
            let color = preview.worst().map_or(palette.bar_fill, |s| palette.severity(s));
            painter.rect_filled(rect, theme::RADIUS, color.gamma_multiply(0.15));
            painter.rect_stroke(
                rect.expand(1.0),
                theme::RADIUS,
                Stroke::new(3.0, color),
                StrokeKind::Outside,
            );
        }
    }

    crate::ui::focus_ring(ui, &response);
    if response.gained_focus() {
        response.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
    }
    let chip_width = rect.width() - theme::GAP * 2.0;
    let mut y = rect.top() + theme::DAY_HEADER;
    for (session, layout) in chips(ui.ctx(), cx, date, chip_width) {
        let chip_rect =
            Rect::from_min_size(pos2(rect.left() + theme::GAP, y), vec2(chip_width, layout.height));
        chip::chip_ui(ui, cx, palette, (session, &layout), chip_rect, out);
        y += layout.height + theme::GAP;
    }

    let day_notes = plan.day_notes(date);
    let response = if day_findings.is_empty() && changes.is_none() && day_notes.is_empty() && merged.is_none()
    {
        response
    } else {
        response.on_hover_ui(|ui| {
            ui.set_max_width(320.0);
            notes_tooltip_ui(ui, day_notes);
            if !day_findings.is_empty() {
                findings_tooltip_ui(ui, palette, &day_findings);
            }
            if let Some(by) = merged {
                let color = if by == ChangedBy::Mine { palette.mine } else { palette.changed };
                let side = crate::i18n::capitalised(&by.words());
                ui.colored_label(color, t!("day-merged", side = side));
            }
            if let Some(lines) = changes {
                ui.colored_label(palette.changed, t!("day-differs"));
                for line in lines {
                    ui.label(line);
                }
            }
        })
    };
    if response.clicked() {
        out.push(Intent::SelectDay(date));
    }
    if let Some(drag) = response.dnd_release_payload::<Drag>() {
        let copy = ui.input(|i| i.modifiers.command);
        out.push(Intent::Drop { drag: (*drag).clone(), date, copy });
        // The new chip lands at the day's foot, which may be below the window's edge.
        super::scroll_to_next_frame(ui.ctx(), date);
    }
}

/// The day's sessions with their chips laid out `chip_width` wide.
fn chips<'a>(
    ctx: &egui::Context,
    cx: &CalendarCx<'a>,
    date: NaiveDate,
    chip_width: f32,
) -> Vec<(&'a crate::plan::Session, chip::ChipLayout)> {
    let sessions = cx.doc.plan().sessions_on(date);
    sessions.iter().map(|s| (s, chip::layout_of(ctx, cx, s, chip_width))).collect()
}

/// The height the day `date` needs in a cell `width` wide to show every chip whole: the week's
/// row grows to its tallest day, and the grid scrolls when the rows outgrow the window.
pub(super) fn height(ctx: &egui::Context, cx: &CalendarCx<'_>, date: NaiveDate, width: f32) -> f32 {
    let chips = chips(ctx, cx, date, width - theme::GAP * 2.0);
    let stacked: f32 = chips.iter().map(|(_, layout)| layout.height + theme::GAP).sum();
    theme::DAY_HEADER + stacked + theme::GAP
}
