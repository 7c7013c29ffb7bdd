/* linear.c: sparse averaged-perceptron classifiers (see linear.h). Both the frozen model
 * and the trainer keep a feature's weights as a short list of (class, weight) entries:
 * a feature is typically updated for a handful of the ~100 parser transitions, so sparse
 * rows make the model small and scoring proportional to what a feature knows. */
#define _DEFAULT_SOURCE /* madvise */
#include "syntax/linear.h"

#include "base/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* The home slot of a key in a frozen model. Keys are well-mixed hashes; the trainer
 * homes them by their low bits (train_slot_of) and the frozen table by a remix of all
 * the bits, because filling a linear-probing table in the order of another
 * table with the same home function piles the keys into long runs. */
static inline uint64_t slot_of(uint64_t key, uint64_t mask)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    return key & mask;
}

static inline uint64_t train_slot_of(uint64_t key, uint64_t mask)
{
    return key & mask;
}

/* Scoring is bound by memory latency and by the adding up of long rows. So the home
 * slots of a batch of features are computed and prefetched first, then probed, and the
 * rows of the hits prefetched before they are added up, letting the memory system serve
 * the misses in parallel; dense rows (linear_model_densify) are gathered over all the
 * batches and added as vectors at the end. */
enum { SCORE_BATCH = 64 };

/* Dense rows are int8 and wide rows int16 (the few rows with a weight outside int8:
 * frequent features, too long to stay sparse), both padded to a multiple of this many
 * classes, the vector kernel's block: an int8 row of the parser's 109 classes takes two
 * cache lines where int16 weights took four or five. */
enum { DENSE_BLOCK = 128 };

/* The kernel sums rows in int16 lanes: exact as long as the true sums fit in int16, which
 * the caller guarantees by adding at most this much of rows' largest absolute weights
 * (127 for a dense row, wide_max for a wide one) in one call. */
enum { LANE_BUDGET = 32767 };

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

#define ROW_ADD(acc, j, load) acc = _mm256_add_epi16(acc, load(row + 16 * (j)))
#define LOAD_I8(p) _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(p)))
#define LOAD_I16(p) _mm256_loadu_si256((const __m256i *)(p))
#define ROW_ADD_ALL(load)                                                                   \
    do {                                                                                    \
        ROW_ADD(a0, 0, load);                                                               \
        ROW_ADD(a1, 1, load);                                                               \
        ROW_ADD(a2, 2, load);                                                               \
        ROW_ADD(a3, 3, load);                                                               \
        ROW_ADD(a4, 4, load);                                                               \
        ROW_ADD(a5, 5, load);                                                               \
        ROW_ADD(a6, 6, load);                                                               \
        ROW_ADD(a7, 7, load);                                                               \
    } while (0)

/* scores[b..b+n) += the 16 int16 sums of acc, widened */
__attribute__((target("avx2"))) static inline void flush16(int32_t *scores, uint32_t n,
                                                            __m256i acc)
{
    __m256i lo = _mm256_cvtepi16_epi32(_mm256_castsi256_si128(acc));
    __m256i hi = _mm256_cvtepi16_epi32(_mm256_extracti128_si256(acc, 1));
    if (n >= 16) {
        __m256i *p = (__m256i *)scores;
        _mm256_storeu_si256(p, _mm256_add_epi32(_mm256_loadu_si256(p), lo));
        _mm256_storeu_si256(p + 1, _mm256_add_epi32(_mm256_loadu_si256(p + 1), hi));
        return;
    }
    int32_t sums[16];
    _mm256_storeu_si256((__m256i *)sums, lo);
    _mm256_storeu_si256((__m256i *)(sums + 8), hi);
    for (uint32_t c = 0; c < n; c++)
        scores[c] += sums[c];
}

/* With AVX2: every row is added in int16 lanes (int8 weights widened on the way), 128
 * classes (eight registers) at a time, and only the sums are widened to int32. */
__attribute__((target("avx2"))) static void add_rows_avx2(const int8_t *const *dense,
                                                           size_t ndense,
                                                           const int16_t *const *wide,
                                                           size_t nwide, uint32_t nclasses,
                                                           int32_t *scores)
{
    for (uint32_t b = 0; b < nclasses; b += DENSE_BLOCK) {
        __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
                a6 = a0, a7 = a0;
        for (size_t r = 0; r < ndense; r++) {
            const int8_t *row = dense[r] + b;
            ROW_ADD_ALL(LOAD_I8);
        }
        for (size_t r = 0; r < nwide; r++) {
            const int16_t *row = wide[r] + b;
            ROW_ADD_ALL(LOAD_I16);
        }
        __m256i acc[DENSE_BLOCK / 16] = {a0, a1, a2, a3, a4, a5, a6, a7};
        for (uint32_t j = 0; j < DENSE_BLOCK / 16 && b + 16 * j < nclasses; j++)
            flush16(scores + b + 16 * j, nclasses - (b + 16 * j), acc[j]);
    }
}
#undef ROW_ADD
#undef LOAD_I8
#undef LOAD_I16
#undef ROW_ADD_ALL

