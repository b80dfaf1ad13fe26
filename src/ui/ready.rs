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
use crate::t;

/// What the comeback can be from, as the tab offers it.
fn kinds() -> [(Option<Comeback>, String); 4] {
    [
        (None, t!("ready-kind-unsaid")),
        (Some(Comeback::Injury { bone_stress: false }), t!("ready-kind-injury")),
        (Some(Comeback::Injury { bone_stress: true }), t!("ready-kind-bone-stress")),
        (Some(Comeback::Birth(Birth::Unsaid)), t!("ready-kind-birth")),
    ]
}

/// The kinds of birth, as the tab offers them.
fn births() -> [(Birth, String); 4] {
    [
        (Birth::Unsaid, t!("ready-birth-unsaid")),
        (Birth::Vaginal, t!("ready-birth-vaginal")),
        (Birth::PerinealTear, t!("ready-birth-perineal-tear")),
        (Birth::Caesarean, t!("ready-birth-caesarean")),
    ]
}

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
        ui.heading(t!("ready-heading"));
        ui.label(t!("ready-intro"));
        ui.add_space(6.0);
        if comeback_ui(ui, &mut meta) {
            changed = Some(None);
        }
        ui.add_space(8.0);
        ui.strong(t!("ready-checks-heading"));
        if let Some(key) = checks_ui(ui, &mut meta, today) {
            changed = Some(key);
        }
    });
    if let Some(key) = changed
        && meta != plan.meta
    {
        out.push(Intent::Apply {
            commands: vec![Command::SetMeta(meta)],
            label: t!("ready-edit-checks"),
            key,
        });
    }
}

