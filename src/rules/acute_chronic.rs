//! Rule 12b: acute:chronic ratio (Gabbett 2016) as advice only; the measure is contested.
//!
//! Acute load is a week's running; chronic load is the mean of that week and the three before
//! (weeks before the plan at the starting distance). A runner starting from zero has no chronic
//! load to compare with, so the first four weeks of such a plan get no ratio. Nor do the weeks
//! of the staged walk/run start: the stage rule judges them, as it does for the ramp and the
//! 10 % rule, and a clinic's stages (1, 2, then 3 minutes of running) would otherwise each be
//! advised against.

use super::context::{Context, TOLERANCE, week_of};
use super::{Finding, RuleId, Severity};
use crate::i18n;
use crate::t;

/// The acute:chronic ratio of week `i`, or `None` without chronic load.
pub fn ratio(cx: &Context<'_>, i: usize) -> Option<f64> {
    let i = i as isize;
    if (i < 3 && cx.settings.starting_weekly_distance.get() <= 0.0) || cx.in_intro(i) {
        return None;
    }
    let chronic = (i - 3..=i).map(|j| cx.week_run(j)).sum::<f64>() / 4.0;
    (chronic > 0.0).then(|| cx.week_run(i) / chronic)
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let max = cx.settings.acute_chronic_max;
    for (i, week) in cx.weeks.iter().enumerate() {
        let Some(r) = ratio(cx, i).filter(|&r| r >= max - TOLERANCE) else { continue };
        out.push(cx.week_finding(
            RuleId::AcuteChronic,
            Severity::Advice,
            i,
            t!(
                "rule-acute-chronic-high",
                week = week_of(week.start),
                ratio = two_decimals(r),
                run = cx.dist(week.run),
                max = i18n::number(max)
            ),
            t!("rule-acute-chronic-high-fix"),
        ));
    }
}

/// A ratio with two decimals, as the studies give it ("1.50"), the reader's decimal mark.
fn two_decimals(ratio: f64) -> String {
    let text = format!("{ratio:.2}");
    if i18n::current().decimal_comma() { text.replace('.', ",") } else { text }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, logged, logged_time, plan, run, run_walk, weekly};
    use crate::rules::RuleId::AcuteChronic as R;

    #[test]
    fn a_ratio_of_1_5_or_more_gets_advice() {
        let cases: Vec<(&str, f64, Vec<f64>, Vec<i64>)> = vec![
            ("steady", 10.0, vec![10.0, 10.0, 10.0], vec![]),
            // (10 + 10 + 10 + 20) / 4 = 12.5; 20 / 12.5 = 1.6
            ("doubling", 10.0, vec![10.0, 10.0, 10.0, 20.0], vec![21]),
            // (10 + 10 + 10 + 18) / 4 = 12; 18 / 12 = 1.5
            ("exactly 1.5", 10.0, vec![10.0, 10.0, 10.0, 18.0], vec![21]),
            ("no chronic load", 0.0, vec![0.0, 0.0], vec![]),
            ("starting from zero: no history for four weeks", 0.0, vec![2.0, 2.0, 2.0, 2.0, 4.0], vec![28]),
        ];
        for (case, start, weeks, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(start), weekly(&weeks))), expected, "{case}");
        }
    }

    /// What was done counts: a week planned flat but run twice as long is the acute load.
    #[test]
    fn a_done_week_counts_what_was_run() {
        let cases = vec![
            ("done 20 mi where 10 were planned", logged(run(23, 10.0), 20.0), vec![21]),
            ("done by time only: 240 min is 20 mi", logged_time(run(23, 10.0), 240.0), vec![21]),
            ("a run/walk's logged running part", logged(run_walk(23, 1.0, 1.0, 10), 20.0), vec![21]),
            ("planned at 20 mi, done at 10", logged(run(23, 20.0), 10.0), vec![]),
        ];
        for (case, last, expected) in cases {
            let mut sessions = weekly(&[10.0, 10.0, 10.0]);
            sessions.push(last);
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }
}
