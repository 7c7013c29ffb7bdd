#!/usr/bin/env bash
# plans.sh: /api/events and /api/series with rare and common filters (each read from its
# own index or by walking the date index) against an independent selection of the same
# events (plans_test.py); over PostgreSQL too when SITREP_PG_URL is set.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
exec python3 "$(dirname "$0")/plans_test.py"
