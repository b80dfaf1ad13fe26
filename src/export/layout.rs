//! Printed pages as shapes and text at positions, in points (1/72 in). The PDF writer draws
//! them; nothing here knows about PDF, so other renderers can draw the same pages.

use chrono::{Datelike, Days, Months, NaiveDate};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::DateRange;
use crate::plan::{Note, Plan, Session, Status, Units, fmt_num};
use crate::rules::{self, Finding, Severity, WeekSummary};

/// The embedded font (DejaVu Sans): it has every symbol the plan's text uses (✓ ½ × é …).
pub static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

const TEXT: Rgb = Rgb(0x1F, 0x23, 0x28);
const WEAK: Rgb = Rgb(0x6B, 0x72, 0x80);
const GRID: Rgb = Rgb(0xB8, 0xBE, 0xC7);
const SHADE: Rgb = Rgb(0xF1, 0xF3, 0xF5);
const BAR: Rgb = Rgb(0x4C, 0x9A, 0x7A);
const BAND: Rgb = Rgb(0xDD, 0xEE, 0xE6);
const ERROR: Rgb = Rgb(0xC0, 0x39, 0x2B);
const WARNING: Rgb = Rgb(0xC7, 0x7C, 0x02);
const ADVICE: Rgb = Rgb(0x2E, 0x6F, 0xA7);
/// The paper, and the marks on severity markers.
pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);

/// One thing drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Left, top, width, height.
        rect: [f32; 4],
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour and width.
        stroke: Option<(Rgb, f32)>,
    },
    /// One line of text; `pos` is the left end of the baseline.
    Text {
        /// Baseline start.
        pos: [f32; 2],
        /// Font size.
        size: f32,
        /// Colour.
        color: Rgb,
        /// The text.
        text: String,
    },
    /// A severity marker drawn as a shape (so it needs no glyph): centre and diameter.
    Marker {
        /// Centre.
        center: [f32; 2],
        /// Diameter.
        size: f32,
        /// Which severity.
        severity: Severity,
    },
}

/// One printed page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Width and height in points.
    pub size: [f32; 2],
    /// What is drawn, in order.
    pub shapes: Vec<Shape>,
}

/// What is printed for a character the font cannot draw.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Measures text in the embedded font.
pub struct Measure {
    font: Option<FontRef<'static>>,
}

impl Measure {
    /// A measurer for [`FONT`].
    pub fn new() -> Self {
        Self { font: FontRef::new(FONT).ok() }
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let Some(font) = &self.font else { return text.chars().count() as f32 * size * 0.55 };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| charmap.map(c).and_then(|g| metrics.advance_width(g)).unwrap_or(size * 0.6))
            .sum()
    }

    /// `text` broken into lines no wider than `width` (at spaces; a long word is cut).
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if self.width(&candidate, size) <= width || line.is_empty() && self.width(word, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = word.to_owned();
            while self.width(&line, size) > width && line.chars().count() > 1 {
                let cut = self.fit(&line, size, width);
                let rest = line.split_off(cut);
                lines.push(std::mem::replace(&mut line, rest));
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Byte index of the longest prefix of `text` that fits in `width` (at least one char).
    fn fit(&self, text: &str, size: f32, width: f32) -> usize {
        let mut end = text.char_indices().nth(1).map_or(text.len(), |(i, _)| i);
        for (i, c) in text.char_indices().skip(1) {
            if self.width(&text[..i + c.len_utf8()], size) > width {
                break;
            }
            end = i + c.len_utf8();
        }
        end
    }

    /// `text` with every character the font has no glyph for (Chinese, emoji …) replaced by
    /// the replacement character �, so nothing is dropped without a trace. Control characters
    /// (a tab, a stray newline) become spaces.
    pub fn printable(&self, text: &str) -> String {
        let Some(font) = &self.font else { return text.to_owned() };
        let charmap = font.charmap();
        text.chars()
            .map(|c| match c {
                c if c.is_control() => ' ',
                c if charmap.map(c).is_some() => c,
                _ => REPLACEMENT,
            })
            .collect()
    }

    /// `text` cut to `width` with an ellipsis if it does not fit.
    pub fn ellipsis(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let end = self.fit(text, size, (width - self.width("…", size)).max(0.0));
        format!("{}…", text.get(..end).unwrap_or_default())
    }
}

impl Default for Measure {
    fn default() -> Self {
        Self::new()
    }
}

/// Paper size in points, landscape: Letter where plans are in miles, A4 elsewhere.
pub fn paper(units: Units) -> [f32; 2] {
    match units {
        Units::Miles => [792.0, 612.0],
        Units::Km => [842.0, 595.0],
    }
}

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
            color: WEAK,
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

fn color(severity: Severity) -> Rgb {
    match severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Advice => ADVICE,
    }
}

