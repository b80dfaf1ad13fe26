//! The calendar: a toolbar, a grid of days with session chips, and a week totals column.
//! The grid is laid out here; each part draws in its own file: [`toolbar`], a day's cell
//! (`day`), a session's chip (`chip`), the week column (`week`) and the tooltips ([`tooltip`]).

mod chip;
mod chip_menu;
mod day;
mod toolbar;
pub mod tooltip;
mod week;

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use egui::{Align2, FontId, Rect, Sense, Ui, pos2, vec2};

pub use toolbar::toolbar_ui;
pub use tooltip::{findings_tooltip_ui, preview_tooltip_ui};

use super::theme::{self, Palette};
use super::{Intent, Zoom};
use crate::edit::{Document, Preview};
use crate::merge::{ChangedBy, Sides};
use crate::plan::SessionId;

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

    /// "Nov 2026", or "16 Nov – 13 Dec" for a number of weeks: the title where the full one
    /// does not fit.
    pub fn short_title(&self, week_start: crate::plan::WeekStart) -> String {
        match self.zoom {
            Zoom::Month => crate::dates::month_short(self.anchor),
            Zoom::TwoWeeks | Zoom::FourWeeks => {
                let (start, weeks) = self.range(week_start);
                let end = start + Days::new(7 * weeks as u64 - 1);
                format!("{} – {}", crate::dates::date(start), crate::dates::date(end))
            }
        }
    }

    /// "November 2026", or "16 Nov – 13 Dec 2026" for a number of weeks.
    pub fn title(&self, week_start: crate::plan::WeekStart) -> String {
        match self.zoom {
            Zoom::Month => crate::dates::month(self.anchor),
            Zoom::TwoWeeks | Zoom::FourWeeks => {
                let (start, weeks) = self.range(week_start);
                let end = start + Days::new(7 * weeks as u64 - 1);
                format!("{} – {}", crate::dates::date(start), crate::dates::date_year(end))
            }
        }
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
    /// What each side changed in the merge just made, while its marks are shown.
    pub merge: Option<&'a Sides>,
}

/// The mark of a merge: a stripe (down a chip's right edge, across the top of a day) in theirs'
/// colour (the compare colour: their version) or mine, or half of each when both changed it.
fn paint_side(painter: &egui::Painter, palette: &Palette, stripe: Rect, by: ChangedBy) {
    let color = |by| if by == ChangedBy::Mine { palette.mine } else { palette.changed };
    if by != ChangedBy::Both {
        painter.rect_filled(stripe, theme::RADIUS, color(by));
        return;
    }
    let (theirs, mine) = if stripe.width() > stripe.height() {
        stripe.split_left_right_at_fraction(0.5)
    } else {
        stripe.split_top_bottom_at_fraction(0.5)
    };
    painter.rect_filled(theirs, 0, palette.changed);
    painter.rect_filled(mine, 0, palette.mine);
}

/// What the calendar showed last frame: its first day and weeks, and the selected day and
/// session.
type Shown = ((NaiveDate, usize), (Option<NaiveDate>, Option<SessionId>));

/// Where the calendar notes the day to scroll into view in the next frame, and how: one just
/// dropped on (its new chip at its foot), newly selected (the arrows, a finding's jump), or
/// today in a period newly shown (centred).
fn scroll_key() -> egui::Id {
    egui::Id::unique("calendar-scroll-to")
}

/// The grid, in a scroll area: each week's row is as tall as its fullest day needs, so every
/// chip is drawn whole (and is in the accessibility tree), and the grid scrolls when the rows
/// outgrow the window, or the days would be narrower than [`theme::DAY_MIN_WIDTH`]. Returns
/// each shown day's visible rectangle, so the next frame knows what is under the pointer
/// before drawing.
pub fn calendar_ui(ui: &mut Ui, cx: &CalendarCx<'_>, out: &mut Vec<Intent>) -> Vec<(Rect, NaiveDate)> {
    let range = cx.view.range(cx.doc.plan().meta.week_start);
    let selection = (cx.view.selected_day, cx.view.selected);
    let key = egui::Id::unique("calendar-shown");
    let last: Option<Shown> = ui.data_mut(|d| d.get_temp(key));
    ui.data_mut(|d| d.insert_temp(key, (range, selection)));
    // A period newly shown opens at today's week where it holds it (a month at 1024×640 showed
    // its first weeks, today below them), else at the selected day or the period's anchor.
    let shown = |date: NaiveDate| cx.view.shows(date, cx.doc.plan().meta.week_start);
    // Centred: the panels around it may still settle in the next frames.
    let target = if last.is_none_or(|(r, _)| r != range) {
        [Some(cx.view.today), cx.view.selected_day, Some(cx.view.anchor)]
            .into_iter()
            .flatten()
            .find(|d| shown(*d))
            .map(|day| (day, Some(egui::Align::Center)))
    } else if last.is_some_and(|(_, s)| s != selection) {
        cx.view.selected_day.map(|day| (day, None))
    } else {
        None
    };
    if let Some(target) = target {
        ui.data_mut(|d| d.insert_temp(scroll_key(), target));
    }
    // The days' names stay above the rows as they scroll (at 1024×640, opened at today's week,
    // the grid showed no names at all).
    let header = 22.0;
    let (names, _) = ui.allocate_exact_size(vec2(ui.available_width(), header), Sense::hover());
    let scroll =
        egui::scroll_area::ScrollSource { drag: egui::scroll_area::DragScroll::Never, ..Default::default() };
    let output = egui::ScrollArea::both()
        .id_salt("calendar-grid")
        .auto_shrink(false)
        .scroll_source(scroll)
        .show(ui, |ui| grid_ui(ui, cx, out));
    let (cells, left, day_width) = output.inner;
    let painter = ui.painter().with_clip_rect(names);
    let palette = Palette::of(ui.visuals());
    let columns = (0..7u64).map(|col| (col as f32, crate::dates::weekday_short(range.0 + Days::new(col))));
    for (col, name) in columns.chain([(7.0, crate::t!("calendar-week-column"))]) {
        let pos = pos2(left + day_width * col + theme::GAP * 2.0, names.center().y);
        painter.text(pos, Align2::LEFT_CENTER, name, FontId::proportional(13.0), palette.weak_text);
    }
    cells
}

