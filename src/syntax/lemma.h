/* lemma.h: lemmas from a word and its tag: the rule learnt for that word and tag in the
 * training data, else the rule learnt for the longest known suffix with that tag, else
 * the word itself (lower-cased unless it is a proper noun). A suffix rule that undoubles a
 * consonant before "-ed"/"-ing" ("robbed" -> "rob") strips only the ending of a word whose
 * consonant is not doubled ("bombed" -> "bomb"); one that strips only the ending of a word
 * whose consonant is doubled after one vowel undoubles it ("stabbed" -> "stab"; "ll" only
 * in a stem of two syllables: "expelled" -> "expel", "killed" -> "kill"), and a stem that
 * ends in a consonant and "l" gets its silent "e" ("toppled" -> "topple").
 *
 * Contract: lemma_rule_between() derives the rule that turns a form into its lemma (the
 * trainer counts them); lemma_apply() writes a lemma into the arena. Keys for the two
 * lookup tables come from lemma_word_key() and lemma_suffix_key(). */
#ifndef SITREP_SYNTAX_LEMMA_H
#define SITREP_SYNTAX_LEMMA_H

#include "base/arena.h"
#include "syntax/model.h"
#include "syntax/words.h"

uint64_t lemma_word_key(const syn_word *w, uint32_t tag);
/* k = 0..3: the suffix of k+1 bytes; k = 4: the tag alone. */
uint64_t lemma_suffix_key(const syn_word *w, uint32_t tag, int k);
/* The rule (lower, strip, append) that turns form into lemma; append points into lemma. */
lemma_rule lemma_rule_between(const char *form, const char *lemma);
const char *lemma_apply(arena *a, const lemma_rule *r, const char *form);
/* The lemma the model gives the word (form with its hashed values w and tag). */
const char *lemma_of(const syntax_model *m, arena *a, const syn_word *w, const char *form);

#endif
