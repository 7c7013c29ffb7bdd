#!/usr/bin/env bash
# browser.sh: the dashboard in headless Chromium (browser_test.js). Skips (77) only when
# Debian's chromium or Node.js is not installed (scripts/setup installs both).
set -euo pipefail
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source folder}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
    echo "SKIP: no Chromium at $chromium (scripts/setup installs Debian's chromium)"
    exit 77
fi
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: no Node.js (scripts/setup installs it)"
    exit 77
fi
exec timeout 300 node "$SITREP_SOURCE/tests/serve/browser_test.js"
