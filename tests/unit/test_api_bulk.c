/* test_api_bulk.c: the public interface's bulk calls, the ones the sitrep tool is written
 * over, as a program using only sitrep.h sees them: the reader (files of several formats,
 * a bad line reported and skipped), coding a batch on threads (the same bytes whatever
 * the number), the output formats, a batch ingest into a store, the filters by name,
 * exports, the analytics (counts, months, dyads, the most active pair, the network),
 * loading the JSON Lines output into a second store, explaining, and actor names. Tests
 * that need the model skip without it. */
#include <sitrep.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct fixture {
    sitrep_resources *res;
    char dir[64];
} fixture;

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    static fixture f;
    sitrep_error err;
    if (sitrep_resources_load(NULL, &f.res, &err) != SITREP_OK) {
        print_message("skipping: %s\n", err.message);
        f.res = NULL;
    }
    snprintf(f.dir, sizeof f.dir, "/tmp/sitrep-bulk-XXXXXX");
    if (!mkdtemp(f.dir))
        return -1;
    write_file(f.dir, "a.txt",
               "date: 2024-09-05\nsource: Meridian Wire\n\nCanada imposed new economic "
               "sanctions on Belarus on Tuesday, the foreign ministry said.\n");
    write_file(f.dir, "b.jsonl",
               "{\"id\":\"b1\",\"date\":\"2024-10-01\",\"source\":\"Harbour Post\",\"text\":"
               "\"France may provide military aid to the Philippines, officials said.\"}\n"
               "{\"id\":\"b2\"}\n"
               "{\"id\":\"b3\",\"date\":\"2024-10-02\",\"text\":\"Canada imposed sanctions on "
               "Belarus. Belarus condemned Canada.\"}\n");
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sitrep_resources_free(f->res);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
    return system(cmd) == 0 ? 0 : -1;
}

enum { SLOTS = 8 };

/* Reads every article under the fixture's folder; returns how many, *bad the bad inputs. */
static size_t read_all(fixture *f, sitrep_events **slot, int *bad, char *first_error,
                       size_t cap)
{
    const char *paths[] = {f->dir};
    sitrep_reader *rd;
    sitrep_error err;
    assert_int_equal(sitrep_reader_open(paths, 1, SITREP_INPUT_AUTO, &rd, &err), SITREP_OK);
    size_t n = 0;
    int r;
    *bad = 0;
    while (n < SLOTS && (r = sitrep_reader_next(rd, slot[n], &err)) != 0) {
        if (r > 0) {
            n++;
        } else {
            if (!*bad)
                snprintf(first_error, cap, "%s", err.message);
            assert_int_equal(err.code, SITREP_EINPUT);
            ++*bad;
        }
    }
    sitrep_reader_close(rd);
    return n;
}

typedef struct outputs {
    char *text[SLOTS];
} outputs;

static void keep_tsv(sitrep_events *ev, size_t i, void *ctx)
{
    outputs *o = ctx;
    size_t len;
    const char *t = sitrep_events_write(ev, SITREP_FORMAT_TSV, 0, &len);
    assert_int_equal(strlen(t), len);
    o->text[i] = strdup(t);
}

static void new_slots(sitrep_events **slot)
{
    for (int i = 0; i < SLOTS; i++)
        assert_int_equal(sitrep_events_new(&slot[i], NULL), SITREP_OK);
}

/* Adds the JSON Lines form of slot[0..n) to b; returns a copy of the first line with its
 * doc_id made new ("a" -> "new-a"). */
static char *add_jsonl(sitrep_load_batch *b, sitrep_events **slot, size_t n, long *lineno)
{
    sitrep_error err;
    char *extra = NULL;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *out = sitrep_events_write(slot[i], SITREP_FORMAT_JSONL, 0, &len);
        for (const char *p = out; *p;) {
            const char *nl = strchr(p, '\n');
            assert_int_equal(sitrep_load_batch_add(b, p, (size_t)(nl - p), ++*lineno, 0, &err),
                             1);
            if (!extra) {
                const char *id = strstr(p, "\"doc_id\":\"");
                assert_non_null(id);
                size_t head = (size_t)(id - p) + 10, len1 = (size_t)(nl - p);
                extra = malloc(len1 + 5);
                memcpy(extra, p, head);
                memcpy(extra + head, "new-", 4);
                memcpy(extra + head + 4, p + head, len1 - head);
                extra[len1 + 4] = '\0';
            }
            p = nl + 1;
        }
    }
    return extra;
}

