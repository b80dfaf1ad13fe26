//! Recorded activities paired with the plan's sessions, as a preview that changes nothing
//! until its commands are applied.
//!
//! For each activity, in the order they started: a session already holding it (nothing to do);
//! else a planned session of a matching kind on its day, the closest in distance or time among
//! several; else one on the day before or after whose own day had no such activity (the
//! session moves to the day it was done); else a new done session. Matching a session marks it
//! done and logs the activity's distance and minutes in the plan's units, keeping what was
//! planned, with the activity's identity so a second import finds it.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveDateTime, Offset, Utc};
use thiserror::Error;

use super::{Activity, Sport, becomes, matches};
use crate::plan::{
    Actual, Command, DATES, Distance, KM_PER_MILE, Minutes, Plan, Segment, Session, SessionId, SessionKind,
    Status, Units, round2,
};

/// A time zone, as the offset from UTC at each instant.
#[derive(Clone, Copy, Debug)]
pub enum Zone {
    /// The same offset all year.
    Fixed(FixedOffset),
    /// The caller's rules, summer time included: an activity done in July counts its day at
    /// July's offset even when it is imported in December.
    Rules(fn(DateTime<Utc>) -> FixedOffset),
}

impl Zone {
    /// The offset in force at `utc`.
    pub fn offset_at(self, utc: DateTime<Utc>) -> FixedOffset {
        match self {
            Self::Fixed(offset) => offset,
            Self::Rules(rules) => rules(utc),
        }
    }

    /// `utc` on this zone's clock.
    pub fn local(self, utc: DateTime<Utc>) -> NaiveDateTime {
        utc.with_timezone(&self.offset_at(utc)).naive_local()
    }
}

/// How to match.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The time zone whose date an activity counts on when its file gives no local time (GPX,
    /// TCX, some FIT files): the command line and the app pass the machine's, tests UTC.
    pub zone: Zone,
    /// Whether a session already logged by hand (done or skipped, with no recorded activity)
    /// may take an activity's numbers. Off, such a session is left as it is.
    pub relog: bool,
}

impl Default for Options {
    /// Dates in UTC; sessions already logged are left as they are.
    fn default() -> Self {
        Self { zone: Zone::Fixed(Utc.fix()), relog: false }
    }
}

/// What a line does to the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// Logs this session: done, with the activity's numbers and identity.
    Session {
        /// The session.
        id: SessionId,
        /// The day it was planned for, when that was the day before or after: it moves to the
        /// day the activity was done.
        moved_from: Option<NaiveDate>,
    },
    /// A new done session of this kind (holding the activity's numbers) on the activity's day.
    New(SessionKind),
    /// The session already holds this activity: nothing changes.
    Already(SessionId),
    /// The same activity came earlier in this import (a file given twice, or with its `.gz`).
    Repeated,
    /// The activity's day is outside the years a plan can cover.
    OutOfRange,
}

/// One activity and what it does to the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The activity as read.
    pub activity: Activity,
    /// When it started, on the clock its day is counted by.
    pub local_start: NaiveDateTime,
    /// What it does.
    pub target: Target,
    /// Whether it is applied; a caller unticks lines with [`Preview::set_included`].
    pub included: bool,
    /// What it logs, in the plan's units (distance and minutes rounded to 0.01).
    pub actual: Actual,
}

impl Line {
    /// The day the activity counts on.
    pub fn date(&self) -> NaiveDate {
        self.local_start.date()
    }

    /// Whether applying the preview changes the plan through this line.
    pub fn changes(&self) -> bool {
        self.included && matches!(self.target, Target::Session { .. } | Target::New(_))
    }

    /// The line as people read it, for the command line and the app's preview:
    /// "run Wed 6 Feb 2013 12:11, 4.84 km in 43.75 min → Run 5 km (#3): done".
    pub fn describe(&self, plan: &Plan) -> String {
        let units = plan.meta.units;
        let mut did = vec![format!(
            "{} {}",
            self.activity.sport.label(),
            self.local_start.format("%a %-d %b %Y %H:%M")
        )];
        did.extend(self.actual.distance.map(|d| format!("{d} {}", units.abbrev())));
        did.extend(self.actual.minutes.map(|m| format!("{m} min")));
        let what = match &self.target {
            Target::Session { id, moved_from } => {
                let name = plan
                    .session(*id)
                    .map_or_else(|| id.to_string(), |s| format!("{} ({id})", s.kind.describe(units)));
                match moved_from {
                    Some(from) => format!("{name}: done, moved from {}", from.format("%a %-d %b")),
                    None => format!("{name}: done"),
                }
            }
            Target::New(kind) => format!("new {}: done", kind.name()),
            Target::Already(id) => {
                let name =
                    plan.session(*id).map_or_else(|| id.to_string(), |s| format!("{} ({id})", s.kind.name()));
                format!("already logged in {name}; nothing changes")
            }
            Target::Repeated => "the same activity as an earlier file; skipped".to_owned(),
            Target::OutOfRange => {
                "its day is outside the years a plan can cover (1900 to 2199); skipped".to_owned()
            }
        };
        let unticked = if self.included || !matches!(self.target, Target::Session { .. } | Target::New(_)) {
            ""
        } else {
            " (unticked)"
        };
        let mut line = format!("{} → {what}{unticked}", did.join(", "));
        for remark in &self.activity.remarks {
            line.push_str(&format!("; {remark}"));
        }
        line
    }
}

