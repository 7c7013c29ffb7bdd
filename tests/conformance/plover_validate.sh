#!/usr/bin/env bash
# plover_validate.sh: the PLOVER gold-standard records (development half) through
# `sitrep validate` with our own lexicon; fails when the overall F1 of the expected events
# falls below PLOVER_MIN_F1 (default: just below the 0.754 measured now; raise it as the
# coder improves). Records failing are expected (the GSR's
# codings are ideal ones), so the verdict is the F1, not the pass count.
set -euo pipefail
source "$(dirname "$0")/validate_suite.bash"
min_f1=${PLOVER_MIN_F1:-0.750}
validate_run PLOVER "${SITREP_SHARED:-}/conformance/plover/PLOVER_GSR_CAMEO.dev.json"

line=$(grep -E '^events: ' "$tmp/out" | tail -n 1)
if [[ ! $line =~ F1\ ([0-9]+\.[0-9]+)$ ]]; then
    echo "FAIL: no 'events: ... F1 X' line in the output"
    exit 1
fi
f1=${BASH_REMATCH[1]}
echo "$line"
if awk -v f="$f1" -v m="$min_f1" 'BEGIN { exit !(f + 1e-9 < m) }'; then
    echo "FAIL: F1 $f1 is below $min_f1"
    exit 1
fi
echo "ok: F1 $f1, threshold $min_f1 ($passed records passed, $failed failed)"
