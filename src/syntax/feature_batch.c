/* feature_batch.c: many feat_key() hashes at once (see feature_batch.h). */
#include "syntax/feature_batch.h"

#include "syntax/feature.h"

/* The constants of feat_key(), which the vector code must repeat exactly. */
#define SALT_A 0x9e3779b97f4a7c15ull
#define SALT_B 0x632be59bd9b4e019ull
#define SALT_C 0x85ebca77c2b2ae63ull

void feat_batch_init(feat_batch *b)
{
    b->n = 0;
}

void feat_batch_add(feat_batch *b, uint32_t tmpl, uint8_t a, uint8_t bi, uint8_t c)
{
    uint32_t i = b->n++;
    b->salt[i] = SALT_A * (tmpl + 1);
    b->a[i] = a;
    b->b[i] = bi;
    b->c[i] = c;
}

void feat_batch_seal(feat_batch *b, uint8_t zero)
{
    /* pad to whole vectors with a harmless template: the vector code reads them, the
     * caller never sees their keys */
    for (uint32_t i = b->n; i % FEAT_BATCH_LANES; i++) {
        b->salt[i] = SALT_A;
        b->a[i] = b->b[i] = b->c[i] = zero;
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

#define AVX512 "avx512f,avx512dq"

__attribute__((target(AVX512))) static inline __m512i mix8(__m512i x)
{
    x = _mm512_xor_si512(x, _mm512_srli_epi64(x, 30));
    x = _mm512_mullo_epi64(x, _mm512_set1_epi64((long long)0xbf58476d1ce4e5b9ull));
    x = _mm512_xor_si512(x, _mm512_srli_epi64(x, 27));
    x = _mm512_mullo_epi64(x, _mm512_set1_epi64((long long)0x94d049bb133111ebull));
    x = _mm512_xor_si512(x, _mm512_srli_epi64(x, 31));
    return x;
}

/* Eight templates a step: their values gathered from v by index, hashed in 64-bit lanes
 * as feat_key() hashes one. */
__attribute__((target(AVX512))) static void keys_avx512(const feat_batch *b, const uint64_t *v,
                                                         uint64_t *out)
{
    const __m512i sb = _mm512_set1_epi64((long long)SALT_B);
    const __m512i sc = _mm512_set1_epi64((long long)SALT_C);
    const __m512i one = _mm512_set1_epi64(1);
    for (uint32_t i = 0; i < b->n; i += FEAT_BATCH_LANES) {
        __m256i ia = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(b->a + i)));
        __m256i ib = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(b->b + i)));
        __m256i ic = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(b->c + i)));
        __m512i a = _mm512_i32gather_epi64(ia, (const void *)v, 8);
        __m512i bv = _mm512_i32gather_epi64(ib, (const void *)v, 8);
        __m512i c = _mm512_i32gather_epi64(ic, (const void *)v, 8);
        __m512i h = mix8(_mm512_add_epi64(a, _mm512_loadu_si512(b->salt + i)));
        h = mix8(_mm512_xor_si512(h, _mm512_add_epi64(bv, sb)));
        h = mix8(_mm512_xor_si512(h, _mm512_add_epi64(c, sc)));
        /* 0 means "no feature": a zero hash becomes 1, as in feat_key() */
        h = _mm512_mask_mov_epi64(h, _mm512_cmpeq_epi64_mask(h, _mm512_setzero_si512()), one);
        _mm512_storeu_si512(out + i, h);
    }
}

bool feat_batch_vectors(void)
{
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
}
#else
static void keys_avx512(const feat_batch *b, const uint64_t *v, uint64_t *out)
{
    (void)b;
    (void)v;
    (void)out;
}

bool feat_batch_vectors(void)
{
    return false;
}
#endif

void feat_batch_keys(const feat_batch *b, const uint64_t *v, uint64_t *out)
{
    if (feat_batch_vectors()) {
        keys_avx512(b, v, out);
        return;
    }
    for (uint32_t i = 0; i < b->n; i++) {
        uint64_t h = feat_mix(v[b->a[i]] + b->salt[i]);
        h = feat_mix(h ^ (v[b->b[i]] + SALT_B));
        h = feat_mix(h ^ (v[b->c[i]] + SALT_C));
        out[i] = h ? h : 1;
    }
}
