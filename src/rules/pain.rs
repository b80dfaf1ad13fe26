//! Rule 9: after a painful run, rest and do not progress (soreness rules, Fees et al. 1998).
//!
//! A done run whose log shows sharp pain, or pain above the threshold during or the next day,
//! asks for two days without running and a step back; soreness the next day at or below the
//! threshold asks for one day off and no progression. The next run (not skipped) that comes too
//! soon or raises the level is an error; a second run later the same day (below it in the day)
//! always comes too soon.

use super::context::{Context, add_days, day, done, yes};
use super::{Finding, RuleId, Severity};
use crate::plan::{PainLog, Session, Status};
use crate::t;

/// What a pain log asks of the next run: days without running, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    /// Days to rest from running: 2 after pain (step back a level), 1 after soreness (repeat it).
    pub rest_days: usize,
    /// The pain, in words: "pain 5/10 during", or the stop signs logged.
    pub why: String,
    /// Whether a stop sign was logged: then the runner stops and seeks advice first.
    pub seek_advice: bool,
}

impl Ask {
    /// Whether the run's level should be lowered (rather than repeated).
    pub fn steps_back(&self) -> bool {
        self.rest_days >= 2
    }
}

/// What the soreness rules ask after a run logged with `log`; `None` when nothing. A stop
/// sign counts as pain above the threshold ([`PainLog::counts_as_pain`]).
pub fn ask(log: &PainLog, threshold: u8) -> Option<Ask> {
    let seek_advice = !log.stop_signs.is_empty();
    if let Some(why) = log.worst(threshold) {
        return Some(Ask { rest_days: 2, why, seek_advice });
    }
    let next = log.next_day.get();
    (next > 0).then(|| Ask { rest_days: 1, why: t!("rule-pain-soreness", pain = next), seek_advice })
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let threshold = cx.settings.pain_threshold;
    for (i, hurt) in cx.runs.iter().enumerate() {
        let Some(log) = hurt.pain.filter(|_| hurt.status == Status::Done) else { continue };
        let Some(ask) = ask(&log, threshold) else { continue };
        let Some(next) = cx.runs.get(i + 1) else { continue };
        let too_soon = next.date <= add_days(hurt.date, ask.rest_days);
        let raised = match (cx.level(hurt), cx.level(next)) {
            (Some(a), Some(b)) => b.raised_over(&a),
            _ => crate::plan::Raised::default(),
        };
        if !too_soon && raised.count() == 0 {
            continue;
        }
        out.push(finding(cx, hurt, next, &ask, too_soon, &raised.describe()));
    }
}

