/* parser.c: the arc-hybrid parser, its features and its dynamic oracle (see parser.h).
 *
 * The state keeps, for every node, its head and label once attached, its two leftmost and
 * two rightmost dependents, its valency and the set of its dependents' labels: the
 * features of Zhang and Nivre (2011), adapted to the arc-hybrid system (where the stack
 * top has no head yet, the word below it stands in for its head). Greedy parsing keeps
 * the sums of the features that cannot change while a token stays s0 or b0 ("scoring
 * with caches"). */
#include "syntax/parser.h"

#include "syntax/feature.h"
#include "syntax/feature_batch.h"

#include <float.h>
#include <string.h>

/* every transition of a model: SHIFT, then LEFT and RIGHT with each label (the loader
 * refuses models with more than SYNTAX_MAX_LABELS labels) */
enum { MAX_FEATS = 128, MAX_CLASSES = 1 + 2 * SYNTAX_MAX_LABELS };

typedef struct state {
    uint32_t n;
    int32_t *stack;
    uint32_t depth;
    uint32_t b; /* first buffer node; n + 1 when the buffer is empty */
    int32_t *head, *label;
    int32_t *lc1, *lc2, *rc1, *rc2;
    uint8_t *nl, *nr;
    uint64_t *lset, *rset; /* label sets of left and right dependents (label mod 64) */
    void *mem;             /* all the arrays above, in one block (copied whole by beams) */
} state;

static size_t state_bytes(uint32_t n)
{
    size_t nodes = n + 1;
    return nodes * (2 * sizeof(uint64_t) + 7 * sizeof(int32_t) + 2);
}

static void state_bind(state *s, uint32_t n, void *mem)
{
    size_t nodes = n + 1;
    s->n = n;
    s->mem = mem;
    s->lset = mem;
    s->rset = s->lset + nodes;
    s->stack = (int32_t *)(s->rset + nodes);
    s->head = s->stack + nodes;
    s->label = s->head + nodes;
    s->lc1 = s->label + nodes;
    s->lc2 = s->lc1 + nodes;
    s->rc1 = s->lc2 + nodes;
    s->rc2 = s->rc1 + nodes;
    s->nl = (uint8_t *)(s->rc2 + nodes);
    s->nr = s->nl + nodes;
}

static void state_init(state *s, uint32_t n, arena *a)
{
    size_t nodes = n + 1;
    state_bind(s, n, arena_alloc(a, state_bytes(n)));
    memset(s->lset, 0, nodes * 2 * sizeof(uint64_t));
    memset(s->nl, 0, nodes * 2);
    for (size_t i = 0; i < nodes * 6; i++)
        s->head[i] = -1;
    memset(s->stack, 0, nodes * sizeof *s->stack);
    s->depth = 1;
    s->b = 1;
}

static void state_copy(state *dst, const state *src)
{
    /* the whole block: per-node arrays are small next to scoring a state */
    memcpy(dst->mem, src->mem, state_bytes(src->n));
    dst->depth = src->depth;
    dst->b = src->b;
}

static bool terminal(const state *s)
{
    return s->b > s->n && s->depth == 1;
}

static void attach(state *s, int32_t dep, int32_t head, int32_t label)
{
    s->head[dep] = head;
    s->label[dep] = label;
    if (dep < head) {
        s->lc2[head] = s->lc1[head];
        s->lc1[head] = dep; /* arc-hybrid adds left dependents right to left */
        if (s->nl[head] < 255)
            s->nl[head]++;
        s->lset[head] |= 1ull << (label & 63);
    } else {
        s->rc2[head] = s->rc1[head];
        s->rc1[head] = dep; /* and right dependents left to right */
        if (s->nr[head] < 255)
            s->nr[head]++;
        s->rset[head] |= 1ull << (label & 63);
    }
}

/* Valid moves: SHIFT needs a buffer; LEFT a buffer and a word on top of the stack; RIGHT
 * two stack nodes, and the root below only once the buffer is empty. */
static bool can_shift(const state *s)
{
    return s->b <= s->n;
}

static bool can_left(const state *s)
{
    return s->b <= s->n && s->depth > 1;
}

static bool can_right(const state *s)
{
    return s->depth > 2 || (s->depth == 2 && s->b > s->n);
}

static void apply(state *s, uint32_t move, uint32_t nlabels)
{
    if (move == 0) {
        s->stack[s->depth++] = (int32_t)s->b++;
    } else if (move <= nlabels) {
        int32_t s0 = s->stack[--s->depth];
        attach(s, s0, (int32_t)s->b, (int32_t)(move - 1));
    } else {
        int32_t s0 = s->stack[--s->depth];
        attach(s, s0, s->stack[s->depth - 1], (int32_t)(move - 1 - nlabels));
    }
}

/* ---- features ---- */

#define V_NONE 0x1b873593ull
#define V_ROOT 0x2c1b3c6dull

static inline uint64_t wv(const syn_word *w, int32_t x)
{
    return x < 0 ? V_NONE : x == 0 ? V_ROOT : w[x - 1].lower;
}

static inline uint64_t pv(const syn_word *w, int32_t x)
{
    return x < 0 ? V_NONE : x == 0 ? V_ROOT : 0x100ull + w[x - 1].tag;
}

static inline uint64_t uv(const syn_word *w, int32_t x)
{
    return x < 0 ? V_NONE : x == 0 ? V_ROOT : 0x300ull + w[x - 1].upos;
}

/* the 3-byte suffix: generalises over rare words, whose word features are pruned */
static inline uint64_t sv(const syn_word *w, int32_t x)
{
    return x < 0 ? V_NONE : x == 0 ? V_ROOT : w[x - 1].suf[2];
}

