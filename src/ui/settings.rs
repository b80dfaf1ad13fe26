//! The rules panel (the plan's thresholds and per-rule switches) and the plan panel (metadata).

use chrono::NaiveDate;
use egui::{DragValue, Ui};

use super::Intent;
use super::fields::{local_numbers, row_label};
use crate::edit::EditKey;
use crate::plan::{Command, Distance, Plan, PlanMeta, RuleOverride, RuleSettings, Units, WeekStart};
use crate::rules::{RuleId, Severity};
use crate::t;

/// A distance dragged or typed, rounded to the plan's two decimals.
fn distance_drag(ui: &mut Ui, distance: &mut Distance, unit: &str) -> egui::Response {
    let mut v = distance.get();
    let drag = ui.add(
        local_numbers(DragValue::new(&mut v)).range(0.0..=500.0).speed(0.1).max_decimals(2).suffix(unit),
    );
    if drag.changed() {
        *distance = Distance::new(crate::plan::round2(v)).unwrap_or(*distance);
    }
    drag
}

/// Edits the plan's rule settings; every change is one `SetRules` command.
pub fn rules_ui(ui: &mut Ui, plan: &Plan, out: &mut Vec<Intent>) {
    let mut rules = plan.rules.clone();
    let unit = format!(" {}", plan.meta.units.abbrev());
    let mut field = None;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.strong(t!("settings-limits"));
        egui::Grid::new("limits").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let mut distance = |ui: &mut Ui,
                                (label, tip): (String, String),
                                name: &'static str,
                                value: &mut Option<Distance>| {
                let label_id = row_label(ui, label).id;
                ui.horizontal_wrapped(|ui| {
                    let mut on = value.is_some();
                    let check = ui.checkbox(&mut on, "").labelled_by(label_id);
                    if check.on_hover_text(tip).changed() {
                        *value = if on { Some(Distance::new(5.0).unwrap_or_default()) } else { None };
                        field = Some(name);
                    }
                    if let Some(d) = value
                        && distance_drag(ui, d, &unit).labelled_by(label_id).changed()
                    {
                        field = Some(name);
                    }
                });
                ui.end_row();
            };
            let weekly = (t!("settings-weekly-cap"), t!("settings-weekly-cap.tooltip"));
            distance(ui, weekly, "weekly-cap", &mut rules.weekly_cap);
            let single = (t!("settings-run-cap"), t!("settings-run-cap.tooltip"));
            distance(ui, single, "run-cap", &mut rules.run_cap);
            let label = row_label(ui, t!("settings-starting-distance")).id;
            if distance_drag(ui, &mut rules.starting_weekly_distance, &unit).labelled_by(label).changed() {
                field = Some("start");
            }
            ui.end_row();

            // A count's unit, in the plural its number takes ("1 week", "2 weeks").
            let mut number_u32 = |ui: &mut Ui,
                                  label: String,
                                  name: &'static str,
                                  value: &mut u32,
                                  range: std::ops::RangeInclusive<u32>,
                                  unit: fn(u32) -> String| {
                let label = row_label(ui, label).id;
                let suffix = format!(" {}", unit(*value));
                if ui.add(DragValue::new(value).range(range).suffix(suffix)).labelled_by(label).changed() {
                    field = Some(name);
                }
                ui.end_row();
            };
            let weeks = |n: u32| t!("settings-unit-weeks", n = n);
            // Within what a plan file may hold (`RuleSettings::problem`).
            let alternate = t!("settings-alternate-days");
            number_u32(ui, alternate, "alternate", &mut rules.alternate_days_weeks, 0..=104, weeks);
            let walk_breaks = t!("settings-walk-breaks");
            number_u32(ui, walk_breaks, "walk-breaks", &mut rules.walk_breaks_weeks, 0..=104, weeks);
            let window = t!("settings-ramp-window");
            number_u32(ui, window, "ramp-window", &mut rules.ramp_window_weeks, 1..=8, weeks);
            let down = t!("settings-down-week-every");
            let build_weeks = |n: u32| t!("settings-unit-build-weeks", n = n);
            number_u32(ui, down, "down-every", &mut rules.down_week_every, 1..=12, build_weeks);
            let mastery = t!("settings-mastery-runs");
            let runs = |n: u32| t!("settings-unit-runs", n = n);
            number_u32(ui, mastery, "mastery", &mut rules.mastery_runs, 0..=10, runs);
            let rest = t!("settings-rest-days");
            let days = |n: u32| t!("settings-unit-days", n = n);
            number_u32(ui, rest, "rest", &mut rules.rest_days_per_week, 0..=7, days);
            let mut pct = |ui: &mut Ui,
                           label: String,
                           name: &'static str,
                           value: &mut f64,
                           range: std::ops::RangeInclusive<f64>,
                           suffix: &str| {
                let label = row_label(ui, label).id;
                let drag = ui.add(
                    local_numbers(DragValue::new(value))
                        .range(range)
                        .speed(0.5)
                        .max_decimals(1)
                        .suffix(suffix),
                );
                if drag.labelled_by(label).changed() {
                    field = Some(name);
                }
                ui.end_row();
            };
            pct(ui, t!("settings-ramp-max"), "ramp", &mut rules.ramp_max_pct, 0.0..=200.0, " %");
            let down_max = t!("settings-down-week-max");
            pct(ui, down_max, "down-pct", &mut rules.down_week_max_pct, 0.0..=100.0, " %");
            let spike_warning = t!("settings-spike-warning");
            pct(ui, spike_warning, "spike-warn", &mut rules.spike_warning_pct, 0.0..=500.0, " %");
            let spike_error = t!("settings-spike-error");
            pct(ui, spike_error, "spike-error", &mut rules.spike_error_pct, 0.0..=1000.0, " %");
            let ten = t!("settings-week-on-week");
            pct(ui, ten, "ten-pct", &mut rules.ten_pct_rule_pct, 0.0..=200.0, " %");
            let acwr = t!("settings-acute-chronic");
            pct(ui, acwr, "acwr", &mut rules.acute_chronic_max, 0.0..=5.0, "");
            let pace_unit = format!(" min/{}", plan.meta.units.abbrev());
            let pace = t!("settings-easy-pace");
            pct(ui, pace, "pace", &mut rules.easy_pace_min_per_unit, 0.5..=30.0, &pace_unit);
            let label = row_label(ui, t!("settings-pain-threshold")).id;
            if super::pain_scale::pain_scale_ui(ui, &mut rules.pain_threshold, label).changed() {
                field = Some("pain");
            }
            ui.end_row();
        });
        ui.add_space(8.0);
        ui.strong(t!("settings-rules"));
        ui.weak(t!("settings-rules.hint"));
        egui::Grid::new("rule-switches").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
            // The readiness rules speak only for a plan with checks or after a birth; they are
            // listed with the others so a coach can turn them off here, not only in the file.
            for rule in RuleId::ALL.into_iter().chain(RuleId::READINESS) {
                let mut o = rules.overrides.get(&rule).copied().unwrap_or_default();
                let before = o;
                let check =
                    ui.checkbox(&mut o.enabled, rule.title()).on_hover_text(rule.why(plan.meta.units));
                let default = t!("settings-severity-default");
                let shown = o.severity.map_or_else(|| default.clone(), Severity::word);
                let combo = egui::ComboBox::from_id_salt(("severity", rule.id())).selected_text(shown);
                let combo = combo.show_ui(ui, |ui| {
                    ui.selectable_value(&mut o.severity, None, default);
                    for s in Severity::ALL {
                        ui.selectable_value(&mut o.severity, Some(s), s.word());
                    }
                });
                combo.response.labelled_by(check.id);
                ui.end_row();
                if o != before {
                    set_override(&mut rules, rule, o);
                    field = Some(rule.id());
                }
            }
        });
    });
    if let Some(name) = field
        && rules != plan.rules
    {
        out.push(Intent::Apply {
            commands: vec![Command::SetRules(rules)],
            label: t!("settings-change-rules"),
            key: Some(EditKey::Rules(name)),
        });
    }
}