/* With AVX-512: the same sums in 32 int16 lanes per register (four registers a block),
 * half the instructions per row. */
#define AVX512 "avx512f,avx512bw"
__attribute__((target(AVX512))) static void add_rows_avx512(const int8_t *const *dense,
                                                             size_t ndense,
                                                             const int16_t *const *wide,
                                                             size_t nwide, uint32_t nclasses,
                                                             int32_t *scores)
{
    for (uint32_t b = 0; b < nclasses; b += DENSE_BLOCK) {
        __m512i acc[DENSE_BLOCK / 32];
        for (uint32_t j = 0; j < DENSE_BLOCK / 32; j++)
            acc[j] = _mm512_setzero_si512();
        for (size_t r = 0; r < ndense; r++) {
            const int8_t *row = dense[r] + b;
            for (uint32_t j = 0; j < DENSE_BLOCK / 32; j++)
                acc[j] = _mm512_add_epi16(
                    acc[j], _mm512_cvtepi8_epi16(_mm256_loadu_si256((const __m256i *)(row + 32 * j))));
        }
        for (size_t r = 0; r < nwide; r++) {
            const int16_t *row = wide[r] + b;
            for (uint32_t j = 0; j < DENSE_BLOCK / 32; j++)
                acc[j] = _mm512_add_epi16(acc[j], _mm512_loadu_si512(row + 32 * j));
        }
        /* widen each half of 16 lanes and add to scores, masked at the end */
        for (uint32_t h = 0; h < DENSE_BLOCK / 16 && b + 16 * h < nclasses; h++) {
            __m256i half = h % 2 ? _mm512_extracti64x4_epi64(acc[h / 2], 1)
                                 : _mm512_castsi512_si256(acc[h / 2]);
            uint32_t left = nclasses - (b + 16 * h);
            __mmask16 k = left >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << left) - 1);
            int32_t *p = scores + b + 16 * h;
            __m512i cur = _mm512_maskz_loadu_epi32(k, p);
            _mm512_mask_storeu_epi32(p, k, _mm512_add_epi32(cur, _mm512_cvtepi16_epi32(half)));
        }
    }
}

static bool avx512_supported(void)
{
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
}

/* linear_argmax() sixteen scores a step: the highest, then where it first is, how often
 * and (for second) the highest of the others. */
__attribute__((target(AVX512))) static uint32_t argmax_avx512(const int32_t *s, uint32_t n,
                                                               int32_t *second)
{
    const __m512i none = _mm512_set1_epi32(INT32_MIN);
    __m512i top = none;
    for (uint32_t c = 0; c < n; c += 16) {
        __mmask16 k = n - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (n - c)) - 1);
        top = _mm512_max_epi32(top, _mm512_mask_loadu_epi32(none, k, s + c));
    }
    int32_t best = _mm512_reduce_max_epi32(top);
    __m512i b = _mm512_set1_epi32(best), others = none;
    uint32_t at = n, ties = 0;
    for (uint32_t c = 0; c < n; c += 16) {
        __mmask16 k = n - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (n - c)) - 1);
        __m512i x = _mm512_mask_loadu_epi32(none, k, s + c);
        __mmask16 eq = _mm512_mask_cmpeq_epi32_mask(k, x, b);
        if (eq && at == n)
            at = c + (uint32_t)__builtin_ctz(eq);
        ties += (uint32_t)__builtin_popcount(eq);
        others = _mm512_mask_max_epi32(others, (__mmask16)(k & ~eq), others, x);
    }
    if (second)
        *second = ties > 1 ? best : _mm512_reduce_max_epi32(others);
    return at;
}

__attribute__((target("avx2"))) static void add_avx2(int32_t *dst, const int32_t *src,
                                                      uint32_t n)
{
    uint32_t c = 0;
    for (; c + 8 <= n; c += 8) {
        __m256i *d = (__m256i *)(dst + c);
        _mm256_storeu_si256(d, _mm256_add_epi32(_mm256_loadu_si256(d),
                                                _mm256_loadu_si256((const __m256i *)(src + c))));
    }
    for (; c < n; c++)
        dst[c] += src[c];
}

__attribute__((target("avx2"))) static int32_t hmax8(__m256i v)
{
    __m128i x = _mm_max_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    x = _mm_max_epi32(x, _mm_shuffle_epi32(x, 0x4e));
    x = _mm_max_epi32(x, _mm_shuffle_epi32(x, 0xb1));
    return _mm_cvtsi128_si32(x);
}

