/* plover_records.h: PLOVER gold-standard records (the PLOVER project's JSON GSR files),
 * read record by record, with the events each record expects.
 *
 * Contract:
 *  - The file is a JSON array of record objects (JSON Lines, one object a line, is read
 *    too). Records are parsed one at a time, so a malformed record costs that record only:
 *    the reader reports it (next returns -1, the message names the file, the line, the
 *    record index and its id when it can be read) and goes on with the next record, found
 *    as the next '{' opening a line at the indentation of the broken one (a file that is
 *    one long line cannot be resumed after a syntax error: the rest is reported once).
 *  - A record needs "text" (string), "event" (string) and "source" (a non-empty array of
 *    objects with a string "code"); "id" is optional (absent: "#N", N its 1-based index);
 *    "target" is an array of such objects, or absent, null or "" for none.
 *  - Expected events are (source country, target country, category): the country is the
 *    first three letters of an actor code, upper-cased, with JAP read as JPN (a few GSR
 *    records use it). For every source x target pair when there are targets; when there
 *    are none, every ordered pair of different sources (several sources act on each
 *    other) or, for a lone source, one event with an empty target. Repeated tuples are
 *    kept once (the expectation is a set).
 */
#ifndef SITREP_IO_PLOVER_RECORDS_H
#define SITREP_IO_PLOVER_RECORDS_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>

#define PLOVER_MAX_EXPECT 64

typedef struct plover_tuple {
    char source[4], target[4]; /* countries; target "" when the record has none */
    char category[16];         /* PLOVER category ("AGREE") */
} plover_tuple;

typedef struct plover_record {
    size_t index;    /* 1-based position in the file */
    size_t line;     /* line where the record starts */
    char id[96];
    char date[11];   /* "YYYY-MM-DD" or "" */
    char category[16];
    char *text;      /* owned by the reader until the next call */
    plover_tuple expected[PLOVER_MAX_EXPECT];
    size_t nexpected;
} plover_record;

typedef struct plover_records plover_records;

/* Opens a file (NULL with err filled when it cannot be read, or when it is not a JSON
 * array or sequence of objects). */
plover_records *plover_records_open(const char *path, sitrep_error *err);
/* The same from memory; `name` stands for the file in messages. The data is copied. */
plover_records *plover_records_open_buffer(const char *name, const char *data, size_t len,
                                           sitrep_error *err);
void plover_records_close(plover_records *r);

/* The next record: 1 one read, 0 no more, -1 a malformed record skipped (err says which
 * and what is wrong). `out` stays valid until the next call. */
int plover_records_next(plover_records *r, plover_record *out, sitrep_error *err);

/* Does the file look like PLOVER records: a JSON array (or sequence) of objects whose
 * text has "event" and "source" members? (No parse: a broken record does not hide it.) */
bool plover_records_sniff(const char *path);

/* The PLOVER country of an actor code: its first three letters upper-cased, JAP as JPN;
 * "" for an empty code or one that marks no actor ("---"). `out` holds 4 bytes. */
void plover_country(const char *code, char out[4]);

#endif
