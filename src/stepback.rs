//! Stepping back after pain: the plan's following runs rewritten as the soreness rules ask.
//!
//! After a done run logged with pain, the runs in the rest days become walks; then the level is
//! repeated (soreness the next day) or the level before it is run (pain during or sharp pain)
//! for `mastery_runs` runs, and the plan's own levels follow in order, one level per
//! `mastery_runs` runs: the method's pace, so the plan is back at the level of the painful run
//! within a couple of weeks and the last levels fall off the end, which is the time the pain
//! costs. Run days stay where they are. A down week stays where it was: its runs keep their
//! planned level, or come down to the climb's, and are never raised. Where the rewrite would
//! still be flagged for something the plan was not, the level before is held one run longer,
//! or a week rising too fast over the lighter weeks the pain caused is cut to what the ramp
//! allows.

use chrono::{Days, NaiveDate};

use crate::plan::{Command, Distance, Minutes, Plan, Session, SessionId, SessionKind, Status};
use crate::rules::pain::ask;
use crate::rules::{self, Finding, RuleId, Severity};

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
    let down: Vec<NaiveDate> =
        rules::week_summaries(plan).into_iter().filter(|w| w.down).map(|w| w.totals.start).collect();
    let in_down = |date: NaiveDate| down.contains(&plan.meta.week_start.week_of(date));
    // The climb: the target, the hurt run's level, then the levels planned ahead outside down
    // weeks, each once, in the plan's order.
    let mut climb: Vec<SessionKind> = vec![target];
    for kind in std::iter::once(hurt.kind).chain(ahead.iter().filter(|s| !in_down(s.date)).map(|s| s.kind)) {
        if climb.last() != Some(&kind) {
            climb.push(kind);
        }
    }
    let repeats = plan.rules.mastery_runs.max(1);
    // What the plan was flagged for before the pain was logged: the rewrite may add nothing.
    let mut painless = plan.clone();
    painless.apply(Command::EditSession(Session { pain: None, ..hurt.clone() })).ok()?;
    let before: Vec<(RuleId, Severity, NaiveDate)> = rules::validate(&painless).iter().map(key).collect();
    // Runs (by their place in `ahead`) held one more time at the level they would leave, and
    // the most running a run may have, where the first try was flagged.
    let mut holds: Vec<usize> = Vec::new();
    let mut caps: Vec<(usize, f64)> = Vec::new();
    let mut changes = Vec::new();
    let mut clean = None;
    for _ in 0..=ahead.len() * 2 {
        let ladder = Ladder { climb: &climb, repeats, holds: &holds, caps: &caps, pace };
        changes = ladder.rewrite(&ahead, rest_until, &in_down);
        let mut after = plan.clone();
        for (_, new) in &changes {
            after.apply(Command::EditSession(new.clone())).ok()?;
        }
        // Errors and warnings first; advice once nothing more serious is left.
        let new: Vec<Finding> = rules::validate(&after)
            .into_iter()
            .filter(|f| f.date > hurt.date && !before.contains(&key(f)))
            .collect();
        let serious = new.iter().find(|f| f.severity >= Severity::Warning);
        if serious.is_none() {
            clean = Some(changes.clone());
        }
        let Some(failing) = serious.or(new.first()).cloned() else {
            break;
        };
        let at = match failing.week {
            Some(week) => ahead.iter().position(|s| s.date >= week && s.date > rest_until),
            None => failing.sessions.first().and_then(|id| ahead.iter().position(|s| s.id == *id)),
        };
        let Some(at) = at else { break };
        if let (Some(week), RuleId::Ramp) = (failing.week, failing.rule) {
            // The lighter weeks the pain caused are now the base: no run of the week may take it
            // past what the ramp allows over them.
            let slots = ahead.iter().filter(|s| plan.meta.week_start.week_of(s.date) == week).count().max(1);
            let base = rules::week_summaries(&after)
                .iter()
                .find(|w| w.totals.start == week)
                .and_then(|w| w.established)
                .unwrap_or(0.0);
            let most = base * (1.0 + plan.rules.ramp_max_pct / 100.0) / slots as f64;
            if caps.iter().any(|(i, m)| *i == at && *m <= most + 1e-9) {
                break;
            }
            caps.extend(
                ahead
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| plan.meta.week_start.week_of(s.date) == week)
                    .map(|(i, _)| (i, most)),
            );
        } else if holds.contains(&at) {
            break;
        } else {
            holds.push(at);
        }
    }
    // Holding longer for advice may bring back a warning: then the last rewrite without one.
    let changes = clean.unwrap_or(changes);
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

/// How the runs after the rest climb back.
struct Ladder<'a> {
    /// The levels to climb, lowest first.
    climb: &'a [SessionKind],
    /// Runs at a level before the next.
    repeats: u32,
    /// Runs (places in the runs ahead) that hold their level one more time.
    holds: &'a [usize],
    /// The most running a run may have, by its place.
    caps: &'a [(usize, f64)],
    /// Easy pace, minutes per unit.
    pace: f64,
}

impl Ladder<'_> {
    /// The sessions changed: walks on the rest days, then the climb on the run days outside down
    /// weeks, one level per `repeats` runs; a down week's run is left as planned, or lowered to
    /// the level of the climb, never raised.
    fn rewrite(
        &self,
        ahead: &[&Session],
        rest_until: NaiveDate,
        in_down: &dyn Fn(NaiveDate) -> bool,
    ) -> Vec<(Session, Session)> {
        let mut changes = Vec::new();
        let mut at = 0;
        let mut held = 0;
        for (i, s) in ahead.iter().enumerate() {
            let Some(&level) = self.climb.get(at) else { break };
            let kind = if s.date <= rest_until {
                SessionKind::Walk { distance: None, minutes: Minutes::new(30.0) }
            } else if in_down(s.date) {
                let planned = s.kind.run_distance(self.pace);
                if planned < level.run_distance(self.pace) - 1e-9 {
                    // A down week below the climb is a step back: the climb goes on from the
                    // highest of its levels not above it, held once.
                    let below = self.climb.get(..=at).unwrap_or_default();
                    at = below.iter().rposition(|k| k.run_distance(self.pace) <= planned + 1e-9).unwrap_or(0);
                    held = 1;
                    s.kind
                } else {
                    held += 1;
                    level
                }
            } else {
                let next = self.climb.get(at + 1).copied();
                let kind = match next {
                    Some(next) if held >= self.repeats && !self.holds.contains(&i) => {
                        at += 1;
                        held = 0;
                        next
                    }
                    _ => level,
                };
                held += 1;
                let cap =
                    self.caps.iter().filter(|(j, _)| *j == i).map(|(_, m)| *m).fold(f64::INFINITY, f64::min);
                lowered(kind, cap, self.pace).unwrap_or(kind)
            };
            if s.kind != kind {
                changes.push(((*s).clone(), Session { kind, ..(*s).clone() }));
            }
        }
        changes
    }
}

/// What a finding is compared by: its rule, severity and day.
fn key(f: &Finding) -> (RuleId, Severity, NaiveDate) {
    (f.rule, f.severity, f.date)
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
