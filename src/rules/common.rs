//! What every rule shares below the context: the tolerance, the week totals and the words of
//! days and percentages. The staged start's detection (`intro`) and the context itself build
//! on it, so it names neither.

use chrono::{Datelike, Days, NaiveDate};

use crate::plan::{Plan, Session, Status};

/// Amounts closer than this are equal: far above the rounding of a plan converted to other
/// units (a billionth), so units never change a verdict, and far below any distance or ratio a
/// runner could tell apart.
pub const TOLERANCE: f64 = 1e-6;

/// How far a done session's distance or time may be from the planned one and still be the
/// planned level: watches and routes scatter by a few percent, and the spike study found no
/// added risk under +10 % (evidence.md). Weekly totals, caps and spikes count what was logged.
pub const DONE_AS_PLANNED: f64 = 0.10;

/// Whether `done` is within [`DONE_AS_PLANNED`] of `planned`.
pub fn as_planned(done: f64, planned: f64) -> bool {
    (done - planned).abs() <= planned * DONE_AS_PLANNED + TOLERANCE
}

/// Totals of one calendar week.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeekTotals {
    /// First day of the week.
    pub start: NaiveDate,
    /// Running distance (runs, run parts of run/walk, anti-gravity runs), skipped sessions
    /// excluded; what was run for done sessions.
    pub run: f64,
    /// The part of `run` already done.
    pub run_done: f64,
    /// What the plan said: every session's planned running distance, also when it was done
    /// differently or skipped (the load chart's "planned" bar).
    pub run_planned: f64,
    /// Walking distance.
    pub walk: f64,
    /// Minutes of cross-training and strength.
    pub cross_minutes: f64,
}

/// Weekly totals for every week from the plan's first to its last week, gaps included.
pub fn week_totals(plan: &Plan) -> Vec<WeekTotals> {
    let ws = plan.meta.week_start;
    let pace = plan.rules.easy_pace_min_per_unit;
    let first_day = plan.sessions().first().map_or(plan.meta.start, |s| s.date.min(plan.meta.start));
    let first = ws.week_of(first_day);
    let last = ws.week_of(plan.last_date());
    let n = usize::try_from((last - first).num_days() / 7).unwrap_or(0) + 1;
    let mut weeks: Vec<WeekTotals> =
        (0..n).map(|i| WeekTotals { start: add_days(first, 7 * i), ..WeekTotals::default() }).collect();
    let first_ce = first.num_days_from_ce();
    for s in plan.sessions() {
        // Day numbers, not date subtraction: chrono's subtraction dominated this loop.
        let i = usize::try_from((s.date.num_days_from_ce() - first_ce) / 7).unwrap_or(0);
        let Some(w) = weeks.get_mut(i) else { continue };
        w.run_planned += s.kind.run_distance(pace);
        if s.counts() {
            let run = s.run_distance(pace);
            w.run += run;
            if s.status == Status::Done {
                w.run_done += run;
            }
            w.walk += s.walk_distance();
            w.cross_minutes += s.kind.cross_minutes();
        }
    }
    weeks
}

/// `date` plus `days`, saturating at chrono's last date.
pub fn add_days(date: NaiveDate, days: usize) -> NaiveDate {
    date.checked_add_days(Days::new(days as u64)).unwrap_or(NaiveDate::MAX)
}

/// Whether a session was done: a finding about it says what happened and suggests for the next
/// run, never to change a run already run, whether its amounts were logged or it was only
/// ticked done (then it was run as planned).
pub fn done(s: &Session) -> bool {
    s.status == Status::Done
}

/// "Thu 4 Dec".
pub fn day(date: NaiveDate) -> String {
    crate::dates::day(date)
}

/// "week of 8 Dec", in the reader's language.
pub fn week_of(date: NaiveDate) -> String {
    crate::t!("rule-week-of", date = crate::dates::date(date))
}

/// A finding's `$done` (and other yes-or-no selectors): the catalogue picks its words by it.
pub fn yes(on: bool) -> &'static str {
    if on { "yes" } else { "no" }
}

/// "Thu 4, Fri 5 and Sat 6": items in a sentence, as the reader's language lists them.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => crate::t!("rule-list-and", rest = rest.join(", "), last = last),
    }
}

/// "a or b or c": alternatives in a sentence, as the reader's language lists them.
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => crate::t!("rule-list-or", first = first, rest = or_list(rest)),
    }
}

/// "Thursday".
pub fn weekday(date: NaiveDate) -> String {
    crate::dates::weekday(date)
}

/// Percentage of `value` over `base`, for messages.
pub fn pct_over(value: f64, base: f64) -> String {
    format!("{:.0} %", (value / base - 1.0) * 100.0)
}
