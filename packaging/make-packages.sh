#!/usr/bin/env bash
# make-packages.sh -- (in the Debian 13 build root; `packaging/dev package` runs it) the Debian package from
# the release preset and the offline bundle from the offline-bundle preset, both into build/packages/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=$(nproc 2>/dev/null || echo 2)
out=build/packages
mkdir -p "$out"
rm -f "$out"/daas-desktop_*.deb "$out"/daas-desktop-*-linux-offline-*.tar.gz

echo '== release build'
cmake --preset release >/dev/null
cmake --build --preset release -j"$jobs"
echo '== Debian package'
rm -rf build/release/cpack
cpack --config build/release/CPackConfig.cmake -B build/release/cpack >/dev/null
mv build/release/cpack/daas-desktop_*.deb "$out/"
ls -s --block-size=K "$out"/daas-desktop_*.deb

echo '== offline bundle build'
# the same sources and flags as the release build, so ccache answers nearly every compile
cmake --preset offline-bundle >/dev/null
cmake --build --preset offline-bundle -j"$jobs"
echo '== offline bundle'
packaging/make-bundle.sh build/offline-bundle "$out"
