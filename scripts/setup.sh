#!/usr/bin/env bash
# Installs what building, running and testing Comeback needs on Debian 12, idempotently.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# poppler-utils and qpdf read the PDF export back in the tests; khal imports the ICS export
# as a calendar user's would.
packages=(pkg-config libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxrandr2 libxi6 poppler-utils qpdf khal)
# Paper and the window fall back to the system's fonts through fontconfig for what the bundled
# font lacks; the tests print Chinese (WenQuanYi Micro Hei, compact) and monochrome emoji (Symbola).
packages+=(fontconfig fonts-wqy-microhei fonts-symbola)
# One test drives the app in a real X window, as a user's mouse does (tests/real_window.rs).
packages+=(xvfb xdotool)
# It reads the window's pixels back with xwd, to check that repainting only what changed shows
# what a full repaint shows.
packages+=(x11-apps)
# A test merges two branches of a plan with a real `git merge` through `comeback merge`.
packages+=(git)
# scripts/eframe-fork.sh applies crates/eframe-patches to upstream eframe (diffutils is essential
# in Debian; patch is not).
packages+=(patch)
# The browser version's test loads the page in a real browser: Debian's chromium, headless
# (scripts/test.sh skips it, saying so, where chromium is missing).
packages+=(chromium)
# Debian ships venv's pip bootstrap (ensurepip) apart, in python3-venv; see the .venv below.
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || packages+=(python3-venv)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v cargo >/dev/null || { echo "Rust is needed: install it with rustup (https://rustup.rs)"; exit 1; }
rustup component add rustfmt clippy >/dev/null 2>&1 || true
# The export tests read files back with independent parsers: Python's icalendar for ICS and
# Garmin's own FIT decoder (garmin-fit-sdk) for watch workouts. They live in a virtual
# environment at the repository root (.venv, gitignored), since Debian's Python refuses
# `pip install` outside one.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# Each entry is "module-to-import:package-on-PyPI"; only missing ones are installed.
for pair in icalendar:icalendar garmin_fit_sdk:garmin-fit-sdk; do
  "$venv/bin/python" -c "import ${pair%%:*}" 2>/dev/null || "$venv/bin/python" -m pip install --quiet "${pair#*:}"
done
# The browser version (scripts/web.sh, docs/web.md): the wasm target, and wasm-bindgen's CLI at
# exactly the version of the wasm-bindgen crate in Cargo.lock (glue of another version does not
# fit the .wasm). cargo install builds it once (a few minutes); later runs find it.
rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null || rustup target add wasm32-unknown-unknown
wanted="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
# --locked first, as the CLI's authors tested it; a crates.io mirror that lacks one of those
# exact versions gets the newest it has instead.
if [ "$have" != "$wanted" ]; then
  cargo install wasm-bindgen-cli --version "$wanted" --locked || cargo install wasm-bindgen-cli --version "$wanted"
fi
# The browser test's node modules (playwright-core drives chromium), from their lockfile, in
# web/test/node_modules (gitignored); installed again only when the lockfile changed.
if command -v npm >/dev/null; then
  test_dir="$root/web/test"
  stamp="$test_dir/node_modules/.installed-from-lock"
  if ! cmp -s "$test_dir/package-lock.json" "$stamp" 2>/dev/null; then
    (cd "$test_dir" && npm ci --silent --no-audit --no-fund)
    cp "$test_dir/package-lock.json" "$stamp"
  fi
fi
