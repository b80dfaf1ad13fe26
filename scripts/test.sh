#!/usr/bin/env bash
# Every gate: formatting, lints (warnings are errors), the core without the UI, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo check --no-default-features --lib
# Slow tests (killing saves mid-write) are marked #[ignore] so a plain `cargo test` stays quick;
# the gate runs them too.
cargo test -- --include-ignored
