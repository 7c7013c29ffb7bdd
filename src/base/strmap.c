/* strmap.c: open-addressing hash map with linear probing (see strmap.h). */
#include "base/strmap.h"
#include "base/arena.h"
#include "base/xalloc.h"

#include <string.h>

typedef struct {
    const char *key;
    size_t len;
    uint64_t hash;
    void *value;
} slot;

struct strmap {
    slot *slots;
    size_t cap, count;
    arena *keys;
};

uint64_t strmap_hash(const char *key, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)key[i];
        h *= 1099511628211ULL;
    }
    return h;
}

strmap *strmap_new(void)
{
    strmap *m = xmalloc(sizeof *m);
    m->cap = 64;
    m->count = 0;
    m->slots = xcalloc(m->cap, sizeof(slot));
    m->keys = arena_new(16 * 1024);
    return m;
}

void strmap_free(strmap *m)
{
    if (!m)
        return;
    free(m->slots);
    arena_free(m->keys);
    free(m);
}

static slot *find(const strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &m->slots[i];
        if (!s->key)
            return s;
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
    }
}

static void grow(strmap *m)
{
    slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof(slot));
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].key)
            *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
    free(old);
}

void *strmap_get(const strmap *m, const char *key, size_t len)
{
    slot *s = find(m, key, len, strmap_hash(key, len));
    return s->key ? s->value : NULL;
}

void *strmap_get_hashed(const strmap *m, const char *key, size_t len, uint64_t hash)
{
    slot *s = find(m, key, len, hash);
    return s->key ? s->value : NULL;
}

void *strmap_put(strmap *m, const char *key, size_t len, void *value)
{
    if ((m->count + 1) * 4 > m->cap * 3)
        grow(m);
    uint64_t h = strmap_hash(key, len);
    slot *s = find(m, key, len, h);
    if (s->key) {
        void *prev = s->value;
        s->value = value;
        return prev;
    }
    s->key = arena_strndup(m->keys, key, len);
    s->len = len;
    s->hash = h;
    s->value = value;
    m->count++;
    return NULL;
}

size_t strmap_count(const strmap *m)
{
    return m->count;
}

void strmap_each(const strmap *m, void (*fn)(const char *, size_t, void *, void *), void *ctx)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            fn(m->slots[i].key, m->slots[i].len, m->slots[i].value, ctx);
}
