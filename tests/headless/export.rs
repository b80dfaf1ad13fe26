//! Exports read back by independent readers, round trips, and byte-for-byte determinism.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;
use std::process::Command;

use chrono::{Datelike, Months, NaiveDate};
use comeback::export::{DateRange, csv, ics, layout, pdf, png};
use comeback::file;
use comeback::plan::{Command as PlanCommand, Plan, Session, SessionId};

fn example() -> Plan {
    file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron")).unwrap()
}

fn stamp() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(9, 30, 0).unwrap()
}

/// The virtual environment's Python, where `scripts/setup.sh` installs icalendar.
fn python() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python")
}

/// (uid, start, end, summary) of every event, as Python's icalendar reads them.
fn read_ics(text: &str) -> Vec<(String, String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ics");
    std::fs::write(&path, text).unwrap();
    let script = "import sys, icalendar\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        for e in cal.walk('VEVENT'):\n\
        \x20   print('\\t'.join([str(e['UID']), e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), str(e['SUMMARY'])]))\n";
    let out = Command::new(python()).arg("-c").arg(script).arg(&path).output().expect("python runs");
    assert!(out.status.success(), "icalendar failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned(), f[3].to_owned())
        })
        .collect()
}

/// Python's icalendar reads one all-day event per session, on the session's day, ending the
/// next day, with unique UIDs, in every language the summaries are written in.
#[test]
fn ics_is_read_back_by_an_independent_parser() {
    use comeback::i18n::{Lang, in_lang};
    let plan = example();
    for lang in [Lang::En, Lang::De, Lang::Es] {
        in_lang(lang, || {
            let events = read_ics(&ics::to_ics(&plan, DateRange::whole(&plan), stamp()).unwrap());
            assert_eq!(events.len(), plan.sessions().len());
            for (session, (uid, start, end, summary)) in plan.sessions().iter().zip(&events) {
                assert_eq!(*start, session.date.to_string());
                assert_eq!(*end, session.date.succ_opt().unwrap().to_string());
                assert_eq!(*uid, ics::uid(&plan, session));
                assert!(summary.contains(&session.kind.short(plan.meta.units)), "{summary}");
            }
            let mut uids: Vec<&String> = events.iter().map(|e| &e.0).collect();
            uids.sort();
            uids.dedup();
            assert_eq!(uids.len(), events.len(), "UIDs are unique");
        });
    }
}

/// Two folded lines of broken.ron's calendar were 76 octets: the icalendar crate did not count
/// the space that starts a continuation line. Every line is at most 75 octets (RFC 5545 3.1),
/// folds fall between characters (its descriptions hold ⚠ and ⛔), and unfolded, Python's
/// icalendar reads the same descriptions.
#[test]
fn ics_lines_are_at_most_75_octets_and_unfold_whole() {
    let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron")).unwrap();
    let text = ics::to_ics(&plan, DateRange::whole(&plan), stamp()).unwrap();
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("Make them run/walks with a walk every quarter mile."), "{unfolded}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ics");
    std::fs::write(&path, &text).unwrap();
    let script = "import sys, icalendar\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        print(sum(str(e['DESCRIPTION']).count('\\u26a0') for e in cal.walk('VEVENT')))\n";
    let out = Command::new(python()).arg("-c").arg(script).arg(&path).output().expect("python runs");
    assert!(out.status.success(), "icalendar failed: {}", String::from_utf8_lossy(&out.stderr));
    let warnings: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert_eq!(warnings, unfolded.matches('⚠').count(), "every ⚠ read back whole");
}

/// ICS descriptions said "Single-run spike: Single-run spike: …": the rule's title before a
/// message that began with it again. Every finding's message starts with its own words.
#[test]
fn ics_descriptions_name_each_rule_once() {
    let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron")).unwrap();
    let unfolded = ics::to_ics(&plan, DateRange::whole(&plan), stamp()).unwrap().replace("\r\n ", "");
    assert!(unfolded.contains("Single-run spike: "), "broken.ron has spikes");
    for rule in comeback::rules::RuleId::ALL {
        let twice = format!("{0}: {0}", rule.title());
        assert!(!unfolded.contains(&twice), "{twice}");
    }
}

