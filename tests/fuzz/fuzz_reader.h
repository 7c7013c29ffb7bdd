/* fuzz_reader.h: the body shared by the input-reader fuzz targets: any bytes must give
 * articles or errors with a message, never a crash, a hang (each result consumes input)
 * or a leak. Each target includes this and calls fuzz_reader_run with its format. */
#ifndef SITREP_FUZZ_READER_H
#define SITREP_FUZZ_READER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "io/article_reader.h"

static inline int fuzz_reader_run(const uint8_t *data, size_t size, const char *name,
                                  input_format fmt)
{
    arena *a = arena_new(0);
    article_reader *r = article_reader_open_memory(name, data, size, fmt);
    article art;
    sitrep_error err;
    int rc;
    size_t steps = 0;
    while ((rc = article_reader_next(r, a, &art, &err)) != 0) {
        if (rc > 0) {
            /* Touch every field so the sanitizers check them. */
            volatile size_t sum = strlen(art.id) + strlen(art.origin) + art.text_len;
            if (art.text_len && art.text[art.text_len] != '\0')
                __builtin_trap();
            if (art.date && strlen(art.date) != 10)
                __builtin_trap();
            (void)sum;
        } else if (err.message[0] == '\0') {
            __builtin_trap();
        }
        if (++steps > size + 2)
            __builtin_trap();
        arena_reset(a);
    }
    article_reader_close(r);
    arena_free(a);
    return 0;
}

#endif
