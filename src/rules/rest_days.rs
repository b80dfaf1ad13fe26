//! Rule 11: at least N full rest days in every week of the plan.
//!
//! A rest day has no sessions, or only rest sessions and skipped ones. Only weeks wholly inside
//! the plan (from its start to its last session) are judged, so a plan that starts mid-week or
//! ends early is not blamed for days it does not cover.

use super::context::{Context, add_days, week_of};
use super::{Finding, RuleId, Severity};
use chrono::Datelike;

use crate::plan::SessionKind;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let wanted = cx.settings.rest_days_per_week;
    let (start, last) = (cx.plan.meta.start, cx.plan.last_date());
    let busy = busy_days(cx);
    for (i, week) in cx.weeks.iter().enumerate() {
        if week.start < start || add_days(week.start, 6) > last {
            continue;
        }
        let rest = 7 - busy.get(i).map_or(0, |b| b.count_ones());
        if rest < wanted {
            let mut f = cx.week_finding(
                RuleId::RestDays,
                Severity::Warning,
                i,
                crate::t!("rule-rest-days-few", week = week_of(week.start), rest = rest, wanted = wanted),
                crate::t!("rule-rest-days-few-fix"),
            );
            f.dates = (0..7).map(|n| add_days(week.start, n)).collect();
            out.push(f);
        }
    }
}

/// For each week, a bit per weekday that has a session other than rest or a skipped one.
fn busy_days(cx: &Context<'_>) -> Vec<u8> {
    let mut busy = vec![0u8; cx.weeks.len()];
    let Some(first) = cx.weeks.first().map(|w| w.start.num_days_from_ce()) else { return busy };
    for s in cx.plan.sessions().iter().filter(|s| s.counts() && !matches!(s.kind, SessionKind::Rest)) {
        let day = usize::try_from(s.date.num_days_from_ce() - first).unwrap_or(0);
        if let Some(week) = busy.get_mut(day / 7) {
            *week |= 1 << (day % 7);
        }
    }
    busy
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{base, flagged_days, plan, run, session, skipped, walk};
    use crate::plan::{RuleSettings, SessionKind};
    use crate::rules::RuleId::RestDays as R;

    fn busy_week(offset: i64) -> Vec<crate::plan::Session> {
        (0..7).map(|n| if n % 2 == 0 { run(offset + n, 2.0) } else { walk(offset + n, 2.0) }).collect()
    }

    #[test]
    fn every_full_week_needs_a_rest_day() {
        let mut with_rest = busy_week(0);
        with_rest[6] = session(6, SessionKind::Rest);
        let mut with_skip = busy_week(0);
        with_skip[5] = skipped(walk(5, 2.0));
        let mut two_weeks = busy_week(0);
        two_weeks.extend(busy_week(7));
        let cases = vec![
            ("a session every day", busy_week(0), vec![0]),
            ("a rest session is rest", with_rest, vec![]),
            ("a skipped session leaves a rest day", with_skip, vec![]),
            ("each week on its own", two_weeks, vec![0, 7]),
            ("a partial last week is not judged", busy_week(0)[..6].to_vec(), vec![]),
        ];
        for (case, sessions, expected) in cases {
            assert_eq!(flagged_days(R, &plan(base(10.0), sessions)), expected, "{case}");
        }
    }

    #[test]
    fn two_rest_days_can_be_asked() {
        let mut sessions = busy_week(0);
        sessions[6] = session(6, SessionKind::Rest);
        let settings = RuleSettings { rest_days_per_week: 2, ..base(10.0) };
        assert_eq!(flagged_days(R, &plan(settings, sessions)), vec![0]);
    }
}
