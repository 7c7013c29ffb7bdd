"""The web API of `sitrep serve` against a live server on an example store: every
endpoint answers what the command line answers for the same filters, paging walks the
whole list, bad parameters get 400 with a JSON error, unknown paths 404, the store is
never written, and the server keeps answering while `sitrep ingest` writes."""
import hashlib
import json
import os
import threading
import urllib.parse

from serve_common import (SOURCE, Server, check, fail, finish, make_store, need_env, run,
                          tempdir)

need_env()
tmp = tempdir()
db = make_store(tmp)


def cli_ids(*args):
    r = run("events", "--db", db, "--format", "jsonl", *args)
    check(r.returncode == 0, f"sitrep events {args}: {r.stderr}")
    return [json.loads(line)["id"] for line in r.stdout.splitlines()]


def digest(path):
    h = hashlib.sha256()
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


before = digest(db)
srv = Server(db)
all_ids = cli_ids()
check(len(all_ids) >= 20, f"the example store has {len(all_ids)} events, want at least 20")

# ---- /api/stats ----
st = srv.json("/api/stats")
check(st.get("backend") == "sqlite", f"stats backend {st.get('backend')}")
check(st.get("counts", {}).get("events") == len(all_ids),
      f"stats events {st.get('counts')} != {len(all_ids)}")
months = st.get("months", [])
check(sum(m["events"] for m in months) == len(all_ids), "monthly events do not add up")
check(all(sum(m["quad"].values()) == m["events"] for m in months), "quad counts != events")
check(len(st.get("dyads", [])) == 10, f"stats dyads: {len(st.get('dyads', []))}, want 10")
check(len(srv.json("/api/stats?dyads=3").get("dyads", [])) == 3, "stats?dyads=3")

# ---- /api/events: all, paging, caps ----
ev = srv.json("/api/events")
check([e["id"] for e in ev.get("events", [])] == all_ids[:100], "default events != CLI order")
check(ev.get("limit") == 100 and ev.get("offset") == 0, f"default limit/offset {ev.get('limit')}")
walked, off, pages = [], 0, 0
while off is not None and pages < 100:
    page = srv.json(f"/api/events?limit=7&offset={off}")
    walked += [e["id"] for e in page.get("events", [])]
    check(page.get("count") == len(page.get("events", [])), "count != len(events)")
    off = page.get("next_offset")
    pages += 1
