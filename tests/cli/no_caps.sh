#!/usr/bin/env bash
# no_caps.sh: no silent limits on the number of inputs: `sitrep code` codes 4,200 files
# named on its command line (once stopped at 4,096 without a word), and a lexicon folder of
# more than 256 dictionary files loads them all (the actor of the last one, in name order,
# is coded). Uses the shallow engine, so no model is needed.
set -u
: "${SITREP:?}" "${SITREP_SOURCE:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

mkdir "$tmp/in"
for i in $(seq 1 4200); do
    printf 'Canada imposed new economic sanctions on Belarus over the disputed election.\n' >"$tmp/in/a$i.txt"
done
rc=0
(cd "$tmp/in" && "$SITREP" code --shallow --date 2024-09-03 --format tsv a*.txt) \
    >"$tmp/out" 2>"$tmp/err" || rc=$?
[ $rc -eq 0 ] || fail "sitrep code on 4,200 files exited $rc: $(head -c 300 "$tmp/err")"
n=$(grep -c $'^20240903\tCAN\tBLR.*\t163\t' "$tmp/out")
[ "$n" -eq 4200 ] || fail "4,200 files coded into $n CAN-BLR 163 events (want 4,200): $(head -3 "$tmp/out")"

mkdir "$tmp/lex"
cp "$SITREP_SOURCE"/lexicon/*.actors "$SITREP_SOURCE"/lexicon/*.txt "$tmp/lex/"
for i in $(seq -w 1 300); do
    printf 'ZEDLAND%s_ [Z%s]\n' "$i" "$i" >"$tmp/lex/zz$i.actors"
done
rc=0
printf 'Zedland300 strongly criticized Canada over its policy on the disputed election.\n' |
    SITREP_LEXICON="$tmp/lex" "$SITREP" code --shallow --date 2024-09-03 --format tsv \
    >"$tmp/out" 2>"$tmp/err" || rc=$?
[ $rc -eq 0 ] || fail "a lexicon of 308 files: exit $rc: $(head -c 300 "$tmp/err")"
grep -qP '^20240903\tZ300\tCAN\t' "$tmp/out" ||
    fail "the actor of the 308th lexicon file was not coded: $(head -c 300 "$tmp/out") $(head -c 300 "$tmp/err")"
[ $failures -eq 0 ] || exit 1
echo "no_caps: 4,200 files coded; a lexicon of 308 files read whole"
