//! Banners across the top of the window: an error to read, a file another program changed,
//! the example plan shown at a first start, and the morning after a run.

use egui::Ui;

use super::modals::Answer;
use super::theme::Palette;
use super::{Intent, UiCommand, command_button};
use crate::comments::Comment;
use crate::merge::Sides;
use crate::plan::{Pain, Plan, Session, SessionKind};
use crate::t;

/// The error banner, with a button to dismiss it.
pub fn error_ui(ui: &mut Ui, error: &str, out: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        // Emoji are the window's, drawn by its emoji font: they stay out of the catalogue, whose
        // every letter paper's font must draw.
        ui.colored_label(ui.visuals().error_fg_color, format!("⛔ {error}"));
        if ui.button(t!("banner-dismiss")).clicked() {
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
        ui.colored_label(palette.warning, t!("banner-outside", name = name));
        let reload = t!("banner-outside-reload", dirty = if dirty { "yes" } else { "no" });
        if dirty
            && ui
                .button(t!("banner-outside-merge"))
                .on_hover_text(t!("banner-outside-merge.tooltip"))
                .clicked()
        {
            out.push(Intent::Answer(Answer::MergeOutside));
        }
        for (text, tip, answer) in [
            (t!("banner-outside-compare"), t!("banner-outside-compare.tooltip"), Answer::CompareOutside),
            (reload, t!("banner-outside-reload.tooltip"), Answer::ReloadOutside),
            (t!("banner-outside-keep"), t!("banner-outside-keep.tooltip"), Answer::KeepMine),
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
            t!(
                "banner-comments",
                comments = crate::text::counted(count, "comment"),
                line = first.line,
                text = &first.text
            ),
        );
        for (text, tip, answer) in [
            (t!("banner-comments-keep"), t!("banner-comments-keep.tooltip"), Answer::CommentsAsNotes),
            (t!("banner-comments-drop"), t!("banner-comments-drop.tooltip"), Answer::DropComments),
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
            t!("banner-conflicts-listed", conflicts = crate::text::counted(plan.conflicts.len(), "conflict")),
        );
        return;
    }
    let more = plan.conflicts.len() - 1;
    ui.colored_label(palette.warning, t!("banner-conflicts-next", more = more, what = &conflict.what));
    ui.horizontal_wrapped(|ui| {
        super::conflicts::choice_ui(ui, plan, conflict, out);
        if ui.button(t!("banner-conflicts-list")).on_hover_text(t!("banner-conflicts-list.tooltip")).clicked()
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
        ui.label(t!("banner-merged-with", name = name));
        ui.colored_label(palette.changed, "▌");
        ui.label(t!("banner-merged-theirs", n = theirs));
        ui.colored_label(palette.mine, "▌");
        ui.label(t!("banner-merged-mine", n = mine));
        if conflicts > 0 {
            ui.colored_label(palette.warning, "?");
            ui.label(t!("banner-merged-conflicts", n = conflicts));
        }
        if ui.button(t!("banner-merged-hide")).on_hover_text(t!("banner-merged-hide.tooltip")).clicked() {
            out.push(Intent::HideMergeMarks);
        }
    });
}

/// The plan shown is the built-in example (nothing was opened yet): say so, and offer the two
/// ways to a plan of one's own at once.
pub fn example_ui(ui: &mut Ui, out: &mut Vec<Intent>) {
    ui.horizontal_wrapped(|ui| {
        // The emoji stays out of the catalogue, as the error's does.
        ui.label(format!("👋 {}", t!("banner-example")));
        for command in [UiCommand::NewFromMethod, UiCommand::Open] {
            if command_button(ui, command, true) {
                out.push(Intent::Run(command));
            }
        }
        if ui.button(t!("banner-dismiss")).on_hover_text(t!("banner-example-dismiss")).clicked() {
            out.push(Intent::DismissExample);
        }
    });
}

/// The question of the morning after a done run without a next-day score: how does it feel
/// today? Next-day soreness is what the method steps back on. A button for each score, 0 to 10
/// (each reached with Tab and pressed with Enter, named for a screen reader), logs it on the
/// run; Dismiss leaves it unanswered.
pub fn next_day_ui(ui: &mut Ui, session: &Session, out: &mut Vec<Intent>) {
    super::name_region(ui, &t!("banner-next-day-region"));
    ui.horizontal_wrapped(|ui| {
        // Only runs wait for their next-day score; the catalogue names which.
        let kind = if matches!(session.kind, SessionKind::RunWalk(_)) { "run-walk" } else { "run" };
        ui.label(t!("banner-next-day", kind = kind, day = super::short_day(session.date)));
        for score in (0..=Pain::MAX).filter_map(Pain::new) {
            let name = t!("banner-next-day-score", day = super::short_day(session.date), score = score.get());
            let button = ui.small_button(score.get().to_string()).on_hover_text(name.as_str());
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                out.push(Intent::NextDay { session: session.id, pain: Some(score) });
            }
        }
        if ui.button(t!("banner-dismiss")).on_hover_text(t!("banner-next-day-dismiss")).clicked() {
            out.push(Intent::NextDay { session: session.id, pain: None });
        }
    });
}
