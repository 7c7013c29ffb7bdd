/* load.c: the JSON Lines events of `sitrep code` as store documents (sitrep_load_batch,
 * sitrep.h): the bulk path into a store, for events coded elsewhere.
 *
 * Consecutive lines with the same doc_id, outlet and url are one document; its content hash
 * is the hash of those lines (after a fixed prefix), so loading the same lines twice
 * changes nothing. */
#include "api/api.h"

#include "base/arena.h"
#include "base/xalloc.h"
#include "coder/event.h"
#include "store/sha256.h"
#include "store/store.h"

#include <jansson.h>
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

struct sitrep_load_batch {
    doc_acc acc;
    char *file;
};

sitrep_status sitrep_load_batch_new(const char *file, sitrep_load_batch **out,
                                    sitrep_error *err)
{
    if (!out)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_load_batch_new: no out-pointer"),
               SITREP_EUSAGE;
    sitrep_load_batch *b = xcalloc(1, sizeof *b);
    b->acc.mem = arena_new(1 << 20);
    b->acc.first_line = 1;
    b->file = xstrdup(file ? file : "stdin");
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
    free(b->file);
    free(b);
}

int sitrep_load_batch_add(sitrep_load_batch *b, const char *line, size_t len, long lineno,
                          int64_t max_events, sitrep_error *err)
{
    json_error_t jerr;
    json_t *o = json_loadb(line, len, 0, &jerr);
    if (!o || !json_is_object(o)) {
        sitrep_error_setc(err, SITREP_EINPUT, "%s:%ld: not a JSON object (%s)", b->file,
                          lineno, o ? "another JSON value" : jerr.text);
        json_decref(o);
        return -1;
    }
    /* a batch ends between documents, once it holds max_events events */
    if (max_events > 0 && (int64_t)b->acc.nms >= max_events && !same_doc(&b->acc, o)) {
        json_decref(o);
        return 0;
    }
    if (b->acc.ndocs == 0)
        b->acc.first_line = lineno;
    bool ok = add_line(&b->acc, o, line, len, b->file, lineno, err);
    if (!ok)
        sitrep_error_classify(err, SITREP_EINPUT);
    json_decref(o);
    b->acc.last_line = lineno;
    return ok ? 1 : -1;
}

void sitrep_load_batch_lines(const sitrep_load_batch *b, long *first, long *last)
{
    *first = b->acc.first_line;
    *last = b->acc.last_line;
}

sitrep_status sitrep_store_load(sitrep_store *s, sitrep_load_batch *b, size_t *docs,
                                size_t *events, size_t *added, sitrep_error *err)
{
    *docs = *events = *added = 0;
    if (!s || !b)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_load: no store or batch"),
               SITREP_EUSAGE;
    doc_acc *acc = &b->acc;
    close_doc(acc);
    size_t n = acc->ndocs;
    if (n == 0)
        return SITREP_OK;
    for (size_t i = 0; i < n; i++)
        acc->docs[i].mentions = acc->ms + (uintptr_t)acc->docs[i].mentions;
    store *st = store_api_store(s);
    size_t k = 0, ment = 0;
    bool ok = store_begin(st, err) && store_add_documents(st, acc->docs, n, &k, &ment, err) &&
              store_commit(st, err);
    /* the mentions are stored or rolled back: the batch is spent either way */
    acc->ndocs = 0;
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
