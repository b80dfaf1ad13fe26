//! Every word of the calendar and the panels in the window's language: in the pseudo-language,
//! the accessibility tree of each panel says nothing the English catalogue says (issue 36).
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::i18n::{self, Lang};
use comeback::plan::{Command, Plan, Session, Status};
use comeback::ui::{Tab, Zoom};
use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use super::{MARGIN, button, day, example, open_in, said, week_of};
use crate::common::window::Dropped;

/// What English says in the calendar and the panels (`panels.ftl`), for finding it where the
/// pseudo-language should be: each message without placeholders whole, and of the others each
/// stretch of three words or more between placeholders ("files to import recorded runs: onto a
/// day …").
fn english_of_the_panels() -> (Vec<String>, Vec<String>) {
    let source = i18n::sources(Lang::En)[i18n::FILES.iter().position(|f| *f == "panels").unwrap()];
    let ids = source.lines().filter_map(|line| {
        let (id, _) = line.split_once(" =")?;
        id.chars().all(|c| c.is_ascii_lowercase() || c == '-').then_some(id)
    });
    let (mut whole, mut parts) = (Vec::new(), Vec::new());
    for id in ids {
        let text = i18n::format(Lang::En, id, None).unwrap();
        if !text.contains("{$") {
            whole.push(text);
            continue;
        }
        // A placeholder left empty reads "{$name}".
        for part in text.split("{$").map(|p| p.split_once('}').map_or(p, |(_, rest)| rest)) {
            if part.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 3 {
                parts.push(part.trim().to_owned());
            }
        }
    }
    (whole, parts)
}

/// Every label and value of the window's accessibility tree: what a screen reader says.
fn everything_said(h: &Harness<'_, App>) -> Vec<String> {
    let by = egui_kittest::kittest::By::new().include_labels().predicate(|_| true);
    h.query_all(by)
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

/// Fails on any English of the calendar and the panels left in what the window says, at
/// `place`.
fn assert_no_english(h: &Harness<'_, App>, place: &str) {
    let (whole, parts) = english_of_the_panels();
    let english: Vec<String> = everything_said(h)
        .into_iter()
        .filter(|said| whole.contains(said) || parts.iter().any(|part| said.contains(part.as_str())))
        .collect();
    assert!(english.is_empty(), "{place}: English {english:?}");
}

/// Fails unless the window says `text` (in a label of its own or a longer one), at `place`.
fn assert_said(h: &Harness<'_, App>, text: &str, place: &str) {
    assert!(everything_said(h).iter().any(|s| s.contains(text)), "{place}: {text:?} is not said");
}

/// The calendar and the panels said English wherever the code wrote it (every word of them was a
/// literal): in the pseudo-language, nothing they say is English, and their labels are there in
/// it: the calendar with its chips' menu, the load chart, the findings, the Ready tab and the
/// method's dialog, at 1024×640.
#[test]
fn the_calendar_and_the_panels_say_nothing_in_english_in_another_language() {
    let (_dir, mut h) = open_in(Lang::Pseudo, &example(), [1024.0, 640.0], Zoom::Month);
    assert_no_english(&h, "calendar");
    assert_said(&h, &comeback::t!("load-chart-name"), "calendar");
    assert!(everything_said(&h).iter().any(|s| s.starts_with(&week_of())), "the week column's names");

    h.get_by_label_contains(&format!(", {}", comeback::dates::day(day(28, 11)))).click_secondary();
    h.run();
    h.get_by_label(&comeback::t!("chip-mark-done")).click();
    h.run();
    assert_no_english(&h, "the chip's menu");
    assert_said(&h, &comeback::t!("chip-how-did-it-go", done = "yes"), "the chip's menu");
    h.key_press(egui::Key::Escape);
    h.run();

    // The example follows every rule.
    for (tab, text) in
        [(Tab::Findings, comeback::t!("findings-none")), (Tab::Ready, comeback::t!("ready-heading"))]
    {
        h.state_mut().set_tab(tab);
        h.run();
        let place = format!("{tab:?}");
        assert_no_english(&h, &place);
        assert_said(&h, &text, &place);
    }

    h.get_by_label(&said(&h, "File")).click();
    h.run();
    h.get_by_label_contains(&said(&h, "New from method…")).click();
    h.run();
    assert_no_english(&h, "the method's dialog");
    assert_said(&h, &comeback::t!("method-create"), "the method's dialog");
    let create = button(&h, &comeback::t!("method-create"));
    let window = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), egui::vec2(1024.0, 640.0));
    assert!(window.contains_rect(create), "the method's Create {create:?} is outside the window");
}

