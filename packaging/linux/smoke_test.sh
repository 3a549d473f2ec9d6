#!/usr/bin/env bash
# Smoke-test the built Linux tarball as a user would get it, with no venv and no repo in sight:
# every run is `env -i` with PATH=/usr/bin:/bin, a fresh HOME, and the unpacked tarball.
# Usage: packaging/linux/smoke_test.sh [dist/midad-VERSION-linux-ARCH.tar.gz]
#        packaging/linux/smoke_test.sh ROOT/usr/bin/midad
# The second form tests an installed copy (the .deb installed into a throw-away ROOT): the same
# checks, with ROOT/usr/bin on PATH and its menu entry, icons and MIME type under ROOT/usr/share
# instead of install.sh's.
# Prints one "ok"/"skip" line per check and timings; exits non-zero at the first failure.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TARBALL="${1:-$(ls -t "$REPO"/dist/midad-*-linux-*.tar.gz 2>/dev/null | head -1)}"
INSTALLED=""
if [ -x "$TARBALL" ] && [ ! -d "$TARBALL" ]; then  # an installed midad, not a tarball
    INSTALLED="$(cd "$(dirname "$TARBALL")" && pwd)/$(basename "$TARBALL")"
    TARBALL=""
fi
SAMPLE="${MIDAD_SMOKE_SAMPLE:-$REPO/../shared/samples/clean-article.md}"
if [ -z "$INSTALLED" ] && [ ! -f "$TARBALL" ]; then
    echo "smoke: no tarball (build it with packaging/linux/build.sh)" >&2
    exit 2
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/out"
if [ ! -f "$SAMPLE" ]; then  # a clone without ../shared (e.g. the GitHub workflow): write one
    SAMPLE="$WORK/sample-article.md"
    cat >"$SAMPLE" <<'ARTICLE'
---
title: الكتابة دون اتصال
author: فريق مداد
lang: ar
---

## لماذا نكتب محليًا؟

يعود كثير من الكتّاب إلى أدواتهم المحلية لأنها **أسرع** وأكثر أمانًا، ولا تتوقف حين ينقطع الاتصال.

- الملف ملك الكاتب.
- النص محفوظ على جهازه.
ARTICLE
fi
SAMPLE="$(cd "$(dirname "$SAMPLE")" && pwd)/$(basename "$SAMPLE")"
cd "$WORK"
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
ok() { echo "smoke: ok   $*"; }
skip() { echo "smoke: skip $*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f s", b - a }'; }
# The bare environment a desktop or a terminal would give a freshly installed program.
clean() {
    timeout 120 env -i PATH="$SMOKE_PATH" HOME="$WORK/home" LANG="${SMOKE_LANG:-C.UTF-8}" \
        QT_QPA_PLATFORM=offscreen "$@"
}

SMOKE_PATH=/usr/bin:/bin
if [ -n "$INSTALLED" ]; then
    MIDAD="$INSTALLED"
    APP="$(dirname "$(readlink -f "$MIDAD")")"
    PREFIX="$(cd "$(dirname "$MIDAD")/.." && pwd)"  # ROOT/usr
    SMOKE_PATH="$PREFIX/bin:/usr/bin:/bin"  # as /usr/bin is on a desktop session's PATH
    ok "installed copy $MIDAD -> $APP ($(du -sh "$APP" | cut -f1))"
else
    tar -xzf "$TARBALL"
    APP="$(echo "$WORK"/midad-*/)"
    MIDAD="$APP/midad"
    [ -x "$MIDAD" ] || fail "no midad executable in the tarball"
    ok "unpacked $(basename "$TARBALL") ($(du -sh "$APP" | cut -f1) unpacked)"
fi

start=$(now)
version=$(clean "$MIDAD" --version)
VERSION_TIME=$(since "$start")
want=$(sed -n 's/^version = "\(.*\)"/midad \1/p' "$REPO/pyproject.toml")
[ "$version" = "$want" ] || fail "--version printed '$version', expected '$want'"
ok "--version: $version ($VERSION_TIME)"

