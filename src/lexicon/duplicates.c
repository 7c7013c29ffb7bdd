/* duplicates.c: finding entries that repeat one another (the same phrase twice) and
 * entries that conflict (the same phrase with different codes), for `sitrep dict check`.
 * A repeated phrase is harmless but dead weight; a conflict means that only the first
 * entry is ever used, which is rarely what the dictionary's author meant. Verb forms are
 * checked the same way: a form listed again under another verb gives that verb's patterns
 * a root the matcher never reaches, the mistake two authors adding "DROP_" for different
 * senses make. */
#include "lexicon/lexicon_internal.h"
#include "base/strbuf.h"

#include <string.h>

/* A key that identifies a phrase: kind, words and their flags. */
static void phrase_key(strbuf *b, uint8_t kind, const lex_word *w, size_t n)
{
    strbuf_clear(b);
    strbuf_putc(b, (char)('0' + kind));
    for (size_t i = 0; i < n; i++) {
        strbuf_putc(b, ' ');
        strbuf_append(b, w[i].text, w[i].len);
        if (w[i].flags & LWF_EXACT)
            strbuf_putc(b, '_');
        if (w[i].flags & LWF_NOENDINGS)
            strbuf_putc(b, '=');
        if (w[i].flags & LWF_ADJACENT)
            strbuf_putc(b, '+');
    }
}

static bool same_codes(const lex_entry *a, const lex_entry *b)
{
    if (a->ncodes != b->ncodes)
        return false;
    for (size_t i = 0; i < a->ncodes; i++)
        if (strcmp(a->codes[i].code, b->codes[i].code) != 0 ||
            a->codes[i].from != b->codes[i].from || a->codes[i].to != b->codes[i].to)
            return false;
    return true;
}

size_t lex_find_duplicates(const lexicon *lx, lex_duplicate_fn fn, void *ctx)
{
    strmap *seen = strmap_new();
    strbuf key = {0};
    size_t found = 0;
    for (size_t i = 0; i < lx->nentries; i++) {
        const lex_entry *e = &lx->entries[i];
        phrase_key(&key, e->kind, e->words, e->nwords);
        const lex_entry *first = strmap_get(seen, key.data, key.len);
        if (!first) {
            strmap_put(seen, key.data, key.len, (void *)e);
            continue;
        }
        found++;
        if (fn)
            fn(first->origin, e->origin, !same_codes(first, e), ctx);
    }
    /* (kind 255 keeps verb forms apart from every noun-like kind) */
    for (size_t i = 0; i < lx->nverbs; i++) {
        const lex_verb *v = &lx->verbs[i];
        phrase_key(&key, 255, v->words, v->nwords);
        const lex_verb *first = strmap_get(seen, key.data, key.len);
        if (!first) {
            strmap_put(seen, key.data, key.len, (void *)v);
            continue;
        }
        found++;
        if (fn)
            fn(first->origin, v->origin, first->group != v->group, ctx);
    }
    strbuf_free(&key);
    strmap_free(seen);
    return found;
}
