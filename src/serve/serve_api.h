/* serve_api.h: the web API's answers, independent of HTTP: a path and its query
 * parameters in, a status, a content type and a body out.
 *
 * Contract: serve_api answers one GET under /api/ from an open store (the caller gives it
 * to one request at a time). Endpoints (documented in docs/api.md): /api/events,
 * /api/events/{id}, /api/timeline, /api/network, /api/stats, /api/actors. Bad parameters
 * give 400, an unknown path or event id 404, a store failure 500; every error body is
 * JSON: {"error": "...", "status": N}. Bodies are bounded by the caps of serve_params.h.
 * The response's body is the caller's to free. */
#ifndef SITREP_SERVE_API_H
#define SITREP_SERVE_API_H

#include "serve/serve_params.h"
#include "store/store.h"

typedef struct serve_response {
    int status;
    const char *content_type;
    const char *filename; /* a download's name (Content-Disposition), or NULL */
    char *body;
    size_t len;
    /* /api/events with a next page: the URL of that page (this request's parameters with
     * 'after' set to its cursor, for a Link header; the caller frees it) and its cursor;
     * NULL and "" otherwise */
    char *next_url;
    char next_after[SERVE_CURSOR_MAX];
} serve_response;

void serve_api(store *s, const char *path, const serve_param *p, size_t n, serve_response *r);

/* Fills r with a JSON error answer. */
void serve_error(serve_response *r, int status, const char *message);

#endif
