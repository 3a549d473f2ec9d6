#!/usr/bin/env bash
# Build a Debian package from the tarball packaging/linux/build.sh makes (the same PyInstaller
# bundle and the same share/ files: menu entry, icons, AppStream metainfo, MIME type):
#   dist/midad_VERSION_ARCH.deb
#     /usr/lib/midad/                 the bundle (midad + _internal/)
#     /usr/bin/midad                  -> ../lib/midad/midad
#     /usr/share/applications, icons/hicolor/*/apps, metainfo, mime/packages
#     /usr/share/doc/midad/           copyright (DEP-5), changelog.gz; man page midad(1)
# Usage: packaging/linux/build_deb.sh [dist/midad-VERSION-linux-ARCH.tar.gz]
# Needs dpkg-deb, dpkg-shlibdeps (dpkg-dev) and objdump (binutils). Depends: is computed with
# dpkg-shlibdeps from the bundle's ELF files that load libraries the bundle does not carry.
# MIDAD_DIST_DIR / MIDAD_BUILD_DIR as for build.sh; MIDAD_DEB_MAINTAINER sets Maintainer:;
# MIDAD_DEB_COMPRESSION=gzip trades size (80 MB instead of 57) for time (seconds, not minutes).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/packaging/linux"
DIST="${MIDAD_DIST_DIR:-$REPO/dist}"
WORK="${MIDAD_BUILD_DIR:-$REPO/build}"
TARBALL="${1:-$(ls -t "$DIST"/midad-*-linux-*.tar.gz 2>/dev/null | head -1)}"
COMPRESSION="${MIDAD_DEB_COMPRESSION:-xz}"
MAINTAINER="${MIDAD_DEB_MAINTAINER:-The Midad developers <maintainers@midad.app>}"
APP_ID=app.midad.Midad

fail() { echo "build_deb: $*" >&2; exit 1; }
[ -f "$TARBALL" ] || fail "no tarball (build it with packaging/linux/build.sh)"
for tool in dpkg-deb dpkg-shlibdeps objdump; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (apt-get install dpkg-dev binutils)"
done

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO/pyproject.toml" | head -1)
case "$(basename "$TARBALL")" in
    "midad-$VERSION-linux-"*) ;;
    *) fail "$(basename "$TARBALL") is not version $VERSION (pyproject.toml): build it again" ;;
esac
# PEP 440 pre-releases sort before the release in Debian with a tilde: 1.0rc1 -> 1.0~rc1.
DEB_VERSION=$(sed -E 's/([0-9])(a|b|rc|\.dev)/\1~\2/' <<<"$VERSION")
ARCH=$(dpkg --print-architecture)
DEB="$DIST/midad_${DEB_VERSION}_${ARCH}.deb"

# dpkg-shlibdeps wants a source tree: debian/control, the package's files in debian/midad/.
TREE="$WORK/deb"
STAGE="$TREE/debian/midad"
rm -rf "$TREE"
mkdir -p "$TREE/unpacked" "$STAGE/DEBIAN" "$STAGE/usr/lib/midad" "$STAGE/usr/bin" \
    "$STAGE/usr/share/doc/midad" "$STAGE/usr/share/lintian/overrides"
tar -xzf "$TARBALL" -C "$TREE/unpacked"
APP="$(echo "$TREE"/unpacked/midad-*/)"
[ -x "$APP/midad" ] || fail "no midad executable in $TARBALL"

echo "build_deb: [${SECONDS}s] staging the bundle and its share/ files"
cp -a "$APP/midad" "$APP/_internal" "$STAGE/usr/lib/midad/"
cp -a "$APP/share" "$STAGE/usr/"
ln -s ../lib/midad/midad "$STAGE/usr/bin/midad"  # PyInstaller finds _internal/ through links
install -m755 "$HERE/debian/postinst" "$HERE/debian/postrm" "$STAGE/DEBIAN/"
install -m644 "$HERE/debian/lintian-overrides" "$STAGE/usr/share/lintian/overrides/midad"
mkdir -p "$STAGE/usr/share/man/man1"
gzip -9n <"$HERE/midad.1" >"$STAGE/usr/share/man/man1/midad.1.gz"

