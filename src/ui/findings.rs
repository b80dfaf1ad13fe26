//! The findings panel: every finding, grouped by severity; a click shows the day.
//!
//! Errors and warnings come first and open; advice last and closed until asked for, so however
//! much of it there is, it never pushes a warning out of sight.

use chrono::NaiveDate;
use egui::Ui;

use super::Intent;
use super::theme::Palette;
use crate::plan::{Plan, Units};
use crate::rules::{Finding, RuleId, Severity};
use crate::t;

/// What the step-back button does, for its tooltip.
pub fn step_back_tip() -> String {
    t!("findings-step-back-tip")
}

/// Lists `findings` about `plan` grouped by severity, most serious first; their days carry the
/// year when the plan crosses one or is not in the year of `today`.
pub fn findings_ui(ui: &mut Ui, findings: &[Finding], plan: &Plan, today: NaiveDate, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    let units = plan.meta.units;
    let year = crate::text::needs_year(plan, today);
    if findings.is_empty() {
        ui.add_space(8.0);
        ui.colored_label(palette.bar_fill, t!("findings-none"));
        return;
    }
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for severity in Severity::ALL {
            let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
            if group.is_empty() {
                continue;
            }
            let title = format!("{} {} ({})", severity.icon(), heading(severity), group.len());
            egui::CollapsingHeader::new(
                egui::RichText::new(title).color(palette.severity(severity)).strong(),
            )
            .id_salt(severity.word())
            .default_open(severity != Severity::Advice)
            .show(ui, |ui| {
                for f in group {
                    finding_row_ui(ui, &palette, f, (units, year), out);
                }
            });
        }
    });
}

fn heading(severity: Severity) -> String {
    let severity = match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "advice",
    };
    t!("findings-group", severity = severity)
}

/// One finding: its day (with its year when `year`), message and suggestion.
fn finding_row_ui(
    ui: &mut Ui,
    palette: &Palette,
    f: &Finding,
    (units, year): (Units, bool),
    out: &mut Vec<Intent>,
) {
    let text = format!("{} {} · {}", f.severity.icon(), crate::text::finding_day(f.date, year), f.message);
    let response = ui
        .add(
            egui::Button::new(egui::RichText::new(text).color(palette.severity(f.severity)))
                .frame(false)
                .wrap(),
        )
        .on_hover_text(format!("{}\n\n{}", f.rule.title(), t!("findings-why", why = f.rule.why(units))));
    ui.indent(("suggestion", f.rule.id(), f.date, f.sessions.first().map(|s| s.0)), |ui| {
        ui.weak(&f.suggestion);
        // The pain rule names the painful run second.
        if f.rule == RuleId::PainProgression
            && let Some(hurt) = f.sessions.get(1)
            && ui.button(t!("findings-step-back")).on_hover_text(step_back_tip()).clicked()
        {
            out.push(Intent::OfferStepBack(*hurt));
        }
    });
    ui.add_space(4.0);
    if response.clicked() {
        out.push(Intent::Jump { date: f.date, session: f.sessions.first().copied() });
    }
}
