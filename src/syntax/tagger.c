/* tagger.c: features and greedy decoding of the part-of-speech tagger (see tagger.h).
 * The features are the usual ones for English (the word, its neighbours at +-2, affixes,
 * shape, the two previous tags); the tag dictionary answers for frequent words seen with
 * one tag only, which is both faster and, for them, more accurate. */
#include "syntax/tagger.h"

#include "syntax/feature.h"
#include "syntax/feature_batch.h"

#include <string.h>

enum {
    T_BIAS, T_LOWER, T_FORM, T_SUF1, T_SUF2, T_SUF3, T_SUF4, T_PRE1, T_PRE2, T_PRE3, T_SHAPE,
    T_PREV1, T_PREV2, T_NEXT1, T_NEXT2, T_TAG1, T_TAG12, T_TAG1_W, T_W_NEXT, T_PREV_W,
    T_PREV_SUF3, T_NEXT_SUF3, T_PREV_SHAPE, T_NEXT_SHAPE, T_TAG1_NEXT, T_FIRST_SHAPE,
    T_FLAGS, T_TAG1_SUF3, T_NEXT_NEXT2, T_PREV2_PREV, T_TAG2, T_NEXT_SUF2, T_W_SHAPE_NEXT,
    T_AMB, T_AMB_NEXT1, T_AMB_NEXT2, T_AMB_PREV1, T_TAG1_AMB, T_AMB_AMB_NEXT, T_TAG1_AMB_NEXT,
    T_W_AMB_NEXT, T_AMB_NEXT12,
    /* the second pass */
    T2_NEXT1, T2_NEXT2, T2_NEXT12, T2_TAG1_NEXT, T2_W_NEXT, T2_SUF3_NEXT,
};

#define NONE_VALUE 0x5bd1e995ull
#define TAG_VALUE(t) (0x1000ull + (t))

/* The values the templates read, for one word. */
enum {
    V_ZERO, V_LOWER, V_FORM, V_SUF1, V_SUF2, V_SUF3, V_SUF4, V_PRE1, V_PRE2, V_PRE3, V_SHAPE,
    V_PREV1, V_PREV2, V_NEXT1, V_NEXT2, V_TAG1, V_TAG2, V_PREV_SUF3, V_NEXT_SUF3, V_NEXT_SUF2,
    V_PREV_SHAPE, V_NEXT_SHAPE, V_FIRST, V_FLAGS, V_AMB, V_AMB_NEXT1, V_AMB_NEXT2, V_AMB_PREV1,
    /* the first pass's tags of the words to the right, for the second */
    V_RIGHT1, V_RIGHT2, NVALUES
};

