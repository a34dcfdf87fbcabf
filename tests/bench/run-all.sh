#!/usr/bin/env bash
# Runs every benchmark against a Release build and prints the table of <build>/bench/results.json.
#   tests/bench/run-all.sh BUILD_DIR
# ./dev.sh bench builds the release preset and calls this inside a private D-Bus session.
# MODERATO_BENCH_QUICK=1 makes every benchmark short (a smoke run; its figures mean little).
# Each benchmark merges its rows into results.json; a failing one is reported and the others
# still run; the exit status is 1 if any failed.
set -uo pipefail
build=${1:?usage: tests/bench/run-all.sh BUILD_DIR}
build=$(cd "$build" && pwd)
bench=$build/tests/bench
out=$build/bench
quick=${MODERATO_BENCH_QUICK:-0}

for exe in bench_roster_refresh bench_memory bench_gui_stall bench_bulk_actions bench_startup bench_idle bench_notifications bench_report; do
    if [[ ! -x $bench/$exe ]]; then
        echo "run-all.sh: $bench/$exe is missing; build with: cmake --build $build --target moderato_benchmarks moderato moderato-cli moderato-graphsim" >&2
        exit 1
    fi
done

rm -f "$out/results.json"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
failed=()
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

run() { # name command...
    local name=$1
    shift
    printf '\033[1m--> %s\033[0m\n' "$name"
    local t0=$(date +%s)
    if ! "$@"; then
        echo "run-all.sh: $name FAILED" >&2
        failed+=("$name")
    fi
    echo "    ($(($(date +%s) - t0)) s)"
}

# The quick run measures the same things for less time: fewer seconds, runs and repetitions.
if [[ $quick == 1 ]]; then
    refresh_args=(--quick) stall_seconds=5 startup_runs=3 idle_seconds=10 notification_args=(--runs 30 --seconds 10)
else
    refresh_args=() stall_seconds=15 startup_runs=7 idle_seconds=60 notification_args=(--runs 200 --seconds 60)
fi
run roster_refresh "$bench/bench_roster_refresh" --out "$out" "${refresh_args[@]}"
run memory "$bench/bench_memory" --path app --bin "$build" --out "$out"
run memory_in_place "$bench/bench_memory" --path in-place --out "$out"
run gui_stall "$bench/bench_gui_stall" --out "$out" --seconds "$stall_seconds"
run bulk_actions "$bench/bench_bulk_actions" --out "$out"
run startup "$bench/bench_startup" --bin "$build" --out "$out" --runs "$startup_runs"
run idle "$bench/bench_idle" --bin "$build" --out "$out" --seconds "$idle_seconds"
run notifications "$bench/bench_notifications" --bin "$build" --out "$out" "${notification_args[@]}"

echo
"$bench/bench_report" "$out/results.json" || failed+=(report)
echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "Results: $out/results.json ($(($(date +%s) - started)) s)"
if ((${#failed[@]})); then
    echo "Failed: ${failed[*]}" >&2
    exit 1
fi
