//! How dates and times read, in one place: on screen, on paper, in calendar files and on the
//! command line. The bottom of the layers, so the model and the rules use it too; no other file
//! holds a date format (`tests/headless/one_home.rs` greps for one). Names and the order of a
//! date's parts come from the catalogue (`assets/i18n/*/core.ftl`): "Thu 4 Dec" in English, "Do.,
//! 4. Dez." in German, "jue 4 dic" in Spanish; the ISO forms files use never change.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::{i18n, t};

/// The ISO day, as files and date fields have it: "2026-12-04".
pub const ISO_DAY: &str = "%Y-%m-%d";

/// A TCX time without a zone, as some watches write it: "2015-08-15T16:45:00.000".
pub const ISO_LOCAL_TIME: &str = "%Y-%m-%dT%H:%M:%S%.f";

/// The names and numbers a date is said with, for the catalogue's date patterns.
fn parts(date: NaiveDate) -> [(&'static str, String); 4] {
    [
        ("weekday", weekday_short(date)),
        ("day", date.day().to_string()),
        ("month", t!("month-short", month = date.month())),
        ("year", date.year().to_string()),
    ]
}

/// The catalogue's date pattern `id`, filled with `date`'s parts and `extra` (after `parts`,
/// which a caller may override, as the long form does with full names).
fn said(id: &str, date: NaiveDate, extra: &[(&'static str, String)]) -> String {
    let mut args = i18n::Args::new();
    for (name, value) in parts(date).into_iter().chain(extra.iter().cloned()) {
        args.set(name, value);
    }
    i18n::message(id, Some(&args))
}

fn clock(time: NaiveDateTime) -> (&'static str, String) {
    ("time", time.format("%H:%M").to_string())
}

/// "Thu 4 Dec" ("Do., 4. Dez." in German).
pub fn day(date: NaiveDate) -> String {
    said("date-day", date, &[])
}

/// "Thu 4 Dec 2026".
pub fn day_year(date: NaiveDate) -> String {
    said("date-day-year", date, &[])
}

/// "Thu 4 Dec", or "Thu 4 Dec 2026" with `year`.
pub fn day_maybe_year(date: NaiveDate, year: bool) -> String {
    if year { day_year(date) } else { day(date) }
}

/// "Thu 4": a day within a month already named.
pub fn day_in_month(date: NaiveDate) -> String {
    said("date-day-in-month", date, &[])
}

/// "4 Dec".
pub fn date(date: NaiveDate) -> String {
    said("date-date", date, &[])
}

/// "4 Dec 2026".
pub fn date_year(date: NaiveDate) -> String {
    said("date-date-year", date, &[])
}

/// "Thursday 4 December 2026": a day said in full, as a screen reader reads a calendar cell.
pub fn long(date: NaiveDate) -> String {
    let names = [("weekday", weekday(date)), ("month", t!("month-long", month = date.month()))];
    said("date-long", date, &names)
}

/// "December 2026".
pub fn month(date: NaiveDate) -> String {
    said("date-month", date, &[("month", t!("month-long", month = date.month()))])
}

/// "Dec 2026": a month where room is short.
pub fn month_short(date: NaiveDate) -> String {
    said("date-month-short", date, &[])
}

/// "Thursday".
pub fn weekday(date: NaiveDate) -> String {
    t!("weekday-long", day = date.weekday().number_from_monday())
}

/// "Thu".
pub fn weekday_short(date: NaiveDate) -> String {
    t!("weekday-short", day = date.weekday().number_from_monday())
}

/// "2026-12-04".
pub fn iso(date: NaiveDate) -> String {
    date.format(ISO_DAY).to_string()
}

/// The day typed as "2026-12-04" (spaces around it allowed).
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), ISO_DAY).ok()
}

/// "Thu 4 Dec 2026 16:45".
pub fn day_year_time(time: NaiveDateTime) -> String {
    said("date-day-year-time", time.date(), &[clock(time)])
}

/// "Thu 4 Dec 16:45".
pub fn day_time(time: NaiveDateTime) -> String {
    said("date-day-time", time.date(), &[clock(time)])
}

/// "4 Dec 16:45".
pub fn date_time(time: NaiveDateTime) -> String {
    said("date-date-time", time.date(), &[clock(time)])
}

/// "2026-12-04 16:45".
pub fn iso_minute(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let t = d.and_hms_opt(16, 45, 0).unwrap();
        let cases = [
            (day(d), "Thu 3 Dec"),
            (day_year(d), "Thu 3 Dec 2026"),
            (day_maybe_year(d, false), "Thu 3 Dec"),
            (day_in_month(d), "Thu 3"),
            (date(d), "3 Dec"),
            (date_year(d), "3 Dec 2026"),
            (long(d), "Thursday 3 December 2026"),
            (month(d), "December 2026"),
            (month_short(d), "Dec 2026"),
            (weekday(d), "Thursday"),
            (weekday_short(d), "Thu"),
            (iso(d), "2026-12-03"),
            (day_year_time(t), "Thu 3 Dec 2026 16:45"),
            (day_time(t), "Thu 3 Dec 16:45"),
            (date_time(t), "3 Dec 16:45"),
            (iso_minute(t), "2026-12-03 16:45"),
        ];
        for (got, expected) in cases {
            assert_eq!(got, expected);
        }
        assert_eq!(parse_iso(" 2026-12-03 "), Some(d));
        assert_eq!(parse_iso("3 Dec"), None);
    }

    #[test]
    fn german_and_spanish_dates_read_as_their_readers_write_them() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let t = d.and_hms_opt(16, 45, 0).unwrap();
        let said = |lang, f: fn(NaiveDate) -> String| i18n::in_lang(lang, || f(d));
        assert_eq!(said(i18n::Lang::De, day), "Do., 3. Dez.");
        assert_eq!(said(i18n::Lang::De, long), "Donnerstag, 3. Dezember 2026");
        assert_eq!(said(i18n::Lang::De, month), "Dezember 2026");
        assert_eq!(i18n::in_lang(i18n::Lang::De, || day_time(t)), "Do., 3. Dez., 16:45");
        assert_eq!(said(i18n::Lang::Es, day), "jue 3 dic");
        assert_eq!(said(i18n::Lang::Es, long), "jueves, 3 de diciembre de 2026");
        assert_eq!(said(i18n::Lang::Es, month), "diciembre de 2026");
        assert_eq!(said(i18n::Lang::Es, iso), "2026-12-03");
    }
}
