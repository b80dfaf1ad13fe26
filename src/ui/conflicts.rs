//! The Conflicts tab: every question a merge left, each with both sides in words and a button
//! for each, to settle in any order; "Show" puts its session's day on the calendar, or opens
//! the tab where its plan detail or rule is edited.

use chrono::NaiveDate;
use egui::Ui;

use super::theme::Palette;
use super::{Intent, Tab, short_day};
use crate::plan::{Command, Conflict, Conflicted, Plan, SessionId, Version};

/// Lists the conflicts of `plan` (the plan as its file has it, which the choices are made on).
pub fn conflicts_ui(ui: &mut Ui, plan: &Plan, out: &mut Vec<Intent>) {
    if plan.conflicts.is_empty() {
        ui.label("Nothing left to choose: every conflict of the merge is settled.");
        return;
    }
    let palette = Palette::of(ui.visuals());
    ui.label(format!(
        "{} where you and they changed one thing differently. Yours is kept until you choose; \
         each choice is one step Undo takes back.",
        crate::text::counted(plan.conflicts.len(), "conflict")
    ));
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, true]).show(ui, |ui| {
        for conflict in &plan.conflicts {
            ui.colored_label(palette.warning, format!("? {}", conflict.what));
            ui.label(format!("Mine: {}", words(&conflict.ours.words)));
            ui.label(format!("Theirs: {}", words(&conflict.theirs.words)));
            ui.horizontal_wrapped(|ui| {
                if let Some((link, hover, intent)) = show(plan, conflict) {
                    let response = ui.link(&link).on_hover_text(hover);
                    // Two conflicts can offer the same link: the name says which one it shows.
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Link,
                            true,
                            format!("{link}, for {}", conflict.what),
                        )
                    });
                    if response.clicked() {
                        out.push(intent);
                    }
                }
                choice_ui(ui, plan, conflict, out);
            });
            ui.add_space(6.0);
        }
    });
}

/// "Keep mine: …" and "Take theirs: …" for one conflict; either is one undoable step.
pub fn choice_ui(ui: &mut Ui, plan: &Plan, conflict: &Conflict, out: &mut Vec<Intent>) {
    for (theirs, side, verb) in
        [(false, &conflict.ours, "Keep mine"), (true, &conflict.theirs, "Take theirs")]
    {
        let text = format!("{verb}: {}", words(&side.words));
        let button = ui.button(&text);
        // Two conflicts can offer the same words: the name says which conflict the button settles.
        button.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{text}, for {}", conflict.what))
        });
        if button.clicked() {
            let label = format!("{verb} ({})", conflict.what);
            match crate::merge::resolve(plan, conflict, theirs) {
                Ok(mut commands) => {
                    commands.push(Command::Resolve(Box::new(conflict.clone())));
                    out.push(Intent::Merge { commands, label });
                }
                Err(e) => out.push(Intent::Failed(format!("Could not {}: {e}", label.to_lowercase()))),
            }
        }
    }
}

fn words(words: &str) -> &str {
    if words.is_empty() { "(empty)" } else { words }
}

/// The "Show" link of a conflict: its words, what hovering it says, and what it does.
fn show(plan: &Plan, conflict: &Conflict) -> Option<(String, &'static str, Intent)> {
    match &conflict.about {
        Conflicted::Detail(_) => {
            Some(("Show in Plan".to_owned(), "Open the plan's details", Intent::SetTab(Tab::Plan)))
        }
        Conflicted::Rule(_) => {
            Some(("Show in Rules".to_owned(), "Open the rule settings", Intent::SetTab(Tab::Rules)))
        }
        Conflicted::Session { .. } => place(plan, conflict).map(|(date, session)| {
            (format!("Show {}", short_day(date)), "Show it on the calendar", Intent::Jump { date, session })
        }),
    }
}

/// Where a conflict about a session is on the calendar: the session's day in the plan, or, when
/// the plan no longer has it, the day either side put it on.
fn place(plan: &Plan, conflict: &Conflict) -> Option<(NaiveDate, Option<SessionId>)> {
    let Conflicted::Session { id, .. } = &conflict.about else { return None };
    if let Some(session) = plan.session(*id) {
        return Some((session.date, Some(*id)));
    }
    [&conflict.ours.version, &conflict.theirs.version].into_iter().find_map(|version| match version {
        Version::Session(Some(s)) => Some((s.date, None)),
        _ => None,
    })
}
