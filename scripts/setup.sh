#!/usr/bin/env bash
# Idempotent set-up for a Debian/Ubuntu machine: system packages, .venv, the package and its
# pinned dependencies. Sourced by ./run.sh and ./test.sh; safe to run again and again.
set -euo pipefail

MIDAD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$MIDAD_ROOT"

# What the app needs at run time (Qt's xcb/offscreen platforms, enchant + Arabic hunspell,
# an Arabic font), and what the test suite drives (Xvfb, Chromium, LibreOffice, poppler) or
# checks with (PyInstaller's binutils, dpkg-dev and lintian for the .deb, the .desktop and
# AppStream validators, unzip).
APP_PACKAGES=(
    libenchant-2-2 hunspell-ar fonts-hosny-amiri fonts-noto-core
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-randr0
)
TEST_PACKAGES=(xvfb xauth chromium libreoffice-writer-nogui poppler-utils
               binutils dpkg-dev lintian desktop-file-utils appstream unzip)

missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || echo "$pkg"
    done
}

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || {
        echo "setup: not a Debian/Ubuntu system; install the packages listed in scripts/setup.sh yourself" >&2
        return 0
    }
    local missing
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "setup: installing system packages: $(echo $missing)"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

find_python() {
    local candidate
    for candidate in "${MIDAD_PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "setup: Python 3.11 or newer is required" >&2
    return 1
}

setup_venv() {
    local python stamp want
    if [ ! -x .venv/bin/python ]; then
        python=$(find_python)
        "$python" -m venv .venv || {
            install_system_packages python3-venv
            "$python" -m venv .venv
        }
    fi
    # Reinstall only when the declared or pinned dependencies changed.
    want=$(cat pyproject.toml requirements/constraints.txt | sha256sum | cut -d' ' -f1)
    stamp=.venv/.midad-installed
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        echo "setup: installing Midad and its pinned dependencies into .venv"
        .venv/bin/python -m pip install -q --upgrade pip >/dev/null
        .venv/bin/python -m pip install -q -c requirements/constraints.txt -e ".[dev,webengine]"
        echo "$want" >"$stamp"
    fi
}

build_translations() {
    # .qm files are build products: compiled from translations/*.ts into the assets
    # (resources/i18n, package data of editor.resources), never committed. $1: the
    # pyside6-lrelease to use (default: the project venv's).
    local ts qm lrelease=${1:-.venv/bin/pyside6-lrelease}
    [ -x "$lrelease" ] || return 0
    mkdir -p resources/i18n
    for ts in translations/*.ts; do
        [ -e "$ts" ] || continue
        qm="resources/i18n/$(basename "${ts%.ts}").qm"
        if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$lrelease" -silent "$ts" -qm "$qm"
        fi
    done
}

midad_setup() {
    local with_tests=${1:-}
    if [ "$with_tests" = "--with-test-tools" ]; then
        install_system_packages "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    else
        install_system_packages "${APP_PACKAGES[@]}"
    fi
    setup_venv
    build_translations
}
