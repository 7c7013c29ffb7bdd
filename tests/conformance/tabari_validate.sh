#!/usr/bin/env bash
# tabari_validate.sh: TABARI's own validation suite (shared/conformance/tabari,
# Validate.project) through `sitrep validate`; fails when fewer than 464 of the 472 standard records pass.
set -euo pipefail
source "$(dirname "$0")/validate_suite.bash"
validate_suite TABARI "${SITREP_SHARED:-}/conformance/tabari/Validate.project" 464
