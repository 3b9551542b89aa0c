#!/usr/bin/env bash
# demo-facility.sh BUILD_DIR STATE_DIR [UID] -- (in the build root) what the package checks talk to: the ICAT + IDS
# emulator of the local demo facility and an Xvfb display, for programs in other roots or on the host (they
# share the network namespace, so the emulator's 127.0.0.1 port and the display's abstract socket
# @/tmp/.X11-unix/X<n> reach them). Writes STATE_DIR/facility.json (the demo profile with the emulator's
# address, as tests/facility/run-client.sh makes it) and STATE_DIR/display (":<n>"), then keeps both running
# until STATE_DIR/stop exists. STATE_DIR/shot NAME takes a screenshot: see below.
# Also a keychain, as a desktop session has one ('daas login' keeps the session there): a D-Bus session bus on
# an abstract address (STATE_DIR/bus) with an unlocked gnome-keyring, both running as UID (default 0), the
# user the checked programs run as (a session bus admits only its own user).
set -euo pipefail
build=${1:?usage: demo-facility.sh BUILD_DIR STATE_DIR}
state=${2:?usage: demo-facility.sh BUILD_DIR STATE_DIR}
kuid=${3:-0}
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$state"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    [ -n "${khome:-}" ] && rm -rf "$khome"
}
trap cleanup EXIT

"$build/tests/facility/daas-icat-emulator" --data-dir "$state/ids-data" >"$state/emulator.out" 2>"$state/emulator.log" &
pids+=($!)
for _ in $(seq 600); do [ -s "$state/emulator.out" ] && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$state/emulator.out" | head -n1)
[ -n "$base" ] || { echo "demo-facility: the emulator did not start:" >&2; cat "$state/emulator.log" >&2; exit 1; }
sed "s#http://127.0.0.1:@PORT@#$base#g" "$src/resources/facilities/demo.json" >"$state/facility.json"

khome=$(mktemp -d /tmp/daas-check-keyring.XXXXXX)
chown "$kuid" "$khome"
chmod 700 "$khome"
bus="unix:abstract=/tmp/daas-check-bus-$(basename "$state")"
as_kuid() {
    setpriv --reuid="$kuid" --regid="$(id -g "$kuid")" --clear-groups env -i HOME="$khome" \
        XDG_RUNTIME_DIR="$khome" PATH=/usr/bin:/bin DBUS_SESSION_BUS_ADDRESS="$bus" "$@"
}
as_kuid dbus-daemon --session --address="$bus" --nofork --nopidfile >/dev/null 2>"$state/dbus.log" &
pids+=($!)
for _ in $(seq 100); do
    as_kuid dbus-send --session --dest=org.freedesktop.DBus --print-reply / org.freedesktop.DBus.ListNames \
        >/dev/null 2>&1 && break
    sleep 0.1
done
keyring=$(printf 'daas-check' | as_kuid gnome-keyring-daemon --unlock --components=secrets --daemonize)
kpid=$(echo "$keyring" | sed -n 's/^GNOME_KEYRING_PID=//p')
[ -n "$kpid" ] && pids+=("$kpid")
echo "$bus" >"$state/bus"

rm -f "$state/displayfd" && mkfifo "$state/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$state/displayfd" >"$state/xvfb.log" 2>&1 &
pids+=($!)
read -r -t 20 display <"$state/displayfd" || { echo "demo-facility: Xvfb did not start" >&2; exit 1; }
echo ":$display" >"$state/display.new" && mv "$state/display.new" "$state/display"

# Requests from the checks, which run outside this root: STATE_DIR/request holds "shot NAME" (a PNG of the
# display once a window of the client is mapped) or "stop"; the answer goes to STATE_DIR/answer. The window
# is found by its class: its title starts with the facility's name, and xdotool matches no name past an
# em dash.
while [ ! -e "$state/stop" ]; do
    if [ -e "$state/request" ]; then
        read -r what arg <"$state/request"
        rm -f "$state/request"
        case "$what" in
        shot)
            if DISPLAY=":$display" timeout 60 xdotool search --sync --onlyvisible --classname daas-desktop >/dev/null; then
                sleep 6 # the first paint of the window and the dialog over it, on a busy machine
                DISPLAY=":$display" xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$arg"
                # Xvfb's root image shows a dialog without a window manager as a black box though the dialog
                # is painted: the sign-in dialog is taken on its own too, from its window
                dialog=$(DISPLAY=":$display" xdotool search --onlyvisible --name '^Sign in' | head -n1)
                [ -z "$dialog" ] || DISPLAY=":$display" xwd -id "$dialog" -silent | xwdtopnm 2>/dev/null |
                    pnmtopng >"${arg%.png}-sign-in.png"
                echo "window" >"$state/answer"
            else
                echo "no window" >"$state/answer"
            fi ;;
        esac
    fi
    sleep 0.2
done