/// A range whose sessions were all deleted was refused as empty, so the calendar never heard
/// of the deletions. It exports their cancellations.
#[test]
fn a_range_of_deleted_sessions_exports_their_cancellations() {
    let mut plan = example();
    let last = plan.sessions().last().unwrap().clone();
    plan.apply(PlanCommand::DeleteSession(last.id)).unwrap();
    let range = DateRange { from: last.date, to: last.date };
    let text = ics::to_ics(&plan, range, stamp()).unwrap();
    assert!(text.contains(&format!("UID:{}", ics::uid(&plan, &last))), "{text}");
    assert!(text.contains("STATUS:CANCELLED"), "{text}");
}

/// Editing and moving sessions keeps their UIDs, so a calendar updates its events.
#[test]
fn ics_uids_survive_edits() {
    let mut plan = example();
    let before: Vec<String> = plan.sessions().iter().map(|s| ics::uid(&plan, s)).collect();
    plan.apply(PlanCommand::MoveSession {
        id: SessionId(5),
        to: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    })
    .unwrap();
    let mut after: Vec<String> = plan.sessions().iter().map(|s| ics::uid(&plan, s)).collect();
    let mut before_sorted = before;
    before_sorted.sort();
    after.sort();
    assert_eq!(before_sorted, after);
}

/// Two plans made alike (`comeback new` numbers sessions from 1) shared UIDs, so importing the
/// second replaced the first's events; renaming the athlete or moving the start gave every
/// event a new UID, so importing again duplicated them all. UIDs now follow the plan's id.
#[test]
fn ics_uids_belong_to_the_plan_not_its_athlete_or_start() {
    let plan = example();
    let mut renamed = plan.clone();
    renamed.meta.athlete = "Someone else".to_owned();
    renamed.meta.start = renamed.meta.start - chrono::Days::new(7);
    let mut other = plan.clone();
    other.id = comeback::plan::PlanId::random();
    for session in plan.sessions() {
        assert_eq!(ics::uid(&plan, session), ics::uid(&renamed, session));
        assert_ne!(ics::uid(&plan, session), ics::uid(&other, session));
    }
}

/// A later change of the plan gives a higher SEQUENCE, so calendars take the update.
#[test]
fn a_later_change_exports_a_higher_sequence() {
    let plan = example();
    let sequence = |changed: chrono::NaiveDateTime| -> u64 {
        let text = ics::to_ics(&plan, DateRange::whole(&plan), changed).unwrap();
        let line = text.lines().find(|l| l.starts_with("SEQUENCE:")).unwrap();
        line["SEQUENCE:".len()..].parse().unwrap()
    };
    assert!(sequence(stamp() + chrono::Duration::seconds(1)) > sequence(stamp()));
}

/// An empty range wrote a VCALENDAR with no component, which RFC 5545 does not allow. The days
/// read as the app writes days, not as ISO dates.
#[test]
fn an_empty_range_is_refused_with_a_clear_message() {
    let plan = example();
    let day = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    let e = ics::to_ics(&plan, DateRange { from: day, to: day }, stamp()).unwrap_err();
    assert!(e.to_string().contains("no sessions from 1 Jan 2030 to 1 Jan 2030"), "{e}");
}

/// The same plan gives the same bytes, for every text export.
#[test]
fn exports_are_deterministic() {
    let plan = example();
    let range = DateRange::whole(&plan);
    assert_eq!(ics::to_ics(&plan, range, stamp()).unwrap(), ics::to_ics(&example(), range, stamp()).unwrap());
    assert_eq!(csv::to_csv(&plan, range), csv::to_csv(&example(), range));
    assert_eq!(pdf::to_pdf(&plan, range, stamp()).unwrap(), pdf::to_pdf(&example(), range, stamp()).unwrap());
    assert_eq!(png::to_png(&plan, range).unwrap(), png::to_png(&example(), range).unwrap());
}

