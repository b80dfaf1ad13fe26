//! The calendar: a toolbar, a grid of days with session chips, and a week totals column.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Days, Months, NaiveDate};
use egui::{Align2, Color32, FontId, Id, Rect, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo, pos2, vec2};

use super::theme::{self, Palette};
use super::{Drag, Intent, day_label, short_day};
use crate::app::{Document, UiCommand, Zoom};
use crate::plan::{Session, SessionId, Status};
use crate::rules::{Finding, Severity, WeekSummary};

/// What part of the calendar is shown and what is selected.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarView {
    /// A day inside the shown period.
    pub anchor: NaiveDate,
    /// How much is shown.
    pub zoom: Zoom,
    /// Today (state, so tests can pin it).
    pub today: NaiveDate,
    /// The selected day.
    pub selected_day: Option<NaiveDate>,
    /// The selected session.
    pub selected: Option<SessionId>,
}

impl CalendarView {
    /// A view of the month holding `today`, nothing selected.
    pub fn new(today: NaiveDate, zoom: Zoom) -> Self {
        Self { anchor: today, zoom, today, selected_day: None, selected: None }
    }

    /// The first shown day and how many weeks are shown.
    pub fn range(&self, week_start: crate::plan::WeekStart) -> (NaiveDate, usize) {
        match self.zoom {
            Zoom::TwoWeeks => (week_start.week_of(self.anchor), 2),
            Zoom::FourWeeks => (week_start.week_of(self.anchor), 4),
            Zoom::Month => {
                let first = self.anchor.with_day(1).unwrap_or(self.anchor);
                let last =
                    first.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(first);
                let start = week_start.week_of(first);
                let weeks = ((week_start.week_of(last) - start).num_days() / 7 + 1) as usize;
                (start, weeks)
            }
        }
    }

    /// Whether `date` is in the shown period.
    pub fn shows(&self, date: NaiveDate, week_start: crate::plan::WeekStart) -> bool {
        let (start, weeks) = self.range(week_start);
        date >= start && (date - start).num_days() < 7 * weeks as i64
    }

    /// Moves the shown period one step back (`-1`) or forward (`1`).
    pub fn step(&mut self, direction: i32) {
        let forward = direction > 0;
        let next = match self.zoom {
            Zoom::Month => {
                let first = self.anchor.with_day(1).unwrap_or(self.anchor);
                if forward {
                    first.checked_add_months(Months::new(1))
                } else {
                    first.checked_sub_months(Months::new(1))
                }
            }
            Zoom::TwoWeeks | Zoom::FourWeeks => {
                let days = Days::new(if self.zoom == Zoom::TwoWeeks { 14 } else { 28 });
                if forward { self.anchor.checked_add_days(days) } else { self.anchor.checked_sub_days(days) }
            }
        };
        if let Some(next) = next {
            self.anchor = next;
        }
    }

    /// "November 2026", or "16 Nov – 13 Dec 2026" for a number of weeks.
    pub fn title(&self, week_start: crate::plan::WeekStart) -> String {
        match self.zoom {
            Zoom::Month => self.anchor.format("%B %Y").to_string(),
            Zoom::TwoWeeks | Zoom::FourWeeks => {
                let (start, weeks) = self.range(week_start);
                let end = start + Days::new(7 * weeks as u64 - 1);
                format!("{} – {}", start.format("%-d %b"), end.format("%-d %b %Y"))
            }
        }
    }
}

/// What a drop would cause, shown while dragging.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The day under the pointer.
    pub target: NaiveDate,
    /// Findings the drop would add.
    pub new: Vec<Finding>,
    /// Days those findings touch, with their worst severity.
    pub affected: HashMap<NaiveDate, Severity>,
    /// Why the plan would refuse the drop (a day past the years a plan can cover), if it would.
    pub refused: Option<String>,
}

