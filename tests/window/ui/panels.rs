//! The side panels and the charts: rules, the session editor, the plan's details, pain and
//! notes, a coach's folder, units, the method's plan, step back, the load chart, the next-day
//! question.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::plan::SessionId;
use comeback::ui::Tab;
use egui::{Event, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::window::{harness, log_pain_from_the_menu};

use super::kit::{
    RUN_WALK_TUE_24, WED_25, day, drag, example_copy, file_menu, open_example, session, startup, type_path,
};

/// Turning a rule off in the rules panel re-validates at once: the error goes away, and
/// Undo brings the rule (and the error) back.
#[test]
fn switching_a_rule_off_in_the_rules_panel_revalidates() {
    let (_dir, mut h) = open_example();
    drag(&mut h, RUN_WALK_TUE_24, WED_25, Modifiers::NONE);
    h.get_by_label_contains("1 error");
    h.state_mut().set_tab(Tab::Rules);
    h.run();
    // The switch is below the fold of the panel; accessibility actions reach it anyway.
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Alternate run days").click_accesskit();
    h.run();
    h.get_by_label_contains("0 errors");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.get_by_label_contains("1 error");
}

/// The session editor changes the selected session live: marking a planned run/walk skipped
/// takes it out of the week's running total.
#[test]
fn the_session_editor_applies_edits_live() {
    let (_dir, mut h) = open_example();
    h.key_press(egui::Key::PageDown);
    h.run();
    h.get_by_label_contains(", Thu 3 Dec").click();
    h.run();
    let id = h.state().view().selected.unwrap();
    let week_before =
        h.state().document().weeks().iter().find(|w| w.totals.start == day(30, 11)).unwrap().totals.run;
    h.get_by_label("Skipped").click();
    h.run();
    let session = h.state().document().plan().session(id).unwrap();
    assert_eq!(session.status, comeback::plan::Status::Skipped);
    let week_after =
        h.state().document().weeks().iter().find(|w| w.totals.start == day(30, 11)).unwrap().totals.run;
    assert!(week_after < week_before, "{week_after} < {week_before}");
    h.get_by_label("Done").click();
    h.run();
    assert!(h.query_all_by_label("Pain during").count() > 0, "logging a done run asks for pain");
}

/// Every side panel tab draws, with every input named for screen readers (kittest checks).
#[test]
fn every_panel_draws() {
    let (_dir, mut h) = open_example();
    for tab in [Tab::Findings, Tab::Rules, Tab::Plan, Tab::Session] {
        h.state_mut().set_tab(tab);
        h.run();
        if tab == Tab::Plan {
            assert!(h.query_all_by_label("Athlete").count() > 0);
        }
    }
    for zoom in [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3] {
        h.key_press_modifiers(Modifiers::COMMAND, zoom);
        h.run();
    }
}

/// Marking a run done from its chip's menu and logging pain above the threshold there flags
/// the next run, which progresses; one Undo takes the pain back out.
#[test]
fn logging_pain_from_the_chip_menu_flags_the_next_progression() {
    let (_dir, mut h) = open_example();
    h.get_by_label_contains(", Sat 28 Nov").click_secondary();
    h.run();
    h.get_by_label("Mark done").click();
    h.run();
    let id = SessionId(15);
    assert_eq!(h.state().document().plan().session(id).unwrap().status, comeback::plan::Status::Done);
    h.get_by_label_contains("0 errors");
    h.get_by_label("How did it go?");
    h.query_all_by_role_and_label(egui::accesskit::Role::Slider, "Pain during")
        .next()
        .unwrap()
        .set_value_accesskit(5.0);
    h.run();
    h.get_by_label_contains("1 error");
    let flagged: Vec<_> = h
        .state()
        .document()
        .findings()
        .iter()
        .filter(|f| f.rule == comeback::rules::RuleId::PainProgression)
        .map(|f| f.sessions.clone())
        .collect();
    assert_eq!(flagged, [vec![SessionId(18), id]], "the next run, on Tue 1 Dec, raises the level");
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let session = h.state().document().plan().session(id).unwrap().clone();
    assert_eq!((session.status, session.pain), (comeback::plan::Status::Done, None));
    h.get_by_label_contains("0 errors");
}

/// A note written about a selected day is signed with the name in the preferences, marks
/// the day, and is in the file after saving; removing it is one Undo away from coming back.
#[test]
fn a_note_on_a_day_is_signed_saved_and_removable() {
    let (_dir, path) = example_copy();
    let prefs = Prefs { author: "Coach Sam".to_owned(), ..Prefs::default() };
    let mut h = harness(App::new(Startup { prefs, ..startup(path.clone(), None) }));
    // The day's header, above its chips.
    let header =
        h.get_by_label_contains("Thursday 26 November 2026").rect().left_top() + egui::vec2(40.0, 8.0);
    h.drag_at(header);
    h.drop_at(header);
    h.run();
    assert_eq!((h.state().view().selected, h.state().view().selected_day), (None, Some(day(26, 11))));
    h.get_by_label("Notes about the day");
    h.get_by_label("New note").focus();
    h.run();
    h.get_by_label("New note").type_text("Windy: do it on the treadmill.");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let notes = h.state().document().plan().day_notes(day(26, 11)).to_vec();
    assert_eq!(
        notes.iter().map(|n| (n.author.as_str(), n.text.as_str())).collect::<Vec<_>>(),
        [("Coach Sam", "Windy: do it on the treadmill.")]
    );
    h.get_by_label_contains("Windy: do it on the treadmill.");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(comeback::file::load(&path).unwrap().day_notes(day(26, 11)), notes.as_slice());

    h.get_by_label("🗑").click();
    h.run();
    assert!(h.state().document().plan().day_notes(day(26, 11)).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().plan().day_notes(day(26, 11)), notes.as_slice());
}

/// The plan panel edits the injury, its date and the goal; a half-typed date is not taken.
#[test]
fn the_plan_panel_edits_injury_and_goal() {
    let (_dir, mut h) = open_example();
    h.state_mut().set_tab(Tab::Plan);
    h.run();
    // Typing: the field has the focus, so the text is kept while it is not a date.
    h.get_by_label("Injury date").focus();
    h.run();
    h.get_by_label("Injury date").set_text_value_accesskit("2026-09-");
    h.run();
    assert_eq!(h.state().document().plan().meta.injury_date, Some(day(14, 9)), "not a date yet");
    h.get_by_label_contains("Write the date as YYYY-MM-DD");
    h.get_by_label("Injury date").set_text_value_accesskit("2026-09-12");
    h.run();
    assert_eq!(h.state().document().plan().meta.injury_date, Some(day(12, 9)));
    h.get_by_label("Goal").set_text_value_accesskit("Parkrun in March");
    h.run();
    assert_eq!(h.state().document().plan().meta.goal, "Parkrun in March");
}

/// File → Open folder… lists the folder's plans, most attention first; clicking one opens it,
/// and saving it updates its line.
#[test]
fn a_coachs_folder_lists_athletes_and_opens_one() {
    let dir = tempfile::tempdir().unwrap();
    let saves = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    for name in ["example.ron", "broken.ron"] {
        std::fs::copy(saves.join(name), dir.path().join(name)).unwrap();
    }
    let (_other, mut h) = open_example();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Open folder…").click();
    h.run();
    type_path(&mut h, dir.path().to_str().unwrap(), "List plans");
    h.get_by_label("Athletes (2)");
    let top = |h: &Harness<'_, App>, label: &str| h.get_by_label(label).rect().top();
    assert!(top(&h, "Open Example runner") < top(&h, "Open Alex Moreno"), "pain and errors first");
    h.get_by_label_contains("pain 5/10 during");

    h.get_by_label("Open Example runner").click();
    h.run();
    assert_eq!(h.state().document().path(), Some(dir.path().join("broken.ron").as_path()));
    assert_eq!(h.state().document().plan().meta.athlete, "Example runner");
}

/// A viewer who wants kilometres and Sunday weeks sees the example (miles, Monday) that way,
/// edits it, and saves: the file keeps its miles and Mondays, and only the edit changes.
#[test]
fn the_viewers_units_and_week_start_leave_the_files_own() {
    let (_dir, path) = example_copy();
    let lens = comeback::plan::Lens {
        units: Some(comeback::plan::Units::Km),
        week_start: Some(comeback::plan::WeekStart::Sunday),
    };
    let prefs = Prefs { lens, ..Prefs::default() };
    let mut h = harness(App::new(Startup { prefs, ..startup(path.clone(), None) }));
    h.get_by_label_contains("Walk 3.22 km, Mon 23 Nov");
    h.get_by_label_contains("Week of 22 Nov");
    h.get_by_label_contains("Shown in km, weeks from Sunday");
    h.get_by_label_contains("0 errors");

    h.get_by_label_contains("Walk 3.22 km, Mon 23 Nov").click();
    h.run();
    h.get_by_label("Skipped").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    let before =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    let (before, after) = (without_revision(&before), without_revision(&after));
    let changed: Vec<(&&str, &&str)> = before.iter().zip(&after).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, [(&"      status: Done,", &"      status: Skipped,")]);
    assert_eq!(before.len(), after.len());
}

