/* error.c: filling the error record (see error.h). */
#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>

bool sitrep_error_set(sitrep_error *err, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return false;
}

void sitrep_error_clear(sitrep_error *err)
{
    if (err)
        err->message[0] = '\0';
}
