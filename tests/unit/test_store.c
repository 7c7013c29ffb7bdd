/* test_store.c: the event store, every test against SQLite (a temporary folder) and, when
 * SITREP_PG_URL names a server, against PostgreSQL (a fresh database per run). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "base/strbuf.h"
#include "store/store.h"
#include "store/store_export.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char sqlite_dir[256];
static char pg_location[1024];
static int sqlite_seq;

/* A fresh, empty store location for the backend under test. */
typedef struct backend {
    bool pg;
} backend;

static char *fresh_location(const backend *b)
{
    static char loc[1024];
    if (!b->pg) {
        snprintf(loc, sizeof loc, "%s/t%d.db", sqlite_dir, ++sqlite_seq);
        return loc;
    }
    /* Empty the database: drop the store's tables. */
    PGconn *c = PQconnectdb(pg_location);
    assert_int_equal(PQstatus(c), CONNECTION_OK);
    PGresult *r = PQexec(c, "SET client_min_messages = warning; DROP TABLE IF EXISTS mentions,"
                            " event_outlets, events, documents, actors, monthly, dyads,"
                            " row_counts, actor_countries, schema_version CASCADE");
    assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
    PQclear(r);
    PQfinish(c);
    snprintf(loc, sizeof loc, "%s", pg_location);
    return loc;
}

static store_mention mention(const char *src, const char *tgt, const char *code, const char *date)
{
    store_mention m;
    memset(&m, 0, sizeof m);
    m.source = src;
    m.target = tgt;
    m.cameo = code;
    m.source_country = "";
    m.date = date;
    m.date_precision = date ? "day" : NULL;
    m.sentence_text = "Freedonia met Sylvania.";
    m.sentence_span = (store_span){0, 23};
    m.source_span = (store_span){0, 9};
    m.target_span = (store_span){14, 22};
    m.verb_span = (store_span){10, 13};
    return m;
}

static store_doc_entry doc(const char *id, const char *date, const char *outlet,
                           const store_mention *m, size_t n, char hash[65])
{
    store_content_hash(id, date, outlet, NULL, NULL, id, strlen(id), hash);
    store_doc_entry d = {{hash, id, date, outlet, "https://example.org/a", "title", id}, m, n};
    return d;
}

static store_counts counts(store *s)
{
    store_counts c;
    sitrep_error err;
    assert_true(store_query_counts(s, &c, &err));
    return c;
}

static void add(store *s, const store_doc_entry *d, size_t n, size_t *added)
{
    sitrep_error err;
    bool ok = store_begin(s, &err) && store_add_documents(s, d, n, added, NULL, &err) &&
              store_commit(s, &err);
    if (!ok)
        fail_msg("%s", err.message);
}

/* Three documents: A and B (outlets X and Y) both report FRE->SYL 040 on 2024-01-02; C
 * (outlet X again) reports it too plus SYL->FRE 112 on 2024-02-05. */
static store *filled(const backend *b)
{
    sitrep_error err;
    store *s = store_open(fresh_location(b), true, &err);
    if (!s)
        fail_msg("%s", err.message);
    static store_mention ma[1], mb[1], mc[3];
    ma[0] = mention("FREGOV", "SYL", "040", "2024-01-02");
    mb[0] = mention("FREGOV", "SYL", "040", "2024-01-02");
    mc[0] = mention("FREGOV", "SYL", "040", "2024-01-02");
    mc[1] = mention("SYLMIL", "FRE", "112", NULL);
    mc[1].status = 1;
    mc[1].said_by_code = "SYLGOV";
    mc[2] = mention("FREGOV", "SYL", "040", "2024-01-02"); /* same document again */
    static char h[3][65];
    store_doc_entry d[3] = {doc("a", "2024-01-03", "X", ma, 1, h[0]),
                            doc("b", "2024-01-04", "Y", mb, 1, h[1]),
                            doc("c", "2024-02-05", "X", mc, 3, h[2])};
    size_t added = 0;
    add(s, d, 3, &added);
    assert_int_equal(added, 3);
    return s;
}

static void test_open_empty(void **state)
{
    const backend *b = *state;
    sitrep_error err;
    const char *loc = fresh_location(b);
    if (!b->pg) /* reading a store that does not exist is an error */
        assert_null(store_open(loc, false, &err));
    store *s = store_open(loc, true, &err);
    assert_non_null(s);
    store_counts c = counts(s);
    assert_int_equal(c.documents + c.events + c.mentions + c.actors, 0);
    store_close(s);
    s = store_open(loc, false, &err); /* now it exists */
    assert_non_null(s);
    store_close(s);
}

