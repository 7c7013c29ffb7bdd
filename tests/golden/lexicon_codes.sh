#!/usr/bin/env bash
# lexicon_codes.sh: coding the example articles and our wire corpus with our own lexicon
# gives no event whose source is its target, and no actor code the lexicon cannot make: an
# actor code from an actors file, with agent roles from agents.txt before or after it.
set -euo pipefail

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
command -v python3 >/dev/null || { echo "skipped: python3 is not installed"; exit 77; }

export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$SITREP" code -f jsonl "$SITREP_SOURCE/examples/" >"$tmp/events.jsonl"
"$SITREP" code -f jsonl -i tabari "$SITREP_SOURCE/tests/corpus/wire.text" >>"$tmp/events.jsonl"

python3 - "$SITREP_LEXICON" "$tmp/events.jsonl" <<'PY'
import glob, json, os, re, sys

lexdir, events = sys.argv[1], sys.argv[2]
actors, suffixes, prefixes = set(), set(), set()
for path in glob.glob(os.path.join(lexdir, "*.actors")):
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.split(";")[0]
        for block in re.findall(r"\[([^\]]*)\]", line):
            code = block.split()[0] if block.split() else ""
            for part in code.split("/"):
                if part and part not in ("---", "###", "+++"):
                    actors.add(part)
for path in glob.glob(os.path.join(lexdir, "agents*.txt")):
    for line in open(path, encoding="utf-8", errors="replace"):
        for block in re.findall(r"\[([^\]]*)\]", line.split(";")[0]):
            code = block.strip()
            if code.startswith("~"):
                suffixes.add(code[1:])
            elif code.endswith("~"):
                prefixes.add(code[:-1])
suffixes.add("ELI")  # "former" turns an agent into ELI

def roles(rest, allowed):
    # the rest of a code, read as roles in three-letter steps or whole agent codes
    if rest == "":
        return True
    return any(rest.startswith(r) and roles(rest[len(r):], allowed) for r in allowed if r)

def makeable(code):
    for a in actors:
        if code.startswith(a) and roles(code[len(a):], suffixes):
            return True
        if code.endswith(a) and roles(code[: len(code) - len(a)], prefixes):
            return True
    return False

bad, n = [], 0
for line in open(events):
    e = json.loads(line)
    n += 1
    s, t = e["source"]["code"], e["target"]["code"]
    where = f'{e["doc_id"]} sentence {e["sentence"]}: {s} -> {t} {e["cameo"]}'
    if s == t:
        bad.append(f"source equals target: {where}")
    for c in (s, t):
        if not makeable(c):
            bad.append(f"code {c} is not made from the lexicon: {where}")
for b in bad:
    print("FAIL:", b)
print(f"{n} events checked, {len(bad)} problem(s)")
sys.exit(1 if bad or n == 0 else 0)
PY
