//! Every colour and size the calendar uses, for light and dark mode.

use egui::{Color32, Visuals};

use crate::plan::SessionKind;
use crate::rules::Severity;

/// Width of the palette panel.
pub const PALETTE_WIDTH: f32 = 150.0;
/// Width of the side panel (editor, findings, rules, plan).
pub const SIDE_WIDTH: f32 = 340.0;
/// Width of the week totals column.
pub const WEEK_COLUMN_WIDTH: f32 = 130.0;
/// Height of a session chip.
pub const CHIP_HEIGHT: f32 = 20.0;
/// Height of a chip whose text takes two lines.
pub const CHIP_TALL: f32 = 32.0;
/// Gap between chips and around cell contents.
pub const GAP: f32 = 3.0;
/// Height of a day's header line (date and markers).
pub const DAY_HEADER: f32 = 20.0;
/// Smallest cell height, so a few chips always fit.
pub const MIN_CELL_HEIGHT: f32 = 64.0;
/// Corner radius of chips and cells.
pub const RADIUS: u8 = 4;
/// Width of a finding outline.
pub const OUTLINE: f32 = 2.0;

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
    /// Days that differ from the version being compared with.
    pub changed: Color32,
    /// Whether this is the dark palette.
    pub dark: bool,
}

const LIGHT: Palette = Palette {
    cell: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    cell_outside: Color32::from_rgb(0xEC, 0xED, 0xF0),
    grid: Color32::from_rgb(0xD5, 0xD8, 0xDE),
    today: Color32::from_rgb(0x1F, 0x6F, 0xB2),
    today_text: Color32::WHITE,
    selected: Color32::from_rgb(0x1F, 0x6F, 0xB2),
    weak_text: Color32::from_rgb(0x6B, 0x72, 0x80),
    bar_track: Color32::from_rgb(0xE5, 0xE7, 0xEB),
    bar_fill: Color32::from_rgb(0x4C, 0x9A, 0x7A),
    error: Color32::from_rgb(0xC0, 0x39, 0x2B),
    warning: Color32::from_rgb(0xC7, 0x7C, 0x02),
    advice: Color32::from_rgb(0x2E, 0x6F, 0xA7),
    changed: Color32::from_rgb(0xB0, 0x3A, 0x9E),
    dark: false,
};

const DARK: Palette = Palette {
    cell: Color32::from_rgb(0x2A, 0x2E, 0x35),
    cell_outside: Color32::from_rgb(0x1B, 0x1D, 0x21),
    grid: Color32::from_rgb(0x3A, 0x3F, 0x47),
    today: Color32::from_rgb(0x5A, 0xA5, 0xE6),
    today_text: Color32::from_rgb(0x10, 0x12, 0x16),
    selected: Color32::from_rgb(0x7A, 0xB8, 0xF0),
    weak_text: Color32::from_rgb(0x9C, 0xA3, 0xAF),
    bar_track: Color32::from_rgb(0x37, 0x3B, 0x43),
    bar_fill: Color32::from_rgb(0x5F, 0xB8, 0x93),
    error: Color32::from_rgb(0xF0, 0x6A, 0x5B),
    warning: Color32::from_rgb(0xF2, 0xB1, 0x3C),
    advice: Color32::from_rgb(0x6C, 0xAE, 0xE8),
    changed: Color32::from_rgb(0xE0, 0x7B, 0xD0),
    dark: true,
};

impl Palette {
    /// The palette for the current visuals.
    pub fn of(visuals: &Visuals) -> Self {
        if visuals.dark_mode { DARK } else { LIGHT }
    }

    /// Colour of a severity (always shown with its icon too).
    pub fn severity(&self, severity: Severity) -> Color32 {
        match severity {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Advice => self.advice,
        }
    }

    /// Chip fill for a kind of session: calm, distinct hues.
    pub fn kind(&self, kind: &SessionKind) -> Color32 {
        let (light, dark) = match kind {
            SessionKind::Run(_) => ((0xD6, 0xE9, 0xF8), (0x1E, 0x3F, 0x5C)),
            SessionKind::RunWalk(_) => ((0xDD, 0xE5, 0xFA), (0x2A, 0x35, 0x5E)),
            SessionKind::Walk { .. } => ((0xDF, 0xF1, 0xE4), (0x21, 0x44, 0x2E)),
            SessionKind::Cross { .. } => ((0xEE, 0xE4, 0xF7), (0x3D, 0x2C, 0x52)),
            SessionKind::Strength { .. } => ((0xFB, 0xEB, 0xD9), (0x4D, 0x37, 0x1F)),
            SessionKind::Rest => ((0xEC, 0xEE, 0xF1), (0x33, 0x36, 0x3C)),
        };
        let (r, g, b) = if self.dark { dark } else { light };
        Color32::from_rgb(r, g, b)
    }

    /// Left stripe of a chip, a stronger shade of the kind colour.
    pub fn kind_stripe(&self, kind: &SessionKind) -> Color32 {
        match kind {
            SessionKind::Run(_) => Color32::from_rgb(0x2F, 0x80, 0xC4),
            SessionKind::RunWalk(_) => Color32::from_rgb(0x55, 0x6C, 0xD6),
            SessionKind::Walk { .. } => Color32::from_rgb(0x3F, 0x9A, 0x5C),
            SessionKind::Cross { .. } => Color32::from_rgb(0x8A, 0x5C, 0xC2),
            SessionKind::Strength { .. } => Color32::from_rgb(0xC7, 0x84, 0x2F),
            SessionKind::Rest => Color32::from_rgb(0x8A, 0x90, 0x99),
        }
    }
}

/// Adds DejaVu Sans after egui's own fonts, for the symbols those lack (→ ✓ ½ …), so no text
/// the plan holds is drawn as a box.
pub fn install_fonts(ctx: &egui::Context) {
    let data = egui::FontData::from_static(crate::export::layout::FONT);
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| egui::epaint::text::InsertFontFamily {
            family,
            priority: egui::epaint::text::FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(egui::epaint::text::FontInsert::new("DejaVuSans", data, families));
}
