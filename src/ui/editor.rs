//! The session editor: every field of the selected session, applied as you type.

use chrono::NaiveDate;
use egui::{DragValue, Ui};

use super::UiCommand;
use super::fields::{Field, distance_row, effort_row, minutes_row, row_label, segment_row, terrain_row};
use super::pain_scale::pain_scale_ui;
use super::{Intent, day_label, palette::templates};
use crate::edit::EditKey;
use crate::plan::{
    Activity, Actual, Command, Note, NoteOn, Pain, PainLog, Plan, Run, RunWalk, Session, SessionId,
    SessionKind, Status, Units,
};
use crate::t;

/// What the session panel keeps between frames for writing notes.
pub struct NotesCx<'a> {
    /// The writer's name, from the preferences.
    pub author: &'a mut String,
    /// The note being written.
    pub draft: &'a mut String,
    /// The time a note added now is signed with: the app's clock, passed in so tests pin it.
    pub now: chrono::DateTime<chrono::Utc>,
}

/// The editor for the selected session; with none selected, the selected day's sessions and
/// notes; with neither, a hint.
pub fn editor_ui(
    ui: &mut Ui,
    plan: &Plan,
    (selected, day): (Option<SessionId>, Option<NaiveDate>),
    notes: &mut NotesCx<'_>,
    out: &mut Vec<Intent>,
) {
    let Some(session) = selected.and_then(|id| plan.session(id)) else {
        match day {
            Some(date) => day_panel_ui(ui, plan, date, notes, out),
            None => {
                ui.add_space(8.0);
                ui.label(t!("editor-empty"));
                ui.weak(t!("editor-empty.hint"));
            }
        }
        return;
    };
    let units = plan.meta.units;
    let mut edited = session.clone();
    let mut key = None;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.heading(session.kind.name());
        ui.weak(day_label(session.date));
        // Outside the grid: a grid row keeps the height of its first line when it wraps.
        ui.horizontal_wrapped(|ui| {
            for (text, tip, days) in [
                (t!("editor-day-before"), t!("editor-day-before.tooltip"), -1),
                (t!("editor-day-after"), t!("editor-day-after.tooltip"), 1),
            ] {
                let moved = edited.date.checked_add_signed(chrono::Duration::days(days));
                if ui.small_button(text).on_hover_text(tip).clicked()
                    && let Some(date) = moved
                {
                    edited.date = date;
                    key = Some(EditKey::Session(session.id, "date"));
                }
            }
        });
        ui.add_space(6.0);
        egui::Grid::new(("editor", session.id.0)).num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let label = row_label(ui, t!("editor-kind"));
            kind_ui(ui, plan, &mut edited, &mut key, label.id);
            ui.end_row();
            kind_fields_ui(ui, &mut edited, units, &mut key);
            row_label(ui, t!("editor-status"));
            ui.horizontal_wrapped(|ui| {
                for status in [Status::Planned, Status::Done, Status::Skipped] {
                    let text = crate::text::status_label(status);
                    if ui.radio_value(&mut edited.status, status, text).changed() {
                        key = Some(EditKey::Session(session.id, "status"));
                    }
                }
            });
            ui.end_row();
            if edited.status == Status::Done {
                log_ui(ui, &mut edited, units, &mut key);
                super::ready::stop_signs_ui(ui, plan, &mut edited, &mut key);
            }
        });
        step_back_offer_ui(ui, plan, session, out);
        ui.add_space(6.0);
        let label = ui.label(t!("editor-note"));
        let note =
            ui.add(egui::TextEdit::multiline(&mut edited.note).desired_rows(3).desired_width(f32::INFINITY));
        if note.on_hover_text(t!("editor-note.tooltip")).labelled_by(label.id).changed() {
            key = Some(EditKey::Session(session.id, "note"));
        }
        ui.add_space(8.0);
        thread_ui(ui, NoteOn::Session(session.id), &session.notes, notes, out);
        ui.add_space(8.0);
        if super::command_button(ui, UiCommand::Delete, true) {
            out.push(Intent::Run(UiCommand::Delete));
        }
    });
    if let Some(key) = key
        && edited != *session
    {
        out.push(Intent::Apply {
            commands: vec![Command::EditSession(edited)],
            label: t!("editor-edit-session"),
            key: Some(key),
        });
    }
}

fn kind_ui(ui: &mut Ui, plan: &Plan, edited: &mut Session, key: &mut Option<EditKey>, label: egui::Id) {
    let current = edited.kind.name();
    let combo =
        egui::ComboBox::from_id_salt(("kind", edited.id.0)).selected_text(&current).show_ui(ui, |ui| {
            for (name, kind) in templates() {
                let same = std::mem::discriminant(&kind) == std::mem::discriminant(&edited.kind)
                    && kind.name() == edited.kind.name();
                if ui.selectable_label(same, name).clicked() && !same {
                    // Amounts as the plan's latest session of that kind, like a palette drop.
                    edited.kind = crate::edit::kind_for(plan, kind, edited.date);
                    *key = Some(EditKey::Session(edited.id, "kind"));
                }
            }
        });
    combo.response.labelled_by(label);
}

