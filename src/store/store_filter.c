/* store_filter.c: event filters from option names and text values, shared by the command
 * line (--actor RUS) and the web API (?actor=RUS) so both accept and refuse the same. */
#include "store/store.h"

#include "coder/event.h"
#include "io/article_reader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void store_filter_init(store_filter *f)
{
    memset(f, 0, sizeof *f);
    f->status = -1;
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

/* A bad value: `what` says what was wanted; the answer is -1. */
static int bad(sitrep_error *err, const char *value, const char *what)
{
    sitrep_error_set(err, "'%s' is not %s", value, what);
    return -1;
}

int store_filter_set(store_filter *f, char from[11], char to[11], const char *name,
                     const char *value, sitrep_error *err)
{
    static const char *const names[] = {"actor", "country", "code", "root", "said-by", "outlet"};
    const char **str[] = {&f->actor, &f->country, &f->code, &f->root, &f->said_by, &f->outlet};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0) {
            *str[i] = value;
            return 1;
        }
    if (strcmp(name, "quad") == 0) {
        if (strlen(value) != 1 || value[0] < '1' || value[0] > '4')
            return bad(err, value, "a quad class (want 1 to 4)");
        f->quad = value[0] - '0';
        return 1;
    }
    if (strcmp(name, "status") == 0) {
        for (int s = 0; s < 4; s++)
            if (event_status_name(s) && strcmp(event_status_name(s), value) == 0) {
                f->status = s;
                return 1;
            }
        return bad(err, value, "a status (want asserted, reported, hypothetical or negated)");
    }
    if (strcmp(name, "from") == 0 || strcmp(name, "to") == 0) {
        bool is_to = name[0] == 't';
        if (!parse_date(value, is_to, is_to ? to : from))
            return bad(err, value, "a date (want YYYY, YYYY-MM or YYYY-MM-DD)");
        if (is_to)
            f->to = to;
        else
            f->from = from;
        return 1;
    }
    if (strcmp(name, "limit") == 0) {
        char *end;
        long long n = strtoll(value, &end, 10);
        if (!isdigit((unsigned char)value[0]) || *end || n < 1)
            return bad(err, value, "a positive number");
        f->limit = n;
        return 1;
    }
    return 0;
}
