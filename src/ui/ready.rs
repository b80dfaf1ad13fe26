//! Ready to run: the side panel's tab for what the comeback is from and the checks before the
//! first run, each ticked with the day it was passed; and the stop signs a done session's log
//! records after a birth. Every change is one `SetMeta` (or `EditSession`) command, so Undo
//! takes it back.

use chrono::NaiveDate;
use egui::{DragValue, Role, Ui, WidgetInfo};

use super::Intent;
use crate::edit::EditKey;
use crate::plan::{
    Birth, Check, Comeback, Command, Measure, PainLog, Plan, PlanMeta, Session, Source, StopSign, Test,
};
use crate::rules::capitalised;

/// What the comeback can be from, as the tab offers it.
const KINDS: [(Option<Comeback>, &str); 4] = [
    (None, "Not said"),
    (Some(Comeback::Injury { bone_stress: false }), "An injury"),
    (Some(Comeback::Injury { bone_stress: true }), "A bone-stress injury"),
    (Some(Comeback::Birth(Birth::Unsaid)), "A birth"),
];

/// The kinds of birth, as the tab offers them.
const BIRTHS: [(Birth, &str); 4] = [
    (Birth::Unsaid, "Not said"),
    (Birth::Vaginal, "Vaginal"),
    (Birth::PerinealTear, "With a perineal tear"),
    (Birth::Caesarean, "Caesarean"),
];

/// "Mon 2 Nov 2026".
fn long_day(date: NaiveDate) -> String {
    crate::dates::day_year(date)
}

/// The Ready tab: the kind of comeback (and of birth), the clinic's checks to fill in, and
/// each check ticked with the day it was passed (`today` when ticked), its number and source.
pub fn ready_ui(ui: &mut Ui, plan: &Plan, today: NaiveDate, out: &mut Vec<Intent>) {
    let mut meta = plan.meta.clone();
    // Set when something changed: the undo key, `None` for a change that is a step of its own.
    let mut changed: Option<Option<EditKey>> = None;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.heading("Ready to run");
        ui.label(
            "Clinics ask for a few tests, each done without pain, before the first run. A run planned before they are all passed is a warning.",
        );
        ui.add_space(6.0);
        if comeback_ui(ui, &mut meta) {
            changed = Some(None);
        }
        ui.add_space(8.0);
        ui.strong("Checks before the first run");
        if let Some(key) = checks_ui(ui, &mut meta, today) {
            changed = Some(key);
        }
    });
    if let Some(key) = changed
        && meta != plan.meta
    {
        out.push(Intent::Apply {
            commands: vec![Command::SetMeta(meta)],
            label: "Edit the checks before the first run".to_owned(),
            key,
        });
    }
}

/// What the comeback is from and, after a birth, its kind and the day running may start;
/// `true` when changed.
fn comeback_ui(ui: &mut Ui, meta: &mut PlanMeta) -> bool {
    let shown = meta.comeback();
    let mut changed = false;
    ui.label("The comeback is from");
    ui.horizontal_wrapped(|ui| {
        for (kind, text) in KINDS {
            let selected = match (shown, kind) {
                (Some(Comeback::Birth(_)), Some(Comeback::Birth(_))) => true,
                _ => shown == kind,
            };
            if radio_ui(ui, selected, text, "The comeback is from") && !selected {
                meta.comeback_kind = kind;
                changed = true;
            }
        }
    });
    if meta.comeback_kind.is_none() && shown.is_some() {
        ui.weak(format!("Read as a birth from the injury, “{}”.", meta.injury.trim()));
    }
    let Some(Comeback::Birth(birth)) = meta.comeback() else { return changed };
    ui.label("Kind of birth");
    ui.horizontal_wrapped(|ui| {
        for (kind, text) in BIRTHS {
            if radio_ui(ui, birth == kind, text, "Kind of birth") && birth != kind {
                meta.comeback_kind = Some(Comeback::Birth(kind));
                changed = true;
            }
        }
    });
    match meta.injury_date {
        Some(born) => {
            ui.label(format!(
                "Born {}: no running before {}, {} weeks after, whatever the birth; a pelvic-health assessment from 6 weeks.",
                long_day(born),
                long_day(Birth::first_run(born)),
                Birth::WEEKS_BEFORE_RUNNING,
            ));
            if matches!(birth, Birth::Caesarean | Birth::PerinealTear) {
                ui.weak("A caesarean birth or a perineal tear may need longer.");
            }
        }
        None => {
            ui.weak("Give the day of the birth as the injury date in the Plan tab to count the 12 weeks.");
        }
    }
    changed
}

