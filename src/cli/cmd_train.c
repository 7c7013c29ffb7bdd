/* cmd_train.c: `sitrep train`, training the tagger and parser model from CoNLL-U
 * treebanks (syntax/train.h does the work; this file reads the options). */
#include "cli/cli.h"
#include "syntax/parser.h"
#include "syntax/train.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void show(void *ctx, const char *message)
{
    (void)ctx;
    fprintf(stderr, "train: %s\n", message);
}

static bool int_option(const char *value, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(value, &end, 10);
    if (*end || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

static int usage(FILE *out)
{
    fputs("usage: sitrep train -o MODEL [options] TREEBANK.conllu...\n"
          "  Trains the tagger, the lemma rules and the parser from CoNLL-U treebanks\n"
          "  (deterministic: the same files and options give the same model bytes).\n"
          "  -o, --output MODEL     the model file to write\n"
          "  --tagger-epochs N      tagger training passes, 1 to 100 (default 8)\n"
          "  --parser-epochs N      parser training passes, 1 to 100 (default 15)\n"
          "  --folds K              jackknife folds that tag the parser's training data,\n"
          "                         0 to 20 (default 5; 0 or 1: the gold tags)\n"
          "  --parser-scale X       quantisation scale of the parser weights (default 8)\n"
          "  --seed S               shuffling seed, 0 to 2^30 (default 20260101)\n"
          "  -q, --quiet            no progress messages\n"
          "  -h, --help             this help\n",
          out);
    return out == stdout ? EXIT_OK : EXIT_USAGE;
}

int cmd_train(int argc, char **argv)
{
    syntax_train_options o;
    syntax_train_defaults(&o);
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    size_t nfiles = 0;
    bool quiet = false;
    int status = EXIT_OK;
    for (int i = 1; i < argc && status == EXIT_OK; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        int seed = 0;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            free(files);
            return usage(stdout);
        }
        if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && has_value)
            o.output = argv[++i];
        else if (strcmp(a, "--tagger-epochs") == 0 && has_value) {
            if (!int_option(argv[++i], 1, 100, &o.tagger_epochs))
                status = EXIT_USAGE;
        } else if (strcmp(a, "--parser-epochs") == 0 && has_value) {
            if (!int_option(argv[++i], 1, 100, &o.parser_epochs))
                status = EXIT_USAGE;
        } else if ((strcmp(a, "--tagger-features") == 0 ||
                    strcmp(a, "--parser-features") == 0) && has_value) {
            int v = 0;
            if (!int_option(argv[++i], 0, 1 << 30, &v))
                status = EXIT_USAGE;
            *(a[2] == 't' ? &o.tagger_features : &o.parser_features) = (size_t)v;
        } else if (strcmp(a, "--beam") == 0 && has_value) {
            if (!int_option(argv[++i], 1, PARSER_MAX_BEAM, &o.parser_beam))
                status = EXIT_USAGE;
        } else if (strcmp(a, "--folds") == 0 && has_value) {
            if (!int_option(argv[++i], 0, 20, &o.folds))
                status = EXIT_USAGE;
        } else if (strcmp(a, "--parser-scale") == 0 && has_value) {
            char *end;
            o.parser_scale = strtof(argv[++i], &end);
            if (*end || !(o.parser_scale > 0.01f && o.parser_scale <= 1000.0f))
                status = EXIT_USAGE;
        } else if (strcmp(a, "--seed") == 0 && has_value) {
            if (!int_option(argv[++i], 0, 1 << 30, &seed))
                status = EXIT_USAGE;
            o.seed = (uint64_t)seed;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0)
            quiet = true;
        else if (a[0] == '-') {
            cli_error("train: unknown option or missing value '%s'", a);
            status = EXIT_USAGE;
        } else
            files[nfiles++] = a;
        if (status != EXIT_OK && a[0] == '-' && i < argc)
            cli_error("train: bad value for %s", a);
    }
    if (status == EXIT_OK && (!o.output || nfiles == 0)) {
        cli_error("usage: sitrep train -o MODEL [--tagger-epochs N] [--parser-epochs N] "
                  "[--beam K] [--folds K] [--parser-scale X] [--tagger-features N] "
                  "[--parser-features N] [--seed S] TREEBANK.conllu...");
        status = EXIT_USAGE;
    }
    if (status == EXIT_OK) {
        o.files = files;
        o.nfiles = nfiles;
        if (!quiet)
            o.progress = show;
        sitrep_error err = {0};
        if (!syntax_train(&o, &err)) {
            cli_error("train: %s", err.message);
            status = EXIT_USAGE;
        }
    }
    free(files);
    return status;
}
