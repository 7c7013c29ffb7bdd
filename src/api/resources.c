/* resources.c: loading dictionaries and the model into a sitrep_resources (sitrep.h).
 *
 * Files load in a fixed order (actors, agents, discards, issues, verbs, then the code
 * ontology), each kind in the order given; our own lexicon's files in name order, so the
 * load, and every output, is deterministic. Every malformed line of every file is
 * reported before loading fails (strict) or goes on; a file that cannot be read at all
 * fails the load after the others were checked. */
#include "base/file.h"
#include "api/api.h"

#include "api/paths.h"
#include "base/file.h"
#include "base/xalloc.h"
#include "lexicon/petrarch_reader.h"
#include "lexicon/pico_reader.h"
#include "lexicon/tabari_reader.h"
#include "syntax/model.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* The kinds of dictionary file, whatever their syntax, in load order. */
enum dict_kind { DK_ACTORS, DK_AGENTS, DK_DISCARDS, DK_ISSUES, DK_VERBS, DK_NKINDS };

typedef struct dict_file {
    const char *path;
    int forced; /* 0 sniff the syntax, else 1 + dict_syntax */
} dict_file;

/* The files of one load: a growable list per kind. */
typedef struct dict_list {
    dict_file *files[DK_NKINDS];
    size_t n[DK_NKINDS], cap[DK_NKINDS];
    char **owned; /* paths made here, freed after the load */
    size_t nowned, capowned;
} dict_list;

static void add_file(dict_list *l, enum dict_kind k, const char *path, int forced)
{
    l->files[k] = xgrow(l->files[k], &l->cap[k], l->n[k] + 1, sizeof *l->files[k]);
    l->files[k][l->n[k]++] = (dict_file){path, forced};
}

static void add_list(dict_list *l, enum dict_kind k, const char *const *paths,
                     const int *forced)
{
    for (size_t i = 0; paths && paths[i]; i++)
        add_file(l, k, paths[i], forced ? forced[i] : 0);
}

static char *own(dict_list *l, char *path)
{
    l->owned = xgrow(l->owned, &l->capowned, l->nowned + 1, sizeof *l->owned);
    return l->owned[l->nowned++] = path;
}

static void dict_list_free(dict_list *l)
{
    for (int k = 0; k < DK_NKINDS; k++)
        free(l->files[k]);
    for (size_t i = 0; i < l->nowned; i++)
        free(l->owned[i]);
    free(l->owned);
}

typedef struct load_ctx {
    const sitrep_load_options *o;
    const char *lexicon_dir;
    size_t problems;         /* malformed lines reported */
    bool petrarch1_verbs;    /* a verbs file was read in PETRARCH-1 syntax */
    sitrep_error first;      /* the first file that could not be read */
    bool unreadable;
} load_ctx;

static void diag(const char *message, void *vctx)
{
    load_ctx *c = vctx;
    c->problems++;
    if (c->o->diag)
        c->o->diag(message, c->o->diag_ctx);
}

_Static_assert(SITREP_SYNTAX_TABARI == 1 + DICT_SYNTAX_TABARI &&
                   SITREP_SYNTAX_PETRARCH1 == 1 + DICT_SYNTAX_PETRARCH1 &&
                   SITREP_SYNTAX_PETRARCH2 == 1 + DICT_SYNTAX_PETRARCH2,
               "sitrep_dict_syntax is 1 + dict_syntax");

/* Reads one file in the syntax its text shows (or the forced one). */
static bool load_any(lexicon *lx, enum dict_kind kind, int forced, const char *path,
                     const char *name, load_ctx *c, dict_syntax *used, sitrep_error *err)
{
    size_t len;
    char *data = file_read_path(path, &len, err);
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
    *used = syn;
    bool ok;
    if (syn == DICT_SYNTAX_TABARI && kind != DK_DISCARDS && kind != DK_ISSUES) {
        tabari_dict_kind tk = kind == DK_ACTORS ? TABARI_ACTORS
                              : kind == DK_AGENTS ? TABARI_AGENTS : TABARI_VERBS;
        ok = tabari_load_buffer(lx, tk, display, data, len, diag, c, NULL, err);
    } else {
        petr_dict_kind pk = kind == DK_ACTORS     ? PETR_ACTORS
                            : kind == DK_AGENTS   ? PETR_AGENTS
                            : kind == DK_DISCARDS ? PETR_DISCARDS
                            : kind == DK_ISSUES   ? PETR_ISSUES
                            : syn == DICT_SYNTAX_PETRARCH2 ? PETR_VERBS2 : PETR_VERBS1;
        ok = petr_load_buffer(lx, pk, display, data, len, diag, c, NULL, err);
    }
    free(data);
    return ok;
}

