/* ud.c: names of the universal part-of-speech tags and relations (see ud.h). */
#include "syntax/ud.h"

#include <string.h>

static const char *const upos_names[UPOS_COUNT] = {
    "_",    "ADJ",  "ADP",   "ADV",  "AUX",   "CCONJ", "DET",   "INTJ", "NOUN",
    "NUM",  "PART", "PRON",  "PROPN", "PUNCT", "SCONJ", "SYM",  "VERB", "X",
};

const char *ud_upos_name(int upos)
{
    return upos > 0 && upos < UPOS_COUNT ? upos_names[upos] : "_";
}

int ud_upos_from_name(const char *name)
{
    /* every word of every CoNLL-U file read: the first letter is compared first */
    for (int i = 1; i < UPOS_COUNT; i++)
        if (name[0] == upos_names[i][0] && strcmp(name, upos_names[i]) == 0)
            return i;
    return UPOS_NONE;
}

void ud_deprel_base(const char *deprel, char *out, size_t cap)
{
    size_t n = 0;
    if (cap == 0)
        return;
    while (deprel && deprel[n] && deprel[n] != ':' && n + 1 < cap) {
        out[n] = deprel[n];
        n++;
    }
    out[n] = '\0';
}

uint32_t ud_token_at(const ud_sentence *s, uint32_t j, uint32_t *cursor, const ud_mwt **mwt)
{
    uint32_t m = *cursor;
    while (m < s->nmwt && s->mwts[m].last < j + 1)
        m++;
    *cursor = m;
    if (m < s->nmwt && s->mwts[m].first == j + 1 && s->mwts[m].last <= s->n &&
        s->mwts[m].last > j) {
        *mwt = &s->mwts[m];
        return s->mwts[m].last;
    }
    *mwt = NULL;
    return j + 1;
}

bool ud_parsed_part(const ud_sentence *s, uint32_t max_words, uint32_t *first)
{
    if (!s || !s->words)
        return false;
    uint32_t f = 0;
    while (f < s->n && s->words[f].head == UD_NO_HEAD)
        f++;
    uint32_t m = s->n - f;
    if (m == 0 || m > max_words || !s->words[f].has_span)
        return false;
    for (uint32_t i = f; i < s->n; i++)
        if (s->words[i].head < 0 || (uint32_t)s->words[i].head > m)
            return false;
    *first = f;
    return true;
}

int32_t ud_word_at_byte(const ud_sentence *s, uint32_t first, uint32_t at)
{
    for (uint32_t i = first; i < s->n; i++)
        if (s->words[i].start <= at && at < s->words[i].end)
            return (int32_t)(i - first + 1);
    return 0;
}
