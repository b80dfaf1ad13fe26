//! Banners across the top of the window: an error to read, a file another program changed,
//! the example plan shown at a first start, and the morning after a run.

use egui::Ui;

use super::modals::Answer;
use super::theme::Palette;
use super::{Intent, UiCommand, command_button};
use crate::comments::Comment;
use crate::merge::Sides;
use crate::plan::{Pain, Plan, Session};

/// The error banner, with a button to dismiss it.
pub fn error_ui(ui: &mut Ui, error: &str, out: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(ui.visuals().error_fg_color, format!("⛔ {error}"));
        if ui.button("Dismiss").clicked() {
            out.push(Intent::DismissError);
        }
    });
}

/// The plan's file `name` was changed by another program: merge, compare, reload or keep
/// mine. `dirty` says whether reloading would lose unsaved changes (and so whether there is
/// anything to merge).
pub fn outside_ui(ui: &mut Ui, name: &str, dirty: bool, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            palette.warning,
            format!(
                "⚠ {name} was changed by another program since you opened it (a coach's copy saved \
                 over it, a sync folder?). Nothing has been overwritten."
            ),
        );
        let reload = if dirty { "Reload, losing my changes" } else { "Reload" };
        if dirty
            && ui
                .button("Merge")
                .on_hover_text(
                    "Take the file's changes and keep yours; asks only where both changed one thing",
                )
                .clicked()
        {
            out.push(Intent::Answer(Answer::MergeOutside));
        }
        for (text, tip, answer) in [
            ("Compare", "See what differs and take what you want", Answer::CompareOutside),
            (reload, "Open the file as it is now", Answer::ReloadOutside),
            ("Keep mine", "Saving will replace the file with your plan", Answer::KeepMine),
        ] {
            if ui.button(text).on_hover_text(tip).clicked() {
                out.push(Intent::Answer(answer));
            }
        }
    });
}

/// The file has `count` comments written by hand (`first` is the first), which saving would
/// drop: keep them as notes, or let them go.
pub fn comments_ui(ui: &mut Ui, count: usize, first: &Comment, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            palette.warning,
            format!(
                "✎ The file has {} written by hand (line {}: \"{}\"), which Comeback cannot keep \
                 as comments; saving waits until you choose.",
                crate::text::counted(count, "comment"),
                first.line,
                first.text
            ),
        );
        for (text, tip, answer) in [
            (
                "Keep them as notes",
                "Each becomes a note on the session or day it sits in",
                Answer::CommentsAsNotes,
            ),
            ("Drop them", "Saving will leave them out", Answer::DropComments),
        ] {
            if ui.button(text).on_hover_text(tip).clicked() {
                out.push(Intent::Answer(answer));
            }
        }
    });
}

/// The conflicts a merge left in the plan. While the Conflicts tab lists them all (`listed`),
/// a line says how many; otherwise the first, with both sides in words and a button for each,
/// and a button that lists them all.
pub fn conflicts_ui(ui: &mut Ui, plan: &Plan, listed: bool, out: &mut Vec<Intent>) {
    let Some(conflict) = plan.conflicts.first() else { return };
    let palette = Palette::of(ui.visuals());
    if listed {
        ui.colored_label(
            palette.warning,
            format!(
                "⚠ The merge needs you to choose: {}, listed in the side panel; yours is kept until then",
                crate::text::counted(plan.conflicts.len(), "conflict")
            ),
        );
        return;
    }
    let more = plan.conflicts.len() - 1;
    ui.colored_label(
        palette.warning,
        format!(
            "⚠ The merge needs you to choose ({}): {}",
            if more == 0 { "the last question".to_owned() } else { format!("{} more after this", more) },
            conflict.what
        ),
    );
    ui.horizontal_wrapped(|ui| {
        super::conflicts::choice_ui(ui, plan, conflict, out);
        if ui
            .button("List all conflicts")
            .on_hover_text("Every question at once, to settle in any order")
            .clicked()
        {
            out.push(Intent::SetTab(super::Tab::Conflicts));
        }
    });
}

/// The legend of the merge just made: what the stripes on chips and days mean, how many each
/// side changed, and a button to hide them.
pub fn merge_marks_ui(ui: &mut Ui, name: &str, sides: &Sides, conflicts: usize, out: &mut Vec<Intent>) {
    let palette = Palette::of(ui.visuals());
    let (mine, theirs) = sides.counts();
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Merged with {name}:"));
        ui.colored_label(palette.changed, "▌");
        ui.label(format!("changed by them ({theirs})"));
        ui.colored_label(palette.mine, "▌");
        ui.label(format!("changed by you ({mine})"));
        if conflicts > 0 {
            ui.colored_label(palette.warning, "?");
            ui.label(format!("in conflict ({conflicts})"));
        }
        if ui.button("Hide merge marks").on_hover_text("The calendar without the merge's marks").clicked() {
            out.push(Intent::HideMergeMarks);
        }
    });
}

/// The plan shown is the built-in example (nothing was opened yet): say so, and offer the two
/// ways to a plan of one's own at once.
pub fn example_ui(ui: &mut Ui, out: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(
            "👋 This is an example plan, moved so that its next session is today. \
             Nothing is saved unless you choose where.",
        );
        for command in [UiCommand::NewFromMethod, UiCommand::Open] {
            if command_button(ui, command, true) {
                out.push(Intent::Run(command));
            }
        }
        if ui.button("Dismiss").on_hover_text("Keep exploring the example").clicked() {
            out.push(Intent::DismissExample);
        }
    });
}

/// The question of the morning after a done run without a next-day score: how does it feel
/// today? Next-day soreness is what the method steps back on. A button for each score, 0 to 10
/// (each reached with Tab and pressed with Enter, named for a screen reader), logs it on the
/// run; Dismiss leaves it unanswered.
pub fn next_day_ui(ui: &mut Ui, session: &Session, out: &mut Vec<Intent>) {
    super::name_region(ui, "How does it feel today?");
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "How does it feel today, the morning after your {} ({})? Pain now, 0 (none) to 10:",
            session.kind.name().to_lowercase(),
            super::short_day(session.date)
        ));
        for score in (0..=Pain::MAX).filter_map(Pain::new) {
            let name = format!("Pain the day after {}: {} / 10", super::short_day(session.date), score.get());
            let button = ui.small_button(score.get().to_string()).on_hover_text(name.as_str());
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                out.push(Intent::NextDay { session: session.id, pain: Some(score) });
            }
        }
        if ui
            .button("Dismiss")
            .on_hover_text("Leave it unanswered; the session panel can log it later")
            .clicked()
        {
            out.push(Intent::NextDay { session: session.id, pain: None });
        }
    });
}
