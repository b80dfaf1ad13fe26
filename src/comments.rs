//! Comments a coach wrote into a plan file by hand (`// keep these on grass`).
//!
//! The RON parser skips them, so a plan saved after loading would lose them without a word.
//! This small scan finds them (skipping strings, where `//` is text), says where each sits (in
//! a session, in a day's notes, or elsewhere in the plan), and turns them into notes on request.

use chrono::{DateTime, NaiveDate, Utc};

use crate::plan::{Command, Note, NoteOn, Plan, PlanMeta, SessionId};

/// What a comment sits in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommentOn {
    /// Inside a session's entry.
    Session(SessionId),
    /// Inside a day's notes.
    Day(NaiveDate),
    /// Anywhere else: it is about the plan.
    Plan,
}

/// One comment in a plan file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// Its line, from 1.
    pub line: usize,
    /// Its column, from 1.
    pub column: usize,
    /// What it says, without `//` or `/* */` and the spaces around.
    pub text: String,
    /// What it sits in.
    pub on: CommentOn,
}

/// One open bracket while scanning.
struct Frame {
    bracket: char,
    /// The field or map key the bracket is the value of (`sessions`, `"2026-11-28"`).
    key: Option<String>,
    /// Which session entry of the file (in file order) this is inside, and whether it is that
    /// entry's own bracket.
    session: Option<(usize, bool)>,
    /// The day whose notes this is inside.
    day: Option<String>,
}

/// Every comment in `text`, in file order. `//` and `/*` inside strings are text, not
/// comments.
pub fn find(text: &str) -> Vec<Comment> {
    let mut scan = Scan { stack: Vec::new(), token: None, key: None, ids: Vec::new(), found: Vec::new() };
    let chars: Vec<char> = text.chars().collect();
    let (mut i, mut line, mut column) = (0, 1, 1);
    // Moves past `n` characters, counting lines.
    let advance = |i: &mut usize, line: &mut usize, column: &mut usize, n: usize| {
        for c in chars.iter().skip(*i).take(n) {
            if *c == '\n' {
                *line += 1;
                *column = 1;
            } else {
                *column += 1;
            }
        }
        *i += n;
    };
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        match (c, next) {
            ('/', Some('/')) => {
                let end = chars.iter().skip(i).position(|&c| c == '\n').map_or(chars.len(), |n| i + n);
                let body: String = chars.get(i + 2..end).unwrap_or_default().iter().collect();
                scan.comment(line, column, &body);
                let n = end - i;
                advance(&mut i, &mut line, &mut column, n);
            }
            ('/', Some('*')) => {
                let rest: String = chars.get(i + 2..).unwrap_or_default().iter().collect();
                let len = rest
                    .find("*/")
                    .map_or(rest.chars().count(), |at| rest.get(..at).unwrap_or_default().chars().count());
                let body: String = rest.chars().take(len).collect();
                scan.comment(line, column, &body);
                let n = (len + 4).min(chars.len() - i);
                advance(&mut i, &mut line, &mut column, n);
            }
            ('"', _) | ('r', Some('"' | '#')) => {
                let (value, len) = string_at(chars.get(i..).unwrap_or_default());
                scan.token = Some(value);
                advance(&mut i, &mut line, &mut column, len.max(1));
            }
            ('(' | '[' | '{', _) => {
                scan.open(c);
                advance(&mut i, &mut line, &mut column, 1);
            }
            (')' | ']' | '}', _) => {
                scan.stack.pop();
                scan.key = None;
                scan.token = None;
                advance(&mut i, &mut line, &mut column, 1);
            }
            (':', _) => {
                scan.key = scan.token.take();
                advance(&mut i, &mut line, &mut column, 1);
            }
            (',', _) => {
                scan.key = None;
                scan.token = None;
                advance(&mut i, &mut line, &mut column, 1);
            }
            _ if c.is_alphanumeric() || c == '_' => {
                let word: String = chars
                    .iter()
                    .skip(i)
                    .take_while(|c| c.is_alphanumeric() || **c == '_' || **c == '.')
                    .collect();
                scan.word(&word);
                advance(&mut i, &mut line, &mut column, word.chars().count());
            }
            _ => advance(&mut i, &mut line, &mut column, 1),
        }
    }
    let Scan { found, ids, .. } = scan;
    found
        .into_iter()
        .map(|(line, column, text, session, day)| {
            let on = match (session.and_then(|s| ids.get(s).copied().flatten()), day) {
                (Some(id), _) => CommentOn::Session(SessionId(id)),
                (None, Some(day)) => day.parse().map_or(CommentOn::Plan, CommentOn::Day),
                (None, None) => CommentOn::Plan,
            };
            Comment { line, column, text, on }
        })
        .collect()
}

