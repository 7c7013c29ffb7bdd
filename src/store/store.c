/* store.c: the store's logic, written once for both backends: choosing the backend from
 * the location, schema migrations, and the queries behind the analysis commands. Adding
 * documents is in store_add.c. */
#include "store/store.h"

#include "base/strbuf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "cameo/cameo.h"
#include "store/sha256.h"
#include "store/store_driver.h"
#include "store/store_internal.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *store_default_location(void)
{
    const char *e = getenv("SITREP_DB");
    return e && *e ? e : "sitrep.db";
}

bool store_location_is_postgres(const char *loc)
{
    return strncmp(loc, "postgresql://", 13) == 0 || strncmp(loc, "postgres://", 11) == 0 ||
           strncmp(loc, "host=", 5) == 0 || strncmp(loc, "dbname=", 7) == 0;
}

/* "postgresql://user:secret@host/db" -> "postgresql://user:***@host/db". */
static char *mask_password(const char *loc)
{
    char *s = xstrdup(loc);
    const char *scheme = strstr(s, "://");
    if (scheme) {
        char *auth = (char *)scheme + 3;
        char *at = strchr(auth, '@');
        char *slash = strchr(auth, '/');
        if (at && (!slash || at < slash)) {
            char *colon = memchr(auth, ':', (size_t)(at - auth));
            if (colon) {
                strbuf b = {0};
                strbuf_append(&b, s, (size_t)(colon + 1 - s));
                strbuf_puts(&b, "***");
                strbuf_puts(&b, at);
                free(s);
                return strbuf_detach(&b);
            }
        }
    }
    char *pw = strstr(s, "password=");
    if (pw) {
        strbuf b = {0};
        strbuf_append(&b, s, (size_t)(pw + 9 - s));
        strbuf_puts(&b, "***");
        strbuf_puts(&b, pw + 9 + strcspn(pw + 9, " "));
        free(s);
        return strbuf_detach(&b);
    }
    return s;
}

/* ---- small helpers over the driver ---- */

db_cursor *store_q(store *s, int slot, const char *sql, int n, const char *const *p,
                   sitrep_error *err)
{
    return s->drv->query(s->d, slot, sql, n, p, err);
}

/* Steps a cursor to its end; returns rows changed, or -1. */
static long long run_cursor(store *s, db_cursor *c, sitrep_error *err)
{
    if (!c)
        return -1;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
    }
    long long ch = r < 0 ? -1 : s->drv->changes(c);
    s->drv->done(c);
    return ch;
}

long long store_run(store *s, int slot, const char *sql, int n, const char *const *p,
                    sitrep_error *err)
{
    return run_cursor(s, store_q(s, slot, sql, n, p, err), err);
}

long long store_run_v(store *s, int slot, const char *sql, int n, const db_val *v,
                      sitrep_error *err)
{
    return run_cursor(s, s->drv->query_v(s->d, slot, sql, n, v, err), err);
}

int store_first_int(store *s, int slot, const char *sql, int n, const char *const *p,
                    int64_t *out, sitrep_error *err)
{
    db_cursor *c = store_q(s, slot, sql, n, p, err);
    if (!c)
        return -1;
    int r = s->drv->next(c, err);
    if (r == 1) {
        const char *v = s->drv->col(c, 0);
        *out = v ? strtoll(v, NULL, 10) : 0;
        int r2;
        while ((r2 = s->drv->next(c, err)) == 1) {
        }
        if (r2 < 0)
            r = -1;
    }
    s->drv->done(c);
    return r;
}

const char *store_i64s(char *buf, int64_t v)
{
    snprintf(buf, 24, "%" PRId64, v);
    return buf;
}

/* ---- open and migrate ---- */

static bool migrate(store *s, bool writable, sitrep_error *err)
{
    int64_t version = 0;
    int have = store_first_int(s, -1,
                         s->pg ? "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_version'"
                                 " AND schemaname = current_schema()"
                               : "SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'",
                         0, NULL, &version, err);
    if (have < 0)
        return false;
    if (version > 0 && store_first_int(s, -1, "SELECT max(version) FROM schema_version", 0, NULL,
                                 &version, err) < 0)
        return false;
    if (version > STORE_SCHEMA_VERSION)
        return sitrep_error_set(err, "%s: the store has schema version %" PRId64
                                     ", newer than this sitrep knows (%d): upgrade sitrep",
                                s->shown, version, STORE_SCHEMA_VERSION);
    if (version == STORE_SCHEMA_VERSION)
        return true;
    if (!writable)
        return sitrep_error_set(err, "%s: %s", s->shown,
                                version == 0 ? "not a sitrep store (no schema; create one with "
                                               "'sitrep ingest' or 'sitrep load')"
                                             : "the store needs a schema upgrade: run "
                                               "'sitrep ingest' or 'sitrep load' on it once");
    if (!s->drv->exec(s->d, s->pg ? "BEGIN; SELECT pg_advisory_xact_lock(7370727265)"
                                  : "BEGIN IMMEDIATE",
                      err))
        return false;
    /* Re-read under the lock: another process may have migrated meanwhile. */
    version = 0;
    if (!s->drv->exec(s->d, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)",
                      err) ||
        store_first_int(s, -1, "SELECT coalesce(max(version), 0) FROM schema_version", 0, NULL,
                  &version, err) < 0)
        goto fail;
    const char *const *mig = s->pg ? pg_migrations : sqlite_migrations;
    for (int64_t v = version; v < STORE_SCHEMA_VERSION; v++) {
        if (!s->drv->exec(s->d, mig[v], err))
            goto fail;
        char vb[24];
        const char *p[1] = {store_i64s(vb, v + 1)};
        if (store_run(s, -1, "INSERT INTO schema_version(version) VALUES($1)", 1, p, err) < 0)
            goto fail;
    }
    return s->drv->exec(s->d, "COMMIT", err);
fail:
    s->drv->exec(s->d, "ROLLBACK", NULL);
    return false;
}

store *store_open(const char *location, bool writable, sitrep_error *err)
{
    if (!location || !*location) {
        sitrep_error_set(err, "no store named (use --db PATH or URL, or set SITREP_DB)");
        return NULL;
    }
    store *s = xcalloc(1, sizeof *s);
    s->shown = mask_password(location);
    s->pg = store_location_is_postgres(location);
    s->drv = s->pg ? &pg_db_driver : &sqlite_db_driver;
    s->d = s->pg ? pg_db_open(location, s->shown, err) : sqlite_db_open(location, writable, err);
    if (!s->d) {
        free(s->shown);
        free(s);
        return NULL;
    }
    s->actors_seen = strmap_new();
    s->countries_seen = strmap_new();
    if (!migrate(s, writable, err)) {
        store_close(s);
        return NULL;
    }
    return s;
}

