/* serve_params.c: checking the web API's query parameters (see serve_params.h). The
 * filters themselves are parsed by store_filter_set, as for the command line. */
#include "serve/serve_params.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Which endpoints take a parameter. */
enum {
    E_EVENTS = 1 << SERVE_EVENTS, E_TIMELINE = 1 << SERVE_TIMELINE,
    E_NETWORK = 1 << SERVE_NETWORK, E_STATS = 1 << SERVE_STATS, E_ACTORS = 1 << SERVE_ACTORS,
    E_SERIES = 1 << SERVE_SERIES,
    E_FILTER = E_EVENTS | E_TIMELINE | E_SERIES, /* the filters but actor and dyad */
};

typedef enum kind { K_FILTER, K_CODE_FILTER, K_DYAD, K_PAIR, K_NUMBER, K_OFFSET, K_AFTER, K_FORMAT, K_TEXT } kind;

static const struct known {
    const char *key;
    int endpoints;
    kind kind;
} known[] = {
    {"actor", E_EVENTS | E_SERIES, K_CODE_FILTER},
    {"dyad", E_EVENTS | E_SERIES, K_DYAD},
    {"country", E_FILTER, K_CODE_FILTER},
    {"code", E_FILTER, K_CODE_FILTER},
    {"root", E_FILTER, K_CODE_FILTER},
    {"quad", E_FILTER, K_FILTER},
    {"status", E_FILTER, K_FILTER},
    {"from", E_FILTER, K_FILTER},
    {"to", E_FILTER, K_FILTER},
    {"said_by", E_FILTER, K_CODE_FILTER},
    {"outlet", E_FILTER, K_FILTER},
    {"limit", E_EVENTS | E_TIMELINE | E_NETWORK | E_ACTORS, K_NUMBER},
    {"offset", E_EVENTS, K_OFFSET},
    {"after", E_EVENTS, K_AFTER},
    {"format", E_EVENTS, K_FORMAT},
    {"a", E_TIMELINE, K_PAIR},
    {"b", E_TIMELINE, K_PAIR},
    {"min", E_NETWORK, K_NUMBER},
    {"dyads", E_STATS, K_NUMBER},
    {"q", E_ACTORS, K_TEXT},
};
enum { NKNOWN = sizeof known / sizeof *known };

/* An actor or CAMEO code: letters, digits, '_' and '-' ("---" is GDELT's unknown). */
static bool is_code(const char *v, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)v[i]) && v[i] != '_' && v[i] != '-')
            return false;
    return true;
}

/* A decimal number in [lo, hi]; false for anything else (signs, spaces, overflow). */
static bool parse_number(const char *v, int64_t lo, int64_t hi, int64_t *out)
{
    if (!*v || strlen(v) > 18)
        return false;
    int64_t n = 0;
    for (const char *p = v; *p; p++) {
        if (*p < '0' || *p > '9')
            return false;
        n = n * 10 + (*p - '0');
    }
    if (n < lo || n > hi)
        return false;
    *out = n;
    return true;
}

void serve_cursor(char out[SERVE_CURSOR_MAX], const char *date, int64_t id)
{
    int n = snprintf(out, SERVE_CURSOR_MAX, "%s,%lld", date ? date : "", (long long)id);
    if (n < 0 || n >= SERVE_CURSOR_MAX)
        out[0] = '\0';
}

int64_t serve_parse_id(const char *s)
{
    int64_t id;
    return parse_number(s, 1, INT64_MAX / 10, &id) ? id : -1;
}

static int64_t cap(int64_t v, int64_t max) { return v > max ? max : v; }

/* Endpoint defaults and caps for "limit". */
static void limits(serve_endpoint ep, serve_format fmt, int64_t *def, int64_t *max)
{
    switch (ep) {
    case SERVE_EVENTS:
        *max = fmt == SERVE_JSON ? SERVE_EVENTS_MAX : SERVE_DOWNLOAD_MAX;
        *def = fmt == SERVE_JSON ? SERVE_EVENTS_LIMIT : SERVE_DOWNLOAD_MAX;
        break;
    case SERVE_TIMELINE: *def = *max = SERVE_TIMELINE_MAX; break;
    case SERVE_NETWORK: *def = SERVE_NETWORK_LIMIT; *max = SERVE_NETWORK_MAX; break;
    case SERVE_STATS: *def = SERVE_STATS_DYADS; *max = SERVE_STATS_DYADS_MAX; break;
    case SERVE_ACTORS: *def = SERVE_ACTORS_LIMIT; *max = SERVE_ACTORS_MAX; break;
    default: *def = *max = 0;
    }
}

