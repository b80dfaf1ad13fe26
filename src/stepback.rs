//! Stepping back after pain: the plan's following runs rewritten as the soreness rules ask.
//!
//! After a done run logged with pain, the runs in the rest days become walks; then the level is
//! repeated (soreness the next day) or the level before it is run (pain during or sharp pain)
//! for `mastery_runs` runs, and the rest of the planned ladder follows, each level moved later by
//! as many runs. Where a week would then rise faster than the rules allow over the lighter weeks
//! the pain caused, the level before it is held one run longer, until nothing is flagged. Run
//! days stay where they are, so alternate days and down weeks keep; the last levels of the
//! ladder fall off the end, which is the time the pain costs.

use chrono::Days;

use crate::plan::{Command, Distance, Minutes, Plan, Session, SessionId, SessionKind, Status};
use crate::rules::pain::ask;
use crate::rules::{RuleId, Severity};

/// The rewrite for one painful run, ready to preview and apply as one step.
#[derive(Clone, Debug, PartialEq)]
pub struct StepBack {
    /// The painful run.
    pub after: SessionId,
    /// One line saying what the pain asks: "Pain 5/10 during: 2 days without running, then
    /// the level before, 3 times".
    pub summary: String,
    /// The sessions as they become, with what they were.
    pub changes: Vec<(Session, Session)>,
}

impl StepBack {
    /// The edits, to apply as one undoable step.
    pub fn commands(&self) -> Vec<Command> {
        self.changes.iter().map(|(_, new)| Command::EditSession(new.clone())).collect()
    }
}

/// The step back the pain logged on run `id` asks for; `None` when it asks for nothing or no
/// planned run follows.
pub fn step_back(plan: &Plan, id: SessionId) -> Option<StepBack> {
    let hurt = plan.session(id).filter(|s| s.status == Status::Done && s.kind.is_run())?;
    let asked = ask(&hurt.pain?, plan.rules.pain_threshold)?;
    let pace = plan.rules.easy_pace_min_per_unit;
    let level = hurt.kind.level(pace)?;
    let target = if asked.steps_back() {
        // The last earlier run below this level, else this level again.
        plan.sessions()
            .iter()
            .rev()
            .filter(|s| s.date < hurt.date && s.is_active_run())
            .find(|s| s.kind.level(pace).is_some_and(|l| l.is_step_back_from(&level)))
            .map_or(hurt.kind, |s| s.kind)
    } else {
        hurt.kind
    };
    let rest_until = hurt.date.checked_add_days(Days::new(asked.rest_days as u64))?;
    let ahead: Vec<&Session> = plan
        .sessions()
        .iter()
        .filter(|s| s.date > hurt.date && s.status == Status::Planned && s.kind.is_run())
        .collect();
    if ahead.is_empty() {
        return None;
    }
    let (resting, running): (Vec<&Session>, Vec<&Session>) = ahead.iter().partition(|s| s.date <= rest_until);
    let repeats = plan.rules.mastery_runs.max(1) as usize;
    // The ladder from here: the target level `repeats` times, then the planned levels in order.
    let mut ladder: Vec<SessionKind> =
        std::iter::repeat_n(target, repeats).chain(running.iter().map(|s| s.kind)).collect();
    let mut changes = rewrite(&resting, &running, &ladder);
    for _ in 0..running.len() * 2 {
        let mut after = plan.clone();
        for (_, new) in &changes {
            after.apply(Command::EditSession(new.clone())).ok()?;
        }
        let Some(failing) = crate::rules::validate(&after)
            .into_iter()
            .find(|f| f.severity >= Severity::Warning && f.date > hurt.date)
        else {
            break;
        };
        let at = match failing.week {
            Some(week) => running.iter().position(|s| s.date >= week),
            None => failing.sessions.first().and_then(|id| running.iter().position(|s| s.id == *id)),
        };
        let Some(at) = at else { break };
        if let (Some(week), RuleId::Ramp) = (failing.week, failing.rule) {
            // The lighter weeks the pain caused are now the base: hold the whole week at a level
            // that rises no more than the rules allow over them.
            let slots =
                running.iter().filter(|s| plan.meta.week_start.week_of(s.date) == week).count().max(1);
            let base = crate::rules::week_summaries(&after)
                .iter()
                .find(|w| w.totals.start == week)
                .and_then(|w| w.established)
                .unwrap_or(0.0);
            let most = base * (1.0 + plan.rules.ramp_max_pct / 100.0) / slots as f64;
            let current = ladder.get(at).copied().unwrap_or(target);
            let Some(lower) = lowered(current, most, pace) else { break };
            for _ in 0..slots.max(repeats) {
                ladder.insert(at, lower);
            }
        } else {
            // Hold the level before the flagged run one run longer.
            let held = at.checked_sub(1).and_then(|i| ladder.get(i)).copied().unwrap_or(target);
            ladder.insert(at, held);
        }
        changes = rewrite(&resting, &running, &ladder);
    }
    let what = if asked.steps_back() && target != hurt.kind { "the level before" } else { "the same level" };
    let days = if asked.rest_days == 1 { "1 day".to_owned() } else { format!("{} days", asked.rest_days) };
    let mut why = asked.why;
    if let Some(first) = why.get(..1) {
        why = first.to_uppercase() + why.get(1..).unwrap_or_default();
    }
    Some(StepBack {
        after: id,
        summary: format!("{why}: {days} without running, then {what}, {repeats} times, before moving on"),
        changes,
    })
}

