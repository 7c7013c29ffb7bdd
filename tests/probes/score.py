#!/usr/bin/env python3
"""score.py: scores sitrep on the wire-style probe sets (tests/probes, format in README.md).

Usage:
  score.py SITREP SET.txt [SET.txt ...] [--min-f1 X] [--list]
  score.py --self-test

Each sentence of a set is coded as a document of its own (dated by its D: line) with
`SITREP code --format jsonl` and our lexicon. A coded event matches a gold event of the same
sentence when the source country (the first three letters of the code), the target country
and the CAMEO root (the first two digits) are equal; each gold event is matched at most
once, a coded event with the gold's status first. Prints, per set and for all the sets
given, the gold and coded counts, precision, recall and F1, and the status accuracy among
the matched events; --list prints every miss, false positive and wrong status (never for
the held-out set: see README.md). Exits 1 when a set's F1 is below --min-f1. Stdlib only.
"""
import json
import os
import subprocess
import sys


def load(path):
    """[(date, sentence, [(source, target, code, status)])] from a set file."""
    items = []
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for n, block in enumerate(blocks, 1):
        date, sentence, gold = None, None, []
        for line in block.strip().splitlines():
            tag, _, rest = line.partition(":")
            rest = rest.strip()
            if tag == "D":
                date = rest
            elif tag == "S":
                sentence = rest
            elif tag == "E":
                fields = [x.strip() for x in rest.split("|")]
                if len(fields) != 4:
                    sys.exit("%s: block %d: an E: line needs SOURCE|TARGET|CAMEO|status" % (path, n))
                gold.append(tuple(fields))
            elif line.strip():
                sys.exit("%s: block %d: unknown line %r" % (path, n, line[:40]))
        if sentence is None:
            if date or gold:
                sys.exit("%s: block %d: no S: line" % (path, n))
            continue
        items.append((date or "2024-03-12", sentence, gold))
    return items


def key(source, target, code):
    return (source[:3], target[:3], code[:2])


def match(gold, coded):
    """Matches one sentence: (matched pairs, unmatched gold, unmatched coded)."""
    used = [False] * len(coded)
    pairs, missed = [], []
    for g in gold:
        best = None
        for i, c in enumerate(coded):
            if used[i] or key(*g[:3]) != key(*c[:3]):
                continue
            if best is None or (c[3] == g[3] and coded[best][3] != g[3]):
                best = i
        if best is None:
            missed.append(g)
        else:
            used[best] = True
            pairs.append((g, coded[best]))
    return pairs, missed, [c for i, c in enumerate(coded) if not used[i]]


def code_set(sitrep, items):
    records = "".join(json.dumps({"id": "s%03d" % i, "date": d, "text": s}) + "\n"
                      for i, (d, s, _) in enumerate(items, 1))
    env = dict(os.environ)
    run = subprocess.run([sitrep, "code", "-q", "--format", "jsonl", "-"], input=records.encode(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if run.returncode != 0:
        sys.exit("sitrep code failed: %s" % run.stderr.decode(errors="replace")[-400:])
    coded = {}
    for line in run.stdout.decode().splitlines():
        e = json.loads(line)
        coded.setdefault(e["doc_id"], []).append(
            ((e.get("source") or {}).get("code") or "", (e.get("target") or {}).get("code") or "",
             e.get("cameo") or "", e.get("status") or ""))
    return [coded.get("s%03d" % i, []) for i in range(1, len(items) + 1)]


def figures(counts):
    gold, coded, tp, status = counts
    p = tp / coded if coded else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, (status / tp if tp else 0.0)


def line(name, counts):
    p, r, f1, st = figures(counts)
    return "%-14s gold %4d  coded %4d  tp %4d  P %.3f  R %.3f  F1 %.3f  status %.3f" % (
        name, counts[0], counts[1], counts[2], p, r, f1, st)


def self_test():
    pairs, missed, extra = match([("RUSGOV", "UKR", "190", "asserted"), ("UKR", "RUS", "111", "asserted")],
                                 [("RUSMIL", "UKRCVL", "195", "reported"), ("RUS", "UKR", "190", "asserted"),
                                  ("USA", "RUS", "111", "asserted")])
    assert len(pairs) == 1 and pairs[0][1][0] == "RUS", pairs  # same status preferred
    assert missed == [("UKR", "RUS", "111", "asserted")] and len(extra) == 2
    p, r, f1, st = figures((4, 5, 2, 1))
    assert abs(p - 0.4) < 1e-9 and abs(r - 0.5) < 1e-9 and abs(f1 - 4 / 9) < 1e-9 and st == 0.5
    print("score.py self-test: ok")


def main(argv):
    if argv == ["--self-test"]:
        self_test()
        return 0
    min_f1, listing, args = None, False, []
    i = 0
    while i < len(argv):
        if argv[i] == "--min-f1" and i + 1 < len(argv):
            min_f1 = float(argv[i + 1])
            i += 1
        elif argv[i] == "--list":
            listing = True
        else:
            args.append(argv[i])
        i += 1
    if len(args) < 2:
        sys.exit(__doc__)
    sitrep, sets = args[0], args[1:]
    total = [0, 0, 0, 0]
    failed = False
    for path in sets:
        items = load(path)
        counts = [0, 0, 0, 0]
        held_out = "heldout" in os.path.basename(path)
        if listing and held_out:
            print("(%s is held out: its failures are not listed)" % path)
        for (date, sentence, gold), coded in zip(items, code_set(sitrep, items)):
            pairs, missed, extra = match(gold, coded)
            counts[0] += len(gold)
            counts[1] += len(coded)
            counts[2] += len(pairs)
            counts[3] += sum(1 for g, c in pairs if g[3] == c[3])
            if listing and not held_out:
                for g in missed:
                    print("  miss   %s | %s" % ("|".join(g), sentence))
                for c in extra:
                    print("  false  %s | %s" % ("|".join(c), sentence))
                for g, c in pairs:
                    if g[3] != c[3]:
                        print("  status %s (gold %s) | %s" % ("|".join(c), g[3], sentence))
        print(line(os.path.splitext(os.path.basename(path))[0], counts))
        total = [a + b for a, b in zip(total, counts)]
        if min_f1 is not None and figures(counts)[2] < min_f1:
            print("FAIL: %s F1 %.3f is below %.3f" % (path, figures(counts)[2], min_f1))
            failed = True
    if len(sets) > 1:
        print(line("all", total))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
