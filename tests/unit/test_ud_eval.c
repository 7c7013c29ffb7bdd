/* test_ud_eval.c: unit tests for the CoNLL 2018 evaluation (src/syntax/ud_eval.c).
 *
 * Gold and system analyses are written as small CoNLL-U texts in a compact form (one
 * word per line: ID FORM UPOS XPOS HEAD DEPREL, or "A-B FORM" for a multiword token;
 * a blank line between sentences) and read with conllu_read. Every figure asserted
 * here was counted by hand; the misaligned-token and multiword cases fail if words are
 * aligned by position or by form alone instead of by span and LCS. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "base/arena.h"
#include "base/strbuf.h"
#include "syntax/conllu.h"
#include "syntax/ud_eval.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Expands the compact form into ten-column CoNLL-U. */
static conllu_doc read_compact(arena *a, const char *spec)
{
    strbuf b = {0};
    const char *p = spec;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char line[256];
        assert_true(n < sizeof line);
        memcpy(line, p, n);
        line[n] = '\0';
        char *f[6] = {0};
        int nf = 0;
        for (char *tok = strtok(line, " "); tok && nf < 6; tok = strtok(NULL, " "))
            f[nf++] = tok;
        if (nf == 0)
            strbuf_putc(&b, '\n');
        else if (nf == 2)
            strbuf_printf(&b, "%s\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", f[0], f[1]);
        else {
            assert_int_equal(nf, 6);
            strbuf_printf(&b, "%s\t%s\t_\t%s\t%s\t_\t%s\t%s\t_\t_\n", f[0], f[1], f[2], f[3],
                          f[4], f[5]);
        }
        p = nl ? nl + 1 : p + n;
    }
    strbuf_putc(&b, '\n');
    conllu_doc d;
    sitrep_error err = {0};
    assert_true(conllu_read(a, "test", b.data, b.len, &d, &err));
    assert_int_equal(d.dropped, 0);
    strbuf_free(&b);
    return d;
}

static ud_eval run(arena *a, const char *gold, const char *sys)
{
    conllu_doc g = read_compact(a, gold), s = read_compact(a, sys);
    ud_eval e;
    sitrep_error err = {0};
    assert_true(ud_eval_run(g.sentences, g.n, s.sentences, s.n, &e, &err));
    return e;
}

static void expect_count(const ud_eval *e, int m, size_t gold, size_t sys, size_t correct)
{
    if (e->m[m].gold != gold || e->m[m].system != sys || e->m[m].correct != correct)
        fprintf(stderr, "%s: gold %zu system %zu correct %zu\n", ud_eval_metric_name(m),
                e->m[m].gold, e->m[m].system, e->m[m].correct);
    assert_int_equal(e->m[m].gold, gold);
    assert_int_equal(e->m[m].system, sys);
    assert_int_equal(e->m[m].correct, correct);
}

static const char *const gold_ny = "1 New PROPN NNP 2 compound\n"
                                   "2 York PROPN NNP 4 nsubj\n"
                                   "3 is AUX VBZ 4 cop\n"
                                   "4 big ADJ JJ 0 root\n"
                                   "5 . PUNCT . 4 punct\n";

static void test_identical(void **state)
{
    arena *a = arena_new(0);
    ud_eval e = run(a, gold_ny, gold_ny);
    for (int m = 0; m < UD_EVAL_COUNT; m++) {
        size_t n = m == UD_EVAL_SENTENCES ? 1 : 5;
        expect_count(&e, m, n, n, n);
        assert_true(fabs(ud_eval_f1(&e.m[m]) - 100.0) < 1e-9);
    }
    arena_free(a);
}

static void test_gold_tokenization(void **state)
{
    arena *a = arena_new(0);
    /* one UPOS wrong (York), one head wrong (is -> York), one subtype that LAS ignores
     * (nsubj:pass vs nsubj), one label wrong (. as dep) */
    ud_eval e = run(a, gold_ny,
                    "1 New PROPN NNP 2 compound\n"
                    "2 York NOUN NNP 4 nsubj:pass\n"
                    "3 is AUX VBZ 2 cop\n"
                    "4 big ADJ JJ 0 root\n"
                    "5 . PUNCT . 4 dep\n");
    expect_count(&e, UD_EVAL_WORDS, 5, 5, 5);
    expect_count(&e, UD_EVAL_UPOS, 5, 5, 4);
    expect_count(&e, UD_EVAL_XPOS, 5, 5, 5);
    expect_count(&e, UD_EVAL_UAS, 5, 5, 4);
    expect_count(&e, UD_EVAL_LAS, 5, 5, 3);
    assert_true(fabs(ud_eval_f1(&e.m[UD_EVAL_LAS]) - 60.0) < 1e-9);
    assert_true(fabs(ud_eval_aligned_accuracy(&e.m[UD_EVAL_UAS]) - 80.0) < 1e-9);
    arena_free(a);
}

