#!/usr/bin/env python3
"""score.py: scores sitrep on the real-news corpus (tests/realnews, format in README.md).

Usage:
  score.py SITREP SHARED_DIR [--split dev|heldout|all] [--min-f1 X] [--min-status X]
           [--keep DIR] [--intent-as-act]
  score.py --self-test

Extracts the documents of split.txt from SHARED_DIR (extract.py) into a temporary folder,
codes them with `SITREP code --format jsonl` and compares the events with gold/<doc>.ann.
An event matches a gold event of the same document when the source country (the first
three letters of the code), the target country and the CAMEO root (the first two digits)
are equal; each gold event is matched at most once, a system event in the gold event's
sentence first, then the nearest one. An unmatched system event with the same countries
and root as a matched one is a restatement of it (counted apart, not a false positive:
the gold codes an event once per document). --intent-as-act also lets an expression of
intent or a threat (CAMEO 03x, 13x) match a hypothetical gold event of the act it
announces (the gold's convention for announced acts). Prints precision, recall and F1, and the date
and status accuracy over the matched events, for dev, heldout and all (with subtotals of
the GUM and seed documents, of the EWT dev and test posts and of the EWT training posts) and
per document,
then lists the misses and false positives of the --split documents (default dev) with
their sentences. Exits 1 when the F1 or the status accuracy of the --split documents is
below --min-f1 or --min-status, 2 on a usage or input error. Stdlib only.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract  # noqa: E402


# ---- gold files ----------------------------------------------------------------------

class Gold:
    __slots__ = ("line", "sent", "source", "target", "cameo", "date", "precision", "status",
                 "said_by", "words")

    def key(self):
        return (self.source[:3], self.target[:3], self.cameo[:2])


def parse_gold_line(line, lineno=0):
    """One event line `S3 | SRC | TGT | CODE | DATE PREC | STATUS | SAID_BY | words`."""
    parts = [p.strip() for p in line.split("|", 7)]
    if len(parts) < 7 or not parts[0].startswith("S"):
        raise ValueError("line %d: expected 'S<n> | source | target | cameo | date precision"
                         " | status | said_by | words'" % lineno)
    g = Gold()
    g.line = lineno
    g.sent = int(parts[0][1:])
    g.source, g.target, g.cameo = parts[1], parts[2], parts[3]
    date = parts[4].split()
    if len(date) != 2:
        raise ValueError("line %d: the date field is 'YYYY-MM-DD precision' or '- none'" % lineno)
    g.date = None if date[0] == "-" else date[0]
    g.precision = date[1]
    g.status, g.said_by = parts[5], parts[6]
    g.words = parts[7] if len(parts) > 7 else ""
    if g.status not in ("asserted", "reported", "hypothetical", "negated"):
        raise ValueError("line %d: unknown status %r" % (lineno, g.status))
    if not (g.cameo.isdigit() and len(g.cameo) in (3, 4)):
        raise ValueError("line %d: a CAMEO code has 3 or 4 digits: %r" % (lineno, g.cameo))
    return g


def load_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                try:
                    rows.append(parse_gold_line(line, n))
                except ValueError as e:
                    sys.exit("%s:%s" % (path, e))
    return rows


# ---- system events -------------------------------------------------------------------

def event_key(ev):
    src = (ev.get("source") or {}).get("code") or "---"
    tgt = (ev.get("target") or {}).get("code") or "---"
    return (src[:3], tgt[:3], (ev.get("cameo") or "")[:2])


# CAMEO codes an announced act as the actor's expression of intent (03x) or threat (13x);
# the corpus's gold codes it as the act itself, hypothetical (README.md). With
# --intent-as-act an intent or threat code also matches a hypothetical gold event of the
# act it announces (the CAMEO roots below); the strict figures are the default.
INTENT_ACTS = {"030": ("04", "05", "06", "07", "08"), "031": ("06",), "032": ("05",),
               "033": ("07",), "034": ("08",), "035": ("08",), "036": ("04",),
               "037": ("08",), "038": ("08",), "039": ("04",),
               "130": ("15", "16", "17", "18", "19", "20"), "131": ("16",), "132": ("17",),
               "133": ("17",), "134": ("17",), "135": ("17",), "136": ("17",), "137": ("17",),
               "138": ("18", "19", "20"), "139": ("19",)}


def matches(ev, g, intent_as_act=False):
    """Does system event ev match gold event g (countries and root; with intent_as_act,
    an intent code also matches the hypothetical act it announces)?"""
    key = event_key(ev)
    if key == g.key():
        return True
    if not intent_as_act or g.status != "hypothetical" or key[:2] != g.key()[:2]:
        return False
    return g.cameo[:2] in INTENT_ACTS.get((ev.get("cameo") or "")[:3], ())


def sentence_of(offsets, byte_start):
    """1-based number of the sentence holding byte_start (the next one when between two)."""
    for i, (s, e) in enumerate(offsets):
        if byte_start < e:
            return i + 1
    return len(offsets)


def match_document(gold, events, sent_of_event, intent_as_act=False):
    """Pairs gold and system events of one document. Returns (pairs, misses, false
    positives, restatements): pairs are (gold, event) tuples; the others lists."""
    free = list(range(len(events)))
    pairs = {}
    # First the system events in the gold event's own sentence, then the nearest.
    for same_sentence in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            best = None
            for ei in free:
                if not matches(events[ei], g, intent_as_act):
                    continue
                dist = abs(sent_of_event[ei] - g.sent)
                if same_sentence and dist:
                    continue
                if best is None or dist < best[0]:
                    best = (dist, ei)
            if best is not None:
                pairs[gi] = best[1]
                free.remove(best[1])
    matched_keys = {g.key() for gi, g in enumerate(gold) if gi in pairs}
    fps = [events[ei] for ei in free if event_key(events[ei]) not in matched_keys]
    dups = [events[ei] for ei in free if event_key(events[ei]) in matched_keys]
    misses = [g for gi, g in enumerate(gold) if gi not in pairs]
    return ([(gold[gi], events[ei]) for gi, ei in sorted(pairs.items())], misses, fps, dups)


class Tally:
    def __init__(self):
        self.gold = self.tp = self.fp = self.dup = 0
        self.dated = self.date_ok = self.status_ok = 0

    def add(self, gold, pairs, fps, dups):
        self.gold += len(gold)
        self.tp += len(pairs)
        self.fp += len(fps)
        self.dup += len(dups)
        for g, ev in pairs:
            if g.date is not None:
                self.dated += 1
                self.date_ok += ev.get("date") == g.date
            self.status_ok += ev.get("status") == g.status

    def merge(self, other):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self):
        return self.tp / self.gold if self.gold else 0.0

    def f1(self):
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def date_acc(self):
        return self.date_ok / self.dated if self.dated else 0.0

    def status_acc(self):
        return self.status_ok / self.tp if self.tp else 0.0

    def line(self, name):
        return ("%-24s gold %3d  tp %3d  fp %3d  restated %3d  P %.3f  R %.3f  F1 %.3f"
                "  date %.3f (%d)  status %.3f (%d)" % (
                    name, self.gold, self.tp, self.fp, self.dup, self.precision(),
                    self.recall(), self.f1(), self.date_acc(), self.dated,
                    self.status_acc(), self.tp))


# ---- running sitrep ------------------------------------------------------------------

def run_sitrep(sitrep, paths):
    env = dict(os.environ)
    lexicon = os.path.join(HERE, "..", "..", "lexicon")
    if "SITREP_LEXICON" not in env and os.path.isdir(lexicon):
        env["SITREP_LEXICON"] = os.path.normpath(lexicon)
    out = subprocess.run([sitrep, "code", "--format", "jsonl"] + paths, capture_output=True,
                         text=True, env=env, check=False)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit("score.py: %s code exited with %d" % (sitrep, out.returncode))
    events = {}
    for line in out.stdout.splitlines():
        if line.strip():
            ev = json.loads(line)
            events.setdefault(ev["doc_id"], []).append(ev)
    return events


def describe(ev, sent):
    src = (ev.get("source") or {}).get("code")
    tgt = (ev.get("target") or {}).get("code")
    return "S%d %s -> %s %s %s %s (%s): %s" % (
        sent, src, tgt, ev.get("cameo"), ev.get("date"), ev.get("status"),
        (ev.get("verb") or {}).get("text"), ev.get("sentence_text"))


def origin_of(doc):
    """The source a document's figures are also given for: "GUM+seed", "EWT" (dev and
    test posts) or "EWT-train" (posts of the parser's training data, parsed better than
    new text would be)."""
    if extract.is_gum(doc.id) or doc.id == "seed":
        return "GUM+seed"
    return "EWT-train" if doc.treebank == extract.EWT_TRAIN else "EWT"


def score(sitrep, shared, part, keep=None, intent_as_act=False):
    split = extract.read_split(os.path.join(HERE, "split.txt"))
    docs = extract.load(shared, [d for d, _ in split])
    tmp = keep or tempfile.mkdtemp(prefix="realnews.")
    paths = extract.write(docs, tmp)
    events = run_sitrep(sitrep, [paths[d] for d, _ in split])
    tallies = {"dev": Tally(), "heldout": Tally()}
    by_source = {}  # (part, origin): Tally, to keep each source's figure visible
    per_doc, details = [], []
    for doc_id, doc_part in split:
        doc = docs[doc_id]
        gold = load_gold(os.path.join(HERE, "gold", doc_id + ".ann"))
        evs = events.get(doc_id, [])
        offsets = doc.sentence_offsets()
        sents = [sentence_of(offsets, ev["sentence_span"][0]) for ev in evs]
        pairs, misses, fps, dups = match_document(gold, evs, sents, intent_as_act)
        t = Tally()
        t.add(gold, pairs, fps, dups)
        tallies[doc_part].merge(t)
        origin = origin_of(doc)
        by_source.setdefault((doc_part, origin), Tally()).merge(t)
        per_doc.append(t.line("%s (%s)" % (doc_id, doc_part)))
        if part in ("all", doc_part):
            text = doc.sentences()
            for g in misses:
                details.append("miss   %s S%d %s -> %s %s %s %s: %s" % (
                    doc_id, g.sent, g.source, g.target, g.cameo, g.date or "-", g.status,
                    text[g.sent - 1] if 0 < g.sent <= len(text) else "?"))
            for ev in fps:
                details.append("false  %s %s" % (doc_id, describe(ev, sents[evs.index(ev)])))
            for g, ev in pairs:
                wrong = []
                if g.date is not None and ev.get("date") != g.date:
                    wrong.append("date %s (gold %s)" % (ev.get("date"), g.date))
                if ev.get("status") != g.status:
                    wrong.append("status %s (gold %s)" % (ev.get("status"), g.status))
                if wrong:
                    details.append("wrong  %s S%d %s -> %s %s: %s" % (
                        doc_id, g.sent, g.source, g.target, g.cameo, "; ".join(wrong)))
    if not keep:
        for p in paths.values():
            os.remove(p)
        os.rmdir(tmp)
    total = Tally()
    total.merge(tallies["dev"])
    total.merge(tallies["heldout"])
    tallies["all"] = total
    print("real-news corpus: %d documents (%s)" % (len(split), shared))
    for line in per_doc:
        print("  " + line)
    for name in ("dev", "heldout", "all"):
        print(tallies[name].line(name))
    for (name, origin), t in sorted(by_source.items()):
        print(t.line("  %s %s" % (name, origin)))
    if details:
        print("\n%s documents: misses, false positives, wrong date or status" % part)
        for line in details:
            print("  " + line)
    return tallies[part]


# ---- self-test -----------------------------------------------------------------------

def self_test():
    """Scores a made-up document whose figures are known exactly."""
    from fractions import Fraction as F
    gold = [parse_gold_line(l, n) for n, l in enumerate([
        "S1 | PRK | KOR | 194 | 2015-08-20 day | asserted | - | exchanged fire",
        "S2 | KOR | PRK | 194 | 2015-08-20 day | asserted | - | exchanged fire",
        "S3 | USAGOV | IGOUNO | 040 | 2015-09-22 doc | hypothetical | - | plans to meet",
        "S5 | GBR | FRA | 040 | - none | reported | GBR | met",
    ], 1)]

    def ev(src, tgt, cameo, date, status):
        return {"source": {"code": src}, "target": {"code": tgt}, "cameo": cameo,
                "date": date, "status": status}
    events = [ev("PRKMIL", "KORGOV", "194", "2015-08-20", "asserted"),  # S4: a restatement
              ev("PRK", "KOR", "190", "2015-08-21", "reported"),        # S1: matches gold 1
              ev("KOR", "PRK", "173", "2015-08-20", "asserted"),        # S2: wrong root
              ev("USAGOV", "IGOUNOHCR", "040", "2015-09-22", "hypothetical"),  # S3: gold 3
              ev("RUS", "UKR", "190", "2022-02-24", "asserted"),        # S9: false
              ev("GBR", None, "040", "2015-09-22", "asserted")]         # S5: no target
    body = "One. Two two. Three.\n\nFour. Five.\n"
    doc = extract.Document("t")
    doc.raw_body = body
    doc.paragraphs = [["One.", "Two two.", "Three."], ["Four.", "Five."]]
    offsets = doc.sentence_offsets()
    checks = [(offsets, [(0, 4), (5, 13), (14, 20), (22, 27), (28, 33)]),
              ([sentence_of(offsets, b) for b in (0, 4, 6, 21, 30)], [1, 2, 2, 4, 5])]
    sents = [4, 1, 2, 3, 9, 5]
    pairs, misses, fps, dups = match_document(gold, events, sents)
    t = Tally()
    t.add(gold, pairs, fps, dups)
    checks += [([(g.sent, events.index(e)) for g, e in pairs], [(1, 1), (3, 3)]),
               ([g.sent for g in misses], [2, 5]),
               ((t.tp, t.fp, t.dup, t.gold), (2, 3, 1, 4)),
               (F(t.tp, t.tp + t.fp), F(2, 5)), (F(t.tp, t.gold), F(1, 2)),
               (abs(t.f1() - 4 / 9) < 1e-12, True),
               ((t.date_ok, t.dated), (1, 2)), ((t.status_ok, t.tp), (1, 2))]
    # an announced meeting (036) is the hypothetical meeting (040) only with intent_as_act
    intent = ev("USACVL", "IGOUNO", "036", "2015-09-23", "asserted")
    checks += [((matches(intent, gold[2]), matches(intent, gold[2], True)), (False, True)),
               (matches(intent, gold[3], True), False)]
    # an EWT document's header comes from its id
    checks += [(extract.ewt_meta("weblog-juancole.com_juancole_20040114085100_ENG_20040114_085100"),
                {"dateCreated": "2004-01-14", "source": "juancole.com"}),
               (extract.ewt_meta("weblog-blogspot.com_thelameduck_20041119192207_ENG_20041119_192207"),
                {"dateCreated": "2004-11-19", "source": "thelameduck.blogspot.com"}),
               (extract.is_gum("GUM_news_korea"), True)]
    failed = [(i, got, want) for i, (got, want) in enumerate(checks) if got != want]
    for i, got, want in failed:
        print("self-test check %d: got %r, want %r" % (i, got, want))
    print("self-test: P %.4f R %.4f F1 %.4f (want 0.4000 0.5000 0.4444), date %d/%d, status "
          "%d/%d: %s" % (t.precision(), t.recall(), t.f1(), t.date_ok, t.dated, t.status_ok,
                         t.tp, "FAILED" if failed else "ok"))
    return 1 if failed else 0


def main(argv):
    if argv == ["--self-test"]:
        return self_test()
    opts = {"--split": "dev", "--min-f1": None, "--min-status": None, "--keep": None}
    args = []
    intent_as_act = False
    i = 0
    while i < len(argv):
        if argv[i] == "--intent-as-act":
            intent_as_act = True
            i += 1
        elif argv[i] in opts and i + 1 < len(argv):
            opts[argv[i]] = argv[i + 1]
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) != 2 or opts["--split"] not in ("dev", "heldout", "all"):
        sys.stderr.write(__doc__)
        return 2
    t = score(args[0], args[1], opts["--split"], opts["--keep"], intent_as_act)
    ok = True
    if opts["--min-f1"] is not None and t.f1() < float(opts["--min-f1"]):
        print("FAIL: %s F1 %.3f is below %s" % (opts["--split"], t.f1(), opts["--min-f1"]))
        ok = False
    if opts["--min-status"] is not None and t.status_acc() < float(opts["--min-status"]):
        print("FAIL: %s status accuracy %.3f is below %s" % (
            opts["--split"], t.status_acc(), opts["--min-status"]))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
