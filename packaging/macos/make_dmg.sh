#!/usr/bin/env bash
# Wrap an .app in a compressed disk image with an Applications link to drag it onto.
# Usage: packaging/macos/make_dmg.sh dist/Midad.app dist/midad-VERSION-macos-ARCH.dmg
set -euo pipefail
APP="$1"
DMG="$2"
[ -d "$APP" ] || { echo "make_dmg: no app bundle at $APP" >&2; exit 2; }

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Midad" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "make_dmg: $DMG"
