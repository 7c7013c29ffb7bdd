# checks.bash: the checking helpers of the CLI tests that run sitrep case by case (sourced
# by bad_input.sh and plover_scorer.sh; it exits 77 when run alone). It moves into a
# temporary folder (removed at exit), and gives: run ARGS... (sitrep's stdout in ./out,
# stderr in ./err, status in $rc, a sanitizer report counted as a failure), fail, the
# expect_* checks, need_model (the tagger/parser model, or skip) and finish (the
# verdict). Each check names the current $case_name.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    exit 77
fi

# A sanitizer report (sanitized builds) must not pass for an ordinary exit status 1.
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

: "${SITREP:?SITREP must name the sitrep binary}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

failures=0
fail() {
    echo "FAIL [$case_name]: $*"
    failures=$((failures + 1))
}
# run ARGS...: runs sitrep, leaving stdout in out, stderr in err and the status in rc.
run() {
    rc=0
    "$SITREP" "$@" >out 2>err || rc=$?
    sanitizer_check
}
sanitizer_check() {
    if grep -qE 'runtime error:|Sanitizer' err; then
        fail "a sanitizer reported an error: $(grep -m 3 -E 'runtime error:|Sanitizer' err)"
    fi
}
expect_rc() {
    [[ $rc -eq $1 ]] || fail "exit status $rc, expected $1; stderr: $(head -c 600 err)"
}
expect_err() { # a fixed string that stderr must contain
    grep -qF -- "$1" err || fail "stderr does not mention '$1'; stderr: $(head -c 600 err)"
}
expect_out() { # a fixed string that stdout must contain
    grep -qF -- "$1" out || fail "stdout lacks '$1'; stdout: $(head -c 600 out)"
}
expect_line() { # a whole line that stdout must hold
    grep -qxF -- "$1" out || fail "stdout lacks the line '$1'; stdout: $(head -c 3000 out)"
}
expect_no_out() {
    [[ ! -s out ]] || fail "stdout should be empty; it holds: $(head -c 300 out)"
}
# need_model: sets and exports SITREP_MODEL to the model sitrep would load without
# --model (SITREP_MODEL, else the source tree's models/en_ud.model, the compiled-in
# path); exits 77 (skipped) with a message when that file does not exist.
need_model() {
    local m="${SITREP_MODEL:-${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}/models/en_ud.model}"
    if [[ ! -f $m ]]; then
        echo "skipped: no tagger/parser model at $m (make model, or set SITREP_MODEL)"
        exit 77
    fi
    export SITREP_MODEL="$m"
}
# finish WHAT: exits 1 when a check failed, else says that all WHAT checks passed.
finish() {
    if [[ $failures -ne 0 ]]; then
        echo "$failures check(s) failed"
        exit 1
    fi
    echo "ok: all $1 checks passed"
}
