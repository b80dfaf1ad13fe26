//! The layers point one way: each module of `src/` may name only modules below it, and only
//! `ui` and `app` may name the window's crates. Read from the source itself, so an import that
//! points up fails here before it grows into a circle (see ARCHITECTURE.md).
#![allow(clippy::unwrap_used)] // test helpers: a failure is the test failing

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every top-level module, lowest first. A module may use those on lower rows only; modules on
/// one row are independent of each other. A new module must be placed here.
const LAYERS: &[&[&str]] = &[
    &["i18n"],
    &["dates"],
    &["plan"],
    &["private"],
    &["rules", "style"],
    &["text", "progress"],
    &["comments"],
    &["file"],
    &["diff", "generate", "store"],
    &["stepback", "merge"],
    &["folder", "export", "watch", "activity"],
    &["print"],
    &["cli"],
    &["edit"],
    &["ui"],
    &["app"],
];

/// Crates that draw or open windows: only these layers may use them.
const WINDOW_CRATES: &[&str] = &["egui", "eframe", "egui_plot", "rfd"];
const WINDOW_LAYERS: &[&str] = &["ui", "app"];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|row| row.contains(&module))
}

/// The top-level module a file of `src/` belongs to; `None` for the crate root and `main.rs`.
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let first = parts.next()?;
    let more = parts.next().is_some();
    match first.strip_suffix(".rs") {
        Some("lib" | "main") if !more => None,
        Some(name) => Some(name.to_owned()),
        None => Some(first),
    }
}

/// The crate's top-level modules this source names: `crate::x::…`, and each `x` in
/// `crate::{x::…, y}`.
fn crate_modules(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in source.match_indices("crate::") {
        let rest = source.get(i + "crate::".len()..).unwrap_or_default();
        if let Some(group) = rest.strip_prefix('{') {
            let body = group.split('}').next().unwrap_or_default();
            for item in body.split(',') {
                let name: String =
                    item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

/// The window crates this source names (`egui::…`, `use eframe`, …).
fn window_crates(source: &str) -> BTreeSet<&'static str> {
    WINDOW_CRATES
        .iter()
        .copied()
        .filter(|name| {
            source.lines().any(|line| {
                let line = line.trim_start();
                line.starts_with(&format!("use {name}")) || {
                    let path = format!("{name}::");
                    line.match_indices(&path).any(|(i, _)| {
                        // `egui::` but not `my_egui::` or `crate::egui::`.
                        !line
                            .get(..i)
                            .unwrap_or_default()
                            .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
                    })
                }
            })
        })
        .collect()
}

/// What is wrong with a file of `module`: names of modules above it, or window crates.
fn violations(module: &str, source: &str) -> Vec<String> {
    // Comments and doc comments may mention anything.
    let code: String =
        source.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let Some(own) = rank(module) else {
        return vec![format!("module `{module}` is not in the LAYERS table of tests/headless/layers.rs")];
    };
    let mut wrong = Vec::new();
    for used in crate_modules(&code) {
        // `crate::t!` is the catalogue's macro, exported at the crate's root.
        let used = if used == "t" { "i18n".to_owned() } else { used };
        if used == module {
            continue;
        }
        match rank(&used) {
            Some(r) if r < own => {}
            Some(_) => wrong.push(format!("`{module}` uses `crate::{used}`, which is not below it")),
            None => wrong.push(format!("`{module}` uses `crate::{used}`, which is not in the LAYERS table")),
        }
    }
    if !WINDOW_LAYERS.contains(&module) {
        for name in window_crates(&code) {
            wrong.push(format!("`{module}` uses `{name}`; only ui and app may"));
        }
    }
    wrong
}

/// Every `.rs` file under `dir`, into `found`.
pub(crate) fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every file of `src/` keeps to its layer.
#[test]
fn no_import_points_up() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found only {} files under {}", files.len(), src.display());
    let mut wrong = Vec::new();
    for path in files {
        let relative = path.strip_prefix(&src).unwrap();
        let Some(module) = module_of(relative) else { continue };
        let source = std::fs::read_to_string(&path).unwrap();
        for v in violations(&module, &source) {
            wrong.push(format!("src/{}: {v}", relative.display()));
        }
    }
    assert!(wrong.is_empty(), "imports that point up:\n{}", wrong.join("\n"));
}

/// The checker itself catches the arrows the layers forbid, and lets the allowed ones pass.
#[test]
fn the_checker_catches_what_it_must() {
    let cases: &[(&str, &str, bool)] = &[
        ("ui", "use crate::app::Prefs;", false),
        ("ui", "let x = crate::app::kind_for(plan);", false),
        ("plan", "use crate::rules::{RuleId, Severity};", false),
        ("plan", "version: crate::file::CURRENT_VERSION,", false),
        ("edit", "use crate::ui::Drag;", false),
        ("edit", "use egui::Color32;", false),
        ("edit", "let c = egui::Color32::RED;", false),
        ("export", "use crate::{edit::Document, plan::Plan};", false),
        ("cli", "use eframe::App;", false),
        ("newthing", "use crate::plan::Plan;", false),
        ("ui", "use crate::edit::{Document, Drag};", true),
        ("ui", "use egui::Ui;", true),
        ("app", "use crate::ui::Intent;\nuse eframe::App;", true),
        ("edit", "use crate::{plan::Plan, rules::validate};", true),
        ("plan", "use crate::plan::Session;\n// crate::rules in a comment is fine", true),
        ("export", "let my_egui::x = 1; // not egui", true),
    ];
    for (module, source, allowed) in cases {
        let found = violations(module, source);
        assert_eq!(found.is_empty(), *allowed, "{module}: {source:?} → {found:?}");
    }
}

/// The rows of ARCHITECTURE.md's diagram, bottom up: each row's modules, read from the lines
/// that start at the left edge (descriptions are indented or follow two spaces).
fn diagram_rows(architecture: &str) -> Vec<Vec<String>> {
    let block = architecture.split("```").nth(1).unwrap_or_default();
    let mut rows: Vec<Vec<String>> = block
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(|line| {
            let names = line.split("  ").next().unwrap_or_default();
            names.split(',').map(|name| name.trim().to_owned()).collect()
        })
        .collect();
    rows.reverse();
    rows
}

/// ARCHITECTURE.md's diagram is the layer table: the same modules on the same rows, in the
/// same order. It once lacked `merge`, `store`, `comments` and `private`, which the table had.
#[test]
fn the_architecture_diagram_is_the_layer_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md");
    let rows = diagram_rows(&std::fs::read_to_string(path).unwrap());
    let table: Vec<Vec<String>> =
        LAYERS.iter().map(|row| row.iter().map(|m| (*m).to_owned()).collect()).collect();
    assert_eq!(rows, table, "ARCHITECTURE.md's diagram, bottom up, against LAYERS");
}

/// The diagram reader sees a module missing from a row, so the test above can fail.
#[test]
fn the_diagram_reader_sees_every_row() {
    let diagram =
        "intro\n```\napp      the shell\n  ↑\nrules, style\n         words\n  ↑\nplan     model\n```\n";
    assert_eq!(diagram_rows(diagram), [vec!["plan"], vec!["rules", "style"], vec!["app"]]);
}

/// The sibling files of a folder module each file of it names (`super::x`, `super::{x, y}`),
/// its tests left out.
fn sibling_uses(dir: &Path) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    let name = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    let siblings: BTreeSet<String> =
        files.iter().filter(|p| p.parent() == Some(dir)).map(|p| name(p)).filter(|n| n != "mod").collect();
    let mut uses = std::collections::BTreeMap::new();
    for path in files.iter().filter(|p| p.parent() == Some(dir) && name(p) != "mod") {
        let source = std::fs::read_to_string(path).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let code: String =
            code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let mut named = BTreeSet::new();
        for (i, _) in code.match_indices("super::") {
            let rest = code.get(i + "super::".len()..).unwrap_or_default();
            let items: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group.split('}').next().unwrap_or_default().split(',').collect(),
                None => vec![rest],
            };
            for item in items {
                let word: String =
                    item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if siblings.contains(&word) && word != name(path) {
                    named.insert(word);
                }
            }
        }
        uses.insert(name(path), named);
    }
    uses
}

