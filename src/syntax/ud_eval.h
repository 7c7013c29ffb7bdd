/* ud_eval.h: scoring a system's UD analysis against gold, as the CoNLL 2018 shared task's
 * conll18_ud_eval.py does.
 *
 * Contract:
 *  - ud_eval_run() takes gold and system sentences (any source: conllu_read, ud_tokenize,
 *    the parser) and fills a ud_eval with counts for tokens, sentences, words, UPOS, XPOS,
 *    UAS and LAS. It never changes its inputs and keeps no state.
 *  - The two analyses must cover the same characters: the forms of all tokens (a
 *    multiword token by its surface form), whitespace removed, concatenated, must be equal
 *    byte for byte. Otherwise it returns false and *err says where they first differ
 *    (byte offset in that stream, the gold and system sentence numbers and a few bytes of
 *    each side). Spans are offsets in that stream; ud_word.start/end are not used. A
 *    token whose form is empty (or only whitespace) is an error too, as it is for the
 *    official script.
 *  - Tokens and sentences count as correct when their spans are equal. Words are aligned
 *    by span; where either side has a multiword token, the words of the smallest region
 *    that both sides cover whole are aligned by the longest common subsequence of their
 *    lower-cased (ASCII) forms (a region of more than 4096 words on a side, which no
 *    real text has, is aligned in order instead). Words scores: aligned / system words
 *    (precision) and aligned / gold words (recall).
 *  - Over aligned words: UPOS and XPOS compare the tags (two missing XPOS are equal); UAS
 *    counts a head as correct when both are the root, or when the system head word is
 *    aligned to the gold head word; LAS also needs the universal relation (before ':') to
 *    match. Precision divides by system words, recall by gold words; with gold
 *    tokenization all three equal the accuracy.
 */
#ifndef SITREP_SYNTAX_UD_EVAL_H
#define SITREP_SYNTAX_UD_EVAL_H

#include "base/error.h"
#include "base/strbuf.h"
#include "syntax/ud.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct ud_eval_count {
    size_t gold;    /* units in the gold analysis */
    size_t system;  /* units in the system analysis */
    size_t correct; /* matching units */
    size_t aligned; /* aligned words (the denominator of aligned accuracy) */
} ud_eval_count;

enum ud_eval_metric {
    UD_EVAL_TOKENS, UD_EVAL_SENTENCES, UD_EVAL_WORDS, UD_EVAL_UPOS, UD_EVAL_XPOS,
    UD_EVAL_UAS, UD_EVAL_LAS, UD_EVAL_COUNT
};

typedef struct ud_eval {
    ud_eval_count m[UD_EVAL_COUNT];
} ud_eval;

bool ud_eval_run(const ud_sentence *gold, size_t ngold, const ud_sentence *sys, size_t nsys,
                 ud_eval *out, sitrep_error *err);

/* Adds b's counts to a (to score several files together). */
void ud_eval_add(ud_eval *a, const ud_eval *b);

/* Percentages (0..100); 0 when the denominator is 0. */
double ud_eval_precision(const ud_eval_count *c);
double ud_eval_recall(const ud_eval_count *c);
double ud_eval_f1(const ud_eval_count *c);
/* correct / aligned: the accuracy over aligned words */
double ud_eval_aligned_accuracy(const ud_eval_count *c);

const char *ud_eval_metric_name(int metric);

/* Appends the raw text of gold sentences, for scoring a system on raw text: each
 * sentence's "# text" (or, without one, its tokens with SpaceAfter honoured), sentences
 * of a paragraph joined by one space, and a blank line before a sentence that opens a
 * paragraph or a document ("# newpar", "# newdoc"). */
void ud_eval_gold_text(const ud_sentence *gold, size_t n, strbuf *out);

/* Appends a table like the official script's verbose output: one line per metric with
 * precision, recall, F1 and aligned accuracy. */
void ud_eval_format(strbuf *out, const ud_eval *e);

#endif
