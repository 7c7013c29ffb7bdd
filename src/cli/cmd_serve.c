/* cmd_serve.c: `sitrep serve`, the web dashboard and its JSON API over a store (the HTTP
 * server is src/serve/). */
#include "cli/cli.h"
#include "cli/store_args.h"

#include <stdio.h>

#include <stdlib.h>
#include <string.h>

enum { SV_PORT, SV_LISTEN, SV_WEB };

static const cli_opt serve_opts[] = {
    {"port", 0, "N", SV_PORT, "TCP port (default 8080; 0 picks a free one)"},
    {"listen", 0, "ADDR", SV_LISTEN, "address to listen on (default 127.0.0.1, this machine "
                                     "only)"},
    {"web", 0, "DIR", SV_WEB, "the page's files (default $SITREP_WEB, else the installed or "
                              "source web/ folder)"},
    {NULL, 0, NULL, 0, NULL},
};

static int serve_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    sitrep_serve_options *cfg = ctx;
    long port;
    switch (id) {
    case SV_PORT:
        if (!cli_int("--port", v, 0, 65535, &port))
            return -1;
        cfg->port = (int)port;
        return 0;
    case SV_LISTEN: cfg->listen = v; return 0;
    case SV_WEB: cfg->web = v; return 0;
    default: return -1;
    }
}

static void report(const char *message, void *ctx)
{
    (void)ctx;
    cli_error("%s", message);
}

/* libmicrohttpd's messages end in their own line break. */
static void http_log(const char *message, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "sitrep serve: %s", message);
}

static bool is_loopback(const char *a)
{
    return strncmp(a, "127.", 4) == 0 || strcmp(a, "::1") == 0;
}

int cmd_serve(int argc, char **argv)
{
    store_args sa;
    store_args_init(&sa);
    sitrep_serve_options cfg;
    sitrep_serve_options_init(&cfg);
    cfg.report = report;
    cfg.http_log = http_log;
    const cli_command cmd = {
        "serve", "[options]",
        "The dashboard (timelines, the actor network, the evidence behind each event) and its\n"
        "JSON API (docs/api.md), reading the store without writing to it.\n"
        "Stop it with Ctrl-C or SIGTERM.\n",
        {store_args_group(&sa), {NULL, serve_opts, serve_take, &cfg}}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (first < argc) {
        cli_error("unexpected argument '%s' (try 'sitrep serve --help')", argv[first]);
        return EXIT_USAGE;
    }
    cfg.db = sa.db;
    if (!cfg.web && !(cfg.web = sitrep_serve_web_dir(SITREP_WEB_DIR))) {
        cli_error("cannot find the dashboard's files (index.html): give --web DIR or set "
                  "SITREP_WEB");
        return EXIT_USAGE;
    }
    if (!is_loopback(cfg.listen))
        cli_error("warning: listening on %s: other machines can reach the dashboard and "
                  "read the store", cfg.listen);
    return sitrep_exit_status(sitrep_serve(&cfg, NULL));
}
