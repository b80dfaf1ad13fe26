//! The plan file: versioned, pretty-printed RON with errors that point at the line.
//!
//! Loading never panics and never half-loads: it returns a whole [`Plan`] or a [`LoadError`]
//! saying where and what. Saving writes a temporary file in the same folder, syncs it, keeps
//! the previous file as `NAME.bak`, then renames the new file into place, so a crash or a full
//! disk leaves either the old file or the new one, never a torn one.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::Deserialize;
use thiserror::Error;

use crate::comments::{self, Comment};
use crate::plan::{FORMAT_VERSION, Plan, PlanId, Revision};
use crate::t;

/// Plan files larger than this are refused before parsing (a 10-year plan is about 1 MB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Deepest nesting the parser follows before giving up (a plan needs about 6).
const MAX_DEPTH: usize = 64;

/// Why a plan could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}", crate::t!("file-unreadable", path = .path.display().to_string(), error = .source.to_string()))]
    Io {
        /// The plan file, as the user named it.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than any plan.
    #[error("{}", crate::t!("file-too-large", path = .path.display().to_string(), size = *.size, most = MAX_FILE_BYTES))]
    TooLarge {
        /// The plan file, as the user named it.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// The file's text is not what a plan looks like.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        /// The plan file, as the user named it.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What was expected or found.
        message: String,
    },
    /// The file was written by a newer Comeback.
    #[error("{}", crate::t!("file-too-new", path = .path.display().to_string(), found = *.found, newest = FORMAT_VERSION))]
    TooNew {
        /// The plan file, as the user named it.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// The file parsed but breaks a rule of the model.
    #[error("{path}: {message}")]
    Invalid {
        /// The plan file, as the user named it.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

impl LoadError {
    /// Line and column of the problem, when known.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::Syntax { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// Why a plan could not be saved; the plan in memory and the old file are untouched.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing failed.
    #[error("{}", crate::t!("file-unsaved", path = .path.display().to_string(), error = .source.to_string()))]
    Io {
        /// The file being written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The plan could not be turned into text.
    #[error("{}", crate::t!("file-unencodable", path = .path.display().to_string(), error = .message.as_str()))]
    Encode {
        /// The file being written.
        path: PathBuf,
        /// What the encoder said.
        message: String,
    },
}

fn options() -> ron::Options {
    let mut options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    options.recursion_limit = Some(MAX_DEPTH);
    options
}

/// A plan as loaded, and what the loader took out of it on the way in.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The plan.
    pub plan: Plan,
    /// How many control characters were removed from its text (see [`Plan::strip_controls`]).
    pub controls_removed: usize,
    /// Comments written into the file by hand, which saving would drop (see [`comments`]).
    pub comments: Vec<Comment>,
}

impl Loaded {
    /// What to tell the user about the loading, when there is something: "removed 3 control
    /// characters from the plan's text (terminal escapes and the like); saving keeps them out".
    pub fn warning(&self) -> Option<String> {
        let controls =
            (self.controls_removed > 0).then(|| t!("file-controls-removed", n = self.controls_removed));
        let comments = self.comments.first().map(|first| {
            t!("file-comments", n = self.comments.len(), line = first.line, text = first.text.as_str())
        });
        let both: Vec<String> = controls.into_iter().chain(comments).collect();
        match both.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            [first, second, ..] => {
                Some(t!("file-warnings-both", first = first.as_str(), second = second.as_str()))
            }
        }
    }
}

/// Loads a plan file.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    load_checked(path).map(|loaded| loaded.plan)
}

/// Loads a plan file, saying what was taken out of its text.
pub fn load_checked(path: &Path) -> Result<Loaded, LoadError> {
    let io = |source| LoadError::Io { path: path.to_owned(), source };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: path.to_owned(), size });
    }
    from_bytes(fs::read(path).map_err(io)?, path)
}

