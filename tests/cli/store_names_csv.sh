#!/usr/bin/env bash
# store_names_csv.sh: canonical actor names and the CSV export as analysts read it.
# - `sitrep dict names` names every actor code of our lexicon (exit 0), never with a
#   possessive or a demonym, and office holders by name and office (--people); TABARI's
#   demo dictionary (from ../shared, when there) gets the first phrase of each entry.
# - A store ingested from examples/ holds canonical names in its actors table (JPNGOV is
#   "Japan: government", never the words that matched, which stay with the mentions); the
#   GDELT export's Actor1Name is the upper-case name.
# - The CSV export read by pandas (python3-pandas) with the dtypes docs/formats.md gives
#   keeps CAMEO codes as strings with their leading zero ("042"), dates as datetime64,
#   counts as integers and Goldstein scores as floats.
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
source "$(dirname "$0")/store_common.bash"
# Debian's python3 (where python3-pandas installs), whatever python3 comes first on PATH
py=""
for p in /usr/bin/python3 python3; do
    if "$p" -c 'import pandas' 2>/dev/null; then py=$p; break; fi
done
[[ -n "$py" ]] || {
    echo "store_names_csv: python3-pandas is not installed (scripts/setup installs it): skipped"
    exit 77
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

case_name="dict names"
rc=0
"$SITREP" dict names >names.tsv 2>names.err || rc=$?
[[ $rc -eq 0 ]] || fail "exit $rc: $(cat names.err)"
[[ $(wc -l <names.tsv) -ge 400 ]] || fail "only $(wc -l <names.tsv) codes named"
grep -qxP 'JPN\tJapan' names.tsv || fail "JPN is not named Japan"
grep -qxP 'IGOWSTNAT\tNATO' names.tsv || fail "IGOWSTNAT is not named NATO"
grep -qxP 'USAGOV\tUnited States: government' names.tsv || fail "USAGOV misnamed"
"$SITREP" dict names --people >people.txt
grep -qx 'Vladimir Putin (Russia: government)' people.txt || fail "no office holder named with the office"
bad=$(awk -F'\t' '$2 == "" || $2 ~ /'"'"'[sS]$/ || $2 ~ /(ese|ian|ish)$/' names.tsv | head -5)
[[ -z "$bad" ]] || fail "empty, possessive or adjective names: $bad"
tabari="${SITREP_SHARED:-$SITREP_SOURCE/../shared}/conformance/tabari/TABARI.Demo.actors"
if [[ -f "$tabari" ]]; then
    "$SITREP" dict names --actors "$tabari" >tabari.tsv 2>/dev/null || true
    grep -qxP 'AUS\tAustralia' tabari.tsv || fail "TABARI's AUS is not named by its first phrase"
    bad=$(awk -F'\t' '$2 ~ /'"'"'[sS]$/' tabari.tsv | head -3)
    [[ -z "$bad" ]] || fail "possessive names from TABARI's dictionary: $bad"
fi

case_name="actors table"
"$SITREP" ingest -q --db s.db "$SITREP_SOURCE/examples"
"$SITREP" events --db s.db --format csv >events.csv
grep -q ',JPNGOV,Japan: government,JPN,GOV,' events.csv || fail "JPNGOV's name is not canonical"
if grep -q "'s," events.csv; then fail "a possessive name in the CSV: $(grep -m1 "'s," events.csv)"; fi
"$SITREP" export --db s.db --format gdelt >events.gdelt
awk -F'\t' '$6 == "JPNGOV" && $7 != "JAPAN" { bad = 1 } END { exit bad }' events.gdelt ||
    fail "GDELT Actor1Name of JPNGOV is not JAPAN"

case_name="pandas"
"$py" - events.csv <<'PY' || fail "pandas read the CSV wrongly"
import sys
import pandas as pd
# the call docs/formats.md gives
codes = ["source", "source_country", "source_role", "target", "target_country",
         "target_role", "cameo", "root", "doc_id"]
df = pd.read_csv(sys.argv[1], dtype={c: str for c in codes},
                 parse_dates=["date", "first_seen", "last_seen"])
assert len(df) >= 10, len(df)
for c in codes:
    assert df[c].dtype == object, (c, df[c].dtype)
assert df["cameo"].str.fullmatch(r"\d{3,4}").all(), df["cameo"].head()
assert (df["cameo"].str[0] == "0").any(), "no code with a leading zero"
assert df["root"].str.fullmatch(r"\d\d").all()
for c in ["date", "first_seen", "last_seen"]:
    assert str(df[c].dtype).startswith("datetime64"), (c, df[c].dtype)
    assert df[c].notna().all(), c
for c in ["id", "quad_class", "num_mentions", "num_documents", "num_outlets"]:
    assert str(df[c].dtype) == "int64", (c, df[c].dtype)
assert df["goldstein"].dtype == "float64"
row = df[df["source"] == "JPNGOV"].iloc[0]
assert row["source_name"] == "Japan: government", row["source_name"]
PY

[[ $failures -eq 0 ]] || exit 1
echo "store_names_csv: names and CSV types as expected"
