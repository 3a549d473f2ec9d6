#!/usr/bin/env bash
# Build the Linux bundle and its tarball:
#   dist/midad/                                  PyInstaller one-folder bundle (run dist/midad/midad)
#   dist/midad-VERSION-linux-ARCH.tar.gz         the bundle + desktop file, icons, metainfo,
#                                                MIME type and install.sh / uninstall.sh
#   dist/midad_VERSION_ARCH.deb                  the same as a Debian package (build_deb.sh),
#                                                where dpkg-dev is installed
# Usage: packaging/linux/build.sh
# Python: $MIDAD_BUILD_PYTHON if set (a venv with `pip install -c requirements/constraints.txt
# -e .[dev]`), else the project's .venv, set up first by scripts/setup.sh (with binutils, which
# PyInstaller needs). Outputs: $MIDAD_DIST_DIR (default dist/), scratch: $MIDAD_BUILD_DIR (build/).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
DIST="${MIDAD_DIST_DIR:-$REPO/dist}"
WORK="${MIDAD_BUILD_DIR:-$REPO/build}"

source scripts/setup.sh  # functions only; nothing runs until called
if [ -n "${MIDAD_BUILD_PYTHON:-}" ]; then
    PY="$MIDAD_BUILD_PYTHON"
    # Translations are build products (.ts -> resources/i18n/*.qm); midad_setup makes them.
    build_translations "$(dirname "$PY")/pyside6-lrelease"
else
    midad_setup
    install_system_packages binutils
    PY="$REPO/.venv/bin/python"
fi
BIN="$(dirname "$PY")"

echo "build: PyInstaller bundle -> $DIST/midad"
PYTHONPATH="$REPO/src" "$BIN/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/pyinstaller/midad.spec

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
NAME="midad-$VERSION-linux-$(uname -m)"
STAGE="$WORK/tarball/$NAME"
rm -rf "$WORK/tarball"
mkdir -p "$STAGE"
cp -a "$DIST/midad/." "$STAGE/"

# Desktop integration files, laid out as under a prefix's share/ so install.sh copies them as is.
APP_ID=app.midad.Midad
SHARE="$STAGE/share"
# Their sources are assets: resources/desktop/ and resources/icons/.
install -Dm644 resources/desktop/$APP_ID.desktop "$SHARE/applications/$APP_ID.desktop"
install -Dm644 resources/desktop/$APP_ID.metainfo.xml "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 resources/desktop/$APP_ID.mime.xml "$SHARE/mime/packages/$APP_ID.xml"
install -Dm644 resources/icons/midad.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/midad-*.png; do
    size=${png##*-}; size=${size%.png}
    install -Dm644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m755 packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
install -m644 packaging/linux/README-linux.txt "$STAGE/README.txt"

echo "build: tarball -> $DIST/$NAME.tar.gz"
tar -C "$WORK/tarball" -czf "$DIST/$NAME.tar.gz" "$NAME"
rm -rf "$WORK/tarball"
if command -v dpkg-deb >/dev/null 2>&1 && command -v dpkg-shlibdeps >/dev/null 2>&1; then
    packaging/linux/build_deb.sh "$DIST/$NAME.tar.gz"
else
    echo "build: no .deb (needs dpkg-deb and dpkg-shlibdeps: apt-get install dpkg-dev)"
fi
echo "build: done"
du -sh "$DIST/midad" "$DIST/$NAME.tar.gz"
