//! The month pages: a calendar grid of days with their sessions and notes, a week column with
//! totals, and the legend. A day with more written on it than its cell holds ends in a
//! reference to the page where it continues in full.

use chrono::{Datelike, Months, NaiveDate};

use super::page::{Cell, Page, Part, Shape};
use super::{Builder, MARGIN, Sheet, plus_days, text};
use crate::export::DateRange;
use crate::plan::{Severity, Status};
use crate::style::{self, PAPER, Rgb};
use crate::text::{note_line, session_line, week_lines};

/// A day whose cell could not hold everything written on it.
pub(super) struct CutDay {
    /// The day.
    pub date: NaiveDate,
    /// Everything the day holds, unwrapped, in the order the cell lists it.
    pub items: Vec<(String, Rgb)>,
    /// The index on its page of the text that says where the day continues.
    pub shape: usize,
}

impl Builder<'_> {
    /// The month's page (`first` of the document or not) and the days cut short on it.
    pub(super) fn month_page(&self, month: NaiveDate, range: DateRange, first: bool) -> (Page, Vec<CutDay>) {
        let mut sheet = Sheet::default();
        let mut cut = Vec::new();
        self.header(&mut sheet, &crate::dates::month(month), first);
        let ws = self.plan.meta.week_start;
        let last = month.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(month);
        // Only the weeks with days in both the month and the range: a plan starting mid-month
        // gets no empty rows before it.
        let first_week = ws.week_of(month.max(range.from));
        let weeks = ((ws.week_of(last.min(range.to)) - first_week).num_days() / 7 + 1).max(1) as usize;
        let top = MARGIN + 50.0;
        let legend = 22.0;
        let bottom = self.size[1] - MARGIN - legend;
        let week_col = 118.0;
        let day_w = (self.size[0] - 2.0 * MARGIN - week_col) / 7.0;
        let head = 14.0;
        let row_h = (bottom - top - head) / weeks as f32;
        let mut heads = Vec::new();
        for col in 0..7u64 {
            let name = crate::dates::weekday(plus_days(first_week, col));
            let start = sheet.len();
            sheet.push(text([MARGIN + day_w * col as f32 + 3.0, top + 10.0], 9.0, PAPER.weak, name));
            heads.push(Cell { header: true, shapes: sheet.since(start) });
        }
        let start = sheet.len();
        sheet.push(text([MARGIN + day_w * 7.0 + 3.0, top + 10.0], 9.0, PAPER.weak, crate::t!("pdf-week")));
        heads.push(Cell { header: true, shapes: sheet.since(start) });
        let mut rows = vec![heads];
        for row in 0..weeks {
            let week = plus_days(first_week, 7 * row as u64);
            let y = top + head + row_h * row as f32;
            let mut cells = Vec::new();
            for col in 0..7u64 {
                let date = plus_days(week, col);
                let x = MARGIN + day_w * col as f32;
                let start = sheet.len();
                let inside = date.month() == month.month() && range.contains(date);
                cut.extend(self.day_cell(&mut sheet.shapes, date, [x, y, day_w, row_h], inside));
                cells.push(Cell { header: false, shapes: sheet.since(start) });
            }
            let start = sheet.len();
            self.week_cell(&mut sheet.shapes, week, [MARGIN + day_w * 7.0, y, week_col, row_h]);
            cells.push(Cell { header: false, shapes: sheet.since(start) });
            rows.push(cells);
        }
        sheet.parts.push(Part::Table(rows));
        let start = sheet.len();
        self.legend(&mut sheet.shapes, self.size[1] - MARGIN - 6.0);
        sheet.parts.push(Part::Paragraph(sheet.since(start)));
        (sheet.page(self.size), cut)
    }

    /// Draws the day; when its cell is too small for all of it, the last lines say how many
    /// more there are and where they continue (the page is filled in once it is known).
    fn day_cell(
        &self,
        shapes: &mut Vec<Shape>,
        date: NaiveDate,
        [x, y, w, h]: [f32; 4],
        inside: bool,
    ) -> Option<CutDay> {
        shapes.push(Shape::Rect {
            rect: [x, y, w, h],
            fill: (!inside).then_some(PAPER.shade),
            stroke: Some((PAPER.grid, 0.6)),
        });
        let number = if date.day() == 1 { crate::dates::date(date) } else { date.day().to_string() };
        shapes.push(text([x + 3.0, y + 10.0], 8.5, if inside { PAPER.text } else { PAPER.weak }, number));
        if !inside {
            return None;
        }
        let worst = self
            .findings
            .iter()
            .filter(|f| f.week.is_none() && f.touches_date(date))
            .map(|f| f.severity)
            .max();
        if let Some(severity) = worst {
            shapes.push(Shape::Marker { center: [x + w - 7.0, y + 7.0], size: 8.0, severity });
        }
        let size = 7.5;
        let line_h = 9.5;
        let items = self.day_items(date);
        let lines: Vec<(String, Rgb, bool)> = items
            .iter()
            .flat_map(|item| {
                self.measure
                    .wrap(&item.text, size, w - 6.0)
                    .into_iter()
                    .map(|l| (l, item.color, item.session))
            })
            .collect();
        let room = ((h - 16.0) / line_h).floor().max(2.0) as usize;
        let shown = shown_lines(&lines, room);
        for (i, (line, color, _)) in shown.iter().enumerate() {
            let line = self.measure.ellipsis(line, size, w - 6.0);
            shapes.push(text([x + 3.0, y + 20.0 + line_h * i as f32], size, *color, line));
        }
        if lines.len() <= shown.len() {
            return None;
        }
        let at = shown.len();
        let more = crate::t!("pdf-more-lines", n = lines.len() - at);
        shapes.push(text([x + 3.0, y + 20.0 + line_h * at as f32], size, PAPER.weak, more));
        let shape = shapes.len();
        shapes.push(text(
            [x + 3.0, y + 20.0 + line_h * (at + 1) as f32],
            size,
            PAPER.weak,
            crate::t!("pdf-continued"),
        ));
        let items = items.into_iter().map(|item| (item.text, item.color)).collect();
        Some(CutDay { date, items, shape })
    }

    /// What is written on `date`, as the cell lists it: each session with the pain logged on
    /// it, its description and notes, then the day's notes.
    fn day_items(&self, date: NaiveDate) -> Vec<Item> {
        let mut items = Vec::new();
        for s in self.plan.sessions_on(date) {
            let color = if s.status == Status::Skipped { PAPER.weak } else { PAPER.text };
            items.push(Item { text: session_line(s, self.plan.meta.units), color, session: true });
            if let Some(pain) = s.pain.filter(|_| s.status == Status::Done) {
                let text = crate::t!("pdf-pain", pain = crate::text::pain(pain));
                items.push(Item { text, color, session: true });
            }
            if !s.note.is_empty() {
                let text = crate::t!("pdf-session-note", note = &s.note);
                items.push(Item { text, color: PAPER.weak, session: false });
            }
            for note in &s.notes {
                items.push(Item {
                    text: format!("✎ {}", note_line(note)),
                    color: PAPER.weak,
                    session: false,
                });
            }
        }
        for note in self.plan.day_notes(date) {
            items.push(Item { text: format!("✎ {}", note_line(note)), color: PAPER.weak, session: false });
        }
        items
    }

    fn week_cell(&self, shapes: &mut Vec<Shape>, week: NaiveDate, [x, y, w, h]: [f32; 4]) {
        shapes.push(Shape::Rect {
            rect: [x, y, w, h],
            fill: Some(PAPER.shade),
            stroke: Some((PAPER.grid, 0.6)),
        });
        let Some(summary) = self.weeks.iter().find(|s| s.totals.start == week) else { return };
        let worst = self.findings.iter().filter(|f| f.week == Some(week)).map(|f| f.severity).max();
        if let Some(severity) = worst {
            shapes.push(Shape::Marker { center: [x + w - 7.0, y + 7.0], size: 8.0, severity });
        }
        let lines = week_lines(summary, self.plan);
        for (i, line) in lines.iter().enumerate() {
            let line_y = y + 12.0 + 11.0 * i as f32 + if i > 0 { 6.0 } else { 0.0 };
            if line_y > y + h - 2.0 {
                break;
            }
            shapes.push(text(
                [x + 4.0, line_y],
                8.0,
                if i == 0 { PAPER.text } else { PAPER.weak },
                self.measure.ellipsis(line, 8.0, w - 16.0),
            ));
        }
        if let Some(cap) = self.plan.rules.weekly_cap.map(crate::plan::Distance::get).filter(|c| *c > 0.0) {
            let bar_w = w - 8.0;
            let share = (summary.totals.run / cap).min(1.0) as f32;
            shapes.push(Shape::Rect {
                rect: [x + 4.0, y + 15.0, bar_w, 3.0],
                fill: Some(PAPER.shade),
                stroke: Some((PAPER.grid, 0.4)),
            });
            let fill = if summary.totals.run > cap + 1e-9 {
                style::severity(Severity::Error).light
            } else {
                PAPER.bar
            };
            shapes.push(Shape::Rect {
                rect: [x + 4.0, y + 15.0, bar_w * share, 3.0],
                fill: Some(fill),
                stroke: None,
            });
        }
    }

    fn legend(&self, shapes: &mut Vec<Shape>, y: f32) {
        let mut x = MARGIN;
        for (severity, key) in
            [(Severity::Error, "error"), (Severity::Warning, "warning"), (Severity::Advice, "advice")]
        {
            let label = crate::t!("pdf-legend-severity", severity = key);
            let width = self.measure.width(&label, 8.0);
            shapes.push(Shape::Marker { center: [x + 4.0, y - 3.0], size: 8.0, severity });
            shapes.push(text([x + 11.0, y], 8.0, PAPER.weak, label));
            x += 20.0 + width;
        }
        // A longer language's legend is cut rather than run off the page.
        let legend = self.measure.ellipsis(&crate::t!("pdf-legend"), 8.0, self.size[0] - MARGIN - x);
        shapes.push(text([x, y], 8.0, PAPER.weak, legend));
    }
}

/// One thing a day cell lists.
struct Item {
    text: String,
    color: Rgb,
    /// A session or the pain logged on it, which the cell always shows; notes and descriptions
    /// give way to them and continue on the pages in full.
    session: bool,
}

/// The lines a cell of `room` lines shows, in their order: all of them when they fit;
/// otherwise, leaving two lines to say where the rest continues, every session's lines first
/// and then the others as they come, so a long note never pushes a session out of its day.
fn shown_lines(lines: &[(String, Rgb, bool)], room: usize) -> Vec<(String, Rgb, bool)> {
    if lines.len() <= room {
        return lines.to_vec();
    }
    let budget = room.saturating_sub(2);
    let sessions = lines.iter().filter(|l| l.2).count().min(budget);
    let mut others = budget - sessions;
    let mut sessions_left = sessions;
    lines
        .iter()
        .filter(|(_, _, session)| {
            let left = if *session { &mut sessions_left } else { &mut others };
            let keep = *left > 0;
            *left = left.saturating_sub(1);
            keep
        })
        .cloned()
        .collect()
}
