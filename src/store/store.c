/* store.c: the store's logic, written once for both backends: choosing the backend from
 * the location, schema migrations, merging mentions into events with their counts, the
 * monthly and dyad rollups, and the queries behind the analysis commands.
 *
 * Adding a document: insert it (its content hash is unique: a known document is skipped
 * with everything it carries); then for each mention, insert-or-find its event (source,
 * target, code, date), bump the event's counts (mentions; documents once per document;
 * outlets once per new outlet, through event_outlets), and store the mention. Rollup
 * deltas are summed in memory and written once per call. On PostgreSQL the mention rows
 * go in with COPY at the end of the call. */
#include "store/store.h"

#include "base/strbuf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "cameo/cameo.h"
#include "store/sha256.h"
#include "store/store_driver.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct store {
    const db_driver *drv;
    db *d;
    bool pg;
    char *shown;
    strmap *actors_seen; /* actor codes known to be in the actors table */
    strbuf actor_buf;    /* store_get_actor's strings */
    store_namer_fn namer;
    void *namer_ctx;
};

enum slot {
    S_DOC, S_EV_INSERT, S_EV_UPDATE, S_OUTLET, S_OUTLET_BUMP, S_MENTION, S_MONTHLY, S_DYAD,
    S_ACTOR, S_ACTOR_GET,
};

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

static db_cursor *query(store *s, int slot, const char *sql, int n, const char *const *p,
                        sitrep_error *err)
{
    return s->drv->query(s->d, slot, sql, n, p, err);
}

/* Runs a statement to its end; returns rows changed, or -1. */
static long long run(store *s, int slot, const char *sql, int n, const char *const *p,
                     sitrep_error *err)
{
    db_cursor *c = query(s, slot, sql, n, p, err);
    if (!c)
        return -1;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
    }
    long long ch = r < 0 ? -1 : s->drv->changes(c);
    s->drv->done(c);
    return ch;
}

