//! The plan file: round trips, bad input with positions, and safe saving.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::fs;
use std::path::{Path, PathBuf};

use comeback::file::{self, LoadError};
use comeback::plan::{self, Plan};

fn saves() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir("saves")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "saves/ holds the example plans");
    files
}

fn load_text(text: &str) -> Result<Plan, LoadError> {
    file::parse(text, Path::new("plan.ron"))
}

/// Every example loads, saves and reloads to an equal plan, and saving twice gives the same bytes.
#[test]
fn every_example_round_trips_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    for path in saves() {
        let plan = file::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("out.ron");
        file::save(&plan, &out).unwrap();
        let first = fs::read(&out).unwrap();
        let again = file::load(&out).unwrap();
        assert_eq!(again, plan, "{}", path.display());
        file::save(&again, &out).unwrap();
        assert_eq!(fs::read(&out).unwrap(), first, "{}", path.display());
        assert_eq!(
            String::from_utf8(first).unwrap(),
            fs::read_to_string(&path).unwrap(),
            "{} is stored as the app writes it",
            path.display()
        );
    }
}

/// Each kind of bad input names the line and column and says what was expected.
#[test]
fn bad_input_gives_line_column_and_expectation() {
    let good = fs::read_to_string("saves/example.ron").unwrap();
    // Cut at a line's end, so the text stops between values, not inside a name.
    let truncated = &good[..good[..good.len() / 2].rfind('\n').unwrap()];
    let wrong_type = good.replacen("repeats: 10,", "repeats: \"ten\",", 1);
    let unknown_variant = good.replacen("terrain: Track,", "terrain: Sand,", 1);
    let unknown_field = good.replacen("id: 1,", "id: 1,\n      heart_rate: 140,", 1);
    let negative = good.replacen("distance: 2.0,", "distance: -2.0,", 1);
    let pain = good.replacen("during: 1,", "during: 11,", 1);
    let bad_date = good.replacen("\"2026-11-17\"", "\"2026-02-30\"", 1);
    let far_date = good.replacen("\"2026-11-18\"", "\"+12026-11-18\"", 1);
    let far_start = good.replacen("start: \"2026-11-16\"", "start: \"1066-10-14\"", 1);
    // (case, text, line, what the message says)
    let cases: Vec<(&str, String, Option<usize>, &str)> = vec![
        ("empty", String::new(), Some(1), "empty"),
        ("truncated", truncated.to_owned(), None, "ends too early"),
        ("wrong type", wrong_type.clone(), Some(line_of(&wrong_type, "\"ten\"")), "integer"),
        ("unknown variant", unknown_variant.clone(), Some(line_of(&unknown_variant, "Sand")), "Sand"),
        ("unknown field", unknown_field.clone(), Some(line_of(&unknown_field, "heart_rate")), "heart_rate"),
        (
            "negative distance",
            negative.clone(),
            Some(line_of(&negative, "-2.0")),
            "distance must be between 0",
        ),
        ("pain above 10", pain.clone(), Some(line_of(&pain, "11,")), "pain must be 0 to 10"),
        ("impossible date", bad_date.clone(), Some(line_of(&bad_date, "2026-02-30")), "out of range"),
        ("a date far ahead", far_date.clone(), Some(line_of(&far_date, "+12026")), "outside the years"),
        ("a start long ago", far_start.clone(), Some(line_of(&far_start, "1066")), "outside the years"),
        ("deeply nested", format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), Some(1), "expected"),
        ("not a plan at all", "hello".to_owned(), Some(1), "Expected"),
        // These named our internal `VersionProbe` ("Expected struct `VersionProbe`").
        ("a list", "[1, 2]".to_owned(), Some(1), "expected a plan"),
        ("a named struct", "Plan(version: 5)".to_owned(), Some(1), "expected a plan"),
        ("no version", "(versio: 5)".to_owned(), Some(1), "starting with `(version:"),
    ];
    for (case, text, line, says) in cases {
        let err = load_text(&text).expect_err(case);
        let message = err.to_string();
        assert!(message.starts_with("plan.ron:"), "{case}: {message}");
        assert!(!message.contains("Probe"), "{case} names an internal type: {message}");
        assert!(message.to_lowercase().contains(&says.to_lowercase()), "{case}: {message}");
        let (got_line, column) = err.position().unwrap_or_else(|| panic!("{case} has a position: {message}"));
        assert!(column >= 1, "{case}");
        if let Some(line) = line {
            assert!(
                got_line.abs_diff(line) <= 1,
                "{case}: line {got_line}, expected about {line}: {message}"
            );
        }
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

/// A file from a newer Comeback is refused with a message saying so, not misread.
#[test]
fn future_version_is_refused_clearly() {
    let text = fs::read_to_string("saves/example.ron").unwrap().replacen("version: 7,", "version: 8,", 1);
    let text = text.replacen("id: 1,", "id: 1,\n      new_field_from_v8: true,", 1);
    let err = load_text(&text).unwrap_err();
    assert!(matches!(err, LoadError::TooNew { found: 8, .. }), "{err}");
    assert!(err.to_string().contains("newer Comeback"), "{err}");
}

/// Two sessions with one id would make moves and diffs ambiguous.
#[test]
fn duplicate_ids_are_refused() {
    let text = fs::read_to_string("saves/example.ron").unwrap().replacen("id: 2,", "id: 1,", 1);
    let err = load_text(&text).unwrap_err();
    assert!(err.to_string().contains("two sessions have the id 1"), "{err}");
}

/// A 50 MB file is refused before it is read.
#[test]
fn huge_file_is_refused_by_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let f = fs::File::create(&path).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let err = file::load(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("at most"), "{err}");
}

