//! PDF: the printed pages of [`super::layout`], with the fonts embedded and subset, the plan's
//! details as document metadata, and tags (headings, the calendar as a table, the findings as
//! a list) that screen readers follow.

use std::num::NonZeroU16;

use chrono::{Datelike, NaiveDateTime, Timelike};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, ListNumbering, Node, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagTree,
};
use krilla::text::{Font, TextDirection};

use thiserror::Error;

use super::DateRange;
use super::layout::{self, MarkerMark, Measure, Page, Part, PathSink, Shape, marker_style, replay};
use crate::plan::{Plan, Severity};
use crate::style::{PAPER, Rgb};

/// Why the PDF could not be made. None of these depend on the plan: they mean this build of
/// Comeback is broken, and are reported rather than hidden.
#[derive(Debug, Error)]
pub enum PdfError {
    /// The font built into the program is damaged.
    #[error("{}", crate::t!("paper-error-font"))]
    Font,
    /// The layout asked for a page PDF cannot have.
    #[error("{}", crate::t!("pdf-error-page", width = *.0, height = *.1))]
    PageSize(f32, f32),
    /// The PDF library refused the document.
    #[error("{}", crate::t!("pdf-error-write", error = .0.to_string()))]
    Document(#[from] krilla::error::KrillaError),
}

/// The plan's months in `range` and its findings as a PDF. `changed` is the plan's last change,
/// the document's creation date, so an unchanged plan gives the same bytes.
pub fn to_pdf(plan: &Plan, range: DateRange, changed: NaiveDateTime) -> Result<Vec<u8>, PdfError> {
    render(&layout::layout(plan, range), metadata(plan, changed))
}

/// Title, author (the athlete), subject (the injury and the goal), language and creation date.
fn metadata(plan: &Plan, changed: NaiveDateTime) -> Metadata {
    let meta = &plan.meta;
    let title = if meta.title.is_empty() { crate::t!("paper-untitled") } else { meta.title.clone() };
    let subject: Vec<String> = [("text-header-injury", &meta.injury), ("text-header-goal", &meta.goal)]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(id, value)| crate::t!(id, value = value))
        .collect();
    let date = changed.date();
    let created = DateTime::new(u16::try_from(date.year()).unwrap_or(0))
        .month(date.month() as u8)
        .day(date.day() as u8)
        .hour(changed.hour() as u8)
        .minute(changed.minute() as u8)
        .second(changed.second() as u8)
        .utc_offset_hour(0);
    let mut metadata = Metadata::new()
        .title(title)
        .description(subject.join(" · "))
        .language(crate::i18n::current().code().to_owned())
        .creator("Comeback".to_owned())
        .creation_date(created);
    if !meta.athlete.is_empty() {
        metadata = metadata.authors(vec![meta.athlete.clone()]);
    }
    metadata
}

fn paint(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn render(pages: &[Page], metadata: Metadata) -> Result<Vec<u8>, PdfError> {
    let measure = Measure::covering(pages.iter().flat_map(|p| &p.shapes).flat_map(|shape| match shape {
        Shape::Text { text, .. } => text.chars().collect(),
        _ => Vec::new(),
    }));
    let fonts: Vec<Font> = measure
        .faces()
        .iter()
        .map(|face| Font::new(face.data.into(), face.index))
        .collect::<Option<_>>()
        .ok_or(PdfError::Font)?;
    let Some(bundled) = fonts.first() else { return Err(PdfError::Font) };
    let mut document = Document::new();
    document.set_metadata(metadata);
    // The pages are in the language they were laid out in, which screen readers need to know.
    let mut tree = TagTree::new().with_lang(Some(crate::i18n::current().code().to_owned()));
    for page in pages {
        let [w, h] = page.size;
        let settings = PageSettings::from_wh(w, h).ok_or(PdfError::PageSize(w, h))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        let mut leaves = Leaves::of(page);
        for (i, shape) in page.shapes.iter().enumerate() {
            let leaf = match shape {
                Shape::Text { .. } => leaves.of_shape.get(i).copied().flatten(),
                _ => None,
            };
            let id = surface.start_tagged(match leaf {
                Some(_) => ContentTag::Span(SpanTag::empty()),
                None => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Other)),
            });
            if let Some(nodes) = leaf.and_then(|l| leaves.nodes.get_mut(l)) {
                nodes.push(id.into());
            }
            draw(&mut surface, shape, &fonts, bundled, &measure);
            surface.end_tagged();
        }
        surface.finish();
        pdf_page.finish();
        for group in leaves.groups(page) {
            tree.push(group);
        }
    }
    document.set_tag_tree(tree);
    Ok(without_suspects(document.finish()?))
}

