//! Before the first run: when it may come, and the day the clinic's checks are tried
//! (`../shared/evidence.md`, "Readiness to run").

use chrono::{Days, NaiveDate};

use super::{add, weekday};
use crate::i18n::Lang;
use crate::plan::{Check, Comeback, Plan, Session, SessionKind};
use crate::t;

/// No run before 12 weeks after a birth, whatever its kind (Goom, Donnelly & Brockwell 2019).
pub const BIRTH_TO_FIRST_RUN_DAYS: u64 = 84;

/// A pelvic-health assessment is advised from 6 weeks after a birth; until then walks are
/// shorter.
pub const BIRTH_TO_FULL_WALKS_DAYS: u64 = 42;

/// What the comeback asks before the first run.
#[derive(Clone, Copy, Debug)]
pub struct Readiness {
    /// What the comeback is from, if said.
    pub comeback: Option<Comeback>,
    /// The day of the injury or the birth.
    pub since: Option<NaiveDate>,
    /// Whether the checks are already passed.
    pub checks_passed: bool,
}

impl Readiness {
    /// The first day of the first week with runs: from `full_from` (the first full week), after
    /// a day for the checks (a week of walking after bone stress, for days of pain-free walking
    /// and a professional's clearance), 12 weeks after a birth, and with a free day for the
    /// checks in the week before it.
    pub fn first_run_week(&self, start: NaiveDate, full_from: NaiveDate, days: [bool; 7]) -> NaiveDate {
        let Some(comeback) = self.comeback else { return full_from };
        let mut earliest = start;
        if !self.checks_passed {
            let walking = if comeback == (Comeback::Injury { bone_stress: true }) { 7 } else { 1 };
            earliest = add(start, walking);
        }
        if let (true, Some(born)) = (comeback.is_birth(), self.since) {
            earliest = earliest.max(add(born, BIRTH_TO_FIRST_RUN_DAYS));
        }
        let mut week = full_from;
        while week < earliest && week < NaiveDate::MAX {
            week = add(week, 7);
        }
        // A week later at most: every week has a free day.
        if !self.checks_passed && self.check_day(start, week, days).is_none() {
            week = add(week, 7);
        }
        week
    }

    /// The day the checks are planned for a first run in the week of `first_run_week`: the
    /// last free day before it, in the week before it and not before `start`.
    pub fn check_day(
        &self,
        start: NaiveDate,
        first_run_week: NaiveDate,
        days: [bool; 7],
    ) -> Option<NaiveDate> {
        if self.comeback.is_none() || self.checks_passed {
            return None;
        }
        (1..=7)
            .filter_map(|back| first_run_week.checked_sub_days(Days::new(back)))
            .take_while(|d| *d >= start)
            .find(|d| days.get(weekday(*d)).copied().unwrap_or(false))
    }

    /// Minutes of a walk on `date`: shorter in the first 6 weeks after a birth.
    pub fn walk_minutes(&self, date: NaiveDate) -> f64 {
        match (self.comeback, self.since) {
            (Some(c), Some(born)) if c.is_birth() && date < add(born, BIRTH_TO_FULL_WALKS_DAYS) => 20.0,
            _ => 30.0,
        }
    }
}

/// The session of `plan` where the generator planned the checks, if it did: its note begins
/// as the catalogue's `new-plan-check-note-start` does in the language the plan was made in,
/// whichever the reader's is now.
pub fn check_session(plan: &Plan) -> Option<&Session> {
    let starts: Vec<String> = Lang::ALL
        .into_iter()
        .filter_map(|lang| crate::i18n::format(lang, "new-plan-check-note-start", None))
        .collect();
    plan.sessions().iter().find(|s| {
        matches!(s.kind, SessionKind::Strength { .. }) && starts.iter().any(|start| s.note.starts_with(start))
    })
}

/// The week of `start` in a few words, for a list of a plan's weeks (the CLI's, the new-plan
/// preview's): its first run's level, or what comes before the runs, "walks, strength, the
/// checks on Sun 3".
pub fn week_words(plan: &Plan, start: chrono::NaiveDate) -> String {
    let ws = plan.meta.week_start;
    let mut week = plan.sessions().iter().filter(|s| ws.week_of(s.date) == start);
    if let Some(run) = week.clone().find(|s| s.kind.is_run()) {
        return run.kind.short(plan.meta.units);
    }
    if let Some(day) = check_session(plan).map(|s| s.date).filter(|d| ws.week_of(*d) == start) {
        return t!("new-plan-week-checks", day = crate::dates::day_in_month(day));
    }
    if week.any(|s| matches!(s.kind, SessionKind::Strength { .. })) {
        t!("new-plan-week-strength")
    } else {
        t!("new-plan-week-walks")
    }
}

/// The note of the session where the checks are tried: each check with its number.
pub fn check_note(comeback: Comeback, checks: &[Check]) -> String {
    let list: Vec<String> = checks.iter().map(ToString::to_string).collect();
    let birth = if comeback.is_birth() { "yes" } else { "no" };
    t!("new-plan-check-note", birth = birth, checks = list.join("; "))
}

#[cfg(test)]
mod tests {
    use super::check_note;
    use crate::i18n::{self, Lang, in_lang};
    use crate::plan::{Birth, Comeback};

    /// The checks' session is found by how its note begins, so in each language the note
    /// begins with the start the finder looks for, whichever language reads it later.
    #[test]
    fn the_checks_note_begins_as_the_finder_expects_in_every_language() {
        let comeback = Comeback::Birth(Birth::Vaginal);
        for lang in Lang::ALL {
            let note = in_lang(lang, || check_note(comeback, &comeback.checks()));
            let start = i18n::format(lang, "new-plan-check-note-start", None).unwrap();
            assert!(note.starts_with(&start), "{lang:?}: {note}");
        }
    }
}
