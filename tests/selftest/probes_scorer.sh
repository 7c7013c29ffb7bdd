#!/usr/bin/env bash
# probes_scorer.sh: the probe sets' scorer on made-up events whose matches, misses, false
# positives and figures are known exactly (tests/probes/score.py --self-test).
set -u
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
command -v python3 >/dev/null || { echo "skip: python3 not found"; exit 77; }
python3 "$SITREP_SOURCE/tests/probes/score.py" --self-test