typedef struct got {
    int n;
    store_event_row r;
    char first[16], last[16], outlets[64];
} got;

static int got_fn(const store_event_row *r, void *ctx)
{
    got *g = ctx;
    g->n++;
    g->r = *r;
    snprintf(g->first, sizeof g->first, "%s", r->first_seen ? r->first_seen : "");
    snprintf(g->last, sizeof g->last, "%s", r->last_seen ? r->last_seen : "");
    snprintf(g->outlets, sizeof g->outlets, "%s", r->outlets);
    return 0;
}

/* The events of code 040 (from `outlet` when not NULL): how many, and the last one. */
static got events_040(store *s, const char *outlet)
{
    store_filter f;
    store_filter_init(&f);
    f.code = "040";
    f.outlet = outlet;
    got g = {0};
    sitrep_error err;
    assert_true(store_query_events(s, &f, got_fn, &g, &err));
    return g;
}

static void test_merge_counts(void **state)
{
    store *s = filled(*state);
    store_counts c = counts(s);
    assert_int_equal(c.documents, 3);
    assert_int_equal(c.mentions, 5);
    assert_int_equal(c.events, 2);
    assert_int_equal(c.actors, 5); /* FREGOV SYL SYLMIL FRE SYLGOV */
    got g = events_040(s, NULL);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.r.num_mentions, 4);
    assert_int_equal(g.r.num_documents, 3);
    assert_int_equal(g.r.num_outlets, 2);
    assert_string_equal(g.first, "2024-01-03");
    assert_string_equal(g.last, "2024-02-05");
    assert_string_equal(g.outlets, "X; Y");
    assert_int_equal(g.r.quad_class, 1);
    store_close(s);
}

/* A stored event met again in later batches: a new outlet is counted, a known one is not,
 * and the outlet filter finds the event by either. */
static void test_merge_outlets_later(void **state)
{
    store *s = filled(*state);
    store_mention m1[1] = {mention("FREGOV", "SYL", "040", "2024-01-02")};
    store_mention m2[1] = {mention("FREGOV", "SYL", "040", "2024-01-02")};
    char h[2][65];
    store_doc_entry d1 = doc("d", "2024-03-01", "Z", m1, 1, h[0]);
    store_doc_entry d2 = doc("e", "2024-03-02", "Y", m2, 1, h[1]);
    size_t added = 0;
    add(s, &d1, 1, &added);
    add(s, &d2, 1, &added);
    got g = events_040(s, NULL);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.r.num_mentions, 6);
    assert_int_equal(g.r.num_documents, 5);
    assert_int_equal(g.r.num_outlets, 3);
    assert_string_equal(g.outlets, "X; Y; Z");
    assert_string_equal(g.last, "2024-03-02");
    assert_int_equal(events_040(s, "Z").n, 1);
    assert_int_equal(events_040(s, "W").n, 0);
    store_close(s);
}

static void test_reingest_noop(void **state)
{
    store *s = filled(*state);
    store_counts before = counts(s);
    store_mention m = mention("FREGOV", "SYL", "040", "2024-01-02");
    char h[65];
    store_doc_entry d = doc("a", "2024-01-03", "X", &m, 1, h);
    size_t added = 9;
    add(s, &d, 1, &added);
    assert_int_equal(added, 0);
    store_counts after = counts(s);
    assert_memory_equal(&before, &after, sizeof before);
    store_close(s);
}

static void test_rollback(void **state)
{
    store *s = filled(*state);
    store_counts before = counts(s);
    store_mention m = mention("ABC", "DEF", "190", "2024-03-01");
    char h[65];
    store_doc_entry d = doc("z", "2024-03-01", "Z", &m, 1, h);
    sitrep_error err;
    assert_true(store_begin(s, &err));
    assert_true(store_add_documents(s, &d, 1, NULL, NULL, &err));
    store_rollback(s);
    store_counts after = counts(s);
    assert_memory_equal(&before, &after, sizeof before);
    /* the actors of the undone batch come back when added again */
    add(s, &d, 1, NULL);
    assert_int_equal(counts(s).actors, before.actors + 2);
    store_close(s);
}

static int count_fn(const store_event_row *r, void *ctx)
{
    (void)r;
    (*(int *)ctx)++;
    return 0;
}

static int query_count(store *s, const store_filter *f)
{
    int n = 0;
    sitrep_error err;
    if (!store_query_events(s, f, count_fn, &n, &err))
        fail_msg("%s", err.message);
    return n;
}

