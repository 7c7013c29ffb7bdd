/* test_cameo.c: unit tests for the CAMEO codebook table and its lookups (src/cameo). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "cameo/cameo.h"

#include <ctype.h>
#include <string.h>

/* Values cross-checked against docs/domain.md, section 1 (GDELT Goldstein table). */
static void test_known_codes(void **state)
{
    (void)state;
    static const struct {
        const char *code;
        double goldstein;
        int quad;
        const char *plover, *mode, *name;
    } known[] = {
        {"01", 0.0, 1, NULL, NULL, "Make public statement"},
        {"016", -2.0, 1, "REJECT", NULL, "Deny responsibility"},
        {"022", 3.2, 1, NULL, NULL, "Appeal for diplomatic cooperation (such as policy support)"},
        {"0234", 3.4, 1, NULL, NULL, "Appeal for military protection or peacekeeping"},
        {"0334", 6.0, 1, "AGREE", NULL, "Express intent to provide military protection or peacekeeping"},
        {"042", 1.9, 1, "CONSULT", "visit", "Make a visit"},
        {"043", 2.8, 1, "CONSULT", "visit", "Host a visit"},
        {"057", 8.0, 1, "SUPPORT", NULL, "Sign formal agreement"},
        {"064", 7.0, 2, "COOPERATE", NULL, "Share intelligence or information"},
        {"074", 8.5, 2, "AID", NULL, "Provide military protection or peacekeeping"},
        {"0874", 10.0, 2, "RETREAT", "withdraw", "Retreat or surrender militarily"},
        {"083", 5.0, 2, "CONCEDE", NULL, "Accede to requests or demands for political reform"},
        {"094", -2.0, 2, "ACCUSE", "investigate", "Investigate war crimes"},
        {"111", -2.0, 3, "ACCUSE", "disapprove", "Criticize or denounce"},
        {"1213", -4.0, 3, "REJECT", "assist", "Reject judicial cooperation"},
        {"130", -4.4, 3, "THREATEN", NULL, "Threaten"},
        {"13", -6.0, 3, "THREATEN", NULL, "Threaten"},
        {"145", -7.5, 3, "PROTEST", "riot", "Protest violently, riot"},
        {"15", -7.2, 4, "MOBILIZE", NULL, "Exhibit force posture"},
        {"163", -8.0, 4, "COERCE", "restrict", "Impose embargo, boycott, or sanctions"},
        {"173", -5.0, 4, "COERCE", "arrest", "Arrest, detain, or charge with legal action"},
        {"1823", -10.0, 4, "ASSAULT", "beat", "Kill by physical assault"},
        {"190", -10.0, 4, "ASSAULT", NULL, "Use conventional military force"},
        {"191", -9.5, 4, "COERCE", "restrict", "Impose blockade, restrict movement"},
        {"2042", -10.0, 4, "ASSAULT", "unconventional", "Detonate nuclear weapons"},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        const cameo_code *c = cameo_lookup(known[i].code);
        assert_non_null(c);
        assert_string_equal(c->code, known[i].code);
        assert_string_equal(c->name, known[i].name);
        assert_true(c->goldstein == known[i].goldstein);
        assert_int_equal(c->quad_class, known[i].quad);
        if (known[i].plover)
            assert_string_equal(c->plover, known[i].plover);
        else
            assert_null(c->plover);
        if (known[i].mode)
            assert_string_equal(c->plover_mode, known[i].mode);
        else
            assert_null(c->plover_mode);
    }
}

static void test_counts(void **state)
{
    (void)state;
    size_t by_len[5] = {0};
    assert_int_equal(cameo_count(), 313);
    for (size_t i = 0; i < cameo_count(); i++) {
        size_t n = strlen(cameo_at(i)->code);
        assert_in_range(n, 2, 4);
        by_len[n]++;
    }
    assert_int_equal(by_len[2], 20);
    assert_int_equal(by_len[3], 147);
    assert_int_equal(by_len[4], 146);
    assert_null(cameo_at(cameo_count()));
}

static void test_sorted_unique(void **state)
{
    (void)state;
    for (size_t i = 1; i < cameo_count(); i++)
        assert_true(strcmp(cameo_at(i - 1)->code, cameo_at(i)->code) < 0);
}

