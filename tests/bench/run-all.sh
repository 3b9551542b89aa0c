#!/usr/bin/env bash
# run-all.sh BUILD_DIR  -- each benchmark beside the tool a user would otherwise use, in the same run,
# against the same local server; prints a table of times and ratios (peer time / our time: above 1 means
# the client is faster). Not part of the test suite: no pass or fail.
set -euo pipefail
build=${1:?usage: run-all.sh BUILD_DIR}
work=$(mktemp -d /tmp/daas-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT

"$build/tests/facility/daas-icat-emulator" --data-dir "$work/ids" >"$work/emu.out" 2>"$work/emu.log" &
for _ in $(seq 200); do [ -s "$work/emu.out" ] && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/emu.out")
[ -n "$base" ] || { echo "emulator did not start"; exit 1; }

seconds() { sed -n 's/.*core_seconds=\([0-9.]*\).*/\1/p' <<<"$1"; }
ratio() { awk -v p="$1" -v c="$2" 'BEGIN { printf "%.2f", p / c }'; }
now() { date +%s.%N; }

echo "== 100,000 datafile rows, page by page (500 a page)"
core=$("$build/tests/bench/bench_catalogue" rows "$base" "$work/urls.txt")
echo "core: $core"
t0=$(now)
# one curl process for every page, so it keeps its connection alive as the client does; each page's body
# is discarded (a config file gives every URL its own output)
sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$work/urls.txt" >"$work/curl.cfg"
curl -s -K "$work/curl.cfg"
curl_rows=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')
echo "curl: ${curl_rows}s for $(wc -l <"$work/urls.txt") pages"
rows_ratio=$(ratio "$curl_rows" "$(seconds "$core")")

echo "== 1 GiB datafile download"
core_dl=$("$build/tests/bench/bench_catalogue" download "$base" "$work/url.txt")
echo "core: $core_dl"
t0=$(now)
curl -s -o "$work/curl.bin" "$(cat "$work/url.txt")"
curl_dl=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')
echo "curl: ${curl_dl}s, $(stat -c %s "$work/curl.bin") bytes"
dl_ratio=$(ratio "$curl_dl" "$(seconds "$core_dl")")

echo
printf '%-34s %10s %10s %8s %s\n' benchmark core_s curl_s ratio "core peak memory"
printf '%-34s %10s %10s %8s %s\n' "100k rows page by page" "$(seconds "$core")" "$curl_rows" "$rows_ratio" \
    "$(sed -n 's/.*peak_memory=//p' <<<"$core")"
printf '%-34s %10s %10s %8s %s\n' "1 GiB datafile" "$(seconds "$core_dl")" "$curl_dl" "$dl_ratio" \
    "$(sed -n 's/.*peak_memory=//p' <<<"$core_dl")"

echo
echo "== VNC viewer vs TigerVNC vncviewer, full 1920x1080 animation on Xtigervnc (needs an X DISPLAY for vncviewer)"
if [ -n "${DISPLAY:-}" ] && command -v vncviewer >/dev/null; then
    "$build/tests/bench/bench_vnc_viewer" 8 || echo "bench_vnc_viewer failed"
else
    echo "skipped: no DISPLAY or no vncviewer (run under tests/facility/test-session.sh)"
fi
