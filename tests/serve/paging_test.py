"""Paging /api/events by cursor on a synthetic store loaded with `sitrep load`: many events
a day (the cursor's id decides inside a day), undated events (a cursor with an empty
date), and dyads laid out so that the heaviest single direction is not the busiest pair.

- Pages of any size, walked by next_after, with and without filters, concatenate to the
  events `sitrep events` lists with the same filters, in its order, none twice or missing.
- Downloads (CSV, JSON Lines) and JSON pages with a next page carry a Link header to it
  and its cursor (Sitrep-Next-After); followed from the first page, they give the same.
- A cursor taken from any event gives exactly the events after it; a bad cursor, 'after'
  with 'offset', and an offset past the cap are 400 with a JSON error naming 'after'.
- /api/timeline without a pair picks the pair with the most events over both directions
  (ties: the first in the dyad rollup's order), as an independent sum over the events
  finds it.
The same on a PostgreSQL database when SITREP_PG_URL names a server."""
import csv
import io
import json
import os
import re
import urllib.parse

from serve_common import Server, check, finish, need_env, on_postgres, run, tempdir

need_env()
tmp = tempdir()


def event(doc, i, src, tgt, cameo, date):
    return {"doc_id": doc, "sentence": i, "sentence_span": [0, 40], "sentence_text": None,
            "source": {"code": src, "country": src[:3], "role": None, "text": src,
                       "span": [0, 3]},
            "target": {"code": tgt, "country": tgt[:3], "role": None, "text": tgt,
                       "span": [5, 8]},
            "cameo": cameo, "verb": {"text": "met", "span": [10, 13]}, "date": date,
            "date_precision": "day" if date else None, "status": "asserted",
            "said_by": None, "outlet": "Outlet %d" % (i % 3), "url": "https://x.example/" + doc}


# Actors AAA..HHH; per dyad a number of events with distinct codes and dates. ZZZ -> YYY
# is the heaviest single direction (9), but BBB <-> CCC has 7 + 6 = 13 and DDD <-> EEE
# 8 + 5 = 13 too: the tie goes to DDD <-> EEE, whose heavier direction (8) comes first.
dyads = {("ZZZ", "YYY"): 9, ("DDD", "EEE"): 8, ("BBB", "CCC"): 7, ("CCC", "BBB"): 6,
         ("EEE", "DDD"): 5, ("AAA", "AAA"): 12, ("FFF", "GGG"): 4, ("GGG", "HHH"): 3}
codes = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "112",
         "120", "130", "138", "141", "163", "173", "190", "193"]
