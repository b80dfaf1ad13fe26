//! Recorded activities paired with the plan's sessions, as a preview that changes nothing
//! until its commands are applied. Each activity is judged before it touches the plan.
//!
//! First what cannot be logged: an activity already in the plan, repeated in this import, on a
//! day no plan can hold, or too short to be a session ([`kinds::too_short`]). An activity whose
//! file names no sport is read by its pace ([`kinds::by_pace`]). One done outside the plan's
//! weeks is said to be, and left unticked unless [`Options::include_outside`]; it matches
//! nothing. The rest are matched as the best fits of a day, not in start order: every pair of
//! an activity and a session of a matching kind on its own day, a session logged by hand that
//! day first (it is the same outing), then the closest in distance, else in time; then, for
//! activities still unmatched, the sessions of the day before or after whose own day had no
//! such activity (the session moves to the day it was done); else a new done session. A match
//! far from what was planned is still made, and its line says so.
//!
//! Matching a session marks it done and logs what was done in the plan's units, keeping what
//! was planned and the pain already logged, with the activity's identity so a second import
//! finds it. For a run, the distance logged is the running part: the file's, where it tells
//! running from walking, else for a run/walk an estimate from the planned split, said so.
//!
//! The file is long because the matching and its judgements are one concern, each tested here
//! case by case; the judgements' rules (too short, by pace, planned amounts, the split) live in
//! [`kinds`].

use std::ops::RangeInclusive;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveDateTime, Offset, Utc};
use thiserror::Error;

use super::kinds::{self, becomes, matches};
use super::{Activity, Sport};
use crate::plan::{
    Actual, Command, DATES, Distance, KM_PER_MILE, Minutes, Pain, PainLog, Plan, Session, SessionId,
    SessionKind, Status, Units, round2,
};
use crate::{i18n, t};

/// Done over this share of the planned distance (or time), a match is far from the plan.
pub const FAR_OVER: f64 = 1.5;
/// Done under this share of the planned distance (or time), a match is far from the plan.
pub const FAR_UNDER: f64 = 0.5;

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
    /// Whether sessions skipped by hand, and sessions logged by hand on the day before or
    /// after, may take an activity's numbers. A session logged by hand on the activity's own
    /// day always may: it is the same outing.
    pub relog: bool,
    /// Whether activities done outside the plan's weeks are ticked (as new sessions). Off, they
    /// are listed, said to be outside, and not applied unless ticked.
    pub include_outside: bool,
}

impl Default for Options {
    /// Dates in UTC; sessions skipped by hand left as they are; nothing outside the plan.
    fn default() -> Self {
        Self { zone: Zone::Fixed(Utc.fix()), relog: false, include_outside: false }
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
    /// Under a minute, or 100 m outdoors: a watch started by mistake, not a session.
    TooShort,
}

/// Where the distance a line logs comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The whole distance recorded: not a run, or a run the file does not divide.
    Whole,
    /// The running part, as the file recorded it (laps marked run and walk).
    Recorded,
    /// The running part estimated from a run/walk's planned split.
    Estimated,
}

/// Something judged of a line, for the preview to say beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    /// What was judged, in words.
    pub text: String,
    /// Whether it asks for a look before applying (shown in the warning colour), rather than
    /// only explaining.
    pub warning: bool,
}

/// One activity and what it does to the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The activity as read, its sport judged from its pace where the file names none.
    pub activity: Activity,
    /// When it started, on the clock its day is counted by.
    pub local_start: NaiveDateTime,
    /// What it does.
    pub target: Target,
    /// Whether it is applied; a caller unticks lines with [`Preview::set_included`].
    pub included: bool,
    /// What it logs, in the plan's units (distance and minutes rounded to 0.01): for a run,
    /// the running part (see [`Line::part`]).
    pub actual: Actual,
    /// What was recorded in all, walks included, in the plan's units.
    pub recorded: Actual,
    /// Where the distance logged comes from.
    pub part: Part,
    /// Whether its day is outside the plan's weeks.
    pub outside: bool,
}

impl Line {
    /// The day the activity counts on.
    pub fn date(&self) -> NaiveDate {
        self.local_start.date()
    }

    /// Whether applying the preview changes the plan through this line.
    pub fn changes(&self) -> bool {
        self.included && self.open()
    }

    /// Whether the line can log something (ticked or not).
    fn open(&self) -> bool {
        matches!(self.target, Target::Session { .. } | Target::New(_))
    }

