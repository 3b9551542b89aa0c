#!/usr/bin/env bash
# check-windows-sources.sh SOURCE_DIR [CXX]
# A syntax check of the sources that only a Windows build compiles, run on Linux: MinGW-w64 g++
# -fsyntax-only against the installed Qt 6 headers (the Linux build's, with the Windows system headers of
# mingw-w64). Nothing is linked; it catches what the Linux build cannot see — a missing include, a POSIX
# call in a Windows file, a Windows type used wrongly, code rotting inside #ifdef Q_OS_WIN.
#   - every *_win.cpp and *Win.cpp under app/ and ui/
#   - every other .cpp there with a platform branch (Q_OS_WIN, _WIN32, Q_OS_UNIX…), compiled as Windows
#     sees it
# Exit status: 0 when all compile, 1 otherwise (each failure's diagnostics on stderr).
set -uo pipefail
src=${1:?usage: check-windows-sources.sh SOURCE_DIR [CXX]}
cxx=${2:-x86_64-w64-mingw32-g++-posix}
command -v "$cxx" >/dev/null || { echo "check-windows-sources: $cxx not found (packaging/root-packages.txt)" >&2; exit 1; }

qt_inc=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
[ -d "$qt_inc/QtCore" ] || { echo "check-windows-sources: no Qt headers at $qt_inc" >&2; exit 1; }
# the same defines as daas_options (cmake/DaasCompileOptions.cmake) and a Windows build of Qt
defines=(-DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_URL_CAST_FROM_STRING -DQT_NO_CONTEXTLESS_CONNECT
         -DQT_NO_FOREACH -DQT_USE_QSTRINGBUILDER -DQT_DISABLE_DEPRECATED_UP_TO=0x060500 -DQT_NO_KEYWORDS
         -DUNICODE -D_UNICODE -DWIN32 -D_WIN32_WINNT=0x0A00 -DNOMINMAX -DDAAS_VERSION=\"0\")
# Qt installs qwindowdefs_win.h (HWND and the other handle types for QtGui) only in a Windows build of
# Qt: stand in for it with the Windows header that defines the same handles
shim=$(mktemp -d)
trap 'rm -rf "$shim"' EXIT
mkdir -p "$shim/QtGui"
printf '#pragma once\n#include <windows.h>\n' >"$shim/QtGui/qwindowdefs_win.h"
includes=(-I"$src/app" -I"$src/ui" -I"$qt_inc" -idirafter "$shim")
for m in QtCore QtGui QtNetwork QtWidgets QtSvg QtWebSockets QtDBus; do includes+=(-I"$qt_inc/$m"); done
# third-party headers the core uses (FreeRDP 3, WinPR 3, libvncclient, QtKeychain, KArchive): their
# Windows branches are what a Windows build sees
for d in /usr/include/freerdp3 /usr/include/winpr3 /usr/include/qt6keychain /usr/include/KF6/KArchive; do
    [ -d "$d" ] && includes+=(-idirafter "$d")
done
# libvncclient's and the others' top-level headers, after mingw's own (so <windows.h> is mingw's)
includes+=(-idirafter /usr/include)

cd "$src" || exit 1
mapfile -t files < <( { find app ui -name '*_win.cpp' -o -name '*Win.cpp'
                        grep -rlE --include='*.cpp' '(Q_OS_WIN|_WIN32|Q_OS_UNIX|Q_OS_LINUX|Q_OS_MACOS|Q_OS_DARWIN)' app ui; } | sort -u)
failed=0
for f in "${files[@]}"; do
    if out=$("$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Werror "${defines[@]}" "${includes[@]}" \
             -I"$(dirname "$f")" "$f" 2>&1); then
        echo "ok    $f"
    else
        echo "FAIL  $f"
        printf '%s\n' "$out" | head -n 40 >&2
        failed=1
    fi
done
[ ${#files[@]} -gt 0 ] || { echo "check-windows-sources: no Windows sources found under $src" >&2; exit 1; }
exit $failed
