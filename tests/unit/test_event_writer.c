/* test_event_writer.c: unit tests for the JSONL, table and TSV event writers (src/io). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "io/event_writer.h"

#include <jansson.h>
#include <string.h>

static const char TEXT[] = "Russian troops attacked Kharkiv on Monday. Ukraine's president urged "
                           "Russia to hold talks, officials said.";

static const article DOC = {
    .id = "doc-1",
    .date = "2024-03-05",
    .url = "https://example.org/a?b=1",
    .source = "Example Wire",
    .title = "Troops attack",
    .text = TEXT,
    .text_len = sizeof TEXT - 1,
    .origin = "test",
};

static actor_ref actor(const char *code, const char *text, uint32_t start, uint32_t end)
{
    actor_ref a = {.code = code, .text = text, .where = {start, end}};
    actor_ref_split_code(&a);
    return a;
}

/* Two events by hand: an attack (exact code) and an appeal whose code "0261" is not in the
 * codebook, so its root, Goldstein and PLOVER come from "026". */
static void make_events(event ev[2])
{
    memset(ev, 0, 2 * sizeof ev[0]);
    ev[0].sentence_index = 0;
    ev[0].sentence = (span){0, 42};
    ev[0].source = actor("RUSMIL", NULL, 0, 14); /* text comes from the span */
    ev[0].target = actor("UKR", "Kharkiv", 24, 31);
    strcpy(ev[0].code, "190");
    ev[0].verb = (span){15, 23};
    ev[0].verb_entry = "verbs.txt:12";
    strcpy(ev[0].date, "2024-03-04");
    ev[0].date_precision = DATE_DAY;
    ev[0].date_text = "on Monday";
    ev[0].status = STATUS_ASSERTED;

    ev[1].sentence_index = 1;
    ev[1].sentence = (span){43, 106};
    ev[1].source = actor("UKRGOV", "Ukraine's president", 43, 62);
    ev[1].target = actor("RUS", NULL, 69, 75);
    strcpy(ev[1].code, "0261");
    ev[1].verb = (span){63, 68};
    strcpy(ev[1].date, "2024-03-05");
    ev[1].date_precision = DATE_DOC;
    ev[1].status = STATUS_REPORTED;
    ev[1].status_cue = "said";
    ev[1].said_by_text = "officials";
}

static const char JSONL_EXPECTED[] =
    "{\"doc_id\":\"doc-1\",\"sentence\":0,\"sentence_span\":[0,42],"
    "\"sentence_text\":\"Russian troops attacked Kharkiv on Monday.\","
    "\"source\":{\"code\":\"RUSMIL\",\"country\":\"RUS\",\"role\":\"MIL\",\"text\":\"Russian troops\","
    "\"span\":[0,14]},"
    "\"target\":{\"code\":\"UKR\",\"country\":\"UKR\",\"role\":null,\"text\":\"Kharkiv\",\"span\":[24,31]},"
    "\"cameo\":\"190\",\"root\":\"19\",\"quad_class\":4,\"goldstein\":-10.0,\"plover\":\"ASSAULT\","
    "\"plover_mode\":null,\"verb\":{\"text\":\"attacked\",\"span\":[15,23]},"
    "\"verb_entry\":\"verbs.txt:12\",\"date\":\"2024-03-04\",\"date_precision\":\"day\","
    "\"date_text\":\"on Monday\",\"status\":\"asserted\",\"status_cue\":null,\"said_by\":null,"
    "\"outlet\":\"Example Wire\",\"url\":\"https://example.org/a?b=1\","
    "\"mentions\":1,\"said_by_cue\":null,\"source_entry\":null,\"target_entry\":null}\n"
    "{\"doc_id\":\"doc-1\",\"sentence\":1,\"sentence_span\":[43,106],"
    "\"sentence_text\":\"Ukraine's president urged Russia to hold talks, officials said.\","
    "\"source\":{\"code\":\"UKRGOV\",\"country\":\"UKR\",\"role\":\"GOV\","
    "\"text\":\"Ukraine's president\",\"span\":[43,62]},"
    "\"target\":{\"code\":\"RUS\",\"country\":\"RUS\",\"role\":null,\"text\":\"Russia\",\"span\":[69,75]},"
    "\"cameo\":\"0261\",\"root\":\"02\",\"quad_class\":1,\"goldstein\":4.0,\"plover\":null,"
    "\"plover_mode\":null,\"verb\":{\"text\":\"urged\",\"span\":[63,68]},\"verb_entry\":null,"
    "\"date\":\"2024-03-05\",\"date_precision\":\"doc\",\"date_text\":null,\"status\":\"reported\","
    "\"status_cue\":\"said\",\"said_by\":{\"code\":null,\"text\":\"officials\"},"
    "\"outlet\":\"Example Wire\",\"url\":\"https://example.org/a?b=1\","
    "\"mentions\":1,\"said_by_cue\":null,\"source_entry\":null,\"target_entry\":null}\n";

