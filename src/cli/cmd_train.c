/* cmd_train.c: `sitrep train`, training the tagger and parser model from CoNLL-U
 * treebanks (sitrep_train does the work; this file reads the options). */
#include "cli/cli.h"

#include <stdint.h>
#include <stdio.h>

static void show(const char *message, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "train: %s\n", message);
}

enum { T_OUTPUT, T_TAGGER_EPOCHS, T_PARSER_EPOCHS, T_TAGGER_FEATURES, T_PARSER_FEATURES,
       T_BEAM, T_FOLDS, T_PARSER_SCALE, T_SEED, T_QUIET };

static const cli_opt train_opts[] = {
    {"output", 'o', "MODEL", T_OUTPUT, "the model file to write (required)"},
    {"tagger-epochs", 0, "N", T_TAGGER_EPOCHS, "tagger training passes, 1 to 100 (default 8)"},
    {"parser-epochs", 0, "N", T_PARSER_EPOCHS, "parser training passes, 1 to 100 (default 15)"},
    {"folds", 0, "K", T_FOLDS, "jackknife folds that tag the parser's training data, 0 to 20 "
                               "(default 5; 0 or 1: the gold tags)"},
    {"parser-scale", 0, "X", T_PARSER_SCALE, "quantisation scale of the parser weights, above "
                                             "0.01, at most 1000 (default 8)"},
    {"seed", 0, "S", T_SEED, "shuffling seed, 0 to 2^30 (default 20260101)"},
    {"quiet", 'q', NULL, T_QUIET, "no progress messages"},
    /* experiments (docs/parsing.md), not listed */
    {"tagger-features", 0, "N", T_TAGGER_FEATURES, NULL},
    {"parser-features", 0, "N", T_PARSER_FEATURES, NULL},
    {"beam", 0, "K", T_BEAM, NULL},
    {NULL, 0, NULL, 0, NULL},
};

typedef struct train_args {
    sitrep_train_options o;
    bool quiet;
} train_args;

static int train_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    sitrep_train_options *o = &((train_args *)ctx)->o;
    long n = 0;
    double x;
    switch (id) {
    case T_OUTPUT: o->output = v; return 0;
    case T_QUIET: ((train_args *)ctx)->quiet = true; return 0;
    case T_TAGGER_EPOCHS:
    case T_PARSER_EPOCHS:
        if (!cli_int(id == T_TAGGER_EPOCHS ? "--tagger-epochs" : "--parser-epochs", v, 1, 100, &n))
            return -1;
        *(id == T_TAGGER_EPOCHS ? &o->tagger_epochs : &o->parser_epochs) = (int)n;
        return 0;
    case T_TAGGER_FEATURES:
    case T_PARSER_FEATURES:
        if (!cli_int("--features", v, 0, 1 << 30, &n))
            return -1;
        *(id == T_TAGGER_FEATURES ? &o->tagger_features : &o->parser_features) = (size_t)n;
        return 0;
    case T_BEAM:
        if (!cli_int("--beam", v, 1, SITREP_MAX_BEAM, &n))
            return -1;
        o->parser_beam = (int)n;
        return 0;
    case T_FOLDS:
        if (!cli_int("--folds", v, 0, 20, &n))
            return -1;
        o->folds = (int)n;
        return 0;
    case T_PARSER_SCALE:
        if (!cli_double("--parser-scale", v, 0.01, 1000, &x))
            return -1;
        o->parser_scale = (float)x;
        return 0;
    case T_SEED:
        if (!cli_int("--seed", v, 0, 1 << 30, &n))
            return -1;
        o->seed = (uint64_t)n;
        return 0;
    default: return -1;
    }
}

int cmd_train(int argc, char **argv)
{
    train_args ta;
    sitrep_train_options_init(&ta.o);
    ta.quiet = false;
    const cli_command cmd = {
        "train", "-o MODEL [options] TREEBANK.conllu...",
        "Trains the tagger, the lemma rules and the parser from CoNLL-U treebanks\n"
        "(deterministic: the same files and options give the same model bytes).\n",
        {{NULL, train_opts, train_take, &ta}}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (!ta.o.output || first >= argc) {
        cli_error("train needs -o MODEL and at least one treebank (try 'sitrep train --help')");
        return EXIT_USAGE;
    }
    ta.o.files = (const char **)argv + first;
    ta.o.nfiles = (size_t)(argc - first);
    if (!ta.quiet)
        ta.o.progress = show;
    sitrep_error err = {0};
    if (sitrep_train(&ta.o, &err) != SITREP_OK) {
        cli_error("train: %s", err.message);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}
