#!/usr/bin/env bash
# api.sh: the web API of `sitrep serve` against a live server (api_test.py).
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
exec python3 "$(dirname "$0")/api_test.py"
