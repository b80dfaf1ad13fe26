//! Rule 10: in the first weeks, run with walk breaks and walk the hills (advice).

use super::context::{Context, day, done};
use super::{Finding, RuleId, Severity};
use crate::plan::{SessionKind, Terrain, Units};

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let weeks = cx.settings.walk_breaks_weeks;
    let (start, end) = (cx.plan.meta.start, cx.period_end(weeks));
    for s in cx.runs.iter().filter(|s| s.date >= start && s.date < end) {
        let continuous = matches!(s.kind, SessionKind::Run(_));
        let hills = s.kind.terrain() == Some(Terrain::Hills);
        // Of a run already run, say what it was and advise the next one.
        let ran = done(s);
        let what = match (continuous, hills, ran) {
            (true, true, false) => "is a continuous run on hills",
            (true, true, true) => "was a continuous run on hills",
            (true, false, false) => "has no walk breaks",
            (true, false, true) => "had no walk breaks",
            (false, true, false) => "is on hills",
            (false, true, true) => "was on hills",
            (false, false, _) => continue,
        };
        let mut advice = Vec::new();
        if continuous {
            let it = if ran { "make the next run" } else { "make it" };
            advice.push(match cx.units() {
                Units::Miles => format!("{it} a run/walk with a walk every quarter mile"),
                Units::Km => format!("{it} a run/walk with a walk every 400 m"),
            });
        }
        if hills {
            advice.push("pick a flat route, or walk the hills".to_owned());
        }
        out.push(cx.finding(
            RuleId::WalkBreaks,
            Severity::Advice,
            vec![s.date],
            vec![s.id],
            format!(
                "{}'s run {what}; in the first {weeks} weeks the method walks often and walks the hills.",
                day(s.date)
            ),
            super::capitalised(&advice.join(", and ")) + ".",
        ));
    }
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
