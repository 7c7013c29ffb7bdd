/* dedup.c: merging repeated events within a document (see dedup.h). */
#include "doc/dedup.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* Days since an epoch of a "YYYY-MM-DD" date (a civil-calendar day count), or -1. */
static long day_number(const char *d)
{
    if (strlen(d) != 10)
        return -1;
    long y = atol(d), m = atol(d + 5), day = atol(d + 8);
    if (m < 1 || m > 12 || day < 1)
        return -1;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

/* Does the sentence tell of another time than one told before ("again", "a second")? */
static bool tells_another_time(const char *text, span s)
{
    static const char *const words[] = {"again", "another", "second", "new", "fresh",
                                        "renewed", "further", NULL};
    for (uint32_t i = s.start; text && i < s.end;) {
        while (i < s.end && !isalpha((unsigned char)text[i]))
            i++;
        uint32_t b = i;
        while (i < s.end && isalpha((unsigned char)text[i]))
            i++;
        for (size_t k = 0; words[k]; k++)
            if (strlen(words[k]) == i - b && strncasecmp(words[k], text + b, i - b) == 0)
                return true;
    }
    return false;
}

size_t dedup_restated(event *ev, size_t n, const char *text)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        bool merged = false;
        if (ev[i].date_precision == DATE_DOC && !tells_another_time(text, ev[i].sentence)) {
            long doc = day_number(ev[i].date);
            for (size_t k = 0; k < out && !merged && doc >= 0; k++) {
                const event *e = &ev[k];
                long when = day_number(e->date);
                if (e->sentence_index >= ev[i].sentence_index ||
                    (e->date_precision != DATE_DAY && e->date_precision != DATE_WEEK) ||
                    when < 0 || when > doc || doc - when > 7 || strcmp(e->code, ev[i].code) != 0 ||
                    !same_str(e->source.code, ev[i].source.code) ||
                    !same_str(e->target.code, ev[i].target.code) || different_people(e, &ev[i]))
                    continue;
                merge(&ev[k], &ev[i]);
                merged = true;
            }
        }
        if (merged)
            continue;
        if (out != i)
            ev[out] = ev[i];
        out++;
    }
    return out;
}
