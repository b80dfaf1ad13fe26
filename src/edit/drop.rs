//! Drag-and-drop, copy and paste as plan commands. Pure functions of the plan, so the drag
//! preview, the drop itself and a test build exactly the same change.

use chrono::NaiveDate;

use crate::plan::{Command, Distance, Plan, Run, Session, SessionId, SessionKind, Units};
use crate::t;

/// What is carried during a drag-and-drop.
#[derive(Clone, Debug, PartialEq)]
pub enum Drag {
    /// A new session of this kind, from the palette (its amounts are filled in on drop).
    New(SessionKind),
    /// An existing session, to move (or copy with Ctrl held).
    Session(SessionId),
}

/// The kind a palette entry becomes on `date`: the amounts of the plan's latest session of
/// that kind before the day (the current level), or the palette's defaults.
pub fn kind_for(plan: &Plan, template: SessionKind, date: NaiveDate) -> SessionKind {
    let same = |s: &&Session| {
        std::mem::discriminant(&s.kind) == std::mem::discriminant(&template)
            && s.kind.name() == template.name()
    };
    let before = plan.sessions().iter().rev().filter(|s| s.date <= date).find(same);
    let any = before.or_else(|| plan.sessions().iter().find(same));
    match (any, template) {
        (Some(s), _) => s.kind,
        (None, SessionKind::Run(run)) => {
            let miles = if plan.meta.units == Units::Km { 1.5 } else { 1.0 };
            SessionKind::Run(Run { distance: Distance::new(miles), ..run })
        }
        (None, other) => other,
    }
}

/// The commands a drop makes, and their name for Undo; `None` when the drop changes nothing.
pub fn drop_commands(
    plan: &Plan,
    drag: &Drag,
    date: NaiveDate,
    copy: bool,
) -> Option<(Vec<Command>, String)> {
    match drag {
        Drag::New(template) => {
            let kind = kind_for(plan, *template, date);
            let label = t!("edit-add", kind = kind.inline_name());
            let session = Session::planned(plan.fresh_id(), date, kind);
            Some((vec![Command::AddSession(session)], label))
        }
        Drag::Session(id) => {
            let session = plan.session(*id)?;
            let kind = session.kind.inline_name();
            if copy {
                Some((vec![Command::CopySession { id: *id, to: date }], t!("edit-copy", kind = kind)))
            } else if session.date == date {
                None
            } else {
                Some((vec![Command::MoveSession { id: *id, to: date }], t!("edit-move", kind = kind)))
            }
        }
    }
}

/// What Copy put on the app's clipboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Clip {
    /// One session.
    Session(Session),
    /// A week's sessions and the first day of that week.
    Week(NaiveDate, Vec<Session>),
}

impl Clip {
    /// The session `id`, if the plan has it.
    pub fn session(plan: &Plan, id: SessionId) -> Option<Self> {
        plan.session(id).cloned().map(Clip::Session)
    }

    /// Every session in the week holding `day`.
    pub fn week(plan: &Plan, day: NaiveDate) -> Self {
        let week_start = plan.meta.week_start;
        let from = week_start.week_of(day);
        let sessions =
            plan.sessions().iter().filter(|s| week_start.week_of(s.date) == from).cloned().collect();
        Clip::Week(from, sessions)
    }

