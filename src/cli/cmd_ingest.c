/* cmd_ingest.c: `sitrep ingest`, coding articles and storing their events.
 *
 * Articles are read and coded in batches exactly as `sitrep code` does (-j threads, input
 * order kept); each batch is stored in one transaction, so a failure of the store (disk
 * full, locked database) rolls the batch back, names its inputs, and stops: the store holds
 * the batches that completed and nothing of the failed one. A bad article is reported and
 * skipped. A document already in the store (same content hash) is skipped. On a terminal
 * a progress line shows articles/s and events/s; piped, the command is quiet. */
#include "api/api.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/progress.h"
#include "cli/store_args.h"
#include "store/store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct ingest_ctx {
    const char *default_date;
} ingest_ctx;

/* Runs on the worker that coded the slot: turns its events into store records. */
static void to_store(batch_slot *s, void *vctx)
{
    const ingest_ctx *ctx = vctx;
    store_doc_entry *entry = arena_calloc(s->mem, 1, sizeof *entry);
    events_to_store_doc(s->mem, &s->art, &s->res, ctx->default_date, entry);
    s->user = entry;
}

static const cli_opt ingest_opts[] = {
    {"batch", 0, "N", TXN_BATCH, "articles per transaction, 1 to 100000 (default 512)"},
    {"quiet", 'q', NULL, TXN_QUIET, "no progress line, even on a terminal"},
    {NULL, 0, NULL, 0, NULL},
};

int cmd_ingest(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    store_args sa;
    store_args_init(&sa);
    int threads = 1;
    txn_args ga = {512, 100000, false};
    input_args in;
    input_args_init(&in);
    const cli_command cmd = {
        "ingest", "[options] [FILE|DIR|-]...",
        "Codes articles (as 'sitrep code' does) and stores their events, one transaction\n"
        "per batch. Articles already in the store are skipped. With no FILE, reads standard\n"
        "input.\n",
        {{NULL, ingest_opts, txn_args_take, &ga}, store_args_group(&sa), input_args_group(&in),
         batch_jobs_group(&threads), dict_args_group(&d)}};
    size_t npaths;
    const char **paths;
    int status = cli_parse_inputs(&cmd, argc, argv, &paths, &npaths);
    if (status >= 0)
        return status;
    long batch_size = ga.batch;
    bool quiet = ga.quiet;
    status = EXIT_OK;

    store *st = store_args_open(&sa, true);
    if (!st)
        return EXIT_USAGE;
    coder_options opt;
    lexicon *lx = dict_args_load(&d, &opt, NULL, NULL, NULL);
    actor_names *names = lx ? dict_args_actor_names(&d) : NULL;
    if (!names) {
        if (lx)
            dict_args_free(lx, &opt);
        store_close(st);
        return EXIT_USAGE;
    }
    store_set_namer(st, names_namer, names);

    progress prog;
    progress_start(&prog, "ingest", quiet);
    article_reader *rd = article_reader_open(paths, npaths, in.format);
    batch b;
    batch_init(&b, (size_t)batch_size);
    store_doc_entry *entries = calloc((size_t)batch_size, sizeof *entries);
    ingest_ctx ctx = {in.date};
    size_t arts = 0, events = 0, coded = 0, added_docs = 0;
    bool done = false;
    while (!done) {
        bool bad = false;
        size_t n = batch_fill(&b, rd, &done, &bad);
        if (bad)
            status = EXIT_PARTIAL;
        if (n == 0)
            break;
        batch_code(&b, n, threads, lx, &opt, in.date, to_store, &ctx);
        for (size_t i = 0; i < n; i++) {
            if (b.slots[i].warn.len)
                fputs(b.slots[i].warn.data, stderr);
            entries[i] = *(store_doc_entry *)b.slots[i].user;
            coded += b.slots[i].res.nevents;
        }
        sitrep_error err;
        size_t added = 0, ment = 0;
        if (!store_begin(st, &err) ||
            !store_add_documents(st, entries, n, &added, &ment, &err) ||
            !store_commit(st, &err)) {
            store_rollback(st);
            progress_clear(&prog);
            const article *f = &b.slots[0].art, *l = &b.slots[n - 1].art;
            cli_error("%s", err.message);
            cli_error("the batch of %zu article(s) from %s to %s was not stored (the store is as "
                      "it was before it); stopping",
                      n, f->origin ? f->origin : f->id, l->origin ? l->origin : l->id);
            status = EXIT_USAGE;
            break;
        }
        arts += n;
        events = coded;
        added_docs += added;
        (void)ment;
        progress_update(&prog, arts, events);
    }
    if (prog.show && status != EXIT_USAGE) {
        progress_finish(&prog, arts, events);
        fprintf(stderr, "ingest: %zu new document(s), %zu already stored, into %s\n", added_docs,
                arts - added_docs, store_location(st));
    }
    free(entries);
    batch_free(&b);
    article_reader_close(rd);
    dict_args_free(lx, &opt);
    store_close(st);
    actor_names_free(names);
    return status;
}
