/* document.h: coding a whole article: cleaning, sentences, events, and the fields that
 * need the whole document (dates, forwarding of actors to the pronouns of the next
 * sentence).
 *
 * Contract: document_code() never fails. It cleans the article's text (invalid UTF-8 is
 * counted and replaced), splits it into sentences, codes each, and returns every event
 * with spans into `text` (the cleaned text, which it also returns). Each event carries the
 * article date with precision "doc" (the date is the article's `date`, else
 * `default_date`, else none). Memory comes from the arena given. */
#ifndef SITREP_DOC_DOCUMENT_H
#define SITREP_DOC_DOCUMENT_H

#include "base/arena.h"
#include "coder/coder.h"
#include "io/article.h"

typedef struct document_result {
    const char *text;       /* cleaned text */
    size_t text_len;
    event *events;
    size_t nevents;
    size_t nsentences;
    size_t invalid_bytes;   /* invalid UTF-8 bytes replaced */
    size_t first_invalid;   /* raw offset of the first one */
} document_result;

void document_code(const lexicon *lx, const coder_options *opt, arena *a, const article *art,
                   const char *default_date, document_result *out);

/* "YYYY-MM-DD" -> YYYYMMDD, or 0 when absent or malformed. */
int32_t document_date_number(const char *date);

#endif
