#!/usr/bin/env bash
# install.sh: `cmake --install` into a temporary prefix installs the tool, header,
# libraries (libsitrep.so with its soname, libsitrep.a), the pkg-config file, lexicon,
# model and Python module; examples/c/events.c builds against the installed copy with
# pkg-config alone and prints the seed article's events exactly as `sitrep code` (the
# built and the installed) finds them; examples/c/batch.c (the reader, batch coding and
# writer calls) prints the TSV of the seed and tests/doc byte for byte as the installed
# `sitrep code -f tsv`; both read the installed data (without the installed verbs, they
# code nothing). Skips (77) without ../shared.
set -u
source "$(dirname "$0")/install.bash"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

for f in bin/sitrep include/sitrep.h lib/libsitrep.so lib/libsitrep.so.0 lib/libsitrep.a \
         lib/pkgconfig/sitrep.pc share/sitrep/lexicon/verbs.txt share/sitrep/models/en_ud.model \
         lib/python3/dist-packages/sitrep/__init__.py lib/python3/dist-packages/sitrep/_where.py; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done
soname=$(readelf -d "$prefix/lib/libsitrep.so" 2>/dev/null | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = libsitrep.so.0 ] || fail "soname '$soname', expected libsitrep.so.0"
# nothing but the public interface is exported
other=$(nm -D --defined-only "$prefix/lib/libsitrep.so" | awk '$2 == "T" && $3 !~ /^sitrep_/' | head -3)
[ -z "$other" ] || fail "libsitrep.so exports more than sitrep.h: $other"

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
if ! flags=$(pkg-config --cflags --libs sitrep) || ! libdir=$(pkg-config --variable=libdir sitrep); then
    fail "pkg-config does not know the installed sitrep"
fi
# shellcheck disable=SC2086
if ! $cc -std=c17 -Wall -Wextra -Werror "$SITREP_SOURCE/examples/c/events.c" $flags \
        -Wl,-rpath,"$libdir" -o "$tmp/events" 2>"$tmp/cc.log"; then
    cat "$tmp/cc.log"
    fail "examples/c/events.c does not build against the installed copy"
else
    "$tmp/events" <"$seed" >"$tmp/example.out" 2>"$tmp/example.err" || fail "events exited $?: $(head -c 600 "$tmp/example.err")"
    "$SITREP" code "$seed" 2>/dev/null | seed_lines >"$tmp/tool.out"
    "$prefix/bin/sitrep" code "$seed" 2>/dev/null | seed_lines >"$tmp/installed.out"
    cmp -s "$tmp/tool.out" "$tmp/installed.out" || fail "the installed sitrep codes the seed otherwise than the built one"
    n=$(wc -l <"$tmp/example.out")
    [ "$n" -ge 20 ] || fail "the example printed $n event lines for the seed article (expected 20 or more)"
    diff "$tmp/tool.out" "$tmp/example.out" >"$tmp/diff" || fail "the example and 'sitrep code' differ: $(head -20 "$tmp/diff")"
    grep -qP '^2022-07-13\tPRK\tRUS\t072\thypothetical\tOleksandr Musienko$' "$tmp/example.out" ||
        fail "the example lacks the seed's first event (PRK supplies RUS, hypothetical, Musienko)"
    # the bulk calls from outside: examples/c/batch.c codes the seed and tests/doc on two
    # threads exactly as the installed `sitrep code -f tsv` does
    # shellcheck disable=SC2086
    if ! $cc -std=c17 -Wall -Wextra -Werror "$SITREP_SOURCE/examples/c/batch.c" $flags \
            -Wl,-rpath,"$libdir" -o "$tmp/batch" 2>"$tmp/cc.log"; then
        cat "$tmp/cc.log"
        fail "examples/c/batch.c does not build against the installed copy"
    else
        "$tmp/batch" -j 2 "$seed" "$SITREP_SOURCE/tests/doc" >"$tmp/batch.out" 2>"$tmp/batch.err" ||
            fail "batch exited $?: $(head -c 600 "$tmp/batch.err")"
        "$prefix/bin/sitrep" code -f tsv "$seed" "$SITREP_SOURCE/tests/doc" >"$tmp/tsv.out" 2>/dev/null
        nb=$(wc -l <"$tmp/batch.out")
        [ "$nb" -ge 50 ] || fail "the batch example printed $nb event lines (expected 50 or more)"
        cmp -s "$tmp/batch.out" "$tmp/tsv.out" ||
            fail "the batch example and 'sitrep code -f tsv' differ: $(diff "$tmp/tsv.out" "$tmp/batch.out" | head -10)"
    fi
    # with the installed verbs gone, neither finds an event: they read the installed data
    rm "$prefix/share/sitrep/lexicon/verbs.txt"
    [ -z "$("$tmp/events" <"$seed" 2>&1)" ] || fail "without the installed verbs the example still codes"
    [ -z "$("$prefix/bin/sitrep" code "$seed" 2>/dev/null)" ] ||
        fail "without the installed verbs the installed sitrep still codes"
fi
[ $failures -eq 0 ] || exit 1
echo "install: $n events from the example, as from the installed sitrep; $nb TSV lines from the batch example, byte for byte as sitrep code -f tsv"
