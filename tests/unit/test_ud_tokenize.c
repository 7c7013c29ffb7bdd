/* test_ud_tokenize.c: unit tests for the UD tokenizer and sentence splitter
 * (src/syntax/ud_tokenize.c).
 *
 * Each case renders the tokenizer's output as one line per sentence:
 *   [start,end) then words as form@start-end, "_" after a word with space_after 0, a
 *   multiword token as {surface} before its words, and "P" on a sentence after a blank
 *   line,
 * and compares it with the expected text, so forms, byte offsets, space_after, multiword
 * tokens and sentence spans are all checked at once. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "base/file.h"
#include "base/arena.h"
#include "base/strbuf.h"
#include "syntax/conllu.h"
#include "syntax/ud_eval.h"
#include "syntax/ud_tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void render(strbuf *b, const ud_sentence *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        strbuf_printf(b, "[%u,%u)%s:", s[i].start, s[i].end, s[i].newpar ? " P" : "");
        uint32_t m = 0;
        for (uint32_t j = 0; j < s[i].n; j++) {
            const ud_word *w = &s[i].words[j];
            if (m < s[i].nmwt && s[i].mwts[m].first == j + 1) {
                const ud_mwt *t = &s[i].mwts[m++];
                strbuf_printf(b, " {%s}", t->form);
                /* the record agrees with its words */
                assert_int_equal(t->start, s[i].words[t->first - 1].start);
                assert_int_equal(t->end, s[i].words[t->last - 1].end);
                assert_int_equal(t->space_after, s[i].words[t->last - 1].space_after);
                for (uint32_t k = t->first; k <= t->last; k++)
                    assert_int_equal(s[i].words[k - 1].mwt, m);
            }
            assert_true(w->has_span);
            assert_int_equal(w->head, UD_NO_HEAD);
            assert_int_equal(strlen(w->form), w->end - w->start);
            strbuf_printf(b, " %s@%u-%u%s", w->form, w->start, w->end, w->space_after ? "" : "_");
        }
        assert_int_equal(m, s[i].nmwt);
        strbuf_putc(b, '\n');
    }
}

static void expect(const char *text, const char *want)
{
    arena *a = arena_new(0);
    ud_sentence *s;
    size_t n = ud_tokenize(a, text, strlen(text), &s);
    strbuf b = {0};
    render(&b, s, n);
    if (strcmp(b.data ? b.data : "", want) != 0)
        fprintf(stderr, "input: %s\nwant:\n%sgot:\n%s", text, want, b.data ? b.data : "");
    assert_string_equal(b.data ? b.data : "", want);
    strbuf_free(&b);
    arena_free(a);
}

static void test_empty(void **state)
{
    arena *a = arena_new(0);
    ud_sentence *s = (ud_sentence *)1;
    assert_int_equal(ud_tokenize(a, "", 0, &s), 0);
    assert_null(s);
    assert_int_equal(ud_tokenize(a, " \n\t\n ", 5, &s), 0);
    assert_null(s);
    arena_free(a);
}

static void test_clitics(void **state)
{
    expect("I'm sure you're right; we've said they'll go, I'd say.",
           "[0,54): {I'm} I@0-1_ 'm@1-3 sure@4-8 {you're} you@9-12_ 're@12-15 right@16-21_ "
           ";@21-22 {we've} we@23-25_ 've@25-28 said@29-33 {they'll} they@34-38_ 'll@38-41 "
           "go@42-44_ ,@44-45 {I'd} I@46-47_ 'd@47-49 say@50-53_ .@53-54\n");
    expect("She can't, won't, and cannot go. Don't!",
           "[0,32): She@0-3 {can't} ca@4-6_ n't@6-9_ ,@9-10 {won't} wo@11-13_ n't@13-16_ "
           ",@16-17 and@18-21 {cannot} can@22-25_ not@25-28 go@29-31_ .@31-32\n"
           "[33,39): {Don't} Do@33-35_ n't@35-38_ !@38-39\n");
    expect("I'm gonna wanna dont",
           "[0,20): {I'm} I@0-1_ 'm@1-3 {gonna} gon@4-7_ na@7-9 {wanna} wan@10-13_ na@13-15 "
           "{dont} do@16-18_ nt@18-20\n");
    /* curly apostrophes: the clitic keeps the three bytes of U+2019 */
    expect("don\xe2\x80\x99t it\xe2\x80\x99s",
           "[0,14): {don\xe2\x80\x99t} do@0-2_ n\xe2\x80\x99t@2-7 {it\xe2\x80\x99s} it@8-10_ "
           "\xe2\x80\x99s@10-14\n");
    /* O'Neil is one word; "its" is not split */
    expect("O'Neil saw its tail", "[0,19): O'Neil@0-6 saw@7-10 its@11-14 tail@15-19\n");
}

