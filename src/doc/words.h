/* words.h: matching tokens (text.h) against the fixed words and word lists of the document
 * layer, cheaply: lengths and first letters are compared before any bytes.
 *
 * Contract: words_tokenize() is a light tokenizer for the cue words the document layer
 * looks for: it splits text[start..end) into the same kinds of tokens as text.h's
 * text_tokenize (byte spans, upper-case form, WORD / NUMBER / PUNCT, CAPITALIZED and
 * SENT_START flags), with ASCII upper-casing only (other bytes are kept as they are),
 * curly quotes as '"', curly apostrophes as '\'', en and em dashes as '-'; a period stays
 * on a word when a letter follows it ("U.S.") or it ends a short capitalised word before a
 * number ("Jan. 5"). Internal hyphens and apostrophes stay in their word ("25-27",
 * "didn't"). Memory comes from the arena.
 * IS(token, "LITERAL") is true when the token's upper-case form is exactly the
 * literal; word_in() when it is one of a list written with W("...") and ended by {0}. */
#ifndef SITREP_DOC_WORDS_H
#define SITREP_DOC_WORDS_H

#include "text/text.h"

#include <stdbool.h>
#include <string.h>

typedef struct word {
    const char *s;
    uint16_t n;
} word;

#define W(lit) {lit, sizeof(lit) - 1}

static inline bool word_is(const token *t, const char *w, size_t n)
{
    return t->len == n && t->upper[0] == w[0] && memcmp(t->upper, w, n) == 0;
}

#define IS(t, lit) word_is((t), lit, sizeof(lit) - 1)

static inline bool word_in(const token *t, const word *list)
{
    for (; list->s; list++)
        if (list->n == t->len && list->s[0] == t->upper[0] && memcmp(list->s, t->upper, list->n) == 0)
            return true;
    return false;
}

#include "base/arena.h"

size_t words_tokenize(arena *a, const char *text, uint32_t start, uint32_t end, token **out);

#endif
