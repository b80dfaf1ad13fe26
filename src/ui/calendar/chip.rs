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
use crate::t;
use crate::ui::theme::{self, Palette};
use crate::ui::{Intent, short_day};

/// How `session`'s chip reads `width` points wide (its height included), for the day to
/// stack its chips before drawing them.
pub(super) fn layout_of(
    ctx: &egui::Context,
    cx: &CalendarCx<'_>,
    session: &Session,
    width: f32,
) -> ChipLayout {
    let units = cx.doc.plan().meta.units;
    let (full, compact) = (session.kind.short(units), crate::text::compact(&session.kind, units));
    let marks = Marks::of(session, cx.doc.session_severity(session.id));
    chip_layout(ctx, [&full, &compact], &marks, width)
}

/// Draws `session`'s chip in `rect`, laid out as `layout` says.
pub(super) fn chip_ui(
    ui: &mut Ui,
    cx: &CalendarCx<'_>,
    palette: &Palette,
    (session, layout): (&Session, &ChipLayout),
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
        label = format!("{label}, {}", t!("chip-in-conflict"));
    }
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
        paint_chip(ui, ui.painter(), palette, session, layout, rect, None, false, source_opacity);
        ui.ctx().set_cursor_icon(if copying { egui::CursorIcon::Copy } else { egui::CursorIcon::Grabbing });
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Tooltip, id));
            let ghost = Rect::from_center_size(pointer, rect.size());
            paint_chip(ui, &painter, palette, session, layout, ghost, severity, true, 1.0);
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
        paint_chip(ui, ui.painter(), palette, session, layout, rect, severity, selected, 1.0);
        if let Some(by) = merged {
            let stripe = Rect::from_min_max(pos2(rect.right() - theme::SIDE_MARK, rect.top()), rect.max);
            super::paint_side(ui.painter(), palette, stripe, by);
        }
        if conflicted {
            paint_conflict(ui.painter(), palette, rect);
        }
    }
    crate::ui::focus_ring(ui, &response);
    if response.gained_focus() {
        // Tab reaches chips the grid has scrolled out of view.
        response.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
    }
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
            ui.colored_label(color, format!("▌ {}", crate::i18n::capitalised(&by.words())));
        }
        if conflicted {
            ui.colored_label(palette.warning, t!("chip-conflict-tooltip"));
        }
        if !findings.is_empty() {
            ui.separator();
            findings_tooltip_ui(ui, palette, &findings);
        }
        ui.weak(t!("chip-hint"));
    });
    if response.clicked() || response.secondary_clicked() {
        out.push(Intent::Select(Some(session.id)));
    }
    super::chip_menu::chip_menu_ui(&response, cx, session, out);
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
        name = format!("{name}, {}", t!("chip-pain", pain = pain.during.get()));
    }
    name.push_str(&crate::ui::ready::stop_signs_name(session));
    if let Some(worst) = findings.iter().max_by_key(|f| f.severity) {
        name = format!("{name}, {}", crate::text::finding_name(worst));
    }
    name
}

/// Space left of a chip's text (its stripe and a gap) and right of it.
const PAD_LEFT: f32 = 7.0;
const PAD_RIGHT: f32 = 3.0;
/// The height of a line of chip text, and of the row of marks under it.
const LINE: f32 = 14.0;
/// A full form of more lines than this gives way to the compact one.
const FULL_ROWS: usize = 2;

/// What a chip shows besides its text: its status, the worst pain logged, its worst finding.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Marks {
    status: Option<&'static str>,
    pain: Option<String>,
    severity: Option<Severity>,
}

impl Marks {
    /// The marks of `session`, with its worst finding's `severity`.
    pub(super) fn of(session: &Session, severity: Option<Severity>) -> Self {
        let status = match session.status {
            Status::Done => Some("✔"),
            Status::Skipped => Some("⊘"),
            Status::Planned => None,
        };
        // Logged pain, the number a runner and a coach look for first, on the chip itself.
        let worst_pain = session.pain.map_or(0, |p| p.during.get().max(p.next_day.get()));
        let pain = (worst_pain > 0).then(|| format!("{worst_pain}/10"));
        Self { status, pain, severity }
    }

    fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Their width on a line with the text.
    fn width(&self, ctx: &egui::Context) -> f32 {
        let status = self.status.map_or(0.0, |s| text_width(ctx, s, 12.0) + 3.0);
        let pain = self.pain.as_deref().map_or(0.0, |p| text_width(ctx, p, 10.0) + 3.0);
        status + pain + if self.severity.is_some() { 16.0 } else { 0.0 }
    }
}

fn text_width(ctx: &egui::Context, text: &str, size: f32) -> f32 {
    ctx.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), FontId::proportional(size), egui::Color32::WHITE).size().x
    })
}

/// How a chip reads at a width: its text's lines, and where its marks go.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ChipLayout {
    /// The lines of text, each of whole words.
    pub rows: Vec<String>,
    /// Where the marks go.
    pub marks: MarksAt,
    /// The chip's height.
    pub height: f32,
}

/// Where a chip's marks go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MarksAt {
    /// On the one line with the text: the status before it, pain and finding after it.
    Beside,
    /// Together at the right of the text's last line, which has room for them.
    LastLine,
    /// On a row of their own under the text.
    OwnRow,
}

/// Lays out a chip `width` wide: on one line with its marks when the full text
/// (`session.kind.short`) or else the compact one (`text::compact`) fits; otherwise the text
/// on lines broken between words only, the full text while it takes at most two, with the
/// marks after its last line or on a row of their own, whichever form takes fewer lines. The
/// marks never take the text's place: chips read "✔ R… 1/10" and "Strengt/h 20" before.
pub(super) fn chip_layout(
    ctx: &egui::Context,
    [full, compact]: [&str; 2],
    marks: &Marks,
    width: f32,
) -> ChipLayout {
    let room = (width - PAD_LEFT - PAD_RIGHT).max(0.0);
    let beside = marks.width(ctx);
    for text in [full, compact] {
        if text_width(ctx, text, 12.0) + beside <= room {
            return ChipLayout {
                rows: vec![text.to_owned()],
                marks: MarksAt::Beside,
                height: theme::CHIP_HEIGHT,
            };
        }
    }
    let lay = |text: &str| {
        let rows = wrap(ctx, text, room);
        let last = rows.last().map_or(0.0, |row| text_width(ctx, row, 12.0));
        let at =
            if marks.is_empty() || last + 6.0 + beside <= room { MarksAt::LastLine } else { MarksAt::OwnRow };
        let lines = rows.len() + usize::from(at == MarksAt::OwnRow);
        let height = (LINE * lines as f32 + 6.0).max(theme::CHIP_HEIGHT);
        ChipLayout { rows, marks: at, height }
    };
    let short = lay(compact);
    // The full text where it reads whole in as few lines as the compact one.
    let long = Some(lay(full))
        .filter(|l| l.rows.len() <= FULL_ROWS && fits(ctx, &l.rows, room) && l.height <= short.height);
    long.unwrap_or(short)
}

/// `text` on lines at most `width` wide, broken between its pieces only (a piece wider than a
/// line has a line of its own).
fn wrap(ctx: &egui::Context, text: &str, width: f32) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    for piece in crate::export::layout::pieces(text) {
        match rows.last_mut() {
            Some(row) if text_width(ctx, &format!("{row} {piece}"), 12.0) <= width => {
                row.push(' ');
                row.push_str(piece);
            }
            _ => rows.push(piece.to_owned()),
        }
    }
    rows
}

fn fits(ctx: &egui::Context, rows: &[String], width: f32) -> bool {
    rows.iter().all(|row| text_width(ctx, row, 12.0) <= width)
}

