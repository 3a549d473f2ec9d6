#!/usr/bin/env bash
# Set everything up (first time, or when dependencies changed), lint, type-check, and run the
# whole test suite.
# Usage: ./test.sh [pytest arguments]
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"
midad_setup --with-test-tools

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== mypy"
.venv/bin/mypy  # what and how: [tool.mypy] in pyproject.toml

echo "== pytest"
export QT_QPA_PLATFORM=offscreen
export CI="${CI-true}"  # hypothesis: the same examples every run (tests/conftest.py); CI= for random
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
    # pytest's "no tests collected": a suite that runs nothing is broken, say so plainly.
    echo "test.sh: pytest collected no tests" >&2
    exit 1
fi
exit "$status"