static void values(const syn_word *w, size_t n, size_t i, int pass, uint64_t *v)
{
    const syn_word *c = &w[i];
    v[V_ZERO] = 0;
    v[V_LOWER] = c->lower;
    v[V_FORM] = c->form;
    for (int k = 0; k < 4; k++)
        v[V_SUF1 + k] = c->suf[k];
    for (int k = 0; k < 3; k++)
        v[V_PRE1 + k] = c->pre[k];
    v[V_SHAPE] = c->shape;
    v[V_PREV1] = i >= 1 ? w[i - 1].lower : NONE_VALUE;
    v[V_PREV2] = i >= 2 ? w[i - 2].lower : NONE_VALUE;
    v[V_NEXT1] = i + 1 < n ? w[i + 1].lower : NONE_VALUE;
    v[V_NEXT2] = i + 2 < n ? w[i + 2].lower : NONE_VALUE;
    v[V_TAG1] = i >= 1 ? TAG_VALUE(w[i - 1].tag) : NONE_VALUE;
    v[V_TAG2] = i >= 2 ? TAG_VALUE(w[i - 2].tag) : NONE_VALUE;
    v[V_PREV_SUF3] = i >= 1 ? w[i - 1].suf[2] : NONE_VALUE;
    v[V_NEXT_SUF3] = i + 1 < n ? w[i + 1].suf[2] : NONE_VALUE;
    v[V_NEXT_SUF2] = i + 1 < n ? w[i + 1].suf[1] : NONE_VALUE;
    v[V_PREV_SHAPE] = i >= 1 ? w[i - 1].shape : NONE_VALUE;
    v[V_NEXT_SHAPE] = i + 1 < n ? w[i + 1].shape : NONE_VALUE;
    v[V_FIRST] = i == 0;
    v[V_FLAGS] = c->flags;
    /* ambiguity classes: what the words around could be, before they are tagged */
    v[V_AMB] = c->amb;
    v[V_AMB_NEXT1] = i + 1 < n ? w[i + 1].amb : NONE_VALUE;
    v[V_AMB_NEXT2] = i + 2 < n ? w[i + 2].amb : NONE_VALUE;
    v[V_AMB_PREV1] = i >= 1 ? w[i - 1].amb : NONE_VALUE;
    if (pass == 2) {
        v[V_RIGHT1] = i + 1 < n ? TAG_VALUE(w[i + 1].tag1) : NONE_VALUE;
        v[V_RIGHT2] = i + 2 < n ? TAG_VALUE(w[i + 2].tag1) : NONE_VALUE;
    } else {
        v[V_RIGHT1] = v[V_RIGHT2] = NONE_VALUE;
    }
}

/* The templates: T(the first pass that has it, template number, the three values it
 * reads), in the order of the features. */
#define TEMPLATES(T)                                                                        \
    T(1, T_BIAS, ZERO, ZERO, ZERO)                                                          \
    T(1, T_LOWER, LOWER, ZERO, ZERO)                                                        \
    T(1, T_FORM, FORM, ZERO, ZERO)                                                          \
    T(1, T_SUF1, SUF1, ZERO, ZERO)                                                          \
    T(1, T_SUF2, SUF2, ZERO, ZERO)                                                          \
    T(1, T_SUF3, SUF3, ZERO, ZERO)                                                          \
    T(1, T_SUF4, SUF4, ZERO, ZERO)                                                          \
    T(1, T_PRE1, PRE1, ZERO, ZERO)                                                          \
    T(1, T_PRE2, PRE2, ZERO, ZERO)                                                          \
    T(1, T_PRE3, PRE3, ZERO, ZERO)                                                          \
    T(1, T_SHAPE, SHAPE, ZERO, ZERO)                                                        \
    T(1, T_PREV1, PREV1, ZERO, ZERO)                                                        \
    T(1, T_PREV2, PREV2, ZERO, ZERO)                                                        \
    T(1, T_NEXT1, NEXT1, ZERO, ZERO)                                                        \
    T(1, T_NEXT2, NEXT2, ZERO, ZERO)                                                        \
    T(1, T_TAG1, TAG1, ZERO, ZERO)                                                          \
    T(1, T_TAG2, TAG2, ZERO, ZERO)                                                          \
    T(1, T_TAG12, TAG1, TAG2, ZERO)                                                         \
    T(1, T_TAG1_W, TAG1, LOWER, ZERO)                                                       \
    T(1, T_W_NEXT, LOWER, NEXT1, ZERO)                                                      \
    T(1, T_PREV_W, PREV1, LOWER, ZERO)                                                      \
    T(1, T_PREV_SUF3, PREV_SUF3, ZERO, ZERO)                                                \
    T(1, T_NEXT_SUF3, NEXT_SUF3, ZERO, ZERO)                                                \
    T(1, T_NEXT_SUF2, NEXT_SUF2, ZERO, ZERO)                                                \
    T(1, T_PREV_SHAPE, PREV_SHAPE, ZERO, ZERO)                                              \
    T(1, T_NEXT_SHAPE, NEXT_SHAPE, ZERO, ZERO)                                              \
    T(1, T_TAG1_NEXT, TAG1, NEXT1, ZERO)                                                    \
    T(1, T_FIRST_SHAPE, FIRST, SHAPE, ZERO)                                                 \
    T(1, T_FLAGS, FLAGS, FIRST, ZERO)                                                       \
    T(1, T_TAG1_SUF3, TAG1, SUF3, ZERO)                                                     \
    T(1, T_NEXT_NEXT2, NEXT1, NEXT2, ZERO)                                                  \
    T(1, T_PREV2_PREV, PREV2, PREV1, ZERO)                                                  \
    T(1, T_W_SHAPE_NEXT, SHAPE, NEXT_SHAPE, TAG1)                                           \
    T(1, T_AMB, AMB, ZERO, ZERO)                                                            \
    T(1, T_AMB_NEXT1, AMB_NEXT1, ZERO, ZERO)                                                \
    T(1, T_AMB_NEXT2, AMB_NEXT2, ZERO, ZERO)                                                \
    T(1, T_AMB_PREV1, AMB_PREV1, ZERO, ZERO)                                                \
    T(1, T_TAG1_AMB, TAG1, AMB, ZERO)                                                       \
    T(1, T_AMB_AMB_NEXT, AMB, AMB_NEXT1, ZERO)                                              \
    T(1, T_TAG1_AMB_NEXT, TAG1, AMB_NEXT1, ZERO)                                            \
    T(1, T_W_AMB_NEXT, LOWER, AMB_NEXT1, ZERO)                                              \
    T(1, T_AMB_NEXT12, AMB_NEXT1, AMB_NEXT2, ZERO)                                          \
    /* the second pass: what the first thought of the words to the right; not of the        \
     * word itself: the second pass then leans on the first's answer, which measured        \
     * worse (jackknifed tags 95.53% right, against 95.64% without) */                      \
    T(2, T2_NEXT1, RIGHT1, ZERO, ZERO)                                                      \
    T(2, T2_NEXT2, RIGHT2, ZERO, ZERO)                                                      \
    T(2, T2_NEXT12, RIGHT1, RIGHT2, ZERO)                                                   \
    T(2, T2_TAG1_NEXT, TAG1, RIGHT1, ZERO)                                                  \
    T(2, T2_W_NEXT, LOWER, RIGHT1, ZERO)                                                    \
    T(2, T2_SUF3_NEXT, SUF3, RIGHT1, ZERO)

