/* syntax.h: the analysis of one sentence: tags, lemmas and the dependency tree, with the
 * frozen model. This is the one entry point the rest of sitrep uses.
 *
 * Contract: syntax_analyze() fills upos, xpos, lemma, head and deprel of every word of s
 * (which the tokenizer or the CoNLL-U reader made), allocating from a (the sentence's
 * arena). It reads the model only, so threads may share one model. Sentences longer than
 * SYNTAX_MAX_WORDS words are analysed in consecutive pieces of that size, each its own
 * tree, the later pieces' roots attached to the first's, so that time stays linear. */
#ifndef SITREP_SYNTAX_SYNTAX_H
#define SITREP_SYNTAX_SYNTAX_H

#include "base/arena.h"
#include "syntax/model.h"
#include "syntax/ud.h"

#define SYNTAX_MAX_WORDS 400

/* what = SYNTAX_TAG | SYNTAX_PARSE; lemmas come with tags */
enum { SYNTAX_TAG = 1, SYNTAX_PARSE = 2, SYNTAX_ALL = 3 };

void syntax_analyze(const syntax_model *m, arena *a, ud_sentence *s, int what);

#endif