static void test_format_names(void **state)
{
    (void)state;
    out_format f = OUT_TSV;
    assert_true(out_format_parse("jsonl", &f));
    assert_int_equal(f, OUT_JSONL);
    assert_true(out_format_parse("table", &f));
    assert_int_equal(f, OUT_TABLE);
    assert_true(out_format_parse("tsv", &f));
    assert_int_equal(f, OUT_TSV);
    assert_false(out_format_parse("csv", &f));
    assert_false(out_format_parse("", &f));
    assert_false(out_format_parse(NULL, &f));
    assert_int_equal(f, OUT_TSV);
    assert_string_equal(out_format_name(OUT_JSONL), "jsonl");
    assert_string_equal(out_format_name(OUT_TABLE), "table");
    assert_string_equal(out_format_name(OUT_TSV), "tsv");
}

static void test_jsonl_exact(void **state)
{
    (void)state;
    event ev[2];
    make_events(ev);
    strbuf b = {0};
    event_write_header(&b, OUT_JSONL);
    assert_int_equal(b.len, 0);
    event_write(&b, OUT_JSONL, &DOC, TEXT, ev, 2);
    assert_string_equal(b.data, JSONL_EXPECTED);
    /* same input, same bytes */
    strbuf again = {0};
    event_write(&again, OUT_JSONL, &DOC, TEXT, ev, 2);
    assert_string_equal(again.data, b.data);
    strbuf_free(&again);
    strbuf_free(&b);
}

static void test_jsonl_parses(void **state)
{
    (void)state;
    event ev[2];
    make_events(ev);
    strbuf b = {0};
    event_write(&b, OUT_JSONL, &DOC, TEXT, ev, 2);

    char *line2 = strchr(b.data, '\n') + 1;
    json_error_t err;
    json_t *j = json_loadb(b.data, (size_t)(line2 - b.data), 0, &err);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "doc_id")), "doc-1");
    assert_int_equal(json_integer_value(json_object_get(j, "sentence")), 0);
    assert_int_equal(json_integer_value(json_array_get(json_object_get(j, "sentence_span"), 1)), 42);
    json_t *src = json_object_get(j, "source");
    assert_string_equal(json_string_value(json_object_get(src, "code")), "RUSMIL");
    assert_string_equal(json_string_value(json_object_get(src, "text")), "Russian troops");
    assert_true(json_is_null(json_object_get(json_object_get(j, "target"), "role")));
    assert_string_equal(json_string_value(json_object_get(j, "cameo")), "190");
    assert_int_equal(json_integer_value(json_object_get(j, "quad_class")), 4);
    assert_true(json_real_value(json_object_get(j, "goldstein")) == -10.0);
    assert_string_equal(json_string_value(json_object_get(j, "plover")), "ASSAULT");
    assert_true(json_is_null(json_object_get(j, "said_by")));
    assert_int_equal(json_object_size(j), 26);
    json_decref(j);

    j = json_loads(line2, 0, &err);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "root")), "02");
    assert_true(json_real_value(json_object_get(j, "goldstein")) == 4.0);
    assert_true(json_is_null(json_object_get(j, "plover")));
    assert_string_equal(json_string_value(json_object_get(j, "status")), "reported");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(j, "said_by"), "text")), "officials");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(j, "target"), "text")), "Russia");
    json_decref(j);
    strbuf_free(&b);
}

