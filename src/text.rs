//! The words people read about a session, a week, a status and a note, for the screen and for
//! paper alike: the calendar, the PDF and PNG pages, the ICS events and the diff all take their
//! words from here, so the window and a printout never describe one plan in two ways.
//!
//! File values are not words for people and stay where their format is written: CSV's `done`
//! column value, the RON file's `Done`.
//!
//! Bylines show the time in UTC, marked "UTC". The file stores UTC; shown as is, a note reads
//! the same on the coach's screen and on the runner's in another time zone, on paper and in an
//! ICS export, and an export made on any machine gives the same bytes. Local time would make a
//! printed thread disagree with the screen that made it whenever the two zones differ.

use chrono::{Datelike, NaiveDate};

use crate::i18n::number;
use crate::plan::{Note, PainLog, Plan, Session, Status, Units};
use crate::rules::{WeekSummary, Yardstick};
use crate::t;

/// A count and its noun in the reader's language: "1 error", "2 errors", "2 Fehler".
pub use crate::i18n::counted;

/// The catalogue's selector for a status, the word its messages choose by.
fn status_key(status: Status) -> &'static str {
    match status {
        Status::Planned => "planned",
        Status::Done => "done",
        Status::Skipped => "skipped",
    }
}

/// The status as a word in a sentence: "planned", "done", "skipped" (the diff, "(skipped)").
pub fn status_word(status: Status) -> String {
    t!("text-status", status = status_key(status))
}

/// The status as a label starts it: "Planned", "Done", "Skipped" (the editor, tooltips).
pub fn status_label(status: Status) -> String {
    t!("text-status-label", status = status_key(status))
}

/// `text` marked with the session's status as paper and calendars show it: "✓ Run 2 mi" when
/// done, "Run 2 mi (skipped)" when skipped, unmarked when planned.
pub fn with_status(text: &str, status: Status) -> String {
    t!("text-with-status", text = text, status = status_key(status))
}

/// A chip's text when the full one does not fit: a run/walk keeps its repeat count, the number
/// that changes from week to week ("R/W 1:1 ×12"); other kinds are short already.
pub fn compact(kind: &crate::plan::SessionKind, units: Units) -> String {
    use crate::plan::{Segment, SessionKind};
    match kind {
        SessionKind::RunWalk(rw) => match (rw.run, rw.walk) {
            (Segment::Minutes(r), Segment::Minutes(w)) => {
                t!("text-compact-run-walk", run = r.to_string(), walk = w.to_string(), repeats = rw.repeats)
            }
            _ => t!("text-compact-run-walk-repeats", repeats = rw.repeats),
        },
        other => other.short(units),
    }
}

/// A finding as a screen reader names it beside a session or day: "error: consecutive run
/// days". The rule's title is lowercased where the catalogue says the language does so in a
/// sentence: German keeps its nouns' capitals.
pub fn finding_name(finding: &crate::rules::Finding) -> String {
    let title = finding.rule.title();
    let rule =
        if t!("text-finding-name.lowercase") == "yes" { title.to_lowercase() } else { title.to_string() };
    t!("text-finding-name", severity = finding.severity.word(), rule = rule)
}

/// Logged pain: "3/10 during, 1/10 next day, sharp".
pub fn pain(p: PainLog) -> String {
    let sharp = if p.sharp { "yes" } else { "no" };
    let pain = t!("text-pain", during = p.during.get(), next = p.next_day.get(), sharp = sharp);
    if p.stop_signs.is_empty() {
        return pain;
    }
    t!("text-pain-stop-signs", pain = pain, signs = p.stop_signs.words())
}

/// A session's status with what was logged: "Done: 2.1 mi · 24 min · pain 3/10 during, 1/10
/// next day", or just "Planned".
pub fn status_line(session: &Session, units: Units) -> String {
    let mut line = status_label(session.status);
    if session.status != Status::Done {
        return line;
    }
    if let Some(did) = session.actual.map(|a| a.describe(units)).filter(|d| !d.is_empty()) {
        line = t!("text-status-done-did", did = did);
    }
    match session.pain {
        Some(p) => t!("text-status-with-pain", line = line, pain = pain(p)),
        None => line,
    }
}

