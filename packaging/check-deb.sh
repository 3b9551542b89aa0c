#!/usr/bin/env bash
# check-deb.sh [DEB] -- the Debian package on a clean Debian 13 machine, as a newcomer would take it there.
#
#   1. lintian, desktop-file-validate and appstreamcli validate (in the build root);
#   2. a fresh minimal Debian 13 root (mmdebstrap --variant=minbase, made once and kept at
#      $DAAS_CLEAN_ROOT, default /var/cache/daas-desktop/trixie-clean; every run works on an overlay of it,
#      so each check starts clean) into which `apt install ./daas-desktop_*.deb` pulls what it needs;
#   3. there: `daas --version`, a CLI sign-in and listing against the demo facility (the ICAT emulator runs
#      in the build root; the roots share the network), and `daas-desktop` started to its first window on
#      an Xvfb of the build root (reached over the abstract socket @/tmp/.X11-unix/X<n>), with a screenshot
#      in build/packages/check/deb-first-window.png.
# Needs root (chroot, mount) and the build root's build/ci demo servers (built here when missing).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
BUILD_ROOT=${DAAS_BUILD_ROOT:-/var/cache/daas-desktop/trixie-root}
CLEAN=${DAAS_CLEAN_ROOT:-/var/cache/daas-desktop/trixie-clean}
# apt's downloads are kept between runs (the packages are the archive's, verified by apt each time)
APT_CACHE="$CLEAN.apt-archives"
out="$src/build/packages/check"

log() { printf 'check-deb: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (chroot, mount)"

host_mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
    { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
      grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
          sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1}'; } | grep -v -e security -e '^$' | head -n1
}

make_clean_root() {
    [ -x "$CLEAN/usr/bin/apt-get" ] && return 0
    command -v mmdebstrap >/dev/null || die "mmdebstrap is missing (apt-get install mmdebstrap)"
    log "making a minimal Debian 13 root at $CLEAN (once)"
    rm -rf "$CLEAN.partial"
    mmdebstrap --quiet --variant=minbase --aptopt='APT::Install-Recommends "false"' \
        trixie "$CLEAN.partial" "$(host_mirror)" >&2
    # never let package scripts start daemons
    printf '#!/bin/sh\nexit 101\n' >"$CLEAN.partial/usr/sbin/policy-rc.d"
    chmod 755 "$CLEAN.partial/usr/sbin/policy-rc.d"
    mv "$CLEAN.partial" "$CLEAN"
}

case "${1:-}" in
prepare) make_clean_root; exit 0 ;;
esac

deb=${1:-$(ls -t "$src"/build/packages/daas-desktop_*.deb 2>/dev/null | head -n1)}
[ -f "$deb" ] || die "no package: run packaging/dev package first"
deb=$(readlink -f "$deb")
start=$(date +%s)
mkdir -p "$out"
rm -f "$out"/deb-*

log "lintian, desktop-file-validate, appstreamcli validate"
"$here/daas-root.sh" run "set -e
    lintian --allow-root --fail-on error,warning --info '$deb'
    desktop-file-validate resources/daas-desktop.desktop
    appstreamcli validate --no-net --pedantic resources/daas-desktop.metainfo.xml
    [ -x build/ci/tests/facility/daas-icat-emulator ] || {
        cmake --preset ci >/dev/null && cmake --build --preset ci --target daas-icat-emulator >/dev/null; }"

make_clean_root

