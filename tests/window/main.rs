//! The window driven through egui_kittest: one binary, one module a feature, linked once.

#[path = "../common/mod.rs"]
mod common;

mod editor_language;
mod language;
mod newcomer;
mod one_source;
mod painting;
mod platform;
mod ui;
mod ui_layout;