/// A file's lines without its revision and parents, which every save renews.
fn without_revision(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut in_parents = false;
    for line in text.lines() {
        if line == "  parents: [" {
            in_parents = true;
        } else if in_parents {
            in_parents = line != "  ],";
        } else if !line.starts_with("  revision: ") {
            lines.push(line);
        }
    }
    lines
}

/// File → New from method… previews the plan the answers give and replaces the open plan only
/// on Create; the new plan is unsaved and has no errors or warnings.
#[test]
fn a_plan_from_the_method_is_previewed_then_created() {
    let (_dir, mut h) = open_example();
    file_menu(&mut h, "New from method…");
    h.get_by_label("Weeks").set_value_accesskit(6.0);
    h.run();
    h.get_by_label("Sun").click();
    h.run();
    h.get_by_label_contains("Preview: ");
    h.get_by_label_contains("0 errors, 0 warnings");
    assert_eq!(h.state().document().plan().meta.athlete, "Alex Moreno", "nothing replaced yet");

    h.get_by_label("Create plan").click();
    h.run();
    let doc = h.state().document();
    assert!(doc.path().is_none() && doc.is_dirty());
    assert!(doc.plan().sessions().iter().any(|s| s.kind.is_run()));
    assert!(
        doc.plan().sessions().iter().all(|s| s.date.format("%a").to_string() != "Sun"),
        "Sunday was not free"
    );
    assert_eq!(comeback::rules::counts(doc.findings()).0 + comeback::rules::counts(doc.findings()).1, 0);
}

