//! Printed pages as shapes and text at positions, in points (1/72 in). The PDF and PNG writers
//! draw them; nothing here knows about either, so both draw the same pages.
//!
//! [`page`] is the page model, [`font`] measures text, `month` lays out the calendar pages and
//! `summary` the findings and notes; the words come from [`crate::text`] and the colours
//! from [`crate::style`].

mod font;
mod month;
mod page;
mod summary;

use chrono::{Datelike, Days, Months, NaiveDate};

pub use font::{FONT, Measure, REPLACEMENT};
pub use page::{MarkerMark, MarkerStyle, Page, PathEl, PathSink, Shape, marker_style, paper, replay};
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
    // Characters the font lacks are replaced before anything is measured or wrapped.
    let measure = Measure::new();
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
    let mut month = range.from.with_day(1).unwrap_or(range.from);
    while month <= range.to {
        pages.push(b.month_page(month, range));
        let Some(next) = month.checked_add_months(Months::new(1)) else { break };
        month = next;
    }
    let in_range: Vec<&Finding> = b.findings.iter().filter(|f| range.contains(f.date)).collect();
    pages.extend(b.summary_pages(&in_range));
    pages.extend(b.notes_pages(range));
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let text = format!("Page {} of {total}", i + 1);
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

/// Where the next line of a flowing text page goes, starting a new page when one is full.
struct Flow {
    pages: Vec<Page>,
    shapes: Vec<Shape>,
    y: f32,
    title: &'static str,
}

impl Builder<'_> {
    fn flow(&self, title: &'static str) -> Flow {
        let mut shapes = Vec::new();
        self.header(&mut shapes, title);
        Flow { pages: Vec::new(), shapes, y: BODY_TOP, title }
    }

    /// Makes room for `needed` points of lines, on a new page if this one is full.
    fn room(&self, flow: &mut Flow, needed: f32) {
        if flow.y + needed > self.size[1] - MARGIN - 10.0 {
            flow.pages.push(Page { size: self.size, shapes: std::mem::take(&mut flow.shapes) });
            self.header(&mut flow.shapes, &format!("{} (continued)", flow.title));
            flow.y = BODY_TOP;
        }
    }

    fn finish(&self, mut flow: Flow) -> Vec<Page> {
        flow.pages.push(Page { size: self.size, shapes: flow.shapes });
        flow.pages
    }

    fn header(&self, shapes: &mut Vec<Shape>, subtitle: &str) {
        let meta = &self.plan.meta;
        let title = if meta.title.is_empty() { "Comeback plan" } else { &meta.title };
        shapes.push(text([MARGIN, MARGIN + 14.0], 16.0, PAPER.text, title));
        let width = self.measure.width(subtitle, 14.0);
        let room = self.size[0] - 2.0 * MARGIN;
        for (i, line) in header_lines(self.plan).iter().enumerate() {
            let line = self.measure.ellipsis(line, 9.0, room);
            shapes.push(text([MARGIN, MARGIN + 29.0 + 11.0 * i as f32], 9.0, PAPER.weak, line));
        }
        shapes.push(text([self.size[0] - MARGIN - width, MARGIN + 14.0], 14.0, PAPER.text, subtitle));
    }
}
