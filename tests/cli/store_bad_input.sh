#!/usr/bin/env bash
# store_bad_input.sh: the store commands facing bad input, each with a clear message and
# exit status 2: a database file that is not SQLite, a read-only database path, a
# PostgreSQL URL that cannot connect (within 5 seconds), an unknown export format, a date
# filter that does not parse, a query on a store that does not exist; and a malformed
# line in `sitrep load` (named file:line, the rest loaded, exit 1).
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp"
run() {
    rc=0
    "$SITREP" "$@" >out 2>err || rc=$?
}
expect() { # STATUS TEXT
    [[ $rc -eq $1 ]] || fail "exit status $rc, expected $1; stderr: $(head -c 400 err)"
    grep -qiF -- "$2" err || fail "stderr lacks '$2': $(head -c 400 err)"
}
examples="$SITREP_SOURCE/examples"

case_name="not a SQLite file"
head -c 4096 /dev/urandom >junk.db
run ingest -q --db junk.db "$examples"
expect 2 "not a SQLite database"
run events --db junk.db
expect 2 "not a SQLite database"
echo "plain text, not a database at all, but long enough" >text.db
run stats --db text.db
expect 2 "text.db"

case_name="read-only path"
if [[ $(id -u) -eq 0 ]]; then
    # root writes anywhere chmod forbids: use a place no one can create files in
    run ingest -q --db /proc/sitrep-test.db "$examples"
    expect 2 "/proc/sitrep-test.db"
else
    mkdir ro && "$SITREP" ingest -q --db ro/s.db "$examples" && chmod 0444 ro/s.db && chmod 0555 ro
    run ingest -q --db ro/s.db "$examples"
    expect 2 "read-only"
    run ingest -q --db ro/new.db "$examples"
    expect 2 "ro/new.db"
fi
run ingest -q --db missing-folder/s.db "$examples"
expect 2 "missing-folder/s.db"

case_name="unreachable PostgreSQL"
start=$(date +%s)
run stats --db "postgresql://sitrep:secret@127.0.0.1:1/nowhere"
end=$(date +%s)
expect 2 "cannot connect to PostgreSQL"
[[ $((end - start)) -le 6 ]] || fail "took $((end - start)) s (limit 5 s)"
grep -q secret err && fail "the password shows in the message: $(cat err)"
# An address that drops packets: the connect timeout must end it.
start=$(date +%s)
run stats --db "postgresql://10.255.255.1:5432/x"
end=$(date +%s)
[[ $rc -eq 2 ]] || fail "exit status $rc for an unroutable server"
[[ $((end - start)) -le 7 ]] || fail "unroutable server: took $((end - start)) s (limit 5 s)"

case_name="unknown export format"
"$SITREP" ingest -q --db ok.db "$examples"
run export --db ok.db --format gdelt3
expect 2 "unknown export format 'gdelt3'"
run events --db ok.db --format gdelt
expect 2 "unknown output format"
run network --db ok.db --format png
expect 2 "unknown network format"

case_name="bad date filter"
run events --db ok.db --from 2024-13-45
expect 2 "--from '2024-13-45' is not a date"
run timeline --db ok.db --to yesterday JPN KOR
expect 2 "--to 'yesterday' is not a date"
run events --db ok.db --quad 7
expect 2 "quad"
run events --db ok.db --status maybe
expect 2 "--status 'maybe'"

case_name="no store"
run events --db nothing-here.db
expect 2 "no store there"
[[ ! -e nothing-here.db ]] || fail "a query created nothing-here.db"

case_name="load: bad line"
"$SITREP" code "$examples" >ev.jsonl
{ head -n 2 ev.jsonl; echo '{"doc_id": 1, broken'; echo '{"doc_id": "x"}'; tail -n +3 ev.jsonl; } >bad.jsonl
run load -q --db l.db bad.jsonl
expect 1 "bad.jsonl:3"
grep -qF "bad.jsonl:4" err || fail "line 4 (no event fields) not named: $(cat err)"
good=$(wc -l <ev.jsonl)
got=$(row_counts l.db | awk '/mentions/ { print $2 }')
[[ "$got" -eq "$good" ]] || fail "$got mentions loaded, expected $good"

[[ $failures -eq 0 ]] && echo "store_bad_input: all checks passed"
exit $((failures > 0))
