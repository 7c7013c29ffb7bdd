/* store_add.c: adding a batch of documents with their mentions (store_add_documents).
 *
 * A batch is merged in memory first, then written once per row, whatever the backend:
 *  1. documents: a document whose content hash is stored already is skipped with
 *     everything it carries (the unique hash also makes a concurrent writer of the same
 *     document wait for the first and then skip it);
 *  2. the mentions of the new documents are grouped by event key (source, target, code,
 *     date) with their counts: mentions, documents, distinct outlets, first and last seen;
 *  3. each distinct event is inserted, or merged into the stored one (counts added, seen
 *     dates widened, outlets that none of its stored mentions' documents has counted), in
 *     key order so that two
 *     writers lock rows in one order and ids come out the same on both backends;
 *  4. the mentions, the actors and the rollups (monthly, dyads) are written.
 * SQLite does each step with prepared statements in the open transaction (the events, the
 * mentions and the dyads ROWS_PER_INSERT rows a statement); PostgreSQL sends
 * every table's rows with COPY (into session-local staging tables for the ones that merge)
 * and merges each with one set-based statement. */
#include "base/arena.h"
#include "base/strbuf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "cameo/cameo.h"
#include "store/store_internal.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One event of the batch. The key, countries and roles are those of its first mention,
 * copied here while the mentions are read in order: the events are written in key order,
 * and reading them back from the mentions then would miss the cache at every event. */
typedef struct agg {
    const char *source, *target, *cameo;
    const char *date; /* the event's date, "" when undated */
    const char *source_country, *source_role, *target_country, *target_role;
    const char *seen_min, *seen_max;
    int64_t mentions, documents;
    const void *last_doc;
    const char **outlets; /* from the batch's arena */
    size_t noutlets, ocap;
    const cameo_code *cc;
    int64_t id;
    bool is_new;
} agg;

/* A rollup row's deltas: month and quad class, or source and target. */
typedef struct rollup {
    const char *source, *target;
    char month[8];
    int quad_class;
    int64_t events, mentions, quad[5];
    double goldstein;
} rollup;

/* The batch's mentions grouped into events (step 2), in key order. Needs no store: a
 * loader makes it on its reading thread while the batch before is written. */
struct store_grouping {
    agg *aggs;          /* in key order once sealed */
    size_t naggs, acap;
    strmap *keys;       /* event key -> index + 1 in aggs (before sorting) */
    arena *mem;         /* the outlet lists */
    size_t *magg;       /* per grouped mention, in order: its agg */
    size_t *seen;       /* the events in the order first met: the rollups sum them in
                         * that order, so that sums come out the same to the last bit */
    size_t nm, mcap;
    strbuf key;
    bool all;           /* made for every document of the batch, before the store was seen */
};

typedef struct add_ctx {
    store *s;
    store_grouping *g;
    bool own_g;         /* g was made here */
    int64_t *doc_pk;    /* per document of the batch: its new id, 0 when stored already */
    strbuf copy;
    char added_at[16], ingested_at[24];
    sitrep_error *err;
} add_ctx;

static const char *nz(const char *s) { return s && *s ? s : NULL; }

/* strcmp, without reading the bytes of one string twice (a loaded batch's codes and
 * dates are one copy each). */
static int cmp_str(const char *x, const char *y)
{
    return x == y ? 0 : strcmp(x, y);
}

static const char *event_date(const store_mention *m, const store_document *doc)
{
    if (m->date && *m->date)
        return m->date;
    return doc->date && *doc->date ? doc->date : "";
}

static bool valid_mention(const store_mention *m)
{
    return m->source && m->target && m->cameo;
}

/* ---- COPY text ---- */

static void copy_field(strbuf *b, const char *v, bool last)
{
    if (!v) {
        strbuf_puts(b, "\\N");
    } else {
        for (const char *p = v; *p; p++) {
            switch (*p) {
            case '\\': strbuf_puts(b, "\\\\"); break;
            case '\t': strbuf_puts(b, "\\t"); break;
            case '\n': strbuf_puts(b, "\\n"); break;
            case '\r': strbuf_puts(b, "\\r"); break;
            default: strbuf_putc(b, *p);
            }
        }
    }
    strbuf_putc(b, last ? '\n' : '\t');
}

static void copy_row(strbuf *b, const char *const *v, int n)
{
    for (int i = 0; i < n; i++)
        copy_field(b, v[i], i == n - 1);
}

static void copy_vals(strbuf *b, const db_val *v, int n)
{
    for (int i = 0; i < n; i++) {
        bool last = i == n - 1;
        switch (v[i].t) {
        case DB_TEXT: copy_field(b, v[i].s, last); continue;
        case DB_INT: strbuf_put_decimal(b, v[i].i); break;
        case DB_REAL: strbuf_printf(b, "%.17g", v[i].d); break;
        default: strbuf_puts(b, "\\N"); break;
        }
        strbuf_putc(b, last ? '\n' : '\t');
    }
}

static db_val vtext(const char *s) { return (db_val){.t = DB_TEXT, .s = s}; }
static db_val vint(long long i) { return (db_val){.t = DB_INT, .i = i}; }
static db_val vreal(double d) { return (db_val){.t = DB_REAL, .d = d}; }
static db_val vnull(void) { return (db_val){.t = DB_NULL}; }

/* COPY the rows in a->copy into `target` and empty the buffer. */
static bool copy_flush(add_ctx *a, const char *target)
{
    bool ok = !a->copy.len || a->s->drv->copy_in(a->s->d, target, a->copy.data, a->copy.len,
                                                 a->err);
    strbuf_clear(&a->copy);
    return ok;
}