static void test_possessives(void **state)
{
    expect("Korea's and Korea\xe2\x80\x99s missiles; the parents' house; its roof.",
           "[0,61): {Korea's} Korea@0-5_ 's@5-7 and@8-11 {Korea\xe2\x80\x99s} Korea@12-17_ "
           "\xe2\x80\x99s@17-21 missiles@22-30_ ;@30-31 the@32-35 {parents'} parents@36-43_ "
           "'@43-44 house@45-50_ ;@50-51 its@52-55 roof@56-60_ .@60-61\n");
    /* the close of a single quote after an s is not a possessive */
    expect("'big risks' ahead",
           "[0,17): '@0-1_ big@1-4 risks@5-10_ '@10-11 ahead@12-17\n");
}

static void test_abbreviations(void **state)
{
    expect("Mr. Smith of Acme Inc. met Gen. Lee in the U.S. on Jan. 5, e.g. at noon.",
           "[0,72): Mr.@0-3 Smith@4-9 of@10-12 Acme@13-17 Inc.@18-22 met@23-26 Gen.@27-31 "
           "Lee@32-35 in@36-38 the@39-42 U.S.@43-47 on@48-50 Jan.@51-55 5@56-57_ ,@57-58 "
           "e.g.@59-63 at@64-66 noon@67-71_ .@71-72\n");
    /* initials do not end a sentence; an abbreviation that does gives its period back */
    expect("He met J. R. Smith. It was 5 p.m. Then etc. and Mr. Lee",
           "[0,19): He@0-2 met@3-6 J.@7-9 R.@10-12 Smith@13-18_ .@18-19\n"
           "[20,33): It@20-22 was@23-26 5@27-28 p.m@29-32_ .@32-33\n"
           "[34,55): Then@34-38 etc.@39-43 and@44-47 Mr.@48-51 Lee@52-55\n");
    /* a company suffix may end a sentence, before a word that opens one */
    expect("He joined Acme Inc. The firm grew. Acme Inc. said so.",
           "[0,19): He@0-2 joined@3-9 Acme@10-14 Inc@15-18_ .@18-19\n"
           "[20,34): The@20-23 firm@24-28 grew@29-33_ .@33-34\n"
           "[35,53): Acme@35-39 Inc.@40-44 said@45-49 so@50-52_ .@52-53\n");
}

static void test_quotes_and_brackets(void **state)
{
    expect("\"Stop,\" he said. 'Really?' (Yes.) [No] {x}",
           "[0,16): \"@0-1_ Stop@1-5_ ,@5-6_ \"@6-7 he@8-10 said@11-15_ .@15-16\n"
           "[17,26): '@17-18_ Really@18-24_ ?@24-25_ '@25-26\n"
           "[27,33): (@27-28_ Yes@28-31_ .@31-32_ )@32-33\n"
           "[34,42): [@34-35_ No@35-37_ ]@37-38 {@39-40_ x@40-41_ }@41-42\n");
    expect("\xe2\x80\x9cNo.\xe2\x80\x9d Then ``so'' it",
           "[0,9): \xe2\x80\x9c@0-3_ No@3-5_ .@5-6_ \xe2\x80\x9d@6-9\n"
           "[10,24): Then@10-14 ``@15-17_ so@17-19_ ''@19-21 it@22-24\n");
}

