#!/usr/bin/env bash
# realnews_scorer.sh: the real-news scorer on a made-up document whose precision (2/5),
# recall (1/2), F1 (4/9), date and status accuracy (1/2 each), matches, misses, false
# positives and restatements are known exactly (score.py --self-test). Needs no shared folder.
set -u
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
command -v python3 >/dev/null || { echo "skip: python3 not found"; exit 77; }
python3 "$SITREP_SOURCE/tests/realnews/score.py" --self-test