# The window: opens the sample, shown offscreen; the hidden switch reports and quits.
open_in_window() {  # open_in_window LOG COMMAND...
    local log=$1; shift
    clean MIDAD_SMOKE_TEST_QUIT_AFTER_MS=0 "$@" >"$log" 2>"$log.err" \
        || fail "the window did not start and quit cleanly: $(tail -5 "$log.err")"
    grep -q '"visible": true' "$log" || fail "no visible window: $(cat "$log")"
    grep -qF "\"path\": \"$SAMPLE\"" "$log" || fail "the sample is not open: $(cat "$log")"
    grep -q '"body_chars": [1-9]' "$log" || fail "the editor is empty: $(cat "$log")"
}
start=$(now)
open_in_window window.json "$MIDAD" "$SAMPLE"
WINDOW_TIME=$(since "$start")
grep -q '"icon_sizes": \[16, 32, 48, 64, 128, 256, 512\]' window.json \
    || fail "window icon sizes: $(cat window.json)"
grep -q '"bundled_fonts": \["Amiri", "Noto Sans Arabic"\]' window.json \
    || fail "the shipped fonts are not loaded: $(cat window.json)"
ok "window shows the sample, with the app icon and fonts ($WINDOW_TIME from launch to quit)"
grep -q '"layout_direction": "LeftToRight"' window.json || fail "English UI is not left-to-right"
if command -v xvfb-run >/dev/null 2>&1; then  # a real X server: the xcb plugin and its libraries
    export SAMPLE MIDAD WORK
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'timeout 120 env -i PATH=/usr/bin:/bin \
        HOME="$WORK/home" LANG=C.UTF-8 DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" \
        MIDAD_SMOKE_TEST_QUIT_AFTER_MS=500 "$MIDAD" "$SAMPLE"' >x11.json 2>x11.err \
        || fail "the window did not start on X11 (Xvfb): $(tail -5 x11.err)"
    grep -q '"platform": "xcb"' x11.json && grep -q '"visible": true' x11.json \
        || fail "no visible X11 window: $(cat x11.json)"
    ok "window on an X server (Xvfb, xcb platform)"
else
    skip "window on an X server (no xvfb-run)"
fi
SMOKE_LANG=ar_EG.UTF-8 open_in_window window-ar.json "$MIDAD" "$SAMPLE"
grep -q '"layout_direction": "RightToLeft"' window-ar.json || fail "Arabic UI is not mirrored"
grep -q '"qt_cancel": "ألغِ"' window-ar.json || fail "Qt's Arabic catalogue is not loaded"
ok "Arabic UI (LANG=ar_EG.UTF-8): mirrored, Qt's own Arabic catalogue loaded"
if ! grep -q '"menus": \["&File"' window-ar.json; then
    ok "Arabic UI: Midad's menus are translated"
elif grep -q 'type="unfinished"' "$REPO/translations/midad_ar.ts"; then
    skip "Arabic menus (translations/midad_ar.ts is not finished yet)"
else
    fail "Midad's Arabic catalogue is not loaded: $(cat window-ar.json)"
fi

clean "$MIDAD" export "$SAMPLE" --to html -o out/article.html >out/export.log
grep -q 'dir="rtl"' out/article.html || fail "the HTML export is not right-to-left"
title=$(sed -n 's/^title: *//p' "$SAMPLE" | head -1 | tr -d '"')
grep -qF "$title" out/article.html || fail "the HTML export lacks the title '$title'"
ok "export HTML ($(wc -c <out/article.html) bytes, rtl, title present)"

clean "$MIDAD" export "$SAMPLE" --to docx -o out/article.docx >>out/export.log
[ "$(head -c 2 out/article.docx)" = "PK" ] || fail "the DOCX export is not a zip file"
if command -v unzip >/dev/null 2>&1; then
    unzip -p out/article.docx word/document.xml >out/document.xml
    grep -q '<w:bidi' out/document.xml || fail "the DOCX paragraphs are not right-to-left"
    grep -qF "$title" out/document.xml || fail "the DOCX lacks the title '$title'"
    ok "export DOCX ($(wc -c <out/article.docx) bytes, bidi paragraphs, title present)"
else
    grep -q 'word/document.xml' out/article.docx || fail "the DOCX has no word/document.xml"
    ok "export DOCX ($(wc -c <out/article.docx) bytes; unzip missing, contents not read)"
fi

HELP=$(clean "$MIDAD" --help)
has_command() { grep -qE "^ +$1 +" <<<"$HELP"; }
if has_command import; then
    clean "$MIDAD" import out/article.docx -o out/roundtrip.md >out/import.log 2>&1 \
        || fail "midad import of the exported DOCX failed: $(cat out/import.log)"
    grep -qF "$title" out/roundtrip.md || fail "the DOCX imported back lacks the title"
    ok "import: the exported DOCX comes back as an article with its title"
