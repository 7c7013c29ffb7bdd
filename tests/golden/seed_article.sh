#!/usr/bin/env bash
# seed_article.sh: `sitrep code` with our own lexicon and no dictionary option on the
# seed article ($SITREP_SHARED/seed/, dated 7 August 2023) must find each event of the
# checklist below, by source and target country and CAMEO code; it fails naming every
# item that is missing. Skipped (exit 77) when the shared seed folder is absent.
set -euo pipefail

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

seed="${SITREP_SHARED:-}/seed"
if [[ -z ${SITREP_SHARED:-} || ! -d $seed ]]; then
    echo "skip: the seed article folder (\$SITREP_SHARED/seed) is not available"
    exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
"$SITREP" code --format table --date 2023-08-07 "$seed" >"$tmp/events" 2>"$tmp/err" || {
    echo "FAIL: sitrep code exited $?:"
    cat "$tmp/err"
    exit 1
}

# has SRC TGT CODE: an event whose source and target codes start with SRC and TGT (a
# country, or a full code) and whose CAMEO code starts with CODE (a root, a family or a
# full code).
has() {
    awk -v s="$1" -v t="$2" -v c="$3" 'NR > 1 && index($4, s) == 1 && index($5, t) == 1 &&
        index($6, c) == 1 { found = 1 } END { exit !found }' "$tmp/events"
}

failures=0
check() {
    local what=$1
    shift
    if "$@"; then
        echo "ok    $what"
    else
        echo "FAIL  $what"
        failures=$((failures + 1))
    fi
}

check "North Korea recognises the DPR/LPR (PRK -> UKR separatists, 054)" has PRK UKR 054
check "Ukraine condemns North Korea's decision (UKR -> PRK, 111)" has UKR PRK 111
check "Ukraine breaks diplomatic relations with North Korea (UKR -> PRK, 161)" has UKR PRK 161
check "Iran transferred weapons to Russia (IRN -> RUS, 072)" has IRN RUS 072
check "North Korea transferred weapons to Russia (PRK -> RUS, 072)" has PRK RUS 072
check "the UK accuses Russia (GBR -> RUS, 112)" has GBR RUS 112
check "Kim Jong Un: strengthen cooperation with Russia (PRK -> RUS, 03x)" has PRK RUS 03
check "Shoigu visits North Korea (RUSMIL -> PRK, 042)" has RUSMIL PRK 042
check "Shoigu meets in Pyongyang (RUSMIL -> PRK, 040/044/046)" \
    bash -c "$(declare -f has); tmp=$tmp; has RUSMIL PRK 040 || has RUSMIL PRK 044 || has RUSMIL PRK 046"
check "Russia turns to North Korea for help (RUS -> PRK, 02x)" has RUS PRK 02
check "Russia turns to Iran for help (RUS -> IRN, 02x)" has RUS IRN 02

if [[ $failures -ne 0 ]]; then
    echo "$failures of 11 seed events missing; events found:"
    cat "$tmp/events"
    exit 1
fi
echo "ok: all 11 seed events found"