/// A session for print, wrapped to its cell: "✓ Run/walk · run 1 min / walk 1 min × 10 ·
/// easy · flat road", "Walk 2 mi (skipped)".
pub fn session_line(s: &Session, units: Units) -> String {
    let text = s.kind.describe(units);
    match s.status {
        Status::Done => match s.actual.map(|a| a.describe(units)).filter(|a| !a.is_empty()) {
            Some(did) => format!("✓ {text} · did {did}"),
            None => format!("✓ {text}"),
        },
        Status::Skipped => format!("{text} (skipped)"),
        Status::Planned => text,
    }
}

/// The week column's lines: run against the cap, walking, cross-training, change.
pub fn week_lines(summary: &WeekSummary, plan: &Plan) -> Vec<String> {
    let u = plan.meta.units.abbrev();
    let run = summary.totals.run;
    let mut lines = vec![match plan.rules.weekly_cap {
        Some(cap) => format!("Run {} / {} {u}", fmt_num(run), fmt_num(cap.get())),
        None => format!("Run {} {u}", fmt_num(run)),
    }];
    if summary.totals.walk > 0.0 {
        lines.push(format!("Walk {} {u}", fmt_num(summary.totals.walk)));
    }
    if summary.totals.cross_minutes > 0.0 {
        lines.push(format!("Cross {} min", fmt_num(summary.totals.cross_minutes)));
    }
    if summary.down {
        lines.push("Down week".to_owned());
    } else if let Some(level) = summary.established.filter(|l| *l > 0.0) {
        lines.push(format!("{:+.0} % vs {} {u}", (run / level - 1.0) * 100.0, fmt_num(level)));
    }
    lines
}

/// The header's lines under the title: who and when, then the injury and the goal.
pub fn header_lines(plan: &Plan) -> Vec<String> {
    let meta = &plan.meta;
    let labelled = |label: &str, value: &str| (!value.is_empty()).then(|| format!("{label}: {value}"));
    let when =
        format!("Plan from {} to {}", meta.start.format("%-d %b %Y"), plan.last_date().format("%-d %b %Y"));
    let who: Vec<String> = [
        labelled("Athlete", &meta.athlete),
        labelled("Coach", &meta.coach),
        labelled("Contact", &meta.contact),
        Some(when),
    ]
    .into_iter()
    .flatten()
    .collect();
    let injury = match (meta.injury.is_empty(), meta.injury_date) {
        (false, Some(d)) => Some(format!("Injury: {} ({})", meta.injury, d.format("%-d %b %Y"))),
        (true, Some(d)) => Some(format!("Injury date: {}", d.format("%-d %b %Y"))),
        (false, None) => labelled("Injury", &meta.injury),
        (true, None) => None,
    };
    let why: Vec<String> = [injury, labelled("Goal", &meta.goal)].into_iter().flatten().collect();
    [who, why].into_iter().filter(|l| !l.is_empty()).map(|l| l.join("   ·   ")).collect()
}