static void test_filters(void **state)
{
    store *s = filled(*state);
    store_filter f;
    store_filter_init(&f);
    assert_int_equal(query_count(s, &f), 2);
    f.actor = "FRE"; /* prefix: FREGOV and FRE */
    assert_int_equal(query_count(s, &f), 2);
    f.actor = "FREG";
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.dyad[0] = "SYL";
    f.dyad[1] = "FRE";
    assert_int_equal(query_count(s, &f), 2);
    store_filter_init(&f);
    f.quad = 3;
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.root = "04";
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.status = 1;
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.said_by = "SYL";
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.outlet = "Y";
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.from = "2024-02-01";
    assert_int_equal(query_count(s, &f), 1); /* the undated 112 takes its document's date */
    f.from = NULL;
    f.to = "2024-01-31";
    assert_int_equal(query_count(s, &f), 1);
    store_filter_init(&f);
    f.limit = 1;
    assert_int_equal(query_count(s, &f), 1);
    store_close(s);
}

static int month_fn(const store_month_row *r, void *ctx)
{
    strbuf *b = ctx;
    strbuf_printf(b, "%s/%d/%lld/%lld;", r->month, r->quad_class, (long long)r->events,
                  (long long)r->mentions);
    return 0;
}

static int dyad_fn(const store_dyad_row *r, void *ctx)
{
    strbuf *b = ctx;
    strbuf_printf(b, "%s>%s/%lld/%lld/q3=%lld/%.1f;", r->source, r->target, (long long)r->events,
                  (long long)r->mentions, (long long)r->quad[3], r->goldstein);
    return 0;
}

static void test_rollups(void **state)
{
    store *s = filled(*state);
    strbuf b = {0};
    sitrep_error err;
    assert_true(store_query_monthly(s, month_fn, &b, &err));
    assert_string_equal(b.data, "2024-01/1/1/4;2024-02/3/1/1;");
    strbuf_clear(&b);
    assert_true(store_query_dyads(s, 0, dyad_fn, &b, &err));
    assert_string_equal(b.data, "FREGOV>SYL/1/4/q3=0/1.0;SYLMIL>FRE/1/1/q3=1/-2.0;");
    strbuf_free(&b);
    store_close(s);
}

/* A batch whose mentions meet their events in an order far from key order (the writer
 * sorts the events by key and looks each mention's event up by its place in that order),
 * over several batches so that later ones merge into stored events: every mention must
 * hang under its own event, and the monthly rollup must count each event once. */
enum { SCR_KEYS = 24, SCR_DOCS = 40, SCR_PER_DOC = 5 };
static const char *const scr_src[4] = {"AAA", "BBBGOV", "CCC", "DDDMIL"};
static const char *const scr_code[3] = {"040", "112", "190"};
static const char *const scr_date[2] = {"2024-03-30", "2024-04-02"};

static int scr_quad(const char *code)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

static void scr_key(int k, const char **src, const char **tgt, const char **code,
                    const char **date)
{
    *src = scr_src[k % 4];
    *tgt = scr_src[(k / 4 + k % 4 + 1) % 4];
    *code = scr_code[k % 3];
    *date = scr_date[k / 12];
}

typedef struct scr_check {
    store *s;
    int64_t mentions[SCR_KEYS];
    int events;
} scr_check;

static int scr_mention_fn(const store_mention_row *r, void *ctx)
{
    const char *want = ctx;
    assert_string_equal(r->source_text, want);
    return 0;
}

static int scr_event_fn(const store_event_row *r, void *ctx)
{
    scr_check *c = ctx;
    int k = 0;
    for (; k < SCR_KEYS; k++) {
        const char *src, *tgt, *code, *date;
        scr_key(k, &src, &tgt, &code, &date);
        if (!strcmp(r->source, src) && !strcmp(r->target, tgt) && !strcmp(r->cameo, code) &&
            !strcmp(r->date, date))
            break;
    }
    assert_true(k < SCR_KEYS);
    assert_int_equal(r->num_mentions, c->mentions[k]);
    char want[8];
    snprintf(want, sizeof want, "e%d", k);
    sitrep_error err;
    assert_true(store_query_mentions(c->s, r->id, 0, scr_mention_fn, want, &err));
    c->events++;
    return 0;
}