/* The highest of s[0..n) that is below `below` (INT32_MIN when none is). */
__attribute__((target("avx2"))) static int32_t max_below_avx2(const int32_t *s, uint32_t n,
                                                               int64_t below)
{
    __m256i acc = _mm256_set1_epi32(INT32_MIN);
    uint32_t c = 0;
    if (below > INT32_MAX) {
        for (; c + 8 <= n; c += 8)
            acc = _mm256_max_epi32(acc, _mm256_loadu_si256((const __m256i *)(s + c)));
    } else {
        __m256i lim = _mm256_set1_epi32((int32_t)below);
        for (; c + 8 <= n; c += 8) {
            __m256i x = _mm256_loadu_si256((const __m256i *)(s + c));
            acc = _mm256_max_epi32(acc, _mm256_blendv_epi8(acc, x, _mm256_cmpgt_epi32(lim, x)));
        }
    }
    int32_t m = hmax8(acc);
    for (; c < n; c++)
        if (s[c] > m && s[c] < below)
            m = s[c];
    return m;
}

__attribute__((target("avx2"))) static uint32_t argmax_avx2(const int32_t *s, uint32_t n,
                                                             int32_t *second)
{
    int32_t best = max_below_avx2(s, n, (int64_t)INT32_MAX + 1);
    __m256i b = _mm256_set1_epi32(best);
    uint32_t at = n, ties = 0, c = 0;
    for (; c + 8 <= n; c += 8) {
        unsigned eq = (unsigned)_mm256_movemask_ps(
            _mm256_castsi256_ps(_mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(s + c)), b)));
        if (eq && at == n)
            at = c + (uint32_t)__builtin_ctz(eq);
        ties += (uint32_t)__builtin_popcount(eq);
    }
    for (; c < n; c++)
        if (s[c] == best) {
            if (at == n)
                at = c;
            ties++;
        }
    if (second)
        *second = ties > 1 ? best : max_below_avx2(s, n, best);
    return at;
}

static bool dense_supported(void)
{
    return __builtin_cpu_supports("avx2");
}
#else
static void add_avx2(int32_t *dst, const int32_t *src, uint32_t n)
{
    (void)dst;
    (void)src;
    (void)n;
}

static uint32_t argmax_avx2(const int32_t *s, uint32_t n, int32_t *second)
{
    (void)s;
    (void)n;
    (void)second;
    return 0;
}

/* elsewhere rows stay sparse (linear_model_densify does nothing) */
static bool dense_supported(void)
{
    return false;
}

static bool avx512_supported(void)
{
    return false;
}

/* never called: rows stay sparse, argmax is scalar */
#define add_rows_avx512 add_rows_avx2
#define argmax_avx512 argmax_avx2

static void add_rows_avx2(const int8_t *const *dense, size_t ndense, const int16_t *const *wide,
                          size_t nwide, uint32_t nclasses, int32_t *scores)
{
    (void)dense;
    (void)ndense;
    (void)wide;
    (void)nwide;
    (void)nclasses;
    (void)scores;
}
#endif

/* The rows found so far that the vector kernel adds to one part's scores, and how much
 * of the int16 lanes' range they may use. Flushed when full: sums are exact whatever
 * the grouping, so a flush only costs a pass of the kernel. */
enum { ROWS_DENSE = 128, ROWS_WIDE = 64 };
typedef struct row_list {
    const int8_t *dense[ROWS_DENSE];
    const int16_t *wide[ROWS_WIDE];
    size_t ndense, nwide;
    uint32_t budget;
} row_list;

static void rows_flush(row_list *rl, uint32_t nclasses, int32_t *scores)
{
    if (rl->ndense + rl->nwide > 0) {
        if (avx512_supported())
            add_rows_avx512(rl->dense, rl->ndense, rl->wide, rl->nwide, nclasses, scores);
        else
            add_rows_avx2(rl->dense, rl->ndense, rl->wide, rl->nwide, nclasses, scores);
    }
    rl->ndense = rl->nwide = 0;
    rl->budget = 0;
}

void linear_add(int32_t *dst, const int32_t *src, uint32_t n)
{
    if (dense_supported()) {
        add_avx2(dst, src, n);
        return;
    }
    for (uint32_t c = 0; c < n; c++)
        dst[c] += src[c];
}

uint32_t linear_argmax(const int32_t *scores, uint32_t n, int32_t *second)
{
    if (avx512_supported())
        return argmax_avx512(scores, n, second);
    if (dense_supported())
        return argmax_avx2(scores, n, second);
    uint32_t best = 0;
    int32_t next = INT32_MIN;
    for (uint32_t t = 1; t < n; t++)
        if (scores[t] > scores[best]) {
            next = scores[best];
            best = t;
        } else if (scores[t] > next)
            next = scores[t];
    if (second)
        *second = next;
    return best;
}

/* The home slots of feats[0..n) into home[], prefetched. */
static inline __attribute__((always_inline)) void prefetch_slots(const linear_model *m,
                                                                 const linear_slot *slots,
                                                                 const uint64_t *feats,
                                                                 size_t n, uint64_t *home)
{
    uint64_t mask = m->mask;
    for (size_t i = 0; i < n; i++) {
        home[i] = slot_of(feats[i], mask);
        __builtin_prefetch(&slots[home[i]]);
    }
}

/* Probes feats[0..n) from their home slots, adds the sparse rows found to scores and
 * puts the dense and wide rows in rl (flushed to scores when full). */
