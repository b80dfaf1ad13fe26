//! The plan model: one athlete's calendar of sessions, its rule settings and notes.
//!
//! Nothing here knows about the UI. The only way to change a [`Plan`] is [`Plan::apply`]
//! with a [`Command`], which keeps the sessions sorted and the ids unique.

mod command;
mod conflict;
mod effort;
mod id;
mod kind;
mod lens;
mod level;
mod note;
mod readiness;
mod revision;
mod rule;
mod session;
mod settings;
mod shift;
mod stop_sign;
mod units;
mod untrusted;

use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hasher};

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub use command::{Applied, Command, CommandError, NoteOn};
pub use conflict::{Conflict, Conflicted, SessionField, Side, UnknownField, Version};
pub use effort::{Effort, Terrain};
pub use id::PlanId;
pub use kind::{Activity, Run, RunWalk, Segment, SessionKind};
pub use lens::Lens;
pub use level::{Level, Raised};
pub use note::Note;
pub use readiness::{Birth, Check, Comeback, Measure, Source, Test};
pub use revision::Revision;
pub use rule::{RuleId, Severity};
pub use session::{Actual, PainLog, RecordedId, Session, SessionId, Status};
pub use settings::{RuleOverride, RuleSettings};
pub use stop_sign::{StopSign, StopSigns};
pub use units::{
    DATES, Distance, KM_PER_MILE, MAX_AMOUNT, Minutes, Pain, Units, fmt_num, round2, within_dates,
};
pub use untrusted::strip_controls;

/// The plan format this build writes. See `docs/plan-format.md`.
///
/// Version 2 added note threads, logged actuals and the injury, goal and contact details.
/// Version 3 added the recorded activity a session was logged from (`recorded`), so that
/// importing a watch's file again changes nothing. Version 4 added the plan's identity (`id`),
/// which calendar UIDs are made from; an older file gets a stable id from who it is for and its
/// start ([`PlanId::of_old_plan`]) until it is saved. Version 5 added the revision and its parents
/// (`revision`, `parents`), which a merge finds the common version of two copies by, and the
/// conflicts a merge left to resolve (`conflicts`). Version 6 added the sessions deleted from
/// the plan (`removed`), which a calendar export publishes as cancelled so that a calendar that
/// imported them drops them. Version 7 added what the comeback is from (`comeback`), the
/// checks before the first run (`checks`) and the stop signs a session's log records
/// (`stop_signs`); a version 6 file whose `injury` speaks of a birth is read as after a birth
/// ([`PlanMeta::comeback`]). Every older file is a valid file of the
/// next version, so loading one needs no rewriting; it is saved as the current version. Each
/// bump is what makes an older Comeback refuse a newer file as "made by a newer Comeback"
/// instead of as an unknown field.
///
/// It lives with the model because every new [`Plan`] carries it; `file` reads it from here.
pub const FORMAT_VERSION: u32 = 7;

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
    /// The runner's name, shown in the header of prints and in a coach's folder.
    pub athlete: String,
    /// The coach, if any.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub coach: String,
    /// How to reach the athlete (e-mail, phone).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// The injury or reason for the comeback: "Left hamstring strain, grade 2", "Postpartum".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub injury: String,
    /// When the injury happened (or the baby was born).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "units::sane_date_opt")]
    pub injury_date: Option<NaiveDate>,
    /// What the comeback is from; read through [`PlanMeta::comeback`], which also understands
    /// files written before it was a field. Absent in files before version 7.
    #[serde(rename = "comeback", skip_serializing_if = "Option::is_none")]
    pub comeback_kind: Option<Comeback>,
    /// The checks before the first run, passed or open. Absent in files before version 7.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// What the comeback is for: "Easy 5 km by March".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// Anything else worth knowing about the plan.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// First day of the plan; the alternate-days and walk-break periods count from here.
    #[serde(deserialize_with = "units::sane_date")]
    pub start: NaiveDate,
    /// Unit of every distance in the file.
    pub units: Units,
    /// First day of the week for weekly totals and rules.
    pub week_start: WeekStart,
}

impl PlanMeta {
    /// What the comeback is from: the field, or for a plan written before it existed, after a
    /// birth when the injury says so ("Postpartum"), otherwise not said.
    pub fn comeback(&self) -> Option<Comeback> {
        self.comeback_kind.or_else(|| Comeback::from_injury_text(&self.injury))
    }

    /// The checks before the first run not yet passed on `day`.
    pub fn open_checks(&self, day: NaiveDate) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(move |c| !c.passed_by(day))
    }
}

