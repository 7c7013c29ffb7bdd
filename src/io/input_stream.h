/* input_stream.h: buffered byte input over a FILE or a memory buffer, for the readers.
 *
 * Contract: one type reads both sources the same way, so every format parser works on
 * files, stdin and in-memory buffers (tests, fuzzers). Lines end at "\n"; a "\r" before it
 * is dropped. Lengths are capped by the caller so no input can make memory grow without
 * bound. Internal to src/io (not part of the public API). */
#ifndef SITREP_IO_INPUT_STREAM_H
#define SITREP_IO_INPUT_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/strbuf.h"

typedef struct input_stream {
    FILE *f;           /* NULL for a memory stream */
    bool owns_file;    /* fclose on close (not for stdin) */
    const char *data;  /* the bytes: `buf` for files, the caller's memory otherwise */
    char *buf;         /* owned buffer of a file stream */
    size_t cap;        /* size of buf */
    size_t pos, len;   /* unread bytes are data[pos..len) */
    bool eof;          /* no more bytes will come from f */
    int read_errno;    /* non-zero after a read error */
} input_stream;

void input_stream_init_file(input_stream *s, FILE *f, bool owns_file);
void input_stream_init_memory(input_stream *s, const char *data, size_t len);
void input_stream_close(input_stream *s);

/* Makes at least n unread bytes available (fewer only at the end of input) and points *p
 * at them. Returns how many are available; nothing is consumed. */
size_t input_stream_peek(input_stream *s, size_t n, const char **p);

/* Reads once more from the file (when not at its end) and points *p at all unread bytes;
 * returns how many there are. For incremental looks at the start of a stream. */
size_t input_stream_peek_more(input_stream *s, const char **p);

/* Reads one line, without its end, into out (cleared first). Returns 1 for a line, 0 at
 * the end of input, -1 when the line is longer than max (it is consumed; out is then
 * empty), -2 on a read error (see read_errno). */
int input_stream_read_line(input_stream *s, strbuf *out, size_t max);

/* Appends every byte left to out. Returns 1, -1 when more than max bytes are left (out is
 * then emptied; the rest of the input is not read), -2 on a read error. */
int input_stream_read_all(input_stream *s, strbuf *out, size_t max);

#endif
