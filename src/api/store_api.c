/* store_api.c: the event store handle (sitrep.h), and coded events as store records. */
#include "api/api.h"

#include "base/xalloc.h"
#include "store/store.h"

#include <stdlib.h>
#include <string.h>

struct sitrep_store {
    store *st;
    /* our own lexicon's canonical actor names, read at the first ingest (a store only
     * read needs none); NULL when the lexicon cannot be read: actors go unnamed */
    actor_names *names;
    bool names_read;
    char *pair[2]; /* sitrep_store_most_active_pair's last answer */
};

static const char *nonempty(const char *s)
{
    return s && *s ? s : NULL;
}

static store_span sspan(int64_t start, int64_t end)
{
    return start < 0 ? (store_span){-1, -1} : (store_span){start, end};
}

store_mention *events_to_mentions(arena *a, const article *art, const document_result *res)
{
    if (!res->nevents)
        return NULL;
    store_mention *m = arena_calloc(a, res->nevents, sizeof *m);
    for (size_t i = 0; i < res->nevents; i++) {
        const event *e = &res->events[i];
        sitrep_event pub;
        events_export(a, art, res, e, &pub);
        store_mention *x = &m[i];
        x->source = pub.source.code;
        x->source_country = pub.source.country;
        x->source_role = pub.source.role;
        x->source_text = pub.source.text;
        x->target = pub.target.code;
        x->target_country = pub.target.country;
        x->target_role = pub.target.role;
        x->target_text = pub.target.text;
        x->cameo = e->code;
        x->sentence = e->sentence_index;
        x->sentence_span = sspan(pub.sentence_start, pub.sentence_end);
        x->source_span = sspan(pub.source.start, pub.source.end);
        x->target_span = sspan(pub.target.start, pub.target.end);
        x->verb_span = sspan(pub.verb_start, pub.verb_end);
        x->sentence_text = pub.sentence_text;
        x->verb_text = pub.verb_text;
        x->verb_entry = e->verb_entry;
        x->date = pub.date;
        x->date_precision = pub.date ? pub.date_precision : NULL;
        x->date_text = e->date_text;
        x->status = e->status;
        x->status_cue = e->status_cue;
        x->said_by_code = e->said_by_code;
        x->said_by_text = e->said_by_text;
    }
    return m;
}

void events_to_store_doc(arena *a, const article *art, const document_result *res,
                         const char *default_date, store_doc_entry *out)
{
    char *hash = arena_alloc(a, 65);
    store_content_hash(art->id, art->date, art->source, art->url, art->title, art->text,
                       art->text_len, hash);
    out->doc = (store_document){hash, art->id, art->date ? art->date : default_date,
                                art->source, art->url, art->title, art->origin};
    out->mentions = events_to_mentions(a, art, res);
    out->nmentions = res->nevents;
}

sitrep_status sitrep_store_open(const char *location, int writable, sitrep_store **out,
                              sitrep_error *err)
{
    *out = NULL;
    store *st = store_open(location ? location : store_default_location(), writable != 0, err);
    if (!st) {
        sitrep_error_classify(err, SITREP_ESTORE);
        return err ? err->code : SITREP_ESTORE;
    }
    sitrep_store *s = xcalloc(1, sizeof *s);
    s->st = st;
    *out = s;
    return SITREP_OK;
}

void sitrep_store_close(sitrep_store *s)
{
    if (!s)
        return;
    store_close(s->st);
    actor_names_free(s->names);
    free(s->pair[0]);
    free(s->pair[1]);
    free(s);
}

store *store_api_store(sitrep_store *s)
{
    return s->st;
}

char **store_api_pair(sitrep_store *s)
{
    return s->pair;
}

const char *sitrep_store_location(const sitrep_store *s)
{
    return s ? store_location(s->st) : "";
}

sitrep_status sitrep_store_name_actors(sitrep_store *s, const char *const *actors,
                                       sitrep_error *err)
{
    if (!s)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_name_actors: no store"),
               SITREP_EUSAGE;
    actor_names *names = names_load_list(actors, err);
    if (!names)
        return err ? err->code : SITREP_EIO;
    actor_names_free(s->names);
    s->names = names;
    s->names_read = true;
    store_set_namer(s->st, names_namer, names);
    return SITREP_OK;
}

sitrep_status sitrep_store_set_names(sitrep_store *s, const sitrep_names *names,
                                     sitrep_error *err)
{
    if (!s || !names)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_set_names: no store or "
                                 "names"),
               SITREP_EUSAGE;
    /* names the caller keeps replace the store's own, which go */
    actor_names_free(s->names);
    s->names = NULL;
    s->names_read = true;
    store_set_namer(s->st, names_namer, names_of(names));
    return SITREP_OK;
}

