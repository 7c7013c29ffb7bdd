/* store_args.c: --db and the event filter options shared by the store commands. */
#include "cli/store_args.h"

#include "cli/cli.h"
#include <stdlib.h>
#include <string.h>

const char store_args_filter_help[] =
    "  --db URL_OR_PATH      the store: a SQLite file or postgresql://... (default $SITREP_DB,\n"
    "                        else ./sitrep.db)\n"
    "  --actor CODE          events with CODE (or a code starting with it) as source or target\n"
    "  --dyad A B            events between A and B, either direction\n"
    "  --country CCC         source or target country\n"
    "  --code CODE           CAMEO code and its sub-codes;  --root RR  an exact root\n"
    "  --quad N              quad class 1-4\n"
    "  --status S            asserted, reported, hypothetical or negated (any mention)\n"
    "  --from DATE --to DATE date range, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --said-by CODE        a mention attributed to CODE\n"
    "  --outlet NAME         reported by that outlet\n"
    "  --limit N             at most N events\n";

void store_args_init(store_args *a)
{
    memset(a, 0, sizeof *a);
    store_filter_init(&a->filter);
}

static int need(int argc, char **argv, int *i, int count)
{
    if (*i + count >= argc) {
        cli_error("%s needs %s", argv[*i], count == 1 ? "a value" : "two values");
        return -1;
    }
    return 1;
}

int store_args_take(store_args *a, int argc, char **argv, int *i, bool filters)
{
    const char *o = argv[*i];
    store_filter *f = &a->filter;
    if (strcmp(o, "--db") == 0) {
        if (need(argc, argv, i, 1) < 0)
            return -1;
        a->db = argv[++*i];
        return 1;
    }
    if (!filters)
        return 0;
    if (strcmp(o, "--dyad") == 0) {
        if (need(argc, argv, i, 2) < 0)
            return -1;
        f->dyad[0] = argv[++*i];
        f->dyad[1] = argv[++*i];
        return 1;
    }
    if (strncmp(o, "--", 2) != 0)
        return 0;
    /* An empty value only asks whether the name is a filter (0: not ours). */
    sitrep_error err;
    int r = store_filter_set(f, a->from, a->to, o + 2, "", &err);
    if (r == 0)
        return 0;
    if (need(argc, argv, i, 1) < 0)
        return -1;
    if (store_filter_set(f, a->from, a->to, o + 2, argv[++*i], &err) < 0) {
        cli_error("%s %s", o, err.message);
        return -1;
    }
    return 1;
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
