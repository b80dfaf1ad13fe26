//! Rule 8: hold a level for N runs in a row before raising it.
//!
//! Runs that do not raise the level count toward holding it, unless they were skipped or
//! logged as painful (pain above the threshold, sharp, or a stop sign after a birth). A run below the current level is a
//! step back: the lower level becomes the one to hold.

use super::context::{Context, day, done, yes};
use super::{Finding, RuleId, Severity};
use crate::plan::{Level, Session};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let needed = cx.settings.mastery_runs;
    let threshold = cx.settings.pain_threshold;
    let mut current = None;
    let mut held: u32 = 0;
    // The highest level held for `needed` pain-free runs, remembered through a down week's step
    // back, so that returning to it after the down week is not a new level. Pain forgets it.
    let mut mastered: Option<Level> = None;
    for s in &cx.runs {
        let Some(level) = cx.level(s) else { continue };
        let hurt = s.hurt(threshold);
        let counts = u32::from(!hurt);
        if hurt {
            mastered = None;
        }
        let Some(prev) = current else {
            current = Some(level);
            held = counts;
            continue;
        };
        let raised = level.raised_over(&prev);
        if raised.count() > 0 {
            let back_to_mastered = mastered.is_some_and(|m| level.raised_over(&m).count() == 0);
            if back_to_mastered {
                held = needed;
            } else if held < needed {
                out.push(finding(cx, s, (prev, level), held));
            }
            if !back_to_mastered {
                held = counts;
            }
            current = Some(level);
        } else if level.is_step_back_from(&prev) {
            if !cx.in_down_week(s.date) {
                mastered = None;
            }
            current = Some(level);
            held = counts;
        } else {
            held += counts;
        }
        if held >= needed && mastered.is_none_or(|m| !level.is_step_back_from(&m)) {
            mastered = Some(level);
        }
    }
}

