//! The plan model: one athlete's calendar of sessions, its rule settings and notes.
//!
//! Nothing here knows about the UI. The only way to change a [`Plan`] is [`Plan::apply`]
//! with a [`Command`], which keeps the sessions sorted and the ids unique.

mod command;
mod session;
mod settings;
mod units;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub use command::{Applied, Command, CommandError};
pub use session::{
    Activity, Effort, Level, PainLog, Raised, Run, RunWalk, Segment, Session, SessionId, SessionKind, Status,
    Terrain,
};
pub use settings::{RuleOverride, RuleSettings};
pub use units::{Distance, KM_PER_MILE, MAX_AMOUNT, Minutes, Pain, Units, fmt_num, round2};

/// The first day of a calendar week.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum WeekStart {
    /// Weeks run Monday to Sunday.
    #[default]
    Monday,
    /// Weeks run Sunday to Saturday.
    Sunday,
}

impl WeekStart {
    /// The chrono weekday a week starts on.
    pub fn weekday(self) -> Weekday {
        match self {
            Self::Monday => Weekday::Mon,
            Self::Sunday => Weekday::Sun,
        }
    }

    /// The first day of the week containing `date`.
    pub fn week_of(self, date: NaiveDate) -> NaiveDate {
        let back = match self {
            Self::Monday => date.weekday().num_days_from_monday(),
            Self::Sunday => date.weekday().num_days_from_sunday(),
        };
        date.checked_sub_days(Days::new(u64::from(back))).unwrap_or(date)
    }
}

/// Who the plan is for and how it is shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanMeta {
    /// Title shown in the window and on prints.
    pub title: String,
    /// The runner.
    pub athlete: String,
    /// The coach, if any.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub coach: String,
    /// The injury or reason for the comeback, and anything else worth knowing.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// First day of the plan; the alternate-days and walk-break periods count from here.
    pub start: NaiveDate,
    /// Unit of every distance in the file.
    pub units: Units,
    /// First day of the week for weekly totals and rules.
    pub week_start: WeekStart,
}

impl Default for PlanMeta {
    fn default() -> Self {
        Self {
            title: "My comeback".to_owned(),
            athlete: String::new(),
            coach: String::new(),
            notes: String::new(),
            start: NaiveDate::default(),
            units: Units::Miles,
            week_start: WeekStart::Monday,
        }
    }
}

/// One athlete's calendar of sessions plus its rule settings and notes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// File format version; see `docs/plan-format.md`.
    pub version: u32,
    /// Who, when and in which units.
    pub meta: PlanMeta,
    /// Thresholds for the validator.
    #[serde(default)]
    pub rules: RuleSettings,
    /// Sessions, sorted by date then id.
    #[serde(default)]
    sessions: Vec<Session>,
}

impl Plan {
    /// An empty plan starting on `start`.
    pub fn new(start: NaiveDate) -> Self {
        Self {
            version: crate::file::CURRENT_VERSION,
            meta: PlanMeta { start, ..PlanMeta::default() },
            rules: RuleSettings::default(),
            sessions: Vec::new(),
        }
    }

    /// Sessions sorted by date, then id.
    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    /// The session with `id`.
    pub fn session(&self, id: SessionId) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// Sessions on `date`, in id order.
    pub fn sessions_on(&self, date: NaiveDate) -> &[Session] {
        let from = self.sessions.partition_point(|s| s.date < date);
        let to = self.sessions.partition_point(|s| s.date <= date);
        self.sessions.get(from..to).unwrap_or_default()
    }

    /// An id no session in the plan has.
    pub fn fresh_id(&self) -> SessionId {
        SessionId(self.sessions.iter().map(|s| s.id.0).max().map_or(1, |m| m.saturating_add(1)))
    }

    /// The last day with a session, or the start date for an empty plan.
    pub fn last_date(&self) -> NaiveDate {
        self.sessions.last().map_or(self.meta.start, |s| s.date.max(self.meta.start))
    }

    /// Sorts sessions and checks ids are unique; used after loading and by tests.
    pub(crate) fn normalize(&mut self) -> Result<(), SessionId> {
        self.sessions.sort_by_key(|s| (s.date, s.id));
        let mut ids: Vec<SessionId> = self.sessions.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        match ids.windows(2).find(|w| w.first() == w.get(1)) {
            Some(w) => Err(w.first().copied().unwrap_or(SessionId(0))),
            None => Ok(()),
        }
    }

    fn insert_sorted(&mut self, session: Session) {
        let at = self.sessions.partition_point(|s| (s.date, s.id) < (session.date, session.id));
        self.sessions.insert(at, session);
    }

    fn remove(&mut self, id: SessionId) -> Option<Session> {
        let at = self.sessions.iter().position(|s| s.id == id)?;
        Some(self.sessions.remove(at))
    }
}

/// Builds a plan from parts, keeping the model's invariants (tests, generators, importers).
impl TryFrom<(PlanMeta, RuleSettings, Vec<Session>)> for Plan {
    type Error = SessionId;

    fn try_from((meta, rules, sessions): (PlanMeta, RuleSettings, Vec<Session>)) -> Result<Self, SessionId> {
        let mut plan = Self { version: crate::file::CURRENT_VERSION, meta, rules, sessions };
        plan.normalize()?;
        Ok(plan)
    }
}
