/* xalloc.h: malloc wrappers that abort with a message on out-of-memory.
 *
 * Contract: never return NULL. A batch coder cannot do anything useful without memory,
 * so the one reaction is a clear message and exit status 70 (EX_SOFTWARE). */
#ifndef SITREP_BASE_XALLOC_H
#define SITREP_BASE_XALLOC_H

#include <stddef.h>
#include <stdlib.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t size);
/* Grows an array of `elem` bytes each so that it holds at least `need` elements (the one
 * growable array of the project: see also arena_grow in arena.h). */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);
/* The capacity both grow to: cap (8 when 0) doubled until it holds need. */
size_t xgrow_capacity(size_t cap, size_t need, size_t elem);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
_Noreturn void xalloc_die(void);

#endif