void store_close(store *s)
{
    if (!s)
        return;
    /* PostgreSQL plans the queries of a freshly loaded database without statistics until
       autovacuum comes round (an export of 200,000 fresh events ran over ten minutes, five
       seconds once analyzed): a writer that added documents gathers them on leaving.
       Best effort: a failure leaves the data as it is. */
    if (s->pg && s->added_unanalyzed > 0) {
        sitrep_error ignored = {0};
        s->drv->exec(s->d, "ANALYZE", &ignored);
        sitrep_error_clear(&ignored);
    }
    s->drv->close(s->d);
    strmap_free(s->actors_seen);
    strmap_free(s->countries_seen);
    free(s->pair_a);
    free(s->pair_b);
    strbuf_free(&s->actor_buf);
    free(s->shown);
    free(s);
}

void store_set_namer(store *s, store_namer_fn fn, void *ctx)
{
    s->namer = fn;
    s->namer_ctx = ctx;
}

const char *store_backend_name(const store *s) { return s->drv->name; }
const char *store_location(const store *s) { return s->shown; }

bool store_begin(store *s, sitrep_error *err)
{
    return s->drv->exec(s->d, s->pg ? "BEGIN" : "BEGIN IMMEDIATE", err);
}

void store_for_requests(store *s)
{
    /* best effort: a server that does not know the setting plans as it would anyway */
    sitrep_error ignored = {0};
    if (s->pg)
        s->drv->exec(s->d, "SET max_parallel_workers_per_gather = 0", &ignored);
    sitrep_error_clear(&ignored);
}

bool store_commit(store *s, sitrep_error *err)
{
    if (s->drv->exec(s->d, "COMMIT", err))
        return true;
    store_rollback(s);
    return false;
}

void store_rollback(store *s)
{
    s->drv->exec(s->d, "ROLLBACK", NULL);
    /* Actors inserted in the undone transaction are gone again. */
    strmap_free(s->actors_seen);
    s->actors_seen = strmap_new();
    strmap_free(s->countries_seen);
    s->countries_seen = strmap_new();
}

void store_content_hash(const char *id, const char *date, const char *outlet, const char *url,
                        const char *title, const char *text, size_t text_len, char hex[65])
{
    sha256_ctx c;
    sha256_init(&c);
    const char *fields[5] = {id, date, outlet, url, title};
    for (int i = 0; i < 5; i++) {
        /* A field's bytes then a separator that no text contains: 0x01 absent, 0x00 end. */
        if (fields[i])
            sha256_update(&c, strlen(fields[i]), (const uint8_t *)fields[i]);
        else
            sha256_update(&c, 1, (const uint8_t *)"\x01");
        sha256_update(&c, 1, (const uint8_t *)"");
    }
    if (text)
        sha256_update(&c, text_len, (const uint8_t *)text);
    sha256_final_hex(&c, hex);
}

/* ---- queries ---- */

typedef struct qbuild {
    strbuf sql;
    char *params[48];
    char names[48][16];
    int n;
} qbuild;

static void qbuild_free(qbuild *q)
{
    for (int i = 0; i < q->n; i++)
        free(q->params[i]);
    strbuf_free(&q->sql);
}

/* Adds a parameter; returns its placeholder ("$3"). */
static const char *qparam(qbuild *q, const char *v)
{
    q->params[q->n] = xstrdup(v);
    snprintf(q->names[q->n], sizeof q->names[0], "$%d", q->n + 1);
    return q->names[q->n++];
}

/* The bound just past every string that starts with `prefix` ("RUS" -> "RUT"). */
static char *prefix_end(const char *prefix)
{
    size_t n = strlen(prefix);
    char *e = xstrdup(prefix);
    while (n > 0 && (unsigned char)e[n - 1] == 0x7f)
        e[--n] = '\0';
    if (n > 0)
        e[n - 1]++;
    else {
        free(e);
        e = xstrdup("\x7f");
    }
    return e;
}

/* "(col >= PREFIX AND col < END)" into b, its parameters added to q. */
static void cond_prefix_into(strbuf *b, qbuild *q, const char *col, const char *prefix)
{
    char *hi = prefix_end(prefix);
    const char *lo = qparam(q, prefix);
    const char *end = qparam(q, hi);
    strbuf_printf(b, "(%s >= %s AND %s < %s)", col, lo, col, end);
    free(hi);
}

static void cond_prefix(qbuild *q, const char *col, const char *prefix)
{
    cond_prefix_into(&q->sql, q, col, prefix);
}

/* ---- how the matching events are found ----
 *
 * A page is the first events of the selection in (date, id) order. Two ways find them:
 * walking the date index in that order until the page is full, which costs about
 * (page / share of events that match) index entries, little for a common filter and the
 * whole store for one that matches almost nothing; or reading the events of one
 * selective filter from its own index and sorting them, which costs what that filter
 * selects. Before the query, each filter that has an index of its own (actor, dyad,
 * country, code or root) is counted there, up to a cap (reading at most that many index
 * entries: beyond it, the walk is the cheaper way), the share of events that all of them
 * let through is estimated as if they were independent, and the cheaper way is taken.
 * The answer is the same either way; only the work differs. */
typedef enum {
    PLAN_DATE,    /* events_date in date order (every filter checked on the way) */
    PLAN_ACTOR,   /* the actor as source (unique index), then as target (events_target) */
    PLAN_DYAD,    /* the dyad's two directions (unique index) */
    PLAN_COUNTRY, /* the country's codes (actor_countries) as source, then as target */
    PLAN_CODE,    /* events_cameo: the code's range (a root's codes for a root) */
    PLAN_ID,      /* one event by its id */
} events_plan;

/* At most `cap` of the events `where` selects, counted from an index; -1 on a failure. */
static int64_t capped_count(store *s, const char *where, int n, const char *const *p,
                            int64_t cap)
{
    const char *params[8];
    char b[24];
    for (int i = 0; i < n; i++)
        params[i] = p[i];
    params[n] = store_i64s(b, cap);
    strbuf sql = {0};
    strbuf_printf(&sql, "SELECT count(*) FROM (SELECT 1 FROM events e WHERE %s LIMIT $%d) c",
                  where, n + 1);
    int64_t v = -1;
    sitrep_error err = {0};
    if (store_first_int(s, DB_BY_TEXT, sql.data, n + 1, params, &v, &err) != 1)
        v = -1;
    sitrep_error_clear(&err);
    strbuf_free(&sql);
    return v;
}

/* The events of a prefix range on one column (source, target, cameo), capped. */
static int64_t count_prefix(store *s, const char *col, const char *prefix, int64_t cap)
{
    char *hi = prefix_end(prefix);
    char where[96];
    snprintf(where, sizeof where, "e.%s >= $1 AND e.%s < $2", col, col);
    const char *p[2] = {prefix, hi};
    int64_t v = capped_count(s, where, 2, p, cap);
    free(hi);
    return v;
}

/* The events from prefix `a` to prefix `b`, from the dyad rollup: each code of `a` (the
 * actors table lists every code stored) looked up with the range of `b`, so only the
 * matching dyads are read, not all of the first prefix's. -1 on a failure. */
static int64_t count_direction(store *s, const char *a, const char *b)
{
    char *ha = prefix_end(a), *hb = prefix_end(b);
    const char *p[4] = {a, ha, b, hb};
    int64_t v = -1;
    sitrep_error err = {0};
    if (store_first_int(s, DB_BY_TEXT,
                        "SELECT coalesce(sum(d.events), 0) FROM actors x CROSS JOIN dyads d"
                        " WHERE x.code >= $1 AND x.code < $2 AND d.source = x.code AND"
                        " d.target >= $3 AND d.target < $4",
                        4, p, &v, &err) != 1)
        v = -1;
    sitrep_error_clear(&err);
    free(ha);
    free(hb);
    return v;
}

