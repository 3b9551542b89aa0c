#!/usr/bin/env bash
# fuzz-long.sh BUILD_DIR [TARGET] [SECONDS] -- the fuzz targets run long (packaging/dev fuzz): each one in
# turn (or only TARGET) for SECONDS (default 600), under nice, with a corpus kept between runs in
# BUILD_DIR/fuzz-corpus/TARGET (the committed seeds are read, never written). FUZZ_RUNS=N stops a target
# after N executions instead (SECONDS then bounds it). Prints a table: executions, executions per second,
# and the result; a crash's input is kept in BUILD_DIR/tests/fuzz/fuzz-artifacts/TARGET/. Each run is added
# to BUILD_DIR/fuzz-runs.tsv, and the table's last column sums a target's clean executions over all runs
# there (the corpus carries on between runs, so the goal of 10 million each can be reached over several).
set -uo pipefail
build=$(realpath "$1") only=${2:-} seconds=${3:-600}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
logs=$build/fuzz-logs
mkdir -p "$logs"
targets=$(cd "$here/corpus" && ls -d fuzz_*)
[ -n "$only" ] && [ "$only" != all ] && targets=$only
status=0
ledger=$build/fuzz-runs.tsv
printf '%-24s %14s %10s %-8s %s\n' target executions execs/s result 'clean in all runs'
for t in $targets; do
    fuzzer=$build/tests/fuzz/$t
    [ -x "$fuzzer" ] || { echo "no $fuzzer (cmake --build --preset fuzz)"; status=1; continue; }
    mkdir -p "$build/fuzz-corpus/$t"
    nice -n 15 "$here/run-fuzzer.sh" "$fuzzer" "$here/corpus/$t" "$seconds" "$build/fuzz-corpus/$t" \
        >"$logs/$t.log" 2>&1
    rc=$?
    runs=$(grep 'stat::number_of_executed_units:' "$logs/$t.log" | tail -1 | awk '{print $2}')
    rate=$(grep 'stat::average_exec_per_sec:' "$logs/$t.log" | tail -1 | awk '{print $2}')
    # 72: libFuzzer stopped by an interrupt (Ctrl+C, the end of a session): no finding, its executions count
    if [ $rc = 0 ]; then result=clean; elif [ $rc = 72 ]; then result=stopped; else result=FAILED; status=1; fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "${runs:-0}" "${rate:-0}" "$result" >>"$ledger"
    total=$(awk -F'\t' -v t="$t" '$2 == t && ($5 == "clean" || $5 == "stopped") { n += $3 } END { print n + 0 }' "$ledger")
    printf '%-24s %14s %10s %-8s %s\n' "$t" "${runs:-?}" "${rate:-?}" "$result" "$total"
    [ $rc = 0 ] || [ $rc = 72 ] || echo "  exit $rc: see $logs/$t.log"
done
exit $status
