//! Every size the window uses, and its colours for light and dark mode: the colours come from
//! [`crate::style`], the one table the printed pages read too, turned into egui colours here.

use egui::{Color32, Visuals};

use crate::export::layout;
use crate::plan::{SessionKind, Severity};
use crate::style::{self, Rgb};

/// Width of the palette panel.
pub const PALETTE_WIDTH: f32 = 150.0;
/// Width of the side panel (editor, findings, rules, plan).
pub const SIDE_WIDTH: f32 = 340.0;
/// Width of the week totals column.
pub const WEEK_COLUMN_WIDTH: f32 = 130.0;
/// Height of a session chip.
pub const CHIP_HEIGHT: f32 = 20.0;
/// Gap between chips and around cell contents.
pub const GAP: f32 = 3.0;
/// Height of a day's header line (date and markers).
pub const DAY_HEADER: f32 = 20.0;
/// Smallest cell height: a day's header and one chip. Days holding more make their week's
/// row taller.
pub const MIN_CELL_HEIGHT: f32 = DAY_HEADER + CHIP_HEIGHT + 2.0 * GAP + 2.0;
/// Narrowest day: a chip's widest word ("Run/walk", "Strength") still fits whole beside its
/// stripe. Below it the grid scrolls sideways rather than cut words.
pub const DAY_MIN_WIDTH: f32 = 68.0;
/// Width of a day the side panel narrows to leave the calendar, before the days narrow: a
/// run/walk's compact text and its marks on one line. It also bounds how wide the panel can
/// be dragged (at 1366×768, about 420 points).
pub const DAY_COMFORT_WIDTH: f32 = 90.0;
/// Narrowest side panel: its tabs and the editor's rows still read.
pub const SIDE_MIN_WIDTH: f32 = 240.0;
/// Width of the side panel folded to a strip, when the window has no room for it.
pub const SIDE_FOLDED_WIDTH: f32 = 30.0;
/// The central panel's margins, left and right together.
const CENTRAL_MARGINS: f32 = 16.0;

/// The width the calendar takes with days `day` points wide, its margins included.
pub fn calendar_width(day: f32) -> f32 {
    7.0 * day + WEEK_COLUMN_WIDTH + CENTRAL_MARGINS
}

/// The widest the side panel may be in `room` points beside the palette, leaving a calendar
/// of comfortable days (the panel narrows first, down to [`SIDE_MIN_WIDTH`]); `None` when even
/// at its narrowest it would squeeze the days below [`DAY_MIN_WIDTH`], and it folds.
pub fn side_max_width(room: f32) -> Option<f32> {
    (room - SIDE_MIN_WIDTH >= calendar_width(DAY_MIN_WIDTH))
        .then(|| (room - calendar_width(DAY_COMFORT_WIDTH)).max(SIDE_MIN_WIDTH))
}

/// Corner radius of chips and cells.
pub const RADIUS: u8 = 4;
/// Width of a finding outline.
pub const OUTLINE: f32 = 2.0;
/// Width of the stripe marking a chip or day a merge changed.
pub const SIDE_MARK: f32 = 4.0;

/// The severity a day, chip or week is outlined in for its worst finding: errors and warnings
/// only. Advice shows as its icon alone; outlined, `saves/broken.ron` had every run day ringed
/// in blue and the calendar read as all alarm (the method warns against panic too).
pub fn outline(worst: Option<crate::rules::Severity>) -> Option<crate::rules::Severity> {
    worst.filter(|s| *s > crate::rules::Severity::Advice)
}

/// The colours for one mode.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Cell background.
    pub cell: Color32,
    /// Cell background of days outside the shown month.
    pub cell_outside: Color32,
    /// Cell border.
    pub grid: Color32,
    /// Today's date badge.
    pub today: Color32,
    /// Text on the today badge.
    pub today_text: Color32,
    /// Selection outline.
    pub selected: Color32,
    /// Weaker text (totals, dimmed days).
    pub weak_text: Color32,
    /// Cap bar background.
    pub bar_track: Color32,
    /// Cap bar fill under the cap.
    pub bar_fill: Color32,
    /// Errors.
    pub error: Color32,
    /// Warnings.
    pub warning: Color32,
    /// Advice.
    pub advice: Color32,
    /// Days that differ from the version being compared with, and what a merge took from theirs.
    pub changed: Color32,
    /// What a merge kept from mine.
    pub mine: Color32,
    /// Marks on the warning colour.
    pub on_warning: Color32,
    /// Whether this is the dark palette.
    pub dark: bool,
}

const LIGHT: Palette = Palette::from_style(&style::LIGHT, false);
const DARK: Palette = Palette::from_style(&style::DARK, true);

/// The egui colour of a style colour.
const fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

impl Palette {
    /// The palette for the current visuals.
    pub fn of(visuals: &Visuals) -> Self {
        if visuals.dark_mode { DARK } else { LIGHT }
    }

