#!/usr/bin/env bash
# robust.sh: `sitrep serve` with clients that hang up, read slowly or write slowly, then
# SIGTERM (robust_test.py).
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
exec python3 "$(dirname "$0")/robust_test.py"
