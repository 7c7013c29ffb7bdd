/* repair.c: verbs the tagger took for participles, put back as verbs (see repair.h). */
#include "syntax/repair.h"
#include "syntax/syntax.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

/* "Ugandan police beat and arrested opposition supporters" read as a noun phrase, "police
 * beat", with "arrested" its conjunct: a nominal root right after a noun compound on it,
 * whose conjunct is a verb in the past with an object and no subject of its own, is a
 * verb in the past too (the first of the two), the compound its subject. */
static void repair_noun_before_conjunct_verb(ud_sentence *s)
{
    uint32_t n = s->n, root = 0;
    for (uint32_t i = 1; i <= n && !root; i++)
        if (s->words[i - 1].head == 0)
            root = i;
    if (root < 2 || s->words[root - 1].upos != UPOS_NOUN ||
        s->words[root - 2].upos != UPOS_NOUN || s->words[root - 2].head != (int32_t)root ||
        !s->words[root - 2].deprel || strcmp(s->words[root - 2].deprel, "compound") != 0)
        return;
    uint32_t verb = 0;
    bool cc = false;
    for (uint32_t i = root + 1; i <= n && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if (i == root + 1)
            cc = w->upos == UPOS_CCONJ && w->form && strcasecmp(w->form, "and") == 0;
        if (w->head == (int32_t)root && w->deprel && strcmp(w->deprel, "conj") == 0 &&
            w->upos == UPOS_VERB && w->xpos && strcmp(w->xpos, "VBD") == 0 && i == root + 2)
            verb = i;
    }
    if (!verb || !cc)
        return;
    bool object = false;
    for (uint32_t i = 1; i <= n; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->head != (int32_t)verb || !w->deprel)
            continue;
        if (strncmp(w->deprel, "nsubj", 5) == 0)
            return;
        object |= strcmp(w->deprel, "obj") == 0;
    }
    if (!object)
        return;
    uint32_t subj = root - 1;
    for (uint32_t i = 1; i < subj; i++) /* (the subject's words: "Ugandan police") */
        if (s->words[i - 1].head == (int32_t)root)
            s->words[i - 1].head = (int32_t)subj;
    s->words[subj - 1].deprel = "nsubj";
    ud_word *r = &s->words[root - 1];
    r->upos = UPOS_VERB;
    r->xpos = "VBD";
}

/* "The Greek police arrested protesters" read as "police [arrested protesters]": a
 * participle modifying a noun after it cannot have a subject of its own; one that has
 * (or whose noun, the root, has one before the participle) is the verb, and the noun its
 * object, in the place the noun held. */
static void repair_participle_with_subject(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t v = 1; v <= n; v++) {
        ud_word *w = &s->words[v - 1];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || !w->deprel ||
            strcmp(w->deprel, "amod") != 0 || w->head <= (int32_t)v || (uint32_t)w->head > n)
            continue;
        /* (the subject may hang from the noun: "Georgian police [used water cannon]" read
           as a nominal root with "police" its subject) */
        uint32_t subject = 0;
        bool on_noun = false;
        for (uint32_t c = 1; c < v && !subject; c++) {
            const ud_word *x = &s->words[c - 1];
            if (!x->deprel || strcmp(x->deprel, "nsubj") != 0)
                continue;
            if (x->head == (int32_t)v)
                subject = c;
            else if (x->head == w->head && s->words[w->head - 1].head == 0) {
                subject = c;
                on_noun = true;
            }
        }
        if (!subject)
            continue;
        ud_word *obj = &s->words[w->head - 1];
        uint32_t o = (uint32_t)w->head;
        if (on_noun) {
            s->words[subject - 1].head = (int32_t)v;
            /* the noun's prepositional phrases after it are the verb's ("against
               protesters") */
            for (uint32_t c = o + 1; c <= n; c++) {
                ud_word *x = &s->words[c - 1];
                if (x->head == (int32_t)o && x->deprel && strcmp(x->deprel, "nmod") == 0) {
                    x->head = (int32_t)v;
                    x->deprel = "obl";
                }
            }
        }
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

/* "Kenyan police arrested opposition leader X" read as one noun phrase headed by
 * "leader", "arrested" a participle on it with "police" below: the participle is the
 * verb, the noun before it its subject (with the root's words before that noun), the
 * root its object. */
static void repair_participle_before_root(ud_sentence *s, uint32_t root)
{
    uint32_t n = s->n, verb = 0, subject = 0;
    for (uint32_t i = 2; i < root && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || !w->deprel ||
            strcmp(w->deprel, "amod") != 0 || w->head != (int32_t)root)
            continue;
        const ud_word *before = &s->words[i - 2];
        if (before->head == (int32_t)i && (before->upos == UPOS_NOUN || before->upos == UPOS_PROPN)) {
            verb = i;
            subject = i - 1;
        }
    }
    if (!verb)
        return;
    for (uint32_t i = 1; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (i < subject && w->head == (int32_t)root)
            w->head = (int32_t)subject;
        else if (i > root && w->head == (int32_t)root && w->deprel && strcmp(w->deprel, "punct") == 0)
            w->head = (int32_t)verb;
    }
    ud_word *v = &s->words[verb - 1], *subj = &s->words[subject - 1], *obj = &s->words[root - 1];
    subj->head = (int32_t)verb;
    subj->deprel = "nsubj";
    v->head = 0;
    v->deprel = "root";
    v->xpos = "VBD";
    obj->head = (int32_t)verb;
    obj->deprel = "obj";
}

/* The verb at v becomes the sentence's root in place of root (the root's punctuation
 * after it goes with it), subj its subject by rel, and `clause`, the participle the parse
 * took for a verb, a clause on subj. */
static void verb_over_root(ud_sentence *s, uint32_t root, uint32_t v, uint32_t subj,
                           const char *rel, ud_word *clause)
{
    for (uint32_t k = v + 1; k <= s->n; k++)
        if (s->words[k - 1].head == (int32_t)root && s->words[k - 1].upos == UPOS_PUNCT)
            s->words[k - 1].head = (int32_t)v;
    s->words[v - 1].head = 0;
    s->words[v - 1].deprel = "root";
    s->words[subj - 1].head = (int32_t)v;
    s->words[subj - 1].deprel = rel;
    clause->head = (int32_t)subj;
    clause->deprel = "acl";
}

/* The participle at verb becomes the sentence's verb, the nominal root its subject, the
 * root's punctuation after the participle the verb's. */
static void participle_as_verb(ud_sentence *s, uint32_t root, uint32_t verb)
{
    for (uint32_t i = verb + 1; i <= s->n; i++) {
        ud_word *w = &s->words[i - 1];
        if (w->head == (int32_t)root && w->deprel && strcmp(w->deprel, "punct") == 0)
            w->head = (int32_t)verb;
    }
    ud_word *v = &s->words[verb - 1];
    v->head = 0;
    v->deprel = "root";
    v->xpos = "VBD";
    v->upos = UPOS_VERB;
    s->words[root - 1].head = (int32_t)verb;
    s->words[root - 1].deprel = "nsubj";
}

/* "Students demonstrated against the government." read as one noun phrase ("students
 * [who were] demonstrated against ..."): a participle of a verb of gathering, protesting
 * or fighting, which is not used in the passive, hanging from the nominal root (or its
 * last conjunct) as its reduced relative, is the verb and the root its subject. */
static bool repair_activity_participle(ud_sentence *s, uint32_t root)
{
    static const char *const ACTIVITY[] = {"demonstrate", "rally",    "march",    "riot",
                                           "clash",       "gather",   "assemble", "converge",
                                           "protest",     "fight",    "battle",   NULL};
    uint32_t n = s->n, verb = 0;
    for (uint32_t i = root + 1; i <= n && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || !w->deprel ||
            strcmp(w->deprel, "acl") != 0 || w->head <= 0 || !w->lemma)
            continue;
        /* (on the root, on its last conjunct: "the army and the rebels fought", or on the
           noun a root of quantity counts: "Thousands of protesters rallied") */
        const ud_word *h = &s->words[w->head - 1];
        if (w->head != (int32_t)root &&
            !(h->deprel && strcmp(h->deprel, "conj") == 0 && h->head == (int32_t)root) &&
            !(h->deprel && strcmp(h->deprel, "nmod") == 0 && h->head == (int32_t)root &&
              w->head + 1 == (int32_t)i))
            continue;
        for (size_t k = 0; ACTIVITY[k] && !verb; k++)
            verb = strcmp(w->lemma, ACTIVITY[k]) == 0 ? i : 0;
    }
    if (!verb)
        return false;
    for (uint32_t i = verb + 1; i <= n; i++) { /* (an agent would make it a passive) */
        const ud_word *w = &s->words[i - 1];
        if (w->head == (int32_t)verb && w->deprel && strcmp(w->deprel, "obl:agent") == 0)
            return false;
    }
    participle_as_verb(s, root, verb);
    return true;
}

/* "The Saudi-led coalition carried out air strikes on Houthi positions" read as one noun
 * phrase, "carried" a participle on "coalition": when nothing else is a finite verb, a
 * participle right after the nominal root that has a direct object of its own is the
 * verb, the root its subject. */
static bool repair_acl_with_object(ud_sentence *s, uint32_t root)
{
    uint32_t n = s->n, verb = 0, described = 0;
    for (uint32_t i = root + 1; i <= n && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->head <= 0 || !w->deprel || strcmp(w->deprel, "acl") != 0 ||
            w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0)
            continue;
        /* right after the root's phrase: no comma between them; or after a description
           set off by commas ("The protesters, supporters of X, criticised Y", British
           "-ised" read as a participle on the description) */
        const ud_word *h = &s->words[w->head - 1];
        bool on_root = w->head == (int32_t)root;
        bool on_description = !on_root && h->head == (int32_t)root && h->deprel &&
                              (strcmp(h->deprel, "conj") == 0 || strcmp(h->deprel, "appos") == 0) &&
                              strcmp(s->words[i - 2].form, ",") == 0 &&
                              strcmp(s->words[root].form, ",") == 0;
        /* (or on the agent of a participle on the root: "Somali troops backed by U.S. air
           strikes killed dozens of fighters", "killed" read as a clause on "strikes") */
        const ud_word *hh = h->head > 0 ? &s->words[h->head - 1] : NULL;
        bool on_agent = !on_root && !on_description && hh && h->deprel &&
                        strcmp(h->deprel, "obl:agent") == 0 && hh->head == (int32_t)root &&
                        hh->deprel && strcmp(hh->deprel, "acl") == 0 &&
                        w->head + 1 == (int32_t)i;
        if (!on_root && !on_description && !on_agent)
            continue;
        /* (the commas of the root's own coordination, and the one closing it, are no
           break: "Britain and the United States, as well as Canada, imposed") */
        bool comma = false, members = false;
        for (uint32_t k = root + 1; on_root && k < i && !comma; k++) {
            const ud_word *c = &s->words[k - 1];
            members = members || (c->head == (int32_t)root && c->deprel &&
                                  strcmp(c->deprel, "conj") == 0);
            if (strcmp(c->form, ",") != 0)
                continue;
            const ud_word *ch = c->head > 0 ? &s->words[c->head - 1] : NULL;
            bool member = ch && c->head > (int32_t)k && ch->head == (int32_t)root && ch->deprel &&
                          strcmp(ch->deprel, "conj") == 0;
            comma = !member && !(k + 1 == i && members);
        }
        bool object = false;
        for (uint32_t k = i + 1; k <= n && !object; k++)
            object = s->words[k - 1].head == (int32_t)i && s->words[k - 1].deprel &&
                     strcmp(s->words[k - 1].deprel, "obj") == 0;
        if (!comma && object) {
            verb = i;
            described = on_description ? (uint32_t)w->head : 0;
        }
    }
    if (!verb)
        return false;
    if (described)
        s->words[described - 1].deprel = "appos";
    participle_as_verb(s, root, verb);
    return true;
}

static bool is_nominal(const ud_word *w)
{
    return w->upos == UPOS_NOUN || w->upos == UPOS_PROPN;
}

static bool main_finite(const ud_sentence *s, uint32_t i);

static bool finite_tag(const ud_word *w)
{
    return w->xpos && (strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBZ") == 0 ||
                       strcmp(w->xpos, "VBP") == 0 || strcmp(w->xpos, "MD") == 0);
}

/* "Sudan's army and the Rapid Support Forces agreed to a ceasefire" read as one noun
 * phrase, "agreed" a clause on "Forces": when the root is a noun and the sentence's one
 * finite verb hangs, without a subject, as a clausal modifier from the root or from the
 * root's last conjunct, it is the verb and the root (with its conjuncts) its subject. */
static bool repair_finite_acl(ud_sentence *s, uint32_t root)
{
    uint32_t n = s->n, verb = 0;
    for (uint32_t i = 1; i <= n; i++)
        if (main_finite(s, i)) {
            if (verb)
                return false;
            verb = i;
        }
    if (!verb || verb < root)
        return false;
    const ud_word *v = &s->words[verb - 1];
    if (v->upos != UPOS_VERB || !v->deprel || strcmp(v->deprel, "acl") != 0 || v->head <= 0)
        return false;
    const ud_word *h = &s->words[v->head - 1];
    /* (or from the agent of a participle on the root, right before it: "Somali troops
       backed by U.S. air strikes killed dozens of fighters") */
    const ud_word *hh = h->head > 0 ? &s->words[h->head - 1] : NULL;
    bool on_agent = hh && h->deprel && strcmp(h->deprel, "obl:agent") == 0 &&
                    hh->head == (int32_t)root && hh->deprel && strcmp(hh->deprel, "acl") == 0 &&
                    v->head + 1 == (int32_t)verb;
    if (v->head != (int32_t)root && !on_agent &&
        !(h->deprel && strcmp(h->deprel, "conj") == 0 && h->head == (int32_t)root))
        return false;
    for (uint32_t c = 1; c <= n; c++)
        if (s->words[c - 1].head == (int32_t)verb && s->words[c - 1].deprel &&
            strncmp(s->words[c - 1].deprel, "nsubj", 5) == 0)
            return false;
    participle_as_verb(s, root, verb);
    return true;
}

/* Does word k have a dependent of relation rel before it (a subordinator "mark", a
 * preposition "case")? */
static bool has_child_before(const ud_sentence *s, uint32_t k, const char *rel)
{
    for (uint32_t c = 1; c < k; c++)
        if (s->words[c - 1].head == (int32_t)k && s->words[c - 1].deprel &&
            strcmp(s->words[c - 1].deprel, rel) == 0)
            return true;
    return false;
}

/* Is word v the verb of a subordinate clause ("as Americans filed their returns"): one
 * opened by a subordinator? */
static bool subordinate_verb(const ud_sentence *s, uint32_t v)
{
    return has_child_before(s, v, "mark");
}

/* Is word i a finite verb (or auxiliary) of a main clause: not one of a clause opened by
 * a subordinator ("as troops were deployed")? */
static bool main_finite(const ud_sentence *s, uint32_t i)
{
    const ud_word *w = &s->words[i - 1];
    if (!finite_tag(w) || subordinate_verb(s, i))
        return false;
    return !(w->upos == UPOS_AUX && w->head > 0 && subordinate_verb(s, (uint32_t)w->head));
}

/* Is word i glued by a hyphen to the word before it ("tear-gassed": tear, -, gassed, with
 * no blanks)? */
static bool hyphen_glued(const ud_sentence *s, uint32_t i)
{
    if (i < 3)
        return false;
    const ud_word *a = &s->words[i - 3], *d = &s->words[i - 2], *b = &s->words[i - 1];
    return strcmp(d->form, "-") == 0 && a->has_span && d->has_span && b->has_span &&
           a->end == d->start && d->end == b->start;
}

/* The words first..last (a noun phrase, perhaps with one prepositional phrase after its
 * head: "Police in Kenya") rebuilt as one phrase; returns its head, 0 when the span is no
 * such phrase. */
static uint32_t rebuild_noun_phrase(ud_sentence *s, uint32_t first, uint32_t last)
{
    uint32_t adp = 0, head = 0, pobj = 0;
    for (uint32_t k = first; k <= last; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->upos == UPOS_ADP) {
            if (adp || !head)
                return 0;
            adp = k;
        } else if (is_nominal(w))
            *(adp ? &pobj : &head) = k;
        else if (w->upos != UPOS_DET && w->upos != UPOS_ADJ && w->upos != UPOS_NUM)
            return 0;
    }
    if (!head || (adp && !pobj))
        return 0;
    for (uint32_t k = first; k <= last; k++) {
        ud_word *w = &s->words[k - 1];
        uint32_t h = adp && k >= adp ? pobj : head;
        if (k == head)
            continue;
        if (k == pobj) {
            w->head = (int32_t)head;
            w->deprel = "nmod";
            continue;
        }
        w->head = (int32_t)h;
        w->deprel = w->upos == UPOS_DET ? "det" : w->upos == UPOS_ADJ ? "amod"
                    : w->upos == UPOS_ADP ? "case" : w->upos == UPOS_NUM ? "nummod" : "compound";
    }
    return head;
}

/* "Police in Kenya tear-gassed protesters", "Myanmar troops machine-gunned villagers": a
 * past tense written with a hyphen is read as a participle on the noun after it, and the
 * sentence left without a verb. When nothing else in the sentence is a finite verb, a
 * hyphenated word in "-ed" (its first part in lower case) on a noun after it, after a
 * noun phrase opening the sentence, is the verb: the phrase its subject, the noun its
 * object. */
static void repair_hyphenated_verb(ud_sentence *s)
{
    uint32_t n = s->n, verb = 0;
    for (uint32_t i = 1; i <= n; i++) {
        const ud_word *w = &s->words[i - 1];
        if ((w->upos == UPOS_VERB || w->upos == UPOS_AUX) && finite_tag(w))
            return;
        size_t len = strlen(w->form);
        if (verb || i < 4 || !hyphen_glued(s, i) || len < 4 || strcmp(w->form + len - 2, "ed") != 0 ||
            !islower((unsigned char)w->form[0]) ||
            !islower((unsigned char)s->words[i - 3].form[0]) || w->head <= (int32_t)i ||
            !is_nominal(&s->words[w->head - 1]))
            continue;
        verb = i;
    }
    if (!verb)
        return;
    uint32_t first = s->words[0].upos == UPOS_PUNCT ? 2 : 1;
    uint32_t subj = rebuild_noun_phrase(s, first, verb - 3);
    if (!subj)
        return;
    ud_word *v = &s->words[verb - 1];
    uint32_t obj = (uint32_t)v->head;
    for (uint32_t k = verb + 1; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (w->head == 0 || (uint32_t)w->head < verb - 2) {
            w->head = (int32_t)verb;
            if (w->deprel && strcmp(w->deprel, "nmod") == 0)
                w->deprel = "obl";
        }
    }
    v->head = 0;
    v->deprel = "root";
    v->upos = UPOS_VERB;
    v->xpos = "VBD";
    s->words[subj - 1].head = (int32_t)verb;
    s->words[subj - 1].deprel = "nsubj";
    s->words[verb - 3].head = (int32_t)verb;
    s->words[verb - 3].deprel = "compound";
    s->words[verb - 2].head = (int32_t)(verb - 2);
    s->words[verb - 2].deprel = "punct";
    s->words[obj - 1].head = (int32_t)verb;
    s->words[obj - 1].deprel = "obj";
}

/* "Government-backed militias killed dozens of villagers", "Kremlin-installed
 * authorities in Donetsk detained two journalists": a participle glued by a hyphen to the
 * word before it, read as the root (or a clause of the verb) with the noun right after it
 * the subject of another verb, qualifies that noun; the other verb is the sentence's. */
static void repair_hyphenated_participle(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 3; i < n; i++) {
        ud_word *w = &s->words[i - 1], *noun = &s->words[i];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 ||
            !hyphen_glued(s, i) || !is_nominal(noun) || !noun->deprel ||
            strncmp(noun->deprel, "nsubj", 5) != 0 || noun->head <= (int32_t)i + 1)
            continue;
        uint32_t v = (uint32_t)noun->head;
        ud_word *vw = &s->words[v - 1];
        bool root = w->head == 0;
        /* (the verb hangs from the participle, or the participle from the verb) */
        if (vw->upos != UPOS_VERB || !w->deprel ||
            !(root ? vw->head == (int32_t)i
                   : w->head == (int32_t)v && strcmp(w->deprel, "advcl") == 0))
            continue;
        bool own_object = false;
        for (uint32_t k = 1; k <= n; k++)
            own_object |= s->words[k - 1].head == (int32_t)i && s->words[k - 1].deprel &&
                          strcmp(s->words[k - 1].deprel, "obj") == 0;
        if (own_object)
            continue;
        if (root) {
            for (uint32_t k = 1; k <= n; k++)
                if (k != v && k != i - 1 && k != i - 2 && s->words[k - 1].head == (int32_t)i)
                    s->words[k - 1].head = (int32_t)v;
            vw->head = 0;
            vw->deprel = "root";
        }
        w->head = (int32_t)i + 1;
        w->deprel = "amod";
        return;
    }
}

/* "launched strikes against Iran-backed militias in Iraq" read with "Iran" the object of
 * "against" and "militias" the object of "backed", a clause of the verb (or a second
 * object of the verb): a participle glued by a hyphen to a name before it, whose object is
 * the noun right after it or that qualifies a noun hung elsewhere, qualifies that noun, which takes the name's place in the phrase (its preposition too); the name is
 * the participle's. */
static void repair_hyphenated_object(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 3; i < n; i++) {
        ud_word *w = &s->words[i - 1], *noun = &s->words[i], *name = &s->words[i - 3];
        /* (the noun the participle's object, or the participle already its adjective and
           the noun hung elsewhere) */
        bool taken = noun->deprel && ((strcmp(noun->deprel, "obj") == 0 && noun->head == (int32_t)i) ||
                                      (w->head == (int32_t)i + 1 && noun->head != (int32_t)(i - 2)));
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 ||
            !hyphen_glued(s, i) || !is_nominal(noun) || !taken || !is_nominal(name) ||
            name->head == (int32_t)i || name->head <= 0 || (uint32_t)name->head == i + 1 ||
            !name->deprel || strcmp(name->deprel, "compound") == 0)
            continue;
        noun->head = name->head;
        noun->deprel = name->deprel;
        for (uint32_t k = 1; k < i - 2; k++) /* (the name's preposition is the noun's) */
            if (s->words[k - 1].head == (int32_t)(i - 2) && s->words[k - 1].deprel &&
                strcmp(s->words[k - 1].deprel, "case") == 0)
                s->words[k - 1].head = (int32_t)i + 1;
        for (uint32_t k = i + 2; k <= n; k++) /* (and the phrases after the noun) */
            if (s->words[k - 1].head == (int32_t)i)
                s->words[k - 1].head = (int32_t)i + 1;
        name->head = (int32_t)i;
        name->deprel = "obl:npmod";
        s->words[i - 2].head = (int32_t)(i - 2);
        s->words[i - 2].deprel = "punct";
        w->head = (int32_t)i + 1;
        w->deprel = "amod";
    }
}

static bool lemma_is_one_of(const ud_word *w, const char *const *list);

static bool subordinator_case(const ud_sentence *s, uint32_t p);

/* The subordinator read as the case of noun o ("after Indian troops"), or 0. */
static uint32_t subordinator_of(const ud_sentence *s, uint32_t o)
{
    for (uint32_t k = 1; k < o; k++)
        if (s->words[k - 1].head == (int32_t)o && subordinator_case(s, k))
            return k;
    return 0;
}

/* Makes verb v, with subject o and the subordinator mark, an adverbial clause of h. */
static void subordinate_clause(ud_sentence *s, uint32_t v, uint32_t o, uint32_t mark, int32_t h)
{
    ud_word *vw = &s->words[v - 1];
    vw->head = h;
    vw->deprel = "advcl";
    vw->upos = UPOS_VERB;
    vw->xpos = "VBD";
    s->words[o - 1].head = (int32_t)v;
    s->words[o - 1].deprel = "nsubj";
    s->words[mark - 1].head = (int32_t)v;
    s->words[mark - 1].deprel = "mark";
    s->words[mark - 1].upos = UPOS_SCONJ;
}

/* "Tensions rose after Chinese warships surrounded Taiwanese vessels", "The ceasefire
 * collapsed after Houthi rebels shelled government positions", "Protests erupted after
 * Indian troops killed three civilians": a clause that "after", "before", "since" or
 * "until" opens, read as a noun phrase (its verb a clause or an adjective in it), or
 * its subject read as the phrase of a participle that cannot be passive ("erupted"),
 * is a clause of the verb before it, the noun after the subordinator its subject. */
static void repair_subordinate_noun_clause(ud_sentence *s)
{
    static const char *const INTRANSITIVE[] = {"erupt", "collapse", "stall", "rise", "flare",
                                               "arise", "escalate", "soar", "surge",
                                               "worsen", "deteriorate", "resume", NULL};
    uint32_t n = s->n;
    for (uint32_t o = 2; o < n; o++) {
        ud_word *ow = &s->words[o - 1];
        uint32_t mark = is_nominal(ow) && ow->deprel && strcmp(ow->deprel, "obl") == 0 &&
                                ow->head > 0 && (uint32_t)ow->head < o
                            ? subordinator_of(s, o) : 0;
        if (!mark)
            continue;
        int32_t h = ow->head;
        const ud_word *hw = &s->words[h - 1];
        /* a finite verb read as the noun's clause ("warships surrounded vessels") */
        uint32_t v = 0;
        for (uint32_t k = o + 1; k <= n && !v; k++) {
            const ud_word *w = &s->words[k - 1];
            if (w->head == (int32_t)o && w->deprel && strcmp(w->deprel, "acl") == 0 &&
                w->upos == UPOS_VERB && w->xpos && strcmp(w->xpos, "VBD") == 0)
                v = k;
        }
        if (v) {
            subordinate_clause(s, v, o, mark, h);
            continue;
        }
        /* a participle read as the adjective of a bare noun hung on it ("rebels shelled
           government positions": "positions" no phrase of "rebels", having no
           preposition) */
        for (uint32_t k = o + 1; k <= n && !v; k++) {
            ud_word *w = &s->words[k - 1];
            if (w->head <= (int32_t)k || !w->deprel || strcmp(w->deprel, "amod") != 0 ||
                w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || k != o + 1)
                continue;
            uint32_t p = (uint32_t)w->head;
            ud_word *pw = &s->words[p - 1];
            bool bare = pw->head == (int32_t)o && pw->deprel && strcmp(pw->deprel, "nmod") == 0;
            for (uint32_t c = 1; c < p && bare; c++)
                bare = !(s->words[c - 1].head == (int32_t)p && s->words[c - 1].deprel &&
                         strcmp(s->words[c - 1].deprel, "case") == 0);
            if (!bare)
                continue;
            v = k;
            pw->head = (int32_t)v;
            pw->deprel = "obj";
            subordinate_clause(s, v, o, mark, h);
        }
        if (v)
            continue;
        /* the subject read as the phrase of a participle that is no passive ("Protests
           erupted after Indian troops", then "killed" the root) */
        if (hw->upos == UPOS_VERB && hw->deprel && strcmp(hw->deprel, "acl") == 0 &&
            lemma_is_one_of(hw, INTRANSITIVE) && hw->head > 0 && hw->head < h) {
            uint32_t subj = (uint32_t)hw->head, root = 0;
            const ud_word *sw = &s->words[subj - 1];
            if (sw->head > 0 && sw->deprel && strcmp(sw->deprel, "nsubj") == 0 &&
                (uint32_t)sw->head > o && s->words[sw->head - 1].head == 0 &&
                s->words[sw->head - 1].upos == UPOS_VERB)
                root = (uint32_t)sw->head;
            if (!root)
                continue;
            ud_word *hv = &s->words[h - 1];
            hv->head = 0;
            hv->deprel = "root";
            hv->xpos = "VBD";
            s->words[subj - 1].head = h;
            for (uint32_t k = 1; k <= n; k++) /* (the root's other words stay its own) */
                if (s->words[k - 1].head == (int32_t)root && s->words[k - 1].deprel &&
                    strcmp(s->words[k - 1].deprel, "punct") == 0 && k == n)
                    s->words[k - 1].head = h;
            subordinate_clause(s, root, o, mark, h);
        }
    }
}

/* Is word i a phrase that belongs to the noun it hangs from, whatever verb follows ("the
 * killing of a journalist by Israeli forces", "talks between Iran and the US")? */
