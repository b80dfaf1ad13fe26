#!/usr/bin/env bash
# Every gate: formatting, lints (warnings are errors), the core and the editing layer without
# the window, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/eframe-fork.sh check  # crates/eframe is eframe 0.37.0 plus crates/eframe-patches, nothing else
cargo fmt --check
cargo clippy --all-targets -- -D warnings
# Without the window: the core, the editing layer and their tests (tests/headless) must never
# come to need egui. Checked, not run again: the same tests run below, with the window built,
# and a second build of every test without it cost five of a clean run's 22 minutes.
cargo clippy --no-default-features --all-targets -- -D warnings
# Slow tests (killing saves mid-write) are marked #[ignore] so a plain `cargo test` stays quick;
# the gate runs them too.
cargo test -- --include-ignored
