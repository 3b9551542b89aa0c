#!/usr/bin/env bash
# with-sway.sh COMMAND...  -- run COMMAND as a client of a headless sway (wlroots) of its own: a Wayland
# display in a fresh runtime directory, no input devices, software rendering. sway's Super+D binding touches
# the file named in DAAS_COMPOSITOR_SHORTCUT_MARKER, so a test sees whether the compositor took a key.
set -euo pipefail
command -v sway >/dev/null || { echo "with-sway: sway is not installed (packaging/root-packages.txt)" >&2; exit 1; }

run=$(mktemp -d /tmp/daas-sway.XXXXXX)
chmod 700 "$run"
sway_pid=
keyboard_pid=
cleanup() {
    [ -n "$keyboard_pid" ] && kill "$keyboard_pid" 2>/dev/null
    [ -n "$sway_pid" ] && kill "$sway_pid" 2>/dev/null && wait "$sway_pid" 2>/dev/null
    rm -rf "$run"
}
trap cleanup EXIT

marker="$run/compositor-shortcut"
cat >"$run/config" <<CONFIG
bindsym Mod4+d exec touch $marker
# the default, said here because the tests depend on it: a client may ask for the compositor's shortcuts
seat * shortcuts_inhibitor enable
CONFIG

XDG_RUNTIME_DIR="$run" WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    sway --config "$run/config" >"$run/sway.log" 2>&1 &
sway_pid=$!
socket=
for _ in $(seq 100); do
    socket=$(cd "$run" && ls wayland-? 2>/dev/null | head -1) || true
    [ -n "$socket" ] && break
    kill -0 "$sway_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$socket" ]; then
    echo "with-sway: sway did not open a Wayland display; its log:" >&2
    cat "$run/sway.log" >&2
    exit 1
fi

# The seat has a keyboard only while a virtual one exists (no input devices here): one held for the whole
# run, so that the client has its wl_keyboard from the start and not only while a wtype types
XDG_RUNTIME_DIR="$run" WAYLAND_DISPLAY="$socket" wtype -s 86400000 &
keyboard_pid=$!

set +e
XDG_RUNTIME_DIR="$run" WAYLAND_DISPLAY="$socket" QT_QPA_PLATFORM=wayland \
    DAAS_COMPOSITOR_SHORTCUT_MARKER="$marker" "$@"
rc=$?
set -e
[ "$rc" -eq 0 ] || { echo "with-sway: the compositor's log:" >&2; tail -40 "$run/sway.log" >&2; }
exit "$rc"
