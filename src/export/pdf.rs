//! PDF: the printed pages of [`super::layout`], with the font embedded and subset.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

use thiserror::Error;

use super::DateRange;
use super::layout::{self, FONT, MarkerMark, Page, PathSink, Shape, marker_style, replay};
use crate::plan::{Plan, Severity};
use crate::style::{PAPER, Rgb};

/// Why the PDF could not be made. None of these depend on the plan: they mean this build of
/// Comeback is broken, and are reported rather than hidden.
#[derive(Debug, Error)]
pub enum PdfError {
    /// The font built into the program is damaged.
    #[error("the embedded font cannot be read")]
    Font,
    /// The layout asked for a page PDF cannot have.
    #[error("a page of {0} × {1} points cannot be made")]
    PageSize(f32, f32),
    /// The PDF library refused the document.
    #[error("the PDF could not be written: {0}")]
    Document(#[from] krilla::error::KrillaError),
}

/// The plan's months in `range` and its findings as a PDF.
pub fn to_pdf(plan: &Plan, range: DateRange) -> Result<Vec<u8>, PdfError> {
    render(&layout::layout(plan, range))
}

fn paint(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn render(pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    let font = Font::new(FONT.into(), 0).ok_or(PdfError::Font)?;
    let mut document = Document::new();
    for page in pages {
        let [w, h] = page.size;
        let settings = PageSettings::from_wh(w, h).ok_or(PdfError::PageSize(w, h))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for shape in &page.shapes {
            match shape {
                Shape::Rect { rect: [x, y, w, h], fill, stroke } => {
                    let Some(r) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else { continue };
                    let mut pb = PathBuilder::new();
                    pb.push_rect(r);
                    let Some(path) = pb.finish() else { continue };
                    surface.set_fill(fill.map(paint));
                    surface.set_stroke(stroke.map(|(c, width)| Stroke {
                        paint: rgb::Color::new(c.0, c.1, c.2).into(),
                        width,
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
                Shape::Text { pos: [x, y], size, color, text } => {
                    surface.set_fill(Some(paint(*color)));
                    surface.set_stroke(None);
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font.clone(),
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Shape::Marker { center, size, severity } => {
                    marker(&mut surface, *center, *size, *severity, &font);
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    Ok(document.finish()?)
}

fn marker(
    surface: &mut krilla::surface::Surface<'_>,
    center: [f32; 2],
    size: f32,
    severity: Severity,
    font: &Font,
) {
    let style = marker_style(center, size, severity);
    let mut pb = PathBuilder::new();
    replay(&style.outline, &mut pb);
    let Some(path) = pb.finish() else { return };
    surface.set_stroke(None);
    surface.set_fill(Some(paint(style.fill)));
    surface.draw_path(&path);
    surface.set_fill(Some(paint(PAPER.white)));
    match style.mark {
        MarkerMark::Bar([x, y, w, h]) => {
            let mut pb = PathBuilder::new();
            if let Some(bar) = Rect::from_xywh(x, y, w, h) {
                pb.push_rect(bar);
            }
            if let Some(path) = pb.finish() {
                surface.draw_path(&path);
            }
        }
        MarkerMark::Glyph { pos: [x, y], size, text } => {
            surface.draw_text(Point::from_xy(x, y), font.clone(), size, text, false, TextDirection::Auto);
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
