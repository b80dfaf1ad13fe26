//! The editing layer: a plan being edited, without a window. The open [`Document`] with its
//! findings and undo [`History`], a [`Comparison`] with another version and taking theirs,
//! merging another copy in ([`Document::merge`]), and drag-and-drop, copy and paste turned into
//! plan [`Command`](crate::plan::Command)s.
//!
//! It sits between the core (plan, rules, file) and the window (`ui`, `app`) and imports
//! neither egui nor anything above it, so undo, drops, pastes, comparisons and merges are tested
//! as plain tables and build with `--no-default-features`.

mod compare;
mod document;
mod drop;
mod history;
mod marks;
mod merge;
mod preview;

pub use compare::Comparison;
pub use document::Document;
pub use drop::{Clip, Drag, drop_commands, kind_for, paste_commands};
pub use history::EditKey;
pub use marks::MergeMarks;
pub use merge::{Merge, base_of};
pub use preview::Preview;