/* the ambiguity class: the tags the word could have, a hedge against a wrong tag */
static inline uint64_t av(const syn_word *w, int32_t x)
{
    return x < 0 ? V_NONE : x == 0 ? V_ROOT : w[x - 1].amb;
}

static inline uint64_t lv(const state *s, int32_t x)
{
    return x < 0 ? V_NONE : 0x200ull + (uint64_t)s->label[x];
}

static inline int32_t kid(const int32_t *arr, int32_t x)
{
    return x < 0 ? -1 : arr[x];
}

/* The values feature templates read ("atoms"), each with the part of the state it
 * depends on. What a part depends on is what lets scoring cache (parser_parse):
 *  - P_STACK: fixed while the same token is s0. A token is pushed once, so the stack
 *    below it does not change while it is on the stack; the words below only gain
 *    dependents when the one above them is popped, and s0's left dependents were all
 *    attached while it was b0.
 *  - P_S0_RIGHT: s0's right dependents, which it gains while it stays s0 (RIGHT pops a
 *    word onto it).
 *  - P_BUF: fixed while b0 is the same: b0..b3 are the next words of the sentence.
 *  - P_B0_LEFT: b0's left dependents, gained while it stays b0 (LEFT).
 *  - P_CROSS: relations of the stack to the buffer. */
enum { P_STACK = 1, P_S0_RIGHT = 2, P_BUF = 4, P_B0_LEFT = 8, P_CROSS = 16 };

#define ATOMS(X)                                                                            \
    X(ZERO, 0)                                                                              \
    X(S0W, P_STACK) X(S0P, P_STACK) X(S0U, P_STACK) X(S0S, P_STACK) X(S0A, P_STACK)         \
    X(S0WP, P_STACK) X(S1W, P_STACK) X(S1P, P_STACK) X(S1U, P_STACK) X(S1S, P_STACK)        \
    X(S2W, P_STACK) X(S2P, P_STACK) X(D10, P_STACK)                                         \
    X(S0L1P, P_STACK) X(S0L1L, P_STACK) X(S0L1W, P_STACK) X(S0L2P, P_STACK)                 \
    X(S0L2L, P_STACK) X(S0VL, P_STACK) X(S0LS, P_STACK)                                     \
    X(S1L1P, P_STACK) X(S1L1L, P_STACK) X(S1R1P, P_STACK) X(S1R1L, P_STACK)                 \
    X(S1R1W, P_STACK) X(S1R2P, P_STACK) X(S1VL, P_STACK) X(S1VR, P_STACK) X(S1RS, P_STACK)  \
    X(S0R1P, P_S0_RIGHT) X(S0R1L, P_S0_RIGHT) X(S0R1W, P_S0_RIGHT) X(S0R2P, P_S0_RIGHT)     \
    X(S0R2L, P_S0_RIGHT) X(S0VR, P_S0_RIGHT) X(S0RS, P_S0_RIGHT)                            \
    X(B0W, P_BUF) X(B0P, P_BUF) X(B0U, P_BUF) X(B0S, P_BUF) X(B0A, P_BUF) X(B0WP, P_BUF)    \
    X(B1W, P_BUF) X(B1P, P_BUF) X(B1U, P_BUF) X(B2W, P_BUF) X(B2P, P_BUF) X(B2U, P_BUF)     \
    X(B3P, P_BUF)                                                                           \
    X(B0L1P, P_B0_LEFT) X(B0L1L, P_B0_LEFT) X(B0L1W, P_B0_LEFT) X(B0L2P, P_B0_LEFT)         \
    X(B0L2L, P_B0_LEFT) X(B0VL, P_B0_LEFT) X(B0LS, P_B0_LEFT)                               \
    X(D01, P_CROSS)

#define ATOM_ENUM(name, part) A_##name,
enum { ATOMS(ATOM_ENUM) NATOMS };
#undef ATOM_ENUM