/// What the comeback is from and, after a birth, its kind and the day running may start;
/// `true` when changed.
fn comeback_ui(ui: &mut Ui, meta: &mut PlanMeta) -> bool {
    let shown = meta.comeback();
    let mut changed = false;
    let group = t!("ready-comeback-from");
    ui.label(&group);
    ui.horizontal_wrapped(|ui| {
        for (kind, text) in kinds() {
            let selected = match (shown, kind) {
                (Some(Comeback::Birth(_)), Some(Comeback::Birth(_))) => true,
                _ => shown == kind,
            };
            if radio_ui(ui, selected, &text, &group) && !selected {
                meta.comeback_kind = kind;
                changed = true;
            }
        }
    });
    if meta.comeback_kind.is_none() && shown.is_some() {
        ui.weak(t!("ready-read-as-birth", injury = meta.injury.trim()));
    }
    let Some(Comeback::Birth(birth)) = meta.comeback() else { return changed };
    let group = t!("ready-birth-kind");
    ui.label(&group);
    ui.horizontal_wrapped(|ui| {
        for (kind, text) in births() {
            if radio_ui(ui, birth == kind, &text, &group) && birth != kind {
                meta.comeback_kind = Some(Comeback::Birth(kind));
                changed = true;
            }
        }
    });
    match meta.injury_date {
        Some(born) => {
            ui.label(t!(
                "ready-born",
                born = long_day(born),
                first = long_day(Birth::first_run(born)),
                weeks = Birth::WEEKS_BEFORE_RUNNING,
            ));
            if matches!(birth, Birth::Caesarean | Birth::PerinealTear) {
                ui.weak(t!("ready-may-need-longer"));
            }
        }
        None => {
            ui.weak(t!("ready-give-birth-day"));
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
            let tip = t!("ready-use-clinic-tip", comeback = kind.words());
            if ui.button(t!("ready-use-clinic")).on_hover_text(tip).clicked() {
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
            ui.weak(t!("ready-say-comeback"));
        }
    }
    if meta.checks.is_empty() {
        ui.weak(t!("ready-no-checks"));
        return changed;
    }
    let passed = meta.checks.iter().filter(|c| c.passed_by(today)).count();
    ui.label(t!("ready-passed-count", passed = passed, checks = meta.checks.len()));
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
    if ui.button(t!("ready-remove")).on_hover_text(t!("ready-remove-tip")).clicked() {
        meta.checks.clear();
        changed = Some(None);
    }
    ui.add_space(6.0);
    ui.strong(t!("ready-sources"));
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
            ui.label(t!("ready-passed-on"));
            if let Some(date) = passed_field_ui(ui, check, day) {
                check.passed = Some(date);
                changed = Some(Some(EditKey::Meta("check-passed")));
            }
        }
        if let Some(suffix) = suffix(check.test.measure()) {
            ui.label(t!("ready-number"));
            let number = ui.add(
                DragValue::new(&mut check.amount)
                    .range(1..=999)
                    .clamp_existing_to_range(false)
                    .suffix(suffix),
            );
            let label = t!("ready-number-for", check = check.test.name());
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
        ui.weak(t!("ready-source", source = check.test.short_source(comeback)))
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
    let hint = t!("ready-date-hint");
    let field = ui.add(egui::TextEdit::singleline(&mut text).hint_text(&hint).desired_width(90.0));
    let label = t!("ready-passed-day", check = check.test.name());
    let value = text.clone();
    field.widget_info(|| {
        let mut info = WidgetInfo::text_edit(true, value.clone(), value.clone(), &hint);
        info.label = Some(label.clone());
        info
    });
    let typed = crate::dates::parse_iso(&text);
    let valid = typed.filter(|d| crate::plan::DATES.contains(d));
    if field.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
        if valid.is_none() {
            ui.colored_label(ui.visuals().error_fg_color, t!("ready-date-format"));
        }
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    valid.filter(|d| field.changed() && *d != day)
}

/// What follows a check's number in its field, or `None` for a check with nothing to count.
fn suffix(measure: Measure) -> Option<String> {
    let unit = match measure {
        Measure::Done => return None,
        Measure::Times => return Some(String::new()),
        Measure::Minutes => "min".to_owned(),
        Measure::SecondsEachSide => t!("ready-unit-seconds-each-side"),
        Measure::EachSide => t!("ready-unit-each-side"),
        Measure::Days => t!("ready-unit-days"),
    };
    Some(format!(" {unit}"))
}

/// The stop signs of a done session's log: rows for the session editor's grid, shown after a
/// birth, or when a sign is already recorded (so it can be taken off).
pub fn stop_signs_ui(ui: &mut Ui, plan: &Plan, edited: &mut Session, key: &mut Option<EditKey>) {
    let mut pain = edited.pain.unwrap_or_default();
    let birth = plan.meta.comeback().is_some_and(Comeback::is_birth);
    if !birth && pain.stop_signs.is_empty() {
        return;
    }
    ui.label(t!("ready-stop-signs")).on_hover_text(t!("ready-stop-signs-tip"));
    let mut changed = false;
    ui.vertical(|ui| {
        for sign in StopSign::ALL {
            let mut on = pain.stop_signs.has(sign);
            let text = capitalised(&sign.words());
            let name = t!("ready-stop-sign", sign = sign.words());
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
        Some(p) => format!(", {}", t!("ready-stop-signs-name", signs = p.stop_signs.words())),
        None => String::new(),
    }
}

/// The stop signs logged on a session, in its tooltip, with what to do about them.
pub fn stop_signs_tooltip_ui(ui: &mut Ui, session: &Session) {
    if let Some(p) = session.pain.filter(|p| !p.stop_signs.is_empty()) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            t!("ready-stop-signs-warning", signs = p.stop_signs.words()),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, in_lang};
    use crate::plan::Measure;

    /// A check's number is followed by its unit in the reader's words: " s each side" stayed
    /// English in German, and the one unit every language writes alike stays as it is.
    #[test]
    fn a_checks_unit_is_in_the_readers_words() {
        let rows = [
            (Lang::En, Measure::SecondsEachSide, Some(" s each side")),
            (Lang::De, Measure::SecondsEachSide, Some(" s je Seite")),
            (Lang::Es, Measure::EachSide, Some(" por lado")),
            (Lang::De, Measure::Days, Some(" Tage")),
            (Lang::Es, Measure::Minutes, Some(" min")),
            (Lang::De, Measure::Times, Some("")),
            (Lang::Es, Measure::Done, None),
        ];
        for (lang, measure, expected) in rows {
            let unit = in_lang(lang, || super::suffix(measure));
            assert_eq!(unit.as_deref(), expected, "{lang:?} {measure:?}");
        }
    }
}