static bool take(serve_query *q, serve_endpoint ep, const struct known *k, const char *key,
                 const char *v, sitrep_error *err)
{
    size_t n = strlen(v);
    switch (k->kind) {
    case K_CODE_FILTER:
        if (!is_code(v, n))
            return sitrep_error_set(err, "parameter '%s': '%s' is not a code (letters, digits,"
                                         " '_' or '-')", key, v);
        /* fall through */
    case K_FILTER: {
        sitrep_error e;
        const char *name = strcmp(key, "said_by") == 0 ? "said-by" : key;
        if (store_filter_set(&q->filter, q->from, q->to, name, v, &e) < 0)
            return sitrep_error_set(err, "parameter '%s': %s", key, e.message);
        return true;
    }
    case K_DYAD: {
        const char *comma = strchr(v, ',');
        if (!comma || !is_code(v, (size_t)(comma - v)) || !is_code(comma + 1, strlen(comma + 1)))
            return sitrep_error_set(err, "parameter 'dyad': want two actor codes as A,B");
        memcpy(q->dyad[0], v, (size_t)(comma - v));
        q->dyad[0][comma - v] = '\0';
        strcpy(q->dyad[1], comma + 1);
        q->filter.dyad[0] = q->dyad[0];
        q->filter.dyad[1] = q->dyad[1];
        return true;
    }
    case K_PAIR:
        if (!is_code(v, n))
            return sitrep_error_set(err, "parameter '%s': '%s' is not an actor code", key, v);
        if (key[0] == 'a')
            q->a = v;
        else
            q->b = v;
        return true;
    case K_NUMBER: {
        int64_t x;
        if (!parse_number(v, 1, INT64_MAX / 10, &x))
            return sitrep_error_set(err, "parameter '%s': '%s' is not a positive number", key, v);
        if (strcmp(key, "min") == 0)
            q->min = x;
        else
            q->limit = x;
        return true;
    }
    case K_OFFSET: {
        int64_t x;
        if (!parse_number(v, 0, INT64_MAX / 10, &x))
            return sitrep_error_set(err, "parameter 'offset': '%s' is not a number from 0 to %d",
                                    v, SERVE_OFFSET_MAX);
        if (x > SERVE_OFFSET_MAX)
            return sitrep_error_set(err, "parameter 'offset': at most %d; page deeper with"
                                         " 'after' (the next_after of the page before)",
                                    SERVE_OFFSET_MAX);
        q->filter.offset = x;
        return true;
    }
    case K_AFTER: {
        /* DATE,ID: the id after the last comma, the date (possibly empty) before it */
        const char *comma = strrchr(v, ',');
        if (!comma || !parse_number(comma + 1, 1, INT64_MAX / 10, &q->filter.after_id))
            return sitrep_error_set(err, "parameter 'after': '%s' is not a cursor (want the"
                                         " next_after of a page: DATE,ID)", v);
        memcpy(q->after_date, v, (size_t)(comma - v));
        q->after_date[comma - v] = '\0';
        q->filter.after_date = q->after_date;
        return true;
    }
    case K_FORMAT:
        if (strcmp(v, "json") == 0)
            q->format = SERVE_JSON;
        else if (strcmp(v, "csv") == 0)
            q->format = SERVE_CSV;
        else if (strcmp(v, "jsonl") == 0)
            q->format = SERVE_JSONL;
        else
            return sitrep_error_set(err, "parameter 'format': '%s' is not json, csv or jsonl", v);
        return true;
    case K_TEXT:
        if (n == 0 || n > 64)
            return sitrep_error_set(err, "parameter '%s': want 1 to 64 bytes of text", key);
        q->q = v;
        return true;
    }
    (void)ep;
    return sitrep_error_set(err, "parameter '%s' is not understood", key);
}

bool serve_params_parse(serve_query *q, serve_endpoint ep, const serve_param *p, size_t n,
                        sitrep_error *err)
{
    memset(q, 0, sizeof *q);
    store_filter_init(&q->filter);
    q->min = 1;
    if (n > SERVE_MAX_PARAMS)
        return sitrep_error_set(err, "too many parameters (at most %d)", SERVE_MAX_PARAMS);
    bool seen[NKNOWN] = {false};
    for (size_t i = 0; i < n; i++) {
        const char *key = p[i].key ? p[i].key : "", *v = p[i].value ? p[i].value : "";
        size_t k = 0;
        while (k < NKNOWN && !(strcmp(known[k].key, key) == 0 && (known[k].endpoints & (1 << ep))))
            k++;
        if (k == NKNOWN)
            return sitrep_error_set(err, "unknown parameter '%.64s'", key);
        if (seen[k])
            return sitrep_error_set(err, "parameter '%s' given twice", key);
        seen[k] = true;
        size_t len = strlen(v);
        if (len > SERVE_MAX_VALUE)
            return sitrep_error_set(err, "parameter '%s': value longer than %d bytes", key,
                                    SERVE_MAX_VALUE);
        for (size_t j = 0; j < len; j++)
            if ((unsigned char)v[j] < 0x20 || v[j] == 0x7f)
                return sitrep_error_set(err, "parameter '%s': control characters in the value",
                                        key);
        if (!take(q, ep, &known[k], key, v, err))
            return false;
    }
    if (q->filter.after_id > 0 && q->filter.offset > 0)
        return sitrep_error_set(err, "parameters 'after' and 'offset' do not go together"
                                     " (a page starts after a cursor or at an offset)");
    if ((q->a == NULL) != (q->b == NULL))
        return sitrep_error_set(err, "parameters 'a' and 'b' go together (a pair of actors)");
    if (ep == SERVE_ACTORS && !q->q)
        return sitrep_error_set(err, "parameter 'q' is required (the text to complete)");
    int64_t def, max;
    limits(ep, q->format, &def, &max);
    q->limit = q->limit > 0 ? cap(q->limit, max) : def;
    if (ep == SERVE_EVENTS || ep == SERVE_TIMELINE)
        q->filter.limit = q->limit;
    return true;
}
