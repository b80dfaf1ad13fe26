//! The commands that change a plan. Undo/redo, the UI and importers all go through here.

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use super::{Conflict, Note, Plan, PlanMeta, Revision, RuleSettings, Session, SessionId, within_dates};

/// What a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteOn {
    /// A whole day ("travelling, no track").
    Day(NaiveDate),
    /// One session; the note moves with it.
    Session(SessionId),
}

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
    /// Add a note to a day's or a session's thread, in time order.
    AddNote {
        /// What it is about.
        on: NoteOn,
        /// The note to add, with its author and time.
        note: Note,
    },
    /// Remove a note (the first one equal to `note`) from a thread.
    RemoveNote {
        /// What it is about.
        on: NoteOn,
        /// The note to remove, matched by author, time and text.
        note: Note,
    },
    /// Record that the plan is now a merge of two versions: made from `parents`, with
    /// `conflicts` left to resolve.
    RecordMerge {
        /// The revisions of the two versions merged.
        parents: Vec<Revision>,
        /// What both changed differently.
        conflicts: Vec<Conflict>,
    },
    /// Take a conflict off the plan's list (its chosen side applied by other commands).
    Resolve(Box<Conflict>),
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
    #[error("{}", crate::t!("plan-error-no-such-session", id = .0.to_string()))]
    NoSuchSession(SessionId),
    /// The id is taken.
    #[error("{}", crate::t!("plan-error-duplicate-id", id = .0.to_string()))]
    DuplicateId(SessionId),
    /// The note is not in that thread.
    #[error("{}", crate::t!("plan-error-no-such-note"))]
    NoSuchNote,
    /// The conflict is not in the plan's list.
    #[error("{}", crate::t!("plan-error-no-such-conflict"))]
    NoSuchConflict,
    /// A date outside [`DATES`](super::DATES), where no plan file could hold it.
    #[error("{}", crate::t!(
        "plan-error-out-of-range",
        date = .0.to_string(),
        from = super::DATES.start().year().to_string(),
        to = super::DATES.end().year().to_string()
    ))]
    OutOfRange(NaiveDate),
    /// A rule setting the rules cannot work with (see [`RuleSettings::problem`]).
    #[error("{0}")]
    Setting(String),
}

impl Plan {
    /// Applies `command`; on error the plan is unchanged.
    pub fn apply(&mut self, command: Command) -> Result<Applied, CommandError> {
        // Checked before anything changes, so a refused command leaves the plan as it was.
        command.check()?;
        match command {
            Command::AddSession(session) => {
                if self.session(session.id).is_some() {
                    return Err(CommandError::DuplicateId(session.id));
                }
                let id = session.id;
                self.insert_sorted(session);
                // Back (an undone delete taken whole from another copy): no longer cancelled.
                self.removed.retain(|r| r.id != id);
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
                // The copy is a new plan entry: the original's log and thread stay with it.
                let copy = Session { note: source.note.clone(), ..Session::planned(new_id, to, source.kind) };
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
                let gone = self.remove(id).ok_or(CommandError::NoSuchSession(id))?;
                self.note_removed(super::Removed { id, date: gone.date });
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
                        session.convert_distances(|d| d.times(factor));
                    }
                    self.rules.convert_distances(factor, |d| d.times(factor));
                }
                self.meta = meta;
                Ok(Applied::Plan)
            }
            Command::AddNote { on, note } => {
                let thread = match on {
                    NoteOn::Day(date) => self.day_notes.entry(date).or_default(),
                    NoteOn::Session(id) => self.thread(on).ok_or(CommandError::NoSuchSession(id))?,
                };
                // Kept in time order, so a note merged from another copy lands where it belongs.
                let at = thread.partition_point(|n| n.at <= note.at);
                thread.insert(at, note);
                Ok(applied_note(on))
            }
            Command::RemoveNote { on, note } => {
                let thread = match on {
                    NoteOn::Day(_) => self.thread(on).ok_or(CommandError::NoSuchNote)?,
                    NoteOn::Session(id) => self.thread(on).ok_or(CommandError::NoSuchSession(id))?,
                };
                let at = thread.iter().position(|n| *n == note).ok_or(CommandError::NoSuchNote)?;
                thread.remove(at);
                if let NoteOn::Day(date) = on
                    && thread.is_empty()
                {
                    self.day_notes.remove(&date);
                }
                Ok(applied_note(on))
            }
            Command::RecordMerge { parents, conflicts } => {
                self.revision = None;
                self.parents = parents;
                self.conflicts.extend(conflicts);
                Ok(Applied::Plan)
            }
            Command::Resolve(conflict) => {
                let at = self
                    .conflicts
                    .iter()
                    .position(|c| *c == *conflict)
                    .ok_or(CommandError::NoSuchConflict)?;
                self.conflicts.remove(at);
                Ok(Applied::Plan)
            }
        }
    }

    /// The thread `on` points at, if it exists.
    fn thread(&mut self, on: NoteOn) -> Option<&mut Vec<Note>> {
        match on {
            NoteOn::Day(date) => self.day_notes.get_mut(&date),
            NoteOn::Session(id) => self.sessions.iter_mut().find(|s| s.id == id).map(|s| &mut s.notes),
        }
    }
}

