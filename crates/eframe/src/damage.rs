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

#[cfg(test)]
mod tests {
    use egui::{Color32, PaintCallback, Rect, Shape, epaint::ClippedShape, pos2};

    use super::{Damage, between, shapes_in};

    /// The window of these tests: 200 × 100 points.
    const SIZE: [u32; 2] = [200, 100];

    fn rect(min: [f32; 2], max: [f32; 2]) -> Rect {
        Rect::from_min_max(pos2(min[0], min[1]), pos2(max[0], max[1]))
    }

    fn window() -> Rect {
        rect([0.0, 0.0], [200.0, 100.0])
    }

    /// A filled rectangle, clipped to the window.
    fn filled(min: [f32; 2], max: [f32; 2], color: Color32) -> ClippedShape {
        ClippedShape::new(window(), Shape::rect_filled(rect(min, max), 0.0, color))
    }

    /// The panel every frame starts with, and a button on it.
    fn frame_with_button_at(x: f32) -> Vec<ClippedShape> {
        vec![
            filled([0.0, 0.0], [200.0, 100.0], Color32::DARK_GRAY),
            filled([x, 10.0], [x + 10.0, 20.0], Color32::WHITE),
        ]
    }

    #[test]
    fn nothing_changed_repaints_nothing() {
        let frame = frame_with_button_at(10.0);
        assert_eq!(between(&frame, &frame.clone(), SIZE, 1.0), Damage::Nothing);
        assert_eq!(between(&[], &[], SIZE, 1.0), Damage::Nothing);
    }

    #[test]
    fn a_moved_shape_repaints_around_its_old_and_new_place_widened_for_anti_aliasing() {
        let last = frame_with_button_at(10.0);
        let next = frame_with_button_at(30.0);
        // From the old place's top-left (10, 10) to the new one's bottom-right (40, 20), two
        // pixels more on every side for the feather.
        assert_eq!(
            between(&last, &next, SIZE, 1.0),
            Damage::Part([8, 8, 34, 14])
        );
        // In physical pixels: twice as many at two pixels per point, the feather still two.
        assert_eq!(
            between(&last, &next, [400, 200], 2.0),
            Damage::Part([18, 18, 64, 24])
        );
    }

    #[test]
    fn a_shape_added_among_equal_ones_repaints_only_itself() {
        let last = frame_with_button_at(10.0);
        let mut next = last.clone();
        next.insert(1, filled([100.0, 50.0], [150.0, 60.0], Color32::YELLOW));
        assert_eq!(
            between(&last, &next, SIZE, 1.0),
            Damage::Part([98, 48, 54, 14])
        );
        assert_eq!(
            between(&next, &last, SIZE, 1.0),
            Damage::Part([98, 48, 54, 14]),
            "a shape gone repaints where it was"
        );
    }

    #[test]
    fn damage_at_the_edge_stays_inside_the_window() {
        let last = vec![filled([0.0, 0.0], [5.0, 5.0], Color32::WHITE)];
        let next = vec![filled([0.0, 0.0], [5.0, 5.0], Color32::RED)];
        assert_eq!(between(&last, &next, SIZE, 1.0), Damage::Part([0, 0, 7, 7]));
    }

    #[test]
    fn a_change_clipped_away_repaints_nothing() {
        let clip = rect([0.0, 0.0], [50.0, 50.0]);
        let at = |x: f32| {
            vec![ClippedShape::new(
                clip,
                Shape::rect_filled(rect([x, 60.0], [x + 10.0, 70.0]), 0.0, Color32::WHITE),
            )]
        };
        assert_eq!(between(&at(10.0), &at(20.0), SIZE, 1.0), Damage::Nothing);
    }

    #[test]
    fn a_paint_callback_repaints_the_whole_window() {
        let callback = ClippedShape::new(
            window(),
            PaintCallback {
                rect: rect([10.0, 10.0], [20.0, 20.0]),
                callback: std::sync::Arc::new(()),
            },
        );
        let frame = vec![callback];
        assert_eq!(
            between(&frame, &frame.clone(), SIZE, 1.0),
            Damage::Whole,
            "what a callback paints can change even when the callback does not"
        );
        let nested = vec![ClippedShape::new(
            window(),
            Shape::Vec(vec![frame[0].shape.clone()]),
        )];
        assert_eq!(between(&[], &nested, SIZE, 1.0), Damage::Whole);
    }

    #[test]
    fn most_of_the_window_changed_repaints_the_whole_window() {
        let last = frame_with_button_at(10.0);
        let mut next = last.clone();
        next[0] = filled([0.0, 0.0], [200.0, 100.0], Color32::BLACK);
        assert_eq!(between(&last, &next, SIZE, 1.0), Damage::Whole);
        // With the feather, 122 × 100 pixels is over 60 % of the window's 200 × 100; 112 × 100
        // is under.
        let wide = vec![filled([0.0, 0.0], [120.0, 100.0], Color32::RED)];
        assert_eq!(between(&[], &wide, SIZE, 1.0), Damage::Whole);
        let narrower = vec![filled([0.0, 0.0], [110.0, 100.0], Color32::RED)];
        assert_eq!(
            between(&[], &narrower, SIZE, 1.0),
            Damage::Part([0, 0, 112, 100])
        );
    }

    #[test]
    fn shapes_in_keeps_what_paints_in_the_part_clipped_to_it() {
        let far = filled([150.0, 80.0], [160.0, 90.0], Color32::RED);
        let elsewhere_clipped = ClippedShape::new(
            rect([100.0, 0.0], [200.0, 100.0]),
            Shape::rect_filled(rect([0.0, 0.0], [200.0, 100.0]), 0.0, Color32::BLUE),
        );
        let mut frame = frame_with_button_at(10.0);
        frame.extend([far, elsewhere_clipped]);
        // Physical pixels at two per point: points (5, 5) to (25, 15).
        let part = [10, 10, 40, 20];
        let kept = shapes_in(&frame, part, 2.0);
        let expected_clip = rect([5.0, 5.0], [25.0, 15.0]);
        assert_eq!(
            kept,
            vec![
                ClippedShape {
                    clip_rect: expected_clip,
                    ..frame[0].clone()
                },
                ClippedShape {
                    clip_rect: expected_clip,
                    ..frame[1].clone()
                },
            ],
            "the panel and the button, in paint order, clipped to the part; not the shape far \
             from it nor the one whose clip rectangle misses it"
        );
    }
}
