/* error.h: the error record that library functions fill instead of printing.
 *
 * Contract: a function that can fail takes a `sitrep_error *` (may be NULL) and returns
 * a status (false / -1 / NULL). On failure it fills the message, which names the input
 * (file:line, document id, byte offset) and says what is wrong, and the code (sitrep.h:
 * enum sitrep_status; SITREP_EFAIL unless the function knows better). Library code never
 * prints; the command-line tool decides what to show. The record itself, the codes and
 * the one table that maps each code to its text and exit status are public (sitrep.h). */
#ifndef SITREP_BASE_ERROR_H
#define SITREP_BASE_ERROR_H

#include <sitrep.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Sets the message (printf-style) with code SITREP_EFAIL and no location. Safe with
 * err == NULL. Always returns false, so a failing function can
 * `return sitrep_error_set(err, ...);`. */
bool sitrep_error_set(sitrep_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* As sitrep_error_set, with a code. */
bool sitrep_error_setc(sitrep_error *err, sitrep_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* As sitrep_error_setc, with the input's location: its file (or NULL) and line (0 when
 * not known). The message names them itself, as every message does. */
bool sitrep_error_at(sitrep_error *err, sitrep_status code, const char *file, size_t line,
                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Gives a filled record the code `code` when it has none more precise than SITREP_EFAIL
 * (a caller that knows the stage classifies what the callee reported). Returns false. */
bool sitrep_error_classify(sitrep_error *err, sitrep_status code);

/* Clears the message and the location; the code becomes SITREP_OK. */
void sitrep_error_clear(sitrep_error *err);

/* Formats a message into msg (cap bytes, cut if longer) and hands it to fn (when not
 * NULL): the one way the library's modules tell a caller's diagnostics function. */
void sitrep_diag_vprintf(sitrep_diag_fn fn, void *ctx, char *msg, size_t cap, const char *fmt,
                         va_list ap) __attribute__((format(printf, 5, 0)));
void sitrep_diag_printf(sitrep_diag_fn fn, void *ctx, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
