//! Printed pages as shapes and text at positions, in points (1/72 in). The PDF and PNG writers
//! draw them; nothing here knows about either, so both draw the same pages.
//!
//! [`page`] is the page model, [`font`] measures text, `month` lays out the calendar pages,
//! `summary` the findings and notes, `words` where lines break, and `full` the days whose cells were too small for
//! everything written on them; the words come from [`crate::text`] and the colours from
//! [`crate::style`].

mod font;
mod full;
mod month;
mod page;
mod summary;
mod words;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate};

pub use font::{FONT, Face, Measure, REPLACEMENT, system_fonts};
pub use page::{
    Cell, MarkerMark, MarkerStyle, Page, Part, PathEl, PathSink, Shape, marker_style, paper, replay,
};
pub use words::pieces;
// The words printed on the pages have their home in `crate::text`; these names keep the paths
// that exports and tests used before the words moved there.
pub use crate::text::{header_lines, note_line, session_line, week_lines};

use super::DateRange;
use crate::plan::Plan;
use crate::rules::{self, Finding, WeekSummary};
use crate::style::{PAPER, Rgb};

const MARGIN: f32 = 28.0;
/// Where flowing text starts, under the title and the two header lines.
const BODY_TOP: f32 = MARGIN + 60.0;

struct Builder<'a> {
    plan: &'a Plan,
    findings: Vec<Finding>,
    weeks: Vec<WeekSummary>,
    measure: Measure,
    size: [f32; 2],
}

/// Lays out `plan` for print: one page per month of `range`, then the findings summary.
pub fn layout(plan: &Plan, range: DateRange) -> Vec<Page> {
    // The system fonts are picked for what the plan holds, and characters no font draws are
    // replaced, before anything is measured or wrapped.
    let written = RefCell::new(BTreeSet::new());
    plan.clone().map_text(|t| {
        written.borrow_mut().extend(t.chars());
        String::new()
    });
    let measure = Measure::covering(written.into_inner());
    let mut printable = plan.clone();
    printable.map_text(|t| measure.printable(t));
    let plan = &printable;
    let b = Builder {
        plan,
        findings: rules::validate(plan),
        weeks: rules::week_summaries(plan),
        measure,
        size: paper(plan.meta.units),
    };
    let mut pages = Vec::new();
    let mut cut = Vec::new();
    let mut month = range.from.with_day(1).unwrap_or(range.from);
    while month <= range.to {
        let (page, days) = b.month_page(month, range, pages.is_empty());
        cut.extend(days.into_iter().map(|day| (pages.len(), day)));
        pages.push(page);
        let Some(next) = month.checked_add_months(Months::new(1)) else { break };
        month = next;
    }
    let in_range: Vec<&Finding> = b.findings.iter().filter(|f| range.contains(f.date)).collect();
    pages.extend(b.summary_pages(&in_range));
    pages.extend(b.notes_pages(range));
    let days: Vec<&month::CutDay> = cut.iter().map(|(_, day)| day).collect();
    let (full, found) = b.full_pages(&days);
    let first_full = pages.len();
    pages.extend(full);
    // Each cut day now points to the page its whole text went to.
    for ((page, day), offset) in cut.iter().zip(found) {
        let reference = crate::t!("pdf-continued-on-page", page = first_full + offset + 1);
        if let Some(Shape::Text { text, .. }) = pages.get_mut(*page).and_then(|p| p.shapes.get_mut(day.shape))
        {
            *text = reference;
        }
    }
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let text = crate::t!("pdf-page-of", page = i + 1, total = total);
        let width = b.measure.width(&text, 8.0);
        page.shapes.push(Shape::Text {
            pos: [b.size[0] - MARGIN - width, b.size[1] - MARGIN / 2.0],
            size: 8.0,
            color: PAPER.weak,
            text,
        });
    }
    pages
}

/// `date` plus `days`, stopping at chrono's last day (a range may end there).
fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}

fn text(pos: [f32; 2], size: f32, color: Rgb, text: impl Into<String>) -> Shape {
    Shape::Text { pos, size, color, text: text.into() }
}

/// A page being drawn: its shapes and what they mean.
#[derive(Default)]
struct Sheet {
    shapes: Vec<Shape>,
    parts: Vec<Part>,
}

impl Sheet {
    fn push(&mut self, shape: Shape) {
        self.shapes.push(shape);
    }

    /// The shapes pushed since `start` (a `len()` taken before).
    fn since(&self, start: usize) -> Range<usize> {
        start..self.shapes.len()
    }

    fn len(&self) -> usize {
        self.shapes.len()
    }

    fn page(self, size: [f32; 2]) -> Page {
        Page { size, shapes: self.shapes, parts: self.parts }
    }
}

/// Where the next line of a flowing text page goes, starting a new page when one is full.
struct Flow {
    pages: Vec<Page>,
    sheet: Sheet,
    /// The items of a list being written on this page.
    list: Vec<Range<usize>>,
    y: f32,
    title: String,
}

impl Flow {
    /// Closes the list being written, if any: a new section starts, or the page is full.
    fn end_list(&mut self) {
        if !self.list.is_empty() {
            self.sheet.parts.push(Part::List(std::mem::take(&mut self.list)));
        }
    }
}

impl Builder<'_> {
    fn flow(&self, title: String) -> Flow {
        let mut sheet = Sheet::default();
        self.header(&mut sheet, &title, false);
        Flow { pages: Vec::new(), sheet, list: Vec::new(), y: BODY_TOP, title }
    }

    /// Makes room for `needed` points of lines, on a new page if this one is full.
    fn room(&self, flow: &mut Flow, needed: f32) {
        if flow.y + needed > self.size[1] - MARGIN - 10.0 {
            flow.end_list();
            flow.pages.push(std::mem::take(&mut flow.sheet).page(self.size));
            self.header(&mut flow.sheet, &crate::t!("pdf-continued-title", title = &flow.title), false);
            flow.y = BODY_TOP;
        }
    }

    fn finish(&self, mut flow: Flow) -> Vec<Page> {
        flow.end_list();
        flow.pages.push(flow.sheet.page(self.size));
        flow.pages
    }

    /// The title, the plan's details and the page's subject. Only the first page gives the
    /// title and details to a screen reader; on the others they are a running header.
    fn header(&self, sheet: &mut Sheet, subtitle: &str, first: bool) {
        let meta = &self.plan.meta;
        let title = if meta.title.is_empty() { crate::t!("paper-untitled") } else { meta.title.clone() };
        let start = sheet.len();
        sheet.push(text([MARGIN, MARGIN + 14.0], 16.0, PAPER.text, title));
        if first {
            sheet.parts.push(Part::Heading(1, sheet.since(start)));
        }
        let width = self.measure.width(subtitle, 14.0);
        let room = self.size[0] - 2.0 * MARGIN;
        let start = sheet.len();
        for (i, line) in header_lines(self.plan).iter().enumerate() {
            let line = self.measure.ellipsis(line, 9.0, room);
            sheet.push(text([MARGIN, MARGIN + 29.0 + 11.0 * i as f32], 9.0, PAPER.weak, line));
        }
        if first {
            sheet.parts.push(Part::Paragraph(sheet.since(start)));
        }
        let start = sheet.len();
        sheet.push(text([self.size[0] - MARGIN - width, MARGIN + 14.0], 14.0, PAPER.text, subtitle));
        sheet.parts.push(Part::Heading(2, sheet.since(start)));
    }
}
