#!/usr/bin/env bash
# python_module.sh: the installed Python module (ctypes over the installed libsitrep),
# run by Debian's python3: sitrep.code() on the seed article returns the same events as
# `sitrep code`, field by field, with and without an article date;
# sitrep.frame() gives a pandas DataFrame of them, the same on two threads (python3-pandas, which scripts/setup
# installs); a bad date raises SitrepError with code SITREP_EINPUT, a missing lexicon
# SITREP_EDICT. Skips (77) without ../shared.
set -u
source "$(dirname "$0")/install.bash"
py=/usr/bin/python3
[ -x $py ] || { echo "FAIL: Debian's python3 (/usr/bin/python3) is missing (scripts/setup)"; exit 1; }
"$SITREP" code "$seed" >"$tmp/nodate.jsonl" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
"$SITREP" code --date 2023-08-07 "$seed" >"$tmp/dated.jsonl" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
preload=
if $sanitized; then
    # the library is instrumented: the interpreter loads the sanitizer runtime first (its
    # own leaks are not ours)
    preload=$(${SITREP_CC:-cc} -print-file-name=libclang_rt.asan-x86_64.so)
    export ASAN_OPTIONS=detect_leaks=0
fi
LD_PRELOAD=$preload PYTHONPATH="$prefix/lib/python3/dist-packages" $py - "$seed" "$tmp" <<'PY'
import json, os, sys
import sitrep

seed, tmp = sys.argv[1], sys.argv[2]
text = open(seed, encoding="utf-8").read()
doc_id = os.path.splitext(os.path.basename(seed))[0]
fails = []

def flat(j):
    """A `sitrep code` JSON record in the module's flat keys."""
    d = {"doc_id": j["doc_id"], "sentence": j["sentence"],
         "sentence_start": j["sentence_span"][0], "sentence_end": j["sentence_span"][1],
         "sentence_text": j["sentence_text"]}
    for side in ("source", "target"):
        a = j[side]
        d[side] = a["code"]
        d[side + "_country"] = a["country"]
        d[side + "_role"] = a["role"]
        d[side + "_text"] = a["text"]
        d[side + "_start"], d[side + "_end"] = a["span"] if a["span"] else (None, None)
        d[side + "_entry"] = j[side + "_entry"]
    for k in ("cameo", "root", "quad_class", "goldstein", "plover", "plover_mode",
              "verb_entry", "date", "date_precision", "date_text", "status", "status_cue",
              "said_by_cue", "outlet", "url", "mentions"):
        d[k] = j[k]
    v = j["verb"] or {}
    d["verb_text"] = v.get("text")
    d["verb_start"], d["verb_end"] = v.get("span") or (None, None)
    s = j["said_by"] or {}
    d["said_by"], d["said_by_text"] = s.get("code"), s.get("text")
    return d

def compare(name, got, path):
    want = [flat(json.loads(l)) for l in open(path) if l.strip()]
    if len(want) < 20:
        fails.append("%s: `sitrep code` found only %d events in the seed" % (name, len(want)))
    if len(got) != len(want):
        fails.append("%s: %d events from the module, %d from sitrep code" % (name, len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        for k, v in w.items():
            if g.get(k) != v:
                fails.append("%s: event %d field %s: module %r, sitrep code %r" % (name, i, k, g.get(k), v))
    return len(want)

n = compare("no date", sitrep.code(text, id=doc_id), tmp + "/nodate.jsonl")
events = sitrep.code(text, id=doc_id, date="2023-08-07")
compare("dated", events, tmp + "/dated.jsonl")
if list(events[0].keys()) != list(sitrep.EVENT_FIELDS):
    fails.append("an event's keys are not EVENT_FIELDS in order")

try:
    sitrep.code(text, date="2023-13-45")
    fails.append("a bad date raised nothing")
except sitrep.SitrepError as e:
    if e.code != "SITREP_EINPUT" or "2023-13-45" not in e.message:
        fails.append("a bad date: %s %s" % (e.code, e.message))

try:
    sitrep.Coder(lexicon="/nonexistent/lexicon")
    fails.append("a missing lexicon raised nothing")
except sitrep.SitrepError as e:
    if e.code != "SITREP_EDICT" or "/nonexistent/lexicon" not in e.message:
        fails.append("a missing lexicon: %s %s" % (e.code, e.message))
with sitrep.Coder(shallow=True) as shallow:
    if not isinstance(shallow.code(text, date="2023-08-07"), list):
        fails.append("the shallow coder returned no list")

import pandas
df = sitrep.frame([{"text": text, "id": doc_id, "date": "2023-08-07"}, "Nothing happened."])
if not isinstance(df, pandas.DataFrame) or list(df.columns) != list(sitrep.EVENT_FIELDS):
    fails.append("frame() is not a DataFrame with the EVENT_FIELDS columns")
elif len(df) != len(events) or list(df["cameo"]) != [e["cameo"] for e in events]:
    fails.append("frame() has %d rows, code() %d events" % (len(df), len(events)))
df2 = sitrep.frame([{"text": text, "id": doc_id, "date": "2023-08-07"}, "Nothing happened."],
                   threads=2)
if not df2.equals(df):
    fails.append("frame() on two threads differs from one")
if len(sitrep.frame("Nothing happened.")) != 0:
    fails.append("frame() of a text without events is not empty")

for f in fails[:20]:
    print("FAIL:", f)
if fails:
    sys.exit(1)
print("python: %d events of the seed, as sitrep code gives them; frame() %d rows" % (n, len(df)))
PY