static int64_t add_counts(int64_t a, int64_t b) { return a < 0 || b < 0 ? -1 : a + b; }

/* The cheapest way to the first `want` events of `f` (0 = all of them). */
static events_plan choose_plan(store *s, const store_filter *f, int64_t want)
{
    if (!f)
        return PLAN_DATE;
    if (f->id > 0)
        return PLAN_ID;
    bool actor = f->actor, dyad = f->dyad[0] && f->dyad[1];
    const char *code = f->code ? f->code : f->root;
    if (!actor && !dyad && !f->country && !code)
        return PLAN_DATE; /* no filter with an index of its own, or only dates */
    int64_t n = 0;
    sitrep_error err = {0};
    int found = store_first_int(s, DB_BY_TEXT, "SELECT n FROM row_counts WHERE name = 'events'",
                                0, NULL, &n, &err);
    sitrep_error_clear(&err);
    if (found != 1 || n <= 0)
        return actor ? PLAN_ACTOR : dyad ? PLAN_DYAD : PLAN_DATE;
    double total = (double)n, page = want > 0 && want < n ? (double)want : total;
    /* where reading a filter's events and sorting them starts to cost more than walking
     * the date index to fill the page (x * x ~ page * total), with room to spare */
    double capf = 2.0 * sqrt(page * total);
    if (capf > total / 4)
        capf = total / 4;
    int64_t cap = capf < 256 ? 256 : (int64_t)capf;

    struct { events_plan plan; int64_t count; double weight; } cand[4];
    int nc = 0;
    double share = 1.0; /* of the events that the probed filters let through */
    int64_t best = cap;  /* later probes need not count past the best so far */
#define PROBE(p, w, expr)                                                                  \
    do {                                                                                   \
        int64_t c_ = (expr);                                                               \
        if (c_ >= 0) {                                                                     \
            cand[nc].plan = (p);                                                           \
            cand[nc].count = c_;                                                           \
            cand[nc++].weight = (w);                                                       \
            share *= (double)c_ / total;                                                   \
            if (c_ < best)                                                                 \
                best = c_;                                                                 \
        }                                                                                  \
    } while (0)
    if (dyad)
        PROBE(PLAN_DYAD, 2.0,
              add_counts(count_direction(s, f->dyad[0], f->dyad[1]),
                         count_direction(s, f->dyad[1], f->dyad[0])));
    if (actor)
        PROBE(PLAN_ACTOR, 2.0,
              add_counts(count_prefix(s, "source", f->actor, best),
                         count_prefix(s, "target", f->actor, best)));
    if (f->country && *f->country) {
        const char *p[1] = {f->country};
        PROBE(PLAN_COUNTRY, 3.0,
              add_counts(capped_count(s, "e.source IN (SELECT code FROM actor_countries WHERE"
                                         " country = $1)", 1, p, best),
                         capped_count(s, "e.target IN (SELECT code FROM actor_countries WHERE"
                                         " country = $1)", 1, p, best)));
    }
    if (code)
        PROBE(PLAN_CODE, 4.0, count_prefix(s, "cameo", code, best));
#undef PROBE
    /* walking the date index: until `page` matching events are passed, within the date
     * range; a row is read from the table too when a filter needs a column that the date
     * index lacks, and always on PostgreSQL (which checks each row it walks in the table) */
    double scan = share > 0 ? page / share : total;
    if (scan > total)
        scan = total;
    bool table = s->pg || f->country || f->code || f->root || f->status >= 0 || f->said_by ||
                 f->outlet;
    double best_cost = scan * (table ? 3.0 : 1.0);
    events_plan plan = PLAN_DATE;
    for (int i = 0; i < nc; i++) {
        /* a count that reached its cap says only that the filter is not selective */
        if (cand[i].count >= cap || (double)cand[i].count * cand[i].weight >= best_cost)
            continue;
        best_cost = (double)cand[i].count * cand[i].weight;
        plan = cand[i].plan;
    }
    return plan;
}

/* The ids and dates of the events matching `f` (any order), as a SELECT of "id, date"
 * columns, its parameters added to q; `want` is how many of the first of them in date
 * order are needed (0 = all), which decides how they are found (choose_plan). */
