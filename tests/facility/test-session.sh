#!/usr/bin/env bash
# test-session.sh COMMAND...  -- run COMMAND in a private desktop session: its own HOME and runtime
# directory, a D-Bus session bus, an unlocked gnome-keyring (the real Secret Service QtKeychain talks to)
# and an Xvfb display chosen by the X server itself (-displayfd), so that parallel runs never collide.
set -euo pipefail

if [ -z "${DAAS_TEST_SESSION:-}" ]; then
    export DAAS_TEST_SESSION=1
    tmp=$(mktemp -d /tmp/daas-session.XXXXXX)
    export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/home/.config" \
        XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    trap 'rm -rf "$tmp"' EXIT
    # dbus-run-session ends the bus (and the keyring on it) when the command ends
    dbus-run-session -- "$0" "$@"
    exit $?
fi

cleanup() {
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
    [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null
    return 0
}
trap cleanup EXIT

# gnome-keyring: create and unlock a "login" keyring with a throw-away password
eval "$(printf 'daas-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
keyring_pid=${GNOME_KEYRING_PID:-}

if [ -z "${DAAS_NO_XVFB:-}" ] && command -v Xvfb >/dev/null; then
    fifo="$XDG_RUNTIME_DIR/displayfd"
    mkfifo "$fifo"
    Xvfb -displayfd 4 -screen 0 1600x1000x24 -nolisten tcp 4>"$fifo" >"$XDG_RUNTIME_DIR/xvfb.log" 2>&1 &
    xvfb_pid=$!
    read -r -t 20 display <"$fifo" || { echo "test-session: Xvfb did not start" >&2; exit 1; }
    export DISPLAY=":$display"
fi

"$@"
