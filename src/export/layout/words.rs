//! Where a line of a session's words may break, for paper and screen alike: between words, but
//! never between a number and its unit ("1 min"), after "×" ("× 11"), or before a lone "/" or
//! "·". Month cells printed "run 1 / min / walk 1 min × / 11" and chips "Strengt/h 20"; both
//! now wrap at these pieces only.

/// Units a number is never parted from.
const UNITS: [&str; 6] = ["mi", "km", "min", "m", "h", "%"];

/// `text` cut into the pieces a line may break between, each with its inner spaces and without
/// the spaces between pieces: "run 1 min / walk 1 min × 11" gives "run", "1 min /", "walk",
/// "1 min", "× 11".
pub fn pieces(text: &str) -> Vec<&str> {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut start = None;
    for (i, &(at, word)) in words.iter().enumerate() {
        let first = *start.get_or_insert(at);
        let next = words.get(i + 1).map(|&(_, w)| w);
        if next.is_none_or(|next| !joined(word, next)) {
            out.push(text.get(first..at + word.len()).unwrap_or(word));
            start = None;
        }
    }
    out
}

/// Whether no line may break between `word` and the `next` one.
fn joined(word: &str, next: &str) -> bool {
    let unit: String = next.chars().take_while(|c| c.is_alphabetic() || *c == '%').collect();
    let after_unit = next.chars().nth(unit.chars().count());
    let number_then_unit = word.ends_with(|c: char| c.is_ascii_digit())
        && UNITS.contains(&unit.as_str())
        && after_unit.is_none_or(|c| !c.is_alphanumeric());
    word == "×" || number_then_unit || matches!(next, "/" | "·" | "–")
}

#[cfg(test)]
mod tests {
    use super::pieces;

    /// Numbers keep their units, "×" its count, and a lone slash or dot the word before it.
    #[test]
    fn lines_break_between_words_but_not_inside_an_amount() {
        for (text, expected) in [
            ("run 1 min / walk 1 min × 11", vec!["run", "1 min /", "walk", "1 min", "× 11"]),
            ("Run/walk 1/1 min × 12", vec!["Run/walk", "1/1 min", "× 12"]),
            ("Strength 20 min", vec!["Strength", "20 min"]),
            ("Run 3 mi · easy · flat road", vec!["Run", "3 mi ·", "easy ·", "flat", "road"]),
            ("0.25 mi/1 min", vec!["0.25 mi/1 min"]),
            ("Anti-gravity treadmill 80 %", vec!["Anti-gravity", "treadmill", "80 %"]),
            ("I ran 3 miles", vec!["I", "ran", "3", "miles"]),
            ("  two  spaces ", vec!["two", "spaces"]),
            ("", vec![]),
        ] {
            assert_eq!(pieces(text), expected, "{text:?}");
        }
    }

    /// A month cell printed "run 1 / min / walk 1 min × / 11": at every width a printed line
    /// holds whole pieces, so no line starts with a unit or a lone count.
    #[test]
    fn printed_lines_keep_amounts_whole() {
        let measure = super::super::Measure::new();
        let text = "Run/walk · run 1 min / walk 1 min × 11 · easy · flat road";
        for width in [45.0, 56.0, 80.0, 120.0] {
            let lines = measure.wrap(text, 7.5, width);
            for line in &lines {
                assert!(
                    !line.starts_with("min") && !line.ends_with('×') && line != "11",
                    "{width}: {lines:?}"
                );
            }
            assert_eq!(lines.join(" "), text, "{width}: nothing lost");
        }
    }
}