static void atoms(const state *s, const syn_word *w, uint64_t *v)
{
    int32_t s0 = s->depth >= 1 ? s->stack[s->depth - 1] : -1;
    int32_t s1 = s->depth >= 2 ? s->stack[s->depth - 2] : -1;
    int32_t s2 = s->depth >= 3 ? s->stack[s->depth - 3] : -1;
    int32_t b0 = s->b <= s->n ? (int32_t)s->b : -1;
    int32_t b1 = s->b + 1 <= s->n ? (int32_t)s->b + 1 : -1;
    int32_t b2 = s->b + 2 <= s->n ? (int32_t)s->b + 2 : -1;
    int32_t b3 = s->b + 3 <= s->n ? (int32_t)s->b + 3 : -1;
    int32_t s0l1 = kid(s->lc1, s0), s0l2 = kid(s->lc2, s0), s0r1 = kid(s->rc1, s0),
            s0r2 = kid(s->rc2, s0);
    int32_t s1l1 = kid(s->lc1, s1), s1r1 = kid(s->rc1, s1), s1r2 = kid(s->rc2, s1);
    int32_t b0l1 = kid(s->lc1, b0), b0l2 = kid(s->lc2, b0);
    v[A_ZERO] = 0;
    v[A_S0W] = wv(w, s0);
    v[A_S0P] = pv(w, s0);
    v[A_S0U] = uv(w, s0);
    v[A_S0S] = sv(w, s0);
    v[A_S0A] = av(w, s0);
    v[A_S0WP] = feat_mix(v[A_S0W] ^ v[A_S0P]);
    v[A_S1W] = wv(w, s1);
    v[A_S1P] = pv(w, s1);
    v[A_S1U] = uv(w, s1);
    v[A_S1S] = sv(w, s1);
    v[A_S2W] = wv(w, s2);
    v[A_S2P] = pv(w, s2);
    v[A_D10] = 0;
    if (s0 > 0 && s1 >= 0)
        v[A_D10] =
            (uint64_t)(s0 - s1 > 5 ? (s0 - s1 > 10 ? 7 : 6) : s0 - s1) + (s1 == 0 ? 16 : 0);
    v[A_S0L1P] = pv(w, s0l1);
    v[A_S0L1L] = lv(s, s0l1);
    v[A_S0L1W] = wv(w, s0l1);
    v[A_S0L2P] = pv(w, s0l2);
    v[A_S0L2L] = lv(s, s0l2);
    v[A_S0VL] = s0 >= 0 ? s->nl[s0] : 99;
    v[A_S0LS] = s0 >= 0 ? s->lset[s0] : 1;
    v[A_S1L1P] = pv(w, s1l1);
    v[A_S1L1L] = lv(s, s1l1);
    v[A_S1R1P] = pv(w, s1r1);
    v[A_S1R1L] = lv(s, s1r1);
    v[A_S1R1W] = wv(w, s1r1);
    v[A_S1R2P] = pv(w, s1r2);
    v[A_S1VL] = s1 >= 0 ? s->nl[s1] : 99;
    v[A_S1VR] = s1 >= 0 ? s->nr[s1] : 99;
    v[A_S1RS] = s1 >= 0 ? s->rset[s1] : 1;
    v[A_S0R1P] = pv(w, s0r1);
    v[A_S0R1L] = lv(s, s0r1);
    v[A_S0R1W] = wv(w, s0r1);
    v[A_S0R2P] = pv(w, s0r2);
    v[A_S0R2L] = lv(s, s0r2);
    v[A_S0VR] = s0 >= 0 ? s->nr[s0] : 99;
    v[A_S0RS] = s0 >= 0 ? s->rset[s0] : 1;
    v[A_B0W] = wv(w, b0);
    v[A_B0P] = pv(w, b0);
    v[A_B0U] = uv(w, b0);
    v[A_B0S] = sv(w, b0);
    v[A_B0A] = av(w, b0);
    v[A_B0WP] = feat_mix(v[A_B0W] ^ v[A_B0P]);
    v[A_B1W] = wv(w, b1);
    v[A_B1P] = pv(w, b1);
    v[A_B1U] = uv(w, b1);
    v[A_B2W] = wv(w, b2);
    v[A_B2P] = pv(w, b2);
    v[A_B2U] = uv(w, b2);
    v[A_B3P] = pv(w, b3);
    v[A_B0L1P] = pv(w, b0l1);
    v[A_B0L1L] = lv(s, b0l1);
    v[A_B0L1W] = wv(w, b0l1);
    v[A_B0L2P] = pv(w, b0l2);
    v[A_B0L2L] = lv(s, b0l2);
    v[A_B0VL] = b0 >= 0 ? s->nl[b0] : 99;
    v[A_B0LS] = b0 >= 0 ? s->lset[b0] : 1;
    v[A_D01] = 0;
    if (s0 > 0 && b0 > 0)
        v[A_D01] = (uint64_t)(b0 - s0 > 5 ? (b0 - s0 > 10 ? 7 : 6) : b0 - s0);
}

/* The templates, in the order of their numbers: T(a, b, c) is feature
 * feat_key(t, a, b, c) of the t-th line. A model is trained for this list, so a change to
 * it needs a new model. */
