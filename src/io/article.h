/* article.h: one input document, as every reader produces it.
 *
 * Contract: an article owns nothing itself; its strings live in the arena the reader was
 * given. `text` is the raw body (not yet cleaned); `date` is "YYYY-MM-DD" or NULL when
 * the input carries none; `id` is never NULL (readers invent "file:N" when needed). */
#ifndef SITREP_IO_ARTICLE_H
#define SITREP_IO_ARTICLE_H

#include <stddef.h>

typedef struct article {
    const char *id;
    const char *date;   /* YYYY-MM-DD or NULL */
    const char *url;
    const char *source; /* the outlet */
    const char *title;
    const char *text;
    size_t text_len;
    const char *origin; /* where it came from, for messages: "file.txt", "corpus.jsonl:17" */
    /* TABARI validation records only: the comment block after the text, else NULL */
    const char *comment;
    /* TABARI records only: the digits that open the header line exactly as written
     * ("950101", or "20150607" in YYYY mode), kept even when `date` could not be made
     * from them; else NULL */
    const char *raw_date;
    /* TABARI records only: whatever follows the id on the header line (e.g. an FBIS
     * document number), trimmed; NULL when the line ends with the id */
    const char *id_extra;
} article;

#endif