/* PostgreSQL: COPY the rows gathered in a->copy into `stage`, then merge them with `sql`. */
static bool merge_staged(add_ctx *a, const char *stage, const char *sql)
{
    return copy_flush(a, stage) && store_run(a->s, -1, sql, 0, NULL, a->err) >= 0;
}

/* Session-local staging tables of PostgreSQL: emptied at every commit or rollback. */
#define T " TEXT COLLATE \"C\""
static const char pg_staging[] =
    "CREATE TEMP TABLE IF NOT EXISTS stage_docs(i BIGINT, hash" T ", doc_id" T ", date" T ","
    " outlet" T ", url" T ", title" T ", origin" T ", ingested_at" T ") ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS stage_events(source" T ", target" T ", cameo" T ","
    " date" T ", root" T ", quad_class INTEGER, goldstein DOUBLE PRECISION,"
    " source_country" T ", source_role" T ", target_country" T ", target_role" T ","
    " num_mentions BIGINT, num_documents BIGINT, num_outlets BIGINT, first_seen" T ","
    " last_seen" T ", added_at" T ") ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS stage_outlets(event_id BIGINT, outlet" T ")"
    " ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS stage_actors(code" T ", name" T ", country" T ","
    " role" T ") ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS stage_monthly(month" T ", quad_class INTEGER,"
    " events BIGINT, mentions BIGINT, goldstein DOUBLE PRECISION) ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS stage_dyads(source" T ", target" T ", events BIGINT,"
    " mentions BIGINT, q0 BIGINT, q1 BIGINT, q2 BIGINT, q3 BIGINT, q4 BIGINT,"
    " goldstein DOUBLE PRECISION) ON COMMIT DELETE ROWS";
#undef T

/* ---- 1. documents ---- */

static bool add_docs_sqlite(add_ctx *a, const store_doc_entry *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const store_document *doc = &d[i].doc;
        const char *p[8] = {doc->hash, doc->doc_id ? doc->doc_id : "", doc->date, doc->outlet,
                            doc->url, doc->title, doc->origin, a->ingested_at};
        /* no RETURNING: SQLite runs it through a temporary table on every call */
        long long ch = store_run(a->s, S_DOC,
                                 "INSERT INTO documents(hash, doc_id, date, outlet, url, title,"
                                 " origin, ingested_at) VALUES($1, $2, $3, $4, $5, $6, $7, $8)"
                                 " ON CONFLICT(hash) DO NOTHING",
                                 8, p, a->err);
        if (ch < 0)
            return false;
        a->doc_pk[i] = ch > 0 ? a->s->drv->last_id(a->s->d) : 0;
    }
    return true;
}

static bool add_docs_pg(add_ctx *a, const store_doc_entry *d, size_t n)
{
    strmap *first = strmap_new(); /* hash -> index + 1 of its first document */
    for (size_t i = 0; i < n; i++) {
        const store_document *doc = &d[i].doc;
        if (strmap_get(first, doc->hash, strlen(doc->hash)))
            continue;
        strmap_put(first, doc->hash, strlen(doc->hash), (void *)(uintptr_t)(i + 1));
        char ib[24];
        const char *v[9] = {store_i64s(ib, (int64_t)i), doc->hash, doc->doc_id ? doc->doc_id : "",
                            doc->date, doc->outlet, doc->url, doc->title, doc->origin,
                            a->ingested_at};
        copy_row(&a->copy, v, 9);
    }
    bool ok = copy_flush(a, "stage_docs");
    /* in hash order: two writers of the same documents wait for each other in one order */
    db_cursor *c = ok ? store_q(a->s, -1,
                                "INSERT INTO documents(hash, doc_id, date, outlet, url, title,"
                                " origin, ingested_at) SELECT hash, doc_id, date, outlet, url,"
                                " title, origin, ingested_at FROM stage_docs ORDER BY hash"
                                " ON CONFLICT(hash) DO NOTHING RETURNING id, hash",
                                0, NULL, a->err)
                      : NULL;
    int r = 0;
    while (c && (r = a->s->drv->next(c, a->err)) == 1) {
        const char *h = a->s->drv->col(c, 1);
        uintptr_t i = (uintptr_t)strmap_get(first, h, strlen(h));
        if (i)
            a->doc_pk[i - 1] = strtoll(a->s->drv->col(c, 0), NULL, 10);
    }
    if (c)
        a->s->drv->done(c);
    strmap_free(first);
    return c && r == 0;
}

/* ---- 2. grouping mentions into events ---- */

static void seen_widen(agg *g, const char *seen)
{
    if (!seen)
        return;
    if (!g->seen_min || strcmp(seen, g->seen_min) < 0)
        g->seen_min = seen;
    if (!g->seen_max || strcmp(seen, g->seen_max) > 0)
        g->seen_max = seen;
}

/* "source\ttarget\tcode\tdate" in b (without printf: once per mention). */
static void event_key(strbuf *b, const char *source, const char *target, const char *cameo,
                      const char *date)
{
    strbuf_clear(b);
    const char *f[4] = {source, target, cameo, date};
    for (int i = 0; i < 4; i++) {
        if (i)
            strbuf_putc(b, '\t');
        strbuf_puts(b, f[i] ? f[i] : "");
    }
}

