//! `comeback new`: a plan made from the method's answers, written to a new file.

use std::io::Write;
use std::path::Path;

use super::{CliError, EXIT_OK};
use crate::file;
use crate::generate::{self, MethodInput};
use crate::plan::PlanId;
use crate::{rules, t};

/// Writes the plan the method makes from `input` to `output`, never over an existing file, and
/// lists its weeks.
pub(super) fn run(input: &MethodInput, output: &Path, out: &mut dyn Write) -> Result<u8, CliError> {
    if output.exists() {
        return Err(CliError::Exists(output.to_path_buf()));
    }
    let mut plan = generate::generate(input)?;
    plan.id = PlanId::random();
    file::save(&plan, output)?;
    let summaries = rules::week_summaries(&plan);
    let u = plan.meta.units.abbrev();
    let path = output.display().to_string();
    writeln!(
        out,
        "{}",
        t!("cli-new-wrote", path = path, sessions = plan.sessions().len(), weeks = summaries.len())
    )?;
    let checks = plan.meta.checks.len();
    let check_day = generate::check_session(&plan).map(|s| s.date);
    if let Some(day) = check_day {
        writeln!(
            out,
            "{}",
            t!("cli-new-checks-planned", checks = checks, day = crate::dates::day_year(day))
        )?;
    } else if let Some(passed) = plan.meta.checks.first().and_then(|c| c.passed) {
        writeln!(
            out,
            "{}",
            t!("cli-new-checks-passed", checks = checks, day = crate::dates::day_year(passed))
        )?;
    }
    for w in &summaries {
        let first_run = generate::week_words(&plan, w.totals.start);
        // What the week is judged by, as the week column says it: the stage, the level, or
        // "Down week".
        let (week, run) = (crate::dates::day_year(w.totals.start), crate::i18n::number(w.totals.run));
        let week = match crate::text::judged_by(w, &plan) {
            Some(judged) => t!("cli-new-week-judged", week = week, run = run, units = u, judged = judged),
            None => t!("cli-new-week", week = week, run = run, units = u),
        };
        writeln!(out, "  {week}  {first_run}")?;
    }
    Ok(EXIT_OK)
}