static char *matching_ids(store *s, const store_filter *f, int64_t want, qbuild *q)
{
    events_plan plan = choose_plan(s, f, want);
    /* SQLite is told the index of the plan (it has no statistics to weigh them); the
     * unique index of events(source, target, cameo, date) is its first automatic one */
    const char *by_date = "", *by_source = "", *by_target = "", *by_cameo = "";
    if (!s->pg && plan != PLAN_ID) {
        by_date = " INDEXED BY events_date";
        by_source = " INDEXED BY sqlite_autoindex_events_1";
        by_target = " INDEXED BY events_target";
        by_cameo = " INDEXED BY events_cameo";
    }
    bool dyad = f && f->dyad[0] && f->dyad[1];
    if (dyad && plan != PLAN_DYAD) {
        strbuf_puts(&q->sql, " AND ((");
        cond_prefix(q, "e.source", f->dyad[0]);
        strbuf_puts(&q->sql, " AND ");
        cond_prefix(q, "e.target", f->dyad[1]);
        strbuf_puts(&q->sql, ") OR (");
        cond_prefix(q, "e.source", f->dyad[1]);
        strbuf_puts(&q->sql, " AND ");
        cond_prefix(q, "e.target", f->dyad[0]);
        strbuf_puts(&q->sql, "))");
    }
    if (f && f->actor && plan != PLAN_ACTOR) {
        strbuf_puts(&q->sql, " AND (");
        cond_prefix(q, "e.source", f->actor);
        strbuf_puts(&q->sql, " OR ");
        cond_prefix(q, "e.target", f->actor);
        strbuf_puts(&q->sql, ")");
    }
    const char *country = NULL;
    if (f && f->country) {
        strbuf_puts(&q->sql, " AND ");
        country = qparam(q, f->country);
        /* walking the date index, the country's codes are checked first, in the index
         * (which holds source and target): only their events' rows are read */
        if (plan == PLAN_DATE)
            strbuf_printf(&q->sql, "(e.source IN (SELECT code FROM actor_countries WHERE"
                                   " country = %s) OR e.target IN (SELECT code FROM"
                                   " actor_countries WHERE country = %s)) AND ",
                          country, country);
        strbuf_printf(&q->sql, "(e.source_country = %s OR e.target_country = %s)", country,
                      country);
    }
    if (f && f->code) {
        strbuf_puts(&q->sql, " AND ");
        cond_prefix(q, "e.cameo", f->code);
    }
    if (f && f->root) {
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "e.root = %s", qparam(q, f->root));
        /* a stored root is the first two digits of its code: the root's codes are a range
         * of the code index */
        if (plan == PLAN_CODE && !f->code) {
            strbuf_puts(&q->sql, " AND ");
            cond_prefix(q, "e.cameo", f->root);
        }
    }
    if (f && f->quad) {
        char b[16];
        snprintf(b, sizeof b, "%d", f->quad);
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "e.quad_class = %s", qparam(q, b));
    }
    if (f && f->status >= 0) {
        char b[16];
        snprintf(b, sizeof b, "%d", f->status);
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND"
                              " m.status = %s)", qparam(q, b));
    }
    /* One lower bound on the date: SQLite seeks the date index by one of them only, and
     * a cursor past the start of the range (or a start past the cursor's day, which
     * leaves every event of the range after the cursor) makes the other redundant. */
    const char *after_date = f && f->after_id > 0 ? (f->after_date ? f->after_date : "") : NULL;
    bool range_after_cursor = after_date && f->from && strcmp(f->from, after_date) > 0;
    if (f && f->from && (!after_date || range_after_cursor)) {
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "e.date >= %s", qparam(q, f->from));
    }
    if (f && f->to) {
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "e.date <> '' AND e.date <= %s", qparam(q, f->to));
    }
    if (f && f->said_by) {
        strbuf_puts(&q->sql, " AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND ");
        cond_prefix(q, "m.said_by_code", f->said_by);
        strbuf_puts(&q->sql, ")");
    }
    if (f && f->outlet) {
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id ="
                               " m.document_id WHERE m.event_id = e.id AND d.outlet = %s)",
                      qparam(q, f->outlet));
    }
    if (f && f->id > 0) {
        char b[24];
        strbuf_puts(&q->sql, " AND ");
        strbuf_printf(&q->sql, "e.id = %s", qparam(q, store_i64s(b, f->id)));
    }
    if (after_date && !range_after_cursor) {
        /* after (date, id) in the page order: a seek in the date index, then the ids of
         * the cursor's own day. Written without a top-level OR, which SQLite would serve
         * by merging two index scans and sorting all of what they find. */
        char b[24];
        const char *d = qparam(q, after_date);
        strbuf_printf(&q->sql, " AND e.date >= %s AND NOT (e.date = %s AND e.id <= %s)", d, d,
                      qparam(q, store_i64s(b, f->after_id)));
    }
    char *conds = strbuf_detach(&q->sql);
    strbuf ids = {0};
    if (plan == PLAN_ACTOR) {
        /* Either side: the two directions, each read from an index that holds the date
         * (source-first, target-first), so that sorting them reads no table row. */
        char *hi = prefix_end(f->actor);
        const char *a = qparam(q, f->actor), *b = qparam(q, hi);
        free(hi);
        strbuf_printf(&ids, "SELECT e.id, e.date FROM events e%s WHERE e.source >= %s AND"
                            " e.source < %s%s UNION ALL SELECT e.id, e.date FROM events e%s"
                            " WHERE e.target >= %s AND e.target < %s AND NOT (e.source >= %s"
                            " AND e.source < %s)%s",
                      by_source, a, b, conds, by_target, a, b, a, b, conds);
    } else if (plan == PLAN_DYAD) {
        /* A -> B, then B -> A but for what A -> B had (the prefixes may overlap) */
        strbuf_printf(&ids, "SELECT e.id, e.date FROM events e%s WHERE ", by_source);
        cond_prefix_into(&ids, q, "e.source", f->dyad[0]);
        strbuf_puts(&ids, " AND ");
        cond_prefix_into(&ids, q, "e.target", f->dyad[1]);
        strbuf_printf(&ids, "%s UNION ALL SELECT e.id, e.date FROM events e%s WHERE ", conds,
                      by_source);
        cond_prefix_into(&ids, q, "e.source", f->dyad[1]);
        strbuf_puts(&ids, " AND ");
        cond_prefix_into(&ids, q, "e.target", f->dyad[0]);
        strbuf_puts(&ids, " AND NOT (");
        cond_prefix_into(&ids, q, "e.source", f->dyad[0]);
        strbuf_puts(&ids, " AND ");
        cond_prefix_into(&ids, q, "e.target", f->dyad[1]);
        strbuf_printf(&ids, ")%s", conds);
    } else if (plan == PLAN_COUNTRY) {
        /* every event of the country has a code of it (actor_countries) on the side where
         * the country is: its codes as source, then as target but for what the first
         * part had */
        strbuf_printf(&ids, "SELECT e.id, e.date FROM events e%s WHERE e.source IN (SELECT code"
                            " FROM actor_countries WHERE country = %s)%s UNION ALL SELECT"
                            " e.id, e.date FROM events e%s WHERE e.target IN (SELECT code FROM"
                            " actor_countries WHERE country = %s) AND NOT e.source IN (SELECT"
                            " code FROM actor_countries WHERE country = %s)%s",
                      by_source, country, conds, by_target, country, country, conds);
    } else {
        const char *by = plan == PLAN_CODE ? by_cameo : by_date;
        strbuf_printf(&ids, "SELECT e.id, e.date FROM events e%s%s%s", by,
                      *conds ? " WHERE" : "", *conds ? conds + 4 : "");
    }
    free(conds);
    return strbuf_detach(&ids);
}