    /// The line as people read it, for the command line: [`Line::headline`], then each of its
    /// [`Line::judgements`] after a semicolon.
    pub fn describe(&self, plan: &Plan) -> String {
        let mut line = self.headline(plan);
        for judgement in self.judgements(plan) {
            line.push_str("; ");
            line.push_str(&judgement.text);
        }
        line
    }

    /// The activity and what it does:
    /// "run Wed 6 Feb 2013 12:11, 4.84 km, 43.75 min → Run 5 km (#3): done".
    pub fn headline(&self, plan: &Plan) -> String {
        let units = plan.meta.units;
        let mut did = vec![format!(
            "{} {}",
            self.activity.sport.label(),
            crate::dates::day_year_time(self.local_start)
        )];
        did.extend(self.actual.distance.map(|d| format!("{} {}", i18n::number(d.get()), units.abbrev())));
        did.extend(self.actual.minutes.map(|m| format!("{} min", i18n::number(m.get()))));
        let what = match &self.target {
            Target::Session { id, moved_from } => {
                let Some(session) = plan.session(*id) else { return format!("{} → {id}", did.join(", ")) };
                let name = format!("{} ({id})", session.kind.describe(units));
                // The status the session had before: the line says what logging it does to it.
                let was = match session.status {
                    Status::Planned => "planned",
                    Status::Done => "done",
                    Status::Skipped => "skipped",
                };
                match moved_from {
                    Some(from) => {
                        t!("activity-logged-moved", name = name, was = was, from = crate::dates::day(*from))
                    }
                    None => t!("activity-logged", name = name, was = was),
                }
            }
            Target::New(kind) => t!("activity-new", kind = kind.name()),
            Target::Already(id) => {
                let name =
                    plan.session(*id).map_or_else(|| id.to_string(), |s| format!("{} ({id})", s.kind.name()));
                t!("activity-already", name = name)
            }
            Target::Repeated => t!("activity-repeated"),
            Target::OutOfRange => t!("activity-out-of-range"),
            Target::TooShort => t!("activity-too-short"),
        };
        let unticked = if self.included || !self.open() {
            String::new()
        } else {
            format!(" {}", t!("activity-unticked"))
        };
        format!("{} → {what}{unticked}", did.join(", "))
    }

    /// What was judged of the line: outside the plan, far from what was planned (warnings);
    /// the sport read from the pace, the running part recorded or estimated, and what the
    /// reader had to assume.
    pub fn judgements(&self, plan: &Plan) -> Vec<Judgement> {
        let units = plan.meta.units;
        let mut found = Vec::new();
        let mut say = |text: String, warning: bool| found.push(Judgement { text, warning });
        if self.outside {
            let weeks = plan_weeks(plan);
            say(
                t!(
                    "activity-outside",
                    from = crate::dates::day_year(*weeks.start()),
                    until = crate::dates::day_year(*weeks.end())
                ),
                true,
            );
        }
        if let Some(far) = self.far(plan) {
            say(far, true);
        }
        if !self.activity.sport_named {
            let pace = kinds::speed_kmh(&self.activity)
                .map_or_else(|| t!("activity-no-distance"), |kmh| format!("{} km/h", i18n::number(kmh)));
            say(t!("activity-sport-by-pace", sport = self.activity.sport.label(), pace = pace), false);
        }
        let whole = self
            .recorded
            .distance
            .map(|d| t!("activity-in-all", distance = i18n::number(d.get()), units = units.abbrev()));
        match (self.part, whole) {
            (Part::Recorded, Some(whole)) => {
                say(t!("activity-running-part-recorded", whole = whole), false);
            }
            (Part::Estimated, Some(whole)) => {
                say(t!("activity-running-part-estimated", whole = whole), false);
            }
            _ => {}
        }
        for remark in &self.activity.remarks {
            say(remark.clone(), false);
        }
        found
    }

