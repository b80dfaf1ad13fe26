//! Merging a runner's and a coach's copies of one plan: revisions in the file, `comeback merge`,
//! and git running it as a merge driver.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)] // test helpers: a failure is the test failing

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use comeback::file;
use comeback::plan::{
    Actual, Command as Edit, Conflicted, Distance, Minutes, Plan, SessionField, SessionId, Status,
};

fn example() -> Plan {
    file::load(Path::new("saves/example.ron")).unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// The coach's change: session 10 moved from the 24th to the 26th.
fn coach_moves(plan: &mut Plan) {
    plan.apply(Edit::MoveSession { id: SessionId(10), to: day(26) }).unwrap();
}

/// The runner's change: session 12 (a walk on the 25th) logged done, 1.6 mi in 31 minutes.
fn runner_logs(plan: &mut Plan) {
    let mut walk = plan.session(SessionId(12)).unwrap().clone();
    walk.status = Status::Done;
    walk.actual = Some(Actual { distance: Distance::new(1.6), minutes: Minutes::new(31.0) });
    plan.apply(Edit::EditSession(walk)).unwrap();
}

/// Both change session 12's description differently.
fn describe(plan: &mut Plan, text: &str) {
    let mut walk = plan.session(SessionId(12)).unwrap().clone();
    walk.note = text.to_owned();
    plan.apply(Edit::EditSession(walk)).unwrap();
}

fn comeback(args: &[&Path]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_comeback")).env("LC_ALL", "C").args(args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// Base, mine and theirs saved in a fresh folder, each made from the example by `edit`.
fn three(mine: impl Fn(&mut Plan), theirs: impl Fn(&mut Plan)) -> (tempfile::TempDir, [PathBuf; 3]) {
    let dir = tempfile::tempdir().unwrap();
    let paths = ["base.ron", "mine.ron", "theirs.ron"].map(|n| dir.path().join(n));
    let base = example();
    file::save(&base, &paths[0]).unwrap();
    for (path, edit) in [(&paths[1], &mine as &dyn Fn(&mut Plan)), (&paths[2], &theirs)] {
        let mut plan = file::load(&paths[0]).unwrap();
        edit(&mut plan);
        file::save(&plan, path).unwrap();
    }
    (dir, paths)
}

/// Saving writes the revision of the content and, when the content is new, the revision it was
/// loaded as as its parent; the same plan saved twice is the same bytes.
#[test]
fn a_saved_file_carries_its_revision_and_its_parent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    file::save(&example(), &path).unwrap();
    let first = file::load(&path).unwrap();
    let revision = first.revision.unwrap();
    assert_eq!(Some(revision), file::revision(&first).ok());
    assert_eq!(
        file::to_text(&first).unwrap(),
        std::fs::read_to_string(&path).unwrap(),
        "same plan, same bytes"
    );
    let mut changed = first.clone();
    runner_logs(&mut changed);
    file::save(&changed, &path).unwrap();
    let second = file::load(&path).unwrap();
    assert_eq!(second.parents, [revision]);
    assert_ne!(second.revision, Some(revision));
}

/// A file edited by hand no longer matches its revision: it opens as a new revision made
/// from the one written in it.
#[test]
fn a_file_edited_by_hand_opens_as_a_child_of_its_revision() {
    let saved = file::to_text(&example()).unwrap();
    let written = file::parse(&saved, Path::new("p.ron")).unwrap().revision.unwrap();
    let edited = saved.replacen("Alex Moreno", "Alex M.", 1);
    let plan = file::parse(&edited, Path::new("p.ron")).unwrap();
    assert_eq!(plan.parents, [written]);
    assert_eq!(plan.revision, file::revision(&plan).ok(), "a revision of its own");
    assert_ne!(plan.revision, Some(written));
}

/// A version 4 file (before revisions) opens as the same plan, with its content's revision,
/// which saving writes down.
#[test]
fn version_4_files_open_and_are_saved_as_version_7() {
    let old = file::load(Path::new("tests/fixtures/example-v4.ron")).unwrap();
    let text = std::fs::read_to_string("tests/fixtures/example-v4.ron").unwrap();
    assert!(text.contains("\n  version: 4,\n"));
    assert_eq!((old.revision, old.parents.len(), old.conflicts.len()), (file::revision(&old).ok(), 0, 0));
    let saved = file::to_text(&old).unwrap();
    assert!(saved.contains(&format!("\n  version: 7,\n  id: \"{}\",\n  revision: \"", old.id)), "{saved}");
    let again = file::parse(&saved, Path::new("p.ron")).unwrap();
    assert_eq!(again, old);
    assert_eq!(again.revision, old.revision);
}

/// The coach's move and the runner's log end up in one plan, made from both revisions, and
/// the command exits 0.
#[test]
fn merge_takes_both_sides_changes_and_exits_0() {
    let (_dir, [base, mine, theirs]) = three(runner_logs, coach_moves);
    let out = mine.with_file_name("merged.ron");
    let (code, stdout, _) = comeback(&[Path::new("merge"), &base, &mine, &theirs, Path::new("-o"), &out]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("no conflicts"), "{stdout}");
    let merged = file::load(&out).unwrap();
    assert_eq!(merged.session(SessionId(10)).unwrap().date, day(26));
    assert_eq!(merged.session(SessionId(12)).unwrap().status, Status::Done);
    let parents = [&mine, &theirs].map(|p| file::load(p).unwrap().revision.unwrap());
    assert_eq!(merged.parents, parents);
    assert!(!out.with_file_name("merged.ron.bak").exists(), "no backup beside a merge's output");
}

/// Two different descriptions of one session: exit 1, the conflict listed with both values,
/// recorded in the file (which still loads), and counted by validate as an error.
#[test]
fn merge_records_conflicts_in_the_file_and_validate_counts_them() {
    let (_dir, [base, mine, theirs]) =
        three(|p| describe(p, "Grass, please"), |p| describe(p, "Anywhere flat"));
    let out = mine.with_file_name("merged.ron");
    let (code, stdout, _) = comeback(&[Path::new("merge"), &base, &mine, &theirs, Path::new("-o"), &out]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("1 conflict to resolve"), "{stdout}");
    assert!(stdout.contains(": note: mine \"Grass, please\", theirs \"Anywhere flat\""), "{stdout}");
    let merged = file::load(&out).unwrap();
    let [conflict] = merged.conflicts.as_slice() else { panic!("{:?}", merged.conflicts) };
    assert_eq!(conflict.about, Conflicted::Session { id: SessionId(12), field: SessionField::Note });
    let (code, report, _) = comeback(&[Path::new("validate"), &out]);
    assert_eq!(code, 1, "{report}");
    assert!(report.contains("1 error,"), "{report}");
    assert!(report.contains("[merge-conflict] A merge left a question: "), "{report}");
    assert!(report.contains("→ Settle the conflict about "), "{report}");
    // The JSON counted `errors: 1` with no finding that said why.
    let (_, json, _) = comeback(&[Path::new("validate"), Path::new("--format"), Path::new("json"), &out]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let file = &json["files"][0];
    assert_eq!(file["errors"], 1, "{json}");
    assert_eq!(file["findings"][0]["rule"], "merge-conflict", "{json}");
}

/// A coach's folder listed a plan with an unsettled conflict as "0 errors" and exited 0; it
/// counts as an error there too, ranks that athlete first, and the check exits 1.
#[test]
fn a_folder_puts_the_plan_with_a_conflict_first() {
    let (dir, [base, mine, theirs]) =
        three(|p| describe(p, "Grass, please"), |p| describe(p, "Anywhere flat"));
    let folder = dir.path().join("athletes");
    std::fs::create_dir(&folder).unwrap();
    let merged = folder.join("b-merged.ron");
    comeback(&[Path::new("merge"), &base, &mine, &theirs, Path::new("-o"), &merged]);
    std::fs::copy(&mine, folder.join("a-clean.ron")).unwrap();
    let (code, report, _) =
        comeback(&[Path::new("validate"), &folder, Path::new("--today"), Path::new("2026-11-25")]);
    assert_eq!(code, 1, "{report}");
    let first = report.lines().find(|l| l.contains(".ron")).unwrap_or_default();
    assert!(first.contains("b-merged.ron"), "the athlete with the conflict first: {report}");
}

/// Without -o the plan goes to standard output (a whole plan file) and the report to
/// standard error; the JSON report lists conflicts with both sides.
#[test]
fn merge_writes_to_standard_output_and_reports_json() {
    let (_dir, [base, mine, theirs]) = three(|p| describe(p, "A"), |p| describe(p, "B"));
    let (code, stdout, stderr) =
        comeback(&[Path::new("merge"), &base, &mine, &theirs, Path::new("--format"), Path::new("json")]);
    assert_eq!(code, 1, "{stderr}");
    let plan = file::parse(&stdout, Path::new("-")).unwrap();
    assert_eq!(plan.conflicts.len(), 1);
    let report: serde_json::Value = serde_json::from_str(&stderr).unwrap();
    assert_eq!(report["conflicts"][0]["mine"], "A", "{report}");
    assert_eq!(report["conflicts"][0]["theirs"], "B", "{report}");
}

/// An unreadable input exits 2, names the file and writes nothing.
#[test]
fn merge_of_an_unreadable_file_exits_2() {
    let (_dir, [base, mine, _]) = three(|_| {}, |_| {});
    let missing = mine.with_file_name("missing.ron");
    let out = mine.with_file_name("merged.ron");
    let (code, _, stderr) = comeback(&[Path::new("merge"), &base, &mine, &missing, Path::new("-o"), &out]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.ron: cannot read the file"), "{stderr}");
    assert!(!out.exists());
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git").current_dir(dir).args(args).output().unwrap()
}

fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A repository whose plan was changed on branch `coach` by `theirs` and on the main branch by
/// `mine`, with Comeback as the merge driver as docs/coach.md sets it up.
fn repository(mine: impl Fn(&mut Plan), theirs: impl Fn(&mut Plan)) -> tempfile::TempDir {
    repository_with("merge %O %A %B -o %A --name %P", mine, theirs)
}

/// [`repository`] with the driver's arguments given.
fn repository_with(
    arguments: &str,
    mine: impl Fn(&mut Plan),
    theirs: impl Fn(&mut Plan),
) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git_ok(root, &["init", "-q", "-b", "main"]);
    git_ok(root, &["config", "user.name", "Alex"]);
    git_ok(root, &["config", "user.email", "alex@example.com"]);
    let driver = format!("{} --lang en {arguments}", env!("CARGO_BIN_EXE_comeback"));
    git_ok(root, &["config", "merge.comeback.driver", &driver]);
    std::fs::write(root.join(".gitattributes"), "*.ron merge=comeback\n").unwrap();
    let plan = root.join("plan.ron");
    file::save(&example(), &plan).unwrap();
    git_ok(root, &["add", ".gitattributes", "plan.ron"]);
    git_ok(root, &["commit", "-q", "-m", "plan"]);
    git_ok(root, &["checkout", "-q", "-b", "coach"]);
    let mut p = file::load(&plan).unwrap();
    theirs(&mut p);
    file::write_without_backups(&plan, file::to_text(&p).unwrap().as_bytes()).unwrap();
    git_ok(root, &["commit", "-q", "-am", "coach"]);
    git_ok(root, &["checkout", "-q", "main"]);
    let mut p = file::load(&plan).unwrap();
    mine(&mut p);
    file::write_without_backups(&plan, file::to_text(&p).unwrap().as_bytes()).unwrap();
    git_ok(root, &["commit", "-q", "-am", "runner"]);
    dir
}

/// A real `git merge` of two branches that edited one plan: git calls `comeback merge`, the
/// coach's move and the runner's log are both in the merged plan, and no file is left over.
#[test]
fn git_merges_two_branches_of_a_plan_through_comeback() {
    let dir = repository(runner_logs, coach_moves);
    let out = git(dir.path(), &["merge", "-q", "--no-edit", "coach"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let merged = file::load(&dir.path().join("plan.ron")).unwrap();
    assert_eq!(merged.session(SessionId(10)).unwrap().date, day(26));
    assert_eq!(merged.session(SessionId(12)).unwrap().status, Status::Done);
    assert!(merged.conflicts.is_empty());
    let status = String::from_utf8_lossy(&git(dir.path(), &["status", "--porcelain"]).stdout).into_owned();
    assert_eq!(status, "", "a clean tree after the merge");
}

/// When both branches changed one thing differently, git reports the conflict, and the plan
/// still loads, with the conflict recorded in it (no text markers).
#[test]
fn a_git_merge_with_a_conflict_leaves_a_plan_that_loads() {
    let dir = repository(|p| describe(p, "Grass"), |p| describe(p, "Road"));
    let out = git(dir.path(), &["merge", "-q", "--no-edit", "coach"]);
    assert!(!out.status.success(), "git reports the conflict");
    let text = std::fs::read_to_string(dir.path().join("plan.ron")).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let merged = file::parse(&text, Path::new("plan.ron")).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    // The report named git's temporary file (`recorded in .merge_file_3gBpXj`); it names the plan.
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("recorded in plan.ron"), "{said}");
    assert!(!said.contains(".merge_file_"), "{said}");
}

/// A driver set up before `--name` existed still leaves no `.bak` of git's temporary file in
/// the repository: `-o` keeps a backup of a plan it writes over, but not of git's file.
#[test]
fn the_driver_line_without_a_name_leaves_no_backup_in_the_repository() {
    let dir = repository_with("merge %O %A %B -o %A", runner_logs, coach_moves);
    let out = git(dir.path(), &["merge", "-q", "--no-edit", "coach"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let status = String::from_utf8_lossy(&git(dir.path(), &["status", "--porcelain", "--ignored"]).stdout)
        .into_owned();
    assert_eq!(status, "", "a clean tree after the merge");
}

/// `comeback merge sent.ron plan.ron broken.ron -o plan.ron` said "no conflicts", exited 0 and
/// put another athlete's plan, id and all, over the runner's, keeping no backup (issue 32). Files
/// of different plans are refused, both named with their titles and ids, and nothing is written.
#[test]
fn merging_another_plan_is_refused_and_writes_nothing() {
    let (dir, [base, mine, _]) = three(runner_logs, coach_moves);
    let other = dir.path().join("broken.ron");
    std::fs::copy("saves/broken.ron", &other).unwrap();
    let before = std::fs::read(&mine).unwrap();
    let (code, _, err) = comeback(&["merge".as_ref(), &base, &mine, &other, "-o".as_ref(), &mine]);
    assert_eq!(code, 2, "{err}");
    let (ours, theirs) = (file::load(&mine).unwrap(), file::load(&other).unwrap());
    for named in [ours.id.to_string(), theirs.id.to_string(), ours.meta.title, theirs.meta.title] {
        assert!(err.contains(&named), "{named} in: {err}");
    }
    assert!(err.contains("different plans") && err.contains("nothing was written"), "{err}");
    assert_eq!(std::fs::read(&mine).unwrap(), before, "the runner's plan is untouched");
    assert!(!file::backup_path(&mine).exists());
}

/// `merge -o` over a plan keeps the one backup rotation Save has, so a merge that went wrong can
/// be undone by hand; git's own temporary file is the exception (above).
#[test]
fn merge_over_a_plan_keeps_a_backup_of_it() {
    let (_dir, [base, mine, theirs]) = three(runner_logs, coach_moves);
    let before = std::fs::read(&mine).unwrap();
    let (code, out, err) = comeback(&["merge".as_ref(), &base, &mine, &theirs, "-o".as_ref(), &mine]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(std::fs::read(file::backup_path(&mine)).unwrap(), before);
    assert_eq!(file::load(&mine).unwrap().session(SessionId(10)).unwrap().date, day(26));
}

/// Session fields became a type (issue 35); a file merged before that, with a conflict about a
/// plan detail, one about a session's status and one about a whole session (deleted on one
/// side, moved on the other, written `field: "session"`), still loads with each conflict what
/// it was, settles from either side, and is written back the same way.
#[test]
fn a_conflict_written_before_session_fields_were_a_type_still_loads_and_settles() {
    let path = Path::new("tests/fixtures/merged-v7-conflicts.ron");
    let plan = file::load(path).unwrap();
    let abouts: Vec<&Conflicted> = plan.conflicts.iter().map(|c| &c.about).collect();
    assert_eq!(
        abouts,
        [
            &Conflicted::Detail("coach".to_owned()),
            &Conflicted::Session { id: SessionId(11), field: SessionField::Status },
            &Conflicted::Session { id: SessionId(12), field: SessionField::Whole },
        ]
    );
    let text = file::to_text(&plan).unwrap();
    assert!(text.contains("field: \"status\"") && text.contains("field: \"session\""), "{text}");
    for (theirs, walk) in [(false, None), (true, Some(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()))] {
        let mut settled = plan.clone();
        for conflict in &plan.conflicts {
            for command in comeback::merge::resolve(&settled, conflict, theirs).unwrap() {
                settled.apply(command).unwrap();
            }
            settled.apply(Edit::Resolve(Box::new(conflict.clone()))).unwrap();
        }
        assert!(settled.conflicts.is_empty());
        assert_eq!(settled.session(SessionId(12)).map(|s| s.date), walk, "theirs: {theirs}");
        let status = settled.session(SessionId(11)).unwrap().status;
        assert_eq!(status, if theirs { Status::Planned } else { Status::Skipped });
        assert_eq!(settled.meta.coach, if theirs { "Sam O." } else { "Dr Lee" });
    }
}

/// A browser keeps no store of revisions, so a coach merges from three files picked together
/// (issue 37): the one the other two were made from is the base, wherever it is among them,
/// as their recorded parents say or, once a copy was saved again since or edited by hand, as
/// the copy with the fewest differences from the other two. Copies of different plans have no base.
#[test]
fn of_three_copies_picked_together_the_one_both_came_from_is_the_base() {
    let (_dir, [base, mine, theirs]) = three(runner_logs, coach_moves);
    let [base, mine, theirs] = [base, mine, theirs].map(|p| file::load(&p).unwrap());
    // The runner saved again after logging: their parent is a revision nobody picked.
    let mut resaved = file::stamped(&mine).unwrap();
    describe(&mut resaved, "Felt easy");
    let resaved = file::stamped(&resaved).unwrap();
    // Both edited by hand from the base's text: each still carries the base's revision.
    let (mut mine_by_hand, mut theirs_by_hand) = (base.clone(), base.clone());
    runner_logs(&mut mine_by_hand);
    coach_moves(&mut theirs_by_hand);
    let mut other = base.clone();
    other.id = comeback::plan::PlanId::random();
    for (copies, expected) in [
        ([&base, &mine, &theirs], Some(0)),
        ([&mine, &base, &theirs], Some(1)),
        ([&theirs, &mine, &base], Some(2)),
        ([&resaved, &theirs, &base], Some(2)),
        ([&mine_by_hand, &theirs_by_hand, &base], Some(2)),
        ([&mine, &theirs, &other], None),
    ] {
        assert_eq!(comeback::edit::base_of(&copies), expected, "{:?}", copies.map(|p| p.revision));
    }
}

/// Merge with… given three files at once (a browser's picker) opens the first copy that is not
/// the base and merges the other into it from the base: both sides' changes are in the plan.
#[cfg(feature = "gui")]
#[test]
fn merge_with_three_files_picked_together_merges_both_sides_from_their_base() {
    use comeback::app::{App, Prefs, Startup};
    let (_dir, [base, mine, theirs]) = three(runner_logs, coach_moves);
    let today = day(20);
    let startup = Startup { today, file: None, prefs: Prefs::default(), data_dir: None, desktop: false };
    let mut app = App::new(startup);
    app.merge_files(&[theirs.clone(), base, mine.clone()]);
    assert_eq!(app.error(), None);
    assert_eq!(app.document().path(), Some(theirs.as_path()), "the first copy that is not the base");
    let plan = app.document().file_plan();
    assert_eq!(plan.session(SessionId(10)).unwrap().date, day(26), "the coach's move");
    assert_eq!(plan.session(SessionId(12)).unwrap().status, Status::Done, "the runner's log");
    assert!(app.status().contains("mine.ron"), "{}", app.status());
}
