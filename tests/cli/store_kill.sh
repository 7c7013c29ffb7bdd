#!/usr/bin/env bash
# store_kill.sh: `sitrep ingest` killed with SIGKILL in the middle of a large generated
# corpus leaves a SQLite store that opens, passes PRAGMA integrity_check, and holds only
# whole batches (the document count is a multiple of --batch); ingesting the corpus again
# then completes it. The store is what is tested: the articles are coded with the TABARI
# engine (--shallow), which codes this corpus in a fraction of the tree coder's time.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"
command -v sqlite3 >/dev/null || { echo "store_kill: sqlite3 not installed: skipped"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=${STORE_KILL_ARTICLES:-20000}
batch=40
example_corpus "$n" gen >"$tmp/corpus.jsonl"

db="$tmp/k.db"
"$SITREP" ingest --shallow -q --batch "$batch" --db "$db" "$tmp/corpus.jsonl" &
pid=$!
# Kill once some batches are in (or after a few seconds at most).
for _ in $(seq 1 100); do
    sleep 0.1
    docs=$(sqlite3 "$db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
    [[ "${docs:-0}" -ge $((batch * 3)) ]] && break
done
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

case_name="after SIGKILL"
ic=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1) || fail "sqlite3 cannot open the store: $ic"
[[ "$ic" == "ok" ]] || fail "integrity_check: $ic"
docs=$(sqlite3 "$db" "SELECT count(*) FROM documents")
killed_at=$docs
[[ $((docs % batch)) -eq 0 ]] || fail "$docs documents: not a whole number of batches of $batch"
[[ "$docs" -lt "$n" ]] || echo "store_kill: note: the ingest finished before the kill"
ev=$(sqlite3 "$db" "SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.id = m.document_id WHERE d.id IS NULL")
[[ "$ev" == 0 ]] || fail "$ev mention(s) without their document"
sum=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM mentions) = (SELECT sum(num_mentions) FROM events)")
[[ "$sum" == 1 ]] || fail "event mention counts do not add up to the mentions"
"$SITREP" stats --db "$db" >/dev/null || fail "sitrep stats cannot read the store"

case_name="resume"
"$SITREP" ingest --shallow -q --batch 500 -j 2 --db "$db" "$tmp/corpus.jsonl" || fail "second ingest failed"
docs=$(sqlite3 "$db" "SELECT count(*) FROM documents")
[[ "$docs" -eq "$n" ]] || fail "$docs documents after resuming, expected $n"
ic=$(sqlite3 "$db" "PRAGMA integrity_check")
[[ "$ic" == "ok" ]] || fail "integrity_check after resuming: $ic"

[[ $failures -eq 0 ]] && echo "store_kill: all checks passed (killed with $killed_at of $n documents stored)"
exit $((failures > 0))
