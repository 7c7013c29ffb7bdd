/* tagger.h: the part-of-speech tagger: a greedy left-to-right averaged perceptron over
 * joint (UPOS, XPOS) tags, with a tag dictionary for frequent unambiguous words.
 *
 * Contract:
 *  - tagger_features() writes the features of word i (at most TAGGER_MAX_FEATS) given the
 *    tags already chosen for the words before it; the trainer and the tagger share it, so
 *    that training and tagging see the same features.
 *  - tagger_tag() sets w[i].tag for every word, reading only the frozen model.
 */
#ifndef SITREP_SYNTAX_TAGGER_H
#define SITREP_SYNTAX_TAGGER_H

#include "syntax/model.h"
#include "syntax/words.h"

#include <stddef.h>

enum { TAGGER_MAX_FEATS = 48 };

size_t tagger_features(const syn_word *w, size_t n, size_t i, uint64_t *out);
/* Words seen this often with one tag (99% of the time) take it without classifying. */
#define TAGGER_DICT_MIN 20
/* Looks every word up in the tag lexicon: its ambiguity class, and whether the lexicon
 * alone decides its tag (then sets tag and dict). */
void tagger_lookup(const linear_model *dict, syn_word *w, size_t n);
void tagger_tag(const syntax_model *m, syn_word *w, size_t n);

#endif
