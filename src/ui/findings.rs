//! The findings panel: every finding, grouped by severity; a click shows the day.

use egui::Ui;

use super::theme::Palette;
use super::{Intent, short_day};
use crate::plan::Units;
use crate::rules::{Finding, RuleId, Severity};

/// What the step-back button does, for its tooltip.
pub const STEP_BACK_TIP: &str = "Rewrite the following weeks as the soreness rules ask: rest days, repeat or lower the level, later levels moved later. Shown first; one Undo takes it back.";

/// Lists `findings` grouped by severity, most serious first.
pub fn findings_ui(ui: &mut Ui, findings: &[Finding], units: Units, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    if findings.is_empty() {
        ui.add_space(8.0);
        ui.colored_label(palette.bar_fill, "✔ No findings: the plan follows every rule.");
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
                    finding_row_ui(ui, &palette, f, units, out);
                }
            });
        }
    });
}

fn heading(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Errors",
        Severity::Warning => "Warnings",
        Severity::Advice => "Advice",
    }
}

fn finding_row_ui(ui: &mut Ui, palette: &Palette, f: &Finding, units: Units, out: &mut Vec<Intent>) {
    let text = format!("{} {} · {}", f.severity.icon(), short_day(f.date), f.message);
    let response = ui
        .add(
            egui::Button::new(egui::RichText::new(text).color(palette.severity(f.severity)))
                .frame(false)
                .wrap(),
        )
        .on_hover_text(format!("{}\n\nWhy: {}", f.rule.title(), f.rule.why(units)));
    ui.indent(("suggestion", f.rule.id(), f.date, f.sessions.first().map(|s| s.0)), |ui| {
        ui.weak(&f.suggestion);
        // The pain rule names the painful run second.
        if f.rule == RuleId::PainProgression
            && let Some(hurt) = f.sessions.get(1)
            && ui.button("Step back the plan…").on_hover_text(STEP_BACK_TIP).clicked()
        {
            out.push(Intent::OfferStepBack(*hurt));
        }
    });
    ui.add_space(4.0);
    if response.clicked() {
        out.push(Intent::Jump { date: f.date, session: f.sessions.first().copied() });
    }
}
