//! Paper and calendar files in the reader's language (issue 36): the PDF in German and Spanish
//! read back by poppler, the bundled font drawing every letter the catalogue writes, and the
//! files whose bytes never change with the language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;
use std::process::Command;

use chrono::{Datelike, NaiveDate};
use comeback::export::{DateRange, csv, ics, layout, pdf};
use comeback::i18n::{Lang, in_lang, sources};
use comeback::plan::Plan;
use comeback::{dates, file, rules};

fn load(name: &str) -> Plan {
    file::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)).unwrap()
}

fn stamp() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(9, 30, 0).unwrap()
}

/// The text of every page as poppler reads it, whitespace collapsed.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext").args(["-raw", path.to_str().unwrap(), "-"]).output().unwrap();
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A German or Spanish PDF printed English headings, weekdays and "4.5", and told screen readers
/// it was English: poppler reads the language's headings, day and month names, the week totals
/// with a decimal comma and the page numbers, no English heading is left, and the document is
/// tagged with its language.
#[test]
fn a_pdf_in_german_or_spanish_reads_in_that_language() {
    let rows = [
        (Lang::De, ["Befunde", "Woche", "Seite 1 von", "Laufen"], "Findings"),
        (Lang::Es, ["Observaciones", "Semana", "Página 1 de", "Correr"], "Findings"),
    ];
    let plan = load("broken.ron");
    let range = DateRange::whole(&plan);
    for (lang, headings, english) in rows {
        let (bytes, text, month, weekdays, totals) = in_lang(lang, || {
            let bytes = pdf::to_pdf(&plan, range, stamp()).unwrap();
            let text = pdf_text(&bytes);
            let first = range.from.with_day(1).unwrap();
            let weekdays: Vec<String> =
                (0..7).map(|d| dates::weekday(first + chrono::Days::new(d))).collect();
            let totals: Vec<String> = rules::week_summaries(&plan)
                .iter()
                .map(|w| layout::week_lines(w, &plan)[0].clone())
                .collect();
            (bytes, text, dates::month(first), weekdays, totals)
        });
        let code = lang.code();
        // Screen readers pick their voice by the document's language.
        let tagged = format!("/Lang({code})");
        assert!(
            bytes.windows(tagged.len()).any(|w| w == tagged.as_bytes()),
            "{code}: the PDF is not tagged {tagged}"
        );
        for word in headings.iter().chain([&month.as_str()]) {
            assert!(text.contains(word), "{code}: the PDF lacks {word:?}: {text}");
        }
        for day in &weekdays {
            assert!(text.contains(day.as_str()), "{code}: the PDF lacks the weekday {day:?}");
        }
        for total in &totals {
            assert!(text.contains(total.as_str()), "{code}: the PDF lacks the week total {total:?}");
        }
        let comma = has_decimal_comma(&text);
        assert!(comma, "{code}: no number with a decimal comma in the PDF: {text}");
        assert!(!text.contains(english), "{code}: an English heading is left: {text}");
    }
}

/// Whether `text` holds a number written with a decimal comma ("4,5").
fn has_decimal_comma(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit())
}

/// The bundled font draws every letter the catalogue writes (ä ö ü ß ñ á é í ó ú ¿ ¡, the
/// quotation marks, the arrows), so a German or Spanish page never needs a system font or
/// prints a replacement character for its own words.
#[test]
fn the_bundled_font_draws_every_letter_of_the_catalogue() {
    let measure = layout::Measure::new();
    for lang in [Lang::En, Lang::De, Lang::Es] {
        for text in sources(lang) {
            let printable = measure.printable(text);
            let missing: String = text
                .chars()
                .zip(printable.chars())
                .filter(|(_, p)| *p == layout::REPLACEMENT)
                .map(|(c, _)| c)
                .collect();
            assert!(missing.is_empty(), "{}: the font lacks {missing:?}", lang.code());
        }
    }
    assert!(!measure.printable("äöüß ñáéíóú ¿¡ „“ «»").contains(layout::REPLACEMENT));
}

/// Files are formats, not prose: a CSV export is the same bytes in every language (columns,
/// status values, numbers with a point), and a calendar file keeps its property names and
/// dates while its summaries and descriptions speak the reader's language.
#[test]
fn files_keep_their_format_in_every_language() {
    for name in ["example.ron", "broken.ron"] {
        let plan = load(name);
        let range = DateRange::whole(&plan);
        let english = csv::to_csv(&plan, range);
        for lang in [Lang::De, Lang::Es, Lang::Pseudo] {
            assert_eq!(in_lang(lang, || csv::to_csv(&plan, range)), english, "{name} in {}", lang.code());
        }
    }
    let plan = load("broken.ron");
    let range = DateRange::whole(&plan);
    let keys = |ics: &str| -> Vec<String> {
        ics.lines()
            .filter(|l| !l.starts_with(' '))
            .map(|l| l.split([':', ';']).next().unwrap().to_owned())
            .collect()
    };
    let english = ics::to_ics(&plan, range, stamp()).unwrap();
    let german = in_lang(Lang::De, || ics::to_ics(&plan, range, stamp()).unwrap());
    assert_eq!(keys(&german), keys(&english), "the same properties in the same order");
    let dates = |ics: &str| -> Vec<String> {
        ics.lines()
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(dates(&german), dates(&english));
    let unfolded = german.replace("\r\n ", "");
    assert!(unfolded.contains("Schmerz: "), "German descriptions: {unfolded}");
    assert!(!unfolded.contains("Pain: "), "no English left in the descriptions: {unfolded}");
}

/// German, Spanish and the pseudo-language are longer than English: every line printed on
/// every page, legends, week columns and headings included, still ends inside the page's
/// margin, so nothing is cut off at the paper's edge.
#[test]
fn longer_languages_stay_inside_the_page() {
    let measure = layout::Measure::new();
    for name in ["example.ron", "broken.ron"] {
        let plan = load(name);
        for lang in [Lang::En, Lang::De, Lang::Es, Lang::Pseudo] {
            let pages = in_lang(lang, || layout::layout(&plan, DateRange::whole(&plan)));
            for (n, page) in pages.iter().enumerate() {
                for shape in &page.shapes {
                    let layout::Shape::Text { pos, size, text, .. } = shape else { continue };
                    let end = pos[0] + measure.width(text, *size);
                    assert!(
                        pos[0] >= 0.0 && end <= page.size[0] - 20.0,
                        "{name} in {} page {}: {text:?} runs from {} to {end} on a page {} wide",
                        lang.code(),
                        n + 1,
                        pos[0],
                        page.size[0]
                    );
                }
            }
        }
    }
}