    /// The clip as text for the system clipboard, one session a line.
    pub fn text(&self, units: Units) -> String {
        match self {
            Clip::Session(s) => s.kind.describe(units),
            Clip::Week(_, sessions) => sessions
                .iter()
                .map(|s| format!("{} {}", s.date, s.kind.describe(units)))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// What the status bar says after copying.
    pub fn copied(&self) -> String {
        match self {
            Clip::Session(s) => t!("edit-copied", kind = s.kind.inline_name()),
            Clip::Week(from, sessions) => {
                t!("edit-copied-week", week = crate::dates::date(*from), sessions = sessions.len())
            }
        }
    }
}

/// Commands pasting `clip` onto `date` (a week lands on the same weekdays of `date`'s week),
/// each pasted session new and planned.
pub fn paste_commands(plan: &Plan, clip: &Clip, date: NaiveDate) -> (Vec<Command>, String) {
    let count = match clip {
        Clip::Session(_) => 1,
        Clip::Week(_, sessions) => sessions.len(),
    };
    let mut ids = plan.fresh_ids(count).into_iter();
    let mut fresh = |s: &Session, date: NaiveDate| {
        let id = ids.next().unwrap_or(SessionId(0));
        Command::AddSession(Session { note: s.note.clone(), ..Session::planned(id, date, s.kind) })
    };
    match clip {
        Clip::Session(s) => (vec![fresh(s, date)], t!("edit-paste", kind = s.kind.inline_name())),
        Clip::Week(from, sessions) => {
            let to = plan.meta.week_start.week_of(date);
            let commands = sessions.iter().map(|s| fresh(s, to + (s.date - *from))).collect();
            (commands, t!("edit-paste-week"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Clip, Drag, drop_commands, kind_for, paste_commands};
    use crate::plan::{Command, Distance, Plan, Run, Session, SessionId, SessionKind, Status};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn run(id: u32, d: u32, miles: f64) -> Session {
        let kind = SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() });
        Session {
            status: Status::Done,
            note: "n".to_owned(),
            ..Session::planned(SessionId(id), day(d), kind)
        }
    }

    fn plan(sessions: Vec<Session>) -> Plan {
        Plan::try_from((Plan::new(day(7)).meta, Default::default(), sessions)).unwrap()
    }

    #[test]
    fn a_new_run_takes_the_latest_run_before_the_day() {
        let p = plan(vec![run(1, 7, 1.0), run(2, 9, 1.5), run(3, 20, 3.0)]);
        let kind = kind_for(&p, SessionKind::Run(Run::default()), day(15));
        assert_eq!(kind.run_distance(12.0), 1.5);
        let kind = kind_for(&plan(vec![]), SessionKind::Run(Run::default()), day(15));
        assert_eq!(kind.run_distance(12.0), 1.0, "a plan with no runs starts at 1 mile");
    }

    #[test]
    fn drops_move_copy_or_add() {
        let p = plan(vec![run(1, 7, 1.0)]);
        let moved = drop_commands(&p, &Drag::Session(SessionId(1)), day(8), false).unwrap();
        assert_eq!(moved.0, vec![Command::MoveSession { id: SessionId(1), to: day(8) }]);
        assert!(drop_commands(&p, &Drag::Session(SessionId(1)), day(7), false).is_none(), "same day");
        let copied = drop_commands(&p, &Drag::Session(SessionId(1)), day(7), true).unwrap();
        assert_eq!(copied.0, vec![Command::CopySession { id: SessionId(1), to: day(7) }]);
        let (added, label) = drop_commands(&p, &Drag::New(SessionKind::Rest), day(9), false).unwrap();
        assert_eq!(label, "Add rest");
        assert!(
            matches!(&added[..], [Command::AddSession(s)] if p.session(s.id).is_none() && s.date == day(9))
        );
    }

    #[test]
    fn a_pasted_week_lands_on_the_same_weekdays_as_new_planned_sessions() {
        let p = plan(vec![run(1, 7, 1.0), run(2, 9, 1.5)]);
        let clip = Clip::Week(day(7), p.sessions().to_vec());
        let (commands, _) = paste_commands(&p, &clip, day(17));
        let added: Vec<&Session> = commands
            .iter()
            .filter_map(|c| if let Command::AddSession(s) = c { Some(s) } else { None })
            .collect();
        let when: Vec<(NaiveDate, Status)> = added.iter().map(|s| (s.date, s.status)).collect();
        assert_eq!(when, vec![(day(14), Status::Planned), (day(16), Status::Planned)]);
        assert!(added.iter().all(|s| p.session(s.id).is_none()), "new ids");
        assert!(added.first().map(|s| s.id) != added.get(1).map(|s| s.id), "ids differ from each other");
    }
}