sitrep_status sitrep_store_ingest_many(sitrep_store *s, sitrep_events *const *docs, size_t n,
                                       size_t *added, sitrep_error *err)
{
    if (added)
        *added = 0;
    bool usable = s && (n == 0 || docs);
    for (size_t i = 0; usable && i < n; i++)
        usable = docs[i] && docs[i]->has_article;
    if (!usable)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_ingest: no store, or an "
                                 "article missing"),
               SITREP_EUSAGE;
    if (!s->names_read) {
        s->names_read = true;
        s->names = names_load(NULL, 0, NULL);
        if (s->names)
            store_set_namer(s->st, names_namer, s->names);
    }
    arena *a = arena_new(16 * 1024);
    store_doc_entry *entries = arena_calloc(a, n ? n : 1, sizeof *entries);
    for (size_t i = 0; i < n; i++)
        events_to_store_doc(a, &docs[i]->art, &docs[i]->res, docs[i]->default_date,
                            &entries[i]);
    size_t k = 0;
    bool ok = store_begin(s->st, err) && store_add_documents(s->st, entries, n, &k, NULL, err) &&
              store_commit(s->st, err);
    arena_free(a);
    if (!ok) {
        store_rollback(s->st);
        sitrep_error_classify(err, SITREP_ESTORE);
        return err ? err->code : SITREP_ESTORE;
    }
    if (added)
        *added = k;
    return SITREP_OK;
}

sitrep_status sitrep_store_ingest(sitrep_store *s, const sitrep_events *ev, int *added,
                                  sitrep_error *err)
{
    if (added)
        *added = 0;
    if (!s || !ev)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_ingest: no store or events"),
               SITREP_EUSAGE;
    size_t n = 0;
    /* one article is a batch of one; the store only reads it */
    sitrep_events *one = (sitrep_events *)ev;
    sitrep_status st = sitrep_store_ingest_many(s, &one, 1, &n, err);
    if (added)
        *added = n > 0;
    return st;
}

void sitrep_query_init(sitrep_query *q)
{
    memset(q, 0, sizeof *q);
}

int sitrep_query_set(sitrep_query *q, const char *name, const char *value, sitrep_error *err)
{
    if (!q || !name || !value)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_query_set: no query, name or value"),
               -1;
    /* the store's own reading of the value says whether it is good */
    store_filter f;
    store_filter_init(&f);
    char from[11], to[11];
    int r = store_filter_set(&f, from, to, name, value, err);
    if (r < 0)
        sitrep_error_classify(err, SITREP_EUSAGE);
    if (r <= 0)
        return r;
    static const char *const names[] = {"actor", "country", "code", "root", "said-by",
                                        "outlet", "status", "from", "to"};
    const char **field[] = {&q->actor, &q->country, &q->cameo, &q->root, &q->said_by,
                            &q->outlet, &q->status, &q->from, &q->to};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0)
            *field[i] = value;
    if (strcmp(name, "quad") == 0)
        q->quad_class = f.quad;
    if (strcmp(name, "limit") == 0)
        q->limit = f.limit;
    return 1;
}

bool query_to_filter(const sitrep_query *q, store_filter *f, char from[11], char to[11],
                      sitrep_error *err)
{
    store_filter_init(f);
    if (!q)
        return true;
    f->actor = nonempty(q->actor);
    if (nonempty(q->dyad_a) && nonempty(q->dyad_b)) {
        f->dyad[0] = q->dyad_a;
        f->dyad[1] = q->dyad_b;
    }
    f->country = nonempty(q->country);
    f->code = nonempty(q->cameo);
    f->root = nonempty(q->root);
    f->quad = q->quad_class;
    f->said_by = nonempty(q->said_by);
    f->outlet = nonempty(q->outlet);
    f->limit = q->limit > 0 ? q->limit : 0;
    const char *names[] = {"status", "from", "to"};
    const char *values[] = {nonempty(q->status), nonempty(q->from), nonempty(q->to)};
    for (int i = 0; i < 3; i++)
        if (values[i] && store_filter_set(f, from, to, names[i], values[i], err) < 0)
            return sitrep_error_classify(err, SITREP_EUSAGE);
    return true;
}

bool query_to_range(const sitrep_query *q, store_filter *f, char from[11], char to[11],
                    sitrep_error *err)
{
    sitrep_query range;
    sitrep_query_init(&range);
    if (q) {
        range.from = q->from;
        range.to = q->to;
    }
    return query_to_filter(&range, f, from, to, err);
}

typedef struct query_ctx {
    sitrep_row_fn fn;
    void *ctx;
} query_ctx;

static int row(const store_event_row *r, void *vctx)
{
    const query_ctx *q = vctx;
    sitrep_stored_event e = {
        .id = r->id, .date = r->date ? r->date : "", .source = r->source,
        .target = r->target, .cameo = r->cameo, .root = r->root,
        .quad_class = r->quad_class, .goldstein = r->has_goldstein ? r->goldstein : 0,
        .status = event_status_name(r->status), .mentions = r->num_mentions,
        .documents = r->num_documents, .outlets = r->num_outlets,
        .first_seen = r->first_seen, .last_seen = r->last_seen,
        .outlet_names = r->outlets ? r->outlets : "", .claimants = r->claimants ? r->claimants : "",
        .url = r->url, .first_doc_id = r->first_doc_id, .first_sentence = r->first_sentence};
    return q->fn(&e, q->ctx);
}

sitrep_status sitrep_store_query(sitrep_store *s, const sitrep_query *q, sitrep_row_fn fn,
                               void *ctx, sitrep_error *err)
{
    if (!s || !fn)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_query: no store or callback"),
               SITREP_EUSAGE;
    store_filter f;
    char from[11], to[11];
    if (!query_to_filter(q, &f, from, to, err))
        return SITREP_EUSAGE;
    query_ctx qc = {fn, ctx};
    if (!store_query_events(s->st, &f, row, &qc, err)) {
        sitrep_error_classify(err, SITREP_ESTORE);
        return err ? err->code : SITREP_ESTORE;
    }
    return SITREP_OK;
}
