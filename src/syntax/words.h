/* words.h: the per-word values that the tagger's and the parser's features are made of,
 * computed once per word: hashes of the word, its lower-cased form, prefixes, suffixes
 * and shape, and the tag the tagger gave it.
 *
 * Contract: syn_words_prepare() fills w[0..n) from the forms of a sentence's words. Only
 * ASCII letters are case-folded (enough for English features; other bytes are kept). The
 * values are hashes, so nothing here allocates. */
#ifndef SITREP_SYNTAX_WORDS_H
#define SITREP_SYNTAX_WORDS_H

#include "syntax/ud.h"

#include <stdint.h>

enum syn_word_flags {
    SYNW_UPPER_INITIAL = 1 << 0,
    SYNW_HAS_DIGIT = 1 << 1,
    SYNW_HAS_HYPHEN = 1 << 2,
    SYNW_ALL_UPPER = 1 << 3,
};

typedef struct syn_word {
    uint64_t form, lower, shape;
    uint64_t pre[3]; /* lower-cased prefixes of 1..3 bytes */
    uint64_t suf[4]; /* lower-cased suffixes of 1..4 bytes */
    uint64_t amb;    /* the word's ambiguity class: the tags the training data gave it */
    uint32_t tag;    /* joint tag number, set by the tagger */
    uint32_t tag1;   /* the tagger's first-pass tag, which its second pass reads */
    uint8_t upos;    /* the tag's UPOS */
    uint8_t dict;    /* 1 when the tag lexicon gives the word one tag only */
    uint8_t sure;    /* 1 when the tagger's first pass won by a wide margin */
    uint8_t closed;  /* 0 when the tag lexicon knows the word and never gave it a
                        closed-class tag (an auxiliary, determiner, pronoun, adposition,
                        conjunction or particle): then the tagger may not either */
    uint16_t flags;
} syn_word;

void syn_words_prepare(syn_word *w, const ud_sentence *s);

#endif
