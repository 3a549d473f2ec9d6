#!/bin/sh
# Install Midad from this unpacked tarball: for you (default, under ~/.local) or for everyone
# (sudo ./install.sh --prefix /usr/local). Adds the `midad` command, the menu entry, the icon,
# the AppStream data and "Open with Midad" for Markdown files. Undo with uninstall.sh.
set -eu

PREFIX="${HOME}/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,4p' "$0" | cut -c3-; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
case "$PREFIX" in
    /*) ;;
    *) PREFIX="$(pwd)/$PREFIX" ;;
esac
case "$PREFIX" in
    *[\"\`\$\\]*) echo "install.sh: the prefix may not contain \" \` \$ or \\" >&2; exit 2 ;;
esac

HERE="$(cd "$(dirname "$0")" && pwd)"
APP_DIR="$PREFIX/lib/midad"
APP_ID=app.midad.Midad
MANIFEST="$APP_DIR/installed-files"

rm -rf "$APP_DIR"
mkdir -p "$APP_DIR" "$PREFIX/bin"
cp -R "$HERE/midad" "$HERE/_internal" "$HERE/uninstall.sh" "$APP_DIR/"
ln -sf "$APP_DIR/midad" "$PREFIX/bin/midad"
: >"$MANIFEST"
echo "$PREFIX/bin/midad" >>"$MANIFEST"
(cd "$HERE/share" && find . -type f) | while read -r file; do
    target="$PREFIX/share/${file#./}"
    mkdir -p "$(dirname "$target")"
    cp "$HERE/share/$file" "$target"
    echo "$target" >>"$MANIFEST"
done

# The menu entry runs this copy by its full path: ~/.local/bin is not on every session's PATH.
DESKTOP="$PREFIX/share/applications/$APP_ID.desktop"
sed -i -e "s|^Exec=midad |Exec=\"$APP_DIR/midad\" |" -e "s|^TryExec=midad\$|TryExec=$APP_DIR/midad|" \
    "$DESKTOP"

refresh() { command -v "$1" >/dev/null 2>&1 && "$@" >/dev/null 2>&1 || true; }
refresh update-mime-database "$PREFIX/share/mime"
refresh update-desktop-database "$PREFIX/share/applications"
refresh gtk-update-icon-cache -q -t -f "$PREFIX/share/icons/hicolor"

echo "Midad is installed in $APP_DIR; run it from the menu or as $PREFIX/bin/midad."
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "Note: $PREFIX/bin is not on your PATH; add it to run \`midad\` by name." ;;
esac
echo "To make Midad the default for Markdown files: xdg-mime default $APP_ID.desktop text/markdown"
