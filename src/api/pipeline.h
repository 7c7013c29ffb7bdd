/* pipeline.h: the path of one document from its source to its events, the one driver
 * behind `sitrep code`, `sitrep ingest`, sitrep_code() and the Python module.
 *
 * The stages, each a function of the one before (pipeline.c runs them in this order):
 *   read       an article: from files or standard input (pipeline_read, io/article_reader.h)
 *              or from a caller's sitrep_article (pipeline_take, which copies it);
 *   clean      the text as valid UTF-8, invalid bytes replaced (text_clean, text/text.h);
 *   sentences  sentences and their words: ud_tokenize() over the whole text with our
 *   and tokens lexicon (TABARI's sentences with its dictionaries), the one tokenizer of
 *              every later stage; paragraphs and datelines (document_sentences,
 *              doc/document.h);
 *   parse      tags, lemmas and dependency trees of each sentence's words, in place
 *              (tree_parse_ud_sentence, coder/tree_coder.h; none for the TABARI engine);
 *   code       each sentence's events, with what the sentences before left: forwarded
 *              actors, people named, the home state (document_code_sentences). The
 *              lexicon's shallow reading of a sentence (parse/parse.h: actors, verbs,
 *              pronouns), which the TABARI engine codes and the tree coder falls back on,
 *              is made here, not in the parse stage, because it depends on that context;
 *   document   dates, claimants, status, merged repeats (document_layer; document_date_only
 *   layer      with DOC_ENGINE_ONLY);
 *   events     the public records (pipeline_events, sitrep.h's sitrep_event), or the
 *              tool's output (io/event_writer.h).
 *
 * Contract: pipeline_code() runs clean .. document layer and never fails (and
 * pipeline_code_record() clean and code, for the validation suites' one-sentence
 * records); memory comes from the arena given; the lexicon and options are only read, so
 * threads may code documents concurrently, each with its own arena. The article's date,
 * else default_date, is the document's date (see document.h for the fields it fills). */
#ifndef SITREP_API_PIPELINE_H
#define SITREP_API_PIPELINE_H

#include <sitrep.h>

#include "base/arena.h"
#include "coder/options.h"
#include "doc/document.h"
#include "io/article.h"
#include "io/article_reader.h"
#include "lexicon/lexicon.h"

/* read: the reader's next article (article_reader_next: 1, 0 at the end, -1 on a bad
 * input, described in err). */
int pipeline_read(article_reader *rd, arena *a, article *out, sitrep_error *err);
/* read: a caller's article, copied into the arena (the events outlive the caller's
 * strings). SITREP_EUSAGE without text, SITREP_EINPUT for a date that is not one. */
sitrep_status pipeline_take(arena *a, const sitrep_article *in, article *out,
                            sitrep_error *err);

/* clean .. document layer. flags: enum document_flags. */
void pipeline_code(const lexicon *lx, const coder_options *opt, arena *a, const article *art,
                   const char *default_date, unsigned flags, document_result *out);

/* A TABARI or PETRARCH validation record, which those suites read as one sentence:
 * clean, then code text[0..len) as a single sentence (coder_code_sentence; no sentence
 * split, no document layer). date: YYYYMMDD or 0; forward: the actor the previous record
 * of the story leaves to its pronouns, or NULL. */
void pipeline_code_record(const lexicon *lx, const coder_options *opt, arena *a,
                          const char *text, size_t len, int32_t date, const char *forward,
                          coded_sentence *out);

/* events: the public records of res's events (NULL when there are none), in the arena. */
sitrep_event *pipeline_events(arena *a, const article *art, const document_result *res);

#endif
