/* store_args.c: --db and the event filter options shared by the store commands. */
#include "cli/store_args.h"

#include "cli/cli.h"
#include "coder/event.h"
#include "io/article_reader.h"

#include <ctype.h>
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
    const char **str = NULL;
    if (strcmp(o, "--actor") == 0)
        str = &f->actor;
    else if (strcmp(o, "--country") == 0)
        str = &f->country;
    else if (strcmp(o, "--code") == 0)
        str = &f->code;
    else if (strcmp(o, "--root") == 0)
        str = &f->root;
    else if (strcmp(o, "--said-by") == 0)
        str = &f->said_by;
    else if (strcmp(o, "--outlet") == 0)
        str = &f->outlet;
    if (str) {
        if (need(argc, argv, i, 1) < 0)
            return -1;
        *str = argv[++*i];
        return 1;
    }
    if (strcmp(o, "--dyad") == 0) {
        if (need(argc, argv, i, 2) < 0)
            return -1;
        f->dyad[0] = argv[++*i];
        f->dyad[1] = argv[++*i];
        return 1;
    }
    if (strcmp(o, "--quad") == 0) {
        if (need(argc, argv, i, 1) < 0)
            return -1;
        const char *v = argv[++*i];
        if (strlen(v) != 1 || v[0] < '1' || v[0] > '4') {
            cli_error("--quad '%s': want a quad class from 1 to 4", v);
            return -1;
        }
        f->quad = v[0] - '0';
        return 1;
    }
    if (strcmp(o, "--status") == 0) {
        if (need(argc, argv, i, 1) < 0)
            return -1;
        const char *v = argv[++*i];
        for (int s = 0; s < 4; s++)
            if (event_status_name(s) && strcmp(event_status_name(s), v) == 0) {
                f->status = s;
                return 1;
            }
        cli_error("--status '%s': want asserted, reported, hypothetical or negated", v);
        return -1;
    }
    if (strcmp(o, "--from") == 0 || strcmp(o, "--to") == 0) {
        if (need(argc, argv, i, 1) < 0)
            return -1;
        bool to = o[2] == 't';
        const char *v = argv[++*i];
        if (!parse_date(v, to, to ? a->to : a->from)) {
            cli_error("%s '%s' is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", o, v);
            return -1;
        }
        if (to)
            f->to = a->to;
        else
            f->from = a->from;
        return 1;
    }
    if (strcmp(o, "--limit") == 0) {
        if (need(argc, argv, i, 1) < 0)
            return -1;
        char *end;
        long long n = strtoll(argv[++*i], &end, 10);
        if (*end || n < 1) {
            cli_error("--limit '%s': want a positive number", argv[*i]);
            return -1;
        }
        f->limit = n;
        return 1;
    }
    return 0;
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
