/* cmd_ingest.c: `sitrep ingest`, coding articles and storing their events.
 *
 * Articles are read and coded in batches exactly as `sitrep code` does (-j threads, input
 * order kept); each batch is stored in one transaction, so a failure of the store (disk
 * full, locked database) rolls the batch back, names its inputs, and stops: the store holds
 * the batches that completed and nothing of the failed one. A bad article is reported and
 * skipped. A document already in the store (same content hash) is skipped. On a terminal
 * a progress line shows articles/s and events/s; piped, the command is quiet. */
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/progress.h"
#include "cli/store_args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

    sitrep_store *st = store_args_open(&sa, true);
    if (!st)
        return EXIT_USAGE;
    sitrep_error err;
    sitrep_resources *res = dict_args_resources(&d, NULL);
    bool named = res && sitrep_store_name_actors(st, d.actors, &err) == SITREP_OK;
    if (res && !named)
        cli_error("actor names: %s", err.message);
    sitrep_reader *rd = NULL;
    if (named && sitrep_reader_open(paths, npaths, in.format, &rd, &err) != SITREP_OK)
        cli_error("%s", err.message);
    if (!rd) {
        sitrep_resources_free(res);
        sitrep_store_close(st);
        return EXIT_USAGE;
    }

    progress prog;
    progress_start(&prog, "ingest", quiet);
    batch b;
    batch_init(&b, (size_t)batch_size);
    size_t arts = 0, events = 0, coded = 0, added_docs = 0;
    bool done = false;
    while (!done) {
        bool bad = false;
        size_t n = batch_fill(&b, rd, &done, &bad);
        if (bad)
            status = EXIT_PARTIAL;
        if (n == 0)
            break;
        batch_code(&b, n, threads, res, in.date, NULL, NULL);
        for (size_t i = 0; i < n; i++) {
            batch_warn(b.slots[i]);
            coded += sitrep_events_count(b.slots[i]);
        }
        size_t added = 0;
        if (sitrep_store_ingest_many(st, b.slots, n, &added, &err) != SITREP_OK) {
            progress_clear(&prog);
            cli_error("%s", err.message);
            cli_error("the batch of %zu article(s) from %s to %s was not stored (the store is as "
                      "it was before it); stopping",
                      n, sitrep_events_origin(b.slots[0]), sitrep_events_origin(b.slots[n - 1]));
            status = EXIT_USAGE;
            break;
        }
        arts += n;
        events = coded;
        added_docs += added;
        progress_update(&prog, arts, events);
    }
    if (prog.show && status != EXIT_USAGE) {
        progress_finish(&prog, arts, events);
        fprintf(stderr, "ingest: %zu new document(s), %zu already stored, into %s\n", added_docs,
                arts - added_docs, sitrep_store_location(st));
    }
    batch_free(&b);
    sitrep_reader_close(rd);
    sitrep_resources_free(res);
    sitrep_store_close(st);
    return status;
}
