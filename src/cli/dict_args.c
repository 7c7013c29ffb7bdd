/* dict_args.c: the dictionary options shared by every subcommand that codes text, and
 * loading what they name into one frozen lexicon. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("sitrep: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void *cli_calloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        cli_error("out of memory");
        exit(EXIT_USAGE);
    }
    return p;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

enum { D_ACTORS, D_VERBS, D_AGENTS, D_OPTIONS, D_PROJECT, D_DISCARDS, D_ISSUES, D_PICO,
       D_VERBS_P1, D_VERBS_P2, D_STRICT, D_PETRARCH, D_SHALLOW, D_MODEL };

static const cli_opt dict_opts[] = {
    {"actors", 0, "FILE", D_ACTORS, "an actors dictionary (repeatable)"},
    {"verbs", 0, "FILE", D_VERBS, "a verbs dictionary with patterns (repeatable)"},
    {"agents", 0, "FILE", D_AGENTS, "an agents dictionary (repeatable)"},
    {"options", 0, "FILE", D_OPTIONS, "a TABARI options file (repeatable)"},
    {"project", 0, "FILE", D_PROJECT, "a TABARI .project file naming all of the above"},
    {"discards", 0, "FILE", D_DISCARDS, "a PETRARCH discard list (repeatable)"},
    {"issues", 0, "FILE", D_ISSUES, "a PETRARCH issue list (repeatable)"},
    {"pico", 0, "FILE", D_PICO, "a PETRARCH-2 code ontology for negated verbs"},
    {"petrarch1-verbs", 0, "FILE", D_VERBS_P1, "a verbs dictionary read as PETRARCH-1"},
    {"petrarch2-verbs", 0, "FILE", D_VERBS_P2, "a verbs dictionary read as PETRARCH-2"},
    {"petrarch", 0, NULL, D_PETRARCH, "PETRARCH's coding rules instead of TABARI's"},
    {"strict-dict", 0, NULL, D_STRICT, "a malformed dictionary line is fatal"},
    {"shallow", 0, NULL, D_SHALLOW, "our lexicon through the shallow engine: no model"},
    {"model", 0, "FILE", D_MODEL, "the tagger/parser model (default $SITREP_MODEL, else "
                                  "the installed one)"},
    {NULL, 0, NULL, 0, NULL},
};

/* Appends to a NULL-terminated list of at most DICT_ARGS_MAX files. */
static int push(const char **list, size_t *n, const char *option, const char *value)
{
    if (*n >= DICT_ARGS_MAX) {
        cli_error("--%s: at most %d files of a kind", option, DICT_ARGS_MAX);
        return -1;
    }
    list[(*n)++] = value;
    return 0;
}

static int dict_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    dict_args *d = ctx;
    switch (id) {
    case D_ACTORS: return push(d->actors, &d->nactors, "actors", v);
    case D_AGENTS: return push(d->agents, &d->nagents, "agents", v);
    case D_OPTIONS: return push(d->options, &d->noptions, "options", v);
    case D_DISCARDS: return push(d->discards, &d->ndiscards, "discards", v);
    case D_ISSUES: return push(d->issues, &d->nissues, "issues", v);
    case D_VERBS:
    case D_VERBS_P1:
    case D_VERBS_P2:
        d->verb_syntax[d->nverbs] = id == D_VERBS      ? SITREP_SYNTAX_AUTO
                                    : id == D_VERBS_P1 ? SITREP_SYNTAX_PETRARCH1
                                                       : SITREP_SYNTAX_PETRARCH2;
        return push(d->verbs, &d->nverbs, "verbs", v);
    case D_PROJECT: d->project = v; return 0;
    case D_PICO: d->pico = v; return 0;
    case D_MODEL: d->model = v; return 0;
    case D_STRICT: d->strict = true; return 0;
    case D_PETRARCH: d->petrarch = true; return 0;
    case D_SHALLOW: d->shallow = true; return 0;
    default: return -1;
    }
}

cli_group dict_args_group(dict_args *d)
{
    return (cli_group){"dictionary options (without them, our own lexicon)", dict_opts,
                       dict_take, d};
}

typedef struct diag_ctx {
    size_t shown;
    bool quiet;
} diag_ctx;

static void print_diag(const char *message, void *ctx)
{
    diag_ctx *c = ctx;
    if (c->quiet) {
        c->shown++;
        return;
    }
    if (c->shown++ < 20)
        fprintf(stderr, "sitrep: %s\n", message);
    else if (c->shown == 21)
        fprintf(stderr, "sitrep: (further dictionary problems not shown)\n");
}

void dict_args_options(const dict_args *d, sitrep_load_options *o)
{
    sitrep_load_options_init(o);
    o->actors = d->actors;
    o->verbs = d->verbs;
    o->verb_syntax = d->verb_syntax;
    o->agents = d->agents;
    o->options = d->options;
    o->discards = d->discards;
    o->issues = d->issues;
    o->project = d->project;
    o->pico = d->pico;
    o->petrarch = d->petrarch;
    o->strict = d->strict;
    o->shallow = d->shallow;
    o->model_file = d->model;
}

sitrep_resources *cli_load_resources(const sitrep_load_options *given, bool quiet,
                                     size_t *problems)
{
    diag_ctx dctx = {0, quiet};
    sitrep_load_options o = *given;
    o.diag = print_diag;
    o.diag_ctx = &dctx;
    sitrep_resources *r;
    sitrep_error err;
    if (sitrep_resources_load(&o, &r, &err) != SITREP_OK) {
        cli_error("%s", err.message);
        if (problems)
            *problems = dctx.shown;
        return NULL;
    }
    /* loading succeeded with problems only when they were skipped (not strict) */
    if (sitrep_resources_problems(r) > 0)
        cli_error("%zu malformed dictionary line(s) skipped (--strict-dict makes them fatal)",
                  dctx.shown);
    if (problems)
        *problems = dctx.shown;
    return r;
}

sitrep_resources *dict_args_resources(const dict_args *d, size_t *problems)
{
    sitrep_load_options o;
    dict_args_options(d, &o);
    return cli_load_resources(&o, d->quiet_dict, problems);
}