static inline __attribute__((always_inline)) void score_found(const linear_model *m,
                                                              const linear_slot *slots,
                                                              const uint64_t *feats,
                                                              const uint64_t *home, size_t n,
                                                              row_list *rl, int32_t *scores)
{
    const linear_entry *entries = m->score_entries ? m->score_entries : m->entries;
    const int8_t *dense = m->dense;
    const int16_t *wide = m->wide;
    uint32_t width = m->dense_width, wide_max = m->wide_max;
    uint64_t mask = m->mask;
    const linear_entry *hit[SCORE_BATCH];
    size_t nhit = 0;
    for (size_t i = 0; i < n; i++) {
        if (feats[i] == 0)
            continue;
        uint32_t tag = linear_key_tag(feats[i]);
        for (uint64_t s = home[i];; s = (s + 1) & mask) {
            if (slots[s].tag == tag) {
                uint32_t first = slots[s].first;
                if (!(first & (LINEAR_DENSE | LINEAR_WIDE))) {
                    __builtin_prefetch(entries + first);
                    hit[nhit++] = entries + first;
                    break;
                }
                bool is_wide = !(first & LINEAR_DENSE);
                uint32_t cost = is_wide ? wide_max : 127;
                if (rl->budget + cost > LANE_BUDGET || rl->ndense == ROWS_DENSE ||
                    rl->nwide == ROWS_WIDE)
                    rows_flush(rl, m->nclasses, scores);
                rl->budget += cost;
                const char *row;
                if (is_wide)
                    row = (const char *)(rl->wide[rl->nwide++] =
                                             wide + (size_t)(first & ~LINEAR_WIDE) * width);
                else
                    row = (const char *)(rl->dense[rl->ndense++] =
                                             dense + (size_t)(first & ~LINEAR_DENSE) * width);
                /* the first block's lines (two for an int8 row, four for int16) */
                __builtin_prefetch(row);
                __builtin_prefetch(row + 64);
                if (is_wide) {
                    __builtin_prefetch(row + 128);
                    __builtin_prefetch(row + 192);
                }
                break;
            }
            if (slots[s].tag == 0)
                break;
        }
    }
    for (size_t i = 0; i < nhit; i++) {
        const linear_entry *e = hit[i];
        for (uint32_t k = 1; k <= e[0].cls; k++)
            scores[e[k].cls] += e[k].w;
    }
}

void linear_score(const linear_model *m, const uint64_t *feats, size_t nfeats,
                  int32_t *scores)
{
    const linear_slot *slots = m->score_slots ? m->score_slots : m->slots;
    uint64_t home[SCORE_BATCH];
    row_list rl;
    rl.ndense = rl.nwide = 0;
    rl.budget = 0;
    for (size_t base = 0; base < nfeats; base += SCORE_BATCH) {
        size_t n = nfeats - base < SCORE_BATCH ? nfeats - base : SCORE_BATCH;
        prefetch_slots(m, slots, feats + base, n, home);
        score_found(m, slots, feats + base, home, n, &rl, scores);
    }
    rows_flush(&rl, m->nclasses, scores);
}

void linear_score_parts(const linear_model *m, const uint64_t *feats, const uint32_t *ends,
                        int32_t *const *scores, size_t nparts)
{
    const linear_slot *slots = m->score_slots ? m->score_slots : m->slots;
    uint64_t home[SCORE_BATCH];
    size_t total = nparts ? ends[nparts - 1] : 0, from = 0, to = 0;
    row_list rl;
    for (size_t p = 0; p < nparts; p++) {
        rl.ndense = rl.nwide = 0;
        rl.budget = 0;
        size_t end = ends[p];
        for (size_t i = p ? ends[p - 1] : 0; i < end;) {
            if (i >= to) {
                /* the next batch of slots, across parts */
                from = i;
                to = total - i < SCORE_BATCH ? total : i + SCORE_BATCH;
                prefetch_slots(m, slots, feats + from, to - from, home);
            }
            size_t n = (end < to ? end : to) - i;
            score_found(m, slots, feats + i, home + (i - from), n, &rl, scores[p]);
            i += n;
        }
        rows_flush(&rl, m->nclasses, scores[p]);
    }
}

/* Memory that the kernel may back with 2 MB pages (where it can): scoring reads a
 * classifier at random, and with 4 KB pages most of those reads also miss the TLB. Not
 * cleared: the caller writes every byte it reads. */
static void *alloc_huge(size_t n)
{
    enum { HUGE = 2u << 20 };
    size_t size = (n + HUGE - 1) / HUGE * HUGE;
    void *p = aligned_alloc(HUGE, size);
    if (!p)
        return xmalloc(n);
#ifdef MADV_HUGEPAGE
    madvise(p, size, MADV_HUGEPAGE);
#endif
    return p;
}

enum { KEEP_SPARSE, MAKE_DENSE, MAKE_WIDE };

/* What densify makes of a row: rows of min_len entries or more with their classes in
 * increasing order, as linear_trainer_freeze() writes them, become dense (int8) or wide
 * (int16) as their weights require; a row naming a class twice stays sparse, so that
 * every sum stays exactly that of the sparse row. */
