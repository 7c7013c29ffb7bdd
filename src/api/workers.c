/* workers.c: items on threads (see workers.h). */
#include "api/workers.h"

#include <pthread.h>
#include <stdbool.h>

typedef struct worker {
    workers_fn fn;
    void *ctx;
    size_t n, first, step; /* items first, first + step, ... below n */
} worker;

static void *run(void *arg)
{
    const worker *w = arg;
    for (size_t i = w->first; i < w->n; i += w->step)
        w->fn(i, w->ctx);
    return NULL;
}

int workers_run(size_t n, int threads, workers_fn fn, void *ctx)
{
    if (n == 0)
        return 0;
    size_t nt = threads < 1 ? 1 : threads > WORKERS_MAX ? WORKERS_MAX : (size_t)threads;
    if (nt > n)
        nt = n;
    worker w[WORKERS_MAX];
    pthread_t tids[WORKERS_MAX];
    bool started[WORKERS_MAX] = {false};
    for (size_t t = 0; t < nt; t++)
        w[t] = (worker){fn, ctx, n, t, nt};
    for (size_t t = 1; t < nt; t++)
        started[t] = pthread_create(&tids[t], NULL, run, &w[t]) == 0;
    run(&w[0]);
    int failed = 0;
    for (size_t t = 1; t < nt; t++) {
        if (started[t]) {
            pthread_join(tids[t], NULL);
        } else {
            run(&w[t]); /* no thread to spare: its share runs here */
            failed++;
        }
    }
    return failed;
}
