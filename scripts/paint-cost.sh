#!/usr/bin/env bash
# What looking at the app costs, measured the same way every time (issue 21): the release app
# under Xvfb with Mesa's software OpenGL (what a VM, a remote desktop or a laptop without
# drivers gives) on saves/example.ron. Prints when the first frame showed (the screen was no
# longer one colour) and when the screen took the look it keeps (scripts/first-frame.py), then
# the CPU the process used (utime + stime from /proc/PID/stat, all threads) while the pointer
# made 25 moves 0.2 s apart, over the calendar and over the status bar. With GoldenCheetah
# installed (Debian's goldencheetah) it measures it the same way in the same run.
#
#   scripts/paint-cost.sh [--runs N] [--binary PATH] [--no-goldencheetah]
#
# Figures, not a test: speed is never asserted. Run it on a quiet machine and compare runs
# made the same day.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3 binary="" other=1
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --no-goldencheetah) other=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in Xvfb xdotool python3; do
  command -v $tool >/dev/null || { echo "$tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
if [ -z "$binary" ]; then
  cargo build --quiet --release --bin comeback
  binary=target/release/comeback
fi
command -v GoldenCheetah >/dev/null || other=0

tick=$(getconf CLK_TCK)
size=1366x768
disp=:$((150 + RANDOM % 50))
# -noreset: an X server with no client left resets, and the pointer with it, so the pointer
# parked before each start stayed where the server put it (over a session, whose tooltip then
# changed the screen after the first frame).
Xvfb $disp -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 & xvfb=$!
app=""
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$disp LIBGL_ALWAYS_SOFTWARE=1

# CPU ticks (of 1/CLK_TCK s) the process has used so far, all its threads.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Ticks used while the pointer moves 25 times between two points 0.2 s apart.
moves() { # pid x1 y1 x2 y2
  xdotool mousemove "$2" "$3"; sleep 1
  local before after
  before=$(ticks "$1")
  for i in $(seq 1 25); do
    if [ $((i % 2)) -eq 1 ]; then xdotool mousemove "$4" "$5"; else xdotool mousemove "$2" "$3"; fi
    sleep 0.2
  done
  sleep 0.5
  after=$(ticks "$1")
  echo $((after - before))
}

# An athlete GoldenCheetah opens straight away (without, it starts on its athlete chooser, and
# on a folder it has not seen, on its upgrade dialog): its empty Activities view.
goldencheetah_athlete() { # home
  mkdir -p "$1/.goldencheetah/Runner/config" "$1/.config/goldencheetah.org"
  printf '[General]\nversionused=3990\n\n[upgradesuccess]\nfolder=true\n' > "$1/.goldencheetah/Runner/config/athlete-general.ini"
  printf '[mainwindow]\nlastOpened=Runner\n' > "$1/.config/goldencheetah.org/GoldenCheetah.ini"
}

# name, then the command; the two point pairs are a calendar area and the status bar.
measure() { # name calendar-points statusbar-points command...
  local name=$1 cal=$2 bar=$3; shift 3
  local home; home=$(mktemp -d)
  [ "$name" = GoldenCheetah ] && goldencheetah_athlete "$home"
  # The pointer waits off both windows: over one, a tooltip would change the look it settles on.
  xdotool mousemove $((${size%x*} - 1)) $((${size#*x} - 1))
  local start; start=$(date +%s%N)
  HOME=$home XDG_RUNTIME_DIR=$home "$@" >/dev/null 2>&1 & app=$!
  local first settled
  read -r _ first _ settled < <(python3 scripts/first-frame.py "$start" 2)
  sleep 2
  xdotool search --pid $app 2>/dev/null | while read -r w; do xdotool windowmove "$w" 0 0 windowsize "$w" ${size%x*} ${size#*x} 2>/dev/null || true; done
  sleep 2
  # shellcheck disable=SC2086
  local c; c=$(moves $app $cal)
  # shellcheck disable=SC2086
  local b; b=$(moves $app $bar)
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; app=""
  rm -rf "$home"
  printf '%-14s first frame %5.3f s  settled %5.3f s   calendar %4d ticks (%3d ms CPU a move)   status bar %4d ticks (%3d ms a move)\n' \
    "$name" "$first" "$settled" "$c" $((c * 1000 / tick / 25)) "$b" $((b * 1000 / tick / 25))
}

for run in $(seq 1 "$runs"); do
  echo "run $run of $runs"
  measure Comeback "400 200 700 400" "500 757 900 757" "$binary" saves/example.ron
  if [ $other -eq 1 ]; then
    measure GoldenCheetah "400 200 700 400" "500 757 900 757" GoldenCheetah
  fi
done