else
    skip "import (this build has no \`midad import\`)"
fi

# Spelling through the bundled enchant, hunspell provider and Arabic dictionary.
check_spelling() {  # check_spelling RUNNER...: the dictionary flags المدينه and suggests المدينة
    "$@" "$MIDAD" check --json out/misspelt.md >out/check.json 2>out/check.err || true
    grep -q "Spelling is not checked" out/check.err && fail "spelling unavailable: $(cat out/check.err)"
    grep -q '"rule": "spelling"' out/check.json || fail "no dictionary finding: $(cat out/check.json out/check.err)"
    grep -q '"المدينة"' out/check.json || fail "no hunspell suggestion: $(cat out/check.json)"
}
if has_command check; then
    printf -- '---\ntitle: تجربة\nlang: ar\n---\n\nوصلنا إلى المدينه مساء أمس.\n' >out/misspelt.md
    check_spelling clean
    ok "check: the bundled dictionary flags المدينه and suggests المدينة"
    # Hide the system's enchant, its providers and hunspell dictionaries: the bundle must not
    # need them. Needs a private mount namespace (root, or unprivileged user namespaces).
    hide=""
    for path in /usr/lib/*/enchant-2 /usr/share/hunspell /usr/share/myspell \
                /usr/lib/*/libenchant-2.so.2 /usr/lib/*/libhunspell-*.so.0; do
        [ -e "$path" ] || continue
        if [ -d "$path" ]; then hide+="mount -t tmpfs none '$path'; "
        else hide+="mount --bind /dev/null '$(readlink -f "$path")'; "; fi
    done
    if [ -n "$hide" ] && unshare -m --map-root-user true 2>/dev/null; then
        isolated() { timeout 120 unshare -m --map-root-user sh -c "$hide exec \"\$@\"" sh env -i \
            PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
        check_spelling isolated
        ok "check with the system's enchant and dictionaries hidden"
    else
        skip "check with the system's enchant hidden (no mount namespace here)"
    fi
else
    skip "check (this build has no \`midad check\`)"
fi

# Desktop integration: install into a prefix (the package did that already for an installed
# copy), open the sample the way a file manager does.
if [ -z "$INSTALLED" ]; then
    PREFIX="$WORK/prefix"
    clean "$APP/install.sh" --prefix "$PREFIX" >out/install.log
fi
DESKTOP="$PREFIX/share/applications/app.midad.Midad.desktop"
for file in "$DESKTOP" "$PREFIX/share/metainfo/app.midad.Midad.metainfo.xml" \
            "$PREFIX/share/icons/hicolor/256x256/apps/app.midad.Midad.png" \
            "$PREFIX/share/icons/hicolor/scalable/apps/app.midad.Midad.svg" \
            "$PREFIX/share/mime/packages/app.midad.Midad.xml"; do
    [ -f "$file" ] || fail "$file is not installed"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$DESKTOP" || fail "the installed .desktop file is invalid"
fi
grep -q '^MimeType=.*text/markdown;' "$DESKTOP" || fail "the .desktop file does not claim text/markdown"
if command -v update-mime-database >/dev/null 2>&1; then
    grep -q '^text/markdown:\*\.md$' "$PREFIX/share/mime/globs" || fail "*.md is not text/markdown"
fi
exec_line=$(sed -n 's/^Exec=//p' "$DESKTOP")
[[ "$exec_line" == *' %f' ]] || fail "Exec= does not take a file: $exec_line"
launcher=$(eval "printf '%s' ${exec_line% %f}")  # the desktop-entry quoting is shell-compatible here
open_in_window desktop.json "$launcher" "$SAMPLE"
ok "installed: the menu entry's command ($launcher %f) opens a .md file"
if [ -z "$INSTALLED" ]; then
    clean "$PREFIX/lib/midad/uninstall.sh" >/dev/null
    left=$(find "$PREFIX" -type f ! -path "$PREFIX/share/mime/*" ! -name '*.cache' ! -name 'mimeinfo.cache')
    [ -z "$left" ] || fail "uninstall.sh left files behind: $left"
    ok "uninstall.sh removes everything it installed"
else
    skip "uninstall.sh (an installed package is removed by its package manager)"
fi

echo "smoke: passed; --version $VERSION_TIME, window start to quit $WINDOW_TIME"
