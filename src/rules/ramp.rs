//! Rule 4: weekly running rises at most 30 % per 3–4 weeks over the established level.
//!
//! The established level (see `established.rs`) is the lowest of the last few weeks that were
//! not down weeks, and after a break a share of what was held before it. Where the level is zero
//! (not running yet), the level rules judge instead.

use super::context::{Context, TOLERANCE, pct_over, week_of};
use super::{Finding, RuleId, Severity};
use crate::plan::fmt_num;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let max_pct = cx.settings.ramp_max_pct;
    let window = cx.settings.ramp_window_weeks;
    for (i, week) in cx.weeks.iter().enumerate() {
        if cx.in_intro(i as isize) {
            continue;
        }
        let Some(established) = cx.established(i) else { continue };
        let level = established.level;
        let allowed = level * (1.0 + max_pct / 100.0);
        if week.run <= allowed + TOLERANCE {
            continue;
        }
        let base = match established.after {
            Some(b) => format!(
                "{}, the level to come back at after {} days without running ({} of the {} held before)",
                cx.dist(level),
                b.days_off,
                b.share_words(),
                cx.dist(b.held),
            ),
            None => format!("the established level of {}", cx.dist(level)),
        };
        let suggestion = match established.after {
            Some(_) => format!(
                "Come back at {} or less this week, and build back in steps of {} % per {window} weeks.",
                cx.dist(allowed),
                fmt_num(max_pct)
            ),
            None => format!(
                "Hold at {} or less this week, and raise again after {window} weeks at that level.",
                cx.dist(allowed)
            ),
        };
        out.push(cx.week_finding(
            RuleId::Ramp,
            Severity::Error,
            i,
            format!(
                "The {} has {} of running, {} above {base}; the plan allows {} % per {window} weeks.",
                week_of(week.start),
                cx.dist(week.run),
                pct_over(week.run, level),
                fmt_num(max_pct),
            ),
            suggestion,
        ));
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
                "eight weeks off: back at a third, not at the old level",
                10.0,
                vec![10.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0],
                vec![63],
            ),
            (
                "eight weeks off, back within 30 % of a third",
                30.0,
                vec![30.0, 30.0, 30.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 13.0, 13.0, 13.0, 16.9],
                vec![],
            ),
            (
                "two weeks off: back at half",
                20.0,
                vec![20.0, 20.0, 20.0, 0.0, 0.0, 13.0, 13.0, 13.0, 16.9],
                vec![],
            ),
            ("two weeks off, back at the old level", 20.0, vec![20.0, 20.0, 20.0, 0.0, 0.0, 20.0], vec![35]),
            (
                "after the first week back the level builds in steps",
                20.0,
                vec![20.0, 20.0, 20.0, 0.0, 0.0, 13.0, 16.9],
                vec![42],
            ),
            ("weeks before the plan count: a slow start is a break", 20.0, vec![0.0, 0.0, 20.0], vec![14]),
            ("one week without running is a down week", 20.0, vec![20.0, 20.0, 20.0, 0.0, 20.0], vec![]),
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

    /// Eight weeks off and then twice the old mileage was only advice: the ramp went silent.
    #[test]
    fn the_first_week_after_a_break_names_both_levels() {
        let weeks = weekly(&[10.0, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 20.0]);
        let f = super::super::testkit::only(R, &plan(base(10.0), weeks));
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "The week of 8 Feb has 20 mi of running, 500 % above 3.33 mi, the level to come back at after 48 days without running (a third of the 10 mi held before); the plan allows 30 % per 3 weeks."
            )
        );
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some("Come back at 4.33 mi or less this week, and build back in steps of 30 % per 3 weeks.")
        );
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