fn kind_fields_ui(ui: &mut Ui, edited: &mut Session, units: Units, key: &mut Option<EditKey>) {
    let id = edited.id;
    let mut touched = |field: &'static str, changed: bool| {
        if changed {
            *key = Some(EditKey::Session(id, field));
        }
    };
    let unit = units.abbrev();
    let (distance_field, duration_field) = (Field::distance(), Field::duration());
    match &mut edited.kind {
        SessionKind::Run(Run { distance, minutes, effort, terrain }) => {
            touched("distance", distance_row(ui, &distance_field, distance, unit));
            touched("minutes", minutes_row(ui, &duration_field, minutes));
            touched("effort", effort_row(ui, effort, id));
            touched("terrain", terrain_row(ui, terrain, id));
        }
        SessionKind::RunWalk(RunWalk { run, walk, repeats, effort, terrain }) => {
            touched("run", segment_row(ui, &t!("editor-run-segment"), run, unit, id));
            touched("walk", segment_row(ui, &t!("editor-walk-segment"), walk, unit, id));
            let label = row_label(ui, t!("editor-repeats")).id;
            touched(
                "repeats",
                ui.add(DragValue::new(repeats).range(1..=100).suffix(" ×")).labelled_by(label).changed(),
            );
            ui.end_row();
            touched("effort", effort_row(ui, effort, id));
            touched("terrain", terrain_row(ui, terrain, id));
        }
        SessionKind::Walk { distance, minutes } => {
            touched("distance", distance_row(ui, &distance_field, distance, unit));
            touched("minutes", minutes_row(ui, &duration_field, minutes));
        }
        SessionKind::Cross { activity, minutes, distance } => {
            if let Activity::AntiGravity { body_weight_pct } = activity {
                let label = row_label(ui, t!("editor-body-weight")).id;
                let weight = ui.add(DragValue::new(body_weight_pct).range(20..=100).suffix(" %"));
                touched("weight", weight.labelled_by(label).changed());
                ui.end_row();
            }
            touched("minutes", minutes_row(ui, &duration_field, minutes));
            touched("distance", distance_row(ui, &distance_field, distance, unit));
        }
        SessionKind::Strength { minutes } => touched("minutes", minutes_row(ui, &duration_field, minutes)),
        SessionKind::Rest => {}
    }
}

/// After a painful run, what the soreness rules ask and a button to rewrite the weeks ahead.
pub fn step_back_offer_ui(ui: &mut Ui, plan: &Plan, session: &Session, out: &mut Vec<Intent>) {
    if session.status != Status::Done || !session.kind.is_run() {
        return;
    }
    let Some(asked) = session.pain.and_then(|p| crate::rules::pain::ask(&p, plan.rules.pain_threshold))
    else {
        return;
    };
    let step = if asked.steps_back() { "back" } else { "repeat" };
    ui.add_space(4.0);
    // The days are the rules' own: "2 days" was once written whatever they asked.
    ui.label(t!("editor-step-back-asks", why = &asked.why, days = asked.rest_days, step = step));
    // Once applied, the plan already does what the pain asks: the button says so.
    if !super::stepback::anything_to_step_back(ui.ctx(), plan, session.id) {
        ui.add_enabled(false, egui::Button::new(t!("editor-nothing-to-step-back")))
            .on_disabled_hover_text(t!("editor-nothing-to-step-back.tooltip"));
        return;
    }
    if ui.button(t!("editor-step-back")).on_hover_text(super::findings::step_back_tip()).clicked() {
        out.push(Intent::OfferStepBack(session.id));
    }
}

/// The selected day: its sessions to pick from and its own notes.
fn day_panel_ui(ui: &mut Ui, plan: &Plan, date: NaiveDate, notes: &mut NotesCx<'_>, out: &mut Vec<Intent>) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.heading(day_label(date));
        ui.add_space(6.0);
        let sessions = plan.sessions_on(date);
        if sessions.is_empty() {
            ui.weak(t!("editor-day-empty"));
        }
        for s in sessions {
            let text = s.kind.describe(plan.meta.units);
            if ui.selectable_label(false, text).on_hover_text(t!("editor-day-session.tooltip")).clicked() {
                out.push(Intent::Select(Some(s.id)));
            }
        }
        ui.add_space(8.0);
        thread_ui(ui, NoteOn::Day(date), plan.day_notes(date), notes, out);
    });
}

