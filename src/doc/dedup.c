/* dedup.c: merging repeated events within a document (see dedup.h). */
#include "doc/dedup.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

/* The surname of a source named as a person: text whose words all open with a capital
 * ("Yvette Cooper", "Boswell") and a code with a role (a state alone is no person);
 * *len 0 when the source is no such name ("he", "the government", "Russia"). */
static const char *person_surname(const actor_ref *r, size_t *len)
{
    *len = 0;
    if (!r->text || !r->role[0])
        return NULL;
    const char *last = NULL;
    for (const char *p = r->text; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (!isupper((unsigned char)*p))
            return NULL;
        last = p;
        while (*p && *p != ' ')
            p++;
    }
    if (!last)
        return NULL;
    size_t n = 0;
    while (isalpha((unsigned char)last[n]) || last[n] == '-')
        n++;
    *len = n >= 2 ? n : 0;
    return last;
}

/* "Cooper said it was damning ...", "Boswell said the move was clumsy": two people of the
 * same role criticising the same body make two events, not one stated twice. */
static bool different_people(const event *a, const event *b)
{
    size_t na, nb;
    const char *sa = person_surname(&a->source, &na), *sb = person_surname(&b->source, &nb);
    return na && nb && (na != nb || memcmp(sa, sb, na) != 0);
}

static bool same_event(const event *a, const event *b)
{
    return same_str(a->source.code, b->source.code) && same_str(a->target.code, b->target.code) &&
           strcmp(a->code, b->code) == 0 && strcmp(a->date, b->date) == 0 &&
           a->date_precision == b->date_precision && !different_people(a, b);
}

static uint64_t mix(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0xff) * 1099511628211ULL;
}

static uint64_t event_hash(const event *e)
{
    uint64_t h = 14695981039346656037ULL;
    h = mix(h, e->source.code);
    h = mix(h, e->target.code);
    h = mix(h, e->code);
    h = mix(h, e->date);
    return h ^ e->date_precision;
}

static void merge(event *keep, const event *dup)
{
    uint32_t m = keep->mentions ? keep->mentions : 1;
    uint32_t add = dup->mentions ? dup->mentions : 1;
    keep->mentions = m + add < m ? UINT32_MAX : m + add;
}

size_t dedup_events(event *ev, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    /* slots hold 1 + the index of a kept event; 0 is empty */
    size_t *slot = n > 8 ? calloc(cap, sizeof *slot) : NULL;
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        size_t found = SIZE_MAX;
        size_t pos = 0;
        if (slot) {
            pos = (size_t)event_hash(&ev[i]) & (cap - 1);
            while (slot[pos]) {
                if (same_event(&ev[slot[pos] - 1], &ev[i])) {
                    found = slot[pos] - 1;
                    break;
                }
                pos = (pos + 1) & (cap - 1);
            }
        } else {
            for (size_t k = 0; k < out && found == SIZE_MAX; k++)
                if (same_event(&ev[k], &ev[i]))
                    found = k;
        }
        if (found != SIZE_MAX) {
            merge(&ev[found], &ev[i]);
            continue;
        }
        if (out != i)
            ev[out] = ev[i];
        if (!ev[out].mentions)
            ev[out].mentions = 1;
        if (slot)
            slot[pos] = out + 1;
        out++;
    }
    free(slot);
    return out;
}
