#!/usr/bin/env bash
# cli_includes.sh: the sitrep tool is a client of libsitrep: every file in src/cli includes
# only the public header <sitrep.h>, the C library and POSIX, and the tool's own headers
# that obey the same rule. The files still listed in NOT_YET reach the library's insides;
# each of them must still do so (a converted file leaves the list, so the list cannot go
# stale), and no other file may. Reads the sources only; needs no binary.
set -u
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"
cli="$SITREP_SOURCE/src/cli"

# Not yet written over sitrep.h alone.
NOT_YET=(cmd_serve.c)

LIBC="assert.h ctype.h errno.h float.h getopt.h inttypes.h limits.h math.h pthread.h signal.h
stdarg.h stdbool.h stddef.h stdint.h stdio.h stdlib.h string.h strings.h time.h unistd.h
sys/stat.h sys/types.h"

not_yet() {
    local f
    for f in "${NOT_YET[@]}"; do [ "$f" = "$1" ] && return 0; done
    return 1
}

# The tool's own headers that may be included: those not in NOT_YET.
local_ok=" "
for h in "$cli"/*.h; do
    b=$(basename "$h")
    not_yet "$b" || local_ok+="cli/$b "
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

# The check itself must be able to fail: an internal header is caught, sitrep.h is not.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <sitrep.h>\n#include "cli/cli.h"\n#include "base/xalloc.h"\n#include <jansson.h>\n' >"$tmp/probe.c"
probe=$(violations "$tmp/probe.c" | tr '\n' ' ')
if [ "$probe" != '"base/xalloc.h" <jansson.h> ' ]; then
    echo "FAIL: the check itself is broken (on a probe file it found: '$probe')"
    exit 1
fi

fail=0 clean=0
for f in "$cli"/*.c "$cli"/*.h; do
    b=$(basename "$f")
    v=$(violations "$f" | tr '\n' ' ')
    if not_yet "$b"; then
        if [ -z "$v" ]; then
            echo "FAIL: $b includes only the public interface now: take it off NOT_YET"
            fail=1
        fi
    elif [ -n "$v" ]; then
        echo "FAIL: src/cli/$b includes $v(only <sitrep.h>, libc and the tool's clean headers)"
        fail=1
    else
        clean=$((clean + 1))
    fi
done
for f in "${NOT_YET[@]}"; do
    [ -e "$cli/$f" ] || { echo "FAIL: NOT_YET names $f, which does not exist"; fail=1; }
done
[ "$fail" -eq 0 ] || exit 1
echo "ok: $clean files of src/cli use only sitrep.h; not yet: ${NOT_YET[*]}"