/// Invalid UTF-8 is reported at its line.
#[test]
fn non_utf8_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.ron");
    fs::write(&path, b"(\n  version: 1,\n  meta: (title: \"Caf\xe9\"").unwrap();
    let err = file::load(&path).unwrap_err();
    assert_eq!(err.position(), Some((3, 21)), "{err}");
}

/// The example plan saved into a fresh folder: (folder, file, plan, the file's bytes).
fn saved_example() -> (tempfile::TempDir, PathBuf, Plan, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let plan = file::load(Path::new("saves/example.ron")).unwrap();
    file::save(&plan, &path).unwrap();
    let before = fs::read(&path).unwrap();
    (dir, path, plan, before)
}

/// Saving over a file keeps the previous one as NAME.bak, and the two before as NAME.bak.2
/// and NAME.bak.3; older ones go.
#[test]
fn save_keeps_a_backup_of_the_previous_file() {
    let (dir, path, mut plan, before) = saved_example();
    plan.meta.title = "Changed".to_owned();
    file::save(&plan, &path).unwrap();
    assert_eq!(fs::read(file::backup_path(&path)).unwrap(), before);
    assert_eq!(file::load(&path).unwrap().meta.title, "Changed");
    for n in 1..=4 {
        plan.meta.title = format!("Version {n}");
        file::save(&plan, &path).unwrap();
    }
    let titles: Vec<String> =
        file::backup_paths(&path).iter().map(|p| file::load(p).unwrap().meta.title).collect();
    assert_eq!(titles, ["Version 3", "Version 2", "Version 1"]);
    assert!(!path.with_file_name("plan.ron.bak.4").exists());
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Saving into a read-only folder fails with a clear error and leaves the old file intact.
#[test]
fn save_into_read_only_folder_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path, mut plan, before) = saved_example();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores permission bits; a read-only bind is not available in tests, so check both ways.
    let writable = fs::File::create(dir.path().join("probe")).is_ok();
    plan.meta.title = "Changed".to_owned();
    let result = if writable { Ok(()) } else { file::save(&plan, &path) };
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if writable {
        eprintln!("running as root: permission bits are not enforced; checking a missing folder instead");
        let missing = dir.path().join("no-such-folder").join("plan.ron");
        let err = file::save(&plan, &missing).unwrap_err();
        assert!(err.to_string().contains("could not save"), "{err}");
    } else {
        let err = result.unwrap_err();
        assert!(err.to_string().contains("could not save"), "{err}");
        assert!(err.to_string().contains("plan.ron"), "{err}");
    }
    assert!(fs::read(&path).unwrap() == before, "the old file is intact");
    assert_eq!(plan.meta.title, "Changed", "the plan in memory is untouched");
}

/// A version 1 file (before notes and logging) opens unchanged and is saved as the current
/// version.
#[test]
fn version_1_files_open_and_are_saved_as_the_current_version() {
    let old = file::load(Path::new("tests/fixtures/example-v1.ron")).unwrap();
    let new = file::load(Path::new("saves/example.ron")).unwrap();
    assert_eq!(old.version, plan::FORMAT_VERSION);
    assert_eq!(old.sessions().len(), new.sessions().len());
    assert_eq!(old.meta.athlete, new.meta.athlete);
    assert!(old.sessions().iter().all(|s| s.notes.is_empty() && s.actual.is_none()));
    let text = file::to_text(&old).unwrap();
    assert!(text.contains("\n  version: 7,\n"), "{text}");
}