# /usr/share/doc/midad/copyright: the template with the OFL text and hunspell-ar's copyright.
indent() { sed -e 's/^[[:space:]]*$/./' -e 's/^/ /'; }
OFL=$(sed -n '/^SIL OPEN FONT LICENSE/,$p' "$STAGE/usr/lib/midad/_internal/fontpkg_amiri/LICENSE" | indent)
[ -n "$OFL" ] || fail "no OFL text in the bundle's fontpkg_amiri/LICENSE"
if [ -f /usr/share/doc/hunspell-ar/copyright ]; then
    HUNSPELL=$(indent </usr/share/doc/hunspell-ar/copyright)
else
    HUNSPELL=" (hunspell-ar's copyright file was not on the build machine: GPL-2+/LGPL-2.1+/MPL-1.1.)"
fi
COPYRIGHT="$STAGE/usr/share/doc/midad/copyright"
OFL="$OFL" HUNSPELL="$HUNSPELL" awk '$0 == "@OFL_TEXT@" { print ENVIRON["OFL"]; next }
    $0 == "@HUNSPELL_AR_COPYRIGHT@" { print ENVIRON["HUNSPELL"]; next } { print }' \
    "$HERE/debian/copyright" >"$COPYRIGHT"

# A native package (no Debian revision) carries its changelog as changelog.gz.
DATE=$(date -R ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})
cat >"$TREE/changelog" <<EOF
midad ($DEB_VERSION) unstable; urgency=medium

  * Midad $VERSION, packaged from the PyInstaller bundle.

 -- $MAINTAINER  $DATE
EOF
gzip -9n <"$TREE/changelog" >"$STAGE/usr/share/doc/midad/changelog.gz"

echo "build_deb: [${SECONDS}s] computing Depends with dpkg-shlibdeps"
cd "$TREE"
printf 'Source: midad\nMaintainer: %s\n\nPackage: midad\nArchitecture: any\n' "$MAINTAINER" \
    >debian/control
BUNDLE="debian/midad/usr/lib/midad"
is_elf() { [ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]; }
needed() { objdump -p "$1" 2>/dev/null | sed -n 's/^ *NEEDED *//p'; }
declare -A BUNDLED=()
while read -r name; do BUNDLED[$name]=1; done < <(find "$BUNDLE" \( -type f -o -type l \) -printf '%f\n')
SYSTEM_USERS=() LIB_DIRS=()
declare -A SYSTEM_SONAMES=() SEEN_DIRS=()
while IFS= read -r -d '' file; do
    is_elf "$file" || continue
    uses_system=""
    for soname in $(needed "$file"); do
        [ -n "${BUNDLED[$soname]:-}" ] && continue
        SYSTEM_SONAMES[$soname]=1
        uses_system=1
    done
    [ -n "$uses_system" ] && SYSTEM_USERS+=("$file")
    case "$file" in
        *.so|*.so.*) dir=$(dirname "$file")
                     [ -n "${SEEN_DIRS[$dir]:-}" ] || { SEEN_DIRS[$dir]=1; LIB_DIRS+=("-l$dir"); } ;;
    esac