/// A session in full, as a day on paper lists it: "✓ Run/walk · run 1 min / walk 1 min × 10 ·
/// easy · flat road · did 2 mi", "Walk 2 mi (skipped)".
pub fn session_line(s: &Session, units: Units) -> String {
    let text = s.kind.describe(units);
    match s.actual.map(|a| a.describe(units)).filter(|a| !a.is_empty()) {
        Some(did) if s.status == Status::Done => {
            t!("text-session-did", session = with_status(&text, s.status), did = did)
        }
        _ => with_status(&text, s.status),
    }
}

/// The week column's lines, on screen and on paper: running against the cap, walking,
/// cross-training, then what the week is judged by, named: "Down week", "Stage 3 of 5" in the
/// staged start, "+20 % on 2.5 mi level" (the level the ramp rule raises from, which is not
/// always a week that was run), or "Back to 10 mi level" after a few days off.
pub fn week_lines(summary: &WeekSummary, plan: &Plan) -> Vec<String> {
    let u = plan.meta.units.abbrev();
    let totals = &summary.totals;
    let mut lines = vec![match plan.rules.weekly_cap {
        Some(cap) => t!("text-week-run-cap", run = number(totals.run), cap = number(cap.get()), unit = u),
        None => t!("text-week-run", run = number(totals.run), unit = u),
    }];
    if totals.walk > 0.0 {
        lines.push(t!("text-week-walk", walk = number(totals.walk), unit = u));
    }
    if totals.cross_minutes > 0.0 {
        lines.push(t!("text-week-cross", minutes = number(totals.cross_minutes)));
    }
    lines.extend(judged_by(summary, plan));
    lines
}

/// What week `summary` of `plan` is judged by, named: "Down week", "Stage 3 of 5" in the
/// staged start, "+20 % on 2.5 mi level", or "Back to 10 mi level" (see [`week_lines`]).
pub fn judged_by(summary: &WeekSummary, plan: &Plan) -> Option<String> {
    let u = plan.meta.units.abbrev();
    if summary.down {
        return Some(t!("text-week-down"));
    }
    match summary.yardstick? {
        Yardstick::Stage { stage, of } => Some(t!("text-week-stage", stage = stage, of = of)),
        Yardstick::Level(level) if level > 0.0 => {
            // Rounded first, so a week a little under or over its level holds it: "+0 %" read
            // as a rise of nothing.
            let change = ((summary.totals.run / level - 1.0) * 100.0).round();
            if change == 0.0 {
                return Some(t!("text-week-holds", level = number(level), unit = u));
            }
            let change = format!("{change:+.0}");
            Some(t!("text-week-change", change = change, level = number(level), unit = u))
        }
        Yardstick::Back(level) => Some(t!("text-week-back", level = number(level), unit = u)),
        Yardstick::Level(_) => None,
    }
}

/// Whether a list of days about `plan` needs their years to be read right on `today`: when the
/// plan crosses into a new year ("Sat 2 Jan" under December's weeks), or is not in today's
/// year (a plan of 2025 read in 2026).
pub fn needs_year(plan: &Plan, today: NaiveDate) -> bool {
    let first = plan.sessions().first().map_or(plan.meta.start, |s| s.date.min(plan.meta.start));
    first.year() != plan.last_date().year() || first.year() != today.year()
}

/// A finding's day as lists show it: "Tue 17 Nov", or with `year` "Sat 2 Jan 2027" (see
/// [`needs_year`]).
pub fn finding_day(date: NaiveDate, year: bool) -> String {
    crate::dates::day_maybe_year(date, year)
}

/// The lines under a printed page's title: who and when, then the injury and the goal.
pub fn header_lines(plan: &Plan) -> Vec<String> {
    let meta = &plan.meta;
    let labelled = |id: &str, value: &str| (!value.is_empty()).then(|| t!(id, value = value));
    let when = t!(
        "text-header-when",
        from = crate::dates::date_year(meta.start),
        to = crate::dates::date_year(plan.last_date())
    );
    let who: Vec<String> = [
        labelled("text-header-athlete", &meta.athlete),
        labelled("text-header-coach", &meta.coach),
        labelled("text-header-contact", &meta.contact),
        Some(when),
    ]
    .into_iter()
    .flatten()
    .collect();
    let injury = match (meta.injury.is_empty(), meta.injury_date) {
        (false, Some(d)) => {
            Some(t!("text-header-injury-on", value = &meta.injury, date = crate::dates::date_year(d)))
        }
        (true, Some(d)) => Some(t!("text-header-injury-date", date = crate::dates::date_year(d))),
        (false, None) => labelled("text-header-injury", &meta.injury),
        (true, None) => None,
    };
    let why: Vec<String> = [injury, labelled("text-header-goal", &meta.goal)].into_iter().flatten().collect();
    [who, why].into_iter().filter(|l| !l.is_empty()).map(|l| l.join("   ·   ")).collect()
}

