//! What a pointer move costs to paint (issue 21): the app's real frames, laid out by kittest,
//! compared the way the window compares them (`eframe::damage`, Comeback's patch to eframe). A
//! move where nothing changes must paint nothing; a hover must repaint only around what it
//! changed. Whether the pixels then match a full paint is `tests/real_window.rs`'s to show.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use eframe::damage::{self, Damage};
use egui::epaint::ClippedShape;
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const SIZE: [f32; 2] = [1366.0, 768.0];

/// The example plan in a temporary folder, opened as on 28 November 2026.
fn example_startup() -> (tempfile::TempDir, Startup) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"), &path).unwrap();
    let startup = Startup {
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        file: Some(path),
        prefs: Prefs::default(),
        data_dir: None,
        desktop: false,
    };
    (dir, startup)
}

fn example() -> (tempfile::TempDir, Harness<'static, App>) {
    let (dir, startup) = example_startup();
    let h = crate::common::window::window(App::new(startup), SIZE);
    (dir, h)
}

/// The app's frames as the window runs them: on a bare context, from the very first (kittest's
/// harness runs frames before a test sees one, and puts a panel of its own around the app).
struct Bare {
    ctx: egui::Context,
    app: App,
}

impl Bare {
    /// The window's size.
    const SIZE: [u32; 2] = [1280, 800];

    fn new(startup: Startup) -> Self {
        let ctx = egui::Context::default();
        comeback::ui::theme::install_fonts(&ctx);
        Self { ctx, app: App::new(startup) }
    }

    fn frame(&mut self) -> Vec<ClippedShape> {
        let [w, h] = Self::SIZE.map(|s| s as f32);
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, egui::vec2(w, h))),
            ..Default::default()
        };
        let mut output = self.ctx.run_ui(input, |ui| self.app.ui(ui));
        output.textures_delta.clear();
        output.shapes
    }
}

/// Moves the pointer to `to` and says what the window would repaint for the frames that
/// followed, against what it showed before.
fn damage_of_move(h: &mut Harness<'_, App>, to: Pos2) -> Damage {
    let before: Vec<ClippedShape> = h.output().shapes.clone();
    h.hover_at(to);
    h.run();
    damage::between(&before, &h.output().shapes, SIZE.map(|s| s as u32), h.ctx.pixels_per_point())
}

fn rect_of([x, y, w, h]: [u32; 4]) -> Rect {
    Rect::from_min_size(egui::pos2(x as f32, y as f32), egui::vec2(w as f32, h as f32))
}

/// Sliding along the status bar changes nothing on screen, so the window paints nothing: eframe
/// repainted all of it on every move, 110 ms of CPU each under software OpenGL.
#[test]
fn a_pointer_move_over_the_status_bar_paints_nothing() {
    let (_dir, mut h) = example();
    let bar = h.get_by_label_contains("0 errors").rect();
    damage_of_move(&mut h, bar.center() + egui::vec2(300.0, 0.0));
    assert_eq!(damage_of_move(&mut h, bar.center() + egui::vec2(420.0, 0.0)), Damage::Nothing);
}

/// Pointing at a session shows its tooltip: the repaint covers the tooltip and little else, not
/// the month. (The first tooltip of a run may add glyphs to the font texture, and a texture
/// upload repaints everything; pointing at it again uploads nothing.)
#[test]
fn hovering_a_session_repaints_only_its_tooltip() {
    let (_dir, mut h) = example();
    let chip = h.get_all_by_label_contains(", Tue 24 Nov").next().unwrap().rect();
    damage_of_move(&mut h, chip.center());
    let bar = h.get_by_label_contains("0 errors").rect();
    damage_of_move(&mut h, bar.center() + egui::vec2(300.0, 0.0));
    let damage = damage_of_move(&mut h, chip.center());
    assert!(h.output().textures_delta.is_empty(), "pointing again uploads no texture");
    let Damage::Part(part) = damage else {
        panic!("hovering a chip should repaint part of the window");
    };
    let part = rect_of(part);
    let tooltip = h.get_by_label_contains("Drag to move").rect();
    assert!(part.contains_rect(tooltip), "the repaint {part:?} covers the tooltip {tooltip:?}");
    let window = SIZE[0] * SIZE[1];
    assert!(part.area() < 0.1 * window, "the repaint {part:?} is a small part of the window");
}

