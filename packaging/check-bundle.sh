#!/usr/bin/env bash
# check-bundle.sh [BUNDLE.tar.gz] -- the offline bundle on this host itself, outside the build root (on a
# Debian 12 host: no Qt 6, glibc 2.36), as a user without administrator rights: unpacked into a folder that
# user owns, then, as that user (nobody, with a fresh home):
#   - `daas --version` and the menu-entry scripts with no network at all (a network namespace of its own);
#   - a CLI sign-in and listing against the demo facility (the ICAT emulator runs in the build root; the
#     loopback address is shared);
#   - `daas-desktop` to its first window on the build root's Xvfb (abstract socket), with a screenshot in
#     build/packages/check/bundle-first-window.png, and the Qt plug-ins it loaded all from the bundle;
#   - the SSH helper (libexec/daas-desktop/daas-askpass) starts through its launcher.
# Needs root to switch user and to enter the build root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
out="$src/build/packages/check"
user=nobody

log() { printf 'check-bundle: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (to run as an unprivileged user and to enter the build root)"

bundle=${1:-$(ls -t "$src"/build/packages/daas-desktop-*-linux-offline-*.tar.gz 2>/dev/null | head -n1)}
[ -f "$bundle" ] || die "no bundle: run packaging/dev package first"
bundle=$(readlink -f "$bundle")
start=$(date +%s)
mkdir -p "$out"
rm -f "$out"/bundle-*
log "host: $(. /etc/os-release && echo "$PRETTY_NAME"), $(ldd --version | head -n1)"
if ls /usr/lib/*/libQt6Core.so.6 >/dev/null 2>&1; then log "note: this host has a Qt 6 of its own"; fi

state=$(mktemp -d "$out/state.XXXXXX")
chmod 755 "$state"
home=$(mktemp -d /var/tmp/daas-bundle-home.XXXXXX)
facility_pid=""
gui=""
finish() {
    local rc=$?
    [ -n "$gui" ] && kill "$gui" 2>/dev/null
    touch "$state/stop"
    [ -n "$facility_pid" ] && wait "$facility_pid" 2>/dev/null || true
    rm -rf "$state" "$home"
    exit $rc
}
trap finish EXIT
"$here/daas-root.sh" run "[ -x build/ci/tests/facility/daas-icat-emulator ] ||
        { cmake --preset ci >/dev/null && cmake --build --preset ci --target daas-icat-emulator >/dev/null; }
    packaging/demo-facility.sh build/ci '$state' $(id -u "$user")" &
facility_pid=$!
for _ in $(seq 900); do [ -s "$state/display" ] && break; kill -0 "$facility_pid" 2>/dev/null || break; sleep 0.1; done
[ -s "$state/display" ] || die "the demo facility or Xvfb did not start (build root)"
display=$(cat "$state/display")

# the user's own folder, as after downloading the archive there
chown "$user" "$home"
chmod 700 "$home"
cp "$bundle" "$home/"
chown "$user" "$home/$(basename "$bundle")"
cp "$state/facility.json" "$home/facility.json"
chown "$user" "$home/facility.json"
as_user() {
    setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups --inh-caps=-all \
        env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$home/run" \
        DBUS_SESSION_BUS_ADDRESS="$(cat "$state/bus")" \
        /bin/sh -c "cd \"\$HOME\" && $1"
}
offline() { unshare --net -- "$@"; } # a network namespace with nothing in it, not even a loopback that is up

log "unpack as $user"
as_user "mkdir -m 700 run && tar xzf '$(basename "$bundle")'"
dir="$home/$(basename "$bundle" .tar.gz)"
[ -x "$dir/daas-desktop" ] || die "the bundle has no daas-desktop launcher"
log "$(du -sh "$dir" | cut -f1) unpacked, $(find "$dir/lib" -name '*.so*' | wc -l) libraries"

log "daas --version (no network)"
offline setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups --inh-caps=-all \
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$dir/daas" --version | tee "$out/bundle-version.txt"
grep -q '[0-9]\.[0-9]' "$out/bundle-version.txt" || die "daas --version printed no version"

log "the SSH helper starts through its launcher"
if as_user "'$dir/libexec/daas-desktop/daas-askpass'" >"$out/bundle-askpass.log" 2>&1; then
    die "daas-askpass answered without a client"
fi
grep -q "run by DAaaS Desktop's ssh only" "$out/bundle-askpass.log" ||
    { cat "$out/bundle-askpass.log" >&2; die "daas-askpass did not start"; }

log "daas against the demo facility: login, investigations"
as_user "echo alice-pw | '$dir/daas' --facility facility.json login --user alice --password-stdin &&
    '$dir/daas' --facility facility.json investigations --json" >"$out/bundle-cli.json" 2>"$out/bundle-cli.log" ||
    { cat "$out/bundle-cli.log" >&2; die "the CLI could not reach the demo facility"; }
n=$(grep -c '"id"' "$out/bundle-cli.json" || true)
[ "$n" -gt 0 ] || { cat "$out/bundle-cli.json" "$out/bundle-cli.log" >&2; die "the CLI listed no investigations"; }
log "listed $n investigations"

log "daas-desktop to its first window on $display"
as_user "mkdir -p -m 700 run/daas-desktop && cp facility.json run/daas-desktop/local-facility.json
    DISPLAY=$display QT_DEBUG_PLUGINS=1 exec '$dir/daas-desktop'" >"$out/bundle-gui.log" 2>&1 &
gui=$!
echo "shot $out/bundle-first-window.png" >"$state/request.new" && mv "$state/request.new" "$state/request"
for _ in $(seq 700); do [ -s "$state/answer" ] && break; kill -0 "$gui" 2>/dev/null || break; sleep 0.1; done
answer=$(cat "$state/answer" 2>/dev/null || echo "the client ended")
kill "$gui" 2>/dev/null || true
wait "$gui" 2>/dev/null || true
gui=""
[ "$answer" = window ] || { tail -n 40 "$out/bundle-gui.log" >&2; die "daas-desktop showed no window: $answer"; }
[ -s "$out/bundle-first-window.png" ] || die "no screenshot"
log "screenshot: $out/bundle-first-window.png"
# every plug-in Qt loaded came from the bundle (the xcb platform, the SVG image and icon engines at least)
loaded=$(sed -n 's/^qt\.core\.library: "\(.*\)" loaded library$/\1/p' "$out/bundle-gui.log" | sort -u)
for p in platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
    echo "$loaded" | grep -qx "$dir/plugins/$p" || die "plug-in $p was not loaded from the bundle (QT_DEBUG_PLUGINS log in $out/bundle-gui.log)"
done
outside=$(echo "$loaded" | grep -v "^$dir/" || true)
[ -z "$outside" ] || die "plug-ins loaded from outside the bundle: $outside"
log "plug-ins loaded, all from the bundle: $(echo "$loaded" | sed "s|^$dir/plugins/||" | paste -sd' ')"

log "menu entry for this user (no network), then removed"
offline setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups --inh-caps=-all \
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$dir/install-desktop-entry.sh" >/dev/null
entry="$home/.local/share/applications/daas-desktop.desktop"
[ -f "$entry" ] || die "install-desktop-entry.sh made no desktop entry"
grep -qx "Exec=\"$dir/daas-desktop\" %F" "$entry" || die "the desktop entry does not start the bundle: $(grep ^Exec "$entry")"
grep -q '^MimeType=application/x-rdp;' "$entry" || die "the desktop entry does not open .rdp files"
[ -f "$home/.local/share/icons/hicolor/scalable/apps/daas-desktop.svg" ] || die "no icon"
[ -f "$home/.local/share/mime/packages/daas-desktop.xml" ] || die "no .rdp file type"
cp "$entry" "$out/bundle-desktop-entry.desktop"
as_user "'$dir/remove-desktop-entry.sh'" >/dev/null
[ ! -e "$entry" ] && [ ! -e "$home/.local/share/icons/hicolor/scalable/apps/daas-desktop.svg" ] ||
    die "remove-desktop-entry.sh left the entry or the icon"
"$here/daas-root.sh" run "desktop-file-validate build/packages/check/bundle-desktop-entry.desktop" ||
    die "the per-user desktop entry is not valid"
log "passed in $(($(date +%s) - start)) s"
