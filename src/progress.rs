//! Pain over time, which the load chart shows under each week's running as planned and as done
//! (those are counted once per validation, in [`crate::rules::WeekTotals`]), and the run still
//! waiting for its score the morning after.

use chrono::NaiveDate;

use crate::plan::{Plan, Session, Status};

/// The pain logged on a done session, on its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainOnDay {
    /// The day the session was done.
    pub date: NaiveDate,
    /// Pain during it, 0–10.
    pub during: u8,
    /// Pain the morning after, 0–10.
    pub next_day: u8,
}

/// Every done session's logged pain, in date order.
pub fn pain_by_day(plan: &Plan) -> Vec<PainOnDay> {
    plan.sessions()
        .iter()
        .filter(|s| s.status == Status::Done)
        .filter_map(|s| {
            let pain = s.pain?;
            Some(PainOnDay { date: s.date, during: pain.during.get(), next_day: pain.next_day.get() })
        })
        .collect()
}

/// The done runs of the day before `today` with no score for the morning after (none logged,
/// or the 0 a log starts at): next-day soreness is what the method steps back on, so the app
/// asks for it.
pub fn waiting_for_next_day(plan: &Plan, today: NaiveDate) -> impl Iterator<Item = &Session> {
    let yesterday = today.pred_opt();
    plan.sessions().iter().filter(move |s| {
        Some(s.date) == yesterday
            && s.status == Status::Done
            && (s.kind.is_run() || s.kind.is_anti_gravity())
            && s.pain.is_none_or(|p| p.next_day.get() == 0)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use crate::plan::{
        Actual, Command, Distance, Pain, PainLog, Plan, Run, Session, SessionId, SessionKind, Status,
    };

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn run(miles: f64) -> SessionKind {
        SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() })
    }

    /// Mon 16 Nov to Sun 29 Nov: a 2 mi run done at 3, a 2 mi run done with nothing logged, a
    /// skipped 1 mi run, a 1.5 mi walk done, a 2 mi run ahead.
    fn plan() -> Plan {
        let mut plan = Plan::new(day(16));
        let sessions = [
            (1, day(17), run(2.0), Status::Done, Some(3.0)),
            (2, day(19), run(2.0), Status::Done, None),
            (3, day(21), run(1.0), Status::Skipped, None),
            (
                4,
                day(22),
                SessionKind::Walk { distance: Distance::new(1.5), minutes: None },
                Status::Done,
                Some(1.5),
            ),
            (5, day(24), run(2.0), Status::Planned, None),
        ];
        for (id, date, kind, status, done) in sessions {
            let mut s = Session::planned(SessionId(id), date, kind);
            s.status = status;
            s.actual = done.map(|d| Actual { distance: Distance::new(d), minutes: None });
            plan.apply(Command::AddSession(s)).unwrap();
        }
        plan
    }

    /// Planned is what the plan said (the run done at 3 mi still planned 2, the skipped one 1),
    /// done is what was logged; walks are neither.
    #[test]
    fn a_week_is_planned_as_planned_and_done_as_done() {
        let weeks = crate::rules::week_totals(&plan());
        let seen: Vec<(NaiveDate, f64, f64)> =
            weeks.iter().map(|w| (w.start, w.run_planned, w.run_done)).collect();
        // The weeks end with the plan's last: the chart shows no week after it.
        assert_eq!(seen, vec![(day(16), 5.0, 5.0), (day(23), 2.0, 0.0)]);
    }

    /// A run logged by time only counted its planned distance here while the rules counted its
    /// time at the easy pace: 36 minutes at the default 12 min/mi is 3 mi done, as the rules say.
    #[test]
    fn a_run_logged_by_time_only_is_done_at_the_easy_pace() {
        let mut plan = plan();
        let mut timed = plan.session(SessionId(2)).unwrap().clone();
        timed.actual = Some(Actual { distance: None, minutes: crate::plan::Minutes::new(36.0) });
        plan.apply(Command::EditSession(timed)).unwrap();
        let weeks = crate::rules::week_totals(&plan);
        let seen: Vec<(f64, f64)> = weeks.iter().take(1).map(|w| (w.run_planned, w.run_done)).collect();
        assert_eq!(seen, vec![(5.0, 6.0)]);
    }

    /// Only done sessions with pain logged give a point, on their day.
    #[test]
    fn pain_is_read_from_done_sessions_on_their_day() {
        let mut plan = plan();
        let mut painful = plan.session(SessionId(1)).unwrap().clone();
        painful.pain = Some(PainLog {
            during: Pain::new(4).unwrap(),
            next_day: Pain::new(2).unwrap(),
            ..PainLog::default()
        });
        let mut ahead = plan.session(SessionId(5)).unwrap().clone();
        ahead.pain = painful.pain;
        plan.apply(Command::EditSession(painful)).unwrap();
        plan.apply(Command::EditSession(ahead)).unwrap();
        let points = super::pain_by_day(&plan);
        assert_eq!(points, vec![super::PainOnDay { date: day(17), during: 4, next_day: 2 }]);
    }

    /// The day after a done run with no next-day score, that run is waiting; once scored, or on
    /// any other day, or for a walk, nothing is.
    #[test]
    fn a_done_run_waits_for_its_next_day_score_only_the_day_after() {
        let mut plan = plan();
        let waiting =
            |plan: &Plan, today| super::waiting_for_next_day(plan, today).map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(waiting(&plan, day(18)), vec![SessionId(1)]);
        assert_eq!(waiting(&plan, day(19)), vec![], "the day of a run is too soon");
        assert_eq!(waiting(&plan, day(21)), vec![], "two days later is too late");
        assert_eq!(waiting(&plan, day(23)), vec![], "a walk is not asked about");
        assert_eq!(waiting(&plan, day(25)), vec![], "a planned run is not asked about");
        let mut scored = plan.session(SessionId(1)).unwrap().clone();
        scored.pain = Some(PainLog {
            during: Pain::new(1).unwrap(),
            next_day: Pain::new(0).unwrap(),
            ..PainLog::default()
        });
        plan.apply(Command::EditSession(scored.clone())).unwrap();
        assert_eq!(
            waiting(&plan, day(18)),
            vec![SessionId(1)],
            "pain during only: the morning is still open"
        );
        scored.pain = Some(PainLog { next_day: Pain::new(2).unwrap(), ..scored.pain.unwrap() });
        plan.apply(Command::EditSession(scored)).unwrap();
        assert_eq!(waiting(&plan, day(18)), vec![]);
    }
}
