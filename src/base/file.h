/* file.h: reading whole files, and file names relative to others.
 *
 * Contract: file_read_all() reads f to its end into a malloc'ed buffer that it
 * NUL-terminates (the caller frees it) and sets *len to the bytes read. It returns NULL
 * when a read fails, with errno saying why; opening and closing f, and the message that
 * names the file, are the caller's. file_read_path() does the whole job for a path ("-" is
 * standard input): on failure it returns NULL with a message naming the file and the
 * reason (code SITREP_EIO). Never fail for lack of memory (xalloc.h). path_join() and
 * path_beside() return malloc'ed names. */
#ifndef SITREP_BASE_FILE_H
#define SITREP_BASE_FILE_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

char *file_read_all(FILE *f, size_t *len);
char *file_read_path(const char *path, size_t *len, sitrep_error *err);

/* Calls fn for each line of the file at path ("-": standard input), of any length, with
 * the line's end (\n, \r\n) cut off and its 1-based number; the line may be changed.
 * fn returns FILE_LINE_NEXT to go on, FILE_LINE_STOP to stop reading, FILE_LINE_FAIL to
 * stop with the error it filled. Returns false when the file cannot be read (a message
 * naming it, SITREP_EIO) or fn failed. */
enum { FILE_LINE_NEXT = 1, FILE_LINE_STOP = 0, FILE_LINE_FAIL = -1 };
typedef int (*file_line_fn)(char *line, size_t lineno, void *ctx, sitrep_error *err);
bool file_each_line(const char *path, file_line_fn fn, void *ctx, sitrep_error *err);

/* dir + "/" + name (no second slash when dir ends with one). */
char *path_join(const char *dir, const char *name);
/* `file` as named inside the file `base` (a project naming its dictionaries): absolute
 * names stay, relative ones are taken from base's folder. */
char *path_beside(const char *base, const char *file);

#endif