    /// The style table's colours for one theme, as egui colours.
    const fn from_style(n: &style::Neutrals, dark: bool) -> Self {
        Self {
            cell: color(n.cell),
            cell_outside: color(n.cell_outside),
            grid: color(n.grid),
            today: color(n.today),
            today_text: color(n.today_text),
            selected: color(n.selected),
            weak_text: color(n.weak_text),
            bar_track: color(n.bar_track),
            bar_fill: color(n.bar_fill),
            error: color(style::severity(Severity::Error).pick(dark)),
            warning: color(style::severity(Severity::Warning).pick(dark)),
            advice: color(style::severity(Severity::Advice).pick(dark)),
            changed: color(n.changed),
            mine: color(n.mine),
            on_warning: color(n.on_warning),
            dark,
        }
    }

    /// Colour of a severity (always shown with its icon too).
    pub fn severity(&self, severity: Severity) -> Color32 {
        color(style::severity(severity).pick(self.dark))
    }

    /// Chip fill for a kind of session: calm, distinct hues.
    pub fn kind(&self, kind: &SessionKind) -> Color32 {
        color(style::kind_fill(kind).pick(self.dark))
    }

    /// Left stripe of a chip, a stronger shade of the kind colour.
    pub fn kind_stripe(&self, kind: &SessionKind) -> Color32 {
        color(style::kind_stripe(kind))
    }
}

/// A top, bottom or side panel's frame without its fill: the window is cleared to the panels'
/// colour ([`clear_color`]), and under software OpenGL the fill painted every pixel of the
/// window a second time before the first frame showed.
pub fn panel_frame(style: &egui::Style) -> egui::Frame {
    egui::Frame::side_top_panel(style).fill(Color32::TRANSPARENT)
}

/// The central panel's frame without its fill, as [`panel_frame`].
pub fn central_frame(style: &egui::Style) -> egui::Frame {
    egui::Frame::central_panel(style).fill(Color32::TRANSPARENT)
}

/// What the window is cleared to before a frame is painted: the panels' colour, which their
/// frames then leave unpainted.
pub fn clear_color(visuals: &egui::Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

/// Adds DejaVu Sans after egui's own fonts, for the symbols those lack (→ ✓ ½ …), then the
/// system's fonts for the scripts neither has (Chinese, Japanese, Korean), the same ones the
/// PDF falls back to, so no text the plan holds is drawn as a box.
pub fn install_fonts(ctx: &egui::Context) {
    install_fonts_with(ctx, fallback_fonts());
}

/// The system fonts that draw the scripts the bundled font lacks. Asking fontconfig and reading
/// the files takes tens of milliseconds, so the window asks while its renderer starts.
pub fn fallback_fonts() -> Vec<layout::Face> {
    layout::system_fonts(&FALLBACK_SAMPLE.chars().collect())
}

/// [`install_fonts`] with the system fonts already found.
pub fn install_fonts_with(ctx: &egui::Context, system: Vec<layout::Face>) {
    let families: Vec<_> = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| egui::epaint::text::InsertFontFamily {
            family,
            priority: egui::epaint::text::FontPriority::Lowest,
        })
        .collect();
    let system = system.into_iter().enumerate().map(|(i, face)| {
        (
            format!("system-{i}"),
            egui::FontData { index: face.index, ..egui::FontData::from_static(face.data) },
        )
    });
    let fonts =
        std::iter::once(("DejaVuSans".to_owned(), egui::FontData::from_static(layout::FONT))).chain(system);
    for (name, data) in fonts {
        ctx.add_font(egui::epaint::text::FontInsert::new(&name, data, families.clone()));
    }
}

/// Characters of the scripts egui's and the bundled fonts lack, for fontconfig to find fonts by.
const FALLBACK_SAMPLE: &str = "李中文日本語かなカナ한국어";

#[cfg(test)]
mod tests {
    use super::install_fonts;

    /// The window drew Chinese, Japanese and Korean as boxes; with the system's CJK font
    /// (`scripts/setup.sh` installs one) egui now has a glyph for every character here, and
    /// Greek, Cyrillic and the monochrome emoji stay drawable.
    #[test]
    fn the_window_has_glyphs_for_every_script() {
        let ctx = egui::Context::default();
        install_fonts(&ctx);
        ctx.run_ui(egui::RawInput::default(), |_| {}).textures_delta.clear();
        let font = egui::FontId::proportional(14.0);
        for text in ["Zoë Ångström-李", "今天跑得很好", "한국어", "Καλή πρόοδος", "Хорошая пробежка", "🏃"]
        {
            assert!(ctx.fonts_mut(|f| f.has_glyphs(&font, text)), "{text} has no glyphs");
        }
    }

    /// Advice is not outlined; warnings and errors are.
    #[test]
    fn only_warnings_and_errors_are_outlined() {
        use crate::rules::Severity;
        assert_eq!(super::outline(Some(Severity::Advice)), None);
        assert_eq!(super::outline(Some(Severity::Warning)), Some(Severity::Warning));
        assert_eq!(super::outline(Some(Severity::Error)), Some(Severity::Error));
        assert_eq!(super::outline(None), None);
    }
}
