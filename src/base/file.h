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

#include <stddef.h>
#include <stdio.h>

char *file_read_all(FILE *f, size_t *len);
char *file_read_path(const char *path, size_t *len, sitrep_error *err);

/* dir + "/" + name (no second slash when dir ends with one). */
char *path_join(const char *dir, const char *name);
/* `file` as named inside the file `base` (a project naming its dictionaries): absolute
 * names stay, relative ones are taken from base's folder. */
char *path_beside(const char *base, const char *file);

#endif
