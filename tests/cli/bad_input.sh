#!/usr/bin/env bash
# bad_input.sh: `sitrep code` and `sitrep dict check` facing bad input. Each case is a
# separate check: invalid UTF-8 (coded, warned about, exit 0); a binary file, an empty
# file, a missing file and a missing directory among good articles (the good ones are
# coded, the bad one is named, exit 1); a 10 MB line without a newline (no crash); a
# dictionary with an unclosed bracket (file:line named; skipped by default, exit 2 with
# --strict-dict) and a missing dictionary (exit 2); a malformed JSON Lines line (named
# as file:line, the other lines coded); bad options (exit 2); `dict check` on good and
# bad dictionaries; a synonym set that names itself inside its own choices (coded in
# bounded time).
# The articles and dictionaries are small invented ones written into a temporary folder.
set -euo pipefail

source "$(dirname "$0")/checks.bash"

expect_crash_free() {
    if [[ $rc -ge 124 ]]; then
        fail "status $rc (timeout or signal); stderr: $(head -c 600 err)"
    fi
}

# ---- the invented dictionaries and articles ----
cat >ok.actors <<'DICT'
# two invented countries
FREEDONIA_ [FRE]
+FREEDONIAN_
SYLVANIA_ [SYL]
+SYLVANIAN_
DICT
cat >ok.verbs <<'DICT'
CONDEMN_ [111]
MEET_ [---]
{MET_}
- * WITH + [040]
DICT
dicts=(--actors ok.actors --verbs ok.verbs)

# Sentences have at least 8 words: the coder's default minimum.
article() { # article ID SENTENCE -> ID.txt
    printf 'id: %s\ndate: 2024-05-06\n\n%s\n' "$1" "$2" >"$1.txt"
}
article good1 "Freedonia condemned Sylvania on Monday for the shelling of a village."
article good2 "Sylvania met with Freedonia in a neutral capital on Tuesday evening."
# TSV lines are: date source target code record-id
event1=$'20240506\tFRE\tSYL\t111\tgood1'
# "on Tuesday" in an article of Monday 2024-05-06 is Tuesday 2024-04-30
event2=$'20240430\tSYL\tFRE\t040\tgood2'

# ---- the cases ----

case_name="baseline"
run code "${dicts[@]}" -f tsv good1.txt good2.txt
expect_rc 0
expect_out "$event1"
expect_out "$event2"

case_name="invalid UTF-8"
printf 'id: utf8\ndate: 2024-05-06\n\nFreedonia condemned \xff\xfe Sylvania on Monday for the shelling of a \xc3 village.\n' >bad-utf8.txt
run code "${dicts[@]}" -f tsv bad-utf8.txt
expect_rc 0
expect_err "bad-utf8.txt"
expect_err "invalid UTF-8"
expect_out $'20240506\tFRE\tSYL\t111\tutf8'

case_name="invalid UTF-8, our own lexicon"
printf 'date: 2024-05-06\n\nFrance condemned \xe2\x82 Germany on Monday for the shelling of a border village.\n' >own-utf8.txt
run code -f tsv own-utf8.txt
expect_rc 0
expect_err "own-utf8.txt"
expect_out $'20240506\tFRA\tDEU\t111\town-utf8'

case_name="binary file among good ones"
printf 'Freedonia\0condemned\0Sylvania\0\x01\x02\x03 binary junk\n' >blob.bin
run code "${dicts[@]}" -f tsv good1.txt blob.bin good2.txt
expect_rc 1
expect_err "blob.bin"
expect_out "$event1"
expect_out "$event2"

case_name="empty file among good ones"
: >empty.txt
printf ' \n\n\t\n' >blank.txt
run code "${dicts[@]}" -f tsv good1.txt empty.txt blank.txt good2.txt
expect_rc 1
expect_err "empty.txt"
expect_err "blank.txt"
expect_out "$event1"
expect_out "$event2"

case_name="10 MB line of one letter, no newline"
head -c 10000000 /dev/zero | tr '\0' 'a' >huge-token.txt
rc=0
timeout 60 "$SITREP" code "${dicts[@]}" -f tsv huge-token.txt >out 2>err || rc=$?
sanitizer_check
expect_crash_free
expect_rc 0