static int row_kind(const linear_entry *e, uint32_t min_len)
{
    if (e[0].cls < min_len)
        return KEEP_SPARSE;
    bool small = true;
    for (uint32_t k = 1; k <= e[0].cls; k++) {
        if (k > 1 && e[k].cls <= e[k - 1].cls)
            return KEEP_SPARSE;
        if (e[k].w < -127 || e[k].w > 127)
            small = false;
    }
    return small ? MAKE_DENSE : MAKE_WIDE;
}

void linear_model_densify(linear_model *m, uint32_t min_len)
{
    if (m->dense || m->nclasses > LINEAR_DENSE_MAX_CLASSES || !m->slots || !dense_supported())
        return;
    enum { AHEAD = 16 };
    uint64_t nslots = m->mask + 1;
    size_t nrows = 0, nwide = 0, nsparse = 0;
    uint8_t *kind = xcalloc(nslots, 1);
    for (uint64_t s = 0; s < nslots; s++) {
        if (s + AHEAD < nslots) /* rows are read in slot order, at random */
            __builtin_prefetch(m->entries + m->slots[s + AHEAD].first);
        if (!m->slots[s].tag)
            continue;
        const linear_entry *e = m->entries + m->slots[s].first;
        kind[s] = (uint8_t)row_kind(e, min_len);
        nrows += kind[s] == MAKE_DENSE;
        nwide += kind[s] == MAKE_WIDE;
        nsparse += kind[s] == KEEP_SPARSE ? 1 + (size_t)e[0].cls : 0;
    }
    if (nrows + nwide == 0 || nrows >= LINEAR_WIDE || nwide >= LINEAR_WIDE ||
        nsparse >= LINEAR_WIDE) {
        free(kind);
        return;
    }
    uint32_t width = (m->nclasses + DENSE_BLOCK - 1) / DENSE_BLOCK * DENSE_BLOCK;
    size_t sb = nslots * sizeof(linear_slot), eb = (nsparse * sizeof(linear_entry) + 63) / 64 * 64;
    size_t db = nrows * width;
    char *mem = alloc_huge(sb + eb + db + nwide * width * sizeof(int16_t));
    linear_slot *slots = (linear_slot *)mem;
    linear_entry *entries = (linear_entry *)(mem + sb);
    int8_t *dense = (int8_t *)(mem + sb + eb);
    int16_t *wide = (int16_t *)(mem + sb + eb + db);
    size_t r = 0, wr = 0, used = 0;
    uint32_t wide_max = 0;
    for (uint64_t s = 0; s < nslots; s++) {
        if (s + AHEAD < nslots)
            __builtin_prefetch(m->entries + m->slots[s + AHEAD].first);
        slots[s] = m->slots[s];
        if (!slots[s].tag)
            continue;
        const linear_entry *e = m->entries + slots[s].first;
        if (kind[s] == MAKE_DENSE) {
            int8_t *row = dense + r * width;
            memset(row, 0, width);
            for (uint32_t k = 1; k <= e[0].cls; k++)
                row[e[k].cls] = (int8_t)e[k].w;
            slots[s].first = LINEAR_DENSE | (uint32_t)r++;
        } else if (kind[s] == MAKE_WIDE) {
            int16_t *row = wide + wr * width;
            memset(row, 0, width * sizeof *row);
            for (uint32_t k = 1; k <= e[0].cls; k++) {
                row[e[k].cls] = e[k].w;
                uint32_t a = (uint32_t)(e[k].w < 0 ? -e[k].w : e[k].w);
                wide_max = a > wide_max ? a : wide_max;
            }
            slots[s].first = LINEAR_WIDE | (uint32_t)wr++;
        } else {
            memcpy(entries + used, e, (1 + (size_t)e[0].cls) * sizeof *e);
            slots[s].first = (uint32_t)used;
            used += 1 + (size_t)e[0].cls;
        }
    }
    free(kind);
    m->score_slots = slots;
    m->score_entries = entries;
    m->dense = dense;
    m->dense_width = width;
    m->wide = wide;
    m->wide_max = wide_max;
    m->dense_owned = mem;
}

void linear_prefetch(const linear_model *m, uint64_t key)
{
    if (m->slots)
        __builtin_prefetch(&m->slots[slot_of(key, m->mask)]);
}

const linear_entry *linear_find(const linear_model *m, uint64_t key, uint32_t *count)
{
    *count = 0;
    if (!m->slots || key == 0)
        return NULL;
    uint32_t tag = linear_key_tag(key);
    for (uint64_t s = slot_of(key, m->mask);; s = (s + 1) & m->mask) {
        if (m->slots[s].tag == tag) {
            const linear_entry *e = m->entries + m->slots[s].first;
            *count = e[0].cls;
            return e + 1;
        }
        if (m->slots[s].tag == 0)
            return NULL;
    }
}

