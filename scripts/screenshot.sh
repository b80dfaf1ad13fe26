#!/usr/bin/env bash
# Runs Comeback in a real X window under Xvfb, optionally drags with the mouse, and saves a
# screenshot to look at (the README's picture comes from here).
#
#   scripts/screenshot.sh OUT.png [--size 1366x768] [--wait 3] [--theme light|dark]
#                         [--click X,Y]... [--drag X1,Y1:X2,Y2]... [--hold X1,Y1:X2,Y2] [-- APP ARGS]
#
#   scripts/screenshot.sh --docs
#
# --click clicks (menus, buttons), before the drags; --drag drops; --hold presses, moves and
# takes the picture before letting go (the drop preview). Otherwise the pointer is parked in the
# window's bottom-right corner first, so no tooltip or highlight is in the picture.
# --docs makes the README's pictures: the example plan as on 27 November 2026 at 1024×640,
# 1366×768 and 2560×1440 (where the app starts at 1.5), light and dark, in docs/.
# Installs xvfb, xdotool, ImageMagick and Mesa's software OpenGL if missing, and builds the
# debug binary. egui needs a frame between button-down and the first move, hence the pauses.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--docs" ]; then
  for size in 1024x640 1366x768 2560x1440; do
    for theme in light dark; do
      # Tried thrice: on a busy machine the app sometimes finds the new X server not yet there.
      for _ in 1 2 3; do
        "$0" "docs/screenshot-${size%x*}-$theme.png" --size "$size" --wait 8 --theme "$theme" \
          -- saves/example.ron --today 2026-11-27 && break
      done
    done
  done
  exit
fi
out=$1; shift
size=1366x768 wait=3 clicks=() drags=() hold="" theme="" args=()
while [ $# -gt 0 ]; do
  case $1 in
    --size) size=$2; shift 2 ;;
    --wait) wait=$2; shift 2 ;;
    --click) clicks+=("$2"); shift 2 ;;
    --drag) drags+=("$2"); shift 2 ;;
    --hold) hold=$2; shift 2 ;;
    --theme) theme=$2; shift 2 ;;
    --) shift; args=("$@"); break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ ${#args[@]} -gt 0 ] || args=(saves/example.ron)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
for p in xvfb xdotool imagemagick libgl1-mesa-dri; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
cargo build --quiet --bin comeback

# Xvfb picks a free display itself and says which: others may run theirs on this machine.
export XDG_RUNTIME_DIR; XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
app="" xvfb=""
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
Xvfb -displayfd 1 -screen 0 "${size}x24" -nolisten tcp >"$XDG_RUNTIME_DIR/display" 2>/dev/null & xvfb=$!
for _ in $(seq 1 100); do [ -s "$XDG_RUNTIME_DIR/display" ] && break; sleep 0.1; done
disp=:$(head -n 1 "$XDG_RUNTIME_DIR/display")
[ "$disp" != ":" ] || { echo "Xvfb did not start" >&2; exit 1; }
# A throwaway home, so the screenshot shows a first start (no remembered file or autosave).
export HOME; HOME=$(mktemp -d)
if [ -n "$theme" ]; then
  # Preferences as eframe stores them: a map of keys to RON strings.
  mkdir -p "$HOME/.local/share/comeback"
  echo "{\"comeback-prefs\": \"(theme: ${theme^})\"}" > "$HOME/.local/share/comeback/app.ron"
fi
DISPLAY=$disp target/debug/comeback "${args[@]}" & app=$!
for _ in $(seq 1 150); do DISPLAY=$disp xdotool search --pid $app >/dev/null 2>&1 && break; sleep 0.1; done
w=$(DISPLAY=$disp xdotool search --pid $app | tail -n 1) || { echo "no window appeared within 15 s" >&2; exit 1; }
DISPLAY=$disp xdotool windowmove "$w" 0 0 windowsize "$w" "${size%x*}" "${size#*x}" 2>/dev/null || true
sleep "$wait"
# Again: on its first frames the app may size its window for the screen it found (a first
# start on a large screen opens at 1280×800 points).
DISPLAY=$disp xdotool windowmove "$w" 0 0 windowsize "$w" "${size%x*}" "${size#*x}" 2>/dev/null || true
sleep 1
press() { # x1 y1 x2 y2
  DISPLAY=$disp xdotool mousemove "$1" "$2" sleep 0.2 mousedown 1 sleep 0.2 \
    mousemove $(( ($1 + $3) / 2 )) $(( ($2 + $4) / 2 )) sleep 0.2 mousemove "$3" "$4" sleep 0.5
}
for c in "${clicks[@]}"; do
  DISPLAY=$disp xdotool mousemove "${c%,*}" "${c#*,}" sleep 0.3 click 1 sleep 0.7
done
for d in "${drags[@]}"; do
  a=${d%:*} b=${d#*:}
  press "${a%,*}" "${a#*,}" "${b%,*}" "${b#*,}"
  DISPLAY=$disp xdotool mouseup 1 sleep 0.5
done
if [ -n "$hold" ]; then
  a=${hold%:*} b=${hold#*:}
  press "${a%,*}" "${a#*,}" "${b%,*}" "${b#*,}"
  DISPLAY=$disp xdotool mousemove_relative 1 1 sleep 0.5
else
  DISPLAY=$disp xdotool mousemove $(( ${size%x*} - 2 )) $(( ${size#*x} - 2 )) sleep 1
fi
DISPLAY=$disp import -window root "$out"
echo "screenshot: $out"