static void group_mention(store_grouping *a, const store_doc_entry *e, const store_mention *m)
{
    const store_document *doc = &e->doc;
    const char *date = event_date(m, doc);
    strbuf_clear(&a->key);
    event_key(&a->key, m->source, m->target, m->cameo, date);
    uintptr_t k = (uintptr_t)strmap_get(a->keys, a->key.data, a->key.len);
    if (!k) {
        a->aggs = xgrow(a->aggs, &a->acap, a->naggs + 1, sizeof *a->aggs);
        agg *g = &a->aggs[a->naggs++];
        *g = (agg){.source = m->source, .target = m->target, .cameo = m->cameo, .date = date,
                   .source_country = nz(m->source_country), .source_role = nz(m->source_role),
                   .target_country = nz(m->target_country), .target_role = nz(m->target_role),
                   .cc = cameo_lookup_nearest(m->cameo)};
        k = a->naggs;
        strmap_put(a->keys, a->key.data, a->key.len, (void *)k);
    }
    agg *g = &a->aggs[k - 1];
    a->magg = xgrow(a->magg, &a->mcap, a->nm + 1, sizeof *a->magg);
    a->magg[a->nm++] = k - 1;
    g->mentions++;
    if (g->last_doc != e) {
        g->last_doc = e;
        g->documents++;
        seen_widen(g, nz(doc->date));
    }
    if (doc->outlet && *doc->outlet) {
        size_t i = 0;
        while (i < g->noutlets && cmp_str(g->outlets[i], doc->outlet) != 0)
            i++;
        if (i == g->noutlets) {
            if (g->noutlets == g->ocap) {
                const char **more = arena_alloc(a->mem, (g->ocap ? 2 * g->ocap : 2) * sizeof *more);
                if (g->noutlets)
                    memcpy(more, g->outlets, g->noutlets * sizeof *more);
                g->outlets = more;
                g->ocap = g->ocap ? 2 * g->ocap : 2;
            }
            g->outlets[g->noutlets++] = doc->outlet;
        }
    }
}

/* Key order: source, target, code, date, byte by byte (PostgreSQL's "C" collation). */
static int cmp_agg(const void *x, const void *y)
{
    const agg *a = *(agg *const *)x, *b = *(agg *const *)y;
    int c = cmp_str(a->source, b->source);
    if (!c)
        c = cmp_str(a->target, b->target);
    if (!c)
        c = cmp_str(a->cameo, b->cameo);
    return c ? c : cmp_str(a->date, b->date);
}

/* Groups the valid mentions of d[0..n) whose document `take` says (all when NULL). */
static void group_documents(store_grouping *G, const store_doc_entry *d, size_t n,
                            const int64_t *take)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; (!take || take[i]) && k < d[i].nmentions; k++)
            if (valid_mention(&d[i].mentions[k]))
                group_mention(G, &d[i], &d[i].mentions[k]);
}

/* Puts the events in key order, in memory too: the writes walk them from first to last,
 * and the mentions' indexes follow. */
static void grouping_sort(store_grouping *G)
{
    size_t n = G->naggs;
    agg **order = xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = &G->aggs[i];
    qsort(order, n, sizeof *order, cmp_agg);
    agg *sorted = xmalloc((n ? n : 1) * sizeof *sorted);
    size_t *pos = xmalloc((n ? n : 1) * sizeof *pos);
    for (size_t i = 0; i < n; i++) {
        sorted[i] = *order[i];
        pos[order[i] - G->aggs] = i;
    }
    for (size_t j = 0; j < G->nm; j++)
        G->magg[j] = pos[G->magg[j]];
    free(G->aggs);
    G->aggs = sorted;
    G->acap = n;
    G->seen = pos;
    free(order);
    /* the key map indexed the unsorted events; lookups now search the sorted ones */
    strmap_free(G->keys);
    G->keys = NULL;
}

static store_grouping *grouping_new(void)
{
    store_grouping *G = xcalloc(1, sizeof *G);
    G->keys = strmap_new();
    G->mem = arena_new(1 << 16);
    return G;
}

store_grouping *store_group_documents(const store_doc_entry *d, size_t n)
{
    store_grouping *G = grouping_new();
    group_documents(G, d, n, NULL);
    grouping_sort(G);
    G->all = true;
    return G;
}

void store_grouping_free(store_grouping *G)
{
    if (!G)
        return;
    free(G->aggs);
    free(G->magg);
    free(G->seen);
    strmap_free(G->keys);
    arena_free(G->mem);
    strbuf_free(&G->key);
    free(G);
}

