/* strmap.h: a hash map from byte strings to pointers (open addressing, FNV-1a).
 *
 * Contract: keys are copied into the map's own storage; values are the caller's. Lookups
 * on a map that is no longer modified are safe from many threads at once (that is how
 * the frozen lexicon is shared). */
#ifndef SITREP_BASE_STRMAP_H
#define SITREP_BASE_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct strmap strmap;

strmap *strmap_new(void);
void strmap_free(strmap *m);
/* Returns the value for key, or NULL. */
void *strmap_get(const strmap *m, const char *key, size_t len);
/* Sets key to value; returns the previous value or NULL. */
void *strmap_put(strmap *m, const char *key, size_t len, void *value);
/* The same with the key's strmap_hash() already computed (for incremental hashing). */
void *strmap_get_hashed(const strmap *m, const char *key, size_t len, uint64_t hash);
size_t strmap_count(const strmap *m);
/* Calls fn for every entry, in no particular order. */
void strmap_each(const strmap *m, void (*fn)(const char *key, size_t len, void *value, void *ctx),
                 void *ctx);
uint64_t strmap_hash(const char *key, size_t len);
/* Extends a hash by one byte: strmap_hash_step(strmap_hash(k, n), k[n]) == strmap_hash(k, n+1). */
static inline uint64_t strmap_hash_step(uint64_t h, unsigned char c)
{
    return (h ^ c) * 1099511628211ULL;
}
#define STRMAP_HASH_SEED 1469598103934665603ULL

#endif
