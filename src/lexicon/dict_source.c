/* dict_source.c: problem reporting and provenance for dictionary loaders (see
 * dict_source.h). */
#include "lexicon/dict_source.h"

#include <stdio.h>

void dict_vproblem(dict_source *src, const char *fmt, va_list ap)
{
    char msg[768];
    vsnprintf(msg, sizeof msg, fmt, ap);
    char full[1024];
    snprintf(full, sizeof full, "%s:%zu: %s", src->name, src->line, msg);
    if (!src->failed)
        sitrep_error_set(src->err, "%s", full);
    src->failed = true;
    if (src->report)
        src->report->problems++;
    if (src->diag)
        src->diag(full, src->ctx);
}

const char *dict_origin(dict_source *src)
{
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%s:%zu", src->name, src->line);
    if (n < 0)
        n = 0;
    return lex_intern(src->lx, buf, (size_t)(n < (int)sizeof buf ? n : (int)sizeof buf - 1));
}
