#!/usr/bin/env bash
# install.sh: after `cmake --install` into a temporary prefix, the installed sitrep serves
# the page and the npm libraries from PREFIX/share/sitrep/web, not from the source tree.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
: "${SITREP_BUILD:?SITREP_BUILD must name the build folder}"
if [[ ! -d "$SITREP_SOURCE/node_modules/cytoscape" ]]; then
    echo "FAIL: node_modules/ is missing (run scripts/setup, which runs npm ci)"
    exit 1
fi
tmp=$(mktemp -d)
pid=""
cleanup() {
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
cmake --install "$SITREP_BUILD" --prefix "$tmp/prefix" >/dev/null
bin="$tmp/prefix/bin/sitrep"
[[ -x "$bin" ]] || { echo "FAIL: no $bin after install"; exit 1; }
"$SITREP" ingest -q --db "$tmp/s.db" "$SITREP_SOURCE/examples/01-japan-korea-talks.txt"
env -u SITREP_WEB "$bin" serve --db "$tmp/s.db" --port 0 2>"$tmp/err" &
pid=$!
port=""
for _ in $(seq 200); do
    port=$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/err" | grep -o '[0-9]*/$' | tr -d /) || true
    [[ -n "$port" ]] && break
    sleep 0.05
done
[[ -n "$port" ]] || { echo "FAIL: the installed server did not start: $(cat "$tmp/err")"; exit 1; }
fails=0
grep -q "page files from $(realpath "$tmp/prefix/share/sitrep/web")" "$tmp/err" ||
    { echo "FAIL: not serving the installed page files: $(cat "$tmp/err")"; fails=1; }
for path in / /app.js /style.css /vendor/uPlot.iife.min.js /vendor/uPlot.min.css /vendor/cytoscape.min.js; do
    code=$(curl -s -o "$tmp/body" -w '%{http_code}' "http://127.0.0.1:$port$path")
    [[ "$code" == 200 && -s "$tmp/body" ]] || { echo "FAIL: $path: $code"; fails=1; }
done
cmp -s "$tmp/body" "$SITREP_SOURCE/node_modules/cytoscape/dist/cytoscape.min.js" ||
    { echo "FAIL: /vendor/cytoscape.min.js is not the library"; fails=1; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
[[ "$status" == 0 ]] || { echo "FAIL: exit status $status after SIGTERM"; fails=1; }
[[ "$fails" == 0 ]] && echo "serve install: all checks passed"
exit "$fails"