/* A failure that reported no malformed line is a file that cannot be used at all. */
static void note_failure(load_ctx *c, size_t before, const sitrep_error *err)
{
    if (c->problems == before && !c->unreadable) {
        c->first = *err;
        c->first.code = SITREP_EDICT; /* whatever the reader said, the dictionary is unusable */
        c->unreadable = true;
    }
}

static bool load_one(lexicon *lx, enum dict_kind kind, const dict_file *f, load_ctx *c)
{
    sitrep_error err;
    size_t before = c->problems;
    /* entries of our own lexicon are named "lexicon/FILE", wherever it is installed */
    char *display = NULL;
    size_t dlen = strlen(c->lexicon_dir);
    if (strncmp(f->path, c->lexicon_dir, dlen) == 0 && f->path[dlen] == '/') {
        size_t len = strlen(f->path + dlen) + sizeof "lexicon";
        display = xmalloc(len);
        snprintf(display, len, "lexicon%s", f->path + dlen);
    }
    dict_syntax used = DICT_SYNTAX_TABARI;
    bool ok = load_any(lx, kind, f->forced, f->path, display, c, &used, &err);
    free(display);
    if (kind == DK_VERBS && used == DICT_SYNTAX_PETRARCH1)
        c->petrarch1_verbs = true;
    if (!ok)
        note_failure(c, before, &err);
    return ok;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && strcmp(s + n - t, tail) == 0;
}

static int compare_names(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Our lexicon folder: every *.actors file as actors, agents*.txt as agents, verbs*.txt as
 * verbs, each kind in name order. */
static bool add_lexicon_dir(dict_list *l, const char *dir, sitrep_error *err)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return sitrep_error_setc(err, SITREP_EDICT,
                                 "no dictionaries given and our lexicon is missing from %s "
                                 "(set SITREP_LEXICON to its folder)", dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dp))) {
        const char *f = de->d_name;
        if (f[0] != '.' && (ends_with(f, ".actors") ||
                            (ends_with(f, ".txt") && (strncmp(f, "agents", 6) == 0 ||
                                                      strncmp(f, "verbs", 5) == 0)))) {
            names = xgrow(names, &cap, n + 1, sizeof *names);
            names[n++] = xstrdup(f);
        }
    }
    closedir(dp);
    if (n)
        qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        const char *f = names[i];
        char *path = own(l, path_join(dir, f));
        add_file(l, ends_with(f, ".actors")       ? DK_ACTORS
                    : strncmp(f, "agents", 6) == 0 ? DK_AGENTS
                                                   : DK_VERBS,
                 path, 0);
        free(names[i]);
    }
    free(names);
    if (l->n[DK_ACTORS] == 0 && l->n[DK_VERBS] == 0)
        return sitrep_error_setc(err, SITREP_EDICT,
                                 "no dictionaries given and our lexicon is missing from %s "
                                 "(set SITREP_LEXICON to its folder)", dir);
    return true;
}