/// A note for print: "Sam Okafor, 18 Nov: A twinge that settles is fine."
pub fn note_line(note: &Note) -> String {
    let author = if note.author.is_empty() { "Someone" } else { note.author.as_str() };
    format!("{author}, {}: {}", note.at.format("%-d %b"), note.text)
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

    /// Weekly running as in the app's load chart: planned bars (grey for down weeks), the part
    /// done filled in, the band the ramp allows over the established level, and the weekly cap.
    fn load_chart(&self, shapes: &mut Vec<Shape>, [x, y, w, h]: [f32; 4]) {
        let units = self.plan.meta.units.abbrev();
        let ramp = 1.0 + self.plan.rules.ramp_max_pct / 100.0;
        let cap = self.plan.rules.weekly_cap.map(crate::plan::Distance::get);
        let top = self
            .weeks
            .iter()
            .map(|s| s.totals.run.max(s.established.unwrap_or(0.0) * ramp))
            .chain(cap)
            .fold(0.0, f64::max)
            .max(1.0)
            * 1.1;
        let title = format!(
            "Weekly running ({units}): planned as outlines (grey: down weeks), done filled in, the shaded band is what the ramp allows, the red line the weekly cap"
        );
        shapes.push(text([x, y + 8.0], 8.0, WEAK, self.measure.ellipsis(&title, 8.0, w)));
        let (left, bottom, plot_w, plot_h) = (x + 28.0, y + h - 14.0, w - 28.0, h - 30.0);
        let y_of = |v: f64| bottom - (v / top) as f32 * plot_h;
        let n = self.weeks.len() as f32;
        let slot = plot_w / n;
        shapes.push(Shape::Rect { rect: [left, bottom, plot_w, 0.6], fill: Some(GRID), stroke: None });
        shapes.push(text([x, y_of(top / 1.1) + 3.0], 7.0, WEAK, fmt_num(top / 1.1)));
        shapes.push(text([x, bottom], 7.0, WEAK, "0"));
        let every = ((n / 14.0).ceil() as usize).max(1);
        for (i, s) in self.weeks.iter().enumerate() {
            let bx = left + slot * i as f32;
            if let Some(level) = s.established {
                let (lo, hi) = (y_of(level), y_of(level * ramp));
                shapes.push(Shape::Rect { rect: [bx, hi, slot, lo - hi], fill: Some(BAND), stroke: None });
            }
            let planned = y_of(s.totals.run);
            let color = if s.down { WEAK } else { BAR };
            shapes.push(Shape::Rect {
                rect: [bx + slot * 0.1, planned, slot * 0.8, bottom - planned],
                fill: None,
                stroke: Some((color, 0.8)),
            });
            if s.totals.run_done > 0.0 {
                let done = y_of(s.totals.run_done);
                shapes.push(Shape::Rect {
                    rect: [bx + slot * 0.25, done, slot * 0.5, bottom - done],
                    fill: Some(color),
                    stroke: None,
                });
            }
            if i % every == 0 {
                shapes.push(text(
                    [bx + 1.0, bottom + 10.0],
                    6.5,
                    WEAK,
                    s.totals.start.format("%-d %b").to_string(),
                ));
            }
        }
        if let Some(cap) = cap {
            shapes.push(Shape::Rect {
                rect: [left, y_of(cap) - 0.5, plot_w, 1.0],
                fill: Some(ERROR),
                stroke: None,
            });
        }
    }

    /// Every note in `range`, by day: the day's own, then each session's.
    fn notes_pages(&self, range: DateRange) -> Vec<Page> {
        let mut days: Vec<(chrono::NaiveDate, String, &[Note])> = self
            .plan
            .noted_days()
            .filter(|(d, _)| range.contains(*d))
            .map(|(d, notes)| (d, "The day".to_owned(), notes))
            .collect();
        for s in range.sessions(self.plan).filter(|s| !s.notes.is_empty()) {
            days.push((s.date, s.kind.short(self.plan.meta.units), &s.notes));
        }
        if days.is_empty() {
            return Vec::new();
        }
        days.sort_by_key(|(d, _, _)| *d);
        let mut flow = self.flow("Notes");
        let width = self.size[0] - 2.0 * MARGIN - 20.0;
        for (date, about, notes) in days {
            let lines: Vec<String> =
                notes.iter().flat_map(|n| self.measure.wrap(&note_line(n), 9.0, width)).collect();
            self.room(&mut flow, 12.0 + 11.0 * lines.len() as f32 + 6.0);
            let head = format!("{} · {about}", date.format("%a %-d %b %Y"));
            flow.shapes.push(text([MARGIN, flow.y], 9.5, TEXT, head));
            flow.y += 12.0;
            for line in lines {
                flow.shapes.push(text([MARGIN + 16.0, flow.y], 9.0, TEXT, line));
                flow.y += 11.0;
            }
            flow.y += 6.0;
        }
        self.finish(flow)
    }

    fn header(&self, shapes: &mut Vec<Shape>, subtitle: &str) {
        let meta = &self.plan.meta;
        let title = if meta.title.is_empty() { "Comeback plan" } else { &meta.title };
        shapes.push(text([MARGIN, MARGIN + 14.0], 16.0, TEXT, title));
        let width = self.measure.width(subtitle, 14.0);
        let room = self.size[0] - 2.0 * MARGIN;
        for (i, line) in header_lines(self.plan).iter().enumerate() {
            let line = self.measure.ellipsis(line, 9.0, room);
            shapes.push(text([MARGIN, MARGIN + 29.0 + 11.0 * i as f32], 9.0, WEAK, line));
        }
        shapes.push(text([self.size[0] - MARGIN - width, MARGIN + 14.0], 14.0, TEXT, subtitle));
    }

    fn month_page(&self, month: NaiveDate, range: DateRange) -> Page {
        let mut shapes = Vec::new();
        self.header(&mut shapes, &month.format("%B %Y").to_string());
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
        for col in 0..7u64 {
            let name = plus_days(first_week, col).format("%A").to_string();
            shapes.push(text([MARGIN + day_w * col as f32 + 3.0, top + 10.0], 9.0, WEAK, name));
        }
        shapes.push(text([MARGIN + day_w * 7.0 + 3.0, top + 10.0], 9.0, WEAK, "Week"));
        for row in 0..weeks {
            let week = plus_days(first_week, 7 * row as u64);
            let y = top + head + row_h * row as f32;
            for col in 0..7u64 {
                let date = plus_days(week, col);
                let x = MARGIN + day_w * col as f32;
                self.day_cell(
                    &mut shapes,
                    date,
                    [x, y, day_w, row_h],
                    date.month() == month.month() && range.contains(date),
                );
            }
            self.week_cell(&mut shapes, week, [MARGIN + day_w * 7.0, y, week_col, row_h]);
        }
        self.legend(&mut shapes, self.size[1] - MARGIN - 6.0);
        Page { size: self.size, shapes }
    }

    fn day_cell(&self, shapes: &mut Vec<Shape>, date: NaiveDate, [x, y, w, h]: [f32; 4], inside: bool) {
        shapes.push(Shape::Rect {
            rect: [x, y, w, h],
            fill: (!inside).then_some(SHADE),
            stroke: Some((GRID, 0.6)),
        });
        let number = if date.day() == 1 { date.format("%-d %b").to_string() } else { date.day().to_string() };
        shapes.push(text([x + 3.0, y + 10.0], 8.5, if inside { TEXT } else { WEAK }, number));
        if !inside {
            return;
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
        let mut lines: Vec<(String, Rgb)> = Vec::new();
        for note in self.plan.day_notes(date) {
            for line in self.measure.wrap(&format!("✎ {}", note_line(note)), size, w - 6.0) {
                lines.push((line, WEAK));
            }
        }
        let sessions = self.plan.sessions_on(date);
        for s in sessions {
            let color = if s.status == Status::Skipped { WEAK } else { TEXT };
            for line in self.measure.wrap(&session_line(s, self.plan.meta.units), size, w - 6.0) {
                lines.push((line, color));
            }
            if !s.note.is_empty() {
                for line in self.measure.wrap(&format!("“{}”", s.note), size, w - 6.0) {
                    lines.push((line, WEAK));
                }
            }
            for note in &s.notes {
                for line in self.measure.wrap(&format!("✎ {}", note_line(note)), size, w - 6.0) {
                    lines.push((line, WEAK));
                }
            }
        }
        let room = ((h - 16.0) / line_h).floor().max(1.0) as usize;
        let shown = if lines.len() > room { room - 1 } else { lines.len() };
        for (i, (line, color)) in lines.iter().take(shown).enumerate() {
            let line = self.measure.ellipsis(line, size, w - 6.0);
            shapes.push(text([x + 3.0, y + 20.0 + line_h * i as f32], size, *color, line));
        }
        if lines.len() > shown {
            let more = format!("+{} more lines", lines.len() - shown);
            shapes.push(text([x + 3.0, y + 20.0 + line_h * shown as f32], size, WEAK, more));
        }
    }

    fn week_cell(&self, shapes: &mut Vec<Shape>, week: NaiveDate, [x, y, w, h]: [f32; 4]) {
        shapes.push(Shape::Rect { rect: [x, y, w, h], fill: Some(SHADE), stroke: Some((GRID, 0.6)) });
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
                if i == 0 { TEXT } else { WEAK },
                self.measure.ellipsis(line, 8.0, w - 16.0),
            ));
        }
        if let Some(cap) = self.plan.rules.weekly_cap.map(crate::plan::Distance::get).filter(|c| *c > 0.0) {
            let bar_w = w - 8.0;
            let share = (summary.totals.run / cap).min(1.0) as f32;
            shapes.push(Shape::Rect {
                rect: [x + 4.0, y + 15.0, bar_w, 3.0],
                fill: Some(SHADE),
                stroke: Some((GRID, 0.4)),
            });
            let fill = if summary.totals.run > cap + 1e-9 { ERROR } else { BAR };
            shapes.push(Shape::Rect {
                rect: [x + 4.0, y + 15.0, bar_w * share, 3.0],
                fill: Some(fill),
                stroke: None,
            });
        }
    }

    fn legend(&self, shapes: &mut Vec<Shape>, y: f32) {
        let mut x = MARGIN;
        for (severity, label) in
            [(Severity::Error, "error"), (Severity::Warning, "warning"), (Severity::Advice, "advice")]
        {
            shapes.push(Shape::Marker { center: [x + 4.0, y - 3.0], size: 8.0, severity });
            shapes.push(text([x + 11.0, y], 8.0, WEAK, label));
            x += 20.0 + self.measure.width(label, 8.0);
        }
        shapes.push(text([x, y], 8.0, WEAK, "✓ done   ·   (skipped)   ·   shaded: outside the month   ·   findings are listed after the months"));
    }

    fn summary_pages(&self, findings: &[&Finding]) -> Vec<Page> {
        let mut flow = self.flow("Findings");
        let (errors, warnings, advice) =
            rules::counts(&findings.iter().map(|f| (*f).clone()).collect::<Vec<_>>());
        let summary = if findings.is_empty() {
            "No findings: the plan follows every rule.".to_owned()
        } else {
            format!("{errors} errors, {warnings} warnings, {advice} advice")
        };
        flow.shapes.push(text([MARGIN, flow.y], 11.0, TEXT, summary));
        flow.y += 14.0;
        if !self.weeks.is_empty() {
            let height = 150.0;
            self.load_chart(&mut flow.shapes, [MARGIN, flow.y, self.size[0] - 2.0 * MARGIN, height]);
            flow.y += height + 16.0;
        }
        let width = self.size[0] - 2.0 * MARGIN - 20.0;
        let mut section = None;
        // Errors first, then warnings, then advice; by day within each.
        let mut sorted = findings.to_vec();
        sorted.sort_by_key(|f| (std::cmp::Reverse(f.severity), f.date));
        for f in sorted {
            if section != Some(f.severity) {
                section = Some(f.severity);
                self.room(&mut flow, 40.0);
                flow.y += 6.0;
                let heading = match f.severity {
                    Severity::Error => "Errors: change the plan",
                    Severity::Warning => "Warnings: check with your coach",
                    Severity::Advice => "Advice",
                };
                flow.shapes.push(text([MARGIN, flow.y], 10.5, TEXT, heading));
                flow.y += 16.0;
            }
            let head = format!("{} · {}", f.date.format("%a %-d %b %Y"), f.rule.title());
            let message = self.measure.wrap(&f.message, 9.0, width);
            let suggestion = self.measure.wrap(&format!("→ {}", f.suggestion), 9.0, width);
            let needed = 12.0 + 11.0 * (message.len() + suggestion.len()) as f32 + 6.0;
            self.room(&mut flow, needed);
            let y = flow.y;
            flow.shapes.push(Shape::Marker {
                center: [MARGIN + 5.0, y - 3.0],
                size: 9.0,
                severity: f.severity,
            });
            flow.shapes.push(text([MARGIN + 16.0, y], 9.5, color(f.severity), head));
            flow.y += 12.0;
            for line in message {
                flow.shapes.push(text([MARGIN + 16.0, flow.y], 9.0, TEXT, line));
                flow.y += 11.0;
            }
            for line in suggestion {
                flow.shapes.push(text([MARGIN + 16.0, flow.y], 9.0, WEAK, line));
                flow.y += 11.0;
            }
            flow.y += 6.0;
        }
        self.finish(flow)
    }
}

