#!/usr/bin/env bash
# determinism.sh: the output of `sitrep code` depends only on its input, not on -j.
# Codes examples/ with -j 1, 2 and 4 in JSON Lines, TSV and table form and requires
# byte-identical outputs; does the same on a larger corpus (copies of the examples,
# enough articles to fill more than one coding batch). Also checks that an article read
# from standard input (`cat FILE | sitrep code`, and `sitrep code -`) gives the same
# bytes as the file itself, for a plain-text article with a header block and for the
# JSON Lines example.
set -euo pipefail

# A sanitizer report (sanitized builds) must not pass for an ordinary exit status 1.
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
examples="$SITREP_SOURCE/examples"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# code OUTFILE ARGS...: runs sitrep code; a non-zero exit status is a failure here.
code() {
    local outfile=$1
    shift
    local rc=0
    "$SITREP" code "$@" >"$outfile" 2>"$tmp/stderr" || rc=$?
    if [[ $rc -ne 0 ]]; then
        fail "sitrep code $* exited with status $rc: $(head -c 600 "$tmp/stderr")"
    fi
}

same() { # same A B WHAT
    if ! cmp -s "$1" "$2"; then
        fail "$3 differ:"
        diff "$1" "$2" | head -n 20 || true
    fi
}

# compare_threads NAME INPUT FORMAT...: -j 1 against -j 2 and -j 4, in each output format.
compare_threads() {
    local name=$1 input=$2 fmt j
    shift 2
    for fmt in "$@"; do
        code "$tmp/$name.j1.$fmt" -f "$fmt" -j 1 "$input"
        if [[ $(wc -l <"$tmp/$name.j1.$fmt") -lt 2 ]]; then
            fail "$name: -f $fmt -j 1 produced almost nothing; the comparison would prove nothing"
        fi
        for j in 2 4; do
            code "$tmp/$name.j$j.$fmt" -f "$fmt" -j "$j" "$input"
            same "$tmp/$name.j1.$fmt" "$tmp/$name.j$j.$fmt" "$name: -f $fmt outputs of -j 1 and -j $j"
        done
    done
}

compare_threads examples "$examples" jsonl tsv table

# A corpus larger than one batch of articles (the coder works in batches of 512).
mkdir "$tmp/corpus"
for copy in $(seq -w 1 90); do
    for f in "$examples"/*.txt; do
        cp "$f" "$tmp/corpus/$copy-$(basename "$f")"
    done
done
for copy in $(seq 1 40); do
    sed "s/\"id\": *\"\\([^\"]*\\)\"/\"id\": \"\\1-$copy\"/" "$examples/articles.jsonl"
done >"$tmp/corpus/many.jsonl"
# (JSON Lines only: the formats were compared on examples/, and every article here goes
# through the tagger, the parser and the tree coder, which sanitized builds run slowly.)
compare_threads corpus "$tmp/corpus" jsonl

# Standard input against the file: a plain-text article with a header block (the id
# header names the document, as the file name would).
article="$tmp/stdin-article.txt"
first=$(ls "$examples"/*.txt | head -n 1)
{
    echo "id: stdin-article"
    cat "$first"
} >"$article"
for fmt in jsonl tsv; do
    code "$tmp/file.$fmt" -f "$fmt" "$article"
    [[ -s "$tmp/file.$fmt" ]] || fail "the article coded no events (-f $fmt); choose another"
    rc=0
    cat "$article" | "$SITREP" code -f "$fmt" >"$tmp/pipe.$fmt" 2>"$tmp/stderr" || rc=$?
    [[ $rc -eq 0 ]] || fail "cat | sitrep code -f $fmt exited with status $rc"
    same "$tmp/file.$fmt" "$tmp/pipe.$fmt" "file and piped stdin (-f $fmt)"
    code "$tmp/dash.$fmt" -f "$fmt" - <"$article"
    same "$tmp/file.$fmt" "$tmp/dash.$fmt" "file and 'sitrep code -' (-f $fmt)"
done

# The JSON Lines example through standard input (recognised by its leading '{').
code "$tmp/file.jsonl-in" "$examples/articles.jsonl"
rc=0
cat "$examples/articles.jsonl" | "$SITREP" code >"$tmp/pipe.jsonl-in" 2>"$tmp/stderr" || rc=$?
[[ $rc -eq 0 ]] || fail "cat articles.jsonl | sitrep code exited with status $rc"
same "$tmp/file.jsonl-in" "$tmp/pipe.jsonl-in" "JSON Lines file and piped stdin"

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "ok: outputs identical across -j 1/2/4 and between files and stdin"
