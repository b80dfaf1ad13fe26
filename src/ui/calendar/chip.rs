//! A session's chip: its look (kind colour, status, finding icon), the drag that moves or
//! copies it, its tooltip, and the right-click menu (status, logging, step back, send to watch).

use egui::{Align2, FontId, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use super::CalendarCx;
use super::tooltip::{findings_tooltip_ui, notes_tooltip_ui};
use crate::edit::Drag;
use crate::merge::ChangedBy;
use crate::plan::Conflicted;
use crate::plan::{Session, Status};
use crate::rules::{Finding, Severity};
use crate::ui::theme::{self, Palette};
use crate::ui::{Intent, UiCommand, short_day};

/// Draws `session`'s chip in `rect`.
pub(super) fn chip_ui(
    ui: &mut Ui,
    cx: &CalendarCx<'_>,
    palette: &Palette,
    session: &Session,
    rect: Rect,
    out: &mut Vec<Intent>,
) {
    let id = crate::ui::chip_id(session.id);
    let units = cx.doc.plan().meta.units;
    let text = session.kind.short(units);
    let severity = cx.doc.session_severity(session.id);
    let findings: Vec<&Finding> =
        cx.doc.findings().iter().filter(|f| f.touches_session(session.id)).collect();
    let merged = cx.merge.and_then(|sides| sides.sessions.get(&session.id)).copied();
    let conflicted = in_conflict(cx.doc.file_plan(), session.id);
    let mut label = accessible_name(session, &text, &findings);
    if let Some(by) = merged {
        label = format!("{label}, {}", by.words());
    }
    if conflicted {
        label.push_str(", in conflict: choose mine or theirs");
    }
    let compact = crate::text::compact(&session.kind, units);
    let texts = [text.as_str(), compact.as_str()];
    let selected = cx.view.selected == Some(session.id);
    // Clicks select and drags move, so the chip senses both and carries the payload itself
    // (`dnd_drag_source` senses drags only and would swallow the clicks).
    let response = ui.interact(rect, id, Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    response.dnd_set_drag_payload(Drag::Session(session.id));
    if response.dragged() {
        // Ctrl held: a copy will land, so the session stays as it is and the pointer says copy.
        let copying = ui.input(|i| i.modifiers.command);
        let source_opacity = if copying { 1.0 } else { 0.35 };
        paint_chip(ui, ui.painter(), palette, session, texts, rect, None, false, source_opacity);
        ui.ctx().set_cursor_icon(if copying { egui::CursorIcon::Copy } else { egui::CursorIcon::Grabbing });
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Tooltip, id));
            let ghost = Rect::from_center_size(pointer, rect.size());
            paint_chip(ui, &painter, palette, session, texts, ghost, severity, true, 1.0);
            if copying {
                let badge = ghost.right_top();
                painter.circle_filled(badge, 7.0, palette.selected);
                painter.text(
                    badge,
                    Align2::CENTER_CENTER,
                    "+",
                    FontId::proportional(12.0),
                    egui::Color32::WHITE,
                );
            }
        }
    } else {
        paint_chip(ui, ui.painter(), palette, session, texts, rect, severity, selected, 1.0);
        if let Some(by) = merged {
            let stripe = Rect::from_min_max(pos2(rect.right() - theme::SIDE_MARK, rect.top()), rect.max);
            super::paint_side(ui.painter(), palette, stripe, by);
        }
        if conflicted {
            paint_conflict(ui.painter(), palette, rect);
        }
    }
    crate::ui::focus_ring(ui, &response);
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(320.0);
        ui.strong(session.kind.describe(units));
        ui.label(crate::text::status_line(session, units));
        crate::ui::ready::stop_signs_tooltip_ui(ui, session);
        if !session.note.is_empty() {
            ui.label(&session.note);
        }
        notes_tooltip_ui(ui, &session.notes);
        if let Some(by) = merged {
            let color = if by == ChangedBy::Mine { palette.mine } else { palette.changed };
            let words = by.words();
            let first = words.get(..1).map(str::to_uppercase).unwrap_or_default();
            ui.colored_label(color, format!("▌ {first}{}", words.get(1..).unwrap_or_default()));
        }
        if conflicted {
            ui.colored_label(palette.warning, "? In conflict: choose mine or theirs in the Conflicts tab");
        }
        if !findings.is_empty() {
            ui.separator();
            findings_tooltip_ui(ui, palette, &findings);
        }
        ui.weak("Drag to move · Ctrl+drag to copy · right-click for more");
    });
    if response.clicked() || response.secondary_clicked() {
        out.push(Intent::Select(Some(session.id)));
    }
    // Closed by its buttons or a click elsewhere, not by dragging the pain sliders inside it.
    let menu =
        egui::Popup::context_menu(&response).close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    menu.show(|ui| {
        for (status, text) in [
            (Status::Done, "Mark done"),
            (Status::Skipped, "Mark skipped"),
            (Status::Planned, "Mark planned"),
        ] {
            if session.status != status && ui.button(text).clicked() {
                let mut edited = session.clone();
                edited.status = status;
                out.push(Intent::Apply {
                    commands: vec![crate::plan::Command::EditSession(edited)],
                    label: text.to_owned(),
                    key: None,
                });
                // A session just marked done stays open for logging how it went.
                if status != Status::Done {
                    ui.close();
                }
            }
        }
        if session.status == Status::Done {
            ui.separator();
            ui.strong("How did it go?");
            let mut edited = session.clone();
            let mut key = None;
            egui::Grid::new(("log", session.id.0)).num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                crate::ui::editor::log_ui(ui, &mut edited, units, &mut key);
                crate::ui::ready::stop_signs_ui(ui, cx.doc.plan(), &mut edited, &mut key);
            });
            if key.is_some() && edited != *session {
                out.push(Intent::Apply {
                    commands: vec![crate::plan::Command::EditSession(edited)],
                    label: "Log session".to_owned(),
                    key,
                });
            }
            crate::ui::editor::step_back_offer_ui(ui, cx.doc.plan(), session, out);
        }
        ui.separator();
        // The right-click selected the session, so these act on it like the menus do.
        let watch = crate::watch::sendable(cx.doc.plan(), session.id).is_some();
        let commands =
            [UiCommand::Copy, UiCommand::Delete].into_iter().chain(watch.then_some(UiCommand::SendToWatch));
        for command in commands {
            if crate::ui::command_button(ui, command, true) {
                out.push(Intent::Run(command));
                ui.close();
            }
        }
    });
}

