#!/usr/bin/env bash
# code_examples.sh: golden test of `sitrep code` with our own lexicon on examples/:
# the JSON Lines and table outputs must equal tests/golden/examples.jsonl and
# tests/golden/examples.table byte for byte. Every JSONL line must also be a JSON object
# with a well-formed CAMEO code (checked with python3 when it is installed).
# SITREP_LEXICON is set to the tree's lexicon/, so a setting in the caller's environment
# cannot change the result; provenance is written "lexicon/verbs.txt:LINE" wherever the
# tree lives.
# SITREP_UPDATE_GOLDEN=1 rewrites the expected files from the current output instead;
# review the diff before keeping it.
set -euo pipefail

# A sanitizer report (sanitized builds) must not pass for an ordinary exit status 1.
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

golden="$SITREP_SOURCE/tests/golden"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
examples="$SITREP_SOURCE/examples"

failures=0
for fmt in jsonl table; do
    rc=0
    "$SITREP" code --format "$fmt" "$examples/" >"$tmp/out.$fmt" 2>"$tmp/err.$fmt" || rc=$?
    if [[ $rc -ne 0 || -s "$tmp/err.$fmt" ]]; then
        echo "FAIL: sitrep code --format $fmt examples/ exited $rc; stderr:"
        cat "$tmp/err.$fmt"
        failures=$((failures + 1))
        continue
    fi
    expected="$golden/examples.$fmt"
    if [[ ${SITREP_UPDATE_GOLDEN:-0} == 1 ]]; then
        cp "$tmp/out.$fmt" "$expected"
        echo "updated $(basename "$expected") ($(wc -l <"$expected") lines)"
    elif [[ ! -f $expected ]]; then
        echo "FAIL: $(basename "$expected") is missing (SITREP_UPDATE_GOLDEN=1 creates it)"
        failures=$((failures + 1))
    elif ! diff -u "$expected" "$tmp/out.$fmt" >"$tmp/diff.$fmt"; then
        echo "FAIL: --format $fmt differs from $(basename "$expected") (- expected, + got):"
        head -n 60 "$tmp/diff.$fmt"
        failures=$((failures + 1))
    fi
done

# Sanity of the JSONL output itself (also when regenerating).
if command -v python3 >/dev/null 2>&1; then
    if ! python3 - "$tmp/out.jsonl" <<'PY'; then
import json, re, sys
bad = 0
def complain(n, msg):
    global bad
    bad += 1
    print(f"FAIL: JSONL line {n}: {msg}")
with open(sys.argv[1], encoding="utf-8") as f:
    lines = f.read().splitlines()
if not lines:
    complain(0, "no events at all")
for n, line in enumerate(lines, 1):
    try:
        e = json.loads(line)
    except ValueError as err:
        complain(n, f"not JSON: {err}")
        continue
    if not isinstance(e, dict):
        complain(n, "not an object")
        continue
    code = e.get("cameo")
    if not isinstance(code, str) or not re.fullmatch(r"[01][0-9][0-9]{1,2}|20[0-9]{1,2}", code) \
            or code[:2] == "00":
        complain(n, f"cameo {code!r} is not a CAMEO code")
    elif e.get("root") != code[:2]:
        complain(n, f"root {e.get('root')!r} does not match cameo {code}")
    if e.get("quad_class") not in (1, 2, 3, 4):
        complain(n, f"quad_class {e.get('quad_class')!r}")
    g = e.get("goldstein")
    if not isinstance(g, (int, float)) or not -10 <= g <= 10:
        complain(n, f"goldstein {g!r}")
    for side in ("source", "target"):
        a = e.get(side) or {}
        if not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", a.get("code") or ""):
            complain(n, f"{side} code {a.get('code')!r}")
    # spans are byte offsets into the document; the sentence text starts at its span
    text = (e.get("sentence_text") or "").encode("utf-8")
    s0 = e["sentence_span"][0]
    for what, obj in (("source", e.get("source")), ("target", e.get("target")),
                      ("verb", e.get("verb"))):
        a, b = obj["span"]
        if text[a - s0:b - s0].decode("utf-8", "replace") != obj["text"]:
            complain(n, f"{what} span {obj['span']} does not cut out {obj['text']!r}")
    if e.get("status") not in ("asserted", "reported", "hypothetical", "negated"):
        complain(n, f"status {e.get('status')!r}")
sys.exit(1 if bad else 0)
PY
        failures=$((failures + 1))
    fi
else
    echo "note: python3 not found, JSON validity not checked"
fi

if [[ $failures -ne 0 ]]; then
    exit 1
fi
echo "ok: examples/ coded as expected"
