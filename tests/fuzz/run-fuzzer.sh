#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SEEDS SECONDS [CORPUS]
# Runs a libFuzzer target over its seeds, then on random input for SECONDS. New inputs go to CORPUS (a
# temporary folder removed afterwards when none is given), never into the committed seeds. A crash or a
# sanitizer report fails the run; its input is kept beside the build (fuzz-artifacts/) and named in the output.
# FUZZ_RUNS=N stops after N executions instead (and SECONDS is then the upper bound).
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=$3 corpus=${4:-}
name=$(basename "$fuzzer")
artifacts=$(dirname "$fuzzer")/fuzz-artifacts/$name
mkdir -p "$artifacts"
if [ -z "$corpus" ]; then
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
    trap 'rm -rf "$corpus"' EXIT
fi
mkdir -p "$corpus"
args=(-max_total_time="$seconds" -timeout=60 -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1
      -artifact_prefix="$artifacts/")
[ -n "${FUZZ_RUNS:-}" ] && args+=(-runs="$FUZZ_RUNS")
# -timeout: one input taking a minute is a hang (a loaded machine can stall a niced run for half of that)
# UBSan findings end the run (the core is built with -fno-sanitize-recover=undefined); stack traces for both
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1}
exec "$fuzzer" "${args[@]}" "$corpus" "$seeds"
