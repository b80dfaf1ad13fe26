//! Rule 1: no runs on consecutive days during the alternate-days period.
//!
//! Two runs on one day in the period leave hours, not a day, between them: also an error.
//! Anti-gravity treadmill runs do not make a run day: running at part of the body's weight on
//! the days between is what they are for.

use chrono::NaiveDate;

use super::context::{Context, add_days, day, done, weekday, yes};
use super::{Finding, RuleId, Severity};
use crate::plan::Session;
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let weeks = cx.settings.alternate_days_weeks;
    let end = cx.period_end(weeks);
    let start = cx.plan.meta.start;
    let in_period: Vec<_> = cx.runs.iter().filter(|s| s.date >= start && s.date < end).collect();
    let has_run = |date| in_period.binary_search_by_key(&date, |s| s.date).is_ok();
    for pair in in_period.windows(2) {
        let [first, second] = pair else { continue };
        if first.date == second.date {
            out.push(double(cx, first, second, end));
            continue;
        }
        if add_days(first.date, 1) != second.date {
            continue;
        }
        let next = add_days(second.date, 1);
        // A run already run cannot be moved: the suggestion is for the runs after it.
        let suggestion = if done(second) {
            t!("rule-consecutive-run-days-fix-done")
        } else if has_run(next) || has_run(add_days(next, 1)) {
            t!("rule-consecutive-run-days-fix-walk", weekday = weekday(second.date))
        } else {
            t!("rule-consecutive-run-days-fix-move", weekday = weekday(second.date), next = weekday(next))
        };
        out.push(cx.finding(
            RuleId::ConsecutiveRunDays,
            Severity::Error,
            vec![second.date, first.date],
            vec![second.id, first.id],
            t!(
                "rule-consecutive-run-days-pair",
                first = day(first.date),
                last = day(second.date),
                done = yes(done(second)),
                weeks = weeks,
                until = day(end.pred_opt().unwrap_or(end)),
            ),
            suggestion,
        ));
    }
}

/// Two runs on one day in the period: hours, not a day, between them.
fn double(cx: &Context<'_>, first: &Session, second: &Session, end: NaiveDate) -> Finding {
    let weeks = cx.settings.alternate_days_weeks;
    cx.finding(
        RuleId::ConsecutiveRunDays,
        Severity::Error,
        vec![second.date],
        vec![second.id, first.id],
        t!(
            "rule-consecutive-run-days-double",
            done = yes(done(second)),
            day = day(second.date),
            weeks = weeks,
            until = day(end.pred_opt().unwrap_or(end)),
        ),
        if done(second) {
            t!("rule-consecutive-run-days-fix-done")
        } else {
            t!("rule-consecutive-run-days-fix-join")
        },
    )
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        anti_gravity, base, flagged_days, logged, only, plan, run, run_walk, session, skipped, walk,
    };
    use crate::plan::{Activity, RuleSettings, SessionKind};
    use crate::rules::RuleId::ConsecutiveRunDays as R;

    /// (case, sessions, days flagged)
    #[test]
    fn consecutive_run_days_are_errors_only_inside_the_period() {
        let bike = session(1, SessionKind::Cross { activity: Activity::Bike, minutes: None, distance: None });
        let cases = vec![
            ("alternate days are fine", vec![run(0, 2.0), run(2, 2.0), run(4, 2.0)], vec![]),
            ("second of two days flagged", vec![run(0, 2.0), run(1, 2.0)], vec![1]),
            ("three in a row flag two", vec![run(0, 2.0), run(1, 2.0), run(2, 2.0)], vec![1, 2]),
            ("run/walk counts as a run", vec![run(0, 2.0), run_walk(1, 1.0, 4.0, 5)], vec![1]),
            ("walk between is fine", vec![run(0, 2.0), walk(1, 2.0), run(2, 2.0)], vec![]),
            ("cross-training between is fine", vec![run(0, 2.0), bike, run(2, 2.0)], vec![]),
            ("skipped run does not count", vec![run(0, 2.0), skipped(run(1, 2.0))], vec![]),
            ("two runs on one day leave no day between", vec![run(0, 2.0), run(0, 1.0)], vec![0]),
            ("a double after the period is allowed", vec![run(56, 2.0), run(56, 1.0)], vec![]),
            (
                "an anti-gravity run is not a run day",
                vec![run(0, 2.0), anti_gravity(1, 2.0), run(2, 2.0)],
                vec![],
            ),
            ("last day of week 8 still inside", vec![run(54, 2.0), run(55, 2.0)], vec![55]),
            ("after the period it is allowed", vec![run(56, 2.0), run(57, 2.0)], vec![]),
            ("runs before the plan start are not judged", vec![run(-2, 2.0), run(-1, 2.0)], vec![]),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(0.0), sessions)), expected, "{case}");
        }
    }

    #[test]
    fn the_period_is_a_setting() {
        let settings = RuleSettings { alternate_days_weeks: 2, ..base(0.0) };
        let p = plan(settings, vec![run(12, 2.0), run(13, 2.0), run(15, 2.0), run(16, 2.0)]);
        assert_eq!(flagged_days(R, &p), vec![13]);
    }

    /// "Move Thursday's run to Friday" was said of a run already run.
    #[test]
    fn a_done_run_is_told_about_the_next_runs() {
        let p = plan(base(0.0), vec![run(2, 2.0), logged(run(3, 2.0), 2.0)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Runs on Wed 9 Dec and Thu 10 Dec were on consecutive days; the first 8 weeks (until Sun 31 Jan) keep a day between runs.",
                "Keep a day between the next runs; walk on the days between."
            ))
        );
        let double = plan(base(0.0), vec![run(2, 2.0), logged(run(2, 1.0), 1.0)]);
        assert_eq!(
            only(R, &double).first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "There were two runs on Wed 9 Dec; the first 8 weeks (until Sun 31 Jan) keep a day between runs.",
                "Keep a day between the next runs; walk on the days between."
            ))
        );
    }

    #[test]
    fn suggestion_names_a_free_day() {
        let p = plan(base(0.0), vec![run(2, 2.0), run(3, 2.0)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some("Move Thursday's run to Friday, or make it a walk.")
        );
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "Runs on Wed 9 Dec and Thu 10 Dec are on consecutive days; the first 8 weeks (until Sun 31 Jan) keep a day between runs."
            )
        );
    }
}
