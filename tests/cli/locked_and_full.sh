#!/usr/bin/env bash
# locked_and_full.sh: a store locked by another writer, and an output device that is full.
# - `sitrep ingest` into an SQLite store that another process holds an exclusive lock on
#   gives up after the busy timeout with a clear "locked" error, a non-zero exit, and the
#   store exactly as it was;
# - `sitrep code` writing to a full device (/dev/full) says so and exits 2, no crash.
set -euo pipefail

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
command -v python3 >/dev/null || { echo "skipped: python3 is not installed"; exit 77; }

export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

tmp=$(mktemp -d)
lock_pid=""
cleanup() {
    [[ -n "$lock_pid" ]] && kill "$lock_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL [$case_name]: $*"; failures=$((failures + 1)); }

case_name="locked store"
db="$tmp/locked.db"
"$SITREP" ingest -q --db "$db" "$SITREP_SOURCE/examples/01-japan-korea-talks.txt" >/dev/null
before=$("$SITREP" stats --db "$db" --dyads 0 | sed -n '2,6p')
# another process takes the write lock and keeps it for longer than the busy timeout
python3 - "$db" "$tmp/locked" <<'PY' &
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").close()
time.sleep(20)
PY
lock_pid=$!
for _ in $(seq 100); do [[ -e "$tmp/locked" ]] && break; sleep 0.1; done
rc=0
start=$(date +%s)
timeout 30 "$SITREP" ingest -q --db "$db" "$SITREP_SOURCE/examples/" >"$tmp/out" 2>"$tmp/err" || rc=$?
took=$(($(date +%s) - start))
[[ $rc -ne 0 ]] || fail "ingest into a locked store exited 0"
[[ $rc -ne 124 ]] || fail "ingest into a locked store hung"
[[ $rc -lt 128 ]] || fail "ingest crashed (exit $rc)"
grep -qi 'locked' "$tmp/err" || fail "no 'locked' in the error: $(head -n 3 "$tmp/err")"
[[ $took -le 15 ]] || fail "gave up only after $took s"
kill "$lock_pid" 2>/dev/null || true
wait "$lock_pid" 2>/dev/null || true
lock_pid=""
after=$("$SITREP" stats --db "$db" --dyads 0 | sed -n '2,6p')
[[ "$before" == "$after" ]] || fail "the store changed: before '$before', after '$after'"

case_name="full output device"
if [[ -w /dev/full ]]; then
    rc=0
    "$SITREP" code "$SITREP_SOURCE/examples/" >/dev/full 2>"$tmp/err" || rc=$?
    [[ $rc -eq 2 ]] || fail "exit $rc writing to /dev/full (2 expected)"
    grep -q 'cannot write the output' "$tmp/err" || fail "no clear message: $(head -n 2 "$tmp/err")"
else
    echo "note: /dev/full is not available; the full-device case is not checked"
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "ok: locked store and full device"