/// A string literal at the start of `chars` (`"…"` with escapes, or raw `r#"…"#`): its text
/// and how many characters it takes.
fn string_at(chars: &[char]) -> (String, usize) {
    if chars.first() == Some(&'r') {
        let hashes = chars.iter().skip(1).take_while(|&&c| c == '#').count();
        let open = 1 + hashes;
        if chars.get(open) != Some(&'"') {
            return (String::new(), 1);
        }
        let closing: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
        let rest: String = chars.get(open + 1..).unwrap_or_default().iter().collect();
        let len = rest
            .find(&closing)
            .map_or(rest.chars().count(), |at| rest.get(..at).unwrap_or_default().chars().count());
        let value: String = rest.chars().take(len).collect();
        return (value, (open + 1 + len + closing.chars().count()).min(chars.len()));
    }
    let mut value = String::new();
    let mut escaped = false;
    for (n, &c) in chars.iter().enumerate().skip(1) {
        match (escaped, c) {
            (true, _) => {
                value.push(c);
                escaped = false;
            }
            (false, '\\') => escaped = true,
            (false, '"') => return (value, n + 1),
            (false, _) => value.push(c),
        }
    }
    (value, chars.len())
}

/// A comment as scanned: line, column, text, session entry and day it sits in.
type Found = (usize, usize, String, Option<usize>, Option<String>);

/// The scan's state: open brackets, the last word or string, and what was found.
struct Scan {
    stack: Vec<Frame>,
    token: Option<String>,
    key: Option<String>,
    /// The id of each session entry, in file order, once read.
    ids: Vec<Option<u32>>,
    found: Vec<Found>,
}

impl Scan {
    fn open(&mut self, bracket: char) {
        let key = self.key.take();
        self.token = None;
        let parent = self.stack.last();
        let in_sessions = parent
            .is_some_and(|p| p.bracket == '[' && p.key.as_deref() == Some("sessions") && p.session.is_none());
        let session = if in_sessions && bracket == '(' {
            self.ids.push(None);
            Some((self.ids.len() - 1, true))
        } else {
            parent.and_then(|p| p.session).map(|(s, _)| (s, false))
        };
        let day = match parent {
            Some(p) if p.bracket == '{' && p.key.as_deref() == Some("day_notes") => key.clone(),
            Some(p) => p.day.clone(),
            None => None,
        };
        self.stack.push(Frame { bracket, key, session, day });
    }

    fn word(&mut self, word: &str) {
        if self.key.as_deref() == Some("id")
            && let Some(Frame { session: Some((entry, true)), .. }) = self.stack.last()
            && let Some(slot) = self.ids.get_mut(*entry)
        {
            *slot = word.parse().ok();
        }
        self.token = Some(word.to_owned());
    }

    fn comment(&mut self, line: usize, column: usize, body: &str) {
        let top = self.stack.last();
        let session = top.and_then(|f| f.session).map(|(s, _)| s);
        let day = top.and_then(|f| f.day.clone());
        self.found.push((line, column, body.trim().to_owned(), session, day));
    }
}