#define T_COUNT(p, t, a, b, c) +1
enum { NTEMPLATES = 0 TEMPLATES(T_COUNT) };
#undef T_COUNT
_Static_assert((int)NTEMPLATES <= (int)TAGGER_MAX_FEATS, "more templates than TAGGER_MAX_FEATS");

size_t tagger_features(const syn_word *w, size_t n, size_t i, int pass, uint64_t *f)
{
    uint64_t v[NVALUES];
    values(w, n, i, pass, v);
    size_t k = 0;
#define T(p, t, a, b, c)                                                                    \
    if (p <= pass)                                                                          \
        f[k++] = feat_key(t, v[V_##a], v[V_##b], v[V_##c]);
    TEMPLATES(T)
#undef T
    return k;
}

/* The templates of a pass as a batch, when hashing them together is faster. */
static bool batch_of(int pass, feat_batch *b)
{
    if (!feat_batch_vectors())
        return false;
    feat_batch_init(b);
#define T(p, t, a, b_, c)                                                                   \
    if (p <= pass)                                                                          \
        feat_batch_add(b, t, V_##a, V_##b_, V_##c);
    TEMPLATES(T)
#undef T
    feat_batch_seal(b, V_ZERO);
    return true;
}

/* The ambiguity class of a word the treebanks never show. */
#define TAGGER_UNSEEN 0x51ed27ull

/* Closed classes (auxiliaries, determiners, pronouns, adpositions, conjunctions,
 * particles) have all their common members in the training data with those tags: a word
 * the tag lexicon knows but never saw so tagged is none of them ("Israelis" is no
 * "Israel is"). */
static bool closed_class(uint8_t upos)
{
    return upos == UPOS_AUX || upos == UPOS_DET || upos == UPOS_PRON || upos == UPOS_ADP ||
           upos == UPOS_CCONJ || upos == UPOS_SCONJ || upos == UPOS_PART;
}

void tagger_lookup(const linear_model *dict, const uint8_t *tag_upos, syn_word *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        linear_prefetch(dict, feat_key(0, w[i].lower, 0, 0));
    for (size_t i = 0; i < n; i++) {
        uint32_t count;
        const linear_entry *e = linear_find(dict, feat_key(0, w[i].lower, 0, 0), &count);
        w[i].dict = 0;
        /* no restriction when training, nor for a word the lexicon lacks (seen once or
           never: a small treebank's only "to") */
        w[i].closed = 1;
        if (!e || count == 0) {
            w[i].amb = TAGGER_UNSEEN;
            continue;
        }
        uint64_t h = 0x9e3779b97f4a7c15ull;
        w[i].closed = !tag_upos;
        for (uint32_t k = 0; k < count; k++) {
            h = feat_mix(h ^ (e[k].cls + 1));
            if (tag_upos && closed_class(tag_upos[e[k].cls]))
                w[i].closed = 1;
        }
        w[i].amb = h;
        if (count == 1 && e[0].w >= TAGGER_DICT_MIN) {
            w[i].dict = 1;
            w[i].tag = e[0].cls;
        }
    }
}

/* A first-pass tag that beats the runner-up by this much (in weight units, the tagger's
 * scale being 1) is kept without a second pass: the second pass changes almost only
 * close calls, and skipping the rest keeps its cost to a few percent of the parse time
 * (on EWT dev, a margin of 30 gives the same tags as re-tagging every word). */
#define TAGGER_SURE_MARGIN 30

static void tag_pass(const syntax_model *m, const linear_model *lm, int pass, syn_word *w,
                     size_t n)
{
    int32_t scores[SYNTAX_MAX_TAGS];
    uint64_t f[FEAT_BATCH_ROOM(TAGGER_MAX_FEATS)], v[NVALUES];
    feat_batch batch;
    bool batched = batch_of(pass, &batch);
    uint32_t ntags = m->ntags; /* at most SYNTAX_MAX_TAGS: the loader checks */
    uint16_t closed[SYNTAX_MAX_TAGS];
    uint32_t nclosed = 0;
    for (uint32_t t = 0; t < ntags; t++)
        if (closed_class(m->tag_upos[t]))
            closed[nclosed++] = (uint16_t)t;
    for (size_t i = 0; i < n; i++) {
        if (w[i].dict || (pass == 2 && w[i].sure)) {
            w[i].upos = m->tag_upos[w[i].tag];
            continue;
        }
        size_t nf;
        if (batched) {
            values(w, n, i, pass, v);
            feat_batch_keys(&batch, v, f);
            nf = batch.n;
        } else {
            nf = tagger_features(w, n, i, pass, f);
        }
        memset(scores, 0, ntags * sizeof *scores);
        linear_score(lm, f, nf, scores);
        if (!w[i].closed)
            for (uint32_t k = 0; k < nclosed; k++)
                scores[closed[k]] = INT32_MIN;
        int32_t second;
        uint32_t best = linear_argmax(scores, ntags, &second);
        w[i].tag = best;
        w[i].upos = m->tag_upos[best];
        w[i].sure = (int64_t)scores[best] - second >= TAGGER_SURE_MARGIN;
    }
}

void tagger_tag(const syntax_model *m, syn_word *w, size_t n)
{
    tagger_lookup(&m->tagdict, m->tag_upos, w, n);
    tag_pass(m, &m->tagger, 1, w, n);
    for (size_t i = 0; i < n; i++)
        w[i].tag1 = w[i].tag;
    if (m->tagger2.nfeatures > 0)
        tag_pass(m, &m->tagger2, 2, w, n);
}
