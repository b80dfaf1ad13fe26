//! After a birth: no run or run/walk before 12 weeks after it.
//!
//! The postnatal guidance (Goom, Donnelly & Brockwell, *Returning to running postnatal*, 2019,
//! endorsed by the ACPSEM; reaffirmed by the Delphi consensus in BJSM, Christopher et al., 2023)
//! advises no running before 12 weeks after the birth, whatever the kind of birth, with a
//! pelvic-health assessment from 6 weeks; a caesarean birth or a perineal tear may need longer.
//! The rule speaks when the plan is a comeback after a birth ([`PlanMeta::comeback`]) and says
//! when the birth was (`injury_date`). Runs before the birth are not its business.
//!
//! [`PlanMeta::comeback`]: crate::plan::PlanMeta::comeback

use chrono::NaiveDate;

use super::context::{Context, day, done, yes};
use super::{Finding, RuleId, Severity};
use crate::plan::{Birth, Comeback, Session, SessionKind};
use crate::t;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let meta = &cx.plan.meta;
    let (Some(Comeback::Birth(birth)), Some(born)) = (meta.comeback(), meta.injury_date) else { return };
    let from = Birth::first_run(born);
    // One finding for all the runs too early, not one a run: a plan starting six weeks after
    // the birth had a warning on each run of its first six weeks.
    let early: Vec<&Session> = cx.runs.iter().copied().filter(|s| s.date >= born && s.date < from).collect();
    if !early.is_empty() {
        out.push(finding(cx, &early, birth, (born, from)));
    }
}

/// The runs of `early` (by date) come before `from`, 12 weeks after the birth on `born`.
fn finding(
    cx: &Context<'_>,
    early: &[&Session],
    birth: Birth,
    (born, from): (NaiveDate, NaiveDate),
) -> Finding {
    let longer = match birth {
        Birth::Caesarean => Some("caesarean"),
        Birth::PerinealTear => Some("perineal-tear"),
        Birth::Unsaid | Birth::Vaginal => None,
    };
    let all_done = yes(early.iter().all(|s| done(s)));
    let many = yes(early.len() > 1);
    let on = |s: Option<&&Session>| s.map(|s| day(s.date)).unwrap_or_default();
    let after = |s: Option<&&Session>| s.map(|s| since((s.date - born).num_days())).unwrap_or_default();
    let run_walk = early.first().is_some_and(|s| matches!(s.kind, SessionKind::RunWalk(_)));
    let message = t!(
        "rule-after-birth-early",
        many = many,
        runs = early.len(),
        first = on(early.first()),
        last = on(early.last()),
        kind = if run_walk { "run-walk" } else { "run" },
        done = all_done,
        since_first = after(early.first()),
        since_last = after(early.last()),
        weeks = Birth::WEEKS_BEFORE_RUNNING,
    );
    // The two sentences stand alone, so each language writes both its own way.
    let message = match longer {
        Some(birth) => format!("{message} {}", t!("rule-after-birth-longer", birth = birth)),
        None => message,
    };
    cx.finding(
        RuleId::AfterBirth,
        Severity::Warning,
        early.iter().map(|s| s.date).collect(),
        early.iter().map(|s| s.id).collect(),
        message,
        t!("rule-after-birth-early-fix", done = all_done, many = many, from = day(from)),
    )
}

/// "5 days", "1 week", "3 weeks and 2 days".
fn since(days: i64) -> String {
    let days = usize::try_from(days).unwrap_or_default();
    t!("rule-after-birth-since", weeks = days / 7, days = days % 7)
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, d, flagged_days, logged, only, plan, run, run_walk, walk};
    use crate::plan::{Birth, Comeback, Plan, Session};
    use crate::rules::RuleId::AfterBirth as R;

    /// The plan of `sessions` as a comeback of `comeback`, born on day `born` (an offset).
    fn after(comeback: Option<Comeback>, injury: &str, born: Option<i64>, sessions: Vec<Session>) -> Plan {
        let mut p = plan(base(0.0), sessions);
        p.meta.comeback_kind = comeback;
        p.meta.injury = injury.to_owned();
        p.meta.injury_date = born.map(d);
        p
    }

    #[test]
    fn no_run_before_12_weeks_after_a_birth() {
        let birth = Some(Comeback::Birth(Birth::Vaginal));
        let sessions = || vec![walk(0, 2.0), run_walk(21, 1.0, 4.0, 6), run(83, 1.0), run(84, 1.0)];
        let cases = vec![
            ("3 weeks and on to the day before 12", after(birth, "", Some(0), sessions()), vec![21]),
            ("no birth date, no rule", after(birth, "", None, sessions()), vec![]),
            (
                "after an injury, no rule",
                after(Some(Comeback::Injury { bone_stress: false }), "", Some(0), sessions()),
                vec![],
            ),
            ("no kind of comeback, no rule", after(None, "Left hamstring", Some(0), sessions()), vec![]),
            (
                "an old plan's \"Postpartum\" is a birth",
                after(None, "Postpartum", Some(0), sessions()),
                vec![21],
            ),
            ("runs before the birth are not judged", after(birth, "", Some(22), sessions()), vec![83]),
        ];
        for (case, p, expected) in cases {
            assert_eq!(flagged_days(R, &p), expected, "{case}");
        }
    }

    /// The warning says why, names 12 weeks and says when running may start.
    #[test]
    fn the_warning_says_why_and_until_when() {
        let p = after(Some(Comeback::Birth(Birth::Caesarean)), "", Some(0), vec![run_walk(23, 1.0, 4.0, 6)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "Wed 30 Dec's run/walk comes 3 weeks and 2 days after the birth; the postnatal guidance (Goom et al. 2019) has no running before 12 weeks after a birth, whatever the kind, and a pelvic-health assessment from 6 weeks. After a caesarean birth it may take longer.",
                "Make it a walk, and do the strength work the checks ask for meanwhile; run from Mon 1 Mar once the checks are passed."
            ))
        );
        let done = after(Some(Comeback::Birth(Birth::Unsaid)), "", Some(0), vec![logged(run(7, 1.0), 1.0)]);
        assert!(
            only(R, &done)
                .first()
                .is_some_and(|f| f.message.starts_with("Mon 14 Dec's run came 1 week after"))
        );
    }

    /// The runs too early are one finding touching each, from the first to the last.
    #[test]
    fn the_runs_too_early_are_one_finding() {
        let sessions = vec![run_walk(21, 1.0, 4.0, 6), run(23, 1.0), run(83, 1.0), run(84, 1.0)];
        let p = after(Some(Comeback::Birth(Birth::Vaginal)), "", Some(0), sessions);
        let f = only(R, &p);
        assert_eq!(f.len(), 1, "{f:?}");
        let f = f.first().unwrap();
        assert_eq!(f.dates, [d(21), d(23), d(83)]);
        assert!(
            f.message.starts_with(
                "3 runs from Mon 28 Dec to Sun 28 Feb come 3 weeks to 11 weeks and 6 days after the birth; "
            ),
            "{}",
            f.message
        );
        assert!(f.suggestion.starts_with("Make them walks"), "{}", f.suggestion);
    }

    #[test]
    fn time_since_the_birth_reads_naturally() {
        let cases = [(1, "1 day"), (5, "5 days"), (7, "1 week"), (21, "3 weeks"), (22, "3 weeks and 1 day")];
        for (days, words) in cases {
            assert_eq!(super::since(days), words);
        }
    }
}
