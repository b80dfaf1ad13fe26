//! File → New from method…: the method's questions, and a preview of the plan they give
//! before it replaces anything.

use egui::{DragValue, Ui};

use crate::generate::{GenerateError, MAX_WEEKS, MethodInput, WEEKDAYS, generate, run_cap_for};
use crate::plan::{Plan, Units, fmt_num};
use crate::rules;

/// The questions as answered so far, and the plan they give.
pub struct MethodForm {
    /// The answers.
    pub input: MethodInput,
    start_text: String,
    preview: Result<Plan, GenerateError>,
}

/// What the user chose.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodChoice {
    /// Replace the open plan with this one.
    Create(Box<Plan>),
    /// Close without changing anything.
    Cancel,
}

impl MethodForm {
    /// The form with `input`'s answers.
    pub fn new(input: MethodInput) -> Self {
        let preview = generate(&input);
        Self { start_text: input.start.to_string(), input, preview }
    }

    /// The plan the answers give, or why there is none.
    pub fn preview(&self) -> &Result<Plan, GenerateError> {
        &self.preview
    }
}

/// Draws the questions and the preview; returns the user's choice once made.
pub fn method_ui(ui: &mut Ui, form: &mut MethodForm) -> Option<MethodChoice> {
    let before = form.input.clone();
    let input = &mut form.input;
    let unit = match input.units {
        Units::Miles => " mi",
        Units::Km => " km",
    };
    ui.heading("New plan from the method");
    ui.label("A walk/run ladder on alternate days, with down weeks, inside your caps.");
    ui.add_space(4.0);
    egui::Grid::new("method").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let label = ui.label("Start").id;
        ui.add(egui::TextEdit::singleline(&mut form.start_text).hint_text("YYYY-MM-DD").desired_width(110.0))
            .labelled_by(label);
        if let Ok(date) = chrono::NaiveDate::parse_from_str(form.start_text.trim(), "%Y-%m-%d") {
            input.start = date;
        }
        ui.end_row();
        ui.label("Units");
        ui.horizontal(|ui| {
            ui.radio_value(&mut input.units, Units::Miles, "miles");
            ui.radio_value(&mut input.units, Units::Km, "km");
        });
        ui.end_row();
        let label = ui.label("Running now, a week").id;
        ui.horizontal(|ui| {
            let mut not_yet = input.current_weekly == 0.0;
            if ui.checkbox(&mut not_yet, "not running yet").changed() {
                input.current_weekly = if not_yet { 0.0 } else { 3.0 };
            }
            if !not_yet {
                ui.add(
                    DragValue::new(&mut input.current_weekly).range(0.25..=200.0).speed(0.25).suffix(unit),
                )
                .labelled_by(label);
            }
        });
        ui.end_row();
        optional_distance(ui, "Injury flares at", &mut input.flare_distance, unit, 3.0);
        optional_distance(ui, "Weekly cap", &mut input.weekly_cap, unit, 10.0);
        ui.label("Days free");
        ui.horizontal(|ui| {
            for (free, day) in input.days.iter_mut().zip(WEEKDAYS) {
                ui.checkbox(free, day.to_string());
            }
        });
        ui.end_row();
        let label = ui.label("Weeks").id;
        ui.add(DragValue::new(&mut input.weeks).range(1..=MAX_WEEKS)).labelled_by(label);
        ui.end_row();
    });
    if let Some(flare) = input.flare_distance {
        ui.weak(format!(
            "Runs are capped at {}{unit}, 80 % of where it flares.",
            fmt_num(run_cap_for(flare))
        ));
    }
    if form.input != before {
        form.preview = generate(&form.input);
    }
    ui.separator();
    preview_ui(ui, &form.preview);
    ui.separator();
    let mut choice = None;
    ui.horizontal(|ui| {
        let plan = form.preview.as_ref().ok();
        let create = ui
            .add_enabled(plan.is_some(), egui::Button::new("Create plan"))
            .on_hover_text("Replaces the open plan (you are asked about unsaved changes first)");
        if create.clicked()
            && let Some(plan) = plan
        {
            choice = Some(MethodChoice::Create(Box::new(plan.clone())));
        }
        if ui.button("Cancel").clicked() {
            choice = Some(MethodChoice::Cancel);
        }
    });
    choice
}

fn optional_distance(ui: &mut Ui, label: &str, value: &mut Option<f64>, unit: &str, default: f64) {
    let label_id = ui.label(label).id;
    ui.horizontal(|ui| {
        let mut on = value.is_some();
        if ui.checkbox(&mut on, "").labelled_by(label_id).changed() {
            *value = on.then_some(value.unwrap_or(default));
        }
        if let Some(v) = value {
            ui.add(DragValue::new(v).range(0.25..=500.0).speed(0.25).suffix(unit)).labelled_by(label_id);
        }
    });
    ui.end_row();
}

/// The plan week by week: running, the first run's level, down weeks; and what the rules say.
fn preview_ui(ui: &mut Ui, preview: &Result<Plan, GenerateError>) {
    let plan = match preview {
        Ok(plan) => plan,
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
            return;
        }
    };
    let findings = rules::validate(plan);
    let (errors, warnings, advice) = rules::counts(&findings);
    ui.strong(format!(
        "Preview: {} · {}, {}, {advice} advice",
        crate::text::counted(plan.sessions().len(), "session"),
        crate::text::counted(errors, "error"),
        crate::text::counted(warnings, "warning"),
    ));
    let units = plan.meta.units;
    egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
        egui::Grid::new("method-preview").num_columns(3).striped(true).show(ui, |ui| {
            for week in rules::week_summaries(plan) {
                let start = week.totals.start;
                ui.label(format!("Week of {}", start.format("%-d %b")));
                ui.label(format!(
                    "run {} {}{}",
                    fmt_num(week.totals.run),
                    units.abbrev(),
                    if week.down { " · down" } else { "" }
                ));
                let level = plan
                    .sessions()
                    .iter()
                    .find(|s| s.kind.is_run() && plan.meta.week_start.week_of(s.date) == start)
                    .map_or_else(|| "walks".to_owned(), |s| s.kind.short(units));
                ui.label(level);
                ui.end_row();
            }
        });
    });
}
