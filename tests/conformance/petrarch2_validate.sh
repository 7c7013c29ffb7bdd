#!/usr/bin/env bash
# petrarch2_validate.sh: UniversalPetrarch's validation records (PETRARCH-2 syntax
# dictionaries) through `sitrep validate`; fails below 85% of the records marked for
# evaluation.
set -euo pipefail
source "$(dirname "$0")/validate_suite.bash"
validate_suite UniversalPetrarch \
    "${SITREP_SHARED:-}/conformance/petrarch2-format/PETR_Validate_records_2_02.xml" 85
