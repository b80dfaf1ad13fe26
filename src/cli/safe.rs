//! Terminal-safe text: what the CLI prints comes from files it does not trust (a coach's
//! folder of athletes' plans), so anything a terminal would act on is shown instead.
//!
//! Control characters (ESC starts sequences that retitle and recolour the terminal) and the
//! bidirectional overrides and isolates (which reorder what is shown around them) are written
//! as `\u{1b}`; newlines and tabs stay, as the report's own layout.

use std::io::{self, Write};

/// Whether a terminal would act on `c` rather than show it.
fn acts(c: char) -> bool {
    let bidi =
        matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}');
    (c.is_control() && c != '\n' && c != '\t') || bidi
}

/// `text` with every character a terminal would act on written as `\u{…}`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if acts(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// `value` as pretty JSON with the bidirectional overrides and isolates escaped too
/// (`\u202e`): serde_json escapes control characters but passes those raw, and a report piped
/// to a terminal or pasted into a message would be reordered around them.
pub fn json(value: &impl serde::Serialize) -> Result<String, serde_json::Error> {
    let text = serde_json::to_string_pretty(value)?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Outside strings JSON holds only ASCII, so any such character is inside one.
        if acts(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// A writer that escapes what passes through it (see [`escape`]); bytes that are not UTF-8
/// are shown as U+FFFD. A character split across two writes is held until it is whole.
pub struct Escaped<'a> {
    inner: &'a mut dyn Write,
    held: Vec<u8>,
}

impl<'a> Escaped<'a> {
    /// Escapes what is written to `inner`.
    pub fn new(inner: &'a mut dyn Write) -> Self {
        Self { inner, held: Vec::new() }
    }

    /// Writes what is held (an unfinished character, shown as U+FFFD) and flushes.
    pub fn finish(self) -> io::Result<()> {
        if !self.held.is_empty() {
            let rest = String::from_utf8_lossy(&self.held).into_owned();
            self.inner.write_all(escape(&rest).as_bytes())?;
        }
        self.inner.flush()
    }
}

impl Write for Escaped<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(buf);
        let mut text = String::new();
        loop {
            match std::str::from_utf8(&self.held) {
                Ok(whole) => {
                    text.push_str(whole);
                    self.held.clear();
                    break;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    text.push_str(&String::from_utf8_lossy(self.held.get(..valid).unwrap_or_default()));
                    match e.error_len() {
                        // An unfinished character at the end: wait for the rest.
                        None => {
                            self.held.drain(..valid);
                            break;
                        }
                        Some(bad) => {
                            text.push('\u{fffd}');
                            self.held.drain(..valid + bad);
                        }
                    }
                }
            }
        }
        self.inner.write_all(escape(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::{Escaped, escape, json};

    /// A plan title with escape sequences retitled and recoloured the terminal of whoever
    /// validated it; a right-to-left override reversed the rest of the line.
    #[test]
    fn escapes_and_bidi_overrides_are_shown_not_obeyed() {
        assert_eq!(escape("\u{1b}]0;x\u{7}\u{1b}[31mred"), "\\u{1b}]0;x\\u{7}\\u{1b}[31mred");
        assert_eq!(escape("a\u{202e}cba\u{9b}"), "a\\u{202e}cba\\u{9b}");
        assert_eq!(escape("line\n\tnext é 日本"), "line\n\tnext é 日本");
    }

    /// `diff` and `merge --format json` passed a title's right-to-left override raw; it is
    /// escaped, and the JSON still reads back as the same text.
    #[test]
    fn json_escapes_bidi_overrides_and_reads_back_the_same() {
        let value = serde_json::json!({ "title": "a\u{202e}cba\u{2066}é" });
        let text = json(&value).unwrap();
        assert!(text.contains("a\\u202ecba\\u2066é"), "{text}");
        assert!(!text.contains('\u{202e}'));
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), value);
    }

    #[test]
    fn a_character_split_across_writes_is_kept_whole() {
        let mut out = Vec::new();
        let mut escaped = Escaped::new(&mut out);
        let bytes = "é\u{1b}".as_bytes();
        escaped.write_all(&bytes[..1]).unwrap();
        escaped.write_all(&bytes[1..]).unwrap();
        escaped.write_all(b"\xff").unwrap();
        escaped.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "é\\u{1b}\u{fffd}");
    }
}