static int quad_of_root(int root)
{
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

static void test_entries_consistent(void **state)
{
    (void)state;
    static const char *const plover_types[] = {
        "AGREE",   "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",     "RETREAT", "REQUEST",
        "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE", "ASSAULT"};
    for (size_t i = 0; i < cameo_count(); i++) {
        const cameo_code *c = cameo_at(i);
        for (const char *p = c->code; *p; p++)
            assert_true(isdigit((unsigned char)*p));
        /* root is the first two digits, and is itself in the table */
        assert_int_equal(strlen(c->root), 2);
        assert_memory_equal(c->root, c->code, 2);
        assert_non_null(cameo_lookup(c->root));
        int root = (c->code[0] - '0') * 10 + (c->code[1] - '0');
        assert_in_range(root, 1, 20);
        assert_int_equal(c->quad_class, quad_of_root(root));
        /* a 4-digit code has its 3-digit parent */
        if (strlen(c->code) == 4) {
            char parent[4] = {c->code[0], c->code[1], c->code[2], '\0'};
            assert_non_null(cameo_lookup(parent));
        }
        assert_true(c->goldstein >= -10.0 && c->goldstein <= 10.0);
        assert_true(c->name && *c->name);
        /* lookup finds the very entry */
        assert_ptr_equal(cameo_lookup(c->code), c);
        assert_true(cameo_is_valid(c->code));
        /* PLOVER: a known type, missing only for roots 01 and 02 (bar 015 and 016) */
        if (c->plover) {
            bool ok = false;
            for (size_t k = 0; k < sizeof plover_types / sizeof plover_types[0]; k++)
                ok = ok || strcmp(c->plover, plover_types[k]) == 0;
            assert_true(ok);
        } else {
            assert_true(root <= 2);
            assert_null(c->plover_mode);
        }
        if (root >= 3)
            assert_non_null(c->plover);
    }
}

static void test_every_root_present(void **state)
{
    (void)state;
    for (int r = 1; r <= 20; r++) {
        char root[3] = {(char)('0' + r / 10), (char)('0' + r % 10), '\0'};
        const cameo_code *c = cameo_lookup(root);
        assert_non_null(c);
        assert_string_equal(c->root, root);
        /* every root has its "not specified below" x0 code */
        char x0[4] = {root[0], root[1], '0', '\0'};
        assert_non_null(cameo_lookup(x0));
    }
}

static void test_invalid(void **state)
{
    (void)state;
    assert_null(cameo_lookup(NULL));
    assert_null(cameo_lookup(""));
    assert_null(cameo_lookup("4"));
    assert_null(cameo_lookup("42"));
    assert_null(cameo_lookup("00"));
    assert_null(cameo_lookup("21"));
    assert_null(cameo_lookup("999"));
    assert_null(cameo_lookup("0425"));
    assert_null(cameo_lookup("04 "));
    assert_null(cameo_lookup("04200"));
    assert_false(cameo_is_valid("---"));
    assert_false(cameo_is_valid(NULL));
    assert_true(cameo_is_valid("0234"));
}

static void test_nearest(void **state)
{
    (void)state;
    assert_string_equal(cameo_lookup_nearest("0234")->code, "0234");
    assert_string_equal(cameo_lookup_nearest("0239")->code, "023");
    assert_string_equal(cameo_lookup_nearest("0299")->code, "02");
    assert_string_equal(cameo_lookup_nearest("029")->code, "02");
    assert_string_equal(cameo_lookup_nearest("023?")->code, "023");
    assert_string_equal(cameo_lookup_nearest("0425")->code, "042");
    assert_string_equal(cameo_lookup_nearest("04256")->code, "042");
    assert_string_equal(cameo_lookup_nearest("02341")->code, "0234");
    assert_string_equal(cameo_lookup_nearest("19")->code, "19");
    assert_string_equal(cameo_lookup_nearest("1213")->code, "1213");
    assert_null(cameo_lookup_nearest(NULL));
    assert_null(cameo_lookup_nearest(""));
    assert_null(cameo_lookup_nearest("2"));
    assert_null(cameo_lookup_nearest("99"));
    assert_null(cameo_lookup_nearest("999"));
    assert_null(cameo_lookup_nearest("---"));
}

static void test_quad_names(void **state)
{
    (void)state;
    assert_string_equal(cameo_quad_class_name(1), "verbal cooperation");
    assert_string_equal(cameo_quad_class_name(4), "material conflict");
    assert_null(cameo_quad_class_name(0));
    assert_null(cameo_quad_class_name(5));
}

/* A state is three capitals that open no organisation's or region's code. */
static void test_actor_is_state(void **state)
{
    (void)state;
    const char *states[] = {"RUS", "USAGOV", "PRKMIL", "GBR", "AFG", "ASG", "IGP", "MEX"};
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        assert_true(cameo_actor_is_state(states[i]));
    const char *others[] = {"IGO", "IGOUNO", "NGO", "NGOHRI", "NGM", "MNC", "IMG", "IMGMUS",
                            "EUR", "WST", "AFR", "MEA", "ASA", "ASAMIL", "---", "", "US",
                            "Rus", "RU1", "R", "A-B"};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        assert_false(cameo_actor_is_state(others[i]));
    assert_false(cameo_actor_is_state(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_codes),      cmocka_unit_test(test_counts),
        cmocka_unit_test(test_sorted_unique),    cmocka_unit_test(test_entries_consistent),
        cmocka_unit_test(test_every_root_present), cmocka_unit_test(test_invalid),
        cmocka_unit_test(test_nearest),          cmocka_unit_test(test_quad_names),
        cmocka_unit_test(test_actor_is_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