impl Default for PlanMeta {
    fn default() -> Self {
        Self {
            title: crate::t!("plan-default-title"),
            athlete: String::new(),
            coach: String::new(),
            contact: String::new(),
            injury: String::new(),
            injury_date: None,
            comeback_kind: None,
            checks: Vec::new(),
            goal: String::new(),
            notes: String::new(),
            start: NaiveDate::default(),
            units: Units::Miles,
            week_start: WeekStart::Monday,
        }
    }
}

/// One athlete's calendar of sessions plus its rule settings and notes.
///
/// Two plans are equal when what they hold is: `revision` and `parents` say which saved
/// version a plan came from, not what it is, so a plan saved and loaded again equals itself.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// File format version; see `docs/plan-format.md`.
    pub version: u32,
    /// Which plan this is; see [`PlanId`]. Absent in files before version 4.
    #[serde(default, skip_serializing_if = "PlanId::is_unset")]
    pub id: PlanId,
    /// The revision of this content, as last saved or loaded; `None` for a plan never saved
    /// (see `file::stamped`). Absent in files before version 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
    /// The revisions this one was made from: one, or two after a merge.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<Revision>,
    /// Who, when and in which units.
    pub meta: PlanMeta,
    /// Thresholds for the validator.
    #[serde(default)]
    pub rules: RuleSettings,
    /// Sessions, sorted by date then id.
    #[serde(default)]
    sessions: Vec<Session>,
    /// Remarks about whole days, oldest first; days without notes are absent.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    day_notes: BTreeMap<NaiveDate, Vec<Note>>,
    /// What a merge left for people to decide (see `merge`); the plan keeps the common
    /// version's value of each until it is resolved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Sessions deleted from the plan, by id, with the day they were on: a calendar that
    /// imported them is told they are cancelled. Absent in files before version 6.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    removed: Vec<Removed>,
}

/// A session deleted from the plan, as a calendar may still hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Removed {
    /// The session's id, which its calendar event's UID is made from.
    pub id: SessionId,
    /// The day it was on when it was deleted.
    pub date: NaiveDate,
}

/// The deleted sessions are what calendars were told, not what the plan is, so two plans
/// holding the same are equal whatever each deleted on the way.
impl PartialEq for Plan {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
            && self.id == other.id
            && self.meta == other.meta
            && self.rules == other.rules
            && self.sessions == other.sessions
            && self.day_notes == other.day_notes
            && self.conflicts == other.conflicts
    }
}

