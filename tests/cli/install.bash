# install.bash: installs the build into a temporary prefix (sourced by install.sh and
# python_module.sh; it exits 77 when run alone). Gives $prefix, $seed (the seed article,
# or skip without ../shared), $cc (the build's compiler, with the sanitizers of a
# sanitized build) and $sanitized. The data must come from the installed copy, not the
# source tree: SITREP_LEXICON and SITREP_MODEL are unset.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    exit 77
fi
: "${SITREP:?}" "${SITREP_SOURCE:?}" "${SITREP_BUILD:?SITREP_BUILD must name the build folder}"
shared="${SITREP_SHARED:-$SITREP_SOURCE/../shared}"
seed=$(ls "$shared"/seed/*.txt 2>/dev/null | head -1)
[ -n "$seed" ] || { echo "no seed article in $shared/seed: skipped"; exit 77; }
unset SITREP_LEXICON SITREP_MODEL SITREP_LIBRARY

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
if ! cmake --install "$SITREP_BUILD" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    echo "FAIL: cmake --install into a temporary prefix"
    exit 1
fi
cc="${SITREP_CC:-cc}"
sanitized=false
if [[ "${SITREP_SANITIZED:-0}" == 1 ]]; then
    sanitized=true
    cc="$cc -fsanitize=address,undefined -fno-omit-frame-pointer"
fi
# the installed lines of `sitrep code` for the seed: date, source, target, code, status,
# said_by (code, else the words), as examples/c/events prints them
seed_lines() {
    /usr/bin/python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    s = e["said_by"] or {}
    print("\t".join([e["date"] or "-", e["source"]["code"], e["target"]["code"], e["cameo"],
                     e["status"], s.get("code") or s.get("text") or "-"]))'
}
