#!/bin/sh
# Remove a Midad installed by install.sh (run the copy in PREFIX/lib/midad, or pass --prefix).
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="$(cd "$HERE/../.." && pwd)"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        *) echo "uninstall.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
APP_DIR="$PREFIX/lib/midad"
MANIFEST="$APP_DIR/installed-files"
if [ ! -f "$MANIFEST" ]; then
    echo "uninstall.sh: no Midad installation in $PREFIX (no $MANIFEST)" >&2
    exit 1
fi
while read -r file; do
    rm -f "$file"
done <"$MANIFEST"
rm -rf "$APP_DIR"

refresh() { command -v "$1" >/dev/null 2>&1 && "$@" >/dev/null 2>&1 || true; }
refresh update-mime-database "$PREFIX/share/mime"
refresh update-desktop-database "$PREFIX/share/applications"
refresh gtk-update-icon-cache -q -t -f "$PREFIX/share/icons/hicolor"
echo "Midad is removed from $PREFIX."