lines = []
n = 0
for (src, tgt), count in dyads.items():
    for k in range(count):
        # a few days shared by many dyads, and one undated event in three dyads
        date = None if k == 0 and src in ("BBB", "FFF", "AAA") else "2024-0%d-1%d" % (1 + k % 3, k % 2)
        lines.append(event("doc-%03d" % (n // 4), n % 4, src, tgt, codes[k % len(codes)], date))
        n += 1
src_file = os.path.join(tmp, "events.jsonl")
with open(src_file, "w") as f:
    for ev in lines:
        f.write(json.dumps(ev) + "\n")

# the busiest pair, summed independently of the store
pairs = {}
for (src, tgt), count in dyads.items():
    if src != tgt:
        key = tuple(sorted((src, tgt)))
        pairs[key] = pairs.get(key, 0) + count
order = sorted(((c, s, t) for (s, t), c in dyads.items()), key=lambda x: (-x[0], x[1], x[2]))
best = None
for c, s, t in order:
    key = tuple(sorted((s, t)))
    if s != t and (best is None or pairs[key] > pairs[best]):
        best = key
check(best == ("DDD", "EEE"), f"the test's own busiest pair is {best}")


def walk(srv, query, limit):
    """The ids of every page of `query`, walked by next_after; and the pages' count."""
    ids, after, pages = [], None, 0
    while pages < 1000:
        q = f"/api/events?limit={limit}" + (f"&{query}" if query else "")
        if after is not None:
            q += "&after=" + urllib.parse.quote(after)
        page = srv.json(q)
        got = [e["id"] for e in page.get("events", [])]
        check(len(got) <= limit, f"{q}: {len(got)} events on a page of {limit}")
        check(page.get("after") == after, f"{q}: after {page.get('after')!r}, want {after!r}")
        ids += got
        pages += 1
        after = page.get("next_after")
        if after is None:
            check(page.get("next_offset") is None, f"{q}: next_offset on the last page")
            break
        last = page["events"][-1]
        check(after == f"{last['date'] or ''},{last['id']}", f"{q}: next_after {after!r}")
        check(len(got) == limit, f"{q}: a short page ({len(got)}) with a next page")
    return ids, pages


def check_store(loc, label):
    def cli(*args):
        r = run("events", "--db", loc, "--format", "jsonl", *args)
        check(r.returncode == 0, f"{label}: sitrep events {args}: {r.stderr}")
        return [json.loads(x) for x in r.stdout.splitlines()]

    srv = Server(loc)
    everything = cli()
    all_ids = [e["id"] for e in everything]
    events_by_id = {e["id"]: e for e in everything}
    check(len(all_ids) == n, f"{label}: {len(all_ids)} events stored, want {n}")
    check(sum(1 for e in everything if e["date"] is None) == 3, f"{label}: undated events")
    for query, args in [("", []), ("quad=1", ["--quad", "1"]), ("actor=BBB", ["--actor", "BBB"]),
                        ("dyad=DDD,EEE", ["--dyad", "DDD", "EEE"]),
                        ("from=2024-02&to=2024-03", ["--from", "2024-02", "--to", "2024-03"]),
                        ("code=0", ["--code", "0"]), ("outlet=Outlet%201", ["--outlet", "Outlet 1"])]:
        want = [e["id"] for e in cli(*args)]
        check(len(want) > 1, f"{label}: ?{query} selects {len(want)} events")
        for limit in (1, 3, 7, 1000):
            got, pages = walk(srv, query, limit)
            check(got == want, f"{label}: ?{query} by {limit}: {got} != {want}")
            check(len(set(got)) == len(got), f"{label}: ?{query} by {limit}: an event twice")
            check(pages == max(1, (len(want) + limit - 1) // limit),
                  f"{label}: ?{query} by {limit}: {pages} pages for {len(want)} events")
    # a cursor made from any event: exactly the events after it
    for i, e in enumerate(everything):
        cursor = urllib.parse.quote(f"{e['date'] or ''},{e['id']}")
        got = [x["id"] for x in srv.json(f"/api/events?limit=1000&after={cursor}")["events"]]
        check(got == all_ids[i + 1:], f"{label}: after event {e['id']}: {got}")
    # a cursor between stored keys (an id that is not stored, a date with no events)
    got = [x["id"] for x in srv.json("/api/events?limit=1000&after=2024-02-05,1")["events"]]
    check(got == [e["id"] for e in everything if (e["date"] or "") > "2024-02-05"],
          f"{label}: after a date with no events")
    # a cursor before a date range's start, in it, after its end
    want = [e["id"] for e in cli("--from", "2024-02", "--to", "2024-02")]
    for cursor, expect in [("2024-01-10,1", want), (",999", want), ("2024-02-09,1", want),
                           ("2024-02-20,1", []), ("2024-12-01,1", [])]:
        got = [x["id"] for x in srv.json("/api/events?from=2024-02&to=2024-02&limit=1000&after="
                                          + urllib.parse.quote(cursor))["events"]]
        check(got == expect, f"{label}: from=2024-02 after={cursor}: {got} != {expect}")
    # bad cursors and offsets: 400 with a JSON error naming 'after'
    for bad in ["abc", "2024-01-10", "2024-01-10,", "2024-01-10,0", "2024-01-10,-3",
                "2024-01-10,x", "2024-01-10,12abc", ",", "2024-01-10,99999999999999999999"]:
        err = srv.json("/api/events?after=" + urllib.parse.quote(bad), 400)
        check("'after'" in err.get("error", "") and err.get("status") == 400,
              f"{label}: after={bad!r}: {err}")
    err = srv.json("/api/events?after=2024-01-10,3&offset=2", 400)
    check("'after'" in err.get("error", ""), f"{label}: after with offset: {err}")
    err = srv.json("/api/events?offset=10001", 400)
    check("'after'" in err.get("error", ""), f"{label}: a deep offset: {err}")
    check([x["id"] for x in srv.json("/api/events?offset=10000")["events"]] == [],
          f"{label}: offset 10000 (the cap) is taken")
    srv.json("/api/series?after=2024-01-10,3", 400)
    # downloads take the cursor too
    st, _, body = srv.request("/api/events?format=jsonl&after=" +
                              urllib.parse.quote(f"{everything[4]['date']},{everything[4]['id']}"))
    check(st == 200 and [json.loads(x)["id"] for x in body.decode().splitlines()] == all_ids[5:],
          f"{label}: jsonl after a cursor")
    # a download with more events than its limit says where the rest is: a Link header
    # (rel="next") to the same query after its last event, and that cursor alone; followed
    # from the first page, the pages are the whole selection
    for query, args in [("", []), ("outlet=Outlet%201&quad=1", ["--outlet", "Outlet 1", "--quad", "1"]),
                        ("actor=BBB&offset=2", ["--actor", "BBB"])]:
        want = [e["id"] for e in cli(*args)]
        if "offset=2" in query:
            want = want[2:]
        for fmt in ("csv", "jsonl", "json"):
            url, got, pages = f"/api/events?format={fmt}&limit=4" + (f"&{query}" if query else ""), [], 0
            while url and pages < 100:
                st, hdr, body = srv.request(url)
                check(st == 200, f"{label}: {url}: status {st}")
                if fmt == "csv":
                    rows = list(csv.reader(io.StringIO(body.decode())))[1:]
                    ids = [int(r[0]) for r in rows]
                elif fmt == "jsonl":
                    ids = [json.loads(x)["id"] for x in body.decode().splitlines()]
                else:
                    page = json.loads(body)
                    ids = [e["id"] for e in page["events"]]
                got += ids
                pages += 1
                link = hdr.get("link")
                if link is None:
                    check("sitrep-next-after" not in hdr, f"{label}: {url}: a cursor, no Link")
                    check(fmt != "json" or page["next_after"] is None, f"{label}: {url}: no Link")
                    break
                m = re.fullmatch(r'<(/api/events\?[^>]*)>; rel="next"', link)
                check(m is not None, f"{label}: {url}: Link {link!r}")
                if not m:
                    break
                nxt = m.group(1)
                after = urllib.parse.parse_qs(urllib.parse.urlsplit(nxt).query)
                check(after.get("after") == [hdr.get("sitrep-next-after")] and "offset" not in after
                      and after.get("format") == [fmt] and after.get("limit") == ["4"],
                      f"{label}: {url}: next {nxt} with cursor {hdr.get('sitrep-next-after')}")
                check(hdr.get("sitrep-next-after") == f"{events_by_id[ids[-1]]['date'] or ''},{ids[-1]}",
                      f"{label}: {url}: the next cursor is not the last event's")
                check(fmt != "json" or page["next_after"] == hdr.get("sitrep-next-after"),
                      f"{label}: {url}: the header's cursor is not next_after")
                url = nxt
            check(got == want, f"{label}: ?{query} as {fmt} by Link: {got} != {want}")
            check(pages == max(1, (len(want) + 3) // 4), f"{label}: ?{query} as {fmt}: {pages} pages")
    # the busiest pair
    tl = srv.json("/api/timeline")
    check((tl.get("a") or {}).get("code") == best[0] and (tl.get("b") or {}).get("code") == best[1],
          f"{label}: timeline pair {tl.get('a')} {tl.get('b')}, want {best}")
    check(len(tl.get("events", [])) == pairs[best], f"{label}: timeline events")
    head = run("timeline", "--db", loc).stdout.splitlines()[:1]
    check(head == [f"Timeline: {best[0]} <-> {best[1]}"], f"{label}: sitrep timeline {head}")
    # the server remembers the pair only until the store changes: events loaded while it
    # runs that make GGG <-> HHH the busiest pair (3 + 12 = 15 > 13) change its answer
    more = os.path.join(tmp, f"more-{label}.jsonl")
    with open(more, "w") as f:
        for k in range(12):
            f.write(json.dumps(event(f"more-{k:02d}", 0, "HHH", "GGG", codes[k % 20],
                                     "2024-05-%02d" % (1 + k))) + "\n")
    for _ in range(3):  # each server thread's store handle asked
        check((srv.json("/api/timeline").get("a") or {}).get("code") == best[0],
              f"{label}: timeline pair before the load")
    r = run("load", "-q", "--db", loc, more)
    check(r.returncode == 0, f"{label}: loading more events: {r.stderr}")
    for _ in range(8):
        tl = srv.json("/api/timeline")
        check([(tl.get("a") or {}).get("code"), (tl.get("b") or {}).get("code")] == ["GGG", "HHH"]
              and len(tl.get("events", [])) == 15, f"{label}: timeline after the load: {tl.get('a')}")
    check(srv.stop() == 0, f"{label}: exit status after SIGTERM")


db = os.path.join(tmp, "paging.db")
r = run("load", "-q", "--db", db, src_file)
check(r.returncode == 0, f"sitrep load: {r.stderr}")
check_store(db, "sqlite")

# a store whose heaviest dyads are an actor with itself, and whose only pair is far
# lighter: the pair is still found, however far down it lies
small = os.path.join(tmp, "self.jsonl")
with open(small, "w") as f:
    for k in range(40):
        f.write(json.dumps(event("self-%02d" % k, 0, "AAA", "AAA", codes[k % 20],
                                 "2024-01-%02d" % (1 + k % 28))) + "\n")
    f.write(json.dumps(event("pair-0", 0, "BBB", "CCC", "040", "2024-02-01")) + "\n")
    f.write(json.dumps(event("pair-1", 0, "CCC", "BBB", "040", "2024-02-02")) + "\n")
r = run("load", "-q", "--db", os.path.join(tmp, "self.db"), small)
check(r.returncode == 0, f"sitrep load: {r.stderr}")
head = run("timeline", "--db", os.path.join(tmp, "self.db")).stdout.splitlines()[:1]
check(head == ["Timeline: BBB <-> CCC"], f"the only pair under a heavy self-dyad: {head}")

on_postgres("paging", src_file, check_store)
finish("serve paging")
