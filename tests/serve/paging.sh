#!/usr/bin/env bash
# paging.sh: /api/events paged by cursor ('after') and the busiest pair of /api/timeline,
# on a synthetic store (paging_test.py); over PostgreSQL too when SITREP_PG_URL is set.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
exec python3 "$(dirname "$0")/paging_test.py"
