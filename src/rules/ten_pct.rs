//! Rule 12a: the 10 % rule, as advice only (Buist et al. 2008 found it does not prevent injury).
//!
//! A week returning to its level after a down week, or to the level held before days off that
//! cut the week before short, gets no advice.

use super::context::{Context, TOLERANCE, pct_over, week_of, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let pct = cx.settings.ten_pct_rule_pct;
    for (i, week) in cx.weeks.iter().enumerate() {
        let prev_i = i as isize - 1;
        let prev = cx.week_run(prev_i);
        if cx.in_intro(i as isize)
            || prev <= 0.0
            || cx.is_down(prev_i)
            || cx.held_before_gap(prev_i, i as isize).is_some_and(|held| week.run <= held + TOLERANCE)
            || week.run <= prev * (1.0 + pct / 100.0) + TOLERANCE
        {
            continue;
        }
        // A week already run is over: the advice is for the week after it.
        let ran = yes(cx.week_done(i));
        out.push(cx.week_finding(
            RuleId::TenPercent,
            Severity::Advice,
            i,
            t!(
                "rule-ten-percent-over",
                week = week_of(week.start),
                done = ran,
                pct = pct_over(week.run, prev),
                from = cx.dist(prev),
                to = cx.dist(week.run)
            ),
            t!("rule-ten-percent-over-fix", done = ran, from = cx.dist(prev)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, logged, logged_time, only, plan, run, run_walk, weekly};
    use crate::rules::RuleId::TenPercent as R;

    #[test]
    fn week_on_week_rises_over_10_pct_get_advice() {
        let cases: Vec<(&str, Vec<f64>, Vec<i64>)> = vec![
            ("flat", vec![10.0, 10.0], vec![]),
            ("exactly 10 %", vec![10.0, 11.0], vec![]),
            ("over 10 %", vec![10.0, 13.0], vec![7]),
            ("from the starting distance", vec![12.0], vec![0]),
            ("back from a down week", vec![10.0, 10.0, 10.0, 10.0, 5.0, 10.0], vec![]),
        ];
        for (case, weeks, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), weekly(&weeks))), expected, "{case}");
        }
    }

    /// What was done counts: a week planned flat but run longer rose.
    #[test]
    fn a_done_week_counts_what_was_run() {
        let cases = vec![
            ("done 13 mi where 10 were planned", logged(run(9, 10.0), 13.0), vec![7]),
            ("done by time only: 156 min is 13 mi", logged_time(run(9, 10.0), 156.0), vec![7]),
            ("a run/walk's logged running part", logged(run_walk(9, 1.0, 1.0, 10), 13.0), vec![7]),
            ("done 10.5 mi: 5 % more is within the rule", logged(run(9, 10.0), 10.5), vec![]),
        ];
        for (case, second, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), vec![run(2, 10.0), second])), expected, "{case}");
        }
    }

    #[test]
    fn a_week_already_run_is_advised_about_the_next_week() {
        let f = only(R, &plan(base(10.0), vec![run(2, 10.0), logged(run(9, 10.0), 13.0)]));
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "The week of 14 Dec was 30 % above the week before (10 mi → 13 mi); the common 10 % rule would go slower.",
                "Fine if the level was held and nothing hurts; otherwise hold the next week at 10 mi."
            ))
        );
    }

    /// Ten days off cut the week of the return short (6.67 mi); back to the 10 mi held before
    /// the week after was "50 % above the week before".
    #[test]
    fn back_to_the_level_after_days_off_is_no_rise() {
        let third = 10.0 / 3.0;
        let mut sessions: Vec<_> = [0, 2, 4, 7, 9, 11, 14].map(|n| run(n, third)).to_vec();
        // Eight days off (15–22), back on Wednesday.
        sessions.extend([23, 25, 28, 30, 32].map(|n| run(n, third)));
        assert_eq!(flagged_days(R, &plan(base(10.0), sessions.clone())), Vec::<i64>::new(), "back to 10 mi");
        sessions.push(run(34, 2.0));
        assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), vec![28], "above it");
    }
}
