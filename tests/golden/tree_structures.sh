#!/usr/bin/env bash
# tree_structures.sh: the tree coder on sentences written for each structure it reads
# (tests/tree/structures.txt): every sentence, coded as an article of its own with our
# lexicon and the shipped model, must give exactly the events listed, with their status
# and said_by. Prints each failure with the expected and the coded events.
set -euo pipefail
: "${SITREP:?}" "${SITREP_SOURCE:?}"
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
command -v python3 >/dev/null || { echo "python3 not found: skipped"; exit 77; }
[ -f "$SITREP_SOURCE/models/en_ud.model" ] || { echo "no model in models/: skipped"; exit 77; }
export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
unset SITREP_MODEL
python3 - "$SITREP" "$SITREP_SOURCE/tests/tree/structures.txt" <<'PY'
import json, subprocess, sys
sitrep, path = sys.argv[1], sys.argv[2]
cases = []
for line in open(path, encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    structure, text, events = [p.strip() for p in line.split("|")]
    # an event may end with "@YYYY-MM-DD", the date it must carry; a sentence whose events
    # carry dates is compared with the coded events' dates
    evs = [] if events == "none" else [e.strip() for e in events.split(";")]
    dated = any(" @" in e for e in evs)
    want = sorted(tuple(e.rsplit(" @", 1)[0].split(None, 4)) + ((e.rsplit(" @", 1)[1],) if dated else ())
                  for e in evs)
    cases.append((structure, text, want, dated))
docs = "".join(json.dumps({"id": "c%03d" % i, "date": "2024-01-10", "text": t}) + "\n"
               for i, (_, t, _, _) in enumerate(cases))
run = subprocess.run([sitrep, "code", "--format", "jsonl", "-"], input=docs.encode(),
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
if run.returncode not in (0, 1):
    sys.stderr.write(run.stderr.decode())
    sys.exit("sitrep code failed with status %d" % run.returncode)
got = {}
for l in run.stdout.decode().splitlines():
    e = json.loads(l)
    said = e.get("said_by")
    if isinstance(said, dict):
        said = said.get("code") or said.get("text")
    got.setdefault(e["doc_id"], []).append(
        (e["source"]["code"], e["target"]["code"], e["cameo"], e["status"], said or "-", e.get("date") or "-"))
failed = 0
by_structure = {}
for i, (structure, text, want, dated) in enumerate(cases):
    have = sorted(ev if dated else ev[:5] for ev in got.get("c%03d" % i, []))
    ok = have == want
    by_structure.setdefault(structure, [0, 0])[0 if ok else 1] += 1
    if not ok:
        failed += 1
        print("FAIL [%s] %s\n     expected: %s\n     coded:    %s" % (structure, text, want or "none", have or "none"))
for s, (p, f) in by_structure.items():
    print("%-55s %d passed, %d failed" % (s, p, f))
print("%d passed, %d failed" % (len(cases) - failed, failed))
sys.exit(1 if failed else 0)
PY