check(walked == all_ids, f"paging by 7 walked {len(walked)} events, want {len(all_ids)} in order")
check(pages == (len(all_ids) + 6) // 7, f"{pages} pages of 7 for {len(all_ids)} events")
check(srv.json("/api/events?limit=5000").get("limit") == 1000, "limit not capped at 1000")
check(srv.json(f"/api/events?offset={len(all_ids)}").get("events") == [], "offset past the end")

# ---- filters: the same events as `sitrep events` with the same options ----
first = srv.json("/api/events?limit=1")["events"][0]
outlet = first["outlets"].split("; ")[0]
said = next(e for e in srv.json("/api/events?limit=1000")["events"] if e["said_by"])
cases = [
    ("actor=FRA", ["--actor", "FRA"]),
    ("dyad=PER,BOL", ["--dyad", "PER", "BOL"]),
    ("country=PHL", ["--country", "PHL"]),
    ("code=04", ["--code", "04"]),
    ("root=11", ["--root", "11"]),
    ("quad=4", ["--quad", "4"]),
    ("status=reported", ["--status", "reported"]),
    ("status=hypothetical", ["--status", "hypothetical"]),
    ("from=2024-06&to=2024-09", ["--from", "2024-06", "--to", "2024-09"]),
    ("from=2025", ["--from", "2025"]),
    ("said_by=" + urllib.parse.quote(said["said_by"].split("; ")[0]),
     ["--said-by", said["said_by"].split("; ")[0]]),
    ("outlet=" + urllib.parse.quote(outlet), ["--outlet", outlet]),
    ("actor=FRA&quad=2&status=asserted", ["--actor", "FRA", "--quad", "2", "--status", "asserted"]),
]
for query, args in cases:
    want = cli_ids(*args)
    got = [e["id"] for e in srv.json("/api/events?limit=1000&" + query).get("events", [])]
    check(got == want, f"?{query}: {got} != sitrep events {' '.join(args)}: {want}")
    check(len(want) < len(all_ids) or query.startswith("from"), f"?{query} filters nothing")
check(any(cli_ids(*a) for _, a in cases), "every filter case is empty")


# ---- /api/series: the time series of the filtered events ----
def months_of(events):
    """The /api/series rows that a list of events makes (month, quad, sums)."""
    out = {}
    for e in events:
        m = out.setdefault(e["date"][:7], {"events": 0, "mentions": 0, "goldstein": 0.0,
                                           "quad": {str(q): 0 for q in range(5)}})
        m["events"] += 1
        m["mentions"] += e["num_mentions"]
        m["goldstein"] += e["goldstein"] or 0.0
        m["quad"][str(e["quad_class"])] += 1
    return out


def series_check(query):
    got = {m["month"]: m for m in srv.json("/api/series?" + query).get("months", [])}
    want = months_of(srv.json("/api/events?limit=1000&" + query).get("events", []))
    check(sorted(got) == sorted(want), f"series?{query}: months {sorted(got)} != {sorted(want)}")
    for k, w in want.items():
        g = got.get(k, {})
        check(g.get("events") == w["events"] and g.get("mentions") == w["mentions"] and
              g.get("quad") == w["quad"] and abs(g.get("goldstein", 0) - w["goldstein"]) < 1e-6,
              f"series?{query} month {k}: {g} != {w}")
    return got


whole = series_check("")
check(whole == {m["month"]: m for m in months}, "unfiltered series != the stats' months")
for query in ("quad=4", "actor=FRA", "dyad=PER,BOL", "from=2024-06&to=2024-09",
              "actor=FRA&quad=2&status=asserted", "code=04&status=reported"):
    got = series_check(query)
    check(sum(m["events"] for m in got.values()) < len(all_ids), f"series?{query} filters nothing")
check(srv.json("/api/series?quad=4")["months"] != srv.json("/api/series")["months"],
      "series?quad=4 is the whole store's")

# ---- downloads ----
code, hdr, body = srv.request("/api/events?format=csv&quad=1")
lines = body.decode().splitlines()
check(code == 200 and lines[0].startswith("id,date,source"), f"csv: {code} {lines[:1]}")
check(len(lines) - 1 == len(cli_ids("--quad", "1")), "csv rows != events")
check("attachment" in hdr.get("content-disposition", ""), "csv is not a download")
code, hdr, body = srv.request("/api/events?format=jsonl")
check([json.loads(x)["id"] for x in body.decode().splitlines()] == all_ids, "jsonl != all events")

# ---- one event with its evidence ----
spans_checked = 0
for eid in all_ids:
    one = srv.json(f"/api/events/{eid}")
    check(one.get("event", {}).get("id") == eid, f"/api/events/{eid}: wrong event")
    ms = one.get("mentions", [])
    check(len(ms) == one["event"]["num_mentions"], f"event {eid}: {len(ms)} mentions")
    for m in ms:
        text = m["sentence_text"].encode()
        check("".join(p["text"] for p in m["parts"]) == m["sentence_text"],
              f"event {eid}: parts do not rebuild the sentence")
        base = m["sentence_span"][0]
        for role in ("source", "target", "verb"):
            sp = m[role]["span"]
            if sp is None:
                continue
            piece = text[sp[0] - base:sp[1] - base].decode()
            check(piece == m[role]["text"], f"event {eid} {role}: bytes {sp} give {piece!r},"
                  f" want {m[role]['text']!r}")
            spans_checked += 1
        roles = {p["role"] for p in m["parts"]}
        check("verb" in roles and "source" in roles, f"event {eid}: parts roles {roles}")
        for k in ("date", "date_precision", "status", "outlet", "url", "doc_id", "verb_entry"):
            check(k in m, f"event {eid}: mention lacks {k}")
check(spans_checked >= 2 * len(all_ids), f"only {spans_checked} spans checked")
srv.json("/api/events/99999999", 404)

# ---- timeline ----
tl = srv.json("/api/timeline")
r = run("timeline", "--db", db)
head = r.stdout.splitlines()[0] if r.stdout else ""
check(head.startswith(f"Timeline: {tl.get('a', {}).get('code')} ")
      and f"<-> {tl.get('b', {}).get('code')}" in head, f"timeline pair {head} vs API")
want = cli_ids("--dyad", "PER", "BOL")
got = srv.json("/api/timeline?a=PER&b=BOL")
check([e["id"] for e in got.get("events", [])] == want, "timeline PER BOL != events --dyad")
check(got.get("mentions") == sum(e["num_mentions"] for e in got["events"]), "timeline mentions")
check(got.get("a", {}).get("name") == "Peru", f"timeline a name {got.get('a')}")
q4 = srv.json("/api/timeline?a=PER&b=BOL&quad=4").get("events", [])
check([e["id"] for e in q4] == cli_ids("--dyad", "PER", "BOL", "--quad", "4"), "timeline quad")

# ---- network: the same graph as `sitrep network --format json` ----
r = run("network", "--db", db, "--format", "json")
net_cli = json.loads(r.stdout)
net = srv.json("/api/network?limit=2000")
edge_key = lambda e: (e["source"], e["target"], e["events"])
check(sorted(map(edge_key, net.get("edges", []))) == sorted(map(edge_key, net_cli["edges"])),
      "network edges != sitrep network")
check(sorted(n["id"] for n in net.get("nodes", [])) == sorted(n["id"] for n in net_cli["nodes"]),
      "network nodes != sitrep network")
for n in net.get("nodes", []):
    act = sum(e["events"] for e in net["edges"] if n["id"] in (e["source"], e["target"]))
    check(n["events"] == act, f"node {n['id']} activity {n['events']} != {act}")
small = srv.json("/api/network?limit=3")
check(len(small.get("edges", [])) == 3, "network?limit=3")
check(all(e["events"] >= 2 for e in srv.json("/api/network?min=2").get("edges", [])), "min=2")

# ---- actors ----
codes = [a["code"] for a in srv.json("/api/actors?q=fra").get("actors", [])]
check(codes[:1] == ["FRA"], f"actors?q=fra: {codes}")
names = [a["code"] for a in srv.json("/api/actors?q=philipp").get("actors", [])]
check("PHL" in names, f"actors?q=philipp (by name): {names}")
check(len(srv.json("/api/actors?q=a&limit=2").get("actors", [])) == 2, "actors limit")

# ---- bad parameters: 400 with a JSON error ----
bad = ["/api/events?quad=9", "/api/events?quad=", "/api/events?status=bogus",
       "/api/events?from=2024-13", "/api/events?to=yesterday", "/api/events?limit=0",
       "/api/events?limit=abc", "/api/events?limit=-3", "/api/events?offset=-1",
       "/api/events?offset=999999999999", "/api/events?colour=red", "/api/events?quad=1&quad=2",
       "/api/events?dyad=FRA", "/api/events?dyad=FRA,", "/api/events?format=xml",
       "/api/events?actor=%3Cscript%3E", "/api/events?actor=FRA%00", "/api/events?outlet=%01",
       "/api/timeline?a=FRA", "/api/timeline?actor=FRA", "/api/actors", "/api/actors?q=",
       "/api/network?min=0", "/api/stats?dyads=x", "/api/events/1?limit=2",
       "/api/series?quad=7", "/api/series?limit=5", "/api/series?offset=1",
       "/api/events?outlet=" + "x" * 300,
       "/api/events?" + "&".join(f"k{i}=1" for i in range(40)),
       "/api/events?%FF=1"]
for path in bad:
    body = srv.json(path, 400)
    check(isinstance(body.get("error"), str) and body.get("status") == 400,
          f"{path}: error body {body}")

# ---- unknown paths: 404; methods; sizes ----
for path in ["/api/nope", "/api", "/api/events/abc", "/api/events/0", "/api/events/1/x",
             "/nope.html", "/.git/config", "/node_modules/uplot/package.json",
             "/package.json", "/%2e%2e/README.md", "/web/../README.md", "/vendor/nope.js",
             "/index.html/", "/app.js%00.png"]:
    code, hdr, body = srv.request(path)
    check(code == 404, f"{path}: {code}, want 404")
    check(json.loads(body or b"{}").get("status") == 404, f"{path}: body {body[:80]!r}")
raw = srv.raw(b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
check(raw.startswith(b"HTTP/1.1 404") and b"root:" not in raw, f"raw ../: {raw[:60]!r}")
raw = srv.raw(b"GET /vendor/../../README.md HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
check(raw.startswith(b"HTTP/1.1 404"), f"raw vendor/..: {raw[:60]!r}")
for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS"):
    code, hdr, body = srv.request("/api/events", method=method, body=b"x" if method != "OPTIONS" else None)
    check(code == 405 and hdr.get("allow") == "GET, HEAD", f"{method}: {code} {hdr.get('allow')}")
code, hdr, body = srv.request("/api/events", body=b"x" * 100)
check(code == 413, f"GET with a body: {code}, want 413")
code, hdr, body = srv.request("/api/events?actor=" + "A" * 3000)
check(code in (400, 413, 414, 431), f"a 3000-byte URL: {code}")
raw = srv.raw(b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Big: " + b"y" * 40000 + b"\r\n\r\n")
check(raw == b"" or raw.split(b" ")[1] in (b"413", b"414", b"431", b"400"),
      f"40 kB of headers: {raw[:40]!r}")
code, hdr, body = srv.request("/api/stats", method="HEAD")
check(code == 200 and body == b"", f"HEAD: {code} {len(body)} bytes")

# ---- headers ----
for path in ("/", "/api/stats", "/api/nope"):
    code, hdr, body = srv.request(path)
    csp = hdr.get("content-security-policy", "")
    check("script-src 'self'" in csp and "unsafe-inline" not in csp, f"{path}: CSP {csp!r}")
    check(hdr.get("x-content-type-options") == "nosniff", f"{path}: nosniff")
code, hdr, body = srv.request("/")
check(code == 200 and b"<html" in body.lower() and hdr["content-type"].startswith("text/html"),
      f"/: {code} {hdr.get('content-type')}")

# ---- reading while `sitrep ingest` writes ----
extra = os.path.join(tmp, "more.jsonl")
with open(extra, "w") as f:
    for i in range(40):
        f.write(json.dumps({"id": f"more-{i}", "date": f"2023-{1 + i % 12:02d}-1{i % 9}",
                            "source": "Test Wire", "title": f"Talks {i}",
                            "text": f"Peru and Chile held talks in Lima on Monday about trade "
                                    f"number {i}. Chile praised Peru."}) + "\n")
errors, answered = [], [0]
stop = threading.Event()


def poll():
    while not stop.is_set():
        for path in ("/api/stats", "/api/events?limit=50", "/api/network"):
            try:
                code, _, _ = srv.request(path)
                answered[0] += 1
                if code != 200:
                    errors.append(f"{path}: {code}")
            except OSError as e:
                errors.append(f"{path}: {e}")


t = threading.Thread(target=poll)
t.start()
r = run("ingest", "-q", "--db", db, extra)
stop.set()
t.join()
check(r.returncode == 0, f"ingest while serving: {r.stderr}")
check(not errors, f"requests failed during the ingest: {errors[:3]}")
check(answered[0] >= 3, f"only {answered[0]} requests during the ingest")
after = srv.json("/api/stats")
check(after["counts"]["documents"] > st["counts"]["documents"],
      f"the new documents are not seen: {after['counts']} vs {st['counts']}")

# ---- a read-only store: the server never writes ----
status = srv.stop()
check(status == 0, f"exit status after SIGTERM: {status}")
ro_db = os.path.join(tmp, "ro.db")
make = run("ingest", "-q", "--db", ro_db, os.path.join(SOURCE, "examples"))
before = digest(ro_db)
srv = Server(ro_db)
for path in ("/api/stats", "/api/events", "/api/network", "/api/timeline", "/api/events/1",
             "/api/actors?q=f", "/api/events?quad=9"):
    srv.request(path)
check(srv.stop() == 0, "second server: exit status after SIGTERM")
check(digest(ro_db) == before, "the store changed while being served")
missing = os.path.join(tmp, "missing.db")
r = run("serve", "--db", missing, "--port", "0")
check(r.returncode == 2 and "no store" in r.stderr, f"missing store: {r.returncode} {r.stderr}")
check(not os.path.exists(missing), "serving a missing store created it")
r = run("serve", "--db", ro_db, "--port", "99999")
check(r.returncode == 2, f"--port 99999: {r.returncode}")
r = run("serve", "--db", ro_db, "--listen", "not-an-address", "--port", "0")
check(r.returncode == 2 and "listen" in r.stderr, f"bad --listen: {r.returncode} {r.stderr}")
finish("serve api")
