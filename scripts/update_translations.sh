#!/usr/bin/env bash
# Re-extract user-visible strings from the UI code into translations/*.ts (keeps existing
# translations). Translate new entries (pyside6-linguist, or by hand), then run ./run.sh or
# ./test.sh, which compile the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/editor/ui src/editor/app -name '*.py' | sort)
catalogues=(translations/midad_ar.ts translations/midad_en.ts)
run_lupdate() {
    for language in ar en; do
        .venv/bin/pyside6-lupdate -no-obsolete -locations none -source-language en \
            -target-language "$language" "${sources[@]}" -ts "translations/midad_$language.ts"
    done
}
.venv/bin/python scripts/carry_translations.py --save "${catalogues[@]}"
run_lupdate
# Strings that only moved to another class keep their translations; lupdate then lays the
# rewritten files out its own way again.
carried=$(.venv/bin/python scripts/carry_translations.py --fill "${catalogues[@]}")
if [ -n "$carried" ]; then
    echo "$carried"
    run_lupdate >/dev/null
fi
