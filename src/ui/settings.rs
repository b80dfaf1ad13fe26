//! The rules panel (the plan's thresholds and per-rule switches) and the plan panel (metadata).

use chrono::NaiveDate;
use egui::{DragValue, Ui};

use super::Intent;
use crate::edit::EditKey;
use crate::plan::{Command, Distance, Plan, PlanMeta, RuleOverride, RuleSettings, Units, WeekStart};
use crate::rules::{RuleId, Severity};

/// Edits the plan's rule settings; every change is one `SetRules` command.
pub fn rules_ui(ui: &mut Ui, plan: &Plan, out: &mut Vec<Intent>) {
    let mut rules = plan.rules.clone();
    let unit = format!(" {}", plan.meta.units.abbrev());
    let mut field = None;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.strong("Limits");
        egui::Grid::new("limits").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let mut distance =
                |ui: &mut Ui, label: &str, name: &'static str, value: &mut Option<Distance>| {
                    let label_id = ui.label(label).id;
                    ui.horizontal_wrapped(|ui| {
                        let mut on = value.is_some();
                        let check = ui.checkbox(&mut on, "").labelled_by(label_id);
                        if check
                            .on_hover_text(format!("Whether the plan has a {}", label.to_lowercase()))
                            .changed()
                        {
                            *value = if on { Some(Distance::new(5.0).unwrap_or_default()) } else { None };
                            field = Some(name);
                        }
                        if let Some(d) = value {
                            let mut v = d.get();
                            let drag = ui.add(
                                DragValue::new(&mut v)
                                    .range(0.0..=500.0)
                                    .speed(0.1)
                                    .max_decimals(2)
                                    .suffix(&unit),
                            );
                            if drag.labelled_by(label_id).changed() {
                                *d = Distance::new(crate::plan::round2(v)).unwrap_or(*d);
                                field = Some(name);
                            }
                        }
                    });
                    ui.end_row();
                };
            distance(ui, "Weekly cap", "weekly-cap", &mut rules.weekly_cap);
            distance(ui, "Single-run cap", "run-cap", &mut rules.run_cap);
            let mut start = Some(rules.starting_weekly_distance);
            let label = ui.label("Starting weekly distance").id;
            let mut v = rules.starting_weekly_distance.get();
            let drag =
                ui.add(DragValue::new(&mut v).range(0.0..=500.0).speed(0.1).max_decimals(2).suffix(&unit));
            if drag.labelled_by(label).changed() {
                start = Distance::new(crate::plan::round2(v));
                field = Some("start");
            }
            ui.end_row();
            rules.starting_weekly_distance = start.unwrap_or_default();

            let mut number_u32 = |ui: &mut Ui,
                                  label: &str,
                                  name: &'static str,
                                  value: &mut u32,
                                  range: std::ops::RangeInclusive<u32>,
                                  suffix: &str| {
                let label = ui.label(label).id;
                if ui.add(DragValue::new(value).range(range).suffix(suffix)).labelled_by(label).changed() {
                    field = Some(name);
                }
                ui.end_row();
            };
            // Within what a plan file may hold (`RuleSettings::problem`).
            number_u32(
                ui,
                "Alternate days for",
                "alternate",
                &mut rules.alternate_days_weeks,
                0..=104,
                " weeks",
            );
            number_u32(ui, "Walk breaks for", "walk-breaks", &mut rules.walk_breaks_weeks, 0..=104, " weeks");
            number_u32(ui, "Ramp window", "ramp-window", &mut rules.ramp_window_weeks, 1..=8, " weeks");
            number_u32(
                ui,
                "Down week after",
                "down-every",
                &mut rules.down_week_every,
                1..=12,
                " build weeks",
            );
            number_u32(ui, "Runs to master a level", "mastery", &mut rules.mastery_runs, 0..=10, " runs");
            number_u32(ui, "Rest days a week", "rest", &mut rules.rest_days_per_week, 0..=7, " days");
            let mut pct = |ui: &mut Ui,
                           label: &str,
                           name: &'static str,
                           value: &mut f64,
                           range: std::ops::RangeInclusive<f64>,
                           suffix: &str| {
                let label = ui.label(label).id;
                let drag =
                    ui.add(DragValue::new(value).range(range).speed(0.5).max_decimals(1).suffix(suffix));
                if drag.labelled_by(label).changed() {
                    field = Some(name);
                }
                ui.end_row();
            };
            pct(ui, "Largest ramp", "ramp", &mut rules.ramp_max_pct, 0.0..=200.0, " %");
            pct(ui, "Down week at most", "down-pct", &mut rules.down_week_max_pct, 0.0..=100.0, " % of peak");
            pct(ui, "Spike warning above", "spike-warn", &mut rules.spike_warning_pct, 0.0..=500.0, " %");
            pct(ui, "Spike error above", "spike-error", &mut rules.spike_error_pct, 0.0..=1000.0, " %");
            pct(ui, "Week-on-week advice above", "ten-pct", &mut rules.ten_pct_rule_pct, 0.0..=200.0, " %");
            pct(ui, "Acute:chronic advice at", "acwr", &mut rules.acute_chronic_max, 0.0..=5.0, "");
            pct(
                ui,
                "Easy pace",
                "pace",
                &mut rules.easy_pace_min_per_unit,
                0.5..=30.0,
                &format!(" min/{}", plan.meta.units.abbrev()),
            );
            let label = ui.label("Pain threshold").id;
            if super::pain_scale::pain_scale_ui(ui, &mut rules.pain_threshold, label).changed() {
                field = Some("pain");
            }
            ui.end_row();
        });
        ui.add_space(8.0);
        ui.strong("Rules");
        ui.weak("Turn a rule off, or change how serious its findings are.");
        egui::Grid::new("rule-switches").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
            // The readiness rules speak only for a plan with checks or after a birth; they are
            // listed with the others so a coach can turn them off here, not only in the file.
            for rule in RuleId::ALL.into_iter().chain(RuleId::READINESS) {
                let mut o = rules.overrides.get(&rule).copied().unwrap_or_default();
                let before = o;
                let check =
                    ui.checkbox(&mut o.enabled, rule.title()).on_hover_text(rule.why(plan.meta.units));
                let shown = o.severity.map_or_else(|| "default".to_owned(), Severity::word);
                let combo = egui::ComboBox::from_id_salt(("severity", rule.id())).selected_text(shown);
                let combo = combo.show_ui(ui, |ui| {
                    ui.selectable_value(&mut o.severity, None, "default");
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
            label: "Change rules".to_owned(),
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
    let label = ui.label(label).id;
    let response = ui.add(egui::TextEdit::singleline(text).hint_text("YYYY-MM-DD").desired_width(110.0));
    let response = response.labelled_by(label);
    let typed = text.trim();
    let mut changed = None;
    match NaiveDate::parse_from_str(typed, crate::dates::ISO_DAY) {
        Ok(date) if !crate::plan::DATES.contains(&date) => {
            ui.end_row();
            ui.label("");
            ui.colored_label(ui.visuals().error_fg_color, "Choose a date from 1900 to 2199");
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
            ui.colored_label(ui.visuals().error_fg_color, "Write the date as YYYY-MM-DD, e.g. 2026-11-16");
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
                ("Title", "title", &mut meta.title),
                ("Athlete", "athlete", &mut meta.athlete),
                ("Coach", "coach", &mut meta.coach),
                ("Contact", "contact", &mut meta.contact),
                ("Injury", "injury", &mut meta.injury),
            ] {
                let label = ui.label(label).id;
                if ui.text_edit_singleline(value).labelled_by(label).changed() {
                    field = Some(name);
                }
                ui.end_row();
            }
            if let Some(date) = date_row(ui, "Injury date", &mut dates.injury, meta.injury_date, true) {
                meta.injury_date = date;
                field = Some("injury-date");
            }
            let label = ui.label("Goal").id;
            if ui.text_edit_singleline(&mut meta.goal).labelled_by(label).changed() {
                field = Some("goal");
            }
            ui.end_row();
            if let Some(Some(date)) = date_row(ui, "Start", &mut dates.start, Some(meta.start), false) {
                meta.start = date;
                field = Some("start");
            }
            ui.label("Units");
            ui.horizontal_wrapped(|ui| {
                for (units, text) in [(Units::Miles, "miles"), (Units::Km, "km")] {
                    if ui
                        .radio_value(&mut meta.units, units, text)
                        .on_hover_text("Changing units converts every distance")
                        .changed()
                    {
                        field = Some("units");
                    }
                }
            });
            ui.end_row();
            ui.label("Week starts");
            ui.horizontal_wrapped(|ui| {
                for (ws, text) in [(WeekStart::Monday, "Monday"), (WeekStart::Sunday, "Sunday")] {
                    if ui.radio_value(&mut meta.week_start, ws, text).changed() {
                        field = Some("week-start");
                    }
                }
            });
            ui.end_row();
        });
        ui.add_space(6.0);
        let label = ui.label("Notes").id;
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
            label: "Edit plan details".to_owned(),
            key,
        });
    }
}
