//! `comeback log PLAN FILE_OR_FOLDER…`: recorded activities logged into a plan, each printed
//! with what it matched (or why not) and what was judged of it, and the plan saved unless
//! `--dry-run`. Pain given with `--pain-during`, `--pain-next-day` and `--sharp`, and the stop
//! signs given with `--stop-sign`, are logged with every session the files log: they are the
//! files of one outing.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;

use super::{CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, Format, safe};
use crate::activity::{self, Line, Options, PainAnswer, ReadError, Target};
use crate::file;
use crate::plan::{Command, PainLog, Plan, StopSigns};
use crate::t;

/// The pain a session keeps: `pain` answered over what it `had`, with `signs` added to the
/// signs it had (a sign given is never taken away here, as `--sharp` is never).
fn answered(pain: PainAnswer, signs: StopSigns, had: Option<PainLog>) -> Option<PainLog> {
    let mut log = pain.over(had);
    if !signs.is_empty() {
        let log = log.get_or_insert_default();
        for sign in signs.iter() {
            log.stop_signs.set(sign, true);
        }
    }
    log
}

#[derive(Serialize)]
struct JsonReport<'a> {
    plan: String,
    units: &'static str,
    saved: bool,
    activities: Vec<JsonLine<'a>>,
    skipped: Vec<JsonSkipped>,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    file: &'a str,
    sport: activity::Sport,
    start: DateTime<Utc>,
    local_start: NaiveDateTime,
    date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_m: Option<f64>,
    duration_s: f64,
    /// What it logs, in the plan's units.
    #[serde(skip_serializing_if = "Option::is_none")]
    distance: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minutes: Option<f64>,
    /// `logged`, `moved`, `new`, `outside` (not logged), `already`, `repeated`,
    /// `out_of_range` or `too_short`.
    outcome: &'static str,
    /// Far from what was planned, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    far: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    session: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    moved_from: Option<NaiveDate>,
    text: String,
}

#[derive(Serialize)]
struct JsonSkipped {
    file: String,
    reason: String,
}

/// Reads every activity file in `inputs` (files, or folders of them), matches the activities
/// to the plan at `plan_path`, logs `pain` and its stop signs with each session logged and
/// saves the plan unless
/// `dry_run`. Exit code 0 when every activity was logged (or already was), 1 when some file or
/// activity was skipped (the rest applied), 2 when no file could be read.
pub(super) fn run(
    plan_path: &Path,
    inputs: &[PathBuf],
    options: &Options,
    (pain, signs): (PainAnswer, StopSigns),
    (dry_run, format): (bool, Format),
    out: &mut dyn Write,
) -> Result<u8, CliError> {
    let loaded = file::load_checked(plan_path)?;
    let plan = loaded.plan;
    let (files, mut skipped) = activity::collect(inputs);
    let mut activities = Vec::new();
    let mut read_files = 0;
    for path in &files {
        match activity::read_file(path) {
            Ok(read) => {
                read_files += 1;
                activities.extend(read);
            }
            Err(e) => skipped.push(e),
        }
    }
    let preview = activity::preview(&plan, activities, options);
    let mut commands = preview.commands(&plan);
    for command in &mut commands {
        if let Command::EditSession(session) | Command::AddSession(session) = command {
            session.pain = answered(pain, signs, session.pain);
        }
    }
    // The morning after, the run's file was logged yesterday: its line finds it already in the
    // plan, and the score is for that session.
    for line in preview.lines() {
        if let Target::Already(id) = line.target
            && let Some(session) = plan.session(id)
        {
            let scored =
                crate::plan::Session { pain: answered(pain, signs, session.pain), ..session.clone() };
            if scored != *session {
                commands.push(Command::EditSession(scored));
            }
        }
    }
    let mut after = plan.clone();
    for command in commands.iter().cloned() {
        if let Err(e) = after.apply(command) {
            // The preview is made from this plan, so this is a bug; say so and change nothing.
            let path = plan_path.display().to_string();
            writeln!(out, "✗ {}", t!("cli-log-not-applied", path = path, error = e.to_string()))?;
            return Ok(EXIT_UNREADABLE);
        }
    }
    let read_none = read_files == 0;
    let saved = !dry_run && !read_none && !commands.is_empty();
    if saved {
        // Saving drops comments written in the file: they become notes, said out loud.
        let comments = crate::comments::as_notes(
            &after,
            &loaded.comments,
            &t!("cli-log-comment-note"),
            chrono::Utc::now(),
        );
        for command in comments {
            if let Err(e) = after.apply(command) {
                let path = plan_path.display().to_string();
                writeln!(out, "✗ {}", t!("cli-log-comment-failed", path = path, error = e.to_string()))?;
                return Ok(EXIT_UNREADABLE);
            }
        }
        file::save(&after, plan_path)?;
        if !loaded.comments.is_empty() && format == Format::Text {
            let path = plan_path.display().to_string();
            writeln!(out, "! {}", t!("cli-log-comments-kept", path = path, n = loaded.comments.len()))?;
        }
    }
    match format {
        Format::Text => {
            write_text(out, plan_path, &plan, preview.lines(), &skipped, (dry_run, saved, files.is_empty()))?;
        }
        Format::Json => {
            let new_ids = commands.iter().filter_map(|c| match c {
                Command::AddSession(s) => Some(s.id.0),
                _ => None,
            });
            let report = json_report(plan_path, &plan, preview.lines(), new_ids, &skipped, saved);
            out.write_all(safe::json(&report).map_err(std::io::Error::from)?.as_bytes())?;
            writeln!(out)?;
        }
    }
    let left_out = preview.lines().iter().any(|l| not_logged(l).is_some());
    Ok(if read_none {
        EXIT_UNREADABLE
    } else if skipped.is_empty() && !left_out {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    })
}