impl Command {
    /// Refuses what a plan may not hold: a date outside [`DATES`](super::DATES), a setting the
    /// rules cannot work with. Paging the calendar far enough reaches year 3000, and a plan
    /// spanning centuries more would make every weekly rule walk millions of weeks.
    fn check(&self) -> Result<(), CommandError> {
        match self {
            Self::AddSession(session) | Self::EditSession(session) => within_dates([session.date]),
            Self::MoveSession { to, .. } | Self::CopySession { to, .. } => within_dates([*to]),
            Self::AddNote { on: NoteOn::Day(date), .. } => within_dates([*date]),
            Self::SetMeta(meta) => meta_within_dates(meta),
            Self::SetRules(rules) => usable(rules),
            Self::DeleteSession(_)
            | Self::AddNote { .. }
            | Self::RemoveNote { .. }
            | Self::RecordMerge { .. }
            | Self::Resolve(_) => Ok(()),
        }
    }
}

/// The plan's start and injury date within [`DATES`](super::DATES).
pub(super) fn meta_within_dates(meta: &PlanMeta) -> Result<(), CommandError> {
    within_dates(std::iter::once(meta.start).chain(meta.injury_date))
}

/// Settings the rules can work with (see [`RuleSettings::problem`]).
pub(super) fn usable(rules: &RuleSettings) -> Result<(), CommandError> {
    rules.problem().map_or(Ok(()), |(_, message)| Err(CommandError::Setting(message)))
}

