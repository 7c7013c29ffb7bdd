/* test_api.c: the public interface (include/sitrep.h) as a program using it sees it:
 * loading our lexicon and the model, coding an article into event records, the errors
 * (codes, messages naming the input, the table of texts and exit statuses), coding many
 * articles on threads (the same events whatever the number, failures named), and the store
 * handle (ingest once, re-ingest changes nothing, query with a filter, actors named). Only
 * sitrep.h is included of ours (the store file is read back with SQLite itself). Tests
 * that need the model skip without it. */
#include <sitrep.h>

#include <sqlite3.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char article_text[] =
    "Canada imposed new economic sanctions on Belarus on Tuesday, the foreign ministry "
    "said.\n\nThe Philippine defence department said France may provide military aid "
    "to the Philippines.\n";

typedef struct fixture {
    sitrep_resources *res;
    sitrep_coder *coder;
} fixture;

static int setup(void **state)
{
    static fixture f;
    sitrep_error err;
    if (sitrep_resources_load(NULL, &f.res, &err) != SITREP_OK) {
        /* the model is the one thing a checkout may lack (make model) */
        print_message("skipping: %s\n", err.message);
        f.res = NULL;
    } else if (sitrep_coder_new(f.res, &f.coder, &err) != SITREP_OK) {
        return -1;
    }
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sitrep_coder_free(f->coder);
    sitrep_resources_free(f->res);
    return 0;
}

static sitrep_events *code(fixture *f, const char *date)
{
    sitrep_article a;
    sitrep_article_init(&a);
    a.id = "a1";
    a.date = date;
    a.outlet = "Meridian Wire";
    a.text = article_text;
    a.text_len = strlen(article_text);
    sitrep_events *ev = NULL;
    sitrep_error err;
    assert_int_equal(sitrep_code(f->coder, &a, &ev, &err), SITREP_OK);
    return ev;
}

static const sitrep_event *find(const sitrep_events *ev, const char *src, const char *tgt,
                                const char *root)
{
    for (size_t i = 0; i < sitrep_events_count(ev); i++) {
        const sitrep_event *e = sitrep_events_at(ev, i);
        if (strncmp(e->source.code, src, 3) == 0 && strncmp(e->target.code, tgt, 3) == 0 &&
            e->root && strcmp(e->root, root) == 0)
            return e;
    }
    return NULL;
}

static void test_code(void **state)
{
    fixture *f = *state;
    if (!f->res)
        skip();
    sitrep_events *ev = code(f, "2024-09-05");
    assert_true(sitrep_events_count(ev) >= 2);
    assert_null(sitrep_events_at(ev, sitrep_events_count(ev)));
    assert_false(sitrep_events_date_missing(ev));
    size_t len;
    const char *text = sitrep_events_text(ev, &len);
    assert_int_equal(len, strlen(article_text));

    const sitrep_event *e = find(ev, "CAN", "BLR", "16");
    assert_non_null(e);
    assert_string_equal(e->doc_id, "a1");
    assert_string_equal(e->cameo, "163");
    assert_string_equal(e->source.country, "CAN");
    assert_int_equal(e->quad_class, 4);
    assert_non_null(e->cameo_name);
    assert_string_equal(e->date, "2024-09-03"); /* "on Tuesday" before the article date */
    assert_string_equal(e->date_precision, "day");
    assert_string_equal(e->outlet, "Meridian Wire");
    assert_true(e->mentions >= 1);
    /* spans point into the cleaned text */
    assert_true(e->source.start >= 0 && e->source.end <= (int64_t)len);
    assert_memory_equal(text + e->source.start, "Canada", 6);
    assert_memory_equal(text + e->verb_start, e->verb_text, strlen(e->verb_text));
    assert_memory_equal(text + e->sentence_start, e->sentence_text, strlen(e->sentence_text));
    assert_non_null(e->verb_entry);

    const sitrep_event *h = find(ev, "FRA", "PHL", "07");
    assert_non_null(h);
    assert_string_equal(h->status, "hypothetical");
    assert_string_equal(h->status_cue, "may");
    assert_non_null(h->said_by_text);
    sitrep_events_free(ev);

    /* no date anywhere: the latest date the text states stands in */
    ev = code(f, NULL);
    assert_true(sitrep_events_date_missing(ev));
    sitrep_events_free(ev);
}

