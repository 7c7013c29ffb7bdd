/* test_plover_records.c: unit tests for the PLOVER gold-standard records reader: the
 * expected events a record gives (source x target pairs, sources on each other, a lone
 * source, JAP as JPN, repeats kept once), the fields it needs, and how it goes on after a
 * broken record. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "io/plover_records.h"

/* Opens a buffer, expecting success. */
static plover_records *open_text(const char *text)
{
    sitrep_error err;
    plover_records *r = plover_records_open_buffer("t.json", text, strlen(text), &err);
    assert_non_null(r);
    return r;
}

/* The expected tuples of a record as "SRC/TGT/CAT " strings, in order. */
static void tuples(const plover_record *rec, char *out, size_t cap)
{
    out[0] = '\0';
    for (size_t i = 0; i < rec->nexpected; i++) {
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s/%s/%s ", rec->expected[i].source,
                 rec->expected[i].target, rec->expected[i].category);
    }
}

static void test_expected_pairs(void **state)
{
    (void)state;
    plover_records *r = open_text(
        "[\n"
        " {\"id\": \"a\", \"source\": [{\"code\": \"JOR\"}, {\"code\": \"GBR\", \"sector\": \"GOV\"}],"
        " \"target\": \"\", \"event\": \"AGREE\", \"text\": \"t1\"},\n"
        " {\"id\": \"b\", \"source\": [{\"code\": \"usagov\"}], \"target\": [{\"code\": \"JAP\"},"
        " {\"code\": \"IRQ\"}, {\"code\": \"IRQMIL\"}], \"event\": \"fight\", \"text\": \"t2\"},\n"
        " {\"id\": \"c\", \"source\": [{\"code\": \"KGZ\"}], \"event\": \"AGREE\", \"text\": \"t3\"},\n"
        " {\"source\": [{\"code\": \"A\"}, {\"code\": \"B\"}, {\"code\": \"C\"}], \"target\": null,"
        " \"event\": \"CONSULT\", \"text\": \"t4\", \"date\": \"2000-01-01\"}\n"
        "]\n");
    plover_record rec;
    sitrep_error err;
    char got[512];

    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "a");
    assert_string_equal(rec.text, "t1");
    assert_int_equal(rec.index, 1);
    assert_int_equal(rec.line, 2);
    tuples(&rec, got, sizeof got);
    assert_string_equal(got, "JOR/GBR/AGREE GBR/JOR/AGREE ");

    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    tuples(&rec, got, sizeof got);
    assert_string_equal(got, "USA/JPN/FIGHT USA/IRQ/FIGHT ");
    assert_string_equal(rec.category, "FIGHT");

    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    tuples(&rec, got, sizeof got);
    assert_string_equal(got, "KGZ//AGREE ");

    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "#4");
    assert_string_equal(rec.date, "2000-01-01");
    tuples(&rec, got, sizeof got);
    assert_string_equal(got, "A/B/CONSULT A/C/CONSULT B/A/CONSULT B/C/CONSULT C/A/CONSULT "
                             "C/B/CONSULT ");

    assert_int_equal(plover_records_next(r, &rec, &err), 0);
    assert_int_equal(plover_records_next(r, &rec, &err), 0);
    plover_records_close(r);
}

static void test_country(void **state)
{
    (void)state;
    char c[4];
    plover_country("JAPGOV", c);
    assert_string_equal(c, "JPN");
    plover_country("igo", c);
    assert_string_equal(c, "IGO");
    plover_country("---", c);
    assert_string_equal(c, "");
    plover_country("", c);
    assert_string_equal(c, "");
    plover_country(NULL, c);
    assert_string_equal(c, "");
    plover_country("PS", c);
    assert_string_equal(c, "PS");
}

static void test_bad_records_skipped(void **state)
{
    (void)state;
    plover_records *r = open_text(
        "[\n"
        " {\"id\": \"x1\", \"text\": \"t\", \"event\": \"AGREE\" \"source\": []},\n"
        " {\"id\": \"x2\", \"text\": \"t\", \"event\": \"AGREE\", \"source\": []},\n"
        " {\"id\": \"x3\", \"text\": 5, \"event\": \"AGREE\", \"source\": [{\"code\": \"A\"}]},\n"
        " {\"id\": \"x4\", \"text\": \"t\", \"source\": [{\"code\": \"A\"}]},\n"
        " {\"id\": \"x5\", \"text\": \"t\", \"event\": \"AGREE\", \"source\": [{\"code\": \"A\"}],"
        " \"target\": [{\"name\": \"B\"}]},\n"
        " 17,\n"
        " {\"id\": \"ok\", \"text\": \"t\", \"event\": \"AGREE\", \"source\": [{\"code\": \"A\"}],"
        " \"target\": [{\"code\": \"B\"}]}\n"
        "]\n");
    plover_record rec;
    sitrep_error err;
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "t.json:2: record 1 (x1): malformed JSON"));
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "t.json:3: record 2 (x2): no \"source\" actors"));
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "record 3 (x3): no \"text\" string"));
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "record 4 (x4): no \"event\" category"));
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "record 5 (x5): target 1 has no \"code\" string"));
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "t.json:7: record 6 (#6): malformed JSON: a record "
                                        "must be a JSON object"));
    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "ok");
    assert_int_equal(rec.index, 7);
    assert_int_equal(plover_records_next(r, &rec, &err), 0);
    plover_records_close(r);
}

static void test_unclosed_and_lines(void **state)
{
    (void)state;
    /* JSON Lines: one object a line, no array */
    plover_records *r = open_text(
        "{\"id\": \"l1\", \"text\": \"t\", \"event\": \"AGREE\", \"source\": [{\"code\": \"A\"}]}\n"
        "{\"id\": \"l2\", \"text\": \"t\", \"event\": \"AGREE\", \"source\": [{\"code\": \"B\"}]}\n");
    plover_record rec;
    sitrep_error err;
    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "l2");
    assert_int_equal(rec.line, 2);
    assert_int_equal(plover_records_next(r, &rec, &err), 0);
    plover_records_close(r);

    r = open_text("[\n {\"id\": \"u\", \"text\": \"t\", \"event\": \"AGREE\", "
                  "\"source\": [{\"code\": \"A\"}]}\n");
    assert_int_equal(plover_records_next(r, &rec, &err), 1);
    assert_int_equal(plover_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "no closing ']'"));
    assert_int_equal(plover_records_next(r, &rec, &err), 0);
    plover_records_close(r);

    assert_null(plover_records_open_buffer("n.json", "\"no\"", 4, &err));
    assert_non_null(strstr(err.message, "n.json: not PLOVER records"));
    assert_null(plover_records_open_buffer("e.json", NULL, 0, &err));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_expected_pairs),
        cmocka_unit_test(test_country),
        cmocka_unit_test(test_bad_records_skipped),
        cmocka_unit_test(test_unclosed_and_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