fn applied_note(on: NoteOn) -> Applied {
    match on {
        NoteOn::Session(id) => Applied::Session(id),
        NoteOn::Day(_) => Applied::Plan,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::plan::{Distance, Run, SessionKind, Units};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    /// A fixed time for notes, so tests never read the clock.
    fn noon() -> chrono::DateTime<chrono::Utc> {
        day(1).and_hms_opt(12, 0, 0).unwrap().and_utc()
    }

    fn run(id: u32, d: u32, miles: f64) -> Session {
        let kind = SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() });
        Session::planned(SessionId(id), day(d), kind)
    }

    impl Session {
        fn moved(self, date: NaiveDate) -> Self {
            Self { date, ..self }
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
        assert_eq!(
            plan.sessions_on(day(9)).iter().map(|s| Applied::Session(s.id)).collect::<Vec<_>>(),
            [copied]
        );

        plan.apply(Command::DeleteSession(SessionId(1))).unwrap();
        assert_eq!(
            plan.apply(Command::DeleteSession(SessionId(1))),
            Err(CommandError::NoSuchSession(SessionId(1)))
        );
        assert_eq!(plan.sessions().len(), 2);
    }

    #[test]
    fn dates_beyond_the_plan_years_and_unusable_settings_are_refused() {
        let mut plan = Plan::new(day(1));
        plan.apply(Command::AddSession(run(1, 2, 2.0))).unwrap();
        let before = plan.clone();
        let far = NaiveDate::from_ymd_opt(2200, 1, 1).unwrap();
        let early = NaiveDate::from_ymd_opt(1899, 12, 31).unwrap();
        let id = SessionId(1);
        let refused = [
            (Command::MoveSession { id, to: far }, far),
            (Command::CopySession { id, to: NaiveDate::MAX }, NaiveDate::MAX),
            (Command::AddSession(Session { id: SessionId(2), ..run(2, 3, 1.0) }.moved(early)), early),
            (Command::EditSession(run(1, 2, 3.0).moved(far)), far),
            (Command::AddNote { on: NoteOn::Day(far), note: Note::new("Coach", "Far off", noon()) }, far),
            (Command::SetMeta(PlanMeta { start: early, ..plan.meta.clone() }), early),
            (Command::SetMeta(PlanMeta { injury_date: Some(far), ..plan.meta.clone() }), far),
        ];
        for (command, date) in refused {
            assert_eq!(plan.apply(command.clone()), Err(CommandError::OutOfRange(date)), "{command:?}");
            assert_eq!(plan, before, "{command:?} changed the plan");
        }
        assert_eq!(
            CommandError::OutOfRange(far).to_string(),
            "2200-01-01 is outside the years a plan can cover (1900 to 2199)"
        );
        let last = NaiveDate::from_ymd_opt(2199, 12, 31).unwrap();
        plan.apply(Command::MoveSession { id, to: last }).unwrap();
        assert_eq!(plan.last_date(), last, "the last day a plan can cover is open");

        let rules = RuleSettings { ramp_window_weeks: u32::MAX, ..RuleSettings::default() };
        let Err(CommandError::Setting(message)) = plan.apply(Command::SetRules(rules.clone())) else {
            panic!("a ramp window of four billion weeks was accepted");
        };
        assert!(message.contains("ramp_window_weeks"), "{message}");
        assert_eq!(plan.rules, RuleSettings::default());

        let meta = PlanMeta { start: day(1), ..PlanMeta::default() };
        let parts = |rules: RuleSettings, sessions| Plan::try_from((meta.clone(), rules, sessions));
        assert_eq!(
            parts(RuleSettings::default(), vec![run(1, 2, 1.0).moved(far)]),
            Err(CommandError::OutOfRange(far))
        );
        assert!(matches!(parts(rules, vec![]), Err(CommandError::Setting(_))));
        assert_eq!(
            parts(RuleSettings::default(), vec![run(1, 2, 1.0), run(1, 3, 1.0)]),
            Err(CommandError::DuplicateId(id))
        );
    }

    #[test]
    fn switching_units_converts_distances_and_caps() {
        let mut plan = Plan::new(day(1));
        plan.rules.weekly_cap = Distance::new(10.0);
        let mut logged = run(1, 2, 5.0);
        logged.actual = Some(crate::plan::Actual { distance: Distance::new(4.0), minutes: None });
        plan.apply(Command::AddSession(logged)).unwrap();
        let meta = crate::plan::PlanMeta { units: Units::Km, ..plan.meta.clone() };
        plan.apply(Command::SetMeta(meta)).unwrap();
        assert_eq!(plan.rules.weekly_cap.map(Distance::get), Some(16.09344));
        assert_eq!(plan.sessions().first().map(|s| s.kind.run_distance(1.0)), Some(8.04672));
        assert_eq!(
            plan.sessions().first().and_then(|s| s.actual?.distance).map(Distance::get),
            Some(6.437376)
        );
    }

    #[test]
    fn notes_join_their_thread_and_leave_it_again() {
        let mut plan = Plan::new(day(1));
        plan.apply(Command::AddSession(run(1, 2, 2.0))).unwrap();
        let note = Note::new("Coach", "Keep it on the track this week.", noon());
        let on_day = NoteOn::Day(day(3));
        plan.apply(Command::AddNote { on: on_day, note: note.clone() }).unwrap();
        plan.apply(Command::AddNote { on: NoteOn::Session(SessionId(1)), note: note.clone() }).unwrap();
        assert_eq!(plan.day_notes(day(3)), std::slice::from_ref(&note));
        assert!(plan.has_notes(day(2)) && plan.has_notes(day(3)) && !plan.has_notes(day(4)));
        assert_eq!(
            plan.apply(Command::AddNote { on: NoteOn::Session(SessionId(9)), note: note.clone() }),
            Err(CommandError::NoSuchSession(SessionId(9)))
        );

        plan.apply(Command::MoveSession { id: SessionId(1), to: day(5) }).unwrap();
        assert!(plan.has_notes(day(5)), "a session's notes move with it");
        let copy = plan.apply(Command::CopySession { id: SessionId(1), to: day(7) }).unwrap();
        assert!(!plan.has_notes(day(7)), "a copy starts its own thread ({copy:?})");

        plan.apply(Command::RemoveNote { on: on_day, note: note.clone() }).unwrap();
        assert_eq!(plan.noted_days().count(), 0, "an emptied day leaves no trace in the file");
        assert_eq!(plan.apply(Command::RemoveNote { on: on_day, note }), Err(CommandError::NoSuchNote));
        assert_eq!(plan.noted_days().count(), 0);
    }
}
