//! The pages after the months, which flow onto as many pages as they need: the findings with
//! the load chart, then every note by day.

use super::page::{Page, Part, Shape};
use super::{Builder, Flow, MARGIN, text};
use crate::export::DateRange;
use crate::i18n::number;
use crate::plan::{Note, Severity};
use crate::rules::{self, Finding};
use crate::style::{self, PAPER, Rgb};
use crate::t;
use crate::text::{counted, note_line};

impl Builder<'_> {
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
        let title = t!("pdf-chart-title", unit = units);
        shapes.push(text([x, y + 8.0], 8.0, PAPER.weak, self.measure.ellipsis(&title, 8.0, w)));
        let (left, bottom, plot_w, plot_h) = (x + 28.0, y + h - 14.0, w - 28.0, h - 30.0);
        let y_of = |v: f64| bottom - (v / top) as f32 * plot_h;
        let n = self.weeks.len() as f32;
        let slot = plot_w / n;
        shapes.push(Shape::Rect { rect: [left, bottom, plot_w, 0.6], fill: Some(PAPER.grid), stroke: None });
        shapes.push(text([x, y_of(top / 1.1) + 3.0], 7.0, PAPER.weak, number(top / 1.1)));
        shapes.push(text([x, bottom], 7.0, PAPER.weak, "0"));
        let every = ((n / 14.0).ceil() as usize).max(1);
        for (i, s) in self.weeks.iter().enumerate() {
            let bx = left + slot * i as f32;
            if let Some(level) = s.established {
                let (lo, hi) = (y_of(level), y_of(level * ramp));
                shapes.push(Shape::Rect {
                    rect: [bx, hi, slot, lo - hi],
                    fill: Some(PAPER.band),
                    stroke: None,
                });
            }
            let planned = y_of(s.totals.run);
            let color = if s.down { PAPER.weak } else { PAPER.bar };
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
                    PAPER.weak,
                    crate::dates::date(s.totals.start),
                ));
            }
        }
        if let Some(cap) = cap {
            shapes.push(Shape::Rect {
                rect: [left, y_of(cap) - 0.5, plot_w, 1.0],
                fill: Some(style::severity(Severity::Error).light),
                stroke: None,
            });
        }
    }

    /// The plan's own notes ("Cleared by physio …"), then every note in `range`, by day: the
    /// day's own, then each session's.
    pub(super) fn notes_pages(&self, range: DateRange) -> Vec<Page> {
        let mut days: Vec<(chrono::NaiveDate, String, &[Note])> = self
            .plan
            .noted_days()
            .filter(|(d, _)| range.contains(*d))
            .map(|(d, notes)| (d, t!("pdf-the-day"), notes))
            .collect();
        for s in range.sessions(self.plan).filter(|s| !s.notes.is_empty()) {
            days.push((s.date, s.kind.short(self.plan.meta.units), &s.notes));
        }
        let mut about = self.readiness_lines(range);
        about.extend(self.plan.meta.notes.trim().lines().map(str::to_owned));
        if days.is_empty() && about.is_empty() {
            return Vec::new();
        }
        days.sort_by_key(|(d, _, _)| *d);
        let mut flow = self.flow(t!("pdf-notes"));
        let width = self.size[0] - 2.0 * MARGIN - 20.0;
        if !about.is_empty() {
            let lines = about.iter().flat_map(|l| self.measure.wrap(l, 9.0, width)).collect();
            self.section(&mut flow, t!("pdf-about-plan"), lines);
        }
        for (date, about, notes) in days {
            let lines = notes.iter().flat_map(|n| self.measure.wrap(&note_line(n), 9.0, width)).collect();
            self.section(&mut flow, format!("{} · {about}", crate::dates::day_year(date)), lines);
        }
        self.finish(flow)
    }

    /// What the comeback is from, each check before the first run passed on its day or not
    /// yet, and the stop signs logged in `range`: nothing for a plan that says none of these.
    fn readiness_lines(&self, range: DateRange) -> Vec<String> {
        let meta = &self.plan.meta;
        let mut lines = Vec::new();
        if let Some(comeback) = meta.comeback() {
            lines.push(match (comeback.is_birth(), meta.injury_date) {
                (true, Some(born)) => {
                    t!("pdf-back-born", from = comeback.words(), date = crate::dates::day_year(born))
                }
                _ => t!("pdf-back", from = comeback.words()),
            });
        }
        if !meta.checks.is_empty() {
            lines.push(t!("pdf-checks"));
            lines.extend(meta.checks.iter().map(|c| format!("• {}", c.described())));
        }
        for s in range.sessions(self.plan) {
            if let Some(pain) = s.pain.filter(|p| !p.stop_signs.is_empty()) {
                lines.push(t!(
                    "pdf-stop-signs",
                    date = crate::dates::day_year(s.date),
                    session = s.kind.short(meta.units),
                    signs = pain.stop_signs.words()
                ));
            }
        }
        lines
    }

    /// A heading and its lines, started on a new page when they do not fit on this one.
    fn section(&self, flow: &mut Flow, head: String, lines: Vec<String>) {
        self.room(flow, 12.0 + 11.0 * lines.len() as f32 + 6.0);
        heading(flow, head);
        flow.y += 12.0;
        let start = flow.sheet.len();
        body(flow, lines, PAPER.text);
        let lines = flow.sheet.since(start);
        flow.sheet.parts.push(Part::Paragraph(lines));
        flow.y += 6.0;
    }

    pub(super) fn summary_pages(&self, findings: &[&Finding]) -> Vec<Page> {
        let mut flow = self.flow(t!("pdf-findings"));
        let (errors, warnings, advice) = rules::counts(findings.iter().copied());
        let summary = if findings.is_empty() {
            t!("pdf-no-findings")
        } else {
            [counted(errors, "error"), counted(warnings, "warning"), counted(advice, "advice")].join(", ")
        };
        let start = flow.sheet.len();
        flow.sheet.push(text([MARGIN, flow.y], 11.0, PAPER.text, summary));
        flow.sheet.parts.push(Part::Paragraph(flow.sheet.since(start)));
        flow.y += 14.0;
        if !self.weeks.is_empty() {
            let height = 150.0;
            let start = flow.sheet.len();
            self.load_chart(&mut flow.sheet.shapes, [MARGIN, flow.y, self.size[0] - 2.0 * MARGIN, height]);
            // The chart's caption is read; its bars and labels repeat the week columns.
            flow.sheet.parts.push(Part::Paragraph(start..start + 1));
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
                flow.end_list();
                self.room(&mut flow, 40.0);
                flow.y += 6.0;
                let heading = match f.severity {
                    Severity::Error => t!("pdf-errors"),
                    Severity::Warning => t!("pdf-warnings"),
                    Severity::Advice => t!("pdf-advice"),
                };
                let start = flow.sheet.len();
                flow.sheet.push(text([MARGIN, flow.y], 10.5, PAPER.text, heading));
                flow.sheet.parts.push(Part::Heading(3, flow.sheet.since(start)));
                flow.y += 16.0;
            }
            let head = format!("{} · {}", crate::dates::day_year(f.date), f.rule.title());
            let message = self.measure.wrap(&f.message, 9.0, width);
            let suggestion = self.measure.wrap(&format!("→ {}", f.suggestion), 9.0, width);
            let needed = 12.0 + 11.0 * (message.len() + suggestion.len()) as f32 + 6.0;
            self.room(&mut flow, needed);
            let y = flow.y;
            let start = flow.sheet.len();
            flow.sheet.push(Shape::Marker {
                center: [MARGIN + 5.0, y - 3.0],
                size: 9.0,
                severity: f.severity,
            });
            flow.sheet.push(text([MARGIN + 16.0, y], 9.5, style::severity(f.severity).light, head));
            flow.y += 12.0;
            body(&mut flow, message, PAPER.text);
            body(&mut flow, suggestion, PAPER.weak);
            let item = flow.sheet.since(start);
            flow.list.push(item);
            flow.y += 6.0;
        }
        self.finish(flow)
    }
}

/// A day's heading in a flow, on its current line.
pub(super) fn heading(flow: &mut Flow, head: String) {
    let start = flow.sheet.len();
    flow.sheet.push(text([MARGIN, flow.y], 9.5, PAPER.text, head));
    flow.sheet.parts.push(Part::Heading(3, flow.sheet.since(start)));
}

/// Wrapped body lines under an entry's heading, indented past its marker, in `color`.
pub(super) fn body(flow: &mut Flow, lines: Vec<String>, color: Rgb) {
    for line in lines {
        flow.sheet.push(text([MARGIN + 16.0, flow.y], 9.0, color, line));
        flow.y += 11.0;
    }
}
