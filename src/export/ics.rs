//! iCalendar (RFC 5545): one all-day event per session, for phone and desktop calendars,
//! written with the `icalendar` crate (its escaping and line folding); this module maps
//! sessions onto events.
//!
//! Identity: each event's UID is the plan's id and the session's id, so exporting again after
//! edits (or after renaming the athlete, or moving the plan's start) updates the events a
//! calendar imported before instead of adding copies, and two plans never share a UID.
//!
//! Determinism: DTSTAMP is the plan's last change as the caller knows it (the file's
//! modification time), never "now", so the same plan gives the same bytes. SEQUENCE is the
//! same moment in seconds since 2020: it rises with every change of the plan, so a calendar
//! that keeps the highest sequence takes the newer export (events that did not change get the
//! higher number too, which only says "this is the latest copy").

use std::fmt::Write;

use chrono::{Days, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
use thiserror::Error;

use super::DateRange;
use crate::plan::{Plan, Session, SessionId, Status, strip_controls};
use crate::rules::{self, Finding};
use crate::{t, text};

/// Why no calendar file was made.
#[derive(Debug, Error)]
pub enum IcsError {
    /// The days asked for hold no session, and a calendar file needs at least one event.
    #[error(
        "{}",
        t!("ics-error-empty", from = crate::dates::date_year(*.from), to = crate::dates::date_year(*.to))
    )]
    Empty {
        /// First day asked for.
        from: NaiveDate,
        /// Last day asked for.
        to: NaiveDate,
    },
    /// The calendar could not be turned into text.
    #[error("{}", t!("ics-error-format", error = .0.to_string()))]
    Format(#[from] std::fmt::Error),
}

/// The moment SEQUENCE counts from: any fixed day before the first plan was made.
const SEQUENCE_EPOCH: NaiveDateTime = match NaiveDate::from_ymd_opt(2020, 1, 1) {
    Some(day) => day.and_time(chrono::NaiveTime::MIN),
    None => NaiveDateTime::MIN,
};

/// The plan's sessions in `range` as an iCalendar file; `changed` is the plan's last change (UTC).
pub fn to_ics(plan: &Plan, range: DateRange, changed: NaiveDateTime) -> Result<String, IcsError> {
    // A range that reaches an end of the plan covers what was deleted beyond that end too.
    let whole = DateRange::whole(plan);
    let from = if range.from <= whole.from { NaiveDate::MIN } else { range.from };
    let to = if range.to >= whole.to { NaiveDate::MAX } else { range.to };
    let removed: Vec<_> = plan.removed().iter().filter(|r| (from..=to).contains(&r.date)).collect();
    // A range whose sessions were all deleted still tells the calendar so.
    if range.sessions(plan).next().is_none() && removed.is_empty() {
        return Err(IcsError::Empty { from: range.from, to: range.to });
    }
    let findings = rules::validate(plan);
    let stamp = Utc.from_utc_datetime(&changed);
    let sequence = u32::try_from((changed - SEQUENCE_EPOCH).num_seconds().max(0)).unwrap_or(u32::MAX);
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Comeback//Comeback plan//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&clean(&calendar_name(plan)));
    for session in range.sessions(plan) {
        let mut event = event(plan, session, &findings);
        event.timestamp(stamp).sequence(sequence);
        calendar.push(event.done());
    }
    // A calendar that imported a session deleted since keeps it until it is told otherwise;
    // the SEQUENCE, higher than any earlier export's, makes the cancellation win.
    for removed in removed {
        let end = removed.date.checked_add_days(Days::new(1)).unwrap_or(removed.date);
        let cancelled = Event::new()
            .uid(&uid_of(plan, removed.id))
            .starts(removed.date)
            .ends(end)
            .summary(&t!("ics-removed"))
            .add_property("TRANSP", "TRANSPARENT")
            .status(EventStatus::Cancelled)
            .timestamp(stamp)
            .sequence(sequence)
            .done();
        calendar.push(cancelled);
    }
    let mut out = String::new();
    write!(out, "{calendar}")?;
    Ok(refolded(&out))
}

/// The longest line RFC 5545 allows, in octets, without its line break.
const MAX_LINE_OCTETS: usize = 75;

/// `ics` with every content line folded at 75 octets, counting the space that starts a
/// continuation line: the icalendar crate left continuation lines of 76. Folds fall between
/// characters, never inside one.
fn refolded(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(ics.len() + ics.len() / 64);
    for line in unfolded.split_terminator("\r\n") {
        let mut room = MAX_LINE_OCTETS;
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > room {
                out.push_str("\r\n ");
                // The space is the continuation line's first octet.
                room = MAX_LINE_OCTETS - 1;
                used = 0;
            }
            out.push(c);
            used += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

fn calendar_name(plan: &Plan) -> String {
    match (plan.meta.title.is_empty(), plan.meta.athlete.is_empty()) {
        (false, false) => format!("{} ({})", plan.meta.title, plan.meta.athlete),
        (false, true) => plan.meta.title.clone(),
        (true, false) => t!("paper-untitled-for", athlete = &plan.meta.athlete),
        (true, true) => t!("paper-untitled"),
    }
}

/// A UID that stays the same for a session across exports of the plan, whatever else changes
/// (athlete, title, start, the session's day), and differs between plans.
pub fn uid(plan: &Plan, session: &Session) -> String {
    uid_of(plan, session.id)
}

fn uid_of(plan: &Plan, id: SessionId) -> String {
    format!("{}-{}@comeback", plan.id, id.0)
}

/// Text as a calendar may hold it: no control characters (RFC 5545's TEXT allows none but
/// the tab), lines and tabs kept.
fn clean(text: &str) -> String {
    strip_controls(text, true).0
}

fn event(plan: &Plan, session: &Session, findings: &[Finding]) -> Event {
    let units = plan.meta.units;
    let start = session.date;
    let end = start.checked_add_days(Days::new(1)).unwrap_or(start);
    let summary = text::with_status(&session.kind.short(units), session.status);
    let mut description = session.kind.describe(units);
    if let Some(p) = session.pain.filter(|_| session.status == Status::Done) {
        let _ = write!(description, "\n{}", t!("ics-pain", pain = text::pain(p)));
    }
    if let Some(did) = session.actual.map(|a| a.describe(units)).filter(|a| !a.is_empty()) {
        let _ = write!(description, "\n{}", t!("ics-done", did = did));
    }
    if !session.note.is_empty() {
        let _ = write!(description, "\n{}", t!("ics-note", note = &session.note));
    }
    for note in session.notes.iter().chain(plan.day_notes(session.date)) {
        let _ = write!(description, "\n{}", text::note_line(note));
    }
    for f in findings
        .iter()
        .filter(|f| f.touches_session(session.id) || (f.sessions.is_empty() && f.touches_date(start)))
    {
        let _ =
            write!(description, "\n{} {}: {} {}", f.severity.icon(), f.rule.title(), f.message, f.suggestion);
    }
    let status =
        if session.status == Status::Skipped { EventStatus::Cancelled } else { EventStatus::Confirmed };
    Event::new()
        .uid(&uid(plan, session))
        .starts(start)
        .ends(end)
        .summary(&clean(&summary))
        .description(&clean(&description))
        .add_property("CATEGORIES", session.kind.name().replace(',', "\\,"))
        .add_property("TRANSP", "TRANSPARENT")
        .status(status)
        .done()
}
