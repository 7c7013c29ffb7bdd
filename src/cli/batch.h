/* batch.h: reading articles in batches and coding each batch on -j threads, shared by
 * `sitrep code` and `sitrep ingest`: sitrep_reader_next and sitrep_code_documents
 * (sitrep.h) over a batch of reusable document slots.
 *
 * Contract: batch_fill reads up to the batch's capacity of articles into slots (a bad
 * input is reported on stderr, skipped, and flagged in *bad); batch_code codes slots
 * [0, n) on up to `threads` threads: each slot is coded by exactly one worker, then `fn`
 * (if any) runs on that worker for the slot. Results stay in the slots, in input order,
 * until the next batch_fill, so output that is written in slot order is the same whatever
 * the number of threads. batch_warn prints what coding a slot found wrong with its text. */
#ifndef SITREP_CLI_BATCH_H
#define SITREP_CLI_BATCH_H

#include <sitrep.h>

#include "cli/options.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct batch {
    sitrep_events **slots;
    size_t cap;
    unsigned flags; /* sitrep_code_documents' flags (0 after batch_init) */
} batch;

void batch_init(batch *b, size_t cap);
void batch_free(batch *b);

/* Fills slots from the reader; returns how many. *done is set at the end of input. */
size_t batch_fill(batch *b, sitrep_reader *rd, bool *done, bool *bad);

void batch_code(batch *b, size_t n, int threads, const sitrep_resources *r,
                const char *default_date, sitrep_document_fn fn, void *ctx);

/* Invalid UTF-8 the cleaning replaced in the slot's text, on stderr. */
void batch_warn(const sitrep_events *ev);

/* -j/--jobs N (1 to 256) as an option group setting *threads. */
cli_group batch_jobs_group(int *threads);

#endif