static bool own_phrase(const ud_sentence *s, uint32_t i)
{
    static const char *const OWN[] = {"of", "by", "between", NULL};
    for (uint32_t k = 1; k < i; k++)
        if (s->words[k - 1].head == (int32_t)i && s->words[k - 1].deprel &&
            strcmp(s->words[k - 1].deprel, "case") == 0 && lemma_is_one_of(&s->words[k - 1], OWN))
            return true;
    return false;
}

/* "The House of Representatives impeached Vice President Sara Duterte" read as one noun
 * phrase, "impeached" an adjective after "Representatives": when nothing else is a
 * finite verb, a word in "-ed" hung as an adjective after a noun of the root's phrase
 * (the root or a phrase "of" it), with a bare noun phrase of its own after it, is the verb,
 * that noun phrase its object and the root its subject. */
static bool repair_postnominal_adjective(ud_sentence *s, uint32_t root)
{
    uint32_t n = s->n;
    for (uint32_t i = root + 1; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        size_t len = strlen(w->form);
        if ((w->upos != UPOS_ADJ && w->upos != UPOS_VERB) || !w->deprel ||
            strcmp(w->deprel, "amod") != 0 || w->head <= 0 || w->head >= (int32_t)i ||
            len < 5 || strcmp(w->form + len - 2, "ed") != 0)
            continue;
        const ud_word *h = &s->words[w->head - 1];
        if (w->head != (int32_t)root &&
            !(h->deprel && strcmp(h->deprel, "nmod") == 0 && h->head == (int32_t)root))
            continue;
        uint32_t object = 0;
        for (uint32_t k = i + 1; k <= n && !object; k++) {
            const ud_word *o = &s->words[k - 1];
            if (o->head != (int32_t)i || !is_nominal(o) || !o->deprel ||
                !(strcmp(o->deprel, "obl") == 0 || strcmp(o->deprel, "obj") == 0 ||
                  strcmp(o->deprel, "nmod") == 0))
                continue;
            bool marked = false;
            for (uint32_t c = 1; c < k && !marked; c++)
                marked = s->words[c - 1].head == (int32_t)k && s->words[c - 1].deprel &&
                         strcmp(s->words[c - 1].deprel, "case") == 0;
            if (!marked)
                object = k;
        }
        if (!object)
            continue;
        w->upos = UPOS_VERB;
        s->words[object - 1].deprel = "obj";
        participle_as_verb(s, root, i);
        return true;
    }
    return false;
}

/* "Thousands of Iraqis mounted demonstrations", "mounted" tagged an adjective: the past
 * of a verb that holds a protest (mount, stage, organise, launch) before a noun of
 * protest (demonstrations, protests, rallies, strikes, marches, sit-ins) is that verb,
 * with its own lemma. */
static bool protest_held(ud_sentence *s, uint32_t i)
{
    static const char *const DISSENT[] = {"demonstration", "protest", "rally", "strike",
                                          "march", "sit-in", "walkout", NULL};
    static const char *const HELD[][2] = {{"mounted", "mount"},     {"staged", "stage"},
                                          {"organised", "organise"}, {"organized", "organize"},
                                          {"launched", "launch"}};
    ud_word *w = &s->words[i - 1];
    if (w->upos != UPOS_ADJ || !w->form || w->head != (int32_t)i + 1 || i >= s->n ||
        !lemma_is_one_of(&s->words[i], DISSENT))
        return false;
    for (size_t k = 0; k < sizeof HELD / sizeof *HELD; k++)
        if (strcasecmp(w->form, HELD[k][0]) == 0) {
            w->lemma = HELD[k][1];
            return true;
        }
    return false;
}

static bool descends(const ud_sentence *s, int32_t k, int32_t x);

/* "A court in Dhaka on Thursday sentenced opposition leader X to five years" read as one
 * noun phrase, "sentenced" a participle on "leader" which hangs as an apposition on the
 * phrase of time or place after the root: when nothing is a finite verb, a participle
 * right after a phrase under the nominal root that modifies a noun after it is the
 * verb, the root its subject, that noun its object; the root's phrases after the verb are
 * the verb's, and a name set beside the noun is the noun's. */
static bool repair_participle_after_phrase(ud_sentence *s, uint32_t root)
{
    uint32_t n = s->n, verb = 0, object = 0;
    int32_t phrase = 0;
    for (uint32_t i = root + 2; i < n && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || !w->deprel ||
            strcmp(w->deprel, "amod") != 0 || w->head <= (int32_t)i || !is_nominal(&s->words[w->head - 1]))
            continue;
        const ud_word *h = &s->words[w->head - 1];
        /* (the noun hangs on a word of the phrase before the participle, not the root; the
           word before the participle ends that phrase) */
        /* (or a phrase set off by commas: "A court, in a ruling on Tuesday, sentenced") */
        uint32_t end = i - 1;
        if (strcmp(s->words[end - 1].form, ",") == 0 && end > root + 1)
            end--;
        if (h->head <= 0 || h->head == (int32_t)root || h->head >= (int32_t)i ||
            !descends(s, h->head, (int32_t)root) || !descends(s, (int32_t)end, h->head) ||
            !is_nominal(&s->words[end - 1]))
            continue;
        verb = i;
        object = (uint32_t)w->head;
        phrase = h->head;
    }
    if (!verb)
        return false;
    if (strcmp(s->words[verb - 2].form, ",") == 0) /* (the comma closing the phrase) */
        s->words[verb - 2].head = (int32_t)verb;
    for (uint32_t k = verb + 1; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (w->head <= 0 || w->head >= (int32_t)verb)
            continue;
        if (k == object) {
            w->head = (int32_t)verb;
            w->deprel = "obj";
        } else if (w->upos == UPOS_PUNCT) {
            w->head = (int32_t)verb;
        } else if (w->head == phrase && w->deprel &&
                   (strcmp(w->deprel, "appos") == 0 || strcmp(w->deprel, "flat") == 0) &&
                   k > object) {
            w->head = (int32_t)object;
            w->deprel = "appos";
        } else {
            w->head = (int32_t)verb;
            w->deprel = "obl";
        }
    }
    participle_as_verb(s, root, verb);
    return true;
}

static void repair_nominal_root(ud_sentence *s)
{
    for (uint32_t i = 1; i <= s->n; i++)
        if (s->words[i - 1].head == 0 && is_nominal(&s->words[i - 1]) &&
            repair_finite_acl(s, i))
            return;

    uint32_t n = s->n, root = 0, verb = 0;
    for (uint32_t i = 1; i <= n; i++) {
        const ud_word *w = &s->words[i - 1];
        if (main_finite(s, i))
            return;
        if (w->head == 0)
            root = i;
    }
    if (!root || (s->words[root - 1].upos != UPOS_NOUN && s->words[root - 1].upos != UPOS_PROPN))
        return;
    for (uint32_t i = root + 1; i <= n && !verb; i++) {
        const ud_word *w = &s->words[i - 1];
        if ((protest_held(s, i) ||
             (w->upos == UPOS_VERB && w->xpos && strcmp(w->xpos, "VBN") == 0)) && w->deprel &&
            strcmp(w->deprel, "amod") == 0 && w->head > (int32_t)i &&
            (uint32_t)w->head <= n && s->words[w->head - 1].head == (int32_t)root &&
            (s->words[w->head - 1].upos == UPOS_NOUN || s->words[w->head - 1].upos == UPOS_PROPN))
            verb = i;
    }
    if (!verb) {
        if (!repair_activity_participle(s, root) && !repair_acl_with_object(s, root) &&
            !repair_postnominal_adjective(s, root) && !repair_participle_after_phrase(s, root))
            repair_participle_before_root(s, root);
        return;
    }
    ud_word *v = &s->words[verb - 1];
    uint32_t object = (uint32_t)v->head;
    for (uint32_t i = 1; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (w->head != (int32_t)root || i == verb)
            continue;
        if (i == object) {
            w->head = (int32_t)verb;
            w->deprel = "obj";
        } else if (w->deprel && (strcmp(w->deprel, "nmod") == 0 || strcmp(w->deprel, "nmod:tmod") == 0) &&
                   !own_phrase(s, i)) {
            w->head = (int32_t)verb;
            w->deprel = "obl";
        } else if (i > verb && w->deprel && strcmp(w->deprel, "punct") == 0) {
            w->head = (int32_t)verb;
        }
    }
    v->head = 0;
    v->deprel = "root";
    v->xpos = "VBD";
    v->upos = UPOS_VERB;
    s->words[root - 1].head = (int32_t)verb;
    s->words[root - 1].deprel = "nsubj";
}

/* "Britain and its partners accused Iran" read with two subjects of "accused": a
 * predicate has one subject, so a second one that a coordinator opens is the first
 * one's conjunct. */
static bool is_subject(const ud_word *w)
{
    return w->deprel && (strcmp(w->deprel, "nsubj") == 0 || strcmp(w->deprel, "nsubj:pass") == 0);
}

static bool descends(const ud_sentence *s, int32_t k, int32_t x);

static void repair_split_subject(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t b = 2; b <= n; b++) {
        ud_word *w = &s->words[b - 1];
        if (!is_subject(w) || w->head <= (int32_t)b)
            continue;
        /* "Human Rights Watch urged": two nouns side by side, both subjects, are one
           name, the first a compound of the second */
        ud_word *prev = &s->words[b - 2];
        if (is_subject(prev) && prev->head == w->head && is_nominal(prev) && is_nominal(w)) {
            prev->head = (int32_t)b;
            prev->deprel = "compound";
            continue;
        }
        uint32_t a = 0;
        for (uint32_t k = 1; k < b && !a; k++)
            if (s->words[k - 1].head == w->head && is_subject(&s->words[k - 1]))
                a = k;
        bool cc = false;
        for (uint32_t k = a + 1; a && k < b && !cc; k++)
            cc = s->words[k - 1].head == (int32_t)b && s->words[k - 1].deprel &&
                 strcmp(s->words[k - 1].deprel, "cc") == 0;
        /* "The meeting between Putin and Kim Jong Un took place": the "and" hung on the
           verb, right before the second subject, which joins the name before the "and"
           inside the first subject's phrase */
        uint32_t to = a;
        ud_word *and_ = &s->words[b - 2];
        if (!cc && a && b >= a + 3 && and_->upos == UPOS_CCONJ && and_->head == w->head &&
            w->upos == UPOS_PROPN && s->words[b - 3].upos == UPOS_PROPN &&
            descends(s, (int32_t)b - 2, (int32_t)a)) {
            cc = true;
            to = b - 2;
            and_->head = (int32_t)b;
        }
        /* "Iran, Saudi Arabia agree to restore ties": a headline joins two names with a
           comma alone, right after the first name */
        bool comma = a && a + 1 < b && strcmp(s->words[a].form, ",") == 0 &&
                     s->words[a - 1].upos == UPOS_PROPN && w->upos == UPOS_PROPN;
        for (uint32_t k = a + 2; comma && k < b; k++)
            comma = s->words[k - 1].head == (int32_t)b; /* (only the second name's words) */
        if (!cc && !comma)
            continue;
        w->head = (int32_t)to;
        w->deprel = "conj";
    }
}

/* The first nominal subject of word b's verb before b, 0 if none. */
static uint32_t first_subject_beside(const ud_sentence *s, uint32_t b)
{
    for (uint32_t k = 1; k < b; k++)
        if (s->words[k - 1].head == s->words[b - 1].head && is_subject(&s->words[k - 1]) &&
            is_nominal(&s->words[k - 1]))
            return k;
    return 0;
}

/* "The Colombian government and the rebels signed a peace deal" read with "government"
 * and "rebels" two subjects of the verb and the "and" hung on the verb: a predicate has
 * one subject, so a nominal subject after the verb's own coordinator, every word between
 * the first subject and it inside one of the two phrases, is the first one's conjunct.
 * It also takes a name after a description ("The African Union and the regional bloc
 * ECOWAS congratulated Senegal", once repair_split_subject has made one name of the
 * side-by-side subjects). */
static void repair_subject_pair_cc(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t b = 3; b <= n; b++) {
        ud_word *w = &s->words[b - 1];
        if (!is_subject(w) || w->head <= (int32_t)b || !is_nominal(w))
            continue;
        uint32_t a = first_subject_beside(s, b);
        if (!a)
            continue;
        uint32_t c = 0; /* (the verb's coordinator after the first subject) */
        for (uint32_t k = a + 1; k < b && !c; k++) {
            const ud_word *x = &s->words[k - 1];
            if (x->head == w->head && x->deprel && strcmp(x->deprel, "cc") == 0)
                c = k;
        }
        if (!c)
            continue;
        bool inside = true;
        for (uint32_t k = a + 1; inside && k < c; k++)
            inside = descends(s, (int32_t)k, (int32_t)a);
        for (uint32_t k = c + 1; inside && k < b; k++)
            inside = descends(s, (int32_t)k, (int32_t)b) || descends(s, (int32_t)k, (int32_t)c);
        if (!inside)
            continue;
        s->words[c - 1].head = (int32_t)b;
        w->head = (int32_t)a;
        w->deprel = "conj";
    }
}

/* "Burkina Faso, Mali and Niger announced" read with "Mali" a compound (or an apposition)
 * of "Burkina" and "Niger" its conjunct: a name hung so on an earlier name across a comma, with
 * a conjunct of its own opened by "and" or "or", is a member of the earlier name's
 * coordination, and so are its conjuncts. */
static void repair_comma_compound(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 3; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (w->upos != UPOS_PROPN || !w->deprel ||
            (strcmp(w->deprel, "compound") != 0 && strcmp(w->deprel, "appos") != 0) ||
            w->head <= 0 || w->head >= (int32_t)k || strcmp(s->words[k - 2].form, ",") != 0 ||
            s->words[w->head - 1].upos != UPOS_PROPN)
            continue;
        bool listed = false; /* (a conjunct after "and"/"or") */
        for (uint32_t c = k + 1; c <= n && !listed; c++) {
            const ud_word *x = &s->words[c - 1];
            if (x->head != (int32_t)k || !x->deprel || strcmp(x->deprel, "conj") != 0)
                continue;
            for (uint32_t b = k + 1; b < c && !listed; b++)
                listed = s->words[b - 1].head == (int32_t)c && s->words[b - 1].deprel &&
                         strcmp(s->words[b - 1].deprel, "cc") == 0;
        }
        if (!listed)
            continue;
        int32_t first = w->head;
        for (uint32_t c = k + 1; c <= n; c++) {
            ud_word *x = &s->words[c - 1];
            if (x->head == (int32_t)k && x->deprel && strcmp(x->deprel, "conj") == 0)
                x->head = first;
        }
        w->deprel = "conj";
        s->words[k - 2].head = (int32_t)k; /* (the comma opens the member) */
    }
}

/* "criticised by Germany, France and the Netherlands" read with "France" a loose phrase of
 * "Germany" (nmod:unmarked, an apposition) and "Netherlands" Germany's conjunct: a bare
 * name after a comma, hung so on an earlier name that has a conjunct after it opened by
 * "and" or "or", is a member of that name's coordination; so is one hung beside the
 * earlier name as a second oblique without its preposition, with its own conjunct ("aid
 * from Germany, Poland and Spain"). */
static void repair_comma_member(ud_sentence *s)
{
    static const char *const LOOSE[] = {"nmod:unmarked", "nmod", "appos", "dep", "compound", NULL};
    uint32_t n = s->n;
    for (uint32_t k = 3; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        bool loose = false;
        for (const char *const *r = LOOSE; w->deprel && *r && !loose; r++)
            loose = strcmp(w->deprel, *r) == 0;
        if (w->upos != UPOS_PROPN || k < 3 || strcmp(s->words[k - 2].form, ",") != 0)
            continue;
        /* (or a sibling of the name before the comma, as a second oblique without the
           first's preposition: "aid from Germany, Poland and Spain") */
        uint32_t h = k - 2;
        for (int steps = 0; steps < 4 && s->words[h - 1].head > (int32_t)h &&
                            s->words[h - 1].head < (int32_t)k - 1;
             steps++)
            h = (uint32_t)s->words[h - 1].head;
        const ud_word *hw = &s->words[h - 1];
        bool sibling = hw->upos == UPOS_PROPN && hw->head == w->head && hw->deprel && w->deprel &&
                       strcmp(hw->deprel, w->deprel) == 0 && strcmp(w->deprel, "obl") == 0 &&
                       !has_child_before(s, k, "case") && has_child_before(s, h, "case");
        if (sibling) {
            bool own = false; /* (with a conjunct of its own after "and") */
            for (uint32_t c = k + 1; c <= n && !own; c++)
                own = s->words[c - 1].head == (int32_t)k && s->words[c - 1].deprel &&
                      strcmp(s->words[c - 1].deprel, "conj") == 0;
            if (!own)
                continue;
            for (uint32_t c = k + 1; c <= n; c++)
                if (s->words[c - 1].head == (int32_t)k && s->words[c - 1].deprel &&
                    strcmp(s->words[c - 1].deprel, "conj") == 0)
                    s->words[c - 1].head = (int32_t)h;
            w->head = (int32_t)h;
            w->deprel = "conj";
            s->words[k - 2].head = (int32_t)k;
            s->words[k - 2].deprel = "punct";
            continue;
        }
        if (!loose || w->head <= 0 || w->head >= (int32_t)k - 1 ||
            s->words[w->head - 1].upos != UPOS_PROPN)
            continue;
        /* (a bare name: no case, article or modifier of its own before it) */
        bool bare = true;
        for (uint32_t c = 1; c < k && bare; c++)
            bare = !(s->words[c - 1].head == (int32_t)k && c != k - 1 &&
                     !(s->words[c - 1].deprel && (strcmp(s->words[c - 1].deprel, "flat") == 0 ||
                                                  strcmp(s->words[c - 1].deprel, "compound") == 0)));
        bool listed = false; /* (the earlier name's conjunct after it, with "and"/"or") */
        for (uint32_t c = k + 1; c <= n && !listed && bare; c++) {
            const ud_word *x = &s->words[c - 1];
            if (x->head != w->head || !x->deprel || strcmp(x->deprel, "conj") != 0)
                continue;
            for (uint32_t b = k + 1; b < c && !listed; b++)
                listed = s->words[b - 1].head == (int32_t)c && s->words[b - 1].deprel &&
                         strcmp(s->words[b - 1].deprel, "cc") == 0 &&
                         (strcmp(s->words[b - 1].form, "and") == 0 ||
                          strcmp(s->words[b - 1].form, "or") == 0);
        }
        if (!listed)
            continue;
        w->deprel = "conj";
        s->words[k - 2].head = (int32_t)k; /* (the comma opens the member) */
        s->words[k - 2].deprel = "punct";
    }
}

/* "Russia, Iran and North Korea were criticised" read with "Russia" as a vocative (or
 * "Saudi Arabia, Bahrain and Egypt cut ties" with "Saudi Arabia" an oblique): a name
 * opening the sentence, of one or more words, hung loosely on the verb before a comma
 * and the subject, which has conjuncts of its own, is the first member of the subject's
 * coordination. */
static void repair_opening_conjunct(ud_sentence *s)
{
    uint32_t n = s->n;
    if (n < 5)
        return;
    /* the opening name, up to the first comma ("Saudi Arabia, ..."): its head is the one
       word of it that hangs outside it */
    uint32_t comma = 0;
    for (uint32_t k = 2; k <= 5 && k < n && !comma; k++)
        if (strcmp(s->words[k - 1].form, ",") == 0)
            comma = k;
    if (!comma)
        return;
    uint32_t vi = 0;
    for (uint32_t k = 1; k < comma; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head >= 1 && w->head < (int32_t)comma)
            continue;
        if (vi)
            return; /* (two words hang outside: no one phrase) */
        vi = k;
    }
    ud_word *v = vi ? &s->words[vi - 1] : NULL;
    static const char *const LOOSE[] = {"vocative", "obl", "dep", "nmod", "obl:npmod",
                                        "parataxis", NULL};
    bool loose = false;
    for (const char *const *r = LOOSE; v && v->deprel && *r && !loose; r++)
        loose = strcmp(v->deprel, *r) == 0;
    if (!v || !loose || v->upos != UPOS_PROPN || v->head <= (int32_t)comma)
        return;
    uint32_t subj = 0; /* the subject after the comma, with a conjunct */
    for (uint32_t k = comma + 1; k <= n && !subj; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head == v->head && w->deprel && strncmp(w->deprel, "nsubj", 5) == 0)
            subj = k;
    }
    bool conjuncts = false;
    for (uint32_t k = subj + 1; subj && k <= n && !conjuncts; k++)
        conjuncts = s->words[k - 1].head == (int32_t)subj && s->words[k - 1].deprel &&
                    strcmp(s->words[k - 1].deprel, "conj") == 0;
    if (!conjuncts)
        return;
    for (uint32_t k = 1; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (w->head == (int32_t)subj && w->deprel && strcmp(w->deprel, "conj") == 0)
            w->head = (int32_t)vi;
    }
    v->head = s->words[subj - 1].head;
    v->deprel = s->words[subj - 1].deprel;
    s->words[subj - 1].head = (int32_t)vi;
    s->words[subj - 1].deprel = "conj";
    s->words[comma - 1].head = (int32_t)subj; /* (the comma before the member) */
}

/* Is w a capitalised word that can be a nationality adjective: one the tagger read as an
 * adjective, or a name shaped like one ("Polish", "American", "Czech", "Congolese")? */
static bool nationality_shaped(const ud_word *w)
{
    static const char *const ENDING[] = {"ese", "an", "ish", "i", "ch", NULL};
    if (!w->form || !isupper((unsigned char)w->form[0]))
        return false;
    if (w->upos == UPOS_ADJ)
        return true;
    if (w->upos != UPOS_PROPN && w->upos != UPOS_NOUN)
        return false;
    size_t len = strlen(w->form);
    for (const char *const *e = ENDING; *e; e++)
        if (len > strlen(*e) + 2 && strcmp(w->form + len - strlen(*e), *e) == 0)
            return true;
    return false;
}

/* "Fighting broke out between Thai and Cambodian soldiers" read with "Thai" the noun of the
 * phrase and "soldiers" its conjunct, "Clashes erupted between Kenyan and Somali troops"
 * with "Kenyan" a compound of "troops": two words shaped like nationalities joined by a
 * coordinator right before a common noun are two adjectives of that noun, as the parse
 * reads "Indian and Chinese troops". */
static void repair_nationality_pair(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t a = 1; a + 3 <= n; a++) {
        ud_word *x = &s->words[a - 1], *cc = &s->words[a], *y = &s->words[a + 1],
                *noun = &s->words[a + 2];
        if (cc->upos != UPOS_CCONJ || noun->upos != UPOS_NOUN || !x->deprel ||
            !nationality_shaped(x) || !nationality_shaped(y) || x->upos == UPOS_NOUN ||
            y->upos == UPOS_NOUN)
            continue;
        bool first_child = true; /* (the first word heads nothing but the pair, its case) */
        for (uint32_t k = 1; k <= n && first_child; k++)
            if (s->words[k - 1].head == (int32_t)a)
                first_child = k == a + 1 || k == a + 2 || k == a + 3 ||
                              (k < a && s->words[k - 1].deprel &&
                               (strcmp(s->words[k - 1].deprel, "case") == 0 ||
                                strcmp(s->words[k - 1].deprel, "det") == 0));
        if (!first_child)
            continue;
        if (noun->head == (int32_t)a && noun->deprel && strcmp(noun->deprel, "conj") == 0 &&
            y->head == (int32_t)a + 3) {
            /* ("Thai" the phrase's noun, "soldiers" its conjunct) */
            noun->head = x->head;
            noun->deprel = x->deprel;
        } else if (!(x->head == (int32_t)a + 3 && y->head == (int32_t)a && y->deprel &&
                     strcmp(y->deprel, "conj") == 0 && strcmp(x->deprel, "compound") == 0)) {
            continue;
        }
        for (uint32_t k = 1; k < a; k++) /* (the phrase's case and determiner go to the noun) */
            if (s->words[k - 1].head == (int32_t)a)
                s->words[k - 1].head = (int32_t)a + 3;
        x->head = (int32_t)a + 3;
        x->deprel = "amod";
        y->head = (int32_t)a;
        y->deprel = "conj";
        cc->head = (int32_t)a + 2;
        cc->deprel = "cc";
        x->upos = y->upos = UPOS_ADJ;
        x->xpos = y->xpos = "JJ";
    }
}

/* "Russia expelled Polish, Czech and British diplomats" read with "Polish" the object and
 * "diplomats" an oblique (or "American, Canadian and British lawmakers" with "American" an
 * adjective of its own beside the others' coordination): three or more capitalised
 * adjectives before a noun, separated by commas with "and" or "or" before the last, are
 * one coordination modifying that noun, each member one party; where the first was hung
 * outside the noun as an argument, the noun takes its place. */
static void repair_adjective_list(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 4; k <= n; k++) {
        ud_word *noun = &s->words[k - 1];
        if (noun->upos != UPOS_NOUN)
            continue;
        /* the members before the noun, right to left: each a run of capitalised words
           ending in one shaped like a nationality ("North Korean") */
        uint32_t last[8], nm = 0, cc = 0, commas = 0, a = k;
        bool sep = true, ok = true;
        for (uint32_t j = k - 1; j >= 1 && ok; j--) {
            const ud_word *w = &s->words[j - 1];
            bool comma = strcmp(w->form, ",") == 0;
            bool conj = w->upos == UPOS_CCONJ &&
                        (strcmp(w->form, "and") == 0 || strcmp(w->form, "or") == 0);
            if (comma || conj) {
                if (nm == 0 || (conj && (cc || nm != 1)) || (comma && cc == 0 && nm == 1 && !sep))
                    break;
                if (conj)
                    cc = j;
                else
                    commas++;
                sep = true;
                continue;
            }
            if (!w->form || !isupper((unsigned char)w->form[0]) ||
                (w->upos != UPOS_ADJ && w->upos != UPOS_PROPN && w->upos != UPOS_NOUN))
                break;
            if (sep) {
                if (!nationality_shaped(w) || nm == 8) {
                    ok = false;
                    break;
                }
                last[nm++] = j;
                sep = false;
            }
            a = j;
        }
        /* (the list opens at a member: "In Paris, French and German leaders" is no list) */
        if (!ok || nm < 3 || !cc || commas < nm - 2 || sep || cc < last[1] || cc > last[0])
            continue;
        uint32_t first = last[nm - 1];
        ud_word *f = &s->words[first - 1];
        /* the members after the first already modify the noun */
        if (!descends(s, (int32_t)last[nm - 2], (int32_t)k) || descends(s, (int32_t)k, (int32_t)first))
            continue;
        if (!descends(s, (int32_t)first, (int32_t)k)) {
            /* an argument of a word before it gives the noun its place; a word hung
               loosely before its head ("Polish, ... diplomats were expelled") only joins
               the list; any other (a place: "In Tehran, French and German ...") is no
               member */
            static const char *const ARGUMENT[] = {"obj", "iobj", "nsubj", "nsubj:pass", "nmod",
                                                   "obl", NULL};
            static const char *const LOOSE[] = {"discourse", "vocative", "dep", NULL};
            bool argument = false, loose = false;
            for (const char *const *r = ARGUMENT; f->deprel && *r && !argument; r++)
                argument = strcmp(f->deprel, *r) == 0;
            for (const char *const *r = LOOSE; f->deprel && *r && !loose; r++)
                loose = strcmp(f->deprel, *r) == 0;
            argument = argument && f->head > 0 && f->head < (int32_t)first &&
                       !descends(s, f->head, (int32_t)k);
            /* (an opening member the parse hung as an oblique of the verb after it) */
            bool cased = false;
            for (uint32_t c = 1; c < first && !cased; c++)
                cased = s->words[c - 1].head == (int32_t)first && s->words[c - 1].deprel &&
                        strcmp(s->words[c - 1].deprel, "case") == 0;
            loose = loose || (!cased && f->head > (int32_t)k && f->deprel &&
                              (strcmp(f->deprel, "obl") == 0 || strcmp(f->deprel, "nmod") == 0));
            if (!argument && !loose)
                continue;
            if (argument) {
                noun->head = f->head;
                noun->deprel = f->deprel;
                /* (its preposition and article go with it: "on Russian, ...") */
                for (uint32_t c = 1; c <= n; c++) {
                    ud_word *x = &s->words[c - 1];
                    if (x->head == (int32_t)first && c < first && x->deprel &&
                        (strcmp(x->deprel, "case") == 0 || strcmp(x->deprel, "det") == 0))
                        x->head = (int32_t)k;
                }
            }
        }
        f->head = (int32_t)k;
        f->deprel = "amod";
        f->upos = UPOS_ADJ;
        f->xpos = "JJ";
        /* every later member hangs from the first, its comma or "and" from the member */
        for (uint32_t m = 0; m + 1 < nm; m++) {
            ud_word *x = &s->words[last[m] - 1];
            x->head = (int32_t)first;
            x->deprel = "conj";
        }
        for (uint32_t j = a; j < k; j++) {
            ud_word *w = &s->words[j - 1];
            uint32_t next = 0; /* the member whose run holds or follows j */
            for (uint32_t m = 0; m < nm; m++)
                if (last[m] >= j)
                    next = last[m];
            if (!next || next == j)
                continue;
            if (strcmp(w->form, ",") == 0) {
                w->head = (int32_t)next;
                w->deprel = "punct";
            } else if (j == cc) {
                w->head = (int32_t)next;
                w->deprel = "cc";
            } else if (w->head != (int32_t)next) {
                w->head = (int32_t)next;
                w->deprel = "compound";
            }
        }
    }
}

