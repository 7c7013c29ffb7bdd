#!/usr/bin/env bash
# valgrind.sh: runs sitrep under valgrind's memcheck and fails on any memory error or
# leak: `sitrep code` on examples/ (JSON Lines, and on two threads in TSV), `sitrep code`
# on bad inputs (missing, binary and empty files, a malformed JSON line) and with a
# broken dictionary, `dict check` on broken dictionaries (lenient and strict), `sitrep
# validate` on broken PLOVER records, and on the shared TABARI suite and PLOVER records
# when present; with the tagger/parser model (SITREP_MODEL, else models/en_ud.model;
# skipped with a note without it): `sitrep parse` on raw text (one and two threads) and
# on CoNLL-U with a malformed sentence, a truncated model refused, and `sitrep code` with
# the tree coder.
# Skips (77) when valgrind is not installed, or when the binary was built with
# sanitizers (SITREP_SANITIZED=1 from CMake, or ASan symbols in the binary), which
# valgrind cannot run.
set -euo pipefail

: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "skipped: valgrind is not installed"
    exit 77
fi
if [[ ${SITREP_SANITIZED:-0} == 1 ]]; then
    echo "skipped: sitrep was built with sanitizers (SITREP_SANITIZED=1)"
    exit 77
fi
if { nm "$SITREP" 2>/dev/null; ldd "$SITREP" 2>/dev/null; } | grep -qE '__asan_init|libasan|__tsan_init|libtsan'; then
    echo "skipped: sitrep is linked with a sanitizer runtime"
    exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

VG_ERROR=99
failures=0
# vg NAME OK_STATUSES ARGS...: runs sitrep under valgrind; the exit status must be one of
# OK_STATUSES (comma-separated); valgrind's own status VG_ERROR means errors or leaks.
vg() {
    local name=$1 ok=$2
    shift 2
    local rc=0
    timeout 120 valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
        --error-exitcode=$VG_ERROR --log-file="$tmp/$name.vg" \
        "$SITREP" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
    if [[ $rc -eq $VG_ERROR ]]; then
        echo "FAIL [$name]: valgrind reports errors or leaks:"
        head -n 60 "$tmp/$name.vg"
        failures=$((failures + 1))
    elif [[ ",$ok," != *",$rc,"* ]]; then
        echo "FAIL [$name]: exit status $rc (expected $ok); stderr:"
        head -n 20 "$tmp/$name.err"
        head -n 20 "$tmp/$name.vg"
        failures=$((failures + 1))
    else
        echo "ok [$name] (status $rc)"
    fi
}

examples="$SITREP_SOURCE/examples"
vg code-jsonl 0 code --format jsonl "$examples/"
vg code-tsv-j2 0 code --format tsv -j 2 "$examples/"

# Error paths: every reject must free what it took.
printf 'abc\0def\n' >"$tmp/blob.bin"
: >"$tmp/empty.txt"
{
    echo '{"id": "a", "text": "France condemned Germany on Monday for the shelling of a border village."}'
    echo '{"id": "b", "text": broken'
    echo '{"id": "c"}'
} >"$tmp/bad.jsonl"
vg code-bad-inputs 1 code "$tmp/blob.bin" "$tmp/empty.txt" "$tmp/missing.txt" "$tmp/bad.jsonl" \
    "$examples/articles.jsonl"
printf 'FREEDONIA_ [FRE]\nARNOR [ARN\n' >"$tmp/bad.actors"
printf 'CONDEMN_ [111]\n' >"$tmp/ok.verbs"
vg dict-check-bad 1 dict check --actors "$tmp/bad.actors" --verbs "$tmp/ok.verbs"
vg dict-check-strict 2 dict check --strict-dict --actors "$tmp/bad.actors" --verbs "$tmp/ok.verbs"
vg code-bad-dict 0,1 code --actors "$tmp/bad.actors" --verbs "$tmp/ok.verbs" "$examples/"
vg dict-check-own 0 dict check
data="$SITREP_SOURCE/tests/data"
vg validate-plover-broken 1 validate --actors "$data/plover_invented.actors" \
    --verbs "$data/plover_invented.verbs" "$data/plover_broken.json"

project="${SITREP_SHARED:-}/conformance/tabari/Validate.project"
if [[ -n "${SITREP_SHARED:-}" && -f "$project" ]]; then
    # validate exits 1 when some record fails; that is judged by tabari_validate.sh
    vg validate 0,1 validate "$project"
else
    echo "note: shared TABARI suite absent, validate not run under valgrind"
fi
plover="${SITREP_SHARED:-}/conformance/plover/PLOVER_GSR_CAMEO.dev.json"
if [[ -n "${SITREP_SHARED:-}" && -f "$plover" ]]; then
    vg validate-plover 0,1 validate "$plover"
fi

# The tagger, the parser and the tree coder, when the model is there.
model="${SITREP_MODEL:-$SITREP_SOURCE/models/en_ud.model}"
if [[ -f $model ]]; then
    export SITREP_MODEL="$model"
    vg parse-text 0 parse "$examples/01-japan-korea-talks.txt"
    vg parse-text-j2 0 parse -j 2 "$examples/02-kenya-ethiopia-visit.txt"
    printf 'The \xff minister visited Paris.\n' >"$tmp/bad-utf8.txt"
    vg parse-bad-utf8 1 parse "$tmp/bad-utf8.txt"
    {
        printf '# sent_id = 1\n1\tRebels\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
        printf '# sent_id = 2\n1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n3\tbad\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
        printf '# sent_id = 3\n1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n2\tresumed\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
    } >"$tmp/mixed.conllu"
    vg parse-conllu 1 parse --input conllu "$tmp/mixed.conllu"
    head -c 5000 "$model" >"$tmp/truncated.model"
    vg parse-truncated-model 2 parse --model "$tmp/truncated.model" "$examples/01-japan-korea-talks.txt"
    vg code-tree 0 code --model "$model" --format jsonl --date 2026-01-05 "$examples/"
    vg code-tree-j2 0 code --format tsv -j 2 "$examples/articles.jsonl"
else
    echo "note: no model at $model: parse and the tree coder not run under valgrind"
fi

if [[ $failures -ne 0 ]]; then
    echo "$failures run(s) failed under valgrind"
    exit 1
fi
echo "ok: no memory errors or leaks"
