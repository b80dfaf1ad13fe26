//! A coach's folder of athletes: every plan file in a folder, one line each, sorted by what
//! needs attention first. The app's Open folder… and `comeback validate DIR` both show this.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::plan::{Plan, Session, Status};
use crate::rules::{self, Severity};
use crate::{file, i18n, t};

/// How far back a painful session still asks for the coach's attention.
const PAIN_LOOKBACK_DAYS: u64 = 14;

/// What a plan needs from its coach, most urgent first (the sort order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attention {
    /// The file cannot be opened.
    Unreadable,
    /// Pain logged recently, or the plan breaks a rule.
    Urgent,
    /// Warnings to look at.
    Check,
    /// Sessions in the past not logged as done or skipped.
    Unlogged,
    /// Nothing to do.
    Fine,
}

/// One plan file's line in the overview.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Athlete {
    /// The plan file.
    pub path: PathBuf,
    /// The athlete's name, or the plan's title, or the file name.
    pub name: String,
    /// Why the file cannot be opened (with line and column), if it cannot.
    pub error: Option<String>,
    /// This week's sessions as short texts with their status.
    pub week: Vec<(String, Status)>,
    /// This week's sessions done.
    pub done: usize,
    /// All this week's sessions that were not skipped.
    pub planned: usize,
    /// Running distance done this week and planned for it, with the unit: "1.5 / 2.75 mi".
    pub running: String,
    /// How many errors the validator finds in the plan.
    pub errors: usize,
    /// How many warnings the validator finds in the plan.
    pub warnings: usize,
    /// Sessions of the last week before today still marked planned.
    pub unlogged: usize,
    /// The latest painful session in the last two weeks: "pain 5/10 during, Tue 24 Nov".
    pub pain: Option<String>,
    /// When the file last changed (UTC).
    pub changed: Option<NaiveDateTime>,
    /// What it needs.
    pub attention: Attention,
}

impl Athlete {
    /// Why it is where it is in the list, in a few words.
    pub fn reason(&self) -> String {
        match self.attention {
            Attention::Unreadable => t!("folder-unreadable"),
            Attention::Urgent => match &self.pain {
                Some(pain) => pain.clone(),
                None => crate::text::counted(self.errors, "error"),
            },
            Attention::Check => crate::text::counted(self.warnings, "warning"),
            Attention::Unlogged => t!("folder-unlogged", n = self.unlogged),
            Attention::Fine => t!("folder-on-track"),
        }
    }
}

/// The overview of every `.ron` plan in `dir` as of `today`, most attention first.
pub fn overview(dir: &Path, today: NaiveDate) -> std::io::Result<Vec<Athlete>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            // Hidden names are save's temporary files; backups end in .bak.
            p.is_file() && !name.starts_with('.') && p.extension().is_some_and(|e| e == "ron")
        })
        .collect();
    paths.sort();
    let mut athletes: Vec<Athlete> = paths.into_iter().map(|p| athlete(p, today)).collect();
    athletes.sort_by(|a, b| {
        (a.attention, std::cmp::Reverse(a.errors), std::cmp::Reverse(a.warnings), a.name.to_lowercase()).cmp(
            &(b.attention, std::cmp::Reverse(b.errors), std::cmp::Reverse(b.warnings), b.name.to_lowercase()),
        )
    });
    Ok(athletes)
}

fn athlete(path: PathBuf, today: NaiveDate) -> Athlete {
    let changed = file::modified_utc(&path);
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    match file::load(&path) {
        Err(e) => Athlete {
            name: stem,
            error: Some(e.to_string()),
            week: Vec::new(),
            done: 0,
            planned: 0,
            running: String::new(),
            errors: 0,
            warnings: 0,
            unlogged: 0,
            pain: None,
            changed,
            attention: Attention::Unreadable,
            path,
        },
        Ok(plan) => summarise(path, &plan, today, changed, stem),
    }
}

