/* ud.h: a sentence analysed to Universal Dependencies conventions, the data that the
 * tokenizer, the tagger, the parser, the CoNLL-U reader and writer, the evaluator and the
 * tree coder all share.
 *
 * Contract:
 *  - A sentence is an array of syntactic words, numbered 1..n as in CoNLL-U; words[0] is
 *    word 1. A surface token that UD splits into several words ("don't" -> "do" + "n't",
 *    "Korea's" -> "Korea" + "'s") is a multiword token: a ud_mwt naming its first and last
 *    word and its surface form; the words keep their own forms.
 *  - Byte spans [start, end) point into the text the sentence came from (the document, for
 *    raw text). A word read from a CoNLL-U file without TokenRange has has_span == 0.
 *  - Strings (form, lemma, xpos, deprel) are NUL-terminated. They point either into the
 *    arena the sentence was built in or into a model's frozen tables; they are never freed
 *    one by one.
 *  - head is 0 for the root and 1..n otherwise; -1 (UD_NO_HEAD) before parsing. upos is an
 *    enum ud_upos, UPOS_NONE before tagging.
 */
#ifndef SITREP_SYNTAX_UD_H
#define SITREP_SYNTAX_UD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum ud_upos {
    UPOS_NONE = 0,
    UPOS_ADJ, UPOS_ADP, UPOS_ADV, UPOS_AUX, UPOS_CCONJ, UPOS_DET, UPOS_INTJ, UPOS_NOUN,
    UPOS_NUM, UPOS_PART, UPOS_PRON, UPOS_PROPN, UPOS_PUNCT, UPOS_SCONJ, UPOS_SYM, UPOS_VERB,
    UPOS_X,
    UPOS_COUNT
};

#define UD_NO_HEAD (-1)

typedef struct ud_word {
    const char *form;
    const char *lemma;  /* NULL before lemmatisation */
    const char *xpos;   /* Penn Treebank tag, NULL before tagging */
    const char *deprel; /* full relation ("nsubj:pass"), NULL before parsing */
    const char *feats;  /* FEATS column as read, or NULL */
    uint32_t start, end; /* byte span in the source text (when has_span) */
    int32_t head;        /* 0 = root, 1..n, UD_NO_HEAD before parsing */
    uint16_t mwt;        /* 1-based index of the multiword token holding it, 0 if none */
    uint8_t upos;        /* enum ud_upos */
    uint8_t space_after; /* 0 when SpaceAfter=No */
    uint8_t has_span;
} ud_word;

typedef struct ud_mwt {
    uint32_t first, last; /* word numbers, 1-based, inclusive */
    const char *form;     /* the surface token */
    uint32_t start, end;  /* its byte span (when the words have spans) */
    uint8_t space_after;
} ud_mwt;

typedef struct ud_sentence {
    ud_word *words;
    uint32_t n;
    ud_mwt *mwts;
    uint32_t nmwt;
    uint32_t start, end;  /* byte span of the sentence in its text (raw input) */
    const char *text;     /* "# text =" of a CoNLL-U sentence, or NULL */
    const char *sent_id;  /* "# sent_id =", or NULL */
    const char *newdoc;   /* "# newdoc id =" when this sentence opens a document, or NULL */
    bool newpar;          /* a "# newpar" comment came before it */
} ud_sentence;

const char *ud_upos_name(int upos);
/* The enum value of a UPOS name ("NOUN"), or UPOS_NONE when it is not one. */
int ud_upos_from_name(const char *name);

/* The universal part of a relation: "nsubj:pass" -> "nsubj" (written to out, at most cap
 * bytes with the NUL). */
void ud_deprel_base(const char *deprel, char *out, size_t cap);

/* Walks a sentence token by token: the surface token that starts at word index j
 * (0-based) ends before word index return value; *mwt is its multiword token or NULL.
 * *cursor (start it at 0) remembers the position in s->mwts between calls, so that a
 * loop `for (j = 0; j < s->n; j = next)` costs one pass. */
uint32_t ud_token_at(const ud_sentence *s, uint32_t j, uint32_t *cursor, const ud_mwt **mwt);

/* The part of a sentence a parser read as one tree after words it left unparsed (a
 * dateline: heads UD_NO_HEAD): its first word's index, heads counting from it (head 1 is
 * words[first]). False when no word is parsed, the part is longer than max_words (parsed
 * in pieces, each with heads of its own), its words have no spans, or a head points
 * outside it. */
bool ud_parsed_part(const ud_sentence *s, uint32_t max_words, uint32_t *first);

/* The word of s->words[first..) whose span holds byte `at`, numbered from first (1 is
 * words[first]), or 0. */
int32_t ud_word_at_byte(const ud_sentence *s, uint32_t first, uint32_t at);

#endif