#define TEMPLATES(T)                                                                       \
    /* single words */                                                                     \
    T(S0W, S0P, ZERO)                                                                      \
    T(S0W, ZERO, ZERO)                                                                     \
    T(S0P, ZERO, ZERO)                                                                     \
    T(B0W, B0P, ZERO)                                                                      \
    T(B0W, ZERO, ZERO)                                                                     \
    T(B0P, ZERO, ZERO)                                                                     \
    T(B1W, B1P, ZERO)                                                                      \
    T(B1W, ZERO, ZERO)                                                                     \
    T(B1P, ZERO, ZERO)                                                                     \
    T(B2W, B2P, ZERO)                                                                      \
    T(B2P, ZERO, ZERO)                                                                     \
    T(S1W, S1P, ZERO)                                                                      \
    T(S1W, ZERO, ZERO)                                                                     \
    T(S1P, ZERO, ZERO)                                                                     \
    T(S2P, ZERO, ZERO)                                                                     \
    T(S2W, S2P, ZERO)                                                                      \
    /* pairs */                                                                            \
    T(S0W, S0P, B0WP)                                                                      \
    T(S0W, S0P, B0W)                                                                       \
    T(S0W, B0W, B0P)                                                                       \
    T(S0W, S0P, B0P)                                                                       \
    T(S0P, B0W, B0P)                                                                       \
    T(S0W, B0W, ZERO)                                                                      \
    T(S0P, B0P, ZERO)                                                                      \
    T(B0P, B1P, ZERO)                                                                      \
    T(S1W, S1P, S0WP)                                                                      \
    T(S1W, S0W, ZERO)                                                                      \
    T(S1P, S0P, ZERO)                                                                      \
    T(S1P, S0W, S0P)                                                                       \
    T(S1W, S1P, S0P)                                                                       \
    T(S1W, S0W, S0P)                                                                       \
    T(S1P, B0P, ZERO)                                                                      \
    T(S1W, B0W, ZERO)                                                                      \
    /* triples of tags */                                                                  \
    T(B0P, B1P, B2P)                                                                       \
    T(S0P, B0P, B1P)                                                                       \
    T(S1P, S0P, B0P)                                                                       \
    T(S2P, S1P, S0P)                                                                       \
    T(S1P, S0P, B1P)                                                                       \
    T(S0W, B0P, B1P)                                                                       \
    T(S1P, S0P, B0W)                                                                       \
    /* distance */                                                                         \
    T(S0W, D01, ZERO)                                                                      \
    T(S0P, D01, ZERO)                                                                      \
    T(B0W, D01, ZERO)                                                                      \
    T(B0P, D01, ZERO)                                                                      \
    T(S0P, B0P, D01)                                                                       \
    T(S0W, B0W, D01)                                                                       \
    T(S1P, S0P, D10)                                                                       \
    T(S1W, S0W, D10)                                                                       \
    T(S1P, D10, ZERO)                                                                      \
    /* valency */                                                                          \
    T(S0W, S0VR, ZERO)                                                                     \
    T(S0P, S0VR, ZERO)                                                                     \
    T(S0W, S0VL, ZERO)                                                                     \
    T(S0P, S0VL, ZERO)                                                                     \
    T(B0W, B0VL, ZERO)                                                                     \
    T(B0P, B0VL, ZERO)                                                                     \
    T(S1P, S1VR, S1VL)                                                                     \
    T(S1W, S1VR, ZERO)                                                                     \
    /* dependents */                                                                       \
    T(S0L1P, S0L1L, ZERO)                                                                  \
    T(S0L1W, ZERO, ZERO)                                                                   \
    T(S0R1P, S0R1L, ZERO)                                                                  \
    T(S0R1W, ZERO, ZERO)                                                                   \
    T(B0L1P, B0L1L, ZERO)                                                                  \
    T(B0L1W, ZERO, ZERO)                                                                   \
    T(S1L1P, S1L1L, ZERO)                                                                  \
    T(S1R1P, S1R1L, ZERO)                                                                  \
    T(S1R1W, ZERO, ZERO)                                                                   \
    T(S0P, S0L1L, S0L2L)                                                                   \
    T(S0P, S0R1L, S0R2L)                                                                   \
    T(S0P, S0L1P, S0L2P)                                                                   \
    T(S0P, S0R1P, S0R2P)                                                                   \
    T(B0P, B0L1P, B0L2P)                                                                   \
    T(B0P, B0L1L, B0L2L)                                                                   \
    T(S1P, S1R1P, S1R2P)                                                                   \
    T(S0P, S0L1P, B0P)                                                                     \
    T(S0P, S0R1P, B0P)                                                                     \
    T(S1P, S1R1P, S0P)                                                                     \
    T(S1P, S1R1L, S0P)                                                                     \
    T(B0P, B0L1P, S0P)                                                                     \
    T(S0P, S0L1L, B0P)                                                                     \
    /* coarse tags: the universal part of speech generalises over fine-tag errors */       \
    T(S0U, B0U, ZERO)                                                                      \
    T(S1U, S0U, ZERO)                                                                      \
    T(S0U, B0U, B1U)                                                                       \
    T(S1U, S0U, B0U)                                                                       \
    T(B0U, B1U, B2U)                                                                       \
    T(S0W, B0U, ZERO)                                                                      \
    T(S0U, B0W, ZERO)                                                                      \
    T(S1U, S0W, ZERO)                                                                      \
    T(S0U, D01, B0U)                                                                       \
    /* label sets */                                                                       \
    T(S0W, S0LS, ZERO)                                                                     \
    T(S0P, S0LS, ZERO)                                                                     \
    T(S0W, S0RS, ZERO)                                                                     \
    T(S0P, S0RS, ZERO)                                                                     \
    T(B0P, B0LS, ZERO)                                                                     \
    T(S1P, S1RS, ZERO)                                                                     \
    /* farther lookahead, the 3-byte suffix (generalises over rare words, whose word       \
     * features are pruned) and the ambiguity class (the tags the word could have, a       \
     * hedge against a wrong tag) */                                                       \
    T(B3P, ZERO, ZERO)                                                                     \
    T(B1P, B2P, B3P)                                                                       \
    T(S0S, S0P, ZERO)                                                                      \
    T(B0S, B0P, ZERO)                                                                      \
    T(S1S, S1P, ZERO)                                                                      \
    T(S0S, B0S, ZERO)                                                                      \
    T(S0A, S0P, ZERO)                                                                      \
    T(B0A, B0P, ZERO)                                                                      \
    T(B0A, S0P, ZERO)                                                                      \
    T(S1P, B0W, ZERO)                                                                      \

#define T_COUNT(a, b, c) +1
enum { NTEMPLATES = 0 TEMPLATES(T_COUNT) };
#undef T_COUNT
_Static_assert((int)NTEMPLATES <= (int)MAX_FEATS, "more templates than MAX_FEATS");

/* The parts of the state an atom reads, as constants, so that a template's group (below)
 * is known when compiling. */
#define ATOM_PART_CONST(name, part) PART_##name = part,
enum { ATOMS(ATOM_PART_CONST) };
#undef ATOM_PART_CONST

/* Groups of templates by what they read: G_STACK reads only P_STACK atoms (its sum is
 * fixed while s0 is the same token), G_BUF only P_BUF atoms (fixed while b0 is), G_REST
 * the others. (The atoms that change while a token keeps its role, P_S0_RIGHT and
 * P_B0_LEFT, were tried as groups of their own keyed on the last dependent: their sums
 * are reusable at a fifth to a quarter of the transitions, against nearly half for
 * G_STACK and G_BUF, and did not pay for their bookkeeping.) */
enum { G_STACK, G_BUF, G_REST, NGROUPS, G_ALL = NGROUPS };

static inline uint32_t group_of(uint32_t parts)
{
    return (parts & ~(uint32_t)P_STACK) == 0 ? G_STACK
           : (parts & ~(uint32_t)P_BUF) == 0 ? G_BUF
                                             : G_REST;
}

/* The keys of group g's templates (every template for G_ALL) into f, from the atoms v;
 * returns how many. Inlined with a constant g, it is the straight code of that group. */
