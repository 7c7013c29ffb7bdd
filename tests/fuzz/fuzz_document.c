/* fuzz_document.c: libFuzzer target for the whole document pipeline with our lexicon and
 * the tagger and parser model: article text -> cleaning -> UD sentences -> tags and tree
 * -> the tree coder -> the document layer (dates, attribution, status, dedup).
 *
 * The lexicon (SITREP_LEXICON, else the source tree's lexicon/) and the model
 * (SITREP_MODEL, else the source tree's models/en_ud.model) are loaded once in
 * LLVMFuzzerInitialize, as `sitrep code` loads them; without a model the target stops with
 * a message. Each input is one article's text, coded by the pipeline (api/pipeline.h) with
 * an article date, without one (the fallback date the text states), or with the engine
 * alone (DOC_ENGINE_ONLY), by its length modulo 3; every event must point into the
 * cleaned text and carry a code, and a dated article's events a date. */
#include "api/pipeline.h"
#include "base/file.h"
#include "base/arena.h"
#include "coder/options.h"
#include "fuzz_check.h"
#include "lexicon/petrarch_reader.h"
#include "lexicon/tabari_reader.h"
#include "syntax/model.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);

static lexicon *lx;
static coder_options opt;

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && strcmp(s + n - t, tail) == 0;
}

static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Loads one file of our lexicon in the syntax its text shows (as the CLI does). */
static void load(const char *dir, const char *f)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, f);
    sitrep_error err = {0};
    size_t len;
    char *data = file_read_path(path, &len, &err);
    if (!data) {
        fprintf(stderr, "fuzz_document: %s\n", err.message);
        exit(1);
    }
    bool verbs = strncmp(f, "verbs", 5) == 0, agents = strncmp(f, "agents", 6) == 0;
    dict_syntax syn = verbs ? petr_sniff_verbs(data, len) : petr_sniff_nouns(data, len);
    bool ok;
    if (syn == DICT_SYNTAX_TABARI)
        ok = tabari_load_buffer(lx, verbs ? TABARI_VERBS : agents ? TABARI_AGENTS : TABARI_ACTORS,
                                f, data, len, NULL, NULL, NULL, &err);
    else
        ok = petr_load_buffer(lx,
                              verbs    ? (syn == DICT_SYNTAX_PETRARCH2 ? PETR_VERBS2 : PETR_VERBS1)
                              : agents ? PETR_AGENTS
                                       : PETR_ACTORS,
                              f, data, len, NULL, NULL, NULL, &err);
    free(data);
    if (!ok) {
        fprintf(stderr, "fuzz_document: %s: %s\n", path, err.message);
        exit(1);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dir = getenv("SITREP_LEXICON");
    if (!dir || !*dir)
        dir = SITREP_LEXICON_DIR;
    const char *model = getenv("SITREP_MODEL");
    if (!model || !*model)
        model = SITREP_MODEL_FILE;
    DIR *dp = opendir(dir);
    if (!dp) {
        fprintf(stderr, "fuzz_document: no lexicon at %s (set SITREP_LEXICON)\n", dir);
        exit(1);
    }
    char *names[256];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < sizeof names / sizeof *names) {
        const char *f = de->d_name;
        if (f[0] != '.' && (ends_with(f, ".actors") ||
                            (ends_with(f, ".txt") &&
                             (strncmp(f, "agents", 6) == 0 || strncmp(f, "verbs", 5) == 0))))
            names[n++] = strdup(f);
    }
    closedir(dp);
    qsort(names, n, sizeof *names, by_name);
    lx = lex_new();
    /* actors, then agents, then verbs, as the CLI loads them */
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < n; i++) {
            bool verbs = strncmp(names[i], "verbs", 5) == 0;
            bool agents = strncmp(names[i], "agents", 6) == 0;
            if ((pass == 0 && !verbs && !agents) || (pass == 1 && agents) || (pass == 2 && verbs))
                load(dir, names[i]);
        }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    lex_freeze(lx);
    coder_options_default(&opt);
    sitrep_error err = {0};
    opt.tree_model = syntax_model_load(model, &err);
    if (!opt.tree_model) {
        fprintf(stderr, "fuzz_document: %s (set SITREP_MODEL)\n", err.message);
        exit(1);
    }
    opt.minimum_words = 0;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena *a = arena_new(0);
    article art = {0};
    art.id = "fuzz";
    art.origin = "fuzz";
    int mode = (int)(size % 3); /* 0 dated, 1 undated, 2 the engine alone */
    art.date = mode == 1 ? NULL : "2026-01-15";
    art.text = (const char *)data;
    art.text_len = size;
    document_result r;
    pipeline_code(lx, &opt, a, &art, NULL, mode == 2 ? DOC_ENGINE_ONLY : 0, &r);
    for (size_t i = 0; i < r.nevents; i++) {
        const event *e = &r.events[i];
        check(e->sentence.start <= e->sentence.end && e->sentence.end <= r.text_len);
        check(e->verb.start <= e->verb.end && e->verb.end <= r.text_len);
        check(e->code[0] != '\0');
        check(!art.date || e->date[0] != '\0');
    }
    check(r.date_missing == !art.date);
    arena_free(a);
    return 0;
}
