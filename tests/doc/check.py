#!/usr/bin/env python3
"""check.py: scores the document layer on the annotated articles of tests/doc/.

Usage: check.py SITREP DIR [--min 0.9] [--max-missing N]
Codes every DIR/*.txt with `SITREP code --format jsonl` (the default lexicon) and compares
each event with the lines of the matching .ann file (format in README.md). Prints the
accuracy of date, precision, status and said_by over all annotated events (an annotated
event the coder does not produce counts as wrong in every field) and exits 1 when a field
is below the minimum or more annotated events are missing than --max-missing allows."""
import json
import os
import subprocess
import sys


def load_ann(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, date, status, said = [p.strip() for p in line.split("|")]
            sent, src, tgt, root = key.split()
            d, prec = date.split()
            rows.append((n, int(sent), src, tgt, root, d, prec, status, said))
    return rows


def said_ok(expected, ev):
    sb = ev.get("said_by")
    if expected == "-":
        return sb is None
    if sb is None:
        return False
    e = expected.lower()
    return (sb.get("code") or "") == expected or e == (sb.get("text") or "").lower() or \
        e in (sb.get("text") or "").lower()


def main():
    sitrep, folder = sys.argv[1], sys.argv[2]
    minimum = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 0.9
    max_missing = (int(sys.argv[sys.argv.index("--max-missing") + 1])
                   if "--max-missing" in sys.argv else None)
    fields = ["date", "precision", "status", "said_by"]
    good = dict.fromkeys(fields, 0)
    total = missing = sentences = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        txt = os.path.join(folder, name)
        ann = txt[:-4] + ".ann"
        if not os.path.exists(ann):
            continue
        out = subprocess.run([sitrep, "code", "--format", "jsonl", txt], capture_output=True,
                             text=True, check=False)
        events = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
        rows = load_ann(ann)
        sentences += len({r[1] for r in rows})
        for (line, sent, src, tgt, root, d, prec, status, said) in rows:
            total += 1
            found = [e for e in events if e["sentence"] == sent - 1
                     and (e["source"]["code"] or "").startswith(src)
                     and (e["target"]["code"] or "").startswith(tgt)
                     and (e["cameo"] or "").startswith(root)]
            if not found:
                missing += 1
                print("missing  %s:%d  sentence %d %s->%s %s" % (ann, line, sent, src, tgt, root))
                continue
            e = found[0]
            checks = {"date": e["date"] == d, "precision": e["date_precision"] == prec,
                      "status": e["status"] == status, "said_by": said_ok(said, e)}
            for f in fields:
                if checks[f]:
                    good[f] += 1
            bad = [f for f in fields if not checks[f]]
            if bad:
                print("wrong    %s:%d  %s  (got date %s %s, status %s, said_by %s)" % (
                    ann, line, ",".join(bad), e["date"], e["date_precision"], e["status"],
                    json.dumps(e["said_by"])))
    print("doc corpus: %d annotated events in %d sentences, %d missing" % (total, sentences, missing))
    ok = total > 0 and (max_missing is None or missing <= max_missing)
    for f in fields:
        acc = good[f] / total if total else 0.0
        print("  %-10s %.3f" % (f, acc))
        ok = ok and acc >= minimum
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