/// Why a line cannot be pointed at a session.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RetargetError {
    /// There is no such line.
    #[error("there is no line {0}")]
    NoSuchLine(usize),
    /// The line changes nothing (already imported, repeated, out of range).
    #[error("this activity cannot be logged: it is already in the plan, repeated or out of range")]
    Fixed,
    /// The session is not in the plan.
    #[error("session {0} is not in the plan")]
    NoSuchSession(SessionId),
    /// The session is of a kind the activity cannot have carried out.
    #[error("a {sport} cannot be logged as a {kind}")]
    Kind {
        /// The activity's sport.
        sport: &'static str,
        /// The session's kind.
        kind: String,
    },
    /// The session holds another recorded activity.
    #[error("session {0} already holds another recorded activity")]
    Recorded(SessionId),
    /// Another line of the preview logs that session.
    #[error("another activity in this import is logged in session {0}; point that one elsewhere first")]
    Taken(SessionId),
}

/// Activities paired with sessions; nothing changes until [`Preview::commands`] are applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    lines: Vec<Line>,
}

impl Preview {
    /// Every line, activities in the order they started.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Ticks or unticks line `index`; `false` when there is no such line, or when ticking it
    /// would log a session another ticked line logs (point one of them elsewhere first).
    pub fn set_included(&mut self, index: usize, included: bool) -> bool {
        if included
            && let Some(Target::Session { id, .. }) = self.lines.get(index).map(|l| &l.target)
            && self.logged_by_another(index, *id)
        {
            return false;
        }
        self.lines.get_mut(index).map(|line| line.included = included).is_some()
    }

    /// Whether a ticked line other than `index` logs session `id`.
    fn logged_by_another(&self, index: usize, id: SessionId) -> bool {
        self.lines.iter().enumerate().any(|(i, l)| {
            i != index && l.included && matches!(l.target, Target::Session { id: other, .. } if other == id)
        })
    }

    /// Points line `index` at session `to`, or at a new session when `None`. The session must
    /// be of a kind the activity matches, hold no other recorded activity and not be logged by
    /// another ticked line; a session already logged by hand is allowed, since it was chosen.
    pub fn retarget(
        &mut self,
        plan: &Plan,
        index: usize,
        to: Option<SessionId>,
    ) -> Result<(), RetargetError> {
        let line = self.lines.get(index).ok_or(RetargetError::NoSuchLine(index))?;
        if !matches!(line.target, Target::Session { .. } | Target::New(_)) {
            return Err(RetargetError::Fixed);
        }
        let target = match to {
            None => Target::New(becomes(line.activity.sport, line.actual.distance, line.actual.minutes)),
            Some(id) => {
                let session = plan.session(id).ok_or(RetargetError::NoSuchSession(id))?;
                if !matches(line.activity.sport, &session.kind) {
                    return Err(RetargetError::Kind {
                        sport: line.activity.sport.label(),
                        kind: session.kind.name(),
                    });
                }
                if session.recorded.is_some() {
                    return Err(RetargetError::Recorded(id));
                }
                if self.logged_by_another(index, id) {
                    return Err(RetargetError::Taken(id));
                }
                Target::Session { id, moved_from: (session.date != line.date()).then_some(session.date) }
            }
        };
        if let Some(line) = self.lines.get_mut(index) {
            line.target = target;
        }
        Ok(())
    }

    /// The commands that apply every ticked line as one step: an edit per logged session (its
    /// day, status, actual and recorded activity), an addition per new session.
    pub fn commands(&self, plan: &Plan) -> Vec<Command> {
        let new = self.lines.iter().filter(|l| l.changes() && matches!(l.target, Target::New(_))).count();
        let mut ids = plan.fresh_ids(new).into_iter();
        let mut commands = Vec::new();
        for line in self.lines.iter().filter(|l| l.changes()) {
            let logged = |session: Session| Session {
                date: line.date(),
                status: Status::Done,
                actual: Some(line.actual),
                recorded: Some(line.activity.id()),
                ..session
            };
            match &line.target {
                Target::Session { id, .. } => {
                    if let Some(session) = plan.session(*id) {
                        commands.push(Command::EditSession(logged(session.clone())));
                    }
                }
                Target::New(kind) => {
                    if let Some(id) = ids.next() {
                        commands.push(Command::AddSession(logged(Session::planned(id, line.date(), *kind))));
                    }
                }
                Target::Already(_) | Target::Repeated | Target::OutOfRange => {}
            }
        }
        commands
    }
}

