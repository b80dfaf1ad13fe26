//! PNG: the printed pages of [`super::layout`] drawn into pixels, one image per page, with the
//! glyph outlines of the same fonts the PDF uses (not a screenshot of the window).

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{GlyphId, MetadataProvider};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

use thiserror::Error;

use super::DateRange;
use super::layout::{self, MarkerMark, Measure, Page, PathSink, Shape, marker_style, replay};
use crate::plan::{Plan, Severity};
use crate::style::{PAPER, Rgb};

/// Pixels per point: 2 gives 144 dpi, sharp on a phone and small enough to send.
pub const SCALE: f32 = 2.0;

/// Why the images could not be made. None of these depend on the plan's content: a page is
/// always the same size, so they mean this build of Comeback is broken.
#[derive(Debug, Error)]
pub enum PngError {
    /// The font built into the program is damaged.
    #[error("{}", crate::t!("paper-error-font"))]
    Font,
    /// The page has no pixels or more than an image can hold.
    #[error("{}", crate::t!("png-error-page", width = *.0, height = *.1))]
    Size(u32, u32),
    /// The PNG encoder failed.
    #[error("{}", crate::t!("png-error-encode", error = .0.to_string()))]
    Encode(Box<dyn std::error::Error + Send + Sync>),
}

/// The plan's months in `range` and its findings, one PNG per page.
pub fn to_png(plan: &Plan, range: DateRange) -> Result<Vec<Vec<u8>>, PngError> {
    let pages = layout::layout(plan, range);
    let measure = fonts_for(&pages);
    pages
        .iter()
        .map(|page| render(page, &measure)?.encode_png().map_err(|e| PngError::Encode(Box::new(e))))
        .collect()
}

/// The fonts that draw `pages`: the embedded one and the system's for what it lacks.
pub fn fonts_for(pages: &[Page]) -> Measure {
    Measure::covering(pages.iter().flat_map(|p| &p.shapes).flat_map(|shape| match shape {
        Shape::Text { text, .. } => text.chars().collect(),
        _ => Vec::new(),
    }))
}

/// One page as pixels on white, drawn with `fonts` (see [`fonts_for`]).
pub fn render(page: &Page, fonts: &Measure) -> Result<Pixmap, PngError> {
    if fonts.faces().is_empty() {
        return Err(PngError::Font);
    }
    let (w, h) = ((page.size[0] * SCALE).ceil() as u32, (page.size[1] * SCALE).ceil() as u32);
    let mut pixmap = Pixmap::new(w, h).ok_or(PngError::Size(w, h))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let scale = Transform::from_scale(SCALE, SCALE);
    for shape in &page.shapes {
        match shape {
            Shape::Rect { rect: [x, y, w, h], fill, stroke } => {
                let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else { continue };
                let path = PathBuilder::from_rect(rect);
                if let Some(c) = fill {
                    pixmap.fill_path(&path, &paint(*c), FillRule::Winding, scale, None);
                }
                if let Some((c, width)) = stroke {
                    let stroke = Stroke { width: *width, ..Stroke::default() };
                    pixmap.stroke_path(&path, &paint(*c), &stroke, scale, None);
                }
            }
            Shape::Text { pos, size, color, text } => {
                draw_text(&mut pixmap, fonts, *pos, *size, *color, text, scale);
            }
            Shape::Marker { center, size, severity } => {
                draw_marker(&mut pixmap, fonts, *center, *size, *severity, scale);
            }
        }
    }
    Ok(pixmap)
}

fn paint(c: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(c.0, c.1, c.2, 255);
    paint.anti_alias = true;
    paint
}

/// Glyph outlines into one path; font units are y-up, the page is y-down.
struct Pen<'a> {
    path: &'a mut PathBuilder,
    origin: [f32; 2],
}

impl OutlinePen for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.path.move_to(self.origin[0] + x, self.origin[1] - y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.path.line_to(self.origin[0] + x, self.origin[1] - y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let [ox, oy] = self.origin;
        self.path.quad_to(ox + cx0, oy - cy0, ox + x, oy - y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let [ox, oy] = self.origin;
        self.path.cubic_to(ox + cx0, oy - cy0, ox + cx1, oy - cy1, ox + x, oy - y);
    }
    fn close(&mut self) {
        self.path.close();
    }
}

fn draw_text(
    pixmap: &mut Pixmap,
    fonts: &Measure,
    [x, y]: [f32; 2],
    size: f32,
    color: Rgb,
    text: &str,
    scale: Transform,
) {
    let mut path = PathBuilder::new();
    let mut pen_x = x;
    for (face, run) in fonts.runs(text) {
        let Some(font) = fonts.faces().get(face).map(layout::Face::font) else { continue };
        let charmap = font.charmap();
        let outlines = font.outline_glyphs();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        for c in run.chars() {
            // A character no font has is drawn as the font's missing-glyph box, as in the PDF.
            let glyph = charmap.map(c).unwrap_or(GlyphId::NOTDEF);
            if let Some(outline) = outlines.get(glyph) {
                let settings = DrawSettings::unhinted(Size::new(size), LocationRef::default());
                // A glyph that fails to draw leaves a gap rather than losing the rest of the line.
                let _ = outline.draw(settings, &mut Pen { path: &mut path, origin: [pen_x, y] });
            }
            pen_x += metrics.advance_width(glyph).unwrap_or(size * 0.6);
        }
    }
    if let Some(path) = path.finish() {
        pixmap.fill_path(&path, &paint(color), FillRule::Winding, scale, None);
    }
}

fn draw_marker(
    pixmap: &mut Pixmap,
    fonts: &Measure,
    center: [f32; 2],
    size: f32,
    severity: Severity,
    scale: Transform,
) {
    let style = marker_style(center, size, severity);
    let mut pb = PathBuilder::new();
    replay(&style.outline, &mut pb);
    if let Some(path) = pb.finish() {
        pixmap.fill_path(&path, &paint(style.fill), FillRule::Winding, scale, None);
    }
    match style.mark {
        MarkerMark::Bar([x, y, w, h]) => {
            if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                pixmap.fill_rect(rect, &paint(PAPER.white), scale, None);
            }
        }
        MarkerMark::Glyph { pos, size, text } => {
            draw_text(pixmap, fonts, pos, size, PAPER.white, text, scale);
        }
    }
}

impl PathSink for PathBuilder {
    fn move_to(&mut self, x: f32, y: f32) {
        PathBuilder::move_to(self, x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        PathBuilder::line_to(self, x, y);
    }
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        PathBuilder::cubic_to(self, x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        PathBuilder::close(self);
    }
}
