/* dedup.c: merging repeated events within a document (see dedup.h). */
#include "doc/dedup.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static bool same_event(const event *a, const event *b)
{
    return same_str(a->source.code, b->source.code) && same_str(a->target.code, b->target.code) &&
           strcmp(a->code, b->code) == 0 && strcmp(a->date, b->date) == 0 &&
           a->date_precision == b->date_precision;
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
