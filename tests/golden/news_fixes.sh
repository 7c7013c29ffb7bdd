#!/usr/bin/env bash
# news_fixes.sh: `sitrep validate` with our own lexicon on tests/corpus/news_fixes.text,
# sentences of real-news shape that the lexicon once coded wrongly or not at all. Unlike
# the wire corpus (precision and recall), every record here must pass: each names the
# events one entry or rule must produce.
set -euo pipefail

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
corpus="$SITREP_SOURCE/tests/corpus/news_fixes.text"
out=$("$SITREP" validate --all "$corpus" 2>&1) || true
echo "$out" | grep -E '^(FAIL|events:|[0-9]+ passed)' || true
records=$(grep -cE '^[0-9]{6} ' "$corpus")
if echo "$out" | grep -qE "^$records passed, 0 failed$"; then
    echo "ok: all $records records coded as expected"
else
    echo "FAIL: every one of the $records records must pass"
    exit 1
fi
