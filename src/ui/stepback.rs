//! The step back after pain, shown before it is applied: what changes, and what the rules say
//! of the plan afterwards.

use std::sync::Arc;

use egui::Ui;

use super::{Intent, short_day};
use crate::plan::{Plan, SessionId, Units};
use crate::stepback::{Change, StepBack, step_back};
use crate::t;

/// Shows `fix` for `plan`; returns true when the user is done (applied or cancelled).
pub fn step_back_ui(ui: &mut Ui, plan: &Plan, fix: &StepBack, out: &mut Vec<Intent>) -> bool {
    let units: Units = plan.meta.units;
    ui.heading(t!("stepback-heading"));
    ui.label(&fix.summary);
    ui.add_space(4.0);
    let week_start = plan.meta.week_start;
    egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
        egui::Grid::new("step-back").num_columns(2).striped(true).show(ui, |ui| {
            for change in &fix.changes {
                let down = fix.down_weeks.contains(&week_start.week_of(change.now.date));
                let (when, what) = row(change, units, down);
                ui.label(when);
                ui.label(what);
                ui.end_row();
            }
        });
    });
    ui.add_space(4.0);
    ui.strong(t!(
        "stepback-summary",
        sessions = crate::text::counted(fix.changes.len(), "session"),
        errors = crate::text::counted(fix.errors, "error"),
        warnings = crate::text::counted(fix.warnings, "warning"),
    ));
    let mut done = false;
    ui.horizontal(|ui| {
        if ui.button(t!("stepback-apply")).on_hover_text(t!("stepback-apply-tip")).clicked() {
            out.push(Intent::Apply { commands: fix.commands(), label: t!("stepback-heading"), key: None });
            // Applying selects the last session changed, weeks ahead and off screen: the
            // painful run stays selected, where the runner is looking.
            out.push(Intent::Select(Some(fix.after)));
            done = true;
        }
        if ui.button(t!("stepback-cancel")).clicked() {
            done = true;
        }
    });
    done
}

/// Whether a step back after the pain on run `id` would still change `plan`: false once it was
/// applied. Worked out again only when the plan changes, since it validates the plan several
/// times and the offer is drawn every frame.
pub fn anything_to_step_back(ctx: &egui::Context, plan: &Plan, id: SessionId) -> bool {
    let key = egui::Id::unique(("step-back-left", id.0));
    let memo = ctx.data(|d| d.get_temp::<Arc<(Plan, bool)>>(key));
    if let Some(memo) = memo.filter(|m| m.0 == *plan) {
        return memo.1;
    }
    let left = step_back(plan, id).is_some();
    ctx.data_mut(|d| d.insert_temp(key, Arc::new((plan.clone(), left))));
    left
}

/// One change of the preview: when (both days for a session that moves) and what changes,
/// marked when it falls in a down week.
fn row(change: &Change, units: Units, down: bool) -> (String, String) {
    let (was, now) = (&change.was, &change.now);
    let when = if was.date == now.date {
        short_day(was.date)
    } else {
        format!("{} → {}", short_day(was.date), short_day(now.date))
    };
    let what = t!("stepback-change", change = change.describe(units), down = if down { "yes" } else { "no" });
    (when, what)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::row;
    use crate::plan::{Distance, Run, Session, SessionId, SessionKind, Terrain, Units};
    use crate::stepback::Change;

    /// A run the rest moved from Tuesday to Thursday showed only "Tue 1 Dec", as if it stayed.
    #[test]
    fn a_moved_run_shows_both_days_and_a_down_week_says_so() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let run = SessionKind::Run(Run { distance: Distance::new(2.0), ..Run::default() });
        let was = Session::planned(SessionId(1), day(1), run);
        let now = Session::planned(SessionId(1), day(3), run);
        let (when, what) = row(&Change::new(was, now, 10.0).unwrap(), Units::Miles, true);
        assert_eq!(when, "Tue 1 Dec → Thu 3 Dec");
        assert_eq!(what, "Run 2 mi · down week");
    }

    /// A moved run in a down week says so in German and Spanish too ("· down week" was glued on
    /// in English).
    #[test]
    fn a_down_week_is_said_in_german_and_spanish() {
        use crate::i18n::{Lang, in_lang};
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let run = SessionKind::Run(Run { distance: Distance::new(2.0), ..Run::default() });
        let change = Change::new(
            Session::planned(SessionId(1), day(1), run),
            Session::planned(SessionId(1), day(3), run),
            10.0,
        )
        .unwrap();
        let said = |lang| in_lang(lang, || row(&change, Units::Miles, true));
        let (when, what) = said(Lang::De);
        assert_eq!(when, "Di., 1. Dez. → Do., 3. Dez.");
        assert!(what.ends_with(" · Entlastungswoche"), "{what}");
        let (when, what) = said(Lang::Es);
        assert_eq!(when, "mar 1 dic → jue 3 dic");
        assert!(what.ends_with(" · semana de descarga"), "{what}");
    }

    /// A run put on the track instead of the road read "Run 9 min → Run 9 min", a row that
    /// seemed to change nothing: the terrain is said.
    #[test]
    fn a_change_of_ground_is_said() {
        let day = NaiveDate::from_ymd_opt(2027, 2, 2).unwrap();
        let road = Run { distance: Distance::new(1.0), terrain: Terrain::FlatRoad, ..Run::default() };
        let track = Run { terrain: Terrain::Track, ..road };
        let was = Session::planned(SessionId(1), day, SessionKind::Run(road));
        let now = Session::planned(SessionId(1), day, SessionKind::Run(track));
        let (when, what) = row(&Change::new(was.clone(), now, 10.0).unwrap(), Units::Miles, false);
        assert_eq!((when.as_str(), what.as_str()), ("Tue 2 Feb", "Run 1 mi, on track, not flat road"));
        assert_eq!(Change::new(was.clone(), was, 10.0), None, "no change, no row");
    }
}
