//! Notes: short remarks by the runner or the coach, in a day's or a session's thread.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One short remark in a day's or a session's thread: who wrote it, when, and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The writer's name as set in their preferences ("Coach", "Alex").
    pub author: String,
    /// When it was written, in UTC so that two time zones agree on the order.
    pub at: DateTime<Utc>,
    /// What the writer said, as typed.
    pub text: String,
}

impl Note {
    /// A note by `author` written at `at`, kept to the second: the caller reads the clock, so
    /// the model stays a pure function of what it is given and tests pin the time. The file
    /// stores whole seconds, so a note compares equal after a save and a load.
    pub fn new(author: &str, text: &str, at: DateTime<Utc>) -> Self {
        let at = DateTime::from_timestamp(at.timestamp(), 0).unwrap_or(at);
        Self { author: author.to_owned(), at, text: text.to_owned() }
    }
}
