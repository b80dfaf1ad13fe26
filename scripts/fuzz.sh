#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer): the plan file loader, the CSV import, and the
# rules and exports on generated plans.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    default: 60 s each, every target
#   RUNS=1000000 scripts/fuzz.sh [TARGET...]             a number of inputs instead of a time
#
# Targets: load, csv_import, validate (fuzz/fuzz_targets/). The committed seeds (fuzz/seeds/)
# are copied into the working corpus (fuzz/corpus/, git-ignored), which the fuzzer grows.
# Crashes, hangs and out-of-memory inputs land in fuzz/artifacts/TARGET/; each target's log is
# fuzz/logs/TARGET.log. Reproduce one with `cargo +nightly fuzz run TARGET ARTIFACT` in fuzz/,
# and minimise it with `cargo +nightly fuzz tmin TARGET ARTIFACT`.
#
# Environment: RUNS (inputs per target instead of a time), JOBS (run libFuzzer with -jobs=N
# -workers=N; the run's output then goes to fuzz-N.log, which is appended to the target's log),
# NICE (niceness, default 19: the fuzzer yields to everything else on the machine), SANITIZER
# (address by default; `none` runs about twice as fast), FUZZ_ARGS (more libFuzzer flags).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

all=(load csv_import validate)
if [[ -n ${RUNS:-} ]]; then
    limit=(-runs="$RUNS")
else
    seconds=60
    if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
        seconds=$1
        shift
    fi
    limit=(-max_total_time="$seconds")
fi
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=("${all[@]}")
fi
for t in "${targets[@]}"; do
    if [[ ! -f fuzz_targets/$t.rs ]]; then
        echo "fuzz.sh: no target named '$t'; the targets are: ${all[*]}" >&2
        exit 2
    fi
done

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz needs a nightly toolchain: rustup toolchain install nightly" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

nice_level=${NICE:-19}
build=(--sanitizer "${SANITIZER:-address}")
for t in "${targets[@]}"; do
    nice -n "$nice_level" cargo +nightly fuzz build "${build[@]}" "$t"
done

jobs=()
if [[ -n ${JOBS:-} ]]; then
    jobs=(-jobs="$JOBS" -workers="$JOBS")
fi
read -r -a extra <<<"${FUZZ_ARGS:-}"

mkdir -p logs
declare -A execs seconds_taken status
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    cp -n "seeds/$t/"* "corpus/$t/" 2>/dev/null || true
    log="logs/$t.log"
    rm -f fuzz-*.log
    echo "== $t: ${limit[*]} (log: fuzz/$log)"
    began=$(date +%s)
    result=0
    nice -n "$nice_level" cargo +nightly fuzz run "${build[@]}" "$t" "corpus/$t" -- \
        "${limit[@]}" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        "${jobs[@]}" "${extra[@]}" >"$log" 2>&1 || result=$?
    for job_log in fuzz-*.log; do
        [[ -f $job_log ]] || continue
        cat "$job_log" >>"$log"
        rm -f "$job_log"
    done
    seconds_taken[$t]=$(($(date +%s) - began))
    execs[$t]=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{n += $2} END {print n + 0}')
    if [[ $result -eq 0 ]] && ! grep -qE '^(==[0-9]+== ?ERROR|SUMMARY: libFuzzer)' "$log"; then
        status[$t]=ok
    else
        status[$t]="FOUND A PROBLEM (exit $result): see fuzz/$log and fuzz/artifacts/$t/"
    fi
    tail -n 12 "$log"
done

echo
echo "target       executions   seconds  result"
failed=0
for t in "${targets[@]}"; do
    printf '%-12s %10s %9s  %s\n' "$t" "${execs[$t]}" "${seconds_taken[$t]}" "${status[$t]}"
    [[ ${status[$t]} == ok ]] || failed=1
done
exit "$failed"
