//! The side panel: tabs for the selected session, the findings, the rules, the plan's
//! details, and (while open) a comparison and a coach's folder of athletes.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::Ui;

use super::editor::{self, NotesCx};
use super::settings::{self, DateTexts};
use super::{Intent, athletes, compare, conflicts, findings, ready, theme};
use crate::edit::{Comparison, Document};
use crate::folder::Athlete;
use crate::plan::SessionId;
use crate::t;

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The selected session.
    Session,
    /// Every finding.
    Findings,
    /// Rule settings.
    Rules,
    /// Plan details.
    Plan,
    /// What the comeback is from and the checks before the first run.
    Ready,
    /// The comparison with another version, while one is open.
    Compare,
    /// A folder of athletes' plans, while one is listed.
    Athletes,
    /// The questions a merge left, while there are any.
    Conflicts,
}

/// Everything the side panel draws from; the note draft, the author's name, the typed dates
/// and the comparison's ticks are edited in place, as the widgets' own state.
pub struct SideCx<'a> {
    /// The tab shown.
    pub tab: Tab,
    /// The open plan.
    pub doc: &'a Document,
    /// The selected session and day.
    pub selection: (Option<SessionId>, Option<NaiveDate>),
    /// The note being written and who signs it.
    pub notes: NotesCx<'a>,
    /// Dates typed in the plan tab, kept while they do not parse.
    pub dates: &'a mut DateTexts,
    /// The comparison with another version, if one is open.
    pub compare: Option<&'a mut Comparison>,
    /// The listed folder and its athletes, if one is listed.
    pub folder: Option<&'a (PathBuf, Vec<Athlete>)>,
    /// Today, the app's: whether the findings name their years, and the day a check ticked in
    /// the Ready tab was passed.
    pub today: NaiveDate,
}

/// The side panel at the window's right, in `frame`: as wide as it was left (or
/// [`theme::SIDE_WIDTH`]) while the calendar keeps comfortable days, narrower as the window
/// narrows, down to [`theme::SIDE_MIN_WIDTH`]; folded to a strip with a button that shows it
/// when even that would squeeze the days below their least width. At 1024×640 it covered the
/// week column and the load chart's right.
pub fn side_panel_ui(ui: &mut Ui, frame: egui::Frame, cx: SideCx<'_>, out: &mut Vec<Intent>) {
    // Drawn after the palette: what is left is the room for this panel and the calendar.
    let room = ui.available_width();
    let panel = egui::Panel::right("side").frame(frame);
    let panel = match theme::side_max_width(room) {
        Some(max) => {
            let width = width_for(ui, max);
            panel.default_size(width).size_range(theme::SIDE_MIN_WIDTH..=max)
        }
        None => {
            // The strip's button is the panel's state, as a collapsing header's arrow is.
            let id = egui::Id::unique("side-panel-unfolded");
            let mut unfolded = ui.data(|d| d.get_temp(id)).unwrap_or(false);
            egui::Panel::right("side-fold")
                .frame(frame)
                .exact_size(theme::SIDE_FOLDED_WIDTH)
                .resizable(false)
                .show(ui, |ui| {
                    let (text, name) =
                        if unfolded { ("⏵", t!("side-hide")) } else { ("⏴", t!("side-show")) };
                    let button = ui.button(text);
                    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if button.on_hover_text(name).clicked() {
                        unfolded = !unfolded;
                        ui.data_mut(|d| d.insert_temp(id, unfolded));
                    }
                });
            if !unfolded {
                return;
            }
            // Opened on purpose in a narrow window: the calendar scrolls sideways beside it.
            panel.exact_size(theme::SIDE_MIN_WIDTH)
        }
    };
    panel.show(ui, |ui| {
        crate::ui::name_region(ui, &t!("side-panel"));
        // The content lays out in the panel's width and is not allocated in it, so it cannot
        // widen it: a panel that grew with the logging fields or Compare squeezed the
        // calendar, and eframe saved the new width for the next start. Only the user
        // resizes it (the handle on its edge); the rows wrap to fit. The panel keeps the
        // width it has by covering it: egui stores a panel's width as its content's, and
        // with nothing allocated it fell to its minimum at once, undoing the default and
        // every drag of the handle.
        let rect = ui.available_rect_before_wrap();
        let mut content = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(*ui.layout()));
        content.shrink_clip_rect(rect);
        side_ui(&mut content, cx, out);
        ui.expand_to_include_rect(rect);
    });
}

