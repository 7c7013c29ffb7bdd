/* cmd_load.c: `sitrep load`, bulk-loading the JSON Lines events of `sitrep code` into a
 * store (the scale-out path: code anywhere as a filter, then load; PostgreSQL takes the
 * rows with COPY).
 *
 * Lines go into batches of about --batch events (sitrep_load_batch, sitrep.h), one
 * transaction each; reading and parsing a batch overlaps storing the one before. A
 * malformed line is reported (file:line) and skipped; a failure of the store rolls the
 * batch back, names the lines, and stops. */
#include "cli/cli.h"
#include "cli/progress.h"
#include "cli/store_args.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

enum { LOAD_ACTORS = TXN_QUIET + 1 };

static const cli_opt load_opts[] = {
    /* large batches: in a big store each batch dirties index pages all over the file, and
     * a page is written once per batch however many rows it takes */
    {"batch", 0, "N", TXN_BATCH, "events per transaction (default 500000)"},
    {"actors", 0, "FILE", LOAD_ACTORS,
     "name actor codes from this actors file (repeatable; default our own lexicon)"},
    {"quiet", 'q', NULL, TXN_QUIET, "no progress line, even on a terminal"},
    {NULL, 0, NULL, 0, NULL},
};

typedef struct load_args {
    txn_args txn;
    dict_args names_from; /* only its actors files */
} load_args;

static int load_take(void *ctx, int id, const char *v, cli_parser *p)
{
    load_args *la = ctx;
    if (id != LOAD_ACTORS)
        return txn_args_take(&la->txn, id, v, p);
    if (la->names_from.nactors >= DICT_ARGS_MAX) {
        cli_error("--actors: at most %d files", DICT_ARGS_MAX);
        return -1;
    }
    la->names_from.actors[la->names_from.nactors++] = v;
    return 0;
}

/* A batch of parsed documents, handed from the reading thread to the writing one. */
typedef struct load_batch {
    sitrep_load_batch *lines;
    const char *file;
} load_batch;

typedef struct load_state {
    sitrep_store *st;
    size_t docs, events, added;
    progress prog;
    long batch_events;
    /* the hand-off: one batch waits while the next is read (a slot of one) */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    load_batch *ready;
    bool reading_done, failed;
} load_state;

static void batch_free_acc(load_batch *b)
{
    sitrep_load_batch_free(b->lines);
    free(b);
}

static load_batch *batch_new(const char *file)
{
    load_batch *b = cli_calloc(1, sizeof *b);
    sitrep_load_batch_new(file, &b->lines, NULL);
    b->file = file;
    return b;
}

/* Stores one batch in one transaction. */
static bool store_batch(load_state *ls, load_batch *b)
{
    sitrep_error err;
    size_t docs, events, added;
    if (sitrep_store_load(ls->st, b->lines, &docs, &events, &added, &err) != SITREP_OK) {
        long first, last;
        sitrep_load_batch_lines(b->lines, &first, &last);
        progress_clear(&ls->prog);
        cli_error("%s", err.message);
        cli_error("%s: lines %ld to %ld were not stored (the store is as it was before "
                  "them); stopping", b->file, first, last);
        return false;
    }
    if (docs == 0)
        return true;
    ls->docs += docs;
    ls->added += added;
    ls->events += events;
    progress_update(&ls->prog, ls->docs, ls->events);
    return true;
}

/* Reading thread: readies the batch (its events grouped here, off the writing thread),
 * waits for the slot, then fills it. False when writing has failed. */
static bool hand_off(load_state *ls, load_batch *b)
{
    sitrep_load_batch_prepare(b->lines);
    pthread_mutex_lock(&ls->mu);
    while (ls->ready && !ls->failed)
        pthread_cond_wait(&ls->cv, &ls->mu);
    bool ok = !ls->failed;
    if (ok)
        ls->ready = b;
    pthread_cond_broadcast(&ls->cv);
    pthread_mutex_unlock(&ls->mu);
    if (!ok)
        batch_free_acc(b);
    return ok;
}

/* Writing thread: stores batches until the reader is done and the slot is empty. */
static void *writer(void *arg)
{
    load_state *ls = arg;
    for (;;) {
        pthread_mutex_lock(&ls->mu);
        while (!ls->ready && !ls->reading_done)
            pthread_cond_wait(&ls->cv, &ls->mu);
        load_batch *b = ls->ready;
        ls->ready = NULL;
        pthread_cond_broadcast(&ls->cv);
        pthread_mutex_unlock(&ls->mu);
        if (!b)
            return NULL;
        bool ok = store_batch(ls, b);
        batch_free_acc(b);
        if (!ok) {
            pthread_mutex_lock(&ls->mu);
            ls->failed = true;
            pthread_cond_broadcast(&ls->cv);
            pthread_mutex_unlock(&ls->mu);
            return NULL;
        }
    }
}

