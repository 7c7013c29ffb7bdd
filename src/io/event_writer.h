/* event_writer.h: turns one document's coded events into output text (JSONL, table, TSV).
 *
 * Contract: event_write appends the events of one document to a strbuf, one line per
 * event, each ending in '\n'; nothing is written for n == 0. Output depends only on the
 * arguments, so the same events always give the same bytes. The writer keeps no state:
 * call event_write_header once at the start of a stream (it writes nothing for formats
 * without a header) and event_write once per document, from any thread.
 *
 *  - OUT_JSONL: one JSON object per event, keys in this fixed order:
 *      doc_id, sentence, sentence_span [start,end], sentence_text,
 *      source {code, country, role, text, span}, target {...},
 *      cameo, root, quad_class, goldstein, plover, plover_mode (from the codebook through
 *      cameo_lookup_nearest), verb {text, span}, verb_entry,
 *      date, date_precision, date_text, status, status_cue, said_by {code, text},
 *      outlet (article->source), url,
 *      mentions (how often the article states the event; 1 when not counted), said_by_cue,
 *      source_entry, target_entry (the actors' dictionary entries, "file:line").
 *    A field that is not filled is null: an empty span, an empty string, a NULL pointer, a
 *    code the codebook does not know (then root, quad_class, goldstein and plover are null,
 *    never invented). Text taken from spans is cut out of `text` (the cleaned text the
 *    spans point into); when `text` is NULL or a span falls outside it, that text is null.
 *  - OUT_TABLE: a fixed-width text table for people: doc id, sentence number (1-based),
 *    date (the event's, else the article's), source, target, code, status, said by (the
 *    claimant's code, else its name cut to 20 characters), code name; "-" marks an empty
 *    cell; a value wider than its column pushes the rest of its line.
 *  - OUT_TSV: TABARI-style event lines, tab-separated, no header:
 *      date  source  target  code  record-id
 *    The date is the event's date, else the article's, written YYYYMMDD (TABARI with
 *    `SET: YYYY`, PETRARCH); with EW_TSV_YYMMDD it is YYMMDD as classic TABARI prints it.
 *    An unknown date or actor is written as "---". Tabs and line breaks inside a field
 *    become spaces. */
#ifndef SITREP_IO_EVENT_WRITER_H
#define SITREP_IO_EVENT_WRITER_H

#include "base/strbuf.h"
#include "coder/event.h"
#include "io/article.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum out_format { OUT_JSONL = 0, OUT_TABLE, OUT_TSV } out_format;

/* Writer options for event_write_opts (bit flags). */
enum event_writer_flags {
    EW_TSV_YYMMDD = 1u << 0, /* TSV dates as YYMMDD instead of YYYYMMDD */
};

/* "jsonl", "table" or "tsv" -> *f; false (and *f untouched) for anything else. */
bool out_format_parse(const char *name, out_format *f);
/* The name out_format_parse accepts for `f` ("jsonl", "table", "tsv"), NULL if invalid. */
const char *out_format_name(out_format f);

/* Appends the header line of the format, if it has one (only OUT_TABLE does). */
void event_write_header(strbuf *out, out_format f);

/* Appends events ev[0..n) of document `doc`, whose spans point into the cleaned text
 * `text` (NUL-terminated; may be NULL). */
void event_write(strbuf *out, out_format f, const article *doc, const char *text,
                 const event *ev, size_t n);
/* The same, with EW_* flags. */
void event_write_opts(strbuf *out, out_format f, unsigned flags, const article *doc,
                      const char *text, const event *ev, size_t n);

#endif
