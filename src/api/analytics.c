/* analytics.c: what a store holds, through the handle (sitrep.h): exports in the field's
 * formats, the codebook, row counts, months, dyads, actors and the most active pair. Each
 * call wraps one store query (store/store.h) and turns its rows into the public ones. */
#include "api/api.h"

#include "cameo/cameo.h"
#include "store/store_export.h"

#include <stdlib.h>
#include <string.h>

/* A store failure as the public code, false (for returning). */
static sitrep_status store_failed(sitrep_error *err)
{
    sitrep_error_classify(err, SITREP_ESTORE);
    return err ? err->code : SITREP_ESTORE;
}

static sitrep_status no_store(sitrep_error *err, const char *fn)
{
    sitrep_error_setc(err, SITREP_EUSAGE, "%s: no store or callback", fn);
    return SITREP_EUSAGE;
}

_Static_assert((int)SITREP_EXPORT_TABLE == (int)EXPORT_TABLE && (int)SITREP_EXPORT_JSONL == (int)EXPORT_JSONL &&
                   (int)SITREP_EXPORT_CSV == (int)EXPORT_CSV && (int)SITREP_EXPORT_GDELT == (int)EXPORT_GDELT &&
                   (int)SITREP_EXPORT_PHOENIX == (int)EXPORT_PHOENIX,
               "sitrep_export_format and export_format agree");

int sitrep_export_format_parse(const char *name, sitrep_export_format *out)
{
    export_format f;
    if (!name || !export_format_parse(name, &f))
        return 0;
    *out = (sitrep_export_format)f;
    return 1;
}

typedef struct export_ctx {
    export_format fmt;
    strbuf line;
    sitrep_write_fn fn;
    void *ctx;
} export_ctx;

static int export_one(const store_event_row *row, void *vctx)
{
    export_ctx *x = vctx;
    strbuf_clear(&x->line);
    export_row(&x->line, x->fmt, row);
    return x->fn(x->line.data, x->line.len, x->ctx);
}

sitrep_status sitrep_store_export(sitrep_store *s, const sitrep_query *q,
                                  sitrep_export_format f, sitrep_write_fn fn, void *ctx,
                                  sitrep_error *err)
{
    if (!s || !fn)
        return no_store(err, "sitrep_store_export");
    if ((unsigned)f > SITREP_EXPORT_PHOENIX)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_export: unknown format"),
               SITREP_EUSAGE;
    store_filter flt;
    char from[11], to[11];
    if (!query_to_filter(q, &flt, from, to, err))
        return SITREP_EUSAGE;
    export_ctx x = {(export_format)f, {0}, fn, ctx};
    export_header(&x.line, x.fmt);
    int stop = x.line.len ? fn(x.line.data, x.line.len, ctx) : 0;
    bool ok = stop || store_query_events(store_api_store(s), &flt, export_one, &x, err);
    strbuf_free(&x.line);
    return ok ? SITREP_OK : store_failed(err);
}

int sitrep_cameo_lookup(const char *code, sitrep_cameo *out)
{
    const cameo_code *c = code ? cameo_lookup_nearest(code) : NULL;
    if (!c)
        return 0;
    *out = (sitrep_cameo){c->code, c->name, c->root, c->quad_class, c->goldstein, c->plover,
                          c->plover_mode};
    return 1;
}

const char *sitrep_quad_class_name(int quad_class)
{
    const char *n = cameo_quad_class_name(quad_class);
    return n ? n : "unknown";
}

const char *sitrep_store_backend(const sitrep_store *s)
{
    return s ? store_backend_name(store_api_store((sitrep_store *)s)) : "";
}

sitrep_status sitrep_store_counts_get(sitrep_store *s, sitrep_store_counts *out,
                                      sitrep_error *err)
{
    if (!s || !out)
        return no_store(err, "sitrep_store_counts_get");
    store_counts c;
    if (!store_query_counts(store_api_store(s), &c, err))
        return store_failed(err);
    *out = (sitrep_store_counts){c.documents, c.mentions, c.events, c.actors, c.monthly, c.dyads};
    return SITREP_OK;
}

typedef struct month_ctx {
    sitrep_month_fn fn;
    void *ctx;
} month_ctx;

static int month_one(const store_month_row *r, void *vctx)
{
    const month_ctx *m = vctx;
    sitrep_month row = {r->month, r->quad_class, r->events, r->mentions, r->goldstein};
    return m->fn(&row, m->ctx);
}

sitrep_status sitrep_store_months(sitrep_store *s, const sitrep_query *q, sitrep_month_fn fn,
                                  void *ctx, sitrep_error *err)
{
    if (!s || !fn)
        return no_store(err, "sitrep_store_months");
    month_ctx m = {fn, ctx};
    bool ok;
    if (!q) {
        ok = store_query_monthly(store_api_store(s), month_one, &m, err);
    } else {
        store_filter f;
        char from[11], to[11];
        if (!query_to_filter(q, &f, from, to, err))
            return SITREP_EUSAGE;
        ok = store_query_months(store_api_store(s), &f, month_one, &m, err);
    }
    return ok ? SITREP_OK : store_failed(err);
}

typedef struct dyad_ctx {
    sitrep_dyad_fn fn;
    void *ctx;
} dyad_ctx;

static int dyad_one(const store_dyad_row *r, void *vctx)
{
    const dyad_ctx *d = vctx;
    sitrep_dyad row = {r->source, r->target, r->events, r->mentions, {0}, r->goldstein};
    memcpy(row.quad, r->quad, sizeof row.quad);
    return d->fn(&row, d->ctx);
}

sitrep_status sitrep_store_dyads(sitrep_store *s, const sitrep_query *q, int64_t limit,
                                 sitrep_dyad_fn fn, void *ctx, sitrep_error *err)
{
    if (!s || !fn)
        return no_store(err, "sitrep_store_dyads");
    store_filter f;
    char from[11], to[11];
    if (!query_to_range(q, &f, from, to, err))
        return SITREP_EUSAGE;
    dyad_ctx d = {fn, ctx};
    bool ok = f.from || f.to
                  ? store_query_dyads_range(store_api_store(s), f.from, f.to, limit, dyad_one,
                                            &d, err)
                  : store_query_dyads(store_api_store(s), limit, dyad_one, &d, err);
    return ok ? SITREP_OK : store_failed(err);
}

sitrep_status sitrep_store_actor(sitrep_store *s, const char *code, sitrep_stored_actor *out,
                                 sitrep_error *err)
{
    if (!s || !code || !out)
        return no_store(err, "sitrep_store_actor");
    memset(out, 0, sizeof *out);
    sitrep_error e;
    sitrep_error_clear(&e);
    e.code = SITREP_OK;
    store_actor_row r;
    if (!store_get_actor(store_api_store(s), code, &r, &e)) {
        if (e.code == SITREP_OK)
            return SITREP_OK; /* not known */
        if (err)
            *err = e;
        return store_failed(err);
    }
    *out = (sitrep_stored_actor){r.code, r.name, r.country, r.role};
    return SITREP_OK;
}

sitrep_status sitrep_store_most_active_pair(sitrep_store *s, const char **a, const char **b,
                                            sitrep_error *err)
{
    if (!s || !a || !b)
        return no_store(err, "sitrep_store_most_active_pair");
    char **pair = store_api_pair(s);
    free(pair[0]);
    free(pair[1]);
    pair[0] = pair[1] = NULL;
    *a = *b = NULL;
    if (!store_most_active_pair(store_api_store(s), &pair[0], &pair[1], err))
        return store_failed(err);
    *a = pair[0];
    *b = pair[1];
    return SITREP_OK;
}