fn write_text(
    out: &mut dyn Write,
    plan_path: &Path,
    plan: &Plan,
    lines: &[Line],
    skipped: &[ReadError],
    (dry_run, saved, no_files): (bool, bool, bool),
) -> std::io::Result<()> {
    for line in lines {
        writeln!(out, "{}: {}", line.activity.file, line.describe(plan))?;
    }
    for error in skipped {
        writeln!(out, "✗ {error}")?;
    }
    if no_files {
        writeln!(out, "✗ {}", t!("cli-log-no-files"))?;
        return Ok(());
    }
    let count =
        |wanted: fn(&Target) -> bool| lines.iter().filter(|l| l.changes() && wanted(&l.target)).count();
    let logged = count(|t| matches!(t, Target::Session { .. }));
    let new = count(|t| matches!(t, Target::New(_)));
    let already = lines.iter().filter(|l| matches!(l.target, Target::Already(_))).count();
    let left_out = |why: NotLogged| lines.iter().filter(|l| not_logged(l) == Some(why)).count();
    let (outside, short) = (left_out(NotLogged::Outside), left_out(NotLogged::TooShort));
    let mut clauses =
        vec![t!("cli-log-read", read = lines.len(), logged = logged, new = new, already = already)];
    if outside > 0 {
        clauses.push(t!("cli-log-outside", n = outside));
    }
    if short > 0 {
        clauses.push(t!("cli-log-too-short", n = short));
    }
    if !skipped.is_empty() {
        clauses.push(t!("cli-log-skipped", n = skipped.len()));
    }
    let name = plan_path.display().to_string();
    let outcome = if saved {
        t!("cli-log-saved", path = name, backup = file::backup_path(plan_path).display().to_string())
    } else if lines.is_empty() {
        t!("cli-log-none-read", path = name)
    } else if dry_run {
        t!("cli-log-dry-run")
    } else {
        t!("cli-log-unchanged", path = name)
    };
    // The clauses are whole phrases; only the punctuation between them is the code's.
    writeln!(out, "{}. {outcome}", clauses.join("; "))
}

fn json_report<'a>(
    plan_path: &Path,
    plan: &Plan,
    lines: &'a [Line],
    mut new_ids: impl Iterator<Item = u32>,
    skipped: &[ReadError],
    saved: bool,
) -> JsonReport<'a> {
    let activities = lines
        .iter()
        .map(|line| {
            let (outcome, session, moved_from) = match &line.target {
                Target::Session { id, moved_from: None } => ("logged", Some(id.0), None),
                Target::Session { id, moved_from } => ("moved", Some(id.0), *moved_from),
                Target::New(_) if line.outside && !line.included => ("outside", None, None),
                Target::New(_) => ("new", if line.changes() { new_ids.next() } else { None }, None),
                Target::Already(id) => ("already", Some(id.0), None),
                Target::Repeated => ("repeated", None, None),
                Target::OutOfRange => ("out_of_range", None, None),
                Target::TooShort => ("too_short", None, None),
            };
            let a = &line.activity;
            JsonLine {
                file: &a.file,
                sport: a.sport,
                start: a.start,
                local_start: line.local_start,
                date: line.date(),
                distance_m: a.distance_m,
                duration_s: a.duration_s,
                distance: line.actual.distance.map(crate::plan::Distance::get),
                minutes: line.actual.minutes.map(crate::plan::Minutes::get),
                outcome,
                far: line.far(plan),
                session,
                moved_from,
                text: line.describe(plan),
            }
        })
        .collect();
    JsonReport {
        plan: plan_path.display().to_string(),
        units: plan.meta.units.abbrev(),
        saved,
        activities,
        skipped: skipped
            .iter()
            .map(|e| JsonSkipped { file: e.file.display().to_string(), reason: e.reason.to_string() })
            .collect(),
    }
}

/// Why an activity read was not logged, where the report counts it and the exit code is 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NotLogged {
    /// Done outside the plan's weeks, without --include-outside.
    Outside,
    /// Under a minute or 100 m.
    TooShort,
}

/// Why `line` was read but not logged, if it was one of the activities the report counts as
/// left out (an activity already in the plan, or repeated, is not left out: it is there).
fn not_logged(line: &Line) -> Option<NotLogged> {
    if matches!(line.target, Target::TooShort) {
        Some(NotLogged::TooShort)
    } else if line.outside && !line.included {
        Some(NotLogged::Outside)
    } else {
        None
    }
}