/// A circle among `uses`, as the files in it, if there is one.
fn circle(uses: &std::collections::BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn walk(
        at: &str,
        uses: &std::collections::BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == at) {
            return path.get(i..).map(<[String]>::to_vec);
        }
        if !done.insert(at.to_owned()) {
            return None;
        }
        path.push(at.to_owned());
        for next in uses.get(at).into_iter().flatten() {
            if let Some(found) = walk(next, uses, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    uses.keys().find_map(|start| walk(start, uses, &mut Vec::new(), &mut done))
}

/// Inside a folder module the files point one way too: `plan/kind.rs` and `plan/level.rs` used
/// each other, and `rules/context.rs` used `established.rs` and `stages.rs`, which used it.
#[test]
fn no_circle_inside_a_folder_module() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(&src).unwrap().flatten() {
        let dir = entry.path();
        if dir.is_dir()
            && let Some(found) = circle(&sibling_uses(&dir))
        {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            wrong.push(format!("src/{name}: {}", found.join(" → ")));
        }
    }
    assert!(wrong.is_empty(), "circles:\n{}", wrong.join("\n"));
}

/// The circle finder sees a circle of three and none in a line.
#[test]
fn the_circle_finder_finds_circles() {
    let graph = |edges: &[(&str, &str)]| {
        let mut uses: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
        for (a, b) in edges {
            uses.entry((*a).to_owned()).or_default().insert((*b).to_owned());
            uses.entry((*b).to_owned()).or_default();
        }
        uses
    };
    assert_eq!(circle(&graph(&[("a", "b"), ("b", "c"), ("c", "a")])).map(|c| c.len()), Some(3));
    assert_eq!(circle(&graph(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
}
