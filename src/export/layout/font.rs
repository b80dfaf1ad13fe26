//! The embedded font and measuring with it: widths, wrapping, ellipses, and replacing the
//! characters it cannot draw, so layout decisions match what the renderers draw.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The embedded font (DejaVu Sans): it has every symbol the plan's text uses (✓ ½ × é …).
pub static FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// What is printed for a character the font cannot draw.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Measures text in the embedded font.
pub struct Measure {
    font: Option<FontRef<'static>>,
}

impl Measure {
    /// A measurer for [`FONT`].
    pub fn new() -> Self {
        Self { font: FontRef::new(FONT).ok() }
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let Some(font) = &self.font else { return text.chars().count() as f32 * size * 0.55 };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| charmap.map(c).and_then(|g| metrics.advance_width(g)).unwrap_or(size * 0.6))
            .sum()
    }

    /// `text` broken into lines no wider than `width` (at spaces; a long word is cut).
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if self.width(&candidate, size) <= width || line.is_empty() && self.width(word, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = word.to_owned();
            while self.width(&line, size) > width && line.chars().count() > 1 {
                let cut = self.fit(&line, size, width);
                let rest = line.split_off(cut);
                lines.push(std::mem::replace(&mut line, rest));
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Byte index of the longest prefix of `text` that fits in `width` (at least one char).
    fn fit(&self, text: &str, size: f32, width: f32) -> usize {
        let mut end = text.char_indices().nth(1).map_or(text.len(), |(i, _)| i);
        for (i, c) in text.char_indices().skip(1) {
            if self.width(&text[..i + c.len_utf8()], size) > width {
                break;
            }
            end = i + c.len_utf8();
        }
        end
    }

    /// `text` with every character the font has no glyph for (Chinese, emoji …) replaced by
    /// the replacement character �, so nothing is dropped without a trace. Control characters
    /// (a tab, a stray newline) become spaces.
    pub fn printable(&self, text: &str) -> String {
        let Some(font) = &self.font else { return text.to_owned() };
        let charmap = font.charmap();
        text.chars()
            .map(|c| match c {
                c if c.is_control() => ' ',
                c if charmap.map(c).is_some() => c,
                _ => REPLACEMENT,
            })
            .collect()
    }

    /// `text` cut to `width` with an ellipsis if it does not fit.
    pub fn ellipsis(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let end = self.fit(text, size, (width - self.width("…", size)).max(0.0));
        format!("{}…", text.get(..end).unwrap_or_default())
    }
}

impl Default for Measure {
    fn default() -> Self {
        Self::new()
    }
}
