/* test_load_line.c: reading an event line of `sitrep code` without a tree reads what a
 * tree would: every field in place, repeated keys by their last value, fields of the wrong
 * type as absent, spans only as arrays of two, unknown and nested values skipped, and
 * refuses what is not one JSON object. */
#include "api/load_line.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

/* One parser for every line of the tests: a line must not see what an earlier one left. */
static load_line_parser *parser;

static int parse(const char *line, load_line *l, arena *a, char *why, size_t whycap)
{
    strmap *intern = strmap_new();
    int r = load_line_parse(parser, line, strlen(line), a, intern, l, why, whycap);
    strmap_free(intern);
    return r;
}

static void test_every_field(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    load_line l;
    char why[160];
    const char *line =
        "{\"doc_id\":\"d1\",\"sentence\":3,\"sentence_span\":[10,52],"
        "\"sentence_text\":\"The \\\"quoted\\\" text\","
        "\"source\":{\"code\":\"RUSGOV\",\"country\":\"RUS\",\"role\":\"GOV\",\"text\":\"Moscow\","
        "\"span\":[0,6]},"
        "\"target\":{\"code\":\"UKR\",\"country\":\"UKR\",\"role\":null,\"text\":\"Kyiv\",\"span\":[20,24]},"
        "\"cameo\":\"042\",\"verb\":{\"text\":\"visited\",\"span\":[7,14]},\"verb_entry\":\"VISIT\","
        "\"date\":\"2024-01-02\",\"date_precision\":\"doc\",\"date_text\":\"Tuesday\","
        "\"status\":\"reported\",\"status_cue\":\"said\","
        "\"said_by\":{\"code\":\"UKRGOV\",\"text\":\"officials\"},"
        "\"outlet\":\"Wire\",\"url\":\"https://x.example/1\",\"extra\":{\"a\":[1,{\"b\":2}]}}";
    assert_int_equal(parse(line, &l, a, why, sizeof why), 1);
    assert_string_equal(l.doc_id, "d1");
    assert_string_equal(l.outlet, "Wire");
    assert_string_equal(l.url, "https://x.example/1");
    assert_string_equal(l.status, "reported");
    assert_true(l.has_source && l.has_target);
    const store_mention *m = &l.m;
    assert_int_equal(m->sentence, 3);
    assert_int_equal(m->sentence_span.start, 10);
    assert_int_equal(m->sentence_span.end, 52);
    assert_string_equal(m->sentence_text, "The \"quoted\" text");
    assert_string_equal(m->source, "RUSGOV");
    assert_string_equal(m->source_country, "RUS");
    assert_string_equal(m->source_role, "GOV");
    assert_string_equal(m->source_text, "Moscow");
    assert_int_equal(m->source_span.end, 6);
    assert_string_equal(m->target, "UKR");
    assert_null(m->target_role);
    assert_int_equal(m->target_span.start, 20);
    assert_string_equal(m->cameo, "042");
    assert_string_equal(m->verb_text, "visited");
    assert_int_equal(m->verb_span.start, 7);
    assert_int_equal(m->verb_span.end, 14);
    assert_string_equal(m->verb_entry, "VISIT");
    assert_string_equal(m->date, "2024-01-02");
    assert_string_equal(m->date_precision, "doc");
    assert_string_equal(m->date_text, "Tuesday");
    assert_string_equal(m->status_cue, "said");
    assert_string_equal(m->said_by_code, "UKRGOV");
    assert_string_equal(m->said_by_text, "officials");
    arena_free(a);
}

static void test_types_and_repeats(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    load_line l;
    char why[160];
    /* the last of a repeated key wins, whole objects included; wrong types read as absent;
     * a span of three elements, or of non-integers, is none or zeros as a tree gives them */
    const char *line =
        "{\"doc_id\":\"first\",\"doc_id\":\"second\",\"cameo\":42,\"sentence\":1.5,"
        "\"source\":{\"code\":\"A\",\"text\":\"old\"},\"source\":{\"code\":\"B\"},"
        "\"target\":\"C\",\"sentence_span\":[1,2,3],\"verb\":{\"span\":[\"x\",[4]]},"
        "\"said_by\":[\"Z\"],\"url\":null,\"outlet\":\"\\u00e9\"}";
    assert_int_equal(parse(line, &l, a, why, sizeof why), 1);
    assert_string_equal(l.doc_id, "second");
    assert_null(l.m.cameo);
    assert_int_equal(l.m.sentence, 0);
    assert_string_equal(l.m.source, "B");
    assert_null(l.m.source_text);
    assert_false(l.has_target);
    assert_null(l.m.target);
    assert_int_equal(l.m.sentence_span.start, -1);
    assert_int_equal(l.m.verb_span.start, 0);
    assert_int_equal(l.m.verb_span.end, 0);
    assert_int_equal(l.m.source_span.start, -1);
    assert_null(l.m.said_by_code);
    assert_null(l.url);
    assert_string_equal(l.outlet, "\xc3\xa9");
    arena_free(a);
}

static void test_refusals(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    load_line l;
    char why[160];
    assert_int_equal(parse("[1,2]", &l, a, why, sizeof why), 0);
    assert_int_equal(parse("\"text\"", &l, a, why, sizeof why), 0);
    assert_int_equal(parse("{\"doc_id\":\"d\"", &l, a, why, sizeof why), -1);
    assert_true(why[0] != '\0');
    assert_int_equal(parse("{\"doc_id\":\"d\"} x", &l, a, why, sizeof why), -1);
    assert_int_equal(parse("{\"doc_id\":\"a\\u0000b\"}", &l, a, why, sizeof why), -1);
    assert_non_null(strstr(why, "u0000"));
    assert_int_equal(parse("{\"doc_id\":\"\xff\"}", &l, a, why, sizeof why), -1);
    assert_int_equal(parse("not json", &l, a, why, sizeof why), -1);
    /* a parser reads the next line whole after a refusal */
    assert_int_equal(parse("{\"doc_id\":\"ok\"}", &l, a, why, sizeof why), 1);
    assert_string_equal(l.doc_id, "ok");
    arena_free(a);
}

static void test_interning(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    strmap *intern = strmap_new();
    load_line l1, l2;
    char why[160];
    const char *x = "{\"doc_id\":\"d\",\"cameo\":\"042\",\"url\":\"u\",\"source\":{\"code\":\"RUS\"}}";
    assert_int_equal(load_line_parse(parser, x, strlen(x), a, intern, &l1, why, sizeof why), 1);
    assert_int_equal(load_line_parse(parser, x, strlen(x), a, intern, &l2, why, sizeof why), 1);
    /* codes are one copy per batch; identifiers are copied per line */
    assert_ptr_equal(l1.m.cameo, l2.m.cameo);
    assert_ptr_equal(l1.m.source, l2.m.source);
    assert_ptr_not_equal(l1.doc_id, l2.doc_id);
    assert_ptr_not_equal(l1.url, l2.url);
    assert_string_equal(l2.m.source, "RUS");
    strmap_free(intern);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_field),
        cmocka_unit_test(test_types_and_repeats),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_interning),
    };
    parser = load_line_parser_new();
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    load_line_parser_free(parser);
    return r;
}