/// After pain is logged, "Step back the plan…" previews the rewrite; applying it clears the pain
/// error as one step, and one Undo brings the flagged plan back. Applying used to select the
/// last session changed, in February, off screen; its preview raised the down week after the
/// pain, and a later fix left 3 warnings. The preview marks the runs of a down week.
#[test]
fn stepping_back_after_pain_is_previewed_and_undoable() {
    let (_dir, mut h) = open_example();
    log_pain_from_the_menu(&mut h, 6.0);
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label_contains("1 error");
    let before = h.state().document().plan().clone();

    h.query_all_by_label("Step back the plan…").next().unwrap().click();
    h.run();
    h.get_by_label_contains("Pain 6/10 during: 2 days without running");
    h.get_by_label_contains("afterwards: 0 errors, 0 warnings");
    let down = h.query_all_by_label_contains(" · down week").count();
    assert!(down >= 3, "the down week of 4 Jan is marked on its runs ({down} rows)");
    assert_eq!(*h.state().document().plan(), before, "a preview changes nothing");
    h.get_by_label("Step back").click();
    h.run();
    h.get_by_label_contains("0 errors");
    let hurt = before.sessions().iter().find(|s| s.date == day(28, 11) && s.kind.is_run()).unwrap().id;
    assert_eq!(h.state().view().selected, Some(hurt), "the painful run stays selected");
    h.get_by_label_contains(", Sat 28 Nov");
    let after = h.state().document().plan();
    let units = after.meta.units;
    let tuesday = after.session(SessionId(18)).unwrap().kind.short(units);
    assert_eq!(tuesday, "Run/walk 1/1 min × 10", "the level before, on Tue 1 Dec");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(*h.state().document().plan(), before);
}