void sitrep_load_options_init(sitrep_load_options *o)
{
    memset(o, 0, sizeof *o);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A dictionary, project or options file that cannot be used, whatever the reader said. */
static bool dict_failure(sitrep_error *err)
{
    if (err)
        err->code = SITREP_EDICT;
    return false;
}

/* The files the options name, and the project's. */
static bool gather(const sitrep_load_options *o, dict_list *l, tabari_project *proj,
                   bool *have_project, sitrep_error *err)
{
    add_list(l, DK_ACTORS, o->actors, NULL);
    add_list(l, DK_AGENTS, o->agents, NULL);
    add_list(l, DK_DISCARDS, o->discards, NULL);
    add_list(l, DK_ISSUES, o->issues, NULL);
    add_list(l, DK_VERBS, o->verbs, o->verb_syntax);
    if (o->project) {
        if (!tabari_read_project(o->project, proj, err))
            return dict_failure(err);
        *have_project = true;
        for (size_t i = 0; i < proj->nactors; i++)
            add_file(l, DK_ACTORS, proj->actors[i], 0);
        for (size_t i = 0; i < proj->nverbs; i++)
            add_file(l, DK_VERBS, proj->verbs[i], 0);
        for (size_t i = 0; i < proj->nagents; i++)
            add_file(l, DK_AGENTS, proj->agents[i], 0);
    }
    return true;
}

static bool load_options_files(coder_options *opt, const sitrep_load_options *o,
                               const tabari_project *proj, sitrep_error *err)
{
    for (size_t i = 0; o->options && o->options[i]; i++)
        if (!coder_options_load(opt, o->options[i], err))
            return dict_failure(err);
    for (size_t i = 0; proj && i < proj->noptions; i++)
        if (!coder_options_load(opt, proj->options[i], err))
            return dict_failure(err);
    return true;
}

static sitrep_status fail(sitrep_resources *r, lexicon *lx, sitrep_error *err)
{
    if (lx)
        lex_free(lx);
    free(r->textfile);
    free(r);
    if (err && err->code == SITREP_OK)
        err->code = SITREP_EFAIL;
    return err ? err->code : SITREP_EFAIL;
}

sitrep_status sitrep_resources_load(const sitrep_load_options *o, sitrep_resources **out,
                                  sitrep_error *err)
{
    sitrep_load_options defaults;
    if (!o) {
        sitrep_load_options_init(&defaults);
        o = &defaults;
    }
    sitrep_error local;
    if (!err)
        err = &local;
    sitrep_error_clear(err);
    *out = NULL;
    double t0 = now();
    sitrep_resources *r = xcalloc(1, sizeof *r);
    coder_options_default(&r->opt);
    dict_list l = {0};
    tabari_project proj = {0};
    bool have_project = false;
    load_ctx c = {.o = o, .lexicon_dir = o->lexicon_dir ? o->lexicon_dir : paths_lexicon_dir()};
    bool ok = gather(o, &l, &proj, &have_project, err);
    if (ok && have_project && proj.text)
        r->textfile = xstrdup(proj.text);
    bool own_lexicon = l.n[DK_ACTORS] == 0 && l.n[DK_VERBS] == 0 && l.n[DK_AGENTS] == 0 &&
                       l.n[DK_DISCARDS] == 0;
    if (ok && own_lexicon)
        ok = add_lexicon_dir(&l, c.lexicon_dir, err);
    lexicon *lx = NULL;
    if (ok) {
        lx = lex_new();
        bool loaded = true;
        for (int k = 0; k < DK_NKINDS; k++)
            for (size_t i = 0; i < l.n[k]; i++)
                loaded &= load_one(lx, (enum dict_kind)k, &l.files[k][i], &c);
        if (o->pico) {
            size_t before = c.problems;
            if (!pico_load_file(lx, o->pico, diag, &c, err)) {
                loaded = false;
                note_failure(&c, before, err);
            }
        }
        if (c.unreadable) {
            *err = c.first;
            ok = false;
        } else if (!loaded && o->strict) {
            ok = sitrep_error_setc(err, SITREP_EDICT, "%zu malformed dictionary line(s)",
                                   c.problems);
        } else if (!loaded) {
            r->malformed = true;
        }
    }
    ok = ok && load_options_files(&r->opt, o, have_project ? &proj : NULL, err);
    dict_list_free(&l); /* entry origins are interned copies */
    if (have_project)
        tabari_project_free(&proj);
    if (!ok)
        return fail(r, lx, err);
    r->problems = c.problems;
    r->opt.petrarch = r->opt.petrarch || o->petrarch;
    /* PETRARCH-1 codes attribution clauses as events of their own; PETRARCH-2 does not */
    r->opt.attribution_clauses = r->opt.petrarch && c.petrarch1_verbs;
    lex_freeze(lx);
    /* our lexicon reads the UD tokenizer's words as they are */
    r->opt.tabari_tokens = !own_lexicon;
    if (own_lexicon && !o->shallow) {
        /* our lexicon is coded from the dependency tree: it needs the parser's model */
        const char *model = o->model_file ? o->model_file : paths_model_file();
        r->opt.tree_model = syntax_model_load(model, err);
        if (!r->opt.tree_model) {
            sitrep_error_classify(err, SITREP_EMODEL);
            return fail(r, lx, err);
        }
        /* a clause is short by nature, and headlines are sentences too */
        r->opt.minimum_words = 0;
    }
    r->lx = lx;
    r->load_seconds = now() - t0;
    *out = r;
    return SITREP_OK;
}

size_t sitrep_resources_problems(const sitrep_resources *r)
{
    return r ? r->problems : 0;
}

void sitrep_resources_free(sitrep_resources *r)
{
    if (!r)
        return;
    lex_free(r->lx);
    syntax_model_free((syntax_model *)r->opt.tree_model);
    free(r->textfile);
    free(r);
}

lexicon *resources_release(sitrep_resources *r, coder_options *opt, char **textfile)
{
    lexicon *lx = r->lx;
    *opt = r->opt;
    if (textfile)
        *textfile = r->textfile;
    else
        free(r->textfile);
    free(r);
    return lx;
}
