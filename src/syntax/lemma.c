/* lemma.c: rule-based lemmas learnt from the treebank (see lemma.h). */
#include "syntax/lemma.h"

#include "syntax/feature.h"

#include <string.h>

uint64_t lemma_word_key(const syn_word *w, uint32_t tag)
{
    return feat_key(200, w->lower, tag, 0);
}

uint64_t lemma_suffix_key(const syn_word *w, uint32_t tag, int k)
{
    return feat_key(201 + (uint32_t)k, k < 4 ? w->suf[k] : 0, tag, 0);
}

static char lower_ascii(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

lemma_rule lemma_rule_between(const char *form, const char *lemma)
{
    bool lower = true;
    for (const char *p = lemma; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            lower = false;
    size_t fl = strlen(form), common = 0;
    while (form[common] && lemma[common] &&
           (lower ? lower_ascii(form[common]) : form[common]) == lemma[common])
        common++;
    size_t strip = fl - common;
    if (strip > 64)
        strip = 64;
    return (lemma_rule){(uint8_t)lower, (uint8_t)strip, lemma + common};
}

const char *lemma_apply(arena *a, const lemma_rule *r, const char *form)
{
    size_t fl = strlen(form);
    if (r->strip > fl)
        return form;
    size_t keep = fl - r->strip, al = strlen(r->append);
    char *out = arena_alloc(a, keep + al + 1);
    for (size_t i = 0; i < keep; i++)
        out[i] = r->lower ? lower_ascii(form[i]) : form[i];
    memcpy(out + keep, r->append, al + 1);
    return out;
}

static int rule_for(const linear_model *t, uint64_t key)
{
    uint32_t count;
    const linear_entry *e = linear_find(t, key, &count);
    return e && count ? e[0].cls : -1;
}

/* A suffix rule learnt for an ending checked against the word it is applied to:
 *  - a rule learnt from a doubled consonant ("robbed" -> "rob": strip "bed") applied to a
 *    word whose consonant is not doubled ("bombed", "absorbed") strips one letter too
 *    many: only the ending goes ("bomb", "absorb");
 *  - a rule that strips "ed" or "ing" from a one-syllable stem ending in one vowel and one
 *    consonant ("blamed", "voting") leaves the stem without its silent "e" ("blam"):
 *    English writes such verbs with it ("blame", "vote"); stems with two vowels
 *    ("claimed") or two consonants ("warned") keep what the rule gives. */
static lemma_rule suffix_rule_checked(const lemma_rule *r, const char *form)
{
    static const char *const endings[] = {"ed", "ing", NULL};
    size_t fl = strlen(form);
    lemma_rule out = *r;
    for (size_t i = 0; endings[i] && !r->append[0]; i++) {
        size_t el = strlen(endings[i]);
        if (fl < el + 2 || strcmp(form + fl - el, endings[i]) != 0)
            continue;
        if (out.strip == el + 1 && fl >= el + 3) {
            char c = lower_ascii(form[fl - el - 1]), before = lower_ascii(form[fl - el - 2]);
            if (c != before && !strchr("aeiouy", c))
                out.strip = (uint8_t)el;
        }
        if (out.strip != el)
            continue;
        size_t sl = fl - el;
        char last = lower_ascii(form[sl - 1]), vowel = lower_ascii(form[sl - 2]);
        size_t groups = 0;
        for (size_t k = 0; k < sl; k++)
            groups += strchr("aeiouy", lower_ascii(form[k])) &&
                      (k == 0 || !strchr("aeiouy", lower_ascii(form[k - 1])));
        /* a doubled consonant after one vowel ("stabbed", "plotted"; "expelled" when the
           stem has two syllables, "killed" and "shelled" keep theirs) is one letter */
        if (last == vowel && !strchr("aeiouysfzc", last) && sl >= 4 &&
            strchr("aeiou", lower_ascii(form[sl - 3])) &&
            (sl < 5 || !strchr("aeiou", lower_ascii(form[sl - 4]))) &&
            (last != 'l' || groups >= 2)) {
            out.strip = (uint8_t)(el + 1);
            continue;
        }
        /* a consonant and "l" ("toppled", "handled", "struggled") end in a silent "e" */
        if (last == 'l' && !strchr("aeioulyrw", vowel)) {
            out = (lemma_rule){r->lower, (uint8_t)el, "e"};
            continue;
        }
        if (strchr("aeiouywx", last) || !strchr("aeiou", vowel))
            continue;
        if (groups == 1 && (sl < 3 || !strchr("aeiouy", lower_ascii(form[sl - 3]))))
            out = (lemma_rule){r->lower, (uint8_t)el, "e"};
    }
    return out;
}

const char *lemma_of(const syntax_model *m, arena *a, const syn_word *w, const char *form)
{
    int r = rule_for(&m->lemma_words, lemma_word_key(w, w->tag));
    bool by_suffix = r < 0;
    for (int k = 3; r < 0 && k >= 0; k--)
        if (w->suf[k])
            r = rule_for(&m->lemma_suffixes, lemma_suffix_key(w, w->tag, k));
    if (r < 0)
        r = rule_for(&m->lemma_suffixes, lemma_suffix_key(w, w->tag, 4));
    if (r < 0 || (uint32_t)r >= m->nrules) {
        lemma_rule keep = {m->tag_upos[w->tag] != UPOS_PROPN, 0, ""};
        return lemma_apply(a, &keep, form);
    }
    if (by_suffix) {
        lemma_rule checked = suffix_rule_checked(&m->rules[r], form);
        return lemma_apply(a, &checked, form);
    }
    return lemma_apply(a, &m->rules[r], form);
}
