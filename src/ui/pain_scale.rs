//! The pain scale: a score from 0 to 10 chosen by number, with the mouse or the keys.

use egui::Ui;

use crate::plan::Pain;

/// The scores 0 to 10 in a row, one cell each, chosen by number: a click on a cell takes its
/// score, and with focus ← and → step by one, Home and End go to 0 and 10, and a digit key
/// takes that score. The pain slider it replaces jumped from 0 to 8 in 28 pixels of a narrow
/// panel, and a tap set nothing; a cell is at least `PAIN_CELL_MIN` wide. A screen reader
/// hears a slider from 0 to 10 named by `label`, and can set, raise and lower it.
pub fn pain_scale_ui(ui: &mut Ui, score: &mut u8, label: egui::Id) -> egui::Response {
    use egui::accesskit::{Action, ActionData};
    const CELLS: f32 = Pain::MAX as f32 + 1.0;
    // In a panel too narrow for eleven cells, two rows: 0 to 5, then 6 to 10.
    let per_row = if ui.available_width() >= CELLS * PAIN_CELL_MIN { CELLS } else { 6.0 };
    let cell = (ui.available_width() / per_row).clamp(PAIN_CELL_MIN, 24.0);
    let row = ui.spacing().interact_size.y;
    let size = egui::vec2(cell * per_row, row * (CELLS / per_row).ceil());
    let (rect, mut response) = ui.allocate_exact_size(size, egui::Sense::click());
    let before = *score;
    if response.clicked()
        && let Some((x, y)) = response.interact_pointer_pos().map(|p| (p.x, p.y))
    {
        let (col, line) = ((x - rect.left()) / cell, (y - rect.top()) / row);
        let at = line.floor().max(0.0) * per_row + col.floor().clamp(0.0, per_row - 1.0);
        *score = at.clamp(0.0, CELLS - 1.0) as u8;
    }
    let id = response.id;
    if response.has_focus() {
        // The arrows step the score instead of moving focus, as on a slider.
        let filter = egui::EventFilter { horizontal_arrows: true, ..Default::default() };
        ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
        let digits = [
            egui::Key::Num0,
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
            egui::Key::Num7,
            egui::Key::Num8,
            egui::Key::Num9,
        ];
        ui.input(|i| {
            let up = i.num_presses(egui::Key::ArrowRight) as i32;
            let down = i.num_presses(egui::Key::ArrowLeft) as i32;
            *score = step(*score, up - down);
            if i.key_pressed(egui::Key::Home) {
                *score = 0;
            }
            if i.key_pressed(egui::Key::End) {
                *score = Pain::MAX;
            }
            if let Some(digit) = (0..).zip(digits).find(|(_, key)| i.key_pressed(*key)).map(|(n, _)| n) {
                *score = digit;
            }
        });
    }
    ui.input(|i| {
        let up = i.num_accesskit_action_requests(id, Action::Increment) as i32;
        let down = i.num_accesskit_action_requests(id, Action::Decrement) as i32;
        *score = step(*score, up - down);
        let asked = i.accesskit_action_requests(id, Action::SetValue).filter_map(|r| match r.data {
            Some(ActionData::NumericValue(v)) => Some(v),
            _ => None,
        });
        if let Some(v) = asked.last() {
            *score = v.round().clamp(0.0, f64::from(Pain::MAX)) as u8;
        }
    });
    if *score != before {
        response.mark_changed();
    }
    let value = f64::from(*score);
    response.widget_info(|| egui::WidgetInfo::slider(ui.is_enabled(), value, ""));
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(f64::from(Pain::MAX));
        node.set_numeric_value_step(1.0);
        node.set_value(format!("{value} / 10"));
        node.add_action(Action::SetValue);
        node.add_action(Action::Increment);
        node.add_action(Action::Decrement);
    });
    let response = response.labelled_by(label);
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let painter = ui.painter();
        for n in 0..=Pain::MAX {
            let (line, col) = ((f32::from(n) / per_row).floor(), f32::from(n) % per_row);
            let min = rect.left_top() + egui::vec2(cell * col, row * line);
            let r = egui::Rect::from_min_size(min, egui::vec2(cell, row)).shrink(1.0);
            let chosen = n == *score;
            let (fill, text) = if chosen {
                (ui.visuals().selection.bg_fill, ui.visuals().selection.stroke.color)
            } else {
                (ui.visuals().widgets.inactive.weak_bg_fill, ui.visuals().text_color())
            };
            painter.rect_filled(r, 3, fill);
            painter.text(r.center(), egui::Align2::CENTER_CENTER, n, egui::FontId::proportional(12.0), text);
        }
        if response.has_focus() {
            painter.rect_stroke(rect, 3, ui.visuals().selection.stroke, egui::StrokeKind::Outside);
        } else if response.hovered() {
            painter.rect_stroke(rect, 3, visuals.bg_stroke, egui::StrokeKind::Outside);
        }
    }
    response
}

/// The narrowest a pain cell gets: wide enough to aim at with a finger on a touchpad.
const PAIN_CELL_MIN: f32 = 16.0;

/// `score` moved by `steps`, kept within 0 to 10.
fn step(score: u8, steps: i32) -> u8 {
    (i32::from(score) + steps).clamp(0, i32::from(Pain::MAX)) as u8
}
