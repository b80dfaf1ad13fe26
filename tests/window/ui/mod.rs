//! The window driven like a user would, one module a feature: drags, clicks and keys through
//! egui_kittest.

mod calendar;
mod files;
mod kit;
mod merging;
mod panels;
mod recorded;
