# store_common.bash: helpers sourced by the store_*.sh tests (it exits 77 when run
# alone). pg_db NAME makes a fresh PostgreSQL database on $SITREP_PG_URL and
# prints its URL; row_counts LOCATION prints the store's row counts; example_corpus N
# PREFIX prints N JSON Lines articles (ids PREFIX-000000 ...) made of the examples' texts.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    exit 77
fi

failures=0
fail() {
    echo "FAIL [${case_name:-?}]: $*"
    failures=$((failures + 1))
}

# URL of a fresh database called $1 on the test server.
pg_db() {
    local name="$1"
    psql "$SITREP_PG_URL" -qX -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" \
        >/dev/null 2>&1 || return 1
    case "$SITREP_PG_URL" in
    *\?*) echo "$SITREP_PG_URL&dbname=$name" ;;
    *) echo "$SITREP_PG_URL?dbname=$name" ;;
    esac
}
pg_drop() {
    psql "$SITREP_PG_URL" -qX -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1 || true
}

row_counts() {
    "$SITREP" stats --db "$1" --dyads 0 | sed -n '2,6p'
}

example_corpus() {
    python3 - "$SITREP_SOURCE/examples" "$1" "$2" <<'PY'
import json, os, sys
folder, n, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
for name in sorted(os.listdir(folder)):
    if name.endswith(".txt"):
        body = open(os.path.join(folder, name), encoding="utf-8").read()
        texts.append(body.split("\n\n", 1)[-1])
for i in range(n):
    d = "2024-%02d-%02d" % (i % 12 + 1, i % 28 + 1)
    print(json.dumps({"id": "%s-%06d" % (prefix, i), "date": d, "source": "Outlet %d" % (i % 7),
                      "text": texts[i % len(texts)]}))
PY
}
