/* file.h: reading a whole stream into memory.
 *
 * Contract: file_read_all() reads f to its end into a malloc'ed buffer that it
 * NUL-terminates (the caller frees it) and sets *len to the bytes read. It returns NULL
 * when a read fails, with errno saying why; opening and closing f, and the message that
 * names the file, are the caller's. Never fails for lack of memory (xalloc.h). */
#ifndef SITREP_BASE_FILE_H
#define SITREP_BASE_FILE_H

#include <stddef.h>
#include <stdio.h>

char *file_read_all(FILE *f, size_t *len);

#endif
