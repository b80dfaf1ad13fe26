//! The drag under way: the drop preview, validated once per target and kept while nothing
//! changes, and Escape, which ends a drag for good.

use chrono::NaiveDate;

use super::App;
use crate::edit::{Drag, Preview};

/// The drop preview and what it was computed for: recomputed when any of these changes.
pub(super) struct CachedPreview {
    drag: Drag,
    target: NaiveDate,
    copy: bool,
    revision: u64,
    pub(super) preview: Preview,
}

impl App {
    /// egui's drag-and-drop drops the payload when Escape is pressed (and eats the key), but
    /// the widget stays dragged and would set the payload again; this ends the drag for good.
    pub(super) fn cancel_drag_on_escape(&mut self, ctx: &egui::Context) {
        let (button_down, released) = ctx.input(|i| (i.pointer.any_down(), i.pointer.any_released()));
        if self.was_dragging && !egui::DragAndDrop::has_any_payload(ctx) && button_down {
            self.drag_cancelled = true;
            self.status = crate::t!("status-drag-cancelled");
        }
        // The release frame still ignores drops; the frame after it is back to normal.
        if self.drag_cancelled && !button_down && !released {
            self.drag_cancelled = false;
        }
        if self.drag_cancelled {
            egui::DragAndDrop::clear_payload(ctx);
            ctx.stop_dragging();
            self.preview = None;
        }
    }

    /// Validates the plan as the drop under the pointer would leave it, once per target.
    pub(super) fn update_preview(&mut self, ctx: &egui::Context) {
        let Some(drag) = egui::DragAndDrop::payload::<Drag>(ctx) else {
            self.preview = None;
            return;
        };
        let copy = ctx.input(|i| i.modifiers.command);
        let target = ctx.pointer_latest_pos().and_then(|p| self.day_at(p));
        let Some(target) = target else {
            self.preview = None;
            return;
        };
        let revision = self.doc.revision();
        if self.preview.as_ref().is_some_and(|c| {
            c.drag == *drag && c.target == target && c.copy == copy && c.revision == revision
        }) {
            return;
        }
        let preview = Preview::of_drop(&self.doc, &drag, target, copy);
        self.preview = Some(CachedPreview { drag: (*drag).clone(), target, copy, revision, preview });
    }
}
