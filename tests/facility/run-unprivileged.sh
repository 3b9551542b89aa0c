#!/usr/bin/env bash
# run-unprivileged.sh COMMAND  -- run COMMAND in the source tree as an unprivileged user (nobody, with a
# HOME of its own in /tmp), in the Debian 13 build root entered with pivot_root in a private mount namespace
# rather than with chroot: the kernel refuses new user namespaces inside a chroot, and the disk-full tests
# (tests/facility/SmallDisk.h) need one when they are not root, as on a CI runner or a developer's Debian 13.
# Run as root on the host; on a Debian 13 host, `setpriv --reuid=nobody ...` alone does the same.
#   tests/facility/run-unprivileged.sh 'build/ci/tests/unit/tst_core_units partFileOnAFullDisk'
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
ROOT=${DAAS_BUILD_ROOT:-/var/cache/daas-desktop/trixie-root}
[ "$(id -u)" = 0 ] || { echo "run-unprivileged.sh: needs root on the host (pivot_root)" >&2; exit 1; }
[ -x "$ROOT/usr/bin/env" ] || { echo "run-unprivileged.sh: no build root at $ROOT (packaging/daas-root.sh setup)" >&2; exit 1; }
[ $# -eq 1 ] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

exec unshare --mount --propagation private --fork -- /bin/bash -c '
    set -euo pipefail
    root=$1 src=$2 command=$3
    mount --bind "$root" "$root"
    mkdir -p "$root$src"
    mount --bind "$src" "$root$src"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o mode=1777 tmp "$root/tmp"
    cd "$root"
    mkdir -p .pivot-old
    pivot_root . .pivot-old
    umount -l /.pivot-old
    rmdir /.pivot-old 2>/dev/null || true
    mkdir -p /tmp/nobody-home
    chown nobody:nogroup /tmp/nobody-home
    cd "$src"
    exec setpriv --reuid=nobody --regid=nogroup --clear-groups -- /usr/bin/env -i HOME=/tmp/nobody-home \
        PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        /bin/bash -c "id; $command"
' run-unprivileged "$ROOT" "$src" "$1"