/// The load chart under the calendar: clicking a week's bar shows that week in the calendar.
#[test]
fn clicking_a_week_in_the_load_chart_shows_it() {
    let (_dir, mut h) = open_example();
    let weeks = h.state().document().weeks().to_vec();
    let chart = h.get_by_label_contains("Load chart").rect();
    // Week i spans the i-th of n equal parts of the chart's width.
    let i = 8;
    let x = chart.left() + chart.width() * (i as f32 + 0.5) / weeks.len() as f32;
    let at = egui::pos2(x, chart.center().y);
    h.hover_at(at);
    h.run();
    h.event(Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.run();
    assert_eq!(h.state().view().selected_day, Some(weeks[i].totals.start));
    assert_eq!(weeks[i].totals.run_done, 0.0, "week 9 is ahead");
    assert!(
        weeks[1].totals.run_done > 0.0 && weeks[1].totals.run_done < weeks[1].totals.run,
        "week 2 is partly done"
    );
}

/// The ratio strip under the load chart: its legend sat inside it, over the last weeks'
/// ratios. It is in the legend row above the chart now, with the load chart's.
#[test]
fn the_ratio_strips_legend_covers_none_of_its_weeks() {
    let (_dir, h) = open_example();
    let chart = h.get_by_label_contains("Load chart").rect();
    for name in ["acute:chronic (advice)", "1.5 advised limit"] {
        let entry = h.get_by_label(name).rect();
        assert!(entry.bottom() <= chart.top(), "{name} at {entry:?} should be above the chart at {chart:?}");
    }
}

/// Each week's ratio sits under its bar: the strip's plot area starts and ends where the load
/// chart's does (it was 20 points to the left, with margins of its own).
#[test]
fn the_ratio_strips_weeks_sit_under_the_load_charts() {
    let (_dir, h) = open_example();
    let chart = h.get_by_label_contains("Load chart").rect();
    let ratio = h.get_by_label("Acute:chronic ratio by week (advice)").rect();
    assert!((ratio.left() - chart.left()).abs() < 0.5, "{ratio:?} starts where {chart:?} does");
    assert!((ratio.right() - chart.right()).abs() < 0.5, "{ratio:?} ends where {chart:?} does");
}

/// The example opened on `today`.
fn open_example_on(today: NaiveDate) -> (tempfile::TempDir, Harness<'static, App>) {
    let (dir, path) = example_copy();
    (dir, harness(App::new(Startup { today, ..startup(path, None) })))
}

/// The load chart drew one bar a week, the logged distances inside the planned one, and no
/// pain at all. Planned and done now stand side by side, each named in the legend, and the
/// pain strip under them has its lines and the plan's threshold in the legend too, its days
/// under the chart's weeks; the week column of a week begun says planned and done.
#[test]
fn the_load_chart_shows_planned_and_done_side_by_side_and_pain_under_them() {
    let (_dir, h) = open_example();
    let chart = h.get_by_label_contains("planned and done side by side").rect();
    for name in ["planned", "done", "pain during", "pain next day", "3 pain threshold"] {
        let entry = h.get_by_label(name).rect();
        assert!(entry.bottom() <= chart.top(), "{name} at {entry:?} should be above the chart at {chart:?}");
    }
    let pain = h.get_by_label("Pain by day, during and the next day, 0 to 10 (threshold 3)").rect();
    assert!(pain.top() >= chart.bottom(), "the pain strip {pain:?} is under the chart {chart:?}");
    assert!((pain.left() - chart.left()).abs() < 0.5, "{pain:?} starts where {chart:?} does");
    assert!((pain.right() - chart.right()).abs() < 0.5, "{pain:?} ends where {chart:?} does");

    let plan = h.state().document().plan();
    let weeks = comeback::rules::week_totals(plan);
    let week = weeks.iter().find(|w| w.start == day(23, 11)).unwrap();
    assert!(
        week.run_done > 0.0 && week.run_done < week.run_planned,
        "the week of 23 Nov is partly done: {week:?}"
    );
    let units = plan.meta.units.abbrev();
    let said = format!(
        "planned {} {units}, done {} {units}",
        comeback::plan::fmt_num(week.run_planned),
        comeback::plan::fmt_num(week.run_done)
    );
    let words = |start: &str| {
        let node = h.get_by_label_contains(start);
        let node = egui_kittest::kittest::NodeT::accesskit_node(&node);
        node.value().or_else(|| node.label()).unwrap()
    };
    let begun = words("Week of 23 Nov:");
    assert!(begun.contains(&said), "{said} in {begun}");
    let ahead = words("Week of 30 Nov:");
    assert!(!ahead.contains("done"), "a week not begun has nothing done to say: {ahead}");
}

const NEXT_DAY: &str = "How does it feel today?";

/// The morning after Thursday's run/walk, logged with pain during and nothing for the next day,
/// a banner asks how it feels; a score chosen with the keyboard alone is logged on that run
/// (its pain during kept) as one step Undo takes back, and the banner is gone.
#[test]
fn the_morning_after_a_run_asks_how_it_feels_and_logs_it_by_keyboard() {
    let (_dir, mut h) = open_example_on(day(27, 11));
    h.get_by_label(NEXT_DAY);
    let before = session(&h, 13);
    h.get_by_label("Pain the day after Thu 26 Nov: 2 / 10").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let pain = session(&h, 13).pain.unwrap();
    assert_eq!((pain.during.get(), pain.next_day.get()), (1, 2));
    assert!(h.query_by_label(NEXT_DAY).is_none(), "answered, the banner is gone");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(session(&h, 13), before, "Undo takes the score back");
}

/// Dismissed, the banner goes and the run is unchanged; answered 0 (which the plan cannot tell
/// from no answer), it goes too and asks no more; the morning after a day without a run, it
/// does not come.
#[test]
fn the_morning_after_question_can_be_dismissed_or_answered_none() {
    let (_dir, mut h) = open_example_on(day(27, 11));
    let before = session(&h, 13);
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.query_by_label(NEXT_DAY).is_none(), "dismissed");
    assert_eq!(session(&h, 13), before);

    let (_dir, mut h) = open_example_on(day(27, 11));
    h.get_by_label("Pain the day after Thu 26 Nov: 0 / 10").click();
    h.run();
    h.run();
    assert!(h.query_by_label(NEXT_DAY).is_none(), "answered none, it asks no more");
    assert_eq!(session(&h, 13).pain.unwrap().next_day.get(), 0);

    let (_dir, h) = open_example();
    assert!(h.query_by_label(NEXT_DAY).is_none(), "Friday was a bike ride");
}