bool store_query_events(store *s, const store_filter *f, store_event_fn fn, void *ctx,
                        sitrep_error *err)
{
    qbuild q = {0};
    strbuf_puts(&q.sql,
                "SELECT e.id, e.source, e.target, e.cameo, e.root, e.date, e.source_country,"
                " e.source_role, sa.name, e.target_country, e.target_role, ta.name,"
                " e.quad_class, e.goldstein, e.num_mentions, e.num_documents, e.num_outlets,"
                " e.first_seen, e.last_seen, e.added_at,"
                " (SELECT min(m.status) FROM mentions m WHERE m.event_id = e.id),");
    /* its distinct outlets: those of its mentions' documents; when it has one (most
     * events), the first mention with an outlet has it, and the mentions of a much
     * reported event are not all read */
    strbuf_puts(&q.sql, " CASE e.num_outlets WHEN 0 THEN NULL WHEN 1 THEN (SELECT d.outlet"
                        " FROM mentions m JOIN documents d ON d.id = m.document_id WHERE"
                        " m.event_id = e.id AND d.outlet <> '' ORDER BY m.id LIMIT 1) ELSE");
    strbuf_puts(&q.sql, s->pg ? " (SELECT string_agg(DISTINCT d.outlet, '; ' ORDER BY d.outlet)"
                                " FROM mentions m JOIN documents d ON d.id = m.document_id"
                                " WHERE m.event_id = e.id AND d.outlet <> '') END,"
                              : " (SELECT group_concat(outlet, '; ') FROM (SELECT DISTINCT"
                                " d.outlet FROM mentions m JOIN documents d ON d.id ="
                                " m.document_id WHERE m.event_id = e.id AND d.outlet <> ''"
                                " ORDER BY 1)) END,");
    /* its first mention's document URL and id, and sentence (joined below) */
    strbuf_puts(&q.sql, " fd.url, fd.doc_id, fm.sentence,");
    /* who said so: the distinct claimants of its mentions (code, else name) */
    strbuf_puts(&q.sql, s->pg ? " (SELECT string_agg(DISTINCT COALESCE(m.said_by_code,"
                                " m.said_by_text), '; ' ORDER BY COALESCE(m.said_by_code,"
                                " m.said_by_text)) FROM mentions m WHERE m.event_id = e.id)"
                              : " (SELECT group_concat(c, '; ') FROM (SELECT DISTINCT"
                                " COALESCE(m.said_by_code, m.said_by_text) AS c FROM mentions m"
                                " WHERE m.event_id = e.id AND COALESCE(m.said_by_code,"
                                " m.said_by_text) IS NOT NULL ORDER BY 1))");
    /* The matching ids are found first, sorted by date and paged, and only then are the
     * page's rows fetched with their columns: the per-row subqueries of the column list
     * run for the rows of the page only, not for every row the sort looks at (one day of
     * a big store is thousands of events). */
    strbuf cols = q.sql;
    strbuf_init(&q.sql);
    int64_t want = f && f->limit > 0 && f->offset < INT64_MAX - f->limit ? f->limit + f->offset
                                                                          : 0;
    char *m = matching_ids(s, f, want, &q);
    strbuf ids = {0};
    strbuf_printf(&ids, "SELECT u.id FROM (%s) u ORDER BY u.date, u.id", m);
    free(m);
    if (f && (f->limit > 0 || f->offset > 0)) {
        char b[24];
        strbuf_printf(&ids, " LIMIT %s", qparam(&q, store_i64s(b, f->limit > 0 ? f->limit : INT64_MAX)));
        if (f->offset > 0)
            strbuf_printf(&ids, " OFFSET %s", qparam(&q, store_i64s(b, f->offset)));
    }
    strbuf_printf(&q.sql, "%s FROM (%s) pg JOIN events e ON e.id = pg.id"
                          " LEFT JOIN mentions fm ON fm.id = (SELECT min(m.id) FROM mentions m"
                          " WHERE m.event_id = e.id)"
                          " LEFT JOIN documents fd ON fd.id = fm.document_id"
                          " LEFT JOIN actors sa ON sa.code = e.source"
                          " LEFT JOIN actors ta ON ta.code = e.target ORDER BY e.date, e.id",
                  cols.data, ids.data);
    strbuf_free(&cols);
    strbuf_free(&ids);
    db_cursor *c = store_q(s, DB_BY_TEXT, q.sql.data, q.n, (const char *const *)q.params, err);
    bool ok = c != NULL;
    int r = 0;
    while (ok && (r = s->drv->next(c, err)) == 1) {
        store_event_row row;
        const char *v;
#define COL(i) s->drv->col(c, i)
#define INT(i) s->drv->col_int(c, i)
        row.id = INT(0);
        row.source = COL(1);
        row.target = COL(2);
        row.cameo = COL(3);
        row.root = COL(4);
        row.date = COL(5);
        row.source_country = COL(6);
        row.source_role = COL(7);
        row.source_name = COL(8);
        row.target_country = COL(9);
        row.target_role = COL(10);
        row.target_name = COL(11);
        /* numbers as numbers (NULL reads as 0): no text made and parsed back */
        row.quad_class = (int)INT(12);
        row.has_goldstein = !s->drv->col_null(c, 13);
        row.goldstein = row.has_goldstein ? s->drv->col_double(c, 13) : 0.0;
        row.num_mentions = INT(14);
        row.num_documents = INT(15);
        row.num_outlets = INT(16);
        row.first_seen = COL(17);
        row.last_seen = COL(18);
        row.added_at = COL(19);
        row.status = (int)INT(20);
        row.outlets = (v = COL(21)) ? v : "";
        row.url = COL(22);
        row.first_doc_id = COL(23);
        row.first_sentence = INT(24);
        row.claimants = (v = COL(25)) ? v : "";
#undef COL
#undef INT
        if (fn(&row, ctx))
            break;
    }
    if (r < 0)
        ok = false;
    if (c)
        s->drv->done(c);
    qbuild_free(&q);
    return ok;
}

/* Calls fn for each (month, quad class, events, mentions, goldstein) row of c. */
static bool month_rows(store *s, db_cursor *c, store_month_fn fn, void *ctx, sitrep_error *err)
{
    if (!c)
        return false;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
        const char *month = s->drv->col(c, 0);
        store_month_row row = {month ? month : "", (int)s->drv->col_int(c, 1),
                               s->drv->col_int(c, 2), s->drv->col_int(c, 3),
                               s->drv->col_double(c, 4)};
        if (fn(&row, ctx))
            break;
    }
    s->drv->done(c);
    return r >= 0;
}

bool store_query_monthly(store *s, store_month_fn fn, void *ctx, sitrep_error *err)
{
    return month_rows(s,
                      store_q(s, -1,
                              "SELECT month, quad_class, events, mentions, goldstein FROM monthly"
                              " ORDER BY month, quad_class",
                              0, NULL, err),
                      fn, ctx, err);
}

static bool filter_is_empty(const store_filter *f)
{
    return !f || (!f->actor && !(f->dyad[0] && f->dyad[1]) && !f->country && !f->code &&
                  !f->root && !f->quad && f->status < 0 && !f->from && !f->to && !f->said_by &&
                  !f->outlet && f->id <= 0 && f->after_id <= 0);
}

bool store_query_months(store *s, const store_filter *f, store_month_fn fn, void *ctx,
                        sitrep_error *err)
{
    if (filter_is_empty(f))
        return store_query_monthly(s, fn, ctx, err);
    qbuild q = {0};
    char *m = matching_ids(s, f, 0, &q);
    strbuf_printf(&q.sql, "SELECT substr(e.date, 1, 7), e.quad_class, count(*),"
                          " sum(e.num_mentions), coalesce(sum(e.goldstein), 0) FROM (%s) u"
                          " JOIN events e ON e.id = u.id GROUP BY 1, 2 ORDER BY 1, 2",
                  m);
    free(m);
    bool ok = month_rows(
        s, store_q(s, DB_BY_TEXT, q.sql.data, q.n, (const char *const *)q.params, err), fn, ctx,
        err);
    qbuild_free(&q);
    return ok;
}

bool store_query_dyads(store *s, int64_t limit, store_dyad_fn fn, void *ctx, sitrep_error *err)
{
    char b[24];
    const char *p[1] = {store_i64s(b, limit > 0 ? limit : INT64_MAX)};
    db_cursor *c = store_q(s, -1,
                         "SELECT source, target, events, mentions, q0, q1, q2, q3, q4, goldstein"
                         " FROM dyads ORDER BY events DESC, source, target LIMIT $1",
                         1, p, err);
    if (!c)
        return false;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
        store_dyad_row row = {.source = s->drv->col(c, 0), .target = s->drv->col(c, 1)};
        row.events = strtoll(s->drv->col(c, 2), NULL, 10);
        row.mentions = strtoll(s->drv->col(c, 3), NULL, 10);
        for (int k = 0; k < 5; k++)
            row.quad[k] = strtoll(s->drv->col(c, 4 + k), NULL, 10);
        row.goldstein = strtod(s->drv->col(c, 9), NULL);
        if (fn(&row, ctx))
            break;
    }
    s->drv->done(c);
    return r >= 0;
}

