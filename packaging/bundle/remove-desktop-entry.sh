#!/bin/sh
# remove-desktop-entry.sh -- removes what install-desktop-entry.sh added for you (the desktop entry, the icon
# and the .rdp file type). This folder itself stays; delete it to remove the client.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$data/applications/daas-desktop.desktop" \
      "$data/icons/hicolor/scalable/apps/daas-desktop.svg" \
      "$data/mime/packages/daas-desktop.xml"
command -v update-mime-database >/dev/null && [ -d "$data/mime" ] && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && [ -d "$data/applications" ] &&
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
echo "DAaaS Desktop's menu entry, icon and .rdp file type are removed."
