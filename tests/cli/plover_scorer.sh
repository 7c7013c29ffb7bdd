#!/usr/bin/env bash
# plover_scorer.sh: `sitrep validate` on PLOVER gold-standard records, checked against
# figures worked out by hand. tests/data/plover_invented.json holds seven invented records
# coded with tests/data/plover_invented.{actors,verbs} (invented countries, one verb per
# CAMEO code needed), each the case its "comment" names: two sources and no target (two
# expected events), JAP in the record against JPN coded, a wrong category (a miss and a
# wrong event), a lone source with no target, 0813 (CONCEDE by the GSR's table), a 010
# event (not scored) and three targets of two countries (two expected events). By hand:
# 9 expected, 7 coded, 6 correct (recall 6/9, precision 6/7, F1 12/16); 4 records pass.
# tests/data/plover_broken.json: two good records among four broken ones (malformed JSON,
# no text, a target that is a number, an actor without a code), each named on stderr with
# its line, index and id, the good ones still scored, exit status 1. Then --min-f1, and a
# .json file that is not PLOVER records.
set -euo pipefail

: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
data="$SITREP_SOURCE/tests/data"
dicts=(--actors "$data/plover_invented.actors" --verbs "$data/plover_invented.verbs")
source "$(dirname "$0")/checks.bash"

case_name="invented records"
run validate "${dicts[@]}" "$data/plover_invented.json"
expect_rc 1
expect_line "SUPPORT             0      1        0   0.000      0.000  0.000       0       0"
expect_line "CONCEDE             1      1        1   1.000      1.000  1.000       1       0"
expect_line "RETREAT             1      0        0   0.000      0.000  0.000       0       1"
expect_line "DEMAND              1      0        0   0.000      0.000  0.000       0       1"
expect_line "DISAPPROVE          5      5        5   1.000      1.000  1.000       3       0"
expect_line "THREATEN            1      0        0   0.000      0.000  0.000       0       1"
expect_line "all                 9      7        6   0.667      0.857  0.750       4       3"
expect_line "(1 coded event(s) of CAMEO roots 01 and 02, which PLOVER drops, not scored)"
expect_line "events: 9 expected, 7 coded, 6 correct; recall 0.667, precision 0.857, F1 0.750"
[[ $(tail -n 1 out) == "4 passed, 3 failed" ]] || fail "last line: '$(tail -n 1 out)'"
failed_ids=$(sed -n 's/^FAIL  \([^ ]*\) .*/\1/p' out | tr '\n' ' ')
[[ $failed_ids == "inv-wrong-category inv-lone-source inv-root01 " ]] ||
    fail "failing records: '$failed_ids'"
expect_line "      text:     Grand Fenwick praised Freedonia for its restraint during the long crisis."
expect_line "      expected: { GFW / FRE / THREATEN }"
expect_line "      got:      { GFW / FRE / SUPPORT }"
expect_line "      expected: { SYL / --- / RETREAT }"
expect_line "      got:      no events [not scored: FRE SYL 010]"
[[ ! -s err ]] || fail "unexpected stderr: $(head -c 600 err)"

case_name="invented records, --verbose"
run validate --verbose "${dicts[@]}" "$data/plover_invented.json"
expect_rc 1
expect_line "pass  inv-two-sources [DISAPPROVE]"
expect_line "      expected: { FRE / SYL / DISAPPROVE } { SYL / FRE / DISAPPROVE }"
expect_line "      got:      { FRE / SYL / DISAPPROVE } (FRE SYL 111) { SYL / FRE / DISAPPROVE } (SYL FRE 111)"
expect_line "      got:      { JPN / SYL / DISAPPROVE } (JPN SYL 111)"
expect_line "      expected: { SYL / FRE / DISAPPROVE } { SYL / GFW / DISAPPROVE }"
expect_line "      got:      { FRE / SYL / CONCEDE } (FRE SYL 0813)"

case_name="--min-f1 reached"
run validate --min-f1 0.75 "${dicts[@]}" "$data/plover_invented.json"
expect_rc 0
case_name="--min-f1 missed"
run validate --min-f1 0.76 "${dicts[@]}" "$data/plover_invented.json"
expect_rc 1
expect_err "F1 0.750 is below --min-f1 0.760"
case_name="--min-f1 not a number"
run validate --min-f1 high "$data/plover_invented.json"
expect_rc 2

case_name="broken records"
run validate "${dicts[@]}" "$data/plover_broken.json"
expect_rc 1
expect_err "plover_broken.json:4: record 2 (bad-syntax): malformed JSON"
expect_err "plover_broken.json:6: record 3 (no-text): no \"text\" string"
expect_err "plover_broken.json:7: record 4 (bad-target): \"target\" is neither a list"
expect_err "plover_broken.json:9: record 5 (#5): source 1 has no \"code\" string"
expect_line "events: 2 expected, 2 coded, 2 correct; recall 1.000, precision 1.000, F1 1.000"
[[ $(tail -n 1 out) == "2 passed, 0 failed" ]] || fail "last line: '$(tail -n 1 out)'"
case_name="broken records, --min-f1 reached"
run validate --min-f1 0.5 "${dicts[@]}" "$data/plover_broken.json"
expect_rc 1

case_name="one-line file cut short"
printf '[{"id": "a", "source": [{"code": "FRE"}], "event": "AGREE", "text": "x"}, {"id": "b", "source"' >cut.json
run validate "${dicts[@]}" cut.json
expect_rc 1
expect_err "cut.json:1: record 2 (b): malformed JSON"
[[ $(tail -n 1 out) == "0 passed, 1 failed" ]] || fail "last line: '$(tail -n 1 out)'"

case_name="a .json file that is not PLOVER records"
printf '{"id": "x", "text": "Freedonia condemned Sylvania."}\n' >other.json
run validate "${dicts[@]}" other.json
expect_rc 2
expect_err "other.json: not PLOVER gold-standard records"

finish "PLOVER scorer"