/* The busiest pair found so far: its events over both directions, then the key of its
 * busier direction (events, source, target), which decides a tie as the dyads' order
 * does (more events first, then source and target). */
typedef struct best_pair {
    int64_t sum, events;
    char *source, *target;
} best_pair;

static bool pair_beats(const best_pair *b, int64_t sum, int64_t events, const char *source,
                       const char *target)
{
    if (!b->source || sum != b->sum)
        return !b->source || sum > b->sum;
    if (events != b->events)
        return events > b->events;
    int c = strcmp(source, b->source);
    return c ? c < 0 : strcmp(target, b->target) < 0;
}

/* Sums the pairs whose busier direction has from `lo` to `hi` - 1 events into *b. */
static bool pairs_in_band(store *s, int64_t lo, int64_t hi, best_pair *b, sitrep_error *err)
{
    char lb[24], hb[24];
    const char *p[2] = {store_i64s(lb, lo), store_i64s(hb, hi)};
    db_cursor *c = store_q(s, -1, "SELECT d.source, d.target, d.events, coalesce(r.events, 0)"
                                  " FROM dyads d LEFT JOIN dyads r ON r.source = d.target AND"
                                  " r.target = d.source WHERE d.events >= $1 AND d.events < $2",
                           2, p, err);
    if (!c)
        return false;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
        const char *src = s->drv->col(c, 0), *tgt = s->drv->col(c, 1);
        int64_t ev = s->drv->col_int(c, 2), back = s->drv->col_int(c, 3);
        int order = strcmp(src, tgt);
        /* a pair is summed at its busier direction (the first in the dyads' order) */
        if (order == 0 || back > ev || (back == ev && order > 0))
            continue;
        if (pair_beats(b, ev + back, ev, src, tgt)) {
            free(b->source);
            free(b->target);
            *b = (best_pair){ev + back, ev, xstrdup(src), xstrdup(tgt)};
        }
    }
    s->drv->done(c);
    return r == 0;
}

bool store_most_active_pair(store *s, char **a, char **b, sitrep_error *err)
{
    /* Read by bands of the dyads_events index, heaviest first, down to half the best
     * pair's sum (each dyad with its other direction, looked up by its key). A pair whose
     * busier direction is lighter than that sums to less than the best: the rest of the
     * dyads is never read. */
    *a = *b = NULL;
    /* The pair changes only when a batch adds mentions: the last answer holds while the
     * count of mentions (read before the search, and never lower later) is the same. */
    int64_t mentions = -1;
    if (store_first_int(s, DB_BY_TEXT, "SELECT n FROM row_counts WHERE name = 'mentions'", 0,
                        NULL, &mentions, err) < 0)
        return false;
    if (s->pair_known && s->pair_mentions == mentions) {
        *a = s->pair_a ? xstrdup(s->pair_a) : NULL;
        *b = s->pair_b ? xstrdup(s->pair_b) : NULL;
        return true;
    }
    int64_t max = 0;
    int have = store_first_int(s, -1, "SELECT max(events) FROM dyads", 0, NULL, &max, err);
    if (have < 0)
        return false;
    best_pair best = {0};
    bool ok = true;
    /* bands one level of events wide at first, each twice as wide as the last, ending
     * at half the best sum: the dyads read are those down to about where they can matter */
    for (int64_t hi = max + 1, lo = max, width = 1; ok && lo < hi; width *= 2) {
        ok = pairs_in_band(s, lo, hi, &best, err);
        hi = lo;
        lo = hi - 2 * width;
        int64_t least = best.source ? (best.sum + 1) / 2 : 1;
        if (lo < least)
            lo = least;
    }
    if (ok && best.source) {
        bool first = strcmp(best.source, best.target) < 0;
        *a = first ? best.source : best.target;
        *b = first ? best.target : best.source;
    } else {
        free(best.source);
        free(best.target);
    }
    if (ok) {
        free(s->pair_a);
        free(s->pair_b);
        s->pair_a = *a ? xstrdup(*a) : NULL;
        s->pair_b = *b ? xstrdup(*b) : NULL;
        s->pair_mentions = mentions;
        s->pair_known = true;
    }
    return ok;
}

static int64_t col_i64(const char *v, int64_t none)
{
    return v ? strtoll(v, NULL, 10) : none;
}

bool store_query_mentions(store *s, int64_t event_id, int64_t limit, store_mention_fn fn,
                          void *ctx, sitrep_error *err)
{
    char eb[24], lb[24];
    const char *p[2] = {store_i64s(eb, event_id), store_i64s(lb, limit > 0 ? limit : INT64_MAX)};
    db_cursor *c = store_q(s, -1,
                         "SELECT m.id, m.event_id, m.sentence, m.sentence_start, m.sentence_end,"
                         " m.source_start, m.source_end, m.target_start, m.target_end,"
                         " m.verb_start, m.verb_end, m.source_text, m.target_text, m.verb_text,"
                         " m.verb_entry, m.sentence_text, m.date, m.date_precision, m.date_text,"
                         " m.status, m.status_cue, m.said_by_code, m.said_by_text, d.doc_id,"
                         " d.date, d.outlet, d.url, d.title FROM mentions m"
                         " JOIN documents d ON d.id = m.document_id WHERE m.event_id = $1"
                         " ORDER BY m.id LIMIT $2",
                         2, p, err);
    if (!c)
        return false;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
#define COL(i) s->drv->col(c, i)
        store_mention_row m = {.id = col_i64(COL(0), 0), .event_id = col_i64(COL(1), 0),
                               .sentence = col_i64(COL(2), 0)};
        store_span *sp[4] = {&m.sentence_span, &m.source_span, &m.target_span, &m.verb_span};
        for (int k = 0; k < 4; k++) {
            sp[k]->start = col_i64(COL(3 + 2 * k), -1);
            sp[k]->end = col_i64(COL(4 + 2 * k), -1);
        }
        const char **str[8] = {&m.source_text, &m.target_text, &m.verb_text, &m.verb_entry,
                               &m.sentence_text, &m.date, &m.date_precision, &m.date_text};
        for (int k = 0; k < 8; k++)
            *str[k] = COL(11 + k);
        m.status = (int)col_i64(COL(19), 0);
        const char **str2[8] = {&m.status_cue, &m.said_by_code, &m.said_by_text, &m.doc_id,
                                &m.doc_date, &m.outlet, &m.url, &m.title};
        for (int k = 0; k < 8; k++)
            *str2[k] = COL(20 + k);
#undef COL
        if (fn(&m, ctx))
            break;
    }
    s->drv->done(c);
    return r >= 0;
}