fn summarise(
    path: PathBuf,
    plan: &Plan,
    today: NaiveDate,
    changed: Option<NaiveDateTime>,
    stem: String,
) -> Athlete {
    let name = [&plan.meta.athlete, &plan.meta.title]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or(stem);
    let findings = rules::validate(plan);
    let (errors, warnings, _) = rules::counts(&findings);
    let units = plan.meta.units;
    let week_start = plan.meta.week_start.week_of(today);
    let week_end = week_start.checked_add_days(Days::new(6)).unwrap_or(week_start);
    let this_week: Vec<&Session> =
        plan.sessions().iter().filter(|s| (week_start..=week_end).contains(&s.date)).collect();
    let counted = this_week.iter().filter(|s| s.counts());
    let pace = plan.rules.easy_pace_min_per_unit;
    let ran: f64 = counted.clone().filter(|s| s.status == Status::Done).map(|s| s.run_distance(pace)).sum();
    let to_run: f64 = counted.clone().map(|s| s.run_distance(pace)).sum();
    let week_ago = today.checked_sub_days(Days::new(7)).unwrap_or(today);
    let unlogged = plan
        .sessions()
        .iter()
        .filter(|s| s.status == Status::Planned && s.date < today && s.date >= week_ago)
        .count();
    let since = today.checked_sub_days(Days::new(PAIN_LOOKBACK_DAYS)).unwrap_or(today);
    let pain = plan
        .sessions()
        .iter()
        .rev()
        .filter(|s| s.date >= since && s.date <= today)
        .filter(|s| s.status == Status::Done)
        .find_map(|s| Some((s.date, s.pain?.worst(plan.rules.pain_threshold)?)))
        .map(|(date, worst)| format!("{worst}, {}", crate::dates::day(date)));
    let attention = if pain.is_some() || errors > 0 {
        Attention::Urgent
    } else if findings.iter().any(|f| f.severity == Severity::Warning) {
        Attention::Check
    } else if unlogged > 0 {
        Attention::Unlogged
    } else {
        Attention::Fine
    };
    Athlete {
        path,
        name,
        error: None,
        week: this_week.iter().map(|s| (s.kind.short(units), s.status)).collect(),
        done: this_week.iter().filter(|s| s.status == Status::Done).count(),
        planned: counted.count(),
        running: format!("{} / {} {}", i18n::number(ran), i18n::number(to_run), units.abbrev()),
        errors,
        warnings,
        unlogged,
        pain,
        changed,
        attention,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::{Attention, overview};
    use crate::plan::{Command, Pain, PainLog, Status};

    fn day(d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    /// A folder with a good plan, a broken one, one with fresh pain and a file that is not a
    /// plan comes out most urgent first; backups and other files are left out.
    #[test]
    fn the_folder_lists_plans_by_attention() {
        let dir = tempfile::tempdir().unwrap();
        let saves = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
        let example = crate::file::load(&saves.join("example.ron")).unwrap();
        crate::file::save(&example, &dir.path().join("alex.ron")).unwrap();
        std::fs::copy(saves.join("broken.ron"), dir.path().join("broken.ron")).unwrap();
        let mut hurt = example.clone();
        let mut run = hurt.sessions().iter().find(|s| s.date == day(26)).unwrap().clone();
        run.pain = Some(PainLog { during: Pain::new(6).unwrap(), ..PainLog::default() });
        hurt.apply(Command::EditSession(run)).unwrap();
        let mut meta = hurt.meta.clone();
        meta.athlete = "Bea".to_owned();
        hurt.apply(Command::SetMeta(meta)).unwrap();
        crate::file::save(&hurt, &dir.path().join("bea.ron")).unwrap();
        std::fs::write(dir.path().join("notes.ron"), "not a plan").unwrap();
        std::fs::write(dir.path().join("readme.txt"), "ignored").unwrap();

        let rows = overview(dir.path(), day(29)).unwrap();
        let order: Vec<(&str, Attention)> = rows.iter().map(|a| (a.name.as_str(), a.attention)).collect();
        let broken = crate::file::load(&saves.join("broken.ron")).unwrap().meta.athlete;
        assert_eq!(
            order,
            [
                ("notes", Attention::Unreadable),
                (broken.as_str(), Attention::Urgent),
                ("Bea", Attention::Urgent),
                ("Alex Moreno", Attention::Unlogged),
            ]
        );
        assert!(rows[0].error.as_deref().unwrap().contains("notes.ron:1:"), "{:?}", rows[0].error);
        assert_eq!(rows[2].reason(), "pain 6/10 during, Thu 26 Nov");
        let alex = &rows[3];
        assert_eq!((alex.done, alex.planned, alex.unlogged), (6, 8, 1), "{:?}", alex.week);
        assert_eq!(alex.week.first().map(|(_, s)| *s), Some(Status::Done));
        assert_eq!(alex.running, "1.83 / 2.75 mi");
        assert!(alex.changed.is_some());
    }

    /// A stop sign logged after a birth is why the coach is asked to look, in its words.
    #[test]
    fn a_stop_sign_is_the_reason_given() {
        let mut plan =
            crate::file::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron"))
                .unwrap();
        let mut run = plan.sessions().iter().find(|s| s.date == day(26)).unwrap().clone();
        let mut pain = PainLog::default();
        pain.stop_signs.set(crate::plan::StopSign::Leaking, true);
        run.pain = Some(pain);
        plan.apply(Command::EditSession(run)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        crate::file::save(&plan, &dir.path().join("cara.ron")).unwrap();
        let rows = overview(dir.path(), day(29)).unwrap();
        assert_eq!(rows[0].attention, Attention::Urgent);
        assert_eq!(rows[0].reason(), "leaking urine or wind, or bowel urgency, Thu 26 Nov");
    }
}