/* First column of the first row as an integer: 1 found, 0 no row, -1 error. */
static int first_int(store *s, int slot, const char *sql, int n, const char *const *p,
                     int64_t *out, sitrep_error *err)
{
    db_cursor *c = query(s, slot, sql, n, p, err);
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

static const char *i64s(char *buf, int64_t v)
{
    snprintf(buf, 24, "%" PRId64, v);
    return buf;
}

/* ---- open and migrate ---- */

static bool migrate(store *s, bool writable, sitrep_error *err)
{
    int64_t version = 0;
    int have = first_int(s, -1,
                         s->pg ? "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_version'"
                                 " AND schemaname = current_schema()"
                               : "SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'",
                         0, NULL, &version, err);
    if (have < 0)
        return false;
    if (version > 0 && first_int(s, -1, "SELECT max(version) FROM schema_version", 0, NULL,
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
        first_int(s, -1, "SELECT coalesce(max(version), 0) FROM schema_version", 0, NULL,
                  &version, err) < 0)
        goto fail;
    const char *const *mig = s->pg ? pg_migrations : sqlite_migrations;
    for (int64_t v = version; v < STORE_SCHEMA_VERSION; v++) {
        if (!s->drv->exec(s->d, mig[v], err))
            goto fail;
        char vb[24];
        const char *p[1] = {i64s(vb, v + 1)};
        if (run(s, -1, "INSERT INTO schema_version(version) VALUES($1)", 1, p, err) < 0)
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
    s->drv->close(s->d);
    strmap_free(s->actors_seen);
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
            sha256_update(&c, fields[i], strlen(fields[i]));
        else
            sha256_update(&c, "\x01", 1);
        sha256_update(&c, "", 1);
    }
    if (text)
        sha256_update(&c, text, text_len);
    sha256_final_hex(&c, hex);
}

/* ---- adding documents ---- */

typedef struct rollup {
    int64_t events, mentions, quad[5];
    double goldstein;
} rollup;

typedef struct add_ctx {
    store *s;
    strmap *monthly, *dyads;
    strbuf copy; /* PostgreSQL: mention rows for COPY */
    char added_at[16], ingested_at[24];
    sitrep_error *err;
    bool failed;
} add_ctx;

static rollup *rollup_get(strmap *m, const char *key)
{
    rollup *r = strmap_get(m, key, strlen(key));
    if (!r) {
        r = xcalloc(1, sizeof *r);
        strmap_put(m, key, strlen(key), r);
    }
    return r;
}

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

static bool ensure_actor(add_ctx *a, const char *code, const char *country, const char *role)
{
    store *s = a->s;
    if (!code || strmap_get(s->actors_seen, code, strlen(code)))
        return true;
    const char *name = s->namer ? s->namer(code, s->namer_ctx) : NULL;
    const char *p[4] = {code, name, country && *country ? country : NULL,
                        role && *role ? role : NULL};
    /* A name replaces an older one (stores written before canonical names held the
     * matched words); the row count never changes. */
    if (run(s, S_ACTOR,
            "INSERT INTO actors(code, name, country, role) VALUES($1, $2, $3, $4)"
            " ON CONFLICT(code) DO UPDATE SET name = excluded.name"
            " WHERE excluded.name IS NOT NULL AND (actors.name IS NULL"
            " OR actors.name <> excluded.name)",
            4, p, a->err) < 0)
        return false;
    strmap_put(s->actors_seen, code, strlen(code), (void *)1);
    return true;
}

static const char *span_s(char *buf, int64_t v, const store_span *sp)
{
    if (sp->start < 0 || (sp->start == 0 && sp->end == 0))
        return NULL;
    return i64s(buf, v);
}

static bool same_key(const store_mention *x, const char *xd, const store_mention *y,
                     const char *yd)
{
    return strcmp(x->source, y->source) == 0 && strcmp(x->target, y->target) == 0 &&
           strcmp(x->cameo, y->cameo) == 0 && strcmp(xd, yd) == 0;
}

static const char *event_date(const store_mention *m, const store_document *doc)
{
    if (m->date && *m->date)
        return m->date;
    return doc->date && *doc->date ? doc->date : "";
}

static bool add_mention(add_ctx *a, const store_document *doc, int64_t doc_pk,
                        const store_mention *ms, size_t i)
{
    store *s = a->s;
    const store_mention *m = &ms[i];
    const char *date = event_date(m, doc);
    bool first_in_doc = true;
    for (size_t j = 0; j < i && first_in_doc; j++)
        if (same_key(&ms[j], event_date(&ms[j], doc), m, date))
            first_in_doc = false;
    const cameo_code *cc = cameo_lookup_nearest(m->cameo);
    char qb[8], gb[32];
    snprintf(qb, sizeof qb, "%d", cc ? cc->quad_class : 0);
    if (cc)
        snprintf(gb, sizeof gb, "%.6g", cc->goldstein);
    const char *seen = doc->date && *doc->date ? doc->date : NULL;

    int64_t ev_id = 0;
    const char *pi[15] = {m->source, m->target, m->cameo, date, cc ? cc->root : NULL, qb,
                          cc ? gb : NULL,
                          m->source_country && *m->source_country ? m->source_country : NULL,
                          m->source_role && *m->source_role ? m->source_role : NULL,
                          m->target_country && *m->target_country ? m->target_country : NULL,
                          m->target_role && *m->target_role ? m->target_role : NULL,
                          seen, a->added_at};
    int r = first_int(s, S_EV_INSERT,
                      "INSERT INTO events(source, target, cameo, date, root, quad_class, goldstein,"
                      " source_country, source_role, target_country, target_role, num_mentions,"
                      " num_documents, num_outlets, first_seen, last_seen, added_at)"
                      " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, 1, 0, $12, $12, $13)"
                      " ON CONFLICT(source, target, cameo, date) DO NOTHING RETURNING id",
                      13, pi, &ev_id, a->err);
    if (r < 0)
        return false;
    bool is_new = r == 1;
    if (!is_new) {
        const char *pu[6] = {m->source, m->target, m->cameo, date, first_in_doc ? "1" : "0", seen};
        r = first_int(s, S_EV_UPDATE,
                      "UPDATE events SET num_mentions = num_mentions + 1,"
                      " num_documents = num_documents + $5,"
                      " first_seen = CASE WHEN first_seen IS NULL OR $6 < first_seen THEN $6"
                      " ELSE first_seen END,"
                      " last_seen = CASE WHEN last_seen IS NULL OR $6 > last_seen THEN $6"
                      " ELSE last_seen END"
                      " WHERE source = $1 AND target = $2 AND cameo = $3 AND date = $4 RETURNING id",
                      6, pu, &ev_id, a->err);
        if (r <= 0)
            return r == 0 ? sitrep_error_set(a->err, "%s: event vanished during update", s->shown)
                          : false;
    }
    char eb[24];
    i64s(eb, ev_id);
    if (doc->outlet && *doc->outlet) {
        const char *po[2] = {eb, doc->outlet};
        long long ch = run(s, S_OUTLET,
                           "INSERT INTO event_outlets(event_id, outlet) VALUES($1, $2)"
                           " ON CONFLICT(event_id, outlet) DO NOTHING",
                           2, po, a->err);
        if (ch < 0)
            return false;
        if (ch > 0 && run(s, S_OUTLET_BUMP,
                          "UPDATE events SET num_outlets = num_outlets + 1 WHERE id = $1", 1, po,
                          a->err) < 0)
            return false;
    }

    char db_[24], sb[24], b[8][24], stb[8];
    snprintf(stb, sizeof stb, "%d", m->status);
    const char *pm[25] = {
        eb, i64s(db_, doc_pk), i64s(sb, m->sentence),
        span_s(b[0], m->sentence_span.start, &m->sentence_span),
        span_s(b[1], m->sentence_span.end, &m->sentence_span),
        span_s(b[2], m->source_span.start, &m->source_span),
        span_s(b[3], m->source_span.end, &m->source_span),
        span_s(b[4], m->target_span.start, &m->target_span),
        span_s(b[5], m->target_span.end, &m->target_span),
        span_s(b[6], m->verb_span.start, &m->verb_span),
        span_s(b[7], m->verb_span.end, &m->verb_span),
        m->source_text, m->target_text, m->verb_text, m->verb_entry, m->sentence_text,
        m->date && *m->date ? m->date : NULL, m->date_precision, m->date_text, stb,
        m->status_cue, m->said_by_code, m->said_by_text};
    if (s->pg) {
        for (int k = 0; k < 23; k++)
            copy_field(&a->copy, pm[k], k == 22);
    } else if (run(s, S_MENTION,
                   "INSERT INTO mentions(event_id, document_id, sentence, sentence_start,"
                   " sentence_end, source_start, source_end, target_start, target_end,"
                   " verb_start, verb_end, source_text, target_text, verb_text, verb_entry,"
                   " sentence_text, date, date_precision, date_text, status, status_cue,"
                   " said_by_code, said_by_text) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9,"
                   " $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)",
                   23, pm, a->err) < 0) {
        return false;
    }

    if (!ensure_actor(a, m->source, m->source_country, m->source_role) ||
        !ensure_actor(a, m->target, m->target_country, m->target_role) ||
        !ensure_actor(a, m->said_by_code, NULL, NULL))
        return false;

    char key[512];
    int q = cc ? cc->quad_class : 0;
    snprintf(key, sizeof key, "%.7s\t%d", date, q);
    rollup *mo = rollup_get(a->monthly, key);
    snprintf(key, sizeof key, "%s\t%s", m->source, m->target);
    rollup *dy = rollup_get(a->dyads, key);
    mo->mentions++;
    dy->mentions++;
    if (is_new) {
        mo->events++;
        dy->events++;
        dy->quad[q]++;
        if (cc) {
            mo->goldstein += cc->goldstein;
            dy->goldstein += cc->goldstein;
        }
    }
    return true;
}

static void flush_monthly(const char *key, size_t len, void *value, void *ctx)
{
    add_ctx *a = ctx;
    rollup *r = value;
    if (!a->failed) {
        char month[16], q[8], e[24], m[24], g[32];
        const char *tab = memchr(key, '\t', len);
        snprintf(month, sizeof month, "%.*s", (int)(tab - key), key);
        snprintf(q, sizeof q, "%.*s", (int)(len - (size_t)(tab + 1 - key)), tab + 1);
        snprintf(g, sizeof g, "%.17g", r->goldstein);
        const char *p[5] = {month, q, i64s(e, r->events), i64s(m, r->mentions), g};
        if (run(a->s, S_MONTHLY,
                "INSERT INTO monthly(month, quad_class, events, mentions, goldstein)"
                " VALUES($1, $2, $3, $4, $5) ON CONFLICT(month, quad_class) DO UPDATE SET"
                " events = monthly.events + excluded.events,"
                " mentions = monthly.mentions + excluded.mentions,"
                " goldstein = monthly.goldstein + excluded.goldstein",
                5, p, a->err) < 0)
            a->failed = true;
    }
    free(r);
}

static void flush_dyad(const char *key, size_t len, void *value, void *ctx)
{
    add_ctx *a = ctx;
    rollup *r = value;
    if (!a->failed) {
        const char *tab = memchr(key, '\t', len);
        char *src = xstrndup(key, (size_t)(tab - key));
        char *tgt = xstrndup(tab + 1, len - (size_t)(tab + 1 - key));
        char e[24], m[24], qb[5][24], g[32];
        snprintf(g, sizeof g, "%.17g", r->goldstein);
        const char *p[10] = {src, tgt, i64s(e, r->events), i64s(m, r->mentions),
                             i64s(qb[0], r->quad[0]), i64s(qb[1], r->quad[1]),
                             i64s(qb[2], r->quad[2]), i64s(qb[3], r->quad[3]),
                             i64s(qb[4], r->quad[4]), g};
        if (run(a->s, S_DYAD,
                "INSERT INTO dyads(source, target, events, mentions, q0, q1, q2, q3, q4, goldstein)"
                " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
                " ON CONFLICT(source, target) DO UPDATE SET"
                " events = dyads.events + excluded.events,"
                " mentions = dyads.mentions + excluded.mentions,"
                " q0 = dyads.q0 + excluded.q0, q1 = dyads.q1 + excluded.q1,"
                " q2 = dyads.q2 + excluded.q2, q3 = dyads.q3 + excluded.q3,"
                " q4 = dyads.q4 + excluded.q4, goldstein = dyads.goldstein + excluded.goldstein",
                10, p, a->err) < 0)
            a->failed = true;
        free(src);
        free(tgt);
    }
    free(r);
}

bool store_add_documents(store *s, const store_doc_entry *d, size_t n, size_t *added,
                         size_t *mentions_added, sitrep_error *err)
{
    add_ctx a = {.s = s, .monthly = strmap_new(), .dyads = strmap_new(), .err = err};
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(a.added_at, sizeof a.added_at, "%Y%m%d%H%M%S", &tm);
    strftime(a.ingested_at, sizeof a.ingested_at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    size_t nadded = 0, nment = 0;
    for (size_t i = 0; i < n && !a.failed; i++) {
        const store_document *doc = &d[i].doc;
        const char *p[8] = {doc->hash, doc->doc_id ? doc->doc_id : "", doc->date, doc->outlet,
                            doc->url, doc->title, doc->origin, a.ingested_at};
        int64_t pk = 0;
        int r = first_int(s, S_DOC,
                          "INSERT INTO documents(hash, doc_id, date, outlet, url, title, origin,"
                          " ingested_at) VALUES($1, $2, $3, $4, $5, $6, $7, $8)"
                          " ON CONFLICT(hash) DO NOTHING RETURNING id",
                          8, p, &pk, err);
        if (r < 0) {
            a.failed = true;
            break;
        }
        if (r == 0)
            continue; /* already stored */
        nadded++;
        for (size_t k = 0; k < d[i].nmentions; k++) {
            const store_mention *m = &d[i].mentions[k];
            if (!m->source || !m->target || !m->cameo)
                continue;
            if (!add_mention(&a, doc, pk, d[i].mentions, k)) {
                a.failed = true;
                break;
            }
            nment++;
        }
    }
    strmap_each(a.monthly, flush_monthly, &a);
    strmap_each(a.dyads, flush_dyad, &a);
    strmap_free(a.monthly);
    strmap_free(a.dyads);
    if (!a.failed && s->pg && a.copy.len &&
        !s->drv->copy_in(s->d,
                         "mentions(event_id, document_id, sentence, sentence_start, sentence_end,"
                         " source_start, source_end, target_start, target_end, verb_start,"
                         " verb_end, source_text, target_text, verb_text, verb_entry,"
                         " sentence_text, date, date_precision, date_text, status, status_cue,"
                         " said_by_code, said_by_text)",
                         a.copy.data, a.copy.len, err))
        a.failed = true;
    strbuf_free(&a.copy);
    if (added)
        *added = a.failed ? 0 : nadded;
    if (mentions_added)
        *mentions_added = a.failed ? 0 : nment;
    return !a.failed;
}

/* ---- queries ---- */

void store_filter_init(store_filter *f)
{
    memset(f, 0, sizeof *f);
    f->status = -1;
}

typedef struct qbuild {
    strbuf sql;
    char *params[48];
    char names[48][16];
    int n;
} qbuild;

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

static void cond_prefix(qbuild *q, const char *col, const char *prefix)
{
    char *hi = prefix_end(prefix);
    const char *a = qparam(q, prefix);
    const char *b = qparam(q, hi);
    strbuf_printf(&q->sql, "(%s >= %s AND %s < %s)", col, a, col, b);
    free(hi);
}

static void add_where(qbuild *q, bool *first)
{
    strbuf_puts(&q->sql, *first ? " WHERE " : " AND ");
    *first = false;
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
    strbuf_puts(&q.sql, s->pg ? " (SELECT string_agg(o.outlet, '; ' ORDER BY o.outlet)"
                                " FROM event_outlets o WHERE o.event_id = e.id),"
                              : " (SELECT group_concat(outlet, '; ') FROM (SELECT o.outlet FROM"
                                " event_outlets o WHERE o.event_id = e.id ORDER BY o.outlet)),");
    strbuf_puts(&q.sql,
                " (SELECT d.url FROM mentions m JOIN documents d ON d.id = m.document_id"
                " WHERE m.event_id = e.id ORDER BY m.id LIMIT 1),"
                " (SELECT d.doc_id FROM mentions m JOIN documents d ON d.id = m.document_id"
                " WHERE m.event_id = e.id ORDER BY m.id LIMIT 1),"
                " (SELECT m.sentence FROM mentions m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1),");
    /* who said so: the distinct claimants of its mentions (code, else name) */
    strbuf_puts(&q.sql, s->pg ? " (SELECT string_agg(DISTINCT COALESCE(m.said_by_code,"
                                " m.said_by_text), '; ' ORDER BY COALESCE(m.said_by_code,"
                                " m.said_by_text)) FROM mentions m WHERE m.event_id = e.id)"
                              : " (SELECT group_concat(c, '; ') FROM (SELECT DISTINCT"
                                " COALESCE(m.said_by_code, m.said_by_text) AS c FROM mentions m"
                                " WHERE m.event_id = e.id AND COALESCE(m.said_by_code,"
                                " m.said_by_text) IS NOT NULL ORDER BY 1))");
    strbuf_puts(&q.sql,
                " FROM events e LEFT JOIN actors sa ON sa.code = e.source"
                " LEFT JOIN actors ta ON ta.code = e.target");
    bool first = true;
    if (f && f->actor) {
        add_where(&q, &first);
        strbuf_puts(&q.sql, "(");
        cond_prefix(&q, "e.source", f->actor);
        strbuf_puts(&q.sql, " OR ");
        cond_prefix(&q, "e.target", f->actor);
        strbuf_puts(&q.sql, ")");
    }
    if (f && f->dyad[0] && f->dyad[1]) {
        add_where(&q, &first);
        strbuf_puts(&q.sql, "((");
        cond_prefix(&q, "e.source", f->dyad[0]);
        strbuf_puts(&q.sql, " AND ");
        cond_prefix(&q, "e.target", f->dyad[1]);
        strbuf_puts(&q.sql, ") OR (");
        cond_prefix(&q, "e.source", f->dyad[1]);
        strbuf_puts(&q.sql, " AND ");
        cond_prefix(&q, "e.target", f->dyad[0]);
        strbuf_puts(&q.sql, "))");
    }
    if (f && f->country) {
        add_where(&q, &first);
        const char *p = qparam(&q, f->country);
        strbuf_printf(&q.sql, "(e.source_country = %s OR e.target_country = %s)", p, p);
    }
    if (f && f->code) {
        add_where(&q, &first);
        cond_prefix(&q, "e.cameo", f->code);
    }
    if (f && f->root) {
        add_where(&q, &first);
        strbuf_printf(&q.sql, "e.root = %s", qparam(&q, f->root));
    }
    if (f && f->quad) {
        char b[16];
        snprintf(b, sizeof b, "%d", f->quad);
        add_where(&q, &first);
        strbuf_printf(&q.sql, "e.quad_class = %s", qparam(&q, b));
    }
    if (f && f->status >= 0) {
        char b[16];
        snprintf(b, sizeof b, "%d", f->status);
        add_where(&q, &first);
        strbuf_printf(&q.sql, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND"
                              " m.status = %s)", qparam(&q, b));
    }
    if (f && f->from) {
        add_where(&q, &first);
        strbuf_printf(&q.sql, "e.date >= %s", qparam(&q, f->from));
    }
    if (f && f->to) {
        add_where(&q, &first);
        strbuf_printf(&q.sql, "e.date <> '' AND e.date <= %s", qparam(&q, f->to));
    }
    if (f && f->said_by) {
        add_where(&q, &first);
        strbuf_puts(&q.sql, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND ");
        cond_prefix(&q, "m.said_by_code", f->said_by);
        strbuf_puts(&q.sql, ")");
    }
    if (f && f->outlet) {
        add_where(&q, &first);
        strbuf_printf(&q.sql, "EXISTS (SELECT 1 FROM event_outlets o WHERE o.event_id = e.id"
                              " AND o.outlet = %s)", qparam(&q, f->outlet));
    }
    strbuf_puts(&q.sql, " ORDER BY e.date, e.id");
    if (f && f->limit > 0) {
        char b[24];
        strbuf_printf(&q.sql, " LIMIT %s", qparam(&q, i64s(b, f->limit)));
    }
    db_cursor *c = query(s, -1, q.sql.data, q.n, (const char *const *)q.params, err);
    bool ok = c != NULL;
    int r = 0;
    while (ok && (r = s->drv->next(c, err)) == 1) {
        store_event_row row;
        const char *v;
#define COL(i) s->drv->col(c, i)
        row.id = strtoll(COL(0), NULL, 10);
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
        row.quad_class = (v = COL(12)) ? atoi(v) : 0;
        row.has_goldstein = (v = COL(13)) != NULL;
        row.goldstein = v ? strtod(v, NULL) : 0.0;
        row.num_mentions = (v = COL(14)) ? strtoll(v, NULL, 10) : 0;
        row.num_documents = (v = COL(15)) ? strtoll(v, NULL, 10) : 0;
        row.num_outlets = (v = COL(16)) ? strtoll(v, NULL, 10) : 0;
        row.first_seen = COL(17);
        row.last_seen = COL(18);
        row.added_at = COL(19);
        row.status = (v = COL(20)) ? atoi(v) : 0;
        row.outlets = (v = COL(21)) ? v : "";
        row.url = COL(22);
        row.first_doc_id = COL(23);
        row.first_sentence = (v = COL(24)) ? strtoll(v, NULL, 10) : 0;
        row.claimants = (v = COL(25)) ? v : "";
#undef COL
        if (fn(&row, ctx))
            break;
    }
    if (r < 0)
        ok = false;
    if (c)
        s->drv->done(c);
    for (int i = 0; i < q.n; i++)
        free(q.params[i]);
    strbuf_free(&q.sql);
    return ok;
}

bool store_query_monthly(store *s, store_month_fn fn, void *ctx, sitrep_error *err)
{
    db_cursor *c = query(s, -1,
                         "SELECT month, quad_class, events, mentions, goldstein FROM monthly"
                         " ORDER BY month, quad_class",
                         0, NULL, err);
    if (!c)
        return false;
    int r;
    while ((r = s->drv->next(c, err)) == 1) {
        store_month_row row = {s->drv->col(c, 0), atoi(s->drv->col(c, 1)),
                               strtoll(s->drv->col(c, 2), NULL, 10),
                               strtoll(s->drv->col(c, 3), NULL, 10),
                               strtod(s->drv->col(c, 4), NULL)};
        if (fn(&row, ctx))
            break;
    }
    s->drv->done(c);
    return r >= 0;
}

bool store_query_dyads(store *s, int64_t limit, store_dyad_fn fn, void *ctx, sitrep_error *err)
{
    char b[24];
    const char *p[1] = {i64s(b, limit > 0 ? limit : INT64_MAX)};
    db_cursor *c = query(s, -1,
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

bool store_get_actor(store *s, const char *code, store_actor_row *row, sitrep_error *err)
{
    memset(row, 0, sizeof *row);
    const char *p[1] = {code};
    db_cursor *c = query(s, S_ACTOR_GET,
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
    static const char *const tables[7] = {"documents", "mentions", "events", "actors",
                                          "event_outlets", "monthly", "dyads"};
    int64_t *dst[7] = {&out->documents, &out->mentions, &out->events, &out->actors,
                       &out->event_outlets, &out->monthly, &out->dyads};
    for (int i = 0; i < 7; i++) {
        char sql[64];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", tables[i]);
        if (first_int(s, -1, sql, 0, NULL, dst[i], err) < 0)
            return false;
    }
    return true;
}
