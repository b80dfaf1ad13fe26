//! Stepping back after pain: the plan's following runs rewritten as the soreness rules ask, and
//! judged by the same rules as the plan before the pain.
//!
//! After a done run logged with pain, the soreness rules ask for days without running and then
//! the same level (soreness the next day) or the level before it (pain during, or sharp). So:
//! - **The rest** ([`draft`]). A run planned in the rest days moves to a later day of its week
//!   that had a walk, the runs after it in the week moving along, a day apart as before; a run
//!   with no such day left becomes a walk. Moving keeps the week's running: a week that lost a
//!   run (two of three is 67 %) is too heavy for a down week (at most 60 % of the weeks before)
//!   and lighter than a build week, so as a build week it would be the ramp's base, and the
//!   return to full weeks a +50 % rise.
//! - **The climb** ([`draft`]). The lower level for `mastery_runs` runs, then the plan's own
//!   levels in order, one level per `mastery_runs` runs (the method's pace), never above what
//!   the plan had on that day, and never without the walk breaks the plan had on that day. The
//!   levels at the plan's end fall off, which is the time the pain costs; where the plan held a
//!   level longer (around a down week, at a cap) the climb catches up.
//! - **Down weeks** stay where they were and are never raised: a down week's runs take the
//!   climb's level cut to no more running than planned. Where the lower weeks before it would
//!   make it no longer a down week, its runs are shortened (three or more: a lower level held as
//!   long as any) or dropped (fewer: the generator's down week, the level with fewer runs).
//! - **The verdict** ([`repair`]). The rewrite is validated and compared with the plan before
//!   the pain was logged, by rule, severity and day. Where it has an error or a warning the plan
//!   had not, it is changed where that was flagged, the least first: a week that lost a run to
//!   the rest and whose done runs allow it becomes a down week (its other runs walks); the climb
//!   holds a level longer; a week's runs are cut to what the ramp allows over a lighter week
//!   before it (the week of the pain, when its done runs are too much for a down week); the
//!   climb starts a level lower. `tests/headless/stepback.rs` checks this over the generator's plans.
//! - **The words** ([`summary`]): what the pain asks, in words that grow with it, and the days
//!   it costs; each change with what it changes.

mod climb;
mod draft;
mod repair;
mod summary;
#[cfg(test)]
mod tests;

use chrono::{Days, NaiveDate};

use crate::plan::{Command, Plan, Session, SessionId, SessionKind, Status};
use crate::rules::pain::ask;
use crate::rules::{self, Finding, RuleId, Severity};
use climb::Climb;
use draft::Draft;
pub use summary::{Change, Changed};
use summary::{Shape, Summary};

/// The rewrite for one painful run, ready to preview and apply as one step.
#[derive(Clone, Debug, PartialEq)]
pub struct StepBack {
    /// The painful run.
    pub after: SessionId,
    /// What the pain asks and costs: "Pain 5/10 during: 2 days without running, then the
    /// level before, 3 times, before moving on. …".
    pub summary: String,
    /// The sessions that change, each with what changes; never one that stays as it was.
    pub changes: Vec<Change>,
    /// Errors of the plan once stepped back.
    pub errors: usize,
    /// Warnings of the plan once stepped back.
    pub warnings: usize,
    /// The first days of the down weeks of the plan once stepped back.
    pub down_weeks: Vec<NaiveDate>,
}

impl StepBack {
    /// The edits, to apply as one undoable step.
    pub fn commands(&self) -> Vec<Command> {
        self.changes.iter().map(|c| Command::EditSession(c.now.clone())).collect()
    }
}

/// How a finding is compared with the plan before the pain: its rule, severity and day.
pub type FindingKey = (RuleId, Severity, NaiveDate);

/// The key of finding `f`.
pub fn key(f: &Finding) -> FindingKey {
    (f.rule, f.severity, f.date)
}

/// The rewrite with the fewest errors and warnings the plan had not, of those tried.
struct Best {
    /// How many errors and warnings it has that the plan had not.
    serious: usize,
    /// The sessions it changes.
    changes: Vec<Change>,
    /// Where its climb started, and what it did to weeks the rest made lighter.
    shape: Shape,
    /// The plan rewritten.
    after: Plan,
    /// All the findings of the plan rewritten.
    findings: Vec<Finding>,
}

