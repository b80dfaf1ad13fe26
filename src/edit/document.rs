//! The open plan, its file, its findings and its history.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::history::{EditKey, History};
use super::marks::Marks;
use crate::file;
use crate::plan::{Applied, Command, CommandError, Lens, Plan, SessionId};
use crate::rules::{self, Finding, Severity, WeekSummary};

/// A plan being edited. Every change goes through [`Document::apply`], which records undo
/// history and re-validates the whole plan.
pub struct Document {
    /// The plan as its file has it.
    own: Plan,
    /// How the viewer wants it shown, and the plan so shown (what the window draws, what the
    /// findings are about, what edits are made on).
    lens: Lens,
    plan: Plan,
    path: Option<PathBuf>,
    /// The file as it was when read or last written, to notice other programs' changes.
    disk: Option<file::Stamp>,
    saved: Option<Plan>,
    history: History,
    findings: Vec<Finding>,
    weeks: Vec<WeekSummary>,
    day_severity: HashMap<NaiveDate, Severity>,
    session_severity: HashMap<SessionId, Severity>,
    revision: u64,
    /// The marks of the merge just made, and of one Undo took back (for Redo).
    pub(super) marks: Marks,
}

impl Document {
    /// A document for `plan`, read from (or to be saved to) `path`, with no unsaved changes.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let saved = Some(plan.clone());
        let disk = path.as_deref().and_then(file::stamp);
        let mut doc = Self {
            own: plan.clone(),
            plan,
            lens: Lens::default(),
            disk,
            path,
            saved,
            history: History::default(),
            findings: Vec::new(),
            weeks: Vec::new(),
            day_severity: HashMap::new(),
            session_severity: HashMap::new(),
            revision: 0,
            marks: Marks::default(),
        };
        doc.revalidate();
        doc
    }

    /// A document restored from an autosave of the file at `path`: the file's version is the
    /// saved one, the restored plan is unsaved on top of it.
    pub fn restored(plan: Plan, path: Option<PathBuf>, on_disk: Option<Plan>) -> Self {
        let mut doc = Self::new(plan, path);
        doc.saved = on_disk;
        doc
    }

    /// The plan as shown: in the viewer's units and week start (see [`Document::set_lens`]).
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The plan as its file has it: what is saved, exported and compared.
    pub fn file_plan(&self) -> &Plan {
        &self.own
    }

    /// Shows the plan through `lens` from now on; the file's values do not change.
    pub fn set_lens(&mut self, lens: Lens) {
        if lens != self.lens {
            self.lens = lens;
            self.revalidate();
        }
    }

    /// Finds the findings again after the language changed: they are kept as text, written in
    /// the language of the moment they were found.
    pub fn relanguage(&mut self) {
        self.revalidate();
    }

    /// The file, if the plan has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The name shown in the title bar.
    pub fn name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| crate::t!("edit-untitled"), |n| n.to_string_lossy().into_owned())
    }

    /// A number that changes whenever the plan does (edits, undo, redo), for caches.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether another program changed (or removed) the plan's file since it was read or saved.
    pub fn changed_on_disk(&self) -> bool {
        self.path.as_deref().is_some_and(|p| file::stamp(p) != self.disk)
    }

    /// Accepts the file as it is now on disk as the known version (after the user chose to
    /// keep their own plan).
    pub fn accept_disk(&mut self) {
        self.disk = self.path.as_deref().and_then(file::stamp);
    }

    /// Takes `on_disk`, read from the file as another program left it, as the file's version
    /// (after merging it into the open plan).
    pub fn accept_disk_as(&mut self, on_disk: Plan) {
        self.accept_disk();
        self.saved = Some(on_disk);
    }

    /// The plan as its file had it when read or last written: the version both the open plan
    /// and another program's save of the file started from.
    pub fn saved_plan(&self) -> Option<&Plan> {
        self.saved.as_ref()
    }

    /// Whether the plan differs from its file.
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.own)
    }

    /// Records that the plan was written to `path`, as the revision written, so the next save
    /// is made from this one.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.disk = file::stamp(&path);
        self.path = Some(path);
        if let Ok(stamped) = file::stamped(&self.own) {
            self.own = stamped;
        }
        self.saved = Some(self.own.clone());
        self.history.seal();
        self.marks = Marks::default();
    }

    /// The validator's findings, sorted by day.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Weekly totals and levels, as [`rules::week_summaries`] lists them.
    pub fn weeks(&self) -> &[WeekSummary] {
        &self.weeks
    }

    /// The most serious finding touching a day.
    pub fn day_severity(&self, date: NaiveDate) -> Option<Severity> {
        self.day_severity.get(&date).copied()
    }

    /// The most serious finding naming a session.
    pub fn session_severity(&self, id: SessionId) -> Option<Severity> {
        self.session_severity.get(&id).copied()
    }

    /// Applies `commands`, made on the shown plan, as one undoable step called `label`; all or
    /// nothing. They reach the file's plan in its own units.
    ///
    /// Returns the session the last command touched, to select it.
    pub fn apply(
        &mut self,
        commands: Vec<Command>,
        label: &str,
        key: Option<EditKey>,
    ) -> Result<Option<Applied>, CommandError> {
        self.change(commands, label, key, true)
    }

    /// Applies `commands`, made on the file's plan (taking another version's changes), as one
    /// undoable step called `label`; all or nothing.
    pub fn apply_to_file(
        &mut self,
        commands: Vec<Command>,
        label: &str,
    ) -> Result<Option<Applied>, CommandError> {
        self.change(commands, label, None, false)
    }

    fn change(
        &mut self,
        commands: Vec<Command>,
        label: &str,
        key: Option<EditKey>,
        shown: bool,
    ) -> Result<Option<Applied>, CommandError> {
        let mut next = self.own.clone();
        let mut last = None;
        let lens = if shown && self.lens.changes(&self.own) { Some(self.lens) } else { None };
        for command in commands {
            let command = match lens {
                Some(lens) => lens.to_file(command, &next, &lens.view(&next)),
                None => command,
            };
            last = Some(next.apply(command)?);
        }
        if next == self.own {
            return Ok(last);
        }
        let before = std::mem::replace(&mut self.own, next);
        self.history.record(before, label, key);
        self.revalidate();
        Ok(last)
    }

    /// Ends a run of joined edits (see [`EditKey`]).
    pub fn seal_history(&mut self) {
        self.history.seal();
    }

    /// Reverts the last change; returns its name.
    pub fn undo(&mut self) -> Option<String> {
        let (plan, label) = self.history.undo(self.own.clone())?;
        self.own = plan;
        self.made_from_last_saved();
        self.revalidate();
        self.marks.undone(&label);
        Some(label)
    }

    /// Repeats the last undone change; returns its name.
    pub fn redo(&mut self) -> Option<String> {
        let (plan, label) = self.history.redo(self.own.clone())?;
        self.own = plan;
        self.made_from_last_saved();
        self.revalidate();
        self.marks.redone(&label);
        Some(label)
    }

    /// A step taken back or again brings a plan as it was before or after a save, still naming
    /// the revision it was made from then, which may be older than the one saved since: its
    /// next save would record that older one as its parent, and a merge would find a base
    /// further back than it need. Unless it is exactly a saved revision (its own), or a merge's
    /// (no revision, its two parents), it is made from the revision last loaded or saved.
    fn made_from_last_saved(&mut self) {
        let Some(last) = self.saved.as_ref().and_then(|p| p.revision) else { return };
        if self.own.revision.is_some() && file::revision(&self.own).ok() != self.own.revision {
            self.own.revision = Some(last);
        }
    }

    /// Name of the change Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// Name of the change Redo would repeat.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    fn revalidate(&mut self) {
        self.revision += 1;
        self.plan = if self.lens.changes(&self.own) { self.lens.view(&self.own) } else { self.own.clone() };
        self.findings = rules::validate(&self.plan);
        self.weeks = rules::week_summaries(&self.plan);
        self.day_severity.clear();
        self.session_severity.clear();
        for f in &self.findings {
            for &date in &f.dates {
                let worst = self.day_severity.entry(date).or_insert(f.severity);
                *worst = (*worst).max(f.severity);
            }
            for &id in &f.sessions {
                let worst = self.session_severity.entry(id).or_insert(f.severity);
                *worst = (*worst).max(f.severity);
            }
        }
    }
}