/// Whether a merge left a question about session `id` open in `plan`.
fn in_conflict(plan: &crate::plan::Plan, id: crate::plan::SessionId) -> bool {
    plan.conflicts.iter().any(|c| matches!(&c.about, Conflicted::Session { id: of, .. } if *of == id))
}

/// A conflict's mark: an outline in the warning colour and a "?" badge near the top-right
/// corner, so it reads as a question, not a finding.
fn paint_conflict(painter: &egui::Painter, palette: &Palette, rect: Rect) {
    painter.rect_stroke(
        rect.expand(1.0),
        theme::RADIUS,
        Stroke::new(theme::OUTLINE, palette.warning),
        StrokeKind::Outside,
    );
    // On the top edge, left of the merge stripe, which it would otherwise cover.
    let badge = rect.right_top() + vec2(-theme::SIDE_MARK - 7.0, 0.0);
    painter.circle_filled(badge, 6.0, palette.warning);
    painter.text(badge, Align2::CENTER_CENTER, "?", FontId::proportional(10.0), palette.on_warning);
}

/// What a screen reader says for a chip: what a sighted user reads on it and what its marks
/// mean: "Run/walk 1/1 mi × 12, Tue 24 Nov, done, pain 2/10, error: consecutive run days".
fn accessible_name(session: &Session, text: &str, findings: &[&Finding]) -> String {
    let mut name = format!("{text}, {}", short_day(session.date));
    if session.status != Status::Planned {
        name = format!("{name}, {}", crate::text::status_word(session.status));
    }
    if let Some(pain) = session.pain {
        name = format!("{name}, pain {}/10", pain.during.get());
    }
    name.push_str(&crate::ui::ready::stop_signs_name(session));
    if let Some(worst) = findings.iter().max_by_key(|f| f.severity) {
        name = format!("{name}, {}", crate::text::finding_name(worst));
    }
    name
}

/// The chip's text in `width` on at most `rows` lines, broken between words only ("Run/walk
/// 1/1 mi / n × 12" split a word); when the full text would be cut, the compact one, which
/// keeps the repeat count in sight. The full text is in the tooltip either way.
fn chip_galley(
    ctx: &egui::Context,
    [full, compact]: [&str; 2],
    font: &FontId,
    color: egui::Color32,
    width: f32,
    rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let layout = |text: &str| {
        let mut job = egui::text::LayoutJob::simple(text.to_owned(), font.clone(), color, width);
        job.wrap = egui::text::TextWrapping {
            max_width: width,
            max_rows: rows,
            break_anywhere: false,
            ..Default::default()
        };
        ctx.fonts_mut(|f| f.layout_job(job))
    };
    let galley = layout(full);
    if galley.elided && compact != full { layout(compact) } else { galley }
}

