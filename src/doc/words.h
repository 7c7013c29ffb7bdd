/* words.h: the tokens of the document layer, and the classes of the cue words it looks for.
 *
 * Contract: the document layer's tokens are the UD tokenizer's words, one token per
 * syntactic word (syntax/ud_tokenize.h, UD_TOKENS): words_from_ud() those of a UD sentence
 * (as ud_tokenize() made it from `text`, spans into `text`), words_tokenize() those of
 * text[start..end) (ud_text_tokens(), when the caller has no UD sentence: the TABARI
 * engine's sentences). Either way a token has the word's byte span, its normal form
 * (text.h text_upper: upper case, curly quotes and dashes in ASCII), its kind, the
 * CAPITALIZED, SENT_START, CLITIC and POSSESSIVE flags: the pieces of a multiword token
 * are tokens of their own, those after the first flagged CLITIC: "Korea's" -> KOREA + 'S,
 * "don't" -> DO + N'T, "cannot" -> CAN + NOT. The readers take a CLITIC "N'T" for a
 * negation (word_is_nt) and start a cue at its host ("can't", "cannot").
 * Each token also gets its word classes in `tag` (one hash lookup per token, into a table
 * built once, on first use, from the word lists in words.c): WORD_IS(t, WC_SPEECH) is true
 * when its upper-case form is one of the speech verbs, and so on; WORD_VALUE(t) is the
 * number a month, weekday or count word stands for. IS(token, "LITERAL") is true when the
 * token's upper-case form is exactly the literal. Memory comes from the arena.
 * When our lexicon codes a document, the coder, the parser, the lexicon's shallow reading
 * and the document layer read the same words (document.h). */
#ifndef SITREP_DOC_WORDS_H
#define SITREP_DOC_WORDS_H

#include "base/arena.h"
#include "syntax/ud.h"
#include "text/text.h"

#include <stdbool.h>
#include <string.h>

static inline bool word_is(const token *t, const char *w, size_t n)
{
    if (t->len != n)
        return false;
    for (size_t i = 0; i < n; i++) /* unrolled for a literal: no call */
        if (t->upper[i] != w[i])
            return false;
    return true;
}

#define IS(t, lit) word_is((t), lit, sizeof(lit) - 1)

/* The "n't" the UD tokenizer splits off "didn't", "can't" (a negation, like "not"). */
static inline bool word_is_nt(const token *t)
{
    return (t->flags & TOKF_CLITIC) && IS(t, "N'T");
}

/* Word classes (bits of token.tag); the lists are in words.c. */
enum word_class {
    /* status.c */
    WC_COMPLEMENTIZER = 1u << 0,  /* that, whether, if */
    WC_HARD_BOUNDARY = 1u << 1,   /* , ; : " ( ) which who ... when after as */
    WC_DETERMINER = 1u << 2,      /* the a an its ... both: a new subject after "and" */
    WC_HYPO = 1u << 3,            /* may might could ... unless */
    WC_HYPO_TO = 1u << 4,         /* expected plans ready ... (followed by "to") */
    WC_NEG = 1u << 5,             /* not never no ... deny */
    WC_NEG_TO = 1u << 6,          /* failed refused declined ... (followed by "to") */
    /* attribution.c */
    WC_SPEECH = 1u << 7,          /* said told noted ...: attribute what follows */
    WC_SPEECH_THAT = 1u << 8,     /* announced warned ...: only before "that" */
    WC_OPENER = 1u << 9,          /* in on at back later ...: open an adverbial */
    WC_VERB_PREFIX = 1u << 10,    /* did has not also ...: between subject and verb */
    WC_MEDIA = 1u << 11,          /* media reports newspapers ... */
    /* dates.c */
    WC_DATE_BOUNDARY = 1u << 12,  /* that which who when after before while where because ; */
    WC_MONTH = 1u << 13,          /* month names and abbreviations; value 1..12 */
    WC_WEEKDAY = 1u << 14,        /* monday .. sunday; value 0..6 */
    WC_COUNT = 1u << 15,          /* a, one .. twelve; value 1..12 */
    WC_DATE_WORD = 1u << 16,      /* yesterday, today, last: open relative dates */
    WC_ATTR_CUE = 1u << 17,       /* according, it, there, reportedly: open other attributions */
};

#define WORD_CLASS_MASK 0x00FFFFFFu
#define WORD_IS(t, cls) (((t)->tag & (cls)) != 0)
#define WORD_VALUE(t) ((int)((t)->tag >> 24))

size_t words_tokenize(arena *a, const char *text, uint32_t start, uint32_t end, token **out);
size_t words_from_ud(arena *a, const char *text, const ud_sentence *s, token **out);

/* The classes (and value, in the top 8 bits) of an upper-case word, 0 when it has none. */
uint32_t words_classify(const char *upper, size_t len);

#endif
