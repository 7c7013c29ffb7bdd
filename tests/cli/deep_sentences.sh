#!/usr/bin/env bash
# deep_sentences.sh: long and deeply nested sentences are tagged, parsed and coded with the
# tree coder in bounded time: a 500-word sentence, 200 nested relative clauses, 200 nested
# parentheses, 600 nested "said that" clauses (a clause once took in all the clauses nested
# in it: quadratic time), 200 nested quotations and a 2000-word
# sentence of coordinated actors. Each `sitrep parse` and `sitrep code` (our lexicon and
# the model) must finish under `timeout 20` with status 0 and well-formed output; a 1 MB
# line without a sentence end (2 MB) must be coded under `timeout 60`. The test asserts
# completion, not a speed. Needs the model (skipped without it).
set -euo pipefail

source "$(dirname "$0")/checks.bash"
need_model

# the sentences, one file each
{
    words=(France condemned Germany and the minister visited Paris while rebels attacked
           the town near the border on Monday)
    for ((i = 0; i < 500; i++)); do printf '%s ' "${words[i % ${#words[@]}]}"; done
    printf 'today.\n'
} >long500.txt
# nested HEAD OPEN N MIDDLE CLOSE TAIL: HEAD, N times OPEN, MIDDLE, N times CLOSE, TAIL
nested() {
    local i
    printf '%s' "$1"
    for ((i = 0; i < $3; i++)); do printf '%s' "$2"; done
    printf '%s' "$4"
    for ((i = 0; i < $3; i++)); do printf '%s' "$5"; done
    printf '%s\n' "$6"
}
nested 'The minister' ' who met the envoy' 200 ' condemned Germany on Monday.' '' '' >relative200.txt
nested 'France condemned' ' (Germany' 200 ' and Russia' ')' ' on Monday.' >paren200.txt
nested 'France said that' ' Germany said that' 600 ' Russia attacked Ukraine.' '' '' >said200.txt
nested 'The minister said' ' "Germany warned' 200 ' Russia' '"' '.' >quote200.txt
{
    countries=(France Germany Russia Ukraine Japan China Kenya Egypt Canada Brazil India)
    for ((i = 0; i < 1000; i++)); do printf '%s, ' "${countries[i % ${#countries[@]}]}"; done
    printf 'and Iran condemned'
    for ((i = 0; i < 1000; i++)); do printf ' %s,' "${countries[i % ${#countries[@]}]}"; done
    printf ' and Israel.\n'
} >conj2000.txt

for f in long500 relative200 paren200 said200 quote200 conj2000; do
    case_name="parse $f"
    rc=0
    timeout 20 "$SITREP" parse "$f.txt" >out 2>err || rc=$?
    sanitizer_check
    expect_rc 0
    words=$(awk -F'\t' 'NF == 10' out | wc -l)
    [[ $words -gt 200 ]] || fail "only $words words parsed"
    bad=$(awk -F'\t' 'NF == 10 && ($7 !~ /^[0-9]+$/ || $8 == "_")' out | head -n 3)
    [[ -z $bad ]] || fail "words without a head or relation: $bad"

    case_name="code $f"
    rc=0
    timeout 20 "$SITREP" code --date 2026-01-05 -f jsonl "$f.txt" >out 2>err || rc=$?
    sanitizer_check
    expect_rc 0
done
# A line with no sentence end, 2 MB (300,000 words, 48,000 speech verbs; 500 KB in a
# sanitized build, several times slower): coding it was quadratic (every event searched
# all earlier events of its sentence, and the status and attribution of each event
# scanned back to the sentence start), over a minute of CPU for 2 MB; now linear, seconds.
case_name="code a long line without a sentence end"
lines=24000
[[ ${SITREP_SANITIZED:-0} == 1 ]] && lines=6000
(set +o pipefail
 yes 'France said Germany attacked Ukraine, officials said, and Russia denied it while' |
     head -n $lines | tr '\n' ' ') >nobreak.txt
rc=0
timeout 60 "$SITREP" code --date 2026-01-05 -f tsv nobreak.txt >out 2>err || rc=$?
sanitizer_check
expect_rc 0
grep -qP '\tDEU\tUKR\t' out || fail "no DEU UKR event: $(head -c 300 out)"

# the 500-word sentence holds "France condemned Germany" (CAMEO 111)
case_name="code long500 finds its events"
timeout 20 "$SITREP" code --date 2026-01-05 -f tsv long500.txt >out 2>err || true
grep -qP '\tFRA\tDEU\t111\t' out || fail "no FRA DEU 111 event: $(head -c 300 out)"

finish "deep sentence"
