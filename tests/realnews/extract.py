#!/usr/bin/env python3
"""extract.py: rebuilds news texts from the UD treebank files as sitrep text articles.

Usage:
  extract.py SHARED_DIR OUTDIR DOC_ID...     write OUTDIR/<doc id>.txt for each document
  extract.py SHARED_DIR OUTDIR --split FILE  the same for every document listed in FILE
  extract.py --print SHARED_DIR DOC_ID...    print each document's sentences, numbered

SHARED_DIR is the shared folder (../shared): the GUM documents (ids `GUM_...`) are read
from SHARED_DIR/ud/en_gum-open-{train,dev,test}.conllu, the English-EWT documents (any other
id but `seed`, e.g. `weblog-juancole.com_juancole_20040114085100_ENG_20040114_085100`) from
SHARED_DIR/ud/en_ewt-ud-{dev,test,train}.conllu (train: the political posts of the parser's
training data, a part scored on its own, see split.txt), the seed article (id `seed`) from SHARED_DIR/seed/ (its text unchanged, under a
`date:` header). A treebank document's text is the sequence of its `# text =` lines, a
paragraph starting at each `# newpar` line. A GUM document's header comes from its
`# meta::` lines (dateCreated, title, sourceURL); an EWT document's from its id: `date:`
from its `_ENG_YYYYMMDD_` part, `source:` the site (`juancole.com`,
`aggressivevoicedaily.blogspot.com`, `IndiaNewsWindow (groups.google.com)`), no title. The
body written has one paragraph a line, blank lines between them.

Sentence numbers (S1, S2, ...) are 1-based, in the treebank's order; for the seed article
they are the lines of its body split at sentence ends (see seed_sentences()). Stdlib only.
"""
import glob
import os
import re
import sys

GUM_FILES = ["en_gum-open-train.conllu", "en_gum-open-dev.conllu", "en_gum-open-test.conllu"]
EWT_FILES = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"]
EWT_TRAIN = "en_ewt-ud-train.conllu"  # the parser's training data: its parses are optimistic
SEED_DATE = "2023-08-07"  # the seed article has no date header; tests/golden date it so


class Document:
    """id, header (dict), paragraphs (list of lists of sentence strings)."""

    def __init__(self, doc_id):
        self.id = doc_id
        self.meta = {}
        self.paragraphs = []
        self.raw_body = None  # the seed's body is kept byte for byte
        self.treebank = None  # the file it was read from

    def sentences(self):
        return [s for p in self.paragraphs for s in p]

    def header(self):
        lines = []
        date = self.meta.get("dateCreated", "")
        m = re.match(r"(\d{4}-\d{2}-\d{2})", date)
        if m:
            lines.append("date: " + m.group(1))
        lines.append("source: " + self.meta.get("source", "Wikinews"))
        if self.meta.get("title"):
            lines.append("title: " + self.meta["title"])
        if self.meta.get("sourceURL"):
            lines.append("url: " + self.meta["sourceURL"])
        return "\n".join(lines) + "\n\n"

    def body(self):
        if self.raw_body is not None:
            return self.raw_body
        return "\n\n".join(" ".join(p) for p in self.paragraphs) + "\n"

    def text(self):
        return self.header() + self.body()

    def sentence_offsets(self):
        """[(start, end)] byte offsets of each sentence in body() (UTF-8), in order."""
        body = self.body().encode("utf-8")
        out = []
        pos = 0
        for s in self.sentences():
            b = s.encode("utf-8")
            start = body.find(b, pos)
            if start < 0:
                raise ValueError("%s: sentence not found in the body: %s" % (self.id, s))
            out.append((start, start + len(b)))
            pos = start + len(b)
        return out


def ewt_meta(doc_id):
    """The header of an EWT document from its id: {dateCreated, source} (either may be
    missing when the id does not have the usual genre-site_name_..._ENG_YYYYMMDD_ form)."""
    meta = {}
    m = re.search(r"_ENG_(\d{4})(\d{2})(\d{2})_", doc_id)
    if m:
        meta["dateCreated"] = "%s-%s-%s" % m.groups()
    m = re.match(r"[a-z]+-([^_]+)_([^_]+)_", doc_id)
    if m:
        site, name = m.groups()
        if site == "blogspot.com":
            meta["source"] = name + ".blogspot.com"
        elif name.lower() in site.lower():
            meta["source"] = site
        else:
            meta["source"] = "%s (%s)" % (name, site)
    else:
        meta["source"] = "UD English-EWT"
    return meta


