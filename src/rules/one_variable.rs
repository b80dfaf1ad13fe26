//! Rule 7: a run raises at most one of distance, effort and terrain over the run before.

use super::context::{Context, day};
use super::{Finding, RuleId, Severity};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let pace = cx.settings.easy_pace_min_per_unit;
    for pair in cx.runs.windows(2) {
        let [before, after] = pair else { continue };
        let (Some(from), Some(to)) = (before.kind.level(pace), after.kind.level(pace)) else { continue };
        let raised = to.raised_over(&from);
        if raised.count() < 2 {
            continue;
        }
        let mut keep = Vec::new();
        if raised.terrain {
            keep.push(format!("the terrain ({})", from.terrain.label()));
        }
        if raised.effort {
            keep.push(format!("the effort ({})", from.effort.label()));
        }
        if raised.distance {
            keep.push(format!("the distance ({})", cx.dist(from.distance)));
        }
        out.push(cx.finding(
            RuleId::OneVariable,
            Severity::Warning,
            vec![after.date, before.date],
            vec![after.id, before.id],
            format!(
                "{}'s run raises {} over the run before ({}); change one thing at a time.",
                day(after.date),
                raised.describe(),
                day(before.date)
            ),
            format!("Keep {} for now.", keep.join(" or ")),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, only, plan, run, run_at, skipped, walk};
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
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
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