static void test_errors(void **state)
{
    fixture *f = *state;
    sitrep_error err;
    /* the table: every code has a name, a text and an exit status */
    for (int c = 0; c < SITREP_NCODES; c++) {
        assert_non_null(sitrep_strerror((sitrep_status)c));
        assert_true(strncmp(sitrep_status_name((sitrep_status)c), "SITREP_", 7) == 0);
    }
    assert_int_equal(sitrep_exit_status(SITREP_OK), 0);
    assert_int_equal(sitrep_exit_status(SITREP_EINPUT), 1);
    assert_int_equal(sitrep_exit_status(SITREP_EDICT), 2);
    assert_int_equal(sitrep_exit_status(SITREP_NCODES), 2);

    sitrep_load_options o;
    sitrep_load_options_init(&o);
    o.lexicon_dir = "/nonexistent/lexicon";
    sitrep_resources *r = (sitrep_resources *)&o; /* set to NULL on failure */
    assert_int_equal(sitrep_resources_load(&o, &r, &err), SITREP_EDICT);
    assert_null(r);
    assert_non_null(strstr(err.message, "/nonexistent/lexicon"));

    sitrep_load_options_init(&o);
    o.model_file = "/nonexistent/en_ud.model";
    assert_int_equal(sitrep_resources_load(&o, &r, &err), SITREP_EMODEL);
    assert_non_null(strstr(err.message, "/nonexistent/en_ud.model"));

    /* a named dictionary that cannot be read */
    static const char *const verbs[] = {"/nonexistent/my.verbs", NULL};
    sitrep_load_options_init(&o);
    o.verbs = verbs;
    assert_int_equal(sitrep_resources_load(&o, &r, &err), SITREP_EDICT);
    assert_non_null(strstr(err.message, "/nonexistent/my.verbs"));
    assert_string_equal(err.file, "/nonexistent/my.verbs");

    if (!f->res)
        return;
    sitrep_article a;
    sitrep_article_init(&a);
    a.id = "bad-date";
    a.date = "2024-02-30";
    a.text = "text";
    a.text_len = 4;
    sitrep_events *ev = (sitrep_events *)&a;
    assert_int_equal(sitrep_code(f->coder, &a, &ev, &err), SITREP_EINPUT);
    assert_null(ev);
    assert_int_equal(err.code, SITREP_EINPUT);
    assert_string_equal(err.doc_id, "bad-date");
    assert_non_null(strstr(err.message, "2024-02-30"));
    a.text = NULL;
    assert_int_equal(sitrep_code(f->coder, &a, &ev, NULL), SITREP_EUSAGE);
}

static void test_code_many(void **state)
{
    fixture *f = *state;
    if (!f->res)
        skip();
    enum { N = 7 };
    sitrep_article arts[N];
    char ids[N][8];
    for (int i = 0; i < N; i++) {
        sitrep_article_init(&arts[i]);
        snprintf(ids[i], sizeof ids[i], "m%d", i);
        arts[i].id = ids[i];
        arts[i].date = i == 4 ? "2024-13-01" : "2024-09-05";
        arts[i].text = article_text;
        arts[i].text_len = strlen(article_text);
    }
    sitrep_events *one = code(f, "2024-09-05");
    for (int threads = 1; threads <= 3; threads++) {
        sitrep_events *out[N];
        sitrep_error err;
        assert_int_equal(sitrep_code_many(f->res, arts, N, threads, out, &err), SITREP_EINPUT);
        assert_string_equal(err.doc_id, "m4");
        for (int i = 0; i < N; i++) {
            if (i == 4) {
                assert_null(out[i]);
                continue;
            }
            assert_non_null(out[i]);
            assert_int_equal(sitrep_events_count(out[i]), sitrep_events_count(one));
            assert_string_equal(sitrep_events_at(out[i], 0)->doc_id, ids[i]);
            assert_string_equal(sitrep_events_at(out[i], 0)->cameo,
                                sitrep_events_at(one, 0)->cameo);
            sitrep_events_free(out[i]);
        }
    }
    sitrep_events_free(one);
    assert_int_equal(sitrep_code_many(f->res, arts, N, 0, NULL, NULL), SITREP_EUSAGE);
}

typedef struct rows {
    int n;
    char first[3][16];
} rows;

static int count_row(const sitrep_stored_event *e, void *ctx)
{
    rows *r = ctx;
    if (r->n < 3) {
        snprintf(r->first[r->n], sizeof r->first[r->n], "%s", e->source);
        assert_non_null(e->status);
        assert_true(e->mentions >= 1);
    }
    r->n++;
    return 0;
}

static void test_store(void **state)
{
    fixture *f = *state;
    if (!f->res)
        skip();
    char path[] = "/tmp/sitrep-api-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    unlink(path);
    sitrep_error err;
    sitrep_store *st;
    assert_int_equal(sitrep_store_open(path, 0, &st, &err), SITREP_ESTORE); /* read: none yet */
    assert_int_equal(sitrep_store_open(path, 1, &st, &err), SITREP_OK);
    sitrep_events *ev = code(f, "2024-09-05");
    int added = -1;
    assert_int_equal(sitrep_store_ingest(st, ev, &added, &err), SITREP_OK);
    assert_int_equal(added, 1);
    assert_int_equal(sitrep_store_ingest(st, ev, &added, &err), SITREP_OK);
    assert_int_equal(added, 0);

    rows all = {0};
    assert_int_equal(sitrep_store_query(st, NULL, count_row, &all, &err), SITREP_OK);
    assert_true(all.n >= 2);
    sitrep_query q;
    sitrep_query_init(&q);
    q.dyad_a = "CAN";
    q.dyad_b = "BLR";
    rows dyad = {0};
    assert_int_equal(sitrep_store_query(st, &q, count_row, &dyad, &err), SITREP_OK);
    assert_int_equal(dyad.n, 1);
    assert_string_equal(dyad.first[0], "CAN");
    q.status = "sometimes";
    assert_int_equal(sitrep_store_query(st, &q, count_row, &dyad, &err), SITREP_EUSAGE);
    sitrep_events_free(ev);
    sitrep_store_close(st);

    /* the actors table carries our lexicon's canonical names */
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *q_name;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM actors WHERE code = 'CAN'", -1,
                                        &q_name, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(q_name), SQLITE_ROW);
    assert_non_null(sqlite3_column_text(q_name, 0));
    assert_string_equal((const char *)sqlite3_column_text(q_name, 0), "Canada");
    sqlite3_finalize(q_name);
    sqlite3_close(db);
    unlink(path);
    char side[sizeof path + 8];
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_code),
        cmocka_unit_test(test_code_many),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_store),
    };
    return cmocka_run_group_tests_name("api", tests, setup, teardown);
}
