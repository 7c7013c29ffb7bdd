/* cmd_load.c: `sitrep load`, bulk-loading the JSON Lines events of `sitrep code` into a
 * store (the scale-out path: code anywhere as a filter, then load; PostgreSQL takes the
 * rows with COPY).
 *
 * Consecutive lines with the same doc_id, outlet and url are one document; its content hash
 * is the hash of those lines, so loading the same file twice changes nothing. Documents go
 * in batches of about --batch events, one transaction each. A malformed line is reported
 * (file:line) and skipped; a failure of the store rolls the batch back, names the lines,
 * and stops. */
#include "api/api.h"
#include "cli/cli_internal.h"
#include "cli/progress.h"
#include "cli/store_args.h"
#include "base/arena.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "coder/event.h"
#include "store/sha256.h"
#include "store/store.h"

#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct doc_acc {
    store_doc_entry *docs;
    size_t ndocs, cap;
    store_mention *ms; /* all mentions of the batch */
    size_t nms, mcap;
    sha256_ctx hash;   /* of the current document's lines */
    bool open;         /* a document is being read */
    arena *mem;
    long first_line, last_line;
} doc_acc;

static const char *jstr(arena *a, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? arena_strdup(a, json_string_value(v)) : NULL;
}

static store_span jspan(json_t *v)
{
    if (!json_is_array(v) || json_array_size(v) != 2)
        return (store_span){-1, -1};
    return (store_span){json_integer_value(json_array_get(v, 0)),
                        json_integer_value(json_array_get(v, 1))};
}

static void close_doc(doc_acc *acc)
{
    if (!acc->open)
        return;
    store_doc_entry *d = &acc->docs[acc->ndocs - 1];
    char *hex = arena_alloc(acc->mem, 65);
    sha256_final_hex(&acc->hash, hex);
    d->doc.hash = hex;
    acc->open = false;
}

/* Adds one parsed line; starts a new document when doc_id/outlet/url change. */
static bool add_line(doc_acc *acc, json_t *o, const char *line, size_t len, const char *file,
                     long lineno,
                     sitrep_error *err)
{
    arena *a = acc->mem;
    const char *doc_id = jstr(a, o, "doc_id");
    json_t *src = json_object_get(o, "source"), *tgt = json_object_get(o, "target");
    const char *cameo = jstr(a, o, "cameo");
    if (!doc_id || !json_is_object(src) || !json_is_object(tgt) || !cameo ||
        !json_is_string(json_object_get(src, "code")) ||
        !json_is_string(json_object_get(tgt, "code")))
        return sitrep_error_set(err, "%s:%ld: not a sitrep event (needs doc_id, source.code, "
                                     "target.code and cameo)", file, lineno);
    const char *outlet = jstr(a, o, "outlet"), *url = jstr(a, o, "url");
    store_doc_entry *cur = acc->open ? &acc->docs[acc->ndocs - 1] : NULL;
    bool same = cur && strcmp(cur->doc.doc_id, doc_id) == 0 &&
                ((!cur->doc.outlet && !outlet) ||
                 (cur->doc.outlet && outlet && strcmp(cur->doc.outlet, outlet) == 0)) &&
                ((!cur->doc.url && !url) || (cur->doc.url && url && strcmp(cur->doc.url, url) == 0));
    if (!same) {
        close_doc(acc);
        acc->docs = xgrow(acc->docs, &acc->cap, acc->ndocs + 1, sizeof *acc->docs);
        cur = &acc->docs[acc->ndocs++];
        memset(cur, 0, sizeof *cur);
        cur->doc.doc_id = doc_id;
        cur->doc.outlet = outlet;
        cur->doc.url = url;
        char where[600];
        snprintf(where, sizeof where, "%s:%ld", file, lineno);
        cur->doc.origin = arena_strdup(a, where);
        cur->mentions = (const store_mention *)(uintptr_t)acc->nms; /* index until fixed up */
        sha256_init(&acc->hash);
        sha256_update(&acc->hash, 12, (const uint8_t *)"sitrep load\n");
        acc->open = true;
    }
    sha256_update(&acc->hash, len, (const uint8_t *)line);
    sha256_update(&acc->hash, 1, (const uint8_t *)"\n");
    acc->ms = xgrow(acc->ms, &acc->mcap, acc->nms + 1, sizeof *acc->ms);
    store_mention *m = &acc->ms[acc->nms++];
    memset(m, 0, sizeof *m);
    cur->nmentions++;
    m->source = jstr(a, src, "code");
    m->source_country = jstr(a, src, "country");
    m->source_role = jstr(a, src, "role");
    m->source_text = jstr(a, src, "text");
    m->source_span = jspan(json_object_get(src, "span"));
    m->target = jstr(a, tgt, "code");
    m->target_country = jstr(a, tgt, "country");
    m->target_role = jstr(a, tgt, "role");
    m->target_text = jstr(a, tgt, "text");
    m->target_span = jspan(json_object_get(tgt, "span"));
    m->cameo = cameo;
    m->sentence = json_integer_value(json_object_get(o, "sentence"));
    m->sentence_span = jspan(json_object_get(o, "sentence_span"));
    m->sentence_text = jstr(a, o, "sentence_text");
    json_t *verb = json_object_get(o, "verb");
    if (json_is_object(verb)) {
        m->verb_text = jstr(a, verb, "text");
        m->verb_span = jspan(json_object_get(verb, "span"));
    } else {
        m->verb_span = (store_span){-1, -1};
    }
    m->verb_entry = jstr(a, o, "verb_entry");
    m->date = jstr(a, o, "date");
    m->date_precision = jstr(a, o, "date_precision");
    m->date_text = jstr(a, o, "date_text");
    m->status = 0;
    const char *st = jstr(a, o, "status");
    for (int s = 0; st && s < 4; s++)
        if (event_status_name(s) && strcmp(event_status_name(s), st) == 0)
            m->status = s;
    m->status_cue = jstr(a, o, "status_cue");
    json_t *sb = json_object_get(o, "said_by");
    if (json_is_object(sb)) {
        m->said_by_code = jstr(a, sb, "code");
        m->said_by_text = jstr(a, sb, "text");
    }
    /* The article's date: the date of an event dated by its document. */
    if (!cur->doc.date && m->date && m->date_precision && strcmp(m->date_precision, "doc") == 0)
        cur->doc.date = m->date;
    return true;
}

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
    doc_acc acc;
    const char *file;
} load_batch;

