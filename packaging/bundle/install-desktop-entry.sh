#!/bin/sh
# install-desktop-entry.sh -- adds DAaaS Desktop from this folder to your application menu, for you only:
# a desktop entry (which also opens .rdp files), its icon and the .rdp file type, under
# ${XDG_DATA_HOME:-~/.local/share}. No administrator rights needed. remove-desktop-entry.sh takes them away.
# Run it again after moving this folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
case "$here" in
*[\"\`\$\\%]*)
    echo "install-desktop-entry: the folder's name has a character a desktop entry cannot hold: $here" >&2
    exit 1 ;;
esac
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
cp "$here/share/icons/hicolor/scalable/apps/daas-desktop.svg" "$data/icons/hicolor/scalable/apps/"
cp "$here/share/mime/packages/daas-desktop.xml" "$data/mime/packages/"
# the same entry as the package's, started through this bundle's launcher
sed -e "s|^Exec=daas-desktop |Exec=\"$here/daas-desktop\" |" \
    -e "s|^Icon=.*|Icon=daas-desktop|" \
    "$here/share/applications/daas-desktop.desktop" >"$data/applications/daas-desktop.desktop.new"
mv "$data/applications/daas-desktop.desktop.new" "$data/applications/daas-desktop.desktop"
# refresh the caches the desktop reads, where their tools exist (all optional)
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/index.theme" ] &&
    gtk-update-icon-cache -q "$data/icons/hicolor" >/dev/null 2>&1 || true
echo "DAaaS Desktop is in your application menu ($data/applications/daas-desktop.desktop)."