bool store_query_actors(store *s, const char *q, int64_t limit, store_actor_fn fn, void *ctx,
                        sitrep_error *err)
{
    /* Codes are upper case: the prefix range runs on the upper-cased query. */
    char *up = xstrdup(q);
    for (char *p = up; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    char *hi = prefix_end(up);
    char lb[24];
    const char *p[4] = {up, hi, q, store_i64s(lb, limit > 0 ? limit : INT64_MAX)};
    db_cursor *c = store_q(s, -1,
                         s->pg ? "SELECT code, name, country, role FROM actors WHERE"
                                 " (code >= $1 AND code < $2) OR strpos(lower(name), lower($3)) > 0"
                                 " ORDER BY (code >= $1 AND code < $2) DESC, code LIMIT $4"
                               : "SELECT code, name, country, role FROM actors WHERE"
                                 " (code >= $1 AND code < $2) OR instr(lower(name), lower($3)) > 0"
                                 " ORDER BY (code >= $1 AND code < $2) DESC, code LIMIT $4",
                         4, p, err);
    int r = -1;
    /* the parameters are bound without a copy: they live until the cursor is done */
    while (c && (r = s->drv->next(c, err)) == 1) {
        store_actor_row row = {s->drv->col(c, 0), s->drv->col(c, 1), s->drv->col(c, 2),
                               s->drv->col(c, 3)};
        if (fn(&row, ctx))
            break;
    }
    if (c)
        s->drv->done(c);
    free(up);
    free(hi);
    return c && r >= 0;
}

/* ---- a date range's dyads ---- */

/* One dyad's sums, in the order the range first meets the dyads: most rows of a month
 * start a dyad of their own, so the sums are mostly written one after the other. They are
 * kept in blocks that never move (an array grown by doubling was copied, and each copy
 * touched fresh pages). The events are the sum of the quad class counts. */
enum { DYAD_BLOCK = 16384 }; /* cells per block (1 MB) */
typedef struct dyad_cell {
    uint32_t src, tgt; /* actor ids + 1 (index + 1 into the range's codes) */
    int64_t quad[5];
    int64_t mentions;
    double goldstein;
} dyad_cell;

/* The dyads of a range: actor codes interned to small ids (hashing two ids beats hashing
 * two strings per row), and an open-addressing table of slots that hold a dyad's key and
 * where its sums are: a row's random access is to a small slot, not to its sums. */
typedef struct dyad_table {
    strmap *actor_ids; /* code -> id */
    char **codes;
    size_t ncodes, ccap;
    dyad_cell **blocks; /* cell i is blocks[i / DYAD_BLOCK][i % DYAD_BLOCK] */
    size_t nused, nblocks, bcap;
    struct dyad_slot { uint32_t src, tgt, at; } *slots; /* at: cell index + 1, 0 empty */
    size_t nslots;
    int shift; /* 64 - log2(nslots) */
} dyad_table;

static dyad_cell *dyad_cell_at(const dyad_table *t, size_t i)
{
    return &t->blocks[i / DYAD_BLOCK][i % DYAD_BLOCK];
}

static uint32_t actor_id(dyad_table *t, const char *code)
{
    size_t len = strlen(code);
    uintptr_t id = (uintptr_t)strmap_get(t->actor_ids, code, len);
    if (!id) {
        t->codes = xgrow(t->codes, &t->ccap, t->ncodes + 1, sizeof *t->codes);
        t->codes[t->ncodes++] = xstrdup(code);
        id = t->ncodes;
        strmap_put(t->actor_ids, code, len, (void *)id);
    }
    return (uint32_t)id;
}

/* Fibonacci hashing: the top bits of the product mix every bit of both ids (its middle
 * bits are linear in the ids, and the ids are small: dyads would cluster) */
static uint64_t dyad_hash(uint32_t src, uint32_t tgt)
{
    return ((uint64_t)src << 32 | tgt) * 0x9E3779B97F4A7C15ULL;
}

static size_t dyad_slot(const dyad_table *t, uint32_t src, uint32_t tgt)
{
    size_t mask = t->nslots - 1;
    for (size_t i = (size_t)(dyad_hash(src, tgt) >> t->shift);; i = (i + 1) & mask) {
        const struct dyad_slot *k = &t->slots[i];
        if (!k->at || (k->src == src && k->tgt == tgt))
            return i;
    }
}

static dyad_cell *dyad_get(dyad_table *t, uint32_t src, uint32_t tgt)
{
    if (2 * (t->nused + 1) > t->nslots) {
        free(t->slots);
        t->nslots = t->nslots ? 2 * t->nslots : 1024;
        t->shift = 64 - __builtin_ctzll(t->nslots);
        /* zeroed by writing: fresh pages from calloc are mapped to the zero page when a
         * probe first reads them and faulted in again when a slot is written */
        t->slots = xmalloc(t->nslots * sizeof *t->slots);
        memset(t->slots, 0, t->nslots * sizeof *t->slots);
        for (size_t i = 0; i < t->nused; i++) {
            const dyad_cell *c = dyad_cell_at(t, i);
            t->slots[dyad_slot(t, c->src, c->tgt)] =
                (struct dyad_slot){c->src, c->tgt, (uint32_t)i + 1};
        }
    }
    size_t at = dyad_slot(t, src, tgt);
    if (!t->slots[at].at) {
        if (t->nused == t->nblocks * DYAD_BLOCK) {
            t->blocks = xgrow(t->blocks, &t->bcap, t->nblocks + 1, sizeof *t->blocks);
            t->blocks[t->nblocks++] = xmalloc(DYAD_BLOCK * sizeof **t->blocks);
        }
        *dyad_cell_at(t, t->nused) = (dyad_cell){.src = src, .tgt = tgt};
        t->slots[at] = (struct dyad_slot){src, tgt, (uint32_t)++t->nused};
    }
    return dyad_cell_at(t, t->slots[at].at - 1);
}

/* A row read but not yet summed. A row is summed in three steps, DYAD_STEP rows apart:
 * read (its slot fetched into the cache), found (its cell found or made, and fetched),
 * added; the table is larger than the cache, and the waits for a slot and a cell overlap
 * the reading of the rows after it. Each step takes the rows in the order read, so every
 * sum is added up in that order. */
enum { DYAD_STEP = 8, DYAD_AHEAD = 2 * DYAD_STEP };
typedef struct dyad_pending {
    uint32_t src, tgt;
    int quad; /* the quad class, 0 when unknown */
    int64_t mentions;
    double goldstein;
    dyad_cell *cell; /* NULL until found (cells never move) */
} dyad_pending;

static void dyad_find_cell(dyad_table *t, dyad_pending *p)
{
    p->cell = dyad_get(t, p->src, p->tgt);
    __builtin_prefetch(p->cell, 1);
}

static void dyad_add(dyad_table *t, dyad_pending *p)
{
    if (!p->cell)
        dyad_find_cell(t, p);
    dyad_cell *d = p->cell;
    d->quad[p->quad]++;
    d->goldstein += p->goldstein;
    d->mentions += p->mentions;
}

static int64_t cell_events(const dyad_cell *c)
{
    return c->quad[0] + c->quad[1] + c->quad[2] + c->quad[3] + c->quad[4];
}

/* Heavier first: more events, then source and target in byte order. */
static int dyad_before(const dyad_table *t, const dyad_cell *a, int64_t ea, const dyad_cell *b,
                       int64_t eb)
{
    if (ea != eb)
        return ea > eb;
    int c = strcmp(t->codes[a->src - 1], t->codes[b->src - 1]);
    return c ? c < 0 : strcmp(t->codes[a->tgt - 1], t->codes[b->tgt - 1]) < 0;
}

typedef struct dyad_ref {
    const dyad_cell *c;
    int64_t events;
} dyad_ref;

static const dyad_table *sort_table;
static int cmp_dyad(const void *x, const void *y)
{
    const dyad_ref *a = x, *b = y;
    return dyad_before(sort_table, a->c, a->events, b->c, b->events)   ? -1
           : dyad_before(sort_table, b->c, b->events, a->c, a->events) ? 1
                                                                       : 0;
}

/* The k heaviest dyads, heaviest first, in top[0..k): a heap whose root is the lightest
 * kept, so most dyads are turned away by one comparison. Returns k. */
static size_t dyad_top(const dyad_table *t, size_t k, dyad_ref *top)
{
    size_t n = 0;
    for (size_t i = 0; i < t->nused && k; i++) {
        const dyad_cell *d = dyad_cell_at(t, i);
        int64_t ev = cell_events(d);
        if (n == k && !dyad_before(t, d, ev, top[0].c, top[0].events))
            continue;
        size_t at;
        if (n < k) {
            at = n++;
            while (at > 0 &&
                   dyad_before(t, top[(at - 1) / 2].c, top[(at - 1) / 2].events, d, ev)) {
                top[at] = top[(at - 1) / 2];
                at = (at - 1) / 2;
            }
        } else {
            at = 0;
            for (;;) {
                size_t c = 2 * at + 1;
                if (c >= n)
                    break;
                if (c + 1 < n &&
                    dyad_before(t, top[c].c, top[c].events, top[c + 1].c, top[c + 1].events))
                    c++;
                if (!dyad_before(t, d, ev, top[c].c, top[c].events))
                    break;
                top[at] = top[c];
                at = c;
            }
        }
        top[at] = (dyad_ref){d, ev};
    }
    sort_table = t;
    qsort(top, n, sizeof *top, cmp_dyad);
    return n;
}

bool store_query_dyads_range(store *s, const char *from, const char *to, int64_t limit,
                             store_dyad_fn fn, void *ctx, sitrep_error *err)
{
    if (!from && !to)
        return store_query_dyads(s, limit, fn, ctx, err);
    /* Undated events ("") never fall in a range. With a start date the seek leaves them
     * out; without one the range starts after "", in the seek too rather than by a test
     * of every row. */
    bool open_start = !from || !*from;
    const char *p[2] = {open_start ? "" : from, to ? to : "9999-99-99"};
    db_cursor *c = store_q(s, -1,
                           open_start ? "SELECT source, target, quad_class, goldstein, num_mentions"
                                        " FROM events WHERE date > $1 AND date <= $2"
                                      : "SELECT source, target, quad_class, goldstein, num_mentions"
                                        " FROM events WHERE date >= $1 AND date <= $2",
                           2, p, err);
    if (!c)
        return false;
    /* summed here rather than by GROUP BY: a hash beats SQL's sort of every row */
    dyad_table t = {.actor_ids = strmap_new()};
    uint32_t src = 0; /* the last row's source: the index orders a day's rows by source */
    dyad_pending ring[DYAD_AHEAD];
    size_t nread = 0;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
        const char *code = s->drv->col(c, 0);
        if (!src || strcmp(code, t.codes[src - 1]) != 0)
            src = actor_id(&t, code);
        dyad_pending *row = &ring[nread % DYAD_AHEAD];
        if (nread >= DYAD_AHEAD)
            dyad_add(&t, row);
        if (nread >= DYAD_STEP)
            dyad_find_cell(&t, &ring[(nread - DYAD_STEP) % DYAD_AHEAD]);
        nread++;
        long long qc = s->drv->col_int(c, 2);
        *row = (dyad_pending){.src = src, .tgt = actor_id(&t, s->drv->col(c, 1)),
                              .quad = qc >= 0 && qc <= 4 ? (int)qc : 0,
                              .mentions = s->drv->col_int(c, 4),
                              .goldstein = s->drv->col_double(c, 3)};
        if (t.slots)
            __builtin_prefetch(&t.slots[dyad_hash(row->src, row->tgt) >> t.shift]);
    }
    for (size_t i = nread > DYAD_AHEAD ? nread - DYAD_AHEAD : 0; i < nread; i++)
        dyad_add(&t, &ring[i % DYAD_AHEAD]);
    s->drv->done(c);
    size_t k = limit > 0 && (size_t)limit < t.nused ? (size_t)limit : t.nused;
    dyad_ref *top = xmalloc((k ? k : 1) * sizeof *top);
    k = r == 0 ? dyad_top(&t, k, top) : 0;
    for (size_t i = 0; i < k; i++) {
        const dyad_cell *d = top[i].c;
        store_dyad_row row = {.source = t.codes[d->src - 1], .target = t.codes[d->tgt - 1],
                              .events = top[i].events, .mentions = d->mentions,
                              .goldstein = d->goldstein};
        memcpy(row.quad, d->quad, sizeof row.quad);
        if (fn(&row, ctx))
            break;
    }
    free(top);
    for (size_t i = 0; i < t.ncodes; i++)
        free(t.codes[i]);
    free(t.codes);
    for (size_t i = 0; i < t.nblocks; i++)
        free(t.blocks[i]);
    free(t.blocks);
    free(t.slots);
    strmap_free(t.actor_ids);
    return r == 0;
}

