//! Rule 14: the staged walk/run start. While a plan's first runs are run/walks, progress is the
//! run:walk split at a steady session time, one stage at a time, each stage held pain-free.
//!
//! A stage is the share of a session spent running. The published programmes move in steps of
//! a sixth to a fifth of the session (walk 4 / run 1 → 3/2 → 2/3 → 1/4 → continuous; the
//! return-to-run table of Trials 2023, doi 10.1186/s13063-023-07502-x, raises the run interval
//! or the distance, never both, each phase at least twice, a rest day between runs), so a rise
//! of more than a third of the session at once skips a stage. The introduction is the plan's
//! leading run/walks; the first continuous run ends it (the hand-over) and is judged as its last
//! stage. From the week after its last run/walk the mileage ramp judges, with the introduction's
//! weeks counting at their highest weekly running (see [`Intro`](super::intro::Intro)).

use chrono::NaiveDate;

use super::context::{Context, TOLERANCE, add_days, day, done, yes};
use super::intro::{SAME_TIME, Stage};
use super::{Finding, RuleId, Severity};
use crate::plan::{Session, SessionKind};
use crate::t;

/// The largest rise of the running share from one stage to the next.
pub const STAGE_STEP: f64 = 1.0 / 3.0;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let pace = cx.settings.easy_pace_min_per_unit;
    let needed = cx.settings.mastery_runs;
    let threshold = cx.settings.pain_threshold;
    let Some(intro) = &cx.intro else { return };
    let judged = cx.runs.get(..intro.judged).unwrap_or_default();
    let alternate_until = cx.period_end(cx.settings.alternate_days_weeks);
    // Pain-free runs at the current stage since it began or since the last painful run, and
    // the painful run, if one came at this stage.
    let mut clean: u32 = 0;
    let mut pain: Option<NaiveDate> = None;
    let mut prev: Option<(&Session, Stage)> = None;
    for s in judged {
        let Some(stage) = Stage::of(s, pace) else { continue };
        let hurt = s.hurt(threshold);
        let Some((before, was)) = prev else {
            prev = Some((s, stage));
            (clean, pain) = if hurt { (0, Some(s.date)) } else { (1, None) };
            continue;
        };
        let progressed = stage.share_up(was) || stage.time_up(was);
        if let Some(f) = judge(cx, s, before, (was, stage), (clean, pain), alternate_until, needed) {
            out.push(f);
        }
        if progressed
            || stage.share < was.share - TOLERANCE
            || stage.minutes < was.minutes * (1.0 - SAME_TIME)
        {
            (clean, pain) = (0, None);
        }
        if hurt {
            (clean, pain) = (0, Some(s.date));
        } else {
            clean += 1;
        }
        prev = Some((s, stage));
    }
}

