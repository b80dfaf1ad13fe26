//! "Sessions in full": the days whose calendar cells were too small for everything written on
//! them, each whole, so that nothing a runner or coach wrote is left off paper.

use super::month::CutDay;
use super::page::{Page, Part};
use super::summary::{body, heading};
use super::{Builder, MARGIN};

impl Builder<'_> {
    /// The pages of the cut days, and for each day the index (among these pages) of the page
    /// it starts on.
    pub(super) fn full_pages(&self, days: &[&CutDay]) -> (Vec<Page>, Vec<usize>) {
        if days.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let mut flow = self.flow(crate::t!("pdf-sessions-in-full"));
        let width = self.size[0] - 2.0 * MARGIN - 20.0;
        let mut starts = Vec::new();
        for day in days {
            let lines: Vec<_> = day
                .items
                .iter()
                .flat_map(|(item, color)| {
                    self.measure.wrap(item, 9.0, width).into_iter().map(|l| (l, *color))
                })
                .collect();
            // The day's heading stays with its first lines; a long day flows onto later pages.
            self.room(&mut flow, 12.0 + 11.0 * lines.len().min(8) as f32 + 6.0);
            starts.push(flow.pages.len());
            let head = crate::dates::day_year(day.date);
            heading(&mut flow, head);
            flow.y += 12.0;
            let mut start = flow.sheet.len();
            for (line, color) in lines {
                if flow.y + 11.0 > self.size[1] - MARGIN - 10.0 {
                    let lines = flow.sheet.since(start);
                    flow.sheet.parts.push(Part::Paragraph(lines));
                    self.room(&mut flow, 11.0);
                    start = flow.sheet.len();
                }
                body(&mut flow, vec![line], color);
            }
            let lines = flow.sheet.since(start);
            flow.sheet.parts.push(Part::Paragraph(lines));
            flow.y += 6.0;
        }
        (self.finish(flow), starts)
    }
}
