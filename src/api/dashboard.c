/* dashboard.c: the web dashboard's server through the public interface (sitrep.h), over
 * the HTTP server of src/serve (serve/serve_http.h). */
#include "api/api.h"

#include "serve/serve_http.h"

#include <string.h>

void sitrep_serve_options_init(sitrep_serve_options *o)
{
    memset(o, 0, sizeof *o);
    o->listen = "127.0.0.1";
    o->port = 8080;
}

const char *sitrep_serve_web_dir(const char *fallback)
{
    return serve_find_web(fallback);
}

sitrep_status sitrep_serve(const sitrep_serve_options *o, sitrep_error *err)
{
    sitrep_serve_options d;
    sitrep_serve_options_init(&d);
    if (!o)
        o = &d;
    const char *web = o->web ? o->web : serve_find_web(NULL);
    if (!web || !o->listen)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_serve: no page files or "
                                 "address"),
               SITREP_EUSAGE;
    serve_config cfg = {o->db ? o->db : store_default_location(), o->listen, o->port, web,
                        o->report, o->http_log, o->ctx};
    return serve_run(&cfg, err);
}