/// The one finding about run `s` after `before`, the most serious first.
fn judge(
    cx: &Context<'_>,
    s: &Session,
    before: &Session,
    (was, now): (Stage, Stage),
    (clean, pain): (u32, Option<NaiveDate>),
    alternate_until: NaiveDate,
    needed: u32,
) -> Option<Finding> {
    let kind = if matches!(s.kind, SessionKind::Run(_)) { "run" } else { "run-walk" };
    let progressed = now.share_up(was) || now.time_up(was);
    // Of a run already run, say what it did and suggest for the runs after it.
    let ran = yes(done(s));
    let finding = |severity, message: String, suggestion: String| {
        cx.finding(
            RuleId::StagedStart,
            severity,
            vec![s.date, before.date],
            vec![s.id, before.id],
            message,
            suggestion,
        )
    };
    if let Some(hurt) = pain.filter(|_| progressed && clean < needed) {
        let left = needed - clean;
        return Some(finding(
            Severity::Error,
            t!(
                "rule-staged-start-after-pain",
                day = day(s.date),
                kind = kind,
                done = ran,
                pain_day = day(hurt),
                clean = clean,
                needed = needed,
            ),
            // Going back is a step back, which the mastery rule counts from the start again.
            t!(
                "rule-staged-start-after-pain-fix",
                done = ran,
                needed = needed,
                share = was.pct(),
                left = left
            ),
        ));
    }
    if now.share > was.share + STAGE_STEP + TOLERANCE {
        return Some(finding(
            Severity::Warning,
            t!(
                "rule-staged-start-jump",
                day = day(s.date),
                kind = kind,
                done = ran,
                from = was.pct(),
                to = now.pct(),
            ),
            t!("rule-staged-start-jump-fix", done = ran),
        ));
    }
    if now.share_up(was) && now.time_up(was) {
        return Some(finding(
            Severity::Warning,
            t!(
                "rule-staged-start-both",
                day = day(s.date),
                kind = kind,
                done = ran,
                from = was.pct(),
                to = now.pct(),
                from_minutes = crate::i18n::number(was.minutes.round()),
                to_minutes = crate::i18n::number(now.minutes.round()),
            ),
            t!(
                "rule-staged-start-both-fix",
                done = ran,
                from_minutes = crate::i18n::number(was.minutes.round())
            ),
        ));
    }
    if s.date >= alternate_until && add_days(before.date, 1) >= s.date {
        return Some(finding(
            Severity::Warning,
            t!(
                "rule-staged-start-next-day",
                day = day(s.date),
                kind = kind,
                done = ran,
                before = day(before.date),
            ),
            t!("rule-staged-start-next-day-fix"),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        base, done, flagged_days, logged, logged_time, only, plan, run, run_walk, session,
    };
    use crate::plan::{Effort, Minutes, RuleSettings, Run, Session, SessionKind, Terrain};
    use crate::rules::RuleId::StagedStart as R;
    use crate::rules::{Severity, validate};

    /// A continuous run of `minutes` on the track on day `n`.
    fn continuous(n: i64, minutes: f64) -> Session {
        let kind = SessionKind::Run(Run {
            distance: None,
            minutes: Minutes::new(minutes),
            effort: Effort::Easy,
            terrain: Terrain::Track,
        });
        session(n, kind)
    }

    /// Stage `run`/`walk` minutes of a 30-minute session (six 5-minute cycles) on days `days`.
    fn stage(days: &[i64], run: f64) -> Vec<Session> {
        days.iter().map(|&n| run_walk(n, run, 5.0 - run, 6)).collect()
    }

    /// A clinic's staged start: walk 4 / run 1 → 3/2 → 2/3 (with a down week) → 1/4, each
    /// three times on alternate days, then 30 minutes continuous. The weekly ramp used to call
    /// each new stage an error; now nothing at all is flagged above advice.
    fn clinic() -> Vec<Session> {
        let mut sessions = [
            stage(&[0, 2, 4], 1.0),
            stage(&[7, 9, 11], 2.0),
            stage(&[14, 16, 18], 3.0),
            stage(&[23], 3.0),
            stage(&[28, 30, 32], 4.0),
        ]
        .concat();
        sessions.extend([35, 37, 39, 42, 44, 46].map(|n| continuous(n, 30.0)));
        sessions
    }

    /// The staged start is the stage rule's to judge: after three weeks of walking its stages
    /// got acute:chronic advice (each against a mean of walking weeks), whatever they were.
    #[test]
    fn the_acute_chronic_advice_leaves_the_staged_start_alone() {
        let walks = (0..21)
            .step_by(2)
            .map(|n| session(n, SessionKind::Walk { distance: None, minutes: Minutes::new(30.0) }));
        let later = clinic().into_iter().map(|mut s| {
            s.date = s.date + chrono::Days::new(21);
            s
        });
        let p = plan(base(0.0), walks.chain(later).collect());
        let advice: Vec<i64> = flagged_days(crate::rules::RuleId::AcuteChronic, &p);
        assert!(advice.iter().all(|&d| d >= 21 + 35), "advice in the staged start: {advice:?}");
    }

    #[test]
    fn a_clinics_staged_start_has_nothing_above_advice() {
        let serious: Vec<String> = validate(&plan(base(0.0), clinic()))
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| format!("{:?} {}: {}", f.rule, f.date, f.message))
            .collect();
        assert_eq!(serious, Vec::<String>::new());
    }

    #[test]
    fn stages_rise_one_at_a_time_and_pain_free() {
        let hurt = |n, run| done(run_walk(n, run, 5.0 - run, 6), 5, 0, false);
        let cases: Vec<(&str, Vec<Session>, Vec<i64>)> = vec![
            ("a clinic's staged start", clinic(), vec![]),
            (
                "a stage jump: 20 % to 60 % running",
                [stage(&[0, 2, 4], 1.0), stage(&[7], 3.0)].concat(),
                vec![7],
            ),
            (
                "a third of the session at once is one stage: 1:1 → 2:1 → continuous",
                [
                    (0..3).map(|i| run_walk(2 * i, 1.0, 1.0, 15)).collect::<Vec<_>>(),
                    (0..3).map(|i| run_walk(7 + 2 * i, 2.0, 1.0, 10)).collect(),
                    vec![continuous(14, 25.0)],
                ]
                .concat(),
                vec![],
            ),
            (
                "straight from 2 minutes of 5 to continuous",
                [stage(&[0, 2, 4], 2.0), vec![continuous(7, 30.0)]].concat(),
                vec![7],
            ),
            (
                "ratio and time raised together",
                [stage(&[0, 2, 4], 1.0), vec![run_walk(7, 2.0, 3.0, 8)]].concat(),
                vec![7],
            ),
            (
                "time raised alone is one change",
                [stage(&[0, 2, 4], 1.0), vec![run_walk(7, 1.0, 4.0, 7)]].concat(),
                vec![],
            ),
            (
                "continuous for longer than the sessions were",
                [stage(&[0, 2, 4], 4.0), vec![continuous(7, 40.0)]].concat(),
                vec![7],
            ),
            (
                "a stage raised after pain, one pain-free run since",
                [stage(&[0, 2, 4], 1.0), vec![hurt(7, 1.0)], stage(&[10], 1.0), stage(&[12], 2.0)].concat(),
                vec![12],
            ),
            (
                "three pain-free runs after the pain, then up",
                [stage(&[0, 2], 1.0), vec![hurt(4, 1.0)], stage(&[7, 9, 11], 1.0), stage(&[14], 2.0)]
                    .concat(),
                vec![],
            ),
            (
                "up right after pain: the pain rule says it, not this one",
                [stage(&[0, 2, 4], 1.0), vec![hurt(7, 1.0)], stage(&[10], 2.0)].concat(),
                vec![],
            ),
            (
                "a plan starting with continuous runs has no staged start",
                vec![run(0, 1.0), run(2, 3.0)],
                vec![],
            ),
            (
                "the next stage done for 40 min where 30 were planned raised the time too",
                [stage(&[0, 2, 4], 1.0), vec![logged_time(run_walk(7, 2.0, 3.0, 6), 40.0)]].concat(),
                vec![7],
            ),
            (
                "the next stage logged by its running, 1.5 mi: 45 min at 40 % running",
                [stage(&[0, 2, 4], 1.0), vec![logged(run_walk(7, 2.0, 3.0, 6), 1.5)]].concat(),
                vec![7],
            ),
            (
                "after a stage done for 40 min, the next stage at 40 min raises only the share",
                [
                    stage(&[0, 2], 1.0),
                    vec![logged_time(run_walk(4, 1.0, 4.0, 6), 40.0), run_walk(7, 2.0, 3.0, 8)],
                ]
                .concat(),
                vec![],
            ),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(0.0), sessions)), expected, "{case}");
        }
    }

    /// After the alternate-days period, the staged start still keeps a day between runs.
    #[test]
    fn stages_keep_a_day_between_runs() {
        let settings = RuleSettings { alternate_days_weeks: 0, ..base(0.0) };
        let p = plan(settings, stage(&[0, 1, 3], 1.0));
        assert_eq!(flagged_days(R, &p), vec![1]);
    }

    #[test]
    fn a_done_stage_is_told_how_to_hold_the_next_runs() {
        let p = plan(
            base(0.0),
            [stage(&[0, 2, 4], 1.0), vec![logged_time(run_walk(7, 3.0, 2.0, 6), 30.0)]].concat(),
        );
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Mon 14 Dec's run/walk jumped from 20 % running to 60 %; the staged start raises the run:walk split one stage at a time, at most a third of the session.",
                "Make the next runs a stage in between, and hold it like the others."
            ))
        );
        let hurt = done(run_walk(7, 1.0, 4.0, 6), 5, 0, false);
        let after_pain = [
            stage(&[0, 2, 4], 1.0),
            vec![hurt, run_walk(10, 1.0, 4.0, 6)],
            vec![logged_time(run_walk(12, 2.0, 3.0, 6), 30.0)],
        ]
        .concat();
        let f = only(R, &plan(base(0.0), after_pain));
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Sat 19 Dec's run/walk moved on after pain on Mon 14 Dec with 1 pain-free run since; the staged start holds a stage 3 times without pain.",
                "Hold the next 3 runs at 20 % running, pain-free, before moving on."
            ))
        );
    }

    #[test]
    fn messages_name_the_stages() {
        let p = plan(base(0.0), [stage(&[0, 2, 4], 1.0), stage(&[7], 3.0)].concat());
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "Mon 14 Dec's run/walk jumps from 20 % running to 60 %; the staged start raises the run:walk split one stage at a time, at most a third of the session."
            )
        );
        let together = plan(base(0.0), [stage(&[0, 2, 4], 1.0), vec![run_walk(7, 2.0, 3.0, 8)]].concat());
        let f = only(R, &together);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "Mon 14 Dec's run/walk raises the running share (20 % → 40 %) and the session's time (30 → 40 min) together; the staged start changes one at a time."
            )
        );
        assert_eq!(f.first().map(|f| f.severity), Some(Severity::Warning));
    }
}
