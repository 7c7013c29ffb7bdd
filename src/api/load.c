/* load.c: the JSON Lines events of `sitrep code` as store documents (sitrep_load_batch,
 * sitrep.h): the bulk path into a store, for events coded elsewhere.
 *
 * Consecutive lines with the same doc_id, outlet and url are one document; its content hash
 * is the hash of those lines (after a fixed prefix), so loading the same lines twice
 * changes nothing. */
#include "api/api.h"
#include "api/load_line.h"

#include "base/arena.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "coder/event.h"
#include "store/sha256.h"
#include "store/store.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct doc_acc {
    store_doc_entry *docs;
    size_t ndocs, cap;
    store_mention *ms; /* all mentions of the batch */
    size_t nms, mcap;
    sha256_ctx hash;   /* of the current document's lines */
    bool open;         /* a document is being read */
    arena *mem;
    strmap *intern; /* the batch's short strings, in mem */
    long first_line, last_line;
} doc_acc;

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

static bool same_str(const char *x, const char *y)
{
    return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

/* Does the parsed line continue the document being read? */
static bool same_doc(const doc_acc *acc, const load_line *l)
{
    if (!acc->open)
        return false;
    const store_document *cur = &acc->docs[acc->ndocs - 1].doc;
    return same_str(cur->doc_id, l->doc_id) && same_str(cur->outlet, l->outlet) &&
           same_str(cur->url, l->url);
}

/* Adds one parsed line; starts a new document when doc_id/outlet/url change. */
static bool add_line(doc_acc *acc, const load_line *l, const char *line, size_t len,
                     const char *file, long lineno, sitrep_error *err)
{
    arena *a = acc->mem;
    if (!l->doc_id || !l->has_source || !l->has_target || !l->m.cameo || !l->m.source ||
        !l->m.target)
        return sitrep_error_set(err, "%s:%ld: not a sitrep event (needs doc_id, source.code, "
                                     "target.code and cameo)", file, lineno);
    store_doc_entry *cur = acc->open ? &acc->docs[acc->ndocs - 1] : NULL;
    if (!same_doc(acc, l)) {
        close_doc(acc);
        acc->docs = xgrow(acc->docs, &acc->cap, acc->ndocs + 1, sizeof *acc->docs);
        cur = &acc->docs[acc->ndocs++];
        memset(cur, 0, sizeof *cur);
        cur->doc.doc_id = l->doc_id;
        cur->doc.outlet = l->outlet;
        cur->doc.url = l->url;
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
    *m = l->m;
    cur->nmentions++;
    m->status = 0;
    for (int s = 0; l->status && s < 4; s++)
        if (event_status_name(s) && strcmp(event_status_name(s), l->status) == 0)
            m->status = s;
    /* The article's date: the date of an event dated by its document. */
    if (!cur->doc.date && m->date && m->date_precision && strcmp(m->date_precision, "doc") == 0)
        cur->doc.date = m->date;
    return true;
}

struct sitrep_load_batch {
    doc_acc acc;
    char *file;
    load_line_parser *parser;
    store_grouping *grouping; /* made once the batch is sealed */
    bool sealed;              /* no more lines: documents closed, events grouped */
};

sitrep_status sitrep_load_batch_new(const char *file, sitrep_load_batch **out,
                                    sitrep_error *err)
{
    if (!out)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_load_batch_new: no out-pointer"),
               SITREP_EUSAGE;
    sitrep_load_batch *b = xcalloc(1, sizeof *b);
    b->acc.mem = arena_new(1 << 20);
    b->acc.intern = strmap_new();
    b->acc.first_line = 1;
    b->file = xstrdup(file ? file : "stdin");
    b->parser = load_line_parser_new();
    *out = b;
    return SITREP_OK;
}

void sitrep_load_batch_free(sitrep_load_batch *b)
{
    if (!b)
        return;
    free(b->acc.docs);
    free(b->acc.ms);
    arena_free(b->acc.mem);
    strmap_free(b->acc.intern);
    free(b->file);
    load_line_parser_free(b->parser);
    store_grouping_free(b->grouping);
    free(b);
}

int sitrep_load_batch_add(sitrep_load_batch *b, const char *line, size_t len, long lineno,
                          int64_t max_events, sitrep_error *err)
{
    if (b->sealed)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_load_batch_add: the batch is "
                                                     "prepared already"),
               -1;
    load_line l;
    char why[160];
    int r = load_line_parse(b->parser, line, len, b->acc.mem, b->acc.intern, &l, why,
                            sizeof why);
    if (r <= 0) {
        sitrep_error_setc(err, SITREP_EINPUT, "%s:%ld: not a JSON object (%s)", b->file,
                          lineno, r == 0 ? "another JSON value" : why);
        return -1;
    }
    /* a batch ends between documents, once it holds max_events events */
    if (max_events > 0 && (int64_t)b->acc.nms >= max_events && !same_doc(&b->acc, &l))
        return 0;
    if (b->acc.ndocs == 0)
        b->acc.first_line = lineno;
    bool ok = add_line(&b->acc, &l, line, len, b->file, lineno, err);
    if (!ok)
        sitrep_error_classify(err, SITREP_EINPUT);
    b->acc.last_line = lineno;
    return ok ? 1 : -1;
}

void sitrep_load_batch_lines(const sitrep_load_batch *b, long *first, long *last)
{
    *first = b->acc.first_line;
    *last = b->acc.last_line;
}

/* Closes the last document, points the documents at their mentions (the array no
 * longer moves) and groups the events. */
static void seal(sitrep_load_batch *b)
{
    if (b->sealed)
        return;
    doc_acc *acc = &b->acc;
    close_doc(acc);
    for (size_t i = 0; i < acc->ndocs; i++)
        acc->docs[i].mentions = acc->ms + (uintptr_t)acc->docs[i].mentions;
    b->grouping = store_group_documents(acc->docs, acc->ndocs);
    b->sealed = true;
}

void sitrep_load_batch_prepare(sitrep_load_batch *b)
{
    if (b)
        seal(b);
}

sitrep_status sitrep_store_load(sitrep_store *s, sitrep_load_batch *b, size_t *docs,
                                size_t *events, size_t *added, sitrep_error *err)
{
    *docs = *events = *added = 0;
    if (!s || !b)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_load: no store or batch"),
               SITREP_EUSAGE;
    doc_acc *acc = &b->acc;
    seal(b);
    size_t n = acc->ndocs;
    if (n == 0)
        return SITREP_OK;
    store *st = store_api_store(s);
    size_t k = 0, ment = 0;
    bool ok = store_begin(st, err) &&
              store_add_grouped(st, acc->docs, n, b->grouping, &k, &ment, err) &&
              store_commit(st, err);
    /* the mentions are stored or rolled back: the batch is spent either way */
    acc->ndocs = 0;
    store_grouping_free(b->grouping);
    b->grouping = NULL;
    if (!ok) {
        store_rollback(st);
        sitrep_error_classify(err, SITREP_ESTORE);
        return err ? err->code : SITREP_ESTORE;
    }
    *docs = n;
    *added = k;
    *events = acc->nms;
    return SITREP_OK;
}
