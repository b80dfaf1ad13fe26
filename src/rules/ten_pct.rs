//! Rule 12a: the 10 % rule, as advice only (Buist et al. 2008 found it does not prevent injury).
//!
//! A week returning to its level after a down week gets no advice.

use super::context::{Context, TOLERANCE, pct_over, week_of};
use super::{Finding, RuleId, Severity};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let pct = cx.settings.ten_pct_rule_pct;
    for (i, week) in cx.weeks.iter().enumerate() {
        let prev_i = i as isize - 1;
        let prev = cx.week_run(prev_i);
        if cx.in_intro(i as isize)
            || prev <= 0.0
            || cx.is_down(prev_i)
            || week.run <= prev * (1.0 + pct / 100.0) + TOLERANCE
        {
            continue;
        }
        out.push(cx.week_finding(
            RuleId::TenPercent,
            Severity::Advice,
            i,
            format!(
                "The {} is {} above the week before ({} → {}); the common 10 % rule would go slower.",
                week_of(week.start),
                pct_over(week.run, prev),
                cx.dist(prev),
                cx.dist(week.run)
            ),
            "Fine if the level was held and nothing hurts; otherwise hold last week's distance.".to_owned(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, plan, weekly};
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
}
