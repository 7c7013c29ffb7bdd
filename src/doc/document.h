/* document.h: coding a whole article: cleaning, sentences, events, and the fields that
 * need the whole document.
 *
 * Contract: document_code() never fails. It cleans the article's text (invalid UTF-8 is
 * counted and replaced), splits it into sentences, codes each (forwarding an actor to the
 * pronouns that open the next sentence, coref.h; giving it the people named so far and
 * the story's home state, the state its sentences and dateline have named most so far,
 * sentence_context in parse.h), and returns every event with spans into
 * `text` (the cleaned text, which it also returns). With the tree coder (opt->tree_model)
 * there is one tokenizer: ud_tokenize() over the whole cleaned text gives the sentences
 * (cut at every line break when the text is written one paragraph per line,
 * text_lines_are_paragraphs), each sentence's words go to tree_code_ud_sentence() as they
 * are, and the document layer's tokens are those words (words_from_ud, doc/words.h); an
 * event's sentence_index is its UD sentence's. Without a model (the TABARI engine) the
 * sentences come from text_split_sentences() and the tokens from words_tokenize(), as the
 * engine reads them. Either way a paragraph opens at the first sentence and after a line
 * break (a blank line: newpar), and the coder starts a paragraph's first sentence after its
 * dateline (dateline.h). Then the document layer fills, for each event:
 *  - date, date_precision, date_text (dates.h): from a date expression in its sentence,
 *    else in the lead sentence of its paragraph, else the article date with precision
 *    "doc". The article date is the article's `date`, else `default_date`; when neither
 *    exists, `date_missing` is set and the latest full date the text states stands in
 *    (`fallback_date`, "" when there is none);
 *  - said_by_code, said_by_text, said_by_cue (attribution.h, coref.h);
 *  - status and status_cue (status.h): hypothetical or negated from the governing clause,
 *    else "reported" when attributed (the cue is the speech words), else asserted;
 *  - mentions (dedup.h): repeated events are merged.
 * document_code_flags() with DOC_ENGINE_ONLY stops before the document layer: sentences are
 * cleaned, split and coded as above (datelines skipped, pronouns forwarded), but every event
 * keeps the article date with precision "doc" (none when the article has no date; no
 * fallback date is searched for), status asserted, no said_by, and repeats are not merged.
 * It measures what the document layer costs (`sitrep code --engine-only`, bench/run).
 * Memory comes from the arena given. */
#ifndef SITREP_DOC_DOCUMENT_H
#define SITREP_DOC_DOCUMENT_H

#include "base/arena.h"
#include "coder/coder.h"
#include "io/article.h"

#include <stdbool.h>

typedef struct document_result {
    const char *text;       /* cleaned text */
    size_t text_len;
    event *events;
    size_t nevents;
    size_t nsentences;
    size_t invalid_bytes;   /* invalid UTF-8 bytes replaced */
    size_t first_invalid;   /* raw offset of the first one */
    bool date_missing;      /* neither the article nor the caller gave a date */
    char fallback_date[11]; /* then: the latest full date in the text, or "" */
} document_result;

enum document_flags {
    DOC_ENGINE_ONLY = 1u << 0, /* code the sentences only: no document layer */
};

void document_code(const lexicon *lx, const coder_options *opt, arena *a, const article *art,
                   const char *default_date, document_result *out);
void document_code_flags(const lexicon *lx, const coder_options *opt, arena *a,
                         const article *art, const char *default_date, unsigned flags,
                         document_result *out);

/* "YYYY-MM-DD" -> YYYYMMDD, or 0 when absent or malformed. */
int32_t document_date_number(const char *date);

#endif
