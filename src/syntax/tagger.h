/* tagger.h: the part-of-speech tagger: greedy left-to-right averaged perceptrons over
 * joint (UPOS, XPOS) tags, with a tag dictionary for frequent unambiguous words.
 *
 * Two passes: a left-to-right pass sees only the tags of the words before a word; a
 * second left-to-right pass (a stacked classifier) also sees the first pass's tags of
 * the word itself and of the two words after it, so that "that" or "to" can be decided
 * by what follows. A model without a second pass (an empty tagger2) tags in one pass.
 *
 * Contract:
 *  - tagger_features() writes the features of word i (at most TAGGER_MAX_FEATS) for pass
 *    1 or 2, given the tags already chosen for the words before it (w[].tag) and, for pass
 *    2, the first-pass tags of every word (w[].tag1); the trainer and the tagger share it,
 *    so that training and tagging see the same features.
 *  - tagger_tag() sets w[i].tag (and w[i].tag1) for every word, reading only the frozen
 *    model.
 */
#ifndef SITREP_SYNTAX_TAGGER_H
#define SITREP_SYNTAX_TAGGER_H

#include "syntax/model.h"
#include "syntax/words.h"

#include <stddef.h>

enum { TAGGER_MAX_FEATS = 64 };

size_t tagger_features(const syn_word *w, size_t n, size_t i, int pass, uint64_t *out);
/* Words seen this often with one tag (99% of the time) take it without classifying. */
#define TAGGER_DICT_MIN 20
/* Looks every word up in the tag lexicon: its ambiguity class, and whether the lexicon
 * alone decides its tag (then sets tag and dict); with the tags' UPOS table `tag_upos`
 * (NULL when training: no restriction), also whether it may take a closed-class tag
 * (closed). */
void tagger_lookup(const linear_model *dict, const uint8_t *tag_upos, syn_word *w, size_t n);
void tagger_tag(const syntax_model *m, syn_word *w, size_t n);

#endif
