#!/usr/bin/env bash
# store_ingest.sh: ingesting and loading into SQLite (and PostgreSQL when SITREP_PG_URL is
# set): the same files twice leave every row count unchanged; `sitrep load` of the JSON
# Lines of `sitrep code` gives the same counts as ingest and is a no-op the second time;
# the GDELT export has 61 columns on every line, Phoenix 26; the CSV parses with Python's
# csv module and has the documented header; the GraphML parses as XML; the JSON network
# parses, --top N keeps the N heaviest edges and --from/--to the events dated in range; the
# timeline and events queries answer.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"

tmp=$(mktemp -d)
pgname="sitrep_cli_ingest_$$"
trap 'rm -rf "$tmp"; if [[ -n "${SITREP_PG_URL:-}" ]]; then pg_drop "$pgname"; fi' EXIT
examples="$SITREP_SOURCE/examples"
# The documented CSV header: docs/formats.md holds it on the line after "CSV header:".
header=$(awk '/^CSV header:/ { getline; getline; sub(/^ +/, ""); print; exit }' "$SITREP_SOURCE/docs/formats.md")
[[ -n "$header" ]] || { echo "FAIL: no CSV header in docs/formats.md"; exit 1; }

check_store() { # LOCATION LABEL
    local db="$1" label="$2"
    case_name="$label: ingest twice"
    "$SITREP" ingest -q --db "$db" "$examples" || fail "first ingest failed"
    local first second
    first=$(row_counts "$db")
    "$SITREP" ingest -q -j 2 --db "$db" "$examples" || fail "second ingest failed"
    second=$(row_counts "$db")
    [[ "$first" == "$second" ]] || fail "row counts changed: [$first] -> [$second]"
    grep -q 'events: *[1-9]' <<<"$first" || fail "no events stored: $first"

    case_name="$label: gdelt export"
    "$SITREP" export --db "$db" --format gdelt >"$tmp/g.tsv"
    [[ -s "$tmp/g.tsv" ]] || fail "empty GDELT export"
    local bad
    bad=$(awk -F'\t' 'NF != 61 { n++ } END { print n + 0 }' "$tmp/g.tsv")
    [[ "$bad" == 0 ]] || fail "$bad GDELT line(s) without 61 columns"
    bad=$("$SITREP" export --db "$db" --format phoenix | awk -F'\t' 'NF != 26 { n++ } END { print n + 0 }')
    [[ "$bad" == 0 ]] || fail "$bad Phoenix line(s) without 26 columns"

    case_name="$label: csv export"
    "$SITREP" export --db "$db" --format csv >"$tmp/e.csv"
    python3 - "$tmp/e.csv" "$header" <<'PY' || fail "CSV check failed"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows, "empty"
assert ",".join(rows[0]) == sys.argv[2], "header %r" % rows[0]
assert all(len(r) == len(rows[0]) for r in rows), "ragged rows"
assert len(rows) > 1, "no data rows"
said = rows[0].index("said_by")
assert any(r[said] for r in rows[1:]), "no event says who claimed it"
PY

    case_name="$label: network"
    "$SITREP" network --db "$db" --format graphml >"$tmp/n.graphml"
    python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); assert r.tag.endswith("graphml")' \
        "$tmp/n.graphml" || fail "GraphML does not parse"
    "$SITREP" network --db "$db" --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); assert d["edges"]' \
        || fail "JSON network does not parse"
    "$SITREP" network --db "$db" --format dot | grep -q '^digraph' || fail "no DOT graph"
    "$SITREP" network --db "$db" --format json >"$tmp/all.json"
    "$SITREP" network --db "$db" --format json --top 2 >"$tmp/top.json"
    "$SITREP" network --db "$db" --format json --from 2024-06 --to 2024-06 >"$tmp/june.json"
    "$SITREP" network --db "$db" --format json --from 2030 >"$tmp/none.json"
    python3 - "$tmp" <<'PY' || fail "network --top/--from/--to"
import json, sys
load = lambda n: json.load(open("%s/%s.json" % (sys.argv[1], n)))["edges"]
every, top, june, none = load("all"), load("top"), load("june"), load("none")
assert len(every) > 2 and len(top) == 2, (len(every), len(top))
heaviest = sorted((e["events"] for e in every), reverse=True)[:2]
assert sorted((e["events"] for e in top), reverse=True) == heaviest, (top, heaviest)
assert 0 < len(june) < len(every), (len(june), len(every))
assert sum(e["events"] for e in june) < sum(e["events"] for e in every)
assert none == [], none
PY

    case_name="$label: queries"
    "$SITREP" timeline --db "$db" >"$tmp/t.txt" || fail "timeline failed"
    grep -q '^Timeline: ' "$tmp/t.txt" || fail "timeline has no title"
    # examples/04: "France delivered two offshore patrol vessels to the Philippines on
    # Wednesday ..., the Philippine defence department said."
    "$SITREP" timeline --db "$db" FRA PHL >"$tmp/t2.txt" || fail "timeline FRA PHL failed"
    grep -q 'FRA -> PHL  072' "$tmp/t2.txt" || fail "no FRA -> PHL 072 in the timeline"
    grep -Eq 'reported; .*according to (PHLMIL|the Philippine defence department)' "$tmp/t2.txt" ||
        fail "the timeline does not say who reported it: $(cat "$tmp/t2.txt")"
    "$SITREP" events --db "$db" --format jsonl --from 2024 --to 2024-12-31 |
        python3 -c 'import json, sys; [json.loads(l) for l in sys.stdin]' || fail "events jsonl"
}

check_store "$tmp/s.db" sqlite
if [[ -n "${SITREP_PG_URL:-}" ]]; then
    pgurl=$(pg_db "$pgname") || { fail "cannot create a test database"; pgurl=""; }
    [[ -n "$pgurl" ]] && check_store "$pgurl" postgresql
else
    echo "store_ingest: PostgreSQL part skipped (SITREP_PG_URL not set)"
fi

case_name="load"
"$SITREP" code "$examples" >"$tmp/ev.jsonl"
"$SITREP" load -q --db "$tmp/l.db" "$tmp/ev.jsonl" || fail "load failed"
a=$(row_counts "$tmp/l.db")
"$SITREP" load -q --db "$tmp/l.db" "$tmp/ev.jsonl" || fail "second load failed"
b=$(row_counts "$tmp/l.db")
[[ "$a" == "$b" ]] || fail "second load changed the counts: [$a] -> [$b]"
ia=$(row_counts "$tmp/s.db" | grep -E 'mentions|events')
la=$(grep -E 'mentions|events' <<<"$a")
[[ "$ia" == "$la" ]] || fail "load and ingest differ: [$ia] vs [$la]"
if [[ -n "${SITREP_PG_URL:-}" && -n "${pgurl:-}" ]]; then
    pg_db "$pgname" >/dev/null
    "$SITREP" load -q --db "$pgurl" "$tmp/ev.jsonl" || fail "load (COPY) into PostgreSQL failed"
    c=$(row_counts "$pgurl" | grep -E 'mentions|events')
    [[ "$c" == "$la" ]] || fail "PostgreSQL load differs: [$c] vs [$la]"
fi

[[ $failures -eq 0 ]] && echo "store_ingest: all checks passed"
exit $((failures > 0))