static void free_slots(sitrep_events **slot)
{
    for (int i = 0; i < SLOTS; i++)
        sitrep_events_free(slot[i]);
}

static void test_read_code_write(void **state)
{
    fixture *f = *state;
    if (!f->res)
        skip();
    sitrep_events *slot[SLOTS];
    new_slots(slot);
    int bad;
    char msg[1024] = "";
    size_t n = read_all(f, slot, &bad, msg, sizeof msg);
    assert_int_equal(n, 3);
    assert_int_equal(bad, 1);
    assert_non_null(strstr(msg, "b.jsonl:2"));
    /* folders are read in byte-wise order: a.txt, then b.jsonl's good lines */
    sitrep_article a;
    sitrep_events_article(slot[0], &a);
    assert_string_equal(a.id, "a");
    assert_string_equal(a.date, "2024-09-05");
    assert_string_equal(a.outlet, "Meridian Wire");
    sitrep_events_article(slot[2], &a);
    assert_string_equal(a.id, "b3");
    assert_non_null(strstr(sitrep_events_origin(slot[2]), "b.jsonl:3"));
    assert_int_equal(sitrep_events_count(slot[0]), 0); /* not coded yet */

    outputs one = {{0}}, two = {{0}};
    assert_int_equal(sitrep_code_documents(f->res, slot, n, 1, NULL, 0, keep_tsv, &one, NULL,
                                           NULL),
                     SITREP_OK);
    assert_true(sitrep_events_count(slot[0]) >= 1);
    const sitrep_event *e = sitrep_events_at(slot[0], 0);
    assert_string_equal(e->source.code, "CAN");
    assert_string_equal(e->target.code, "BLR");
    assert_non_null(strstr(one.text[0], "CAN\tBLR\t"));
    assert_int_equal(sitrep_code_documents(f->res, slot, n, 3, NULL, 0, keep_tsv, &two, NULL,
                                           NULL),
                     SITREP_OK);
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(one.text[i], two.text[i]); /* threads change nothing */
        free(one.text[i]);
        free(two.text[i]);
    }
    size_t len;
    const char *json = sitrep_events_write(slot[0], SITREP_FORMAT_JSONL, 0, &len);
    assert_true(len > 0);
    assert_memory_equal(json, "{\"doc_id\":\"a\"", 13);
    assert_int_equal(json[len - 1], '\n');
    assert_memory_equal(sitrep_format_header(SITREP_FORMAT_TABLE), "DOC", 3);
    assert_string_equal(sitrep_format_header(SITREP_FORMAT_JSONL), "");

    sitrep_format fmt = SITREP_FORMAT_JSONL;
    assert_int_equal(sitrep_format_parse("tsv", &fmt), 1);
    assert_int_equal(fmt, SITREP_FORMAT_TSV);
    assert_int_equal(sitrep_format_parse("xml", &fmt), 0);
    char date[11];
    assert_int_equal(sitrep_date_normalize("20240905", date), 1);
    assert_string_equal(date, "2024-09-05");
    assert_int_equal(sitrep_date_normalize("2024-02-30", date), 0);
    /* a slot that holds no article is refused */
    sitrep_events *empty;
    sitrep_events_new(&empty, NULL);
    assert_int_equal(sitrep_code_documents(f->res, &empty, 1, 1, NULL, 0, NULL, NULL, NULL,
                                           NULL),
                     SITREP_EUSAGE);
    sitrep_events_free(empty);
    free_slots(slot);
}

/* New slots holding the fixture's articles, coded on `threads` threads. */
static size_t read_coded(fixture *f, sitrep_events **slot, int threads, const char *date)
{
    new_slots(slot);
    int bad;
    char msg[1024];
    size_t n = read_all(f, slot, &bad, msg, sizeof msg);
    assert_int_equal(sitrep_code_documents(f->res, slot, n, threads, date, 0, NULL, NULL,
                                           NULL, NULL),
                     SITREP_OK);
    return n;
}

typedef struct text_sink {
    char *data;
    size_t len;
} text_sink;

static int sink(const char *data, size_t len, void *ctx)
{
    text_sink *s = ctx;
    s->data = realloc(s->data, s->len + len + 1);
    memcpy(s->data + s->len, data, len);
    s->len += len;
    s->data[s->len] = '\0';
    return 0;
}

