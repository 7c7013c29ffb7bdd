#!/usr/bin/env bash
# The document layer's accuracy on tests/doc/ (dates, precision, status, said_by >= 0.9),
# with at most one annotated event missing (a13's fifth sentence, a known gap).
set -u
: "${SITREP:?}" "${SITREP_SOURCE:?}"
command -v python3 >/dev/null || { echo "python3 not found: skipped"; exit 77; }
python3 "$SITREP_SOURCE/tests/doc/check.py" "$SITREP" "$SITREP_SOURCE/tests/doc" --min 0.9 --max-missing 1