/* The event of key (source, target, cameo, date) among the sorted ones, or NULL. */
static agg *find_agg(store_grouping *G, const char *source, const char *target,
                     const char *cameo, const char *date)
{
    agg want = {.source = source, .target = target, .cameo = cameo, .date = date};
    const agg *w = &want;
    size_t lo = 0, hi = G->naggs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const agg *m = &G->aggs[mid];
        int c = cmp_agg(&m, &w);
        if (c == 0)
            return &G->aggs[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* ---- SQLite: many rows per INSERT ----
 * A statement run once per row pays its setup every time: bindings reset, its cursors
 * opened on the table and each index and closed again at its end. One statement of
 * ROWS_PER_INSERT rows pays that once. Such a statement is written INSERT OR IGNORE: a
 * statement of several rows that may abort half-way (as a NOT NULL or unique constraint
 * would make it) keeps a statement journal, a copy of every page it touches, which cost
 * more than the statements it saved. Every NOT NULL column is bound a value, so IGNORE
 * skips only a row whose unique key is stored already, as ON CONFLICT DO NOTHING did. The
 * rows left over at the end go one statement each. */
enum { ROWS_PER_INSERT = 64 };

typedef struct row_batch {
    int slot_one, slot_many;
    const char *into; /* "INSERT OR IGNORE INTO t(columns) VALUES" */
    const char *tail; /* after the rows: an upsert clause, or "" */
    int ncols;
    int nrows;
    db_val *v; /* ROWS_PER_INSERT rows of ncols */
    strbuf sql;
    int rows_built; /* the rows of the statement in sql */
} row_batch;

static void row_batch_init(row_batch *b, int slot_one, int slot_many, const char *into,
                           const char *tail, int ncols)
{
    *b = (row_batch){.slot_one = slot_one, .slot_many = slot_many, .into = into,
                     .tail = tail, .ncols = ncols};
    b->v = xmalloc((size_t)ROWS_PER_INSERT * (size_t)ncols * sizeof *b->v);
}

static void row_batch_free(row_batch *b)
{
    free(b->v);
    strbuf_free(&b->sql);
}

/* The statement for `rows` rows, built once for each count (b->rows_built). */
static const char *row_batch_sql(row_batch *b, int rows)
{
    if (b->rows_built == rows)
        return b->sql.data;
    strbuf_clear(&b->sql);
    strbuf_puts(&b->sql, b->into);
    for (int r = 0; r < rows; r++) {
        strbuf_puts(&b->sql, r ? ",(" : "(");
        for (int c = 0; c < b->ncols; c++)
            strbuf_puts(&b->sql, c ? ",?" : "?");
        strbuf_putc(&b->sql, ')');
    }
    strbuf_puts(&b->sql, b->tail);
    b->rows_built = rows;
    return b->sql.data;
}

/* Sends the gathered rows: all in one statement when there are ROWS_PER_INSERT of them,
 * else one statement each. Returns the rows changed, or -1. */
static long long row_batch_flush(add_ctx *a, row_batch *b)
{
    long long changed = 0;
    if (b->nrows == ROWS_PER_INSERT) {
        changed = store_run_v(a->s, b->slot_many, row_batch_sql(b, ROWS_PER_INSERT),
                              ROWS_PER_INSERT * b->ncols, b->v, a->err);
    } else {
        const char *one = row_batch_sql(b, 1);
        for (int r = 0; r < b->nrows && changed >= 0; r++) {
            long long ch = store_run_v(a->s, b->slot_one, one, b->ncols, b->v + r * b->ncols,
                                       a->err);
            changed = ch < 0 ? -1 : changed + ch;
        }
    }
    b->nrows = 0;
    return changed;
}

/* Adds a row (ncols values); sends the rows once there are ROWS_PER_INSERT. */
static bool row_batch_add(add_ctx *a, row_batch *b, const db_val *row)
{
    memcpy(b->v + b->nrows * b->ncols, row, (size_t)b->ncols * sizeof *row);
    return ++b->nrows < ROWS_PER_INSERT || row_batch_flush(a, b) >= 0;
}

/* ---- 3. events ---- */

/* The event's columns in the order of the INSERT below ($1..$17). */
static void event_values(const add_ctx *a, const agg *g, db_val v[17])
{
    const db_val e[17] = {vtext(g->source), vtext(g->target), vtext(g->cameo), vtext(g->date),
                          vtext(g->cc ? g->cc->root : NULL), vint(g->cc ? g->cc->quad_class : 0),
                          g->cc ? vreal(g->cc->goldstein) : vnull(),
                          vtext(g->source_country), vtext(g->source_role),
                          vtext(g->target_country), vtext(g->target_role),
                          vint(g->mentions), vint(g->documents), vint((long long)g->noutlets),
                          vtext(g->seen_min), vtext(g->seen_max), vtext(a->added_at)};
    memcpy(v, e, sizeof e);
}

/* Is outlet $2 among the documents of the stored mentions of event $1? (A row: yes.) */
#define OUTLET_SEEN                                                                    \
    "SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id"                \
    " WHERE m.event_id = $1 AND d.outlet = $2 LIMIT 1"

/* A stored event (its key was there before the batch): counts added, seen dates widened,
 * and the outlets that none of its stored mentions' documents has counted. */
static bool merge_stored_sqlite(add_ctx *a, agg *g)
{
    store *s = a->s;
    db_val e[17];
    event_values(a, g, e);
    const db_val pu[8] = {e[0], e[1], e[2], e[3], e[11], e[12], e[14], e[15]};
    db_cursor *c = s->drv->query_v(s->d, S_EV_UPDATE,
                        "UPDATE events SET num_mentions = num_mentions + $5,"
                        " num_documents = num_documents + $6,"
                        " first_seen = CASE WHEN first_seen IS NULL OR $7 < first_seen"
                        " THEN coalesce($7, first_seen) ELSE first_seen END,"
                        " last_seen = CASE WHEN last_seen IS NULL OR $8 > last_seen"
                        " THEN coalesce($8, last_seen) ELSE last_seen END"
                        " WHERE source = $1 AND target = $2 AND cameo = $3 AND date = $4"
                        " RETURNING id",
                        8, pu, a->err);
    int r = c ? s->drv->next(c, a->err) : -1;
    if (r == 1)
        g->id = s->drv->col_int(c, 0);
    s->drv->done(c);
    if (r <= 0)
        return r == 0 ? sitrep_error_set(a->err, "%s: event vanished during update",
                                         store_location(s))
                      : false;
    long long added = 0;
    for (size_t i = 0; i < g->noutlets; i++) {
        const db_val po[2] = {vint(g->id), vtext(g->outlets[i])};
        c = s->drv->query_v(s->d, S_OUTLET, OUTLET_SEEN, 2, po, a->err);
        r = c ? s->drv->next(c, a->err) : -1;
        s->drv->done(c);
        if (r < 0)
            return false;
        added += r == 0;
    }
    if (added > 0) {
        const db_val pb[2] = {vint(g->id), vint(added)};
        if (store_run_v(s, S_OUTLET_BUMP,
                      "UPDATE events SET num_outlets = num_outlets + $2 WHERE id = $1", 2, pb,
                      a->err) < 0)
            return false;
    }
    return true;
}

static const char event_insert[] =
    "INSERT OR IGNORE INTO events(source, target, cameo, date, root, quad_class, goldstein,"
    " source_country, source_role, target_country, target_role, num_mentions, num_documents,"
    " num_outlets, first_seen, last_seen, added_at) VALUES";

/* Inserts the k events g[0..k) whose keys are not stored (a stored key is skipped) and
 * sets each one's id and whether it is new. *max_id is the largest event id before them,
 * then after them. A new row's id is the largest id plus one, so the rows of one
 * statement that went in took consecutive ids above *max_id, in key order: all of them
 * when the statement changed k rows, none when it changed none (a stored event's id comes
 * with its merge), else each is looked up by its key. */
static bool insert_events_sqlite(add_ctx *a, row_batch *rows, agg *g, size_t k,
                                 int64_t *max_id)
{
    store *s = a->s;
    for (size_t j = 0; j < k; j++)
        event_values(a, &g[j], rows->v + j * 17);
    if (k < ROWS_PER_INSERT) {
        const char *one = row_batch_sql(rows, 1);
        for (size_t j = 0; j < k; j++) {
            long long ch = store_run_v(s, rows->slot_one, one, 17, rows->v + j * 17, a->err);
            if (ch < 0)
                return false;
            g[j].is_new = ch > 0;
            if (g[j].is_new)
                *max_id = g[j].id = s->drv->last_id(s->d);
        }
        return true;
    }
    rows->nrows = (int)k;
    long long ch = row_batch_flush(a, rows);
    if (ch < 0)
        return false;
    int64_t last = ch > 0 ? s->drv->last_id(s->d) : *max_id;
    for (size_t j = 0; j < k; j++) {
        if (ch == (long long)k || ch == 0) { /* all new, or all stored (ids found later) */
            g[j].id = ch ? last - (int64_t)(k - 1 - j) : 0;
            g[j].is_new = ch > 0;
            continue;
        }
        const char *key[4] = {g[j].source, g[j].target, g[j].cameo, g[j].date};
        int64_t id = 0;
        int r = store_first_int(s, S_EV_ID,
                                "SELECT id FROM events WHERE source = $1 AND target = $2"
                                " AND cameo = $3 AND date = $4",
                                4, key, &id, a->err);
        if (r <= 0)
            return r == 0 ? sitrep_error_set(a->err, "%s: event vanished during insert",
                                             store_location(s))
                          : false;
        g[j].id = id;
        g[j].is_new = id > *max_id;
    }
    *max_id = last;
    return true;
}

/* Step 3 on SQLite: the events in key order, ROWS_PER_INSERT a statement; the stored ones
 * among them are then merged one by one. */
static bool merge_events_sqlite(add_ctx *a)
{
    int64_t max_id = 0;
    if (store_first_int(a->s, S_EV_MAX, "SELECT coalesce(max(id), 0) FROM events", 0, NULL,
                        &max_id, a->err) < 0)
        return false;
    row_batch rows;
    row_batch_init(&rows, S_EV_INSERT, S_EV_INSERT_MANY, event_insert, "", 17);
    agg *g = a->g->aggs;
    size_t n = a->g->naggs;
    bool ok = true;
    for (size_t i = 0; ok && i < n; i += ROWS_PER_INSERT) {
        size_t k = n - i < ROWS_PER_INSERT ? n - i : ROWS_PER_INSERT;
        ok = insert_events_sqlite(a, &rows, &g[i], k, &max_id);
        for (size_t j = 0; ok && j < k; j++)
            if (!g[i + j].is_new)
                ok = merge_stored_sqlite(a, &g[i + j]);
    }
    row_batch_free(&rows);
    return ok;
}

static bool merge_events_pg(add_ctx *a)
{
    store *s = a->s;
    for (size_t i = 0; i < a->g->naggs; i++) {
        db_val e[17];
        event_values(a, &a->g->aggs[i], e);
        copy_vals(&a->copy, e, 17);
    }
    if (!copy_flush(a, "stage_events"))
        return false;
    db_cursor *c = store_q(
        s, -1,
        "INSERT INTO events(source, target, cameo, date, root, quad_class, goldstein,"
        " source_country, source_role, target_country, target_role, num_mentions,"
        " num_documents, num_outlets, first_seen, last_seen, added_at)"
        " SELECT * FROM stage_events ORDER BY source, target, cameo, date"
        " ON CONFLICT(source, target, cameo, date) DO UPDATE SET"
        " num_mentions = events.num_mentions + excluded.num_mentions,"
        " num_documents = events.num_documents + excluded.num_documents,"
        " first_seen = CASE WHEN events.first_seen IS NULL OR excluded.first_seen <"
        " events.first_seen THEN coalesce(excluded.first_seen, events.first_seen)"
        " ELSE events.first_seen END,"
        " last_seen = CASE WHEN events.last_seen IS NULL OR excluded.last_seen >"
        " events.last_seen THEN coalesce(excluded.last_seen, events.last_seen)"
        " ELSE events.last_seen END"
        " RETURNING id, xmax = 0, source, target, cameo, date",
        0, NULL, a->err);
    int r = 0;
    while (c && (r = s->drv->next(c, a->err)) == 1) {
        agg *g = find_agg(a->g, s->drv->col(c, 2), s->drv->col(c, 3), s->drv->col(c, 4),
                          s->drv->col(c, 5));
        if (g) {
            g->id = strtoll(s->drv->col(c, 0), NULL, 10);
            g->is_new = strcmp(s->drv->col(c, 1), "t") == 0;
        }
    }
    if (c)
        s->drv->done(c);
    if (!c || r < 0)
        return false;
    /* outlets: new events counted theirs at insert; stored ones add those that none of
     * their stored mentions' documents has (the upsert above waited for any other writer
     * of the same event, so its mentions are visible to this statement) */
    for (size_t i = 0; i < a->g->naggs; i++) {
        const agg *g = &a->g->aggs[i];
        for (size_t k = 0; !g->is_new && k < g->noutlets; k++) {
            const db_val v[2] = {vint(g->id), vtext(g->outlets[k])};
            copy_vals(&a->copy, v, 2);
        }
    }
    return merge_staged(a, "stage_outlets",
                        "UPDATE events e SET num_outlets = e.num_outlets + n.c FROM"
                        " (SELECT o.event_id, count(*) AS c FROM stage_outlets o WHERE NOT EXISTS"
                        " (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id"
                        " WHERE m.event_id = o.event_id AND d.outlet = o.outlet)"
                        " GROUP BY o.event_id) n WHERE e.id = n.event_id");
}

/* ---- 4. mentions, actors, rollups ---- */

static db_val span_v(int64_t v, const store_span *sp)
{
    return sp->start < 0 || (sp->start == 0 && sp->end == 0) ? vnull() : vint(v);
}

static const char mention_insert[] =
    "INSERT OR IGNORE INTO mentions(event_id, document_id, sentence, sentence_start,"
    " sentence_end, source_start, source_end, target_start, target_end, verb_start, verb_end,"
    " source_text, target_text, verb_text, verb_entry, sentence_text, date, date_precision,"
    " date_text, status, status_cue, said_by_code, said_by_text) VALUES";

static const char mention_columns[] =
    "mentions(event_id, document_id, sentence, sentence_start, sentence_end, source_start,"
    " source_end, target_start, target_end, verb_start, verb_end, source_text, target_text,"
    " verb_text, verb_entry, sentence_text, date, date_precision, date_text, status,"
    " status_cue, said_by_code, said_by_text)";

static bool add_mention(add_ctx *a, row_batch *rows, const store_mention *m, int64_t doc_pk,
                        int64_t event_id)
{
    const db_val pm[23] = {
        vint(event_id), vint(doc_pk), vint(m->sentence),
        span_v(m->sentence_span.start, &m->sentence_span),
        span_v(m->sentence_span.end, &m->sentence_span),
        span_v(m->source_span.start, &m->source_span),
        span_v(m->source_span.end, &m->source_span),
        span_v(m->target_span.start, &m->target_span),
        span_v(m->target_span.end, &m->target_span),
        span_v(m->verb_span.start, &m->verb_span), span_v(m->verb_span.end, &m->verb_span),
        vtext(m->source_text), vtext(m->target_text), vtext(m->verb_text),
        vtext(m->verb_entry), vtext(m->sentence_text), vtext(nz(m->date)),
        vtext(m->date_precision), vtext(m->date_text), vint(m->status), vtext(m->status_cue),
        vtext(m->said_by_code), vtext(m->said_by_text)};
    if (a->s->pg) {
        copy_vals(&a->copy, pm, 23);
        return true;
    }
    return row_batch_add(a, rows, pm);
}

/* A name replaces an older one (stores written before canonical names held the matched
 * words); the row count never changes. */
#define ACTOR_MERGE                                                                    \
    " ON CONFLICT(code) DO UPDATE SET name = excluded.name"                            \
    " WHERE excluded.name IS NOT NULL AND (actors.name IS NULL OR actors.name <> excluded.name)"

static bool note_actor(add_ctx *a, const char *code, const char *country, const char *role)
{
    store *s = a->s;
    if (!code || strmap_get(s->actors_seen, code, strlen(code)))
        return true;
    strmap_put(s->actors_seen, code, strlen(code), (void *)1);
    const char *p[4] = {code, s->namer ? s->namer(code, s->namer_ctx) : NULL, nz(country),
                        nz(role)};
    if (s->pg) {
        copy_row(&a->copy, p, 4);
        return true;
    }
    return store_run(s, S_ACTOR,
                     "INSERT INTO actors(code, name, country, role) VALUES($1, $2, $3, $4)"
                     ACTOR_MERGE, 4, p, a->err) >= 0;
}

/* A (country, code) pair an event side may be stored with, for actor_countries: new pairs
 * are few (one per code and country ever seen), so each is one insert. */
static bool note_country(add_ctx *a, const char *code, const char *country)
{
    store *s = a->s;
    if (!code || !country)
        return true;
    char key[256];
    int len = snprintf(key, sizeof key, "%s\x1f%s", country, code);
    bool cached = len > 0 && (size_t)len < sizeof key;
    if (cached && strmap_get(s->countries_seen, key, (size_t)len))
        return true;
    if (cached)
        strmap_put(s->countries_seen, key, (size_t)len, (void *)1);
    const char *p[2] = {country, code};
    return store_run(s, S_ACTOR_COUNTRY,
                     "INSERT INTO actor_countries(country, code) VALUES($1, $2)"
                     " ON CONFLICT(country, code) DO NOTHING",
                     2, p, a->err) >= 0;
}

static bool add_actors(add_ctx *a, const store_doc_entry *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!a->doc_pk[i])
            continue;
        for (size_t k = 0; k < d[i].nmentions; k++) {
            const store_mention *m = &d[i].mentions[k];
            if (!valid_mention(m))
                continue;
            if (!note_actor(a, m->source, m->source_country, m->source_role) ||
                !note_actor(a, m->target, m->target_country, m->target_role) ||
                !note_actor(a, m->said_by_code, NULL, NULL) ||
                !note_country(a, m->source, nz(m->source_country)) ||
                !note_country(a, m->target, nz(m->target_country)))
                return false;
        }
    }
    if (!a->s->pg)
        return true;
    return merge_staged(a, "stage_actors",
                        "INSERT INTO actors(code, name, country, role) SELECT code, name,"
                        " country, role FROM stage_actors ORDER BY code" ACTOR_MERGE);
}

