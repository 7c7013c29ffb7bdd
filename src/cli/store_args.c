/* store_args.c: --db and the event filter options shared by the store commands. */
#include "cli/store_args.h"

#include "cli/cli.h"
#include "coder/event.h"
#include "io/article_reader.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

void store_args_init(store_args *a)
{
    memset(a, 0, sizeof *a);
    store_filter_init(&a->filter);
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* YYYY, YYYY-MM or a full date -> YYYY-MM-DD; `end` picks the last day of a year/month. */
static bool parse_date(const char *s, bool end, char out[11])
{
    size_t n = strlen(s);
    if (n == 4 && all_digits(s, 4)) {
        snprintf(out, 11, "%.4s-%s", s, end ? "12-31" : "01-01");
        return true;
    }
    if (n == 7 && all_digits(s, 4) && s[4] == '-' && all_digits(s + 5, 2)) {
        int m = atoi(s + 5);
        if (m < 1 || m > 12)
            return false;
        snprintf(out, 11, "%.7s-%s", s, end ? "31" : "01");
        return true;
    }
    return article_date_normalize(s, n, out);
}

enum { S_DB, S_ACTOR, S_DYAD, S_COUNTRY, S_CODE, S_ROOT, S_QUAD, S_STATUS, S_FROM, S_TO,
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

static int take_status(store_filter *f, const char *v)
{
    for (int s = 0; s < 4; s++)
        if (event_status_name(s) && strcmp(event_status_name(s), v) == 0) {
            f->status = s;
            return 0;
        }
    cli_error("--status '%s': want asserted, reported, hypothetical or negated", v);
    return -1;
}

static int take_date(store_args *a, bool to, const char *v)
{
    if (!parse_date(v, to, to ? a->to : a->from)) {
        cli_error("--%s '%s' is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)",
                  to ? "to" : "from", v);
        return -1;
    }
    if (to)
        a->filter.to = a->to;
    else
        a->filter.from = a->from;
    return 0;
}

static int store_take(void *ctx, int id, const char *v, cli_parser *p)
{
    store_args *a = ctx;
    store_filter *f = &a->filter;
    long n;
    switch (id) {
    case S_DB: a->db = v; return 0;
    case S_ACTOR: f->actor = v; return 0;
    case S_COUNTRY: f->country = v; return 0;
    case S_CODE: f->code = v; return 0;
    case S_ROOT: f->root = v; return 0;
    case S_SAID_BY: f->said_by = v; return 0;
    case S_OUTLET: f->outlet = v; return 0;
    case S_DYAD:
        f->dyad[0] = v;
        f->dyad[1] = cli_next_value(p, "dyad");
        return f->dyad[1] ? 0 : -1;
    case S_QUAD:
        if (!cli_int("--quad", v, 1, 4, &n))
            return -1;
        f->quad = (int)n;
        return 0;
    case S_STATUS: return take_status(f, v);
    case S_FROM: return take_date(a, false, v);
    case S_TO: return take_date(a, true, v);
    case S_LIMIT:
        if (!cli_int("--limit", v, 1, LONG_MAX, &n))
            return -1;
        f->limit = n;
        return 0;
    default: return -1;
    }
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

store *store_args_open(const store_args *a, bool writable)
{
    sitrep_error err;
    const char *loc = a->db ? a->db : store_default_location();
    store *s = store_open(loc, writable, &err);
    if (!s)
        cli_error("%s", err.message);
    return s;
}