/* "Russia, Iran and North Korea" read with "Korea" a conjunct of "Iran": every member of
 * a coordination hangs from its first (UD's convention, which the coder reads). */
static void repair_nested_conjuncts(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 1; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (!w->deprel || strcmp(w->deprel, "conj") != 0 || w->head <= 0 ||
            (uint32_t)w->head > n)
            continue;
        const ud_word *h = &s->words[w->head - 1];
        if (h->deprel && strcmp(h->deprel, "conj") == 0 && h->head > 0 && h->head < w->head &&
            (w->upos == UPOS_NOUN || w->upos == UPOS_PROPN) &&
            (h->upos == UPOS_NOUN || h->upos == UPOS_PROPN))
            w->head = h->head;
    }
}

/* "imposed sanctions on Iran as well as Venezuela" read with "Venezuela" hung on the verb:
 * a noun opened by "as well as" that is no conjunct is one of the nearest noun before it
 * (the head of its name). */
static void repair_as_well_as(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 4; k <= n; k++) {
        ud_word *x = &s->words[k - 1];
        if ((x->upos != UPOS_NOUN && x->upos != UPOS_PROPN) || !x->deprel ||
            strcmp(x->deprel, "conj") == 0 || strcmp(s->words[k - 4].form, "as") != 0 ||
            strcmp(s->words[k - 3].form, "well") != 0 || strcmp(s->words[k - 2].form, "as") != 0)
            continue;
        int32_t y = (int32_t)k - 4; /* the word before "as" */
        while (y > 0 && s->words[y - 1].upos == UPOS_PUNCT)
            y--;
        if (y <= 0 || (s->words[y - 1].upos != UPOS_NOUN && s->words[y - 1].upos != UPOS_PROPN))
            continue;
        for (int steps = 0; steps < (int)n && s->words[y - 1].deprel &&
                            (strcmp(s->words[y - 1].deprel, "flat") == 0 ||
                             strcmp(s->words[y - 1].deprel, "compound") == 0) &&
                            s->words[y - 1].head > y;
             steps++)
            y = s->words[y - 1].head;
        if (descends(s, y, (int32_t)k))
            continue;
        x->head = y;
        x->deprel = "conj";
        /* (the coordinator opens the conjunct: "Canada as well as Australia condemned
           Iran" had "as" hung on the verb, and the coder took the verb's coordinator for
           a coordination of verbs) */
        ud_word *as = &s->words[k - 4];
        if (as->deprel && strcmp(as->deprel, "cc") == 0 && as->head != (int32_t)k)
            as->head = (int32_t)k;
    }
}

/* "The United States, along with Britain, struck Houthi targets" read with "Britain" a
 * phrase of "States" (or of the verb, or of "together" in "together with"): a noun opened
 * by "along with", "together with" or "alongside" right after the verb's subject or
 * object is that argument's conjunct, the words that open it its coordinator, as "as well
 * as" is; the one named with the subject acts with it ("Russia, alongside China, vetoed"),
 * the one named with the object is acted on with it. */
static void repair_companion(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t m = 2; m + 1 <= n; m++) {
        const char *f = s->words[m - 1].form;
        uint32_t len = 0;
        if (strcmp(f, "alongside") == 0)
            len = 1;
        else if ((strcmp(f, "along") == 0 || strcmp(f, "together") == 0) && m + 2 <= n &&
                 strcmp(s->words[m].form, "with") == 0)
            len = 2;
        if (!len || m + len > n)
            continue;
        /* the companion: the head of the phrase after the words that open it */
        uint32_t y = m + len;
        for (int steps = 0; steps < 6 && s->words[y - 1].head > (int32_t)y &&
                            (uint32_t)s->words[y - 1].head <= n &&
                            !is_nominal(&s->words[y - 1]);
             steps++)
            y = (uint32_t)s->words[y - 1].head;
        for (int steps = 0; steps < 6 && is_nominal(&s->words[y - 1]) &&
                            s->words[y - 1].head > (int32_t)y && s->words[y - 1].deprel &&
                            (strcmp(s->words[y - 1].deprel, "compound") == 0 ||
                             strcmp(s->words[y - 1].deprel, "flat") == 0);
             steps++)
            y = (uint32_t)s->words[y - 1].head;
        if (!is_nominal(&s->words[y - 1]))
            continue;
        /* the argument named before it: the head of the phrase that ends there */
        uint32_t x = m - 1;
        if (strcmp(s->words[x - 1].form, ",") == 0 && x > 1)
            x--;
        for (int steps = 0; steps < 6 && s->words[x - 1].head > (int32_t)x &&
                            s->words[x - 1].head < (int32_t)m;
             steps++)
            x = (uint32_t)s->words[x - 1].head;
        /* (after a coordination, its first member: "France and Germany, along with
           Italy") */
        for (int steps = 0; steps < 6 && s->words[x - 1].deprel &&
                            strcmp(s->words[x - 1].deprel, "conj") == 0 &&
                            s->words[x - 1].head > 0 && s->words[x - 1].head < (int32_t)x;
             steps++)
            x = (uint32_t)s->words[x - 1].head;
        ud_word *xw = &s->words[x - 1], *yw = &s->words[y - 1];
        if (!is_nominal(xw) || !xw->deprel ||
            !(strncmp(xw->deprel, "nsubj", 5) == 0 || strcmp(xw->deprel, "obj") == 0) ||
            xw->head <= 0)
            continue;
        int32_t together = len == 2 && f[0] == 't' ? (int32_t)m : -1;
        if (yw->head != (int32_t)x && yw->head != xw->head && yw->head != together)
            continue;
        if (yw->head == together) {
            /* ("together" held the phrase: what else hung on it goes to the companion) */
            for (uint32_t c = 1; c <= n; c++)
                if (s->words[c - 1].head == together && c != y)
                    s->words[c - 1].head = (int32_t)y;
        }
        yw->head = (int32_t)x;
        yw->deprel = "conj";
        s->words[m - 1].head = (int32_t)y;
        s->words[m - 1].deprel = "cc";
        if (len == 2) {
            s->words[m].head = (int32_t)m;
            s->words[m].deprel = "fixed";
        }
        if (strcmp(s->words[m - 2].form, ",") == 0) {
            s->words[m - 2].head = (int32_t)y; /* (the comma opens the member) */
            s->words[m - 2].deprel = "punct";
        }
    }
}

/* The verb vi, whose subject (or its owner) is the relative word at r right after a comma,
 * read as a clause beside the sentence's (parataxis, conj, advcl) becomes the relative
 * clause of the noun phrase the comma closes. */
static void relative_to_noun(ud_sentence *s, uint32_t r, uint32_t vi)
{
    uint32_t n = s->n;
    ud_word *v = &s->words[vi - 1];
    if (v->upos != UPOS_VERB || !v->deprel ||
        !(strcmp(v->deprel, "parataxis") == 0 || strcmp(v->deprel, "conj") == 0 ||
          strcmp(v->deprel, "advcl") == 0) ||
        v->head <= 0 || v->head >= (int32_t)r)
        return;
    /* the noun phrase the comma closes: up from the word before it through nouns that
       come before the comma too */
    int32_t x = (int32_t)r - 2;
    if (s->words[x - 1].upos != UPOS_NOUN && s->words[x - 1].upos != UPOS_PROPN)
        return;
    for (int steps = 0; steps < (int)n; steps++) {
        int32_t h = s->words[x - 1].head;
        if (h <= 0 || h >= (int32_t)r - 1 ||
            (s->words[h - 1].upos != UPOS_NOUN && s->words[h - 1].upos != UPOS_PROPN))
            break;
        x = h;
    }
    if (x == v->head)
        return;
    v->head = x;
    v->deprel = "acl:relcl";
    s->words[r - 2].head = (int32_t)vi; /* (the comma opens the clause) */
}

/* "Kishida met Biden, who praised him" read with "praised" as a parataxis of "met": a verb
 * whose subject is "who" or "which" right after a comma that closes a noun phrase is that
 * noun's relative clause. */
static void repair_relative_after_noun(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t r = 3; r < n; r++) {
        const ud_word *rw = &s->words[r - 1];
        if (!rw->form || (strcmp(rw->form, "who") != 0 && strcmp(rw->form, "which") != 0) ||
            !rw->deprel || strncmp(rw->deprel, "nsubj", 5) != 0 || rw->head <= (int32_t)r ||
            strcmp(s->words[r - 2].form, ",") != 0)
            continue;
        relative_to_noun(s, r, (uint32_t)rw->head);
    }
}

/* "Mexico broke off relations with Ecuador, whose police raided its embassy" read with
 * "raided" a conjunct of "broke": a verb whose subject "whose" owns, right after a comma
 * that closes a noun phrase, is that noun's relative clause, as with "who". */
static void repair_whose_after_noun(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t r = 3; r < n; r++) {
        const ud_word *rw = &s->words[r - 1];
        if (!rw->form || strcmp(rw->form, "whose") != 0 || !rw->deprel ||
            strcmp(rw->deprel, "nmod:poss") != 0 || rw->head <= (int32_t)r ||
            strcmp(s->words[r - 2].form, ",") != 0)
            continue;
        const ud_word *subj = &s->words[rw->head - 1];
        if (!subj->deprel || strncmp(subj->deprel, "nsubj", 5) != 0 || subj->head <= (int32_t)r)
            continue;
        relative_to_noun(s, r, (uint32_t)subj->head);
    }
}

/* A capitalised adjective in mid-sentence that the lexicon's names of sides use as a noun
 * ("the West", "the South"), after "the". */
static bool judge_name_adjective(const ud_sentence *s, uint32_t k)
{
    const ud_word *w = &s->words[k - 1];
    return k >= 2 && w->upos == UPOS_ADJ && w->form && isupper((unsigned char)w->form[0]) &&
           s->words[k - 2].form && strcmp(s->words[k - 2].form, "the") == 0;
}

/* Verbs that give their object a name or a judgement ("called X illegal"). */
static const char *const NAMING[] = {"call", "declare", "deem", "brand", "label", "term",
                                     "consider", NULL};

/* "called the EU's sanctions package illegal" read with the possessor on "sanctions": a
 * possessor hung on a compound noun is the possessor of the noun the compound modifies,
 * where that noun is the object a verb of naming judges (the coder reads the judged
 * object's owner on the object itself; an event noun's compounds it reads as they are). */
static void repair_compound_possessor(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 1; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (!w->deprel || strcmp(w->deprel, "nmod:poss") != 0 || w->head <= (int32_t)k)
            continue;
        const ud_word *cw = &s->words[w->head - 1];
        if (cw->upos != UPOS_NOUN || !cw->deprel || strcmp(cw->deprel, "compound") != 0 ||
            cw->head <= w->head || s->words[cw->head - 1].upos != UPOS_NOUN)
            continue;
        const ud_word *ow = &s->words[cw->head - 1];
        if (!ow->deprel || strcmp(ow->deprel, "obj") != 0 || ow->head <= 0 ||
            !lemma_is_one_of(&s->words[ow->head - 1], NAMING))
            continue;
        w->head = cw->head;
    }
}

/* "Moscow called the EU's new sanctions package illegitimate" read with "illegitimate"
 * the head noun of the object: after a verb of naming, an object
 * headed by a word of judging with a compound noun before it is that noun, the word of
 * judging an adjective complementing the verb. */
static void repair_named_judgement(ud_sentence *s)
{
    static const char *const JUDGING[] = {"illegitimate", "illegal", "unlawful", "unacceptable",
                                          "unjustified", "unfair", "invalid", "provocative",
                                          NULL};
    uint32_t n = s->n;
    for (uint32_t o = 2; o <= n; o++) {
        ud_word *ow = &s->words[o - 1];
        /* (the tagger may read the word as a noun or a verb, the parse as the object or
           the complement) */
        if ((ow->upos != UPOS_NOUN && ow->upos != UPOS_VERB) || !lemma_is_one_of(ow, JUDGING) ||
            !ow->deprel || (strcmp(ow->deprel, "obj") != 0 && strcmp(ow->deprel, "xcomp") != 0) ||
            ow->head <= 0 || !lemma_is_one_of(&s->words[ow->head - 1], NAMING))
            continue;
        ud_word *before = &s->words[o - 2];
        if (before->upos != UPOS_NOUN || before->head != (int32_t)o || !before->deprel ||
            strcmp(before->deprel, "compound") != 0)
            continue;
        uint32_t noun = o - 1;
        for (uint32_t k = 1; k <= n; k++) {
            ud_word *w = &s->words[k - 1];
            if (k < o && w->head == (int32_t)o && k != noun)
                w->head = (int32_t)noun;
        }
        before->head = ow->head;
        before->deprel = "obj";
        ow->upos = UPOS_ADJ;
        ow->xpos = "JJ";
        ow->deprel = "xcomp";
    }
}

/* "Turkey closed its airspace, a decision Israel condemned" read with "Israel condemned" a
 * clause of its own (the name hung on "decision", or the object before the comma made the
 * verb's subject): after a comma and "a"/"an", a noun of a measure or a charge followed by
 * a subject phrase and a past-tense verb with no object is that noun's relative clause
 * (the noun its object), the last noun of the phrase the verb's subject; the verb's own
 * dependents before the comma go to the verb it hung from. */
static void repair_judged_measure(ud_sentence *s)
{
    static const char *const MEASURE[] = {"move", "decision", "ruling", "verdict", "step",
                                          "measure", "charge", "accusation", "allegation",
                                          "claim", "criticism", "remarks", "comments",
                                          "statement", NULL};
    uint32_t n = s->n;
    for (uint32_t m = 3; m + 2 <= n; m++) {
        ud_word *mw = &s->words[m - 1];
        const ud_word *det = &s->words[m - 2];
        /* ("a ruling opposition leader X hailed": the tagger's "ruling party" reading) */
        bool ruling = mw->form && strcmp(mw->form, "ruling") == 0 && mw->upos == UPOS_VERB;
        /* (words of criticism need no article: ", remarks the Kremlin condemned") */
        static const char *const BARE[] = {"criticism", "remarks", "comments", NULL};
        bool bare = det->form && strcmp(det->form, ",") == 0 && lemma_is_one_of(mw, BARE);
        if ((mw->upos != UPOS_NOUN && !ruling) || (!ruling && !lemma_is_one_of(mw, MEASURE)) ||
            !det->form ||
            (!bare && (!(strcmp(det->form, "a") == 0 || strcmp(det->form, "an") == 0) ||
                       strcmp(s->words[m - 3].form, ",") != 0)))
            continue;
        /* the subject phrase and the verb after it */
        uint32_t v = 0, subj = 0, subj1 = 0, cc = 0;
        for (uint32_t k = m + 1; k <= n && k <= m + 9 && !v; k++) {
            const ud_word *w = &s->words[k - 1];
            /* (a participle the parse hung on a noun of the name is the name's: "the
               United Nations condemned") */
            bool modifier = w->upos == UPOS_VERB && w->deprel && strcmp(w->deprel, "amod") == 0 &&
                            w->head > (int32_t)k && w->head <= (int32_t)(m + 9) &&
                            s->words[w->head - 1].upos == UPOS_PROPN;
            if (w->upos == UPOS_VERB && w->xpos && !modifier &&
                (strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBN") == 0))
                v = k;
            else if (w->upos == UPOS_NOUN || w->upos == UPOS_PROPN ||
                     (w->upos == UPOS_PRON && k == m + 1))
                subj = k;
            else if (cc && w->upos == UPOS_PRON && w->xpos && strcmp(w->xpos, "PRP$") == 0)
                continue; /* ("Kyiv and its allies") */
            else if (w->upos == UPOS_CCONJ && w->form && strcmp(w->form, "and") == 0 && subj &&
                     !cc) { /* (judges coordinated: "a move Kyiv and the West denounced") */
                cc = k;
                subj1 = subj;
                subj = 0;
            } else if (!(w->upos == UPOS_DET || w->upos == UPOS_ADJ || w->upos == UPOS_PART ||
                       w->upos == UPOS_AUX || w->upos == UPOS_ADV || modifier))
                break;
        }
        /* (a name of a side the tagger read as an adjective ends the phrase: "the West") */
        if (v && !subj && v - 1 > (cc ? cc : m) && judge_name_adjective(s, v - 1)) {
            subj = v - 1;
            s->words[subj - 1].upos = UPOS_PROPN;
            s->words[subj - 1].xpos = "NNP";
        }
        if (!v || !subj || v == m + 1)
            continue;
        ud_word *vw = &s->words[v - 1];
        bool has_object = false;
        for (uint32_t k = 1; k <= n && !has_object; k++)
            has_object = s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
                         (strcmp(s->words[k - 1].deprel, "obj") == 0 ||
                          strcmp(s->words[k - 1].deprel, "ccomp") == 0);
        if (has_object || vw->head == 0 ||
            (vw->head == (int32_t)m && vw->deprel && strcmp(vw->deprel, "acl:relcl") == 0))
            continue;
        int32_t above = vw->head;
        /* (hung on its own subject, "a decision Kyiv called shameful" read with "called"
           a modifier of "Kyiv": the verb the subject hung from) */
        for (int hops = 0; above > (int32_t)m && above < (int32_t)v && hops < 10; hops++)
            above = s->words[above - 1].head;
        if (above == (int32_t)m) /* (hung on the noun as a plain clausal modifier) */
            above = mw->head == (int32_t)v ? 0 : mw->head;
        /* the verb's dependents before the comma: the verb it hung from takes them (its
           subject there was that verb's object) */
        for (uint32_t k = 1; k < m - 1; k++) {
            ud_word *w = &s->words[k - 1];
            if (w->head != (int32_t)v)
                continue;
            if (above <= 0 || above == (int32_t)m)
                goto next;
            w->head = above;
            if (w->deprel && strncmp(w->deprel, "nsubj", 5) == 0)
                w->deprel = "obj";
        }
        /* (the noun hung on the verb or inside the phrase now under it goes where the
           verb hung) */
        if (mw->head == (int32_t)v || (mw->head > (int32_t)m && mw->head < (int32_t)v)) {
            if (above <= 0)
                goto next;
            mw->head = above;
            mw->deprel = "appos";
        }
        /* the phrase between: its words hang inside it or on its last noun, auxiliaries
           and adverbs on the verb */
        for (uint32_t k = m + 1; k < v; k++) {
            ud_word *w = &s->words[k - 1];
            uint32_t own = cc && k < cc ? subj1 : subj; /* (the conjunct the word is in) */
            if (k == (cc ? subj1 : subj)) {
                w->head = (int32_t)v;
                w->deprel = "nsubj";
            } else if (cc && k == subj) {
                w->head = (int32_t)subj1;
                w->deprel = "conj";
            } else if (k == cc) {
                w->head = (int32_t)subj;
                w->deprel = "cc";
            } else if (w->upos == UPOS_AUX || w->upos == UPOS_ADV) {
                w->head = (int32_t)v;
                w->deprel = w->upos == UPOS_AUX ? "aux" : "advmod";
            } else if (w->head <= (int32_t)m || w->head >= (int32_t)v ||
                       (cc && (w->head < (int32_t)cc) != (k < cc))) {
                w->head = (int32_t)own;
                w->deprel = w->upos == UPOS_PRON    ? "nmod:poss"
                            : w->upos == UPOS_DET   ? "det"
                            : w->upos == UPOS_ADJ   ? "amod"
                            : w->upos == UPOS_PROPN ? "flat"
                                                    : "compound";
            }
        }
        vw->head = (int32_t)m;
        vw->deprel = "acl:relcl";
        /* (the article and the comma the parse hung on the subject are the noun's) */
        for (uint32_t k = m - 2; k < m; k++)
            if (s->words[k - 1].head > (int32_t)m && s->words[k - 1].head < (int32_t)v)
                s->words[k - 1].head = (int32_t)m;
        if (ruling) {
            s->words[m - 2].head = (int32_t)m; /* (its article) */
            s->words[m - 2].deprel = "det";
            mw->upos = UPOS_NOUN;
            mw->xpos = "NN";
            mw->lemma = "ruling";
            if (mw->head == (int32_t)subj || (mw->deprel && (strcmp(mw->deprel, "amod") == 0 ||
                                                             strcmp(mw->deprel, "advcl") == 0 ||
                                                             strcmp(mw->deprel, "acl") == 0))) {
                mw->head = above > 0 ? above : (int32_t)v;
                mw->deprel = "appos";
            }
        }
    next:;
    }
}

/* "The Turkish president, who met Putin in Sochi, said trade would grow" read with two
 * subjects of "met" and "said" as its conjunct: a verb whose subjects are a noun and,
 * after a comma, a relative pronoun is the noun's relative clause; the verb after the
 * next comma that hangs from it as a conjunct or a parataxis, with no subject of its own,
 * is the noun's predicate, and takes the relative verb's place and its words after that
 * comma. */
static void repair_relative_subject(ud_sentence *s)
{
    uint32_t n = s->n;
    bool relative = false; /* (most sentences have none: a quick look first) */
    for (uint32_t k = 1; k <= n && !relative; k++)
        relative = s->words[k - 1].form && (strcmp(s->words[k - 1].form, "who") == 0 ||
                                            strcmp(s->words[k - 1].form, "which") == 0);
    if (!relative)
        return;
    for (uint32_t v = 3; v <= n; v++) {
        ud_word *w = &s->words[v - 1];
        if (w->upos != UPOS_VERB)
            continue;
        uint32_t noun = 0, rel = 0, main = 0;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head != (int32_t)v || !c->deprel)
                continue;
            if (strcmp(c->deprel, "nsubj") == 0 && k < v && is_nominal(c) && !noun)
                noun = k;
            else if (strcmp(c->deprel, "nsubj") == 0 && k < v && c->form &&
                     (strcmp(c->form, "who") == 0 || strcmp(c->form, "which") == 0))
                rel = k;
            else if (k > v && !main && s->words[k - 2].upos == UPOS_PUNCT &&
                     strcmp(s->words[k - 2].form, ",") == 0 && c->upos == UPOS_VERB &&
                     (strcmp(c->deprel, "conj") == 0 || strcmp(c->deprel, "parataxis") == 0))
                main = k;
        }
        /* (or deeper, when the tagger took the main verb for a participle of a noun in
           the relative clause: "who met Zelensky on Friday, promised more aid") */
        for (uint32_t k = v + 2; k <= n && !main && noun && rel; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->upos == UPOS_VERB && c->deprel &&
                (strcmp(c->deprel, "acl") == 0 || strcmp(c->deprel, "amod") == 0) &&
                c->xpos && strcmp(c->xpos, "VBN") == 0 && s->words[k - 2].form &&
                strcmp(s->words[k - 2].form, ",") == 0 && descends(s, (int32_t)k, (int32_t)v))
                main = k;
        }
        if (!noun || !rel || !main || rel < noun + 2 || strcmp(s->words[rel - 2].form, ",") != 0)
            continue;
        bool whole = true; /* (the noun's phrase runs up to the comma) */
        for (uint32_t k = noun; k < rel - 1 && whole; k++)
            whole = descends(s, (int32_t)k, (int32_t)noun);
        if (!whole)
            continue;
        bool own_subject = false;
        for (uint32_t k = 1; k <= n && !own_subject; k++)
            own_subject = s->words[k - 1].head == (int32_t)main && s->words[k - 1].deprel &&
                          strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0;
        if (own_subject)
            continue;
        ud_word *m = &s->words[main - 1];
        if (m->deprel && strcmp(m->deprel, "amod") == 0 && m->head > (int32_t)main) {
            /* ("promised more aid" read as an adjective of "aid": its object) */
            s->words[m->head - 1].head = (int32_t)main;
            s->words[m->head - 1].deprel = "obj";
        }
        m->head = w->head;
        m->deprel = w->deprel;
        if (strcmp(m->deprel, "root") == 0 && m->xpos && strcmp(m->xpos, "VBN") == 0)
            m->xpos = "VBD";
        if (s->words[main - 2].head != (int32_t)v) /* (its comma) */
            s->words[main - 2].head = (int32_t)main;
        for (uint32_t k = main - 1; k <= n; k++) /* (the comma before it and what follows) */
            if (s->words[k - 1].head == (int32_t)v)
                s->words[k - 1].head = (int32_t)main;
        s->words[noun - 1].head = (int32_t)main;
        s->words[rel - 2].head = (int32_t)v; /* (the comma opening the clause) */
        w->head = (int32_t)noun;
        w->deprel = "acl:relcl";
        return;
    }
}

/* "Musharraf, who had made a coup in 1999, met the ambassador" read with the noun as the
 * root, its relative clause right, and "met" a conjunct or a parataxis of "made": a verb
 * after the comma that closes the relative clause, hung on the relative verb, finite and
 * without a subject of its own, is the predicate of the root noun, which becomes its
 * subject (so the clause's date, "in 1999", dates the coup alone). */
static void repair_predicate_after_relative(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t v = 4; v <= n; v++) {
        ud_word *w = &s->words[v - 1];
        if (w->upos != UPOS_VERB || !w->deprel || strcmp(w->deprel, "acl:relcl") != 0 ||
            w->head <= 0 || w->head >= (int32_t)v)
            continue;
        uint32_t noun = (uint32_t)w->head;
        ud_word *nw = &s->words[noun - 1];
        if (!is_nominal(nw) || !nw->deprel || strcmp(nw->deprel, "root") != 0)
            continue;
        uint32_t rel = 0, main = 0;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head != (int32_t)v || !c->deprel)
                continue;
            if (k < v && strncmp(c->deprel, "nsubj", 5) == 0 && c->form &&
                (strcmp(c->form, "who") == 0 || strcmp(c->form, "which") == 0))
                rel = k;
            else if (k > v + 1 && !main && c->upos == UPOS_VERB && finite_tag(c) &&
                     (strcmp(c->deprel, "conj") == 0 || strcmp(c->deprel, "parataxis") == 0) &&
                     s->words[k - 2].form && strcmp(s->words[k - 2].form, ",") == 0)
                main = k;
        }
        if (!rel || !main || rel < noun + 2 || rel >= v || !s->words[rel - 2].form ||
            strcmp(s->words[rel - 2].form, ",") != 0)
            continue;
        bool own_subject = false;
        for (uint32_t k = 1; k <= n && !own_subject; k++)
            own_subject = s->words[k - 1].head == (int32_t)main && s->words[k - 1].deprel &&
                          strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0;
        if (own_subject)
            continue;
        ud_word *m = &s->words[main - 1];
        m->head = 0;
        m->deprel = "root";
        /* (the comma before it and what follows, on the relative verb or the noun) */
        for (uint32_t k = main - 1; k <= n; k++)
            if (k != main && (s->words[k - 1].head == (int32_t)v || s->words[k - 1].head == (int32_t)noun))
                s->words[k - 1].head = (int32_t)main;
        nw->head = (int32_t)main;
        nw->deprel = "nsubj";
        return;
    }
}

/* "rescued the crew of a ship attacked by rebels" read with "attacked" as a clause of
 * "rescued": a past participle right after a noun, with no comma and no subordinator of
 * its own, is a reduced relative clause of that noun. */
static void repair_reduced_relative(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t v = 2; v <= n; v++) {
        ud_word *w = &s->words[v - 1];
        const ud_word *prev = &s->words[v - 2];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBN") != 0 || !w->deprel ||
            strcmp(w->deprel, "advcl") != 0 || w->head <= 0 || w->head >= (int32_t)v ||
            !is_nominal(prev))
            continue;
        bool mark = false;
        for (uint32_t c = 1; c <= n && !mark; c++)
            mark = s->words[c - 1].head == (int32_t)v && s->words[c - 1].deprel &&
                   (strcmp(s->words[c - 1].deprel, "mark") == 0 ||
                    strcmp(s->words[c - 1].deprel, "nsubj:pass") == 0 ||
                    strcmp(s->words[c - 1].deprel, "aux:pass") == 0);
        /* the noun must be inside the clause of the participle's head */
        int32_t h = (int32_t)v - 1, steps = 0;
        while (h > 0 && h != w->head && steps++ < (int32_t)n)
            h = s->words[h - 1].head;
        if (mark || h != w->head)
            continue;
        w->head = (int32_t)v - 1;
        w->deprel = "acl";
    }
}

