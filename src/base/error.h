/* error.h: the error record that library functions fill instead of printing.
 *
 * Contract: a function that can fail takes a `sitrep_error *` (may be NULL) and returns
 * a status (false / -1 / NULL). On failure it fills the message, which names the input
 * (file:line, document id, byte offset) and says what is wrong. Library code never prints;
 * the command-line tool decides what to show. */
#ifndef SITREP_BASE_ERROR_H
#define SITREP_BASE_ERROR_H

#include <stdbool.h>

typedef struct sitrep_error {
    char message[1024];
} sitrep_error;

/* Sets the message (printf-style). Safe with err == NULL. Always returns false, so a
 * failing function can `return sitrep_error_set(err, ...);`. */
bool sitrep_error_set(sitrep_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Clears the message. */
void sitrep_error_clear(sitrep_error *err);

#endif