/// A version 2 file (before recorded activities) opens as the same plan and is saved as the
/// current version with nothing else changed but the id it is given: version 3 only added the
/// optional `recorded`, version 4 the plan's id.
#[test]
fn version_2_files_open_and_are_saved_as_the_current_version() {
    let text = fs::read_to_string("tests/fixtures/example-v2.ron").unwrap();
    let mut old = file::load(Path::new("tests/fixtures/example-v2.ron")).unwrap();
    let id = old.id;
    let new = file::load(Path::new("saves/example.ron")).unwrap();
    old.id = new.id;
    assert_eq!(old, new);
    assert!(old.sessions().iter().all(|s| s.recorded.is_none()));
    old.id = id;
    let revision = file::revision(&old).unwrap();
    let expected = text.replacen(
        "\n  version: 2,\n",
        &format!("\n  version: 7,\n  id: \"{id}\",\n  revision: \"{revision}\",\n"),
        1,
    );
    assert_eq!(file::to_text(&old).unwrap(), expected);
}

/// A version 3 file has no plan id: it gets one from who the plan is for and when it starts,
/// the same at every load and after the title or the sessions change (it came from a hash of
/// the whole text, so renaming the plan changed every calendar UID and a calendar got
/// duplicates, issue 32), and saving writes it down as version 7.
#[test]
fn version_3_files_get_a_stable_id_and_are_saved_as_version_7() {
    let path = Path::new("tests/fixtures/example-v3.ron");
    let text = fs::read_to_string(path).unwrap();
    let first = file::load(path).unwrap();
    assert_eq!(first, file::load(path).unwrap(), "the same id at every load");
    assert!(!first.id.is_unset());
    let edited = text.replacen("Hamstring comeback, winter 2026", "Back to 5 km", 1).replacen(
        "distance: 2.0",
        "distance: 2.5",
        1,
    );
    assert_ne!(edited, text);
    assert_eq!(file::parse(&edited, path).unwrap().id, first.id, "renamed and edited, the same plan");
    let older = file::parse(&fs::read_to_string("tests/fixtures/example-v2.ron").unwrap(), path).unwrap();
    assert_eq!(older.id, first.id, "the same comeback written by an older Comeback");
    let someone_else = text.replacen("Alex Moreno", "Kim Lee", 1);
    assert_ne!(file::parse(&someone_else, path).unwrap().id, first.id, "another athlete, another plan");
    let saved = file::to_text(&first).unwrap();
    assert!(saved.contains(&format!("\n  version: 7,\n  id: \"{}\",\n", first.id)), "{saved}");
    assert_eq!(file::parse(&saved, path).unwrap(), first);
}

/// A version 5 file (before `removed`) opens as the same plan with the revision it was saved
/// with, so the bump alone does not make it look changed, and saves as version 7 with nothing
/// else changed.
#[test]
fn version_5_files_open_with_their_revision_and_are_saved_as_version_7() {
    let path = Path::new("tests/fixtures/example-v5.ron");
    let text = fs::read_to_string(path).unwrap();
    let old = file::load(path).unwrap();
    assert_eq!(old, file::load(Path::new("saves/example.ron")).unwrap());
    assert!(old.parents.is_empty(), "not a new revision: {:?}", old.parents);
    assert!(text.contains(&format!("revision: \"{}\"", old.revision.unwrap())));
    assert!(old.removed().is_empty());
    assert_eq!(file::to_text(&old).unwrap(), text.replacen("version: 5,", "version: 7,", 1));
}

/// A version 6 file (before the kind of comeback, the checks and stop signs) opens as the same
/// plan with its revision and saves as version 7 with nothing else changed; one whose injury
/// says "Postpartum" is read as after a birth on its injury date, any other as before.
#[test]
fn version_6_files_open_unchanged_and_postpartum_ones_are_read_as_after_a_birth() {
    let path = Path::new("tests/fixtures/example-v6.ron");
    let text = fs::read_to_string(path).unwrap();
    let old = file::load(path).unwrap();
    assert_eq!(old, file::load(Path::new("saves/example.ron")).unwrap());
    assert!(old.parents.is_empty(), "not a new revision: {:?}", old.parents);
    assert_eq!(old.meta.comeback(), None, "a hamstring tear says nothing of the kind");
    assert!(old.meta.checks.is_empty());
    assert_eq!(file::to_text(&old).unwrap(), text.replacen("version: 6,", "version: 7,", 1));
    let injury = format!("injury: \"{}\"", old.meta.injury);
    let postpartum = file::parse(&text.replacen(&injury, "injury: \"Postpartum\"", 1), path).unwrap();
    assert_eq!(postpartum.meta.comeback(), Some(plan::Comeback::Birth(plan::Birth::Unsaid)));
    assert!(file::to_text(&postpartum).unwrap().contains("injury: \"Postpartum\""));
    assert!(!file::to_text(&postpartum).unwrap().contains("comeback:"), "read so, not rewritten");
}

