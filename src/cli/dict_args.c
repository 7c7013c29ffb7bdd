/* dict_args.c: the dictionary options shared by every subcommand that codes text, and
 * loading what they name into one frozen lexicon. */
#include "api/api.h"
#include "cli/cli.h"
#include "lexicon/petrarch_reader.h"
#include "syntax/model.h"

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

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int take_value(int argc, char **argv, int *i, const char **out)
{
    if (*i + 1 >= argc) {
        cli_error("%s needs a file name", argv[*i]);
        return -1;
    }
    *out = argv[++*i];
    return 1;
}

int dict_args_take(dict_args *d, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char **slot = NULL;
    if (strcmp(a, "--actors") == 0 && d->nactors < 16)
        slot = &d->actors[d->nactors++];
    else if (strcmp(a, "--verbs") == 0 && d->nverbs < 16)
        slot = &d->verbs[d->nverbs++];
    else if (strcmp(a, "--agents") == 0 && d->nagents < 16)
        slot = &d->agents[d->nagents++];
    else if (strcmp(a, "--options") == 0 && d->noptions < 16)
        slot = &d->options[d->noptions++];
    else if (strcmp(a, "--project") == 0)
        slot = &d->project;
    else if (strcmp(a, "--discards") == 0 && d->ndiscards < 16)
        slot = &d->discards[d->ndiscards++];
    else if (strcmp(a, "--issues") == 0 && d->nissues < 16)
        slot = &d->issues[d->nissues++];
    else if (strcmp(a, "--pico") == 0)
        slot = &d->pico;
    else if ((strcmp(a, "--petrarch1-verbs") == 0 || strcmp(a, "--petrarch2-verbs") == 0) &&
             d->nverbs < 16) {
        d->verb_syntax[d->nverbs] =
            1 + (a[10] == '1' ? DICT_SYNTAX_PETRARCH1 : DICT_SYNTAX_PETRARCH2);
        slot = &d->verbs[d->nverbs++];
    } else if (strcmp(a, "--strict-dict") == 0) {
        d->strict = true;
        return 1;
    } else if (strcmp(a, "--petrarch") == 0) {
        d->petrarch = true;
        return 1;
    } else if (strcmp(a, "--shallow") == 0) {
        d->shallow = true;
        return 1;
    } else if (strcmp(a, "--model") == 0)
        slot = &d->model;
    else
        return 0;
    return take_value(argc, argv, i, slot);
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

lexicon *dict_args_load(const dict_args *d, coder_options *opt, char **textfile,
                        double *load_seconds, size_t *problems)
{
    /* the command line's lists, NULL-terminated as the library takes them */
    const char *actors[17], *verbs[17], *agents[17], *options[17], *discards[17], *issues[17];
    int verb_syntax[17];
    memcpy(actors, d->actors, d->nactors * sizeof *actors);
    actors[d->nactors] = NULL;
    memcpy(verbs, d->verbs, d->nverbs * sizeof *verbs);
    verbs[d->nverbs] = NULL;
    memcpy(verb_syntax, d->verb_syntax, d->nverbs * sizeof *verb_syntax);
    memcpy(agents, d->agents, d->nagents * sizeof *agents);
    agents[d->nagents] = NULL;
    memcpy(options, d->options, d->noptions * sizeof *options);
    options[d->noptions] = NULL;
    memcpy(discards, d->discards, d->ndiscards * sizeof *discards);
    discards[d->ndiscards] = NULL;
    memcpy(issues, d->issues, d->nissues * sizeof *issues);
    issues[d->nissues] = NULL;
    diag_ctx dctx = {0, d->quiet_dict};
    sitrep_load_options o;
    sitrep_load_options_init(&o);
    o.actors = actors;
    o.verbs = verbs;
    o.verb_syntax = verb_syntax;
    o.agents = agents;
    o.options = options;
    o.discards = discards;
    o.issues = issues;
    o.project = d->project;
    o.pico = d->pico;
    o.petrarch = d->petrarch;
    o.strict = d->strict;
    o.shallow = d->shallow;
    o.model_file = d->model;
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
    if (r->malformed)
        cli_error("%zu malformed dictionary line(s) skipped (--strict-dict makes them fatal)",
                  dctx.shown);
    if (problems)
        *problems = dctx.shown;
    if (load_seconds)
        *load_seconds = r->load_seconds;
    return resources_release(r, opt, textfile);
}

void dict_args_free(lexicon *lx, coder_options *opt)
{
    lex_free(lx);
    syntax_model_free((syntax_model *)opt->tree_model);
    opt->tree_model = NULL;
}
