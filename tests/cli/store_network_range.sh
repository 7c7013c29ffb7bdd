#!/usr/bin/env bash
# store_network_range.sh: `sitrep network --from/--to` sums its edges exactly: for ranges
# that start and end inside months, cover whole months, or are open at one end, the
# edges (events, mentions, quad classes, Goldstein sum) and the --top choice (most events,
# ties by source then target) equal an independent GROUP BY over the store's events, and
# undated events fall in no range. With SITREP_PG_URL set, the same for PostgreSQL.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"

tmp=$(mktemp -d)
pgname="sitrep_cli_netrange_$$"
trap 'rm -rf "$tmp"; if [[ -n "${SITREP_PG_URL:-}" ]]; then pg_drop "$pgname"; fi' EXIT

# 6,000 mentions over three and a half months among a few actors (so that dyads repeat
# and --top has ties), some repeated in a second document (an event of several mentions),
# some undated.
python3 - >"$tmp/ev.jsonl" <<'PY'
import datetime, json, random
rnd = random.Random(7)
actors = ["AAA", "BBB", "BBBGOV", "CCC", "DDDMIL", "EEE"]
codes = ["010", "042", "057", "061", "112", "130", "141", "173", "190", "193"]
start = datetime.date(2024, 1, 20)
for i in range(6000):
    doc = i // 5
    src, tgt = rnd.sample(actors, 2)
    day = start + datetime.timedelta(days=rnd.randrange(100))
    date = None if rnd.random() < 0.03 else day.isoformat()
    line = {"doc_id": "d%05d" % doc, "sentence": i % 5, "sentence_span": [0, 30],
            "source": {"code": src, "text": src, "span": [0, 3]},
            "target": {"code": tgt, "text": tgt, "span": [10, 13]},
            "cameo": rnd.choice(codes), "verb": {"text": "met", "span": [4, 7]},
            "date": date, "status": "asserted", "outlet": "Outlet %d" % (doc % 3)}
    print(json.dumps(line))
    if rnd.random() < 0.2:  # the same event again, in another document
        line["doc_id"] = "r%05d" % i
        print(json.dumps(line))
PY
case_name="load"
"$SITREP" load -q --db "$tmp/s.db" "$tmp/ev.jsonl" || fail "load failed"
python3 - "$tmp/s.db" <<'PY' || fail "no undated event, or none of several mentions"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("SELECT count(*) FROM events WHERE date = ''").fetchone()[0] > 0
assert db.execute("SELECT count(*) FROM events WHERE num_mentions > 1").fetchone()[0] > 0
PY

ranges=("2024-02-10 2024-03-20" "2024-02-01 2024-02-29" "- 2024-02-05" "2024-03-25 -"
        "2024-01-31 2024-02-01" "2024-04-01 2024-04-30" "- 2024-12-31" "2025-01-01 -")
check_ranges() { # LOCATION LABEL: every range and --top against the SQLite store's events
    local db="$1" label="$2" r from to top out args
    for r in "${ranges[@]}"; do
        read -r from to <<<"$r"
        for top in 0 5 17; do
            case_name="$label: range $from..$to, top $top"
            args=(--format json)
            [[ "$from" != - ]] && args+=(--from "$from")
            [[ "$to" != - ]] && args+=(--to "$to")
            [[ "$top" != 0 ]] && args+=(--top "$top")
            out="$tmp/$label-${from}-${to}-${top}.json"
            "$SITREP" network --db "$db" "${args[@]}" >"$out" ||
                { fail "network failed"; continue; }
            python3 - "$tmp/s.db" "$from" "$to" "$top" "$out" <<'PY' || fail "edges differ"
import json, sqlite3, sys
db, lo, hi, top, out = sys.argv[1:]
lo = "" if lo == "-" else lo
hi = "9999-12-31" if hi == "-" else hi
rows = sqlite3.connect(db).execute(
    "SELECT source, target, count(*), sum(num_mentions), sum(quad_class = 1),"
    " sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4), sum(goldstein)"
    " FROM events WHERE date <> '' AND date >= ? AND date <= ? GROUP BY source, target",
    (lo, hi)).fetchall()
rows.sort(key=lambda r: (-r[2], r[0], r[1]))
if int(top):
    rows = rows[:int(top)]
# the Goldstein sum as printed (%.1f); -0.0 and 0.0 compare equal (backends add in their
# own row order)
want = sorted(({"source": r[0], "target": r[1], "events": r[2], "mentions": r[3],
                "quad": {"1": r[4], "2": r[5], "3": r[6], "4": r[7]},
                "goldstein": float("%.1f" % r[8])} for r in rows),
              key=lambda e: (e["source"], e["target"]))
got = json.load(open(out))["edges"]
assert got == want, "got %d edges, want %d; first difference: %r" % (
    len(got), len(want), next(((g, w) for g, w in zip(got, want) if g != w), None))
PY
        done
    done
    case_name="$label: not vacuous"
    python3 -c 'import json, sys; assert len(json.load(open(sys.argv[1]))["edges"]) > 20' \
        "$tmp/$label-2024-02-10-2024-03-20-0.json" || fail "few or no edges from February to March"
}
check_ranges "$tmp/s.db" sqlite

if [[ -n "${SITREP_PG_URL:-}" ]]; then
    case_name="postgresql"
    pgurl=$(pg_db "$pgname") || { fail "cannot create a test database"; pgurl=""; }
    if [[ -n "$pgurl" ]]; then
        "$SITREP" load -q --db "$pgurl" "$tmp/ev.jsonl" || fail "load into PostgreSQL failed"
        check_ranges "$pgurl" postgresql
    fi
else
    echo "store_network_range: PostgreSQL part skipped (SITREP_PG_URL not set)"
fi

[[ $failures -eq 0 ]] && echo "store_network_range: all checks passed"
exit $((failures > 0))
