//! Rule 6: a run much longer than the longest run of the previous 30 days (Frandsen 2025).
//!
//! Runs on the same day do not compare with each other; with no run in the previous 30 days
//! there is nothing to compare with and the level rules judge instead. One pass with a
//! monotonic queue keeps this linear in the number of runs. Anti-gravity treadmill runs count
//! by their distance, as the spike study counted all running (evidence.md).

use std::collections::VecDeque;

use super::context::{Context, TOLERANCE, day, done, pct_over, yes};
use super::{Finding, RuleId, Severity};
use crate::t;

/// Days looked back for the longest run.
const WINDOW_DAYS: i64 = 30;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let warn = cx.settings.spike_warning_pct;
    let error = cx.settings.spike_error_pct;
    // (date, distance), distances decreasing from front to back.
    let mut longest: VecDeque<(chrono::NaiveDate, f64)> = VecDeque::new();
    let mut pending: Vec<(chrono::NaiveDate, f64)> = Vec::new();
    for s in &cx.running {
        let distance = cx.distance(s);
        if pending.first().is_some_and(|&(d, _)| d != s.date) {
            for (d, dist) in pending.drain(..) {
                // Ties go to the later run, whichever unit the plan is in.
                while longest.back().is_some_and(|&(_, b)| b <= dist + TOLERANCE) {
                    longest.pop_back();
                }
                longest.push_back((d, dist));
            }
        }
        while longest.front().is_some_and(|&(d, _)| (s.date - d).num_days() > WINDOW_DAYS) {
            longest.pop_front();
        }
        pending.push((s.date, distance));
        let Some(&(prev_date, prev)) = longest.front() else { continue };
        if prev <= 0.0 || cx.stage_step(s) || distance <= prev * (1.0 + warn / 100.0) + TOLERANCE {
            continue;
        }
        let severity = if distance > prev * (1.0 + error / 100.0) + TOLERANCE {
            Severity::Error
        } else {
            Severity::Warning
        };
        // A run already run cannot be shortened: the finding is about the runs after it.
        let ran = yes(done(s));
        out.push(cx.finding(
            RuleId::SessionSpike,
            severity,
            vec![s.date, prev_date],
            vec![s.id],
            t!(
                "rule-session-spike-over",
                day = day(s.date),
                distance = cx.dist(distance),
                done = ran,
                pct = pct_over(distance, prev),
                window = WINDOW_DAYS,
                longest = cx.dist(prev),
                longest_day = day(prev_date),
            ),
            t!(
                "rule-session-spike-over-fix",
                done = ran,
                cap = cx.dist(prev * (1.0 + warn / 100.0)),
                allowed = crate::i18n::number(warn)
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{
        anti_gravity, base, flagged_days, logged, logged_time, only, plan, run, run_walk, skipped,
    };
    use crate::rules::RuleId::SessionSpike as R;
    use crate::rules::Severity;

    #[test]
    fn runs_longer_than_the_last_30_days_are_spikes() {
        let cases = vec![
            ("10 % over is fine", vec![run(0, 5.0), run(2, 5.5)], vec![]),
            ("over 10 % is a spike", vec![run(0, 5.0), run(2, 5.6)], vec![2]),
            ("compared with the longest, not the last", vec![run(0, 5.0), run(2, 3.0), run(4, 5.4)], vec![]),
            ("runs 31 days back are forgotten", vec![run(0, 10.0), run(31, 3.0), run(33, 3.3)], vec![]),
            ("runs 30 days back still count", vec![run(0, 3.0), run(30, 5.0)], vec![30]),
            ("no run in 30 days: nothing to compare", vec![run(0, 2.0), run(40, 8.0)], vec![]),
            ("same-day runs do not compare", vec![run(0, 2.0), run(0, 6.0)], vec![]),
            ("an anti-gravity run can be the spike", vec![run(0, 5.0), anti_gravity(2, 6.0)], vec![2]),
            ("an anti-gravity run is a base", vec![anti_gravity(0, 6.0), run(2, 6.0)], vec![]),
            ("skipped runs are not a base", vec![skipped(run(0, 8.0)), run(2, 4.0), run(4, 5.0)], vec![4]),
            (
                "when the longest expires the next longest is the base",
                vec![run(0, 6.0), run(10, 5.8), run(38, 6.5)],
                vec![38],
            ),
            ("done at 6 mi where 5 were planned", vec![run(0, 5.0), logged(run(2, 5.0), 6.0)], vec![2]),
            (
                "done by time only: 72 min at 12 min/mi is 6 mi",
                vec![run(0, 5.0), logged_time(run(2, 5.0), 72.0)],
                vec![2],
            ),
            (
                "a run/walk's logged running part, 6 mi",
                vec![run(0, 5.0), logged(run_walk(2, 1.0, 1.0, 10), 6.0)],
                vec![2],
            ),
            ("a long run done shorter is a lower base", vec![logged(run(0, 8.0), 4.0), run(2, 5.0)], vec![2]),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    #[test]
    fn a_done_spike_is_told_to_keep_the_next_run_down() {
        let p = plan(base(10.0), vec![run(0, 5.0), logged(run(2, 5.0), 7.0)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Wed 9 Dec's 7 mi was 40 % over the longest run in the last 30 days (5 mi on Mon 7 Dec).",
                "Keep the next run to 5.5 mi (+10 %) or less."
            ))
        );
    }

    #[test]
    fn doubling_is_an_error_and_message_cites_the_numbers() {
        let p = plan(base(10.0), vec![run(0, 5.0), run(2, 7.0), run(30, 14.1)]);
        let f = only(R, &p);
        let severities: Vec<Severity> = f.iter().map(|f| f.severity).collect();
        assert_eq!(severities, vec![Severity::Warning, Severity::Error]);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some("Wed 9 Dec's 7 mi is 40 % over the longest run in the last 30 days (5 mi on Mon 7 Dec).")
        );
        assert_eq!(f.first().map(|f| f.suggestion.as_str()), Some("Keep it to 5.5 mi (+10 %) or less."));
    }
}