/// The kind of comeback, the checks with their numbers and days, and a session's stop signs
/// are written to the file and read back.
#[test]
fn readiness_checks_and_stop_signs_round_trip() {
    let mut plan = file::load(Path::new("saves/example.ron")).unwrap();
    let comeback = plan::Comeback::Birth(plan::Birth::Caesarean);
    let mut meta = plan.meta.clone();
    meta.comeback_kind = Some(comeback);
    meta.checks = comeback.checks();
    meta.checks[1].passed = chrono::NaiveDate::from_ymd_opt(2026, 11, 2);
    meta.checks[2].amount = 15;
    plan.apply(plan::Command::SetMeta(meta)).unwrap();
    let mut run = plan.sessions().iter().find(|s| s.pain.is_some()).unwrap().clone();
    let mut pain = run.pain.unwrap();
    pain.stop_signs.set(plan::StopSign::Leaking, true);
    run.pain = Some(pain);
    plan.apply(plan::Command::EditSession(run)).unwrap();
    let text = file::to_text(&plan).unwrap();
    assert!(text.contains("comeback: Birth(Caesarean)"), "{text}");
    assert!(text.contains("stop_signs: [\n          Leaking,\n        ]"), "{text}");
    assert_eq!(file::parse(&text, Path::new("plan.ron")).unwrap(), plan);
}

/// A deleted session is remembered with its day (for the calendar export to cancel it), in the
/// file as `removed`; adding a session of that id again (an undone delete taken from another
/// copy) forgets it, and a merge keeps what either side deleted.
#[test]
fn deleted_sessions_are_remembered_in_the_file_until_they_come_back() {
    let mut plan = file::load(Path::new("saves/example.ron")).unwrap();
    let gone = plan.sessions().first().unwrap().clone();
    plan.apply(plan::Command::DeleteSession(gone.id)).unwrap();
    assert_eq!(plan.removed(), [plan::Removed { id: gone.id, date: gone.date }]);
    let text = file::to_text(&plan).unwrap();
    assert!(
        text.contains(&format!(
            "removed: [\n    (\n      id: {},\n      date: \"{}\",",
            gone.id.0, gone.date
        )),
        "{text}"
    );
    let back = file::parse(&text, Path::new("plan.ron")).unwrap();
    assert_eq!(back.removed(), plan.removed());
    let base = file::load(Path::new("saves/example.ron")).unwrap();
    let merged = comeback::merge::merge(&base, &base, &plan).unwrap();
    assert_eq!(merged.plan.removed(), plan.removed(), "theirs deleted it");
    plan.apply(plan::Command::AddSession(gone)).unwrap();
    assert!(plan.removed().is_empty());
}

/// Notepad and some Windows editors start a UTF-8 file with a byte-order mark; the plan opened
/// with "expected a plan" at line 1. It opens, and saving does not write the mark back.
#[test]
fn a_byte_order_mark_is_read_and_not_written_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let text = fs::read_to_string("saves/example.ron").unwrap();
    fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let plan = file::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan, file::load(Path::new("saves/example.ron")).unwrap());
    file::save(&plan, &path).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

/// A title and notes holding terminal escapes and other control characters (valid RON) were
/// loaded as they were; they are taken out, counted and reported.
#[test]
fn control_characters_are_removed_at_load_and_counted() {
    let text = fs::read_to_string("saves/example.ron").unwrap().replacen(
        "title: \"Hamstring comeback, winter 2026\"",
        "title: \"\\u{1b}]0;pwned\\u{7}\\u{1b}[31mHamstring\\u{9b}\"",
        1,
    );
    let loaded = file::parse_checked(&text, Path::new("plan.ron")).unwrap();
    assert_eq!(loaded.plan.meta.title, "]0;pwned[31mHamstring");
    assert_eq!(loaded.controls_removed, 4);
    let warning = loaded.warning().unwrap();
    assert!(warning.contains("removed 4 control characters"), "{warning}");
    let clean =
        file::parse_checked(&fs::read_to_string("saves/example.ron").unwrap(), Path::new("p")).unwrap();
    assert_eq!((clean.controls_removed, clean.warning()), (0, None));
}