/// After pain 8/10 on Sat 28 Nov, the step back's preview read as a mild flare, said nothing of
/// the days it costs, listed rows that changed nothing ("Run 9 min → Run 9 min"), and once
/// applied was still offered ("0 sessions change"). Now the words grow with the pain and count
/// the days, every row changes what it lists, and once applied the button says there is nothing
/// left to step back.
#[test]
fn after_a_step_back_is_applied_nothing_is_left_to_step_back() {
    let (_dir, mut h) = open_example();
    log_pain_from_the_menu(&mut h, 8.0);
    h.key_press(egui::Key::Escape);
    h.run();
    h.query_all_by_label("Step back the plan…").next().unwrap().click();
    h.run();
    h.get_by_label_contains("Pain 8/10 during is severe, not a mild flare: 2 days without running");
    h.get_by_label_contains("That costs 14 days: back at this run's level on Tue 15 Dec, not Tue 1 Dec.");
    h.get_by_label_contains("See a professional if it does not settle.");
    let rows: Vec<String> = h
        .query_all_by_label_contains(" → ")
        .filter_map(|n| {
            let node = egui_kittest::kittest::NodeT::accesskit_node(&n);
            node.value().or_else(|| node.label())
        })
        .collect();
    assert!(!rows.is_empty(), "the preview lists what changes");
    for row in &rows {
        let sides: Vec<&str> = row.trim_end_matches(" · down week").split(" → ").collect();
        assert!(sides.windows(2).all(|w| w[0] != w[1]), "a row that changes nothing: {row}");
    }
    h.get_by_label("Step back").click();
    h.run();
    h.run();
    assert!(h.query_by_label("Step back the plan…").is_none(), "applied, it is not offered again");
    let nothing = h.get_by_label("Nothing left to step back");
    assert!(
        egui_kittest::kittest::NodeT::accesskit_node(&nothing).is_disabled(),
        "a button that does nothing"
    );
}