fn finding(
    cx: &Context<'_>,
    hurt: &Session,
    next: &Session,
    ask: &Ask,
    too_soon: bool,
    raised: &str,
) -> Finding {
    let rest = ask.rest_days;
    // Of a run already run, say what it did, and ask the rest after it.
    let ran = yes(done(next));
    let problem = match (too_soon, raised.is_empty()) {
        (true, true) => "soon",
        (true, false) => "soon-raised",
        _ => "raised",
    };
    let rest_then = t!(
        "rule-pain-progression-early-fix",
        done = ran,
        rest = rest,
        from = day(add_days(hurt.date, rest + 1))
    );
    // A stop sign is not the runner's to weigh alone: the guidance says stop and seek advice.
    let (why, suggestion) = if ask.seek_advice {
        (
            t!("rule-pain-stop-signs", why = &ask.why),
            format!("{} {rest_then}", t!("rule-pain-progression-seek-advice")),
        )
    } else {
        (ask.why.clone(), rest_then)
    };
    cx.finding(
        RuleId::PainProgression,
        Severity::Error,
        vec![next.date, hurt.date],
        vec![next.id, hurt.id],
        t!(
            "rule-pain-progression-early",
            day = day(hurt.date),
            why = why,
            same_day = yes(next.date == hurt.date),
            next = day(next.date),
            problem = problem,
            done = ran,
            rest = rest,
            raised = raised,
        ),
        suggestion,
    )
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, done, flagged_days, logged, logged_time, only, plan, run, skipped};
    use crate::rules::RuleId::PainProgression as R;

    #[test]
    fn after_pain_the_next_run_rests_and_does_not_progress() {
        let cases = vec![
            ("no pain, no rule", vec![done(run(0, 2.0), 0, 0, false), run(1, 3.0)], vec![]),
            ("mild pain during only is normal", vec![done(run(0, 2.0), 3, 0, false), run(2, 2.0)], vec![]),
            ("pain above 3 then rise", vec![done(run(0, 2.0), 4, 0, false), run(3, 2.5)], vec![3]),
            (
                "pain above 3 then repeat after 2 days off",
                vec![done(run(0, 2.0), 4, 0, false), run(3, 2.0)],
                vec![],
            ),
            ("pain above 3 then only 1 day off", vec![done(run(0, 2.0), 4, 0, false), run(2, 2.0)], vec![2]),
            (
                "sharp pain then step back after 2 days",
                vec![done(run(0, 2.0), 1, 0, true), run(3, 1.5)],
                vec![],
            ),
            ("sharp pain then next day", vec![done(run(0, 2.0), 1, 0, true), run(1, 1.0)], vec![1]),
            (
                "next-day soreness asks one day off",
                vec![done(run(0, 2.0), 1, 2, false), run(1, 2.0)],
                vec![1],
            ),
            ("next-day soreness then repeat", vec![done(run(0, 2.0), 1, 2, false), run(2, 2.0)], vec![]),
            ("next-day soreness then rise", vec![done(run(0, 2.0), 1, 2, false), run(2, 2.4)], vec![2]),
            ("lasting pain above 3", vec![done(run(0, 2.0), 0, 5, false), run(2, 2.0)], vec![2]),
            (
                "a planned run's log is not used",
                vec![
                    {
                        let mut s = done(run(0, 2.0), 8, 8, true);
                        s.status = crate::plan::Status::Planned;
                        s
                    },
                    run(1, 3.0),
                ],
                vec![],
            ),
            (
                "a second run the same day after pain",
                vec![done(run(0, 2.0), 5, 0, false), run(0, 1.0)],
                vec![0],
            ),
            (
                "a run earlier the same day is not judged by a later painful one",
                vec![run(0, 1.0), done(run(0, 2.0), 5, 0, false), run(3, 2.0)],
                vec![],
            ),
            (
                "skipped runs are passed over",
                vec![done(run(0, 2.0), 5, 0, false), skipped(run(1, 3.0)), run(4, 2.5)],
                vec![4],
            ),
            (
                "the next run done longer than planned raised the level",
                vec![done(run(0, 2.0), 5, 0, false), logged(run(3, 2.0), 2.6)],
                vec![3],
            ),
            (
                "the next run done by time only: 31 min at 12 min/mi is 2.58 mi",
                vec![done(run(0, 2.0), 5, 0, false), logged_time(run(3, 2.0), 31.0)],
                vec![3],
            ),
            (
                "the painful run was 2.6 mi: 2.5 after it is no raise",
                vec![logged(done(run(0, 2.0), 5, 0, false), 2.6), run(3, 2.5)],
                vec![],
            ),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    /// A stop sign logged after a birth is pain above the threshold, whatever the scores:
    /// the finding names the sign and says to stop and seek advice.
    #[test]
    fn a_stop_sign_counts_as_pain_and_asks_for_advice() {
        use super::super::testkit::stopped;
        use crate::plan::StopSign;
        let cases = vec![
            (
                "leaking, then the next day",
                vec![stopped(run(0, 2.0), &[StopSign::Leaking]), run(1, 2.0)],
                vec![1],
            ),
            (
                "heaviness, then a rise",
                vec![stopped(run(0, 2.0), &[StopSign::Heaviness]), run(3, 2.5)],
                vec![3],
            ),
            (
                "a sign, then 2 days off and a step back",
                vec![stopped(run(0, 2.0), &[StopSign::Bulge]), run(3, 1.5)],
                vec![],
            ),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
        let signs = [StopSign::Leaking, StopSign::PelvicPain];
        let p = plan(base(10.0), vec![stopped(done(run(0, 2.0), 1, 0, true), &signs), run(1, 2.0)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "After Mon 7 Dec's run (leaking urine or wind, or bowel urgency; pelvic or lower-back pain: stop and seek advice), Tue 8 Dec comes before 2 days off; after pain the method rests 2 days and does not progress.",
                "Stop and seek advice (a pelvic-health physiotherapist) before running again. Run no earlier than Thu 10 Dec and step back a level; walk in between."
            ))
        );
    }

    #[test]
    fn a_same_day_run_is_named_as_such() {
        let p = plan(base(10.0), vec![done(run(0, 2.0), 1, 0, true), run(0, 1.0)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "After Mon 7 Dec's run (sharp pain), a second run the same day comes before 2 days off; after pain the method rests 2 days and does not progress."
            )
        );
    }

    #[test]
    fn a_done_run_after_pain_is_told_to_rest_after_it() {
        let p = plan(base(10.0), vec![done(run(0, 2.0), 5, 0, false), logged(run(1, 2.0), 2.5)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| (f.message.as_str(), f.suggestion.as_str())),
            Some((
                "After Mon 7 Dec's run (pain 5/10 during), Tue 8 Dec came before 2 days off and raised distance; after pain the method rests 2 days and does not progress.",
                "Rest from running for 2 days after it, then step back a level; walk in between."
            ))
        );
    }

    #[test]
    fn message_says_what_and_why() {
        let p = plan(base(10.0), vec![done(run(0, 2.0), 5, 0, false), run(1, 2.5)]);
        let f = only(R, &p);
        assert_eq!(
            f.first().map(|f| f.message.as_str()),
            Some(
                "After Mon 7 Dec's run (pain 5/10 during), Tue 8 Dec comes before 2 days off and raises distance; after pain the method rests 2 days and does not progress."
            )
        );
        assert_eq!(
            f.first().map(|f| f.suggestion.as_str()),
            Some("Run no earlier than Thu 10 Dec and step back a level; walk in between.")
        );
    }
}