/// krilla writes `/Suspects false` in the catalog's MarkInfo, which poppler 22 (Debian 12's
/// pdfinfo, pdftotext) reads as a broken object and complains about on every file; the entry is
/// optional and false is its default. It is blanked with spaces, so no offset in the file moves.
fn without_suspects(mut pdf: Vec<u8>) -> Vec<u8> {
    // The whole MarkInfo dictionary, so a title that happens to hold the words is left alone.
    const MARK_INFO: &[u8] = b"/MarkInfo<</Marked true/Suspects false>>";
    const KEPT: usize = b"/MarkInfo<</Marked true".len();
    const ENTRY: usize = b"/Suspects false".len();
    if let Some(at) = pdf.windows(MARK_INFO.len()).position(|w| w == MARK_INFO)
        && let Some(entry) = pdf.get_mut(at + KEPT..at + KEPT + ENTRY)
    {
        entry.fill(b' ');
    }
    pdf
}

/// The leaves of a page's tags: which leaf each shape belongs to, and the tagged content
/// gathered for each leaf while the page is drawn, numbered in the order of [`Page::parts`].
struct Leaves {
    of_shape: Vec<Option<usize>>,
    nodes: Vec<Vec<Node>>,
}

impl Leaves {
    fn of(page: &Page) -> Self {
        let mut of_shape = vec![None; page.shapes.len()];
        let mut count = 0;
        for range in page.parts.iter().flat_map(part_ranges) {
            for slot in of_shape.get_mut(range).into_iter().flatten() {
                *slot = Some(count);
            }
            count += 1;
        }
        Self { of_shape, nodes: vec![Vec::new(); count] }
    }

    /// The page's parts as tag groups, each filled with the content drawn for it.
    fn groups(mut self, page: &Page) -> Vec<TagGroup> {
        let mut next = 0;
        let mut take = |tag: krilla::tagging::TagKind| {
            let nodes = self.nodes.get_mut(next).map(std::mem::take).unwrap_or_default();
            next += 1;
            TagGroup::with_children(tag, nodes)
        };
        let heading = |level: u16, title: String| {
            Tag::Hn(NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN), Some(title)).into()
        };
        page.parts
            .iter()
            .map(|part| match part {
                Part::Heading(level, range) => take(heading(*level, texts(page, range.clone()))),
                Part::Paragraph(_) => take(Tag::P.into()),
                Part::Table(rows) => {
                    let rows = rows
                        .iter()
                        .map(|cells| {
                            let cells = cells
                                .iter()
                                .map(|cell| {
                                    let tag = if cell.header {
                                        Tag::TH(TableHeaderScope::Column).into()
                                    } else {
                                        Tag::TD.into()
                                    };
                                    take(tag).into()
                                })
                                .collect();
                            TagGroup::with_children(Tag::TR, cells).into()
                        })
                        .collect();
                    TagGroup::with_children(Tag::Table, rows)
                }
                Part::List(items) => {
                    let items = items
                        .iter()
                        .map(|_| {
                            let body = take(Tag::LBody.into());
                            TagGroup::with_children(Tag::LI, vec![body.into()]).into()
                        })
                        .collect();
                    TagGroup::with_children(Tag::L(ListNumbering::None), items)
                }
            })
            .collect()
    }
}

/// The shape ranges of a part, one per leaf, in reading order.
fn part_ranges(part: &Part) -> Vec<std::ops::Range<usize>> {
    match part {
        Part::Heading(_, range) | Part::Paragraph(range) => vec![range.clone()],
        Part::Table(rows) => rows.iter().flatten().map(|cell| cell.shapes.clone()).collect(),
        Part::List(items) => items.clone(),
    }
}

/// The text of the shapes in `range`, for a heading's title.
fn texts(page: &Page, range: std::ops::Range<usize>) -> String {
    let words: Vec<&str> = page
        .shapes
        .get(range)
        .unwrap_or_default()
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    words.join(" ")
}

fn draw(surface: &mut Surface<'_>, shape: &Shape, fonts: &[Font], bundled: &Font, measure: &Measure) {
    match shape {
        Shape::Rect { rect: [x, y, w, h], fill, stroke } => {
            let Some(r) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else { return };
            let mut pb = PathBuilder::new();
            pb.push_rect(r);
            let Some(path) = pb.finish() else { return };
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
            // Each run in the font that draws it, placed where the layout measured it.
            let mut pen_x = *x;
            let runs = measure.runs(text);
            let last = runs.len().saturating_sub(1);
            for (i, (face, run)) in runs.into_iter().enumerate() {
                let font = fonts.get(face).unwrap_or(bundled);
                surface.draw_text(
                    Point::from_xy(pen_x, *y),
                    font.clone(),
                    *size,
                    run,
                    false,
                    TextDirection::Auto,
                );
                if i < last {
                    pen_x += measure.width(run, *size);
                }
            }
        }
        Shape::Marker { center, size, severity } => marker(surface, *center, *size, *severity, bundled),
    }
}

fn marker(surface: &mut Surface<'_>, center: [f32; 2], size: f32, severity: Severity, font: &Font) {
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
