//! `comeback new`: a plan made from the method's answers, written to a new file.

use std::io::Write;
use std::path::Path;

use super::{CliError, EXIT_OK};
use crate::file;
use crate::generate::{self, MethodInput};
use crate::plan::{PlanId, fmt_num};
use crate::rules;

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
    writeln!(
        out,
        "Wrote {} ({} over {})",
        output.display(),
        crate::text::counted(plan.sessions().len(), "session"),
        crate::text::counted(summaries.len(), "week")
    )?;
    let checks = crate::text::counted(plan.meta.checks.len(), "check");
    let check_day = generate::check_session(&plan).map(|s| s.date);
    if let Some(day) = check_day {
        writeln!(
            out,
            "{checks} before the first run, planned on {}: tick each one passed in the plan; the runs wait for them",
            crate::dates::day_year(day)
        )?;
    } else if let Some(passed) = plan.meta.checks.first().and_then(|c| c.passed) {
        writeln!(
            out,
            "{checks} before the first run, ticked as passed on {}",
            crate::dates::day_year(passed)
        )?;
    }
    for w in &summaries {
        let first_run = generate::week_words(&plan, w.totals.start);
        // What the week is judged by, as the week column says it: the stage, the level, or
        // "down week".
        let judged = crate::text::judged_by(w, &plan).map(|j| format!(" ({})", j.to_lowercase()));
        writeln!(
            out,
            "  Week of {}: run {} {u}{}  {first_run}",
            crate::dates::day_year(w.totals.start),
            fmt_num(w.totals.run),
            judged.unwrap_or_default()
        )?;
    }
    Ok(EXIT_OK)
}