fn set_override(rules: &mut RuleSettings, rule: RuleId, o: RuleOverride) {
    if o == RuleOverride::default() {
        rules.overrides.remove(&rule);
    } else {
        rules.overrides.insert(rule, o);
    }
}

/// Edits the plan's metadata; every change is one `SetMeta` command.
/// Texts of the plan panel's date fields while they are typed in (a half-typed date is not
/// a date yet, so the plan cannot hold it).
#[derive(Clone, Debug, Default)]
pub struct DateTexts {
    /// The start date.
    pub start: String,
    /// The injury date (empty for none).
    pub injury: String,
}

/// A date typed as YYYY-MM-DD; `Some(new value)` when it changed. An optional field may be
/// left empty. Outside editing, the text follows the plan (after Undo, Redo or opening a file).
fn date_row(
    ui: &mut Ui,
    label: &str,
    text: &mut String,
    value: Option<NaiveDate>,
    optional: bool,
) -> Option<Option<NaiveDate>> {
    let label = row_label(ui, label).id;
    let response =
        ui.add(egui::TextEdit::singleline(text).hint_text(t!("settings-date.hint")).desired_width(110.0));
    let response = response.labelled_by(label);
    let typed = text.trim();
    let mut changed = None;
    match NaiveDate::parse_from_str(typed, crate::dates::ISO_DAY) {
        Ok(date) if !crate::plan::DATES.contains(&date) => {
            ui.end_row();
            ui.label("");
            ui.colored_label(ui.visuals().error_fg_color, t!("settings-date.out-of-range"));
        }
        Ok(date) if response.changed() => changed = Some(Some(date)),
        Ok(_) => {}
        Err(_) if optional && typed.is_empty() => {
            if response.changed() {
                changed = Some(None);
            }
        }
        Err(_) => {
            ui.end_row();
            ui.label("");
            ui.colored_label(ui.visuals().error_fg_color, t!("settings-date.unreadable"));
        }
    }
    let shown = value.map(|d| d.to_string()).unwrap_or_default();
    if !response.has_focus() && typed != shown {
        *text = shown;
    }
    ui.end_row();
    changed
}

