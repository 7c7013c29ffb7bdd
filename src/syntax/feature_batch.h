/* feature_batch.h: the keys of a fixed list of feature templates, hashed together.
 *
 * The tagger and the parser hash every template of a decision with feat_key(): about a
 * hundred keys of three chained feat_mix() each, a fifth of their time. Here a list of
 * templates, each naming its three values by their index in a value array, is hashed
 * with vector instructions where the CPU has them (eight 64-bit lanes, AVX-512; chosen
 * at run time), else one by one. The keys are exactly feat_key()'s.
 *
 * Contract: feat_batch_add() appends template tmpl reading v[a], v[b], v[c] (at most
 * FEAT_BATCH_MAX - FEAT_BATCH_LANES of them); feat_batch_seal(zero) ends the list, zero
 * being the index of a value the padding may read. feat_batch_keys() then writes
 * out[i] = feat_key(tmpl_i, v[a_i], v[b_i], v[c_i]) for the n templates; out must have
 * room for n rounded up to FEAT_BATCH_LANES (the padding's keys land there). */
#ifndef SITREP_SYNTAX_FEATURE_BATCH_H
#define SITREP_SYNTAX_FEATURE_BATCH_H

#include <stdbool.h>
#include <stdint.h>

enum { FEAT_BATCH_LANES = 8, FEAT_BATCH_MAX = 128 };

typedef struct feat_batch {
    uint32_t n;
    uint64_t salt[FEAT_BATCH_MAX]; /* the template's own term of the first mix */
    uint8_t a[FEAT_BATCH_MAX], b[FEAT_BATCH_MAX], c[FEAT_BATCH_MAX];
} feat_batch;

void feat_batch_init(feat_batch *b);
void feat_batch_add(feat_batch *b, uint32_t tmpl, uint8_t a, uint8_t bi, uint8_t c);
void feat_batch_seal(feat_batch *b, uint8_t zero);
void feat_batch_keys(const feat_batch *b, const uint64_t *v, uint64_t *out);
/* Whether feat_batch_keys() uses vector instructions here: without them, callers with
 * their templates unrolled as straight code hash as fast. */
bool feat_batch_vectors(void);

/* the space out needs for n keys */
#define FEAT_BATCH_ROOM(n) (((n) + FEAT_BATCH_LANES - 1) / FEAT_BATCH_LANES * FEAT_BATCH_LANES)

#endif