/* "Nigerian troops freed 25 schoolgirls kidnapped last month" read with "schoolgirls" the
 * subject of "kidnapped" and that a clause of "freed": a bare past participle (no
 * auxiliary, no subordinator) cannot head a clause of its own, so when it follows its
 * subject and hangs as the complement of an earlier verb that has no object, the subject
 * is that verb's object and the participle its reduced relative. A verb that sets free,
 * hands over or holds people takes no clause at all, so under one a past form the tagger
 * read as finite ("Ukraine released Russian soldiers captured last year") is read so too. */
static void repair_reduced_relative_complement(ud_sentence *s)
{
    static const char *const no_clause[] = {"release", "free", "return", "hand", "rescue",
                                            "extradite", "deport", "swap", "exchange",
                                            "arrest", "detain", "execute", NULL};
    uint32_t n = s->n;
    for (uint32_t v = 3; v <= n; v++) {
        ud_word *w = &s->words[v - 1], *subj = &s->words[v - 2];
        int32_t h = w->head;
        bool past = w->xpos && (strcmp(w->xpos, "VBN") == 0 ||
                                (strcmp(w->xpos, "VBD") == 0 && h > 0 &&
                                 lemma_is_one_of(&s->words[h - 1], no_clause)));
        if (w->upos != UPOS_VERB || !past || !w->deprel ||
            strcmp(w->deprel, "ccomp") != 0 || h <= 0 || h >= (int32_t)v - 1 ||
            s->words[h - 1].upos != UPOS_VERB || !subj->deprel ||
            strcmp(subj->deprel, "nsubj") != 0 || subj->head != (int32_t)v || !is_nominal(subj))
            continue;
        bool blocked = false;
        for (uint32_t c = 1; c <= n && !blocked; c++) {
            const ud_word *cw = &s->words[c - 1];
            if (!cw->deprel)
                continue;
            /* (the participle's own auxiliary, subordinator or second subject; an object
               of the verb above) */
            if (cw->head == (int32_t)v && c != v - 1 &&
                (strncmp(cw->deprel, "aux", 3) == 0 || strcmp(cw->deprel, "mark") == 0 ||
                 strncmp(cw->deprel, "nsubj", 5) == 0 || strcmp(cw->deprel, "cop") == 0))
                blocked = true;
            if (cw->head == h && (strcmp(cw->deprel, "obj") == 0 || strcmp(cw->deprel, "iobj") == 0))
                blocked = true;
        }
        if (blocked)
            continue;
        subj->head = h;
        subj->deprel = "obj";
        w->head = (int32_t)v - 1;
        w->deprel = "acl";
    }
}

/* Whether word k is x or hangs below it (heads 1-based; bounded walk on any input). */
static bool descends(const ud_sentence *s, int32_t k, int32_t x)
{
    for (uint32_t steps = 0; k > 0 && steps <= s->n; steps++) {
        if (k == x)
            return true;
        k = s->words[k - 1].head;
    }
    return false;
}

/* "His party, Pakistan Tehreek-e-Insaf, accused the government" read with the name an
 * apposition of the comma before it: a punctuation mark heads nothing, so a name or noun
 * hung on a comma as an apposition is an apposition of the noun the comma hangs on, and
 * the comma opens it. A list so hung is left alone (the coder reads it from there). */
static void repair_comma_apposition(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 2; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (!is_nominal(w) || !w->deprel || strcmp(w->deprel, "appos") != 0 || w->head <= 0 ||
            w->head >= (int32_t)k)
            continue;
        ud_word *comma = &s->words[w->head - 1];
        if (comma->upos != UPOS_PUNCT || strcmp(comma->form, ",") != 0 || comma->head <= 0 ||
            comma->head >= w->head || !is_nominal(&s->words[comma->head - 1]))
            continue;
        /* (one name: a list set off so, "two candidates, X and Y,", is left as it was) */
        bool list = false;
        for (uint32_t c = k + 1; c <= n && !list; c++)
            list = s->words[c - 1].head == (int32_t)k && s->words[c - 1].deprel &&
                   strcmp(s->words[c - 1].deprel, "conj") == 0;
        if (list)
            continue;
        int32_t noun = comma->head;
        w->head = noun;
        comma->head = (int32_t)k;
    }
}

/* "arrested Daniel Okoth, a 24-year-old man" read with "man" as a complement of
 * "arrested", "sentenced Nazanin Zaghari-Ratcliffe, a British-Iranian aid worker, to five
 * years in prison, her family said" with "worker" dislocated on "said": a noun phrase set
 * off by a comma right after the verb's object is the object's apposition (and the
 * phrases after its closing comma are the verb's). */
static void repair_apposition(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t x = 3; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        bool dislocated = w->deprel && strcmp(w->deprel, "dislocated") == 0;
        if (w->upos != UPOS_NOUN || !w->deprel ||
            (strcmp(w->deprel, "xcomp") != 0 && !dislocated) || w->head <= 0 ||
            (w->head >= (int32_t)x && !dislocated))
            continue;
        uint32_t first = x;
        while (first > 1 && descends(s, (int32_t)first - 1, (int32_t)x))
            first--;
        /* the comma opens the phrase, whether the parse hung it inside or before it */
        /* (a dislocated phrase may open the sentence: no word before it) */
        uint32_t comma = strcmp(s->words[first - 1].form, ",") == 0 ? first
                         : first >= 2 && strcmp(s->words[first - 2].form, ",") == 0 ? first - 1
                                                                                     : 0;
        if (comma < 2)
            continue;
        /* the word before the comma ends the object's phrase */
        for (uint32_t o = 1; o < comma; o++) {
            const ud_word *ow = &s->words[o - 1];
            if (!ow->deprel || strcmp(ow->deprel, "obj") != 0 ||
                !descends(s, (int32_t)comma - 1, (int32_t)o) ||
                (dislocated ? ow->head <= 0 || ow->head >= (int32_t)o
                            : ow->head != w->head))
                continue;
            int32_t verb = ow->head;
            w->head = (int32_t)o;
            w->deprel = "appos";
            /* (a dislocated phrase took the verb's own phrases after its closing comma) */
            uint32_t close = x + 1;
            while (dislocated && close <= n && strcmp(s->words[close - 1].form, ",") != 0)
                close++;
            for (uint32_t k = close + 1; dislocated && k <= n; k++) {
                ud_word *kw = &s->words[k - 1];
                if (kw->head == (int32_t)x && kw->deprel && strcmp(kw->deprel, "nmod") == 0) {
                    kw->head = verb;
                    kw->deprel = "obl";
                }
            }
            break;
        }
    }
}

/* "Britain criticised Russia, saying its forces had attacked Kyiv" read with "its forces"
 * the object of "saying" and "attacked" a clause of "criticised": a gerund of saying whose
 * object is followed by a finite verb without a subject, hung beside the gerund on the
 * same verb, says that clause, the object its subject. */
static void repair_saying_complement(ud_sentence *s)
{
    static const char *const saying[] = {"say", "claim", "allege", "insist", "argue", "add",
                                         "warn", "assert", NULL};
    uint32_t n = s->n;
    for (uint32_t g = 2; g < n; g++) {
        ud_word *w = &s->words[g - 1];
        if (!w->deprel || strcmp(w->deprel, "advcl") != 0 || !w->xpos ||
            strcmp(w->xpos, "VBG") != 0 || w->head <= 0 || !lemma_is_one_of(w, saying))
            continue;
        uint32_t o = 0, v = 0;
        for (uint32_t k = g + 1; k <= n && !o; k++)
            if (s->words[k - 1].head == (int32_t)g && s->words[k - 1].deprel &&
                strcmp(s->words[k - 1].deprel, "obj") == 0)
                o = k;
        if (!o)
            continue;
        for (uint32_t k = o + 1; k <= n && !v; k++) {
            const ud_word *x = &s->words[k - 1];
            if (x->head == w->head && x->upos == UPOS_VERB && x->deprel &&
                (strcmp(x->deprel, "advcl") == 0 || strcmp(x->deprel, "parataxis") == 0 ||
                 strcmp(x->deprel, "conj") == 0))
                v = k;
            else if (x->head != (int32_t)o && !(x->deprel && strcmp(x->deprel, "aux") == 0) &&
                     x->upos != UPOS_ADV && !descends(s, (int32_t)k, (int32_t)o))
                break; /* (only the object's phrase, auxiliaries and adverbs between) */
        }
        if (!v)
            continue;
        const ud_word *vw = &s->words[v - 1];
        bool finite = vw->xpos && (strcmp(vw->xpos, "VBD") == 0 || strcmp(vw->xpos, "VBZ") == 0 ||
                                   strcmp(vw->xpos, "VBP") == 0);
        bool subject = false;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *x = &s->words[k - 1];
            if (x->head == (int32_t)v && x->deprel && strncmp(x->deprel, "nsubj", 5) == 0)
                subject = true;
            if (x->head == (int32_t)v && x->deprel && strncmp(x->deprel, "aux", 3) == 0 &&
                k < v)
                finite = true;
            if (x->head == (int32_t)v && x->deprel && strcmp(x->deprel, "mark") == 0)
                subject = true; /* ("saying the plan, after it was ...": not a bare clause) */
        }
        if (subject || !finite)
            continue;
        s->words[o - 1].head = (int32_t)v;
        s->words[o - 1].deprel = "nsubj";
        s->words[v - 1].head = (int32_t)g;
        s->words[v - 1].deprel = "ccomp";
    }
}

/* "ordered the Spanish ambassador to leave the country, accusing Madrid of interfering"
 * read with "accusing" on "leave": a participle of saying or judging set off by a comma
 * after a controlled complement is the speaker's, the main verb's subject's, not the one
 * the complement controls. */
static void repair_speech_participle(ud_sentence *s)
{
    static const char *const speech[] = {"accuse", "say", "call", "cite", "blame", "claim",
                                         "describe", "warn", "vow", "insist", "urge",
                                         "condemn", "criticize", "criticise", "denounce",
                                         "add", "argue", "allege", NULL};
    uint32_t n = s->n;
    for (uint32_t x = 2; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strcmp(w->deprel, "advcl") != 0 || !w->xpos ||
            strcmp(w->xpos, "VBG") != 0 || strcmp(s->words[x - 2].form, ",") != 0 ||
            w->head <= 0 || !lemma_is_one_of(w, speech))
            continue;
        const ud_word *h = &s->words[w->head - 1];
        if (!h->deprel || strcmp(h->deprel, "xcomp") != 0 || h->head <= 0 ||
            s->words[h->head - 1].upos != UPOS_VERB)
            continue;
        w->head = h->head;
    }
}

/* "Iran criticized the seizure of its tanker by Britain" read with "by Britain" on
 * "criticized": an active verb has no "by" agent, so a "by" phrase after its object is the
 * object's (the act's author). */
static void repair_object_agent(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t x = 2; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strcmp(w->deprel, "obl") != 0 || w->head <= 0 ||
            w->head >= (int32_t)x || s->words[w->head - 1].upos != UPOS_VERB)
            continue;
        bool by = false, passive = false;
        uint32_t object = 0;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head == (int32_t)x && c->deprel && strcmp(c->deprel, "case") == 0 &&
                strcasecmp(c->form, "by") == 0)
                by = true;
            if (c->head != w->head || !c->deprel)
                continue;
            if (strcmp(c->deprel, "aux:pass") == 0 || strcmp(c->deprel, "nsubj:pass") == 0)
                passive = true;
            if (strcmp(c->deprel, "obj") == 0 && c->upos == UPOS_NOUN && k < x)
                object = k;
        }
        if (!by || passive || !object)
            continue;
        w->head = (int32_t)object;
        w->deprel = "nmod";
    }
}

/* Is word x marked by a "by" right after word o, and is verb v passive? */
static bool passive_by_after(const ud_sentence *s, uint32_t x, int32_t o, int32_t v)
{
    bool by = false, passive = false;
    for (uint32_t k = 1; k <= s->n; k++) {
        const ud_word *c = &s->words[k - 1];
        if (!c->deprel)
            continue;
        if (c->head == (int32_t)x && strcmp(c->deprel, "case") == 0 &&
            strcasecmp(c->form, "by") == 0 && k == (uint32_t)o + 1)
            by = true;
        if (c->head == v && (strcmp(c->deprel, "aux:pass") == 0 ||
                             strcmp(c->deprel, "nsubj:pass") == 0))
            passive = true;
    }
    return by && passive;
}

/* Word x, a nominal the parse hung on word o (whose relation is rel_a or rel_b) with a
 * "by" right after o, where o hangs on a passive verb before it: returns that verb, or 0. */
static int32_t passive_agent_on(const ud_sentence *s, uint32_t x, const char *rel_a,
                                const char *rel_b)
{
    const ud_word *w = &s->words[x - 1];
    int32_t o = w->head;
    if (!w->deprel || !(strcmp(w->deprel, "nmod") == 0 || strcmp(w->deprel, "obl") == 0) ||
        o <= 0 || o >= (int32_t)x || !s->words[o - 1].deprel ||
        !(strcmp(s->words[o - 1].deprel, rel_a) == 0 ||
          strcmp(s->words[o - 1].deprel, rel_b) == 0))
        return 0;
    int32_t v = s->words[o - 1].head;
    if (v <= 0 || v >= o || s->words[v - 1].upos != UPOS_VERB)
        return 0;
    return passive_by_after(s, x, o, v) ? v : 0;
}

/* "An aid worker was held hostage by Islamic State", "A tourist was taken prisoner by
 * rebels" read with "by ..." on "hostage": a passive verb's object is the predicate of
 * its subject (hostage, prisoner, captive), which has no agent of its own, so a "by"
 * phrase on it right after it is the passive's agent. */
static void repair_passive_object_agent(ud_sentence *s)
{
    for (uint32_t x = 3; x <= s->n; x++) {
        /* (the "by" right after the object: "hostage by Hamas") */
        int32_t v = passive_agent_on(s, x, "obj", "obj");
        if (!v)
            continue;
        s->words[x - 1].head = v;
        s->words[x - 1].deprel = "obl:agent";
    }
}

/* Verbs that give their object or subject a name or a description ("called X a liar",
 * "described X as a thief"). */
static bool naming_verb_word(const ud_word *w)
{
    static const char *const naming[] = {
        "call", "brand", "label", "dub", "term", "describe", "dismiss", "portray", "depict",
        "paint", "characterise", "characterize", "denounce", "hail", NULL};
    if (!w->lemma || w->upos != UPOS_VERB)
        return false;
    for (size_t i = 0; naming[i]; i++)
        if (strcmp(w->lemma, naming[i]) == 0)
            return true;
    return false;
}

/* "The president was called a liar by the opposition", "was described as a thief by
 * Chad": the name a passive verb of naming gives its subject (its complement, or its
 * "as" phrase) has no agent of its own, so a "by" phrase the parse hung on it, right
 * after it, is the passive's agent. */
static void repair_passive_name_agent(ud_sentence *s)
{
    for (uint32_t x = 3; x <= s->n; x++) {
        ud_word *w = &s->words[x - 1];
        int32_t o = w->head;
        /* (the "by" right after the name: "a liar by the opposition") */
        int32_t v = passive_agent_on(s, x, "xcomp", "obl");
        if (!v || !s->words[v - 1].lemma)
            continue;
        if (!naming_verb_word(&s->words[v - 1]))
            continue;
        /* (an oblique only when it is the "as" phrase) */
        bool as = strcmp(s->words[o - 1].deprel, "xcomp") == 0;
        for (uint32_t k = 1; k < (uint32_t)o && !as; k++)
            as = s->words[k - 1].head == o && s->words[k - 1].deprel &&
                 strcmp(s->words[k - 1].deprel, "case") == 0 &&
                 strcasecmp(s->words[k - 1].form, "as") == 0;
        if (!as)
            continue;
        w->head = v;
        w->deprel = "obl:agent";
    }
}

/* "The party painted the opposition as stooges of Britain" read with "as stooges" on
 * "opposition": after a verb of naming or describing, an "as" phrase on its object is
 * the name the verb gives the object, the verb's oblique. */
static void repair_object_as_name(ud_sentence *s)
{
    for (uint32_t x = 3; x <= s->n; x++) {
        ud_word *w = &s->words[x - 1];
        int32_t o = w->head;
        if (!w->deprel || strcmp(w->deprel, "nmod") != 0 || o <= 0 || o >= (int32_t)x ||
            !s->words[o - 1].deprel || strcmp(s->words[o - 1].deprel, "obj") != 0)
            continue;
        int32_t v = s->words[o - 1].head;
        if (v <= 0 || v >= o || !naming_verb_word(&s->words[v - 1]))
            continue;
        /* (the phrase's first word is its "as") */
        bool as = false;
        for (uint32_t k = (uint32_t)o + 1; k < x; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head == (int32_t)x && c->deprel && strcmp(c->deprel, "case") == 0) {
                as = strcasecmp(c->form, "as") == 0;
                break;
            }
        }
        if (!as)
            continue;
        w->head = v;
        w->deprel = "obl";
    }
}

/* Is word x (1-based) a nominal modifier opened by "to"? */
static bool to_phrase(const ud_sentence *s, uint32_t x)
{
    const ud_word *w = &s->words[x - 1];
    if (!w->deprel || strcmp(w->deprel, "nmod") != 0)
        return false;
    for (uint32_t c = 1; c < x; c++) {
        const ud_word *k = &s->words[c - 1];
        if (k->head == (int32_t)x && k->deprel && strcmp(k->deprel, "case") == 0 &&
            (strcmp(k->form, "to") == 0 || strcmp(k->form, "To") == 0))
            return true;
    }
    return false;
}

/* "provided evidence of X's arms supplies to Wagner to the UN committee" read with both
 * "to" phrases on "supplies": a noun phrase takes one "to" phrase (its recipient); a
 * second one further right, below the object of a verb, is the verb's, where a verb of
 * giving or telling takes its recipient. */
static void repair_second_to_phrase(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t x = 2; x <= n; x++) {
        if (!to_phrase(s, x))
            continue;
        int32_t h = s->words[x - 1].head;
        if (h <= 0 || (uint32_t)h >= x)
            continue;
        bool earlier = false;
        for (uint32_t y = (uint32_t)h + 1; y < x && !earlier; y++)
            earlier = to_phrase(s, y) && descends(s, (int32_t)y, h);
        if (!earlier)
            continue;
        /* up through the noun phrase to the verb whose object holds it */
        int32_t k = h, verb = 0;
        for (uint32_t steps = 0; k > 0 && steps <= n; steps++) {
            const ud_word *w = &s->words[k - 1];
            if (w->deprel && strcmp(w->deprel, "obj") == 0 && w->head > 0 &&
                s->words[w->head - 1].upos == UPOS_VERB) {
                verb = w->head;
                break;
            }
            if (!w->deprel || (strcmp(w->deprel, "nmod") != 0 && strcmp(w->deprel, "acl") != 0 &&
                               strcmp(w->deprel, "compound") != 0 &&
                               strcmp(w->deprel, "nmod:poss") != 0))
                break;
            k = w->head;
        }
        if (!verb || verb >= (int32_t)x)
            continue;
        s->words[x - 1].head = verb;
        s->words[x - 1].deprel = "obl";
    }
}

/* "urged the Thai government to release the men" read with "government" as an indirect
 * object: an indirect object needs a direct one or a clausal complement beside it; without
 * either it is the direct object. */
static void repair_lone_iobj(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 1; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (!w->deprel || strcmp(w->deprel, "iobj") != 0)
            continue;
        bool other = false;
        for (uint32_t k = 1; k <= n && !other; k++)
            other = k != i && s->words[k - 1].head == w->head && s->words[k - 1].deprel &&
                    (strcmp(s->words[k - 1].deprel, "obj") == 0 ||
                     strcmp(s->words[k - 1].deprel, "iobj") == 0 ||
                     strcmp(s->words[k - 1].deprel, "ccomp") == 0);
        if (!other)
            w->deprel = "obj";
    }
}

static bool lemma_is_one_of(const ud_word *w, const char *const *list)
{
    for (; w->lemma && *list; list++)
        if (strcmp(w->lemma, *list) == 0)
            return true;
    return false;
}

/* "A Russian missile strike killed 12 civilians" read with "12 civilians" as a bare
 * measure (obl:unmarked, as in "waited 12 hours"): a bare noun phrase right after a verb
 * that has no object, headed by a noun of neither time nor measure, is its object. */
static void repair_unmarked_object(ud_sentence *s)
{
    static const char *const measure[] = {
        "today", "tonight", "yesterday", "tomorrow", "day", "night", "morning", "afternoon",
        "evening", "week", "weekend", "month", "year", "decade", "century", "season",
        "spring", "summer", "autumn", "fall", "winter", "time", "hour", "minute", "second",
        "everyday", "way", "lot", "bit", "mile", "kilometre", "kilometer", "km", "meter",
        "metre", "foot", "feet", "inch", "yard", "ton", "tonne", "degree", "percent",
        "dollar", "euro", "pound", "life", "rest", "place", "couple", "total", "fold",
        "head", "hell", "favor", "favour", "approach", "move", "pick", "step", "home", NULL};
    uint32_t n = s->n;
    for (uint32_t i = 2; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (!w->deprel || strcmp(w->deprel, "obl:unmarked") != 0 || w->upos != UPOS_NOUN ||
            w->head <= 0 || (uint32_t)w->head >= i || lemma_is_one_of(w, measure))
            continue;
        uint32_t v = (uint32_t)w->head;
        if (s->words[v - 1].upos != UPOS_VERB)
            continue;
        /* (only its own determiners, numbers and modifiers between the verb and it) */
        bool adjacent = true, object = false;
        for (uint32_t k = v + 1; k < i && adjacent; k++)
            adjacent = s->words[k - 1].head == (int32_t)i;
        for (uint32_t k = 1; k <= n && !object; k++)
            object = s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
                     (strcmp(s->words[k - 1].deprel, "obj") == 0 ||
                      strcmp(s->words[k - 1].deprel, "ccomp") == 0);
        if (adjacent && !object)
            w->deprel = "obj";
    }
}

/* "Russia attacked Ukraine, Prime Minister Fumio Kishida said.": a clause, a comma, a short
 * name or description and a verb of saying (with at most a short phrase of time after it)
 * is the speaker's statement of the clause, however the parse hung it ("Ukraine" made the
 * subject of "said" with the speaker in apposition, or "said" a complement of "attacked").
 * The verb of saying becomes the root, the clause its complement, the description its
 * subject; words of the clause that hung outside it return to its head. */
static void repair_trailing_attribution(ud_sentence *s)
{
    static const char *const SAY[] = {"say", "add", "state", "tell", "write", "confirm",
                                      "note", "claim", "announce", "warn", "report", "insist",
                                      "stress", "explain", "declare", NULL};
    int32_t n = (int32_t)s->n, end = n;
    if (n < 5)
        return;
#define W(i) (&s->words[(i) - 1])
    if (W(end)->upos == UPOS_PUNCT)
        end--;
    /* the verb of saying, before at most four words of a phrase of time ("on Monday") */
    int32_t k = end;
    while (k > 1 && end - k < 4 && !(W(k)->upos == UPOS_VERB && lemma_is_one_of(W(k), SAY))) {
        uint8_t u = W(k)->upos;
        if (u != UPOS_ADP && u != UPOS_NOUN && u != UPOS_PROPN && u != UPOS_NUM && u != UPOS_DET &&
            u != UPOS_ADV)
            return;
        k--;
    }
    if (!(W(k)->upos == UPOS_VERB && lemma_is_one_of(W(k), SAY)))
        return;
    /* the speaker: one to eight words of a name or a description after a comma */
    int32_t c = k - 1;
    while (c > 1 && k - c <= 9 && strcmp(W(c)->form, ",") != 0) {
        uint8_t u = W(c)->upos;
        bool small = (u == UPOS_ADP && (strcmp(W(c)->form, "of") == 0 ||
                                         strcmp(W(c)->form, "for") == 0 ||
                                         strcmp(W(c)->form, "on") == 0)) ||
                     (u == UPOS_CCONJ && strcmp(W(c)->form, "and") == 0) ||
                     (u == UPOS_PUNCT && strcmp(W(c)->form, "-") == 0) ||
                     /* (the quotation mark closing what was said: '"...," the president
                        said') */
                     (u == UPOS_PUNCT && W(c - 1)->form && strcmp(W(c - 1)->form, ",") == 0 &&
                      (strcmp(W(c)->form, "\"") == 0 || strcmp(W(c)->form, "''") == 0 ||
                       strcmp(W(c)->form, "\xe2\x80\x9d") == 0));
        /* ("his lawyer", "their spokesman") */
        bool possessive = u == UPOS_PRON && W(c)->xpos && strcmp(W(c)->xpos, "PRP$") == 0;
        if (u != UPOS_DET && u != UPOS_ADJ && u != UPOS_PROPN && u != UPOS_NOUN &&
            u != UPOS_NUM && u != UPOS_PART && !small && !possessive)
            return;
        c--;
    }
    if (c < 3 || c == k - 1 || strcmp(W(c)->form, ",") != 0)
        return;
    /* the speaker's head: its nominal word whose head lies outside it */
    int32_t h = 0;
    for (int32_t i = c + 1; i < k; i++)
        if ((W(i)->upos == UPOS_NOUN || W(i)->upos == UPOS_PROPN) &&
            (W(i)->head <= c || W(i)->head >= k))
            h = i;
    /* the clause's head: its one verb (a clause with more is left as the parse read it) */
    int32_t v = 0, verbs = 0;
    for (int32_t i = 1; i < c; i++)
        if (W(i)->upos == UPOS_VERB &&
            !(W(i)->deprel && strcmp(W(i)->deprel, "amod") == 0 && W(i)->head > i)) {
            v = i; /* (not a participle before its noun: "three suspected militants") */
            verbs++;
        }
    /* (or its one finite verb, the others participles on nouns: "Somali troops backed by
       U.S. air strikes killed dozens of fighters, the ministry said") */
    if (verbs > 1) {
        int32_t finite = 0, nfinite = 0, participles = 0;
        for (int32_t i = 1; i < c; i++) {
            if (W(i)->upos != UPOS_VERB)
                continue;
            if (finite_tag(W(i))) {
                finite = i;
                nfinite++;
            } else if (W(i)->xpos && strcmp(W(i)->xpos, "VBN") == 0 && W(i)->deprel &&
                       strcmp(W(i)->deprel, "acl") == 0) {
                participles++;
            }
        }
        if (nfinite == 1 && nfinite + participles == verbs) {
            v = finite;
            verbs = 1;
        }
        /* (or, with none finite, a past participle on the subject the verb of saying took,
           every other verb a gerund of its clause: "Security forces fired on protesters,
           killing five people, medics said", "fired" read as a clause on "forces") */
        int32_t lead = 0;
        for (int32_t i = 1; i < c && !lead && nfinite == 0; i++)
            if (W(i)->upos == UPOS_VERB && W(i)->xpos && strcmp(W(i)->xpos, "VBN") == 0 &&
                W(i)->deprel && strcmp(W(i)->deprel, "acl") == 0 && W(i)->head > 0 &&
                W(i)->head < i && is_nominal(W(W(i)->head)) && W(W(i)->head)->head >= k)
                lead = i;
        bool gerunds = lead != 0;
        for (int32_t i = 1; i < c && gerunds; i++)
            if (W(i)->upos == UPOS_VERB && i != lead)
                gerunds = W(i)->xpos && strcmp(W(i)->xpos, "VBG") == 0 && descends(s, i, lead);
        if (gerunds) {
            v = lead;
            verbs = 1;
            W(v)->xpos = "VBD";
        }
    }
    if (!h || verbs != 1)
        return;
    bool stolen = false; /* a word of the clause hangs outside it */
    for (int32_t i = 1; i < c && !stolen; i++)
        stolen = i != v && (W(i)->head == 0 || W(i)->head >= c);
    if (W(k)->head == 0 && W(v)->head == k && W(h)->head == k && !stolen)
        return; /* read right already */
    bool subject = false; /* (the clause's verb has a subject of its own) */
    for (int32_t i = 1; i < v; i++)
        subject |= W(i)->head == v && W(i)->deprel && strncmp(W(i)->deprel, "nsubj", 5) == 0;
    for (int32_t i = 1; i < c; i++) /* ("Ukraine", taken for the speaker's subject) */
        if (i != v && (W(i)->head == 0 || W(i)->head >= c)) {
            bool nominal = W(i)->upos == UPOS_PROPN || W(i)->upos == UPOS_NOUN;
            /* ("Indian security forces killed three militants, police said", read with
               "killed" a participle of "forces" and "militants" the complement of "said") */
            /* (or through the agent of its participle: "troops backed by strikes killed") */
            const ud_word *vh = W(v)->head > 0 ? W(W(v)->head) : NULL;
            bool via_agent = vh && vh->deprel && strcmp(vh->deprel, "obl:agent") == 0 &&
                             vh->head > 0 && W(vh->head)->head == i &&
                             W(vh->head)->deprel && strcmp(W(vh->head)->deprel, "acl") == 0;
            bool own_subject = nominal && i < v && !subject && (W(v)->head == i || via_agent);
            W(i)->head = v;
            W(i)->deprel = nominal && i > v ? "obj" : own_subject ? "nsubj" : "dep";
            subject |= own_subject;
        }
    for (int32_t i = c + 1; i < k; i++)
        if (i != h && (W(i)->head <= c || W(i)->head >= k))
            W(i)->head = h;
    for (int32_t i = k + 1; i <= n; i++)
        if (W(i)->head <= k && W(i)->head != k)
            W(i)->head = k;
    W(k)->head = 0;
    W(k)->deprel = "root";
    W(v)->head = k;
    W(v)->deprel = "ccomp";
    W(h)->head = k;
    W(h)->deprel = "nsubj";
    W(c)->head = k;
    W(c)->deprel = "punct";
#undef W
}

