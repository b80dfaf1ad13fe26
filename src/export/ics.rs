//! iCalendar (RFC 5545): one all-day event per session, for phone and desktop calendars.
//!
//! UIDs come from the athlete, the plan's start and the session id, so exporting again after
//! changes updates the events a calendar imported before instead of adding copies. DTSTAMP is
//! the plan's last change as the caller knows it (the file's modification time), never "now",
//! so the same plan gives the same bytes.

use std::fmt::Write;

use chrono::{Days, NaiveDateTime};

use super::DateRange;
use crate::plan::{Plan, Session, Status};
use crate::rules::{self, Finding};
use crate::text;

/// The plan's sessions in `range` as an iCalendar file; `changed` is the plan's last change (UTC).
pub fn to_ics(plan: &Plan, range: DateRange, changed: NaiveDateTime) -> String {
    let findings = rules::validate(plan);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Comeback//Comeback plan//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(&calendar_name(plan))),
    ];
    let stamp = changed.format("%Y%m%dT%H%M%SZ").to_string();
    for session in range.sessions(plan) {
        event(&mut lines, plan, session, &findings, &stamp);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold(&mut out, &line);
    }
    out
}

fn calendar_name(plan: &Plan) -> String {
    match (plan.meta.title.is_empty(), plan.meta.athlete.is_empty()) {
        (false, false) => format!("{} ({})", plan.meta.title, plan.meta.athlete),
        (false, true) => plan.meta.title.clone(),
        (true, false) => format!("Comeback plan ({})", plan.meta.athlete),
        (true, true) => "Comeback plan".to_owned(),
    }
}

/// A UID that stays the same for a session across exports of the plan.
pub fn uid(plan: &Plan, session: &Session) -> String {
    let athlete: String = plan
        .meta
        .athlete
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() {
                Some(c.to_ascii_lowercase())
            } else if c == ' ' {
                Some('-')
            } else {
                None
            }
        })
        .collect();
    let athlete = if athlete.is_empty() { "plan".to_owned() } else { athlete };
    format!("{}-{}-session-{}@comeback", athlete, plan.meta.start.format("%Y%m%d"), session.id.0)
}

fn event(lines: &mut Vec<String>, plan: &Plan, session: &Session, findings: &[Finding], stamp: &str) {
    let units = plan.meta.units;
    let start = session.date;
    let end = start.checked_add_days(Days::new(1)).unwrap_or(start);
    let summary = text::with_status(&session.kind.short(units), session.status);
    let mut description = session.kind.describe(units);
    if let Some(p) = session.pain.filter(|_| session.status == Status::Done) {
        let _ = write!(description, "\nPain: {}", text::pain(p));
    }
    if let Some(did) = session.actual.map(|a| a.describe(units)).filter(|a| !a.is_empty()) {
        let _ = write!(description, "\nDone: {did}");
    }
    if !session.note.is_empty() {
        let _ = write!(description, "\nNote: {}", session.note);
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
    lines.extend([
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", uid(plan, session)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", start.format("%Y%m%d")),
        format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        format!("SUMMARY:{}", escape(&summary)),
        format!("DESCRIPTION:{}", escape(&description)),
        format!("CATEGORIES:{}", escape(&session.kind.name())),
        "TRANSP:TRANSPARENT".to_owned(),
        format!("STATUS:{}", if session.status == Status::Skipped { "CANCELLED" } else { "CONFIRMED" }),
        "END:VEVENT".to_owned(),
    ]);
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes `line` folded at 75 octets (never inside a UTF-8 character), with CRLF endings.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::{escape, fold};

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        fold(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    }
}
