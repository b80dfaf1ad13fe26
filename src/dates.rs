//! How dates and times read, in one place: on screen, on paper, in calendar files and on the
//! command line. The bottom of the layers, so the model and the rules use it too; no other file
//! holds a date format (`tests/headless/one_home.rs` greps for one), which is what a translation of the
//! dates will change.

use chrono::{NaiveDate, NaiveDateTime};

/// The ISO day, as files and date fields have it: "2026-12-04".
pub const ISO_DAY: &str = "%Y-%m-%d";

/// A TCX time without a zone, as some watches write it: "2015-08-15T16:45:00.000".
pub const ISO_LOCAL_TIME: &str = "%Y-%m-%dT%H:%M:%S%.f";

/// "Thu 4 Dec".
pub fn day(date: NaiveDate) -> String {
    date.format("%a %-d %b").to_string()
}

/// "Thu 4 Dec 2026".
pub fn day_year(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// "Thu 4 Dec", or "Thu 4 Dec 2026" with `year`.
pub fn day_maybe_year(date: NaiveDate, year: bool) -> String {
    if year { day_year(date) } else { day(date) }
}

/// "Thu 4": a day within a month already named.
pub fn day_in_month(date: NaiveDate) -> String {
    date.format("%a %-d").to_string()
}

/// "4 Dec".
pub fn date(date: NaiveDate) -> String {
    date.format("%-d %b").to_string()
}

/// "4 Dec 2026".
pub fn date_year(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// "Thursday 4 December 2026": a day said in full, as a screen reader reads a calendar cell.
pub fn long(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// "December 2026".
pub fn month(date: NaiveDate) -> String {
    date.format("%B %Y").to_string()
}

/// "Dec 2026": a month where room is short.
pub fn month_short(date: NaiveDate) -> String {
    date.format("%b %Y").to_string()
}

/// "Thursday".
pub fn weekday(date: NaiveDate) -> String {
    date.format("%A").to_string()
}

/// "Thu".
pub fn weekday_short(date: NaiveDate) -> String {
    date.format("%a").to_string()
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
    time.format("%a %-d %b %Y %H:%M").to_string()
}

/// "Thu 4 Dec 16:45".
pub fn day_time(time: NaiveDateTime) -> String {
    time.format("%a %-d %b %H:%M").to_string()
}

/// "4 Dec 16:45".
pub fn date_time(time: NaiveDateTime) -> String {
    time.format("%-d %b %H:%M").to_string()
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
}
