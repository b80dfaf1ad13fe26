//! Rule 10: in the first weeks, run with walk breaks and walk the hills (advice).
//!
//! One finding a week for each reason, not one a run: a week of three continuous runs is one
//! piece of advice, which names its runs, so advice does not bury the warnings beside it. The
//! weeks are counted from the plan's start, as the early period is, so the first day of the
//! calendar's week changes nothing: this rule judges runs, not weekly totals.

use chrono::NaiveDate;

use super::context::{Context, and_list, day, done, yes};
use super::{Finding, RuleId, Severity};
use crate::plan::{Session, SessionKind, Terrain};
use crate::t;

/// Why a run is advised about: the run's shape, and whether it was already run (which turns
/// the advice to the next run).
#[derive(Clone, Copy, PartialEq)]
struct Reason {
    continuous: bool,
    hills: bool,
    ran: bool,
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let weeks = cx.settings.walk_breaks_weeks;
    let (start, end) = (cx.plan.meta.start, cx.period_end(weeks));
    // Runs advised about, grouped by week of the period and reason, in the order they come.
    let mut groups: Vec<(i64, Reason, Vec<&Session>)> = Vec::new();
    for s in cx.runs.iter().filter(|s| s.date >= start && s.date < end) {
        let reason = Reason {
            continuous: matches!(s.kind, SessionKind::Run(_)),
            hills: s.kind.terrain() == Some(Terrain::Hills),
            ran: done(s),
        };
        if !reason.continuous && !reason.hills {
            continue;
        }
        let week = (s.date - start).num_days() / 7;
        match groups.iter_mut().find(|(w, r, _)| *w == week && *r == reason) {
            Some((_, _, runs)) => runs.push(s),
            None => groups.push((week, reason, vec![s])),
        }
    }
    for (_, reason, runs) in groups {
        out.push(finding(cx, weeks, reason, &runs));
    }
}

