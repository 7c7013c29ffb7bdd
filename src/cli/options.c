/* options.c: option tables, getopt_long and --help (see options.h). */
#include "cli/options.h"

#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

struct cli_parser {
    int argc;
    char **argv;
};

/* The option at global index i of the command's groups. */
typedef struct flat {
    const cli_group *group;
    const cli_opt *opt;
} flat;

static size_t flatten(const cli_command *c, flat *out)
{
    size_t n = 0;
    for (int g = 0; g < CLI_MAX_GROUPS && c->groups[g].opts; g++)
        for (const cli_opt *o = c->groups[g].opts; o->name; o++) {
            if (out)
                out[n] = (flat){&c->groups[g], o};
            n++;
        }
    return n;
}

enum { LONG_BASE = 1000 };

int cli_parse(const cli_command *c, int argc, char **argv, int *first)
{
    size_t n = flatten(c, NULL);
    flat *all = cli_calloc(n + 1, sizeof *all);
    flatten(c, all);
    struct option *longs = cli_calloc(n + 2, sizeof *longs);
    char *shorts = cli_calloc(2 * n + 4, 1);
    size_t ns = 0;
    shorts[ns++] = ':'; /* a missing value is ':', not '?' */
    for (size_t i = 0; i < n; i++) {
        const cli_opt *o = all[i].opt;
        longs[i] = (struct option){o->name, o->arg ? required_argument : no_argument, NULL,
                                   LONG_BASE + (int)i};
        if (o->short_name) {
            shorts[ns++] = o->short_name;
            if (o->arg)
                shorts[ns++] = ':';
        }
    }
    longs[n] = (struct option){"help", no_argument, NULL, 'h'};
    shorts[ns++] = 'h';
    cli_parser p = {argc, argv};
    int status = -1;
    opterr = 0;
    optind = 0; /* a fresh scan (glibc) */
    int ch;
    while (status < 0 && (ch = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        const flat *f = NULL;
        if (ch >= LONG_BASE)
            f = &all[ch - LONG_BASE];
        for (size_t i = 0; !f && ch != 'h' && ch != '?' && ch != ':' && i < n; i++)
            if (all[i].opt->short_name == ch)
                f = &all[i];
        if (ch == 'h') {
            cli_help(c, stdout);
            status = EXIT_OK;
        } else if (ch == ':' || ch == '?') {
            char shown[3] = {'-', (char)optopt, 0};
            const char *what = optopt && optopt < LONG_BASE ? shown : argv[optind - 1];
            if (ch == ':')
                cli_error("%s needs a value (try 'sitrep %s --help')", what, c->name);
            else
                cli_error("unknown option '%s' (try 'sitrep %s --help')", what, c->name);
            status = EXIT_USAGE;
        } else if (f && f->group->take(f->group->ctx, f->opt->id, optarg, &p) < 0) {
            status = EXIT_USAGE;
        }
    }
    *first = optind;
    free(all);
    free(longs);
    free(shorts);
    return status;
}

const char *cli_next_value(cli_parser *p, const char *option)
{
    if (optind >= p->argc) {
        cli_error("--%s needs two values", option);
        return NULL;
    }
    return p->argv[optind++];
}

int cli_parse_inputs(const cli_command *c, int argc, char **argv, const char ***paths,
                     size_t *n)
{
    static const char *stdin_only[] = {"-"};
    int first;
    int status = cli_parse(c, argc, argv, &first);
    *n = first < argc ? (size_t)(argc - first) : 1;
    *paths = first < argc ? (const char **)argv + first : stdin_only;
    return status;
}

int txn_args_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    txn_args *t = ctx;
    if (id == TXN_QUIET)
        t->quiet = true;
    else if (!cli_int("--batch", v, 1, t->max, &t->batch))
        return -1;
    return 0;
}

static void help_group(const cli_group *g, FILE *out)
{
    for (const cli_opt *o = g->opts; o->name; o++) {
        if (!o->help)
            continue;
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
                     o->arg ? " " : "", o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "--%s%s%s", o->name, o->arg ? " " : "",
                     o->arg ? o->arg : "");
        fprintf(out, "  %-22s  %s\n", left, o->help);
    }
}

void cli_help(const cli_command *c, FILE *out)
{
    const char *u = c->usage;
    while (u && *u) {
        size_t len = strcspn(u, "\n");
        fprintf(out, "%s sitrep %s %.*s\n", u == c->usage ? "usage:" : "      ", c->name,
                (int)len, u);
        u += len + (u[len] == '\n');
    }
    fprintf(out, "  %-22s  %s\n", "-h, --help", "this help");
    for (int g = 0; g < CLI_MAX_GROUPS && c->groups[g].opts; g++) {
        if (c->groups[g].title)
            fprintf(out, "%s:\n", c->groups[g].title);
        help_group(&c->groups[g], out);
    }
    if (c->about)
        fputs(c->about, out);
}

bool cli_int(const char *option, const char *value, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(value, &end, 10);
    if (!*value || *end || v < lo || v > hi) {
        cli_error("%s '%s': want a whole number from %ld to %ld", option, value, lo, hi);
        return false;
    }
    *out = v;
    return true;
}

bool cli_double(const char *option, const char *value, double lo, double hi, double *out)
{
    char *end;
    double v = strtod(value, &end);
    if (!*value || *end || !(v > lo && v <= hi)) {
        cli_error("%s '%s': want a number above %g and at most %g", option, value, lo, hi);
        return false;
    }
    *out = v;
    return true;
}
