/* cmd_stats.c: `sitrep stats`, what a store holds: row counts, events and mentions by
 * month and quad class, and the dyads with the most events and their Goldstein sums. Read
 * from the rollups, so it stays fast on large stores. */
#include "cli/cli.h"
#include "cli/store_args.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

typedef struct month_acc {
    char month[16];
    int64_t q[5], events, mentions;
    double goldstein;
    bool any;
} month_acc;

static void month_flush(month_acc *m)
{
    if (!m->any)
        return;
    printf("%-9s %9lld %9lld %9lld %9lld %10lld %10lld %11.1f\n", m->month[0] ? m->month : "undated",
           (long long)m->q[1], (long long)m->q[2], (long long)m->q[3], (long long)m->q[4],
           (long long)m->events, (long long)m->mentions, m->goldstein);
    memset(m, 0, sizeof *m);
}

static int month_row(const sitrep_month *r, void *vctx)
{
    month_acc *m = vctx;
    if (m->any && strcmp(m->month, r->month) != 0)
        month_flush(m);
    snprintf(m->month, sizeof m->month, "%s", r->month);
    m->any = true;
    if (r->quad_class >= 0 && r->quad_class <= 4)
        m->q[r->quad_class] += r->events;
    m->events += r->events;
    m->mentions += r->mentions;
    m->goldstein += r->goldstein;
    return 0;
}

static int dyad_row(const sitrep_dyad *r, void *vctx)
{
    (void)vctx;
    printf("%-14s %-14s %8lld %9lld %6lld %6lld %6lld %6lld %10.1f\n", r->source, r->target,
           (long long)r->events, (long long)r->mentions, (long long)r->quad[1],
           (long long)r->quad[2], (long long)r->quad[3], (long long)r->quad[4], r->goldstein);
    return 0;
}

static const cli_opt stats_opts[] = {
    {"dyads", 0, "N", 0, "the N dyads with the most events (default 10; 0 = all)"},
    {NULL, 0, NULL, 0, NULL},
};

static int stats_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)id;
    (void)p;
    return cli_int("--dyads", v, 0, LONG_MAX, ctx) ? 0 : -1;
}

int cmd_stats(int argc, char **argv)
{
    store_args sa;
    store_args_init(&sa);
    long dyads = 10;
    const cli_command cmd = {
        "stats", "[options]",
        "Row counts, events by month and quad class, and the dyads with the most events,\n"
        "with their Goldstein sums.\n",
        {{NULL, stats_opts, stats_take, &dyads}, store_args_group(&sa)}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (first < argc) {
        cli_error("stats takes no argument ('%s')", argv[first]);
        return EXIT_USAGE;
    }
    long long ndyads = dyads;
    sitrep_store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    sitrep_error err;
    sitrep_store_counts c;
    status = EXIT_OK;
    if (sitrep_store_counts_get(st, &c, &err) != SITREP_OK) {
        cli_error("%s", err.message);
        sitrep_store_close(st);
        return EXIT_USAGE;
    }
    printf("store:     %s (%s)\n", sitrep_store_location(st), sitrep_store_backend(st));
    printf("documents: %lld\nmentions:  %lld\nevents:    %lld\nactors:    %lld\ndyads:     %lld\n\n",
           (long long)c.documents, (long long)c.mentions, (long long)c.events,
           (long long)c.actors, (long long)c.dyads);
    printf("events by month and quad class (Q1 verbal coop., Q2 material coop., Q3 verbal "
           "conflict, Q4 material conflict)\n");
    printf("%-9s %9s %9s %9s %9s %10s %10s %11s\n", "MONTH", "Q1", "Q2", "Q3", "Q4", "EVENTS",
           "MENTIONS", "GOLDSTEIN");
    month_acc m;
    memset(&m, 0, sizeof m);
    if (sitrep_store_months(st, NULL, month_row, &m, &err) != SITREP_OK) {
        cli_error("%s", err.message);
        status = EXIT_USAGE;
    }
    month_flush(&m);
    printf("\ndyads with the most events (Goldstein: sum over events)\n");
    printf("%-14s %-14s %8s %9s %6s %6s %6s %6s %10s\n", "SOURCE", "TARGET", "EVENTS",
           "MENTIONS", "Q1", "Q2", "Q3", "Q4", "GOLDSTEIN");
    if (status == EXIT_OK &&
        sitrep_store_dyads(st, NULL, ndyads, dyad_row, NULL, &err) != SITREP_OK) {
        cli_error("%s", err.message);
        status = EXIT_USAGE;
    }
    sitrep_store_close(st);
    return status;
}
