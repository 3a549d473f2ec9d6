#!/usr/bin/env bash
# Set everything up (first time, or when dependencies changed) and launch Midad.
# Usage: ./run.sh [FILE.md]
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"
midad_setup
exec .venv/bin/midad "$@"