/// The step back the pain logged on run `id` asks for; `None` when it asks for nothing, no
/// planned run follows, or the plan already does what it asks (it was applied).
pub fn step_back(plan: &Plan, id: SessionId) -> Option<StepBack> {
    let hurt = plan.session(id).filter(|s| s.status == Status::Done && s.kind.is_run())?;
    let asked = ask(&hurt.pain?, plan.rules.pain_threshold)?;
    let rest_until = hurt.date.checked_add_days(Days::new(asked.rest_days as u64))?;
    let draft = Draft::new(plan, hurt, rest_until)?;
    let hurt_at = draft.ladder.iter().position(|k| *k == hurt.kind).unwrap_or(0);
    let first = if asked.steps_back() { hurt_at.saturating_sub(1) } else { hurt_at };
    if obeyed(plan, hurt, rest_until, *draft.ladder.get(first)?) {
        return None;
    }
    // What the plan was flagged for before the pain was logged: the rewrite may add nothing.
    let mut painless = plan.clone();
    painless.apply(Command::EditSession(Session { pain: None, ..hurt.clone() })).ok()?;
    let before: Vec<FindingKey> = rules::validate(&painless).iter().map(key).collect();

    let pain_week = plan.meta.week_start.week_of(hurt.date);
    let mut climb = Climb::starting_at(first);
    let mut best: Option<Best> = None;
    for _ in 0..=draft.slots.len() * 2 {
        let Some((after, changes)) = draft.rewrite(plan, &climb) else { break };
        let findings = rules::validate(&after);
        let new: Vec<&Finding> = findings
            .iter()
            .filter(|f| {
                // A week's finding is dated by its first day, which may come before the pain.
                let after_pain = f.week.map_or(f.date >= hurt.date, |week| week >= pain_week);
                after_pain && !before.contains(&key(f))
            })
            .collect();
        let failing = new.iter().find(|f| f.severity >= Severity::Warning).copied().cloned();
        let serious = new.iter().filter(|f| f.severity >= Severity::Warning).count();
        if best.as_ref().is_none_or(|b| serious < b.serious) {
            best = Some(Best { serious, changes, shape: climb.shape(), after: after.clone(), findings });
        }
        let Some(failing) = failing else { break };
        if !draft.repair(plan, &after, &mut climb, &failing) {
            break;
        }
    }
    let best = best.filter(|b| !b.changes.is_empty())?;
    let (errors, warnings, _) = rules::counts(&best.findings);
    let down_weeks =
        rules::week_summaries(&best.after).into_iter().filter(|w| w.down).map(|w| w.totals.start).collect();
    let summary = Summary {
        plan,
        hurt,
        asked: &asked,
        levels_back: hurt_at.saturating_sub(best.shape.start),
        shape: best.shape,
        after: &best.after,
    };
    Some(StepBack {
        after: id,
        summary: summary.words(),
        changes: best.changes,
        errors,
        warnings,
        down_weeks,
    })
}

/// Whether `plan` already does what the pain on `hurt` asks, as the summary words it: no run
/// planned until after `rest_until`, then `mastery_runs` planned runs no higher than `level`
/// (runs already run are the runner's to log, not the step back's to change). So it does once
/// the step back is applied, which then has nothing left to do; computed again it would step
/// back from the lowered weeks a second time.
fn obeyed(plan: &Plan, hurt: &Session, rest_until: NaiveDate, level: SessionKind) -> bool {
    let pace = plan.rules.easy_pace_min_per_unit;
    let Some(most) = level.level(pace) else { return false };
    plan.sessions()
        .iter()
        .filter(|s| (s.date, s.id) > (hurt.date, hurt.id) && s.status == Status::Planned && s.kind.is_run())
        .take(plan.rules.mastery_runs.max(1) as usize)
        .all(|s| s.date > rest_until && s.kind.level(pace).is_some_and(|l| l.raised_over(&most).count() == 0))
}