int cmd_load(int argc, char **argv)
{
    store_args sa;
    store_args_init(&sa);
    load_args la;
    memset(&la, 0, sizeof la);
    la.txn = (txn_args){500000, 100000000, false};
    const cli_command cmd = {
        "load", "[options] FILE.jsonl...",
        "Loads the JSON Lines events of 'sitrep code' into a store (COPY on PostgreSQL).\n"
        "Loading the same events twice changes nothing. FILE '-' (or none) reads standard "
        "input.\n",
        {{NULL, load_opts, load_take, &la}, store_args_group(&sa)}};
    size_t npaths;
    const char **paths;
    int status = cli_parse_inputs(&cmd, argc, argv, &paths, &npaths);
    if (status >= 0)
        return status;
    long batch_events = la.txn.batch;
    load_state ls = {0};
    ls.batch_events = batch_events;
    sitrep_names *names = NULL;
    sitrep_error err;
    if (sitrep_names_load(la.names_from.actors, &names, &err) != SITREP_OK)
        cli_error("actor names: %s", err.message);
    ls.st = names ? store_args_open(&sa, true) : NULL;
    if (!ls.st) {
        sitrep_names_free(names);
        return EXIT_USAGE;
    }
    sitrep_store_set_names(ls.st, names, NULL);
    progress_start(&ls.prog, "load", la.txn.quiet);
    pthread_mutex_init(&ls.mu, NULL);
    pthread_cond_init(&ls.cv, NULL);
    /* Parsing a batch (JSON, hashes) overlaps writing the one before it. */
    pthread_t wt;
    bool threaded = pthread_create(&wt, NULL, writer, &ls) == 0;
    status = EXIT_OK;
    char *buf = NULL;
    size_t bufcap = 0;
    bool stop = false;
    for (size_t p = 0; p < npaths && !stop; p++) {
        bool is_stdin = strcmp(paths[p], "-") == 0;
        const char *name = is_stdin ? "stdin" : paths[p];
        FILE *f = is_stdin ? stdin : fopen(paths[p], "r");
        if (!f) {
            cli_error("%s: %s", name, strerror(errno));
            status = EXIT_PARTIAL;
            continue;
        }
        load_batch *b = batch_new(name);
        long lineno = 0;
        ssize_t len;
        while ((len = getline(&buf, &bufcap, f)) >= 0) {
            lineno++;
            while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
                buf[--len] = '\0';
            if (len == 0)
                continue;
            int taken = sitrep_load_batch_add(b->lines, buf, (size_t)len, lineno, batch_events,
                                              &err);
            if (taken == 0) {
                /* the batch is full and this line starts another document */
                if (!(threaded ? hand_off(&ls, b) : store_batch(&ls, b))) {
                    stop = true;
                    if (!threaded)
                        batch_free_acc(b);
                    b = NULL;
                    break;
                }
                if (!threaded)
                    batch_free_acc(b);
                b = batch_new(name);
                taken = sitrep_load_batch_add(b->lines, buf, (size_t)len, lineno, batch_events,
                                              &err);
            }
            if (taken < 0) {
                cli_error("%s", err.message);
                status = EXIT_PARTIAL;
            }
        }
        if (ferror(f)) {
            cli_error("%s: read error: %s", name, strerror(errno));
            status = EXIT_PARTIAL;
        }
        if (!is_stdin)
            fclose(f);
        if (b) {
            if (threaded) {
                stop = !hand_off(&ls, b);
            } else {
                stop = !store_batch(&ls, b);
                batch_free_acc(b);
            }
        }
    }
    if (threaded) {
        pthread_mutex_lock(&ls.mu);
        ls.reading_done = true;
        pthread_cond_broadcast(&ls.cv);
        pthread_mutex_unlock(&ls.mu);
        pthread_join(wt, NULL);
    }
    if (stop || ls.failed)
        status = EXIT_USAGE;
    pthread_cond_destroy(&ls.cv);
    pthread_mutex_destroy(&ls.mu);
    if (ls.prog.show && status != EXIT_USAGE) {
        progress_finish(&ls.prog, ls.docs, ls.events);
        fprintf(stderr, "load: %zu new document(s), %zu already stored\n", ls.added,
                ls.docs - ls.added);
    }
    free(buf);
    sitrep_store_close(ls.st);
    sitrep_names_free(names);
    return status;
}
