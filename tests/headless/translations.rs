//! The catalogue's guards (issue 36): every language has every message with the same variables,
//! every message the code asks for exists, and no prose is written outside the catalogue.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failure is the test failing

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use comeback::i18n::{FILES, Lang, sources};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::layers::rust_files;

/// Each message of a language (with its attributes as `id.attribute`) and the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for (file, text) in FILES.iter().zip(sources(lang)) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{file}.ftl does not parse: {errors:?}", lang.code()));
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let id = message.id.name.to_owned();
            let mut entries = vec![(id.clone(), message.value)];
            for attribute in message.attributes {
                entries.push((format!("{id}.{}", attribute.id.name), Some(attribute.value)));
            }
            for (id, pattern) in entries {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &pattern {
                    pattern_variables(pattern, &mut variables);
                }
                let again = found.insert(id.clone(), variables);
                assert!(again.is_none(), "{}/{file}.ftl repeats {id}", lang.code());
            }
        }
    }
    found
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// German and Spanish say everything English says, with the same variables, and nothing more:
/// a message English lacks would never be asked for.
#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En);
    let mut wrong = Vec::new();
    for lang in [Lang::De, Lang::Es] {
        let other = messages(lang);
        for (id, variables) in &english {
            match other.get(id) {
                None => wrong.push(format!("{}: missing {id}", lang.code())),
                // A translation may leave a count's number to its words ("ein Tag"), never add one.
                Some(theirs) if !theirs.is_subset(variables) || theirs.len() + 1 < variables.len() => {
                    wrong.push(format!("{}: {id} uses {theirs:?}, English {variables:?}", lang.code()));
                }
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            wrong.push(format!("{}: {id} is not in English", lang.code()));
        }
    }
    assert!(wrong.is_empty(), "{} differences:\n{}", wrong.len(), wrong.join("\n"));
}

/// The source of `src/` without comments and without its tests (a `tests.rs`, or what follows a
/// file's `#[cfg(test)]`).
fn code_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .iter()
        .filter(|path| !path.ends_with("tests.rs") && !path.ends_with("testkit.rs"))
        .map(|path| {
            let source = std::fs::read_to_string(path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            let code: Vec<&str> = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
            (path.strip_prefix(&src).unwrap().display().to_string(), code.join("\n"))
        })
        .collect()
}

/// The string literals of `code`: `"…"` with escapes kept, raw strings left out.
fn literals(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let mut chars = line.char_indices().peekable();
        let mut literal: Option<String> = None;
        while let Some((i, c)) = chars.next() {
            match (&mut literal, c) {
                (Some(text), '\\') => {
                    text.push('\\');
                    if let Some((_, next)) = chars.next() {
                        text.push(next);
                    }
                }
                (Some(text), '"') => {
                    found.push((n + 1, std::mem::take(text)));
                    literal = None;
                }
                (Some(text), c) => text.push(c),
                // A char literal '"' is not the start of a string.
                (None, '"') if !line.get(..i).is_some_and(|before| before.ends_with('\'')) => {
                    literal = Some(String::new());
                }
                (None, _) => {}
            }
        }
    }
    found
}

/// Whether a literal is prose a person reads: two words in a row, or a capitalised word ("Save"),
/// once `{…}` placeholders are taken out. Single lowercase words ("done", "run") are the file
/// formats' values, and upper-case ones ("SUMMARY") their keys.
fn is_prose(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0_u32;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => text.push(' '),
        }
    }
    let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let two_words = text
        .split(|c: char| !(c.is_alphabetic() || c == ' '))
        .any(|run| run.split(' ').filter(|w| w.chars().count() >= 2).count() >= 2);
    let capitalised = words.iter().any(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() >= 2
            && chars.all(char::is_lowercase)
    });
    two_words || capitalised
}