static inline __attribute__((always_inline)) size_t group_features(const uint64_t *v,
                                                                   uint32_t g, uint64_t *f)
{
    size_t k = 0;
    uint32_t t = 0;
#define T(a, b, c)                                                                          \
    if (g == G_ALL || group_of(PART_##a | PART_##b | PART_##c) == g)                        \
        f[k++] = feat_key(t, v[A_##a], v[A_##b], v[A_##c]);                                 \
    t++;
    TEMPLATES(T)
#undef T
    return k;
}

static size_t features(const state *s, const syn_word *w, uint64_t *f)
{
    uint64_t v[NATOMS];
    atoms(s, w, v);
    return group_features(v, G_ALL, f);
}

/* ---- decoding ---- */

static uint32_t best_valid(const state *s, const int32_t *scores, uint32_t nlabels)
{
    /* The valid moves are one run of classes: LEFT is valid only with SHIFT, and when
     * SHIFT is not, only RIGHT is. The first best of the run wins, as in class order. */
    uint32_t from = can_shift(s) ? 0 : 1 + nlabels;
    uint32_t to = can_right(s) ? 1 + 2 * nlabels : can_left(s) ? 1 + nlabels : 1;
    return from + linear_argmax(scores + from, to - from, NULL);
}

static void parse_beam(const syntax_model *m, const syn_word *w, uint32_t n, arena *a,
                       uint32_t width, int32_t *heads, int32_t *labels);

/* ---- scoring with caches ---- */

/* The sum of a group's rows stays the same while what the group reads does (see the
 * parts above), and a token stays s0 or b0 for several transitions in a row (LEFT and
 * RIGHT keep b0; a token is s0 again after the word above it is popped). So greedy
 * parsing keeps the sums of G_STACK per token and that of G_BUF for the current b0, and
 * hashes and looks up only the groups whose sums are out of date, and G_REST. The scores
 * are the same integer sums as without caches. */
typedef struct score_cache {
    feat_batch groups[NGROUPS]; /* each group's templates, hashed as a batch */
    bool batched;               /* (when that is faster than the straight code) */
    uint32_t stride;    /* nclasses rounded up to a multiple of 16 */
    int32_t *stack_sum; /* per stack position: G_STACK's sum for the token there */
    int32_t *stack_tok; /* per stack position: that token (-1: none yet) */
    int32_t *buf_sum;   /* G_BUF's sum for b0 = buf_b */
    uint32_t buf_b;     /* 0: none yet */
} score_cache;

/* Kept by stack position rather than by token: the positions in use are few and stay in
 * the cache, and the token at a position stays there until it is popped. */
static void score_cache_init(score_cache *c, uint32_t n, uint32_t nclasses, arena *a)
{
    c->batched = feat_batch_vectors();
    if (c->batched) {
        for (uint32_t g = 0; g < NGROUPS; g++)
            feat_batch_init(&c->groups[g]);
        uint32_t t = 0;
#define T(a, b, c_)                                                                         \
    feat_batch_add(&c->groups[group_of(PART_##a | PART_##b | PART_##c_)], t++, A_##a, A_##b,  \
                   A_##c_);
        TEMPLATES(T)
#undef T
        for (uint32_t g = 0; g < NGROUPS; g++)
            feat_batch_seal(&c->groups[g], A_ZERO);
    }
    c->stride = (nclasses + 15) / 16 * 16;
    c->stack_sum = arena_alloc(a, (size_t)(n + 1) * c->stride * sizeof(int32_t));
    c->stack_tok = arena_alloc(a, (n + 1) * sizeof *c->stack_tok);
    for (uint32_t i = 0; i <= n; i++)
        c->stack_tok[i] = -1;
    c->buf_sum = arena_alloc(a, c->stride * sizeof(int32_t));
    c->buf_b = 0;
}

/* The keys of group g's templates into f (with room for FEAT_BATCH_ROOM of them);
 * returns how many. */
static inline __attribute__((always_inline)) size_t group_keys(const score_cache *c,
                                                               const uint64_t *v, uint32_t g,
                                                               uint64_t *f)
{
    if (!c->batched)
        return group_features(v, g, f);
    feat_batch_keys(&c->groups[g], v, f);
    return c->groups[g].n;
}

/* scores[0..stride) = the sum of every template's row for state s (zeros past
 * nclasses) */
static void score_cached(const syntax_model *m, score_cache *c, const state *s,
                         const syn_word *w, int32_t *scores)
{
    uint64_t v[NATOMS], f[NTEMPLATES + FEAT_BATCH_LANES];
    uint32_t ends[NGROUPS];
    int32_t *outs[NGROUPS];
    size_t nparts = 0, k = 0;
    atoms(s, w, v);
    uint32_t top = s->depth - 1; /* the root at least is on the stack */
    int32_t *stack_sum = c->stack_sum + (size_t)top * c->stride;
    if (c->stack_tok[top] != s->stack[top]) {
        c->stack_tok[top] = s->stack[top];
        memset(stack_sum, 0, c->stride * sizeof *stack_sum);
        k += group_keys(c, v, G_STACK, f + k);
        ends[nparts] = (uint32_t)k;
        outs[nparts++] = stack_sum;
    }
    if (c->buf_b != s->b) {
        c->buf_b = s->b;
        memset(c->buf_sum, 0, c->stride * sizeof *c->buf_sum);
        k += group_keys(c, v, G_BUF, f + k);
        ends[nparts] = (uint32_t)k;
        outs[nparts++] = c->buf_sum;
    }
    memset(scores, 0, c->stride * sizeof *scores);
    k += group_keys(c, v, G_REST, f + k);
    ends[nparts] = (uint32_t)k;
    outs[nparts++] = scores;
    linear_score_parts(&m->parser, f, ends, outs, nparts);
    linear_add(scores, stack_sum, c->stride);
    linear_add(scores, c->buf_sum, c->stride);
}

void parser_parse(const syntax_model *m, const syn_word *w, uint32_t n, arena *a,
                  int32_t *heads, int32_t *labels)
{
    if (m->beam > 1) {
        parse_beam(m, w, n, a, m->beam, heads, labels);
        return;
    }
    state s;
    state_init(&s, n, a);
    uint32_t nlabels = m->nlabels, nclasses = 1 + 2 * nlabels;
    int32_t scores[(MAX_CLASSES + 15) / 16 * 16];
    if (nclasses > MAX_CLASSES)
        nclasses = MAX_CLASSES;
    score_cache cache;
    score_cache_init(&cache, n, nclasses, a);
    while (!terminal(&s)) {
        if (!can_left(&s) && !can_right(&s)) {
            apply(&s, 0, nlabels); /* only the root on the stack: SHIFT, unscored */
            continue;
        }
        score_cached(m, &cache, &s, w, scores);
        uint32_t move = best_valid(&s, scores, nlabels);
        apply(&s, move, nlabels);
    }
    for (uint32_t i = 1; i <= n; i++) {
        heads[i] = s.head[i];
        labels[i] = s.label[i];
    }
}

void parser_parse_uncached(const syntax_model *m, const syn_word *w, uint32_t n, arena *a,
                           int32_t *heads, int32_t *labels)
{
    state s;
    state_init(&s, n, a);
    uint32_t nlabels = m->nlabels, nclasses = 1 + 2 * nlabels;
    int32_t scores[MAX_CLASSES];
    uint64_t f[MAX_FEATS];
    if (nclasses > MAX_CLASSES)
        nclasses = MAX_CLASSES;
    while (!terminal(&s)) {
        size_t nf = features(&s, w, f);
        memset(scores, 0, nclasses * sizeof *scores);
        linear_score(&m->parser, f, nf, scores);
        apply(&s, best_valid(&s, scores, nlabels), nlabels);
    }
    for (uint32_t i = 1; i <= n; i++) {
        heads[i] = s.head[i];
        labels[i] = s.label[i];
    }
}

/* ---- beam search ---- */

/* A beam keeps the `width` best transition sequences so far (by the sum of their
 * transitions' scores) instead of one; every sequence of an n-word sentence has 2n
 * transitions, so the items of a beam always have the same length. Trained globally
 * (parser_train_sentence_beam), this recovers from early mistakes that a greedy parser
 * cannot undo (Zhang and Clark 2008; Zhang and Nivre 2011). */

typedef struct beam_item {
    state s;
    double score;
} beam_item;

typedef struct beam_cand {
    double score;
    uint32_t parent, move;
} beam_cand;

typedef struct beam_hist {
    uint32_t parent, move;
} beam_hist;

typedef void (*beam_scorer)(const void *model, const uint64_t *f, size_t nf, float *scores);

static void score_frozen(const void *model, const uint64_t *f, size_t nf, float *scores)
{
    const linear_model *m = model;
    int32_t sc[MAX_CLASSES];
    memset(sc, 0, m->nclasses * sizeof *sc);
    linear_score(m, f, nf, sc);
    for (uint32_t c = 0; c < m->nclasses; c++)
        scores[c] = (float)sc[c];
}

static void score_trainer(const void *model, const uint64_t *f, size_t nf, float *scores)
{
    linear_trainer_score(model, f, nf, scores);
}

/* Inserts a candidate into the best `width` kept in descending order (ties keep the
 * earlier candidate, so decoding is deterministic). */
static void keep_best(beam_cand *best, uint32_t *nbest, uint32_t width, beam_cand c)
{
    if (*nbest == width && !(c.score > best[width - 1].score))
        return;
    uint32_t i = *nbest < width ? (*nbest)++ : width - 1;
    while (i > 0 && c.score > best[i - 1].score) {
        best[i] = best[i - 1];
        i--;
    }
    best[i] = c;
}

/* One step: expands every item of `in` by every valid move and keeps the best `width`
 * in `out`, recording each kept item's parent and move in hist. Returns out's size. */
static uint32_t beam_step(const beam_item *in, uint32_t nin, beam_item *out, uint32_t width,
                          const syn_word *w, uint32_t nlabels, beam_scorer score,
                          const void *model, beam_hist *hist)
{
    beam_cand best[PARSER_MAX_BEAM];
    uint32_t nbest = 0, nclasses = 1 + 2 * nlabels;
    float scores[MAX_CLASSES];
    uint64_t f[MAX_FEATS];
    for (uint32_t i = 0; i < nin; i++) {
        const state *s = &in[i].s;
        size_t nf = features(s, w, f);
        memset(scores, 0, nclasses * sizeof *scores);
        score(model, f, nf, scores);
        if (can_shift(s))
            keep_best(best, &nbest, width, (beam_cand){in[i].score + scores[0], i, 0});
        if (can_left(s))
            for (uint32_t l = 0; l < nlabels; l++)
                keep_best(best, &nbest, width,
                          (beam_cand){in[i].score + scores[1 + l], i, 1 + l});
        if (can_right(s))
            for (uint32_t l = 0; l < nlabels; l++)
                keep_best(best, &nbest, width,
                          (beam_cand){in[i].score + scores[1 + nlabels + l], i,
                                      1 + nlabels + l});
    }
    for (uint32_t j = 0; j < nbest; j++) {
        state_copy(&out[j].s, &in[best[j].parent].s);
        apply(&out[j].s, best[j].move, nlabels);
        out[j].score = best[j].score;
        hist[j] = (beam_hist){best[j].parent, best[j].move};
    }
    return nbest;
}

static beam_item *beam_alloc(uint32_t n, uint32_t width, arena *a)
{
    beam_item *b = arena_alloc(a, width * sizeof *b);
    for (uint32_t j = 0; j < width; j++) {
        state_init(&b[j].s, n, a);
        b[j].score = 0;
    }
    return b;
}

static void parse_beam(const syntax_model *m, const syn_word *w, uint32_t n, arena *a,
                       uint32_t width, int32_t *heads, int32_t *labels)
{
    if (width > PARSER_MAX_BEAM)
        width = PARSER_MAX_BEAM;
    beam_item *cur = beam_alloc(n, width, a), *next = beam_alloc(n, width, a);
    beam_hist hist[PARSER_MAX_BEAM];
    uint32_t ncur = 1;
    while (!terminal(&cur[0].s)) {
        ncur = beam_step(cur, ncur, next, width, w, m->nlabels, score_frozen, &m->parser, hist);
        beam_item *t = cur;
        cur = next;
        next = t;
    }
    for (uint32_t i = 1; i <= n; i++) {
        heads[i] = cur[0].s.head[i];
        labels[i] = cur[0].s.label[i];
    }
}

/* ---- the dynamic oracle ---- */

typedef struct move_costs {
    int32_t shift, left, right; /* INT32_MAX when not allowed */
} move_costs;

/* The number of gold arcs each move makes unreachable (Goldberg and Nivre 2013, for the
 * arc-hybrid system): SHIFT loses the arcs between b0 and the stack below s0 (and b0's
 * dependents anywhere on the stack); LEFT loses s0's dependents in the buffer and a head
 * at s1 or further in the buffer; RIGHT loses s0's dependents and head in the buffer. */
static move_costs costs(const state *s, const int32_t *gold)
{
    move_costs c = {INT32_MAX, INT32_MAX, INT32_MAX};
    int32_t s0 = s->depth >= 1 ? s->stack[s->depth - 1] : -1;
    int32_t s1 = s->depth >= 2 ? s->stack[s->depth - 2] : -1;
    int32_t b0 = s->b <= s->n ? (int32_t)s->b : -1;
    int32_t s0_kids_in_buffer = 0;
    bool s0_head_in_buffer = false, s0_head_after_b0 = false;
    if (s0 > 0) {
        for (uint32_t k = s->b; k <= s->n; k++)
            if (gold[k] == s0)
                s0_kids_in_buffer++;
        s0_head_in_buffer = gold[s0] >= (int32_t)s->b;
        s0_head_after_b0 = gold[s0] > (int32_t)s->b;
    }
    if (can_shift(s)) {
        int32_t lost = 0;
        for (uint32_t d = 0; d < s->depth; d++) {
            int32_t k = s->stack[d];
            if (k > 0 && gold[k] == b0)
                lost++;
            if (k != s0 && gold[b0] == k)
                lost++;
        }
        c.shift = lost;
    }
    if (can_left(s))
        c.left = s0_kids_in_buffer + ((s1 >= 0 && gold[s0] == s1) || s0_head_after_b0);
    if (can_right(s))
        c.right = s0_kids_in_buffer + s0_head_in_buffer;
    return c;
}

/* The cost of each class (arc cost plus one for a wrong label on a gold arc). */
static void class_costs(const state *s, const int32_t *gold, const int32_t *gold_label,
                        uint32_t nlabels, int32_t *cost)
{
    move_costs c = costs(s, gold);
    int32_t s0 = s->depth >= 1 ? s->stack[s->depth - 1] : -1;
    int32_t s1 = s->depth >= 2 ? s->stack[s->depth - 2] : -1;
    int32_t b0 = s->b <= s->n ? (int32_t)s->b : -1;
    cost[0] = c.shift;
    for (uint32_t l = 0; l < nlabels; l++) {
        int32_t lc = c.left, rc = c.right;
        if (lc != INT32_MAX && s0 > 0 && gold[s0] == b0 && gold_label[s0] != (int32_t)l)
            lc++;
        if (rc != INT32_MAX && s0 > 0 && gold[s0] == s1 && gold_label[s0] != (int32_t)l)
            rc++;
        cost[1 + l] = lc;
        cost[1 + nlabels + l] = rc;
    }
}

static uint64_t next_random(uint64_t *rng)
{
    *rng = *rng * 6364136223846793005ull + 1442695040888963407ull;
    return feat_mix(*rng);
}

void parser_train_sentence(linear_trainer *t, const syn_word *w, uint32_t n,
                           const int32_t *gold_head, const int32_t *gold_label,
                           uint32_t nlabels, bool explore, uint64_t *rng,
                           parser_train_stats *stats)
{
    arena *a = arena_new(1 << 16);
    state s;
    state_init(&s, n, a);
    uint32_t nclasses = 1 + 2 * nlabels;
    float scores[MAX_CLASSES];
    int32_t cost[MAX_CLASSES];
    uint64_t f[MAX_FEATS];
    while (!terminal(&s)) {
        size_t nf = features(&s, w, f);
        memset(scores, 0, nclasses * sizeof *scores);
        linear_trainer_score(t, f, nf, scores);
        class_costs(&s, gold_head, gold_label, nlabels, cost);
        int32_t min_cost = INT32_MAX;
        for (uint32_t c = 0; c < nclasses; c++)
            if (cost[c] < min_cost)
                min_cost = cost[c];
        uint32_t pred = UINT32_MAX, gold = UINT32_MAX;
        float ps = -FLT_MAX, gs = -FLT_MAX;
        for (uint32_t c = 0; c < nclasses; c++) {
            if (cost[c] == INT32_MAX)
                continue;
            if (pred == UINT32_MAX || scores[c] > ps) {
                pred = c;
                ps = scores[c];
            }
            if (cost[c] == min_cost && (gold == UINT32_MAX || scores[c] > gs)) {
                gold = c;
                gs = scores[c];
            }
        }
        stats->transitions++;
        uint32_t next = gold;
        if (cost[pred] > min_cost) {
            stats->errors++;
            linear_trainer_update(t, f, nf, gold, pred);
            if (explore && next_random(rng) % 10 < 9)
                next = pred;
        } else {
            linear_trainer_tick(t);
            next = pred;
        }
        apply(&s, next, nlabels);
    }
    arena_free(a);
}

/* The gold sequence: the lowest-cost transition at every step (for a non-projective tree,
 * a sequence to one of the best reachable trees). */
static void gold_moves(uint32_t n, const int32_t *gold_head, const int32_t *gold_label,
                       uint32_t nlabels, arena *a, uint32_t *moves)
{
    state s;
    state_init(&s, n, a);
    uint32_t nclasses = 1 + 2 * nlabels;
    int32_t cost[MAX_CLASSES];
    for (uint32_t t = 0; !terminal(&s); t++) {
        class_costs(&s, gold_head, gold_label, nlabels, cost);
        uint32_t best = 0;
        for (uint32_t c = 1; c < nclasses; c++)
            if (cost[c] < cost[best])
                best = c;
        moves[t] = best;
        apply(&s, best, nlabels);
    }
}

/* Adds delta to the weights of the moves moves[from..to) for the features of the states
 * they are taken in (replayed from the start). */
static void update_path(linear_trainer *t, const syn_word *w, uint32_t n, const uint32_t *moves,
                        uint32_t from, uint32_t to, uint32_t nlabels, int32_t delta, arena *a)
{
    state s;
    state_init(&s, n, a);
    uint64_t f[MAX_FEATS];
    for (uint32_t i = 0; i < to; i++) {
        if (i >= from) {
            size_t nf = features(&s, w, f);
            linear_trainer_add(t, f, nf, moves[i], delta);
        }
        apply(&s, moves[i], nlabels);
    }
}

void parser_train_sentence_beam(linear_trainer *t, const syn_word *w, uint32_t n,
                                const int32_t *gold_head, const int32_t *gold_label,
                                uint32_t nlabels, uint32_t width, parser_train_stats *stats)
{
    if (width > PARSER_MAX_BEAM)
        width = PARSER_MAX_BEAM;
    arena *a = arena_new(1 << 16);
    uint32_t steps = 2 * n;
    uint32_t *gold = arena_alloc(a, (steps + 1) * sizeof *gold);
    gold_moves(n, gold_head, gold_label, nlabels, a, gold);
    beam_hist *hist = arena_alloc(a, (size_t)(steps + 1) * width * sizeof *hist);
    beam_item *cur = beam_alloc(n, width, a), *next = beam_alloc(n, width, a);
    state gs;
    state_init(&gs, n, a);
    uint32_t nclasses = 1 + 2 * nlabels, ncur = 1;
    float scores[MAX_CLASSES];
    uint64_t f[MAX_FEATS];
    double gscore = 0, worst = 0;
    uint32_t worst_step = 0; /* 0: no violation */
    bool gold_in = true;     /* is the gold prefix still in the beam */
    uint32_t gold_at = 0;    /* and where */
    for (uint32_t step = 0; step < steps; step++) {
        ncur = beam_step(cur, ncur, next, width, w, nlabels, score_trainer, t,
                         hist + (size_t)step * width);
        beam_item *tmp = cur;
        cur = next;
        next = tmp;
        size_t nf = features(&gs, w, f);
        memset(scores, 0, nclasses * sizeof *scores);
        linear_trainer_score(t, f, nf, scores);
        gscore += scores[gold[step]];
        apply(&gs, gold[step], nlabels);
        if (gold_in) {
            bool found = false;
            for (uint32_t j = 0; j < ncur && !found; j++) {
                const beam_hist *h = &hist[(size_t)step * width + j];
                if (h->parent == gold_at && h->move == gold[step]) {
                    gold_at = j;
                    found = true;
                }
            }
            gold_in = found;
        }
        /* the violation: how far the best sequence outscores the gold one (Huang et al.
         * 2012: update where it is largest) */
        if (!(gold_in && gold_at == 0) && cur[0].score - gscore >= worst) {
            worst = cur[0].score - gscore;
            worst_step = step + 1;
        }
    }
    stats->transitions += steps;
    if (worst_step == 0) {
        linear_trainer_tick(t);
        arena_free(a);
        return;
    }
    stats->errors++;
    /* the predicted sequence: back from the best item at the step of the violation */
    uint32_t *pred = arena_alloc(a, (worst_step + 1) * sizeof *pred);
    for (uint32_t step = worst_step, j = 0; step-- > 0;) {
        const beam_hist *h = &hist[(size_t)step * width + j];
        pred[step] = h->move;
        j = h->parent;
    }
    uint32_t same = 0;
    while (same < worst_step && pred[same] == gold[same])
        same++;
    update_path(t, w, n, gold, same, worst_step, nlabels, 1, a);
    update_path(t, w, n, pred, same, worst_step, nlabels, -1, a);
    linear_trainer_tick(t);
    arena_free(a);
}

void parser_oracle_tree(uint32_t n, const int32_t *gold_head, const int32_t *gold_label,
                        uint32_t nlabels, arena *a, int32_t *heads, int32_t *labels)
{
    state s;
    state_init(&s, n, a);
    uint32_t nclasses = 1 + 2 * nlabels;
    int32_t cost[MAX_CLASSES];
    while (!terminal(&s)) {
        class_costs(&s, gold_head, gold_label, nlabels, cost);
        uint32_t best = 0;
        for (uint32_t c = 1; c < nclasses; c++)
            if (cost[c] < cost[best])
                best = c;
        apply(&s, best, nlabels);
    }
    for (uint32_t i = 1; i <= n; i++) {
        heads[i] = s.head[i];
        labels[i] = s.label[i];
    }
}
