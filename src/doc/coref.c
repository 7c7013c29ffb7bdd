/* coref.c: people named in a document, and what pronouns and descriptions stand for
 * (see coref.h). */
#include "doc/coref.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

void coref_people_init(coref_people *p, arena *a, const char *text)
{
    memset(p, 0, sizeof *p);
    p->a = a;
    p->text = text;
}

static span last_word(const char *text, span s)
{
    uint32_t b = s.end;
    while (b > s.start && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t')
        b--;
    return (span){b, s.end};
}

static bool same_text(const char *text, span a, span b)
{
    return a.end - a.start == b.end - b.start &&
           strncasecmp(text + a.start, text + b.start, a.end - a.start) == 0;
}

void coref_people_add(coref_people *p, span name, const char *code, uint32_t at)
{
    if (name.end <= name.start)
        return;
    if (p->n == p->cap) {
        size_t ncap = p->cap ? p->cap * 2 : 8;
        coref_person *nv = arena_alloc(p->a, ncap * sizeof *nv);
        if (p->n)
            memcpy(nv, p->v, p->n * sizeof *nv);
        p->v = nv;
        p->cap = ncap;
    }
    p->v[p->n++] = (coref_person){name, last_word(p->text, name), code, at};
}

/* Words that describe a person (a description made of them and no country resolves to
 * the last person named). */
static const char *const PERSON_NOUNS[] = {
    "expert",   "analyst",    "official", "spokesman", "spokeswoman", "spokesperson",
    "minister", "leader",     "president", "general",  "commander",   "diplomat",
    "ambassador", "envoy",    "scholar",  "researcher", "professor",  "head",
    "chief",    "director",   "secretary", "observer", "adviser",     "advisor",
    "he",       "she",        "him",      "her",       "specialist",  "economist",
    NULL};

static bool is_person_description(const char *text, span s)
{
    const char *p = text + s.start, *end = text + s.end;
    bool starts_ok = false, person = false;
    int words = 0;
    while (p < end) {
        while (p < end && !isalpha((unsigned char)*p))
            p++;
        const char *w = p;
        while (p < end && (isalpha((unsigned char)*p) || *p == '-'))
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            break;
        if (words == 0)
            starts_ok = (n == 3 && strncasecmp(w, "the", 3) == 0) ||
                        (n == 1 && strncasecmp(w, "a", 1) == 0) ||
                        (n == 2 && strncasecmp(w, "an", 2) == 0) ||
                        (n == 2 && strncasecmp(w, "he", 2) == 0) ||
                        (n == 3 && strncasecmp(w, "she", 3) == 0);
        for (const char *const *q = PERSON_NOUNS; *q; q++)
            if (strlen(*q) == n && strncasecmp(w, *q, n) == 0)
                person = true;
        words++;
    }
    return starts_ok && person && words <= 6;
}

static const coref_person *canonical(const coref_people *p, span surname)
{
    const coref_person *best = NULL;
    for (size_t i = 0; i < p->n; i++) {
        const coref_person *c = &p->v[i];
        if (!same_text(p->text, c->surname, surname))
            continue;
        if (!best || c->name.end - c->name.start > best->name.end - best->name.start ||
            (!best->code && c->code))
            best = c;
    }
    return best;
}

static const char *code_for(const coref_people *p, span surname)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->v[i].code && same_text(p->text, p->v[i].surname, surname))
            return p->v[i].code;
    return NULL;
}

static void trim(const char *text, span *s)
{
    while (s->start < s->end && (text[s->start] == ' ' || text[s->start] == '"' ||
                                 text[s->start] == ','))
        s->start++;
    while (s->end > s->start && (text[s->end - 1] == ' ' || text[s->end - 1] == '"' ||
                                 text[s->end - 1] == ','))
        s->end--;
}

void coref_resolve_speaker(const coref_people *p, span speaker, span name, const char *code,
                           const char **out_text, const char **out_code)
{
    const char *text = p->text;
    trim(text, &speaker);
    *out_code = code;
    *out_text = speaker.end > speaker.start
                    ? arena_strndup(p->a, text + speaker.start, speaker.end - speaker.start)
                    : NULL;
    if (name.end > name.start) {
        const coref_person *c = canonical(p, last_word(text, name));
        span nm = c ? c->name : name;
        *out_text = arena_strndup(p->a, text + nm.start, nm.end - nm.start);
        if (!code)
            *out_code = code_for(p, last_word(text, name));
        return;
    }
    if (code || !is_person_description(text, speaker))
        return;
    const coref_person *before = NULL, *after = NULL;
    for (size_t i = 0; i < p->n; i++) {
        const coref_person *c = &p->v[i];
        if (c->at < speaker.start)
            before = c;
        else if (!after && c->at > speaker.end)
            after = c;
    }
    const coref_person *c = before ? before : after;
    if (!c)
        return;
    c = canonical(p, c->surname);
    *out_text = arena_strndup(p->a, text + c->name.start, c->name.end - c->name.start);
    *out_code = c->code ? c->code : code_for(p, c->surname);
}

const char *coref_forward(const coded_sentence *prev, const char *before)
{
    if (prev->nevents > 0 && prev->events[0].source.code &&
        prev->events[0].source.where.end > prev->events[0].source.where.start)
        return prev->events[0].source.code;
    if (prev->first_actor)
        return prev->first_actor;
    return before;
}