    /// "far longer than planned: 12.87 km against 1.29 km", when what was recorded is over
    /// [`FAR_OVER`] or under [`FAR_UNDER`] times the session's planned distance (else time).
    pub fn far(&self, plan: &Plan) -> Option<String> {
        let Target::Session { id, .. } = self.target else { return None };
        let session = plan.session(id)?;
        let (distance, minutes) = kinds::planned(&session.kind, plan.rules.easy_pace_min_per_unit);
        let (done, planned, unit) = match (self.recorded.distance, distance, self.recorded.minutes, minutes) {
            (Some(done), Some(planned), ..) if planned > 0.0 => {
                (done.get(), planned, plan.meta.units.abbrev())
            }
            (.., Some(done), Some(planned)) if planned > 0.0 => (done.get(), planned, "min"),
            _ => return None,
        };
        let ratio = done / planned;
        let longer = if ratio > FAR_OVER {
            "yes"
        } else if ratio < FAR_UNDER {
            "no"
        } else {
            return None;
        };
        let (done, planned) = (i18n::number(done), i18n::number(planned));
        Some(t!("activity-far", longer = longer, done = done, planned = planned, unit = unit))
    }

    /// Works out what the line logs for its current target: the running part for a run, the
    /// whole elsewhere; a new session holds what it logs.
    fn settle(&mut self, plan: &Plan) {
        let units = plan.meta.units;
        let kind = match &self.target {
            Target::Session { id, .. } => plan.session(*id).map(|s| s.kind),
            Target::New(_) => Some(becomes(self.activity.sport, None, None)),
            _ => None,
        };
        let (distance, part) = match kind {
            Some(kind) => running_part(&self.activity, self.recorded, &kind, units),
            None => (self.recorded.distance, Part::Whole),
        };
        self.part = part;
        self.actual = Actual { distance, ..self.recorded };
        if let Target::New(_) = self.target {
            self.target =
                Target::New(becomes(self.activity.sport, self.actual.distance, self.actual.minutes));
        }
    }
}

/// The distance a session of `kind` logs of `activity`: for a run or run/walk the running
/// part, where the file says it; for a run/walk otherwise estimated from its planned split.
fn running_part(
    activity: &Activity,
    recorded: Actual,
    kind: &SessionKind,
    units: Units,
) -> (Option<Distance>, Part) {
    if !kind.is_run() {
        return (recorded.distance, Part::Whole);
    }
    if let Some(metres) = activity.running_m {
        return (Distance::new(round2(metres / metres_per_unit(units))), Part::Recorded);
    }
    let SessionKind::RunWalk(rw) = kind else { return (recorded.distance, Part::Whole) };
    let speed = match (recorded.distance, recorded.minutes) {
        (Some(d), Some(m)) if m.get() > 0.0 => Some(d.get() / m.get()),
        _ => None,
    };
    match (recorded.distance, kinds::running_share(rw, speed)) {
        (Some(whole), Some(share)) => (Distance::new(round2(whole.get() * share)), Part::Estimated),
        _ => (recorded.distance, Part::Whole),
    }
}

/// The weeks a plan covers, whole as the calendar shows them: from the week of its start (or
/// of its first session, if earlier) to the end of the week of its last session.
pub fn plan_weeks(plan: &Plan) -> RangeInclusive<NaiveDate> {
    let week_start = plan.meta.week_start;
    let first =
        plan.sessions().iter().map(|s| s.date).min().map_or(plan.meta.start, |d| d.min(plan.meta.start));
    let from = week_start.week_of(first);
    let last = week_start.week_of(plan.last_date());
    let to = last.checked_add_days(Days::new(6)).unwrap_or(last);
    from..=to
}

/// The pain answered for the activities of one outing, each score `None` where not asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PainAnswer {
    /// Pain during the activity.
    pub during: Option<Pain>,
    /// Pain the next morning.
    pub next_day: Option<Pain>,
    /// Whether the pain was sharp; `false` leaves what the session had.
    pub sharp: bool,
}

impl PainAnswer {
    /// The pain a session keeps: what was answered, over what it had; a score not asked keeps
    /// the session's own (none, for a session not yet logged).
    pub fn over(self, had: Option<PainLog>) -> Option<PainLog> {
        if self == Self::default() {
            return had;
        }
        let mut pain = had.unwrap_or_default();
        pain.during = self.during.unwrap_or(pain.during);
        pain.next_day = self.next_day.unwrap_or(pain.next_day);
        pain.sharp |= self.sharp;
        Some(pain)
    }
}