/// Run `s` raised the level from `prev` to `level` after `held` pain-free runs at `prev`. Of a
/// run already run, the finding says what it did and how to hold the runs after it.
fn finding(cx: &Context<'_>, s: &Session, (prev, level): (Level, Level), held: u32) -> Finding {
    let needed = cx.settings.mastery_runs;
    let raised = level.raised_over(&prev);
    let left = needed - held;
    let mut was = Vec::new();
    if raised.distance {
        was.push(cx.dist(prev.distance));
    }
    if raised.effort {
        was.push(prev.effort.words());
    }
    if raised.terrain {
        was.push(prev.terrain.words());
    }
    // Of a run already run, going back is a step back, which the rule counts from the start again.
    let ran = yes(done(s));
    cx.finding(
        RuleId::Mastery,
        Severity::Warning,
        vec![s.date],
        vec![s.id],
        t!(
            "rule-mastery-early",
            day = day(s.date),
            done = ran,
            raised = raised.describe(),
            held = held,
            needed = needed
        ),
        t!("rule-mastery-early-fix", done = ran, needed = needed, was = was.join(", "), left = left),
    )
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        base, done, flagged_days, logged, logged_time, only, plan, run, run_walk, skipped,
    };
    use crate::plan::RuleSettings;
    use crate::rules::RuleId::Mastery as R;

    #[test]
    fn a_level_is_held_for_three_runs_before_it_rises() {
        let cases = vec![
            ("three then raise", vec![run(0, 2.0), run(2, 2.0), run(4, 2.0), run(6, 2.2)], vec![]),
            ("two then raise", vec![run(0, 2.0), run(2, 2.0), run(4, 2.2)], vec![4]),
            (
                "raise right after a raise",
                vec![run(0, 2.0), run(2, 2.0), run(4, 2.0), run(6, 2.2), run(8, 2.4)],
                vec![8],
            ),
            (
                "a painful run does not count",
                vec![run(0, 2.0), done(run(2, 2.0), 5, 0, false), run(4, 2.0), run(6, 2.2)],
                vec![6],
            ),
            (
                "a sharp run does not count",
                vec![run(0, 2.0), done(run(2, 2.0), 1, 0, true), run(5, 2.0), run(7, 2.2)],
                vec![7],
            ),
            (
                "a run with a stop sign does not count",
                vec![
                    run(0, 2.0),
                    super::super::testkit::stopped(run(2, 2.0), &[crate::plan::StopSign::Leaking]),
                    run(5, 2.0),
                    run(7, 2.2),
                ],
                vec![7],
            ),
            (
                "mild pain still counts",
                vec![run(0, 2.0), run(2, 2.0), done(run(4, 2.0), 3, 0, false), run(6, 2.2)],
                vec![],
            ),
            (
                "a skipped run does not count",
                vec![run(0, 2.0), run(2, 2.0), skipped(run(4, 2.0)), run(6, 2.2)],
                vec![6],
            ),
            (
                "a step back starts a new level",
                vec![run(0, 3.0), run(2, 3.0), run(4, 3.0), run(6, 2.0), run(8, 3.0)],
                vec![8],
            ),
            (
                "held at the lower level, then up",
                vec![run(0, 3.0), run(2, 2.0), run(4, 2.0), run(6, 2.0), run(8, 2.2)],
                vec![],
            ),
            (
                "done at 3.5 mi where 2 were planned raised the distance",
                vec![run(0, 2.0), run(2, 2.0), logged(run(4, 2.0), 3.5)],
                vec![4],
            ),
            (
                "done by time only: 42 min at 12 min/mi is 3.5 mi",
                vec![run(0, 2.0), run(2, 2.0), logged_time(run(4, 2.0), 42.0)],
                vec![4],
            ),
            (
                "a run/walk's logged distance is its running part: 1.5 mi over 0.83",
                vec![
                    run_walk(0, 1.0, 1.0, 10),
                    run_walk(2, 1.0, 1.0, 10),
                    logged(run_walk(4, 1.0, 1.0, 10), 1.5),
                ],
                vec![4],
            ),
            (
                "a run/walk by time only runs its share of it: half of 40 min is 1.67 mi over 0.83",
                vec![
                    run_walk(0, 1.0, 1.0, 10),
                    run_walk(2, 1.0, 1.0, 10),
                    logged_time(run_walk(4, 1.0, 1.0, 10), 40.0),
                ],
                vec![4],
            ),
            (
                "done shorter than planned steps back: the next planned run raises again",
                vec![run(0, 3.0), run(2, 3.0), run(4, 3.0), logged(run(6, 3.0), 2.0), run(8, 3.0)],
                vec![8],
            ),
            (
                "within 10 % of the plan is the planned level",
                vec![run(0, 2.0), logged(run(2, 2.0), 2.15), logged_time(run(4, 2.0), 22.0), run(6, 2.2)],
                vec![],
            ),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    /// Going back to the level held before a down week was warned as a new level not mastered.
    #[test]
    fn a_level_mastered_before_a_down_week_is_not_new_after_it() {
        let build = |week: i64| [run(week * 7, 3.0), run(week * 7 + 2, 3.0), run(week * 7 + 4, 3.0)];
        let mut sessions: Vec<_> = (0..3).flat_map(build).collect();
        sessions.extend([run(21, 2.0), run(23, 2.0)]);
        let back = run(28, 3.0);
        let up = run(30, 3.3);
        let clean = [sessions.clone(), vec![back.clone()]].concat();
        assert_eq!(flagged_days(R, &plan(base(9.0), clean)), Vec::<i64>::new(), "back to the level");
        let raised = [sessions.clone(), vec![back.clone(), up]].concat();
        assert_eq!(flagged_days(R, &plan(base(9.0), raised)), Vec::<i64>::new(), "and on from it");
        let beyond = [sessions.clone(), vec![run(28, 3.3)]].concat();
        assert_eq!(flagged_days(R, &plan(base(9.0), beyond)), vec![28], "above it is new");
        let mut hurt = sessions;
        hurt.truncate(hurt.len() - 2);
        hurt.extend([done(run(21, 2.0), 5, 0, false), run(24, 2.0), back]);
        assert_eq!(flagged_days(R, &plan(base(9.0), hurt)), vec![28], "pain in the down week forgets it");
    }

    /// A run done at 3.5 mi where 2 were planned was no raise to the rule, and its finding
    /// asked to repeat a level the runner had already left.
    #[test]
    fn a_done_run_is_told_how_to_hold_the_next_runs() {
        let p = plan(base(10.0), vec![run(0, 2.0), run(2, 2.0), logged(run(4, 2.0), 3.5)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Fri 11 Dec's run raised distance after 2 pain-free runs at the level before it; the plan holds a level for 3.",
                "Hold the next 3 runs at 2 mi before raising the level."
            ))
        );
    }

    /// Following the suggestion finds nothing more: three runs back at 2 mi, then a raise.
    #[test]
    fn the_suggestion_for_a_done_run_holds_up() {
        let sessions = vec![
            run(0, 2.0),
            run(2, 2.0),
            logged(run(4, 2.0), 3.5),
            run(7, 2.0),
            run(9, 2.0),
            run(11, 2.0),
            run(14, 2.2),
        ];
        assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), vec![4]);
    }

    #[test]
    fn how_many_runs_is_a_setting() {
        let settings = RuleSettings { mastery_runs: 2, ..base(10.0) };
        let p = plan(settings, vec![run(0, 2.0), run(2, 2.0), run(4, 2.2)]);
        assert_eq!(flagged_days(R, &p), Vec::<i64>::new());
        let p = plan(base(10.0), vec![run(0, 2.0), run(2, 2.0), run(4, 2.2)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "Fri 11 Dec's run raises distance after 2 pain-free runs at the current level; the plan holds a level for 3."
            )
        );
    }
}
