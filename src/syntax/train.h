/* train.h: training the tagger, the lemma rules and the parser from CoNLL-U treebanks.
 *
 * Contract: syntax_train() reads the training files, trains (deterministically: the same
 * files and options give the same model bytes) and writes the model file. Tags for the
 * parser's training are predicted by jackknifing (each fold tagged by a tagger trained on
 * the other folds), so the parser learns from the kind of tags it will see. Progress
 * messages go to the callback, if any; errors name the file. */
#ifndef SITREP_SYNTAX_TRAIN_H
#define SITREP_SYNTAX_TRAIN_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct syntax_train_options {
    const char *const *files;
    size_t nfiles;
    const char *output;
    int tagger_epochs;   /* default 8 */
    int parser_epochs;   /* default 15 */
    int parser_beam;     /* 1: greedy, trained with a dynamic oracle; more: beam search of
                          * that width, trained globally (parser.h) */
    int folds;           /* jackknife folds for the parser's tags; 0 or 1: gold tags */
    float parser_scale;  /* int16 quantisation scale of the averaged parser weights */
    size_t parser_features; /* most parser features kept (0: all) */
    size_t tagger_features; /* most tagger features kept (0: all) */
    uint64_t seed;
    void (*progress)(void *ctx, const char *message);
    void *ctx;
} syntax_train_options;

void syntax_train_defaults(syntax_train_options *o);
bool syntax_train(const syntax_train_options *o, sitrep_error *err);

#endif