/* Rollups add the batch's counts to the stored ones. */
#define MONTHLY_MERGE                                                                  \
    " ON CONFLICT(month, quad_class) DO UPDATE SET"                                    \
    " events = monthly.events + excluded.events,"                                      \
    " mentions = monthly.mentions + excluded.mentions,"                                \
    " goldstein = monthly.goldstein + excluded.goldstein"
#define DYAD_MERGE                                                                     \
    " ON CONFLICT(source, target) DO UPDATE SET"                                       \
    " events = dyads.events + excluded.events, mentions = dyads.mentions + excluded.mentions," \
    " q0 = dyads.q0 + excluded.q0, q1 = dyads.q1 + excluded.q1,"                       \
    " q2 = dyads.q2 + excluded.q2, q3 = dyads.q3 + excluded.q3,"                       \
    " q4 = dyads.q4 + excluded.q4, goldstein = dyads.goldstein + excluded.goldstein"

static bool write_monthly(add_ctx *a, const rollup *r)
{
    const db_val p[5] = {vtext(r->month), vint(r->quad_class), vint(r->events),
                         vint(r->mentions), vreal(r->goldstein)};
    if (a->s->pg) {
        copy_vals(&a->copy, p, 5);
        return true;
    }
    return store_run_v(a->s, S_MONTHLY,
                       "INSERT INTO monthly(month, quad_class, events, mentions, goldstein)"
                       " VALUES($1, $2, $3, $4, $5)" MONTHLY_MERGE,
                       5, p, a->err) >= 0;
}

