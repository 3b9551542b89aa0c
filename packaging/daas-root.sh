#!/usr/bin/env bash
# daas-root.sh -- run a command where Qt >= 6.5, KF6 KArchive and FreeRDP 3 are available.
#
#   packaging/daas-root.sh run 'COMMAND'   run COMMAND in the source tree (natively or in the root)
#   packaging/daas-root.sh setup           install what is missing (natively, or make/refresh the root)
#   packaging/daas-root.sh shell           an interactive shell in the same place
#   packaging/daas-root.sh where           print "native" or the root's path
#
# On a Debian 13 (or newer) host the packages in root-packages.txt are installed and the command runs
# natively. On an older host (Debian 12: Qt 6.4, FreeRDP 2) a Debian 13 root is made once with
# mmdebstrap, kept at $DAAS_BUILD_ROOT and reused; the source tree is bind-mounted into it at the same
# path, so build directories and paths in messages are the same inside and outside.
# The root shares ports and X displays with the host: every test picks its own at run time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
ROOT=${DAAS_BUILD_ROOT:-/var/cache/daas-desktop/trixie-root}
PKG_LIST="$here/root-packages.txt"

log() { printf 'daas-root: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
packages() { grep -v -e '^#' -e '^[[:space:]]*$' "$PKG_LIST"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

host_is_new_enough() {
    # Debian 13 ships every package of the list; older releases lack Qt 6.5+, KF6 and FreeRDP 3.
    [ -r /etc/os-release ] || return 1
    . /etc/os-release
    [ "${ID:-}" = debian ] || [ "${ID_LIKE:-}" = debian ] || return 1
    [ -n "${VERSION_ID:-}" ] && [ "${VERSION_ID%%.*}" -ge 13 ] 2>/dev/null && return 0
    # testing/sid have no VERSION_ID
    [ -z "${VERSION_ID:-}" ] && [ "${ID:-}" = debian ]
}

# The Debian archive this host already uses: the first non-security URI of its apt sources.
host_mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
    local uri
    uri=$( { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
             grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
                 sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1}'; } |
           grep -v -e security -e '^$' | head -n1)
    [ -n "$uri" ] || die "no Debian archive found in /etc/apt; set DEBIAN_MIRROR"
    echo "$uri"
}

missing_packages() {
    # dpkg-query in the given root ("" = host) for every package of the list
    local r=$1 p
    for p in $(packages); do
        if [ -n "$r" ]; then
            chroot "$r" dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
        else
            dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
        fi
    done
}

setup_native() {
    local miss
    miss=$(missing_packages "")
    [ -z "$miss" ] && return 0
    log "installing: $(echo $miss)"
    as_root apt-get update -qq
    # policy-rc.d keeps package scripts from starting apache2/sshd/slurm on the host's standard ports
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $miss >/dev/null
    id -u daas-xrdp >/dev/null 2>&1 ||
        log "tst_remote_xrdp needs root and a test user on this host: sudo useradd -m daas-xrdp;" \
            "echo daas-xrdp:Xrdp-Test-1 | sudo chpasswd"
}

mount_root() {
    mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
    mountpoint -q "$ROOT/sys" || mount -t sysfs sysfs "$ROOT/sys"
    mountpoint -q "$ROOT/dev/pts" ||
        mount -t devpts devpts "$ROOT/dev/pts" -o newinstance,gid=5,mode=620,ptmxmode=0666
    mountpoint -q "$ROOT/dev/shm" || mount -t tmpfs shm "$ROOT/dev/shm" -o mode=1777,nosuid,nodev
    mkdir -p "$ROOT$src"
    mountpoint -q "$ROOT$src" || mount --bind "$src" "$ROOT$src"
    # the steering repo's shared/ sits beside the source tree; tests and benchmarks read nothing from it,
    # but give the root the same view of the parent for tools that look (git worktrees, ../shared)
}

root_processes() {
    local r d
    r=$(readlink -f "$ROOT")
    for d in /proc/[0-9]*; do
        [ "$(readlink "$d/root" 2>/dev/null)" = "$r" ] && echo "${d#/proc/}"
    done
    return 0
}

cleanup_root() {
    # Stop whatever the command left running inside the root (by PID, never host processes), then unmount.
    local p i
    p=$(root_processes)
    [ -n "$p" ] && kill $p 2>/dev/null || true
    for i in 1 2 3 4 5 6 7 8 9 10; do [ -z "$(root_processes)" ] && break; sleep 0.5; done
    p=$(root_processes)
    [ -n "$p" ] && kill -9 $p 2>/dev/null || true
    local r m
    r=$(readlink -f "$ROOT")
    for m in $(awk -v r="$r" 'index($2, r"/")==1 {print $2}' /proc/self/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
}

make_root() {
    command -v mmdebstrap >/dev/null || {
        log "installing mmdebstrap on the host"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
    }
    local mirror tmp
    mirror=$(host_mirror)
    tmp="$ROOT.partial"
    rm -rf "$tmp"
    mkdir -p "$(dirname "$ROOT")"
    log "making a Debian 13 root at $ROOT (about a minute)"
    mmdebstrap --quiet --variant=minbase --aptopt='APT::Install-Recommends "false"' \
        --include="$(packages | paste -sd,)" trixie "$tmp" "$mirror" >&2
    # never let package scripts start daemons inside the root
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod 755 "$tmp/usr/sbin/policy-rc.d"
    mv "$tmp" "$ROOT"
}

setup_root() {
    [ "$(id -u)" = 0 ] || die "making and entering the Debian 13 root needs root (chroot, mount)"
    [ -x "$ROOT/usr/bin/env" ] || make_root
    # the host name must resolve inside the root (Slurm, sshd)
    grep -qw "$(hostname -s)" "$ROOT/etc/hosts" 2>/dev/null ||
        echo "127.0.1.1 $(hostname -s)" >>"$ROOT/etc/hosts"
    grep -qw localhost "$ROOT/etc/hosts" || echo "127.0.0.1 localhost" >>"$ROOT/etc/hosts"
    # xrdp signs its test user in through PAM (it has no other way in): a real user with the password
    # tests/facility/vnc/XrdpTestServer.h names
    chroot "$ROOT" id -u daas-xrdp >/dev/null 2>&1 ||
        { chroot "$ROOT" useradd --create-home --shell /bin/sh daas-xrdp &&
              echo 'daas-xrdp:Xrdp-Test-1' | chroot "$ROOT" chpasswd; } || log "could not make the xrdp test user"
    local miss
    miss=$(missing_packages "$ROOT")
    if [ -n "$miss" ]; then
        log "adding to the root: $(echo $miss)"
        mount_root
        chroot "$ROOT" apt-get update -qq
        chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $miss >/dev/null
    fi
}

in_root() {
    # Several runs may share the root at once (a build beside a test run): each holds a shared lock while
    # it runs; setup is serialised; the last one out stops leftovers and unmounts.
    mkdir -p "$(dirname "$ROOT")"
    exec 9>"$ROOT.users.lock"
    flock -s 9
    exec 8>"$ROOT.setup.lock"
    flock 8
    setup_root
    mount_root
    flock -u 8
    trap 'flock -u 9; if flock -n -x 9; then cleanup_root; fi' EXIT
    local xauth=""
    if [ -n "${XAUTHORITY:-}" ] && [ -r "$XAUTHORITY" ]; then
        cp "$XAUTHORITY" "$ROOT/root/.Xauthority" && xauth=/root/.Xauthority
    fi
    chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM="${TERM:-xterm}" USER=root LOGNAME=root CI="${CI:-}" \
        DISPLAY="${DISPLAY:-}" XAUTHORITY="$xauth" DAAS_IN_ROOT=1 \
        CCACHE_BASEDIR="$(dirname "$src")" CCACHE_DIR=/var/cache/ccache CCACHE_NOHASHDIR=1 \
        /bin/bash -c "cd '$src' && $1"
}

cmd=${1:-}
# chroot and mount need root: ask sudo once, up front, rather than failing half-way
if [ "$(id -u)" != 0 ] && ! host_is_new_enough && [ -z "${DAAS_IN_ROOT:-}" ] && [ -n "$cmd" ] && [ "$cmd" != where ]; then
    command -v sudo >/dev/null || die "run as root (making and entering the Debian 13 root needs chroot and mount)"
    exec sudo --preserve-env=DAAS_BUILD_ROOT,DEBIAN_MIRROR,CI,DISPLAY,XAUTHORITY,TERM "$0" "$@"
fi
case "$cmd" in
where)
    if host_is_new_enough; then echo native; else echo "$ROOT"; fi ;;
setup)
    if host_is_new_enough; then setup_native; else setup_root; fi ;;
run)
    [ $# -ge 2 ] || die "usage: daas-root.sh run 'COMMAND'"
    if host_is_new_enough || [ -n "${DAAS_IN_ROOT:-}" ]; then
        setup_native
        cd "$src" && exec bash -c "$2"
    else
        in_root "$2"
    fi ;;
shell)
    if host_is_new_enough; then setup_native; cd "$src" && exec bash -i; else in_root 'exec bash -i'; fi ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2 ;;
esac