/* "allegations that it supplied drones", read as a relative clause with two subjects
 * ("that" and "it"): a clause with a subject of its own is the noun's content, and "that"
 * its complementizer. */
static void repair_content_that(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 1; i <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (strcmp(w->form, "that") != 0 || !w->deprel || strcmp(w->deprel, "nsubj") != 0 ||
            w->head <= (int32_t)i || w->head > (int32_t)n)
            continue;
        ud_word *v = &s->words[w->head - 1];
        bool other = false;
        for (uint32_t k = i + 1; k < (uint32_t)w->head && !other; k++)
            other = s->words[k - 1].head == w->head && s->words[k - 1].deprel &&
                    strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0;
        if (!other)
            continue;
        w->deprel = "mark";
        w->upos = UPOS_SCONJ;
        if (v->deprel && strcmp(v->deprel, "acl:relcl") == 0)
            v->deprel = "acl";
    }
}

/* "found the journalist guilty of espionage" read with "guilty" the object and
 * "journalist" its compound: an adjective of verdict read as a noun after a noun is the
 * object's complement, and the noun before it the object. */
static void repair_verdict_complement(ud_sentence *s)
{
    static const char *const VERDICT[] = {"guilty", "innocent", "liable", "responsible", NULL};
    uint32_t n = s->n;
    for (uint32_t g = 2; g <= n; g++) {
        ud_word *w = &s->words[g - 1];
        if (w->upos != UPOS_NOUN || !w->deprel || strcmp(w->deprel, "obj") != 0 ||
            !lemma_is_one_of(w, VERDICT))
            continue;
        ud_word *c = &s->words[g - 2];
        if ((c->upos != UPOS_NOUN && c->upos != UPOS_PROPN) || c->head != (int32_t)g ||
            !c->deprel || strcmp(c->deprel, "compound") != 0)
            continue;
        for (uint32_t k = 1; k < g - 1; k++) /* (its determiner and modifiers) */
            if (s->words[k - 1].head == (int32_t)g)
                s->words[k - 1].head = (int32_t)g - 1;
        c->head = w->head;
        c->deprel = "obj";
        w->deprel = "xcomp";
        w->upos = UPOS_ADJ;
        w->xpos = "JJ";
    }
}

/* Up from word x, through nouns, to a verb of charging (one of `verbs`) before word g;
 * 0 when there is none. */
static int32_t charging_verb(const ud_sentence *s, int32_t x, uint32_t g,
                             const char *const *verbs)
{
    int32_t steps = 0;
    while (x > 0 && steps++ < 4 && (s->words[x - 1].upos == UPOS_NOUN ||
                                    s->words[x - 1].upos == UPOS_PROPN))
        x = s->words[x - 1].head;
    if (x <= 0 || (uint32_t)x >= g || s->words[x - 1].upos != UPOS_VERB ||
        !lemma_is_one_of(&s->words[x - 1], verbs))
        return 0;
    return x;
}

/* "Iran was accused by the United States of supplying drones", "accused the government
 * of Iran of supplying": the gerund after "of" that says what someone is accused or
 * suspected of, read as a clause on the accuser's or the accused's noun, is the verb's
 * own (advcl), as when the parse reads it right. */
static void repair_charge_of(ud_sentence *s)
{
    static const char *const CHARGE[] = {"accuse", "suspect", "convict", "acquit", "clear",
                                         NULL};
    static const char *const CHARGE_WITH[] = {"charge", "indict", NULL};
    uint32_t n = s->n;
    for (uint32_t g = 3; g <= n; g++) {
        ud_word *w = &s->words[g - 1];
        ud_word *of = &s->words[g - 2];
        /* ("charged a blogger with publishing false information") */
        bool with = of->lemma && strcmp(of->lemma, "with") == 0;
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBG") != 0 || !w->deprel ||
            strcmp(w->deprel, "acl") != 0 || of->head != (int32_t)g || !of->lemma ||
            (strcmp(of->lemma, "of") != 0 && !with) || w->head <= 0)
            continue;
        int32_t x = charging_verb(s, w->head, g, with ? CHARGE_WITH : CHARGE);
        if (!x)
            continue;
        w->head = x;
        w->deprel = "advcl";
        of->deprel = "mark";
    }
}

/* "The LTTE accused the army of shelling civilians" read with "of" the case of
 * "civilians" and "shelling" its adjective: a gerund right after "of", read as the
 * adjective of the noun after it, in a phrase that hangs (through nouns) on a verb of
 * accusing or convicting, is what someone is accused of: the verb's clause, the noun its
 * object. (A suspicion or an acquittal is left to the parse: its act is not reported.) */
static void repair_charge_of_adjective(ud_sentence *s)
{
    static const char *const CHARGE[] = {"accuse", "convict", NULL};
    uint32_t n = s->n;
    for (uint32_t g = 3; g + 1 <= n; g++) {
        ud_word *w = &s->words[g - 1];
        ud_word *of = &s->words[g - 2];
        ud_word *noun = &s->words[g];
        if (!w->xpos || strcmp(w->xpos, "VBG") != 0 || !w->deprel ||
            strcmp(w->deprel, "amod") != 0 || w->head != (int32_t)g + 1 || !of->lemma ||
            strcmp(of->lemma, "of") != 0 || of->head != (int32_t)g + 1 || !is_nominal(noun) ||
            !noun->deprel || (strcmp(noun->deprel, "nmod") != 0 && strcmp(noun->deprel, "obl") != 0))
            continue;
        int32_t x = charging_verb(s, noun->head, g, CHARGE);
        if (!x)
            continue;
        w->upos = UPOS_VERB;
        w->head = x;
        w->deprel = "advcl";
        of->upos = UPOS_SCONJ;
        of->head = (int32_t)g;
        of->deprel = "mark";
        noun->head = (int32_t)g;
        noun->deprel = "obj";
    }
}

/* "Protesters hurled stones at police" read with "at police" on "stones": the "at" phrase
 * right after the object of a verb of throwing or firing names whom it is aimed at, and is
 * the verb's (obl), as with "threw". */
static void repair_thrown_at(ud_sentence *s)
{
    static const char *const THROW[] = {"throw", "hurl", "lob", "toss", "fire", NULL};
    uint32_t n = s->n;
    for (uint32_t a = 3; a + 1 <= n; a++) {
        ud_word *at = &s->words[a - 1];
        if (!at->lemma || strcmp(at->lemma, "at") != 0 || !at->deprel ||
            strcmp(at->deprel, "case") != 0 || at->head <= (int32_t)a)
            continue;
        ud_word *noun = &s->words[at->head - 1];
        if (!is_nominal(noun) || !noun->deprel || strcmp(noun->deprel, "nmod") != 0 ||
            noun->head != (int32_t)a - 1)
            continue;
        ud_word *obj = &s->words[a - 2];
        if (!obj->deprel || strcmp(obj->deprel, "obj") != 0 || obj->head <= 0 ||
            obj->head >= (int32_t)a - 1)
            continue;
        ud_word *v = &s->words[obj->head - 1];
        if (v->upos != UPOS_VERB || !lemma_is_one_of(v, THROW))
            continue;
        noun->head = obj->head;
        noun->deprel = "obl";
    }
}

/* "Mexico broke off relations with Ecuador after Ecuadorean police stormed its embassy"
 * read with "after" a case of "police" and "stormed" a conjunct of "broke": a preposition
 * that is also a subordinator, hung as a case on the subject of a finite verb conjoined
 * (without a coordinator), paratactic or complementing an earlier verb, opens that verb's
 * clause, an adverbial clause of the earlier verb. */
static bool verb_after_subordinator(const ud_sentence *s, uint32_t p, int32_t v);

/* Is word p a subordinator ("after", "before", "since", "until", "till") read as the case
 * of a noun after it? */
static bool subordinator_case(const ud_sentence *s, uint32_t p)
{
    static const char *const SUBORDINATOR[] = {"after", "before", "since", "until", "till",
                                               NULL};
    const ud_word *prep = &s->words[p - 1];
    return (prep->upos == UPOS_ADP || prep->upos == UPOS_SCONJ) && prep->deprel &&
           strcmp(prep->deprel, "case") == 0 && prep->head > (int32_t)p &&
           lemma_is_one_of(prep, SUBORDINATOR);
}

static void repair_subordinate_case_subject(ud_sentence *s)
{
    static const char *const SUBORDINATOR[] = {"after", "before", "since", "until", "till",
                                               NULL};
    uint32_t n = s->n;
    for (uint32_t p = 2; p + 2 <= n; p++) {
        ud_word *prep = &s->words[p - 1];
        if (!subordinator_case(s, p))
            continue;
        ud_word *nw = &s->words[prep->head - 1];
        if (!is_nominal(nw) || !nw->deprel || strcmp(nw->deprel, "nsubj") != 0 ||
            nw->head <= prep->head)
            continue;
        int32_t v = nw->head;
        if (!verb_after_subordinator(s, p, v))
            continue;
        prep->head = v;
        prep->deprel = "mark";
        prep->upos = UPOS_SCONJ;
        s->words[v - 1].deprel = "advcl";
    }
    /* (and a clause the subordinator already opens, its verb left a conjunct:
       repair_subordinate_subject) */
    for (uint32_t p = 2; p + 2 <= n; p++) {
        ud_word *prep = &s->words[p - 1];
        if (!prep->deprel || strcmp(prep->deprel, "mark") != 0 || prep->head <= (int32_t)p ||
            !lemma_is_one_of(prep, SUBORDINATOR) || !verb_after_subordinator(s, p, prep->head))
            continue;
        s->words[prep->head - 1].deprel = "advcl";
    }
}

/* Is v, the verb of a clause a subordinator at p opens, a finite past verb read as a
 * conjunct (without a coordinator), a parataxis or a complement of a verb before p? */
static bool verb_after_subordinator(const ud_sentence *s, uint32_t p, int32_t v)
{
    const ud_word *vw = &s->words[v - 1];
    if (vw->upos != UPOS_VERB || !vw->xpos || strcmp(vw->xpos, "VBD") != 0 || !vw->deprel ||
        vw->head <= 0 || vw->head >= (int32_t)p ||
        !(strcmp(vw->deprel, "conj") == 0 || strcmp(vw->deprel, "parataxis") == 0 ||
          strcmp(vw->deprel, "ccomp") == 0) ||
        s->words[vw->head - 1].upos != UPOS_VERB)
        return false;
    bool cc = false; /* ("... and after police stormed": a true conjunct) */
    for (uint32_t k = 1; k <= s->n && !cc; k++)
        cc = s->words[k - 1].head == v && s->words[k - 1].deprel &&
             strcmp(s->words[k - 1].deprel, "cc") == 0;
    return !cc;
}

/* "refused to attend the talks after Russia criticised Israel" read with "after Russia" a
 * phrase on "talks" and "criticised" a clause without a subject: a preposition that is
 * also a subordinator, before a noun phrase that a finite verb without a subject follows
 * at once ("after tens of thousands of protesters marched" too), opens that verb's
 * clause, and the noun phrase is its subject; when the parse gave that verb the phrase
 * before the preposition for a subject, as a clause complementing the verb before it,
 * that phrase is the earlier verb's object. */
static void repair_subordinate_subject(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t p = 1; p + 2 <= n; p++) {
        ud_word *prep = &s->words[p - 1];
        if (!subordinator_case(s, p))
            continue;
        uint32_t noun = (uint32_t)prep->head;
        ud_word *nw = &s->words[noun - 1];
        if ((nw->upos != UPOS_PROPN && nw->upos != UPOS_NOUN) || noun >= n)
            continue;
        /* the noun phrase ("Russia", "tens of thousands of protesters") ends right before
           the verb */
        uint32_t v = noun + 1;
        while (v <= n && descends(s, (int32_t)v, (int32_t)noun))
            v++;
        if (v > n)
            continue;
        ud_word *vw = &s->words[v - 1];
        if (vw->upos != UPOS_VERB || !vw->xpos ||
            (strcmp(vw->xpos, "VBD") != 0 && strcmp(vw->xpos, "VBZ") != 0 &&
             strcmp(vw->xpos, "VBP") != 0) || vw->head == (int32_t)noun)
            continue;
        uint32_t subject = 0;
        bool inside = true;
        for (uint32_t k = 1; k <= n && !subject; k++)
            if (s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
                strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0)
                subject = k;
        for (uint32_t k = p + 1; k < noun && inside; k++)
            inside = descends(s, (int32_t)k, (int32_t)noun);
        if (!inside || descends(s, (int32_t)v, (int32_t)noun))
            continue;
        if (subject) {
            /* "Israel closed the crossing after militants attacked a post" read with "the
               crossing after militants" the subject of a clause "attacked" complementing
               "closed": the phrase before "after" is the object of that verb, which has
               none, and "attacked" its adverbial clause */
            int32_t h = vw->head;
            if ((int32_t)subject != nw->head || subject >= p || h <= 0 || h >= (int32_t)subject ||
                s->words[h - 1].upos != UPOS_VERB || !vw->deprel ||
                !(strcmp(vw->deprel, "ccomp") == 0 || strcmp(vw->deprel, "conj") == 0 ||
                  strcmp(vw->deprel, "parataxis") == 0))
                continue;
            bool object = false;
            for (uint32_t k = 1; k <= n && !object; k++)
                object = s->words[k - 1].head == h && s->words[k - 1].deprel &&
                         strcmp(s->words[k - 1].deprel, "obj") == 0;
            if (object)
                continue;
            s->words[subject - 1].head = h;
            s->words[subject - 1].deprel = "obj";
            vw->deprel = "advcl";
        }
        nw->head = (int32_t)v;
        nw->deprel = "nsubj";
        prep->head = (int32_t)v;
        prep->deprel = "mark";
        prep->upos = UPOS_SCONJ;
    }
}

/* "fired tear gas at protesters outside parliament" read with "outside" an adjective of
 * "parliament" and "parliament" a second object: a preposition of place read as a
 * modifier of the noun after it, which is then the verb's second object, is that noun's
 * preposition, and the noun a place of the verb. */
static void repair_place_preposition(ud_sentence *s)
{
    static const char *const PLACE[] = {"outside", "inside", "near", "behind", "beyond",
                                        "around", "across", NULL};
    uint32_t n = s->n;
    for (uint32_t i = 2; i < n; i++) {
        ud_word *w = &s->words[i - 1];
        if ((w->upos != UPOS_ADJ && w->upos != UPOS_ADV) || !lemma_is_one_of(w, PLACE) ||
            w->head <= (int32_t)i)
            continue;
        uint32_t noun = (uint32_t)w->head;
        ud_word *nw = &s->words[noun - 1];
        if ((nw->upos != UPOS_NOUN && nw->upos != UPOS_PROPN) || !nw->deprel ||
            strcmp(nw->deprel, "obj") != 0 || nw->head <= 0)
            continue;
        bool other = false; /* (the verb's first object, before this one) */
        for (uint32_t k = 1; k < i && !other; k++)
            other = s->words[k - 1].head == nw->head && s->words[k - 1].deprel &&
                    strcmp(s->words[k - 1].deprel, "obj") == 0;
        if (!other)
            continue;
        w->upos = UPOS_ADP;
        w->xpos = "IN";
        w->deprel = "case";
        nw->deprel = "obl";
    }
}

/* "condemned the missile strike on Ukraine" read with "on Ukraine" a phrase of the verb:
 * after a verb that judges an act, the "on" or "against" phrase right after an object
 * that names an act of force is that act's (whom it struck), unless it names a day. */
static void repair_patient_of_act(ud_sentence *s)
{
    static const char *const JUDGE[] = {"condemn", "denounce", "criticize", "criticise",
                                        "deplore", "decry", "slam", "praise", "welcome",
                                        "hail", "applaud", "celebrate", "commend", "laud",
                                        "salute", NULL};
    static const char *const FORCE[] = {"attack", "strike", "airstrike", "assault", "raid",
                                        "bombing", "invasion", "offensive", "shelling",
                                        "incursion", "crackdown", NULL};
    static const char *const ON[] = {"on", "against", NULL};
    static const char *const DAYS[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", "Monday", "Tuesday",
                                       "Wednesday", "Thursday", "Friday", "Saturday",
                                       "Sunday", NULL};
    uint32_t n = s->n;
    for (uint32_t x = 3; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strcmp(w->deprel, "obl") != 0 || w->head <= 0 ||
            (w->upos != UPOS_PROPN && w->upos != UPOS_NOUN) || lemma_is_one_of(w, DAYS))
            continue;
        uint32_t v = (uint32_t)w->head, c = 0;
        for (uint32_t k = 1; k < x && !c; k++)
            if (s->words[k - 1].head == (int32_t)x && s->words[k - 1].deprel &&
                strcmp(s->words[k - 1].deprel, "case") == 0 && lemma_is_one_of(&s->words[k - 1], ON))
                c = k;
        if (!c || s->words[v - 1].upos != UPOS_VERB || !lemma_is_one_of(&s->words[v - 1], JUDGE))
            continue;
        /* the verb's object, a noun of force, ending right before the preposition */
        uint32_t o = c - 1;
        while (o > v && s->words[o - 1].head != (int32_t)v)
            o = s->words[o - 1].head > 0 && (uint32_t)s->words[o - 1].head < c
                    ? (uint32_t)s->words[o - 1].head : v;
        if (o <= v || !s->words[o - 1].deprel || strcmp(s->words[o - 1].deprel, "obj") != 0 ||
            !lemma_is_one_of(&s->words[o - 1], FORCE))
            continue;
        w->head = (int32_t)o;
        w->deprel = "nmod";
    }
}

/* "Democrats are mad over attacks on Kerry's record by the veterans" read with "by the
 * veterans" a phrase of "mad": an adjective takes no agent, so a "by" phrase on an
 * adjective, after a phrase of the same adjective that names an act, is that act's
 * agent. ("shocked by the attack": the "by" phrase comes first, and stays.) */
static void repair_agent_of_judged_act(ud_sentence *s)
{
    static const char *const ACTS[] = {
        "attack", "assault", "arrest", "detention", "killing", "murder", "execution",
        "criticism", "accusation", "shelling", "bombing", "raid", "strike", "invasion",
        "abduction", "kidnapping", "expulsion", "crackdown", "harassment", NULL};
    static const char *const BY[] = {"by", NULL};
    uint32_t n = s->n;
    for (uint32_t x = 3; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strcmp(w->deprel, "obl") != 0 || w->head <= 0 ||
            (uint32_t)w->head >= x || s->words[w->head - 1].upos != UPOS_ADJ ||
            (w->upos != UPOS_NOUN && w->upos != UPOS_PROPN))
            continue;
        bool by = false;
        for (uint32_t k = 1; k < x && !by; k++)
            by = s->words[k - 1].head == (int32_t)x && s->words[k - 1].deprel &&
                 strcmp(s->words[k - 1].deprel, "case") == 0 && lemma_is_one_of(&s->words[k - 1], BY);
        if (!by)
            continue;
        /* the act: an earlier oblique of the same adjective */
        uint32_t act = 0;
        for (uint32_t k = (uint32_t)w->head + 1; k < x; k++) {
            const ud_word *a = &s->words[k - 1];
            if (a->head == w->head && a->deprel && strcmp(a->deprel, "obl") == 0 &&
                a->upos == UPOS_NOUN && lemma_is_one_of(a, ACTS))
                act = k;
        }
        if (!act)
            continue;
        w->head = (int32_t)act;
        w->deprel = "nmod";
    }
}

/* "The EU issued a statement Monday condemning Russia" read with "Monday" the subject of
 * "condemning": a day's name (or "today", "yesterday") right before a participle that
 * modifies a noun is the time of the verb that noun is the object of ("issued ...
 * Monday"), not the participle's subject, which is the one who issued the statement. */
static void repair_day_before_participle(ud_sentence *s)
{
    static const char *const DAYS[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", "Monday", "Tuesday",
                                       "Wednesday", "Thursday", "Friday", "Saturday",
                                       "Sunday", "today", "yesterday", NULL};
    for (uint32_t x = 2; x < s->n; x++) {
        ud_word *d = &s->words[x - 1];
        const ud_word *v = &s->words[x];
        if (!d->deprel || strcmp(d->deprel, "nsubj") != 0 || d->head != (int32_t)(x + 1) ||
            (d->upos != UPOS_PROPN && d->upos != UPOS_NOUN) || !lemma_is_one_of(d, DAYS) ||
            v->upos != UPOS_VERB || !v->xpos || strcmp(v->xpos, "VBG") != 0 || !v->deprel ||
            strcmp(v->deprel, "acl") != 0 || v->head <= 0 || (uint32_t)v->head >= x)
            continue;
        const ud_word *n = &s->words[v->head - 1];
        if (n->deprel && strcmp(n->deprel, "obj") == 0 && n->head > 0 &&
            s->words[n->head - 1].upos == UPOS_VERB) {
            d->head = n->head;
            d->deprel = "obl:tmod";
        } else {
            d->head = v->head;
            d->deprel = "nmod:tmod";
        }
    }
}

/* "Armenia blamed the shelling on Azerbaijani forces" read with "on Azerbaijani forces" a
 * phrase of the shelling (whom it struck): after "blame" with an object, an "on" phrase
 * hung from that object names whom the act is blamed on, the verb's oblique. */
static void repair_blamed_on(ud_sentence *s)
{
    static const char *const BLAME[] = {"blame", NULL};
    static const char *const ON[] = {"on", NULL};
    uint32_t n = s->n;
    for (uint32_t x = 4; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strcmp(w->deprel, "nmod") != 0 || w->head <= 0 ||
            (w->upos != UPOS_PROPN && w->upos != UPOS_NOUN))
            continue;
        uint32_t o = (uint32_t)w->head;
        const ud_word *ow = &s->words[o - 1];
        if (o >= x || !ow->deprel || strcmp(ow->deprel, "obj") != 0 || ow->head <= 0)
            continue;
        uint32_t v = (uint32_t)ow->head;
        if (v >= o || s->words[v - 1].upos != UPOS_VERB || !lemma_is_one_of(&s->words[v - 1], BLAME))
            continue;
        bool on = false;
        for (uint32_t k = o + 1; k < x && !on; k++)
            on = s->words[k - 1].head == (int32_t)x && s->words[k - 1].deprel &&
                 strcmp(s->words[k - 1].deprel, "case") == 0 && lemma_is_one_of(&s->words[k - 1], ON);
        if (!on)
            continue;
        w->head = (int32_t)v;
        w->deprel = "obl";
    }
}

/* "Lebanon's Hezbollah fired rockets" read with "Lebanon's" a possessor of the verb: a
 * possessor hangs from the noun its "'s" comes before. */
static void repair_possessor_of_verb(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 1; i + 2 <= n; i++) {
        ud_word *w = &s->words[i - 1];
        if (!w->deprel || strcmp(w->deprel, "nmod:poss") != 0 || w->head <= (int32_t)i ||
            (uint32_t)w->head > n || is_nominal(&s->words[w->head - 1]))
            continue;
        /* the noun after the possessive ending and its modifiers */
        uint32_t k = i + 1;
        if (s->words[k - 1].xpos && strcmp(s->words[k - 1].xpos, "POS") == 0)
            k++;
        while (k < (uint32_t)w->head && !is_nominal(&s->words[k - 1]))
            k++;
        while (k + 1 < (uint32_t)w->head && is_nominal(&s->words[k]) &&
               s->words[k - 1].head == (int32_t)k + 1)
            k++; /* ("Lebanon's Shiite militia Hezbollah": to the compound's head) */
        if (k >= (uint32_t)w->head || !is_nominal(&s->words[k - 1]))
            continue;
        w->head = (int32_t)k;
    }
}

/* "According to the BBC, Chinese authorities detained two journalists" read with "BBC" a
 * compound of "authorities" across the comma (or "According" a case of "authorities"):
 * the phrase "according to X" before a comma is an oblique of the clause's verb after
 * it. */
static void repair_according_to(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t a = 1; a + 3 <= n; a++) {
        ud_word *w = &s->words[a - 1];
        if (!w->lemma || strcmp(w->lemma, "accord") != 0 || !w->form ||
            (strcmp(w->form, "According") != 0 && strcmp(w->form, "according") != 0) ||
            !s->words[a].form || strcmp(s->words[a].form, "to") != 0)
            continue;
        uint32_t comma = 0;
        for (uint32_t k = a + 2; k <= n && k <= a + 10 && !comma; k++)
            if (s->words[k - 1].form && strcmp(s->words[k - 1].form, ",") == 0)
                comma = k;
        if (!comma || comma == a + 2)
            continue;
        /* the phrase's noun: its last nominal word whose head lies outside it */
        uint32_t h = 0;
        for (uint32_t k = a + 2; k < comma; k++) {
            int32_t hd = s->words[k - 1].head;
            if (is_nominal(&s->words[k - 1]) && (hd < (int32_t)a + 2 || hd >= (int32_t)comma))
                h = k;
        }
        if (!h || s->words[h - 1].head <= (int32_t)comma)
            continue; /* (already hung inside the phrase or before it) */
        int32_t v = s->words[h - 1].head;
        for (uint32_t steps = 0; v > 0 && steps < n && s->words[v - 1].upos != UPOS_VERB; steps++)
            v = s->words[v - 1].head;
        if (v <= (int32_t)comma)
            continue;
        for (uint32_t k = a + 2; k < comma; k++)
            if (k != h && (s->words[k - 1].head < (int32_t)a || s->words[k - 1].head >= (int32_t)comma))
                s->words[k - 1].head = (int32_t)h;
        s->words[h - 1].head = v;
        s->words[h - 1].deprel = "obl";
        w->head = (int32_t)h;
        w->deprel = "case";
        s->words[comma - 1].head = (int32_t)h;
    }
}

/* "Clashes between the Sudanese army and the RSF killed ten civilians" read with "the RSF"
 * a second subject of "killed": a "between" phrase with one member, followed at once by
 * "and" and a noun phrase the parse hung elsewhere, has that phrase for its second member. */
static void repair_between_pair(ud_sentence *s)
{
    uint32_t n = s->n;
    /* (from each "between", the noun it is the case of: most sentences have none) */
    for (uint32_t c = 1; c + 3 <= n; c++) {
        const ud_word *cw = &s->words[c - 1];
        if (!cw->lemma || strcmp(cw->lemma, "between") != 0 || cw->head <= (int32_t)c)
            continue;
        uint32_t a = (uint32_t)cw->head;
        if (!is_nominal(&s->words[a - 1]))
            continue;
        bool member = false;
        uint32_t end = a;
        for (uint32_t k = a + 1; k <= n; k++) {
            if (!descends(s, (int32_t)k, (int32_t)a))
                continue;
            const ud_word *w = &s->words[k - 1];
            if (w->head == (int32_t)a && w->deprel && strcmp(w->deprel, "conj") == 0)
                member = true;
            end = k;
        }
        if (member || end + 2 > n || !s->words[end].lemma || strcmp(s->words[end].lemma, "and") != 0)
            continue;
        /* the second member: the nominal head of the words after "and" */
        uint32_t b = 0;
        for (uint32_t k = end + 2; k <= n && !b; k++) {
            const ud_word *w = &s->words[k - 1];
            if (!is_nominal(w) && w->upos != UPOS_DET && w->upos != UPOS_ADJ)
                break;
            if (is_nominal(w) && (w->head <= (int32_t)end || w->head > (int32_t)k + 1 ||
                                  !is_nominal(&s->words[w->head - 1])))
                b = k;
        }
        if (!b || descends(s, (int32_t)b, (int32_t)a) || descends(s, (int32_t)a, (int32_t)b))
            continue;
        s->words[end].head = (int32_t)b; /* ("and") */
        s->words[end].deprel = "cc";
        s->words[b - 1].head = (int32_t)a;
        s->words[b - 1].deprel = "conj";
    }
}

