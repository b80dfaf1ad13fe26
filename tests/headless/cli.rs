//! The headless CLI: exit codes and output formats.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::process::Command;

fn comeback(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).env("LC_ALL", "C").args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Exit codes: 0 clean, 1 errors in a plan, 2 unreadable; output names the rule and the fix.
#[test]
fn validate_exit_codes_and_text() {
    let (code, out) = comeback(&["validate", "saves/example.ron"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");

    let (code, out) = comeback(&["validate", "saves/broken.ron"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Week of Mon 16 Nov 2026"), "{out}");
    assert!(out.contains("⛔ error   [consecutive-run-days] Runs on Tue 17 Nov and Wed 18 Nov"), "{out}");
    assert!(out.contains("→ Make Wednesday's run a walk"), "{out}");

    let (code, out) = comeback(&["validate", "saves/example.ron", "no/such/file.ron"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("no/such/file.ron: cannot read the file"), "{out}");
}

/// The JSON report lists every rule of the broken example with ids, dates and sessions.
#[test]
fn validate_json_lists_every_rule() {
    let (code, out) = comeback(&["validate", "--format", "json", "saves/broken.ron"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let file = &json["files"][0];
    assert_eq!(file["title"], "Too much, too soon");
    let findings = file["findings"].as_array().unwrap();
    for rule in comeback::rules::RuleId::ALL {
        assert!(findings.iter().any(|f| f["rule"] == rule.id()), "broken.ron shows {rule}");
    }
    let first = &findings[0];
    for key in ["rule", "severity", "date", "dates", "sessions", "message", "suggestion"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert_eq!(
        file["errors"].as_u64().unwrap() as usize,
        findings.iter().filter(|f| f["severity"] == "error").count()
    );
}

/// A bad file's JSON carries line and column.
#[test]
fn validate_json_reports_positions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(\n  version: 1,\n  meta: oops,\n)").unwrap();
    let (code, out) = comeback(&["validate", "--format", "json", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["files"][0]["error"]["line"], 3, "{out}");
}

/// `export --to csv` then `import-csv` gives a plan file with the same sessions (less their note
/// threads, which a row cannot hold); a bad cell
/// is reported with its row and column and exit code 2.
#[test]
fn export_and_import_csv() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("plan.csv");
    let ron = dir.path().join("plan.ron");
    let (code, _) = comeback(&["export", "saves/example.ron", "--to", "csv", "-o", csv.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, _) = comeback(&["import-csv", csv.to_str().unwrap(), "-o", ron.to_str().unwrap()]);
    assert_eq!(code, 0);
    let back = comeback::file::load(&ron).unwrap();
    let example = comeback::file::load(std::path::Path::new("saves/example.ron")).unwrap();
    let outline = |p: &comeback::plan::Plan| {
        p.sessions().iter().map(|s| (s.id, s.date, s.kind, s.status)).collect::<Vec<_>>()
    };
    assert_eq!(outline(&back), outline(&example));

    std::fs::write(&csv, "id,date,kind,distance_mi\n1,2026-11-16,run,two\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .args(["import-csv", csv.to_str().unwrap(), "-o", ron.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("row 2, column 4 (distance_mi): \"two\" is not a number"), "{err}");
}

/// `export --to ics` writes to standard output, limited by --from and --until.
#[test]
fn export_ics_to_stdout_with_a_range() {
    let (code, out) = comeback(&[
        "export",
        "saves/example.ron",
        "--to",
        "ics",
        "--from",
        "2026-11-23",
        "--until",
        "2026-11-29",
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(out.matches("BEGIN:VEVENT").count(), 8);
    assert!(out.contains("DTSTART;VALUE=DATE:20261123"));
    assert!(!out.contains("DTSTART;VALUE=DATE:20261122"));
}

/// `export --to pdf` writes one PDF; `--to png` writes one numbered image per page and refuses
/// standard output when there are several.
#[test]
fn export_pdf_and_png_files() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("plan.pdf");
    let (code, _) = comeback(&["export", "saves/example.ron", "--to", "pdf", "-o", pdf.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let png = dir.path().join("plan.png");
    let (code, _) = comeback(&["export", "saves/example.ron", "--to", "png", "-o", png.to_str().unwrap()]);
    assert_eq!(code, 0);
    let pages = comeback::export::layout::layout(
        &comeback::file::load(std::path::Path::new("saves/example.ron")).unwrap(),
        comeback::export::DateRange::whole(
            &comeback::file::load(std::path::Path::new("saves/example.ron")).unwrap(),
        ),
    )
    .len();
    for i in 1..=pages {
        let page = dir.path().join(format!("plan-{i}.png"));
        assert!(std::fs::read(&page).unwrap().starts_with(b"\x89PNG"), "{}", page.display());
    }
    assert!(!dir.path().join(format!("plan-{}.png", pages + 1)).exists());

    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .args(["export", "saves/example.ron", "--to", "png"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name a file with -o"));
}

/// `print` writes the PDF to the user's folder in the temporary folder; with no viewer to open
/// it, it says plainly that none was found and where the PDF is (not the launcher's raw "No
/// such file or directory"), and exits with 2.
#[test]
fn print_without_a_viewer_says_where_the_pdf_is() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .args(["print", "saves/example.ron"])
        .env("TMPDIR", tmp.path())
        .env("PATH", empty.path())
        .env("USER", "runner")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("No PDF viewer was found"), "{err}");
    assert!(!err.contains("No such file") && !err.contains("Launcher"), "{err}");
    let pdf = tmp.path().join("comeback-print-runner").join("example.pdf");
    assert!(err.contains(&pdf.display().to_string()), "{err}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

/// `validate DIR` lists every plan in the folder, most attention first, in text and JSON; a
/// plan with errors makes the exit code 1.
#[test]
fn validate_a_folder_lists_athletes_by_attention() {
    let (code, text) = comeback(&["validate", "saves", "--today", "2026-11-29"]);
    assert_eq!(code, 1, "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("2 plans in saves on Sun 29 Nov 2026"), "{text}");
    assert!(
        lines[2].starts_with("✗ Example runner") && lines[2].contains("pain 5/10 during, Tue 24 Nov"),
        "{text}"
    );
    assert!(lines[3].starts_with("! Alex Moreno") && lines[3].contains("6/8 done"), "{text}");

    let (_, json) = comeback(&["validate", "saves", "--today", "2026-11-29", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let athletes = json["athletes"].as_array().unwrap();
    let order: Vec<(&str, &str)> =
        athletes.iter().map(|a| (a["name"].as_str().unwrap(), a["attention"].as_str().unwrap())).collect();
    assert_eq!(order, [("Example runner", "urgent"), ("Alex Moreno", "unlogged")]);
    assert_eq!(athletes[1]["running"], "1.83 / 2.75 mi");
}

/// `comeback new` writes a plan from the method that validates clean, and never replaces a file.
#[test]
fn new_writes_a_clean_plan_from_the_method() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.ron");
    let path = out.to_str().unwrap();
    let args =
        ["new", "-o", path, "--start", "2026-12-03", "--units", "km", "--current", "5", "--flare", "4"];
    let (code, text) = comeback(&[&args[..], &["--days", "mon,wed,thu,sat", "--weeks", "10"]].concat());
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("(Down week)"), "{text}");
    let plan = comeback::file::load(&out).unwrap();
    assert_eq!(plan.meta.units, comeback::plan::Units::Km);
    assert_eq!(plan.rules.run_cap.map(comeback::plan::Distance::get), Some(3.0));
    let (code, report) = comeback(&["validate", path]);
    assert_eq!(code, 0);
    assert!(report.contains("0 errors, 0 warnings"), "{report}");
    let (code, _) = comeback(&["new", "-o", path]);
    assert_eq!(code, 2, "an existing file is not replaced");
}

/// A plan whose title and notes hold terminal escape sequences (valid RON, from an athlete's
/// file in a coach's folder) made `validate`, `validate FOLDER` and `diff` write them raw,
/// retitling the terminal and recolouring the output. None reaches the output now; a
/// right-to-left override is shown, not obeyed.
#[test]
fn escape_sequences_in_a_plan_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string("saves/example.ron").unwrap();
    let hostile = example
        .replacen(
            "title: \"Hamstring comeback, winter 2026\"",
            "title: \"\\u{1b}]0;pwned\\u{7}\\u{1b}[31mRed \\u{202e}desrever\"",
            1,
        )
        .replacen("athlete: \"", "athlete: \"\\u{1b}[2J\\u{9b}31m", 1);
    assert_ne!(hostile, example, "the plan was changed");
    let path = dir.path().join("hostile.ron");
    std::fs::write(&path, &hostile).unwrap();
    let bad = dir.path().join("bad\u{1b}[31m.ron");
    std::fs::write(&bad, "(version: 4, \u{1b}]0;x\u{7}").unwrap();
    let file = path.to_str().unwrap();
    let runs: [&[&str]; 4] = [
        &["validate", file],
        &["validate", dir.path().to_str().unwrap()],
        &["diff", file, "saves/example.ron"],
        &["validate", bad.to_str().unwrap()],
    ];
    for args in runs {
        let out =
            Command::new(env!("CARGO_BIN_EXE_comeback")).env("LC_ALL", "C").args(args).output().unwrap();
        let all = [out.stdout, out.stderr].concat();
        let text = String::from_utf8_lossy(&all);
        assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{args:?}: {text:?}");
        assert!(!text.contains('\u{202e}'), "{args:?}: {text}");
    }
    let (_, out) = comeback(&["validate", file]);
    assert!(out.contains("removed 5 control characters"), "{out}");
    assert!(out.contains("Red \\u{202e}desrever"), "{out}");
}

/// `validate … | head -1` said "cannot write the report: Broken pipe" and exited 2. The reader
/// going away ends the report quietly; the exit code is still the plan's (1: it has errors).
#[test]
fn a_reader_that_stops_early_gets_no_broken_pipe() {
    use std::io::{BufRead, BufReader};
    // Far more than a pipe holds, so the report is still being written when the reader goes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .arg("validate")
        .args(["saves/broken.ron"; 60])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.contains("broken.ron"), "{first}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(1));
}

/// `export -o -` wrote a file called `-`; like leaving `-o` out, it writes to standard output.
#[test]
fn export_to_dash_writes_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::canonicalize("saves/example.ron").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .env("LC_ALL", "C")
        .current_dir(dir.path())
        .args([
            "export".as_ref(),
            plan.as_os_str(),
            "--to".as_ref(),
            "ics".as_ref(),
            "-o".as_ref(),
            "-".as_ref(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("BEGIN:VCALENDAR"));
    assert!(!dir.path().join("-").exists(), "no file called -");
}

/// The CLI run with `env` set (over a pinned `LC_ALL`, which the C library reads first).
fn comeback_in(env: &[(&str, &str)], args: &[&str]) -> (i32, Vec<u8>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_comeback"));
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command.args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Issue 36: a German runner's `LANG` reaches the report, with German dates and decimal
/// commas, and a Spanish one's likewise; `--lang` says otherwise whatever the environment says.
#[test]
fn validate_speaks_the_readers_language_from_lang_or_lang_option() {
    let rows: [(&[(&str, &str)], &[&str], &[&str]); 5] = [
        (
            &[("LANG", "de_DE.UTF-8")],
            &["validate", "saves/broken.ron", "--today", "2026-12-06"],
            &["„Too much, too soon“: 12 Fehler, 9 Warnungen, 11 Hinweise", "Woche ab Mo., 16. Nov. 2026"],
        ),
        (
            &[("LANG", "es_ES.UTF-8")],
            &["validate", "saves/broken.ron", "--today", "2026-12-06"],
            &["«Too much, too soon»: 12 errores, 9 avisos, 11 consejos", "Semana del lun 16 nov 2026"],
        ),
        (
            &[("LANG", "de_DE.UTF-8")],
            &["validate", "saves", "--today", "2026-11-20"],
            &["3,5 / 9,5 mi", "Befunde"],
        ),
        (
            &[("LC_ALL", "es_MX.UTF-8"), ("LANG", "de_DE")],
            &["validate", "saves", "--today", "2026-11-20"],
            &["3,5 / 9,5 mi", "Observaciones"],
        ),
        (
            &[("LANG", "de_DE.UTF-8")],
            &["--lang", "es", "validate", "saves/example.ron"],
            &["0 errores, 0 avisos"],
        ),
    ];
    for (env, args, expected) in rows {
        let (_, out, err) = comeback_in(env, args);
        let out = String::from_utf8(out).unwrap();
        for words in expected {
            assert!(out.contains(words), "{env:?} {args:?}: no {words:?} in\n{out}{err}");
        }
    }
    let (code, out, _) = comeback_in(&[("LANG", "de_DE.UTF-8")], &["validate", "nowhere.ron"]);
    assert_eq!(code, 2);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("nowhere.ron: Datei kann nicht gelesen werden"), "{out}");
    let (code, _, err) =
        comeback_in(&[("LANG", "es_ES.UTF-8")], &["export", "saves/example.ron", "--to", "fit"]);
    assert_eq!(code, 2);
    assert!(err.contains("--to fit escribe un archivo por entrenamiento"), "{err}");
}

/// Issue 36: scripts read `--format json` in any language: the same bytes whatever `LANG`,
/// `LC_ALL` or `--lang` say, findings and errors in English.
#[test]
fn json_reports_are_the_same_bytes_in_every_language() {
    let commands: [&[&str]; 4] = [
        &["validate", "saves/broken.ron", "saves/example.ron", "nowhere.ron", "--format", "json"],
        &["validate", "saves", "--today", "2026-11-20", "--format", "json"],
        &["diff", "saves/example.ron", "saves/broken.ron", "--format", "json"],
        &["merge", "saves/example.ron", "saves/example.ron", "saves/example.ron", "--format", "json"],
    ];
    let languages: [(&[(&str, &str)], &[&str]); 5] = [
        (&[("LC_ALL", "C")], &[]),
        (&[("LANG", "de_DE.UTF-8")], &[]),
        (&[("LANG", "es_ES.UTF-8")], &[]),
        (&[("LC_ALL", "en_US.UTF-8")], &["--lang", "de"]),
        (&[], &["--lang", "pseudo"]),
    ];
    for args in commands {
        let english = comeback_in(&[("LC_ALL", "C")], args).1;
        assert!(!english.is_empty(), "{args:?}");
        for (env, lang) in languages {
            let (_, out, err) = comeback_in(env, &[lang, args].concat());
            assert!(
                out == english,
                "{env:?} {lang:?} {args:?}:\n{}\nnot\n{}{err}",
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&english)
            );
        }
    }
}