static void test_dashes_and_runs(void **state)
{
    expect("Wait -- what... no\xe2\x80\x94yes \xe2\x80\x93 maybe?! Ok!!! :) fine ;-)",
           "[0,36): Wait@0-4 --@5-7 what@8-12_ ...@12-15 no@16-18_ \xe2\x80\x94@18-21_ "
           "yes@21-24 \xe2\x80\x93@25-28 maybe@29-34_ ?!@34-36\n"
           "[37,54): Ok@37-39_ !!!@39-42 :)@43-45 fine@46-50 ;-)@51-54\n");
}

static void test_urls_and_emails(void **state)
{
    expect("See http://www.example.com/a-b?x=1. Mail bob.smith@example.org, or www.x.org!",
           "[0,35): See@0-3 http://www.example.com/a-b?x=1@4-34_ .@34-35\n"
           "[36,77): Mail@36-40 bob.smith@example.org@41-62_ ,@62-63 or@64-66 "
           "www.x.org@67-76_ !@76-77\n");
    expect("(<a@b.com>)", "[0,11): (@0-1_ <@1-2_ a@b.com@2-9_ >@9-10_ )@10-11\n");
}

static void test_numbers(void **state)
{
    expect("It costs $5,000 or 11.8% at 3:30pm on 11/28/2000, up 2.5 points.",
           "[0,64): It@0-2 costs@3-8 $@9-10_ 5,000@10-15 or@16-18 11.8@19-23_ %@23-24 "
           "at@25-27 3:30@28-32_ pm@32-34 on@35-37 11/28/2000@38-48_ ,@48-49 up@50-52 "
           "2.5@53-56 points@57-63_ .@63-64\n");
    expect("1990s 3rd 35mm 1,2", "[0,18): 1990s@0-5 3rd@6-9 35@10-12_ mm@12-14 1@15-16_ ,@16-17_ 2@17-18\n");
}

static void test_hyphens(void **state)
{
    expect("Iranian-made e-mail non-profit self-esteem 713-853-3989 3-4",
           "[0,59): Iranian@0-7_ -@7-8_ made@8-12 e-mail@13-19 non-profit@20-30 self@31-35_ "
           "-@35-36_ esteem@36-42 713-853-3989@43-55 3@56-57_ -@57-58_ 4@58-59\n");
    /* phone numbers, dates and codes stay whole, ranges are split */
    expect("750-800 853-7557 12-20-2000 1998-2001 94720-1900",
           "[0,48): 750@0-3_ -@3-4_ 800@4-7 853-7557@8-16 12-20-2000@17-27 1998@28-32_ "
           "-@32-33_ 2001@33-37 94720-1900@38-48\n");
}

static void test_sentences(void **state)
{
    expect("He left. She stayed. \"Go.\" They went. In the U.S. The end.",
           "[0,8): He@0-2 left@3-7_ .@7-8\n"
           "[9,20): She@9-12 stayed@13-19_ .@19-20\n"
           "[21,26): \"@21-22_ Go@22-24_ .@24-25_ \"@25-26\n"
           "[27,37): They@27-31 went@32-36_ .@36-37\n"
           "[38,49): In@38-40 the@41-44 U.S@45-48_ .@48-49\n"
           "[50,58): The@50-53 end@54-57_ .@57-58\n");
    /* a heading line, then a blank line: paragraphs */
    expect("Title Here\nThe text starts. Second.\n\nNew paragraph.",
           "[0,10): Title@0-5 Here@6-10\n"
           "[11,27): The@11-14 text@15-19 starts@20-26_ .@26-27\n"
           "[28,35): Second@28-34_ .@34-35\n"
           "[37,51) P: New@37-40 paragraph@41-50_ .@50-51\n");
    /* no split before a lower-case word, after a decimal point, or inside a wrapped line */
    expect("It rose 2.5 p.c. and fell.\nThe end",
           "[0,26): It@0-2 rose@3-7 2.5@8-11 p.c.@12-16 and@17-20 fell@21-25_ .@25-26\n"
           "[27,34): The@27-30 end@31-34\n");
}

