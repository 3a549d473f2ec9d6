#!/usr/bin/env bash
# Re-extract user-visible strings from the UI code into translations/*.ts (keeps existing
# translations). Translate new entries (pyside6-linguist, or by hand), then run ./run.sh or
# ./test.sh, which compile the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/editor/ui src/editor/app -name '*.py' | sort)
for language in ar en; do
    .venv/bin/pyside6-lupdate -no-obsolete -locations none -source-language en \
        -target-language "$language" "${sources[@]}" -ts "translations/midad_$language.ts"
done
