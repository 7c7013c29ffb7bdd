/* dashboard.c: the web dashboard's server through the public interface (sitrep.h), over
 * the HTTP server of src/serve (serve/serve_http.h). */
#include "api/api.h"

#include "api/paths.h"
#include "serve/serve_http.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool has_index(const char *dir)
{
    char p[PATH_MAX];
    int n = snprintf(p, sizeof p, "%s/index.html", dir);
    return n > 0 && (size_t)n < sizeof p && access(p, R_OK) == 0;
}

/* The page's files: $SITREP_WEB when set, else the installed DATA/web (paths.h: PREFIX/
 * share/sitrep/web beside the library or program), else `source_dir` (the source tree's
 * web/), the first that holds index.html; NULL when none does. Static storage. */
static const char *find_web(const char *source_dir)
{
    static char found[PATH_MAX];
    const char *env = getenv("SITREP_WEB");
    if (env && *env)
        return has_index(env) ? strncpy(found, env, sizeof found - 1) : NULL;
    if (paths_installed("web", found, sizeof found) && has_index(found))
        return found;
    if (source_dir && has_index(source_dir))
        return strncpy(found, source_dir, sizeof found - 1);
    return NULL;
}

void sitrep_serve_options_init(sitrep_serve_options *o)
{
    memset(o, 0, sizeof *o);
    o->listen = "127.0.0.1";
    o->port = 8080;
}

const char *sitrep_serve_web_dir(const char *fallback)
{
    return find_web(fallback);
}

sitrep_status sitrep_serve(const sitrep_serve_options *o, sitrep_error *err)
{
    sitrep_serve_options d;
    sitrep_serve_options_init(&d);
    if (!o)
        o = &d;
    const char *web = o->web ? o->web : find_web(NULL);
    if (!web || !o->listen)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_serve: no page files or "
                                 "address"),
               SITREP_EUSAGE;
    serve_config cfg = {o->db ? o->db : store_default_location(), o->listen, o->port, web,
                        o->report, o->http_log, o->ctx};
    return serve_run(&cfg, err);
}