/// Why a line cannot be pointed at a session.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RetargetError {
    /// There is no such line.
    #[error("{}", t!("activity-no-line", line = *.0))]
    NoSuchLine(usize),
    /// The line changes nothing (already imported, repeated, out of range, too short).
    #[error("{}", t!("activity-fixed"))]
    Fixed,
    /// The session is not in the plan.
    #[error("{}", t!("activity-no-session", id = .0.to_string()))]
    NoSuchSession(SessionId),
    /// The session is of a kind the activity cannot have carried out.
    #[error("{}", t!("activity-wrong-kind", sport = .sport.label(), kind = .kind.as_str()))]
    Kind {
        /// The activity's sport.
        sport: Sport,
        /// The session's kind.
        kind: String,
    },
    /// The session holds another recorded activity.
    #[error("{}", t!("activity-recorded", id = .0.to_string()))]
    Recorded(SessionId),
    /// Another line of the preview logs that session.
    #[error("{}", t!("activity-taken", id = .0.to_string()))]
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
        if !line.open() {
            return Err(RetargetError::Fixed);
        }
        let target = match to {
            None => Target::New(becomes(line.activity.sport, None, None)),
            Some(id) => {
                let session = plan.session(id).ok_or(RetargetError::NoSuchSession(id))?;
                if !matches(line.activity.sport, &session.kind) {
                    return Err(RetargetError::Kind {
                        sport: line.activity.sport,
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
            line.settle(plan);
        }
        Ok(())
    }

    /// The commands that apply every ticked line as one step: an edit per logged session (its
    /// day, status, actual and recorded activity; its pain kept), an addition per new session.
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
                Target::Already(_) | Target::Repeated | Target::OutOfRange | Target::TooShort => {}
            }
        }
        commands
    }

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
    let weeks = plan_weeks(plan);
    let mut lines: Vec<Line> = Vec::with_capacity(activities.len());
    for mut activity in activities {
        if !activity.sport_named {
            activity.sport = kinds::by_pace(&activity);
        }
        let local_start = activity.local_start.unwrap_or_else(|| options.zone.local(activity.start));
        let id = activity.id();
        let fixed = if let Some(s) = plan.sessions().iter().find(|s| s.recorded.as_ref() == Some(&id)) {
            Some(Target::Already(s.id))
        } else if lines.iter().any(|l| l.activity.id() == id) {
            Some(Target::Repeated)
        } else if !DATES.contains(&local_start.date()) {
            Some(Target::OutOfRange)
        } else if kinds::too_short(&activity) {
            Some(Target::TooShort)
        } else {
            None
        };
        let outside = fixed.is_none() && !weeks.contains(&local_start.date());
        let recorded = recorded(&activity, units);
        let included = fixed.is_none() && (!outside || options.include_outside);
        // Open lines start as new sessions; the passes below look for a session to log instead.
        let target = fixed.unwrap_or_else(|| Target::New(becomes(activity.sport, None, None)));
        let mut line = Line {
            activity,
            local_start,
            target,
            included,
            actual: recorded,
            recorded,
            part: Part::Whole,
            outside,
        };
        line.settle(plan);
        lines.push(line);
    }
    // First every activity on its own day, so that one done a day early does not take the
    // session planned for the day another activity was done on.
    let own_day = fits(plan, &lines, options, |line| vec![line.date()], |_| true);
    assign(plan, &mut lines, own_day);
    let next_days = fits(
        plan,
        &lines,
        options,
        |line| {
            let date = line.date();
            [date.checked_sub_days(Days::new(1)), date.checked_add_days(Days::new(1))]
                .into_iter()
                .flatten()
                .collect()
        },
        |session| !done_on_its_day(plan, &lines, session),
    );
    assign(plan, &mut lines, next_days);
    Preview { lines }
}

/// One way a line could log a session, and how well it fits.
struct Fit {
    /// 0 for a session logged by hand on the activity's own day (the same outing), 1 otherwise.
    rank: u8,
    /// How far what was done is from the session (see [`distance_score`]).
    score: f64,
    /// The line.
    line: usize,
    /// The session.
    id: SessionId,
    /// The session's day, and its place among that day's sessions, to break ties in plan order.
    order: (NaiveDate, usize),
}

/// Every session on the `days` of each open, unmatched line that the line could log: of a
/// matching kind, holding no recorded activity, open (see [`openness`]) and accepted by
/// `also`; best first.
fn fits(
    plan: &Plan,
    lines: &[Line],
    options: &Options,
    days: impl Fn(&Line) -> Vec<NaiveDate>,
    also: impl Fn(&Session) -> bool,
) -> Vec<Fit> {
    let mut found = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if !matches!(line.target, Target::New(_)) || !line.included || line.outside {
            continue;
        }
        for day in days(line) {
            for (place, session) in plan.sessions_on(day).iter().enumerate() {
                let Some(rank) = openness(session, line.date(), options) else { continue };
                if session.recorded.is_some()
                    || !matches(line.activity.sport, &session.kind)
                    || !also(session)
                {
                    continue;
                }
                let score = distance_score(line, session, plan.rules.easy_pace_min_per_unit);
                found.push(Fit { rank, score, line: index, id: session.id, order: (day, place) });
            }
        }
    }
    found.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then(a.score.total_cmp(&b.score))
            .then(a.line.cmp(&b.line))
            .then(a.order.cmp(&b.order))
    });
    found
}

