//! The Conflicts tab: every question a merge left, each with both sides in words and a button
//! for each, to settle in any order; "Show" puts its session's day on the calendar, or opens
//! the tab where its plan detail or rule is edited.

use chrono::NaiveDate;
use egui::Ui;

use super::theme::Palette;
use super::{Intent, Tab, short_day};
use crate::plan::{Command, Conflict, Conflicted, Plan, SessionId, Version};
use crate::t;

/// Lists the conflicts of `plan` (the plan as its file has it, which the choices are made on).
pub fn conflicts_ui(ui: &mut Ui, plan: &Plan, out: &mut Vec<Intent>) {
    if plan.conflicts.is_empty() {
        ui.label(t!("conflicts-none"));
        return;
    }
    let palette = Palette::of(ui.visuals());
    ui.label(t!("conflicts-intro", conflicts = crate::text::counted(plan.conflicts.len(), "conflict")));
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, true]).show(ui, |ui| {
        for conflict in &plan.conflicts {
            ui.colored_label(palette.warning, format!("? {}", conflict.what));
            ui.label(t!("conflicts-mine", words = words(&conflict.ours.words)));
            ui.label(t!("conflicts-theirs", words = words(&conflict.theirs.words)));
            ui.horizontal_wrapped(|ui| {
                if let Some((link, hover, intent)) = show(plan, conflict) {
                    let response = ui.link(&link).on_hover_text(hover);
                    // Two conflicts can offer the same link: the name says which one it shows.
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Link,
                            true,
                            t!("conflicts-for", text = &link, what = &conflict.what),
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
    for (theirs, side, verb) in [
        (false, &conflict.ours, t!("conflicts-keep-mine")),
        (true, &conflict.theirs, t!("conflicts-take-theirs")),
    ] {
        let text = t!("conflicts-choice", verb = &verb, words = words(&side.words));
        let button = ui.button(&text);
        // Two conflicts can offer the same words: the name says which conflict the button settles.
        button.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                t!("conflicts-for", text = &text, what = &conflict.what),
            )
        });
        if button.clicked() {
            match crate::merge::resolve(plan, conflict, theirs) {
                Ok(mut commands) => {
                    commands.push(Command::Resolve(Box::new(conflict.clone())));
                    let label = t!("conflicts-step", verb = &verb, what = &conflict.what);
                    out.push(Intent::Merge { commands, label });
                }
                Err(e) => out.push(Intent::Failed(t!(
                    "conflicts-failed",
                    theirs = if theirs { "yes" } else { "no" },
                    what = &conflict.what,
                    error = e.to_string()
                ))),
            }
        }
    }
}

fn words(words: &str) -> String {
    if words.is_empty() { t!("conflicts-empty") } else { words.to_owned() }
}

/// The "Show" link of a conflict: its words, what hovering it says, and what it does.
fn show(plan: &Plan, conflict: &Conflict) -> Option<(String, String, Intent)> {
    match &conflict.about {
        Conflicted::Detail(_) => {
            Some((t!("conflicts-show-plan"), t!("conflicts-show-plan-tip"), Intent::SetTab(Tab::Plan)))
        }
        Conflicted::Rule(_) => {
            Some((t!("conflicts-show-rules"), t!("conflicts-show-rules-tip"), Intent::SetTab(Tab::Rules)))
        }
        Conflicted::Session { .. } => place(plan, conflict).map(|(date, session)| {
            let link = t!("conflicts-show-day", day = short_day(date));
            (link, t!("conflicts-show-day-tip"), Intent::Jump { date, session })
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
