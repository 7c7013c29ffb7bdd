/* progress.h: the progress line that long commands show on a terminal.
 *
 * Contract: progress_start() decides once whether to show anything: only when standard
 * error is a terminal and the user did not ask for quiet, so piped and logged runs stay
 * clean. progress_update() redraws one line (documents, events, rates) at most four times
 * a second; progress_finish() draws it a last time and ends the line. */
#ifndef SITREP_CLI_PROGRESS_H
#define SITREP_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct progress {
    const char *label; /* "code", "ingest", "load" */
    bool show;
    double t0, last;
} progress;

void progress_start(progress *p, const char *label, bool quiet);
void progress_update(progress *p, size_t documents, size_t events);
void progress_finish(progress *p, size_t documents, size_t events);
/* Clears the line (before an error message is printed under it). */
void progress_clear(const progress *p);

#endif
