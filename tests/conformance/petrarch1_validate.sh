#!/usr/bin/env bash
# petrarch1_validate.sh: PETRARCH-2's unit-test records (PETRARCH-1 syntax dictionaries
# named in the file's <Environment>) through `sitrep validate`; fails when fewer than 245
# of the 281 records the file includes pass.
set -euo pipefail
source "$(dirname "$0")/validate_suite.bash"
validate_suite PETRARCH "${SITREP_SHARED:-}/conformance/petrarch2/PETR.UnitTest.records.xml" 245
