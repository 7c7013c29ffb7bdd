/* file.c: reading whole files, and file names (see file.h). */
#include "base/file.h"

#include "base/xalloc.h"

#include <errno.h>
#include <sys/types.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

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

char *file_read_path(const char *path, size_t *len, sitrep_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        sitrep_error_at(err, SITREP_EIO, path, 0, "%s: %s (cannot open)", path, strerror(errno));
        return NULL;
    }
    char *buf = file_read_all(f, len);
    if (!buf)
        sitrep_error_at(err, SITREP_EIO, path, 0, "%s: %s (read error)", path, strerror(errno));
    if (!is_stdin)
        fclose(f);
    return buf;
}

char *path_join(const char *dir, const char *name)
{
    size_t dl = strlen(dir), nl = strlen(name);
    bool slash = dl == 0 || dir[dl - 1] != '/';
    char *out = xmalloc(dl + slash + nl + 1);
    memcpy(out, dir, dl);
    if (slash)
        out[dl] = '/';
    memcpy(out + dl + slash, name, nl + 1);
    return out;
}

char *path_beside(const char *base, const char *file)
{
    const char *slash = strrchr(base, '/');
    if (file[0] == '/' || !slash)
        return xstrdup(file);
    size_t dlen = (size_t)(slash - base) + 1;
    char *out = xmalloc(dlen + strlen(file) + 1);
    memcpy(out, base, dlen);
    strcpy(out + dlen, file);
    return out;
}

bool file_each_line(const char *path, file_line_fn fn, void *ctx, sitrep_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f)
        return sitrep_error_at(err, SITREP_EIO, path, 0, "%s: %s (cannot open)", path,
                               strerror(errno));
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    int r = FILE_LINE_NEXT;
    while (r == FILE_LINE_NEXT && (len = getline(&line, &cap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        r = fn(line, ++lineno, ctx, err);
    }
    bool ok = r != FILE_LINE_FAIL;
    if (ok && ferror(f))
        ok = sitrep_error_at(err, SITREP_EIO, path, lineno + 1, "%s:%zu: %s (read error)", path,
                             lineno + 1, strerror(errno));
    free(line);
    if (!is_stdin)
        fclose(f);
    return ok;
}
