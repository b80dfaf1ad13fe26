//! The page model: what a printed page is made of (rectangles, text, severity markers) in
//! points from the top left, what runs of them mean to a reader who cannot see the page, the
//! paper sizes, and the outlines of the markers that both renderers replay into their own path
//! builders.

use std::ops::Range;

use crate::plan::{Severity, Units};
use crate::style::{self, Rgb};

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
        /// The text's colour.
        color: Rgb,
        /// The characters, already replaced where the font lacks them.
        text: String,
    },
    /// A severity marker drawn as a shape (so it needs no glyph): centre and diameter.
    Marker {
        /// Where the marker's middle goes.
        center: [f32; 2],
        /// How wide the marker is, in points.
        size: f32,
        /// Which severity, which picks the shape and colour.
        severity: Severity,
    },
}

/// What a run of a page's shapes (indices into [`Page::shapes`]) is, in reading order: the
/// PDF's tags, which screen readers follow. Shapes in no part (grid lines, markers, the page
/// number, the title repeated on later pages) are decoration.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// A heading: 1 the plan's title, 2 a page's subject, 3 a section or a day.
    Heading(u16, Range<usize>),
    /// A paragraph.
    Paragraph(Range<usize>),
    /// A table, row by row.
    Table(Vec<Vec<Cell>>),
    /// A list, item by item.
    List(Vec<Range<usize>>),
}

/// One cell of a [`Part::Table`].
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// Whether the cell names its column (a weekday) rather than holding data.
    pub header: bool,
    /// The cell's shapes.
    pub shapes: Range<usize>,
}

/// One printed page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Width and height in points.
    pub size: [f32; 2],
    /// What is drawn, in order.
    pub shapes: Vec<Shape>,
    /// What the shapes mean, in reading order.
    pub parts: Vec<Part>,
}

/// Paper size in points, landscape: Letter where plans are in miles, A4 elsewhere.
pub fn paper(units: Units) -> [f32; 2] {
    match units {
        Units::Miles => [792.0, 612.0],
        Units::Km => [842.0, 595.0],
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
        /// The one character: "!" or "i".
        text: &'static str,
    },
}

/// The marker for `severity` centred on `center`, `size` across. Shapes rather than emoji, so
/// markers print without an emoji font and differ in shape, not only in colour.
pub fn marker_style([cx, cy]: [f32; 2], size: f32, severity: Severity) -> MarkerStyle {
    let r = size / 2.0;
    let glyph = |text, y| MarkerMark::Glyph { pos: [cx - size * 0.8 * 0.16, y], size: size * 0.8, text };
    let fill = style::severity(severity).light;
    match severity {
        Severity::Warning => MarkerStyle {
            fill,
            outline: vec![
                PathEl::MoveTo(cx, cy - r),
                PathEl::LineTo(cx + r, cy + r * 0.85),
                PathEl::LineTo(cx - r, cy + r * 0.85),
                PathEl::Close,
            ],
            mark: glyph("!", cy + r * 0.7),
        },
        Severity::Error => MarkerStyle {
            fill,
            outline: circle(cx, cy, r),
            mark: MarkerMark::Bar([cx - r * 0.6, cy - r * 0.15, r * 1.2, r * 0.3]),
        },
        Severity::Advice => MarkerStyle { fill, outline: circle(cx, cy, r), mark: glyph("i", cy + r * 0.55) },
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
