//! Rule 8: hold a level for N runs in a row before raising it.
//!
//! Runs that do not raise the level count toward holding it, unless they were skipped or
//! logged as painful (pain above the threshold, or sharp). A run below the current level is a
//! step back: the lower level becomes the one to hold.

use super::context::{Context, day};
use super::{Finding, RuleId, Severity};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let needed = cx.settings.mastery_runs;
    let threshold = cx.settings.pain_threshold;
    let pace = cx.settings.easy_pace_min_per_unit;
    let mut current = None;
    let mut held: u32 = 0;
    for s in &cx.runs {
        let Some(level) = s.kind.level(pace) else { continue };
        let counts = u32::from(!s.hurt(threshold));
        let Some(prev) = current else {
            current = Some(level);
            held = counts;
            continue;
        };
        let raised = level.raised_over(&prev);
        if raised.count() > 0 {
            if held < needed {
                out.push(cx.finding(
                    RuleId::Mastery,
                    Severity::Warning,
                    vec![s.date],
                    vec![s.id],
                    format!(
                        "{}'s run raises {} after {held} pain-free run{} at the current level; the plan holds a level for {needed}.",
                        day(s.date),
                        raised.describe(),
                        if held == 1 { "" } else { "s" },
                    ),
                    format!("Repeat the current level {} more time{} first.", needed - held, if needed - held == 1 { "" } else { "s" }),
                ));
            }
            current = Some(level);
            held = counts;
        } else if level.is_step_back_from(&prev) {
            current = Some(level);
            held = counts;
        } else {
            held += counts;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, done, flagged_days, only, plan, run, skipped};
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
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
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
