#!/usr/bin/env bash
# dask_code.sh: scripts/dask-code on a real Dask cluster (Debian's python3-distributed): a
# scheduler and two workers started here as separate processes on 127.0.0.1 (no nanny, so
# that a killed worker stays dead), stopped at the end.
# - Run 1 codes a generated corpus of 48 articles in 12 partitions: the parts, in order,
#   equal one `sitrep code` run over the whole corpus, byte for byte, and hold events.
# - Run 2 codes it again and kills one worker with SIGKILL as soon as the first part is
#   written: the run still completes, with the same bytes.
# - `sitrep load` of the parts gives the same row counts as loading the single run.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"
py=/usr/bin/python3
if ! "$py" -c 'import distributed' 2>/dev/null || ! command -v dask-scheduler >/dev/null; then
    echo "dask_code: python3-distributed is not installed (scripts/setup installs it): skipped"
    exit 77
fi

tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
cd "$tmp"

"$py" - "$SITREP_SOURCE/examples" >corpus.jsonl <<'PY'
import json, os, sys
folder = sys.argv[1]
texts = []
for name in sorted(os.listdir(folder)):
    if name.endswith(".txt"):
        head, _, body = open(os.path.join(folder, name), encoding="utf-8").read().partition("\n\n")
        date = [l.split(":", 1)[1].strip() for l in head.splitlines() if l.startswith("date:")]
        texts.append((date[0] if date else "2024-01-01", body))
for i in range(48):
    date, body = texts[i % len(texts)]
    print(json.dumps({"id": "dask-%03d" % i, "date": date, "source": "Outlet %d" % (i % 5),
                      "text": body}))
PY

port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sport=$(port)
addr="tcp://127.0.0.1:$sport"
dask-scheduler --host 127.0.0.1 --port "$sport" --no-dashboard >scheduler.log 2>&1 &
pids+=($!)
workers=()
for w in 1 2; do
    dask-worker "$addr" --host 127.0.0.1 --no-nanny --nthreads 1 --no-dashboard \
        --local-directory "$tmp/w$w" --name "w$w" >"worker$w.log" 2>&1 &
    pids+=($!)
    workers+=($!)
done
"$py" - "$addr" <<'PY' || { cat scheduler.log worker*.log | tail -20; fail "the cluster did not start"; exit 1; }
import sys
from distributed import Client
c = Client(sys.argv[1], timeout=60)
c.wait_for_workers(2, timeout=60)
c.close()
PY

"$SITREP" code corpus.jsonl >single.jsonl
[[ $(wc -l <single.jsonl) -ge 48 ]] || fail "sitrep code found only $(wc -l <single.jsonl) events"

case_name="run 1"
"$SITREP_SOURCE/scripts/dask-code" --sitrep "$SITREP" --partitions 12 "$addr" corpus.jsonl out1 \
    2>run1.err || fail "dask-code failed: $(tail -3 run1.err)"
[[ $(ls out1 | wc -l) -eq 12 ]] || fail "$(ls out1 | wc -l) parts, expected 12"
cat out1/part-*.jsonl >run1.jsonl
cmp -s run1.jsonl single.jsonl || fail "the parts differ from one sitrep code run"

case_name="run 2, a worker killed"
"$SITREP_SOURCE/scripts/dask-code" --sitrep "$SITREP" --partitions 12 "$addr" corpus.jsonl out2 \
    2>run2.err &
job=$!
pids+=($job)
for _ in $(seq 600); do
    [[ -n "$(ls out2 2>/dev/null)" ]] && break
    sleep 0.05
done
parts_then=$(ls out2 2>/dev/null | wc -l)
kill -9 "${workers[0]}"
rc=0
wait "$job" || rc=$?
[[ $rc -eq 0 ]] || fail "dask-code exited $rc after the kill: $(tail -3 run2.err)"
[[ $parts_then -lt 12 ]] || fail "the run was over before the worker was killed"
cat out2/part-*.jsonl >run2.jsonl 2>/dev/null || true
cmp -s run2.jsonl single.jsonl || fail "after the kill, the parts differ from one sitrep code run"
grep -q "remove-worker\|Remove worker\|lost" scheduler.log ||
    fail "the scheduler did not see the worker go"

case_name="load"
"$SITREP" load -q --db parts.db out2/part-*.jsonl
"$SITREP" load -q --db single.db single.jsonl
[[ "$(row_counts parts.db)" == "$(row_counts single.db)" ]] ||
    fail "loading the parts and the single run give different stores"

[[ $failures -eq 0 ]] || exit 1
echo "dask_code: 12 partitions on two workers equal one sitrep code run, also with a worker killed"
