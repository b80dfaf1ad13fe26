//! What changed on screen between two frames, so a frame can skip painting or repaint only part
//! of the window.
//!
//! Patch to eframe 0.37 (see `PATCH.md`): with a software renderer, filling the window's pixels is
//! nearly all a frame costs, and egui runs a frame on every pointer move even when nothing under
//! the pointer changes.

use egui::{Rect, Shape, epaint::ClippedShape};

/// How many shapes ahead the matcher looks to find where two frames line up again after a shape
/// was added or removed. Enough for a hover outline or a tooltip; a bigger change paints more.
const LOOKAHEAD: usize = 16;

/// Above this share of the window, a partial repaint saves little, and one full paint is simpler.
const MOST_OF_THE_WINDOW: f32 = 0.6;

/// What a frame has to repaint, compared with the frame before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The frame draws exactly what the last one drew.
    Nothing,

    /// Only pixels inside this rectangle change: `[x, y, width, height]` in physical pixels,
    /// from the top-left corner.
    Part([u32; 4]),

    /// Paint the whole window.
    Whole,
}

/// Compares two frames' shapes and says which pixels can differ between them, for a window of
/// `size_px` physical pixels at `pixels_per_point`.
///
/// Shapes are painted in order, so the frames are lined up in order: a shape equal to one in
/// the other frame, at the same place in the sequence of matched shapes, paints the same pixels
/// in both. Only the unmatched shapes (in either frame) can change a pixel, so the damage is their
/// bounds, widened by the anti-aliasing feather. A paint callback draws what it likes, so it always
/// means the whole window.
pub fn between(
    last: &[ClippedShape],
    next: &[ClippedShape],
    size_px: [u32; 2],
    pixels_per_point: f32,
) -> Damage {
    if next.iter().any(|s| has_callback(&s.shape)) {
        return Damage::Whole;
    }
    let Some(changed) = unmatched_bounds(last, next) else {
        return Damage::Nothing;
    };
    to_pixels(changed, size_px, pixels_per_point)
}

/// The union of the bounds of the shapes of either frame that the other frame does not paint in
/// the same order; `None` when every shape matches.
fn unmatched_bounds(last: &[ClippedShape], next: &[ClippedShape]) -> Option<Rect> {
    let mut changed = Rect::NOTHING;
    let (mut i, mut j) = (0, 0);
    while i < last.len() && j < next.len() {
        if last[i] == next[j] {
            i += 1;
            j += 1;
        } else if let Some(k) = (1..=LOOKAHEAD).find(|&k| next.get(j + k) == Some(&last[i])) {
            changed = next[j..j + k]
                .iter()
                .fold(changed, |r, s| r.union(bounds(s)));
            j += k;
        } else if let Some(k) = (1..=LOOKAHEAD).find(|&k| last.get(i + k) == Some(&next[j])) {
            changed = last[i..i + k]
                .iter()
                .fold(changed, |r, s| r.union(bounds(s)));
            i += k;
        } else {
            changed = changed.union(bounds(&last[i])).union(bounds(&next[j]));
            i += 1;
            j += 1;
        }
    }
    let rest = last[i..].iter().chain(&next[j..]);
    let changed = rest.fold(changed, |r, s| r.union(bounds(s)));
    (changed != Rect::NOTHING).then_some(changed)
}

/// Where a shape can paint: its visual bounds, moved where it is drawn, inside its clip rectangle.
fn bounds(shape: &ClippedShape) -> Rect {
    let painted = drawn_bounds(shape).intersect(shape.clip_rect);
    if painted.is_positive() {
        painted
    } else {
        Rect::NOTHING
    }
}

/// The damaged rectangle in whole physical pixels, grown by the feather anti-aliasing adds around
/// every shape, or the whole window when that is most of it.
fn to_pixels(changed: Rect, [width, height]: [u32; 2], pixels_per_point: f32) -> Damage {
    // One pixel of feathering on each side, one more for rounding in the tessellator.
    const FEATHER_PX: f32 = 2.0;
    let left = (changed.min.x * pixels_per_point - FEATHER_PX)
        .floor()
        .max(0.0);
    let top = (changed.min.y * pixels_per_point - FEATHER_PX)
        .floor()
        .max(0.0);
    let right = (changed.max.x * pixels_per_point + FEATHER_PX)
        .ceil()
        .min(width as f32);
    let bottom = (changed.max.y * pixels_per_point + FEATHER_PX)
        .ceil()
        .min(height as f32);
    if right <= left || bottom <= top {
        return Damage::Nothing;
    }
    let area = (right - left) * (bottom - top);
    if area > MOST_OF_THE_WINDOW * width as f32 * height as f32 {
        return Damage::Whole;
    }
    Damage::Part([
        left as u32,
        top as u32,
        (right - left) as u32,
        (bottom - top) as u32,
    ])
}

/// A shape's visual bounds where it is drawn (the clip rectangle is already in that space).
fn drawn_bounds(shape: &ClippedShape) -> Rect {
    shape.transform_after_tessellation * shape.shape.visual_bounding_rect()
}

fn has_callback(shape: &Shape) -> bool {
    match shape {
        Shape::Callback(_) => true,
        Shape::Vec(shapes) => shapes.iter().any(has_callback),
        _ => false,
    }
}

/// The shapes that paint inside `part` (physical pixels), clipped to it: painting these over the
/// last frame's pixels, after clearing `part`, gives the same pixels as painting every shape.
pub fn shapes_in(
    shapes: &[ClippedShape],
    [x, y, width, height]: [u32; 4],
    pixels_per_point: f32,
) -> Vec<ClippedShape> {
    let part = Rect::from_min_max(
        egui::pos2(x as f32, y as f32) / pixels_per_point,
        egui::pos2((x + width) as f32, (y + height) as f32) / pixels_per_point,
    );
    shapes
        .iter()
        .filter_map(|s| {
            let clip_rect = s.clip_rect.intersect(part);
            let paints_here = clip_rect.is_positive()
                && drawn_bounds(s)
                    .expand(2.0 / pixels_per_point)
                    .intersects(clip_rect);
            paints_here.then(|| ClippedShape {
                clip_rect,
                ..s.clone()
            })
        })
        .collect()
}
