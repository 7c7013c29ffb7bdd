/* matcher.c: finding dictionary phrases in a run of text words.
 *
 * Entries and verb forms are indexed by the text of their first word. Because a
 * dictionary word may be a stem, a text word is looked up under each of its prefixes
 * (hashing incrementally, so a word of n letters costs n probes at most, and a filter on
 * the first two letters skips most words at once). Candidates are tried longest phrase
 * first; the rest of a phrase is matched greedily: a bound word must come next, a floating
 * word is the first match before the next barrier (comma, conjunction, clause end). */
#include "lexicon/lexicon_internal.h"
#include "base/xalloc.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static void free_list(const char *key, size_t len, void *value, void *ctx)
{
    (void)key, (void)len, (void)ctx;
    index_list *l = value;
    free(l->items);
    free(l);
}

void lex_free_indexes(lexicon *lx)
{
    if (lx->entry_index) {
        strmap_each(lx->entry_index, free_list, NULL);
        strmap_free(lx->entry_index);
    }
    if (lx->verb_index) {
        strmap_each(lx->verb_index, free_list, NULL);
        strmap_free(lx->verb_index);
    }
    lx->entry_index = lx->verb_index = NULL;
}

static inline uint32_t bloom_bit(uint64_t h)
{
    return (uint32_t)((h >> 7) ^ (h >> 33)) & (1024 * 64 - 1);
}

static void index_add(strmap *m, uint64_t *bloom, const lex_word *first, uint32_t item)
{
    uint32_t bit = bloom_bit(strmap_hash(first->text, first->len));
    bloom[bit >> 6] |= 1ULL << (bit & 63);
    index_list *l = strmap_get(m, first->text, first->len);
    if (!l) {
        l = xcalloc(1, sizeof *l);
        strmap_put(m, first->text, first->len, l);
    }
    size_t cap = l->cap;
    l->items = xgrow(l->items, &cap, l->n + 1, sizeof *l->items);
    l->cap = (uint32_t)cap;
    l->items[l->n++] = item;
}

/* Sorting context: qsort has none, so lists are sorted with a small insertion sort that
 * keeps file order among equal scores. */
static void sort_by_score(uint32_t *items, size_t n, const uint16_t *scores)
{
    for (size_t i = 1; i < n; i++) {
        uint32_t x = items[i];
        size_t j = i;
        while (j > 0 && scores[items[j - 1]] < scores[x]) {
            items[j] = items[j - 1];
            j--;
        }
        items[j] = x;
    }
}

typedef struct sort_ctx {
    const uint16_t *scores;
} sort_ctx;

static void sort_list(const char *key, size_t len, void *value, void *ctx)
{
    (void)key, (void)len;
    index_list *l = value;
    sort_by_score(l->items, l->n, ((sort_ctx *)ctx)->scores);
}

void lex_build_indexes(lexicon *lx)
{
    static atomic_uint_fast64_t last_serial;
    lex_free_indexes(lx);
    lx->serial = (uint64_t)atomic_fetch_add(&last_serial, 1) + 1;
    lx->entry_index = strmap_new();
    lx->verb_index = strmap_new();
    memset(lx->entry_bloom, 0, sizeof lx->entry_bloom);
    memset(lx->verb_bloom, 0, sizeof lx->verb_bloom);
    size_t most = lx->nentries > lx->nverbs ? lx->nentries : lx->nverbs;
    uint16_t *scores = xmalloc((most + 1) * sizeof *scores);

    for (size_t i = 0; i < lx->nentries; i++) {
        const lex_entry *e = &lx->entries[i];
        index_add(lx->entry_index, lx->entry_bloom, &e->words[0], (uint32_t)i);
        scores[i] = e->score;
        if (e->words[0].len > lx->max_first_len)
            lx->max_first_len = e->words[0].len;
    }
    sort_ctx ctx = {scores};
    strmap_each(lx->entry_index, sort_list, &ctx);

    for (size_t i = 0; i < lx->nverbs; i++) {
        const lex_verb *v = &lx->verbs[i];
        index_add(lx->verb_index, lx->verb_bloom, &v->words[0], (uint32_t)i);
        scores[i] = v->score;
        if (v->words[0].len > lx->max_first_len)
            lx->max_first_len = v->words[0].len;
    }
    strmap_each(lx->verb_index, sort_list, &ctx);
    free(scores);
}

/* Score of one matched word: its dictionary letters, plus the regular ending when an
 * exact word matched a longer text word. */
