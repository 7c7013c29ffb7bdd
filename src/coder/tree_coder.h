/* tree_coder.h: coding a sentence from its dependency tree (our own lexicon's coder).
 *
 * Contract: tree_code_sentence() tokenizes text[start..end) to UD conventions, tags and
 * parses it with the model, then codes every predicate of the tree as a clause of its own:
 * the predicate with its subject (inherited along conjunctions, control, relative and
 * participial clauses when it has none), objects, particles and prepositional arguments,
 * each argument without the clauses that hang from it. Each clause is read by the
 * lexicon's verb patterns (the same matcher as the TABARI engine, so the dictionaries'
 * syntax keeps its meaning: $ the subject, + the object or the named oblique), and only an
 * event whose verb is that predicate is kept, so a clause never codes a neighbour's verb.
 * Events carry byte spans into `text`, like coder_code_sentence()'s, and the same
 * coded_sentence record is filled (parse is the shallow parse of the whole sentence, which
 * the document layer reads speakers from). Memory comes from the arena; the model and
 * lexicon are only read, so threads may code concurrently.
 *
 * tree_code_ud_sentence() is the entry point of the document layer, which tokenizes the
 * whole article once with ud_tokenize() and codes its UD sentences: it takes one sentence
 * `s` whose word spans point into `text` (as ud_tokenize() over the whole text gives
 * them), so no word is tokenized twice; the words that start before `from` (a dateline,
 * doc/dateline.h) are left out, and the shallow reading covers text[max(from, s->start),
 * s->end). Its words must have been tagged and parsed by tree_parse_ud_sentence() with the
 * same `from` (the pipeline's parse stage, api/pipeline.h): that analyses them in place
 * (lemmas, tags, heads; in pieces of SYNTAX_MAX_WORDS words, heads 1-based within a piece)
 * and mends the parse as the coder reads it (syntax_repair). tree_code_sentence() is the
 * same for text[start..end), which it tokenizes and parses itself (one or more UD
 * sentences, coded as one sentence).
 * The closed lists of English words it reads (event nouns, verbs of saying, person nouns,
 * ...) are in tree_words.h. */
#ifndef SITREP_CODER_TREE_CODER_H
#define SITREP_CODER_TREE_CODER_H

#include "coder/coder.h"
#include "parse/parse.h"
#include "syntax/model.h"
#include "syntax/ud.h"

void tree_code_sentence(const lexicon *lx, const coder_options *opt, const syntax_model *m,
                        arena *a, const char *text, uint32_t start, uint32_t end, int32_t date,
                        uint32_t sentence_index, const sentence_context *ctx,
                        coded_sentence *out);
void tree_parse_ud_sentence(const syntax_model *m, arena *a, ud_sentence *s, uint32_t from);
void tree_code_ud_sentence(const lexicon *lx, const coder_options *opt, const syntax_model *m,
                           arena *a, const char *text, ud_sentence *s, uint32_t from,
                           int32_t date, uint32_t sentence_index, const sentence_context *ctx,
                           coded_sentence *out);

#endif
