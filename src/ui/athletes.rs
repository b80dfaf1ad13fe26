//! The Athletes tab: a coach's folder of plans, most attention first; a click opens one.

use std::path::Path;

use egui::{RichText, Ui};

use super::Intent;
use super::theme::Palette;
use crate::folder::{Athlete, Attention};
use crate::plan::Status;
use crate::rules::Severity;
use crate::t;

/// Lists `athletes` from `dir`; `open` is the plan open now, marked in the list.
pub fn athletes_ui(
    ui: &mut Ui,
    dir: &Path,
    athletes: &[Athlete],
    open: Option<&Path>,
    out: &mut Vec<Intent>,
) {
    let palette = Palette::of(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        let plans = crate::text::counted(athletes.len(), "plan");
        ui.strong(t!("athletes-heading", plans = plans, folder = dir.display().to_string()));
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("athletes-refresh")).on_hover_text(t!("athletes-refresh-tip")).clicked() {
            out.push(Intent::ListFolder(dir.to_path_buf()));
        }
        if ui.button(t!("athletes-close")).clicked() {
            out.push(Intent::CloseFolder);
        }
    });
    ui.weak(t!("athletes-order"));
    ui.separator();
    if athletes.is_empty() {
        ui.label(t!("athletes-empty"));
    }
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for athlete in athletes {
            let color = match athlete.attention {
                Attention::Unreadable | Attention::Urgent => palette.severity(Severity::Error),
                Attention::Check | Attention::Unlogged => palette.severity(Severity::Warning),
                Attention::Fine => ui.visuals().weak_text_color(),
            };
            let is_open = open == Some(athlete.path.as_path());
            let frame = egui::Frame::group(ui.style()).stroke(egui::Stroke::new(
                if is_open { 2.0 } else { 1.0 },
                if is_open { palette.selected } else { ui.visuals().widgets.noninteractive.bg_stroke.color },
            ));
            let card = frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.strong(&athlete.name);
                    ui.label(RichText::new(athlete.reason()).color(color));
                });
                match &athlete.error {
                    Some(error) => {
                        ui.label(RichText::new(error).small());
                    }
                    None => {
                        let sessions: Vec<String> = athlete
                            .week
                            .iter()
                            .map(|(text, status)| match status {
                                Status::Done => format!("✔ {text}"),
                                Status::Skipped => format!("⊘ {text}"),
                                Status::Planned => text.clone(),
                            })
                            .collect();
                        ui.label(t!(
                            "athletes-week",
                            done = athlete.done,
                            planned = athlete.planned,
                            running = &athlete.running
                        ))
                        .on_hover_text(if sessions.is_empty() {
                            t!("athletes-nothing-this-week")
                        } else {
                            sessions.join("\n")
                        });
                        ui.weak(format!(
                            "{}, {}",
                            crate::text::counted(athlete.errors, "error"),
                            crate::text::counted(athlete.warnings, "warning")
                        ));
                    }
                }
                let file =
                    athlete.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                let changed = athlete
                    .changed
                    .map(|t| {
                        let local = t.and_utc().with_timezone(&chrono::Local).naive_local();
                        t!("athletes-changed", when = crate::dates::day_time(local))
                    })
                    .unwrap_or_default();
                ui.weak(format!("{file} · {changed}"));
            });
            let response = ui
                .interact(
                    card.response.rect,
                    egui::Id::unique(("athlete", athlete.path.as_path())),
                    egui::Sense::click(),
                )
                .on_hover_text(t!("athletes-open-tip"));
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, t!("athletes-open", name = &athlete.name))
            });
            if response.clicked() && !is_open {
                out.push(Intent::Open(athlete.path.clone()));
            }
        }
    });
}
