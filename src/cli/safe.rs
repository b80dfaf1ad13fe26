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

/// Standard output that a reader may stop reading (`comeback validate … | head -1`): once the
/// pipe is closed, the rest is dropped quietly and the command ends with its own exit code,
/// instead of "Broken pipe" and exit 2.
pub struct Piped<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> Piped<W> {
    /// Writes to `inner` until its reader goes away.
    pub fn new(inner: W) -> Self {
        Self { inner, closed: false }
    }

    fn quietly(&mut self, result: io::Result<()>) -> io::Result<()> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Piped<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.closed {
            let written = self.inner.write_all(buf);
            self.quietly(written)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let flushed = self.inner.flush();
        self.quietly(flushed)
    }
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

    use super::{Escaped, Piped, escape, json};

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

    /// A writer whose reader went away after `room` bytes, as a pipe into `head` does.
    struct Closing {
        room: usize,
        got: Vec<u8>,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.got.len() + buf.len() > self.room {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            self.got.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// `validate … | head -1` printed "cannot write the report: Broken pipe" and exited 2; a
    /// closed pipe ends the output quietly, and other errors still come through.
    #[test]
    fn a_closed_pipe_ends_the_output_quietly() {
        let mut piped = Piped::new(Closing { room: 6, got: Vec::new() });
        for line in ["first\n", "second\n", "third\n"] {
            piped.write_all(line.as_bytes()).unwrap();
        }
        piped.flush().unwrap();
        assert_eq!(piped.inner.got, b"first\n");
        let mut room = [0u8; 2];
        let mut full = Piped::new(std::io::Cursor::new(room.as_mut_slice()));
        assert!(full.write_all(b"abc").is_err(), "a full disk is still an error");
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