/* A past participle with the perfect's "have" ("has killed", "had driven"): a finite verb
 * as much as "killed" is. */
static bool perfect_participle(const ud_sentence *s, uint32_t v)
{
    const ud_word *w = &s->words[v - 1];
    if (!w->xpos || strcmp(w->xpos, "VBN") != 0)
        return false;
    for (uint32_t k = 1; k < v; k++) {
        const ud_word *a = &s->words[k - 1];
        if (a->head == (int32_t)v && a->deprel && strcmp(a->deprel, "aux") == 0 && a->lemma &&
            strcmp(a->lemma, "have") == 0)
            return true;
    }
    return false;
}

/* "Fighting between Sudan's army and the RSF killed dozens of civilians" read with
 * "Fighting" a verb at the root and "killed" a verb coordinated with it: an "-ing" word that
 * opens the sentence with a "between" phrase is a noun, the subject of the verb after the
 * phrase when that verb has none. */
static void repair_gerund_between(ud_sentence *s)
{
    uint32_t n = s->n;
    if (n < 6)
        return;
    ud_word *g = &s->words[0];
    /* (or a clause a trailing verb of saying governs: "Fighting between ... has driven
       refugees into Chad, the agency said") */
    int32_t gh = g->head;
    if (g->upos != UPOS_VERB || !g->xpos || strcmp(g->xpos, "VBG") != 0 ||
        (gh != 0 && !(gh > 1 && g->deprel &&
                      (strcmp(g->deprel, "advcl") == 0 || strcmp(g->deprel, "ccomp") == 0))))
        return;
    uint32_t a = 0, v = 0;
    for (uint32_t k = 2; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head != 1 || !w->deprel)
            continue;
        if (!a && is_nominal(w) && (strcmp(w->deprel, "obl") == 0 || strcmp(w->deprel, "nmod") == 0)) {
            for (uint32_t c = 2; c < k; c++)
                if (s->words[c - 1].head == (int32_t)k && s->words[c - 1].lemma &&
                    strcmp(s->words[c - 1].lemma, "between") == 0)
                    a = k;
        } else if (a && !v && k > a && strcmp(w->deprel, "conj") == 0 && w->upos == UPOS_VERB &&
                   w->xpos && (strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBZ") == 0 ||
                               strcmp(w->xpos, "VBP") == 0 || perfect_participle(s, k)))
            v = k;
    }
    if (!a || !v || (gh != 0 && gh <= (int32_t)v))
        return;
    for (uint32_t k = 1; k <= n; k++)
        if (s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
            strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0)
            return; /* (the verb has a subject of its own) */
    for (uint32_t k = 2; k <= n; k++) /* (what hung on the noun read as a verb, past the phrase) */
        if (s->words[k - 1].head == 1 && k != a && k != v && !descends(s, (int32_t)k, (int32_t)a) &&
            k > a)
            s->words[k - 1].head = (int32_t)v;
    s->words[a - 1].deprel = "nmod";
    s->words[v - 1].head = gh;
    s->words[v - 1].deprel = gh ? "ccomp" : "root";
    g->head = (int32_t)v;
    g->deprel = "nsubj";
    g->upos = UPOS_NOUN;
    g->xpos = "NN";
    /* (the noun's own lemma, as the treebanks give it: "fighting", not "fight") */
    static const char *const NOUNS[] = {"fighting", "shelling", "bombing", "killing",
                                        "wrangling", "bickering", NULL};
    for (const char *const *w = NOUNS; *w && g->form; w++)
        if (strcasecmp(g->form, *w) == 0)
            g->lemma = *w;
}

/* "Fighting between Myanmar's army and ethnic rebels has driven thousands into Thailand"
 * read with "Fighting" an adverbial clause of "driven", which has no subject: an "-ing"
 * word that opens the sentence with a "between" phrase and modifies the root verb after
 * that phrase is read as repair_gerund_between finds it, the root with the verb
 * coordinated, so that it becomes that verb's subject there. */
static void repair_gerund_advcl_between(ud_sentence *s)
{
    uint32_t n = s->n;
    if (n < 6)
        return;
    ud_word *g = &s->words[0];
    if (g->upos != UPOS_VERB || !g->xpos || strcmp(g->xpos, "VBG") != 0 || !g->deprel ||
        strcmp(g->deprel, "advcl") != 0 || g->head <= 1)
        return;
    uint32_t v = (uint32_t)g->head;
    ud_word *vw = &s->words[v - 1];
    if (vw->head != 0 || vw->upos != UPOS_VERB)
        return;
    bool between = false, subject = false;
    for (uint32_t k = 2; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head == 1 && k < v && is_nominal(w))
            for (uint32_t c = 2; c < k && !between; c++)
                between = s->words[c - 1].head == (int32_t)k && s->words[c - 1].lemma &&
                          strcmp(s->words[c - 1].lemma, "between") == 0;
        subject = subject || (w->head == (int32_t)v && w->deprel &&
                              strncmp(w->deprel, "nsubj", 5) == 0);
    }
    if (!between || subject)
        return;
    g->head = 0;
    g->deprel = "root";
    vw->head = 1;
    vw->deprel = "conj";
    for (uint32_t k = 1; k <= n; k++) /* (what hung on the root: its punctuation) */
        if (s->words[k - 1].head == 0 && k != 1)
            s->words[k - 1].head = 1;
}

/* "The arrest of a French national by Iranian police angered Paris" read with "by Iranian
 * police" a second subject of "angered": a phrase with "by" is no subject; after the
 * verb's subject noun, it is that noun's (its agent). */
static void repair_by_subject(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t x = 2; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strncmp(w->deprel, "nsubj", 5) != 0 || !is_nominal(w) || w->head <= 0)
            continue;
        bool by = false;
        for (uint32_t k = 1; k < x && !by; k++)
            by = s->words[k - 1].head == (int32_t)x && s->words[k - 1].lemma &&
                 strcmp(s->words[k - 1].lemma, "by") == 0;
        uint32_t first = 0; /* the verb's other subject, before this one */
        for (uint32_t k = 1; k < x && !first; k++)
            if (s->words[k - 1].head == w->head && s->words[k - 1].deprel &&
                strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0 && is_nominal(&s->words[k - 1]))
                first = k;
        if (!by || !first)
            continue;
        w->head = (int32_t)first;
        w->deprel = "nmod";
    }
}

/* "A Shiite cleric was killed by gunmen in Basra" read with "gunmen" a past participle
 * ("gunme") that "by" marks, a clause of the verb: a word in "-men" (gunmen, tribesmen,
 * policemen, militiamen) is a plural noun, never a verb; after "by" on a passive verb it
 * is the verb's agent, and its own phrases of place are the verb's. */
static void repair_men_agent(ud_sentence *s)
{
    static const char *const MEN[][2] = {
        {"gunmen", "gunman"},         {"tribesmen", "tribesman"},   {"policemen", "policeman"},
        {"militiamen", "militiaman"}, {"servicemen", "serviceman"}, {"clansmen", "clansman"},
        {"fishermen", "fisherman"},   {"horsemen", "horseman"},     {"kinsmen", "kinsman"}};
    for (uint32_t x = 2; x <= s->n; x++) {
        ud_word *w = &s->words[x - 1];
        ud_word *by = &s->words[x - 2];
        const char *lemma = NULL;
        for (size_t i = 0; w->form && i < sizeof MEN / sizeof *MEN && !lemma; i++)
            if (strcasecmp(w->form, MEN[i][0]) == 0)
                lemma = MEN[i][1];
        if (!lemma || w->upos != UPOS_VERB || !by->lemma || strcmp(by->lemma, "by") != 0 ||
            by->head != (int32_t)x || w->head <= 0 || !w->deprel ||
            strcmp(w->deprel, "advcl") != 0)
            continue;
        int32_t h = w->head;
        bool passive = false;
        for (uint32_t k = 1; k <= s->n && !passive; k++)
            passive = s->words[k - 1].head == h && s->words[k - 1].deprel &&
                      strcmp(s->words[k - 1].deprel, "aux:pass") == 0;
        if (!passive || s->words[h - 1].upos != UPOS_VERB)
            continue;
        w->lemma = lemma;
        w->upos = UPOS_NOUN;
        w->xpos = "NNS";
        w->deprel = "obl:agent";
        by->upos = UPOS_ADP;
        by->xpos = "IN";
        by->deprel = "case";
        for (uint32_t k = 1; k <= s->n; k++) { /* ("in Basra": where it was done) */
            ud_word *c = &s->words[k - 1];
            if (c->head == (int32_t)x && c->deprel && strcmp(c->deprel, "obl") == 0)
                c->head = h;
        }
    }
}

/* "The security police killed in a friendly fire incident by US troops were buried on
 * Saturday" read with "killed" the root and "were buried" a clause of it: a past
 * participle at the root without an auxiliary, whose subject is followed by a passive verb
 * without a subject of its own, is a reduced relative on that subject; the passive verb is
 * the sentence's, the subject its subject. */
static void repair_reduced_relative_root(ud_sentence *s)
{
    uint32_t n = s->n, root = 0;
    for (uint32_t i = 1; i <= n && !root; i++)
        if (s->words[i - 1].head == 0)
            root = i;
    if (!root)
        return;
    ud_word *r = &s->words[root - 1];
    if (r->upos != UPOS_VERB || !r->xpos || strcmp(r->xpos, "VBN") != 0)
        return;
    uint32_t subj = 0, v = 0;
    for (uint32_t k = 1; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head != (int32_t)root || !w->deprel)
            continue;
        if (strncmp(w->deprel, "aux", 3) == 0)
            return; /* ("the police have killed": a verb of its own) */
        if (k < root && strcmp(w->deprel, "nsubj") == 0 && is_nominal(w))
            subj = k;
        else if (k > root && !v && w->upos == UPOS_VERB && w->xpos &&
                 strcmp(w->xpos, "VBN") == 0 &&
                 (strcmp(w->deprel, "advcl") == 0 || strcmp(w->deprel, "conj") == 0 ||
                  strcmp(w->deprel, "parataxis") == 0))
            v = k;
    }
    if (!subj || !v)
        return;
    uint32_t end = subj; /* (the subject's phrase ends right before the participle) */
    for (uint32_t k = subj + 1; k < root; k++)
        if (descends(s, (int32_t)k, (int32_t)subj))
            end = k;
    if (end + 1 != root)
        return;
    bool passive = false, subject = false;
    for (uint32_t k = 1; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head != (int32_t)v || !w->deprel)
            continue;
        passive |= strcmp(w->deprel, "aux:pass") == 0 && k < v;
        subject |= strncmp(w->deprel, "nsubj", 5) == 0;
    }
    if (!passive || subject)
        return;
    verb_over_root(s, root, v, subj, "nsubj:pass", r);
}

/* "the police killed in a friendly fire incident by US troops" read with "by US troops" a
 * phrase of "incident": a "by" phrase on the noun of a past participle's oblique is the
 * participle's agent when the participle has none. */
static void repair_nested_agent(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t b = 2; b <= n; b++) {
        ud_word *w = &s->words[b - 1];
        if (!w->deprel || strcmp(w->deprel, "nmod") != 0 || !is_nominal(w) || w->head <= 0)
            continue;
        bool by = false;
        for (uint32_t k = 1; k < b && !by; k++)
            by = s->words[k - 1].head == (int32_t)b && s->words[k - 1].lemma &&
                 strcmp(s->words[k - 1].lemma, "by") == 0;
        const ud_word *o = &s->words[w->head - 1];
        if (!by || !o->deprel || strcmp(o->deprel, "obl") != 0 || o->head <= 0)
            continue;
        uint32_t v = (uint32_t)o->head;
        const ud_word *vw = &s->words[v - 1];
        if (vw->upos != UPOS_VERB || !vw->xpos || strcmp(vw->xpos, "VBN") != 0 || v > b)
            continue;
        bool agent = false;
        for (uint32_t k = 1; k <= n && !agent; k++)
            agent = s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
                    strcmp(s->words[k - 1].deprel, "obl:agent") == 0;
        if (agent)
            continue;
        w->head = (int32_t)v;
        w->deprel = "obl:agent";
    }
}

/* "Three journalists were detained for questioning by Myanmar police" read with "by
 * Myanmar police" a phrase of "questioning": a "by" phrase on a "for" gerund with no
 * object of its own, hung on a passive participle with no agent, is the passive's agent
 * (the gerund says what the act was for, not who did it). */
static void repair_purpose_gerund_agent(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t b = 3; b <= n; b++) {
        ud_word *w = &s->words[b - 1];
        if (!w->deprel || strcmp(w->deprel, "obl") != 0 || !is_nominal(w) || w->head <= 0 ||
            w->head >= (int32_t)b)
            continue;
        uint32_t g = (uint32_t)w->head;
        const ud_word *gw = &s->words[g - 1];
        if (gw->upos != UPOS_VERB || !gw->xpos || strcmp(gw->xpos, "VBG") != 0 || !gw->deprel ||
            strcmp(gw->deprel, "advcl") != 0 || gw->head <= 0 || gw->head >= (int32_t)g)
            continue;
        uint32_t v = (uint32_t)gw->head;
        const ud_word *vw = &s->words[v - 1];
        if (vw->upos != UPOS_VERB || !vw->xpos || strcmp(vw->xpos, "VBN") != 0)
            continue;
        bool by = false, for_mark = false, object = false, agent = false, passive = false;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (!c->deprel)
                continue;
            if (c->head == (int32_t)b && k < b && c->lemma && strcmp(c->lemma, "by") == 0)
                by = true;
            if (c->head == (int32_t)g && k < g && c->lemma && strcmp(c->lemma, "for") == 0)
                for_mark = true;
            if (c->head == (int32_t)g && strcmp(c->deprel, "obj") == 0)
                object = true;
            if (c->head == (int32_t)v && strcmp(c->deprel, "obl:agent") == 0)
                agent = true;
            if (c->head == (int32_t)v && strcmp(c->deprel, "aux:pass") == 0)
                passive = true;
        }
        if (!by || !for_mark || object || agent || !passive)
            continue;
        w->head = (int32_t)v;
        w->deprel = "obl:agent";
    }
}

/* "Three civilians were killed by a Russian missile in Odesa" read with "in Odesa" a phrase
 * of the missile: a weapon or an armed act is nowhere of its own, so the place phrase hung
 * on a passive's agent that names one a state's adjective owns ("by a Russian missile",
 * "by an Israeli air strike") is where the act happened, the verb's oblique, as in "were killed in Odesa by a missile". */
static void repair_agent_place(ud_sentence *s)
{
    static const char *const ARMS[] = {"missile", "rocket", "drone", "shell", "artillery",
                                       "strike", "airstrike", "attack", "shelling", "bombing",
                                       "bombardment", "raid", "fire", NULL};
    static const char *const PLACE[] = {"in", "near", "at", "outside", "around", NULL};
    uint32_t n = s->n;
    for (uint32_t x = 2; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || strcmp(w->deprel, "nmod") != 0 || !is_nominal(w) || w->head <= 0)
            continue;
        const ud_word *a = &s->words[w->head - 1];
        if (!a->deprel || strcmp(a->deprel, "obl:agent") != 0 || a->head <= 0 ||
            !lemma_is_one_of(a, ARMS) || (uint32_t)w->head > x)
            continue;
        /* (only an act a state's adjective owns, "a Russian missile": a bomb "in Lebanon"
           is the state where a countryless agent planted it) */
        bool owned = false;
        for (uint32_t k = 1; k < (uint32_t)w->head && !owned; k++) {
            const ud_word *m = &s->words[k - 1];
            owned = m->head == w->head && m->deprel && strcmp(m->deprel, "amod") == 0 &&
                    (m->upos == UPOS_ADJ || m->upos == UPOS_PROPN) && m->form &&
                    isupper((unsigned char)m->form[0]);
        }
        bool place = false;
        for (uint32_t k = (uint32_t)w->head + 1; k < x && owned && !place; k++)
            place = s->words[k - 1].head == (int32_t)x && s->words[k - 1].deprel &&
                    strcmp(s->words[k - 1].deprel, "case") == 0 &&
                    lemma_is_one_of(&s->words[k - 1], PLACE);
        if (!place)
            continue;
        w->head = a->head;
        w->deprel = "obl";
    }
}

/* "Poland and the Baltic states condemned Belarus" read with "Poland" the root, "states" its
 * conjunct and "condemned" an adjective of "Belarus": a past tense (VBD, not a participle)
 * hung as the modifier of the name right after it, in a sentence whose root is a noun or a
 * name before it and that has no other verb, is the sentence's verb: the root its subject,
 * the name its object. */
static void repair_past_tense_modifier(ud_sentence *s)
{
    uint32_t n = s->n, root = 0, verbs = 0;
    for (uint32_t k = 1; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head == 0)
            root = k;
        if (w->upos == UPOS_VERB || w->upos == UPOS_AUX)
            verbs++;
    }
    if (!root || verbs != 1 || !is_nominal(&s->words[root - 1]))
        return;
    for (uint32_t v = root + 1; v + 1 <= n; v++) {
        ud_word *vw = &s->words[v - 1], *name = &s->words[v];
        if (vw->upos != UPOS_VERB || !vw->xpos || strcmp(vw->xpos, "VBD") != 0 || !vw->deprel ||
            strcmp(vw->deprel, "amod") != 0 || vw->head != (int32_t)v + 1 ||
            name->upos != UPOS_PROPN || !descends(s, (int32_t)v + 1, (int32_t)root))
            continue;
        for (uint32_t k = 1; k <= n; k++) /* (the closing punctuation goes to the verb) */
            if (s->words[k - 1].head == (int32_t)root && s->words[k - 1].upos == UPOS_PUNCT &&
                k > v)
                s->words[k - 1].head = (int32_t)v;
        name->head = (int32_t)v;
        name->deprel = "obj";
        vw->head = 0;
        vw->deprel = "root";
        s->words[root - 1].head = (int32_t)v;
        s->words[root - 1].deprel = "nsubj";
        return;
    }
}

/* "Fighting broke out between Thai and Cambodian soldiers" read with "Fighting" a verb, the
 * root, and "broke" its complement: an "-ing" root of fighting with no subject or object
 * of its own, whose complement right after it is a verb saying that something happened
 * (broke out, erupted, flared, raged) with no subject of its own, is that verb's subject,
 * the noun of the fighting. */
static void repair_fighting_gerund_root(ud_sentence *s)
{
    static const char *const HAPPEN[] = {"break", "erupt", "flare", "resume", "rage",
                                         "continue", "intensify", "escalate", NULL};
    uint32_t n = s->n;
    for (uint32_t g = 1; g + 1 <= n; g++) {
        ud_word *gw = &s->words[g - 1], *vw = &s->words[g];
        size_t len = gw->form ? strlen(gw->form) : 0;
        if (gw->upos != UPOS_VERB || !gw->deprel || strcmp(gw->deprel, "root") != 0 ||
            len < 5 || strcasecmp(gw->form + len - 3, "ing") != 0 || !gw->lemma ||
            strcmp(gw->lemma, "fight") != 0 || vw->upos != UPOS_VERB ||
            vw->head != (int32_t)g || !lemma_is_one_of(vw, HAPPEN))
            continue;
        bool own = false; /* (a subject or an object makes it a verb) */
        for (uint32_t k = 1; k <= n && !own; k++) {
            const ud_word *c = &s->words[k - 1];
            own = c->deprel &&
                  ((c->head == (int32_t)g && (is_subject(c) || strcmp(c->deprel, "obj") == 0 ||
                                              strcmp(c->deprel, "aux") == 0)) ||
                   (c->head == (int32_t)g + 1 && is_subject(c)));
        }
        if (own)
            continue;
        for (uint32_t k = g + 2; k <= n; k++)
            if (s->words[k - 1].head == (int32_t)g)
                s->words[k - 1].head = (int32_t)g + 1;
        vw->head = gw->head;
        vw->deprel = gw->deprel;
        gw->head = (int32_t)g + 1;
        gw->deprel = "nsubj";
        gw->upos = UPOS_NOUN;
        gw->xpos = "NN";
        gw->lemma = "fighting";
    }
}

/* "Clashes broke out between Indian and Chinese troops" read with "between" a phrase of
 * "broke out": a verb that says an armed act happened (broke out, erupted, flared,
 * resumed, raged) has no parties of its own; the "between" phrase names its subject's,
 * the fighting's (or that of the noun the parse hung the verb on as a clause). */
static void repair_between_of_fighting(ud_sentence *s)
{
    static const char *const FIGHTING[] = {"clash", "fighting", "fight", "battle", "skirmish",
                                           "firefight", "gunfight", "gunbattle", "hostility",
                                           "exchange", NULL};
    static const char *const HAPPEN[] = {"break", "erupt", "flare", "resume", "rage",
                                         "continue", "intensify", "escalate", "occur",
                                         "ensue", NULL};
    uint32_t n = s->n;
    for (uint32_t b = 2; b <= n; b++) {
        ud_word *w = &s->words[b - 1];
        /* (or an object, with its "between" a phrase: "Clashes erupted between Kenyan and
           Somali troops" read with "troops" the object of "erupted") */
        if (!w->deprel || (strcmp(w->deprel, "obl") != 0 && strcmp(w->deprel, "obj") != 0) ||
            !is_nominal(w) || w->head <= 0)
            continue;
        uint32_t v = (uint32_t)w->head;
        if (s->words[v - 1].upos != UPOS_VERB || !lemma_is_one_of(&s->words[v - 1], HAPPEN))
            continue;
        bool between = false;
        uint32_t subj = 0;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (k < b && c->head == (int32_t)b && c->deprel && strcmp(c->deprel, "case") == 0 &&
                c->lemma && strcmp(c->lemma, "between") == 0)
                between = true;
            if (c->head == (int32_t)v && c->deprel && strcmp(c->deprel, "nsubj") == 0 &&
                c->upos == UPOS_NOUN && lemma_is_one_of(c, FIGHTING))
                subj = k;
        }
        /* ("Clashes erupted between ..." read with "erupted" a clause of "Clashes") */
        const ud_word *vw = &s->words[v - 1];
        if (!subj && vw->deprel && strcmp(vw->deprel, "acl") == 0 && vw->head > 0 &&
            (uint32_t)vw->head < v && s->words[vw->head - 1].upos == UPOS_NOUN &&
            lemma_is_one_of(&s->words[vw->head - 1], FIGHTING))
            subj = (uint32_t)vw->head;
        if (!between || !subj)
            continue;
        w->head = (int32_t)subj;
        w->deprel = "nmod";
    }
}

/* "moved into Fallujah on Wednesday, though they were still meeting pockets of resistance"
 * read with the clause hung on the comma: a punctuation mark governs nothing, so a clause
 * whose head is one belongs to the nearest verb above the mark. */
static void repair_clause_on_punct(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t c = 1; c <= n; c++) {
        ud_word *w = &s->words[c - 1];
        if (w->head <= 0 || (uint32_t)w->head > n || !w->deprel ||
            (strcmp(w->deprel, "advcl") != 0 && strcmp(w->deprel, "conj") != 0 &&
             strcmp(w->deprel, "parataxis") != 0) ||
            s->words[w->head - 1].upos != UPOS_PUNCT)
            continue;
        int32_t h = s->words[w->head - 1].head;
        for (uint32_t steps = 0; h > 0 && steps < n && s->words[h - 1].upos != UPOS_VERB; steps++)
            h = s->words[h - 1].head;
        if (h > 0 && h != (int32_t)c)
            w->head = h;
    }
}

/* "though they were still meeting pockets of resistance" read with "meeting" a noun, "were"
 * its copula and "pockets" its object: a noun has no object, so an "-ing" noun with an
 * object and a form of "be" as its copula is the progressive of a verb, "be" its
 * auxiliary. */
static void repair_progressive_noun(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t g = 2; g <= n; g++) {
        ud_word *w = &s->words[g - 1];
        size_t len = w->form ? strlen(w->form) : 0;
        if (w->upos != UPOS_NOUN || len < 5 || strcasecmp(w->form + len - 3, "ing") != 0)
            continue;
        uint32_t cop = 0, obj = 0;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head != (int32_t)g || !c->deprel)
                continue;
            if (k < g && strcmp(c->deprel, "cop") == 0 && c->lemma && strcmp(c->lemma, "be") == 0)
                cop = k;
            if (k > g && strcmp(c->deprel, "obj") == 0 && is_nominal(c))
                obj = k;
        }
        if (!cop || !obj)
            continue;
        w->upos = UPOS_VERB;
        w->xpos = "VBG";
        s->words[cop - 1].deprel = "aux";
    }
}

/* Does every word reach the root by its heads (no cycle, no head out of range)? */
static bool is_tree(const ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 1; i <= n; i++) {
        int32_t h = (int32_t)i;
        uint32_t steps = 0;
        while (h > 0 && steps++ <= n)
            h = (uint32_t)h <= n ? s->words[h - 1].head : -1;
        if (h != 0)
            return false;
    }
    return true;
}

typedef struct saved_word {
    int32_t head;
    const char *deprel, *xpos;
    uint8_t upos;
} saved_word;

/* Applies one rule, and undoes it when what it leaves is no tree (rules written for
 * well-formed parses may meet a malformed one: a cycle would hang every walk up the
 * tree). */
/* "Britain will supply infantry fighting vehicles to Kyiv" read with "fighting" a clause
 * whose object is "vehicles": an "-ing" word of what equipment is for (fighting, landing,
 * patrolling, mine clearing) hanging on a verb, with its object right after it a noun of
 * equipment or units ("vehicles", "craft", "systems"), is part of that noun's name: the object takes the "-ing" word's place, the
 * "-ing" word and a noun right before it that hung on the verb are its compounds, and the
 * rest of the clause goes back to the verb. */
static void repair_equipment_gerund(ud_sentence *s)
{
    static const char *const EQUIPMENT[] = {
        "vehicle", "carrier", "craft", "aircraft", "jet", "plane", "ship", "vessel", "boat",
        "system", "equipment", "gear", "unit", "machine", "helicopter", "drone", "device", NULL};
    /* (what such equipment is for, never an act done to it: "supplying drones" stays) */
    static const char *const PURPOSES[] = {"fight", "land", "patrol", "clear", "launch",
                                           "refuel", "jam", "sweep", NULL};
    uint32_t n = s->n;
    for (uint32_t g = 1; g < n; g++) {
        ud_word *w = &s->words[g - 1], *obj = &s->words[g];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBG") != 0 || w->head <= 0 ||
            !w->deprel || obj->head != (int32_t)g || !obj->deprel || strcmp(obj->deprel, "obj") != 0 ||
            !lemma_is_one_of(obj, EQUIPMENT) || !lemma_is_one_of(w, PURPOSES))
            continue;
        const ud_word *verb = &s->words[w->head - 1];
        if (verb->upos != UPOS_VERB || !(strcmp(w->deprel, "xcomp") == 0 ||
                                         strcmp(w->deprel, "advcl") == 0 ||
                                         strcmp(w->deprel, "ccomp") == 0))
            continue;
        int32_t v = w->head;
        obj->head = v;
        obj->deprel = "obj";
        if (g > 1) {
            ud_word *before = &s->words[g - 2];
            bool noun = before->upos == UPOS_NOUN ||
                        (before->form && strcasecmp(before->form, "mine") == 0);
            if (noun && before->head == v) { /* "send [infantry] fighting vehicles" */
                for (uint32_t k = 1; k <= n; k++)
                    if (s->words[k - 1].head == (int32_t)(g - 1))
                        s->words[k - 1].head = (int32_t)(g + 1);
                before->head = (int32_t)(g + 1);
                before->deprel = "compound";
                before->upos = UPOS_NOUN;
            }
        }
        for (uint32_t k = 1; k <= n; k++) {
            ud_word *c = &s->words[k - 1];
            if (c->head != (int32_t)g || k == g + 1)
                continue;
            c->head = k < g ? (int32_t)(g + 1) : v;
            if (k < g && c->deprel && strcmp(c->deprel, "obj") == 0)
                c->deprel = "compound";
        }
        w->head = (int32_t)(g + 1);
        w->deprel = "compound";
        w->upos = UPOS_NOUN;
        w->xpos = "NN";
    }
}

