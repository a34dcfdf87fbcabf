#!/usr/bin/env bash
# Runs every libFuzzer harness built in BUILD_DIR for SECONDS each (default 60), seeded with
# tests/fuzz/seeds/<harness>, tests/fuzz/regressions/<harness> and, for the JSON harnesses,
# tests/data/graph, with the dictionary graph.dict (form.dict for sim_token and retry_after,
# join.dict for join_target, jwt.dict for jwt, relay.dict for relay_message, http.dict for
# http_request_head).
# Prints executions per harness as a table and writes it to BUILD_DIR/fuzz-results.txt. A crash
# leaves its input in BUILD_DIR/fuzz-artifacts/<harness>/: copy it to
# tests/fuzz/regressions/<harness>/ once fixed, so that tst_fuzz_replay keeps checking it.
# Exit status 1 when any harness crashed.
#   usage: run-all.sh BUILD_DIR [SECONDS]
set -uo pipefail
build=${1:?usage: run-all.sh BUILD_DIR [SECONDS]}
secs=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../data/graph" && pwd)
build=$(cd "$build" && pwd)

# harness name and whether tests/data/graph seeds it (keep in step with targets/fuzz_targets.cpp)
harnesses=(roster_parser:1 operation_parser:1 graph_error:0 retry_after:0 batch_response:1
           token_response:0 sim_invite:1 sim_batch:1 sim_token:0 join_target:0 comms_notification:1 jwt:0 relay_message:0
           http_request_head:0)

results=$build/fuzz-results.txt
logs=$build/fuzz-logs
mkdir -p "$logs"
failed=0
rows=()
for entry in "${harnesses[@]}"; do
    name=${entry%%:*}
    exe=$build/tests/fuzz/fuzz_$name
    if [[ ! -x $exe ]]; then
        echo "missing harness $exe (build the moderato_fuzzers target)" >&2
        exit 2
    fi
    corpus=$build/fuzz-corpus/$name
    artifacts=$build/fuzz-artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    seeds=("$here/seeds/$name")
    [[ -d $here/regressions/$name ]] && seeds+=("$here/regressions/$name")
    [[ ${entry##*:} == 1 ]] && seeds+=("$data")
    dict=$here/graph.dict
    [[ $name == sim_token || $name == retry_after ]] && dict=$here/form.dict
    [[ $name == join_target ]] && dict=$here/join.dict
    [[ $name == jwt ]] && dict=$here/jwt.dict
    [[ $name == relay_message ]] && dict=$here/relay.dict
    [[ $name == http_request_head ]] && dict=$here/http.dict
    log=$logs/$name.log
    printf 'fuzzing %-18s %ss ... ' "$name" "$secs"
    # New inputs go to the first directory (the working corpus, kept between runs); the others
    # are only read. Qt's messages are silenced by the harness itself.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        "$exe" -max_total_time="$secs" -timeout=25 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -dict="$dict" -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" >"$log" 2>&1
    status=$?
    runs=$(grep -oE '^Done [0-9]+ runs' "$log" | tail -n 1 | grep -oE '[0-9]+')
    if [[ $status -ne 0 || -z $runs ]]; then
        failed=1
        runs=${runs:-$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)}
        crash=$(ls -t "$artifacts" 2>/dev/null | head -n 1)
        echo "CRASHED (see $log${crash:+, input $artifacts/$crash})"
        rows+=("$(printf '%-18s %12s %8s  %s' "$name" "${runs:-?}" "$secs" "CRASH")")
    else
        echo "$runs runs"
        rows+=("$(printf '%-18s %12s %8s  %s' "$name" "$runs" "$secs" "ok")")
    fi
done

{
    echo "# Moderato fuzz run $(date -u +%Y-%m-%dT%H:%M:%SZ), $secs s per harness, $(clang --version | head -n 1)"
    printf '%-18s %12s %8s  %s\n' harness executions seconds result
    printf '%s\n' "${rows[@]}"
} >"$results"
echo
cat "$results"
echo
echo "Written to $results"
exit $failed