impl Plan {
    /// An empty plan starting on `start`, with no id yet: the shell that makes a plan for a
    /// user gives it one ([`PlanId::random`]).
    pub fn new(start: NaiveDate) -> Self {
        Self {
            version: FORMAT_VERSION,
            id: PlanId::default(),
            revision: None,
            parents: Vec::new(),
            meta: PlanMeta { start, ..PlanMeta::default() },
            rules: RuleSettings::default(),
            sessions: Vec::new(),
            day_notes: BTreeMap::new(),
            conflicts: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// The sessions deleted from the plan that calendars may still hold, by id.
    pub fn removed(&self) -> &[Removed] {
        &self.removed
    }

    /// Records the sessions deleted since `before` (deleted there or earlier, and not back),
    /// for a plan made otherwise than by its commands: a merge, a plan taken whole from
    /// another copy.
    pub fn remember_removed(&mut self, before: &[&Self]) {
        let gone = before.iter().flat_map(|plan| {
            plan.removed
                .iter()
                .copied()
                .chain(plan.sessions.iter().map(|s| Removed { id: s.id, date: s.date }))
        });
        for removed in gone.collect::<Vec<_>>() {
            self.note_removed(removed);
        }
    }

    /// Records `removed` unless the plan holds a session of its id (it came back) or knows it
    /// already.
    fn note_removed(&mut self, removed: Removed) {
        if self.session(removed.id).is_some() {
            return;
        }
        if let Err(at) = self.removed.binary_search_by_key(&removed.id, |r| r.id) {
            self.removed.insert(at, removed);
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

    /// The notes about `date` itself (not its sessions), oldest first.
    pub fn day_notes(&self, date: NaiveDate) -> &[Note] {
        self.day_notes.get(&date).map_or(&[], Vec::as_slice)
    }

    /// Every day with notes about it, in date order.
    pub fn noted_days(&self) -> impl Iterator<Item = (NaiveDate, &[Note])> {
        self.day_notes.iter().map(|(d, n)| (*d, n.as_slice()))
    }

    /// Whether `date` has notes, on the day or on one of its sessions.
    pub fn has_notes(&self, date: NaiveDate) -> bool {
        !self.day_notes(date).is_empty() || self.sessions_on(date).iter().any(|s| !s.notes.is_empty())
    }

    /// An id no session in the plan has; see [`Plan::fresh_ids`].
    pub fn fresh_id(&self) -> SessionId {
        self.fresh_ids(1).into_iter().next().unwrap_or(SessionId(1))
    }

    /// `n` different ids no session in the plan has.
    ///
    /// Random rather than the next number: a runner and a coach adding sessions to their own
    /// copies of a plan must not both pick the same id, or comparing the copies would take two
    /// new sessions for one edited session.
    pub fn fresh_ids(&self, n: usize) -> Vec<SessionId> {
        let random = std::collections::hash_map::RandomState::new();
        let mut ids = Vec::with_capacity(n);
        let mut counter = 0_u64;
        while ids.len() < n {
            let mut hasher = random.build_hasher();
            hasher.write_u64(counter);
            counter = counter.wrapping_add(1);
            let [a, b, c, d, ..] = hasher.finish().to_le_bytes();
            // Ids below a million are left to hand-written and imported files.
            let id = SessionId(u32::from_le_bytes([a, b, c, d]).max(1_000_000));
            // Nor one deleted: a calendar holds it as cancelled, under the same UID.
            let deleted = self.removed.binary_search_by_key(&id, |r| r.id).is_ok();
            if id.0 != u32::MAX && self.session(id).is_none() && !deleted && !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The last day with a session, or the start date for an empty plan.
    pub fn last_date(&self) -> NaiveDate {
        self.sessions.last().map_or(self.meta.start, |s| s.date.max(self.meta.start))
    }

    /// Passes every piece of free text (details, descriptions, notes and their authors)
    /// through `f`, for printing with a font that lacks some characters.
    pub fn map_text(&mut self, f: impl Fn(&str) -> String) {
        self.each_text(|text, _| *text = f(text));
    }

    /// Takes control characters out of every piece of free text (see [`strip_controls`]):
    /// notes and descriptions keep their lines and tabs, names and titles keep neither.
    /// Returns how many characters went.
    pub fn strip_controls(&mut self) -> usize {
        let mut removed = 0;
        self.each_text(|text, multiline| {
            let (kept, gone) = strip_controls(text, multiline);
            if gone > 0 {
                *text = kept;
                removed += gone;
            }
        });
        removed
    }

    /// Calls `f` on every piece of free text, saying whether it may hold several lines.
    fn each_text(&mut self, mut f: impl FnMut(&mut String, bool)) {
        let meta = &mut self.meta;
        for text in [&mut meta.title, &mut meta.athlete, &mut meta.coach, &mut meta.contact, &mut meta.injury]
        {
            f(text, false);
        }
        f(&mut meta.goal, true);
        f(&mut meta.notes, true);
        for session in &mut self.sessions {
            f(&mut session.note, true);
        }
        let notes = self
            .sessions
            .iter_mut()
            .flat_map(|s| s.notes.iter_mut())
            .chain(self.day_notes.values_mut().flatten());
        for note in notes {
            f(&mut note.author, false);
            f(&mut note.text, true);
        }
        for conflict in &mut self.conflicts {
            for text in [&mut conflict.what, &mut conflict.ours.words, &mut conflict.theirs.words] {
                f(text, true);
            }
        }
    }

    /// Sorts sessions and checks ids are unique; used after loading and by tests.
    pub(crate) fn normalize(&mut self) -> Result<(), SessionId> {
        self.sessions.sort_by_key(|s| (s.date, s.id));
        self.day_notes.retain(|_, notes| !notes.is_empty());
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

/// Builds a plan from parts, keeping the model's invariants (tests, generators, importers):
/// unique ids, dates within [`DATES`], settings the rules can work with.
impl TryFrom<(PlanMeta, RuleSettings, Vec<Session>)> for Plan {
    type Error = CommandError;

    fn try_from(
        (meta, rules, sessions): (PlanMeta, RuleSettings, Vec<Session>),
    ) -> Result<Self, CommandError> {
        command::meta_within_dates(&meta)?;
        within_dates(sessions.iter().map(|s| s.date))?;
        command::usable(&rules)?;
        let mut plan = Self {
            version: FORMAT_VERSION,
            id: PlanId::default(),
            revision: None,
            parents: Vec::new(),
            meta,
            rules,
            sessions,
            day_notes: BTreeMap::new(),
            conflicts: Vec::new(),
            removed: Vec::new(),
        };
        plan.normalize().map_err(CommandError::DuplicateId)?;
        Ok(plan)
    }
}
