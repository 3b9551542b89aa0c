#!/usr/bin/env bash
# run-all.sh BUILD_DIR [NAME...]  -- each benchmark beside the tool a user would otherwise use, in the same
# run, against the same local server; prints a table of times and ratios (peer time / our time: above 1
# means the client is faster). NAMEs: rows download vnc rdp memory storage stall jobs (default: all; rdp includes memory).
# Not part of the test suite: no pass or fail. Run it on a Release build: Debug figures say little.
set -euo pipefail
build=${1:?usage: run-all.sh BUILD_DIR [rows] [download] [vnc] [rdp] [memory] [storage] [stall] [jobs]}
shift
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(rows download vnc rdp storage stall jobs)
wanted() { local n; for n in "${names[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }
for n in "${names[@]}"; do
    case $n in rows | download | vnc | rdp | memory | storage | stall | jobs) ;; *) echo "unknown benchmark: $n (rows, download, vnc, rdp, memory, storage, stall, jobs)"; exit 2 ;; esac
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
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rows=()
row() { rows+=("$(printf '%-30s %10s %10s %8s %10s %10s %8s  %s' "$@")"); }
# The machine is shared and its load comes and goes: each side runs $rounds times, the two taking turns to go
# first, and the medians are compared. CPU seconds (user + system of the whole process) are less sensitive
# to the load than wall time, so they are reported beside it.
rounds=${BENCH_ROUNDS:-3}
# timed VAR_WALL VAR_CPU COMMAND...: runs COMMAND (its stdout to $work/out), adds its wall and CPU seconds.
# What the previous run wrote is removed and written back first, outside the clock: a writer that follows a
# 1 GiB file still in the page cache is throttled by the kernel while that file goes to disk, and then the
# order of the two sides, not the sides, decides.
timed() {
    local -n wall_=$1 cpu_=$2
    shift 2
    rm -rf "$work/core-download" "$work/curl.bin"
    mkdir -p "$work/core-download"
    sync
    local TIMEFORMAT='%R %U %S' t
    t=$({ time "$@" >"$work/out" 2>>"$work/err"; } 2>&1) || { echo "failed: $*"; cat "$work/err"; exit 1; }
    read -r w u s <<<"$t"
    wall_+=("$w")
    cpu_+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }')")
}

if wanted rows || wanted download; then
    # the ICAT/IDS emulator on a port the OS picks
    "$build/tests/facility/daas-icat-emulator" --port 0 --data-dir "$work/ids" >"$work/emu.out" 2>"$work/emu.log" &
    emulator=$!
    for _ in $(seq 300); do [ -s "$work/emu.out" ] && break; sleep 0.1; done
    base=$(sed -n 's/^listening on //p' "$work/emu.out")
    [ -n "$base" ] || { echo "emulator did not start:"; cat "$work/emu.log"; exit 1; }
fi

# compare NAME CORE_COMMAND PEER_COMMAND: $rounds turns each, then one row of medians
compare() {
    local name=$1 core_cmd=$2 peer_cmd=$3 i core_wall=() core_cpu=() peer_wall=() peer_cpu=() inner=() mems=()
    local ignored=()
    for i in $(seq "$rounds"); do
        [ $((i % 2)) = 1 ] || timed peer_wall peer_cpu $peer_cmd
        timed ignored core_cpu $core_cmd
        inner+=("$(seconds "$(cat "$work/out")")")
        mems+=("$(memory "$(cat "$work/out")" | tr -dc 0-9)")
        [ $((i % 2)) = 0 ] || timed peer_wall peer_cpu $peer_cmd
        echo "  round $i: core ${inner[-1]}s (cpu ${core_cpu[-1]}s), peer ${peer_wall[-1]}s (cpu ${peer_cpu[-1]}s)"
    done
    # the core's own clock: it leaves out its sign-in, which curl does not do either
    local cw pw cc pc
    cw=$(median "${inner[@]}"); pw=$(median "${peer_wall[@]}")
    cc=$(median "${core_cpu[@]}"); pc=$(median "${peer_cpu[@]}")
    row "$name" "$cw" "$pw" "$(ratio "$pw" "$cw")" "$cc" "$pc" "$(ratio "$pc" "$cc")" \
        "$(printf '%s\n' "${mems[@]}" | sort -n | tail -1) kB"
}

if wanted rows; then
    echo "== 100,000 datafile rows, page by page (500 a page), core vs curl on the same URLs; $rounds rounds"
    "$build/tests/bench/bench_catalogue" rows "$base" "$work/urls.txt" >/dev/null
    # one curl process for every page, so it keeps its connection alive as the client does; each page's
    # body is discarded (a config file gives every URL its own output)
    sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$work/urls.txt" >"$work/curl.cfg"
    compare "100k rows page by page" "$build/tests/bench/bench_catalogue rows $base $work/urls.txt" \
        "curl -s -K $work/curl.cfg"