impl Preview {
    /// Points each line that would change the plan, and is not already on `day`, at the first
    /// free planned session of a matching kind on `day` that [`Preview::retarget`] accepts: the
    /// files were dropped on that day, so its sessions are the ones they log.
    pub fn prefer_day(&mut self, plan: &Plan, day: NaiveDate) {
        let free: Vec<&Session> = plan
            .sessions_on(day)
            .iter()
            .filter(|s| s.status == Status::Planned && s.recorded.is_none())
            .collect();
        for index in 0..self.lines.len() {
            let Some(line) = self.lines.get(index) else { continue };
            let on_day = matches!(line.target, Target::Session { id, .. }
                if plan.session(id).is_some_and(|s| s.date == day));
            if on_day || !line.changes() {
                continue;
            }
            let sport = line.activity.sport;
            // The first one accepted: a session another line takes is refused.
            for session in free.iter().filter(|s| matches(sport, &s.kind)) {
                if self.retarget(plan, index, Some(session.id)).is_ok() {
                    break;
                }
            }
        }
    }
}

/// Pairs `activities` with the sessions of `plan`; see the module's documentation for how.
pub fn preview(plan: &Plan, mut activities: Vec<Activity>, options: &Options) -> Preview {
    activities.sort_by_key(|a| a.start);
    let units = plan.meta.units;
    let mut lines: Vec<Line> = Vec::with_capacity(activities.len());
    for activity in activities {
        let local_start = activity.local_start.unwrap_or_else(|| options.zone.local(activity.start));
        let id = activity.id();
        let fixed = if let Some(s) = plan.sessions().iter().find(|s| s.recorded.as_ref() == Some(&id)) {
            Some(Target::Already(s.id))
        } else if lines.iter().any(|l| l.activity.id() == id) {
            Some(Target::Repeated)
        } else if !DATES.contains(&local_start.date()) {
            Some(Target::OutOfRange)
        } else {
            None
        };
        let actual = actual(&activity, units);
        let included = fixed.is_none();
        // Open lines start as new sessions; the passes below look for a session to log instead.
        let target =
            fixed.unwrap_or_else(|| Target::New(becomes(activity.sport, actual.distance, actual.minutes)));
        lines.push(Line { activity, local_start, target, included, actual });
    }
    let open: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.included).map(|(i, _)| i).collect();
    let mut claimed: Vec<SessionId> = Vec::new();
    // First every activity on its own day, so that one done a day early does not take the
    // session planned for the day another activity was done on.
    for &i in &open {
        let Some(line) = lines.get(i) else { continue };
        if let Some(id) = closest(plan, line, [line.date()], &claimed, options, |_| true) {
            claimed.push(id);
            if let Some(line) = lines.get_mut(i) {
                line.target = Target::Session { id, moved_from: None };
            }
        }
    }
    for &i in &open {
        let Some(line) = lines.get(i) else { continue };
        if !matches!(line.target, Target::New(_)) {
            continue;
        }
        let date = line.date();
        let days = [date.checked_sub_days(Days::new(1)), date.checked_add_days(Days::new(1))];
        let found = closest(plan, line, days.into_iter().flatten(), &claimed, options, |session| {
            !done_on_its_day(plan, &lines, session)
        });
        if let Some(id) = found {
            claimed.push(id);
            let moved_from = plan.session(id).map(|s| s.date);
            if let Some(line) = lines.get_mut(i) {
                line.target = Target::Session { id, moved_from };
            }
        }
    }
    Preview { lines }
}

/// Whether an activity of a kind `session` matches was done on the session's own day (in this
/// import, or logged from an earlier one): then the session was done or replaced that day and
/// no activity on the day before or after is taken for it.
fn done_on_its_day(plan: &Plan, lines: &[Line], session: &Session) -> bool {
    let imported = lines.iter().any(|l| l.date() == session.date && matches(l.activity.sport, &session.kind));
    let logged = plan.sessions_on(session.date).iter().any(|other| {
        other
            .recorded
            .as_ref()
            .and_then(|r| Sport::from_name(r.sport()))
            .is_some_and(|sport| matches(sport, &session.kind))
    });
    imported || logged
}