/// Reads a plan from the bytes of a file (one a browser was given, say) as [`load_checked`]
/// reads it from disk; `path` is only used in messages.
pub fn from_bytes(bytes: Vec<u8>, path: &Path) -> Result<Loaded, LoadError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: path.to_owned(), size });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default()).into_owned();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(LoadError::Syntax {
                path: path.to_owned(),
                line,
                column,
                message: t!("file-not-utf8"),
            });
        }
    };
    parse_checked(&text, path)
}

/// Just the version, read before the rest so a newer file is refused with a clear message.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Parses plan text; `path` is only used in messages.
pub fn parse(text: &str, path: &Path) -> Result<Plan, LoadError> {
    parse_checked(text, path).map(|loaded| loaded.plan)
}

/// Parses plan text, saying what was taken out of it; `path` is only used in messages.
///
/// A byte-order mark at the start (which Windows editors add) is skipped, and saving does not
/// write it back.
pub fn parse_checked(text: &str, path: &Path) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |e: ron::error::SpannedError| LoadError::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: describe(&e.code),
    };
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            path: path.to_owned(),
            line: 1,
            column: 1,
            message: t!("file-empty", version = FORMAT_VERSION),
        });
    }
    // The probe is ours, not the user's: an error naming it (a file that is a list, or has no
    // `version`) says what a plan looks like instead.
    let probe: VersionProbe = options().from_str(text).map_err(|e| match e.code {
        ron::Error::ExpectedNamedStructLike(_)
        | ron::Error::ExpectedStructLike
        | ron::Error::ExpectedDifferentStructName { .. }
        | ron::Error::MissingStructField { .. } => LoadError::Syntax {
            path: path.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: t!("file-not-a-plan", version = FORMAT_VERSION),
        },
        _ => syntax(e),
    })?;
    match probe.version {
        0 => {
            return Err(LoadError::Invalid {
                path: path.to_owned(),
                message: t!("file-version-zero", newest = FORMAT_VERSION),
            });
        }
        v if v > FORMAT_VERSION => return Err(LoadError::TooNew { path: path.to_owned(), found: v }),
        _ => {}
    }
    let mut plan: Plan = options().from_str(text).map_err(syntax)?;
    if let Some((field, message)) = plan.rules.problem() {
        // Point at the setting: its name's first appearance after `rules:`.
        let from = text.find("rules:").unwrap_or(0);
        let at = text.get(from..).and_then(|rest| rest.find(field)).map_or(from, |i| from + i);
        let before = text.get(..at).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        return Err(LoadError::Syntax { path: path.to_owned(), line, column, message });
    }
    plan.normalize().map_err(|id| LoadError::Invalid {
        path: path.to_owned(),
        message: t!("file-repeated-id", id = id.0),
    })?;
    let controls_removed = plan.strip_controls();
    if plan.id.is_unset() {
        // Written before plans had ids (version 3 and older) or by hand.
        plan.id = PlanId::of_old_plan(&plan.meta);
    }
    plan.version = FORMAT_VERSION;
    // The revision of what was read: the one written down, unless the file was changed since
    // it was saved (by hand, or by a tool that kept the field), which makes a new revision made
    // from the written one; a file from before revisions gets its content's.
    let read = revision(&plan).ok();
    if let Some(written) = plan.revision
        && read != Some(written)
    {
        plan.parents = vec![written];
    }
    plan.revision = read;
    Ok(Loaded { plan, controls_removed, comments: comments::find(text) })
}

fn describe(code: &ron::Error) -> String {
    match code {
        ron::Error::Eof => t!("file-ends-early"),
        ron::Error::ExceededRecursionLimit => {
            t!("file-too-deep", depth = MAX_DEPTH)
        }
        other => other.to_string(),
    }
}

/// The plan as the text that [`save`] writes, with its revision ([`stamped`]): same plan,
/// same bytes.
pub fn to_text(plan: &Plan) -> Result<String, ron::Error> {
    pretty(&stamped(plan)?)
}

/// The version the revision's text is written as: the one revisions came in with, so that a
/// later format bump alone does not give every saved plan a new revision (which would make it
/// look changed since it was saved, and give it a parent it never had).
const REVISION_TEXT_VERSION: u32 = 5;