static size_t lines(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += *s == '\n';
    return n;
}

static int sum_dyads(const sitrep_dyad *d, void *ctx)
{
    int64_t *sum = ctx;
    assert_true(d->events >= 1);
    sum[0] += d->events;
    if (sum[1] && d->events > sum[1])
        fail_msg("dyads out of order");
    sum[1] = d->events;
    return 0;
}

static int sum_months(const sitrep_month *m, void *ctx)
{
    *(int64_t *)ctx += m->events;
    return 0;
}

static void test_store(void **state)
{
    fixture *f = *state;
    if (!f->res)
        skip();
    sitrep_events *slot[SLOTS];
    size_t n = read_coded(f, slot, 2, "2024-01-01");

    char db[128];
    snprintf(db, sizeof db, "%s/s.db", f->dir);
    sitrep_store *st;
    sitrep_error err;
    assert_int_equal(sitrep_store_open(db, 1, &st, &err), SITREP_OK);
    assert_int_equal(sitrep_store_name_actors(st, NULL, &err), SITREP_OK);
    size_t added = 0;
    assert_int_equal(sitrep_store_ingest_many(st, slot, n, &added, &err), SITREP_OK);
    assert_int_equal(added, 3);
    assert_int_equal(sitrep_store_ingest_many(st, slot, n, &added, &err), SITREP_OK);
    assert_int_equal(added, 0); /* the same articles again change nothing */
    assert_string_equal(sitrep_store_backend(st), "sqlite");

    sitrep_store_counts c;
    assert_int_equal(sitrep_store_counts_get(st, &c, &err), SITREP_OK);
    assert_int_equal(c.documents, 3);
    assert_true(c.events >= 2);

    /* the filters by name, as the tool's options give them */
    sitrep_query q;
    sitrep_query_init(&q);
    assert_int_equal(sitrep_query_set(&q, "from", "2024", &err), 1);
    assert_int_equal(sitrep_query_set(&q, "to", "2024-13", &err), -1);
    assert_int_equal(err.code, SITREP_EUSAGE);
    assert_non_null(strstr(err.message, "2024-13"));
    assert_int_equal(sitrep_query_set(&q, "colour", "red", &err), 0);
    assert_int_equal(sitrep_query_set(&q, "actor", "CAN", &err), 1);

    text_sink csv = {0};
    assert_int_equal(sitrep_store_export(st, NULL, SITREP_EXPORT_CSV, sink, &csv, &err),
                     SITREP_OK);
    assert_memory_equal(csv.data, "id,date,source,", 15);
    assert_int_equal(lines(csv.data), (size_t)c.events + 1);
    text_sink can = {0};
    assert_int_equal(sitrep_store_export(st, &q, SITREP_EXPORT_JSONL, sink, &can, &err),
                     SITREP_OK);
    assert_true(lines(can.data) >= 1 && lines(can.data) < lines(csv.data));
    assert_non_null(strstr(can.data, "\"CAN\""));

    int64_t dy[2] = {0, 0}, months = 0;
    assert_int_equal(sitrep_store_dyads(st, NULL, 0, sum_dyads, dy, &err), SITREP_OK);
    assert_int_equal(dy[0], c.events);
    assert_int_equal(sitrep_store_months(st, NULL, sum_months, &months, &err), SITREP_OK);
    assert_int_equal(months, c.events);
    const char *pa, *pb;
    assert_int_equal(sitrep_store_most_active_pair(st, &pa, &pb, &err), SITREP_OK);
    assert_non_null(pa);
    assert_non_null(pb);
    assert_string_not_equal(pa, pb);
    sitrep_stored_actor actor;
    assert_int_equal(sitrep_store_actor(st, "CAN", &actor, &err), SITREP_OK);
    assert_string_equal(actor.name, "Canada");
    assert_int_equal(sitrep_store_actor(st, "ZZZNOBODY", &actor, &err), SITREP_OK);
    assert_null(actor.name);
    text_sink net = {0};
    assert_int_equal(sitrep_store_network(st, NULL, 1, 0, "json", sink, &net, &err),
                     SITREP_OK);
    assert_memory_equal(net.data, "{\"nodes\":[", 10);
    assert_int_equal(sitrep_store_network(st, NULL, 1, 0, "svg", sink, &net, &err),
                     SITREP_EUSAGE);
    sitrep_store_close(st);

    /* the JSON Lines output loaded into another store gives the same documents */
    char db2[128];
    snprintf(db2, sizeof db2, "%s/l.db", f->dir);
    assert_int_equal(sitrep_store_open(db2, 1, &st, &err), SITREP_OK);
    sitrep_load_batch *b;
    assert_int_equal(sitrep_load_batch_new("out.jsonl", &b, &err), SITREP_OK);
    long lineno = 0;
    free(add_jsonl(b, slot, n, &lineno));
    assert_int_equal(sitrep_load_batch_add(b, "[1]", 3, ++lineno, 0, &err), -1);
    assert_non_null(strstr(err.message, "out.jsonl:"));
    size_t docs, events;
    assert_int_equal(sitrep_store_load(st, b, &docs, &events, &added, &err), SITREP_OK);
    assert_int_equal(docs, 3);
    assert_int_equal(added, 3);
    assert_int_equal(events, (size_t)lineno - 1);
    sitrep_load_batch_free(b);
    sitrep_store_counts before;
    assert_int_equal(sitrep_store_counts_get(st, &before, &err), SITREP_OK);

    /* the same lines again with one more document, prepared (events grouped) before the
     * store is seen: it takes no more lines, and only the new document is stored, with
     * exactly its mentions */
    assert_int_equal(sitrep_load_batch_new("again.jsonl", &b, &err), SITREP_OK);
    lineno = 0;
    char *extra = add_jsonl(b, slot, n, &lineno);
    assert_int_equal(sitrep_load_batch_add(b, extra, strlen(extra), ++lineno, 0, &err), 1);
    sitrep_load_batch_prepare(b);
    assert_int_equal(sitrep_load_batch_add(b, extra, strlen(extra), ++lineno, 0, &err), -1);
    assert_int_equal(sitrep_store_load(st, b, &docs, &events, &added, &err), SITREP_OK);
    assert_int_equal(docs, 4);
    assert_int_equal(added, 1);
    sitrep_store_counts after;
    assert_int_equal(sitrep_store_counts_get(st, &after, &err), SITREP_OK);
    assert_int_equal(after.documents, before.documents + 1);
    assert_int_equal(after.mentions, before.mentions + 1);
    /* its one event was stored already (same key): no new event */
    assert_int_equal(after.events, before.events);
    free(extra);
    sitrep_load_batch_free(b);
    sitrep_store_close(st);

    free(csv.data);
    free(can.data);
    free(net.data);
    free_slots(slot);
}

