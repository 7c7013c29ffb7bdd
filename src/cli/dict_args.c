/* dict_args.c: the dictionary options shared by every subcommand that codes text, and
 * loading what they name into one frozen lexicon. */
#include "cli/cli.h"
#include "cli/model_args.h"
#include "lexicon/petrarch_reader.h"
#include "lexicon/pico_reader.h"
#include "lexicon/tabari_reader.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
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
    bool unreadable; /* a file could not be read at all */
    bool petrarch1_verbs; /* a verbs file was read in PETRARCH-1 syntax */
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

/* The kinds of dictionary file, whatever their syntax. */
enum dict_kind { DK_ACTORS, DK_AGENTS, DK_VERBS, DK_DISCARDS, DK_ISSUES };

/* Reads one file in the syntax its text shows (or `forced`, 1 + dict_syntax). */
static bool load_any(lexicon *lx, enum dict_kind kind, int forced, const char *path,
                     const char *name, dict_diag_fn diag, void *ctx, dict_syntax *used,
                     sitrep_error *err)
{
    size_t len;
    char *data = petr_read_file(path, &len, err);
    if (!data)
        return false;
    const char *display = lex_intern(lx, name ? name : path, strlen(name ? name : path));
    dict_syntax syn = DICT_SYNTAX_PETRARCH1;
    if (forced)
        syn = (dict_syntax)(forced - 1);
    else if (kind == DK_VERBS)
        syn = petr_sniff_verbs(data, len);
    else if (kind == DK_ACTORS || kind == DK_AGENTS)
        syn = petr_sniff_nouns(data, len);
    if (used)
        *used = syn;
    bool ok;
    if (syn == DICT_SYNTAX_TABARI && kind != DK_DISCARDS && kind != DK_ISSUES) {
        tabari_dict_kind tk = kind == DK_ACTORS ? TABARI_ACTORS
                              : kind == DK_AGENTS ? TABARI_AGENTS : TABARI_VERBS;
        ok = tabari_load_buffer(lx, tk, display, data, len, diag, ctx, NULL, err);
    } else {
        petr_dict_kind pk = kind == DK_ACTORS     ? PETR_ACTORS
                            : kind == DK_AGENTS   ? PETR_AGENTS
                            : kind == DK_DISCARDS ? PETR_DISCARDS
                            : kind == DK_ISSUES   ? PETR_ISSUES
                            : syn == DICT_SYNTAX_PETRARCH2 ? PETR_VERBS2 : PETR_VERBS1;
        ok = petr_load_buffer(lx, pk, display, data, len, diag, ctx, NULL, err);
    }
    free(data);
    return ok;
}

static bool load_one(lexicon *lx, enum dict_kind kind, int forced, const char *path,
                     diag_ctx *dctx)
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
    dict_syntax used = DICT_SYNTAX_TABARI;
    bool ok = load_any(lx, kind, forced, path, name, print_diag, dctx, &used, &err);
    if (kind == DK_VERBS && used == DICT_SYNTAX_PETRARCH1)
        dctx->petrarch1_verbs = true;
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

static int compare_names(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && strcmp(s + n - t, tail) == 0;
}

/* Our lexicon folder: every *.actors file as actors, agents*.txt as agents, verbs*.txt as
 * verbs, each kind in name order (so the load, and every output, is deterministic). The
 * paths are allocated into `owned` (at most `cap`), for the caller to free. */