/// One step of an outline, in page points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PathEl {
    /// Start a contour.
    MoveTo(f32, f32),
    /// A straight line.
    LineTo(f32, f32),
    /// A cubic Bézier: two control points, then the end.
    CubicTo(f32, f32, f32, f32, f32, f32),
    /// Close the contour.
    Close,
}

/// A path builder the outlines are replayed into (krilla's for PDF, tiny-skia's for PNG).
pub trait PathSink {
    /// Start a contour.
    fn move_to(&mut self, x: f32, y: f32);
    /// A straight line.
    fn line_to(&mut self, x: f32, y: f32);
    /// A cubic Bézier.
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32);
    /// Close the contour.
    fn close(&mut self);
}

/// Draws `outline` into `sink`.
pub fn replay(outline: &[PathEl], sink: &mut impl PathSink) {
    for el in outline {
        match *el {
            PathEl::MoveTo(x, y) => sink.move_to(x, y),
            PathEl::LineTo(x, y) => sink.line_to(x, y),
            PathEl::CubicTo(x1, y1, x2, y2, x, y) => sink.cubic_to(x1, y1, x2, y2, x, y),
            PathEl::Close => sink.close(),
        }
    }
}

/// What the renderers draw for a severity marker: a coloured outline, then a white mark.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerStyle {
    /// The outline's colour.
    pub fill: Rgb,
    /// A red disc (error), an amber triangle (warning) or a blue disc (advice).
    pub outline: Vec<PathEl>,
    /// The white mark on it: a bar (error) or a glyph ("!" warning, "i" advice).
    pub mark: MarkerMark,
}

