/* validate.h: the validation suites behind sitrep_validate (sitrep.h), one file per
 * format: TABARI records and projects (validate.c), PETRARCH's XML records
 * (validate_petrarch.c), PLOVER's gold-standard JSON (validate_plover.c).
 *
 * Contract: a suite reports as it goes: the report's lines through the caller's write
 * function, problems with inputs through its warn function (both in the order the tool
 * prints them, so that a caller writing both to one stream sees them interleaved as
 * before). It returns SITREP_OK when every record passed, SITREP_EINPUT when some failed
 * or were unreadable (the rest judged), another code when the suite could not run (then
 * err says why, and warn has said it too). */
#ifndef SITREP_API_VALIDATE_H
#define SITREP_API_VALIDATE_H

#include "api/api.h"

/* The most dictionary files of a kind a suite adds to the caller's. */
enum { DICT_LIST_MAX = 16 };

typedef struct report {
    const sitrep_validation *vo;
    sitrep_error *err;
} report;

/* A line (or part) of the report. */
void say(report *rp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A problem with an input, the run going on. */
void warn(report *rp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The run cannot go on: reports it through warn and fills err; returns code. */
sitrep_status fail(report *rp, sitrep_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The suite's dictionaries, by the caller's load function (which reports problems);
 * NULL when they cannot be used. */
sitrep_resources *load(report *rp, const sitrep_load_options *o);
/* Entries of a NULL-terminated list (NULL: 0). */
size_t count_list(const char *const *list);

sitrep_status validate_petrarch(report *rp, const char *file, const sitrep_load_options *d);
sitrep_status validate_plover(report *rp, const char *file, const sitrep_load_options *d);

#endif