/// Who wrote a note and when, in UTC (see the module's note): "Sam · 29 Nov 14:05 UTC".
pub fn byline(note: &Note) -> String {
    let author = if note.author.is_empty() { t!("text-someone") } else { note.author.clone() };
    t!("text-byline", author = author, time = crate::dates::date_time(note.at.naive_utc()))
}

/// A note on one line, for paper and calendars: "Sam · 29 Nov 14:05 UTC: A twinge that settles
/// is fine."
pub fn note_line(note: &Note) -> String {
    format!("{}: {}", byline(note), note.text)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::{
        byline, finding_day, needs_year, note_line, pain, session_line, status_label, status_line,
        week_lines, with_status,
    };
    use crate::plan::{
        Activity, Actual, Command, Distance, Effort, Minutes, Note, Pain, PainLog, Plan, Run, RunWalk,
        Segment, Session, SessionId, SessionKind, Status, Terrain,
    };
    use crate::rules::week_summaries;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    /// Stop signs are said with the pain wherever it is written (status lines, paper,
    /// calendar files); without them the words are as before.
    #[test]
    fn logged_pain_names_its_stop_signs() {
        let mut p = PainLog { during: Pain::new(2).unwrap(), ..PainLog::default() };
        assert_eq!(pain(p), "2/10 during, 0/10 next day");
        p.stop_signs.set(crate::plan::StopSign::Heaviness, true);
        p.stop_signs.set(crate::plan::StopSign::Bulge, true);
        assert_eq!(
            pain(p),
            "2/10 during, 0/10 next day; stop signs: heaviness, pressure or dragging in the pelvis; a bulge along the midline of the belly"
        );
    }

    /// A week of two 2 mi runs, a 1.5 mi walk and 50 minutes on the bike, under a 6 mi cap.
    fn week() -> Plan {
        let mut plan = Plan::new(day(16));
        plan.rules.weekly_cap = Distance::new(6.0);
        let run = SessionKind::Run(Run { distance: Distance::new(2.0), ..Run::default() });
        let walk = SessionKind::Walk { distance: Distance::new(1.5), minutes: None };
        let bike =
            SessionKind::Cross { activity: Activity::Bike, minutes: Minutes::new(50.0), distance: None };
        for (id, d, kind) in [(1, 16, run), (2, 18, run), (3, 17, walk), (4, 19, bike)] {
            plan.apply(Command::AddSession(Session::planned(SessionId(id), day(d), kind))).unwrap();
        }
        plan
    }

    /// The week column says "Cross", as paper always did; the screen once wrote "X 50 min".
    #[test]
    fn a_week_reads_run_against_the_cap_then_walk_and_cross() {
        let plan = week();
        let summaries = week_summaries(&plan);
        let summary = summaries.first().unwrap();
        assert_eq!(week_lines(summary, &plan), ["Run 4 / 6 mi", "Walk 1.5 mi", "Cross 50 min"]);
    }

    /// A plan from Monday 2 November of `runs` (days after it, then either a run/walk of 30 minutes running
    /// `run_min` a repeat of 5, or a run of that many miles) from a starting weekly distance.
    fn runs(starting: f64, runs: &[(u32, RunOrWalk)]) -> Plan {
        let mut plan = Plan::new(day(2));
        plan.rules.starting_weekly_distance = Distance::new(starting).unwrap_or_default();
        for (id, (d, what)) in (1..).zip(runs) {
            let kind = match *what {
                RunOrWalk::RunWalk(run_min) => {
                    let seg = |m: f64| Segment::Minutes(Minutes::new(m).unwrap());
                    SessionKind::RunWalk(RunWalk {
                        run: seg(run_min),
                        walk: seg(5.0 - run_min),
                        repeats: 6,
                        effort: Effort::Easy,
                        terrain: Terrain::Track,
                    })
                }
                RunOrWalk::Run(miles) => {
                    SessionKind::Run(Run { distance: Distance::new(miles), ..Run::default() })
                }
            };
            let date = day(2) + chrono::Days::new(u64::from(*d));
            plan.apply(Command::AddSession(Session::planned(SessionId(id), date, kind))).unwrap();
        }
        plan
    }

    #[derive(Clone, Copy)]
    enum RunOrWalk {
        RunWalk(f64),
        Run(f64),
    }

    /// The column said "-14 % vs 3.5 mi" in the staged start, against its highest week, one not
    /// yet run, where the stage rule judges; and "vs" named no figure. It says the stage in the
    /// staged start, and after it the change on the level the ramp raises from, named.
    #[test]
    fn the_week_column_names_what_the_week_is_judged_by() {
        use RunOrWalk::{Run as R, RunWalk as W};
        let plan = runs(
            0.0,
            &[
                (0, W(1.0)),
                (2, W(1.0)),
                (7, W(2.0)),
                (9, W(2.0)),
                (14, W(3.0)),
                (16, W(3.0)),
                (21, W(4.0)),
                (23, W(4.0)),
                (28, R(1.5)),
                (30, R(1.5)),
            ],
        );
        let summaries = week_summaries(&plan);
        let last: Vec<String> =
            summaries.iter().filter_map(|w| week_lines(w, &plan).last().cloned()).collect();
        assert_eq!(
            last,
            ["Stage 1 of 5", "Stage 2 of 5", "Stage 3 of 5", "Stage 4 of 5", "-25 % on 4 mi level"]
        );
    }

    /// A level held for the window is the base; the column's change is the ramp's.
    #[test]
    fn the_week_column_gives_the_change_on_the_level_held() {
        use RunOrWalk::Run as R;
        let plan =
            runs(4.0, &[(0, R(2.0)), (2, R(2.0)), (7, R(2.0)), (9, R(2.0)), (14, R(2.4)), (16, R(2.4))]);
        let summaries = week_summaries(&plan);
        let last: Vec<String> =
            summaries.iter().filter_map(|w| week_lines(w, &plan).last().cloned()).collect();
        assert_eq!(last, ["Holds the 4 mi level", "Holds the 4 mi level", "+20 % on 4 mi level"]);
    }

    /// Ten days off cut two weeks short; the week back at the 10 mi held before is no raise to
    /// the ramp, and the column says so instead of "+200 %" on the short week.
    #[test]
    fn the_week_column_says_a_week_is_back_at_its_level() {
        use RunOrWalk::Run as R;
        let third = 10.0 / 3.0;
        let days = [0, 2, 4, 7, 9, 11, 14, 16, 27, 28, 30, 32];
        let sessions: Vec<(u32, RunOrWalk)> = days.iter().map(|d| (*d, R(third))).collect();
        let plan = runs(10.0, &sessions);
        let summaries = week_summaries(&plan);
        let last: Vec<String> =
            summaries.iter().filter_map(|w| week_lines(w, &plan).last().cloned()).collect();
        assert_eq!(last.last().map(String::as_str), Some("Back to 10 mi level"), "{last:?}");
    }

    #[test]
    fn a_session_reads_its_status_and_what_was_done() {
        let plan = week();
        let mut run = plan.session(SessionId(1)).unwrap().clone();
        assert_eq!(session_line(&run, plan.meta.units), "Run 2 mi · easy · flat road");
        assert_eq!(status_line(&run, plan.meta.units), "Planned");
        run.status = Status::Done;
        run.actual = Some(Actual { distance: Distance::new(2.1), minutes: Minutes::new(24.0) });
        run.pain = Some(PainLog { during: Pain::new(3).unwrap(), sharp: true, ..PainLog::default() });
        assert_eq!(
            session_line(&run, plan.meta.units),
            "✓ Run 2 mi · easy · flat road · did 2.1 mi · 24 min"
        );
        assert_eq!(
            status_line(&run, plan.meta.units),
            "Done: 2.1 mi · 24 min · pain 3/10 during, 0/10 next day, sharp"
        );
        run.status = Status::Skipped;
        assert_eq!(session_line(&run, plan.meta.units), "Run 2 mi · easy · flat road (skipped)");
        assert_eq!(status_label(Status::Skipped), "Skipped");
    }

    /// broken.ron's findings ran from November into January with no year: "Sat 2 Jan" sat under
    /// the week of 28 Dec 2026. A plan crossing a year, or not in today's, names the years.
    #[test]
    fn findings_carry_the_year_when_the_plan_crosses_one_or_is_not_this_year() {
        let mut crossing = week();
        let jan = NaiveDate::from_ymd_opt(2027, 1, 2).unwrap();
        let walk = SessionKind::Walk { distance: Distance::new(1.0), minutes: None };
        crossing.apply(Command::AddSession(Session::planned(SessionId(9), jan, walk))).unwrap();
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let rows = [
            ("within this year", week(), on(2026, 12, 6), false),
            ("crossing into the next", crossing.clone(), on(2026, 12, 6), true),
            ("crossing, read in the next", crossing, on(2027, 1, 1), true),
            ("last year's, read in this", week(), on(2027, 3, 1), true),
            ("next year's, read in this", week(), on(2025, 12, 31), true),
        ];
        for (case, plan, today, expected) in rows {
            assert_eq!(needs_year(&plan, today), expected, "{case}");
        }
        assert_eq!(finding_day(jan, true), "Sat 2 Jan 2027");
        assert_eq!(finding_day(jan, false), "Sat 2 Jan");
    }

    /// A German or Spanish week column read "Run 4 / 6 mi" and "Walk 1.5 mi": the column, the
    /// status, the pain and the level the ramp raises from are said in the reader's language,
    /// with a decimal comma.
    #[test]
    fn a_week_and_a_session_read_in_german_and_spanish() {
        use crate::i18n::{Lang, in_lang};
        let plan = week();
        let ramp = runs(
            4.0,
            &[
                (0, RunOrWalk::Run(2.0)),
                (2, RunOrWalk::Run(2.0)),
                (7, RunOrWalk::Run(2.4)),
                (9, RunOrWalk::Run(2.4)),
            ],
        );
        let p = PainLog { during: Pain::new(3).unwrap(), sharp: true, ..PainLog::default() };
        let rows = [
            (
                Lang::De,
                ["Laufen 4 / 6 mi", "Gehen 1,5 mi", "Alt.-Training 50 min"],
                "+20 % auf Niveau 4 mi",
                "3/10 während, 0/10 am nächsten Tag, stechend",
                ["Ausgelassen", "Run 2 mi (ausgelassen)"],
            ),
            (
                Lang::Es,
                ["Correr 4 / 6 mi", "Caminar 1,5 mi", "Entr. cruzado 50 min"],
                "+20 % sobre el nivel de 4 mi",
                "3/10 durante, 0/10 al día siguiente, punzante",
                ["Omitido", "Run 2 mi (omitido)"],
            ),
        ];
        for (lang, week_column, ramped, pained, skipped) in rows {
            in_lang(lang, || {
                let summaries = week_summaries(&plan);
                assert_eq!(week_lines(summaries.first().unwrap(), &plan), week_column);
                let summaries = week_summaries(&ramp);
                assert_eq!(week_lines(summaries.last().unwrap(), &ramp).last().unwrap(), ramped);
                assert_eq!(pain(p), pained);
                assert_eq!(
                    [status_label(Status::Skipped), with_status("Run 2 mi", Status::Skipped)],
                    skipped
                );
            });
        }
    }

    /// The same note reads the same wherever the reader is: UTC, marked as such.
    #[test]
    fn a_byline_is_in_utc_and_says_so() {
        let at = day(29).and_hms_opt(14, 5, 0).unwrap().and_utc();
        let note = Note::new("Sam", "A twinge that settles is fine.", at);
        assert_eq!(byline(&note), "Sam · 29 Nov 14:05 UTC");
        assert_eq!(note_line(&note), "Sam · 29 Nov 14:05 UTC: A twinge that settles is fine.");
        assert_eq!(byline(&Note::new("", "", at)), "Someone · 29 Nov 14:05 UTC");
    }
}