static void test_web_text_and_footnotes(void **state)
{
    /* web text starts sentences in lower case */
    expect("where did you grow up? india? no. ok",
           "[0,22): where@0-5 did@6-9 you@10-13 grow@14-18 up@19-21_ ?@21-22\n"
           "[23,29): india@23-28_ ?@28-29\n"
           "[30,33): no@30-32_ .@32-33\n"
           "[34,36): ok@34-36\n");
    /* ... but a quotation followed by a lower-case word goes on */
    expect("\"Why?\" he asked. \"Stop!\" she said.",
           "[0,16): \"@0-1_ Why@1-4_ ?@4-5_ \"@5-6 he@7-9 asked@10-15_ .@15-16\n"
           "[17,34): \"@17-18_ Stop@18-22_ !@22-23_ \"@23-24 she@25-28 said@29-33_ .@33-34\n");
    /* a footnote mark stays with its sentence; "etc." before a bracket keeps its period */
    expect("He stayed in 1805. [6] An odd boy (BBC etc.) was there.",
           "[0,22): He@0-2 stayed@3-9 in@10-12 1805@13-17_ .@17-18 [@19-20_ 6@20-21_ ]@21-22\n"
           "[23,55): An@23-25 odd@26-29 boy@30-33 (@34-35_ BBC@35-38 etc.@39-43_ )@43-44 "
           "was@45-48 there@49-54_ .@54-55\n");
    /* a word broken off keeps its hyphen */
    expect("I was af- afraid of re- and post-war",
           "[0,36): I@0-1 was@2-5 af-@6-9 afraid@10-16 of@17-19 re-@20-23 and@24-27 "
           "post-war@28-36\n");
    /* a number without its leading zero; a long cut-off word before a dash; a list
     * number at the start of a line keeps its period and does not end a sentence */
    expect("He hit .265 and I was think- \xe2\x80\x94 no.\n1. The nature of it.",
           "[0,36): He@0-2 hit@3-6 .265@7-11 and@12-15 I@16-17 was@18-21 think-@22-28 "
           "\xe2\x80\x94@29-32 no@33-35_ .@35-36\n"
           "[37,57): 1.@37-39 The@40-43 nature@44-50 of@51-53 it@54-56_ .@56-57\n");
}

/* Scores the tokenizer on a treebank's raw text (as tests/tools/ud_tokcheck does); skips
 * when ../shared is not there. The floors sit a little under the measured figures, so
 * that a change that makes tokenization worse fails here. */
static void check_treebank(const char *file, double min_words, double min_sentences)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/ud/%s", SITREP_SHARED_DIR, file);
    size_t len;
    char *buf = file_read_path(path, &len, NULL);
    if (!buf)
        skip();
    arena *a = arena_new(0);
    conllu_doc gold;
    sitrep_error err = {0};
    assert_true(conllu_read(a, file, buf, len, &gold, &err));
    strbuf text = {0};
    ud_eval_gold_text(gold.sentences, gold.n, &text);
    ud_sentence *sys;
    size_t n = ud_tokenize(a, text.data, text.len, &sys);
    ud_eval e;
    assert_true(ud_eval_run(gold.sentences, gold.n, sys, n, &e, &err));
    double words = ud_eval_f1(&e.m[UD_EVAL_WORDS]), sents = ud_eval_f1(&e.m[UD_EVAL_SENTENCES]);
    fprintf(stderr, "%s: words F1 %.2f, sentences F1 %.2f\n", file, words, sents);
    assert_true(words >= min_words);
    assert_true(sents >= min_sentences);
    strbuf_free(&text);
    arena_free(a);
    free(buf);
}

static void test_treebanks_dev(void **state)
{
    check_treebank("en_ewt-ud-dev.conllu", 99.0, 85.0);
    check_treebank("en_gum-open-dev.conllu", 99.8, 95.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_clitics),
        cmocka_unit_test(test_possessives),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_quotes_and_brackets),
        cmocka_unit_test(test_dashes_and_runs),
        cmocka_unit_test(test_urls_and_emails),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_hyphens),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_web_text_and_footnotes),
        cmocka_unit_test(test_treebanks_dev),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