static int first_name(const char *code, const char *name, void *ctx)
{
    (void)code;
    *(int *)ctx += name != NULL;
    return 0;
}

static void test_explain_and_names(void **state)
{
    fixture *f = *state;
    if (!f->res)
        skip();
    sitrep_events *slot[SLOTS];
    read_coded(f, slot, 1, NULL);
    sitrep_explainer *x;
    assert_int_equal(sitrep_explainer_new(NULL, &x, NULL), SITREP_OK);
    text_sink t = {0};
    assert_int_equal(sitrep_explain(x, slot[0], sink, &t, NULL), SITREP_OK);
    assert_memory_equal(t.data, "== a  (article date 2024-09-05)", 31);
    assert_non_null(strstr(t.data, "[Canada]"));
    assert_non_null(strstr(t.data, "<Belarus>"));
    sitrep_explainer_free(x);
    free(t.data);
    free_slots(slot);

    sitrep_names *names;
    assert_int_equal(sitrep_names_load(NULL, &names, NULL), SITREP_OK);
    assert_string_equal(sitrep_names_get(names, "CAN"), "Canada");
    assert_null(sitrep_names_get(names, "ZZZNOBODY"));
    int named = 0;
    sitrep_names_each_code(names, first_name, &named);
    assert_true(named > 100);
    sitrep_names_free(names);
    const char *missing[] = {"/nonexistent.actors", NULL};
    sitrep_error err;
    assert_int_equal(sitrep_names_load(missing, &names, &err), SITREP_EIO);
    assert_non_null(strstr(err.message, "/nonexistent.actors"));

    sitrep_dict_stats ds;
    sitrep_resources_stats(f->res, &ds);
    assert_true(ds.actors > 100 && ds.verb_forms > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_code_write),
        cmocka_unit_test(test_store),
        cmocka_unit_test(test_explain_and_names),
    };
    return cmocka_run_group_tests_name("api_bulk", tests, setup, teardown);
}
