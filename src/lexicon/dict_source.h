/* dict_source.h: where a dictionary loader is in its file, and how it reports problems,
 * shared by the TABARI and PETRARCH readers.
 *
 * Contract: a loader fills a dict_source (lexicon, display name, callbacks) and bumps
 * `line` as it reads. dict_problem() formats "name:line: what is wrong", keeps the first
 * such message in `err`, counts it in the report, passes it to the callback and marks the
 * source failed; dict_origin() gives the interned "name:line" that entries keep as their
 * provenance. */
#ifndef SITREP_LEXICON_DICT_SOURCE_H
#define SITREP_LEXICON_DICT_SOURCE_H

#include "base/error.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct dict_source {
    lexicon *lx;
    const char *name; /* the file as messages and origins name it */
    size_t line;      /* 1-based line being read */
    dict_diag_fn diag;
    void *ctx;
    dict_load_report *report;
    sitrep_error *err;
    bool failed;      /* a problem was reported */
} dict_source;

void dict_vproblem(dict_source *src, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
const char *dict_origin(dict_source *src);

#endif