/* Quotes, backslashes, line breaks, control bytes and UTF-8 survive a JSON round trip. */
static void test_jsonl_escaping(void **state)
{
    (void)state;
    static const char nasty[] = "\"Q\"\n\x01\t\\ \x1f\x7f caf\xc3\xa9";
    article doc = DOC;
    doc.id = "a\"b\\c";
    doc.url = NULL;
    doc.source = "";
    event e;
    memset(&e, 0, sizeof e);
    e.source = actor("RUS", nasty, 0, 0);
    e.target = actor("UKR", NULL, 0, 0);
    strcpy(e.code, "999"); /* not a CAMEO code: no root, quad class, Goldstein or PLOVER */

    strbuf b = {0};
    event_write(&b, OUT_JSONL, &doc, NULL, &e, 1);
    assert_non_null(strstr(b.data, "\"doc_id\":\"a\\\"b\\\\c\","));
    assert_non_null(
        strstr(b.data, "\"text\":\"\\\"Q\\\"\\n\\u0001\\t\\\\ \\u001f\x7f caf\xc3\xa9\","));
    assert_non_null(strstr(b.data, "\"cameo\":\"999\",\"root\":null,\"quad_class\":null,"
                               "\"goldstein\":null,\"plover\":null,"));
    assert_non_null(strstr(b.data, "\"sentence_span\":null,\"sentence_text\":null,"));
    assert_non_null(strstr(b.data, "\"span\":null}"));
    assert_non_null(strstr(b.data, "\"verb\":null,"));
    assert_non_null(strstr(b.data, "\"date\":null,\"date_precision\":null,"));
    assert_non_null(strstr(b.data, "\"outlet\":null,\"url\":null,\"mentions\":1,"));
    assert_int_equal(strchr(b.data, '\n') - b.data, (ptrdiff_t)b.len - 1); /* one line */

    json_error_t err;
    json_t *j = json_loads(b.data, 0, &err);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "doc_id")), "a\"b\\c");
    assert_string_equal(json_string_value(json_object_get(json_object_get(j, "source"), "text")),
                        nasty);
    assert_true(json_is_null(json_object_get(json_object_get(j, "target"), "text")));
    json_decref(j);
    strbuf_free(&b);
}

/* Spans outside the text give null text rather than reading past it. */
static void test_jsonl_span_out_of_range(void **state)
{
    (void)state;
    static const char shorttext[] = "Short.";
    event e;
    memset(&e, 0, sizeof e);
    e.sentence = (span){0, 50};
    e.source = actor("RUS", NULL, 40, 45);
    e.target = actor("UKR", NULL, 0, 5);
    e.verb = (span){3, 60};
    strcpy(e.code, "042");
    strbuf b = {0};
    event_write(&b, OUT_JSONL, &DOC, shorttext, &e, 1);
    assert_non_null(strstr(b.data, "\"sentence_span\":[0,50],\"sentence_text\":null,"));
    assert_non_null(strstr(b.data, "\"role\":null,\"text\":null,\"span\":[40,45]}"));
    assert_non_null(strstr(b.data, "\"role\":null,\"text\":\"Short\",\"span\":[0,5]}"));
    assert_non_null(strstr(b.data, "\"verb\":{\"text\":null,\"span\":[3,60]}"));
    assert_non_null(strstr(b.data, "\"plover\":\"CONSULT\",\"plover_mode\":\"visit\","));
    json_error_t err;
    json_t *j = json_loads(b.data, 0, &err);
    assert_non_null(j);
    json_decref(j);
    strbuf_free(&b);
}

static void test_table_exact(void **state)
{
    (void)state;
    event ev[2];
    make_events(ev);
    strbuf b = {0};
    event_write_header(&b, OUT_TABLE);
    event_write(&b, OUT_TABLE, &DOC, TEXT, ev, 2);
    assert_string_equal(
        b.data,
        "DOC                   SENT  DATE        SOURCE        TARGET        CODE  STATUS        "
        "SAID BY               EVENT\n"
        "doc-1                    1  2024-03-04  RUSMIL        UKR           190   asserted      "
        "-                     Use conventional military force\n"
        "doc-1                    2  2024-03-05  UKRGOV        RUS           0261  reported      "
        "officials             Appeal to others to meet or negotiate\n");
    strbuf_free(&b);
}

