"""The web API over a PostgreSQL store (when SITREP_PG_URL names a server, as in CI): the
examples ingested into a fresh database give the same events, filters, evidence,
network and actor completion as the command line over that store."""
import json
import os
import subprocess
import sys

from serve_common import SOURCE, Server, check, finish, need_env, run

need_env()
base = os.environ.get("SITREP_PG_URL", "")
if not base:
    print("SKIP: SITREP_PG_URL is not set (CI starts a server with scripts/pg-test-server)")
    sys.exit(77)
name = f"sitrep_serve_{os.getpid()}"


def psql(sql):
    return subprocess.run(["psql", base, "-qX", "-c", sql], capture_output=True, text=True)


r = psql(f"DROP DATABASE IF EXISTS {name}")
r = psql(f"CREATE DATABASE {name}")
if r.returncode != 0:
    print("cannot create a database:", r.stderr)
    sys.exit(1)
url = base + ("&" if "?" in base else "?") + "dbname=" + name
try:
    r = run("ingest", "-q", "--db", url, os.path.join(SOURCE, "examples"))
    check(r.returncode == 0, f"ingest into PostgreSQL: {r.stderr}")
    srv = Server(url)

    def cli_ids(*args):
        out = run("events", "--db", url, "--format", "jsonl", *args).stdout
        return [json.loads(x)["id"] for x in out.splitlines()]

    st = srv.json("/api/stats")
    check(st.get("backend") == "postgresql", f"backend {st.get('backend')}")
    all_ids = cli_ids()
    check(st.get("counts", {}).get("events") == len(all_ids) > 0, "stats events != CLI")
    for query, args in [("", []), ("actor=FRA", ["--actor", "FRA"]), ("quad=1", ["--quad", "1"]),
                        ("dyad=PER,BOL", ["--dyad", "PER", "BOL"]),
                        ("status=reported", ["--status", "reported"]),
                        ("from=2024-06&to=2024-09", ["--from", "2024-06", "--to", "2024-09"])]:
        evs = srv.json("/api/events?limit=1000&" + query).get("events", [])
        got = [e["id"] for e in evs]
        check(got == cli_ids(*args), f"PostgreSQL ?{query}: {got} != CLI")
        # the time series of the same events, month by month and quad class by quad class
        want = {}
        for e in evs:
            w = want.setdefault(e["date"][:7], [0, 0, 0, 0, 0, 0])
            w[e["quad_class"]] += 1
            w[5] += e["num_mentions"]
        series = srv.json("/api/series?" + query).get("months", [])
        check({m["month"]: [m["quad"][str(q)] for q in range(5)] + [m["mentions"]]
               for m in series} == want, f"PostgreSQL series?{query}: {series} != {want}")
    page = srv.json("/api/events?limit=5&offset=5")
    check([e["id"] for e in page.get("events", [])] == all_ids[5:10], "PostgreSQL paging")
    one = srv.json(f"/api/events/{all_ids[0]}")
    m = one.get("mentions", [{}])[0]
    check("".join(p["text"] for p in m.get("parts", [])) == m.get("sentence_text"),
          "PostgreSQL evidence parts")
    check([a["code"] for a in srv.json("/api/actors?q=fra").get("actors", [])][:1] == ["FRA"],
          "PostgreSQL actors?q=fra")
    check("PHL" in [a["code"] for a in srv.json("/api/actors?q=PHILIPP").get("actors", [])],
          "PostgreSQL actors by name")
    net = srv.json("/api/network?limit=2000")
    cli = json.loads(run("network", "--db", url, "--format", "json").stdout)
    check(len(net.get("edges", [])) == len(cli["edges"]), "PostgreSQL network edges")
    tl = srv.json("/api/timeline")
    check(tl.get("a") is not None and len(tl.get("events", [])) > 0, "PostgreSQL timeline")
    srv.json("/api/events?quad=9", 400)
    check(srv.stop() == 0, "exit status after SIGTERM")
finally:
    psql(f"DROP DATABASE IF EXISTS {name}")
finish("serve pg")