fi

if wanted download; then
    echo "== 1 GiB datafile, core (streamed, size and CRC32 checked) vs curl -o; $rounds rounds"
    "$build/tests/bench/bench_catalogue" download "$base" "$work/url.txt" >/dev/null
    compare "1 GiB datafile" "$build/tests/bench/bench_catalogue download $base $work/url.txt" \
        "curl -s -o $work/curl.bin $(cat "$work/url.txt")"
    rm -f "$work/curl.bin"
fi

if wanted vnc; then
    echo "== VNC viewer vs TigerVNC vncviewer, full 1920x1080 animation on Xtigervnc (needs an X DISPLAY); $rounds rounds"
    if [ -n "${DISPLAY:-}" ] && command -v vncviewer >/dev/null; then
        "$build/tests/bench/bench_vnc_viewer" 8 "$rounds" || echo "bench_vnc_viewer failed"
    else
        echo "skipped: no DISPLAY or no vncviewer (run under tests/facility/test-session.sh)"
    fi
fi

if wanted rdp; then
    echo "== RDP viewer vs xfreerdp3, full 1920x1080 animation on freerdp-shadow-cli3 (needs an X DISPLAY); $rounds rounds"
    if [ -n "${DISPLAY:-}" ] && command -v xfreerdp3 >/dev/null; then
        "$build/tests/bench/bench_rdp_viewer" 8 "$rounds" || echo "bench_rdp_viewer failed"
    else
        echo "skipped: no DISPLAY or no xfreerdp3 (run under tests/facility/test-session.sh)"
    fi
fi

if wanted rdp || wanted memory; then
    echo "== four RDP desktops open: our client's memory vs Remmina's (needs an X DISPLAY and a session bus); $rounds rounds"
    if [ -n "${DISPLAY:-}" ] && command -v remmina >/dev/null; then
        "$build/tests/bench/bench_desktops_memory" "$rounds" || echo "bench_desktops_memory failed"
    else
        echo "skipped: no DISPLAY or no remmina (run under tests/facility/test-session.sh)"
    fi
fi

if wanted storage; then
    echo
    echo "== WebDAV storage vs curl and rclone on a private Apache mod_dav_fs (1 GiB each way, 2,000 small files, 10,000-entry listing)"
    "$build/tests/bench/bench_storage" --rounds "$rounds" || echo "bench_storage failed"
    echo "== the Files area listing 10,000 entries (the real FileBrowser on the X display)"
    if [ -n "${DISPLAY:-}" ] && [ -x "$build/tests/bench/bench_files_view" ]; then
        "$build/tests/bench/bench_files_view" || echo "bench_files_view failed"
    else
        echo "skipped: no DISPLAY or no GUI build (run under tests/facility/test-session.sh)"
    fi
fi

if wanted stall; then
    echo
    echo "== the GUI thread's longest stall (goal < 50 ms): a 4 GiB download resumed, a folder of 10,000 files dropped"
    if [ -n "${DISPLAY:-}" ] && [ -x "$build/tests/bench/bench_gui_stall" ]; then
        "$build/tests/bench/bench_gui_stall" || echo "bench_gui_stall failed"
    else
        echo "skipped: no DISPLAY or no GUI build (run under tests/facility/test-session.sh)"
    fi
fi

if wanted jobs; then
    echo
    echo "== the jobs core vs curl, squeue and ssh on a real Slurm holding 1,000 jobs (needs root: the cluster fixture)"
    if [ "$(id -u)" = 0 ]; then
        "$build/tests/bench/bench_jobs" --rounds "$rounds" --soak-seconds "${BENCH_JOBS_SOAK_SECONDS:-600}" ||
            echo "bench_jobs failed"
    else
        echo "skipped: not root (the Slurm fixture needs a mount namespace)"
    fi
fi

if [ ${#rows[@]} -gt 0 ]; then
    echo
    printf '%-30s %10s %10s %8s %10s %10s %8s  %s\n' benchmark core_s peer_s ratio core_cpu_s peer_cpu_s \
        cpu_ratio "core peak RSS (highest VmHWM)"
    printf '%s\n' "${rows[@]}"
    echo "(medians of $rounds rounds; ratio = peer / core, above 1 the client is faster; the goal for the download"
    echo " is a wall-time ratio >= 0.9 with flat memory)"
fi

