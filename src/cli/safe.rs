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

    use super::{Escaped, escape};

    /// A plan title with escape sequences retitled and recoloured the terminal of whoever
    /// validated it; a right-to-left override reversed the rest of the line.
    #[test]
    fn escapes_and_bidi_overrides_are_shown_not_obeyed() {
        assert_eq!(escape("\u{1b}]0;x\u{7}\u{1b}[31mred"), "\\u{1b}]0;x\\u{7}\\u{1b}[31mred");
        assert_eq!(escape("a\u{202e}cba\u{9b}"), "a\\u{202e}cba\\u{9b}");
        assert_eq!(escape("line\n\tnext é 日本"), "line\n\tnext é 日本");
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
