//! Comeback plans a return to running after an injury or a baby without re-injuring.
//!
//! The layers point one way: the core (plan model, rules, file format, exports, CLI) ← the
//! editing layer ([`edit`]: the open document, undo, drops and pastes, comparisons) ← `ui`
//! (what the window draws) ← `app` (the eframe shell). The core and the editing layer know
//! nothing of egui and build without it (`--no-default-features`); the `gui` feature adds
//! the window on top. `tests/headless/layers.rs` fails on an import that points up. See ARCHITECTURE.md.

pub mod activity;
#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod comments;
pub mod dates;
pub mod diff;
pub mod edit;
pub mod export;
pub mod file;
pub mod folder;
pub mod generate;
pub mod i18n;
pub mod merge;
pub mod plan;
pub mod print;
pub mod private;
pub mod progress;
pub mod rules;
pub mod stepback;
pub mod store;
pub mod style;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
pub mod watch;
