/* fuzz_check.h: what the invariant-checking fuzz targets share: the libFuzzer entry point's
 * prototype and check(), which aborts (a finding) when an invariant does not hold. */
#ifndef SITREP_FUZZ_CHECK_H
#define SITREP_FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void check(int ok)
{
    if (!ok)
        abort();
}

#endif
