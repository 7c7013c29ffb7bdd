#!/usr/bin/env bash
# code_invented.sh: golden test of `sitrep code` against expectations worked out by hand.
# Codes tests/golden/data/invented/ (three invented countries, one agent, five verbs; a
# plain-text article with a header block and a JSON Lines file) and compares the TSV
# events with expected.tsv, then the matched words of each event (JSON Lines output)
# with expected.fields. Both files were written by reasoning from the dictionaries, not
# from sitrep's output, so they are never regenerated: a difference is either a coder
# bug or a change of behaviour to be argued for in expected.tsv.
set -euo pipefail

# A sanitizer report (sanitized builds) must not pass for an ordinary exit status 1.
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

data="$SITREP_SOURCE/tests/golden/data/invented"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dicts=(--actors "$data/invented.actors" --agents "$data/invented.agents"
       --verbs "$data/invented.verbs")
inputs=("$data/fredsyl.txt" "$data/more.jsonl")
failures=0

rc=0
"$SITREP" code "${dicts[@]}" --format tsv "${inputs[@]}" >"$tmp/got.tsv" 2>"$tmp/err" || rc=$?
if [[ $rc -ne 0 || -s "$tmp/err" ]]; then
    echo "FAIL: sitrep code --format tsv exited $rc; stderr:"
    cat "$tmp/err"
    failures=$((failures + 1))
fi
grep -v '^#' "$data/expected.tsv" >"$tmp/want.tsv"
if ! diff -u "$tmp/want.tsv" "$tmp/got.tsv"; then
    echo "FAIL: TSV events differ from expected.tsv (- expected, + got)"
    failures=$((failures + 1))
fi

if command -v python3 >/dev/null 2>&1; then
    rc=0
    "$SITREP" code "${dicts[@]}" --format jsonl "${inputs[@]}" >"$tmp/got.jsonl" 2>"$tmp/err" || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "FAIL: sitrep code --format jsonl exited $rc"
        failures=$((failures + 1))
    fi
    if ! python3 - "$tmp/got.jsonl" "$data/expected.fields" <<'PY'; then
import json, sys
got = []
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    e = json.loads(line)
    text = e["sentence_text"].encode("utf-8")
    s0 = e["sentence_span"][0]
    for part in ("source", "target", "verb"):
        a, b = e[part]["span"]
        if text[a - s0:b - s0].decode("utf-8") != e[part]["text"]:
            print(f"FAIL: event {n}: the {part} span does not cut out {e[part]['text']!r}")
            sys.exit(1)
    got.append("\t".join([e["doc_id"], str(e["sentence"]), e["source"]["text"],
                          e["target"]["text"], e["verb"]["text"], e["outlet"] or "-"]))
want = [l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8") if not l.startswith("#")]
if got != want:
    print("FAIL: matched words differ from expected.fields")
    for i in range(max(len(got), len(want))):
        w = want[i] if i < len(want) else "(none)"
        g = got[i] if i < len(got) else "(none)"
        print(("   " if w == g else "!! ") + f"want {w!r}\n   got  {g!r}")
    sys.exit(1)
PY
        failures=$((failures + 1))
    fi
else
    echo "note: python3 not found, expected.fields not checked"
fi

if [[ $failures -ne 0 ]]; then
    exit 1
fi
echo "ok: the invented articles coded as worked out by hand"
