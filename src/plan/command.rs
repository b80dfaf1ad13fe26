//! The commands that change a plan. Undo/redo, the UI and importers all go through here.

use chrono::NaiveDate;
use thiserror::Error;

use super::{Plan, PlanMeta, RuleSettings, Session, SessionId};

/// One change to a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Add a session; its id must be unused (see [`Plan::fresh_id`]).
    AddSession(Session),
    /// Move a session to another day.
    MoveSession {
        /// Which session.
        id: SessionId,
        /// The new day.
        to: NaiveDate,
    },
    /// Copy a session to a day under a new id.
    CopySession {
        /// Which session.
        id: SessionId,
        /// The day of the copy.
        to: NaiveDate,
    },
    /// Replace a session with an edited version with the same id.
    EditSession(Session),
    /// Delete a session.
    DeleteSession(SessionId),
    /// Replace the rule settings.
    SetRules(RuleSettings),
    /// Replace the metadata; a change of units converts every distance.
    SetMeta(PlanMeta),
}

/// What a command did, for selection and status messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// A session was added, moved, copied or edited; this is the one to select.
    Session(SessionId),
    /// A session was deleted.
    Deleted(SessionId),
    /// Settings or metadata changed.
    Plan,
}

/// Why a command could not be applied; the plan is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CommandError {
    /// The session is not in the plan.
    #[error("session {0} is not in the plan")]
    NoSuchSession(SessionId),
    /// The id is taken.
    #[error("session id {0} is already used")]
    DuplicateId(SessionId),
    /// The plan already holds as many sessions as ids allow.
    #[error("the plan has no free session ids left")]
    NoFreeId,
}

impl Plan {
    /// Applies `command`; on error the plan is unchanged.
    pub fn apply(&mut self, command: Command) -> Result<Applied, CommandError> {
        match command {
            Command::AddSession(session) => {
                if self.session(session.id).is_some() {
                    return Err(CommandError::DuplicateId(session.id));
                }
                let id = session.id;
                self.insert_sorted(session);
                Ok(Applied::Session(id))
            }
            Command::MoveSession { id, to } => {
                let mut session = self.remove(id).ok_or(CommandError::NoSuchSession(id))?;
                session.date = to;
                self.insert_sorted(session);
                Ok(Applied::Session(id))
            }
            Command::CopySession { id, to } => {
                let source = self.session(id).ok_or(CommandError::NoSuchSession(id))?;
                let new_id = self.fresh_id();
                if new_id.0 == u32::MAX {
                    return Err(CommandError::NoFreeId);
                }
                let copy = Session { id: new_id, date: to, ..source.clone() };
                self.insert_sorted(copy);
                Ok(Applied::Session(new_id))
            }
            Command::EditSession(session) => {
                let id = session.id;
                self.remove(id).ok_or(CommandError::NoSuchSession(id))?;
                self.insert_sorted(session);
                Ok(Applied::Session(id))
            }
            Command::DeleteSession(id) => {
                self.remove(id).ok_or(CommandError::NoSuchSession(id))?;
                Ok(Applied::Deleted(id))
            }
            Command::SetRules(rules) => {
                self.rules = rules;
                Ok(Applied::Plan)
            }
            Command::SetMeta(meta) => {
                let factor = self.meta.units.factor_to(meta.units);
                if (factor - 1.0).abs() > f64::EPSILON {
                    for session in &mut self.sessions {
                        session.kind.scale_distances(factor);
                    }
                    self.rules.scale_distances(factor);
                }
                self.meta = meta;
                Ok(Applied::Plan)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::plan::{Distance, Run, SessionKind, Status, Units};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn run(id: u32, d: u32, miles: f64) -> Session {
        Session {
            id: SessionId(id),
            date: day(d),
            kind: SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() }),
            status: Status::Planned,
            pain: None,
            note: String::new(),
        }
    }

    #[test]
    fn commands_keep_sessions_sorted_and_ids_unique() {
        let mut plan = Plan::new(day(1));
        plan.apply(Command::AddSession(run(1, 5, 2.0))).unwrap();
        plan.apply(Command::AddSession(run(2, 3, 2.0))).unwrap();
        assert_eq!(
            plan.apply(Command::AddSession(run(2, 9, 1.0))),
            Err(CommandError::DuplicateId(SessionId(2)))
        );
        assert_eq!(plan.sessions().iter().map(|s| s.id.0).collect::<Vec<_>>(), [2, 1]);

        plan.apply(Command::MoveSession { id: SessionId(2), to: day(7) }).unwrap();
        assert_eq!(plan.sessions().iter().map(|s| s.id.0).collect::<Vec<_>>(), [1, 2]);

        let copied = plan.apply(Command::CopySession { id: SessionId(1), to: day(9) }).unwrap();
        assert_eq!(copied, Applied::Session(SessionId(3)));
        assert_eq!(plan.sessions_on(day(9)).len(), 1);

        plan.apply(Command::DeleteSession(SessionId(1))).unwrap();
        assert_eq!(
            plan.apply(Command::DeleteSession(SessionId(1))),
            Err(CommandError::NoSuchSession(SessionId(1)))
        );
        assert_eq!(plan.sessions().len(), 2);
    }

    #[test]
    fn switching_units_converts_distances_and_caps() {
        let mut plan = Plan::new(day(1));
        plan.rules.weekly_cap = Distance::new(10.0);
        plan.apply(Command::AddSession(run(1, 2, 5.0))).unwrap();
        let meta = crate::plan::PlanMeta { units: Units::Km, ..plan.meta.clone() };
        plan.apply(Command::SetMeta(meta)).unwrap();
        assert_eq!(plan.rules.weekly_cap.map(Distance::get), Some(16.09));
        assert_eq!(plan.sessions().first().map(|s| s.kind.run_distance(1.0)), Some(8.05));
    }
}