#[expect(clippy::too_many_arguments, reason = "one chip's look, drawn in place or following the pointer")]
fn paint_chip(
    ui: &Ui,
    painter: &egui::Painter,
    palette: &Palette,
    session: &Session,
    layout: &ChipLayout,
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
    let marks = Marks::of(session, severity);
    let font = FontId::proportional(12.0);
    // The marks' line: the chip's only line, the text's last, or a row under the text.
    let marks_y = match layout.marks {
        MarksAt::Beside => rect.center().y,
        MarksAt::LastLine | MarksAt::OwnRow => rect.bottom() - 3.0 - LINE / 2.0,
    };
    let mut left = rect.left() + PAD_LEFT;
    let mut right = rect.right() - PAD_RIGHT;
    if let Some(severity) = marks.severity {
        let r = painter.text(
            pos2(right, marks_y),
            Align2::RIGHT_CENTER,
            severity.icon(),
            font.clone(),
            palette.severity(severity),
        );
        right = r.left() - 3.0;
    }
    if let Some(pain) = &marks.pain {
        let pos = pos2(right, marks_y);
        let r = painter.text(pos, Align2::RIGHT_CENTER, pain, FontId::proportional(10.0), palette.weak_text);
        right = r.left() - 3.0;
    }
    if let Some(status) = marks.status {
        // Before the text on its one line; else leading the other marks.
        let (x, align) = match layout.marks {
            MarksAt::Beside => (left, Align2::LEFT_CENTER),
            MarksAt::LastLine | MarksAt::OwnRow => (right, Align2::RIGHT_CENTER),
        };
        let r = painter.text(pos2(x, marks_y), align, status, font.clone(), text_color);
        if layout.marks == MarksAt::Beside {
            left = r.right() + 3.0;
        }
    }
    let galley = ui.ctx().fonts_mut(|f| f.layout_no_wrap(layout.rows.join("\n"), font, text_color));
    let text_height =
        if layout.marks == MarksAt::OwnRow { rect.height() - LINE - 3.0 } else { rect.height() };
    let pos = pos2(left, rect.top() + (text_height - galley.size().y) / 2.0);
    if session.status == Status::Skipped {
        for row in &galley.rows {
            let y = pos.y + row.rect().center().y;
            painter.line_segment(
                [pos2(left, y), pos2(left + row.rect().width(), y)],
                Stroke::new(1.0, palette.weak_text),
            );
        }
    }
    painter.galley(pos, galley, text_color);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::{ChipLayout, Marks, MarksAt, chip_layout};
    use crate::rules::Severity;

    /// `texts` laid out as a chip `width` points wide with `marks`, with the app's fonts.
    fn layout(texts: [&str; 2], marks: &Marks, width: f32) -> ChipLayout {
        let ctx = egui::Context::default();
        crate::ui::theme::install_fonts(&ctx);
        let mut out = None;
        for _ in 0..2 {
            // The fonts are in place from the second pass.
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                out = Some(chip_layout(ui.ctx(), texts, marks, width));
            });
            output.textures_delta.clear();
        }
        out.unwrap()
    }

    /// At 1366×768 chips read "✔ R… 1/10" (the text gave way to the marks) and in the 2-week
    /// view "Strengt/h 20" (a word split over two lines): lines break between words only, the
    /// compact form takes over when the full one needs more than two lines, and the marks get
    /// a row of their own.
    #[test]
    fn chips_break_between_words_and_keep_text_and_marks() {
        let marks =
            Marks { status: Some("✔"), pain: Some("1/10".to_owned()), severity: Some(Severity::Error) };
        let full = "Run/walk 1/1 min × 12";
        let narrow = layout([full, "R/W 1:1 ×12"], &marks, 62.0);
        assert_eq!(
            (narrow.rows, narrow.marks),
            (vec!["R/W 1:1".to_owned(), "×12".to_owned()], MarksAt::OwnRow)
        );
        let wide = layout([full, "R/W 1:1 ×12"], &marks, 400.0);
        assert_eq!(
            (wide.rows, wide.marks),
            (vec![full.to_owned()], MarksAt::Beside),
            "room enough: one line"
        );
        let done = Marks { status: Some("✔"), ..Marks::default() };
        let strength = layout(["Strength 20 min", "Strength 20 min"], &done, 70.0);
        assert_eq!(
            (strength.rows, strength.marks),
            (vec!["Strength".to_owned(), "20 min".to_owned()], MarksAt::LastLine)
        );
        assert!(strength.height > super::theme::CHIP_HEIGHT);
    }
}