case_name="10 MB line of sentences, no newline"
sentence="Freedonia condemned Sylvania over the incident near the river. "
(set +o pipefail; yes "$sentence" | tr -d '\n' | head -c 10000000) >huge-line.txt
rc=0
timeout 60 "$SITREP" code "${dicts[@]}" -f jsonl huge-line.txt >out 2>err || rc=$?
sanitizer_check
expect_crash_free
expect_rc 0
# every complete sentence is a mention of the one (merged) event
want=$((10000000 / ${#sentence}))
got=$(python3 -c 'import json,sys; print(sum(json.loads(l)["mentions"] for l in sys.stdin))' <out)
[[ $got -ge $want ]] || fail "$got mentions from $want complete sentences"

case_name="a synonym set that names itself inside its own choices"
# each member names the set again in a choice: walking every member at every level took
# hours (a fuzzer's find); each sequence is resolved once
cat >selfref.verbs <<'DICT'
<SYNSETS>
&ARMS
+ARMS_
+X { &ARMS | A &ARMS | B &ARMS | E &ARMS }
+Y { &ARMS | C &ARMS | D &ARMS | F &ARMS }
+Z { &ARMS | G &ARMS | H &ARMS | I &ARMS }
</SYNSETS>
CONDEMN_ [111]
- * + WITH &ARMS [112]
DICT
rc=0
echo "Freedonia condemned Sylvania over the incident near the river." >selfref.txt
timeout 20 "$SITREP" code --actors ok.actors --verbs selfref.verbs -f tsv --date 2024-05-06 selfref.txt \
    >out 2>err || rc=$?
sanitizer_check
expect_crash_free
expect_rc 0
expect_out $'20240506\tFRE\tSYL\t111'

case_name="missing file and missing directory among good ones"
run code "${dicts[@]}" -f tsv good1.txt no-such-file.txt no-such-dir/ good2.txt
expect_rc 1
expect_err "no-such-file.txt"
expect_err "no-such-dir/"
expect_out "$event1"
expect_out "$event2"

case_name="a good directory with a bad file inside"
mkdir -p corpus
cp good1.txt good2.txt corpus/
cp blob.bin empty.txt corpus/
run code "${dicts[@]}" -f tsv corpus
expect_rc 1
expect_err "blob.bin"
expect_err "empty.txt"
expect_out "$event1"
expect_out "$event2"

case_name="dictionary with an unclosed bracket (lenient loading)"
# Malformed dictionary lines are listed as file:line and skipped; the rest of the
# dictionary is used, so the article is still coded.
printf '# two good entries, then a broken one\nFREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nARNOR [ARN\n' >bad.actors
run code --actors bad.actors --verbs ok.verbs -f tsv good1.txt
[[ $rc -eq 0 || $rc -eq 1 ]] || fail "exit status $rc, expected 0 or 1; stderr: $(head -c 600 err)"
expect_err "bad.actors:4"
expect_err "unclosed"
expect_out "$event1"

case_name="dictionary with an unclosed bracket, --strict-dict"
run code --strict-dict --actors bad.actors --verbs ok.verbs good1.txt
expect_rc 2
expect_err "bad.actors:4"
expect_err "unclosed"
expect_no_out

case_name="missing dictionary file"
run code --actors missing.actors --verbs ok.verbs good1.txt
expect_rc 2
expect_err "missing.actors"
expect_no_out

case_name="malformed JSON Lines line"
{
    printf '{"id": "j1", "date": "2024-05-06", "text": "Freedonia condemned Sylvania on Monday for the shelling of a village."}\n'
    printf '{"id": "j2", "text": not quoted}\n'
    printf '{"id": "j3", "date": "2024-05-07", "text": "Sylvania met with Freedonia in a neutral capital on Tuesday evening."}\n'
} >batch.jsonl
run code "${dicts[@]}" -f tsv batch.jsonl
expect_rc 1
expect_err "batch.jsonl:2"
expect_out $'20240506\tFRE\tSYL\t111\tj1'
expect_out $'20240507\tSYL\tFRE\t040\tj3'

case_name="unknown output format"
run code -f nonsense good1.txt
expect_rc 2
expect_err "nonsense"
expect_no_out

case_name="impossible --date"
run code --date 2023-13-45 good1.txt
expect_rc 2
expect_err "2023-13-45"
expect_no_out

case_name="dict check, good dictionaries"
run dict check "${dicts[@]}"
expect_rc 0
# the count is of actor phrases: two names and two adjectives
grep -Eq '^actors +4$' out || fail "expected 'actors 4'; stdout: $(cat out)"
grep -Eq '^patterns +1$' out || fail "expected 'patterns 1'; stdout: $(cat out)"
grep -Eq '^problems +0$' out || fail "expected 'problems 0'; stdout: $(cat out)"

case_name="dict check, our own lexicon"
run dict check
expect_rc 0
grep -Eq '^actors +[1-9][0-9]*$' out || fail "no actor count; stdout: $(cat out)"
grep -Eq '^verb forms +[1-9][0-9]*$' out || fail "no verb count; stdout: $(cat out)"

case_name="dict check, bad dictionary"
# lenient: the problem is listed and counted, and the exit status is 1
run dict check --actors bad.actors --verbs ok.verbs
expect_rc 1
expect_err "bad.actors:4"
grep -Eq '^problems +1$' out || fail "expected 'problems 1'; stdout: $(cat out)"

case_name="dict check, bad dictionary, --strict-dict"
run dict check --strict-dict --actors bad.actors --verbs ok.verbs
expect_rc 2
expect_err "bad.actors:4"

case_name="dict check, a verb form listed under two verbs"
# the second MEET_ would never be reached: a conflict, named by both lines, exit 1
cat >twice.verbs <<'DICT'
CONDEMN_ [111]
MEET_ [---]
{MET_}
- * WITH + [040]
HOST_ [042]
MEET_ [043]
DICT
run dict check --actors ok.actors --verbs twice.verbs
expect_rc 1
expect_err "twice.verbs:6: conflicts with the codes of the entry at"
expect_err "twice.verbs:2"
grep -Eq '^conflicts +1$' out || fail "expected 'conflicts 1'; stdout: $(cat out)"

case_name="dict check, missing dictionary"
run dict check --actors missing.actors --verbs ok.verbs
expect_rc 2
expect_err "missing.actors"

finish bad-input