void linear_model_free(linear_model *m)
{
    if (!m)
        return;
    free(m->owned);
    m->owned = NULL;
    free(m->dense_owned);
    m->dense_owned = NULL;
    m->score_slots = NULL;
    m->score_entries = NULL;
    m->dense = NULL;
    m->wide = NULL;
}

/* File layout: u64 nclasses, u64 nslots, u64 nentries, u64 nfeatures, slots, entries
 * (padded to 8 bytes). */
void linear_model_serialize(const linear_model *m, strbuf *out)
{
    uint64_t head[4] = {m->nclasses, m->mask + 1, m->nentries, m->nfeatures};
    strbuf_append(out, (const char *)head, sizeof head);
    strbuf_append(out, (const char *)m->slots, (m->mask + 1) * sizeof *m->slots);
    strbuf_append(out, (const char *)m->entries, m->nentries * sizeof *m->entries);
    static const char pad[8] = {0};
    size_t rem = (m->nentries * sizeof *m->entries) % 8;
    if (rem)
        strbuf_append(out, pad, 8 - rem);
}

bool linear_model_view(linear_model *m, const void *buf, size_t len, size_t *used,
                       sitrep_error *err)
{
    memset(m, 0, sizeof *m);
    uint64_t head[4];
    if (len < sizeof head)
        return sitrep_error_set(err, "classifier section truncated");
    memcpy(head, buf, sizeof head);
    uint64_t nclasses = head[0], nslots = head[1], nentries = head[2];
    if (nclasses == 0 || nclasses > 65535 || nslots == 0 || (nslots & (nslots - 1)) != 0 ||
        nslots > (1ull << 32) || nentries >= LINEAR_DENSE)
        return sitrep_error_set(err, "classifier header is corrupt");
    uint64_t eb = nentries * sizeof(linear_entry);
    uint64_t need = sizeof head + nslots * sizeof(linear_slot) + eb + (eb % 8 ? 8 - eb % 8 : 0);
    if (need > len)
        return sitrep_error_set(err, "classifier section truncated");
    const char *p = (const char *)buf + sizeof head;
    m->slots = (const linear_slot *)p;
    m->entries = (const linear_entry *)(p + nslots * sizeof(linear_slot));
    m->mask = nslots - 1;
    m->nentries = nentries;
    m->nclasses = (uint32_t)nclasses;
    m->nfeatures = head[3];
    /* Indices are checked once here so that scoring never has to: every row lies inside
     * the entries and names classes that exist. The rows are found from the slots, then
     * read in the order of the entries (far faster than in the order of the slots). */
    uint64_t *starts = xcalloc(nentries / 64 + 1, sizeof *starts);
    size_t filled = 0;
    const char *bad = NULL;
    for (uint64_t s = 0; s < nslots && !bad; s++) {
        const linear_slot *sl = &m->slots[s];
        if (sl->tag == 0)
            continue;
        filled++;
        if (sl->first >= nentries)
            bad = "classifier entry index out of range";
        else
            starts[sl->first / 64] |= 1ull << (sl->first % 64);
    }
    for (uint64_t wi = 0; wi <= nentries / 64 && !bad; wi++) {
        for (uint64_t bits = starts[wi]; bits && !bad; bits &= bits - 1) {
            uint64_t first = wi * 64 + (uint64_t)__builtin_ctzll(bits);
            const linear_entry *e = m->entries + first;
            if (first + 1 + (uint64_t)e[0].cls > nentries) {
                bad = "classifier entry index out of range";
                break;
            }
            for (uint32_t k = 1; k <= e[0].cls; k++)
                if (e[k].cls >= nclasses)
                    bad = "classifier class out of range";
        }
    }
    free(starts);
    if (bad)
        return sitrep_error_set(err, "%s", bad);
    if (filled == nslots)
        return sitrep_error_set(err, "classifier table has no empty slot");
    *used = need;
    return true;
}

static linear_model build(const uint64_t *keys, const uint32_t *firsts,
                          const uint32_t *counts, size_t nf, const linear_entry *entries,
                          uint32_t nclasses)
{
    linear_model out = {0};
    /* at most 70% full: short probe runs, without doubling the table for every
     * feature past a power of two */
    uint64_t nslots = 16;
    while (nslots * 7 < nf * 10 + 10)
        nslots *= 2;
    size_t n = 0;
    for (size_t i = 0; i < nf; i++)
        n += 1 + counts[i];
    size_t eb = n * sizeof(linear_entry);
    char *mem = xcalloc(1, nslots * sizeof(linear_slot) + eb + 8);
    linear_slot *slots = (linear_slot *)mem;
    linear_entry *ent = (linear_entry *)(mem + nslots * sizeof(linear_slot));
    size_t kept = 0, used = 0;
    for (size_t i = 0; i < nf; i++) {
        uint32_t tag = linear_key_tag(keys[i]);
        uint64_t s = slot_of(keys[i], nslots - 1);
        while (slots[s].tag != 0 && slots[s].tag != tag)
            s = (s + 1) & (nslots - 1);
        if (slots[s].tag == tag)
            continue; /* a duplicate (or, rarely, a feature it would be confused with) */
        slots[s] = (linear_slot){tag, (uint32_t)used};
        ent[used++] = (linear_entry){(uint16_t)counts[i], 0};
        memcpy(ent + used, entries + firsts[i], counts[i] * sizeof *ent);
        used += counts[i];
        kept++;
    }
    out.slots = slots;
    out.entries = ent;
    out.mask = nslots - 1;
    out.nentries = used;
    out.nclasses = nclasses;
    out.nfeatures = kept;
    out.owned = mem;
    return out;
}

