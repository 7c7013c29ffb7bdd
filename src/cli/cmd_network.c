/* cmd_network.c: `sitrep network`, the actors as nodes and the events between them as
 * directed edges weighted by quad class, in GraphML, DOT or JSON (sitrep_store_network).
 * --min N keeps edges with at least N events, --top N the N heaviest. */
#include "cli/cli.h"
#include "cli/store_args.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

typedef struct write_ctx {
    bool failed;
} write_ctx;

static int write_out(const char *data, size_t len, void *ctx)
{
    write_ctx *w = ctx;
    w->failed = fwrite(data, 1, len, stdout) != len;
    return w->failed;
}

enum { N_FORMAT, N_MIN, N_TOP };

static const cli_opt network_opts[] = {
    {"format", 'f', "FMT", N_FORMAT, "graphml (default), dot or json"},
    {"min", 0, "N", N_MIN, "only edges of at least N events (default 1)"},
    {"top", 0, "N", N_TOP, "only the N heaviest edges (most events)"},
    {NULL, 0, NULL, 0, NULL},
};

typedef struct network_args {
    const char *fmt;
    long min, top; /* top 0: every edge */
} network_args;

static int network_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    network_args *n = ctx;
    if (id == N_MIN)
        return cli_int("--min", v, 1, LONG_MAX, &n->min) ? 0 : -1;
    if (id == N_TOP)
        return cli_int("--top", v, 1, LONG_MAX, &n->top) ? 0 : -1;
    if (strcmp(v, "graphml") && strcmp(v, "dot") && strcmp(v, "json")) {
        cli_error("unknown network format '%s' (graphml, dot, json)", v);
        return -1;
    }
    n->fmt = v;
    return 0;
}

int cmd_network(int argc, char **argv)
{
    store_args sa;
    store_args_init(&sa);
    network_args na = {"graphml", 1, 0};
    const cli_command cmd = {
        "network", "[options]",
        "Actors as nodes, events as directed edges with counts by quad class\n"
        "(q1 verbal cooperation, q2 material cooperation, q3 verbal conflict,\n"
        "q4 material conflict), mentions and the Goldstein sum. --from/--to count only\n"
        "the events dated in that range.\n",
        {{NULL, network_opts, network_take, &na}, store_args_group(&sa),
         store_dates_group(&sa)}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (first < argc) {
        cli_error("network takes no argument ('%s')", argv[first]);
        return EXIT_USAGE;
    }
    sitrep_store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    sitrep_error err;
    write_ctx w = {false};
    if (sitrep_store_network(st, &sa.query, na.min, na.top, na.fmt, write_out, &w, &err) !=
        SITREP_OK) {
        cli_error("%s", err.message);
        sitrep_store_close(st);
        return EXIT_USAGE;
    }
    status = EXIT_OK;
    if (w.failed || fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    sitrep_store_close(st);
    return status;
}
