/* article_reader.h: a streaming reader that turns input files, directories and stdin
 * into `article` records (plain text, JSON Lines, TABARI record files).
 *
 * Contract:
 *   - article_reader_open takes a list of inputs: files, directories (every regular file
 *     inside, recursively, in byte-wise sorted order, hidden entries skipped) or "-" for
 *     stdin. It never fails; problems with a path are reported by article_reader_next.
 *   - article_reader_next returns 1 with *out filled (strings in arena `a`, valid until the
 *     caller resets or frees it), 0 at the end of all inputs, -1 on a bad input: `err`
 *     names the file (and line or record) and what is wrong. After -1 the caller reports
 *     the message and calls next again: the reader has already skipped to the next
 *     article or file. Nothing is printed; memory comes from `a` and the reader itself.
 *   - Formats (see input_format): with INPUT_AUTO a file's format comes from its name
 *     (.jsonl/.ndjson: JSON Lines; .text: TABARI) or, failing that, from its first
 *     non-comment line (a TABARI header "YYMMDD  ID" means TABARI), else plain text.
 *     For stdin with INPUT_AUTO: JSON Lines when the first non-blank byte is '{', else one
 *     plain-text article. An explicit format applies to every input.
 *   - Every input file is checked first: an unreadable path, an empty (or all-blank)
 *     file ("empty"), a binary file (a NUL byte in the first 4 KB, or more than 30%
 *     control bytes there: "binary"), and a file, JSON line or TABARI record above
 *     ARTICLE_READER_MAX_BYTES are errors. Invalid UTF-8 is not an error: text and
 *     TABARI bytes pass through untouched, JSON lines have bad bytes replaced by U+FFFD
 *     before parsing (the JSON parser would reject them); the text pipeline cleans up.
 *   - Plain text: one article per file. When the first line is a known header
 *     (date, url, title, source, id; keys case-insensitive, `key: value`) the header
 *     block runs up to the first blank line or the first line that is not a known header;
 *     the rest is the text. id defaults to the file's base name without extension ("stdin"
 *     for stdin). Dates: YYYY-MM-DD, an ISO date-time (date part kept) or YYYYMMDD; any
 *     other date is an error naming file:line.
 *   - JSON Lines: one object per line with "text" (required string) and optional "id"
 *     (string or integer), "date", "url", "source", "title" (strings or null); other keys
 *     are ignored. Empty lines are skipped; a missing id becomes "file:line".
 *   - TABARI records: see tabari_records.c for the shapes accepted. `date` comes from the
 *     6-digit YYMMDD (YY >= 50: 19YY, else 20YY) or an 8-digit YYYYMMDD; `raw_date`
 *     keeps the digits; an impossible date leaves `date` NULL (not an error, as TABARI
 *     codes such records too). A file without any record is an error.
 *   - Not thread-safe: one reader per thread. */
#ifndef SITREP_IO_ARTICLE_READER_H
#define SITREP_IO_ARTICLE_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"
#include "io/article.h"

/* The largest file (plain text), line (JSON Lines) or record (TABARI) accepted. */
#define ARTICLE_READER_MAX_BYTES ((size_t)64 * 1024 * 1024)

typedef struct article_reader article_reader;

typedef enum { INPUT_AUTO, INPUT_TEXT, INPUT_JSONL, INPUT_TABARI } input_format;

/* Reads the paths in order ("-" is stdin). The strings are copied. */
article_reader *article_reader_open(const char *const *paths, size_t npaths, input_format fmt);

/* Reads one in-memory input as if it were a file called `name` (used for messages, default
 * ids and, with INPUT_AUTO, the format; the name "-" gets the stdin rules). `data` is not
 * copied: it must stay valid and unchanged until article_reader_close. */
article_reader *article_reader_open_memory(const char *name, const void *data, size_t len,
                                           input_format fmt);

int article_reader_next(article_reader *r, arena *a, article *out, sitrep_error *err);

void article_reader_close(article_reader *r);

/* Parses "input_format" names: "auto", "text", "jsonl" (or "ndjson"), "tabari".
 * Returns false for anything else. */
bool input_format_parse(const char *name, input_format *out);
const char *input_format_name(input_format fmt);

/* Normalises an article date to "YYYY-MM-DD" in out (NUL-terminated). Accepts YYYY-MM-DD,
 * YYYY-MM-DD followed by 'T' or ' ' and a time (the time is ignored), and YYYYMMDD, with
 * surrounding blanks; the day must exist. Returns false otherwise. */
bool article_date_normalize(const char *s, size_t len, char out[11]);

#endif