/// The commands that keep `comments` as notes by `author` at `at`: on their session, on their
/// day, or appended to the plan's notes. A comment whose session is gone joins the plan's notes.
/// A comment already kept there (the same text) is not added again: a restored autosave asks
/// about the file's comments a second time.
pub fn as_notes(plan: &Plan, comments: &[Comment], author: &str, at: DateTime<Utc>) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut plan_notes = Vec::new();
    for comment in comments.iter().filter(|c| !c.text.is_empty()) {
        let note = Note::new(author, &comment.text, at);
        let kept = |notes: &[Note]| notes.iter().any(|n| n.text == comment.text);
        match comment.on {
            CommentOn::Session(id) if plan.session(id).is_some() => {
                if !plan.session(id).is_some_and(|s| kept(&s.notes)) {
                    commands.push(Command::AddNote { on: NoteOn::Session(id), note });
                }
            }
            CommentOn::Day(date) => {
                if !kept(plan.day_notes(date)) {
                    commands.push(Command::AddNote { on: NoteOn::Day(date), note });
                }
            }
            CommentOn::Session(_) | CommentOn::Plan => {
                if !plan.meta.notes.lines().any(|line| line == comment.text) {
                    plan_notes.push(comment.text.clone());
                }
            }
        }
    }
    if !plan_notes.is_empty() {
        let notes = std::iter::once(plan.meta.notes.clone())
            .filter(|n| !n.is_empty())
            .chain(plan_notes)
            .collect::<Vec<_>>()
            .join("\n");
        commands.push(Command::SetMeta(PlanMeta { notes, ..plan.meta.clone() }));
    }
    commands
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    const TEXT: &str = r#"#![enable(implicit_some)]
// Alex's plan, first block
(
  version: 4,
  meta: (
    title: "Comeback // winter", /* not a title */
    start: "2026-11-16",
  ),
  sessions: [
    (
      id: 7,
      date: "2026-11-17",
      kind: Rest,
      note: "http://example.com /* a link */",
    ),
    (
      // keep these on grass
      id: 12,
      date: "2026-11-18",
      kind: Walk(distance: 1.0),
    ),
  ],
  day_notes: {
    "2026-11-28": [
      // parkrun day
      (author: "Coach", at: "2026-11-26T19:30:00Z", text: r"a raw // string"),
    ],
  },
)
"#;

    /// Comments are found with their place and what they sit in; `//` and `/*` inside strings
    /// (a title, a link, a raw string) are not comments.
    #[test]
    fn comments_are_found_outside_strings_with_what_they_sit_in() {
        let found = find(TEXT);
        let summary: Vec<(usize, &str, &CommentOn)> =
            found.iter().map(|c| (c.line, c.text.as_str(), &c.on)).collect();
        assert_eq!(
            summary,
            [
                (2, "Alex's plan, first block", &CommentOn::Plan),
                (6, "not a title", &CommentOn::Plan),
                (17, "keep these on grass", &CommentOn::Session(SessionId(12))),
                (25, "parkrun day", &CommentOn::Day(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())),
            ]
        );
        assert_eq!(found[2].column, 7);
    }

    /// Each comment becomes a note where it sat; those about the plan join its notes. Keeping
    /// them again (a restored autosave asks again) added every note a second time.
    #[test]
    fn comments_become_notes_where_they_sat() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let walk =
            crate::plan::SessionKind::Walk { distance: crate::plan::Distance::new(1.0), minutes: None };
        let session = crate::plan::Session::planned(SessionId(12), day, walk);
        let mut plan =
            Plan::try_from((PlanMeta::default(), crate::plan::RuleSettings::default(), vec![session]))
                .unwrap();
        let earlier = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        plan.apply(Command::AddNote {
            on: NoteOn::Day(day),
            note: Note::new("Coach", "a raw // string", earlier),
        })
        .unwrap();
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let mut kept = plan.clone();
        for command in as_notes(&plan, &find(TEXT), "Coach", at) {
            kept.apply(command).unwrap();
        }
        assert_eq!(kept.session(SessionId(12)).unwrap().notes[0].text, "keep these on grass");
        assert_eq!(
            kept.day_notes(day).iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
            ["a raw // string", "parkrun day"]
        );
        assert_eq!(kept.meta.notes, "Alex's plan, first block\nnot a title");

        assert!(
            as_notes(&kept, &find(TEXT), "Coach", at).is_empty(),
            "comments kept once are not kept twice"
        );
    }
}