static void test_scrambled_batch(void **state)
{
    sitrep_error err;
    store *s = store_open(fresh_location(*state), true, &err);
    if (!s)
        fail_msg("%s", err.message);
    static store_mention m[SCR_DOCS][SCR_PER_DOC];
    static char text[SCR_DOCS][SCR_PER_DOC][8], ids[SCR_DOCS][16], h[SCR_DOCS][65];
    store_doc_entry d[SCR_DOCS];
    scr_check c = {.s = s};
    for (int i = 0; i < SCR_DOCS; i++) {
        for (int j = 0; j < SCR_PER_DOC; j++) {
            int k = (i * 7 + j * 13 + (i * j) % 5) % SCR_KEYS;
            const char *src, *tgt, *code, *date;
            scr_key(k, &src, &tgt, &code, &date);
            m[i][j] = mention(src, tgt, code, date);
            snprintf(text[i][j], sizeof text[i][j], "e%d", k);
            m[i][j].source_text = text[i][j];
            c.mentions[k]++;
        }
        snprintf(ids[i], sizeof ids[i], "scr%d", i);
        d[i] = doc(ids[i], "2024-04-03", i % 2 ? "X" : "Y", m[i], SCR_PER_DOC, h[i]);
    }
    /* three batches: the first creates events, the others merge into them */
    size_t added = 0, more = 0;
    add(s, d, 16, &added);
    add(s, d + 16, 12, &more);
    added += more;
    add(s, d + 28, SCR_DOCS - 28, &more);
    added += more;
    assert_int_equal(added, SCR_DOCS);
    assert_true(store_query_events(s, NULL, scr_event_fn, &c, &err));
    int keys = 0;
    for (int k = 0; k < SCR_KEYS; k++)
        keys += c.mentions[k] > 0;
    assert_int_equal(c.events, keys);
    /* the monthly rollup: each event once, in its month and quad class */
    int64_t ev[2][5] = {{0}}, me[2][5] = {{0}};
    for (int k = 0; k < SCR_KEYS; k++) {
        if (!c.mentions[k])
            continue;
        const char *src, *tgt, *code, *date;
        scr_key(k, &src, &tgt, &code, &date);
        ev[k / 12][scr_quad(code)]++;
        me[k / 12][scr_quad(code)] += c.mentions[k];
    }
    strbuf want = {0}, rows = {0};
    for (int mo = 0; mo < 2; mo++)
        for (int q = 1; q <= 4; q++)
            if (ev[mo][q])
                strbuf_printf(&want, "2024-0%d/%d/%lld/%lld;", mo + 3, q, (long long)ev[mo][q],
                              (long long)me[mo][q]);
    assert_true(store_query_monthly(s, month_fn, &rows, &err));
    assert_string_equal(rows.data, want.data);
    strbuf_free(&want);
    strbuf_free(&rows);
    store_close(s);
}

typedef struct exp_ctx {
    export_format f;
    strbuf out;
} exp_ctx;

static int export_fn(const store_event_row *r, void *ctx)
{
    exp_ctx *e = ctx;
    export_row(&e->out, e->f, r);
    return 0;
}

static void check_columns(store *s, export_format f, int want)
{
    exp_ctx e = {f, {0}};
    sitrep_error err;
    assert_true(store_query_events(s, NULL, export_fn, &e, &err));
    int lines = 0;
    for (char *line = e.out.data; line && *line;) {
        char *nl = strchr(line, '\n');
        assert_non_null(nl);
        int cols = 1;
        for (char *p = line; p < nl; p++)
            cols += *p == '\t';
        assert_int_equal(cols, want);
        lines++;
        line = nl + 1;
    }
    assert_int_equal(lines, 2);
    strbuf_free(&e.out);
}

static void test_exports(void **state)
{
    store *s = filled(*state);
    check_columns(s, EXPORT_GDELT, EXPORT_GDELT_COLUMNS);
    check_columns(s, EXPORT_PHOENIX, EXPORT_PHOENIX_COLUMNS);
    export_format f;
    assert_false(export_format_parse("gdelt1", &f));
    assert_true(export_format_parse("phoenix", &f));
    assert_int_equal(export_penta_class("14"), 4);
    assert_int_equal(export_penta_class("09"), 3);
    store_close(s);
}

static void test_actor(void **state)
{
    store *s = filled(*state);
    store_actor_row a;
    sitrep_error err;
    assert_true(store_get_actor(s, "FREGOV", &a, &err));
    assert_string_equal(a.code, "FREGOV");
    assert_false(store_get_actor(s, "NOPE", &a, &err));
    store_close(s);
}

