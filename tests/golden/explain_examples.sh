#!/usr/bin/env bash
# explain_examples.sh: golden test of `sitrep explain` on every article of examples/ with
# our own lexicon: the output must equal tests/golden/explain_examples.txt byte for byte.
# It runs in the source tree, so dictionary entries print as "lexicon/verbs.txt:LINE".
# SITREP_UPDATE_GOLDEN=1 rewrites the expected file from the current output (review the
# diff before keeping it).
set -euo pipefail
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
: "${SITREP:?}" "${SITREP_SOURCE:?}"
case "$SITREP" in /*) ;; *) SITREP="$PWD/$SITREP" ;; esac
cd "$SITREP_SOURCE"
export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
expected="tests/golden/explain_examples.txt"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$SITREP" explain examples/*.txt >"$out"
if [ "${SITREP_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$out" "$expected"
    echo "updated $expected"
    exit 0
fi
if ! diff -u "$expected" "$out"; then
    echo "sitrep explain output differs from $expected (SITREP_UPDATE_GOLDEN=1 to accept)" >&2
    exit 1
fi
grep -q '^  event ' "$out" || { echo "no events explained" >&2; exit 1; }
echo "explain: $(grep -c '^  event ' "$out") events explained, output as expected"
