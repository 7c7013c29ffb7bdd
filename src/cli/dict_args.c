/* dict_args.c: the dictionary options shared by every subcommand that codes text, and
 * loading what they name into one frozen lexicon. */
#include "cli/cli.h"
#include "lexicon/tabari_reader.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#ifndef SITREP_LEXICON_DIR
#define SITREP_LEXICON_DIR "lexicon"
#endif

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
    else if (strcmp(a, "--strict-dict") == 0) {
        d->strict = true;
        return 1;
    } else
        return 0;
    return take_value(argc, argv, i, slot);
}

typedef struct diag_ctx {
    size_t shown;
    bool quiet;
    bool unreadable; /* a file could not be read at all */
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

/* Loads one dictionary file; a file that cannot be read, or a malformed line, makes the
 * dictionaries unusable (every problem is listed first). */
/* The folder of our own lexicon: SITREP_LEXICON, else the one the build knows. */
static const char *lexicon_dir(void)
{
    const char *dir = getenv("SITREP_LEXICON");
    return dir && *dir ? dir : SITREP_LEXICON_DIR;
}

static bool load_one(lexicon *lx, tabari_dict_kind kind, const char *path, diag_ctx *dctx)
{
    sitrep_error err;
    size_t before = dctx->shown;
    /* entries of our own lexicon are named "lexicon/FILE", wherever it is installed */
    char display[512];
    const char *name = NULL;
    const char *dir = lexicon_dir();
    size_t dlen = strlen(dir);
    if (strncmp(path, dir, dlen) == 0 && path[dlen] == '/') {
        snprintf(display, sizeof display, "lexicon%s", path + dlen);
        name = display;
    }
    bool ok = tabari_load_file(lx, kind, path, name, print_diag, dctx, NULL, &err);
    if (!ok && dctx->shown == before) {
        cli_error("%s", err.message);
        dctx->unreadable = true;
    }
    return ok;
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

lexicon *dict_args_load(const dict_args *d, coder_options *opt, char **textfile,
                        double *load_seconds, size_t *problems)
{
    double t0 = cli_now();
    coder_options_default(opt);
    dict_args all = *d;
    tabari_project proj = {0};
    bool have_project = false;
    sitrep_error err;
    if (d->project) {
        if (!tabari_read_project(d->project, &proj, &err)) {
            cli_error("%s", err.message);
            return NULL;
        }
        have_project = true;
        for (size_t i = 0; i < proj.nactors && all.nactors < 16; i++)
            all.actors[all.nactors++] = proj.actors[i];
        for (size_t i = 0; i < proj.nverbs && all.nverbs < 16; i++)
            all.verbs[all.nverbs++] = proj.verbs[i];
        for (size_t i = 0; i < proj.nagents && all.nagents < 16; i++)
            all.agents[all.nagents++] = proj.agents[i];
        for (size_t i = 0; i < proj.noptions && all.noptions < 16; i++)
            all.options[all.noptions++] = proj.options[i];
        if (textfile && proj.text)
            *textfile = strdup(proj.text);
    }
    const char *dir = lexicon_dir();
    char own_actors[4096], own_verbs[4096], own_agents[4096];
    snprintf(own_actors, sizeof own_actors, "%s/countries.actors", dir);
    snprintf(own_verbs, sizeof own_verbs, "%s/verbs.txt", dir);
    snprintf(own_agents, sizeof own_agents, "%s/agents.txt", dir);
    if (all.nactors == 0 && all.nverbs == 0 && all.nagents == 0) {
        /* our own lexicon is the default */
        if (exists(own_actors))
            all.actors[all.nactors++] = own_actors;
        if (exists(own_verbs))
            all.verbs[all.nverbs++] = own_verbs;
        if (exists(own_agents))
            all.agents[all.nagents++] = own_agents;
        if (all.nactors == 0 && all.nverbs == 0) {
            cli_error("no dictionaries given and our lexicon is missing from %s "
                      "(set SITREP_LEXICON to its folder)", dir);
            if (have_project)
                tabari_project_free(&proj);
            return NULL;
        }
    }
    lexicon *lx = lex_new();
    diag_ctx dctx = {0, d->quiet_dict, false};
    bool ok = true;
    for (size_t i = 0; i < all.nactors; i++)
        ok &= load_one(lx, TABARI_ACTORS, all.actors[i], &dctx);
    for (size_t i = 0; i < all.nagents; i++)
        ok &= load_one(lx, TABARI_AGENTS, all.agents[i], &dctx);
    for (size_t i = 0; i < all.nverbs; i++)
        ok &= load_one(lx, TABARI_VERBS, all.verbs[i], &dctx);
    if (problems)
        *problems = dctx.shown;
    if (!ok && !dctx.unreadable && !d->strict) {
        cli_error("%zu malformed dictionary line(s) skipped (--strict-dict makes them fatal)",
                  dctx.shown);
        ok = true;
    }
    for (size_t i = 0; i < all.noptions && ok; i++)
        if (!coder_options_load(opt, all.options[i], &err)) {
            cli_error("%s", err.message);
            ok = false;
        }
    if (have_project)
        tabari_project_free(&proj);
    if (!ok) {
        lex_free(lx);
        return NULL;
    }
    lex_freeze(lx);
    if (load_seconds)
        *load_seconds = cli_now() - t0;
    return lx;
}