void linear_model_build_table(const uint64_t *keys, const uint16_t *cls, size_t n,
                              uint32_t nclasses, linear_model *out)
{
    linear_entry *entries = xcalloc(n + 1, sizeof *entries);
    uint32_t *firsts = xcalloc(n + 1, sizeof *firsts), *counts = xcalloc(n + 1, sizeof *counts);
    for (size_t i = 0; i < n; i++) {
        entries[i] = (linear_entry){cls[i], 1};
        firsts[i] = (uint32_t)i;
        counts[i] = 1;
    }
    *out = build(keys, firsts, counts, n, entries, nclasses);
    free(entries);
    free(firsts);
    free(counts);
}

void linear_model_build_rows(const uint64_t *keys, const uint16_t *cls, const int16_t *w,
                             size_t n, uint32_t nclasses, linear_model *out)
{
    linear_entry *entries = xcalloc(n + 1, sizeof *entries);
    uint64_t *rkeys = xcalloc(n + 1, sizeof *rkeys);
    uint32_t *firsts = xcalloc(n + 1, sizeof *firsts), *counts = xcalloc(n + 1, sizeof *counts);
    size_t nrows = 0;
    for (size_t i = 0; i < n; i++) {
        entries[i] = (linear_entry){cls[i], w[i]};
        if (i == 0 || keys[i] != keys[i - 1]) {
            rkeys[nrows] = keys[i];
            firsts[nrows] = (uint32_t)i;
            counts[nrows++] = 0;
        }
        counts[nrows - 1]++;
    }
    *out = build(rkeys, firsts, counts, nrows, entries, nclasses);
    free(entries);
    free(rkeys);
    free(firsts);
    free(counts);
}

/* ---- training ---- */

typedef struct train_entry {
    uint32_t cls;
    int32_t w;
    int64_t u; /* sum of clock * delta, for averaging */
} train_entry;

typedef struct train_feat {
    uint64_t key;
    train_entry *e;
    uint32_t n, cap;
} train_feat;

struct linear_trainer {
    train_feat *slots;
    uint64_t mask;
    size_t nfeat;
    uint32_t nclasses;
    int64_t clock;
};

linear_trainer *linear_trainer_new(uint32_t nclasses)
{
    linear_trainer *t = xcalloc(1, sizeof *t);
    t->nclasses = nclasses;
    t->mask = (1u << 16) - 1;
    t->slots = xcalloc(t->mask + 1, sizeof *t->slots);
    t->clock = 1;
    return t;
}

void linear_trainer_free(linear_trainer *t)
{
    if (!t)
        return;
    for (uint64_t s = 0; s <= t->mask; s++)
        free(t->slots[s].e);
    free(t->slots);
    free(t);
}

size_t linear_trainer_features(const linear_trainer *t)
{
    return t->nfeat;
}

static train_feat *find(const linear_trainer *t, uint64_t key)
{
    for (uint64_t s = train_slot_of(key, t->mask);; s = (s + 1) & t->mask) {
        if (t->slots[s].key == key)
            return &t->slots[s];
        if (t->slots[s].key == 0)
            return NULL;
    }
}

static void grow(linear_trainer *t)
{
    uint64_t old_mask = t->mask;
    train_feat *old = t->slots;
    t->mask = (old_mask + 1) * 2 - 1;
    t->slots = xcalloc(t->mask + 1, sizeof *t->slots);
    for (uint64_t s = 0; s <= old_mask; s++) {
        if (old[s].key == 0)
            continue;
        uint64_t d = train_slot_of(old[s].key, t->mask);
        while (t->slots[d].key != 0)
            d = (d + 1) & t->mask;
        t->slots[d] = old[s];
    }
    free(old);
}

static train_feat *find_or_add(linear_trainer *t, uint64_t key)
{
    if ((t->nfeat + 1) * 2 > t->mask + 1)
        grow(t);
    uint64_t s = train_slot_of(key, t->mask);
    for (;; s = (s + 1) & t->mask) {
        if (t->slots[s].key == key)
            return &t->slots[s];
        if (t->slots[s].key == 0)
            break;
    }
    t->slots[s].key = key;
    t->nfeat++;
    return &t->slots[s];
}

void linear_trainer_score(const linear_trainer *t, const uint64_t *feats, size_t nfeats,
                          float *scores)
{
    for (size_t i = 0; i < nfeats; i++) {
        if (feats[i] == 0)
            continue;
        const train_feat *f = find(t, feats[i]);
        if (!f)
            continue;
        for (uint32_t k = 0; k < f->n; k++)
            scores[f->e[k].cls] += (float)f->e[k].w;
    }
}

