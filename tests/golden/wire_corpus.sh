#!/usr/bin/env bash
# wire_corpus.sh: `sitrep validate` with our own lexicon (no dictionary option) on the
# corpus tests/corpus/wire.text; precision and recall over events must both be at
# least 0.9.
set -euo pipefail

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
out=$("$SITREP" validate "$SITREP_SOURCE/tests/corpus/wire.text" 2>&1) || true
echo "$out" | grep -E '^(FAIL|events:|[0-9]+ passed)' || true
line=$(echo "$out" | grep '^events:' || true)
if [[ -z $line ]]; then
    echo "FAIL: sitrep validate printed no precision and recall"
    echo "$out" | tail -n 20
    exit 1
fi
read -r precision recall < <(echo "$line" | sed -E 's/.*precision ([0-9.]+), recall ([0-9.]+).*/\1 \2/')
if awk -v p="$precision" -v r="$recall" 'BEGIN { exit !(p >= 0.9 && r >= 0.9) }'; then
    echo "ok: precision $precision, recall $recall (both at least 0.9)"
else
    echo "FAIL: precision $precision, recall $recall (each must be at least 0.9)"
    exit 1
fi
