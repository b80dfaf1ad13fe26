//! The step back after pain, shown before it is applied: what changes, and what the rules say
//! of the plan afterwards.

use egui::Ui;

use super::{Intent, short_day};
use crate::plan::{Plan, Session, Units};
use crate::stepback::StepBack;

/// Shows `fix` for `plan`; returns true when the user is done (applied or cancelled).
pub fn step_back_ui(ui: &mut Ui, plan: &Plan, fix: &StepBack, out: &mut Vec<Intent>) -> bool {
    let units: Units = plan.meta.units;
    ui.heading("Step back after pain");
    ui.label(&fix.summary);
    ui.add_space(4.0);
    let week_start = plan.meta.week_start;
    egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
        egui::Grid::new("step-back").num_columns(2).striped(true).show(ui, |ui| {
            for (was, now) in &fix.changes {
                let down = fix.down_weeks.contains(&week_start.week_of(now.date));
                let (when, what) = row(was, now, units, down);
                ui.label(when);
                ui.label(what);
                ui.end_row();
            }
        });
    });
    ui.add_space(4.0);
    ui.strong(format!(
        "{} change · afterwards: {}, {}",
        crate::text::counted(fix.changes.len(), "session"),
        crate::text::counted(fix.errors, "error"),
        crate::text::counted(fix.warnings, "warning"),
    ));
    let mut done = false;
    ui.horizontal(|ui| {
        if ui.button("Step back").on_hover_text("One step: Undo puts the plan back").clicked() {
            out.push(Intent::Apply {
                commands: fix.commands(),
                label: "Step back after pain".to_owned(),
                key: None,
            });
            // Applying selects the last session changed, weeks ahead and off screen: the
            // painful run stays selected, where the runner is looking.
            out.push(Intent::Select(Some(fix.after)));
            done = true;
        }
        if ui.button("Cancel").clicked() {
            done = true;
        }
    });
    done
}

/// One change of the preview: when (both days for a run the rest moved later in its week, or it
/// reads as kept where it was) and what, marked when it falls in a down week.
fn row(was: &Session, now: &Session, units: Units, down: bool) -> (String, String) {
    let when = if was.date == now.date {
        short_day(was.date)
    } else {
        format!("{} → {}", short_day(was.date), short_day(now.date))
    };
    let what = format!(
        "{} → {}{}",
        was.kind.short(units),
        now.kind.short(units),
        if down { " · down week" } else { "" }
    );
    (when, what)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::row;
    use crate::plan::{Distance, Run, Session, SessionId, SessionKind, Units};

    /// A run the rest moved from Tuesday to Thursday showed only "Tue 1 Dec", as if it stayed.
    #[test]
    fn a_moved_run_shows_both_days_and_a_down_week_says_so() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let run = SessionKind::Run(Run { distance: Distance::new(2.0), ..Run::default() });
        let was = Session::planned(SessionId(1), day(1), run);
        let now = Session::planned(SessionId(1), day(3), run);
        let (when, what) = row(&was, &now, Units::Miles, true);
        assert_eq!(when, "Tue 1 Dec → Thu 3 Dec");
        assert!(what.ends_with(" · down week"), "{what}");
        assert_eq!(row(&was, &was, Units::Miles, false).0, "Tue 1 Dec");
    }
}
