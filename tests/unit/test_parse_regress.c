/* test_parse_regress.c: regression tests for parser bugs found by the sanitizer runs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "lexicon/tabari_reader.h"
#include "parse/parse.h"

#include <string.h>

static lexicon *small_lexicon(void)
{
    static const char actors[] = "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n";
    static const char verbs[] = "CONDEMN_ [111]\n";
    lexicon *lx = lex_new();
    sitrep_error err;
    assert_true(tabari_load_buffer(lx, TABARI_ACTORS, "t.actors", actors, strlen(actors), NULL,
                                   NULL, NULL, &err));
    assert_true(tabari_load_buffer(lx, TABARI_VERBS, "t.verbs", verbs, strlen(verbs), NULL, NULL,
                                   NULL, &err));
    lex_freeze(lx);
    return lx;
}

/* One token that splits into many words at its hyphens used to overrun the word array
 * (sized by tokens), so later words were overwritten. */
static void hyphenated_token_keeps_every_word(void **state)
{
    (void)state;
    lexicon *lx = small_lexicon();
    coder_options opt;
    coder_options_default(&opt);
    arena *a = arena_new(4096);
    const char *text = "Freedonia condemned a-b-c-d-e-f-g-h-i-j-k-l Sylvania today again.";
    parsed_sentence ps;
    parse_sentence(lx, &opt, a, text, 0, (uint32_t)strlen(text), 20240101, NULL, &ps);
    assert_int_equal(ps.n, 2 + 12 + 3);
    static const char *letters[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"};
    for (int i = 0; i < 12; i++) {
        const pword *w = &ps.w[2 + i];
        assert_int_equal(w->len, 1);
        assert_memory_equal(w->s, letters[i], 1);
        assert_int_equal(w->end - w->start, 1);
        assert_true(text[w->start] == letters[i][0] || text[w->start] == letters[i][0] + 32);
    }
    assert_int_equal(ps.w[14].type, W_ACTOR);
    assert_memory_equal(ps.w[14].s, "SYLVANIA", 8);
    arena_free(a);
    lex_free(lx);
}

/* A dash between blanks separates clauses like a comma (so an agent after it does not
 * attach to the actor before it), unless the option is off, as for TABARI's suites. */
static void spaced_dash_is_a_clause_break(void **state)
{
    (void)state;
    lexicon *lx = small_lexicon();
    coder_options opt;
    coder_options_default(&opt);
    arena *a = arena_new(4096);
    const char *text = "Freedonia condemned Sylvania - officials in the capital said on Monday.";
    parsed_sentence ps;
    parse_sentence(lx, &opt, a, text, 0, (uint32_t)strlen(text), 20240101, NULL, &ps);
    /* the dash became a comma, which opened a trailing comma clause that was removed */
    assert_int_equal(ps.w[3].len, 1);
    assert_memory_equal(ps.w[3].s, ",", 1);
    assert_true(ps.w[3].start == (uint32_t)(strchr(text, '-') - text));
    assert_true(ps.w[4].subord);
    opt.dash_clauses = false;
    parse_sentence(lx, &opt, a, text, 0, (uint32_t)strlen(text), 20240101, NULL, &ps);
    assert_memory_equal(ps.w[3].s, "OFFICIALS", 9);
    arena_free(a);
    lex_free(lx);
}

/* "the two countries" / "both sides" stand for the two states named last: in the sentence
 * when it names two, else the pair the previous sentences left ("both sides": the pair the
 * last conflict event opposed, when there is one). */
static void plural_descriptions_name_the_pair(void **state)
{
    (void)state;
    lexicon *lx = small_lexicon();
    coder_options opt;
    coder_options_default(&opt);
    opt.minimum_words = 3;
    arena *a = arena_new(4096);
    parsed_sentence ps;
    const char *t1 = "Both sides condemned the attack on the border post.";
    sentence_context ctx = {.pair = "FRE/SYL"};
    parse_sentence_in(lx, &opt, a, t1, 0, (uint32_t)strlen(t1), 20240101, &ctx, &ps);
    assert_int_equal(ps.w[1].type, W_PRONOUN);
    assert_string_equal(ps.w[1].fwd_code, "FRE/SYL");
    /* the sides of a dispute: the two states the last conflict event opposed, where the
       document has one; "the two countries" stay the two states named last */
    sentence_context disputed = {.pair = "FRE/SYL", .sides = "SYL/BOT"};
    parse_sentence_in(lx, &opt, a, t1, 0, (uint32_t)strlen(t1), 20240101, &disputed, &ps);
    assert_string_equal(ps.w[1].fwd_code, "SYL/BOT");
    const char *t3 = "The two countries condemned the attack on the border post.";
    parse_sentence_in(lx, &opt, a, t3, 0, (uint32_t)strlen(t3), 20240101, &disputed, &ps);
    assert_int_equal(ps.w[2].type, W_PRONOUN);
    assert_string_equal(ps.w[2].fwd_code, "FRE/SYL");

    const char *t2 = "Freedonia told Sylvania that the two countries would condemn the attack.";
    sentence_context none = {.forward = NULL};
    parse_sentence_in(lx, &opt, a, t2, 0, (uint32_t)strlen(t2), 20240101, &none, &ps);
    int k = 0;
    while (k < ps.n && !(ps.w[k].len == 9 && memcmp(ps.w[k].s, "COUNTRIES", 9) == 0))
        k++;
    assert_true(k < ps.n);
    assert_int_equal(ps.w[k].type, W_PRONOUN);
    assert_string_equal(ps.w[k].fwd_code, "FRE/SYL");

    /* off for TABARI's suites */
    opt.descriptions = false;
    parse_sentence_in(lx, &opt, a, t1, 0, (uint32_t)strlen(t1), 20240101, &ctx, &ps);
    assert_int_not_equal(ps.w[1].type, W_PRONOUN);
    arena_free(a);
    lex_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hyphenated_token_keeps_every_word),
        cmocka_unit_test(spaced_dash_is_a_clause_break),
        cmocka_unit_test(plural_descriptions_name_the_pair),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