impl Preview {
    /// The preview for dropping on `target`, given the findings before and after.
    pub fn new(target: NaiveDate, before: &[Finding], after: Vec<Finding>) -> Self {
        let key = |f: &Finding| (f.rule, f.date, f.message.clone());
        let old: std::collections::HashSet<_> = before.iter().map(key).collect();
        let new: Vec<Finding> = after.into_iter().filter(|f| !old.contains(&key(f))).collect();
        let mut affected = HashMap::new();
        for f in &new {
            for &d in &f.dates {
                let worst = affected.entry(d).or_insert(f.severity);
                *worst = (*worst).max(f.severity);
            }
        }
        Self { target, new, affected, refused: None }
    }

    /// The preview for a drop on `target` the plan would refuse, and why.
    pub fn refused(target: NaiveDate, reason: String) -> Self {
        Self { target, new: Vec::new(), affected: HashMap::new(), refused: Some(reason) }
    }

    /// The most serious new finding; a refused drop counts as an error.
    pub fn worst(&self) -> Option<Severity> {
        let refused = self.refused.as_ref().map(|_| Severity::Error);
        self.new.iter().map(|f| f.severity).chain(refused).max()
    }
}

/// Everything the calendar draws from.
pub struct CalendarCx<'a> {
    /// The open plan.
    pub doc: &'a Document,
    /// Shown period and selection.
    pub view: &'a CalendarView,
    /// What the drag under way would cause.
    pub preview: Option<&'a Preview>,
    /// Each day's differences from the version being compared with, if any.
    pub changes: Option<&'a BTreeMap<NaiveDate, Vec<String>>>,
}

/// The toolbar above the grid: previous, today, next, the period's name and the zoom.
pub fn toolbar_ui(
    ui: &mut Ui,
    view: &CalendarView,
    week_start: crate::plan::WeekStart,
    out: &mut Vec<Intent>,
) {
    ui.horizontal(|ui| {
        for (command, text) in
            [(UiCommand::Previous, "◀"), (UiCommand::Today, "Today"), (UiCommand::Next, "▶")]
        {
            let hint = format!("{} ({})", command.tooltip(), shortcut_text(ui, command));
            if ui.button(text).on_hover_text(hint).clicked() {
                out.push(Intent::Run(command));
            }
        }
        ui.add_space(8.0);
        ui.heading(view.title(week_start));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for (zoom, command) in [
                (Zoom::Month, UiCommand::ZoomMonth),
                (Zoom::FourWeeks, UiCommand::ZoomFourWeeks),
                (Zoom::TwoWeeks, UiCommand::ZoomTwoWeeks),
            ] {
                let hint = format!("{} ({})", command.tooltip(), shortcut_text(ui, command));
                if ui.selectable_label(view.zoom == zoom, command.text()).on_hover_text(hint).clicked() {
                    out.push(Intent::Run(command));
                }
            }
        });
    });
}

fn shortcut_text(ui: &Ui, command: UiCommand) -> String {
    command.shortcuts().first().map(|s| ui.ctx().format_shortcut(s)).unwrap_or_default()
}