/* The dyads go ROWS_PER_INSERT rows an upsert on SQLite (row_batch; IGNORE is for the
 * NOT NULL columns, always bound, a stored dyad is merged by the upsert clause). */
static bool write_dyad(add_ctx *a, row_batch *rows, const rollup *r)
{
    const db_val p[10] = {vtext(r->source), vtext(r->target), vint(r->events),
                          vint(r->mentions), vint(r->quad[0]), vint(r->quad[1]),
                          vint(r->quad[2]), vint(r->quad[3]), vint(r->quad[4]),
                          vreal(r->goldstein)};
    if (a->s->pg) {
        copy_vals(&a->copy, p, 10);
        return true;
    }
    return row_batch_add(a, rows, p);
}

/* What a rollup needs of an event, packed: the monthly rollup takes the events in the
 * order first met, which is all over the sorted array of aggs (a cache miss per event),
 * and a quarter of the bytes to read there is a quarter of the misses. */
typedef struct ev_sum {
    const char *date;
    const cameo_code *cc;
    int64_t mentions;
    bool is_new;
} ev_sum;

static ev_sum ev_sum_of(const agg *g)
{
    return (ev_sum){.date = g->date, .cc = g->cc, .mentions = g->mentions, .is_new = g->is_new};
}

/* Adds event g to a rollup row: its mentions always, itself when it is new. */
static void rollup_add(rollup *r, const ev_sum *g)
{
    r->mentions += g->mentions;
    if (!g->is_new)
        return;
    r->events++;
    r->quad[g->cc ? g->cc->quad_class : 0]++;
    if (g->cc)
        r->goldstein += g->cc->goldstein;
}