/// The side panel's width this frame, at most `max`: the width the user last dragged it to
/// (else [`theme::SIDE_WIDTH`]), narrowed as the window requires. egui keeps a panel's width
/// as it last showed it, so a window made narrow and wide again kept the panel narrow; the
/// width wanted is kept apart here, and egui's is set to this frame's before the panel shows.
fn width_for(ui: &Ui, max: f32) -> f32 {
    use egui::containers::panel::PanelState;
    // The id egui gives the panel "side" in this `ui`.
    let panel = ui.scope_id().with("side");
    let (wanted_key, set_key) = (egui::Id::unique("side-panel-wanted"), egui::Id::unique("side-panel-set"));
    let ctx = ui.ctx();
    let mut wanted = ctx.data_mut(|d| d.get_persisted(wanted_key)).unwrap_or(theme::SIDE_WIDTH);
    let set: Option<f32> = ctx.data(|d| d.get_temp(set_key));
    // A width other than the one set last frame is the user's, dragged on the panel's edge.
    if let (Some(state), Some(set)) = (PanelState::load(ctx, panel), set)
        && (state.size().x - set).abs() > 0.5
    {
        wanted = state.size().x;
        ctx.data_mut(|d| d.insert_persisted(wanted_key, wanted));
    }
    let width = wanted.clamp(theme::SIDE_MIN_WIDTH, max);
    let outer_rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, 1.0));
    ctx.data_mut(|d| {
        d.insert_persisted(panel, PanelState { outer_rect });
        d.insert_temp(set_key, width);
    });
    width
}

/// Draws the tabs and the shown tab.
pub fn side_ui(ui: &mut Ui, cx: SideCx<'_>, out: &mut Vec<Intent>) {
    let SideCx { tab, doc, selection, mut notes, dates, compare, folder, today } = cx;
    ui.horizontal_wrapped(|ui| {
        // Every finding the tab lists, advice too, as the status bar counts them.
        let findings = t!("side-tab-findings", n = doc.findings().len());
        let compared = compare.as_ref().map(|c| (Tab::Compare, t!("side-tab-compare", n = c.len())));
        let athletes = folder.map(|(_, a)| (Tab::Athletes, t!("side-tab-athletes", n = a.len())));
        let open = doc.file_plan().conflicts.len();
        let conflicts =
            (open > 0 || tab == Tab::Conflicts).then(|| (Tab::Conflicts, t!("side-tab-conflicts", n = open)));
        for (shown, text) in [
            (Tab::Session, t!("side-tab-session")),
            (Tab::Findings, findings),
            (Tab::Rules, t!("side-tab-rules")),
            (Tab::Plan, t!("side-tab-plan")),
            (Tab::Ready, t!("side-tab-ready")),
        ]
        .into_iter()
        .chain(compared)
        .chain(athletes)
        .chain(conflicts)
        {
            if ui.selectable_label(tab == shown, text).clicked() && tab != shown {
                out.push(Intent::SetTab(shown));
            }
        }
    });
    ui.separator();
    match (tab, compare, folder) {
        (Tab::Findings, _, _) => findings::findings_ui(ui, doc.findings(), doc.plan(), today, out),
        (Tab::Rules, _, _) => settings::rules_ui(ui, doc.plan(), out),
        (Tab::Plan, _, _) => settings::plan_ui(ui, doc.file_plan(), dates, out),
        (Tab::Ready, _, _) => ready::ready_ui(ui, doc.file_plan(), today, out),
        (Tab::Athletes, _, Some((dir, athletes))) => {
            athletes::athletes_ui(ui, dir, athletes, doc.path(), out);
        }
        (Tab::Compare, Some(comparison), _) => compare::compare_ui(ui, comparison, doc.file_plan(), out),
        (Tab::Conflicts, _, _) => conflicts::conflicts_ui(ui, doc.file_plan(), out),
        (Tab::Session | Tab::Athletes | Tab::Compare, _, _) => {
            editor::editor_ui(ui, doc.plan(), selection, &mut notes, out);
        }
    }
}
