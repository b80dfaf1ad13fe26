//! Every colour Comeback shows, on screen and on paper, in one table.
//!
//! The window (`ui/theme.rs`, which turns these into egui colours and keeps the sizes) and the
//! printed pages (`export/`) both read from here, so a run is the same blue and an error the same
//! red wherever it is seen. Nothing here knows about egui, so the core builds without it.

use crate::plan::{SessionKind, Severity};

/// An sRGB colour, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// One colour in the light and in the dark theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shades {
    /// On a light background, and on paper.
    pub light: Rgb,
    /// On a dark background.
    pub dark: Rgb,
}

impl Shades {
    /// The shade for the dark theme when `dark`, else the light one.
    pub const fn pick(self, dark: bool) -> Rgb {
        if dark { self.dark } else { self.light }
    }
}

/// The calendar's colours that belong to no session kind or severity, for one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Neutrals {
    /// Background of a day in the shown period.
    pub cell: Rgb,
    /// Background of a day outside the shown month, and of the week column.
    pub cell_outside: Rgb,
    /// Borders between days.
    pub grid: Rgb,
    /// The badge behind today's date.
    pub today: Rgb,
    /// The date written on today's badge.
    pub today_text: Rgb,
    /// The outline of the selected day or session.
    pub selected: Rgb,
    /// Text that steps back: totals, dimmed days, skipped sessions.
    pub weak_text: Rgb,
    /// The empty part of the weekly cap bar.
    pub bar_track: Rgb,
    /// Weekly running under the cap: the cap bar and the done bars of the load chart.
    pub bar_fill: Rgb,
    /// Days that differ from the version being compared with, and what a merge took from theirs.
    pub changed: Rgb,
    /// What a merge kept from the open plan's own changes (mine).
    pub mine: Rgb,
    /// Marks drawn on the warning colour: the "?" of a merge conflict.
    pub on_warning: Rgb,
}

/// The light theme's neutrals.
pub const LIGHT: Neutrals = Neutrals {
    cell: Rgb(0xFF, 0xFF, 0xFF),
    cell_outside: Rgb(0xEC, 0xED, 0xF0),
    grid: Rgb(0xD5, 0xD8, 0xDE),
    today: Rgb(0x1F, 0x6F, 0xB2),
    today_text: Rgb(0xFF, 0xFF, 0xFF),
    selected: Rgb(0x1F, 0x6F, 0xB2),
    weak_text: Rgb(0x6B, 0x72, 0x80),
    bar_track: Rgb(0xE5, 0xE7, 0xEB),
    bar_fill: Rgb(0x4C, 0x9A, 0x7A),
    changed: Rgb(0xB0, 0x3A, 0x9E),
    mine: Rgb(0x0B, 0x7F, 0x80),
    on_warning: Rgb(0x10, 0x12, 0x16),
};

/// The dark theme's neutrals.
pub const DARK: Neutrals = Neutrals {
    cell: Rgb(0x2A, 0x2E, 0x35),
    cell_outside: Rgb(0x1B, 0x1D, 0x21),
    grid: Rgb(0x3A, 0x3F, 0x47),
    today: Rgb(0x5A, 0xA5, 0xE6),
    today_text: Rgb(0x10, 0x12, 0x16),
    selected: Rgb(0x7A, 0xB8, 0xF0),
    weak_text: Rgb(0x9C, 0xA3, 0xAF),
    bar_track: Rgb(0x37, 0x3B, 0x43),
    bar_fill: Rgb(0x5F, 0xB8, 0x93),
    changed: Rgb(0xE0, 0x7B, 0xD0),
    mine: Rgb(0x4F, 0xC9, 0xC0),
    on_warning: Rgb(0x10, 0x12, 0x16),
};

/// The colours of a printed page: the light theme, with lines and shading made a little
/// stronger, since hairlines and pale fills that read well on a screen fade on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paper {
    /// The paper itself, and the white marks on severity markers.
    pub white: Rgb,
    /// Body text.
    pub text: Rgb,
    /// Secondary text: dates outside the month, totals, notes, skipped sessions.
    pub weak: Rgb,
    /// Cell borders and the chart's baseline.
    pub grid: Rgb,
    /// Days outside the month and the week column's background.
    pub shade: Rgb,
    /// Weekly running under the cap, as on screen.
    pub bar: Rgb,
    /// The load chart's band of what the ramp allows.
    pub band: Rgb,
}