/* The SAID BY cell shows the claimant's code, else its name cut to the column. */
static void test_table_said_by(void **state)
{
    (void)state;
    event e;
    memset(&e, 0, sizeof e);
    e.source = actor("USA", NULL, 0, 0);
    e.target = actor("RUS", NULL, 0, 0);
    strcpy(e.code, "112");
    e.status = STATUS_REPORTED;
    e.said_by_text = "the US representative to the UN Security Council";
    strbuf b = {0};
    event_write(&b, OUT_TABLE, &DOC, NULL, &e, 1);
    assert_non_null(strstr(b.data, "  reported      the US representa...  Accuse\n"));
    strbuf_clear(&b);
    e.said_by_code = "USAGOV";
    event_write(&b, OUT_TABLE, &DOC, NULL, &e, 1);
    assert_non_null(strstr(b.data, "  reported      USAGOV                Accuse\n"));
    strbuf_free(&b);
}

/* Empty cells show "-", the article date stands in for a missing event date, a long value
 * pushes the line, UTF-8 pads by characters and control bytes become spaces. */
static void test_table_edges(void **state)
{
    (void)state;
    article doc = DOC;
    doc.id = "d\xc3\xa9j\xc3\xa0\tvu";
    event e;
    memset(&e, 0, sizeof e);
    e.source = actor("IGOWSTNATMILGOV", NULL, 0, 0);
    e.target.code = NULL;
    e.status = STATUS_NEGATED;
    strbuf b = {0};
    event_write(&b, OUT_TABLE, &doc, NULL, &e, 1);
    assert_string_equal(b.data, "d\xc3\xa9j\xc3\xa0 vu                  1  2024-03-05  "
                                "IGOWSTNATMILGOV  -             -     negated       -          "
                                "           -\n");
    strbuf_clear(&b);
    doc.date = NULL;
    event_write(&b, OUT_TABLE, &doc, NULL, &e, 1);
    assert_non_null(strstr(b.data, "     1  -           IGOWSTNATMILGOV"));
    strbuf_free(&b);
}

static void test_tsv_exact(void **state)
{
    (void)state;
    event ev[2];
    make_events(ev);
    strbuf b = {0};
    event_write_header(&b, OUT_TSV);
    assert_int_equal(b.len, 0);
    event_write(&b, OUT_TSV, &DOC, TEXT, ev, 2);
    assert_string_equal(b.data, "20240304\tRUSMIL\tUKR\t190\tdoc-1\n"
                                "20240305\tUKRGOV\tRUS\t0261\tdoc-1\n");
    strbuf_clear(&b);
    event_write_opts(&b, OUT_TSV, EW_TSV_YYMMDD, &DOC, TEXT, ev, 2);
    assert_string_equal(b.data, "240304\tRUSMIL\tUKR\t190\tdoc-1\n"
                                "240305\tUKRGOV\tRUS\t0261\tdoc-1\n");

    /* no event date: the article's; no date at all, no actor, no code: "---";
     * a tab inside a field becomes a space */
    article doc = DOC;
    doc.id = "rec\t7";
    event e;
    memset(&e, 0, sizeof e);
    e.source.code = "ARN";
    strbuf_clear(&b);
    event_write(&b, OUT_TSV, &doc, NULL, &e, 1);
    assert_string_equal(b.data, "20240305\tARN\t---\t---\trec 7\n");
    doc.date = NULL;
    strbuf_clear(&b);
    event_write(&b, OUT_TSV, &doc, NULL, &e, 1);
    assert_string_equal(b.data, "---\tARN\t---\t---\trec 7\n");
    doc.date = "1995";
    strbuf_clear(&b);
    event_write(&b, OUT_TSV, &doc, NULL, &e, 1);
    assert_string_equal(b.data, "1995\tARN\t---\t---\trec 7\n");
    strbuf_free(&b);
}

static void test_nothing_for_no_events(void **state)
{
    (void)state;
    strbuf b = {0};
    event_write(&b, OUT_JSONL, &DOC, TEXT, NULL, 0);
    event_write(&b, OUT_TABLE, &DOC, TEXT, NULL, 0);
    event_write(&b, OUT_TSV, &DOC, TEXT, NULL, 0);
    assert_int_equal(b.len, 0);
    strbuf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_names),
        cmocka_unit_test(test_jsonl_exact),
        cmocka_unit_test(test_jsonl_parses),
        cmocka_unit_test(test_jsonl_escaping),
        cmocka_unit_test(test_jsonl_span_out_of_range),
        cmocka_unit_test(test_table_exact),
        cmocka_unit_test(test_table_edges),
        cmocka_unit_test(test_table_said_by),
        cmocka_unit_test(test_tsv_exact),
        cmocka_unit_test(test_nothing_for_no_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
