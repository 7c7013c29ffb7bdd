#!/usr/bin/env bash
# store_pg_concurrency.sh: a PostgreSQL store ($SITREP_PG_URL, started by .ci/run) facing
# two writers and a kill.
# - Two `sitrep ingest` processes write the same 400 articles to one database at once
#   (small batches, so that their transactions interleave): both succeed, every document
#   is stored exactly once, and the store equals one written by a single process.
# - `sitrep load` killed with SIGKILL while it streams batches (COPY and merge) leaves whole
#   batches: documents a multiple of the batch, every mention with its event, the kept row
#   counts equal to the tables'; loading again completes the store.
# (SQLite's second writer, which waits out the busy timeout and then fails clearly, is
# tests/cli/locked_and_full.sh.)
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"
if [[ -z "${SITREP_PG_URL:-}" ]] || ! command -v psql >/dev/null; then
    echo "store_pg_concurrency: no PostgreSQL server (SITREP_PG_URL unset): skipped"
    exit 77
fi

tmp=$(mktemp -d)
names=(sitrep_conc_a_$$ sitrep_conc_b_$$ sitrep_conc_c_$$)
cleanup() {
    for n in "${names[@]}"; do pg_drop "$n"; done
    rm -rf "$tmp"
}
trap cleanup EXIT
n=400
example_corpus "$n" conc >"$tmp/corpus.jsonl"
sql() { psql "$1" -qXAt -c "$2"; }

case_name="two ingests at once"
a=$(pg_db "${names[0]}") || { fail "cannot create a test database"; exit 1; }
b=$(pg_db "${names[1]}")
"$SITREP" ingest --shallow -q --batch 20 --db "$a" "$tmp/corpus.jsonl" 2>"$tmp/e1" &
p1=$!
"$SITREP" ingest --shallow -q --batch 20 --db "$a" "$tmp/corpus.jsonl" 2>"$tmp/e2" &
p2=$!
rc1=0 rc2=0
wait "$p1" || rc1=$?
wait "$p2" || rc2=$?
[[ $rc1 -eq 0 && $rc2 -eq 0 ]] || fail "exit $rc1 and $rc2: $(cat "$tmp/e1" "$tmp/e2" | head -3)"
"$SITREP" ingest --shallow -q --db "$b" "$tmp/corpus.jsonl"
[[ "$(sql "$a" "SELECT count(*) FROM documents")" == "$n" ]] ||
    fail "$(sql "$a" "SELECT count(*) FROM documents") documents, expected $n"
[[ "$(sql "$a" "SELECT count(*) FROM (SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1) x")" == 0 ]] ||
    fail "a document stored twice"
[[ "$(row_counts "$a")" == "$(row_counts "$b")" ]] ||
    fail "two writers: $(row_counts "$a" | tr '\n' ' '); one writer: $(row_counts "$b" | tr '\n' ' ')"
[[ "$(sql "$a" "SELECT (SELECT count(*) FROM mentions) = (SELECT sum(num_mentions) FROM events)")" == t ]] ||
    fail "event mention counts do not add up to the mentions"

case_name="SIGKILL during load"
c=$(pg_db "${names[2]}")
"$SITREP_SOURCE/bench/make_events" 60000 >"$tmp/events.jsonl"
"$SITREP" load -q --batch 2000 --db "$c" "$tmp/events.jsonl" &
pid=$!
for _ in $(seq 1 200); do
    sleep 0.05
    docs=$(sql "$c" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
    [[ "${docs:-0}" -ge 200 ]] && break
done
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
docs=$(sql "$c" "SELECT count(*) FROM documents")
[[ "$docs" -lt 6000 ]] || echo "store_pg_concurrency: note: the load finished before the kill"
[[ $((docs % 200)) -eq 0 ]] || fail "$docs documents: not a whole number of batches of 200"
[[ "$(sql "$c" "SELECT count(*) FROM mentions")" == $((docs * 10)) ]] ||
    fail "$(sql "$c" "SELECT count(*) FROM mentions") mentions for $docs documents"
[[ "$(sql "$c" "SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL")" == 0 ]] ||
    fail "a mention without its event"
[[ "$(sql "$c" "SELECT string_agg(name || '=' || n, ' ' ORDER BY name) FROM row_counts")" == \
   "$(sql "$c" "SELECT 'documents=' || (SELECT count(*) FROM documents) || ' events=' || (SELECT count(*) FROM events) || ' mentions=' || (SELECT count(*) FROM mentions)")" ]] ||
    fail "the kept row counts differ from the tables"
"$SITREP" load -q --batch 2000 --db "$c" "$tmp/events.jsonl" || fail "loading again failed"
[[ "$(sql "$c" "SELECT count(*) FROM documents")" == 6000 ]] || fail "the store is not complete after loading again"
[[ "$(sql "$c" "SELECT count(*) FROM mentions")" == 60000 ]] || fail "mentions missing after loading again"
# a writer that added documents leaves the planner statistics of what it added (a fresh
# load's export ran for minutes without them)
[[ "$(sql "$c" "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('events', 'mentions', 'documents') AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)")" == 3 ]] ||
    fail "the load left no statistics on events, mentions and documents"

[[ $failures -eq 0 ]] || exit 1
echo "store_pg_concurrency: two writers store each document once; a kill leaves whole batches ($docs documents)"
