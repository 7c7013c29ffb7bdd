/* arena.h: a bump allocator for memory that lives and dies together.
 *
 * Contract: per-document and per-lexicon data come from an arena and are freed in one
 * go with arena_free (or recycled with arena_reset). Allocation aborts the process on
 * out-of-memory (the only sane reaction for a batch coder); returned memory is aligned
 * for any type and zero-filled by arena_calloc. An arena is not thread-safe: each worker
 * owns its own. */
#ifndef SITREP_BASE_ARENA_H
#define SITREP_BASE_ARENA_H

#include <stddef.h>

typedef struct arena arena;

arena *arena_new(size_t block_size);
void arena_free(arena *a);
/* Forgets every allocation but keeps the first block for reuse. */
void arena_reset(arena *a);
void *arena_alloc(arena *a, size_t size);
void *arena_calloc(arena *a, size_t count, size_t size);
char *arena_strndup(arena *a, const char *s, size_t len);
char *arena_strdup(arena *a, const char *s);
/* The arena's form of xgrow (xalloc.h): an array of `len` elements of `elem` bytes that
 * must hold `need`; when it cannot, a copy at least twice as large (the old one is left to
 * the arena). *cap is updated; returns the array. */
void *arena_grow(arena *a, void *p, size_t len, size_t *cap, size_t need, size_t elem);
/* Bytes handed out since creation or the last reset (for memory reports). */
size_t arena_used(const arena *a);

#endif
