//! Workouts for the watch: one FIT workout file per planned run, run/walk and walk, so that
//! the watch beeps at each change of "run 1 min / walk 1 min × 12" without an account or a
//! server. `docs/watch.md` says how they get onto a Garmin.
//!
//! [`workout`] maps a session onto a watch's steps (the domain's part); [`encode`] lays a
//! workout out as FIT bytes; [`export_workouts`] writes a plan's files into a folder.
//!
//! The encoder is our own, about 150 lines, rather than a crate. The one Rust crate that writes
//! FIT, `rustyfit` (0.11), needs Rust 1.93 from 0.7 on, above this crate's `rust-version`
//! (1.88); it brings a generated profile of every FIT message (65 000 lines) to write three
//! messages of twelve fields, and its encoder wants `embedded-io`'s `Write + Seek`, so a second
//! adapter crate. (`fitparser`, the other maintained crate, only reads.) The format a workout
//! needs is small and fixed: a header, three definitions, their data records and CRC-16 as in
//! the FIT SDK. The tests hold it to Garmin's own decoder (`garmin-fit-sdk`, integrity and every
//! field) and read it back with `fitparser`, so a slip shows there. Should the crate's Rust
//! version rise to 1.93, swapping [`fit`] for `rustyfit` leaves [`workout`] as it is.

mod fit;
mod workout;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::plan::{Plan, Session, SessionId, SessionKind, Status};

pub use fit::{encode, seal};
pub use workout::{Intensity, Length, MAX_NAME_LEN, Sport, Step, TooLong, Workout, workout};

/// Why writing workouts to a folder failed.
#[derive(Debug, thiserror::Error)]
pub enum WorkoutError {
    /// The folder could not be made.
    #[error("{}", crate::t!("watch-folder", path = .path.display().to_string(), error = .source.to_string()))]
    Folder {
        /// The folder that could not be made.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A session's time or distance is too large for a watch; nothing was written.
    #[error("{0}")]
    TooLong(#[from] TooLong),
    /// A workout file could not be written; the files listed before it were.
    #[error("{}", crate::t!("watch-write", path = .path.display().to_string(), error = .source.to_string()))]
    Write {
        /// The workout file being written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// The sessions a watch export covers: planned (neither done nor skipped) runs, run/walks and
/// walks from `from` to `until`, both included, either open-ended when `None`, in plan order.
///
/// Done and skipped sessions are left out: a watch needs a workout to follow, not one already
/// run or given up. A run/walk of zero repeats is left out too, having nothing to do.
pub fn exported_sessions(
    plan: &Plan,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> impl Iterator<Item = &Session> {
    plan.sessions().iter().filter(move |s| {
        s.status == Status::Planned
            && from.is_none_or(|d| s.date >= d)
            && until.is_none_or(|d| s.date <= d)
            && workout::has_workout(&s.kind)
    })
}

/// The file name of `session`'s workout: "2026-12-01-run-walk.fit", the date and the kind.
///
/// The second and later sessions of the same kind on the same day (in the plan's order) get
/// "-2", "-3" …, so names are unique in a folder and stay the same whichever dates are
/// exported.
pub fn file_name(plan: &Plan, session: &Session) -> String {
    let kind = kind_slug(&session.kind);
    let earlier = plan
        .sessions_on(session.date)
        .iter()
        .take_while(|s| s.id != session.id)
        .filter(|s| kind_slug(&s.kind) == kind)
        .count();
    let counter = if earlier == 0 { String::new() } else { format!("-{}", earlier + 1) };
    format!("{}-{kind}{counter}.fit", crate::dates::iso(session.date))
}

fn kind_slug(kind: &SessionKind) -> &'static str {
    match kind {
        SessionKind::Run(_) => "run",
        SessionKind::RunWalk(_) => "run-walk",
        SessionKind::Walk { .. } => "walk",
        SessionKind::Cross { .. } => "cross",
        SessionKind::Strength { .. } => "strength",
        SessionKind::Rest => "rest",
    }
}

/// Writes one FIT workout per session of [`exported_sessions`] into `dir` (made if missing)
/// and returns the files written, in plan order.
///
/// Every workout is made before any is written, so a session too long for a watch stops the
/// export with nothing written. Each file is written under a temporary name, synced and renamed
/// into place, so a watch or a reader never sees half a file; a file of the same name is
/// replaced. `created` is every file's `time_created` (pass the time of the export: nothing
/// here reads the clock). On a write error the files before the failing one are complete and
/// stay.
pub fn export_workouts(
    plan: &Plan,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    dir: &Path,
    created: NaiveDateTime,
) -> Result<Vec<PathBuf>, WorkoutError> {
    let mut workouts = Vec::new();
    for session in exported_sessions(plan, from, until) {
        if let Some(made) = workout(plan, session)? {
            workouts.push((session, made));
        }
    }
    make_folder(dir)?;
    workouts.iter().map(|(session, made)| write_workout(plan, session, made, dir, created)).collect()
}

/// The session `id` if it has a workout to follow: a planned run, run/walk or walk of the plan
/// (what "Send to watch…" offers).
pub fn sendable(plan: &Plan, id: SessionId) -> Option<&Session> {
    let date = plan.session(id)?.date;
    exported_sessions(plan, Some(date), Some(date)).find(|s| s.id == id)
}

/// Writes the workout of the one session `id` into `dir` (made if missing), as
/// [`export_workouts`] would; `None` when it has none (see [`sendable`]).
pub fn export_session(
    plan: &Plan,
    id: SessionId,
    dir: &Path,
    created: NaiveDateTime,
) -> Result<Option<PathBuf>, WorkoutError> {
    let Some(session) = sendable(plan, id) else { return Ok(None) };
    let Some(made) = workout(plan, session)? else { return Ok(None) };
    make_folder(dir)?;
    write_workout(plan, session, &made, dir, created).map(Some)
}

fn make_folder(dir: &Path) -> Result<(), WorkoutError> {
    std::fs::create_dir_all(dir).map_err(|source| WorkoutError::Folder { path: dir.to_owned(), source })
}

fn write_workout(
    plan: &Plan,
    session: &Session,
    workout: &Workout,
    dir: &Path,
    created: NaiveDateTime,
) -> Result<PathBuf, WorkoutError> {
    let path = dir.join(file_name(plan, session));
    crate::file::write_atomic(&path, &encode(workout, created))
        .map_err(|source| WorkoutError::Write { path: path.clone(), source })?;
    Ok(path)
}