/* "Garment workers demanding higher wages clashed with police" read with "demanding" the
 * root and "clashed" a clause of "wages": an "-ing" root with a subject before it and no
 * auxiliary, followed by a past-tense verb with neither subject, auxiliary nor "by" agent
 * that hangs on the root's object (or on the root), is the subject's participle clause;
 * the past-tense verb is the sentence's, the subject its subject. */
static void repair_gerund_root(ud_sentence *s)
{
    uint32_t n = s->n, root = 0;
    for (uint32_t i = 1; i <= n && !root; i++)
        if (s->words[i - 1].head == 0)
            root = i;
    if (!root || root < 2)
        return;
    ud_word *g = &s->words[root - 1];
    if (g->upos != UPOS_VERB || !g->xpos || strcmp(g->xpos, "VBG") != 0)
        return;
    uint32_t subj = 0, obj = 0;
    for (uint32_t k = 1; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head != (int32_t)root || !w->deprel)
            continue;
        if (strncmp(w->deprel, "aux", 3) == 0 || strcmp(w->deprel, "cop") == 0)
            return; /* ("workers are demanding": a verb of its own) */
        if (k < root && strcmp(w->deprel, "nsubj") == 0 && is_nominal(w))
            subj = k;
        if (k > root && !obj && strcmp(w->deprel, "obj") == 0)
            obj = k;
    }
    if (!subj)
        return;
    uint32_t v = 0;
    for (uint32_t k = root + 1; k <= n && !v; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->upos == UPOS_VERB && w->xpos &&
            (strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBN") == 0) &&
            (w->head == (int32_t)root || (obj && w->head == (int32_t)obj)) && w->deprel &&
            (strcmp(w->deprel, "acl") == 0 || strcmp(w->deprel, "conj") == 0 ||
             strcmp(w->deprel, "advcl") == 0 || strcmp(w->deprel, "parataxis") == 0 ||
             strcmp(w->deprel, "ccomp") == 0))
            v = k;
    }
    if (!v)
        return;
    for (uint32_t k = 1; k <= n; k++) {
        const ud_word *w = &s->words[k - 1];
        if (w->head != (int32_t)v)
            continue;
        if ((w->deprel && (strncmp(w->deprel, "nsubj", 5) == 0 || strncmp(w->deprel, "aux", 3) == 0 ||
                           strcmp(w->deprel, "mark") == 0 || strcmp(w->deprel, "cc") == 0)) ||
            (w->lemma && strcmp(w->lemma, "by") == 0))
            return;
        for (uint32_t c = 1; c <= n; c++) /* (a "by" agent: "wages owed by the state") */
            if (s->words[c - 1].head == (int32_t)k && s->words[c - 1].lemma &&
                strcmp(s->words[c - 1].lemma, "by") == 0 && c < k)
                return;
    }
    verb_over_root(s, root, v, subj, "nsubj", g);
}

/* "in northwestern Khyber Pakhtunkhwa overnight" read with "overnight" the noun of the
 * place phrase: a word of time ("overnight", "yesterday", "today", "tonight") heading a
 * phrase whose name hangs on it as a compound gives the phrase to the name, and is itself
 * a modifier of time of the phrase's head. */
static void repair_time_noun_head(ud_sentence *s)
{
    static const char *const TIME[] = {"overnight", "yesterday", "today", "tonight", NULL};
    uint32_t n = s->n;
    for (uint32_t x = 2; x <= n; x++) {
        ud_word *w = &s->words[x - 1];
        if (!w->deprel || !(strcmp(w->deprel, "obl") == 0 || strcmp(w->deprel, "nmod") == 0) ||
            !w->form || w->head <= 0)
            continue;
        bool time = false;
        for (const char *const *t = TIME; *t && !time; t++)
            time = strcasecmp(w->form, *t) == 0;
        uint32_t name = 0;
        for (uint32_t k = 1; k < x && time; k++)
            if (s->words[k - 1].head == (int32_t)x && s->words[k - 1].upos == UPOS_PROPN &&
                s->words[k - 1].deprel && strcmp(s->words[k - 1].deprel, "compound") == 0)
                name = k;
        if (!name)
            continue;
        for (uint32_t k = 1; k <= n; k++)
            if (k != name && s->words[k - 1].head == (int32_t)x)
                s->words[k - 1].head = (int32_t)name;
        s->words[name - 1].head = w->head;
        s->words[name - 1].deprel = w->deprel;
        w->head = s->words[name - 1].head;
        w->deprel = strcmp(w->deprel, "obl") == 0 ? "obl:tmod" : "nmod:tmod";
    }
}

/* "A Russian court sentenced in absentia the opposition politician" read with the
 * politician the object of "absentia": a noun takes no direct object, so an object hung
 * on a verb's oblique noun, after it, is the verb's when the verb has none. */
static void repair_object_on_oblique(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t k = 3; k <= n; k++) {
        ud_word *w = &s->words[k - 1];
        if (!w->deprel || strcmp(w->deprel, "obj") != 0 || w->head <= 0 || w->head >= (int32_t)k)
            continue;
        const ud_word *o = &s->words[w->head - 1];
        if (!is_nominal(o) || !o->deprel || strcmp(o->deprel, "obl") != 0 || o->head <= 0 ||
            o->head >= w->head || s->words[o->head - 1].upos != UPOS_VERB)
            continue;
        int32_t v = o->head;
        bool object = false;
        for (uint32_t c = 1; c <= n && !object; c++)
            object = s->words[c - 1].head == v && s->words[c - 1].deprel &&
                     strcmp(s->words[c - 1].deprel, "obj") == 0;
        if (!object)
            w->head = v;
    }
}

/* "Iran has in recent weeks arrested journalists", "has this week arrested", "has since
 * Monday arrested" read with "has" the main verb (of possession) and the participle a
 * modifier or a clause: a root "have" followed, past a phrase of time alone, by a
 * participle is that participle's auxiliary; the participle is the verb, the phrase its
 * oblique, the noun it modified its object. */
static void repair_perfect_after_time(ud_sentence *s)
{
    static const char *const TIME[] = {
        "week",   "weeks",  "month",   "months",  "year",    "years",    "day",
        "days",   "hour",   "hours",   "monday",  "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "yesterday", "today", "recently", "since",
        "weekend", "night",  "morning", "past",   "decade",  "decades",  NULL};
    uint32_t n = s->n, h = 0, v = 0;
    for (uint32_t i = 1; i <= n && !h; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->head == 0 && w->upos == UPOS_VERB && w->form &&
            (strcasecmp(w->form, "has") == 0 || strcasecmp(w->form, "have") == 0 ||
             strcasecmp(w->form, "had") == 0) &&
            finite_tag(w))
            h = i;
    }
    if (!h || h + 2 > n)
        return;
    bool time = false;
    for (uint32_t i = h + 1; i <= n && !v; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->upos == UPOS_VERB && w->xpos &&
            (strcmp(w->xpos, "VBN") == 0 || strcmp(w->xpos, "VBD") == 0)) {
            v = i;
            break;
        }
        if (w->upos == UPOS_VERB || w->upos == UPOS_AUX || w->upos == UPOS_PRON ||
            w->upos == UPOS_PUNCT)
            return; /* ("had his brother arrested": an object between) */
        for (const char *const *t = TIME; *t && !time; t++)
            time = strcasecmp(w->form, *t) == 0;
    }
    if (!v || v == h + 1 || !time)
        return;
    ud_word *vw = &s->words[v - 1];
    uint32_t object = 0;
    if (vw->deprel && strcmp(vw->deprel, "amod") == 0 && vw->head > (int32_t)v &&
        is_nominal(&s->words[vw->head - 1]))
        object = (uint32_t)vw->head;
    for (uint32_t k = 1; k <= n; k++) {
        if (k == h || k == v)
            continue;
        ud_word *w = &s->words[k - 1];
        bool in_between = k > h && k < v;
        bool head_between = w->head > (int32_t)h && w->head < (int32_t)v;
        if (k == object) {
            w->head = (int32_t)v;
            w->deprel = "obj";
        } else if (w->head == (int32_t)h) {
            w->head = (int32_t)v;
        } else if (in_between && !head_between) {
            /* the phrase of time: "since Monday" read as a clause's subject */
            if (w->deprel && strcmp(w->deprel, "mark") == 0 && k + 1 < v) {
                w->head = (int32_t)k + 1;
                w->deprel = "case";
                w->upos = UPOS_ADP;
            } else {
                w->head = (int32_t)v;
                if (!w->deprel || strncmp(w->deprel, "obl", 3) != 0)
                    w->deprel = is_nominal(w) ? "obl" : "advmod";
            }
        } else if (k > v && head_between) {
            w->head = (int32_t)v;
            w->deprel = object ? "obl" : "obj";
            object = object ? object : k;
        }
    }
    vw->head = 0;
    vw->deprel = "root";
    vw->xpos = "VBN";
    ud_word *hw = &s->words[h - 1];
    hw->head = (int32_t)v;
    hw->deprel = "aux";
    hw->upos = UPOS_AUX;
}

/* "the province of Khyber Pakhtunkhwa" read with "of" an adverb whose object is the
 * name: a preposition with a noun of its own hanging on it is that noun's case marker,
 * and the noun takes the preposition's place (nmod of a noun, obl of a verb). */
static void repair_preposition_object(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t a = 1; a < n; a++) {
        ud_word *p = &s->words[a - 1];
        if (p->upos != UPOS_ADP || p->head <= 0 || !p->deprel || strcmp(p->deprel, "case") == 0 ||
            strcmp(p->deprel, "fixed") == 0 || strcmp(p->deprel, "mark") == 0)
            continue;
        uint32_t noun = 0;
        for (uint32_t k = a + 1; k <= n && !noun; k++)
            if (s->words[k - 1].head == (int32_t)a && is_nominal(&s->words[k - 1]) &&
                s->words[k - 1].deprel &&
                (strcmp(s->words[k - 1].deprel, "obj") == 0 || strcmp(s->words[k - 1].deprel, "obl") == 0 ||
                 strcmp(s->words[k - 1].deprel, "nmod") == 0))
                noun = k;
        if (!noun)
            continue;
        const ud_word *h = &s->words[p->head - 1];
        for (uint32_t k = 1; k <= n; k++)
            if (k != noun && s->words[k - 1].head == (int32_t)a)
                s->words[k - 1].head = (int32_t)noun;
        s->words[noun - 1].head = p->head;
        s->words[noun - 1].deprel = is_nominal(h) ? "nmod" : "obl";
        p->head = (int32_t)noun;
        p->deprel = "case";
    }
}

/* "sentenced rapper Toomaj Salehi to death" read with "rapper" a predicative complement
 * whose object is the name: a noun complement of a verb with a name right after it as its
 * object is the name's title; the name is the verb's object, and the noun's other
 * phrases ("to death") the verb's. */
static void repair_title_object(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t x = 2; x < n; x++) {
        ud_word *w = &s->words[x - 1], *name = &s->words[x];
        if (w->upos != UPOS_NOUN || !w->deprel || strcmp(w->deprel, "xcomp") != 0 ||
            w->head <= 0 || s->words[w->head - 1].upos != UPOS_VERB ||
            name->upos != UPOS_PROPN || name->head != (int32_t)x || !name->deprel ||
            strcmp(name->deprel, "obj") != 0)
            continue;
        int32_t v = w->head;
        for (uint32_t k = 1; k <= n; k++)
            if (k != x + 1 && s->words[k - 1].head == (int32_t)x)
                s->words[k - 1].head = k < x ? (int32_t)(x + 1) : v;
        name->head = v;
        name->deprel = "obj";
        w->head = (int32_t)(x + 1);
        w->deprel = "compound";
    }
}

/* "two Jaish-e-Mohammed militants" read with "e-Mohammed" an adjective on the noun: the
 * second half of a name joined by an Urdu or Persian "-e-", "-i-" or "-ul-" ("Lashkar-e-
 * Taiba", "Tehreek-e-Insaf", "Hizb-e-Islami") after a hyphen glued to a name is that
 * name's part, as "e-Taiba" is read; as an adjective, the coder left the group out. */
static void repair_izafe_name(ud_sentence *s)
{
    for (uint32_t x = 3; x <= s->n; x++) {
        ud_word *w = &s->words[x - 1];
        const ud_word *d = &s->words[x - 2], *name = &s->words[x - 3];
        const char *f = w->form, *dash = f ? strchr(f, '-') : NULL;
        size_t lead = dash ? (size_t)(dash - f) : 0;
        if (w->upos != UPOS_ADJ || !w->deprel || strcmp(w->deprel, "amod") != 0 || !dash ||
            lead < 1 || lead > 2 || !isupper((unsigned char)dash[1]) || !islower((unsigned char)f[0]) ||
            !d->form || strcmp(d->form, "-") != 0 || name->upos != UPOS_PROPN ||
            w->head <= 0 || name->head != w->head)
            continue;
        w->upos = UPOS_PROPN;
        w->xpos = "NNP";
        w->deprel = "compound";
    }
}

/* "told visiting U.S. Secretary of State Antony Blinken that ..." read with "visiting" a
 * clause whose object is the visitor: "visiting" right after a verb, before the name of
 * the one who visits, qualifies that name, which is the verb's object (its indirect object
 * after "tell"); the rest of the clause goes back to the verb. */
static void repair_visiting_title(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t g = 2; g < n; g++) {
        ud_word *w = &s->words[g - 1];
        if (w->upos != UPOS_VERB || !w->xpos || strcmp(w->xpos, "VBG") != 0 || !w->lemma ||
            strcmp(w->lemma, "visit") != 0 || w->head != (int32_t)(g - 1) || !w->deprel ||
            strcmp(w->deprel, "amod") == 0 || s->words[g - 2].upos != UPOS_VERB)
            continue;
        uint32_t visitor = 0; /* its first nominal argument after it */
        for (uint32_t k = g + 1; k <= n && !visitor; k++)
            if (s->words[k - 1].head == (int32_t)g && is_nominal(&s->words[k - 1]) &&
                s->words[k - 1].deprel &&
                (strcmp(s->words[k - 1].deprel, "obj") == 0 ||
                 strcmp(s->words[k - 1].deprel, "iobj") == 0))
                visitor = k;
        if (!visitor)
            continue;
        int32_t v = w->head;
        for (uint32_t k = 1; k <= n; k++)
            if (k != visitor && s->words[k - 1].head == (int32_t)g)
                s->words[k - 1].head = v;
        ud_word *x = &s->words[visitor - 1];
        x->head = v;
        x->deprel = s->words[v - 1].lemma && strcmp(s->words[v - 1].lemma, "tell") == 0 ? "iobj"
                                                                                       : "obj";
        w->head = (int32_t)visitor;
        w->deprel = "amod";
    }
}

/* "Guyanese President Irfaan Ali accused Venezuela" read with "Guyanese" a proper noun
 * heading the name ("Irfaan" its flat part, "President" the name's): a capitalised word
 * shaped like a nationality ("-ese", "-an", "-ian", "-ish", "-i") right before a title
 * that describes a name hung from it is the title's adjective, and the name takes its
 * place. */
static void repair_nationality_before_title(ud_sentence *s)
{
    static const char *const TITLE[] = {"President", "Prime", "Premier", "King", "Queen",
                                        "Chancellor", "Foreign", "Defence", "Defense",
                                        "Interior", "Vice", "General", "Opposition", NULL};
    static const char *const ENDING[] = {"ese", "an", "ian", "ish", "i", NULL};
    uint32_t n = s->n;
    for (uint32_t i = 1; i + 2 <= n; i++) {
        ud_word *nat = &s->words[i - 1], *title = &s->words[i];
        if (nat->upos != UPOS_PROPN || !nat->deprel || !title->form || title->head <= (int32_t)i + 1)
            continue;
        bool titled = false, shaped = false;
        for (const char *const *t = TITLE; *t && !titled; t++)
            titled = strcmp(title->form, *t) == 0;
        size_t len = strlen(nat->form);
        for (const char *const *e = ENDING; *e && !shaped; e++)
            shaped = len > strlen(*e) + 2 && strcmp(nat->form + len - strlen(*e), *e) == 0;
        uint32_t name = (uint32_t)title->head;
        /* (the title may be the first of two words: "Prime Minister") */
        while (name <= n && s->words[name - 1].upos != UPOS_PROPN)
            name = s->words[name - 1].head > 0 ? (uint32_t)s->words[name - 1].head : n + 1;
        if (!titled || !shaped || name > n || s->words[name - 1].head != (int32_t)i)
            continue;
        ud_word *nw = &s->words[name - 1];
        nw->head = nat->head;
        nw->deprel = nat->deprel;
        for (uint32_t k = 1; k <= n; k++)
            if (k != name && s->words[k - 1].head == (int32_t)i)
                s->words[k - 1].head = (int32_t)name;
        nat->head = (int32_t)i + 1;
        nat->deprel = "amod";
        nat->upos = UPOS_ADJ;
        nat->xpos = "JJ";
    }
}

/* "Jordanian lawyer Samih Khreis accused the United States", "Pakistani cleric Maulana Abdul
 * Aziz criticized the government", "Defense Minister Hazim al-Shaalan accused Iran" read
 * with the words before the subject's name a clause of their own (the root, the verb's
 * clause hung on them), a second subject or the verb's complement: the nouns and
 * adjectives right before a name that is a finite verb's subject are the name's
 * description, as "opposition leader John Mwangi" is read: the last one the name's
 * compound (a noun, however it was tagged), the ones before it its modifiers, and the verb
 * takes the place the description had. A day or a month is no description ("Monday
 * President Bush said"). */
static bool calendar_form(const char *f)
{
    static const char *const CAL[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday", "Sunday", "January", "February", "March",
                                      "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December", "Today", "Yesterday",
                                      NULL};
    for (const char *const *c = CAL; f && *c; c++)
        if (strcmp(f, *c) == 0)
            return true;
    return false;
}

static void repair_description_before_name(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t a = 2; a + 1 <= n; a++) {
        ud_word *nw = &s->words[a - 1];
        if (nw->upos != UPOS_PROPN || !nw->deprel || strcmp(nw->deprel, "nsubj") != 0 ||
            nw->head <= (int32_t)a || !isupper((unsigned char)nw->form[0]))
            continue;
        uint32_t v = (uint32_t)nw->head, b = a;
        ud_word *vw = &s->words[v - 1];
        if (vw->upos != UPOS_VERB || !finite_tag(vw))
            continue;
        /* the name: its flat parts and hyphens after it, up to the verb or an adverb */
        while (b + 1 < v && (s->words[b].head == (int32_t)a || s->words[b].head == (int32_t)(b + 2)) &&
               (s->words[b].upos == UPOS_PROPN || s->words[b].upos == UPOS_PUNCT))
            b++;
        for (uint32_t k = b + 1; k < v; k++)
            if (s->words[k - 1].upos != UPOS_ADV)
                b = 0;
        const ud_word *last = &s->words[a - 2];
        bool common = (last->upos == UPOS_NOUN || last->upos == UPOS_ADJ) &&
                      islower((unsigned char)last->form[0]);
        if (!b || calendar_form(last->form) ||
            (!common && !(last->head >= (int32_t)a && last->head <= (int32_t)b)))
            continue;
        /* the description: nouns, adjectives and names right before the name, up to four */
        uint32_t p = a - 1;
        while (p > 1 && a - p < 4) {
            const ud_word *w = &s->words[p - 2];
            if ((w->upos != UPOS_NOUN && w->upos != UPOS_ADJ && w->upos != UPOS_PROPN) ||
                calendar_form(w->form) || !w->deprel || strncmp(w->deprel, "obl", 3) == 0 ||
                strcmp(w->deprel, "nmod:tmod") == 0 || strcmp(w->deprel, "conj") == 0)
                break;
            p--;
        }
        /* (a noun after an article or a coordinator heads a phrase of its own: "a charge
           New Delhi denies", "and the regional bloc ECOWAS") */
        const ud_word *before = p > 1 ? &s->words[p - 2] : NULL;
        if ((before && (before->upos == UPOS_DET || before->upos == UPOS_CCONJ)) ||
            (last->deprel && strcmp(last->deprel, "conj") == 0))
            continue;
        /* (only a description the parse cut off the name: the root, or the verb's subject,
           complement or modifier) */
        int top = 0;
        bool cut = false;
        for (uint32_t k = p; k < a; k++) {
            const ud_word *w = &s->words[k - 1];
            if (w->head >= (int32_t)p && w->head <= (int32_t)b)
                continue;
            cut |= w->head == 0 || (w->head == (int32_t)v && w->deprel &&
                                    (strcmp(w->deprel, "nsubj") == 0 || strcmp(w->deprel, "xcomp") == 0 ||
                                     strcmp(w->deprel, "advmod") == 0));
            if (!top)
                top = (int)k;
        }
        if (!cut || !top)
            continue;
        ud_word *tw = &s->words[top - 1];
        if (vw->head >= (int32_t)p && vw->head < (int32_t)a) {
            vw->head = tw->head == (int32_t)v ? 0 : tw->head;
            vw->deprel = vw->head == 0 ? "root" : tw->deprel;
        }
        for (uint32_t k = 1; k <= n; k++) {
            ud_word *w = &s->words[k - 1];
            if (k > b && k != v && w->head >= (int32_t)p && w->head < (int32_t)a)
                w->head = (int32_t)v;
        }
        for (uint32_t k = p; k < a; k++) {
            ud_word *w = &s->words[k - 1];
            if (w->head >= (int32_t)p && w->head <= (int32_t)b && w->head != (int32_t)k)
                continue;
            w->head = k + 1 == a ? (int32_t)a : (int32_t)(k + 1);
            w->deprel = w->upos == UPOS_ADJ && k + 1 < a ? "amod" : "compound";
        }
        if (last->upos == UPOS_ADJ && islower((unsigned char)last->form[0])) {
            s->words[a - 2].upos = UPOS_NOUN;
            s->words[a - 2].xpos = "NN";
        }
        nw->head = (int32_t)v;
        nw->deprel = "nsubj";
    }
}

/* "Hamas fired rockets at Israel and Israeli jets struck targets in Gaza" read with "jets"
 * a conjunct of "Israel" and "struck" an adjective of "targets": a past tense (VBD) read as
 * the modifier of the noun after it (or the participle of the same form), right after a
 * noun that a coordinator joined to a phrase of an earlier verb, is a second clause: the
 * noun its subject, the modified noun its object, the verb a conjunct of the earlier one,
 * and its tag the past tense. */
static void repair_coordinated_clause(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t v = 3; v + 1 <= n; v++) {
        ud_word *vw = &s->words[v - 1], *sw = &s->words[v - 2];
        if (vw->upos != UPOS_VERB || !vw->xpos ||
            (strcmp(vw->xpos, "VBD") != 0 && strcmp(vw->xpos, "VBN") != 0) || !vw->deprel ||
            strcmp(vw->deprel, "amod") != 0 || vw->head <= (int32_t)v || !is_nominal(sw) ||
            !sw->deprel || strcmp(sw->deprel, "conj") != 0 || sw->head <= 0 ||
            sw->head >= (int32_t)v - 1)
            continue;
        uint32_t cc = 0;
        for (uint32_t k = (uint32_t)sw->head + 1; k + 1 < v; k++)
            if (s->words[k - 1].head == (int32_t)(v - 1) && s->words[k - 1].upos == UPOS_CCONJ)
                cc = k;
        int32_t verb = sw->head;
        for (int steps = 0; verb > 0 && s->words[verb - 1].upos != UPOS_VERB && steps < 8; steps++)
            verb = s->words[verb - 1].head;
        if (!cc || verb <= 0 || verb >= (int32_t)v)
            continue;
        uint32_t object = (uint32_t)vw->head;
        ud_word *ow = &s->words[object - 1];
        if (!is_nominal(ow))
            continue;
        sw->head = (int32_t)v;
        sw->deprel = "nsubj";
        s->words[cc - 1].head = (int32_t)v;
        s->words[cc - 1].deprel = "cc";
        ow->head = (int32_t)v;
        ow->deprel = "obj";
        vw->head = verb;
        vw->deprel = "conj";
        vw->xpos = "VBD";
    }
}

/* "The United States and Iran resumed negotiations over the programme" read with "States"
 * the root and "resumed" its conjunct, "Iran" that verb's subject: a nominal root with
 * nothing of a predicate (no subject, copula or auxiliary), right after which a
 * coordinator opens the subject of a finite verb conjoined to the root, is that verb's
 * first subject. The verb becomes the root, the root its subject, the second subject the
 * root's conjunct; what hung on the root after that subject goes to the verb. */
static void repair_subject_root_pair(ud_sentence *s)
{
    uint32_t n = s->n, r = 0;
    for (uint32_t i = 1; i <= n && !r; i++)
        if (s->words[i - 1].head == 0)
            r = i;
    if (!r || r + 3 > n || !is_nominal(&s->words[r - 1]))
        return;
    ud_word *cc = &s->words[r];
    if (cc->upos != UPOS_CCONJ)
        return;
    uint32_t v = 0;
    for (uint32_t i = r + 2; i <= n && !v; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->head == (int32_t)r && w->deprel && strcmp(w->deprel, "conj") == 0 &&
            w->upos == UPOS_VERB && finite_tag(w))
            v = i;
    }
    if (!v)
        return;
    for (uint32_t i = 1; i <= n; i++) { /* (a root with a predicate's words is a clause) */
        const ud_word *w = &s->words[i - 1];
        if (w->head == (int32_t)r && w->deprel &&
            (strncmp(w->deprel, "nsubj", 5) == 0 || strcmp(w->deprel, "cop") == 0 ||
             strncmp(w->deprel, "aux", 3) == 0))
            return;
    }
    uint32_t b = 0; /* the verb's subject after the coordinator */
    for (uint32_t i = r + 2; i < v && !b; i++)
        if (s->words[i - 1].head == (int32_t)v && is_subject(&s->words[i - 1]) &&
            is_nominal(&s->words[i - 1]))
            b = i;
    if (!b)
        return;
    for (uint32_t i = r + 2; i < b; i++) /* (only the second subject's words between) */
        if (!descends(s, (int32_t)i, (int32_t)b))
            return;
    for (uint32_t i = b + 1; i <= n; i++)
        if (i != v && s->words[i - 1].head == (int32_t)r)
            s->words[i - 1].head = (int32_t)v;
    ud_word *rw = &s->words[r - 1], *vw = &s->words[v - 1], *bw = &s->words[b - 1];
    vw->head = 0;
    vw->deprel = "root";
    rw->head = (int32_t)v;
    rw->deprel = "nsubj";
    bw->head = (int32_t)r;
    bw->deprel = "conj";
    cc->head = (int32_t)b;
    cc->deprel = "cc";
}

/* "Prime Minister Prayuth Chan-ocha": a name joined by a hyphen without blanks is one
 * name, whatever the parse made of the word after the hyphen (here a clause on the noun
 * before the name, with the rest of the phrase hung on it). A word glued by a hyphen to a
 * later part of a person's name (a proper noun in the name's flat chain) joins that name,
 * and what hung from it goes back to where it hung. */
static void repair_hyphenated_name(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t h = 2; h + 1 <= n; h++) {
        ud_word *dash = &s->words[h - 1], *before = &s->words[h - 2], *after = &s->words[h];
        if (strcmp(dash->form, "-") != 0 || before->space_after || dash->space_after ||
            !before->has_span || !dash->has_span || before->end != dash->start ||
            dash->end != after->start || before->upos != UPOS_PROPN ||
            (after->upos != UPOS_NOUN && after->upos != UPOS_PROPN && after->upos != UPOS_X))
            continue;
        /* (a later part of a person's name, not a state: "the Russia-Ukraine war") */
        if (!before->deprel || strcmp(before->deprel, "flat") != 0 || before->head <= 0)
            continue;
        uint32_t name = (uint32_t)before->head;
        uint32_t a = h + 1;
        if (after->head == (int32_t)name || (after->deprel && strcmp(after->deprel, "flat") == 0))
            continue;
        int32_t old = after->head;
        if (old == (int32_t)a)
            continue;
        for (uint32_t k = 1; k <= n; k++)
            if (s->words[k - 1].head == (int32_t)a)
                s->words[k - 1].head = old;
        after->head = (int32_t)name;
        after->deprel = "flat";
        after->upos = UPOS_PROPN;
        dash->head = (int32_t)a;
        dash->deprel = "punct";
    }
}

