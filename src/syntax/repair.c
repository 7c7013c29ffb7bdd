/* repair.c: verbs the tagger took for participles, put back as verbs (see repair.h). */
#include "syntax/repair.h"

#include <stdbool.h>
#include <string.h>

/* "The Greek police arrested protesters" read as "police [arrested protesters]": a
 * participle modifying a noun after it cannot have a subject of its own; one that has
 * is the verb, and the noun its object, in the place the noun held. */
static void repair_participle_with_subject(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t v = 1; v <= n; v++) {
        ud_word *w = &s->words[v - 1];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || !w->deprel ||
            strcmp(w->deprel, "amod") != 0 || w->head <= (int32_t)v || (uint32_t)w->head > n)
            continue;
        bool subject = false;
        for (uint32_t c = 1; c < v && !subject; c++)
            subject = s->words[c - 1].head == (int32_t)v && s->words[c - 1].deprel &&
                      strcmp(s->words[c - 1].deprel, "nsubj") == 0;
        if (!subject)
            continue;
        ud_word *obj = &s->words[w->head - 1];
        uint32_t o = (uint32_t)w->head;
        w->head = obj->head;
        w->deprel = obj->deprel;
        w->xpos = "VBD";
        obj->head = (int32_t)v;
        obj->deprel = "obj";
        /* the object's clause-level dependents after it (punctuation, a date) go with
           the verb */
        for (uint32_t c = o + 1; c <= n; c++) {
            ud_word *x = &s->words[c - 1];
            if (x->head == (int32_t)o && x->deprel && strcmp(x->deprel, "punct") == 0)
                x->head = (int32_t)v;
        }
        if (w->head == 0)
            return; /* one root */
    }
}

static void repair_nominal_root(ud_sentence *s)
{
    uint32_t n = s->n, root = 0, verb = 0;
    for (uint32_t i = 1; i <= n; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->xpos && (strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBZ") == 0 ||
                        strcmp(w->xpos, "VBP") == 0 || strcmp(w->xpos, "MD") == 0))
            return;
        if (w->head == 0)
            root = i;
    }
    if (!root || (s->words[root - 1].upos != UPOS_NOUN && s->words[root - 1].upos != UPOS_PROPN))
        return;
    for (uint32_t i = root + 1; i <= n && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->upos == UPOS_VERB && w->xpos && strcmp(w->xpos, "VBN") == 0 && w->deprel &&
            strcmp(w->deprel, "amod") == 0 && w->head > (int32_t)i &&
            (uint32_t)w->head <= n && s->words[w->head - 1].head == (int32_t)root &&
            (s->words[w->head - 1].upos == UPOS_NOUN || s->words[w->head - 1].upos == UPOS_PROPN))
            verb = i;
    }
    if (!verb)
        return;
    ud_word *v = &s->words[verb - 1];
    uint32_t object = (uint32_t)v->head;
    for (uint32_t i = 1; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (w->head != (int32_t)root || i == verb)
            continue;
        if (i == object) {
            w->head = (int32_t)verb;
            w->deprel = "obj";
        } else if (w->deprel && (strcmp(w->deprel, "nmod") == 0 || strcmp(w->deprel, "nmod:tmod") == 0)) {
            w->head = (int32_t)verb;
            w->deprel = "obl";
        } else if (i > verb && w->deprel && strcmp(w->deprel, "punct") == 0) {
            w->head = (int32_t)verb;
        }
    }
    v->head = 0;
    v->deprel = "root";
    v->xpos = "VBD";
    s->words[root - 1].head = (int32_t)verb;
    s->words[root - 1].deprel = "nsubj";
}

void syntax_repair(ud_sentence *s)
{
    repair_participle_with_subject(s);
    repair_nominal_root(s);
}
