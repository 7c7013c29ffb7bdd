#!/usr/bin/env bash
# null_binary.sh: every golden, conformance, CLI and serve test must fail against a sitrep
# that prints nothing and exits 0; a test that passes (or skips) with it checks nothing.
# Runs each tests/{golden,conformance,cli,serve}/*.sh with SITREP set to such a program and
# lists the tests that did not fail. Skips (77) without ../shared, which most of them need.
# serve/pg.sh and cli/store_pg_concurrency.sh, which skip without a PostgreSQL server, are
# run only when SITREP_PG_URL names one (as in CI).
set -u
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
shared="${SITREP_SHARED:-$SITREP_SOURCE/../shared}"
[ -d "$shared/seed" ] || { echo "no ../shared: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#!/bin/sh\nexit 0\n' >"$tmp/sitrep"
chmod +x "$tmp/sitrep"
# the stand-in is no sanitized build, whatever the build under test is
export SITREP="$tmp/sitrep" SITREP_SHARED="$shared" SITREP_SANITIZED=0
# four at a time: the slow ones (store_kill, valgrind) mostly wait
ls "$SITREP_SOURCE"/tests/golden/*.sh "$SITREP_SOURCE"/tests/conformance/*.sh \
   "$SITREP_SOURCE"/tests/cli/*.sh "$SITREP_SOURCE"/tests/serve/*.sh |
    if [ -n "${SITREP_PG_URL:-}" ]; then cat; else grep -Ev '/(serve/pg|cli/store_pg_concurrency)\.sh$'; fi \
    >"$tmp/tests"
n=$(wc -l <"$tmp/tests")
# shellcheck disable=SC2016
xargs -P 4 -I{} bash -c 't={}; log=$0/$(basename "$(dirname "$t")").$(basename "$t" .sh)
    rc=0; timeout 120 bash "$t" >"$log.log" 2>&1 </dev/null || rc=$?; echo $rc >"$log.rc"' \
    "$tmp" <"$tmp/tests"
not_failing=()
for rcfile in "$tmp"/*.rc; do
    rc=$(cat "$rcfile")
    if [ "$rc" -eq 0 ] || [ "$rc" -eq 77 ]; then
        name=$(basename "$rcfile" .rc)
        not_failing+=("$name (exit $rc: $(tail -1 "${rcfile%.rc}.log" | head -c 200))")
    fi
done
[ "$(ls "$tmp"/*.rc | wc -l)" -eq "$n" ] || { echo "FAIL: not every test ran"; exit 1; }
if [ ${#not_failing[@]} -gt 0 ]; then
    printf 'FAIL: passes or skips with a sitrep that does nothing: %s\n' "${not_failing[@]}"
    exit 1
fi
echo "null_binary: all $n golden, conformance, CLI and serve tests fail with a sitrep that does nothing"
