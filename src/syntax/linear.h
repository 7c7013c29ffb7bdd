/* linear.h: the linear classifiers behind the tagger and the parser: a sparse table from
 * hashed features to class weights, trained as an averaged perceptron.
 *
 * Contract:
 *  - A feature is a 64-bit hash (feature.h builds them); 0 is never a feature.
 *  - linear_model is the frozen form: open-addressing slots of (tag, first) over one
 *    array of (class, int16 weight) entries. A slot holds 32 bits of its feature's key
 *    (the high half; the slot position comes from a mix of all 64), which halves the
 *    table against storing keys whole; two features are confused only when they share
 *    those 32 bits and a probe run (about one in a billion lookups). A feature's row is a
 *    header entry whose `cls` is the row's length, then that many entries. The model is
 *    read-only after building, so any number of threads may score with it.
 *    linear_score() adds the rows of the features it finds to scores[0..nclasses)
 *    (features it does not know add nothing).
 *  - linear_trainer accumulates perceptron updates with the running sums needed for
 *    averaging (Collins 2002; the "w - u/c" form, no per-entry timestamps), then
 *    linear_trainer_freeze() averages, scales to int16 and drops zero weights.
 *  - linear_model_serialize/linear_model_view: the model's bytes for the model file and a
 *    zero-copy view over bytes that were checked by the caller (model.c checks sizes).
 */
#ifndef SITREP_SYNTAX_LINEAR_H
#define SITREP_SYNTAX_LINEAR_H

#include "base/error.h"
#include "base/strbuf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct linear_slot {
    uint32_t tag;   /* 0 = empty; else linear_key_tag() of the feature */
    uint32_t first; /* index of its row's header entry */
} linear_slot;

typedef struct linear_entry {
    uint16_t cls; /* in a row's header: the row's length */
    int16_t w;
} linear_entry;

static inline uint32_t linear_key_tag(uint64_t key)
{
    uint32_t t = (uint32_t)(key >> 32);
    return t ? t : 1;
}

typedef struct linear_model {
    const linear_slot *slots;
    uint64_t mask; /* slot count - 1 (a power of two) */
    const linear_entry *entries;
    uint64_t nentries;
    uint32_t nclasses;
    uint64_t nfeatures;
    void *owned; /* memory to free, or NULL for a view into a model file */
    /* Set by linear_model_densify(), else NULL: a copy of the slots in which a `first`
     * with LINEAR_DENSE set is the number of a dense row (dense_width int8 weights, one
     * per class, zeros past nclasses; the width is a multiple of 128) in `dense`, one
     * with LINEAR_WIDE set that of a wide row (dense_width int16 weights, the largest
     * of them in absolute value wide_max) in `wide`, else the row's header in
     * score_entries (the rows left sparse). Only linear_score() reads them. */
    const linear_slot *score_slots;
    const linear_entry *score_entries;
    const int8_t *dense;
    uint32_t dense_width;
    const int16_t *wide;
    uint32_t wide_max;
    void *dense_owned;
} linear_model;

#define LINEAR_DENSE 0x80000000u
#define LINEAR_WIDE 0x40000000u

void linear_score(const linear_model *m, const uint64_t *feats, size_t nfeats,
                  int32_t *scores);
/* Several linear_score() calls in one: the features feats[ends[p-1]..ends[p]) (from 0
 * for p = 0) add to scores[p]. One call lets the memory system fetch all the parts' slots
 * and rows together. */
enum { LINEAR_MAX_PARTS = 8 };
void linear_score_parts(const linear_model *m, const uint64_t *feats, const uint32_t *ends,
                        int32_t *const *scores, size_t nparts);
/* dst[0..n) += src[0..n) (vector instructions where the CPU has them). */
void linear_add(int32_t *dst, const int32_t *src, uint32_t n);
/* The first index of the highest of scores[0..n) (n >= 1); when second is not NULL, it
 * gets the highest of the other scores (INT32_MIN when there is none). Vector
 * instructions where the CPU has them, with the same answers. */
uint32_t linear_argmax(const int32_t *scores, uint32_t n, int32_t *second);
/* The row of a feature (its entries, *count of them), or NULL when the model does not
 * know it. */
const linear_entry *linear_find(const linear_model *m, uint64_t key, uint32_t *count);
/* Starts loading the table slot where linear_find() will look for key: a caller with many
 * keys to look up prefetches them all first, and the lookups then wait for memory once
 * rather than once each. */
void linear_prefetch(const linear_model *m, uint64_t key);
void linear_model_free(linear_model *m);

/* Copies the rows of min_len entries or more into dense rows that linear_score() adds
 * with vector instructions: a frequent feature knows most classes, and adding its
 * weights one (class, weight) pair at a time dominated scoring. Rows whose weights int8
 * holds exactly are stored as int8, the others as int16, so scores are exactly those of
 * the sparse rows. Costs memory (a copy of the slots and 1 byte per class, rounded up to
 * blocks of 128, of each dense row), not the model file. Does nothing
 * for models with more than LINEAR_DENSE_MAX_CLASSES classes, nor on a CPU without AVX2
 * (x86-64 only; chosen at run time), where the rows stay sparse. */
#define LINEAR_DENSE_MAX_CLASSES 1024
void linear_model_densify(linear_model *m, uint32_t min_len);

/* Appends the model in its file layout (little-endian host order, 8-byte aligned). */
void linear_model_serialize(const linear_model *m, strbuf *out);
/* Points m at a serialized model in buf[0..len); checks every size and index. */
bool linear_model_view(linear_model *m, const void *buf, size_t len, size_t *used,
                       sitrep_error *err);

/* Builds a lookup table: key i -> one entry (cls[i], weight 1); later duplicates of a
 * key are ignored. Used for the lemma tables. */
void linear_model_build_table(const uint64_t *keys, const uint16_t *cls, size_t n,
                              uint32_t nclasses, linear_model *out);
/* Builds a table of rows: runs of equal consecutive keys make one row of entries
 * (cls[i], w[i]). Used for the tag lexicon. */
void linear_model_build_rows(const uint64_t *keys, const uint16_t *cls, const int16_t *w,
                             size_t n, uint32_t nclasses, linear_model *out);

typedef struct linear_trainer linear_trainer;

linear_trainer *linear_trainer_new(uint32_t nclasses);
void linear_trainer_free(linear_trainer *t);
/* Scores with the current (not averaged) weights. */
void linear_trainer_score(const linear_trainer *t, const uint64_t *feats, size_t nfeats,
                          float *scores);
/* One perceptron step: +1 to `good`, -1 to `bad` for every feature; counts an instance. */
void linear_trainer_update(linear_trainer *t, const uint64_t *feats, size_t nfeats,
                           uint32_t good, uint32_t bad);
/* Adds delta to class `cls` of every feature, without counting an instance (for updates
 * made of several steps; linear_trainer_tick() then counts the instance). */
void linear_trainer_add(linear_trainer *t, const uint64_t *feats, size_t nfeats, uint32_t cls,
                        int32_t delta);
/* Counts an instance that needed no update (the averaging clock). */
void linear_trainer_tick(linear_trainer *t);
/* Averages and quantises: int16 weights = round(avg * scale), zeros dropped. With
 * max_features > 0, only the features with the largest sums of absolute weights are kept
 * (most features are rare word combinations that barely move a decision). */
void linear_trainer_freeze(const linear_trainer *t, float scale, size_t max_features,
                           linear_model *out);
size_t linear_trainer_features(const linear_trainer *t);

#endif