/// A thread of notes, oldest first, each removable, and a field to add one.
fn thread_ui(ui: &mut Ui, on: NoteOn, thread: &[Note], cx: &mut NotesCx<'_>, out: &mut Vec<Intent>) {
    let about = match on {
        NoteOn::Day(_) => t!("editor-notes-day"),
        NoteOn::Session(_) => t!("editor-notes"),
    };
    ui.strong(about);
    if thread.is_empty() {
        ui.weak(t!("editor-notes.empty"));
    }
    for note in thread {
        ui.horizontal_wrapped(|ui| {
            ui.weak(crate::text::byline(note));
            if ui.small_button("🗑").on_hover_text(t!("editor-remove-note.tooltip")).clicked() {
                out.push(Intent::Apply {
                    commands: vec![Command::RemoveNote { on, note: note.clone() }],
                    label: t!("editor-remove-note"),
                    key: None,
                });
            }
        });
        ui.label(&note.text);
        ui.add_space(2.0);
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("editor-author")).id;
        ui.add(
            egui::TextEdit::singleline(cx.author).hint_text(t!("editor-author.hint")).desired_width(140.0),
        )
        .labelled_by(label)
        .on_hover_text(t!("editor-author.tooltip"));
    });
    let label = ui.label(t!("editor-new-note")).id;
    let field = ui
        .add(
            egui::TextEdit::singleline(cx.draft)
                .hint_text(t!("editor-new-note.hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label);
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let text = cx.draft.trim().to_owned();
    let add = ui.add_enabled(!text.is_empty(), egui::Button::new(t!("editor-add-note"))).clicked();
    if (entered || add) && !text.is_empty() {
        out.push(Intent::Apply {
            commands: vec![Command::AddNote { on, note: Note::new(cx.author.trim(), &text, cx.now) }],
            label: t!("editor-add-note"),
            key: None,
        });
        cx.draft.clear();
    }
}

/// Logging a done session: pain during and the next day, sharp or not, and what was done.
/// Shared by the editor and the chip's context menu; rows for a two-column grid.
pub fn log_ui(ui: &mut Ui, edited: &mut Session, units: Units, key: &mut Option<EditKey>) {
    pain_ui(ui, edited, key);
    let id = edited.id;
    let mut actual = edited.actual.unwrap_or_default();
    let unit = units.abbrev();
    let mut changed = false;
    let done = Field { label: t!("editor-distance-done"), tip: t!("editor-distance-done.tooltip") };
    if distance_row(ui, &done, &mut actual.distance, unit) {
        *key = Some(EditKey::Session(id, "actual-distance"));
        changed = true;
    }
    let done = Field { label: t!("editor-time-done"), tip: t!("editor-time-done.tooltip") };
    if minutes_row(ui, &done, &mut actual.minutes) {
        *key = Some(EditKey::Session(id, "actual-minutes"));
        changed = true;
    }
    if changed {
        edited.actual = (actual != Actual::default()).then_some(actual);
    }
}

fn pain_ui(ui: &mut Ui, edited: &mut Session, key: &mut Option<EditKey>) {
    let id = edited.id;
    let mut pain = edited.pain.unwrap_or_default();
    let mut changed = false;
    for (label, field, score) in [
        (t!("editor-pain-during"), "pain-during", &mut pain.during),
        (t!("editor-pain-next-day"), "pain-next", &mut pain.next_day),
    ] {
        let label = row_label(ui, label).id;
        let mut v = score.get();
        if pain_scale_ui(ui, &mut v, label).changed() {
            *score = Pain::new(v).unwrap_or(*score);
            *key = Some(EditKey::Session(id, field));
            changed = true;
        }
        ui.end_row();
    }
    row_label(ui, t!("editor-sharp-pain"));
    let sharp = ui.checkbox(&mut pain.sharp, t!("editor-sharp-pain.check"));
    if sharp.on_hover_text(t!("editor-sharp-pain.tooltip")).changed() {
        *key = Some(EditKey::Session(id, "sharp"));
        changed = true;
    }
    ui.end_row();
    if changed {
        edited.pain = (pain != PainLog::default()).then_some(pain);
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, in_lang};
    use crate::t;

    /// What the method asks after pain is one sentence in each language, its days counted in the
    /// language's plural and its step chosen by the catalogue, not glued from English pieces.
    #[test]
    fn the_step_back_sentence_counts_its_days_and_names_its_step_in_each_language() {
        let rows = [
            (
                Lang::En,
                1,
                "repeat",
                "After pain 5/10 during, the method rests a day from running and asks to repeat the level.",
            ),
            (
                Lang::En,
                2,
                "back",
                "After pain 5/10 during, the method rests 2 days from running and asks to step back a level.",
            ),
            (
                Lang::De,
                1,
                "repeat",
                "pain 5/10 during: Die Methode sieht einen Tag Laufpause vor, danach dasselbe Niveau noch einmal.",
            ),
            (
                Lang::De,
                2,
                "back",
                "pain 5/10 during: Die Methode sieht 2 Tage Laufpause vor, danach einen Schritt zurück auf das vorige Niveau.",
            ),
            (
                Lang::Es,
                1,
                "repeat",
                "pain 5/10 during: el método pide un día sin correr y después repetir el nivel.",
            ),
            (
                Lang::Es,
                2,
                "back",
                "pain 5/10 during: el método pide 2 días sin correr y después retroceder un nivel.",
            ),
        ];
        for (lang, days, step, expected) in rows {
            let said = in_lang(lang, || {
                t!("editor-step-back-asks", why = "pain 5/10 during", days = days, step = step)
            });
            assert_eq!(said, expected, "{lang:?}");
        }
    }
}