/// The grid. Returns each shown day's rectangle, so the next frame knows what is under the
/// pointer before drawing.
pub fn calendar_ui(ui: &mut Ui, cx: &CalendarCx<'_>, out: &mut Vec<Intent>) -> Vec<(Rect, NaiveDate)> {
    let palette = Palette::of(ui.visuals());
    let plan = cx.doc.plan();
    let week_start = plan.meta.week_start;
    let (first, weeks) = cx.view.range(week_start);
    let area = ui.available_rect_before_wrap();
    let header = 22.0;
    let day_width = ((area.width() - theme::WEEK_COLUMN_WIDTH) / 7.0).max(60.0);
    let row_height = ((area.height() - header) / weeks as f32).max(theme::MIN_CELL_HEIGHT);
    let mut cells = Vec::with_capacity(weeks * 7);

    let text = ui.visuals().text_color();
    for col in 0..7u64 {
        let x = area.left() + day_width * col as f32;
        let name = (first + Days::new(col)).format("%a").to_string();
        ui.painter().text(
            pos2(x + theme::GAP * 2.0, area.top() + header / 2.0),
            Align2::LEFT_CENTER,
            name,
            FontId::proportional(13.0),
            palette.weak_text,
        );
    }
    ui.painter().text(
        pos2(area.left() + day_width * 7.0 + theme::GAP * 2.0, area.top() + header / 2.0),
        Align2::LEFT_CENTER,
        "Week",
        FontId::proportional(13.0),
        palette.weak_text,
    );

    for row in 0..weeks {
        let y = area.top() + header + row_height * row as f32;
        let week_first = first + Days::new(7 * row as u64);
        for col in 0..7u64 {
            let date = week_first + Days::new(col);
            let rect = Rect::from_min_size(
                pos2(area.left() + day_width * col as f32, y),
                vec2(day_width, row_height),
            )
            .shrink(1.0);
            day_ui(ui, cx, &palette, date, rect, out);
            cells.push((rect, date));
        }
        let rect = Rect::from_min_size(
            pos2(area.left() + day_width * 7.0, y),
            vec2(theme::WEEK_COLUMN_WIDTH, row_height),
        )
        .shrink(1.0);
        week_ui(ui, cx, &palette, week_first, rect, text);
    }
    ui.allocate_rect(
        Rect::from_min_size(area.min, vec2(area.width(), header + row_height * weeks as f32)),
        Sense::hover(),
    );
    cells
}

fn day_ui(
    ui: &mut Ui,
    cx: &CalendarCx<'_>,
    palette: &Palette,
    date: NaiveDate,
    rect: Rect,
    out: &mut Vec<Intent>,
) {
    let doc = cx.doc;
    let plan = doc.plan();
    let response = ui.interact(rect, Id::unique(("day", date)), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, day_label(date)));
    let outside = cx.view.zoom == Zoom::Month && date.month() != cx.view.anchor.month();
    let painter = ui.painter();
    painter.rect_filled(rect, theme::RADIUS, if outside { palette.cell_outside } else { palette.cell });
    painter.rect_stroke(rect, theme::RADIUS, Stroke::new(1.0, palette.grid), StrokeKind::Inside);

    let day_text = if date.day() == 1 { date.format("%-d %b").to_string() } else { date.day().to_string() };
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

    let day_findings: Vec<&Finding> =
        doc.findings().iter().filter(|f| f.week.is_none() && f.touches_date(date)).collect();
    if let Some(worst) = day_findings.iter().map(|f| f.severity).max() {
        let pos = pos2(rect.right() - theme::GAP * 2.0, rect.top() + theme::DAY_HEADER / 2.0);
        painter.text(
            pos,
            Align2::RIGHT_CENTER,
            worst.icon(),
            FontId::proportional(14.0),
            palette.severity(worst),
        );
        painter.rect_stroke(
            rect,
            theme::RADIUS,
            Stroke::new(theme::OUTLINE, palette.severity(worst)),
            StrokeKind::Inside,
        );
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

    let sessions = plan.sessions_on(date);
    let chip_width = rect.width() - theme::GAP * 2.0;
    let units = plan.meta.units;
    // A chip whose text does not fit on one line gets two, while the day has room for them.
    let heights: Vec<f32> = sessions
        .iter()
        .map(|s| {
            let text = s.kind.short(units);
            let width =
                ui.fonts_mut(|f| f.layout_no_wrap(text, FontId::proportional(12.0), Color32::WHITE).size().x);
            if width + 34.0 > chip_width { theme::CHIP_TALL } else { theme::CHIP_HEIGHT }
        })
        .collect();
    let bottom = rect.bottom() - theme::GAP;
    let mut y = rect.top() + theme::DAY_HEADER;
    let mut shown = 0;
    for (i, (session, &height)) in sessions.iter().zip(&heights).enumerate() {
        let last = i + 1 == sessions.len();
        let reserve = if last { 0.0 } else { theme::CHIP_HEIGHT + theme::GAP };
        let height = if y + height + reserve <= bottom { height } else { theme::CHIP_HEIGHT };
        if y + height + reserve > bottom && shown > 0 {
            break;
        }
        let chip_rect = Rect::from_min_size(pos2(rect.left() + theme::GAP, y), vec2(chip_width, height));
        chip_ui(ui, cx, palette, session, chip_rect, out);
        y += height + theme::GAP;
        shown += 1;
    }
    if sessions.len() > shown {
        let hidden = sessions.get(shown..).unwrap_or_default();
        let min = pos2(rect.left() + theme::GAP, y);
        let more_rect = Rect::from_min_size(min, vec2(chip_width, theme::CHIP_HEIGHT));
        let more = ui.interact(more_rect, Id::unique(("more", date)), Sense::click());
        ui.painter().text(
            more_rect.left_center(),
            Align2::LEFT_CENTER,
            format!("+{} more", hidden.len()),
            FontId::proportional(12.0),
            palette.weak_text,
        );
        let list: Vec<String> = hidden.iter().map(|s| s.kind.short(units)).collect();
        if more.on_hover_text(list.join("\n")).clicked() {
            // Select first: zooming centres on the selected day.
            out.push(Intent::SelectDay(date));
            out.push(Intent::Run(UiCommand::ZoomTwoWeeks));
        }
    }

    let day_notes = plan.day_notes(date);
    let response = if day_findings.is_empty() && changes.is_none() && day_notes.is_empty() {
        response
    } else {
        response.on_hover_ui(|ui| {
            ui.set_max_width(320.0);
            notes_tooltip_ui(ui, day_notes);
            if !day_findings.is_empty() {
                findings_tooltip_ui(ui, palette, &day_findings);
            }
            if let Some(lines) = changes {
                ui.colored_label(palette.changed, "⇄ Differs from their version:");
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
    }
}

/// A thread in a tooltip: who, when, what.
fn notes_tooltip_ui(ui: &mut Ui, notes: &[crate::plan::Note]) {
    for note in notes {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("💬 {}:", crate::text::byline(note)));
            ui.label(&note.text);
        });
    }
}