typedef struct flush_ctx {
    add_ctx *a;
    bool failed;
} flush_ctx;

static void flush_monthly(const char *key, size_t len, void *value, void *ctx)
{
    (void)key;
    (void)len;
    flush_ctx *f = ctx;
    if (!f->failed && !write_monthly(f->a, value))
        f->failed = true;
    free(value);
}

/* "YYYY-MM\tQ" (the month of `date`, the quad class) in key; returns its length. Once per
 * event: snprintf took more than the lookup. */
static size_t month_key(char key[32], const char *date, int quad_class)
{
    size_t n = 0;
    while (n < 7 && date[n])
        key[n] = date[n], n++;
    key[n++] = '\t';
    if (quad_class < 0 || quad_class > 9)
        return n + (size_t)snprintf(key + n, 32 - n, "%d", quad_class);
    key[n++] = (char)('0' + quad_class);
    key[n] = '\0';
    return n;
}

static bool add_rollups(add_ctx *a)
{
    /* months: a handful per batch */
    strmap *monthly = strmap_new();
    size_t n = a->g->naggs;
    ev_sum *sums = xmalloc((n ? n : 1) * sizeof *sums);
    for (size_t i = 0; i < n; i++) /* in key order: the aggs are read in memory order */
        sums[i] = ev_sum_of(&a->g->aggs[i]);
    char key[32];
    for (size_t i = 0; i < n; i++) {
        const ev_sum *g = &sums[a->g->seen[i]];
        int q = g->cc ? g->cc->quad_class : 0;
        size_t len = month_key(key, g->date, q);
        rollup *mo = strmap_get(monthly, key, len);
        if (!mo) {
            mo = xcalloc(1, sizeof *mo);
            snprintf(mo->month, sizeof mo->month, "%.7s", g->date);
            mo->quad_class = q;
            strmap_put(monthly, key, len, mo);
        }
        rollup_add(mo, g);
    }
    free(sums);
    flush_ctx f = {a, false};
    strmap_each(monthly, flush_monthly, &f);
    strmap_free(monthly);
    if (!f.failed && a->s->pg &&
        !merge_staged(a, "stage_monthly",
                      "INSERT INTO monthly(month, quad_class, events, mentions, goldstein)"
                      " SELECT * FROM stage_monthly ORDER BY month, quad_class" MONTHLY_MERGE))
        return false;
    if (f.failed)
        return false;
    /* dyads: the events are in key order, so a dyad's events are consecutive, and the
     * dyads are written in key order too (neighbouring rows, neighbouring pages) */
    rollup dy = {0};
    row_batch rows;
    row_batch_init(&rows, S_DYAD, S_DYAD_MANY,
                   "INSERT OR IGNORE INTO dyads(source, target, events, mentions, q0, q1, q2,"
                   " q3, q4, goldstein) VALUES",
                   DYAD_MERGE, 10);
    bool ok = true;
    for (size_t i = 0; ok && i <= a->g->naggs; i++) {
        const agg *g = i < a->g->naggs ? &a->g->aggs[i] : NULL;
        if (dy.source && (!g || cmp_str(g->source, dy.source) != 0 ||
                          cmp_str(g->target, dy.target) != 0)) {
            ok = write_dyad(a, &rows, &dy);
            dy = (rollup){0};
        }
        if (!g)
            break;
        dy.source = g->source;
        dy.target = g->target;
        const ev_sum e = ev_sum_of(g);
        rollup_add(&dy, &e);
    }
    if (ok && !a->s->pg)
        ok = row_batch_flush(a, &rows) >= 0;
    row_batch_free(&rows);
    if (!ok)
        return false;
    return !a->s->pg ||
           merge_staged(a, "stage_dyads",
                        "INSERT INTO dyads(source, target, events, mentions, q0, q1, q2, q3, q4,"
                        " goldstein) SELECT * FROM stage_dyads ORDER BY source, target"
                        DYAD_MERGE);
}

