/* file.c: reading a whole stream (see file.h). */
#include "base/file.h"

#include "base/xalloc.h"

#include <errno.h>
#include <stdlib.h>

char *file_read_all(FILE *f, size_t *len)
{
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        buf = xgrow(buf, &cap, n + (1 << 16) + 1, 1);
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        int e = errno;
        free(buf);
        errno = e;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}
