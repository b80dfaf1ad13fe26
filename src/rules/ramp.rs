//! Rule 4: weekly running rises at most 30 % per 3–4 weeks over the established level.
//!
//! The established level before week `w` is the lowest of the last `ramp_window_weeks`
//! weeks that were not down weeks, looking back at most twice the window. So a level must be
//! held for the whole window before it becomes the base for the next rise ("raise, hold, raise"),
//! a return to the level after a down week is not a rise, and 10 % every week is caught once it
//! compounds past 30 %. Weeks before the plan count at the starting weekly distance. Where no
//! level is established (nothing but down weeks), the highest recent week is the base; where the
//! base is zero (not running yet), the level rules judge instead.

use super::context::{Context, pct_over, week_of};
use super::{Finding, RuleId, Severity};

/// The established level before week `i`, or `None` when there is none to compare against.
pub(super) fn established_level(cx: &Context<'_>, i: usize) -> Option<f64> {
    let window = cx.settings.ramp_window_weeks.max(1) as isize;
    let i = i as isize;
    let levels: Vec<f64> = (1..=2 * window)
        .map(|back| i - back)
        .filter(|&j| !cx.is_down(j))
        .take(window as usize)
        .map(|j| cx.week_run(j))
        .collect();
    let level = if levels.is_empty() {
        (i - window..i).map(|j| cx.week_run(j)).fold(0.0, f64::max)
    } else {
        levels.iter().copied().fold(f64::INFINITY, f64::min)
    };
    (level > 0.0).then_some(level)
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let max_pct = cx.settings.ramp_max_pct;
    let window = cx.settings.ramp_window_weeks;
    for (i, week) in cx.weeks.iter().enumerate() {
        let Some(level) = established_level(cx, i) else { continue };
        let allowed = level * (1.0 + max_pct / 100.0);
        if week.run > allowed + 1e-6 {
            out.push(cx.week_finding(
                RuleId::Ramp,
                Severity::Error,
                i,
                format!(
                    "The {} has {} of running, {} above the established level of {}; the plan allows {} per {window} weeks.",
                    week_of(week.start),
                    cx.dist(week.run),
                    pct_over(week.run, level),
                    cx.dist(level),
                    crate::plan::fmt_num(max_pct) + " %",
                ),
                format!(
                    "Hold at {} or less this week, and raise again after {window} weeks at that level.",
                    cx.dist(allowed)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, plan, weekly};
    use crate::plan::RuleSettings;
    use crate::rules::RuleId::Ramp as R;

    /// The four examples of domain.md §2, plus boundaries. Days are week starts (7 × week index).
    #[test]
    fn ramp_agrees_with_the_methods_examples() {
        let cases: Vec<(&str, f64, Vec<f64>, Vec<i64>)> = vec![
            ("raise, hold, raise", 10.0, vec![10.0, 10.0, 10.0, 13.0, 13.0, 13.0, 16.9], vec![]),
            ("too fast at 17", 10.0, vec![10.0, 13.0, 17.0], vec![14]),
            ("10 % a week compounds", 10.0, vec![10.0, 11.0, 12.1, 13.3], vec![21]),
            (
                "back from a down week to the established level",
                20.0,
                vec![20.0, 20.0, 20.0, 10.0, 20.0],
                vec![],
            ),
            ("exactly 30 % is allowed", 10.0, vec![13.0], vec![]),
            ("just over 30 % is not", 10.0, vec![13.01], vec![0]),
            ("raising after two weeks held is too soon", 10.0, vec![10.0, 13.0, 13.0, 16.9], vec![21]),
            ("not running yet: level rules judge", 0.0, vec![0.0, 2.0, 4.0], vec![]),
            (
                "after a long break the level rules judge",
                10.0,
                vec![10.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0],
                vec![],
            ),
        ];
        for (case, start, weeks, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(start), weekly(&weeks))), expected, "{case}");
        }
    }

    #[test]
    fn a_four_week_window_is_a_setting() {
        let settings = RuleSettings { ramp_window_weeks: 4, ..base(10.0) };
        let weeks = weekly(&[10.0, 13.0, 13.0, 13.0, 16.9, 16.9, 16.9, 16.9, 21.9]);
        assert_eq!(flagged_days(R, &plan(settings, weeks)), vec![28]);
    }

    #[test]
    fn message_has_the_numbers() {
        let p = plan(base(10.0), weekly(&[10.0, 13.0, 17.0]));
        let f = super::super::testkit::only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "The week of 21 Dec has 17 mi of running, 70 % above the established level of 10 mi; the plan allows 30 % per 3 weeks."
            )
        );
    }
}
