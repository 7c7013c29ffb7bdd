#!/usr/bin/env bash
# tabari_validate.sh: TABARI's own validation suite (shared/conformance/tabari,
# Validate.project) through `sitrep validate`; fails below 95% of the standard records.
set -euo pipefail
source "$(dirname "$0")/validate_suite.bash"
validate_suite TABARI "${SITREP_SHARED:-}/conformance/tabari/Validate.project" 95