/* ---- the batch ---- */

static bool add_batch(add_ctx *a, const store_doc_entry *d, size_t n, size_t *nadded,
                      size_t *nment)
{
    store *s = a->s;
    if (s->pg && !s->drv->exec(s->d, pg_staging, a->err))
        return false;
    if (!(s->pg ? add_docs_pg(a, d, n) : add_docs_sqlite(a, d, n)))
        return false;
    bool all_new = true;
    for (size_t i = 0; i < n; i++) {
        if (a->doc_pk[i])
            (*nadded)++;
        else
            all_new = false;
    }
    /* a grouping made before the store was seen holds the mentions of documents stored
     * already (a reload, another writer's documents): group the new ones again */
    if (!a->g || (a->g->all && !all_new)) {
        a->g = grouping_new();
        a->own_g = true;
        group_documents(a->g, d, n, a->doc_pk);
        grouping_sort(a->g);
    }
    *nment = a->g->nm;
    if (s->pg) {
        if (!merge_events_pg(a))
            return false;
    } else if (!merge_events_sqlite(a)) {
        return false;
    }
    /* the mentions come in document order, their events all over the sorted aggs: their
     * ids, 8 bytes each in key order, are read from an array a few MB long (one agg is
     * 152 bytes, a batch's aggs tens of MB, a cache miss per mention) */
    int64_t *ids = xmalloc((a->g->naggs ? a->g->naggs : 1) * sizeof *ids);
    for (size_t i = 0; i < a->g->naggs; i++)
        ids[i] = a->g->aggs[i].id;
    size_t j = 0;
    bool ok = true;
    row_batch rows;
    row_batch_init(&rows, S_MENTION, S_MENTION_MANY, mention_insert, "", 23);
    for (size_t i = 0; ok && i < n; i++)
        for (size_t k = 0; ok && a->doc_pk[i] && k < d[i].nmentions; k++)
            if (valid_mention(&d[i].mentions[k]))
                ok = add_mention(a, &rows, &d[i].mentions[k], a->doc_pk[i],
                                 ids[a->g->magg[j++]]);
    if (ok && !s->pg)
        ok = row_batch_flush(a, &rows) >= 0;
    row_batch_free(&rows);
    free(ids);
    if (!ok)
        return false;
    if (s->pg && !copy_flush(a, mention_columns))
        return false;
    if (!add_actors(a, d, n))
        return false;
    if (!add_rollups(a))
        return false;
    /* the row counts last: two writers wait for each other's rows before reaching them */
    int64_t new_events = 0;
    for (size_t i = 0; i < a->g->naggs; i++)
        new_events += a->g->aggs[i].is_new;
    const db_val p[3] = {vint((long long)*nadded), vint((long long)a->g->nm), vint(new_events)};
    return store_run_v(s, S_COUNTS,
                       "UPDATE row_counts SET n = n + CASE name WHEN 'documents' THEN"
                       " CAST($1 AS BIGINT) WHEN 'mentions' THEN CAST($2 AS BIGINT)"
                       " ELSE CAST($3 AS BIGINT) END"
                       " WHERE name IN ('documents', 'mentions', 'events')",
                       3, p, a->err) >= 0;
}

bool store_add_grouped(store *s, const store_doc_entry *d, size_t n, store_grouping *g,
                       size_t *added, size_t *mentions_added, sitrep_error *err)
{
    add_ctx a = {.s = s, .g = g, .err = err};
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(a.added_at, sizeof a.added_at, "%Y%m%d%H%M%S", &tm);
    strftime(a.ingested_at, sizeof a.ingested_at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    a.doc_pk = xcalloc(n ? n : 1, sizeof *a.doc_pk);
    size_t nadded = 0, nment = 0;
    bool ok = add_batch(&a, d, n, &nadded, &nment);
    if (a.own_g)
        store_grouping_free(a.g);
    free(a.doc_pk);
    strbuf_free(&a.copy);
    if (added)
        *added = ok ? nadded : 0;
    if (mentions_added)
        *mentions_added = ok ? nment : 0;
    if (ok)
        s->added_unanalyzed += nadded;
    return ok;
}

bool store_add_documents(store *s, const store_doc_entry *d, size_t n, size_t *added,
                         size_t *mentions_added, sitrep_error *err)
{
    return store_add_grouped(s, d, n, NULL, added, mentions_added, err);
}
