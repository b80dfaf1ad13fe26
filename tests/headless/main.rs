//! The core and the editing layer, tested headless (without the window): one binary, one module a
//! feature (helix runs its integration tests as one), so the app is linked once, not once a
//! file. Parts that drive the window are behind the `gui` feature inside their module.

#[path = "../common/mod.rs"]
mod common;

mod activity;
mod calendar;
mod cli;
mod csv;
mod diff;
mod edit;
mod export;
mod files;
mod generate;
mod layers;
mod log;
mod merge;
mod merge_properties;
mod numbers;
mod one_home;
mod paper_languages;
mod readiness;
mod rules;
mod rules_properties;
mod save_safety;
mod stepback;
mod translations;
mod workout;
