//! The palette of new sessions to drag onto days, and the trash.

use egui::{Align2, FontId, Id, Sense, Stroke, StrokeKind, Ui, WidgetInfo, vec2};

use super::Intent;
use super::theme::{self, Palette};
use crate::edit::Drag;
use crate::plan::{Activity, Run, RunWalk, Segment, SessionKind};
use crate::t;

/// The palette's entries: a name and the kind they create (amounts are filled in on drop from
/// the plan's current level). The names are the kinds' own, but for the anti-gravity treadmill,
/// whose full name is too long for the palette.
pub fn templates() -> Vec<(String, SessionKind)> {
    let minutes = |m: f64| crate::plan::Minutes::new(m);
    let cross = |activity| SessionKind::Cross { activity, minutes: minutes(30.0), distance: None };
    let kinds = [
        SessionKind::Run(Run::default()),
        SessionKind::RunWalk(RunWalk {
            run: Segment::Minutes(minutes(1.0).unwrap_or_default()),
            walk: Segment::Minutes(minutes(2.0).unwrap_or_default()),
            repeats: 8,
            effort: crate::plan::Effort::default(),
            terrain: crate::plan::Terrain::default(),
        }),
        SessionKind::Walk { distance: None, minutes: minutes(30.0) },
        cross(Activity::Bike),
        cross(Activity::Swim),
        cross(Activity::Elliptical),
        cross(Activity::AntiGravity { body_weight_pct: 80 }),
        SessionKind::Strength { minutes: minutes(20.0) },
        SessionKind::Rest,
    ];
    kinds
        .into_iter()
        .map(|kind| {
            let name = if kind.is_anti_gravity() { t!("palette-anti-gravity") } else { kind.name() };
            (name, kind)
        })
        .collect()
}

/// The palette and the trash.
pub fn palette_ui(ui: &mut Ui, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    ui.strong(t!("palette-title"));
    ui.weak(t!("palette-hint"));
    ui.add_space(4.0);
    for (n, (name, kind)) in templates().into_iter().enumerate() {
        let (rect, _) =
            ui.allocate_exact_size(vec2(ui.available_width(), theme::CHIP_HEIGHT + 4.0), Sense::hover());
        // Clicks and keys add to the selected day and drags carry the payload, as chips do, so
        // a keyboard or screen-reader user can add what a mouse user drags.
        let response = ui.interact(rect, Id::unique(("palette", n)), Sense::click_and_drag());
        response
            .widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, t!("palette-new", kind = &name)));
        response.dnd_set_drag_payload(Drag::New(kind));
        let painter = ui.painter();
        painter.rect_filled(rect, theme::RADIUS, palette.kind(&kind));
        painter.rect_filled(
            egui::Rect::from_min_size(rect.min, vec2(4.0, rect.height())),
            theme::RADIUS,
            palette.kind_stripe(&kind),
        );
        painter.text(
            rect.left_center() + vec2(10.0, 0.0),
            Align2::LEFT_CENTER,
            &name,
            FontId::proportional(13.0),
            ui.visuals().strong_text_color(),
        );
        super::focus_ring(ui, &response);
        let response = response.on_hover_text(t!("palette-new.tooltip"));
        if response.clicked() {
            out.push(Intent::AddToSelectedDay(kind));
        }
        ui.add_space(theme::GAP);
    }
    ui.add_space(12.0);
    let frame = egui::Frame::new()
        .inner_margin(8.0)
        .corner_radius(theme::RADIUS)
        .stroke(Stroke::new(1.0, palette.grid));
    let inner = frame.show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        ui.label(format!("🗑 {}", t!("palette-trash")));
        ui.weak(t!("palette-trash.hint"));
    });
    // Only sessions can be deleted; a palette entry dragged here is not accepted or highlighted.
    // A click (Enter, Space) deletes the selected session, as Delete does.
    let response = ui.interact(inner.response.rect, egui::Id::unique("trash"), egui::Sense::click());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, t!("palette-trash")));
    super::focus_ring(ui, &response);
    if response.clicked() {
        out.push(Intent::Run(super::UiCommand::Delete));
    }
    let session = response.dnd_hover_payload::<Drag>().and_then(|d| match *d {
        Drag::Session(id) => Some(id),
        Drag::New(_) => None,
    });
    if let Some(id) = session {
        ui.painter().rect_stroke(
            response.rect,
            theme::RADIUS,
            Stroke::new(2.0, palette.error),
            StrokeKind::Outside,
        );
        if response.dnd_release_payload::<Drag>().is_some() {
            out.push(Intent::Trash(id));
        }
    }
}