/// CSV export then import gives the same sessions in the same units, less their note threads,
/// which a row has no room for.
#[test]
fn csv_round_trips() {
    for name in ["example.ron", "broken.ron"] {
        let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)).unwrap();
        let text = csv::to_csv(&plan, DateRange::whole(&plan));
        let back = csv::from_csv(&text, "back").unwrap();
        let without_threads = |p: &Plan| -> Vec<Session> {
            p.sessions().iter().map(|s| Session { notes: Vec::new(), ..s.clone() }).collect()
        };
        assert_eq!(without_threads(&back), without_threads(&plan), "{name}");
        assert_eq!(back.meta.units, plan.meta.units);
    }
}

/// Notes that a spreadsheet would run as formulas are written inert and read back intact.
#[test]
fn csv_formula_injection_is_neutralised() {
    let mut plan = example();
    let mut session = plan.session(SessionId(1)).unwrap().clone();
    session.note = "=HYPERLINK(\"http://x\",\"click\")".to_owned();
    plan.apply(PlanCommand::EditSession(session)).unwrap();
    let text = csv::to_csv(&plan, DateRange::whole(&plan));
    let row = text.lines().nth(1).unwrap();
    assert!(row.ends_with("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), "{row}");
    let back = csv::from_csv(&text, "back").unwrap();
    assert_eq!(back.session(SessionId(1)).unwrap().note, "=HYPERLINK(\"http://x\",\"click\")");
}

/// A date range limits the export to its days.
#[test]
fn a_date_range_limits_the_export() {
    let plan = example();
    let week = DateRange {
        from: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    };
    let events = read_ics(&ics::to_ics(&plan, week, stamp()).unwrap());
    assert_eq!(events.len(), plan.sessions().iter().filter(|s| week.contains(s.date)).count());
    assert_eq!(csv::to_csv(&plan, week).lines().count(), events.len() + 1);
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} runs: {e}"));
    assert!(out.status.success(), "{program} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// One page's text as poppler reads it, in drawing order, whitespace collapsed so that a
/// session wrapped over two lines of its cell reads as one.
fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    let text = run("pdftotext", &["-raw", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write_pdf(plan: &Plan, dir: &Path) -> std::path::PathBuf {
    let path = dir.join("plan.pdf");
    std::fs::write(&path, pdf::to_pdf(plan, DateRange::whole(plan), stamp()).unwrap()).unwrap();
    path
}

/// The PDF passes qpdf's structural check, and poppler finds on each month's page every
/// session of that month and the run total of every week the page shows.
#[test]
fn pdf_is_read_back_by_poppler() {
    for name in ["example.ron", "broken.ron"] {
        let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = write_pdf(&plan, dir.path());
        run("qpdf", &["--check", path.to_str().unwrap()]);
        let range = DateRange::whole(&plan);
        let first_month = range.from.with_day(1).unwrap();
        let summaries = comeback::rules::week_summaries(&plan);
        let mut month = first_month;
        let mut page = 1;
        while month <= range.to {
            let text = page_text(&path, page);
            assert!(text.contains(&month.format("%B %Y").to_string()), "{name} page {page}: {text}");
            let next = month.checked_add_months(Months::new(1)).unwrap();
            for s in plan.sessions().iter().filter(|s| s.date >= month && s.date < next) {
                let line = layout::session_line(s, plan.meta.units);
                assert!(text.contains(&line), "{name} page {page} lacks {line:?}: {text}");
            }
            for summary in summaries
                .iter()
                .filter(|w| w.totals.start < next && w.totals.start + chrono::Days::new(6) >= month)
            {
                let total = &layout::week_lines(summary, &plan)[0];
                assert!(text.contains(total.as_str()), "{name} page {page} lacks {total:?}: {text}");
            }
            month = next;
            page += 1;
        }
        let total = layout::layout(&plan, range).len();
        let summary: String = (page..=total).map(|p| page_text(&path, p)).collect::<Vec<_>>().join(" ");
        let findings = comeback::rules::validate(&plan);
        assert!(summary.contains("Findings"), "{summary}");
        assert!(summary.contains("Weekly running"), "the load chart heads the summary: {summary}");
        for f in &findings {
            let title = f.rule.title();
            assert!(summary.contains(&title), "{name}: the summary lacks {title:?}");
        }
        if findings.is_empty() {
            assert!(summary.contains("No findings"), "{summary}");
        }
        let first = page_text(&path, 1);
        for line in layout::header_lines(&plan) {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(first.contains(&line), "{name}: the header lacks {line:?}: {first}");
        }
        let notes =
            plan.sessions().iter().flat_map(|s| &s.notes).chain(plan.noted_days().flat_map(|(_, n)| n));
        for note in notes {
            let line = layout::note_line(note);
            assert!(summary.contains(&line), "{name}: the notes pages lack {line:?}: {summary}");
        }
    }
}

/// The header carries the plan's details: who, how to reach them, the injury and the goal.
#[test]
fn the_header_names_the_injury_and_the_goal() {
    let plan = example();
    let lines = layout::header_lines(&plan);
    assert_eq!(
        lines,
        [
            "Athlete: Alex Moreno   ·   Coach: Sam Okafor   ·   Contact: alex.moreno@example.com   ·   Plan from 16 Nov 2026 to 7 Feb 2027",
            "Injury: Partial tear of the left hamstring (proximal) (14 Sep 2026)   ·   Goal: Easy 5 km without walk breaks by February",
        ]
    );
}

/// The font is embedded and subset, and the symbols plans use come out as themselves.
#[test]
fn pdf_embeds_a_subset_font_with_every_symbol() {
    let mut plan = example();
    let mut session = plan.session(SessionId(1)).unwrap().clone();
    session.status = comeback::plan::Status::Done;
    plan.apply(PlanCommand::EditSession(session)).unwrap();
    plan.meta.athlete = "Zoë Müller-Ødegård".to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let fonts = run("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        assert!(row.contains("DejaVuSans"), "{fonts}");
        // Columns: name, type, encoding, emb, sub, uni, object ID.
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "embedded, subset, with Unicode: {fonts}");
    }
    let text = page_text(&path, 1);
    for symbol in ["✓", "×", "Zoë Müller-Ødegård", "·"] {
        assert!(text.contains(symbol), "{symbol:?} missing: {text}");
    }
}

/// Mean gray (0 black, 255 white) of each 16×16-pixel block: anti-aliasing differences between
/// renderers average out within a block; a misplaced or missing line of text does not.
fn blocks(p: &tiny_skia::Pixmap) -> Vec<u32> {
    let (w, h) = (p.width() as usize / 16, p.height() as usize / 16);
    let mut sums = vec![0u32; w * h];
    for (i, px) in p.pixels().iter().enumerate() {
        let (x, y) = (i % p.width() as usize / 16, i / p.width() as usize / 16);
        if x < w && y < h {
            sums[y * w + x] += (u32::from(px.red()) + u32::from(px.green()) + u32::from(px.blue())) / 3;
        }
    }
    sums.iter().map(|s| s / 256).collect()
}

/// How many blocks of `a` and `b` differ by more than 24 grey levels.
fn differing_blocks(a: &tiny_skia::Pixmap, b: &tiny_skia::Pixmap) -> usize {
    blocks(a).iter().zip(blocks(b)).filter(|(x, y)| x.abs_diff(*y) > 24).count()
}

/// The PNG is the PDF's page drawn by our own renderer: poppler's rendering of the same page
/// at the same resolution matches it block by block (only the large title's edges differ).
#[test]
fn png_pages_match_the_pdf_pages() {
    let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron")).unwrap();
    let range = DateRange::whole(&plan);
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let pngs = png::to_png(&plan, range).unwrap();
    let pages = layout::layout(&plan, range);
    assert_eq!(pngs.len(), pages.len());
    let dpi = (72.0 * png::SCALE).to_string();
    let prefix = dir.path().join("poppler");
    run("pdftoppm", &["-r", &dpi, "-png", "-singlefile", path.to_str().unwrap(), prefix.to_str().unwrap()]);
    let theirs = tiny_skia::Pixmap::load_png(dir.path().join("poppler.png")).unwrap();
    let ours = tiny_skia::Pixmap::decode_png(&pngs[0]).unwrap();
    assert_eq!((ours.width(), ours.height()), (theirs.width(), theirs.height()));
    let differing = differing_blocks(&ours, &theirs);
    assert!(differing <= 10, "{differing} blocks differ");

    // The comparison notices a page whose session lines are missing.
    let fonts = layout::Measure::new();
    let mut without_sessions = pages[0].clone();
    without_sessions.shapes.retain(|s| !matches!(s, layout::Shape::Text { size, .. } if *size < 8.0));
    let missing = differing_blocks(&png::render(&without_sessions, &fonts).unwrap(), &theirs);
    assert!(missing > 10, "only {missing} blocks differ without the sessions");
}

/// A character no installed font can draw (an unassigned code point) is printed as the
/// visible replacement character �, never dropped; the rest of the text is kept.
#[test]
fn undrawable_characters_show_as_a_replacement() {
    let mut plan = example();
    let mut run = plan.session(SessionId(2)).unwrap().clone();
    run.note = "Ran \u{0378} with friends\tafter work".to_owned();
    plan.apply(PlanCommand::EditSession(run)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let text = page_text(&path, 1);
    assert!(text.contains("Ran � with friends after work"), "{text}");
    let range = DateRange { from: plan.meta.start, to: plan.meta.start };
    assert!(!png::to_png(&plan, range).unwrap().is_empty());
}

/// A plan in several scripts: a Chinese athlete's name, notes in Greek, Cyrillic and Chinese
/// and a (monochrome) emoji.
fn many_scripts() -> (Plan, Vec<&'static str>) {
    let mut plan = example();
    plan.meta.athlete = "Zoë Ångström-李".to_owned();
    let words = vec![
        "Zoë Ångström-李",
        "Καλή πρόοδος, χωρίς πόνο",
        "Хорошая пробежка без боли",
        "今天跑得很好",
        "🏃 easy",
    ];
    let mut run = plan.session(SessionId(2)).unwrap().clone();
    let at = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap();
    run.notes = words[1..].iter().map(|w| comeback::plan::Note::new("Coach", w, at)).collect();
    plan.apply(PlanCommand::EditSession(run)).unwrap();
    (plan, words)
}

/// Before, Chinese and emoji printed as "�", even the athlete's name in every header. Now
/// the system's fonts (found through fontconfig; `scripts/setup.sh` installs a CJK one) draw
/// what the bundled font lacks, and poppler reads back exactly what was written.
#[test]
fn text_in_any_script_prints_as_written() {
    let (plan, words) = many_scripts();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let all = run("pdftotext", &["-raw", path.to_str().unwrap(), "-"]);
    for word in &words {
        assert!(all.contains(word), "{word:?} is not in the PDF: {all}");
    }
    assert!(!all.contains('�'), "{all}");
    let fonts = run("pdffonts", &[path.to_str().unwrap()]);
    assert!(fonts.lines().count() > 3, "a system font is embedded beside DejaVu Sans: {fonts}");
}

/// The PNG draws the fallback fonts' glyphs as the PDF does: poppler's rendering of the
/// first page (the athlete's name in the header, the notes in the cells) matches ours.
#[test]
fn png_draws_every_script_as_the_pdf_does() {
    let (plan, _) = many_scripts();
    let range = DateRange::whole(&plan);
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let dpi = (72.0 * png::SCALE).to_string();
    let prefix = dir.path().join("poppler");
    run("pdftoppm", &["-r", &dpi, "-png", "-singlefile", path.to_str().unwrap(), prefix.to_str().unwrap()]);
    let theirs = tiny_skia::Pixmap::load_png(dir.path().join("poppler.png")).unwrap();
    let ours = tiny_skia::Pixmap::decode_png(&png::to_png(&plan, range).unwrap()[0]).unwrap();
    let differing = differing_blocks(&ours, &theirs);
    assert!(differing <= 10, "{differing} blocks differ");
    // Drawn with the bundled font alone, the Chinese and the emoji would be boxes.
    let page = layout::layout(&plan, range).remove(0);
    let bundled = png::render(&page, &layout::Measure::new()).unwrap();
    assert!(differing_blocks(&bundled, &theirs) > differing, "the fallback fonts changed nothing");
}

/// A description too long for its day's cell used to end in "+N more lines" and appear
/// nowhere else. The cell now says which page it continues on, and that page has it whole.
#[test]
fn a_long_description_continues_in_full_on_a_later_page() {
    let mut plan = example();
    let lines: Vec<String> =
        (1..=40).map(|i| format!("Step {i}: jog {i}0 metres, walk back slowly.")).collect();
    let mut run = plan.session(SessionId(2)).unwrap().clone();
    run.note = lines.join("\n");
    plan.apply(PlanCommand::EditSession(run)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let month = page_text(&path, 1);
    let at = month.find("continued on page ").expect("the cut day says where it continues");
    let page: usize = month[at + 18..].split(' ').next().unwrap().parse().unwrap();
    let full = page_text(&path, page);
    assert!(full.contains("Sessions in full"), "{full}");
    assert!(full.contains(&lines.join(" ")), "page {page} lacks the whole description: {full}");
}

/// Paper left out what was written and felt: the plan's own notes ("Cleared by physio…") were
/// nowhere in the PDF, and broken.ron's 5/10 during appeared only inside a finding's sentence,
/// its 2/10 the next day not at all. Both are printed, the pain on the month page with its run.
#[test]
fn the_pdf_prints_the_plans_notes_and_the_pain_logged_with_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let example = write_pdf(&example(), dir.path());
    let all =
        run("pdftotext", &[example.to_str().unwrap(), "-"]).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(all.contains("About the plan Cleared by physio"), "{all}");
    let broken = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron")).unwrap();
    let other = tempfile::tempdir().unwrap();
    let path = write_pdf(&broken, other.path());
    let month = page_text(&path, 1);
    assert!(month.contains("pain 5/10 during, 2/10 next day"), "{month}");
}

/// A long day note pushed that day's sessions out of its month cell, so the walk appeared only
/// on the "in full" pages. The sessions stay in the cell; the note is cut and continues.
#[test]
fn a_long_day_note_never_pushes_the_days_sessions_out_of_its_cell() {
    let mut plan = example();
    let walk = plan.session(SessionId(2)).unwrap().clone();
    let text: Vec<String> = (1..=30).map(|i| format!("Reminder {i}: bring water and go slowly.")).collect();
    let at = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap();
    let note = comeback::plan::Note::new("Coach", &text.join("\n"), at);
    plan.apply(PlanCommand::AddNote { on: comeback::plan::NoteOn::Day(walk.date), note }).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let month = page_text(&path, 1);
    let line = comeback::text::session_line(&walk, plan.meta.units);
    assert!(month.contains(&line), "{line} in the month cell: {month}");
    assert!(month.contains("continued on page "), "{month}");
}

/// Viewers and print queues showed only the file name, and screen readers got no structure.
/// pdfinfo now shows the title, the athlete as author, the injury and goal as subject, the
/// plan's last change as creation date, and a tagged document whose structure has headings,
/// the calendar as a table and the findings as a list.
#[test]
fn the_pdf_is_titled_and_tagged() {
    let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(&plan, dir.path());
    let info = run("pdfinfo", &["-isodates", path.to_str().unwrap()]);
    let field = |name: &str| {
        let line = info.lines().find(|l| l.starts_with(&format!("{name}:"))).unwrap_or_default();
        line.split_once(':').map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
    };
    assert_eq!(field("Title"), plan.meta.title, "{info}");
    assert_eq!(field("Author"), plan.meta.athlete, "{info}");
    assert!(field("Subject").contains(&plan.meta.injury), "{info}");
    assert!(field("Subject").contains(&plan.meta.goal), "{info}");
    assert_eq!(field("CreationDate"), "2026-11-20T09:30:00Z", "{info}");
    assert_eq!(field("Tagged"), "yes", "{info}");
    // poppler 22.12 said "Syntax Error: Suspects object is wrong type (boolean)" on every PDF.
    let said = Command::new("pdfinfo").arg(&path).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&said.stderr), "", "pdfinfo is quiet");
    let structure = run("pdfinfo", &["-struct", path.to_str().unwrap()]);
    for tag in ["H1", "H2", "Table", "TR", "TH", "TD", "L", "LI", "P"] {
        let named = |l: &str| l.trim().split([' ', '"', ':']).next() == Some(tag);
        assert!(structure.lines().any(named), "no {tag} in the structure: {structure}");
    }
}

/// The findings page counted "1 errors"; counts now agree with their nouns.
#[test]
fn the_findings_count_is_worded_for_one() {
    let plan = file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/broken.ron")).unwrap();
    let findings = comeback::rules::validate(&plan);
    let errors_on =
        |d| findings.iter().filter(|f| f.date == d && f.severity == comeback::plan::Severity::Error).count();
    let day = findings.iter().map(|f| f.date).find(|d| errors_on(*d) == 1).expect("a day with one error");
    let text: Vec<String> =
        crate::common::page_texts(&layout::layout(&plan, DateRange { from: day, to: day }));
    assert!(text.iter().any(|t| t.starts_with("1 error,")), "{text:?}");
}

/// Text with the characters iCalendar escapes (, ; \ and line breaks), tabs (which our own
/// writer dropped), accents and a long line (folded at 75 octets) comes back from an
/// independent parser exactly.
#[test]
fn ics_text_is_escaped_and_folded() {
    let mut plan = example();
    let mut run = plan.session(SessionId(2)).unwrap().clone();
    let note = "Slow; walk,\tthen jog \\ repeat.\nCafé stop — ça va. ".repeat(4).trim_end().to_owned();
    run.note = note.clone();
    plan.apply(PlanCommand::EditSession(run)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ics");
    std::fs::write(&path, ics::to_ics(&plan, DateRange::whole(&plan), stamp()).unwrap()).unwrap();
    let script = "import sys, icalendar\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        e = [e for e in cal.walk('VEVENT') if e['DTSTART'].dt.isoformat() == '2026-11-17'][0]\n\
        sys.stdout.write(str(e['DESCRIPTION']))\n";
    let out = Command::new(python()).arg("-c").arg(script).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let description = String::from_utf8(out.stdout).unwrap();
    assert!(description.contains(&format!("Note: {note}")), "{description}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded");
}

/// Found by fuzzing (the `validate` target): a print range ending
/// in chrono's last week made the layout add days past the last date and panic.
#[test]
fn a_range_at_the_end_of_time_lays_out() {
    let plan = example();
    let last = chrono::NaiveDate::MAX;
    let range = DateRange { from: last - chrono::Days::new(3), to: last };
    let pages = layout::layout(&plan, range);
    assert!(!pages.is_empty());
}