# the demo facility and an X display, in the build root, until this check ends
# (a folder both see: the source tree is at the same path in the build root)
state=$(mktemp -d "$out/state.XXXXXX")
chmod 755 "$state"
run=$(mktemp -d /var/tmp/daas-clean-run.XXXXXX)
merged="$run/merged"
facility_pid=""
finish() {
    local rc=$?
    touch "$state/stop"
    [ -n "$facility_pid" ] && wait "$facility_pid" 2>/dev/null || true
    # whatever still runs in the overlay (by PID, nothing of the host), then its mounts
    local d r
    r=$(readlink -f "$merged")
    for d in /proc/[0-9]*; do
        [ "$(readlink "$d/root" 2>/dev/null)" = "$r" ] && kill -9 "${d#/proc/}" 2>/dev/null
    done
    for m in $(awk -v r="$r" 'index($2, r)==1 {print $2}' /proc/self/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    rm -rf "$run" "$state"
    exit $rc
}
trap finish EXIT
"$here/daas-root.sh" run "packaging/demo-facility.sh build/ci '$state'" &
facility_pid=$!
for _ in $(seq 900); do [ -s "$state/display" ] && break; kill -0 "$facility_pid" 2>/dev/null || break; sleep 0.1; done
[ -s "$state/display" ] || die "the demo facility or Xvfb did not start (build root)"
display=$(cat "$state/display")

log "a clean Debian 13 root (an overlay of $CLEAN)"
mkdir -p "$run/upper" "$run/work" "$merged" "$APT_CACHE"
mount -t overlay overlay -o "lowerdir=$CLEAN,upperdir=$run/upper,workdir=$run/work" "$merged"
mount -t proc proc "$merged/proc"
mount -t devpts devpts "$merged/dev/pts" -o newinstance,gid=5,mode=620,ptmxmode=0666
mount -t tmpfs shm "$merged/dev/shm" -o mode=1777,nosuid,nodev
mount --bind "$APT_CACHE" "$merged/var/cache/apt/archives"
cp /etc/resolv.conf "$merged/etc/resolv.conf"
cp "$deb" "$merged/tmp/"
cp "$state/facility.json" "$merged/tmp/facility.json"
in_clean() {
    chroot "$merged" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb /bin/sh -c "$1"
}
before=$(in_clean "dpkg-query -W -f='\${Package}\n'" | wc -l)
log "apt install ./$(basename "$deb")"
in_clean "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./tmp/$(basename "$deb")" \
    >"$out/deb-apt.log" 2>&1 || { cat "$out/deb-apt.log" >&2; die "apt install failed"; }
after=$(in_clean "dpkg-query -W -f='\${Package}\n'" | wc -l)
log "apt installed $((after - before)) packages (daas-desktop and its dependencies) into a root of $before"
in_clean "dpkg -L daas-desktop" >"$out/deb-files.txt"
for f in /usr/bin/daas-desktop /usr/bin/daas /usr/libexec/daas-desktop/daas-askpass \
    /usr/share/applications/daas-desktop.desktop /usr/share/metainfo/invalid.example.daas_desktop.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/daas-desktop.svg /usr/share/mime/packages/daas-desktop.xml; do
    grep -qx "$f" "$out/deb-files.txt" || die "the package lacks $f"
done
# the .rdp type is known once shared-mime-info's trigger ran, and the desktop entry handles it (the desktop
# database, mimeinfo.cache, is made by desktop-file-utils, which a desktop has and a minimal root does not)
in_clean "grep -q 'application/x-rdp:\*\.rdp' /usr/share/mime/globs2 &&
    grep -qx 'MimeType=application/x-rdp;' /usr/share/applications/daas-desktop.desktop" ||
    die "application/x-rdp is not registered in the MIME database"

log "daas --version"
in_clean "daas --version" | tee "$out/deb-version.txt"
grep -q '[0-9]\.[0-9]' "$out/deb-version.txt" || die "daas --version printed no version"

log "daas against the demo facility: login, investigations"
in_clean "export XDG_RUNTIME_DIR=/tmp/xdg-run DBUS_SESSION_BUS_ADDRESS=$(cat "$state/bus"); mkdir -p -m 700 \$XDG_RUNTIME_DIR
    echo alice-pw | daas --facility /tmp/facility.json login --user alice --password-stdin &&
    daas --facility /tmp/facility.json investigations --json" >"$out/deb-cli.json" 2>"$out/deb-cli.log" ||
    { cat "$out/deb-cli.log" >&2; die "the CLI could not reach the demo facility"; }
n=$(grep -c '"id"' "$out/deb-cli.json" || true)
[ "$n" -gt 0 ] || { cat "$out/deb-cli.json" "$out/deb-cli.log" >&2; die "the CLI listed no investigations"; }
log "listed $n investigations"

log "daas-desktop to its first window on $display"
in_clean "export XDG_RUNTIME_DIR=/tmp/xdg-run DISPLAY=$display DBUS_SESSION_BUS_ADDRESS=$(cat "$state/bus"); mkdir -p -m 700 \$XDG_RUNTIME_DIR/daas-desktop
    cp /tmp/facility.json \$XDG_RUNTIME_DIR/daas-desktop/local-facility.json
    exec daas-desktop" >"$out/deb-gui.log" 2>&1 &
gui=$!
echo "shot $out/deb-first-window.png" >"$state/request.new" && mv "$state/request.new" "$state/request"
for _ in $(seq 700); do [ -s "$state/answer" ] && break; kill -0 "$gui" 2>/dev/null || break; sleep 0.1; done
answer=$(cat "$state/answer" 2>/dev/null || echo "the client ended")
kill "$gui" 2>/dev/null || true
[ "$answer" = window ] || { cat "$out/deb-gui.log" >&2; die "daas-desktop showed no window: $answer"; }
[ -s "$out/deb-first-window.png" ] || die "no screenshot"
log "screenshot: $out/deb-first-window.png"
log "passed in $(($(date +%s) - start)) s"