/// `kind` with its running cut to at most `most` (in plan units): fewer repeats, or fewer
/// minutes or miles; `None` when nothing of it would be left.
fn lowered(kind: SessionKind, most: f64, pace: f64) -> Option<SessionKind> {
    if kind.run_distance(pace) <= most + 1e-9 {
        return Some(kind);
    }
    let quarter_below = |v: f64| (v * 4.0 + 1e-9).floor() / 4.0;
    let lower = match kind {
        SessionKind::RunWalk(mut rw) => {
            let per = kind.run_distance(pace) / f64::from(rw.repeats.max(1));
            rw.repeats = u16::try_from(((most + 1e-9) / per).floor() as u64).ok().filter(|n| *n > 0)?;
            SessionKind::RunWalk(rw)
        }
        SessionKind::Run(mut run) => {
            if run.distance.is_some() {
                run.distance = Distance::new(quarter_below(most));
            } else {
                run.minutes = Minutes::new(quarter_below(most * pace));
            }
            SessionKind::Run(run)
        }
        _ => return None,
    };
    (lower.run_distance(pace) > 0.0).then_some(lower)
}

/// The sessions changed: walks on the rest days, then the ladder on the run days.
fn rewrite(resting: &[&Session], running: &[&Session], ladder: &[SessionKind]) -> Vec<(Session, Session)> {
    let mut changes = Vec::new();
    for s in resting {
        let walk = SessionKind::Walk { distance: None, minutes: Minutes::new(30.0) };
        changes.push(((*s).clone(), Session { kind: walk, ..(*s).clone() }));
    }
    for (s, kind) in running.iter().zip(ladder) {
        if s.kind != *kind {
            changes.push(((*s).clone(), Session { kind: *kind, ..(*s).clone() }));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::step_back;
    use crate::generate::{MethodInput, generate};
    use crate::plan::{Command, Pain, PainLog, Plan, SessionId, Status};
    use crate::rules::{RuleId, Severity, validate};

    /// A generated plan with its run on `n`th run day done and logged with `log`.
    fn hurt_on(n: usize, log: PainLog) -> (Plan, SessionId) {
        let mut plan =
            generate(&MethodInput::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())).unwrap();
        let runs: Vec<_> = plan.sessions().iter().filter(|s| s.kind.is_run()).cloned().collect();
        for done in runs.iter().take(n + 1) {
            let mut s = done.clone();
            s.status = Status::Done;
            plan.apply(Command::EditSession(s)).unwrap();
        }
        let mut hurt = plan.session(runs[n].id).unwrap().clone();
        hurt.pain = Some(log);
        plan.apply(Command::EditSession(hurt)).unwrap();
        (plan, runs[n].id)
    }

    fn serious(plan: &Plan) -> Vec<String> {
        validate(plan)
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| format!("{:?} {}", f.rule, f.date))
            .collect()
    }

    /// Pain during, above the threshold, on a run that progressed: the next runs are flagged;
    /// the step back rests two days, runs the level before three times, and clears every
    /// error and warning.
    #[test]
    fn pain_steps_back_a_level_and_clears_the_findings() {
        let (mut plan, id) = hurt_on(4, PainLog { during: Pain::new(5).unwrap(), ..PainLog::default() });
        assert!(validate(&plan).iter().any(|f| f.rule == RuleId::PainProgression));
        let fix = step_back(&plan, id).unwrap();
        assert!(
            fix.summary
                .starts_with("Pain 5/10 during: 2 days without running, then the level before, 3 times"),
            "{}",
            fix.summary
        );
        let hurt_kind = plan.session(id).unwrap().kind;
        let first_run = fix.changes.iter().map(|(_, new)| new).find(|s| s.kind.is_run()).unwrap();
        assert!(first_run.kind.run_distance(12.0) < hurt_kind.run_distance(12.0), "a level lower");
        for command in fix.commands() {
            plan.apply(command).unwrap();
        }
        assert_eq!(serious(&plan), Vec::<String>::new());
    }

    /// Soreness the next day, at or below the threshold: the same level again, after a day off.
    #[test]
    fn soreness_repeats_the_level() {
        let (mut plan, id) = hurt_on(4, PainLog { next_day: Pain::new(2).unwrap(), ..PainLog::default() });
        let fix = step_back(&plan, id).unwrap();
        assert!(
            fix.summary.contains("1 day without running, then the same level, 3 times"),
            "{}",
            fix.summary
        );
        for command in fix.commands() {
            plan.apply(command).unwrap();
        }
        assert_eq!(serious(&plan), Vec::<String>::new());
    }

    /// No pain, or a run not done, asks for nothing.
    #[test]
    fn nothing_to_do_without_pain() {
        let (plan, id) = hurt_on(2, PainLog::default());
        assert_eq!(step_back(&plan, id), None);
        let planned = plan.sessions().iter().rev().find(|s| s.kind.is_run()).unwrap().id;
        assert_eq!(step_back(&plan, planned), None);
    }

    /// Wherever in the first months the pain comes, pain or soreness, the step back leaves
    /// nothing flagged.
    #[test]
    fn every_step_back_in_a_generated_plan_is_clean() {
        let logs = [
            PainLog { during: Pain::new(6).unwrap(), ..PainLog::default() },
            PainLog { sharp: true, ..PainLog::default() },
            PainLog { next_day: Pain::new(3).unwrap(), ..PainLog::default() },
            PainLog { next_day: Pain::new(5).unwrap(), ..PainLog::default() },
        ];
        for n in 0..30 {
            for log in logs {
                let (mut plan, id) = hurt_on(n, log);
                let Some(fix) = step_back(&plan, id) else { continue };
                for command in fix.commands() {
                    plan.apply(command).unwrap();
                }
                assert_eq!(serious(&plan), Vec::<String>::new(), "run {n}, {log:?}");
            }
        }
    }
}