fn chip_ui(
    ui: &mut Ui,
    cx: &CalendarCx<'_>,
    palette: &Palette,
    session: &Session,
    rect: Rect,
    out: &mut Vec<Intent>,
) {
    let id = Id::unique(("chip", session.id.0));
    let units = cx.doc.plan().meta.units;
    let text = session.kind.short(units);
    let label = format!("{text}, {}", short_day(session.date));
    let severity = cx.doc.session_severity(session.id);
    let selected = cx.view.selected == Some(session.id);
    // Clicks select and drags move, so the chip senses both and carries the payload itself
    // (`dnd_drag_source` senses drags only and would swallow the clicks).
    let response = ui.interact(rect, id, Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    response.dnd_set_drag_payload(Drag::Session(session.id));
    if response.dragged() {
        paint_chip(ui, ui.painter(), palette, session, &text, rect, None, false, 0.35);
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Tooltip, id));
            let ghost = Rect::from_center_size(pointer, rect.size());
            paint_chip(ui, &painter, palette, session, &text, ghost, severity, true, 1.0);
        }
    } else {
        paint_chip(ui, ui.painter(), palette, session, &text, rect, severity, selected, 1.0);
    }
    let findings: Vec<&Finding> =
        cx.doc.findings().iter().filter(|f| f.touches_session(session.id)).collect();
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(320.0);
        ui.strong(session.kind.describe(units));
        ui.label(crate::text::status_line(session, units));
        if !session.note.is_empty() {
            ui.label(&session.note);
        }
        notes_tooltip_ui(ui, &session.notes);
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
                super::editor::log_ui(ui, &mut edited, units, &mut key);
            });
            if key.is_some() && edited != *session {
                out.push(Intent::Apply {
                    commands: vec![crate::plan::Command::EditSession(edited)],
                    label: "Log session".to_owned(),
                    key,
                });
            }
            super::editor::step_back_offer_ui(ui, cx.doc.plan(), session, out);
        }
        ui.separator();
        for command in [UiCommand::Copy, UiCommand::Delete] {
            if super::command_button(ui, command, true) {
                out.push(Intent::Run(command));
                ui.close();
            }
        }
    });
}

