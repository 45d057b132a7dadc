#!/bin/sh
# Install the unpacked Linux bundle for this user: the program under ~/.local/opt, a menu
# entry, the icon and the iam-console:// link scheme. Run from the unpacked folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/iam-console"
rm -rf "$opt"
mkdir -p "$opt" "$target/applications" "$target/icons/hicolor/256x256/apps" \
    "$target/icons/hicolor/scalable/apps"
cp -a "$here/." "$opt/"
cp "$here/share/iam-console-256.png" "$target/icons/hicolor/256x256/apps/iam-console.png"
cp "$here/share/iam-console.svg" "$target/icons/hicolor/scalable/apps/iam-console.svg"
sed "s|@BIN@|$opt/iam-console|" "$here/share/iam-console.desktop" \
    > "$target/applications/iam-console.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$target/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default iam-console.desktop x-scheme-handler/iam-console || true
echo "IAM Console installed in $opt (menu entry and iam-console:// links registered)."