/// The revision of the plan's content: the hash of its text without the revision fields.
pub fn revision(plan: &Plan) -> Result<Revision, ron::Error> {
    let mut bare = plan.clone();
    bare.revision = None;
    bare.parents = Vec::new();
    bare.version = REVISION_TEXT_VERSION;
    Ok(Revision::of_text(&pretty(&bare)?))
}

/// The plan as it is written: with the revision of its content, and, when that content is new
/// since the revision it was loaded or saved as, that revision as its one parent. A plan never
/// saved keeps its parents (none, or the two a merge gave it).
pub fn stamped(plan: &Plan) -> Result<Plan, ron::Error> {
    let now = revision(plan)?;
    let mut out = plan.clone();
    if let Some(was) = plan.revision
        && was != now
    {
        out.parents = vec![was];
    }
    out.revision = Some(now);
    Ok(out)
}

fn pretty(plan: &Plan) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .separate_tuple_members(false)
        .extensions(Extensions::IMPLICIT_SOME);
    let mut text = ron::Options::default().to_string_pretty(plan, config)?;
    text.push('\n');
    Ok(text)
}

/// What a file looked like on disk (time of last change and size), to notice when another
/// program changes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    modified: std::time::SystemTime,
    len: u64,
}

/// When the file was last changed, in UTC (the ICS export's DTSTAMP).
pub fn modified_utc(path: &Path) -> Option<chrono::NaiveDateTime> {
    let time = fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(chrono::DateTime::<chrono::Utc>::from(time).naive_utc())
}

/// The file's stamp now, or `None` when it cannot be read (deleted, moved).
pub fn stamp(path: &Path) -> Option<Stamp> {
    let meta = fs::metadata(path).ok()?;
    Some(Stamp { modified: meta.modified().ok()?, len: meta.len() })
}

/// How many earlier versions a save keeps beside the file.
pub const BACKUPS: usize = 3;

/// The backups kept beside `path`, newest first: `NAME.bak`, `NAME.bak.2`, `NAME.bak.3`.
pub fn backup_paths(path: &Path) -> [PathBuf; BACKUPS] {
    std::array::from_fn(|i| {
        let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
        name.push(".bak");
        if i > 0 {
            name.push(format!(".{}", i + 1));
        }
        path.with_file_name(name)
    })
}

/// The newest backup of `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let [newest, ..] = backup_paths(path);
    newest
}

/// Moves each backup one older (the oldest goes) and copies `path` in as the newest.
fn rotate_backups(path: &Path) -> std::io::Result<()> {
    let backups = backup_paths(path);
    for pair in backups.windows(2).rev() {
        if let [newer, older] = pair
            && newer.exists()
        {
            fs::rename(newer, older)?;
        }
    }
    fs::copy(path, backup_path(path)).map(drop)
}

/// Saves atomically, keeping the previous file as `NAME.bak` (and older ones as `.bak.2`, …).
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let text =
        to_text(plan).map_err(|e| SaveError::Encode { path: path.to_owned(), message: e.to_string() })?;
    write_atomic(path, text.as_bytes()).map_err(|source| SaveError::Io { path: path.to_owned(), source })
}

/// Writes `bytes` to `path` through a synced temporary file and a rename. When the file
/// already holds exactly `bytes`, nothing is written and the backups are not rotated, so a
/// habitual Ctrl+S does not push the older versions out.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_file(path, bytes, true)
}

/// Writes `bytes` to `path` as [`write_atomic`] does, but keeps no backups: for files another
/// program owns, such as the one git hands a merge driver, where a `.bak` would be left in the
/// repository.
pub fn write_without_backups(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_file(path, bytes, false)
}

fn write_file(path: &Path, bytes: &[u8], backups: bool) -> std::io::Result<()> {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(path.file_name().unwrap_or_default());
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        // Written, synced and closed before the rename.
        {
            let mut file = fs::File::create(&tmp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
        }
        if backups && path.exists() {
            rotate_backups(path)?;
        }
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(&dir) {
            // Not every filesystem can sync a directory; the rename has happened either way.
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
