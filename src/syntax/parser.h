/* parser.h: the labelled dependency parser: greedy arc-hybrid transitions (Kuhlmann et
 * al. 2011) scored by an averaged perceptron, trained with a dynamic oracle (Goldberg and
 * Nivre 2013) so that it learns to recover from its own mistakes.
 *
 * Transitions: 0 = SHIFT; 1 + l = LEFT(l): the stack top becomes a dependent, labelled l,
 * of the first buffer word and is popped; 1 + nlabels + l = RIGHT(l): the stack top
 * becomes a dependent of the word below it. The artificial root (node 0) starts on the
 * stack; a word attaches to it only when the buffer is empty, so every tree has exactly
 * one root word. Nodes are 0 (root) and 1..n (the sentence's words).
 *
 * Contract:
 *  - parser_parse() fills heads[1..n] (0..n) and labels[1..n] (label numbers) for the
 *    tagged words w[0..n) (w[i] is node i+1) using the frozen model; it always returns a
 *    tree (every word has a head, no cycles, one root word) in time linear in n.
 *  - parser_train_sentence() runs one training pass over one sentence with the gold
 *    tree; the oracle allows non-projective trees (it then aims at the best reachable
 *    tree). parser_oracle_tree() follows the oracle alone, for tests.
 */
#ifndef SITREP_SYNTAX_PARSER_H
#define SITREP_SYNTAX_PARSER_H

#include "base/arena.h"
#include "syntax/linear.h"
#include "syntax/model.h"
#include "syntax/words.h"

#include <stdbool.h>
#include <stdint.h>

enum { PARSER_MAX_BEAM = 64 };

/* Greedy when m->beam <= 1, else beam search of that width. */
void parser_parse(const syntax_model *m, const syn_word *w, uint32_t n, arena *a,
                  int32_t *heads, int32_t *labels);
/* Greedy, scoring every transition's features afresh: the definition parser_parse()'s
 * cached scoring must reproduce exactly (for tests). */
void parser_parse_uncached(const syntax_model *m, const syn_word *w, uint32_t n, arena *a,
                           int32_t *heads, int32_t *labels);

typedef struct parser_train_stats {
    uint64_t transitions, errors;
} parser_train_stats;

/* gold_head[1..n], gold_label[1..n]; explore: follow the model's own (possibly wrong)
 * choices; rng: the trainer's random state (deterministic). */
void parser_train_sentence(linear_trainer *t, const syn_word *w, uint32_t n,
                           const int32_t *gold_head, const int32_t *gold_label,
                           uint32_t nlabels, bool explore, uint64_t *rng,
                           parser_train_stats *stats);

/* Global training for beam decoding (model->beam > 1): decodes with a beam of `width`
 * under the current weights and, where the best sequence outscores the gold one's
 * prefix the most, adds the gold prefix's features and subtracts the predicted one's
 * (max-violation update, Huang, Fayong and Guo 2012). Counts a sentence with an update
 * in stats->errors. */
void parser_train_sentence_beam(linear_trainer *t, const syn_word *w, uint32_t n,
                                const int32_t *gold_head, const int32_t *gold_label,
                                uint32_t nlabels, uint32_t width, parser_train_stats *stats);

/* Builds heads/labels[1..n] by following the lowest-cost transition at every step. */
void parser_oracle_tree(uint32_t n, const int32_t *gold_head, const int32_t *gold_label,
                        uint32_t nlabels, arena *a, int32_t *heads, int32_t *labels);

#endif
