/* serve_params.h: the query parameters of the web API, checked and turned into a store
 * filter and the endpoint's own options.
 *
 * Contract: serve_params_parse takes the decoded key/value pairs of one request (as the
 * HTTP layer hands them over) for one endpoint and fills `q`, or returns false with a
 * message for a 400 answer naming the parameter and what is wrong. It refuses unknown
 * parameters, repeated ones, more than SERVE_MAX_PARAMS, values longer than
 * SERVE_MAX_VALUE bytes or holding control bytes, codes that are not [A-Za-z0-9_-], and
 * numbers out of range. Limits are capped (a larger limit is lowered to the cap, not
 * refused); a missing limit takes the endpoint's default. Strings in `q` point into the
 * caller's values (and into `q` itself for dates and the dyad): they live as long as both.
 * Nothing is allocated: the parser is pure, so it can be fuzzed on its own. */
#ifndef SITREP_SERVE_PARAMS_H
#define SITREP_SERVE_PARAMS_H

#include "base/error.h"
#include "store/store.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { SERVE_MAX_PARAMS = 32, SERVE_MAX_VALUE = 256 };

typedef enum serve_endpoint {
    SERVE_EVENTS,   /* /api/events: filters, limit, offset or after, format */
    SERVE_EVENT,    /* /api/events/{id}: no parameters */
    SERVE_TIMELINE, /* /api/timeline: a, b and the filters but actor and dyad */
    SERVE_NETWORK,  /* /api/network: min, limit */
    SERVE_STATS,    /* /api/stats: dyads */
    SERVE_ACTORS,   /* /api/actors: q (required), limit */
    SERVE_SERIES,   /* /api/series: the filters of /api/events (no paging) */
} serve_endpoint;

typedef enum serve_format { SERVE_JSON = 0, SERVE_CSV, SERVE_JSONL } serve_format;

/* Default and largest limits per endpoint. */
#define SERVE_EVENTS_LIMIT 100
#define SERVE_EVENTS_MAX 1000
#define SERVE_DOWNLOAD_MAX 10000 /* format=csv or jsonl */
#define SERVE_OFFSET_MAX 10000 /* deeper pages go by the cursor ('after') */
#define SERVE_TIMELINE_MAX 1000
#define SERVE_NETWORK_LIMIT 200
#define SERVE_NETWORK_MAX 2000
#define SERVE_STATS_DYADS 10
#define SERVE_STATS_DYADS_MAX 100
#define SERVE_ACTORS_LIMIT 10
#define SERVE_ACTORS_MAX 50
#define SERVE_MENTIONS_MAX 100 /* mentions listed with one event */

typedef struct serve_param {
    const char *key, *value;
} serve_param;

typedef struct serve_query {
    store_filter filter; /* events, timeline: filters, limit and offset */
    char from[11], to[11];
    char dyad[2][SERVE_MAX_VALUE + 1];
    char after_date[SERVE_MAX_VALUE + 1]; /* events: the cursor's date (filter.after_*) */
    serve_format format;
    const char *a, *b;   /* timeline: the pair (both or neither) */
    const char *q;       /* actors: the text to complete */
    int64_t min;         /* network: least events on an edge */
    int64_t limit;       /* network, stats (dyads), actors */
} serve_query;

bool serve_params_parse(serve_query *q, serve_endpoint ep, const serve_param *p, size_t n,
                        sitrep_error *err);

/* The cursor of the page after the event (date, id), as /api/events hands it out and takes
 * it back in 'after': "DATE,ID" ("2024-03-05,17"; ",17" for an undated event). Writes at
 * most SERVE_CURSOR_MAX bytes with the NUL, or "" when the date is too long to fit. */
#define SERVE_CURSOR_MAX (SERVE_MAX_VALUE + 1)
void serve_cursor(char out[SERVE_CURSOR_MAX], const char *date, int64_t id);

/* "/api/events/123" -> 123; -1 when the text after the prefix is not a positive id. */
int64_t serve_parse_id(const char *s);

#endif
