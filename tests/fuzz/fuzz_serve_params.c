/* fuzz_serve_params.c: the web API's query-parameter parsing (serve_params_parse, which
 * hands the filters to store_filter_set) and event-id parsing. The input's first byte
 * picks the endpoint; the rest is split like a query string (KEY=VALUE joined by '&').
 * Invariants: no crash or sanitizer report; a success leaves limits within the
 * endpoint's caps (positive; none for one event or the series), an offset within its range,
 * a cursor only on the events and never with an offset, and one that prints back as it
 * was read, quad 0-4,
 * status -1..3, normalised 10-byte dates and the pair both set or both unset; a failure
 * says why. */
#include "fuzz_check.h"
#include "serve/serve_params.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_PAIRS = SERVE_MAX_PARAMS + 4 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 4096)
        return 0;
    serve_endpoint ep = (serve_endpoint)(data[0] % 7);
    char *text = malloc(size);
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    serve_param p[MAX_PAIRS];
    size_t n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(text, "&", &save); tok && n < MAX_PAIRS;
         tok = strtok_r(NULL, "&", &save)) {
        char *eq = strchr(tok, '=');
        if (eq)
            *eq = '\0';
        p[n++] = (serve_param){tok, eq ? eq + 1 : NULL};
    }
    serve_query q;
    sitrep_error err;
    err.message[0] = '\0';
    if (serve_params_parse(&q, ep, p, n, &err)) {
        /* one event, and the series (every month of the selection), take no limit */
        check(ep == SERVE_EVENT || ep == SERVE_SERIES ? q.limit == 0 : q.limit > 0);
        check(ep != SERVE_EVENTS || q.limit <= SERVE_DOWNLOAD_MAX);
        check(ep != SERVE_NETWORK || q.limit <= SERVE_NETWORK_MAX);
        check(ep != SERVE_ACTORS || (q.limit <= SERVE_ACTORS_MAX && q.q && *q.q));
        check(q.filter.offset >= 0 && q.filter.offset <= SERVE_OFFSET_MAX);
        check(q.filter.after_id >= 0);
        if (q.filter.after_id > 0) {
            check(ep == SERVE_EVENTS && q.filter.offset == 0 && q.filter.after_date);
            char cur[SERVE_CURSOR_MAX];
            serve_cursor(cur, q.filter.after_date, q.filter.after_id);
            check(strchr(cur, ',') && strtoll(strrchr(cur, ',') + 1, NULL, 10) ==
                                          q.filter.after_id);
        }
        check(q.filter.quad >= 0 && q.filter.quad <= 4);
        check(q.filter.status >= -1 && q.filter.status <= 3);
        check(!q.filter.from || strlen(q.filter.from) == 10);
        check(!q.filter.to || strlen(q.filter.to) == 10);
        check((q.a == NULL) == (q.b == NULL));
        check(!q.filter.dyad[0] || (*q.filter.dyad[0] && *q.filter.dyad[1]));
    } else {
        check(err.message[0] != '\0');
    }
    /* an id after /api/events/ */
    int64_t id = serve_parse_id(text);
    check(id == -1 || id > 0);
    free(text);
    return 0;
}