/* "Trump threatened on Friday to impose sanctions": a phrase of time between a verb of
 * intent and its infinitive leads the parse to read the infinitive as a clause of purpose
 * (advcl); an infinitive hung that way from a verb that takes one as its complement, which
 * has no other, is that complement (xcomp). */
static void repair_intent_complement(ud_sentence *s)
{
    static const char *const CONTROL[] = {
        "agree", "promise", "plan", "decide", "pledge", "vow", "threaten", "want", "intend",
        "prepare", "seek", "offer", "hope", "expect", "try", "aim", "propose", "refuse",
        "attempt", "fail", "vote", "move", "resolve", "undertake", "begin", "continue", NULL};
    uint32_t n = s->n;
    for (uint32_t i = 1; i <= n; i++) {
        ud_word *v = &s->words[i - 1];
        if (v->upos != UPOS_VERB || !v->deprel || strcmp(v->deprel, "advcl") != 0 || v->head <= 0 ||
            (uint32_t)v->head >= i)
            continue;
        const ud_word *h = &s->words[v->head - 1];
        if (h->upos != UPOS_VERB || !lemma_is_one_of(h, CONTROL))
            continue;
        bool to = false, other = false;
        for (uint32_t k = 1; k <= n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head == (int32_t)i && k < i && c->deprel && strcmp(c->deprel, "mark") == 0)
                to = strcmp(c->form, "to") == 0;
            if (c->head == v->head && k != i && c->deprel &&
                (strcmp(c->deprel, "xcomp") == 0 || strcmp(c->deprel, "ccomp") == 0))
                other = true;
        }
        if (to && !other)
            v->deprel = "xcomp";
    }
}

/* "ELN rebels", "Eritrea leaders": a noun with a name of its own before it, as a
 * headline names a second party. */
static bool named_noun(const ud_sentence *s, uint32_t k)
{
    for (uint32_t c = 1; c < k; c++)
        if (s->words[c - 1].head == (int32_t)k && s->words[c - 1].upos == UPOS_PROPN &&
            s->words[c - 1].deprel && strcmp(s->words[c - 1].deprel, "compound") == 0)
            return true;
    return false;
}

/* "Biden, Xi agree to restore military talks": a headline joins two names with a comma;
 * the parse reads the first as a vocative. A name opening the sentence as the vocative of
 * a verb, a comma, then a name that is the verb's subject (or a noun a name qualifies,
 * "Colombia, ELN rebels agree"): the two are one coordinated subject. */
static void repair_headline_pair(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t i = 1; i + 2 <= n; i++) {
        ud_word *a = &s->words[i - 1];
        if (a->upos != UPOS_PROPN || !a->deprel || strcmp(a->deprel, "vocative") != 0 ||
            a->head <= 0)
            continue;
        uint32_t c = i + 1;
        while (c <= n && s->words[c - 1].head == (int32_t)i && strcmp(s->words[c - 1].form, ",") != 0)
            c++; /* (the rest of the first name: "Saudi Arabia,") */
        if (c + 1 > n || strcmp(s->words[c - 1].form, ",") != 0)
            return;
        uint32_t b = 0; /* the verb's subject after the comma */
        for (uint32_t k = c + 1; k <= n && !b; k++)
            if (s->words[k - 1].head == a->head && s->words[k - 1].deprel &&
                strcmp(s->words[k - 1].deprel, "nsubj") == 0 &&
                (s->words[k - 1].upos == UPOS_PROPN ||
                 (s->words[k - 1].upos == UPOS_NOUN && named_noun(s, k))))
                b = k;
        if (!b)
            return;
        ud_word *bw = &s->words[b - 1];
        a->deprel = "nsubj";
        bw->head = (int32_t)i;
        bw->deprel = "conj";
        s->words[c - 1].head = (int32_t)i; /* (left where it was: the coder reads a comma
                                              outside the conjunct's span as "and") */
        s->words[c - 1].deprel = "punct";
        return;
    }
}

/* Has verb v an oblique that names what its subject acts on ("retaliated against
 * Pakistan", "fired on protesters")? */
static bool aimed_oblique(const ud_sentence *s, uint32_t v)
{
    static const char *const AIMED[] = {"against", "on", "upon", "at", "with", "into",
                                        "towards", "toward", NULL};
    for (uint32_t c = v + 1; c <= s->n; c++) {
        const ud_word *x = &s->words[c - 1];
        if (x->head != (int32_t)v || !x->deprel || strcmp(x->deprel, "obl") != 0)
            continue;
        for (uint32_t k = v + 1; k < c; k++)
            if (s->words[k - 1].head == (int32_t)c && s->words[k - 1].deprel &&
                strcmp(s->words[k - 1].deprel, "case") == 0)
                for (const char *const *a = AIMED; *a; a++)
                    if (strcasecmp(s->words[k - 1].form, *a) == 0)
                        return true;
    }
    return false;
}

/* Has verb v an oblique (after it)? */
static bool has_oblique(const ud_sentence *s, uint32_t v)
{
    for (uint32_t k = v + 1; k <= s->n; k++)
        if (s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
            strcmp(s->words[k - 1].deprel, "obl") == 0)
            return true;
    return false;
}

/* Are all of verb v's obliques opened by one of the prepositions listed (blank-separated)? */
static bool obliques_in(const ud_sentence *s, uint32_t v, const char *list)
{
    for (uint32_t k = 1; k <= s->n; k++) {
        const ud_word *c = &s->words[k - 1];
        if (!c->deprel || strcmp(c->deprel, "case") != 0 || c->head <= 0 ||
            s->words[c->head - 1].head != (int32_t)v || !s->words[c->head - 1].deprel ||
            strcmp(s->words[c->head - 1].deprel, "obl") != 0)
            continue;
        size_t len = strlen(c->form);
        const char *at = list;
        bool found = false;
        while (!found && (at = strstr(at, c->form)) != NULL) {
            found = (at == list || at[-1] == ' ') && (at[len] == ' ' || at[len] == '\0');
            at += len;
        }
        if (!found)
            return false;
    }
    return true;
}

/* "Journalist detained in Tehran": a headline writes a passive as the bare past
 * participle, and the parse gives that participle an active subject, which made the
 * journalist the one who detained. A past participle that is the root, with a subject
 * before it and no auxiliary, object or clause of its own, in a sentence with no closing
 * period, is a passive: its subject is the passive's (not with a verb conjoined, which
 * may have the object: "Ugandan police beat and arrested supporters"). So is such a past
 * tense whose subject is a singular noun without an article ("Blogger jailed in
 * Vietnam"), as the tagger often reads the participle, with an oblique and none but of
 * place, cause or term ("Truce collapsed after rebels attacked", "Chief spoke" stay).
 * Neither is, when an oblique names what the verb is aimed at ("Indian army retaliated
 * against Pakistan", the tagger's participle); "Russian troops attacked Kharkiv", a past
 * tense with its object, stays. */
static void repair_headline_participle(ud_sentence *s)
{
    uint32_t n = s->n;
    /* (only where no closing period says it is running text: the tagger reads many an
       intransitive past tense as a participle, "Indian and Chinese troops clashed.") */
    const char *end = n ? s->words[n - 1].form : ".";
    if (strcmp(end, ".") == 0 || strcmp(end, "!") == 0 || strcmp(end, "?") == 0)
        return;
    for (uint32_t v = 2; v <= n; v++) {
        const ud_word *w = &s->words[v - 1];
        if (w->head != 0 || w->upos != UPOS_VERB || !w->xpos ||
            (strcmp(w->xpos, "VBN") != 0 && strcmp(w->xpos, "VBD") != 0))
            continue;
        bool past = strcmp(w->xpos, "VBD") == 0;
        uint32_t subject = 0;
        for (uint32_t c = 1; c <= n; c++) {
            const ud_word *x = &s->words[c - 1];
            if (x->head != (int32_t)v || !x->deprel)
                continue;
            static const char *const ACTIVE[] = {"aux", "aux:pass", "cop", "obj", "iobj",
                                                 "ccomp", "xcomp", "expl", "conj", NULL};
            for (const char *const *r = ACTIVE; *r; r++)
                if (strcmp(x->deprel, *r) == 0)
                    return;
            if (strcmp(x->deprel, "nsubj") == 0 && c < v)
                subject = c;
        }
        /* (a past tense only with a singular common noun without an article for its
           subject, which no sentence but a headline has: "Blogger jailed in Vietnam";
           "Troops clashed in Kashmir" stays active) */
        if (subject && past &&
            (!s->words[subject - 1].xpos || strcmp(s->words[subject - 1].xpos, "NN") != 0 ||
             has_child_before(s, subject, "det") || has_child_before(s, subject, "nmod:poss") ||
             !obliques_in(s, v, "in from near outside over for to") || !has_oblique(s, v)))
            return;
        if (aimed_oblique(s, v))
            return;
        if (subject)
            s->words[subject - 1].deprel = "nsubj:pass";
        return;
    }
}

/* The first colon among words 2..last that is not the sentence's last word (a headline's
 * or a roundup item's "speaker:"), or 0. */
static uint32_t early_colon(const ud_sentence *s, uint32_t last)
{
    for (uint32_t c = 2; c <= last && c < s->n; c++)
        if (strcmp(s->words[c - 1].form, ":") == 0)
            return c;
    return 0;
}

/* "Moscow: Kyiv attacked Crimea": a headline names its speaker (or topic) before a colon,
 * and the parse took that name for a second subject of the verb after the colon, which
 * made Moscow the attacker. A subject before a colon among the first five words, whose
 * verb has another subject after the colon, is set apart from the clause (dislocated). */
static void repair_colon_speaker(ud_sentence *s)
{
    uint32_t n = s->n, colon = early_colon(s, 5);
    if (!colon)
        return;
    for (uint32_t k = 1; k < colon; k++) {
        ud_word *x = &s->words[k - 1];
        if (!x->deprel || strcmp(x->deprel, "nsubj") != 0 || x->head <= (int32_t)colon)
            continue;
        for (uint32_t c = colon + 1; c <= n; c++)
            if (s->words[c - 1].head == x->head && s->words[c - 1].deprel &&
                strncmp(s->words[c - 1].deprel, "nsubj", 5) == 0) {
                x->deprel = "dislocated";
                break;
            }
    }
}

/* "DPA: Iraqi authorities announced ...": a roundup's item opens with its source's name
 * and a colon, and the parse made that name the root with the item's clause a parataxis
 * on it, or a clausal complement or an oblique of the item's verb, so that the name
 * became an actor of the item (a pronoun's antecedent, an act's author); or its subject,
 * the item's own subject an apposition to it. The words before
 * a colon at most seven tokens in, whose head is the root or a verb after the colon that
 * has a subject of its own after the colon (or a participle with an object on an
 * apposition to the name, which becomes its subject), are set apart (dislocated) from that verb,
 * which takes the root, as repair_colon_speaker does for a second subject. */
static void repair_colon_source(ud_sentence *s)
{
    uint32_t n = s->n, colon = early_colon(s, 7);
    if (!colon)
        return;
    uint32_t name = 0; /* the one word before the colon hung outside those words */
    for (uint32_t k = 1; k < colon; k++) {
        int32_t h = s->words[k - 1].head;
        if (h == 0 || h > (int32_t)colon) {
            if (name)
                return;
            name = k;
        }
    }
    if (!name || (s->words[name - 1].upos != UPOS_PROPN && s->words[name - 1].upos != UPOS_NOUN))
        return;
    int32_t h = s->words[name - 1].head;
    if (s->words[name - 1].deprel && strcmp(s->words[name - 1].deprel, "nsubj") == 0) {
        /* "Al-Zaman : The Electoral Commission denied ...": the item's subject read as an
           apposition to the name, the verb's subject; it takes the name's place */
        for (uint32_t k = colon + 1; h > (int32_t)colon && k < (uint32_t)h; k++)
            if (s->words[k - 1].head == (int32_t)name && s->words[k - 1].deprel &&
                strcmp(s->words[k - 1].deprel, "appos") == 0) {
                s->words[k - 1].head = h;
                s->words[k - 1].deprel = "nsubj";
                s->words[name - 1].deprel = "dislocated";
                if (s->words[colon - 1].head == (int32_t)k)
                    s->words[colon - 1].head = h;
                return;
            }
        return;
    }
    uint32_t verb = 0;
    if (h > (int32_t)colon && s->words[h - 1].upos == UPOS_VERB)
        verb = (uint32_t)h;
    for (uint32_t v = colon + 1; h == 0 && v <= n && !verb; v++) {
        const ud_word *w = &s->words[v - 1];
        if (w->head == (int32_t)name && w->upos == UPOS_VERB && w->deprel &&
            (strcmp(w->deprel, "parataxis") == 0 || strcmp(w->deprel, "appos") == 0 ||
             strcmp(w->deprel, "dep") == 0 || strcmp(w->deprel, "ccomp") == 0))
            verb = v;
    }
    /* (the item's subject an apposition to the name, its verb read as a participle on
       that subject: "Bernama: Malaysian police detained 15 suspected members", with an
       object of its own) */
    for (uint32_t a = colon + 1; h == 0 && !verb && a <= n; a++) {
        const ud_word *aw = &s->words[a - 1];
        if (aw->head != (int32_t)name || !aw->deprel || strcmp(aw->deprel, "appos") != 0)
            continue;
        for (uint32_t v = a + 1; v <= n && !verb; v++) {
            ud_word *vw = &s->words[v - 1];
            if (vw->head != (int32_t)a || vw->upos != UPOS_VERB || !vw->deprel ||
                strcmp(vw->deprel, "acl") != 0 || !vw->xpos || strcmp(vw->xpos, "VBN") != 0)
                continue;
            bool object = false;
            for (uint32_t c = v + 1; c <= n; c++)
                object |= s->words[c - 1].head == (int32_t)v && s->words[c - 1].deprel &&
                          strcmp(s->words[c - 1].deprel, "obj") == 0;
            if (!object)
                continue;
            vw->xpos = "VBD";
            s->words[a - 1].head = (int32_t)v;
            s->words[a - 1].deprel = "nsubj";
            verb = v;
        }
    }
    bool subject = false;
    for (uint32_t c = colon + 1; verb && c <= n; c++)
        subject |= s->words[c - 1].head == (int32_t)verb && s->words[c - 1].deprel &&
                   strncmp(s->words[c - 1].deprel, "nsubj", 5) == 0;
    if (!subject)
        return;
    if (h == 0) {
        for (uint32_t k = colon; k <= n; k++)
            if (k != verb && s->words[k - 1].head == (int32_t)name)
                s->words[k - 1].head = (int32_t)verb;
        s->words[verb - 1].head = 0;
        s->words[verb - 1].deprel = "root";
    }
    s->words[name - 1].head = (int32_t)verb;
    s->words[name - 1].deprel = "dislocated";
}

/* "Al-Hayat reports that Lebanese troops clashed with gunmen": the tagger took "reports"
 * for a plural noun, the root, with the outlet its subject and the reported clause a
 * clause on the noun, so that the outlet became a party to the reported act. A plural
 * "reports" (or "says") with a subject before it and a clause opened by "that" after it
 * (hung on the noun, or the noun hung on the clause's verb as a second subject) is the
 * verb of saying, the clause its complement. */
static void repair_reports_that(ud_sentence *s)
{
    for (uint32_t r = 2; r < s->n; r++) {
        ud_word *w = &s->words[r - 1];
        if (w->upos != UPOS_NOUN || !w->form ||
            (strcasecmp(w->form, "reports") != 0 && strcasecmp(w->form, "says") != 0))
            continue;
        bool subject = false;
        uint32_t clause = 0;
        for (uint32_t k = 1; k <= s->n; k++) {
            const ud_word *c = &s->words[k - 1];
            if (c->head != (int32_t)r || !c->deprel)
                continue;
            subject |= k < r && strcmp(c->deprel, "nsubj") == 0;
            if (k > r && c->upos == UPOS_VERB &&
                (strcmp(c->deprel, "acl") == 0 || strcmp(c->deprel, "acl:relcl") == 0))
                for (uint32_t m = r + 1; m < k && !clause; m++)
                    if (s->words[m - 1].head == (int32_t)k && s->words[m - 1].form &&
                        strcasecmp(s->words[m - 1].form, "that") == 0 &&
                        s->words[m - 1].deprel && strcmp(s->words[m - 1].deprel, "mark") == 0)
                        clause = k;
        }
        /* (or the noun read as the subject of the clause's verb: "Al-Hayat reports that
           troops fought" with "reports" a second subject of "fought") */
        uint32_t v = w->head > (int32_t)r ? (uint32_t)w->head : 0;
        bool second = subject && !clause && v && w->deprel && strcmp(w->deprel, "nsubj") == 0 &&
                      s->words[v - 1].upos == UPOS_VERB;
        bool that = false, other = false;
        for (uint32_t m = r + 1; second && m < v; m++) {
            const ud_word *c = &s->words[m - 1];
            that |= c->head == (int32_t)v && c->form && strcasecmp(c->form, "that") == 0 &&
                    c->deprel && strcmp(c->deprel, "mark") == 0;
            other |= c->head == (int32_t)v && c->deprel && strncmp(c->deprel, "nsubj", 5) == 0;
        }
        if (second && that && other) {
            w->head = s->words[v - 1].head;
            w->deprel = s->words[v - 1].deprel;
            s->words[v - 1].head = (int32_t)r;
            s->words[v - 1].deprel = "ccomp";
            clause = v;
            if (s->words[s->n - 1].upos == UPOS_PUNCT && s->words[s->n - 1].head == (int32_t)v)
                s->words[s->n - 1].head = (int32_t)r;
        }
        if (!subject || !clause)
            continue;
        w->upos = UPOS_VERB;
        w->xpos = "VBZ";
        w->lemma = strcasecmp(w->form, "says") == 0 ? "say" : "report";
        s->words[clause - 1].deprel = "ccomp";
    }
}

static void apply(ud_sentence *s, void (*rule)(ud_sentence *))
{
    saved_word saved[SYNTAX_MAX_WORDS];
    uint32_t n = s->n <= SYNTAX_MAX_WORDS ? s->n : SYNTAX_MAX_WORDS;
    for (uint32_t i = 0; i < n; i++)
        saved[i] = (saved_word){s->words[i].head, s->words[i].deprel, s->words[i].xpos,
                                s->words[i].upos};
    rule(s);
    /* (most rules change nothing: only moved heads can break the tree) */
    bool moved = s->n > SYNTAX_MAX_WORDS;
    for (uint32_t i = 0; i < n && !moved; i++)
        moved = s->words[i].head != saved[i].head;
    if (!moved || s->n > SYNTAX_MAX_WORDS || is_tree(s))
        return;
    for (uint32_t i = 0; i < n; i++) {
        s->words[i].head = saved[i].head;
        s->words[i].deprel = saved[i].deprel;
        s->words[i].xpos = saved[i].xpos;
        s->words[i].upos = saved[i].upos;
    }
}

/* "Iran hanged two protesters on Monday, sparking outrage in Germany" read with
 * "sparking" a modifier of the comma before it: a participle hung on a comma is a clause
 * of the verb that governs the comma's phrase (its subject that verb's), as a participle
 * set off after a clause is. */
static void repair_participle_on_comma(ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t v = 2; v <= n; v++) {
        ud_word *vw = &s->words[v - 1];
        if (vw->upos != UPOS_VERB || !vw->xpos || strcmp(vw->xpos, "VBG") != 0 ||
            vw->head <= 0 || vw->head >= (int32_t)v)
            continue;
        const ud_word *comma = &s->words[vw->head - 1];
        if (comma->upos != UPOS_PUNCT || !comma->form || strcmp(comma->form, ",") != 0)
            continue;
        /* up from the comma to the first verb (at most the sentence's length of steps) */
        int32_t x = comma->head;
        for (uint32_t steps = 0; x > 0 && steps < n && s->words[x - 1].upos != UPOS_VERB; steps++)
            x = s->words[x - 1].head;
        if (x <= 0 || x == (int32_t)v || s->words[x - 1].upos != UPOS_VERB)
            continue;
        vw->head = x;
        vw->deprel = "advcl";
    }
}

/* "He had called for a strike after two of his aides were shot dead": a verb read as a
 * controlled complement (xcomp) that has a finite auxiliary of its own ("were", "was",
 * "has") is a clause of its own, no complement sharing the main verb's subject; the
 * phrase before the auxiliary, opened by "after", "before", "since" or "until" and hung
 * on a noun of the main clause, is its subject, the preposition its subordinator. */
static void repair_finite_complement(ud_sentence *s)
{
    static const char *const SUBORDINATORS[] = {"after", "before", "since", "until", NULL};
    uint32_t n = s->n;
    for (uint32_t v = 3; v <= n; v++) {
        ud_word *w = &s->words[v - 1];
        ud_word *aux = &s->words[v - 2];
        if (w->upos != UPOS_VERB || !w->deprel || strcmp(w->deprel, "xcomp") != 0 ||
            aux->head != (int32_t)v || !aux->deprel || strncmp(aux->deprel, "aux", 3) != 0 ||
            !aux->xpos || (strcmp(aux->xpos, "VBD") != 0 && strcmp(aux->xpos, "VBZ") != 0 &&
                           strcmp(aux->xpos, "VBP") != 0))
            continue;
        bool subject = false;
        for (uint32_t k = 1; k <= n && !subject; k++)
            subject = s->words[k - 1].head == (int32_t)v && s->words[k - 1].deprel &&
                      strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0;
        if (subject)
            continue;
        /* the phrase before the auxiliary: climb from the word before it to the noun that
           carries the subordinator as its case */
        uint32_t h = v - 2, found = 0, mark = 0;
        for (int steps = 0; h >= 1 && steps < 8 && !found; steps++) {
            if (h >= v - 1)
                break;
            for (uint32_t k = 1; k < h; k++) {
                const ud_word *c = &s->words[k - 1];
                if (c->head == (int32_t)h && c->deprel && strcmp(c->deprel, "case") == 0 &&
                    lemma_is_one_of(c, SUBORDINATORS)) {
                    found = h;
                    mark = k;
                }
            }
            int32_t up = s->words[h - 1].head;
            if (found || up <= 0 || (uint32_t)up >= v - 1)
                break;
            h = (uint32_t)up;
        }
        if (!found)
            continue;
        ud_word *sw = &s->words[found - 1];
        sw->head = (int32_t)v;
        sw->deprel = strcmp(aux->deprel, "aux:pass") == 0 ? "nsubj:pass" : "nsubj";
        s->words[mark - 1].head = (int32_t)v;
        s->words[mark - 1].deprel = "mark";
        s->words[mark - 1].upos = UPOS_SCONJ;
        w->deprel = "advcl";
    }
}

/* "The court struck down the government's law" read with "down" the preposition of
 * "law", an oblique: right after a verb that takes it as a particle with an object
 * ("strike down", "shoot down", "cut off", "round up", "take over"), "down", "off", "up",
 * "out" or "over" with no object of the verb after it is the verb's particle and the noun
 * it was the case of the verb's object. Verbs of motion ("marched down the street",
 * "sank off the coast") are not among them. */
static void repair_phrasal_particle(ud_sentence *s)
{
    static const char *const PARTICLES[] = {"down", "off", "up", "out", "over", NULL};
    static const char *const PHRASAL[] = {
        "strike", "shoot", "gun", "shut", "tear", "turn", "bring", "cut", "mow", "vote",
        "hand", "knock", "pull", "close", "take", "call", "break", "seal", "wipe", "round",
        "blow", "step", "rule", "kick", "throw", "carry", "beat", "fend", "hold", "set", NULL};
    for (uint32_t i = 2; i + 1 <= s->n; i++) {
        ud_word *p = &s->words[i - 1];
        const ud_word *v = &s->words[i - 2];
        if (p->upos != UPOS_ADP || !p->deprel || strcmp(p->deprel, "case") != 0 ||
            !lemma_is_one_of(p, PARTICLES) || v->upos != UPOS_VERB || !lemma_is_one_of(v, PHRASAL) ||
            p->head <= (int32_t)i)
            continue;
        ud_word *n = &s->words[p->head - 1];
        if (n->head != (int32_t)(i - 1) || !n->deprel || strcmp(n->deprel, "obl") != 0 ||
            !(n->upos == UPOS_NOUN || n->upos == UPOS_PROPN))
            continue;
        bool has_object = false;
        for (uint32_t k = 1; k <= s->n && !has_object; k++)
            has_object = s->words[k - 1].head == (int32_t)(i - 1) && s->words[k - 1].deprel &&
                         strcmp(s->words[k - 1].deprel, "obj") == 0;
        if (has_object)
            continue;
        p->head = (int32_t)(i - 1);
        p->deprel = "compound:prt";
        p->xpos = "RP";
        n->deprel = "obj";
    }
}

void syntax_repair(ud_sentence *s)
{
    apply(s, repair_hyphenated_name);
    apply(s, repair_hyphenated_verb);
    apply(s, repair_hyphenated_participle);
    apply(s, repair_hyphenated_object);
    apply(s, repair_noun_before_conjunct_verb);
    apply(s, repair_nationality_before_title);
    apply(s, repair_description_before_name);
    apply(s, repair_coordinated_clause);
    apply(s, repair_subject_root_pair);
    apply(s, repair_intent_complement);
    apply(s, repair_headline_pair);
    apply(s, repair_preposition_object);
    apply(s, repair_phrasal_particle);
    apply(s, repair_trailing_attribution);
    apply(s, repair_content_that);
    apply(s, repair_verdict_complement);
    apply(s, repair_charge_of);
    apply(s, repair_charge_of_adjective);
    apply(s, repair_thrown_at);
    apply(s, repair_subordinate_subject);
    apply(s, repair_place_preposition);
    apply(s, repair_patient_of_act);
    apply(s, repair_blamed_on);
    apply(s, repair_day_before_participle);
    apply(s, repair_agent_of_judged_act);
    apply(s, repair_possessor_of_verb);
    apply(s, repair_according_to);
    apply(s, repair_between_pair);
    apply(s, repair_by_subject);
    apply(s, repair_men_agent);
    apply(s, repair_reduced_relative_root);
    apply(s, repair_gerund_root);
    apply(s, repair_time_noun_head);
    apply(s, repair_perfect_after_time);
    apply(s, repair_object_on_oblique);
    apply(s, repair_nested_agent);
    apply(s, repair_purpose_gerund_agent);
    apply(s, repair_agent_place);
    apply(s, repair_progressive_noun);
    apply(s, repair_clause_on_punct);
    apply(s, repair_past_tense_modifier);
    apply(s, repair_fighting_gerund_root);
    apply(s, repair_nationality_pair);
    apply(s, repair_between_of_fighting);
    apply(s, repair_subordinate_noun_clause);
    apply(s, repair_gerund_advcl_between);
    apply(s, repair_gerund_between);
    apply(s, repair_title_object);
    apply(s, repair_visiting_title);
    apply(s, repair_izafe_name);
    apply(s, repair_equipment_gerund);
    apply(s, repair_lone_iobj);
    apply(s, repair_unmarked_object);
    apply(s, repair_comma_compound);
    apply(s, repair_comma_member);
    apply(s, repair_opening_conjunct);
    apply(s, repair_adjective_list);
    apply(s, repair_as_well_as);
    apply(s, repair_companion);
    apply(s, repair_nested_conjuncts);
    apply(s, repair_judged_measure);
    apply(s, repair_named_judgement);
    apply(s, repair_compound_possessor);
    apply(s, repair_relative_subject);
    apply(s, repair_predicate_after_relative);
    apply(s, repair_relative_after_noun);
    apply(s, repair_whose_after_noun);
    apply(s, repair_saying_complement);
    apply(s, repair_subordinate_case_subject);
    apply(s, repair_split_subject);
    apply(s, repair_subject_pair_cc);
    apply(s, repair_reduced_relative);
    apply(s, repair_reduced_relative_complement);
    apply(s, repair_comma_apposition);
    apply(s, repair_apposition);
    apply(s, repair_speech_participle);
    apply(s, repair_object_agent);
    apply(s, repair_passive_object_agent);
    apply(s, repair_passive_name_agent);
    apply(s, repair_object_as_name);
    apply(s, repair_second_to_phrase);
    apply(s, repair_participle_with_subject);
    apply(s, repair_nominal_root);
    apply(s, repair_finite_complement);
    apply(s, repair_participle_on_comma);
    apply(s, repair_headline_participle);
    apply(s, repair_colon_speaker);
    apply(s, repair_colon_source);
    apply(s, repair_reports_that);
}
