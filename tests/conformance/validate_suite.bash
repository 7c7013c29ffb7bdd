# validate_suite.bash: the body shared by the conformance tests (sourced, not run by
# CTest). validate_suite NAME SUITE_FILE MIN_PASSED runs `sitrep validate` on a peer's
# suite, prints the per-group table and the "N passed, N failed" line, and fails when
# fewer than MIN_PASSED of the judged records pass (the floors sit at today's counts, so
# that one record lost fails). `sitrep validate` exits 1
# whenever any record fails, so the verdict comes from the counts, not the exit status.
# Skips (77) when the suite file is absent (no shared reference folder).
# validate_run NAME SUITE_FILE is the part before the verdict, for tests that judge by
# another figure: it runs and checks the run, leaves the output in "$tmp/out" and the
# counts in $passed and $failed.

# A sanitizer report (sanitized builds) must not pass for an ordinary exit status 1.
export ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

validate_run() {
    local name=$1 suite=$2
    : "${SITREP:?SITREP must name the sitrep binary}"
    if [[ -z "${SITREP_SHARED:-}" || ! -f "$suite" ]]; then
        echo "skipped: the shared $name suite is not available (SITREP_SHARED='${SITREP_SHARED:-}')"
        exit 77
    fi

    tmp=$(mktemp -d)
    # shellcheck disable=SC2064
    trap "rm -rf '$tmp'" EXIT

    local rc=0
    "$SITREP" validate "$suite" >"$tmp/out" 2>"$tmp/err" || rc=$?

    # The table starts at its "group ..." or "category ..." header and runs to the end.
    sed -n '/^\(group\|category\)[[:space:]]/,$p' "$tmp/out"
    if [[ -s "$tmp/err" ]]; then
        echo "--- stderr (first 20 lines) ---"
        head -n 20 "$tmp/err"
    fi

    if grep -qE 'runtime error:|Sanitizer' "$tmp/err"; then
        echo "FAIL: a sanitizer reported an error (exit status $rc)"
        exit 1
    fi
    if [[ $rc -ne 0 && $rc -ne 1 ]]; then
        echo "FAIL: sitrep validate exited with status $rc (0 or 1 expected)"
        exit 1
    fi

    local last
    last=$(tail -n 1 "$tmp/out")
    if [[ ! $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        echo "FAIL: the last line is not 'N passed, N failed': '$last'"
        exit 1
    fi
    passed=${BASH_REMATCH[1]} failed=${BASH_REMATCH[2]}
    if [[ $((passed + failed)) -eq 0 ]]; then
        echo "FAIL: no records were judged"
        exit 1
    fi
    if [[ $rc -eq 1 && $failed -eq 0 ]]; then
        echo "FAIL: exit status 1 although no record failed"
        exit 1
    fi
    if [[ $rc -eq 0 && $failed -ne 0 ]]; then
        echo "FAIL: exit status 0 although $failed record(s) failed"
        exit 1
    fi
}

validate_suite() {
    local min_passed=$3
    validate_run "$1" "$2"
    local total=$((passed + failed))
    local rate
    rate=$(awk -v p="$passed" -v t="$total" 'BEGIN { printf "%.1f", 100 * p / t }')
    if ((passed < min_passed)); then
        echo "FAIL: $passed of $total records pass ($rate%), fewer than $min_passed"
        exit 1
    fi
    echo "ok: $passed of $total records pass ($rate%), at least $min_passed"
}