#[expect(clippy::too_many_arguments, reason = "one chip's look, drawn in place or following the pointer")]
fn paint_chip(
    ui: &Ui,
    painter: &egui::Painter,
    palette: &Palette,
    session: &Session,
    text: &str,
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
    if let Some(severity) = severity {
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
    let icon_space = if severity.is_some() { 16.0 } else { 0.0 };
    let width = (rect.right() - left - icon_space - 2.0).max(0.0);
    let rows = if rect.height() >= theme::CHIP_TALL { 2 } else { 1 };
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, text_color, width);
    job.wrap =
        egui::text::TextWrapping { max_rows: rows, ..egui::text::TextWrapping::truncate_at_width(width) };
    let galley = ui.fonts_mut(|f| f.layout_job(job));
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

fn week_ui(
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
    response.widget_info(|| {
        WidgetInfo::labeled(
            egui::Role::Label,
            true,
            format!("Week of {}: {}", week_first.format("%-d %b"), lines.join(" · ")),
        )
    });
    let painter = ui.painter();
    painter.rect_filled(rect, theme::RADIUS, palette.cell_outside);
    let worst = week_findings.iter().map(|f| f.severity).max();
    let border =
        worst.map_or(Stroke::new(1.0, palette.grid), |s| Stroke::new(theme::OUTLINE, palette.severity(s)));
    painter.rect_stroke(rect, theme::RADIUS, border, StrokeKind::Inside);

    let x = rect.left() + theme::GAP * 2.0;
    let mut y = rect.top() + theme::GAP + 2.0;
    let line = |painter: &egui::Painter, y: &mut f32, s: &str, color: Color32| {
        painter.text(pos2(x, *y), Align2::LEFT_TOP, s, FontId::proportional(12.0), color);
        *y += 16.0;
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

/// The findings in a tooltip: icon, message and suggestion.
pub fn findings_tooltip_ui(ui: &mut Ui, palette: &Palette, findings: &[&Finding]) {
    ui.set_max_width(360.0);
    for f in findings {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                palette.severity(f.severity),
                format!("{} {}", f.severity.icon(), f.rule.title()),
            );
        });
        ui.label(&f.message);
        ui.weak(&f.suggestion);
        ui.add_space(4.0);
    }
}

/// The floating note beside the pointer during a drag: what the drop would cause.
pub fn preview_tooltip_ui(ctx: &egui::Context, palette: &Palette, preview: &Preview, pointer: egui::Pos2) {
    egui::Area::new(Id::unique("drop-preview"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + Vec2::new(18.0, 22.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(340.0);
                if let Some(reason) = &preview.refused {
                    ui.colored_label(
                        palette.severity(Severity::Error),
                        format!(
                            "{} Cannot drop on {}: {reason}",
                            Severity::Error.icon(),
                            short_day(preview.target)
                        ),
                    );
                } else if preview.new.is_empty() {
                    ui.colored_label(
                        palette.bar_fill,
                        format!("✔ Dropping on {} raises no new findings", short_day(preview.target)),
                    );
                } else {
                    let n = preview.new.len();
                    ui.strong(format!(
                        "Dropping on {} would cause {n} finding{}:",
                        short_day(preview.target),
                        if n == 1 { "" } else { "s" }
                    ));
                    for f in preview.new.iter().take(4) {
                        ui.colored_label(
                            palette.severity(f.severity),
                            format!("{} {}", f.severity.icon(), f.message),
                        );
                    }
                    if n > 4 {
                        ui.weak(format!("and {} more", n - 4));
                    }
                }
            });
        });
}
