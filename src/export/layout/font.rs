//! The fonts printed with and measuring with them: widths, wrapping, ellipses, and replacing
//! the characters no font can draw, so layout decisions match what the renderers draw.
//!
//! The bundled DejaVu Sans draws Latin, Greek, Cyrillic and the symbols plans use. For the
//! rest (Chinese, Japanese, Korean, emoji …) the system's fonts are asked, through fontconfig's
//! `fc-match`: one short process per layout answers which installed fonts cover the missing
//! characters, best first, without a font-database crate in the tree or a walk through every
//! font folder. Fonts whose glyphs are bitmaps only (colour emoji) are passed over, since
//! neither the PDF's vector text nor the PNG's outlines can draw them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::words::pieces;

/// The embedded font (DejaVu Sans): it has every symbol the plan's text uses (✓ ½ × é …).
pub static FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// What is printed for a character no font can draw.
pub const REPLACEMENT: char = '\u{FFFD}';

/// At most this many system fonts are added, however many scripts a plan mixes.
const MAX_FALLBACKS: usize = 8;

/// One font: its file's bytes and which face of the file (collections hold several).
#[derive(Clone)]
pub struct Face {
    /// The font file's bytes, loaded once per process.
    pub data: &'static [u8],
    /// The face's index within the file.
    pub index: u32,
    font: FontRef<'static>,
    /// Kept rather than rebuilt for each character measured: layout asks it for every one.
    charmap: Charmap<'static>,
}

impl Face {
    fn new(data: &'static [u8], index: u32) -> Option<Self> {
        let font = FontRef::from_index(data, index).ok()?;
        Some(Self { data, index, charmap: font.charmap(), font })
    }

    /// The parsed font, for drawing outlines.
    pub fn font(&self) -> &FontRef<'static> {
        &self.font
    }

    /// Whether the face has a drawable outline for `c` (not only a bitmap).
    fn draws(&self, c: char) -> bool {
        self.charmap.map(c).is_some_and(|g| self.font.outline_glyphs().get(g).is_some())
    }
}

/// The system font files read so far. A process keeps each for its life: the window and the
/// exports print with the same few fonts again and again.
fn load(path: &Path) -> Option<&'static [u8]> {
    static LOADED: OnceLock<Mutex<BTreeMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let mut loaded = LOADED.get_or_init(Mutex::default).lock().ok()?;
    if let Some(data) = loaded.get(path) {
        return Some(data);
    }
    let data: &'static [u8] = Vec::leak(std::fs::read(path).ok()?);
    loaded.insert(path.to_path_buf(), data);
    Some(data)
}

/// The installed fonts that draw `missing`, best first, each covering something the ones
/// before it do not. Without fontconfig (or with nothing installed) there are none.
pub fn system_fonts(missing: &BTreeSet<char>) -> Vec<Face> {
    if missing.is_empty() {
        return Vec::new();
    }
    let charset: Vec<String> = missing.iter().map(|c| format!("{:x}", u32::from(*c))).collect();
    let pattern = format!(":charset={}", charset.join(" "));
    let Ok(out) = std::process::Command::new("fc-match")
        .args(["--sort", "--format", "%{file}|%{index}\n", &pattern])
        .stderr(std::process::Stdio::null())
        .output()
    else {
        return Vec::new();
    };
    let mut left = missing.clone();
    let mut faces = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if left.is_empty() || faces.len() == MAX_FALLBACKS {
            break;
        }
        let Some((file, index)) = line.rsplit_once('|') else { continue };
        let Some(face) = load(Path::new(file)).and_then(|data| Face::new(data, index.parse().unwrap_or(0)))
        else {
            continue;
        };
        let before = left.len();
        left.retain(|c| !face.draws(*c));
        if left.len() < before {
            faces.push(face);
        }
    }
    faces
}

/// Measures text in the fonts it is printed with: the bundled font first, then the system's.
#[derive(Clone)]
pub struct Measure {
    faces: Vec<Face>,
}

impl Measure {
    /// A measurer for [`FONT`] alone.
    pub fn new() -> Self {
        Self { faces: Face::new(FONT, 0).into_iter().collect() }
    }

    /// A measurer for [`FONT`] and the system fonts that draw what it lacks of `text`.
    pub fn covering(text: impl IntoIterator<Item = char>) -> Self {
        let mut measure = Self::new();
        let missing: BTreeSet<char> =
            text.into_iter().filter(|c| !c.is_control() && measure.face_of(*c).is_none()).collect();
        measure.faces.extend(system_fonts(&missing));
        measure
    }

    /// The fonts, bundled first; [`Measure::runs`] numbers them in this order.
    pub fn faces(&self) -> &[Face] {
        &self.faces
    }

    /// Which face draws `c`: the bundled one when it can.
    fn face_of(&self, c: char) -> Option<usize> {
        let (bundled, rest) = self.faces.split_first()?;
        if bundled.charmap.map(c).is_some() {
            return Some(0);
        }
        rest.iter().position(|f| f.draws(c)).map(|i| i + 1)
    }

    /// `text` cut where the drawing font changes, with that font's index in [`Measure::faces`].
    pub fn runs<'t>(&self, text: &'t str) -> Vec<(usize, &'t str)> {
        let mut runs: Vec<(usize, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current = None;
        for (i, c) in text.char_indices() {
            let face = self.face_of(c).unwrap_or(0);
            if current.is_some_and(|f| f != face) {
                runs.push((current.unwrap_or(0), text.get(start..i).unwrap_or_default()));
                start = i;
            }
            current = Some(face);
        }
        if let Some(face) = current {
            runs.push((face, text.get(start..).unwrap_or_default()));
        }
        runs
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        if self.faces.is_empty() {
            return text.chars().count() as f32 * size * 0.55;
        }
        let fonts: Vec<_> = self
            .faces
            .iter()
            .map(|f| (&f.charmap, f.font.glyph_metrics(Size::new(size), LocationRef::default())))
            .collect();
        text.chars()
            .map(|c| {
                let face = self.face_of(c).unwrap_or(0);
                fonts
                    .get(face)
                    .and_then(|(charmap, metrics)| charmap.map(c).and_then(|g| metrics.advance_width(g)))
                    .unwrap_or(size * 0.6)
            })
            .sum()
    }

    /// `text` broken into lines no wider than `width`, between the [`pieces`] of its words
    /// only ("1 min" and "× 11" stay whole); a piece wider than a line is cut.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in pieces(text) {
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

    /// `text` with every character no font draws (a script no installed font has, a colour
    /// emoji) replaced by the replacement character �, so nothing is dropped without a trace.
    /// Control characters (a tab, a stray newline) become spaces.
    pub fn printable(&self, text: &str) -> String {
        if self.faces.is_empty() {
            return text.to_owned();
        }
        text.chars()
            .map(|c| match c {
                c if c.is_control() => ' ',
                c if self.face_of(c).is_some() => c,
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
