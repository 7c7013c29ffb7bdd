/* batch.h: reading articles in batches and coding each batch on -j threads, shared by
 * `sitrep code` and `sitrep ingest`: the pipeline (api/pipeline.h) on the library's
 * threads (api/workers.h).
 *
 * Contract: batch_fill reads up to the batch's capacity of articles into slots (a bad
 * input is reported on stderr, skipped, and flagged in *bad); batch_code codes slots
 * [0, n) on up to `threads` threads: each slot is coded by exactly one worker with the
 * slot's own arena, then `fn` (if any) runs on that worker for the slot. Results stay in
 * the slots, in input order, until the next batch_fill, so output that is written in slot
 * order is the same whatever the number of threads. */
#ifndef SITREP_CLI_BATCH_H
#define SITREP_CLI_BATCH_H

#include "api/pipeline.h"
#include "base/arena.h"
#include "base/strbuf.h"
#include "cli/options.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct batch_slot {
    arena *mem;
    article art;
    document_result res;
    strbuf out;  /* what fn writes for the slot */
    strbuf warn; /* messages for stderr, written in slot order by the caller */
    void *user;  /* fn's per-slot data (in mem) */
} batch_slot;

typedef struct batch {
    batch_slot *slots;
    size_t cap;
    unsigned doc_flags; /* enum document_flags for pipeline_code (0 after batch_init) */
} batch;

typedef void (*batch_fn)(batch_slot *slot, void *ctx);

void batch_init(batch *b, size_t cap);
void batch_free(batch *b);

/* Fills slots from the reader; returns how many. *done is set at the end of input. */
size_t batch_fill(batch *b, article_reader *rd, bool *done, bool *bad);

void batch_code(batch *b, size_t n, int threads, const lexicon *lx, const coder_options *opt,
                const char *default_date, batch_fn fn, void *ctx);

/* -j/--jobs N (1 to 256) as an option group setting *threads. */
cli_group batch_jobs_group(int *threads);

#endif
