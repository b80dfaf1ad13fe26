//! The side panel: tabs for the selected session, the findings, the rules, the plan's
//! details, and (while open) a comparison and a coach's folder of athletes.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::Ui;

use super::editor::{self, NotesCx};
use super::settings::{self, DateTexts};
use super::{Intent, athletes, compare, conflicts, findings, ready};
use crate::edit::{Comparison, Document};
use crate::folder::Athlete;
use crate::plan::SessionId;

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

/// Draws the tabs and the shown tab.
pub fn side_ui(ui: &mut Ui, cx: SideCx<'_>, out: &mut Vec<Intent>) {
    let SideCx { tab, doc, selection, mut notes, dates, compare, folder, today } = cx;
    ui.horizontal_wrapped(|ui| {
        // Every finding the tab lists, advice too, as the status bar counts them.
        let findings = format!("Findings ({})", doc.findings().len());
        let compared = compare.as_ref().map(|c| (Tab::Compare, format!("⇄ Compare ({})", c.len())));
        let athletes = folder.map(|(_, a)| (Tab::Athletes, format!("Athletes ({})", a.len())));
        let open = doc.file_plan().conflicts.len();
        let conflicts =
            (open > 0 || tab == Tab::Conflicts).then(|| (Tab::Conflicts, format!("⚠ Conflicts ({open})")));
        for (shown, text) in [
            (Tab::Session, "Session".to_owned()),
            (Tab::Findings, findings),
            (Tab::Rules, "Rules".to_owned()),
            (Tab::Plan, "Plan".to_owned()),
            (Tab::Ready, "Ready".to_owned()),
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
