"""/api/events and /api/series on a store where some filters match most events and others
almost none: the store reads a rare actor, country, code or root from its own index and
sorts what it finds, and walks the date index for a common one (docs/store.md). Whichever
way it goes, the answer must be the same: every page, walked by cursor at several page
sizes, is checked against the events selected here, independently, from the store's
tables (read with Python's sqlite3 and filtered in Python), in (date, id) order.

The data: common actors (AAA*, BBB*, CCC*) and codes; a rare country RRR, a code XYZGOV
stored once with the country RRR and otherwise with XYZ (a country's events are found by
every code it was stored with), rare codes (1411, 0871), undated events, rare statuses
and claimants. The same on a PostgreSQL database when SITREP_PG_URL names a server (its
ids are the SQLite store's: both stores get the same input)."""
import json
import os
import random
import sqlite3
import urllib.parse

from serve_common import Server, check, finish, need_env, on_postgres, run, tempdir

need_env()
tmp = tempdir()
rng = random.Random(9)

common = ["AAA", "AAAGOV", "AAAMIL", "BBB", "BBBGOV", "CCC", "CCCREB"]
common_codes = ["040", "042", "043", "190", "112", "057"]
days = ["2024-03-%02d" % d for d in range(1, 29)]


def side(code, country=None):
    return {"code": code, "country": country if country is not None else code[:3],
            "role": code[3:] or None, "text": code, "span": [0, 3]}


def mention(doc, i, src, tgt, cameo, date, status="asserted", said_by=None, sc=None, tc=None):
    return {"doc_id": doc, "sentence": i, "sentence_span": [0, 40], "sentence_text": None,
            "source": side(src, sc), "target": side(tgt, tc), "cameo": cameo,
            "verb": {"text": "met", "span": [10, 13]}, "date": date,
            "date_precision": "day" if date else None, "status": status,
            "said_by": {"code": said_by, "text": said_by} if said_by else None,
            "outlet": "Outlet %d" % (i % 4), "url": "https://x.example/" + doc}