/// Matches lines to sessions, best fit first: a line or session already matched is passed by.
fn assign(plan: &Plan, lines: &mut [Line], fits: Vec<Fit>) {
    let mut claimed: Vec<SessionId> = lines
        .iter()
        .filter_map(|l| match l.target {
            Target::Session { id, .. } => Some(id),
            _ => None,
        })
        .collect();
    for fit in fits {
        let Some(line) = lines.get_mut(fit.line) else { continue };
        if !matches!(line.target, Target::New(_)) || claimed.contains(&fit.id) {
            continue;
        }
        claimed.push(fit.id);
        let moved_from = (fit.order.0 != line.date()).then_some(fit.order.0);
        line.target = Target::Session { id: fit.id, moved_from };
        line.settle(plan);
    }
}

/// Whether `session` may take an activity done on `day`, and how first: a session logged by
/// hand that very day is the same outing (0); a planned one may (1); one skipped, or logged by
/// hand on another day, only when [`Options::relog`] allows (1).
fn openness(session: &Session, day: NaiveDate, options: &Options) -> Option<u8> {
    match session.status {
        Status::Done if session.date == day => Some(0),
        Status::Planned => Some(1),
        Status::Done | Status::Skipped => options.relog.then_some(1),
    }
}

/// Whether an activity of a kind `session` matches was done on the session's own day (in this
/// import, or logged from an earlier one): then the session was done or replaced that day and
/// no activity on the day before or after is taken for it.
fn done_on_its_day(plan: &Plan, lines: &[Line], session: &Session) -> bool {
    let imported = lines.iter().any(|l| {
        l.date() == session.date
            && !matches!(l.target, Target::TooShort)
            && matches(l.activity.sport, &session.kind)
    });
    let logged = plan.sessions_on(session.date).iter().any(|other| {
        other
            .recorded
            .as_ref()
            .and_then(|r| Sport::from_name(r.sport()))
            .is_some_and(|sport| matches(sport, &session.kind))
    });
    imported || logged
}

/// How far what was recorded is from `session`, as a share of it: of what was logged by hand,
/// where it was, else of the plan; by distance where both have one, else by time; sessions
/// with neither come last.
fn distance_score(line: &Line, session: &Session, pace_min_per_unit: f64) -> f64 {
    let logged = session.actual.filter(|_| session.status == Status::Done);
    let (distance, minutes) = match logged {
        Some(actual) => (actual.distance.map(Distance::get), actual.minutes.map(Minutes::get)),
        None => kinds::planned(&session.kind, pace_min_per_unit),
    };
    let share = |done: f64, planned: f64| (done - planned).abs() / planned;
    match (line.recorded.distance, distance, line.recorded.minutes, minutes) {
        (Some(done), Some(planned), ..) if planned > 0.0 => share(done.get(), planned),
        (_, _, Some(done), Some(planned)) if planned > 0.0 => share(done.get(), planned),
        _ => f64::MAX,
    }
}

/// Metres in one of `units`.
fn metres_per_unit(units: Units) -> f64 {
    match units {
        Units::Km => 1000.0,
        Units::Miles => KM_PER_MILE * 1000.0,
    }
}