/// The printed page's colours (PDF and PNG).
pub const PAPER: Paper = Paper {
    white: Rgb(0xFF, 0xFF, 0xFF),
    text: Rgb(0x1F, 0x23, 0x28),
    weak: LIGHT.weak_text,
    grid: Rgb(0xB8, 0xBE, 0xC7),
    shade: Rgb(0xF1, 0xF3, 0xF5),
    bar: LIGHT.bar_fill,
    band: Rgb(0xDD, 0xEE, 0xE6),
};

/// The colour of a severity, always shown with its icon or marker shape too, so severity never
/// relies on colour alone. Paper uses the light shade.
pub const fn severity(severity: Severity) -> Shades {
    match severity {
        Severity::Error => Shades { light: Rgb(0xC0, 0x39, 0x2B), dark: Rgb(0xF0, 0x6A, 0x5B) },
        Severity::Warning => Shades { light: Rgb(0xC7, 0x7C, 0x02), dark: Rgb(0xF2, 0xB1, 0x3C) },
        Severity::Advice => Shades { light: Rgb(0x2E, 0x6F, 0xA7), dark: Rgb(0x6C, 0xAE, 0xE8) },
    }
}

/// The fill of a session of `kind`: calm, distinct hues that dark text reads well on (and, in
/// the dark theme, light text).
pub const fn kind_fill(kind: &SessionKind) -> Shades {
    let (light, dark) = match kind {
        SessionKind::Run(_) => (Rgb(0xD6, 0xE9, 0xF8), Rgb(0x1E, 0x3F, 0x5C)),
        SessionKind::RunWalk(_) => (Rgb(0xDD, 0xE5, 0xFA), Rgb(0x2A, 0x35, 0x5E)),
        SessionKind::Walk { .. } => (Rgb(0xDF, 0xF1, 0xE4), Rgb(0x21, 0x44, 0x2E)),
        SessionKind::Cross { .. } => (Rgb(0xEE, 0xE4, 0xF7), Rgb(0x3D, 0x2C, 0x52)),
        SessionKind::Strength { .. } => (Rgb(0xFB, 0xEB, 0xD9), Rgb(0x4D, 0x37, 0x1F)),
        SessionKind::Rest => (Rgb(0xEC, 0xEE, 0xF1), Rgb(0x33, 0x36, 0x3C)),
    };
    Shades { light, dark }
}

/// The stripe beside a session of `kind`: a stronger shade of its fill, the same in both
/// themes, so kinds stay apart for people who see the pale fills as alike.
pub const fn kind_stripe(kind: &SessionKind) -> Rgb {
    match kind {
        SessionKind::Run(_) => Rgb(0x2F, 0x80, 0xC4),
        SessionKind::RunWalk(_) => Rgb(0x55, 0x6C, 0xD6),
        SessionKind::Walk { .. } => Rgb(0x3F, 0x9A, 0x5C),
        SessionKind::Cross { .. } => Rgb(0x8A, 0x5C, 0xC2),
        SessionKind::Strength { .. } => Rgb(0xC7, 0x84, 0x2F),
        SessionKind::Rest => Rgb(0x8A, 0x90, 0x99),
    }
}

#[cfg(test)]
mod tests {
    use super::{DARK, LIGHT, Rgb, Severity, severity};

    /// WCAG 2's contrast ratio of two colours, from 1 to 21.
    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let luminance = |c: Rgb| {
            let linear = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.039_28 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
            };
            0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
        };
        let (l1, l2) = (luminance(a), luminance(b));
        (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
    }

    /// Text drawn on a coloured badge (today's date, a conflict's "?") reads at WCAG AA's 4.5:1
    /// in both themes.
    #[test]
    fn text_on_badges_reads_in_both_themes() {
        for (neutrals, dark) in [(LIGHT, false), (DARK, true)] {
            let warning = severity(Severity::Warning).pick(dark);
            for (what, text, badge) in
                [("today", neutrals.today_text, neutrals.today), ("conflict", neutrals.on_warning, warning)]
            {
                let ratio = contrast(text, badge);
                assert!(ratio >= 4.5, "{what} badge, dark {dark}: {ratio:.1}:1");
            }
        }
    }
}