done < <(find "$BUNDLE" -type f -print0 | sort -z)
[ ${#SYSTEM_USERS[@]} -gt 0 ] || fail "no ELF file in the bundle loads a system library (libc?)"
echo "build_deb: [${SECONDS}s] the bundle leaves to the system: $(printf '%s\n' "${!SYSTEM_SONAMES[@]}" | sort | tr '\n' ' ')"
# dpkg-shlibdeps knows a library by its soname from the system's symbols files even when the
# bundle carries its own copy: the packages of the bundled libraries are excluded (-x), unless
# one of them also provides a library the bundle leaves to the system.
declare -A LIB_PATH=() OWNER=()
while read -r soname path; do  # soname -> the system's copy for this architecture
    [ -n "${LIB_PATH[$soname]:-}" ] || LIB_PATH[$soname]=$path
done < <("$(command -v ldconfig || echo /sbin/ldconfig)" -p \
         | awk -v ma="/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/" 'index($NF, ma) { print $1, $NF }')
candidates() {  # the path as ldconfig gives it, its real file, and the /usr-merged twin
    local path=$1 real
    real=$(readlink -f "$path")
    printf '%s\n' "$path" "$real"
    case "$path" in /usr/*) echo "${path#/usr}" ;; *) echo "/usr$path" ;; esac
    case "$real" in /usr/*) echo "${real#/usr}" ;; *) echo "/usr$real" ;; esac
}
mapfile -t PATHS < <(for path in "${LIB_PATH[@]}"; do candidates "$path"; done | sort -u)
while IFS= read -r line; do  # "pkg:arch, other: /path" -> OWNER[/path]=pkg
    OWNER[${line#*: }]=$(cut -d: -f1 <<<"${line%%,*}")
done < <(dpkg -S "${PATHS[@]}" 2>/dev/null | grep -v '^diversion' || true)
package_of() {  # the installed package owning the system library with this soname, if any
    local path=${LIB_PATH[$1]:-} candidate
    [ -n "$path" ] || return 0
    for candidate in $(candidates "$path"); do
        [ -n "${OWNER[$candidate]:-}" ] && { echo "${OWNER[$candidate]}"; return 0; }
    done
}
declare -A KEEP=()
for soname in "${!SYSTEM_SONAMES[@]}"; do
    pkg=$(package_of "$soname")
    [ -n "$pkg" ] || fail "$soname is needed by the bundle but not installed here (no package for it)"
    KEEP[$pkg]=1
done
EXCLUDE=()
declare -A EXCLUDED=()
for soname in "${!BUNDLED[@]}"; do
    case "$soname" in *.so|*.so.*) ;; *) continue ;; esac
    pkg=$(package_of "$soname")
    [ -z "$pkg" ] || [ -n "${KEEP[$pkg]:-}" ] || [ -n "${EXCLUDED[$pkg]:-}" ] && continue
    EXCLUDED[$pkg]=1
    EXCLUDE+=("-x$pkg")
done
dpkg-shlibdeps -O "${LIB_DIRS[@]}" "${EXCLUDE[@]}" "${SYSTEM_USERS[@]}" \
    >shlibdeps.out 2>shlibdeps.log || { cat shlibdeps.log >&2; fail "dpkg-shlibdeps failed"; }
DEPENDS=$(sed -n 's/^shlibs:Depends=//p' shlibdeps.out)
[ -n "$DEPENDS" ] || fail "dpkg-shlibdeps found no dependencies: $(cat shlibdeps.log)"
for pkg in "${!KEEP[@]}"; do  # every library left to the system must be a dependency
    case ", $DEPENDS," in *", $pkg "*|*", $pkg,"*) ;; *) fail "Depends ($DEPENDS) lacks $pkg" ;; esac
done
echo "build_deb: [${SECONDS}s] Depends: $DEPENDS"

# Debian's modes: directories and files 755/644, only real programs executable.
find "$STAGE/usr" -type d -exec chmod 755 {} +
find "$STAGE/usr" -type f -exec chmod 644 {} +
chmod 755 "$STAGE/usr/lib/midad/midad"
INSTALLED_SIZE=$(du -sk --apparent-size "$STAGE/usr" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: midad
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Section: editors
Priority: optional
Description: desktop editor for writing and editing articles in Arabic
 Midad (مداد) is a desktop article editor for people who write and edit in
 Arabic. Writers draft offline in a right-to-left editing pane with a live
 preview; editors proofread (Arabic spelling, typography and house style) and
 export finished articles to HTML, Word (DOCX) and Markdown. One article is one
 Markdown file with a metadata header.
 .
 This package is a self-contained build: Qt, Python, the Arabic fonts (Amiri,
 Noto Sans Arabic) and the Arabic hunspell dictionary are inside /usr/lib/midad.
EOF
(cd "$STAGE" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$STAGE/DEBIAN/md5sums"
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

echo "build_deb: [${SECONDS}s] dpkg-deb -> $DEB"
mkdir -p "$DIST"
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$STAGE" "$DEB" >/dev/null
[ -n "${MIDAD_DEB_KEEP_TREE:-}" ] || rm -rf "$TREE"
echo "build_deb: [${SECONDS}s] done"
du -sh "$DEB"