/// Two frames that paint the same shapes need nothing painted; one shape more, painted over the
/// others, needs only its own rectangle, widened for anti-aliasing.
#[test]
fn damage_is_what_the_unmatched_shapes_cover() {
    let clip = Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0));
    let square = |x: f32, colour| {
        ClippedShape::new(
            clip,
            egui::Shape::rect_filled(
                Rect::from_min_size(egui::pos2(x, 10.0), egui::vec2(20.0, 20.0)),
                0.0,
                colour,
            ),
        )
    };
    let last = vec![square(10.0, egui::Color32::RED), square(100.0, egui::Color32::BLUE)];
    assert_eq!(damage::between(&last, &last.clone(), [800, 600], 1.0), Damage::Nothing);

    let mut next = last.clone();
    next.insert(1, square(300.0, egui::Color32::GREEN));
    assert_eq!(damage::between(&last, &next, [800, 600], 1.0), Damage::Part([298, 8, 24, 24]));

    let mut recoloured = last.clone();
    recoloured[0] = square(10.0, egui::Color32::WHITE);
    assert_eq!(damage::between(&last, &recoloured, [800, 600], 2.0), Damage::Part([18, 18, 44, 44]));

    let everything = vec![ClippedShape::new(clip, egui::Shape::rect_filled(clip, 0.0, egui::Color32::RED))];
    assert_eq!(damage::between(&last, &everything, [800, 600], 1.0), Damage::Whole);
}

/// The first frame the window paints is the one it keeps: the load chart's axes took their
/// size from the pass before, when the chart was laid out below the window, and the chart
/// jumped 20 points a frame after the window first showed.
#[test]
fn the_first_frame_is_the_one_that_stays() {
    for hide_load in [false, true] {
        let (_dir, mut startup) = example_startup();
        startup.prefs.hide_load = hide_load;
        let mut window = Bare::new(startup);
        let first = window.frame();
        let mut last = first.clone();
        for _ in 0..4 {
            last = window.frame();
        }
        assert_eq!(
            damage::between(&first, &last, Bare::SIZE, 1.0),
            Damage::Nothing,
            "chart hidden: {hide_load}"
        );
    }
}

/// The window is cleared to the panels' colour and the panels paint no fill of their own: under
/// software OpenGL each panel's fill painted its part of the window a second time before the
/// first frame showed (about 7 ms of a 124 ms start).
#[test]
fn the_panels_leave_their_background_to_the_clear_colour() {
    // A file that cannot be read opens the example instead, with both banners shown.
    let (dir, mut startup) = example_startup();
    startup.file = Some(dir.path().join("missing.ron"));
    let mut window = Bare::new(startup);
    let shapes = window.frame();
    assert!(window.app.error().is_some(), "the error banner is shown");
    let visuals = window.ctx.global_style().visuals.clone();
    assert_eq!(comeback::ui::theme::clear_color(&visuals), visuals.panel_fill.to_normalized_gamma_f32());
    fn panel_fills(shape: &egui::Shape, panel: egui::Color32, big: f32, out: &mut Vec<Rect>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| panel_fills(s, panel, big, out)),
            egui::Shape::Rect(r) if r.fill == panel && r.rect.area() > big => {
                out.push(r.rect);
            }
            _ => {}
        }
    }
    // A fiftieth of the window: larger than any chip or day, smaller than any panel.
    let big = 0.02 * (Bare::SIZE[0] * Bare::SIZE[1]) as f32;
    let mut fills = Vec::new();
    for clipped in &shapes {
        panel_fills(&clipped.shape, visuals.panel_fill, big, &mut fills);
    }
    assert!(fills.is_empty(), "panels filled with the clear colour: {fills:?}");
}
