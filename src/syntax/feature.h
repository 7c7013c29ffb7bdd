/* feature.h: hashing the pieces of a classifier feature into one 64-bit key.
 *
 * Contract: feat_str() hashes bytes; feat_key(template, a, b, c) mixes a template number
 * with up to three values into a key that is never 0 (0 means "no feature" to linear.h).
 * The same inputs give the same key on every machine and run, so a model file is portable
 * across hosts of the same endianness. */
#ifndef SITREP_SYNTAX_FEATURE_H
#define SITREP_SYNTAX_FEATURE_H

#include <stddef.h>
#include <stdint.h>

/* Always inlined: the tagger and the parser hash about a hundred features per decision,
 * and a call for each cost a fifth of the hashing. */
#if defined(__GNUC__) || defined(__clang__)
#define FEAT_INLINE static inline __attribute__((always_inline))
#else
#define FEAT_INLINE static inline
#endif

FEAT_INLINE uint64_t feat_mix(uint64_t x)
{
    /* the splitmix64 finaliser: cheap and mixes every bit */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

static inline uint64_t feat_str(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return feat_mix(h ^ n);
}

FEAT_INLINE uint64_t feat_key(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t h = feat_mix(a + 0x9e3779b97f4a7c15ull * (tmpl + 1));
    h = feat_mix(h ^ (b + 0x632be59bd9b4e019ull));
    h = feat_mix(h ^ (c + 0x85ebca77c2b2ae63ull));
    return h ? h : 1;
}

#endif
