#!/usr/bin/env bash
# petrarch2_validate.sh: UniversalPetrarch's validation records (PETRARCH-2 syntax
# dictionaries) through `sitrep validate`; fails when fewer than 209 of the
# 245 records marked for evaluation pass.
set -euo pipefail
source "$(dirname "$0")/validate_suite.bash"
validate_suite UniversalPetrarch \
    "${SITREP_SHARED:-}/conformance/petrarch2-format/PETR_Validate_records_2_02.xml" 209
