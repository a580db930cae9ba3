#!/usr/bin/env bash
# Runs each libFuzzer target for a while: run-fuzz.sh BUILD_DIR SECONDS NAME...
# Each target works on a corpus in the build directory, seeded from tests/fuzz/corpus/NAME (read
# only: generated inputs never land in the source tree); what it finds goes to
# BUILD_DIR/findings/NAME/. Exits non-zero when any target found something.
set -uo pipefail
build=$1
seconds=$2
shift 2
source_dir=$(cd "$(dirname "$0")" && pwd)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$source_dir/../lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
summary=()
failed=0
for name in "$@"; do
    work=$build/corpus/$name
    findings=$build/findings/$name
    log=$build/logs/$name.log
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    echo "== fuzz_$name for ${seconds}s (log: $log)"
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=4096 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$work" "$source_dir/corpus/$name" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corpus=$(find "$work" "$source_dir/corpus/$name" -type f | wc -l)
    found=$(find "$findings" -type f | wc -l)
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        result="FOUND $found (exit $status): see $findings and $log"
        grep -m3 -E 'ERROR|invariant failed|runtime error' "$log"
    else
        result="nothing found"
    fi
    summary+=("$(printf '%-20s %6ss %12s runs %8s exec/s %6s inputs  %s' \
        "$name" "$seconds" "${runs:-?}" "${rate:-?}" "$corpus" "$result")")
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $failed
