#!/usr/bin/env bash
# make-bundle.sh BUILD_DIR OUT_DIR -- (in the Debian 13 build root) the offline bundle from a build configured
# with DAAS_OFFLINE_BUNDLE=ON: one .tar.gz that runs on any x86-64 Linux with an X server, without Qt,
# without network and without administrator rights.
#
# `cmake --install` puts the executables, the desktop files and, through Qt's deploy script, Qt's libraries,
# plug-ins, translations and bin/qt.conf under a folder. Here the rest is added:
#   - every library any executable, library or plug-in there needs, down to the C library (ldd's closure),
#     and the ones loaded by name at run time: OpenSSL (Qt's TLS back-end), libsecret (QtKeychain), D-Bus;
#   - the dynamic loader itself, in bin/ beside the executables. Binaries built on Debian 13 need glibc 2.41;
#     an older system's loader cannot run them, so the launchers (daas-desktop and daas at the top, and
#     libexec/daas-desktop/daas-askpass, which ssh starts) run bin/ld-linux-x86-64.so.2 --library-path lib
#     on the real executable. /proc/self/exe is then the loader, so Qt's applicationDirPath() is still bin/:
#     bin/qt.conf, the plug-ins and translations it names and libexec/daas-desktop/ are found as in an
#     installation. No LD_LIBRARY_PATH is set: the programs the client starts (ssh, xdg-open) keep the
#     system's libraries;
#   - install-desktop-entry.sh / remove-desktop-entry.sh: the application menu entry, icon and .rdp type
#     for the user who runs them.
set -euo pipefail
build=${1:?usage: make-bundle.sh BUILD_DIR OUT_DIR}
out=${2:?usage: make-bundle.sh BUILD_DIR OUT_DIR}
grep -q '^DAAS_OFFLINE_BUNDLE:BOOL=ON' "$build/CMakeCache.txt" || {
    echo "make-bundle: $build is not configured with DAAS_OFFLINE_BUNDLE=ON" >&2
    exit 1
}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(uname -m)
name="daas-desktop-$version-linux-offline-$arch"
stage="$build/bundle-stage"
# (an absolute prefix: Qt's deploy script insists)
top="$(pwd)/$stage/$name"
rm -rf "$stage"
mkdir -p "$stage" "$out"

# (Qt's deploy script warns about each language Qt has no translation for: not news)
cmake --install "$build" --prefix "$top" --strip >/dev/null 2> >(grep -v -e 'No translations found' -e '^Call Stack' \
    -e 'Qt6CoreDeploySupport.cmake\|deploy_daas_desktop\|cmake_install.cmake' -e '^$' >&2)

# The Qt plug-ins. Qt's deploy script finds none for a system Qt (Debian's plug-in targets give it no files)
# and leaves every library in the system folders to the system, so both are done here. Taken: the X11
# platform (and offscreen/minimal for headless use), its GL integrations, the image formats (SVG, GIF, ICO,
# JPEG), the SVG icon engine, the TLS back-ends (OpenSSL, certificate-only), network information, input
# methods (compose, IBus). Left out: other window systems, devices read directly, SQL, printing.
libdir=/usr/lib/$(gcc -print-multiarch)
qtplugins=$libdir/qt6/plugins
plugins="$top/plugins"
rm -rf "$plugins"
mkdir -p "$plugins/platforms"
cp "$qtplugins"/platforms/{libqxcb.so,libqoffscreen.so,libqminimal.so} "$plugins/platforms/"
for d in xcbglintegrations imageformats iconengines tls networkinformation platforminputcontexts; do
    [ -d "$qtplugins/$d" ] && cp -r "$qtplugins/$d" "$plugins/"
done
for d in platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so tls/libqopensslbackend.so; do
    [ -f "$plugins/$d" ] || { echo "make-bundle: plugins/$d is missing (qt6-qpa-plugins, qt6-svg-plugins?)" >&2; exit 1; }
done
grep -q '^Prefix *= *\.\.' "$top/bin/qt.conf" || { echo "make-bundle: bin/qt.conf does not point at the bundle" >&2; exit 1; }

# The real helper goes beside its launcher.
askpass_dir="$top/libexec/daas-desktop"
mv "$askpass_dir/daas-askpass" "$askpass_dir/daas-askpass.bin"

# Libraries loaded by name (dlopen) that no ldd sees.
dlopened=(libssl.so.3 libcrypto.so.3 libsecret-1.so.0 libdbus-1.so.3)
for l in "${dlopened[@]}"; do cp -L "$libdir/$l" "$top/lib/$l"; done

# The closure: ldd lists every library a file needs, transitively, so one pass over the executables, the
# plug-ins and the libraries loaded by name gives all of them (the C library included).
is_elf() { [ "$(head -c4 "$1" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ]; }
roots=()
while IFS= read -r -d '' f; do is_elf "$f" && roots+=("$f"); done < <(find "$top/bin" "$top/libexec" "$top/lib" "$plugins" -type f -print0)
ldd "${roots[@]}" >"$stage/ldd.txt" 2>&1 || true
if grep -q 'not found' "$stage/ldd.txt"; then
    echo "make-bundle: unresolved libraries:" >&2; grep -e ':$' -e 'not found' "$stage/ldd.txt" >&2; exit 1
fi
awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' "$stage/ldd.txt" | sort -u | while read -r soname path; do
    [ -e "$top/lib/$soname" ] || cp -L "$path" "$top/lib/$soname"
done
chmod 644 "$top"/lib/*.so*
# the loader: a real file in bin/ (not a link), so /proc/self/exe and applicationDirPath() are bin/
cp -L /lib64/ld-linux-x86-64.so.2 "$top/bin/ld-linux-x86-64.so.2"
chmod 755 "$top/bin/ld-linux-x86-64.so.2"
# Qt's own translations ("Cancel" and the like): the deploy script copies the qt_<lang>.qm catalogues, which
# only name the module files they load; qtbase's are the ones a Widgets client uses
cp /usr/share/qt6/translations/qtbase_*.qm "$top/translations/"

# launcher TARGET(relative to the launcher) -> a shell script starting TARGET with the bundle's loader
launcher() {
    local file=$1 target=$2 up=$3
    cat >"$file" <<EOF
#!/bin/sh
# Starts $(basename "$target") with the bundle's own loader and libraries (glibc included), so that it
# runs on Linux systems older than the one it was built on. See README.txt beside it.
here=\$(dirname "\$(readlink -f "\$0")")
top=\$(cd "\$here/$up" && pwd)
exec "\$top/bin/ld-linux-x86-64.so.2" --library-path "\$top/lib" --argv0 "\$0" "\$here/$target" "\$@"
EOF
    chmod 755 "$file"
}
launcher "$top/daas-desktop" bin/daas-desktop .
launcher "$top/daas" bin/daas .
launcher "$askpass_dir/daas-askpass" daas-askpass.bin ../..

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install -m 755 "$here/bundle/install-desktop-entry.sh" "$here/bundle/remove-desktop-entry.sh" "$top/"
install -m 644 "$here/bundle/README.txt" "$top/"

rm -f "$out/$name.tar.gz"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz: $(du -h "$out/$name.tar.gz" | cut -f1) ($(du -sh "$top" | cut -f1) unpacked)"
