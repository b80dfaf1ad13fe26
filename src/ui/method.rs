//! File → New from method…: the method's questions, and a preview of the plan they give
//! before it replaces anything.

use egui::{DragValue, Ui};

use crate::generate::{
    BIRTH_TO_FIRST_RUN_DAYS, GenerateError, MAX_WEEKS, MethodInput, WEEKDAYS, generate, run_cap_for,
};
use crate::plan::{Birth, Comeback, Plan, Units};
use crate::{rules, t};

/// The comebacks the dialog offers, in its list's order.
const COMEBACKS: [Comeback; 6] = [
    Comeback::Injury { bone_stress: false },
    Comeback::Injury { bone_stress: true },
    Comeback::Birth(Birth::Unsaid),
    Comeback::Birth(Birth::Vaginal),
    Comeback::Birth(Birth::PerinealTear),
    Comeback::Birth(Birth::Caesarean),
];

/// "After a birth" for the list: the comeback's words, capitalised.
fn comeback_label(comeback: Option<Comeback>) -> String {
    comeback.map_or_else(|| t!("method-not-said"), |c| crate::i18n::capitalised(&c.words()))
}

/// The questions as answered so far, and the plan they give.
pub struct MethodForm {
    /// The answers.
    pub input: MethodInput,
    start_text: String,
    /// The day of the injury or birth as typed.
    since_text: String,
    preview: Result<Preview, GenerateError>,
}

/// The plan the answers give and what the preview shows of it, worked out when the answers
/// change: validating the plan and summing its weeks every frame cost as much as a drop's
/// preview does.
struct Preview {
    plan: Plan,
    /// The counts of findings.
    headline: String,
    /// A row a week: its start, its running, its runs.
    weeks: Vec<[String; 3]>,
}

impl Preview {
    fn of(input: &MethodInput) -> Result<Self, GenerateError> {
        let plan = generate(input)?;
        let findings = rules::validate(&plan);
        let (errors, warnings, advice) = rules::counts(&findings);
        let headline = t!(
            "method-preview",
            sessions = crate::text::counted(plan.sessions().len(), "session"),
            errors = crate::text::counted(errors, "error"),
            warnings = crate::text::counted(warnings, "warning"),
            advice = crate::text::counted(advice, "advice"),
        );
        let units = plan.meta.units.abbrev();
        let weeks = rules::week_summaries(&plan)
            .iter()
            .map(|week| {
                let start = week.totals.start;
                let down = if week.down { "yes" } else { "no" };
                let distance = crate::i18n::number(week.totals.run);
                [
                    t!("method-week", date = crate::dates::date(start)),
                    t!("method-week-run", down = down, distance = distance, units = units),
                    crate::generate::week_words(&plan, start),
                ]
            })
            .collect();
        Ok(Self { plan, headline, weeks })
    }
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
        let preview = Preview::of(&input);
        let since_text = input.since.map(|d| d.to_string()).unwrap_or_default();
        Self { start_text: input.start.to_string(), since_text, input, preview }
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
    ui.heading(t!("method-heading"));
    ui.label(t!("method-intro"));
    ui.add_space(4.0);
    egui::Grid::new("method").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let label = ui.label(t!("method-start")).id;
        ui.add(
            egui::TextEdit::singleline(&mut form.start_text)
                .hint_text(t!("method-date-hint"))
                .desired_width(110.0),
        )
        .labelled_by(label);
        if let Some(date) = crate::dates::parse_iso(&form.start_text) {
            input.start = date;
        }
        ui.end_row();
        ui.label(t!("method-units"));
        ui.horizontal(|ui| {
            ui.radio_value(&mut input.units, Units::Miles, t!("method-miles"));
            ui.radio_value(&mut input.units, Units::Km, "km");
        });
        ui.end_row();
        let label = ui.label(t!("method-running-now")).id;
        ui.horizontal(|ui| {
            let mut not_yet = input.current_weekly == 0.0;
            if ui.checkbox(&mut not_yet, t!("method-not-running-yet")).changed() {
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
        optional_distance(ui, &t!("method-flares-at"), &mut input.flare_distance, unit, 3.0);
        optional_distance(ui, &t!("method-weekly-cap"), &mut input.weekly_cap, unit, 10.0);
        ui.label(t!("method-days-free"));
        ui.horizontal(|ui| {
            for (free, day) in input.days.iter_mut().zip(WEEKDAYS) {
                ui.checkbox(free, t!("weekday-short", day = day.number_from_monday()));
            }
        });
        ui.end_row();
        let label = ui.label(t!("method-weeks")).id;
        ui.add(DragValue::new(&mut input.weeks).range(1..=MAX_WEEKS)).labelled_by(label);
        ui.end_row();
        comeback_rows(ui, input, &mut form.since_text);
    });
    if let (Some(comeback), Some(since)) = (input.comeback, input.since)
        && comeback.is_birth()
    {
        let first = since + chrono::Days::new(BIRTH_TO_FIRST_RUN_DAYS);
        ui.weak(t!("method-birth-wait", day = crate::dates::day_year(first)));
    }
    if input.comeback.is_some() && !input.checks_passed {
        ui.weak(t!("method-checks-note"));
    }
    if let Some(flare) = input.flare_distance {
        let distance = crate::i18n::number(run_cap_for(flare));
        ui.weak(t!("method-run-cap", distance = distance, units = input.units.abbrev()));
    }
    if form.input != before {
        form.preview = Preview::of(&form.input);
    }
    ui.separator();
    preview_ui(ui, &form.preview);
    ui.separator();
    let mut choice = None;
    ui.horizontal(|ui| {
        let plan = form.preview.as_ref().ok().map(|p| &p.plan);
        let create = ui
            .add_enabled(plan.is_some(), egui::Button::new(t!("method-create")))
            .on_hover_text(t!("method-create-tip"));
        if create.clicked()
            && let Some(plan) = plan
        {
            choice = Some(MethodChoice::Create(Box::new(plan.clone())));
        }
        if ui.button(t!("method-cancel")).clicked() {
            choice = Some(MethodChoice::Cancel);
        }
    });
    choice
}

/// What the comeback is from, the day of the injury or birth, and whether the checks are
/// passed already.
fn comeback_rows(ui: &mut Ui, input: &mut MethodInput, since_text: &mut String) {
    ui.label(t!("method-coming-back-from"));
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut input.comeback, None, comeback_label(None));
        for comeback in COMEBACKS {
            ui.radio_value(&mut input.comeback, Some(comeback), comeback_label(Some(comeback)));
        }
    });
    ui.end_row();
    let Some(comeback) = input.comeback else {
        input.since = None;
        return;
    };
    let label =
        ui.label(if comeback.is_birth() { t!("method-birth-date") } else { t!("method-injury-date") }).id;
    ui.add(egui::TextEdit::singleline(since_text).hint_text(t!("method-date-hint")).desired_width(110.0))
        .labelled_by(label);
    input.since = crate::dates::parse_iso(since_text);
    ui.end_row();
    ui.label(t!("method-checks"));
    ui.checkbox(&mut input.checks_passed, t!("method-checks-passed"));
    ui.end_row();
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
fn preview_ui(ui: &mut Ui, preview: &Result<Preview, GenerateError>) {
    let shown = match preview {
        Ok(shown) => shown,
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
            return;
        }
    };
    ui.strong(&shown.headline);
    egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
        egui::Grid::new("method-preview").num_columns(3).striped(true).show(ui, |ui| {
            for row in &shown.weeks {
                for cell in row {
                    ui.label(cell);
                }
                ui.end_row();
            }
        });
    });
}
