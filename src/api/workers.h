/* workers.h: items on several threads, the one thread runner of coding and parsing:
 * sitrep_code_many(), the tool's batches (cli/batch.h) and `sitrep parse`'s shares.
 *
 * Contract: workers_run() calls fn(i, ctx) once for every i in [0, n), on up to `threads`
 * threads (1 to 256, fewer when n is smaller): worker t takes i = t, t + nt, t + 2 nt, ...
 * in that order, worker 0 on the calling thread, so which thread handles which item
 * depends only on n and threads. When a thread cannot be started, its share runs on the
 * calling thread after the others; the return value says how many could not be started.
 * It returns when every call has returned. fn must be safe to run concurrently for
 * different i. */
#ifndef SITREP_API_WORKERS_H
#define SITREP_API_WORKERS_H

#include <stddef.h>

#define WORKERS_MAX 256

typedef void (*workers_fn)(size_t i, void *ctx);

int workers_run(size_t n, int threads, workers_fn fn, void *ctx);

#endif
