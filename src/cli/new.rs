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
    for w in &summaries {
        let first_run = plan
            .sessions()
            .iter()
            .find(|s| s.kind.is_run() && plan.meta.week_start.week_of(s.date) == w.totals.start)
            .map(|s| s.kind.short(plan.meta.units))
            .unwrap_or_default();
        // What the week is judged by, as the week column says it: the stage, the level, or
        // "down week".
        let judged = crate::text::judged_by(w, &plan).map(|j| format!(" ({})", j.to_lowercase()));
        writeln!(
            out,
            "  Week of {}: run {} {u}{}  {first_run}",
            w.totals.start.format("%a %-d %b %Y"),
            fmt_num(w.totals.run),
            judged.unwrap_or_default()
        )?;
    }
    Ok(EXIT_OK)
}