bool store_get_actor(store *s, const char *code, store_actor_row *row, sitrep_error *err)
{
    memset(row, 0, sizeof *row);
    const char *p[1] = {code};
    db_cursor *c = store_q(s, S_ACTOR_GET,
                         "SELECT code, name, country, role FROM actors WHERE code = $1", 1, p, err);
    if (!c)
        return false;
    bool found = false;
    if (s->drv->next(c, err) == 1) {
        strbuf_clear(&s->actor_buf);
        size_t off[4];
        for (int k = 0; k < 4; k++) {
            const char *v = s->drv->col(c, k);
            off[k] = v ? s->actor_buf.len : (size_t)-1;
            if (v)
                strbuf_append(&s->actor_buf, v, strlen(v) + 1);
        }
        const char **dst[4] = {&row->code, &row->name, &row->country, &row->role};
        for (int k = 0; k < 4; k++)
            *dst[k] = off[k] == (size_t)-1 ? NULL : s->actor_buf.data + off[k];
        found = true;
    }
    s->drv->done(c);
    return found;
}

bool store_query_counts(store *s, store_counts *out, sitrep_error *err)
{
    /* the big tables' counts are kept by every batch (row_counts); the small ones counted */
    static const char *const sql[6] = {
        "SELECT n FROM row_counts WHERE name = 'documents'",
        "SELECT n FROM row_counts WHERE name = 'mentions'",
        "SELECT n FROM row_counts WHERE name = 'events'",
        "SELECT count(*) FROM actors",
        "SELECT count(*) FROM monthly",
        "SELECT count(*) FROM dyads"};
    int64_t *dst[6] = {&out->documents, &out->mentions, &out->events, &out->actors,
                       &out->monthly, &out->dyads};
    for (int i = 0; i < 6; i++) {
        *dst[i] = 0;
        if (store_first_int(s, -1, sql[i], 0, NULL, dst[i], err) < 0)
            return false;
    }
    return true;
}
