//! Rule 7: a run raises at most one of distance, effort and terrain over the run before.

use super::context::{Context, day, done, or_list, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for pair in cx.runs.windows(2) {
        let [before, after] = pair else { continue };
        let (Some(from), Some(to)) = (cx.level(before), cx.level(after)) else { continue };
        let raised = to.raised_over(&from);
        if raised.count() < 2 {
            continue;
        }
        let mut keep = Vec::new();
        if raised.terrain {
            keep.push(t!("rule-one-variable-keep", what = "terrain", value = from.terrain.words()));
        }
        if raised.effort {
            keep.push(t!("rule-one-variable-keep", what = "effort", value = from.effort.words()));
        }
        if raised.distance {
            keep.push(t!("rule-one-variable-keep", what = "distance", value = cx.dist(from.distance)));
        }
        // Of a run already run, say what it did and what the next run keeps.
        let ran = yes(done(after));
        out.push(cx.finding(
            RuleId::OneVariable,
            Severity::Warning,
            vec![after.date, before.date],
            vec![after.id, before.id],
            t!(
                "rule-one-variable-raised",
                day = day(after.date),
                done = ran,
                raised = raised.describe(),
                before = day(before.date)
            ),
            t!("rule-one-variable-raised-fix", done = ran, keep = or_list(&keep)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        base, flagged_days, logged, logged_time, only, plan, run, run_at, skipped, walk,
    };
    use crate::plan::Effort::{Easy, Steady, Tempo, VeryEasy};
    use crate::plan::Terrain::{FlatRoad, Hills, Track, Trail, Treadmill};
    use crate::rules::RuleId::OneVariable as R;

    #[test]
    fn raising_two_variables_at_once_is_a_warning() {
        let cases = vec![
            ("distance only", vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.2, Easy, Track)], vec![]),
            ("effort only", vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.0, Tempo, Track)], vec![]),
            ("terrain only", vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.0, Easy, Trail)], vec![]),
            (
                "distance and effort",
                vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.2, Steady, Track)],
                vec![2],
            ),
            ("distance and terrain", vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.2, Easy, Hills)], vec![2]),
            ("all three", vec![run_at(0, 2.0, VeryEasy, Track), run_at(2, 3.0, Easy, FlatRoad)], vec![2]),
            (
                "track to treadmill is no change",
                vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.2, Easy, Treadmill)],
                vec![],
            ),
            (
                "one up, one down is one change",
                vec![run_at(0, 2.0, Steady, Track), run_at(2, 2.0, Easy, Hills)],
                vec![],
            ),
            (
                "a 1 % longer run is the same distance",
                vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.02, Steady, Track)],
                vec![],
            ),
            (
                "walks do not break the pair",
                vec![run_at(0, 2.0, Easy, Track), walk(1, 2.0), run_at(2, 2.2, Easy, Hills)],
                vec![2],
            ),
            (
                "skipped runs are passed over",
                vec![
                    run_at(0, 2.0, Easy, Track),
                    skipped(run_at(1, 2.2, Easy, Track)),
                    run_at(2, 2.2, Easy, Hills),
                ],
                vec![2],
            ),
            ("first run has nothing to compare", vec![run(0, 9.0)], vec![]),
            (
                "done 2.5 mi where 2 were planned, at a harder effort",
                vec![run_at(0, 2.0, Easy, Track), logged(run_at(2, 2.0, Steady, Track), 2.5)],
                vec![2],
            ),
            (
                "done by time only: 30 min at 12 min/mi is 2.5 mi",
                vec![run_at(0, 2.0, Easy, Track), logged_time(run_at(2, 2.0, Steady, Track), 30.0)],
                vec![2],
            ),
            (
                "the next run compares with what was done: 2.6 mi, then hills at 2.6",
                vec![logged(run_at(0, 2.0, Easy, Track), 2.6), run_at(2, 2.6, Easy, Hills)],
                vec![],
            ),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    #[test]
    fn a_done_run_is_told_what_the_next_run_keeps() {
        let p = plan(base(10.0), vec![run_at(0, 2.0, Easy, Track), logged(run_at(2, 2.0, Easy, Hills), 2.5)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Wed 9 Dec's run raised distance and terrain over the run before (Mon 7 Dec); change one thing at a time.",
                "For the next run, go back to the terrain (track) or the distance (2 mi), and change one thing at a time."
            ))
        );
    }

    #[test]
    fn message_names_the_variables() {
        let p = plan(base(10.0), vec![run_at(0, 2.0, Easy, Track), run_at(2, 2.5, Easy, Hills)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "Wed 9 Dec's run raises distance and terrain over the run before (Mon 7 Dec); change one thing at a time."
            )
        );
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some("Keep the terrain (track) or the distance (2 mi) for now.")
        );
    }
}