/// A radio button named with its group, as a sighted user reads the row ("Kind of birth: Not
/// said", where "Not said" alone would be two buttons); `true` when clicked.
fn radio_ui(ui: &mut Ui, selected: bool, text: &str, group: &str) -> bool {
    let response = ui.radio(selected, text);
    let name = format!("{group}: {text}");
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, selected, &name));
    response.clicked()
}

/// The checks, the button filling in the clinic's, and the sources; `Some(undo key)` when
/// changed.
fn checks_ui(ui: &mut Ui, meta: &mut PlanMeta, today: NaiveDate) -> Option<Option<EditKey>> {
    let comeback = meta.comeback();
    let mut changed = None;
    match comeback {
        Some(kind) => {
            let tip = format!(
                "Lists the usual checks and numbers {}; the days already passed are kept",
                kind.words()
            );
            if ui.button("Use the clinic's checks").on_hover_text(tip).clicked() {
                let had = std::mem::take(&mut meta.checks);
                meta.checks = kind
                    .checks()
                    .into_iter()
                    .map(|c| Check {
                        passed: had.iter().find(|h| h.test == c.test).and_then(|h| h.passed),
                        ..c
                    })
                    .collect();
                changed = Some(None);
            }
        }
        None => {
            ui.weak("Say what the comeback is from to use the clinic's checks.");
        }
    }
    if meta.checks.is_empty() {
        ui.weak("No checks: runs are not judged by them.");
        return changed;
    }
    let passed = meta.checks.iter().filter(|c| c.passed_by(today)).count();
    ui.label(format!("{passed} of {} passed by today.", meta.checks.len()));
    ui.add_space(4.0);
    let mut seen: Vec<Test> = Vec::new();
    for check in &mut meta.checks {
        // Ids from the test (and which of its kind, in a hand-written file listing one twice),
        // never the list position.
        let nth = seen.iter().filter(|&&t| t == check.test).count();
        seen.push(check.test);
        ui.push_id((check.test, nth), |ui| {
            if let Some(key) = check_ui(ui, check, comeback, today) {
                changed = Some(key);
            }
        });
        ui.add_space(4.0);
    }
    if ui
        .button("Remove the checks")
        .on_hover_text("Takes the checks off the plan: runs are no longer judged by them")
        .clicked()
    {
        meta.checks.clear();
        changed = Some(None);
    }
    ui.add_space(6.0);
    ui.strong("Sources");
    for source in Source::ALL {
        if meta.checks.iter().any(|c| c.test.source_for(comeback) == source) {
            ui.weak(source.text());
        }
    }
    changed
}

