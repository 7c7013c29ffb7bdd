/* words.c: the hashed word values behind the features (see words.h). */
#include "syntax/words.h"

#include "syntax/feature.h"

#include <string.h>

enum { MAX_WORD = 64 };

static void prepare_one(syn_word *w, const char *form)
{
    size_t n = strlen(form);
    if (n > MAX_WORD)
        n = MAX_WORD; /* features of the first 64 bytes are enough */
    char lower[MAX_WORD], shape[MAX_WORD];
    size_t ns = 0;
    uint32_t flags = 0;
    int uppers = 0, letters = 0;
    char last = 0;
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)form[i];
        char sc;
        if (c >= 'A' && c <= 'Z') {
            lower[i] = (char)(c + 32);
            sc = 'X';
            uppers++;
            letters++;
            if (i == 0)
                flags |= SYNW_UPPER_INITIAL;
        } else if (c >= 'a' && c <= 'z') {
            lower[i] = (char)c;
            sc = 'x';
            letters++;
        } else if (c >= '0' && c <= '9') {
            lower[i] = (char)c;
            sc = 'd';
            flags |= SYNW_HAS_DIGIT;
        } else {
            lower[i] = (char)c;
            sc = c >= 0x80 ? 'u' : (char)c;
            if (c == '-')
                flags |= SYNW_HAS_HYPHEN;
        }
        /* runs of one shape character collapse after four: "Xxxx" for long words */
        if (sc == last)
            run++;
        else
            run = 1;
        last = sc;
        if (run <= 4)
            shape[ns++] = sc;
    }
    if (letters >= 2 && uppers == letters)
        flags |= SYNW_ALL_UPPER;
    w->form = feat_str(form, strlen(form));
    w->lower = feat_str(lower, n);
    w->shape = feat_str(shape, ns);
    for (size_t k = 0; k < 3; k++)
        w->pre[k] = n > k ? feat_str(lower, k + 1) : 0;
    for (size_t k = 0; k < 4; k++)
        w->suf[k] = n > k ? feat_str(lower + n - k - 1, k + 1) : 0;
    w->flags = (uint16_t)flags;
    w->amb = 0;
    w->upos = 0;
    w->dict = 0;
    w->sure = 0;
    w->tag = 0;
    w->tag1 = 0;
}

void syn_words_prepare(syn_word *w, const ud_sentence *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        prepare_one(&w[i], s->words[i].form);
}
