#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer): the plan file loader, the CSV import, the rules
# and exports on generated plans, and the readers of recorded activities (FIT; GPX, TCX and gzip)
# with the matching of what they read.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    default: 60 s each, every target
#   RUNS=1000000 scripts/fuzz.sh [TARGET...]             a number of inputs instead of a time
#
# Targets: load, csv_import, validate, activity_fit, activity_xml (fuzz/fuzz_targets/). The
# committed seeds (fuzz/seeds/) are copied into the working corpus (fuzz/corpus/, git-ignored),
# which the fuzzer grows; a dictionary in fuzz/dicts/TARGET.dict is used when there is one.
# Crashes, hangs and out-of-memory inputs land in fuzz/artifacts/TARGET/; each run's output is
# fuzz/logs/TARGET.log.
# Reproduce an artifact with `cargo +nightly fuzz run -s none TARGET ARTIFACT` in fuzz/ (prefix
# FUZZ_DEBUG=1 for `validate` to print the plan it builds), minimise it with
# `cargo +nightly fuzz tmin -s none TARGET ARTIFACT`; without a nightly toolchain, drop
# `+nightly` and prefix RUSTC_BOOTSTRAP=1, as this script does.
#
# Environment: FUZZ_TOOLCHAIN (a rustup toolchain such as nightly; default: the installed one
# with RUSTC_BOOTSTRAP=1), RUNS (inputs per target instead of a time), JOBS (libFuzzer -jobs=N -workers=N:
# N fuzzing processes, each running RUNS inputs or for the time; their output is collected in
# the target's log), NICE (niceness, default 19: the fuzzer yields to everything else on the
# machine), SANITIZER (default none: the core is safe Rust and AddressSanitizer halves the
# speed; `address` also checks the dependencies' unsafe code), TIMEOUT (seconds one input may
# take before it counts as a hang, default 10; libFuzzer counts wall time, so a niced fuzzer
# sharing the machine with a build needs more: a 0.9 s input took over 10 s beside `cargo test`),
# FUZZ_ARGS (more libFuzzer flags).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

all=(load csv_import validate activity_fit activity_xml)
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

# cargo-fuzz passes rustc flags only a nightly compiler takes (-Z options for the coverage
# instrumentation). RUSTC_BOOTSTRAP=1 lets the installed toolchain, the one that builds the app,
# accept them, so no nightly needs fetching; FUZZ_TOOLCHAIN=nightly (or another rustup name)
# uses that toolchain instead.
if [[ -n ${FUZZ_TOOLCHAIN:-} ]]; then
    fuzz=(cargo "+$FUZZ_TOOLCHAIN" fuzz)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi
echo "fuzz.sh: building with $("${fuzz[@]:0:${#fuzz[@]}-1}" --version)${RUSTC_BOOTSTRAP:+ and RUSTC_BOOTSTRAP=1}" >&2
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

nice_level=${NICE:-19}
build=(--sanitizer "${SANITIZER:-none}")
for t in "${targets[@]}"; do
    nice -n "$nice_level" "${fuzz[@]}" build "${build[@]}" "$t"
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
    dict=()
    if [[ -f dicts/$t.dict ]]; then
        dict=(-dict="dicts/$t.dict")
    fi
    nice -n "$nice_level" "${fuzz[@]}" run "${build[@]}" "$t" "corpus/$t" -- \
        "${limit[@]}" -rss_limit_mb=2048 -timeout="${TIMEOUT:-10}" -print_final_stats=1 \
        "${dict[@]}" "${jobs[@]}" "${extra[@]}" >"$log" 2>&1 || result=$?
    # With -jobs, libFuzzer copies each job's fuzz-N.log into its own output when the job ends.
    rm -f fuzz-*.log
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
