//! A whole plan moved in time, so the built-in example starts today for whoever opens it.

use chrono::{Days, NaiveDate, TimeDelta};

use super::{Plan, Status};

impl Plan {
    /// The plan moved `days` later (earlier when negative): every session, day note and note
    /// time, the start and the injury date, so the weeks keep their shape. `None` when a date
    /// would leave the years a plan can cover.
    pub fn shifted(&self, days: i64) -> Option<Self> {
        let day = |date: NaiveDate| {
            let moved = if days >= 0 {
                date.checked_add_days(Days::new(days.unsigned_abs()))
            } else {
                date.checked_sub_days(Days::new(days.unsigned_abs()))
            }?;
            super::DATES.contains(&moved).then_some(moved)
        };
        let delta = TimeDelta::try_days(days)?;
        let mut plan = self.clone();
        plan.meta.start = day(plan.meta.start)?;
        if let Some(injury) = plan.meta.injury_date {
            plan.meta.injury_date = Some(day(injury)?);
        }
        for session in &mut plan.sessions {
            session.date = day(session.date)?;
            for note in &mut session.notes {
                note.at = note.at.checked_add_signed(delta)?;
            }
        }
        let mut day_notes = std::collections::BTreeMap::new();
        for (date, mut notes) in std::mem::take(&mut plan.day_notes) {
            for note in &mut notes {
                note.at = note.at.checked_add_signed(delta)?;
            }
            day_notes.insert(day(date)?, notes);
        }
        plan.day_notes = day_notes;
        Some(plan)
    }

    /// How many days to move the plan so that its first planned session falls on `today` while
    /// every logged (done or skipped) session stays before it; 0 when nothing is planned.
    pub fn days_to_start_on(&self, today: NaiveDate) -> i64 {
        let planned = self.sessions.iter().find(|s| s.status == Status::Planned).map(|s| s.date);
        let logged = self.sessions.iter().filter(|s| s.status != Status::Planned).map(|s| s.date).max();
        let Some(first) = planned else { return 0 };
        let to_today = (today - first).num_days();
        logged.map_or(to_today, |last| to_today.min((today - last).num_days() - 1))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use chrono::NaiveDate;

    use crate::plan::{Command, Note, NoteOn, Plan, Session, SessionId, SessionKind, Status};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn plan() -> Plan {
        let mut plan = Plan::new(day(2));
        let mut done = Session::planned(SessionId(1), day(3), SessionKind::Rest);
        done.status = Status::Done;
        plan.apply(Command::AddSession(done)).unwrap();
        plan.apply(Command::AddSession(Session::planned(SessionId(2), day(5), SessionKind::Rest))).unwrap();
        let at = day(4).and_hms_opt(8, 0, 0).unwrap().and_utc();
        plan.apply(Command::AddNote { on: NoteOn::Day(day(4)), note: Note::new("Coach", "Easy", at) })
            .unwrap();
        plan
    }

    /// The example opened on 20 November starts its planned weeks that day, its logged run two
    /// days before, and its day note (and the note's time) moves with them.
    #[test]
    fn a_shifted_plan_puts_its_first_planned_session_on_today() {
        let plan = plan();
        let days = plan.days_to_start_on(day(20));
        assert_eq!(days, 15);
        let moved = plan.shifted(days).unwrap();
        assert_eq!(moved.meta.start, day(17));
        assert_eq!(moved.session(SessionId(2)).unwrap().date, day(20));
        assert_eq!(moved.session(SessionId(1)).unwrap().date, day(18));
        let notes = moved.day_notes(day(19));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes.first().unwrap().at, day(19).and_hms_opt(8, 0, 0).unwrap().and_utc());
        assert_eq!(moved.shifted(-days).unwrap(), plan, "shifting back restores it");
    }

    /// A logged session after the first planned one still ends up before today.
    #[test]
    fn logged_sessions_stay_in_the_past() {
        let mut plan = plan();
        let mut late = Session::planned(SessionId(3), day(8), SessionKind::Rest);
        late.status = Status::Skipped;
        plan.apply(Command::AddSession(late)).unwrap();
        let moved = plan.shifted(plan.days_to_start_on(day(20))).unwrap();
        assert_eq!(moved.session(SessionId(3)).unwrap().date, day(19));
    }

    /// A shift past the last year a plan can cover is refused, not wrapped.
    #[test]
    fn a_shift_out_of_range_is_refused() {
        assert!(plan().shifted(400 * 365).is_none());
    }
}
