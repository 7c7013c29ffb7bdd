/* serve_http.h: `sitrep serve`'s HTTP server (libmicrohttpd): the API under /api/ and the
 * dashboard's static files.
 *
 * Contract: serve_run listens on cfg->listen:cfg->port (port 0 picks a free one), reports
 * "serving STORE on http://ADDR:PORT/" through cfg->report once it accepts connections,
 * answers until SIGTERM or SIGINT, then stops accepting, finishes, closes the store and
 * returns SITREP_OK; when it cannot start (bad address, port taken, store unreadable, no
 * assets) it reports why through cfg->report and in err, and returns the code. Messages
 * of libmicrohttpd go to cfg->http_log as it words them. Nothing is printed.
 *   - The store is opened read-only, one handle per worker thread (at most
 *     SERVE_THREADS), so it keeps answering while `sitrep ingest` writes.
 *   - Only GET and HEAD (405 otherwise); a request carrying a body gets 413; URLs over
 *     SERVE_MAX_URL bytes 414; request headers are bounded by the connection memory limit;
 *     idle or slow clients are dropped after SERVE_TIMEOUT seconds.
 *   - Static files come only from the asset folder: the path must be made of
 *     [A-Za-z0-9._/-] without "..", hidden names or symbolic links out of it, else 404.
 *     /vendor/NAME serves a fixed list of files of the npm packages the page uses.
 *   - Every answer carries a Content-Security-Policy without inline script, nosniff and
 *     no-referrer; API answers are not cached. An /api/events answer with a next page
 *     (downloads too) names it: Link: <URL>; rel="next", and Sitrep-Next-After: CURSOR. */
#ifndef SITREP_SERVE_HTTP_H
#define SITREP_SERVE_HTTP_H

#include <sitrep.h>

#include <stdbool.h>

enum { SERVE_THREADS = 4, SERVE_MAX_URL = 2048, SERVE_TIMEOUT = 15 };

typedef struct serve_config {
    const char *db;     /* store location */
    const char *listen; /* numeric IPv4 or IPv6 address */
    int port;
    const char *web;    /* the asset folder (index.html, app.js ...) */
    sitrep_diag_fn report, http_log; /* may be NULL */
    void *ctx;
} serve_config;

sitrep_status serve_run(const serve_config *cfg, sitrep_error *err);

#endif
