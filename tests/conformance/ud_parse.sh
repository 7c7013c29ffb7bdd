#!/usr/bin/env bash
# ud_parse.sh: the tagger and parser against UD English-EWT and GUM test files
# (shared/ud): with gold tokenization (`sitrep parse --eval`) and from raw text (EWT,
# `--input text`, scored with the CoNLL 2018 word alignment). Fails below the floors
# below, which are the figures the shipped model reaches less a small margin (see
# docs/parsing.md for the figures and the targets).
set -euo pipefail
shared="${SITREP_SHARED:-}"
ud="$shared/ud"
if [ ! -f "$ud/en_ewt-ud-test.conllu" ]; then
  echo "skipped: $ud/en_ewt-ud-test.conllu is absent"
  exit 77
fi
fail=0
# check NAME OUTPUT METRIC FLOOR
check() {
  local got
  got=$(grep -o "$3 [0-9.]*" <<<"$2" | tail -1 | cut -d' ' -f2)
  if [ -z "$got" ]; then
    echo "FAIL $1: no $3 figure in the output"
    fail=1
  elif awk -v g="$got" -v f="$4" 'BEGIN { exit !(g + 0 >= f + 0) }'; then
    echo "ok   $1 $3 $got >= $4"
  else
    echo "FAIL $1 $3 $got < $4"
    fail=1
  fi
}
ewt=$("$SITREP" parse --eval "$ud/en_ewt-ud-test.conllu")
echo "$ewt" | tail -1
check "EWT test (gold tokenization)" "$ewt" UPOS 95.5
check "EWT test (gold tokenization)" "$ewt" UAS 85.5
check "EWT test (gold tokenization)" "$ewt" LAS 82.6
gum=$("$SITREP" parse --eval "$ud/en_gum-open-test.conllu")
echo "$gum" | tail -1
check "GUM test (gold tokenization)" "$gum" UPOS 96.0
check "GUM test (gold tokenization)" "$gum" UAS 84.7
check "GUM test (gold tokenization)" "$gum" LAS 81.7
raw=$("$SITREP" parse --eval "$ud/en_ewt-ud-test.conllu" --input text)
echo "$raw" | tail -1
check "EWT test (raw text)" "$raw" LAS 80.0
exit $fail