static unsigned word_score(const lex_word *w, size_t tlen)
{
    return (w->flags & LWF_EXACT) ? (unsigned)tlen : w->len;
}

/* Matches words[1..] of a phrase after its first word matched at `at`, filling pos[].
 * Returns the score, or 0 when the phrase does not match. */
static unsigned match_rest(const lex_word *w, size_t nw, const lex_text_word *words,
                           size_t nwords, size_t at, const bool *barrier, int endings,
                           uint16_t *pos)
{
    size_t p = at;
    pos[0] = (uint16_t)at;
    unsigned score = word_score(&w[0], words[at].len);
    for (size_t i = 1; i < nw; i++) {
        int end = (i == nw - 1) ? endings : 0;
        if (w[i].flags & LWF_ADJACENT) {
            p++;
            if (p >= nwords || (barrier && barrier[p]) ||
                !lex_word_matches(&w[i], words[p].s, words[p].len, end))
                return 0;
        } else {
            size_t q = p + 1;
            while (q < nwords && !(barrier && barrier[q]) &&
                   !lex_word_matches(&w[i], words[q].s, words[q].len, end))
                q++;
            if (q >= nwords || (barrier && barrier[q]))
                return 0;
            p = q;
        }
        pos[i] = (uint16_t)p;
        score += word_score(&w[i], words[p].len);
    }
    return score;
}

typedef struct candidate {
    uint32_t item;
    uint16_t score;
} candidate;

/* Collects the index entries filed under every prefix of the text word. */
static size_t collect(const strmap *index, const uint64_t *bloom, uint16_t max_len,
                      const lex_text_word *t,
                      candidate *out, size_t cap, const uint16_t *(*score_of)(const lexicon *, uint32_t),
                      const lexicon *lx, bool verbs)
{
    size_t n = 0;
    uint64_t h = STRMAP_HASH_SEED;
    size_t limit = t->len < max_len ? t->len : max_len;
    char root[256];
    for (size_t l = 1; l <= limit + 1; l++) {
        const char *key = t->s;
        size_t klen = l;
        if (l <= limit) {
            h = strmap_hash_step(h, (unsigned char)t->s[l - 1]);
        } else {
            /* "RESTORING" is filed under no prefix of its own: the root "RESTORE_" lost
             * its final E before ING (lex_word_matches accepts that form). */
            if (!verbs || t->len < 5 || t->len - 2u > max_len || t->len - 2u >= sizeof root ||
                memcmp(t->s + t->len - 3, "ING", 3) != 0)
                break;
            memcpy(root, t->s, t->len - 3u);
            root[t->len - 3] = 'E';
            key = root;
            klen = t->len - 2u;
            h = strmap_hash(root, klen);
        }
        uint32_t bit = bloom_bit(h);
        if (!(bloom[bit >> 6] & (1ULL << (bit & 63))))
            continue;
        const index_list *list = strmap_get_hashed(index, key, klen, h);
        if (!list)
            continue;
        for (size_t i = 0; i < list->n && n < cap; i++) {
            out[n].item = list->items[i];
            out[n].score = *score_of(lx, list->items[i]);
            n++;
        }
    }
    /* merge the per-prefix lists: longest phrase first, then the shorter stem first
     * (collected earlier), keeping file order among equals */
    for (size_t i = 1; i < n; i++) {
        candidate x = out[i];
        size_t j = i;
        while (j > 0 && out[j - 1].score < x.score) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = x;
    }
    return n;
}

static const uint16_t *entry_score(const lexicon *lx, uint32_t i)
{
    return &lx->entries[i].score;
}

static const uint16_t *verb_score(const lexicon *lx, uint32_t i)
{
    return &lx->verbs[i].score;
}

/* Which entries (verbs) may start at a text word depends on that word's letters only,
 * and a sentence is read several times (whole, then clause by clause) while news repeats
 * its words: a small per-thread memo keeps, for recent words, the candidates whose first
 * word matched, in the order collect() gives them. It is tagged with the lexicon's
 * serial, so another lexicon (or a rebuilt index) never sees stale lists; words too long
 * for a slot, or with too many candidates, are looked up every time. A news text's
 * working vocabulary is some thousands of words, which 1,024 slots kept evicting (a fifth
 * of the lookups rebuilt their lists on the news bench), and common verbs start up to 46
 * patterns. The slots' keys and counts are kept apart from their lists, 32 bytes a slot,
 * so that the keys stay in the core's cache beside the parser's model and the many words
 * that start nothing never read a list. */