/// The white mark on a severity marker.
#[derive(Clone, Debug, PartialEq)]
pub enum MarkerMark {
    /// A rectangle: left, top, width, height.
    Bar([f32; 4]),
    /// One character with its baseline start and size.
    Glyph {
        /// Baseline start.
        pos: [f32; 2],
        /// Font size.
        size: f32,
        /// The character.
        text: &'static str,
    },
}

/// The marker for `severity` centred on `center`, `size` across. Shapes rather than emoji, so
/// markers print without an emoji font and differ in shape, not only in colour.
pub fn marker_style([cx, cy]: [f32; 2], size: f32, severity: Severity) -> MarkerStyle {
    let r = size / 2.0;
    let glyph = |text, y| MarkerMark::Glyph { pos: [cx - size * 0.8 * 0.16, y], size: size * 0.8, text };
    match severity {
        Severity::Warning => MarkerStyle {
            fill: WARNING,
            outline: vec![
                PathEl::MoveTo(cx, cy - r),
                PathEl::LineTo(cx + r, cy + r * 0.85),
                PathEl::LineTo(cx - r, cy + r * 0.85),
                PathEl::Close,
            ],
            mark: glyph("!", cy + r * 0.7),
        },
        Severity::Error => MarkerStyle {
            fill: ERROR,
            outline: circle(cx, cy, r),
            mark: MarkerMark::Bar([cx - r * 0.6, cy - r * 0.15, r * 1.2, r * 0.3]),
        },
        Severity::Advice => {
            MarkerStyle { fill: ADVICE, outline: circle(cx, cy, r), mark: glyph("i", cy + r * 0.55) }
        }
    }
}

/// A circle from four cubic arcs.
fn circle(cx: f32, cy: f32, r: f32) -> Vec<PathEl> {
    let k = 0.552_284_8 * r;
    vec![
        PathEl::MoveTo(cx + r, cy),
        PathEl::CubicTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
        PathEl::CubicTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
        PathEl::CubicTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
        PathEl::CubicTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
        PathEl::Close,
    ]
}
