/* cmd_serve.c: `sitrep serve`, the web dashboard and its JSON API over a store (the HTTP
 * server is src/serve/). */
#include "cli/cli.h"
#include "serve/serve_http.h"
#include "store/store.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: sitrep serve [--db PATH|postgresql://...] [--port N] [--listen ADDR] [--web DIR]\n"
    "The dashboard (timelines, the actor network, the evidence behind each event) and its\n"
    "JSON API (docs/api.md), reading the store without writing to it.\n"
    "  --db URL_OR_PATH  the store (default $SITREP_DB, else ./sitrep.db)\n"
    "  --port N          TCP port (default 8080; 0 picks a free one)\n"
    "  --listen ADDR     address to listen on (default 127.0.0.1, this machine only)\n"
    "  --web DIR         the page's files (default $SITREP_WEB, else the installed or\n"
    "                    source web/ folder)\n"
    "Stop it with Ctrl-C or SIGTERM.\n";

static bool is_loopback(const char *a)
{
    return strncmp(a, "127.", 4) == 0 || strcmp(a, "::1") == 0;
}

int cmd_serve(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},  {"port", required_argument, NULL, 'p'},
        {"listen", required_argument, NULL, 'l'}, {"web", required_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'},      {NULL, 0, NULL, 0},
    };
    serve_config cfg = {.db = store_default_location(), .listen = "127.0.0.1", .port = 8080};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': cfg.db = optarg; break;
        case 'l': cfg.listen = optarg; break;
        case 'w': cfg.web = optarg; break;
        case 'p': {
            char *end;
            long p = strtol(optarg, &end, 10);
            if (!*optarg || *end || p < 0 || p > 65535) {
                cli_error("--port '%s': want a port number from 0 to 65535", optarg);
                return EXIT_USAGE;
            }
            cfg.port = (int)p;
            break;
        }
        case 'h': fputs(usage_text, stdout); return EXIT_OK;
        default:
            cli_error("unknown option or missing value '%s' (try 'sitrep serve --help')",
                      argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("unexpected argument '%s' (try 'sitrep serve --help')", argv[optind]);
        return EXIT_USAGE;
    }
    if (!cfg.web && !(cfg.web = serve_find_web(SITREP_WEB_DIR))) {
        cli_error("cannot find the dashboard's files (index.html): give --web DIR or set "
                  "SITREP_WEB");
        return EXIT_USAGE;
    }
    if (!is_loopback(cfg.listen))
        cli_error("warning: listening on %s: other machines can reach the dashboard and "
                  "read the store", cfg.listen);
    return serve_run(&cfg);
}
