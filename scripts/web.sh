#!/usr/bin/env bash
# Comeback in a browser (docs/web.md). `scripts/web.sh` builds the page into dist/: index.html,
# the .wasm and its JS glue, made by wasm-bindgen from a release build for wasm32.
# `scripts/web.sh serve [PORT]` serves dist/ on 127.0.0.1 to try it (default port 8080).
# scripts/setup.sh installs the wasm target and the wasm-bindgen CLI this needs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = serve ]; then
  port="${2:-8080}"
  [ -f dist/index.html ] || { echo "web.sh: no dist/ yet; build it first with scripts/web.sh" >&2; exit 1; }
  echo "Comeback on http://127.0.0.1:$port/ (Ctrl+C stops it)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
fi
# The CLI must be the version of the wasm-bindgen crate the build links, or its glue won't fit.
wanted="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$have" != "$wanted" ]; then
  echo "web.sh: wasm-bindgen ${have:-is missing} but Cargo.lock has $wanted; run scripts/setup.sh" >&2
  exit 1
fi
cargo build --profile web --target wasm32-unknown-unknown --bin comeback-web --features web
rm -rf dist
mkdir -p dist
wasm-bindgen --target web --no-typescript --out-dir dist target/wasm32-unknown-unknown/web/comeback-web.wasm
cp web/index.html assets/icon.png dist/
wasm="dist/comeback-web_bg.wasm"
echo "web.sh: dist/ ready: $(du -k "$wasm" | cut -f1) KB of wasm, $(gzip -9 -c "$wasm" | wc -c | awk '{ printf "%.1f", $1 / 1048576 }') MB gzipped"
