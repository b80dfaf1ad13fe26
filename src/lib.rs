//! Comeback plans a return to running after an injury or a baby without re-injuring.
//!
//! The core (plan model, rules, file format, CLI) knows nothing of the UI and builds
//! without it (`--no-default-features`); the `gui` feature adds the eframe app on top.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod diff;
pub mod export;
pub mod file;
pub mod folder;
pub mod generate;
pub mod plan;
pub mod print;
pub mod rules;
pub mod stepback;
pub mod style;
pub mod text;
pub mod watch;
#[cfg(feature = "gui")]
pub mod ui;