/// A session's recorded activity survives a save; a version 2 Comeback would refuse the file
/// as newer rather than stumble on the field.
#[test]
fn recorded_activities_round_trip() {
    let mut plan = file::load(Path::new("saves/example.ron")).unwrap();
    let mut run = plan.sessions().first().unwrap().clone();
    let start = chrono::DateTime::parse_from_rfc3339("2013-02-06T12:11:14.250Z").unwrap().to_utc();
    run.recorded = Some(plan::RecordedId::new("running", start));
    plan.apply(plan::Command::EditSession(run.clone())).unwrap();
    let text = file::to_text(&plan).unwrap();
    assert!(
        text.contains(
            "recorded: (\n        sport: \"running\",\n        start: \"2013-02-06T12:11:14Z\",\n      ),"
        ),
        "{text}"
    );
    let again = load_text(&text).unwrap();
    assert_eq!(again.session(run.id).and_then(|s| s.recorded.clone()), run.recorded);
}

/// Notes on days and sessions, with their authors and times, and logged actuals survive a save.
#[test]
fn notes_and_logs_round_trip() {
    let (_dir, path, plan, _) = saved_example();
    let again = file::load(&path).unwrap();
    let run = again.session(comeback::plan::SessionId(2)).unwrap();
    let thread: Vec<(&str, String)> =
        run.notes.iter().map(|n| (n.author.as_str(), n.at.to_rfc3339())).collect();
    assert_eq!(
        thread,
        [
            ("Alex", "2026-11-17T18:42:00+00:00".to_owned()),
            ("Sam Okafor", "2026-11-18T07:15:00+00:00".to_owned())
        ]
    );
    assert_eq!(run.actual.and_then(|a| a.minutes).map(comeback::plan::Minutes::get), Some(22.0));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    assert_eq!(
        again.day_notes(day).first().map(|n| n.text.as_str()),
        Some("Down week: keep everything easy, sleep well.")
    );
    assert_eq!(again, plan);
}

/// Rule settings no plan needs (found by fuzzing: a ramp window of four billion weeks made the
/// rules loop for hours) are refused at the setting's line.
#[test]
fn absurd_rule_settings_are_refused_where_they_are() {
    let good = fs::read_to_string("saves/example.ron").unwrap();
    for (from, to, says) in [
        (
            "ramp_window_weeks: 3,",
            "ramp_window_weeks: 4000000000,",
            "ramp_window_weeks is 4000000000; it must be 1 to 52",
        ),
        ("down_week_every: 4,", "down_week_every: 0,", "down_week_every is 0"),
        ("easy_pace_min_per_unit: 12.0,", "easy_pace_min_per_unit: 0.0,", "easy_pace_min_per_unit is 0"),
        ("ramp_max_pct: 30.0,", "ramp_max_pct: inf,", "ramp_max_pct is inf"),
    ] {
        let text = good.replacen(from, to, 1);
        let err = load_text(&text).unwrap_err();
        assert!(err.to_string().contains(says), "{err}");
        let field = to.split(':').next().unwrap();
        assert_eq!(err.position().map(|p| p.0), Some(line_of(&text, field)), "{err}");
    }
}

/// Issue 36: what was expected is said in the reader's language, at the same line and column;
/// the warning after loading counts in it too.
#[test]
fn load_messages_read_in_the_readers_language() {
    use comeback::i18n::{Lang, in_lang};
    let rows = [
        (Lang::En, "plan.ron:1:1: the file is empty; expected a plan starting with `(version: "),
        (Lang::De, "plan.ron:1:1: die Datei ist leer; erwartet wird ein Plan, der mit `(version: "),
        (Lang::Es, "plan.ron:1:1: el archivo está vacío; se esperaba un plan que empiece por `(version: "),
    ];
    for (lang, expected) in rows {
        let message = in_lang(lang, || file::parse("  \n", Path::new("plan.ron")).unwrap_err().to_string());
        assert!(message.starts_with(expected), "{lang:?}: {message}");
    }
    let plan = file::load(Path::new("saves/example.ron")).unwrap();
    let loaded = file::Loaded { plan, controls_removed: 2, comments: Vec::new() };
    let german = in_lang(Lang::De, || loaded.warning()).unwrap();
    assert!(german.starts_with("2 Steuerzeichen aus dem Text des Plans entfernt"), "{german}");
    let spanish = in_lang(Lang::Es, || loaded.warning()).unwrap();
    assert!(spanish.starts_with("se han quitado 2 caracteres de control"), "{spanish}");
}
