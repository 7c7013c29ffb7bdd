/* store_args.c: --db and the event filter options shared by the store commands. The
 * filters' values are read by sitrep_query_set, as the web API reads its parameters, so
 * both accept and refuse the same. */
#include "cli/store_args.h"

#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

void store_args_init(store_args *a)
{
    memset(a, 0, sizeof *a);
    sitrep_query_init(&a->query);
}

enum { S_DB, S_DYAD, S_ACTOR, S_COUNTRY, S_CODE, S_ROOT, S_QUAD, S_STATUS, S_FROM, S_TO,
       S_SAID_BY, S_OUTLET, S_LIMIT };

static const cli_opt db_opts[] = {
    {"db", 0, "URL_OR_PATH", S_DB, "the store: a SQLite file or postgresql://... (default "
                                   "$SITREP_DB, else ./sitrep.db)"},
    {NULL, 0, NULL, 0, NULL},
};

#define FROM_HELP "from DATE (YYYY, YYYY-MM or YYYY-MM-DD), inclusive"
#define TO_HELP "to DATE, inclusive"

static const cli_opt date_opts[] = {
    {"from", 0, "DATE", S_FROM, FROM_HELP},
    {"to", 0, "DATE", S_TO, TO_HELP},
    {NULL, 0, NULL, 0, NULL},
};

/* Every filter but --dyad (two values) goes to sitrep_query_set under its long name. */
static const cli_opt filter_opts[] = {
    {"actor", 0, "CODE", S_ACTOR, "events with CODE (or a code starting with it) as source "
                                  "or target"},
    {"dyad", 0, "A B", S_DYAD, "events between A and B, either direction"},
    {"country", 0, "CCC", S_COUNTRY, "source or target country"},
    {"code", 0, "CODE", S_CODE, "CAMEO code and its sub-codes"},
    {"root", 0, "RR", S_ROOT, "an exact CAMEO root"},
    {"quad", 0, "N", S_QUAD, "quad class 1-4"},
    {"status", 0, "S", S_STATUS, "asserted, reported, hypothetical or negated (any mention)"},
    {"from", 0, "DATE", S_FROM, FROM_HELP},
    {"to", 0, "DATE", S_TO, TO_HELP},
    {"said-by", 0, "CODE", S_SAID_BY, "a mention attributed to CODE"},
    {"outlet", 0, "NAME", S_OUTLET, "reported by that outlet"},
    {"limit", 0, "N", S_LIMIT, "at most N events"},
    {NULL, 0, NULL, 0, NULL},
};

static int store_take(void *ctx, int id, const char *v, cli_parser *p)
{
    store_args *a = ctx;
    sitrep_query *q = &a->query;
    switch (id) {
    case S_DB: a->db = v; return 0;
    case S_DYAD:
        q->dyad_a = v;
        q->dyad_b = cli_next_value(p, "dyad");
        return q->dyad_b ? 0 : -1;
    default: break;
    }
    const char *name = NULL;
    for (const cli_opt *o = filter_opts; o->name; o++)
        if (o->id == id)
            name = o->name;
    sitrep_error err = {0};
    int r = name ? sitrep_query_set(q, name, v, &err) : 0;
    if (r > 0)
        return 0;
    if (r < 0)
        cli_error("--%s %s", name, err.message);
    return -1;
}

cli_group store_args_group(store_args *a)
{
    return (cli_group){NULL, db_opts, store_take, a};
}

cli_group store_filter_group(store_args *a)
{
    return (cli_group){"filters", filter_opts, store_take, a};
}

cli_group store_dates_group(store_args *a)
{
    return (cli_group){"date range", date_opts, store_take, a};
}

sitrep_store *store_args_open(const store_args *a, bool writable)
{
    sitrep_error err;
    sitrep_store *s;
    if (sitrep_store_open(a->db, writable, &s, &err) != SITREP_OK)
        cli_error("%s", err.message);
    return s;
}