static void test_misaligned_token(void **state)
{
    arena *a = arena_new(0);
    /* "NewYork" covers the characters of gold "New" + "York": neither aligns. The
     * system's "is" hangs from "NewYork" and gold "is" from "big": wrong either way;
     * "big" and "." align and hang from the aligned root. Two sentences in gold, one in
     * the system. */
    ud_eval e = run(a,
                    "1 New PROPN NNP 2 compound\n"
                    "2 York PROPN NNP 3 nsubj\n"
                    "3 is AUX VBZ 0 root\n"
                    "\n"
                    "1 Big ADJ JJ 0 root\n"
                    "2 . PUNCT . 1 punct\n",
                    "1 NewYork PROPN NNP 2 nsubj\n"
                    "2 is AUX VBZ 0 root\n"
                    "3 Big ADJ JJ 2 xcomp\n"
                    "4 . PUNCT . 3 punct\n");
    expect_count(&e, UD_EVAL_TOKENS, 5, 4, 3);
    expect_count(&e, UD_EVAL_SENTENCES, 2, 1, 0);
    expect_count(&e, UD_EVAL_WORDS, 5, 4, 3);
    expect_count(&e, UD_EVAL_UPOS, 5, 4, 3);
    /* is: root/root correct; Big: gold root, system head "is": wrong; ".": gold head Big,
     * system head Big (aligned): correct */
    expect_count(&e, UD_EVAL_UAS, 5, 4, 2);
    expect_count(&e, UD_EVAL_LAS, 5, 4, 2);
    assert_true(fabs(ud_eval_precision(&e.m[UD_EVAL_TOKENS]) - 75.0) < 1e-9);
    assert_true(fabs(ud_eval_recall(&e.m[UD_EVAL_TOKENS]) - 60.0) < 1e-9);
    assert_true(fabs(ud_eval_f1(&e.m[UD_EVAL_TOKENS]) - 200.0 / 3.0) < 1e-9);
    arena_free(a);
}

static void test_head_on_unaligned_word(void **state)
{
    arena *a = arena_new(0);
    /* gold "a b c" with c -> b; system "ab c" with c -> "ab": "ab" aligns with nothing,
     * so c's head cannot be right even though it points at the same place */
    ud_eval e = run(a,
                    "1 a X X 0 root\n"
                    "2 b X X 1 dep\n"
                    "3 c X X 2 dep\n",
                    "1 ab X X 0 root\n"
                    "2 c X X 1 dep\n");
    expect_count(&e, UD_EVAL_WORDS, 3, 2, 1);
    expect_count(&e, UD_EVAL_UAS, 3, 2, 0);
    arena_free(a);
}

static const char *const gold_mwt = "1-2 Korea's\n"
                                    "1 Korea PROPN NNP 3 nmod:poss\n"
                                    "2 's PART POS 1 case\n"
                                    "3 missiles NOUN NNS 0 root\n"
                                    "4-5 don't\n"
                                    "4 do AUX VBP 6 aux\n"
                                    "5 n't PART RB 6 advmod\n"
                                    "6 fly VERB VB 3 acl\n";

static void test_multiword_tokens(void **state)
{
    arena *a = arena_new(0);
    /* the same split, forms in another case: LCS is case-blind, all words align */
    ud_eval e = run(a, gold_mwt,
                    "1-2 Korea's\n"
                    "1 KOREA PROPN NNP 3 nmod\n"
                    "2 'S PART POS 1 case\n"
                    "3 missiles NOUN NNS 0 root\n"
                    "4-5 don't\n"
                    "4 do AUX VBP 6 aux\n"
                    "5 n't PART RB 6 advmod\n"
                    "6 fly VERB VB 3 acl\n");
    expect_count(&e, UD_EVAL_TOKENS, 4, 4, 4);
    expect_count(&e, UD_EVAL_WORDS, 6, 6, 6);
    expect_count(&e, UD_EVAL_LAS, 6, 6, 6);

    /* "Korea's" left whole; "don't" split as "don" + "'t": the token spans still match,
     * but of the words inside them only what the LCS finds aligns: nothing from Korea's
     * (one system word "Korea's" equals neither gold form), nothing from don't */
    e = run(a, gold_mwt,
            "1 Korea's PROPN NNP 2 nmod:poss\n"
            "2 missiles NOUN NNS 0 root\n"
            "3-4 don't\n"
            "3 don AUX VBP 5 aux\n"
            "4 't PART RB 5 advmod\n"
            "5 fly VERB VB 2 acl\n");
    expect_count(&e, UD_EVAL_TOKENS, 4, 4, 4);
    expect_count(&e, UD_EVAL_WORDS, 6, 5, 2);
    /* missiles: root, correct; fly: head missiles (aligned), correct */
    expect_count(&e, UD_EVAL_UAS, 6, 5, 2);

    /* a system multiword token with one word in common ("do"), in the right place; "fly"
     * hangs from "not", which aligns with nothing */
    e = run(a, gold_mwt,
            "1-2 Korea's\n"
            "1 Korea PROPN NNP 3 nmod:poss\n"
            "2 's PART POS 1 case\n"
            "3 missiles NOUN NNS 0 root\n"
            "4-5 don't\n"
            "4 do AUX VBP 6 aux\n"
            "5 not PART RB 6 advmod\n"
            "6 fly VERB VB 5 acl\n");
    expect_count(&e, UD_EVAL_WORDS, 6, 6, 5);
    expect_count(&e, UD_EVAL_UPOS, 6, 6, 5);
    /* Korea, 's, missiles, do correct; fly wrong (head "not" unaligned) */
    expect_count(&e, UD_EVAL_UAS, 6, 6, 4);
    arena_free(a);
}

