/* conllu.h: reading and writing CoNLL-U (https://universaldependencies.org/format.html).
 *
 * Contract:
 *  - conllu_read() parses a whole buffer into sentences (arena memory). Comment lines give
 *    the sentence's text, sent_id, newdoc and newpar; multiword-token ranges ("3-4") become
 *    ud_mwt records; empty nodes ("5.1") are skipped, as the basic tree does not use them.
 *    MISC's SpaceAfter=No and TokenRange=START:END are honoured. A malformed line (wrong
 *    column count, bad ID or HEAD, a head outside the sentence, words out of order) makes
 *    that sentence invalid: it is dropped and counted, and the first problem is reported
 *    in *err as "NAME:LINE: what is wrong"; the rest of the file is read. Returns false
 *    only when no sentence could be read from a non-empty buffer.
 *  - conllu_write() appends sentences in CoNLL-U with the ten columns; MISC carries
 *    TokenRange=start:end (for words with a span) and SpaceAfter=No.
 */
#ifndef SITREP_SYNTAX_CONLLU_H
#define SITREP_SYNTAX_CONLLU_H

#include "base/arena.h"
#include "base/error.h"
#include "base/strbuf.h"
#include "syntax/ud.h"

typedef struct conllu_doc {
    ud_sentence *sentences;
    size_t n;
    size_t dropped; /* malformed sentences skipped */
} conllu_doc;

bool conllu_read(arena *a, const char *name, const char *buf, size_t len, conllu_doc *out,
                 sitrep_error *err);

/* Appends one sentence. `comments` writes its sent_id/text/newdoc/newpar comment lines. */
void conllu_write(strbuf *out, const ud_sentence *s, bool comments);

#endif