#[expect(clippy::too_many_arguments, reason = "one chip's look, drawn in place or following the pointer")]
fn paint_chip(
    ui: &Ui,
    painter: &egui::Painter,
    palette: &Palette,
    session: &Session,
    texts: [&str; 2],
    rect: Rect,
    severity: Option<Severity>,
    selected: bool,
    opacity: f32,
) {
    let mut painter = painter.clone();
    painter.multiply_opacity(opacity);
    let painter = &painter;
    let fill = palette.kind(&session.kind);
    let stripe = palette.kind_stripe(&session.kind);
    // Done is solid; planned is lighter with an outline, like a pencilled-in entry, so the
    // weeks behind read apart from the weeks ahead without judging how they went.
    let (fill, text_color) = match session.status {
        Status::Skipped => (fill.gamma_multiply(0.4), palette.weak_text),
        Status::Planned => (fill.gamma_multiply(0.55), ui.visuals().strong_text_color()),
        Status::Done => (fill, ui.visuals().strong_text_color()),
    };
    painter.rect_filled(rect, theme::RADIUS, fill);
    if session.status == Status::Planned {
        painter.rect_stroke(
            rect,
            theme::RADIUS,
            Stroke::new(1.0, stripe.gamma_multiply(0.7)),
            StrokeKind::Inside,
        );
    }
    let stripe_rect = Rect::from_min_size(rect.min, vec2(4.0, rect.height()));
    painter.rect_filled(stripe_rect, theme::RADIUS, stripe);
    if let Some(severity) = theme::outline(severity) {
        painter.rect_stroke(
            rect,
            theme::RADIUS,
            Stroke::new(1.5, palette.severity(severity)),
            StrokeKind::Inside,
        );
    }
    if selected {
        painter.rect_stroke(
            rect.expand(1.0),
            theme::RADIUS,
            Stroke::new(theme::OUTLINE, palette.selected),
            StrokeKind::Outside,
        );
    }
    let mut left = rect.left() + 8.0;
    let marker = match session.status {
        Status::Done => Some("✔"),
        Status::Skipped => Some("⊘"),
        Status::Planned => None,
    };
    let font = FontId::proportional(12.0);
    if let Some(marker) = marker {
        let r =
            painter.text(pos2(left, rect.center().y), Align2::LEFT_CENTER, marker, font.clone(), text_color);
        left = r.right() + 3.0;
    }
    let mut icon_space = if severity.is_some() { 16.0 } else { 0.0 };
    // Logged pain, the number a runner and a coach look for first, on the chip itself.
    let worst_pain = session.pain.map_or(0, |p| p.during.get().max(p.next_day.get()));
    if worst_pain > 0 {
        let r = painter.text(
            pos2(rect.right() - 3.0 - icon_space, rect.center().y),
            Align2::RIGHT_CENTER,
            format!("{worst_pain}/10"),
            FontId::proportional(10.0),
            palette.weak_text,
        );
        icon_space += r.width() + 3.0;
    }
    let width = (rect.right() - left - icon_space - 2.0).max(0.0);
    let rows = if rect.height() >= theme::CHIP_TALL { 2 } else { 1 };
    let galley = chip_galley(ui.ctx(), texts, &font, text_color, width, rows);
    let pos = pos2(left, rect.center().y - galley.size().y / 2.0);
    if session.status == Status::Skipped {
        let y = rect.center().y;
        painter.line_segment(
            [pos2(left, y), pos2(left + galley.size().x, y)],
            Stroke::new(1.0, palette.weak_text),
        );
    }
    painter.galley(pos, galley, text_color);
    if let Some(severity) = severity {
        painter.text(
            pos2(rect.right() - 3.0, rect.center().y),
            Align2::RIGHT_CENTER,
            severity.icon(),
            FontId::proportional(12.0),
            palette.severity(severity),
        );
    }
}

#[cfg(test)]
mod tests {
    use egui::{Color32, FontId};

    /// The rows of `text` laid out as a chip `width` points wide with `rows` lines.
    fn rows(text: &str, compact: &str, width: f32, rows: usize) -> Vec<String> {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let galley = super::chip_galley(
                ui.ctx(),
                [text, compact],
                &FontId::proportional(12.0),
                Color32::WHITE,
                width,
                rows,
            );
            out = galley.rows.iter().map(|r| r.row.text()).collect();
        });
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
        out
    }

    /// At 1366×768 chips read "Run/walk 1/1 mi / n × 12" (a word split over two lines) or
    /// "Run/walk 1/1 mi…" (the repeat count cut off): lines break between words, and when the
    /// text would be cut the compact form keeps the count.
    #[test]
    fn chips_break_between_words_and_keep_the_count() {
        let full = "Run/walk 1/1 min × 12";
        let compact = "R/W 1:1 ×12";
        let two = rows(full, compact, 80.0, 2);
        let words: Vec<&str> = full.split(' ').collect();
        for row in &two {
            for word in row.split_whitespace() {
                assert!(words.contains(&word) || word.ends_with('…'), "{word:?} is part of a word: {two:?}");
            }
        }
        let one = rows(full, compact, 80.0, 1);
        assert!(one.concat().contains("×12"), "the count stays: {one:?}");
        assert_eq!(rows(full, compact, 400.0, 1), vec![full.to_owned()], "room enough: the full text");
    }
}