static void test_sqlite_bad_files(void **state)
{
    (void)state;
    char path[512];
    sitrep_error err;
    snprintf(path, sizeof path, "%s/not-a-db.db", sqlite_dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("this is not a database, just text long enough to fill a header........\n", f);
    fclose(f);
    assert_null(store_open(path, true, &err));
    assert_non_null(strstr(err.message, "not a SQLite database"));
    assert_null(store_open(sqlite_dir, true, &err));
    assert_null(store_open("/nonexistent-folder/x.db", true, &err));
    assert_non_null(strstr(err.message, "/nonexistent-folder/x.db"));
}

static void test_hash(void **state)
{
    (void)state;
    char a[65], b[65];
    store_content_hash("id", "2024-01-01", NULL, NULL, NULL, "abc", 3, a);
    store_content_hash("id", "2024-01-01", NULL, NULL, NULL, "abd", 3, b);
    assert_int_equal(strlen(a), 64);
    assert_string_not_equal(a, b);
    assert_true(store_location_is_postgres("postgresql://x/y"));
    assert_true(store_location_is_postgres("postgres://x"));
    assert_false(store_location_is_postgres("sitrep.db"));
}

int main(void)
{
    snprintf(sqlite_dir, sizeof sqlite_dir, "/tmp/sitrep-store-test-XXXXXX");
    if (!mkdtemp(sqlite_dir)) {
        perror("mkdtemp");
        return 1;
    }
    static backend sq = {false}, pg = {true};
    const struct CMUnitTest sqlite_tests[] = {
        cmocka_unit_test_prestate(test_open_empty, &sq),
        cmocka_unit_test_prestate(test_merge_counts, &sq),
        cmocka_unit_test_prestate(test_merge_outlets_later, &sq),
        cmocka_unit_test_prestate(test_reingest_noop, &sq),
        cmocka_unit_test_prestate(test_rollback, &sq),
        cmocka_unit_test_prestate(test_filters, &sq),
        cmocka_unit_test_prestate(test_rollups, &sq),
        cmocka_unit_test_prestate(test_scrambled_batch, &sq),
        cmocka_unit_test_prestate(test_exports, &sq),
        cmocka_unit_test_prestate(test_actor, &sq),
        cmocka_unit_test(test_sqlite_bad_files),
        cmocka_unit_test(test_hash),
    };
    int failed = cmocka_run_group_tests_name("store (SQLite)", sqlite_tests, NULL, NULL);

    const char *url = getenv("SITREP_PG_URL");
    if (!url || !*url) {
        printf("store (PostgreSQL): skipped (set SITREP_PG_URL to run the store tests against a "
               "server; .ci/run starts one)\n");
    } else {
        /* A database of our own, so that parallel tests do not meet. */
        PGconn *c = PQconnectdb(url);
        if (PQstatus(c) != CONNECTION_OK) {
            fprintf(stderr, "cannot connect to SITREP_PG_URL: %s", PQerrorMessage(c));
            return 1;
        }
        char dbname[64];
        snprintf(dbname, sizeof dbname, "sitrep_unit_%d", (int)getpid());
        char sql[128];
        snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
        PGresult *r = PQexec(c, sql);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            fprintf(stderr, "cannot create a test database: %s", PQresultErrorMessage(r));
            return 1;
        }
        PQclear(r);
        snprintf(pg_location, sizeof pg_location, "dbname=%s host=%s port=%s user=%s", dbname,
                 PQhost(c), PQport(c), PQuser(c));
        const struct CMUnitTest pg_tests[] = {
            cmocka_unit_test_prestate(test_open_empty, &pg),
            cmocka_unit_test_prestate(test_merge_counts, &pg),
            cmocka_unit_test_prestate(test_merge_outlets_later, &pg),
            cmocka_unit_test_prestate(test_reingest_noop, &pg),
            cmocka_unit_test_prestate(test_rollback, &pg),
            cmocka_unit_test_prestate(test_filters, &pg),
            cmocka_unit_test_prestate(test_rollups, &pg),
            cmocka_unit_test_prestate(test_scrambled_batch, &pg),
            cmocka_unit_test_prestate(test_exports, &pg),
            cmocka_unit_test_prestate(test_actor, &pg),
        };
        failed += cmocka_run_group_tests_name("store (PostgreSQL)", pg_tests, NULL, NULL);
        snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", dbname);
        PQclear(PQexec(c, sql));
        PQfinish(c);
    }
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", sqlite_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", sqlite_dir);
    return failed ? 1 : 0;
}
