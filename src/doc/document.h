/* document.h: the stages of coding a whole article after cleaning: its sentences, coding
 * them one by one, and the fields that need the whole document. api/pipeline.c runs them
 * in order (pipeline_code); this module only provides them.
 *
 * Contract: no stage fails; memory comes from the arena given, and the lexicon and options
 * are only read, so threads may code documents concurrently.
 *  - document_sentences() splits the cleaned text. With our lexicon (the tree coder, and
 *    --shallow: !opt->tabari_tokens) there is one tokenizer: ud_tokenize() over the whole
 *    text gives the sentences (cut at every line break when the text is written one
 *    paragraph per line, text_lines_are_paragraphs) and their words, which the parser
 *    reads in place, the coder codes as they are, the lexicon's shallow reading reads
 *    (sentence_context.tokens, parse.h) and which are the document layer's tokens
 *    (words_from_ud, doc/words.h). With TABARI's or PETRARCH's dictionaries the sentences
 *    come from text_split_sentences(), TABARI's (its records are hard-wrapped: a short
 *    line is no heading); the UD words of each, from the same UD tokenizer
 *    (words_tokenize: ud_text_tokens), are the document layer's tokens, made when a
 *    dateline or the document layer reads them (never with DOC_ENGINE_ONLY but for a
 *    dateline),
 *    and the engine reads the tokenizer's TABARI mode (UD_TOKENS_TABARI: a scan of the
 *    bytes from `from`, parse.h). Datelines are read on the document layer's tokens too.
 *    Either way a paragraph opens at the first sentence and after a line break (a blank
 *    line: newpar); `lead` is each sentence's paragraph's first sentence, and `from` where
 *    its coding starts: after its dateline (dateline.h) in a paragraph's first sentence.
 *  - document_code_sentences() codes each sentence from `from` (tree_code_ud_sentence() on
 *    UD words the parser has analysed, tree_parse_ud_sentence(); else
 *    coder_code_sentence_in()), forwarding an actor to the pronouns that open the next
 *    sentence (coref.h), giving it the people named so far and the story's home state, the
 *    state its sentences and dateline have named most so far (sentence_context in
 *    parse.h). An event's sentence_index is its sentence's. With DOC_ENGINE_ONLY nobody
 *    named is remembered and datelines do not count towards the home state.
 *  - document_layer() fills, for each event:
 *     - date, date_precision, date_text (dates.h): from a date expression in its sentence,
 *       else in the lead sentence of its paragraph, else the article date with precision
 *       "doc". `date` is the article's date (or the caller's default); when there is none,
 *       `date_missing` is set and the latest full date the text states stands in
 *       (`fallback_date`, "" when there is none);
 *     - said_by_code, said_by_text, said_by_cue (attribution.h, coref.h);
 *     - status and status_cue (status.h): hypothetical or negated from the governing
 *       clause, else "reported" when attributed (the cue is the speech words), else
 *       asserted;
 *     - mentions (dedup.h): repeated events are merged.
 *  - document_date_only() stands in for the document layer with DOC_ENGINE_ONLY: every
 *    event keeps the article date with precision "doc" (none when the article has no date;
 *    no fallback date is searched for), status asserted, no said_by, and repeats are not
 *    merged. It measures what the document layer costs (`sitrep code --engine-only`,
 *    bench/run). */
#ifndef SITREP_DOC_DOCUMENT_H
#define SITREP_DOC_DOCUMENT_H

#include "base/arena.h"
#include "coder/coder.h"
#include "doc/coref.h"

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

/* The document's sentences (document_sentences). */
typedef struct doc_sentences {
    const char *text;  /* the cleaned text */
    size_t len;
    struct sentence *sents;   /* n sentence spans (text/text.h) */
    struct ud_sentence *uds;  /* their UD words (the tree coder, syntax/ud.h), or NULL */
    size_t n;
    uint32_t *lead;    /* the first sentence of each one's paragraph */
    uint32_t *from;    /* where each one's coding starts (after a dateline) */
} doc_sentences;

/* The sentences' events, and what the document layer needs from their coding. */
typedef struct doc_coded {
    event *events;
    size_t nevents;
    struct doc_sentence_info *info; /* per sentence, for document_layer */
    coref_names names;              /* the people the sentences named */
} doc_coded;

void document_sentences(const coder_options *opt, arena *a, const char *text, size_t len,
                        doc_sentences *out);
/* datenum: the article's date as document_date_number() gives it (0: none). */
void document_code_sentences(const lexicon *lx, const coder_options *opt, arena *a,
                             const doc_sentences *ds, int32_t datenum, unsigned flags,
                             doc_coded *out);
/* Both set out->events and out->nevents (the merged events) and out->date_missing (and
 * fallback_date); the other fields of out are the caller's. */
void document_layer(const lexicon *lx, const coder_options *opt, arena *a,
                    const doc_sentences *ds, const char *date, const doc_coded *dc,
                    document_result *out);
void document_date_only(arena *a, const doc_sentences *ds, const char *date,
                        const doc_coded *dc, document_result *out);

/* "YYYY-MM-DD" -> YYYYMMDD, or 0 when absent or malformed. */
int32_t document_date_number(const char *date);

#endif