/// One check: its box, the day it was passed, its number and its source.
fn check_ui(
    ui: &mut Ui,
    check: &mut Check,
    comeback: Option<Comeback>,
    today: NaiveDate,
) -> Option<Option<EditKey>> {
    let mut changed = None;
    let mut ticked = check.passed.is_some();
    // Named as a sighted user reads the box and the day beside it.
    let name = check.described();
    let text = check.to_string();
    let tick = ui.checkbox(&mut ticked, text);
    tick.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, ticked, &name));
    if tick.changed() {
        check.passed = ticked.then_some(today);
        changed = Some(None);
    }
    ui.horizontal_wrapped(|ui| {
        ui.add_space(ui.spacing().icon_width + ui.spacing().icon_spacing);
        if let Some(day) = check.passed {
            ui.label("passed on");
            if let Some(date) = passed_field_ui(ui, check, day) {
                check.passed = Some(date);
                changed = Some(Some(EditKey::Meta("check-passed")));
            }
        }
        if let Some(suffix) = suffix(check.test.measure()) {
            ui.label("number");
            let number = ui.add(
                DragValue::new(&mut check.amount)
                    .range(1..=999)
                    .clamp_existing_to_range(false)
                    .suffix(suffix),
            );
            let label = format!("Number for {}", check.test.name());
            let amount = check.amount;
            number.widget_info(|| {
                let mut info = WidgetInfo::drag_value(true, f64::from(amount));
                info.label = Some(label.clone());
                info
            });
            if number.changed() {
                // One undo step per check's number, however many steps the drag took.
                changed = Some(Some(EditKey::Meta(check.test.key())));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.add_space(ui.spacing().icon_width + ui.spacing().icon_spacing);
        ui.weak(format!("Source: {}", check.test.short_source(comeback)))
            .on_hover_text(check.test.source_for(comeback).text());
    });
    changed
}

/// The day a check was passed, typed as YYYY-MM-DD; `Some(day)` when a new valid day is typed.
/// The text being typed is the field's own state (in egui's memory): a half-typed date is not a
/// date yet, so the plan cannot hold it. Out of focus, it follows the plan.
fn passed_field_ui(ui: &mut Ui, check: &Check, day: NaiveDate) -> Option<NaiveDate> {
    let id = ui.make_persistent_id("passed-text");
    let shown = day.to_string();
    let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_else(|| shown.clone());
    let field = ui.add(egui::TextEdit::singleline(&mut text).hint_text("YYYY-MM-DD").desired_width(90.0));
    let label = format!("Day {} was passed", check.test.name());
    let value = text.clone();
    field.widget_info(|| {
        let mut info = WidgetInfo::text_edit(true, value.clone(), value.clone(), "YYYY-MM-DD");
        info.label = Some(label.clone());
        info
    });
    let typed = crate::dates::parse_iso(&text);
    let valid = typed.filter(|d| crate::plan::DATES.contains(d));
    if field.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
        if valid.is_none() {
            ui.colored_label(ui.visuals().error_fg_color, "Write the day as YYYY-MM-DD");
        }
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    valid.filter(|d| field.changed() && *d != day)
}

/// What follows a check's number in its field, or `None` for a check with nothing to count.
fn suffix(measure: Measure) -> Option<&'static str> {
    match measure {
        Measure::Done => None,
        Measure::Minutes => Some(" min"),
        Measure::SecondsEachSide => Some(" s each side"),
        Measure::EachSide => Some(" each side"),
        Measure::Times => Some(""),
        Measure::Days => Some(" days"),
    }
}

/// The stop signs of a done session's log: rows for the session editor's grid, shown after a
/// birth, or when a sign is already recorded (so it can be taken off).
pub fn stop_signs_ui(ui: &mut Ui, plan: &Plan, edited: &mut Session, key: &mut Option<EditKey>) {
    let mut pain = edited.pain.unwrap_or_default();
    let birth = plan.meta.comeback().is_some_and(Comeback::is_birth);
    if !birth && pain.stop_signs.is_empty() {
        return;
    }
    ui.label("Stop signs").on_hover_text(
        "Signs to stop and seek advice after a birth (postnatal guidance); each counts as pain above the threshold",
    );
    let mut changed = false;
    ui.vertical(|ui| {
        for sign in StopSign::ALL {
            let mut on = pain.stop_signs.has(sign);
            let text = capitalised(&sign.words());
            let name = format!("Stop sign: {}", sign.words());
            let response = ui.checkbox(&mut on, text);
            response.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, on, &name));
            if response.changed() {
                pain.stop_signs.set(sign, on);
                changed = true;
            }
        }
    });
    ui.end_row();
    if changed {
        *key = Some(EditKey::Session(edited.id, "stop-signs"));
        edited.pain = (pain != PainLog::default()).then_some(pain);
    }
}

/// The stop signs logged on a session, for a chip's accessible name: ", stop signs: leaking
/// urine or wind, or bowel urgency", or nothing.
pub fn stop_signs_name(session: &Session) -> String {
    match session.pain.filter(|p| !p.stop_signs.is_empty()) {
        Some(p) => format!(", stop signs: {}", p.stop_signs.words()),
        None => String::new(),
    }
}

/// The stop signs logged on a session, in its tooltip, with what to do about them.
pub fn stop_signs_tooltip_ui(ui: &mut Ui, session: &Session) {
    if let Some(p) = session.pain.filter(|p| !p.stop_signs.is_empty()) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("⚠ Stop signs: {}. Stop and seek advice.", p.stop_signs.words()),
        );
    }
}
