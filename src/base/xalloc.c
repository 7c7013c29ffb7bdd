/* xalloc.c: allocation that never returns NULL (see xalloc.h). */
#include "base/xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

_Noreturn void xalloc_die(void)
{
    fputs("sitrep: out of memory\n", stderr);
    exit(70);
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        xalloc_die();
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        xalloc_die();
    return p;
}

void *xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q)
        xalloc_die();
    return q;
}

size_t xgrow_capacity(size_t cap, size_t need, size_t elem)
{
    size_t n = cap ? cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem)
            xalloc_die();
        n *= 2;
    }
    return n;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    *cap = xgrow_capacity(*cap, need, elem);
    return xrealloc(p, *cap * elem);
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
