//! One home for how dates read: `src/dates.rs` holds every date and time format, so the day
//! a translation changes them is one file's change (issue 35; the translation builds on it).

#![allow(clippy::unwrap_used)] // a failure is the test failing

use std::path::Path;

use crate::layers::rust_files;

/// chrono's specifiers for the parts of a date or a time people read.
const SPECIFIERS: [&str; 12] = ["%a", "%A", "%b", "%B", "%d", "%-d", "%e", "%Y", "%y", "%m", "%H", "%M"];

/// The lines of `source` (comments left out) holding a string literal with a date format.
fn date_formats(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| {
            // The text between quotes: every other piece when the line is split at them.
            line.split('"').skip(1).step_by(2).any(|literal| SPECIFIERS.iter().any(|s| literal.contains(s)))
        })
        .map(|line| line.trim().to_owned())
        .collect()
}

/// No file of `src/` but `dates.rs` writes a date format: once there were nineteen copies of
/// `"%a %-d %b"` alone.
#[test]
fn dates_are_formatted_in_one_place() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for path in files.iter().filter(|p| !p.ends_with("dates.rs")) {
        for line in date_formats(&std::fs::read_to_string(path).unwrap()) {
            found.push(format!("{}: {line}", path.strip_prefix(&src).unwrap().display()));
        }
    }
    assert!(found.is_empty(), "date formats outside src/dates.rs:\n{}", found.join("\n"));
}

/// The checker sees a format in a literal, and not a percentage, a PDF header or a comment.
#[test]
fn the_checker_sees_date_formats() {
    let cases = [
        (r#"date.format("%a %-d %b").to_string()"#, true),
        (r#"let x = format!("{} UTC", t.format("%H:%M"));"#, true),
        (r#"format!("{:.0} % over", p)"#, false),
        (r#"starts_with(b"%PDF-")"#, false),
        ("// date.format(\"%a\") in a comment", false),
    ];
    for (line, expected) in cases {
        assert_eq!(!date_formats(line).is_empty(), expected, "{line}");
    }
}