/// The step back after pain and a coach's folder, in the pseudo-language: nothing they say is
/// English (see [`the_calendar_and_the_panels_say_nothing_in_english_in_another_language`]).
#[test]
fn the_step_back_and_the_athletes_say_nothing_in_english_in_another_language() {
    let (_dir, mut h) = open_in(Lang::Pseudo, &example(), [1024.0, 640.0], Zoom::Month);
    h.get_by_label_contains(&format!(", {}", comeback::dates::day(day(28, 11)))).click_secondary();
    h.run();
    h.get_by_label(&comeback::t!("chip-mark-done")).click();
    h.run();
    let pain = said(&h, "Pain during");
    h.query_all_by_role_and_label(Role::Slider, &pain).next().unwrap().set_value_accesskit(6.0);
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    h.state_mut().set_tab(Tab::Findings);
    h.run();
    assert_no_english(&h, "the findings after pain");
    let step_back = comeback::t!("findings-step-back");
    h.query_all_by_label(&step_back).next().unwrap().click();
    h.run();
    assert_no_english(&h, "the step back");
    assert_said(&h, &comeback::t!("stepback-heading"), "the step back");
    h.get_by_label(&comeback::t!("stepback-cancel")).click();
    h.run();

    let folder = tempfile::tempdir().unwrap();
    let saves = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    for name in ["example.ron", "broken.ron"] {
        std::fs::copy(saves.join(name), folder.path().join(name)).unwrap();
    }
    h.get_by_label(&said(&h, "File")).click();
    h.run();
    h.get_by_label_contains(&said(&h, "Open folder…")).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &said(&h, "Folder path")).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text(folder.path().to_str().unwrap().to_owned()));
    h.run();
    h.get_by_label(&said(&h, "List plans")).click();
    h.run();
    assert_no_english(&h, "the athletes");
    assert_said(&h, &comeback::t!("athletes-refresh"), "the athletes");
    assert_said(&h, &comeback::t!("athletes-open", name = "Example runner"), "the athletes");
}

/// A comparison with the coach's version and the conflicts of a merge, in the pseudo-language:
/// nothing they say is English (see
/// [`the_calendar_and_the_panels_say_nothing_in_english_in_another_language`]).
#[test]
fn the_comparison_and_the_conflicts_say_nothing_in_english_in_another_language() {
    let (dir, mut h) = open_in(Lang::Pseudo, &example(), [1024.0, 640.0], Zoom::Month);
    let path = h.state().document().path().unwrap().to_path_buf();
    let mut theirs = comeback::file::load(&path).unwrap();
    theirs.apply(Command::MoveSession { id: comeback::plan::SessionId(10), to: day(25, 11) }).unwrap();
    let mut run = theirs.session(comeback::plan::SessionId(15)).unwrap().clone();
    run.status = Status::Skipped;
    theirs.apply(Command::EditSession(run)).unwrap();
    let coach = dir.path().join("coach.ron");
    comeback::file::save(&theirs, &coach).unwrap();

    h.get_by_label(&said(&h, "File")).click();
    h.run();
    h.get_by_label_contains(&said(&h, "Compare with…")).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &said(&h, "File path")).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text(coach.display().to_string()));
    h.run();
    h.get_by_label(&said(&h, "Compare")).click();
    h.run();
    assert_no_english(&h, "the comparison");
    assert_said(&h, &comeback::t!("compare-heading", name = "coach.ron"), "the comparison");
    h.get_by_label(&comeback::t!("compare-close")).click();
    h.run();

    // The runner marks Saturday's run done; the coach's copy, saved over the file, skipped it.
    h.get_by_label_contains(&format!(", {}", comeback::dates::day(day(28, 11)))).click_secondary();
    h.run();
    h.get_by_label(&comeback::t!("chip-mark-done")).click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    comeback::file::save(&theirs, &path).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(later).unwrap();
    let now = h.ctx.input(|i| i.time);
    h.input_mut().time = Some(now + 10.0);
    h.run();
    h.get_by_label(&said(&h, "Merge")).click();
    h.run();
    h.state_mut().set_tab(Tab::Conflicts);
    h.run();
    assert_no_english(&h, "the conflicts");
    assert_said(&h, &comeback::t!("conflicts-keep-mine"), "the conflicts");
}

/// A watch's file held over the window and dropped on the day it was recorded, in the
/// pseudo-language: nothing the import says is English (see
/// [`the_calendar_and_the_panels_say_nothing_in_english_in_another_language`]).
#[test]
fn the_import_says_nothing_in_english_in_another_language() {
    use comeback::plan::{Distance, Run, SessionId, SessionKind, Units};
    i18n::set_for_thread(Lang::Pseudo);
    let recorded = NaiveDate::from_ymd_opt(2013, 2, 6).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::new(recorded);
    plan.meta.units = Units::Km;
    let run = SessionKind::Run(Run { distance: Distance::new(5.0), ..Run::default() });
    plan.apply(Command::AddSession(Session::planned(SessionId(1), recorded, run))).unwrap();
    let path = dir.path().join("plan.ron");
    comeback::file::save(&plan, &path).unwrap();
    let name = "2013-02-06-12-11-14.fit";
    let file = dir.path().join(name);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name), &file).unwrap();
    let startup = Startup {
        today: recorded,
        file: Some(path),
        prefs: Prefs::default(),
        data_dir: None,
        desktop: false,
    };
    let utc = comeback::activity::Zone::Fixed(chrono::FixedOffset::east_opt(0).unwrap());
    let mut h = crate::common::window::window(
        App::new(startup).in_zone(utc),
        [1024.0 + 2.0 * MARGIN, 640.0 + 2.0 * MARGIN],
    );

    h.input_mut().hovered_files.push(egui::HoveredFile { path: Some(file.clone()), ..Default::default() });
    // egui repaints while files are held over the window: a new area is measured in its first
    // frame and shown in the second.
    h.step();
    h.step();
    assert_no_english(&h, "files held over the window");
    assert_said(&h, &comeback::t!("import-drop-hint", n = 1), "files held over the window");
    h.input_mut().hovered_files.clear();
    h.hover_at(h.get_by_label_contains(&comeback::dates::long(recorded)).rect().center());
    h.run();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(file)));
    h.run();
    assert_no_english(&h, "the import");
    assert_said(&h, &comeback::t!("import-heading"), "the import");
    assert_said(&h, &comeback::t!("import-pain-during"), "the import");
}
