/* reader_formats.h: the format parsers behind article_reader (internal to src/io).
 *
 * Contract: each parser fills an `article` with strings in the given arena and returns 1,
 * or fills `err` (naming `name` and the line) and returns -1; some return 0 for "nothing
 * here". They never print and never keep pointers into their input after returning. */
#ifndef SITREP_IO_READER_FORMATS_H
#define SITREP_IO_READER_FORMATS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"
#include "base/strbuf.h"
#include "io/article.h"
#include "io/input_stream.h"

/* Copies at most `cap - 1` bytes of s into dst for quoting in a message, with control
 * bytes shown as '?' and "..." when cut. */
void reader_snippet(char *dst, size_t cap, const char *s, size_t n);

/* True for blank, tab, CR, LF, VT and FF. */
bool reader_is_blank_byte(unsigned char c);

/* Plain text: one article from a whole file's bytes. `default_id` is used when the header
 * carries no id. Returns 1 or -1 ("empty file", "no text after the header", a bad date). */
int text_article_parse(const char *name, const char *default_id, const char *data, size_t len,
                       arena *a, article *out, sitrep_error *err);

/* JSON Lines: one line (without its end). Returns 1 for an article, 0 for a blank line,
 * -1 for a bad line; `lineno` counts from 1. */
int jsonl_parse_line(const char *name, size_t lineno, const char *line, size_t len, arena *a,
                     article *out, sitrep_error *err);

/* TABARI record files: the reading state of one file. */
typedef struct tabari_state {
    size_t line;      /* lines read so far */
    size_t records;   /* records seen (good or bad) */
    bool any_content; /* a non-blank line was seen */
    bool done;
    strbuf line_buf, body, header;
} tabari_state;

void tabari_state_init(tabari_state *st);
void tabari_state_free(tabari_state *st);
/* Returns 1 with the next record, 0 at the end, -1 for a bad record (or an empty file, a
 * file without records, a read error); after -1 call again to go on. */
int tabari_next(tabari_state *st, input_stream *in, const char *name, arena *a, article *out,
                sitrep_error *err);
/* True when a line looks like a TABARI record header for format detection: 6 or 8
 * digits, blanks, then an id. */
bool tabari_is_header_line(const char *line, size_t len);

#endif