/// Literals that are not prose for a reader though they look like it, each with why.
const ALLOWED: &[(&str, &str)] = &[
    ("Comeback", "the app's name"),
    // The command line and files (i18n-cli): names in the formats read.
    ("Activity", "a TCX element's name"),
    ("Lap", "a TCX element's name"),
    ("Sport", "a TCX attribute's name"),
    // Paper and calendar files (src/export, src/print.rs, src/text.rs, src/diff.rs).
    ("Activity ID", "a column of Strava's activities.csv, which the CSV import recognises"),
    ("Activity Date", "a column of Strava's activities.csv, which the CSV import recognises"),
    ("Activity Type", "a column of Strava's activities.csv, which the CSV import recognises"),
    ("-//Comeback//Comeback plan//EN", "the ICS PRODID, a product identifier, not words"),
    ("/MarkInfo<</Marked true/Suspects false>>", "PDF syntax the writer looks for"),
    ("/MarkInfo<</Marked true", "PDF syntax the writer looks for"),
    ("/Suspects false", "PDF syntax the writer looks for"),
    ("very easy", "a value of CSV's effort column, the same in every language"),
    ("flat road", "a value of CSV's terrain column, the same in every language"),
    // The window's frame (menus, dialogs, banners, the app shell).
    ("/media/you/GARMIN/GARMIN/Activity", "a path hint: the folder a Garmin names itself"),
    // The calendar and the panels: reasons given to the compiler and to egui, never shown.
    ("one chip's look, drawn in place or following the pointer", "a lint's reason"),
    ("a chart's grid and labels follow its new bounds", "why egui discards a pass, for its debug log"),
];

/// Lines whose literals are never shown: attributes of serde, format names, panics and logs.
fn line_is_exempt(line: &str) -> bool {
    let line = line.trim_start();
    [
        "#[serde",
        "#[arg",
        "#[command",
        "include_str!",
        "include_bytes!",
        "env!",
        "concat!",
        "unreachable!",
        "panic!",
    ]
    .iter()
    .any(|start| line.starts_with(start) || line.contains(&format!(" {start}")))
}

/// Every sentence, label and name a person reads comes from the catalogue: prose written in the
/// code would stay English in every language.
#[test]
fn no_prose_outside_the_catalogue() {
    let mut found = Vec::new();
    for (file, code) in code_files() {
        if file.starts_with("i18n/") {
            continue;
        }
        let lines: Vec<&str> = code.lines().collect();
        for (n, literal) in literals(&code) {
            let line = lines.get(n - 1).copied().unwrap_or_default();
            if line_is_exempt(line) || !is_prose(&literal) || ALLOWED.iter().any(|(a, _)| *a == literal) {
                continue;
            }
            found.push(format!("src/{file}: \"{literal}\""));
        }
    }
    assert!(found.is_empty(), "{} literals outside the catalogue:\n{}", found.len(), found.join("\n"));
}

/// The checker finds prose and leaves formats, keys and placeholders alone.
#[test]
fn the_checker_tells_prose_from_formats() {
    let rows = [
        ("Save", true),
        ("Weekly cap", true),
        ("{} of {} done", true),
        ("{}: {}", false),
        ("done", false),
        ("SUMMARY", false),
        ("date-day", false),
        ("%Y-%m-%d", false),
        ("{n} mi", false),
        ("R/W {}:{} ×{}", false),
        ("km", false),
    ];
    for (literal, expected) in rows {
        assert_eq!(is_prose(literal), expected, "{literal}");
    }
    let code = r#"let a = "one \"two\" three"; let c = '"'; let b = "x";"#;
    assert_eq!(literals(code), vec![(1, r#"one \"two\" three"#.to_owned()), (1, "x".to_owned())]);
}

/// Every message the code names by a literal id (`t!("…")`) and every noun it counts is in the
/// English catalogue, which every other language falls back to.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english = messages(Lang::En);
    let mut missing = Vec::new();
    for (file, code) in code_files() {
        for (marker, prefix) in [("t!(\"", ""), ("counted(", "count-")] {
            for (i, _) in code.match_indices(marker) {
                // `t!(` itself, not `format!(` or `print!(`.
                let before = code.get(..i).and_then(|b| b.chars().next_back());
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = code.get(i + marker.len()..).unwrap_or_default();
                let id = if prefix.is_empty() {
                    rest.split('"').next().unwrap_or_default().to_owned()
                } else {
                    // counted(n, "noun"): the second argument, when it is a literal.
                    let args = rest.split(')').next().unwrap_or_default();
                    let Some(noun) = args.split('"').nth(1) else { continue };
                    format!("{prefix}{}", noun.replace(' ', "-"))
                };
                if !english.contains_key(&id) {
                    missing.push(format!("src/{file}: {id}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "messages not in assets/i18n/en:\n{}", missing.join("\n"));
}
