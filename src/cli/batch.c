/* batch.c: batches of articles coded on worker threads (see batch.h). */
#include "cli/batch.h"

#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>

void batch_init(batch *b, size_t cap)
{
    b->cap = cap;
    b->flags = 0;
    b->slots = cli_calloc(cap, sizeof *b->slots);
    for (size_t i = 0; i < cap; i++)
        sitrep_events_new(&b->slots[i], NULL);
}

void batch_free(batch *b)
{
    for (size_t i = 0; i < b->cap; i++)
        sitrep_events_free(b->slots[i]);
    free(b->slots);
    b->slots = NULL;
}

size_t batch_fill(batch *b, sitrep_reader *rd, bool *done, bool *bad)
{
    size_t n = 0;
    while (n < b->cap) {
        sitrep_error err;
        int r = sitrep_reader_next(rd, b->slots[n], &err);
        if (r == 0) {
            *done = true;
            break;
        }
        if (r < 0) {
            cli_error("%s", err.message);
            *bad = true;
            continue;
        }
        n++;
    }
    return n;
}

void batch_code(batch *b, size_t n, int threads, const sitrep_resources *r,
                const char *default_date, sitrep_document_fn fn, void *ctx)
{
    int unstarted = 0;
    sitrep_error err;
    if (sitrep_code_documents(r, b->slots, n, threads, default_date, b->flags, fn, ctx,
                              &unstarted, &err) != SITREP_OK)
        cli_error("%s", err.message);
    for (; unstarted > 0; unstarted--)
        cli_error("cannot start a thread; coding on fewer");
}

void batch_warn(const sitrep_events *ev)
{
    size_t first;
    size_t bad = sitrep_events_invalid_bytes(ev, &first);
    if (bad)
        fprintf(stderr, "sitrep: %s: %zu invalid UTF-8 byte(s) replaced (first at byte %zu)\n",
                sitrep_events_origin(ev), bad, first);
}

static const cli_opt jobs_opts[] = {
    {"jobs", 'j', "N", 0, "code on N threads, 1 to 256 (output identical to -j 1)"},
    {NULL, 0, NULL, 0, NULL},
};

static int jobs_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)id;
    (void)p;
    long t;
    if (!cli_int("-j", v, 1, 256, &t))
        return -1;
    *(int *)ctx = (int)t;
    return 0;
}

cli_group batch_jobs_group(int *threads)
{
    return (cli_group){NULL, jobs_opts, jobs_take, threads};
}
