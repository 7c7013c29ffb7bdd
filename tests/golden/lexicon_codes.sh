#!/usr/bin/env bash
# lexicon_codes.sh: coding the example articles and our wire corpus with our own lexicon
# gives no event whose source is its target, and no actor code the lexicon cannot make: an
# actor code from an actors file, with agent roles from agents.txt before or after it.
# International organisations have one convention: in the lexicon every organisation of
# states is coded IGO, then a CAMEO region element when its members lie in one region,
# then its own element (IGOUNO, IGOWSTNAT, IGOEUREEC, IGOUNOIAE), then roles; and in the
# event record its `country` is IGO, whatever agent stands beside it ("UN aid agencies"
# are the UN's, not an NGO's). Sentences written here check the JSON fields of each one.
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

# one sentence a line: the organisation criticizes Russia (source), expected code
cat >"$tmp/expect.tsv" <<'TSV'
The United Nations	IGOUNO
The European Union	IGOEUREEC
NATO	IGOWSTNAT
The African Union	IGOAFRAFU
ASEAN	IGOSEAASN
OPEC	IGOOPC
The IAEA	IGOUNOIAE
The World Health Organization	IGOUNOWHO
The European Parliament	IGOEUREECLEG
NATO troops	IGOWSTNATMIL
UN aid agencies	IGOUNO
A UN charity	IGOUNO
TSV
: >"$tmp/in.jsonl"
n=0
while IFS=$'\t' read -r name _; do
    n=$((n + 1))
    printf '{"id":"o%d","date":"2024-12-05","text":"%s criticized Russia on Monday over the attack on the city."}\n' \
        "$n" "$name" >>"$tmp/in.jsonl"
done <"$tmp/expect.tsv"
"$SITREP" code -f jsonl "$tmp/in.jsonl" >"$tmp/events.jsonl"

python3 - "$tmp/expect.tsv" "$tmp/events.jsonl" "$SITREP_LEXICON" <<'PY'
import glob, json, os, re, sys

expect = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
got = {}
for line in open(sys.argv[2], encoding="utf-8"):
    e = json.loads(line)
    got.setdefault(e["doc_id"], []).append(e)
bad = []
for i, (name, code) in enumerate(expect, 1):
    evs = got.get(f"o{i}", [])
    if len(evs) != 1:
        bad.append(f"{name!r}: {len(evs)} events, expected 1")
        continue
    s = evs[0]["source"]
    want = {"code": code, "country": "IGO", "role": code[3:]}
    have = {k: s[k] for k in want}
    if have != want:
        bad.append(f"{name!r}: source {have}, expected {want}")
    if evs[0]["target"]["country"] != "RUS":
        bad.append(f"{name!r}: target {evs[0]['target']}")

# the lexicon side: IGO [region] organisation [agency] [roles], never an organisation's
# element at the top
regions = set("AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS "
              "SCN SAM SAS SEA SAF WAF WST".split())
groups = set("UNO EEC NAT AFU ASN OPC IAE WHO ARL GCC ECW OSC COE".split())
for path in glob.glob(os.path.join(sys.argv[3], "*.actors")):
    for n, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
        for block in re.findall(r"\[([^\]]*)\]", line.split(";")[0].split("#")[0]):
            code = block.split()[0] if block.split() else ""
            where = f"{os.path.basename(path)}:{n}: {code}"
            if code[:3] in groups:
                bad.append(f"{where}: an organisation must be coded IGO{code}")
            elif code.startswith("IGO"):
                if len(code) < 6 or len(code) % 3:
                    bad.append(f"{where}: IGO needs the organisation's element")
                elif code[3:6] in regions and len(code) < 9:
                    bad.append(f"{where}: a region needs the organisation's element after it")
for b in bad:
    print("FAIL:", b)
print(f"{len(expect)} organisations coded, {len(bad)} problem(s)")
sys.exit(1 if bad else 0)
PY
