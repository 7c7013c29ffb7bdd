#!/usr/bin/env bash
# parse_lemmas.sh: lemmas of verbs whose ending a learnt suffix rule would cut wrongly.
# A rule learnt from a doubled consonant ("robbed" -> "rob") must not strip the last
# letter of a word whose consonant is not doubled ("bombed" -> "bomb", not "bom"), while
# doubled ones are still undoubled ("grabbed" -> "grab", "stopping" -> "stop"); a rule that
# strips "ed" or "ing" from a one-syllable stem of one vowel and one consonant gives the
# stem its silent "e" ("blamed" -> "blame", "voting" -> "vote"), not where two vowels or
# two consonants end it ("claimed" -> "claim", "warned" -> "warn"). A rule that strips
# only the ending of a word whose consonant is doubled undoubles it ("stabbed" -> "stab",
# "expelled" -> "expel" in a stem of two syllables; "killed" and "shelled" keep theirs),
# and a consonant and "l" end in a silent "e" ("toppled" -> "topple"). Needs the model
# (skipped without it).
set -euo pipefail

source "$(dirname "$0")/checks.bash"
need_model

case_name="suffix-rule lemmas"
printf 'Israel bombed the base. They absorbed the costs. They disturbed nobody. They climbed hills. Thieves grabbed the bags. Police are stopping cars. Azerbaijan blamed Armenia. People are voting. Iran claimed it. Russia warned Britain. Police stabbed him. They plotted a coup. Russia expelled diplomats. Protesters toppled the statue. Troops killed ten. Russia shelled Kharkiv. Officials handled it. Police patrolled the area.\n' >in.txt
rc=0
"$SITREP" parse in.txt >out 2>err || rc=$?
sanitizer_check
expect_rc 0
lemma_of() { awk -F'\t' -v f="$1" '$2 == f { print $3; exit }' out; }
for pair in bombed:bomb absorbed:absorb disturbed:disturb climbed:climb grabbed:grab stopping:stop \
    blamed:blame voting:vote claimed:claim warned:warn stabbed:stab plotted:plot expelled:expel \
    toppled:topple killed:kill shelled:shell handled:handle patrolled:patrol; do
    form=${pair%%:*}
    want=${pair#*:}
    got=$(lemma_of "$form")
    [[ $got == "$want" ]] || fail "lemma of '$form' is '$got', expected '$want'"
done

finish "parse lemmas"