static void add(linear_trainer *t, train_feat *f, uint32_t cls, int32_t d)
{
    for (uint32_t k = 0; k < f->n; k++)
        if (f->e[k].cls == cls) {
            f->e[k].w += d;
            f->e[k].u += t->clock * d;
            return;
        }
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 4;
        f->e = xrealloc(f->e, f->cap * sizeof *f->e);
    }
    f->e[f->n++] = (train_entry){cls, d, t->clock * d};
}

void linear_trainer_update(linear_trainer *t, const uint64_t *feats, size_t nfeats,
                           uint32_t good, uint32_t bad)
{
    if (good != bad)
        for (size_t i = 0; i < nfeats; i++) {
            if (feats[i] == 0)
                continue;
            train_feat *f = find_or_add(t, feats[i]);
            add(t, f, good, 1);
            add(t, f, bad, -1);
        }
    t->clock++;
}

void linear_trainer_add(linear_trainer *t, const uint64_t *feats, size_t nfeats, uint32_t cls,
                        int32_t delta)
{
    for (size_t i = 0; i < nfeats; i++)
        if (feats[i] != 0)
            add(t, find_or_add(t, feats[i]), cls, delta);
}

void linear_trainer_tick(linear_trainer *t)
{
    t->clock++;
}

static int cmp_entry(const void *a, const void *b)
{
    const linear_entry *x = a, *y = b;
    return (int)x->cls - (int)y->cls;
}

static int cmp_desc(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

static int16_t quantise(const train_entry *e, int64_t clock, float scale)
{
    double avg = (double)e->w - (double)e->u / (double)clock;
    double q = nearbyint(avg * scale);
    if (q > 32767)
        q = 32767;
    if (q < -32767)
        q = -32767;
    return (int16_t)q;
}

static int64_t feature_norm(const train_feat *f, int64_t clock, float scale)
{
    int64_t n = 0;
    for (uint32_t k = 0; k < f->n; k++) {
        int16_t q = quantise(&f->e[k], clock, scale);
        n += q < 0 ? -q : q;
    }
    return n;
}

void linear_trainer_freeze(const linear_trainer *t, float scale, size_t max_features,
                           linear_model *out)
{
    /* Features above the cut are kept; of those exactly at it, as many as the budget still
     * allows, in slot order (deterministic). Dropping all ties instead would throw away
     * half the budget when small integer norms tie by the hundred thousand. */
    int64_t cut = 1;
    size_t at_cut = SIZE_MAX;
    if (max_features > 0 && t->nfeat > max_features) {
        int64_t *norms = xmalloc(t->nfeat * sizeof *norms);
        size_t k = 0;
        for (uint64_t s = 0; s <= t->mask; s++)
            if (t->slots[s].key)
                norms[k++] = feature_norm(&t->slots[s], t->clock, scale);
        qsort(norms, k, sizeof *norms, cmp_desc);
        cut = norms[max_features - 1];
        if (cut < 1)
            cut = 1;
        size_t above = 0;
        while (above < k && norms[above] > cut)
            above++;
        at_cut = max_features > above ? max_features - above : 0;
        free(norms);
    }
    memset(out, 0, sizeof *out);
    /* First pass: the quantised entries of every feature that keeps one. */
    size_t cap = 0, n = 0, nf = 0;
    linear_entry *entries = NULL;
    uint64_t *keys = NULL;
    uint32_t *firsts = NULL, *counts = NULL;
    size_t kcap = 0, fcap = 0, ccap = 0;
    for (uint64_t s = 0; s <= t->mask; s++) {
        const train_feat *f = &t->slots[s];
        if (f->key == 0)
            continue;
        int64_t norm = feature_norm(f, t->clock, scale);
        if (norm < cut || (norm == cut && at_cut == 0))
            continue;
        if (norm == cut && at_cut != SIZE_MAX)
            at_cut--;
        size_t first = n;
        for (uint32_t k = 0; k < f->n; k++) {
            int16_t q = quantise(&f->e[k], t->clock, scale);
            if (q == 0)
                continue;
            entries = xgrow(entries, &cap, n + 1, sizeof *entries);
            entries[n++] = (linear_entry){(uint16_t)f->e[k].cls, (int16_t)q};
        }
        if (n == first)
            continue;
        qsort(entries + first, n - first, sizeof *entries, cmp_entry);
        keys = xgrow(keys, &kcap, nf + 1, sizeof *keys);
        firsts = xgrow(firsts, &fcap, nf + 1, sizeof *firsts);
        counts = xgrow(counts, &ccap, nf + 1, sizeof *counts);
        keys[nf] = f->key;
        firsts[nf] = (uint32_t)first;
        counts[nf] = (uint32_t)(n - first);
        nf++;
    }
    *out = build(keys, firsts, counts, nf, entries, t->nclasses);
    free(entries);
    free(keys);
    free(firsts);
    free(counts);
}