lines = []
for k in range(2400):
    src, tgt = rng.choice(common), rng.choice(common)
    date = None if k % 97 == 0 else rng.choice(days)
    lines.append(mention("doc-%04d" % (k // 8), k % 8, src, tgt, rng.choice(common_codes), date,
                         status="negated" if k % 400 == 7 else "asserted",
                         said_by="AAAGOV" if k % 300 == 5 else None))
rare = [("RRRGOV", "AAA", "1411", "2024-03-05"), ("AAA", "RRRGOV", "040", "2024-03-05"),
        ("RRR", "BBBGOV", "0871", None), ("RRRMIL", "RRR", "042", "2024-03-20"),
        ("XYZGOV", "CCC", "190", "2024-03-11"), ("CCC", "XYZGOV", "1411", "2024-03-12"),
        ("AAAGOV", "BBB", "1411", "2024-03-27"), ("QQQ", "AAA", "0871", "2024-03-02")]
for j, (src, tgt, cameo, date) in enumerate(rare):
    lines.append(mention("rare-%02d" % j, 0, src, tgt, cameo, date,
                         status="hypothetical" if j == 3 else "asserted",
                         said_by="RRRGOV" if j == 1 else None))
# XYZGOV stored once with the country RRR
lines.append(mention("rare-odd", 0, "XYZGOV", "BBB", "042", "2024-03-15", sc="RRR"))
rng.shuffle(lines)
src_file = os.path.join(tmp, "events.jsonl")
with open(src_file, "w") as f:
    for m in lines:
        f.write(json.dumps(m) + "\n")

db = os.path.join(tmp, "plans.db")
r = run("load", "-q", "--db", db, src_file)
check(r.returncode == 0, f"sitrep load: {r.stderr}")

# the store's events, as its tables hold them, filtered here
con = sqlite3.connect(db)
events = {}
for row in con.execute("SELECT id, date, source, target, source_country, target_country, cameo,"
                       " root, quad_class FROM events"):
    events[row[0]] = dict(zip(("id", "date", "source", "target", "sc", "tc", "cameo", "root",
                               "quad"), row), statuses=set(), claimants=set(), outlets=set())
for eid, status, said_by, outlet in con.execute(
        "SELECT m.event_id, m.status, m.said_by_code, d.outlet FROM mentions m"
        " JOIN documents d ON d.id = m.document_id"):
    events[eid]["statuses"].add(status)
    events[eid]["claimants"].add(said_by or "")
    events[eid]["outlets"].add(outlet)
con.close()
check(len(events) > 2000, f"{len(events)} events stored")
status_number = {"asserted": 0, "reported": 1, "hypothetical": 2, "negated": 3}


def matches(e, params):
    for k, v in params:
        if k == "actor" and not (e["source"].startswith(v) or e["target"].startswith(v)):
            return False
        if k == "dyad":
            a, b = v.split(",")
            if not ((e["source"].startswith(a) and e["target"].startswith(b)) or
                    (e["source"].startswith(b) and e["target"].startswith(a))):
                return False
        if k == "country" and v not in (e["sc"], e["tc"]):
            return False
        if k == "code" and not e["cameo"].startswith(v):
            return False
        if k == "root" and e["root"] != v:
            return False
        if k == "quad" and e["quad"] != int(v):
            return False
        if k == "status" and status_number[v] not in e["statuses"]:
            return False
        if k == "said_by" and not any(c.startswith(v) for c in e["claimants"] if c):
            return False
        if k == "outlet" and v not in e["outlets"]:
            return False
        if k == "from" and not e["date"] >= v:
            return False
        if k == "to" and not (e["date"] != "" and e["date"] <= v):
            return False
    return True


def expected(params):
    got = [e for e in events.values() if matches(e, params)]
    return [e["id"] for e in sorted(got, key=lambda e: (e["date"], e["id"]))]


def key(eid):
    return f"{events[eid]['date']},{eid}"


# filters that match almost nothing, many events, or none; alone and combined
queries = [
    [("actor", "RRR")], [("actor", "RRRGOV")], [("actor", "QQQ")], [("actor", "ZZZ")],
    [("actor", "AAA")], [("actor", "A")], [("actor", "XYZ")],
    [("country", "RRR")], [("country", "XYZ")], [("country", "AAA")], [("country", "ZZZ")],
    [("code", "1411")], [("code", "14")], [("code", "087")], [("code", "04")],
    [("code", "999")], [("root", "14")], [("root", "04")], [("root", "99")],
    [("dyad", "RRR,AAA")], [("dyad", "AAA,BBB")], [("dyad", "A,A")], [("dyad", "XYZGOV,CCC")],
    [("country", "RRR"), ("quad", "1")], [("country", "RRR"), ("code", "04")],
    [("actor", "AAA"), ("code", "1411")], [("actor", "RRR"), ("from", "2024-03-05"),
                                           ("to", "2024-03-20")],
    [("country", "RRR"), ("status", "hypothetical")], [("code", "14"), ("quad", "1")],
    [("dyad", "AAA,BBB"), ("code", "040")], [("country", "AAA"), ("actor", "RRR")],
    [("country", "RRR"), ("said_by", "RRR")], [("code", "0871"), ("outlet", "Outlet 0")],
    [("actor", "AAAGOV"), ("country", "BBB"), ("quad", "4")], [("country", "CCC"),
                                                                ("from", "2024-03-10")],
]


def walk(srv, query, limit):
    ids, after, pages = [], None, 0
    while pages < 2000:
        q = f"/api/events?limit={limit}&{query}"
        if after is not None:
            q += "&after=" + urllib.parse.quote(after)
        page = srv.json(q)
        got = [e["id"] for e in page.get("events", [])]
        ids += got
        pages += 1
        after = page.get("next_after")
        if after is None:
            break
        check(len(got) == limit, f"{q}: a short page ({len(got)}) with a next page")
    return ids


def check_store(loc, label):
    srv = Server(loc)
    for params in queries:
        query = urllib.parse.urlencode(params)
        want = expected(params)
        for limit in ([1, 3] if len(want) < 40 else []) + [97, 1000]:
            got = walk(srv, query, limit)
            check(got == want, f"{label}: ?{query} by {limit}: {len(got)} events, want"
                               f" {len(want)}: {got[:12]} != {want[:12]}")
        # from a cursor in the middle, and a download
        if len(want) > 2:
            mid = want[len(want) // 2]
            page = srv.json(f"/api/events?limit=1000&{query}&after=" + urllib.parse.quote(key(mid)))
            got = [e["id"] for e in page.get("events", [])]
            check(got == want[len(want) // 2 + 1:], f"{label}: ?{query} after {key(mid)}")
        st, _, body = srv.request(f"/api/events?format=jsonl&{query}")
        got = [json.loads(x)["id"] for x in body.decode().splitlines()]
        check(st == 200 and got == want, f"{label}: ?{query} as JSON Lines")
        # the time series sums the same events
        months = {}
        for eid in want:
            m = events[eid]["date"][:7]
            months[m] = months.get(m, 0) + 1
        series = srv.json(f"/api/series?{query}").get("months", [])
        got = {m["month"]: m["events"] for m in series if m["events"]}
        check(got == months, f"{label}: /api/series?{query}: {got} != {months}")
    # the command line lists the same events
    r = run("events", "--db", loc, "--format", "jsonl", "--country", "RRR")
    got = [json.loads(x)["id"] for x in r.stdout.splitlines()]
    check(got == expected([("country", "RRR")]), f"{label}: sitrep events --country RRR: {got}")
    check(srv.stop() == 0, f"{label}: exit status after SIGTERM")


check_store(db, "sqlite")

# actor_countries holds every (country, code) pair the events were stored with
con = sqlite3.connect(db)
pairs = set(con.execute("SELECT country, code FROM actor_countries"))
want = set()
for e in events.values():
    want |= {(e["sc"], e["source"]), (e["tc"], e["target"])}
check(pairs == {p for p in want if p[0] is not None},
      f"actor_countries: {len(pairs)} pairs, want {len(want)}")
check(("RRR", "XYZGOV") in pairs and ("XYZ", "XYZGOV") in pairs, "XYZGOV under both countries")
# a schema-3 store (before actor_countries, its date index without the id) is refused
# read-only, and migrated by the next writer, which fills actor_countries from the stored
# events
con.execute("DROP TABLE actor_countries")
con.execute("DROP INDEX events_date")
con.execute("CREATE INDEX events_date ON events(date, source, target, quad_class, goldstein,"
            " num_mentions)")
con.execute("DELETE FROM schema_version WHERE version > 3")
con.commit()
con.close()
r = run("events", "--db", db, "--country", "RRR")
check(r.returncode != 0 and "schema upgrade" in r.stderr, f"a schema-3 store read: {r.stderr}")
r = run("load", "-q", "--db", db, "/dev/null")
check(r.returncode == 0, f"migrating a schema-3 store: {r.stderr}")
con = sqlite3.connect(db)
check(set(con.execute("SELECT country, code FROM actor_countries")) == pairs,
      "actor_countries filled by the migration")
check(con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 4, "schema 4")
# and its date index is in page order: the date, then the id
cols = [r[2] for r in con.execute("PRAGMA index_info(events_date)")]
check(cols[:2] == ["date", "id"], f"events_date after the migration: {cols}")
con.close()
r = run("events", "--db", db, "--format", "jsonl", "--country", "RRR")
got = [json.loads(x)["id"] for x in r.stdout.splitlines()]
check(got == expected([("country", "RRR")]), f"--country RRR after the migration: {got}")

on_postgres("plans", src_file, check_store)
finish("serve plans")
