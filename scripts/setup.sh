#!/usr/bin/env bash
# Installs what building, running and testing Comeback needs on Debian 12, idempotently.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# poppler-utils and qpdf read the PDF export back in the tests.
packages=(pkg-config libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxrandr2 libxi6 poppler-utils qpdf)
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
# The export tests read ICS files back with an independent parser, Python's icalendar.
python3 -c "import icalendar" 2>/dev/null || python3 -m pip install --quiet --root-user-action=ignore icalendar
