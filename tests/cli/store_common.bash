# store_common.bash: helpers sourced by the store_*.sh tests (it exits 77 when run
# alone). pg_db NAME makes a fresh PostgreSQL database on $SITREP_PG_URL and
# prints its URL; row_counts LOCATION prints the store's row counts.
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
