/* batch.c: batches of articles coded on worker threads (see batch.h). */
#include "cli/batch.h"

#include "api/pipeline.h"
#include "api/workers.h"
#include "base/xalloc.h"
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct job {
    batch *b;
    const lexicon *lx;
    const coder_options *opt;
    const char *default_date;
    batch_fn fn;
    void *ctx;
} job;

void batch_init(batch *b, size_t cap)
{
    b->cap = cap;
    b->doc_flags = 0;
    b->slots = xcalloc(cap, sizeof *b->slots);
    for (size_t i = 0; i < cap; i++)
        b->slots[i].mem = arena_new(64 * 1024);
}

void batch_free(batch *b)
{
    for (size_t i = 0; i < b->cap; i++) {
        arena_free(b->slots[i].mem);
        strbuf_free(&b->slots[i].out);
        strbuf_free(&b->slots[i].warn);
    }
    free(b->slots);
    b->slots = NULL;
}

size_t batch_fill(batch *b, article_reader *rd, bool *done, bool *bad)
{
    size_t n = 0;
    while (n < b->cap) {
        batch_slot *s = &b->slots[n];
        arena_reset(s->mem);
        strbuf_clear(&s->out);
        strbuf_clear(&s->warn);
        s->user = NULL;
        memset(&s->res, 0, sizeof s->res);
        sitrep_error err;
        int r = pipeline_read(rd, s->mem, &s->art, &err);
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

/* Codes slot i on a worker (workers.h): the pipeline, then the caller's fn. */
static void code_slot(size_t i, void *ctx)
{
    const job *jb = ctx;
    batch_slot *s = &jb->b->slots[i];
    pipeline_code(jb->lx, jb->opt, s->mem, &s->art, jb->default_date, jb->b->doc_flags, &s->res);
    if (s->res.invalid_bytes)
        strbuf_printf(&s->warn, "sitrep: %s: %zu invalid UTF-8 byte(s) replaced (first at byte %zu)\n",
                      s->art.origin ? s->art.origin : s->art.id, s->res.invalid_bytes,
                      s->res.first_invalid);
    if (jb->fn)
        jb->fn(s, jb->ctx);
}

void batch_code(batch *b, size_t n, int threads, const lexicon *lx, const coder_options *opt,
                const char *default_date, batch_fn fn, void *ctx)
{
    job jb = {b, lx, opt, default_date, fn, ctx};
    for (int k = workers_run(n, threads, code_slot, &jb); k > 0; k--)
        cli_error("cannot start a thread; coding on fewer");
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