def read_gum(shared, wanted, files=GUM_FILES):
    """Reads the documents whose ids are in `wanted` from the treebank `files` (the GUM
    files by default): {id: Document}."""
    docs = {}
    for name in files:
        path = os.path.join(shared, "ud", name)
        if not os.path.exists(path):
            continue
        doc = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    continue
                line = line.rstrip("\n")
                m = re.match(r"# newdoc id = (\S+)", line)
                if m:
                    doc = Document(m.group(1)) if m.group(1) in wanted else None
                    if doc:
                        doc.treebank = name
                        docs[doc.id] = doc
                    continue
                if doc is None:
                    continue
                m = re.match(r"# meta::(\w+) = (.*)", line)
                if m:
                    doc.meta[m.group(1)] = m.group(2).strip()
                elif line == "# newpar" or line.startswith("# newpar "):
                    doc.paragraphs.append([])
                elif line.startswith("# text = "):
                    if not doc.paragraphs:
                        doc.paragraphs.append([])
                    doc.paragraphs[-1].append(line[len("# text = "):].strip())
        # the files do not share documents; keep reading the others for the rest
    for d in docs.values():
        d.paragraphs = [p for p in d.paragraphs if p]
    return docs


def seed_sentences(paragraph):
    """Splits a paragraph of the seed article at '. ', '? ', '! ' followed by a capital or a
    quote (the seed's sentences are plain; this is only for numbering the annotations)."""
    text = paragraph.strip()
    out, start = [], 0
    for m in re.finditer(r'[.?!]["\u201d]?(\s+)(?=["\u201c(A-Z0-9])', text):
        out.append(text[start:m.start(1)])
        start = m.end(1)
    out.append(text[start:])
    return [p for p in out if p]


def read_seed(shared):
    files = sorted(glob.glob(os.path.join(shared, "seed", "*.txt")))
    if not files:
        return None
    with open(files[0], encoding="utf-8") as f:
        raw = f.read()
    doc = Document("seed")
    doc.meta = {"dateCreated": SEED_DATE, "source": "seed article"}
    doc.raw_body = raw
    for line in raw.splitlines():
        if line.strip():
            doc.paragraphs.append(seed_sentences(line))
    return doc


def is_gum(doc_id):
    return doc_id.startswith("GUM_")


def load(shared, ids):
    """{id: Document} for the ids (GUM ids, EWT ids and `seed`); exits when one is missing."""
    docs = read_gum(shared, set(i for i in ids if is_gum(i)))
    ewt = read_gum(shared, set(i for i in ids if i != "seed" and not is_gum(i)),
                   EWT_FILES + [EWT_TRAIN])
    for doc in ewt.values():
        doc.meta.update(ewt_meta(doc.id))
    docs.update(ewt)
    if "seed" in ids:
        seed = read_seed(shared)
        if seed:
            docs["seed"] = seed
    missing = [i for i in ids if i not in docs]
    if missing:
        sys.exit("extract.py: not found in %s: %s" % (shared, " ".join(missing)))
    return docs


def read_split(path):
    """[(doc id, part)] from a split file (`doc_id dev|heldout` lines, # comments)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                doc_id, part = line.split()
                rows.append((doc_id, part))
    return rows


def write(docs, outdir):
    os.makedirs(outdir, exist_ok=True)
    paths = {}
    for doc_id, doc in docs.items():
        path = os.path.join(outdir, doc_id + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc.text())
        paths[doc_id] = path
    return paths


def main(argv):
    if len(argv) >= 3 and argv[0] == "--print":
        docs = load(argv[1], argv[2:])
        for doc_id in argv[2:]:
            doc = docs[doc_id]
            print("== %s  %s" % (doc_id, doc.header().replace("\n", "  ").strip()))
            n = 0
            for p in doc.paragraphs:
                for s in p:
                    n += 1
                    print("S%d\t%s" % (n, s))
                print()
        return 0
    if len(argv) >= 3:
        shared, outdir = argv[0], argv[1]
        if argv[2] == "--split" and len(argv) == 4:
            ids = [d for d, _ in read_split(argv[3])]
        else:
            ids = argv[2:]
        for path in write(load(shared, ids), outdir).values():
            print(path)
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