typedef struct load_state {
    store *st;
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
    free(b->acc.docs);
    free(b->acc.ms);
    arena_free(b->acc.mem);
    free(b);
}

static load_batch *batch_new(const char *file)
{
    load_batch *b = xcalloc(1, sizeof *b);
    b->acc.mem = arena_new(1 << 20);
    b->file = file;
    return b;
}

/* Stores one batch in one transaction. */
static bool store_batch(load_state *ls, load_batch *b)
{
    doc_acc *acc = &b->acc;
    close_doc(acc);
    size_t n = acc->ndocs;
    if (n == 0)
        return true;
    for (size_t i = 0; i < n; i++)
        acc->docs[i].mentions = acc->ms + (uintptr_t)acc->docs[i].mentions;
    sitrep_error err;
    size_t added = 0, ment = 0;
    bool ok = store_begin(ls->st, &err) &&
              store_add_documents(ls->st, acc->docs, n, &added, &ment, &err) &&
              store_commit(ls->st, &err);
    if (!ok) {
        store_rollback(ls->st);
        progress_clear(&ls->prog);
        cli_error("%s", err.message);
        cli_error("%s: lines %ld to %ld were not stored (the store is as it was before "
                  "them); stopping", b->file, acc->first_line, acc->last_line);
        return false;
    }
    ls->docs += n;
    ls->added += added;
    for (size_t i = 0; i < n; i++)
        ls->events += acc->docs[i].nmentions;
    progress_update(&ls->prog, ls->docs, ls->events);
    return true;
}

/* Reading thread: waits for the slot, then fills it. False when writing has failed. */
static bool hand_off(load_state *ls, load_batch *b)
{
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

/* Does the parsed line `o` continue the document being read? */
static bool same_doc(const doc_acc *acc, json_t *o)
{
    if (!acc->open)
        return false;
    const store_document *cur = &acc->docs[acc->ndocs - 1].doc;
    const char *keys[3] = {"doc_id", "outlet", "url"};
    const char *have[3] = {cur->doc_id, cur->outlet, cur->url};
    for (int k = 0; k < 3; k++) {
        json_t *v = json_object_get(o, keys[k]);
        const char *s = json_is_string(v) ? json_string_value(v) : NULL;
        if ((s == NULL) != (have[k] == NULL) || (s && strcmp(s, have[k]) != 0))
            return false;
    }
    return true;
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
    actor_names *names = dict_args_actor_names(&la.names_from);
    sitrep_store *handle = names ? store_args_open(&sa, true) : NULL;
    ls.st = handle ? store_api_store(handle) : NULL;
    if (!ls.st) {
        actor_names_free(names);
        return EXIT_USAGE;
    }
    store_set_namer(ls.st, names_namer, names);
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
        b->acc.first_line = 1;
        while ((len = getline(&buf, &bufcap, f)) >= 0) {
            lineno++;
            while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
                buf[--len] = '\0';
            if (len == 0)
                continue;
            json_error_t jerr;
            json_t *o = json_loadb(buf, (size_t)len, 0, &jerr);
            sitrep_error err;
            if (!o || !json_is_object(o)) {
                cli_error("%s:%ld: not a JSON object (%s)", name, lineno,
                          o ? "another JSON value" : jerr.text);
                status = EXIT_PARTIAL;
                json_decref(o);
                continue;
            }
            /* a batch ends between documents, once it holds --batch events */
            if ((long)b->acc.nms >= batch_events && !same_doc(&b->acc, o)) {
                if (!(threaded ? hand_off(&ls, b) : store_batch(&ls, b))) {
                    stop = true;
                    if (!threaded)
                        batch_free_acc(b);
                    b = NULL;
                    json_decref(o);
                    break;
                }
                if (!threaded)
                    batch_free_acc(b);
                b = batch_new(name);
            }
            if (b->acc.ndocs == 0)
                b->acc.first_line = lineno;
            if (!add_line(&b->acc, o, buf, (size_t)len, name, lineno, &err)) {
                cli_error("%s", err.message);
                status = EXIT_PARTIAL;
            }
            json_decref(o);
            b->acc.last_line = lineno;
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
    sitrep_store_close(handle);
    actor_names_free(names);
    return status;
}
