//! The rows of the editor's and the side panels' two-column grids: a label that wraps, optional
//! numbers, segments, effort and terrain, and numbers written the reader's way.

use egui::{DragValue, Ui};

use crate::plan::{Distance, Effort, Minutes, Segment, SessionId, Terrain};
use crate::t;

/// The widest a grid row's label may be before it wraps, in points (the editor's, the rules and
/// plan panels'): a little over the longest of the editor's English ones, so that a longer
/// language's ("Schmerz am nächsten Tag") or a long rule setting does not push the row's control
/// out of the narrow side panel of a 1024-point window.
pub(super) const LABEL_WIDTH: f32 = 116.0;

/// A label for a row of a two-column grid, wrapped at [`LABEL_WIDTH`].
pub(super) fn row_label(ui: &mut Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.scope(|ui| {
        ui.set_max_width(LABEL_WIDTH);
        ui.add(egui::Label::new(text).wrap())
    })
    .inner
}

/// An optional number's label, and the tip of the checkbox that sets it or not.
pub(super) struct Field {
    pub(super) label: String,
    pub(super) tip: String,
}

impl Field {
    pub(super) fn distance() -> Self {
        Self { label: t!("editor-distance"), tip: t!("editor-distance.tooltip") }
    }

    pub(super) fn duration() -> Self {
        Self { label: t!("editor-duration"), tip: t!("editor-duration.tooltip") }
    }
}

/// A row with a checkbox (set or not) and a number dragged by `speed`; true when changed.
pub(super) fn optional_row(
    ui: &mut Ui,
    field: &Field,
    value: Option<f64>,
    (suffix, speed): (&str, f64),
    default: f64,
) -> Option<Option<f64>> {
    let label_id = row_label(ui, &field.label).id;
    let mut changed = None;
    ui.horizontal_wrapped(|ui| {
        let mut on = value.is_some();
        let check = ui.checkbox(&mut on, "").labelled_by(label_id);
        if check.on_hover_text(&field.tip).changed() {
            changed = Some(on.then_some(value.unwrap_or(default)));
        }
        if let Some(mut v) = value {
            let drag = ui.add(
                local_numbers(DragValue::new(&mut v))
                    .range(0.0..=1000.0)
                    .speed(speed)
                    .max_decimals(2)
                    .suffix(suffix),
            );
            if drag.labelled_by(label_id).changed() {
                changed = Some(Some(crate::plan::round2(v)));
            }
        }
    });
    ui.end_row();
    changed
}

pub(super) fn distance_row(ui: &mut Ui, field: &Field, value: &mut Option<Distance>, unit: &str) -> bool {
    let suffix = format!(" {unit}");
    let Some(new) = optional_row(ui, field, value.map(Distance::get), (&suffix, 0.05), 1.0) else {
        return false;
    };
    *value = new.and_then(Distance::new);
    true
}

pub(super) fn minutes_row(ui: &mut Ui, field: &Field, value: &mut Option<Minutes>) -> bool {
    let Some(new) = optional_row(ui, field, value.map(Minutes::get), (" min", 1.0), 30.0) else {
        return false;
    };
    *value = new.and_then(Minutes::new);
    true
}

pub(super) fn segment_row(
    ui: &mut Ui,
    label: &str,
    segment: &mut Segment,
    unit: &str,
    id: SessionId,
) -> bool {
    let label_id = row_label(ui, label).id;
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        match segment {
            Segment::Minutes(m) => {
                let mut v = m.get();
                let drag = ui.add(
                    local_numbers(DragValue::new(&mut v))
                        .range(0.0..=600.0)
                        .speed(0.25)
                        .max_decimals(2)
                        .suffix(" min"),
                );
                if drag.labelled_by(label_id).changed() {
                    *m = Minutes::new(crate::plan::round2(v)).unwrap_or(*m);
                    changed = true;
                }
            }
            Segment::Distance(d) => {
                let mut v = d.get();
                let drag = ui.add(
                    local_numbers(DragValue::new(&mut v))
                        .range(0.0..=100.0)
                        .speed(0.01)
                        .max_decimals(2)
                        .suffix(format!(" {unit}")),
                );
                if drag.labelled_by(label_id).changed() {
                    *d = Distance::new(crate::plan::round2(v)).unwrap_or(*d);
                    changed = true;
                }
            }
        }
        let by_time = matches!(segment, Segment::Minutes(_));
        let (time, distance) = (t!("editor-by-time"), t!("editor-by-distance"));
        let shown_now = if by_time { &time } else { &distance };
        let combo = egui::ComboBox::from_id_salt((label, id.0)).selected_text(shown_now);
        let shown = combo.show_ui(ui, |ui| {
            if ui.selectable_label(by_time, &time).clicked() && !by_time {
                *segment = Segment::Minutes(Minutes::new(1.0).unwrap_or_default());
                changed = true;
            }
            if ui.selectable_label(!by_time, &distance).clicked() && by_time {
                *segment = Segment::Distance(Distance::new(0.25).unwrap_or_default());
                changed = true;
            }
        });
        shown.response.labelled_by(label_id);
    });
    ui.end_row();
    changed
}

pub(super) fn effort_row(ui: &mut Ui, effort: &mut Effort, id: SessionId) -> bool {
    choice_row(ui, &t!("editor-effort"), ("effort", id), effort, &Effort::ALL, Effort::words)
}

pub(super) fn terrain_row(ui: &mut Ui, terrain: &mut Terrain, id: SessionId) -> bool {
    choice_row(ui, &t!("editor-terrain"), ("terrain", id), terrain, &Terrain::ALL, Terrain::words)
}

/// A row choosing one of `all`, each said by `words`; true when changed.
fn choice_row<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    (salt, id): (&str, SessionId),
    value: &mut T,
    all: &[T],
    words: fn(T) -> String,
) -> bool {
    let label = row_label(ui, label).id;
    let mut changed = false;
    let shown = egui::ComboBox::from_id_salt((salt, id.0)).selected_text(words(*value)).show_ui(ui, |ui| {
        for &choice in all {
            changed |= ui.selectable_value(value, choice, words(choice)).changed();
        }
    });
    shown.response.labelled_by(label);
    ui.end_row();
    changed
}

/// `drag` written and read the reader's way: "3,5" in German and Spanish, where a runner may
/// type either mark; "3.5" in English. The plan keeps the number, not the text.
pub(super) fn local_numbers(drag: DragValue<'_>) -> DragValue<'_> {
    if !crate::i18n::current().decimal_comma() {
        return drag;
    }
    drag.custom_formatter(|value, decimals| {
        egui::emath::format_with_decimals_in_range(value, decimals).replace('.', ",")
    })
    .custom_parser(|text| {
        let text: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                ',' => '.',
                '−' => '-',
                c => c,
            })
            .collect();
        text.parse().ok()
    })
}
