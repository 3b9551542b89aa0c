#!/usr/bin/env bash
# run-all.sh BUILD_DIR [NAME...]  -- each benchmark beside the tool a user would otherwise use, in the same
# run, against the same local server; prints a table of times and ratios (peer time / our time: above 1
# means the client is faster). NAMEs: rows download vnc storage (default: all). Not part of the test
# suite: no pass or fail. Run it on a Release build: Debug figures say little.
set -euo pipefail
build=${1:?usage: run-all.sh BUILD_DIR [rows] [download] [vnc] [storage]}
shift
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(rows download vnc storage)
wanted() { local n; for n in "${names[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }
for n in "${names[@]}"; do
    case $n in rows | download | vnc | storage) ;; *) echo "unknown benchmark: $n (rows, download, vnc, storage)"; exit 2 ;; esac
done

work=$(mktemp -d /tmp/daas-bench.XXXXXX)
emulator=
cleanup() {
    [ -z "$emulator" ] || kill "$emulator" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

seconds() { sed -n 's/.*core_seconds=\([0-9.]*\).*/\1/p' <<<"$1"; }
memory() { sed -n 's/.*peak_memory=//p' <<<"$1"; }
ratio() { awk -v p="$1" -v c="$2" 'BEGIN { if (c > 0) printf "%.2f", p / c; else print "-" }'; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
rows=()
row() { rows+=("$(printf '%-30s %10s %10s %8s  %s' "$@")"); }

if wanted rows || wanted download; then
    # the ICAT/IDS emulator on a port the OS picks
    "$build/tests/facility/daas-icat-emulator" --port 0 --data-dir "$work/ids" >"$work/emu.out" 2>"$work/emu.log" &
    emulator=$!
    for _ in $(seq 300); do [ -s "$work/emu.out" ] && break; sleep 0.1; done
    base=$(sed -n 's/^listening on //p' "$work/emu.out")
    [ -n "$base" ] || { echo "emulator did not start:"; cat "$work/emu.log"; exit 1; }
fi

if wanted rows; then
    echo "== 100,000 datafile rows, page by page (500 a page), core vs curl on the same URLs"
    core=$("$build/tests/bench/bench_catalogue" rows "$base" "$work/urls.txt")
    echo "core: $core"
    # one curl process for every page, so it keeps its connection alive as the client does; each page's
    # body is discarded (a config file gives every URL its own output)
    sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$work/urls.txt" >"$work/curl.cfg"
    t0=$(now)
    curl -s -K "$work/curl.cfg"
    curl_rows=$(since "$t0")
    echo "curl: ${curl_rows}s for $(wc -l <"$work/urls.txt") pages"
    row "100k rows page by page" "$(seconds "$core")" "$curl_rows" "$(ratio "$curl_rows" "$(seconds "$core")")" \
        "$(memory "$core")"
fi

if wanted download; then
    echo "== 1 GiB datafile, core (streamed, size and CRC32 checked) vs curl -o"
    core_dl=$("$build/tests/bench/bench_catalogue" download "$base" "$work/url.txt")
    echo "core: $core_dl"
    t0=$(now)
    curl -s -o "$work/curl.bin" "$(cat "$work/url.txt")"
    curl_dl=$(since "$t0")
    echo "curl: ${curl_dl}s, $(stat -c %s "$work/curl.bin") bytes"
    rm -f "$work/curl.bin"
    row "1 GiB datafile" "$(seconds "$core_dl")" "$curl_dl" "$(ratio "$curl_dl" "$(seconds "$core_dl")")" \
        "$(memory "$core_dl")"
fi

if wanted vnc; then
    echo "== VNC viewer vs TigerVNC vncviewer, full 1920x1080 animation on Xtigervnc (needs an X DISPLAY)"
    if [ -n "${DISPLAY:-}" ] && command -v vncviewer >/dev/null; then
        "$build/tests/bench/bench_vnc_viewer" 8 || echo "bench_vnc_viewer failed"
    else
        echo "skipped: no DISPLAY or no vncviewer (run under tests/facility/test-session.sh)"
    fi
fi

if wanted storage; then
    echo
    echo "== WebDAV storage vs curl and rclone on a private Apache mod_dav_fs (1 GiB each way, 2,000 small files, 10,000-entry listing)"
    "$build/tests/bench/bench_storage" || echo "bench_storage failed"
fi

if [ ${#rows[@]} -gt 0 ]; then
    echo
    printf '%-30s %10s %10s %8s  %s\n' benchmark core_s peer_s ratio "core peak RSS (VmHWM)"
    printf '%s\n' "${rows[@]}"
    echo "(ratio = peer time / core time; the goal for the download is >= 0.9 with flat memory)"
fi