static void test_text_mismatch(void **state)
{
    arena *a = arena_new(0);
    conllu_doc g = read_compact(a, "1 abc X X 0 root\n2 def X X 1 dep\n");
    conllu_doc s = read_compact(a, "1 abc X X 0 root\n2 dxf X X 1 dep\n");
    ud_eval e;
    sitrep_error err = {0};
    assert_false(ud_eval_run(g.sentences, g.n, s.sentences, s.n, &e, &err));
    assert_non_null(strstr(err.message, "differ at character byte 4"));
    assert_non_null(strstr(err.message, "\"abcdef\""));
    assert_non_null(strstr(err.message, "\"abcdxf\""));
    arena_free(a);
}

static void test_empty_token_form(void **state)
{
    /* found by fuzzing: a multiword token with an empty form made the alignment loop
     * forever; it is now an error, as in the official script */
    arena *a = arena_new(0);
    static const char doc[] = "1-2\t\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "1\ta\t_\tX\t_\t_\t0\troot\t_\t_\n"
                              "2\tb\t_\tX\t_\t_\t1\tdep\t_\t_\n"
                              "3\tc\t_\tX\t_\t_\t1\tdep\t_\t_\n\n";
    conllu_doc d;
    sitrep_error err = {0};
    assert_true(conllu_read(a, "t", doc, sizeof doc - 1, &d, &err));
    assert_int_equal(d.n, 1);
    ud_eval e;
    assert_false(ud_eval_run(d.sentences, d.n, d.sentences, d.n, &e, &err));
    assert_string_equal(err.message, "gold sentence 1 has a token with an empty form");
    arena_free(a);
}

static void test_huge_multiword_token(void **state)
{
    /* 5000 words in one multiword token: aligned in order, without a 5000 x 5000 table */
    arena *a = arena_new(0);
    strbuf b = {0};
    strbuf_puts(&b, "1-5000\t");
    for (int i = 0; i < 5000; i++)
        strbuf_putc(&b, 'x');
    strbuf_puts(&b, "\t_\t_\t_\t_\t_\t_\t_\t_\n");
    for (int i = 1; i <= 5000; i++)
        strbuf_printf(&b, "%d\tx\t_\tX\t_\t_\t%d\tdep\t_\t_\n", i, i == 1 ? 0 : 1);
    strbuf_putc(&b, '\n');
    conllu_doc d;
    sitrep_error err = {0};
    assert_true(conllu_read(a, "t", b.data, b.len, &d, &err));
    ud_eval e;
    assert_true(ud_eval_run(d.sentences, d.n, d.sentences, d.n, &e, &err));
    expect_count(&e, UD_EVAL_WORDS, 5000, 5000, 5000);
    expect_count(&e, UD_EVAL_LAS, 5000, 5000, 5000);
    strbuf_free(&b);
    arena_free(a);
}

static void test_gold_text(void **state)
{
    /* "# text" when there is one; else the tokens with SpaceAfter; paragraphs apart */
    arena *a = arena_new(0);
    static const char doc[] = "# text = They don't.\n"
                              "1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                              "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
                              "1-2\tWe'll\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "1\tWe\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "2\t'll\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "3\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                              "4\t!\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
                              "# newpar\n"
                              "1\tOk\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    conllu_doc d;
    sitrep_error err = {0};
    assert_true(conllu_read(a, "t", doc, sizeof doc - 1, &d, &err));
    strbuf b = {0};
    ud_eval_gold_text(d.sentences, d.n, &b);
    assert_string_equal(b.data, "They don't. We'll go!\n\nOk");
    strbuf_free(&b);
    arena_free(a);
}

static void test_format(void **state)
{
    arena *a = arena_new(0);
    ud_eval e = run(a, gold_ny, gold_ny), sum = {0};
    ud_eval_add(&sum, &e);
    ud_eval_add(&sum, &e);
    assert_int_equal(sum.m[UD_EVAL_LAS].gold, 10);
    strbuf b = {0};
    ud_eval_format(&b, &sum);
    assert_non_null(strstr(b.data, "LAS        |    100.00 |    100.00 |    100.00 |    100.00\n"));
    assert_non_null(strstr(b.data, "Tokens     |    100.00 |"));
    strbuf_free(&b);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identical),
        cmocka_unit_test(test_gold_tokenization),
        cmocka_unit_test(test_misaligned_token),
        cmocka_unit_test(test_head_on_unaligned_word),
        cmocka_unit_test(test_multiword_tokens),
        cmocka_unit_test(test_text_mismatch),
        cmocka_unit_test(test_empty_token_form),
        cmocka_unit_test(test_huge_multiword_token),
        cmocka_unit_test(test_gold_text),
        cmocka_unit_test(test_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