enum { MEMO_SLOTS = 4096, MEMO_KEY = 19, MEMO_ITEMS = 48 };

typedef struct word_memo {
    uint64_t serial;
    uint8_t len;
    uint8_t known[2]; /* [0] entries, [1] verbs; 0: not looked up yet; 1: list valid; 2:
                         too many to keep */
    uint8_t n[2];
    char key[MEMO_KEY];
} word_memo;

/* (aligned, so that no slot straddles two cache lines) */
static _Thread_local _Alignas(64) word_memo memo[MEMO_SLOTS];
static _Thread_local uint32_t memo_items[MEMO_SLOTS][2][MEMO_ITEMS];

static bool first_word_matches(const lexicon *lx, uint32_t item, bool verbs,
                               const lex_text_word *t)
{
    if (verbs) {
        const lex_verb *v = &lx->verbs[item];
        return lex_word_matches(&v->words[0], t->s, t->len, v->nwords == 1 ? 2 : 0);
    }
    const lex_entry *e = &lx->entries[item];
    return lex_word_matches(&e->words[0], t->s, t->len, e->nwords == 1 ? 1 : 0);
}

/* The entries (verbs) whose first word matches text word t, longest phrase first, into
 * out[256]; returns how many. */
static size_t first_word_candidates(const lexicon *lx, const lex_text_word *t, bool verbs,
                                    uint32_t *out)
{
    word_memo *slot = NULL;
    uint32_t *items = NULL;
    if (t->len <= MEMO_KEY) {
        uint64_t h = strmap_hash(t->s, t->len);
        size_t at = (h ^ (h >> 29)) & (MEMO_SLOTS - 1);
        slot = &memo[at];
        items = memo_items[at][verbs];
        if (slot->serial != lx->serial || slot->len != t->len ||
            memcmp(slot->key, t->s, t->len) != 0) {
            slot->serial = lx->serial;
            slot->len = (uint8_t)t->len;
            memcpy(slot->key, t->s, t->len);
            slot->known[0] = slot->known[1] = 0;
        }
        if (slot->known[verbs] == 1) {
            memcpy(out, items, slot->n[verbs] * sizeof *out);
            return slot->n[verbs];
        }
    }
    candidate cands[256];
    size_t n = verbs ? collect(lx->verb_index, lx->verb_bloom, lx->max_first_len, t, cands,
                               256, verb_score, lx, true)
                     : collect(lx->entry_index, lx->entry_bloom, lx->max_first_len, t, cands,
                               256, entry_score, lx, false);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (first_word_matches(lx, cands[i].item, verbs, t))
            out[kept++] = cands[i].item;
    if (slot) {
        slot->known[verbs] = kept <= MEMO_ITEMS ? 1 : 2;
        slot->n[verbs] = (uint8_t)(kept <= MEMO_ITEMS ? kept : 0);
        if (kept <= MEMO_ITEMS)
            memcpy(items, out, kept * sizeof *out);
    }
    return kept;
}

void lex_match_entries(const lexicon *lx, const lex_text_word *words, size_t nwords,
                       size_t at, const bool *barrier, lex_entry_fn fn, void *ctx)
{
    if (at >= nwords || !lx->entry_index)
        return;
    uint32_t cands[256];
    size_t n = first_word_candidates(lx, &words[at], false, cands);
    for (size_t i = 0; i < n; i++) {
        const lex_entry *e = &lx->entries[cands[i]];
        uint16_t pos[256];
        unsigned score = match_rest(e->words, e->nwords, words, nwords, at, barrier, 1, pos);
        if (score && fn(e, pos, score, ctx))
            return;
    }
}

void lex_match_verbs(const lexicon *lx, const lex_text_word *words, size_t nwords, size_t at,
                     const bool *barrier, lex_verb_fn fn, void *ctx)
{
    if (at >= nwords || !lx->verb_index)
        return;
    uint32_t cands[256];
    size_t n = first_word_candidates(lx, &words[at], true, cands);
    for (size_t i = 0; i < n; i++) {
        const lex_verb *v = &lx->verbs[cands[i]];
        uint16_t pos[256];
        unsigned score = match_rest(v->words, v->nwords, words, nwords, at, barrier, 2, pos);
        if (score && fn(v, pos, score, ctx))
            return;
    }
}