/// The finding about `runs`, runs of one week advised about for `reason`.
fn finding(cx: &Context<'_>, weeks: u32, reason: Reason, runs: &[&Session]) -> Finding {
    let Reason { continuous, hills, ran } = reason;
    let (many, done) = (yes(runs.len() > 1), yes(ran));
    let reason = match (continuous, hills) {
        (true, true) => "continuous-hills",
        (true, false) => "continuous",
        (false, _) => "hills",
    };
    let make = t!("rule-walk-breaks-make", done = done, many = many, units = cx.units().abbrev());
    let days: Vec<String> = runs.iter().map(|s| day(s.date)).collect();
    let mut dates: Vec<NaiveDate> = runs.iter().map(|s| s.date).collect();
    dates.dedup();
    cx.finding(
        RuleId::WalkBreaks,
        Severity::Advice,
        dates,
        runs.iter().map(|s| s.id).collect(),
        t!(
            "rule-walk-breaks-early",
            many = many,
            days = and_list(&days),
            reason = reason,
            done = done,
            weeks = weeks
        ),
        t!("rule-walk-breaks-early-fix", reason = reason, make = make),
    )
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, logged, only, plan, run, run_at, run_walk, session};
    use crate::plan::{Effort, SessionKind, Terrain};
    use crate::rules::RuleId::WalkBreaks as R;

    #[test]
    fn early_runs_without_walk_breaks_or_on_hills_get_advice() {
        let mut hilly = run_walk(4, 1.0, 2.0, 5);
        if let SessionKind::RunWalk(rw) = &mut hilly.kind {
            rw.terrain = Terrain::Hills;
        }
        let cases = vec![
            ("run/walk on the flat is fine", vec![run_walk(0, 1.0, 4.0, 5)], vec![]),
            ("continuous run early", vec![run(0, 2.0)], vec![0]),
            ("run/walk on hills", vec![hilly], vec![4]),
            ("continuous run after 8 weeks is fine", vec![run(56, 2.0)], vec![]),
            ("hills after 8 weeks are fine", vec![run_at(60, 2.0, Effort::Easy, Terrain::Hills)], vec![]),
            (
                "a walk is not a run",
                vec![session(0, SessionKind::Walk { distance: None, minutes: None })],
                vec![],
            ),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    #[test]
    fn advice_combines_both_reasons() {
        let p = plan(base(10.0), vec![run_at(0, 2.0, Effort::Easy, Terrain::Hills)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some(
                "Make it a run/walk with a walk every quarter mile, and pick a flat route, or walk the hills."
            )
        );
        assert_eq!(f.first().map(|f| f.severity), Some(crate::rules::Severity::Advice));
    }

    /// "Make it a run/walk" was said of a run already run.
    #[test]
    fn a_done_run_is_advised_about_the_next() {
        let p = plan(base(10.0), vec![logged(run_at(0, 2.0, Effort::Easy, Terrain::Hills), 2.0)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Mon 7 Dec's run was a continuous run on hills; in the first 8 weeks the method walks often and walks the hills.",
                "Make the next run a run/walk with a walk every quarter mile, and pick a flat route, or walk the hills."
            ))
        );
    }

    /// Every early run of broken.ron had its own "this run has no walk breaks": 25 pieces of
    /// advice around 21 errors and warnings. One a week for each reason now, naming its runs.
    #[test]
    fn a_week_of_runs_without_walk_breaks_is_one_finding() {
        let hilly = run_at(9, 2.0, Effort::Easy, Terrain::Hills);
        let sessions =
            vec![run(0, 2.0), run(2, 2.0), logged(run(4, 2.0), 2.0), run(7, 2.0), hilly, run(11, 2.0)];
        let p = plan(base(10.0), sessions);
        let said: Vec<(String, String)> =
            only(R, &p).into_iter().map(|f| (f.message, f.suggestion)).collect();
        let said: Vec<(&str, &str)> = said.iter().map(|(m, s)| (m.as_str(), s.as_str())).collect();
        assert_eq!(
            said,
            [
                (
                    "The runs of Mon 7 Dec and Wed 9 Dec have no walk breaks; in the first 8 weeks the method walks often and walks the hills.",
                    "Make them run/walks with a walk every quarter mile."
                ),
                (
                    "Fri 11 Dec's run had no walk breaks; in the first 8 weeks the method walks often and walks the hills.",
                    "Make the next run a run/walk with a walk every quarter mile."
                ),
                (
                    "The runs of Mon 14 Dec and Fri 18 Dec have no walk breaks; in the first 8 weeks the method walks often and walks the hills.",
                    "Make them run/walks with a walk every quarter mile."
                ),
                (
                    "Wed 16 Dec's run is a continuous run on hills; in the first 8 weeks the method walks often and walks the hills.",
                    "Make it a run/walk with a walk every quarter mile, and pick a flat route, or walk the hills."
                ),
            ]
        );
        let first = only(R, &p).into_iter().next().map(|f| (f.dates.len(), f.sessions.len()));
        assert_eq!(first, Some((2, 2)), "the finding touches each of its runs");
    }

    /// "In the first 1 weeks" was said when the early period was set to one week.
    #[test]
    fn a_period_of_one_week_is_one_week() {
        let settings = crate::plan::RuleSettings { walk_breaks_weeks: 1, ..base(10.0) };
        let f = only(R, &plan(settings, vec![run(0, 2.0)]));
        let message = f.first().map(|f| f.message.as_str()).unwrap_or_default();
        assert!(message.contains("in the first 1 week the method"), "{message}");
    }

    /// A km plan was told to "walk every quarter mile", in the finding and in the rule's reason.
    #[test]
    fn a_km_plan_is_told_in_metres() {
        let mut p = plan(base(10.0), vec![run(0, 3.0)]);
        p.meta.units = crate::plan::Units::Km;
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some("Make it a run/walk with a walk every 400 m.")
        );
        let why = R.why(crate::plan::Units::Km);
        assert!(why.contains("400 m") && !why.contains("mile"), "{why}");
    }
}