/// What an activity recorded in all, in `units`, rounded to 0.01 as plans hold amounts.
fn recorded(activity: &Activity, units: Units) -> Actual {
    Actual {
        distance: activity.distance_m.and_then(|m| Distance::new(round2(m / metres_per_unit(units)))),
        minutes: Minutes::new(round2(activity.minutes())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{PlanMeta, RuleSettings, Run, RunWalk, Segment};

    fn dec(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    /// A plan in kilometres starting Tuesday 1 December 2026 with `sessions` as (id, day, kind).
    fn plan(sessions: &[(u32, u32, SessionKind)]) -> Plan {
        let sessions =
            sessions.iter().map(|&(id, d, kind)| Session::planned(SessionId(id), dec(d), kind)).collect();
        let meta = PlanMeta { start: dec(1), units: Units::Km, ..PlanMeta::default() };
        Plan::try_from((meta, RuleSettings::default(), sessions)).unwrap()
    }

    fn run(km: f64) -> SessionKind {
        SessionKind::Run(Run { distance: Distance::new(km), ..Run::default() })
    }

    /// Run 1 min, walk 4 min, six times: 30 minutes, a fifth of it running.
    fn run_walk() -> SessionKind {
        let minutes = |m| Segment::Minutes(Minutes::new(m).unwrap());
        SessionKind::RunWalk(RunWalk {
            run: minutes(1.0),
            walk: minutes(4.0),
            repeats: 6,
            effort: Default::default(),
            terrain: Default::default(),
        })
    }

    /// A run on day `d` of December 2026 at `hour`:00 UTC.
    fn recorded(d: u32, hour: u32, km: Option<f64>, minutes: f64) -> Activity {
        Activity {
            sport: Sport::Running,
            start: dec(d).and_hms_opt(hour, 0, 0).unwrap().and_utc(),
            local_start: None,
            distance_m: km.map(|k| k * 1000.0),
            duration_s: minutes * 60.0,
            sport_named: true,
            running_m: None,
            file: format!("{d}-{hour}.fit"),
            remarks: Vec::new(),
        }
    }

    fn lines(plan: &Plan, activities: Vec<Activity>) -> Vec<Line> {
        preview(plan, activities, &Options::default()).lines
    }

    /// A 3-second, 0 m recording marked Tuesday's run/walk done: under a minute or 100 m
    /// outdoors is no session, while a rower's 5 minutes without a distance is one.
    #[test]
    fn a_recording_under_a_minute_or_100_m_is_too_short() {
        let plan = plan(&[(1, 1, run_walk())]);
        for (case, activity, short) in [
            ("3 s, no distance", recorded(1, 7, None, 0.05), true),
            ("10 min, 60 m", recorded(1, 7, Some(0.06), 10.0), true),
            ("59 s, 300 m", recorded(1, 7, Some(0.3), 59.0 / 60.0), true),
            ("a minute and 100 m", recorded(1, 7, Some(0.1), 1.0), false),
            (
                "a rower, 5 min, no distance",
                Activity { sport: Sport::Rowing, ..recorded(1, 7, None, 5.0) },
                false,
            ),
            (
                "a treadmill, 5 min, 20 m",
                Activity { sport: Sport::TreadmillRunning, ..recorded(1, 7, Some(0.02), 5.0) },
                false,
            ),
        ] {
            let found = lines(&plan, vec![activity]);
            let line = &found[0];
            assert_eq!(line.target == Target::TooShort, short, "{case}");
            assert_eq!(line.changes(), !short, "{case}");
            if short {
                assert!(
                    line.describe(&plan)
                        .contains("too short to be a session (under a minute or 100 m); skipped")
                );
            }
        }
    }

    /// A GPX without a sport (a 10-hour, 18 km hike) was logged as a run: at walking pace it is
    /// a walk, and the line says the sport was read from the pace.
    #[test]
    fn a_file_without_a_sport_is_read_by_its_pace() {
        let plan = plan(&[(1, 5, run(8.0)), (2, 5, SessionKind::Walk { distance: None, minutes: None })]);
        let unnamed = |km, minutes| Activity { sport_named: false, ..recorded(5, 7, Some(km), minutes) };
        for (case, activity, sport, target, says) in [
            ("a hike", unnamed(18.0, 600.0), Sport::Walking, 2, "a walk by its pace (1.8 km/h)"),
            ("a run", unnamed(8.0, 48.0), Sport::Running, 1, "a run by its pace (10 km/h)"),
            ("named, the file is believed", recorded(5, 7, Some(18.0), 600.0), Sport::Running, 1, ""),
        ] {
            let found = lines(&plan, vec![activity]);
            let line = &found[0];
            assert_eq!(line.activity.sport, sport, "{case}");
            assert_eq!(line.target, Target::Session { id: SessionId(target), moved_from: None }, "{case}");
            let text = line.describe(&plan);
            assert_eq!(
                text.contains(&format!("the file names no sport: {says}")),
                !says.is_empty(),
                "{case}: {text}"
            );
        }
    }

    /// Runs from 2012–2017 were ticked as new done runs of this month's plan: an activity
    /// outside the plan's weeks is said to be, unticked unless asked, and matches nothing.
    #[test]
    fn an_activity_outside_the_plans_weeks_is_said_and_unticked() {
        // The plan runs Tuesday 1 to Monday 7 December: its weeks are Mon 30 Nov to Sun 13 Dec.
        let plan = plan(&[(1, 7, run(5.0))]);
        assert_eq!(plan_weeks(&plan), NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()..=dec(13));
        let early =
            Activity { start: "2013-02-06T12:00:00Z".parse().unwrap(), ..recorded(1, 1, Some(5.0), 40.0) };
        for (options, included) in
            [(Options::default(), false), (Options { include_outside: true, ..Options::default() }, true)]
        {
            let found = preview(
                &plan,
                vec![early.clone(), recorded(14, 7, Some(5.0), 40.0), recorded(13, 7, Some(5.0), 40.0)],
                &options,
            );
            let [feb, sunday, monday] = found.lines() else { panic!("three lines") };
            for line in [feb, monday] {
                assert!(line.outside && line.included == included && matches!(line.target, Target::New(_)));
                assert!(
                    line.describe(&plan)
                        .contains("outside the plan's weeks (Mon 30 Nov 2026 to Sun 13 Dec 2026)")
                );
                assert!(line.judgements(&plan)[0].warning);
            }
            assert!(!sunday.outside && sunday.included, "the plan's last week is whole");
            assert_eq!(found.commands(&plan).len(), if included { 3 } else { 1 });
        }
    }

    /// An 8 mi / 92 min run was logged into a planned 0.8 mi run/walk without a word: a match
    /// over 1.5× or under half the plan (distance, else time) is still made, and said.
    #[test]
    fn a_match_far_from_the_plan_is_made_and_said() {
        let timed = SessionKind::Run(Run { minutes: Minutes::new(30.0), ..Run::default() });
        for (case, kind, activity, far) in [
            (
                "far longer",
                run(1.29),
                recorded(2, 7, Some(12.87), 92.0),
                Some("far longer than planned: 12.87 km against 1.29 km"),
            ),
            (
                "far shorter",
                run(10.0),
                recorded(2, 7, Some(4.9), 30.0),
                Some("far shorter than planned: 4.9 km against 10 km"),
            ),
            ("1.5× is near enough", run(4.0), recorded(2, 7, Some(6.0), 40.0), None),
            ("half is near enough", run(4.0), recorded(2, 7, Some(2.0), 14.0), None),
            (
                "by time when no distance is planned",
                timed,
                recorded(2, 7, Some(12.0), 92.0),
                Some("far longer than planned: 92 min against 30 min"),
            ),
            ("a run/walk by its whole time", run_walk(), recorded(2, 7, Some(4.0), 31.0), None),
        ] {
            let plan = plan(&[(1, 2, kind)]);
            let found = lines(&plan, vec![activity]);
            let line = &found[0];
            assert_eq!(line.target, Target::Session { id: SessionId(1), moved_from: None }, "{case}");
            assert_eq!(line.far(&plan).as_deref(), far, "{case}");
            let warned: Vec<String> =
                line.judgements(&plan).into_iter().filter(|j| j.warning).map(|j| j.text).collect();
            assert_eq!(warned, far.into_iter().map(str::to_owned).collect::<Vec<_>>(), "{case}");
        }
    }

    /// In a multisport file with only Run 12 km planned, the 2.25 km leg took it and the
    /// 12.74 km leg became a new run: the best fit of the day wins, not the first to start.
    #[test]
    fn the_best_fit_of_a_day_wins_not_the_first_to_start() {
        let plan = plan(&[(1, 3, run(12.0))]);
        let found = lines(&plan, vec![recorded(3, 7, Some(2.25), 14.0), recorded(3, 8, Some(12.74), 80.0)]);
        let targets: Vec<&Target> = found.iter().map(|l| &l.target).collect();
        let short = Target::New(becomes(Sport::Running, Distance::new(2.25), Minutes::new(14.0)));
        assert_eq!(targets, [&short, &Target::Session { id: SessionId(1), moved_from: None }]);
    }

    /// A run logged by hand that day stayed, and the watch's run of the same outing became a
    /// second done run: the hand-logged run takes it, over a planned one that fits as well, and
    /// keeps its pain; its numbers become the recorded ones.
    #[test]
    fn a_run_logged_by_hand_that_day_is_the_same_outing() {
        let mut plan = plan(&[(1, 3, run(5.0)), (2, 3, run(5.0))]);
        let by_hand = Session {
            status: Status::Done,
            pain: Some(PainLog { during: Pain::new(2).unwrap(), ..PainLog::default() }),
            actual: Some(Actual { distance: Distance::new(5.0), minutes: None }),
            ..plan.session(SessionId(2)).unwrap().clone()
        };
        plan.apply(Command::EditSession(by_hand)).unwrap();
        let found = preview(&plan, vec![recorded(3, 7, Some(5.2), 33.0)], &Options::default());
        let line = &found.lines()[0];
        assert_eq!(line.target, Target::Session { id: SessionId(2), moved_from: None });
        assert!(line.describe(&plan).contains("done, the recorded numbers in place of those logged by hand"));
        let commands = found.commands(&plan);
        let [Command::EditSession(logged)] = commands.as_slice() else { panic!("one edit") };
        assert_eq!(logged.actual.unwrap().describe(Units::Km), "5.2 km · 33 min");
        assert_eq!(logged.pain.unwrap().during.get(), 2, "the pain logged by hand is kept");
        assert_eq!(plan.sessions().len(), 2, "no second session");
    }

    /// A run/walk's recorded distance, walks included, counted as running: the running part is
    /// logged, the file's where it says, else estimated from the planned split and said so.
    #[test]
    fn a_run_walk_logs_its_running_part() {
        let plan = plan(&[(1, 2, run_walk()), (2, 3, run(3.0))]);
        for (case, activity, logged, part, says) in [
            (
                "laps told apart",
                Activity { running_m: Some(1234.0), ..recorded(2, 7, Some(3.6), 30.0) },
                1.23,
                Part::Recorded,
                "the running part, as the watch recorded it (3.6 km in all)",
            ),
            (
                "estimated from 1:4",
                recorded(2, 7, Some(3.6), 30.0),
                0.72,
                Part::Estimated,
                "the running part estimated from the planned run:walk split (3.6 km in all)",
            ),
            (
                "a run takes what the watch says was run",
                Activity { running_m: Some(2900.0), ..recorded(3, 7, Some(3.1), 20.0) },
                2.9,
                Part::Recorded,
                "the running part, as the watch recorded it (3.1 km in all)",
            ),
            (
                "a run the file does not divide is run whole",
                recorded(3, 7, Some(3.1), 20.0),
                3.1,
                Part::Whole,
                "",
            ),
        ] {
            let found = lines(&plan, vec![activity]);
            let line = &found[0];
            assert_eq!((line.actual.distance.map(Distance::get), line.part), (Some(logged), part), "{case}");
            let text = line.describe(&plan);
            assert!(says.is_empty() || text.contains(says), "{case}: {text}");
        }
        let mut found = preview(&plan, vec![recorded(2, 7, Some(3.6), 30.0)], &Options::default());
        assert_eq!(found.retarget(&plan, 0, None), Ok(()));
        let line = &found.lines()[0];
        assert_eq!(
            (line.actual.distance.map(Distance::get), line.part),
            (Some(3.6), Part::Whole),
            "a new run is run whole"
        );
        assert_eq!(line.target, Target::New(becomes(Sport::Running, Distance::new(3.6), Minutes::new(30.0))));
    }

    /// The pain answered replaces what a session had score by score; sharp is only added.
    #[test]
    fn pain_answered_goes_over_what_was_logged() {
        let pain = |d, n, sharp| PainLog {
            during: Pain::new(d).unwrap(),
            next_day: Pain::new(n).unwrap(),
            sharp,
            ..PainLog::default()
        };
        let answer = |d: Option<u8>, n: Option<u8>, sharp| PainAnswer {
            during: d.and_then(Pain::new),
            next_day: n.and_then(Pain::new),
            sharp,
        };
        for (had, given, kept) in [
            (None, answer(None, None, false), None),
            (Some(pain(2, 1, true)), answer(None, None, false), Some(pain(2, 1, true))),
            (None, answer(Some(3), None, false), Some(pain(3, 0, false))),
            (Some(pain(2, 1, true)), answer(Some(4), None, false), Some(pain(4, 1, true))),
            (Some(pain(2, 1, false)), answer(None, Some(5), true), Some(pain(2, 5, true))),
        ] {
            assert_eq!(given.over(had), kept, "{had:?} {given:?}");
        }
    }

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