/// The session on one of `days` that `line` best matches: of a matching kind, neither claimed
/// by another line nor holding a recorded activity, planned (or logged by hand, when
/// [`Options::relog`] allows), accepted by `also`, and closest in distance, else in time; the
/// first in plan order among equals.
fn closest(
    plan: &Plan,
    line: &Line,
    days: impl IntoIterator<Item = NaiveDate>,
    claimed: &[SessionId],
    options: &Options,
    also: impl Fn(&Session) -> bool,
) -> Option<SessionId> {
    let mut best: Option<(f64, SessionId)> = None;
    for day in days {
        for session in plan.sessions_on(day) {
            let open = session.status == Status::Planned || options.relog;
            if !open
                || session.recorded.is_some()
                || claimed.contains(&session.id)
                || !matches(line.activity.sport, &session.kind)
                || !also(session)
            {
                continue;
            }
            let score = distance_score(line, &session.kind);
            if best.is_none_or(|(b, _)| score < b) {
                best = Some((score, session.id));
            }
        }
    }
    best.map(|(_, id)| id)
}

/// How far what was done is from what was planned, as a share of the plan: by distance where
/// both have one, else by time; sessions planned with neither come last.
fn distance_score(line: &Line, kind: &SessionKind) -> f64 {
    let (distance, minutes) = planned(kind);
    let share = |done: f64, planned: f64| (done - planned).abs() / planned;
    match (line.actual.distance, distance, line.actual.minutes, minutes) {
        (Some(done), Some(planned), ..) if planned > 0.0 => share(done.get(), planned),
        (_, _, Some(done), Some(planned)) if planned > 0.0 => share(done.get(), planned),
        _ => f64::MAX,
    }
}

/// The whole distance and time a session plans, where it says: a run/walk's repeats of run and
/// walk together, as a watch measures them.
fn planned(kind: &SessionKind) -> (Option<f64>, Option<f64>) {
    let get = |d: Option<Distance>, m: Option<Minutes>| (d.map(Distance::get), m.map(Minutes::get));
    match *kind {
        SessionKind::Run(run) => get(run.distance, run.minutes),
        SessionKind::RunWalk(rw) => {
            let repeats = f64::from(rw.repeats);
            match (rw.run, rw.walk) {
                (Segment::Distance(r), Segment::Distance(w)) => (Some((r.get() + w.get()) * repeats), None),
                (Segment::Minutes(r), Segment::Minutes(w)) => (None, Some((r.get() + w.get()) * repeats)),
                _ => (None, None),
            }
        }
        SessionKind::Walk { distance, minutes } | SessionKind::Cross { distance, minutes, .. } => {
            get(distance, minutes)
        }
        SessionKind::Strength { minutes } => (None, minutes.map(Minutes::get)),
        SessionKind::Rest => (None, None),
    }
}

/// What an activity logs, in `units`, rounded to 0.01 as plans hold amounts.
fn actual(activity: &Activity, units: Units) -> Actual {
    let per_unit = match units {
        Units::Km => 1000.0,
        Units::Miles => KM_PER_MILE * 1000.0,
    };
    Actual {
        distance: activity.distance_m.and_then(|m| Distance::new(round2(m / per_unit))),
        minutes: Minutes::new(round2(activity.minutes())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    /// London in 2026: summer time (+1) from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
    fn london(t: DateTime<Utc>) -> FixedOffset {
        let summer = utc("2026-03-29T01:00:00Z") <= t && t < utc("2026-10-25T01:00:00Z");
        FixedOffset::east_opt(if summer { 3600 } else { 0 }).unwrap()
    }

    #[test]
    fn a_fixed_zone_has_one_offset_all_year() {
        let east = FixedOffset::east_opt(3 * 3600).unwrap();
        for t in ["2026-01-10T23:30:00Z", "2026-07-10T23:30:00Z"] {
            assert_eq!(Zone::Fixed(east).offset_at(utc(t)), east, "{t}");
        }
        assert_eq!(Zone::Fixed(east).local(utc("2026-07-10T23:30:00Z")).to_string(), "2026-07-11 02:30:00");
    }

    /// The offset is the one in force at the instant asked about, to the second of the change.
    #[test]
    fn a_zone_with_rules_has_the_offset_of_the_instant() {
        let zone = Zone::Rules(london);
        for (t, hours, local) in [
            ("2026-03-29T00:59:59Z", 0, "2026-03-29 00:59:59"),
            ("2026-03-29T01:00:00Z", 1, "2026-03-29 02:00:00"),
            ("2026-07-10T23:30:00Z", 1, "2026-07-11 00:30:00"),
            ("2026-10-25T00:59:59Z", 1, "2026-10-25 01:59:59"),
            ("2026-10-25T01:00:00Z", 0, "2026-10-25 01:00:00"),
            ("2026-12-10T23:30:00Z", 0, "2026-12-10 23:30:00"),
        ] {
            assert_eq!(zone.offset_at(utc(t)).local_minus_utc(), hours * 3600, "{t}");
            assert_eq!(zone.local(utc(t)).to_string(), local, "{t}");
        }
    }
}