static void add_lexicon_dir(dict_args *all, const char *dir, char **owned, size_t cap,
                            size_t *nowned)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return;
    char *names[256];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < sizeof names / sizeof *names) {
        const char *f = de->d_name;
        if (f[0] == '.')
            continue;
        if (ends_with(f, ".actors") ||
            (ends_with(f, ".txt") && (strncmp(f, "agents", 6) == 0 || strncmp(f, "verbs", 5) == 0)))
            names[n++] = strdup(f);
    }
    closedir(dp);
    qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        const char *f = names[i];
        const char **slot = NULL;
        if (ends_with(f, ".actors") && all->nactors < 16)
            slot = &all->actors[all->nactors++];
        else if (strncmp(f, "agents", 6) == 0 && all->nagents < 16)
            slot = &all->agents[all->nagents++];
        else if (strncmp(f, "verbs", 5) == 0 && all->nverbs < 16)
            slot = &all->verbs[all->nverbs++];
        if (slot && *nowned < cap) {
            size_t len = strlen(dir) + strlen(f) + 2;
            char *path = malloc(len);
            snprintf(path, len, "%s/%s", dir, f);
            owned[(*nowned)++] = path;
            *slot = path;
        }
        free(names[i]);
    }
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
    char *owned[48];
    size_t nowned = 0;
    bool own_lexicon = all.nactors == 0 && all.nverbs == 0 && all.nagents == 0 &&
                       all.ndiscards == 0;
    if (own_lexicon) {
        /* our own lexicon is the default */
        if (exists(dir))
            add_lexicon_dir(&all, dir, owned, sizeof owned / sizeof *owned, &nowned);
        if (all.nactors == 0 && all.nverbs == 0) {
            cli_error("no dictionaries given and our lexicon is missing from %s "
                      "(set SITREP_LEXICON to its folder)", dir);
            for (size_t i = 0; i < nowned; i++)
                free(owned[i]);
            if (have_project)
                tabari_project_free(&proj);
            return NULL;
        }
    }
    lexicon *lx = lex_new();
    diag_ctx dctx = {0, d->quiet_dict, false, false};
    bool ok = true;
    for (size_t i = 0; i < all.nactors; i++)
        ok &= load_one(lx, DK_ACTORS, 0, all.actors[i], &dctx);
    for (size_t i = 0; i < all.nagents; i++)
        ok &= load_one(lx, DK_AGENTS, 0, all.agents[i], &dctx);
    for (size_t i = 0; i < all.ndiscards; i++)
        ok &= load_one(lx, DK_DISCARDS, 0, all.discards[i], &dctx);
    for (size_t i = 0; i < all.nissues; i++)
        ok &= load_one(lx, DK_ISSUES, 0, all.issues[i], &dctx);
    for (size_t i = 0; i < all.nverbs; i++)
        ok &= load_one(lx, DK_VERBS, all.verb_syntax[i], all.verbs[i], &dctx);
    if (all.pico) {
        size_t before = dctx.shown;
        if (!pico_load_file(lx, all.pico, print_diag, &dctx, &err)) {
            ok = false;
            if (dctx.shown == before) {
                cli_error("%s", err.message);
                dctx.unreadable = true;
            }
        }
    }
    for (size_t i = 0; i < nowned; i++)
        free(owned[i]); /* entry origins are interned copies */
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
    opt->petrarch = opt->petrarch || d->petrarch;
    /* PETRARCH-1 codes attribution clauses as events of their own; PETRARCH-2 does not */
    opt->attribution_clauses = opt->petrarch && dctx.petrarch1_verbs;
    lex_freeze(lx);
    if (own_lexicon && !d->shallow) {
        /* our lexicon is coded from the dependency tree: it needs the parser's model */
        model_args ma = {d->model};
        opt->tree_model = model_args_load(&ma);
        if (!opt->tree_model) {
            lex_free(lx);
            return NULL;
        }
        /* a clause is short by nature, and headlines are sentences too */
        opt->minimum_words = 0;
    }
    if (load_seconds)
        *load_seconds = cli_now() - t0;
    return lx;
}

void dict_args_free(lexicon *lx, coder_options *opt)
{
    lex_free(lx);
    syntax_model_free((syntax_model *)opt->tree_model);
    opt->tree_model = NULL;
}

actor_names *dict_args_actor_names(const dict_args *d)
{
    actor_names *n = actor_names_new();
    sitrep_error err;
    bool ok = true;
    for (size_t i = 0; ok && i < d->nactors; i++)
        ok = actor_names_read_file(n, d->actors[i], NULL, &err);
    if (ok && d->nactors == 0)
        ok = actor_names_read_lexicon_dir(n, lexicon_dir(), &err);
    if (!ok) {
        cli_error("actor names: %s", err.message);
        actor_names_free(n);
        return NULL;
    }
    return n;
}

const char *dict_args_namer(const char *code, void *ctx)
{
    return actor_names_get(ctx, code);
}
