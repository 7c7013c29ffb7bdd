/* arena.c: bump allocation in linked blocks (see arena.h). */
#include "base/arena.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <string.h>

typedef struct block {
    struct block *next;
    size_t size, used;
    max_align_t data[];
} block;

struct arena {
    block *head;
    size_t block_size;
    size_t total;
};

static block *block_new(size_t size)
{
    block *b = xmalloc(sizeof(block) + size);
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

arena *arena_new(size_t block_size)
{
    arena *a = xmalloc(sizeof *a);
    a->block_size = block_size ? block_size : 64 * 1024;
    a->head = block_new(a->block_size);
    a->total = 0;
    return a;
}

void arena_free(arena *a)
{
    if (!a)
        return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void arena_reset(arena *a)
{
    /* Keep the last block in the chain (the first allocated), free the rest. */
    block *b = a->head;
    while (b->next) {
        block *next = b->next;
        free(b);
        b = next;
    }
    b->used = 0;
    a->head = b;
    a->total = 0;
}

void *arena_alloc(arena *a, size_t size)
{
    const size_t align = _Alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    block *b = a->head;
    if (b->size - b->used < size) {
        size_t want = size > a->block_size ? size : a->block_size;
        block *nb = block_new(want);
        nb->next = a->head;
        a->head = nb;
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    a->total += size;
    return p;
}

void *arena_calloc(arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        xalloc_die();
    void *p = arena_alloc(a, count * size);
    memset(p, 0, count * size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void *arena_grow(arena *a, void *p, size_t len, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    *cap = xgrow_capacity(*cap, need, elem);
    void *grown = arena_alloc(a, *cap * elem);
    if (len)
        memcpy(grown, p, len * elem);
    return grown;
}

size_t arena_used(const arena *a)
{
    return a->total;
}
