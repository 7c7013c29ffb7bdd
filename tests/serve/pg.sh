#!/usr/bin/env bash
# pg.sh: the web API over a PostgreSQL store (pg_test.py); skipped without SITREP_PG_URL.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
exec python3 "$(dirname "$0")/pg_test.py"
