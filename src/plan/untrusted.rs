//! Text from outside is not trusted: control characters are taken out where it comes in.
//!
//! A plan file, a spreadsheet or a watch's file may hold C0 and C1 control characters (ESC and
//! its cousins), which retitle and recolour a terminal, hide text and break calendar and PDF
//! writers. Every door (the plan loader, the CSV import, the activity readers) passes text
//! through [`strip_controls`] and counts what it removed, so the user hears about it.

/// `text` without C0 and C1 control characters (and DEL); newlines and tabs stay when
/// `multiline` (notes and descriptions), and go otherwise (titles, names). Also returns how
/// many characters were removed. A CR before a newline is a line end, not a control: it goes
/// without being counted.
pub fn strip_controls(text: &str, multiline: bool) -> (String, usize) {
    let mut removed = 0;
    let mut chars = text.chars().peekable();
    let mut out = String::with_capacity(text.len());
    while let Some(c) = chars.next() {
        let kept_space = multiline && (c == '\n' || c == '\t');
        if c == '\r' && multiline && chars.peek() == Some(&'\n') {
            continue;
        }
        if c.is_control() && !kept_space {
            removed += 1;
        } else {
            out.push(c);
        }
    }
    (out, removed)
}

#[cfg(test)]
mod tests {
    use super::strip_controls;

    /// A title with a terminal's escape sequences (found in a coach's folder of athletes' files)
    /// retitled the terminal that validated it.
    #[test]
    fn controls_go_and_are_counted_but_lines_and_tabs_in_notes_stay() {
        let rows = [
            ("\u{1b}]0;owned\u{7}\u{1b}[31mTitle", false, "]0;owned[31mTitle", 3),
            ("a\u{9b}b\u{7f}c", false, "abc", 2),
            ("line one\r\nline\ttwo", true, "line one\nline\ttwo", 0),
            ("line one\nline\ttwo", false, "line onelinetwo", 2),
            ("é ü 日本 \u{202e}", false, "é ü 日本 \u{202e}", 0),
        ];
        for (input, multiline, expected, count) in rows {
            assert_eq!(strip_controls(input, multiline), (expected.to_owned(), count), "{input:?}");
        }
    }
}
