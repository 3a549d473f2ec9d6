#!/usr/bin/env bash
# Build Midad for macOS: dist/Midad.app (PyInstaller), then dist/midad-VERSION-macos-ARCH.dmg.
# Needs Python 3.11+, Homebrew's enchant (brew install enchant) and the Arabic dictionary:
#   MIDAD_HUNSPELL_DIR=/path/with/ar.aff+ar.dic packaging/macos/build.sh
# Not run on this project's own (Linux) machines; the CI workflow runs it on macOS.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
: "${MIDAD_HUNSPELL_DIR:?set MIDAD_HUNSPELL_DIR to a folder holding ar.aff and ar.dic}"

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -c requirements/constraints.txt -e ".[dev]"
source scripts/setup.sh  # functions only; nothing runs until called
build_translations .venv/bin/pyside6-lrelease

PYTHONPATH="$REPO/src" .venv/bin/pyinstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/midad.spec
dist/Midad.app/Contents/MacOS/midad --version

VERSION=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
packaging/macos/make_dmg.sh dist/Midad.app "dist/midad-$VERSION-macos-$(uname -m).dmg"