/// Edits the plan's details: who it is for, the injury and goal, dates and units.
pub fn plan_ui(ui: &mut Ui, plan: &Plan, dates: &mut DateTexts, out: &mut Vec<Intent>) {
    let mut meta: PlanMeta = plan.meta.clone();
    let mut field = None;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("plan-meta").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            for (label, name, value) in [
                (t!("settings-title"), "title", &mut meta.title),
                (t!("settings-athlete"), "athlete", &mut meta.athlete),
                (t!("settings-coach"), "coach", &mut meta.coach),
                (t!("settings-contact"), "contact", &mut meta.contact),
                (t!("settings-injury"), "injury", &mut meta.injury),
            ] {
                let label = row_label(ui, label).id;
                if ui.text_edit_singleline(value).labelled_by(label).changed() {
                    field = Some(name);
                }
                ui.end_row();
            }
            let injury_date = t!("settings-injury-date");
            if let Some(date) = date_row(ui, &injury_date, &mut dates.injury, meta.injury_date, true) {
                meta.injury_date = date;
                field = Some("injury-date");
            }
            let label = row_label(ui, t!("settings-goal")).id;
            if ui.text_edit_singleline(&mut meta.goal).labelled_by(label).changed() {
                field = Some("goal");
            }
            ui.end_row();
            let start = t!("settings-start");
            if let Some(Some(date)) = date_row(ui, &start, &mut dates.start, Some(meta.start), false) {
                meta.start = date;
                field = Some("start");
            }
            row_label(ui, t!("settings-units"));
            ui.horizontal_wrapped(|ui| {
                for (units, text) in
                    [(Units::Miles, t!("settings-units.miles")), (Units::Km, t!("settings-units.km"))]
                {
                    if ui
                        .radio_value(&mut meta.units, units, text)
                        .on_hover_text(t!("settings-units.tooltip"))
                        .changed()
                    {
                        field = Some("units");
                    }
                }
            });
            ui.end_row();
            row_label(ui, t!("settings-week-start"));
            ui.horizontal_wrapped(|ui| {
                let (monday, sunday) = (t!("weekday-long", day = 1), t!("weekday-long", day = 7));
                for (ws, text) in [(WeekStart::Monday, monday), (WeekStart::Sunday, sunday)] {
                    if ui.radio_value(&mut meta.week_start, ws, text).changed() {
                        field = Some("week-start");
                    }
                }
            });
            ui.end_row();
        });
        ui.add_space(6.0);
        let label = ui.label(t!("settings-notes")).id;
        let notes =
            ui.add(egui::TextEdit::multiline(&mut meta.notes).desired_rows(5).desired_width(f32::INFINITY));
        if notes.labelled_by(label).changed() {
            field = Some("notes");
        }
    });
    if let Some(name) = field
        && meta != plan.meta
    {
        let key = if matches!(name, "units" | "week-start") { None } else { Some(EditKey::Meta(name)) };
        out.push(Intent::Apply {
            commands: vec![Command::SetMeta(meta)],
            label: t!("settings-edit-details"),
            key,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, in_lang};
    use crate::t;

    /// A count's unit in the rules panel takes the plural its number asks for.
    #[test]
    fn the_rules_panels_units_follow_their_number() {
        let rows = [
            (Lang::En, 1, "week"),
            (Lang::En, 3, "weeks"),
            (Lang::De, 1, "Woche"),
            (Lang::De, 3, "Wochen"),
            (Lang::Es, 3, "semanas"),
        ];
        for (lang, n, expected) in rows {
            assert_eq!(in_lang(lang, || t!("settings-unit-weeks", n = n)), expected, "{lang:?} {n}");
        }
    }
}
