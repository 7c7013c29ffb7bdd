#!/usr/bin/env bash
# cli_includes.sh: the sitrep tool is a client of libsitrep: every file in src/cli includes
# only the public header <sitrep.h>, the C library and POSIX, and the tool's own headers
# (src/cli/*.h, which obey the same rule). A file that reaches the library's insides
# ("base/...", "store/...", <jansson.h>) fails the test. Reads the sources; needs no binary.
# (The build gives the tool only include/ and src/cli on its include path, so such a file
# does not compile either; this check also covers the C library headers.)
set -u
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
cli="$SITREP_SOURCE/src/cli"

LIBC="assert.h ctype.h errno.h float.h getopt.h inttypes.h limits.h math.h pthread.h signal.h
stdarg.h stdbool.h stddef.h stdint.h stdio.h stdlib.h string.h strings.h time.h unistd.h
sys/stat.h sys/types.h"

# The tool's own headers.
local_ok=" "
for h in "$cli"/*.h; do
    local_ok+="cli/$(basename "$h") "
done

# Prints the includes of file $1 that break the rule.
violations() {
    local inc
    grep -E '^[[:space:]]*#[[:space:]]*include' "$1" | while read -r _ inc; do
        case "$inc" in
        "<sitrep.h>") ;;
        \<*\>) inc=${inc#<}; inc=${inc%>}
               [[ " $(echo $LIBC) " == *" $inc "* ]] || echo "<$inc>" ;;
        \"*\") inc=${inc#\"}; inc=${inc%\"}
               [[ "$local_ok" == *" $inc "* ]] || echo "\"$inc\"" ;;
        *) echo "$inc" ;;
        esac
    done
}

# The check itself must be able to fail: internal headers are caught, sitrep.h, libc and
# the tool's headers are not.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <sitrep.h>\n#include "cli/cli.h"\n#include <stdio.h>\n#include "base/xalloc.h"\n#include <jansson.h>\n#include "store/store.h"\n' >"$tmp/probe.c"
probe=$(violations "$tmp/probe.c" | tr '\n' ' ')
if [ "$probe" != '"base/xalloc.h" <jansson.h> "store/store.h" ' ]; then
    echo "FAIL: the check itself is broken (on a probe file it found: '$probe')"
    exit 1
fi

fail=0 n=0
for f in "$cli"/*.c "$cli"/*.h; do
    n=$((n + 1))
    v=$(violations "$f" | tr '\n' ' ')
    if [ -n "$v" ]; then
        echo "FAIL: src/cli/$(basename "$f") includes $v(only <sitrep.h>, libc and src/cli's headers)"
        fail=1
    fi
done
[ "$n" -gt 20 ] || { echo "FAIL: only $n files found in $cli"; exit 1; }
[ "$fail" -eq 0 ] || exit 1
echo "ok: all $n files of src/cli use only sitrep.h, libc and the tool's own headers"