/// The grid's rows, laid out in the scroll area's `ui`; returns each shown day's visible
/// rectangle, where the grid's left edge is (as scrolled) and the days' width.
fn grid_ui(ui: &mut Ui, cx: &CalendarCx<'_>, out: &mut Vec<Intent>) -> (Vec<(Rect, NaiveDate)>, f32, f32) {
    let palette = Palette::of(ui.visuals());
    let plan = cx.doc.plan();
    let week_start = plan.meta.week_start;
    let (first, weeks) = cx.view.range(week_start);
    let area = ui.available_rect_before_wrap();
    // Whole points, so a grid that fits never overshoots by a rounding and shows a scroll bar.
    let day_width = ((area.width() - theme::WEEK_COLUMN_WIDTH) / 7.0).floor().max(theme::DAY_MIN_WIDTH);
    let ctx = ui.ctx().clone();
    let needs: Vec<f32> = (0..weeks)
        .map(|row| {
            let week_first = first + Days::new(7 * row as u64);
            (0..7u64)
                // The cell is drawn a point in from its share of the row on each side.
                .map(|col| day::height(&ctx, cx, week_first + Days::new(col), day_width - 2.0) + 2.0)
                .fold(theme::MIN_CELL_HEIGHT, f32::max)
        })
        .collect();
    // Each row gets what its fullest day needs and an equal share of what is left, so a full
    // week takes room from empty ones before the grid has to scroll.
    let spare = ((area.height() - needs.iter().sum::<f32>()) / weeks as f32).floor().max(0.0);
    let row_heights: Vec<f32> = needs.iter().map(|need| need + spare).collect();
    let size = vec2(day_width * 7.0 + theme::WEEK_COLUMN_WIDTH, row_heights.iter().sum::<f32>());
    let (grid, _) = ui.allocate_exact_size(size, Sense::hover());
    let visible = ui.clip_rect();
    let mut cells = Vec::with_capacity(weeks * 7);
    let text = ui.visuals().text_color();

    drag_scroll(ui, visible);
    let scroll_to = ui.data_mut(|d| d.remove_temp::<(NaiveDate, Option<egui::Align>)>(scroll_key()));
    let mut y = grid.top();
    for (row, row_height) in row_heights.into_iter().enumerate() {
        let week_first = first + Days::new(7 * row as u64);
        for col in 0..7u64 {
            let date = week_first + Days::new(col);
            let rect = Rect::from_min_size(
                pos2(grid.left() + day_width * col as f32, y),
                vec2(day_width, row_height),
            )
            .shrink(1.0);
            day::day_ui(ui, cx, &palette, date, rect, out);
            if let Some((_, align)) =
                scroll_to.filter(|(day, _)| *day == date && !visible.contains_rect(rect))
            {
                // At once: the day is where the pointer or the keyboard just went.
                ui.scroll_to_rect_animation(rect, align, egui::style::ScrollAnimation::none());
            }
            let shown = rect.intersect(visible);
            if shown.is_positive() {
                cells.push((shown, date));
            }
        }
        let rect = Rect::from_min_size(
            pos2(grid.left() + day_width * 7.0, y),
            vec2(theme::WEEK_COLUMN_WIDTH, row_height),
        )
        .shrink(1.0);
        week::week_ui(ui, cx, &palette, week_first, rect, text);
        y += row_height;
    }
    (cells, grid.left(), day_width)
}

/// While something is dragged with the pointer near the top or bottom edge of the grid's
/// `visible` part, scrolls the grid that way, so a day scrolled out of view can be dropped on.
fn drag_scroll(ui: &Ui, visible: Rect) {
    /// How near the edge the pointer scrolls, and how fast, in points a second.
    const EDGE: f32 = 16.0;
    const SPEED: f32 = 400.0;
    if !egui::DragAndDrop::has_any_payload(ui.ctx()) {
        return;
    }
    let Some(pointer) = ui.ctx().pointer_hover_pos().filter(|p| visible.contains(*p)) else { return };
    let direction = if pointer.y < visible.top() + EDGE {
        1.0
    } else if pointer.y > visible.bottom() - EDGE {
        -1.0
    } else {
        return;
    };
    let step = SPEED * ui.input(|i| i.stable_dt).min(0.1);
    ui.scroll_with_delta_animation(vec2(0.0, direction * step), egui::style::ScrollAnimation::none());
    // Keeps scrolling while the pointer rests there.
    ui.ctx().request_repaint();
}

/// Notes that the calendar should scroll `date` into view in the next frame (after a drop on
/// it, whose new chip is at the day's foot).
pub(super) fn scroll_to_next_frame(ctx: &egui::Context, date: NaiveDate) {
    ctx.data_mut(|d| d.insert_temp(scroll_key(), (date, None::<egui::Align>)));
}
