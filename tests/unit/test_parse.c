/* test_parse.c: unit tests for the shallow parser (src/parse): word types from the
 * dictionary roots, verbs read as nouns after a determiner or when capitalised mid-sentence,
 * compound actors, comma-delimited subordinate clauses, clause splitting at conjunctions,
 * pronoun resolution, and the discard, complexity and length checks. The lexicon is a small
 * invented one written here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/arena.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"
#include "parse/parse.h"

#include <stdio.h>
#include <string.h>

static const char actors[] = "FREEDONIA_ [FRE]\n+FREEDONIAN_\n"
                             "SYLVANIA_ [SYL]\n"
                             "OSTERLICH_ [OST]\n"
                             "MARSOVIA_ [MAR]\n"
                             "CHESS_CLUB_ [###]\n"
                             "<NOUN>\nBOMB_\nROCKET_\nARMY_\n</NOUN>\n"
                             "<ADJECTIVE>\nHEAVY_\n</ADJECTIVE>\n";
static const char agents[] = "PRESIDENT_ [~GOVPRS]\n";
static const char verbs[] = "ATTACK_ [190]\nACCUSE_ [112]\nMEET_ [040]\n{MET_}\n"
                            "PRAISE_ [051]\nCRITICIZE_ [111]\nSABOTAGE_ [###]\n";

typedef struct fixture {
    lexicon *lx;
    arena *a;
    coder_options opt;
    parsed_sentence ps;
} fixture;

static int setup(void **state)
{
    static fixture f;
    f.lx = lex_new();
    sitrep_error err;
    if (!tabari_load_buffer(f.lx, TABARI_ACTORS, "p.actors", actors, strlen(actors), NULL, NULL,
                            NULL, &err) ||
        !tabari_load_buffer(f.lx, TABARI_AGENTS, "p.agents", agents, strlen(agents), NULL, NULL,
                            NULL, &err) ||
        !tabari_load_buffer(f.lx, TABARI_VERBS, "p.verbs", verbs, strlen(verbs), NULL, NULL,
                            NULL, &err))
        return -1;
    lex_freeze(f.lx);
    f.a = arena_new(0);
    coder_options_default(&f.opt);
    f.opt.minimum_words = 3;
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    arena_free(f->a);
    lex_free(f->lx);
    return 0;
}

static const parsed_sentence *parse(fixture *f, const char *text, const char *forward)
{
    arena_reset(f->a);
    parse_sentence(f->lx, &f->opt, f->a, text, 0, (uint32_t)strlen(text), 19990101, forward,
                   &f->ps);
    return &f->ps;
}

/* Index of the n-th (0-based) word whose text is `s`, or -1. */
static int word_at(const parsed_sentence *ps, const char *s, int nth)
{
    for (int i = 0; i < ps->n; i++)
        if (ps->w[i].len == strlen(s) && memcmp(ps->w[i].s, s, ps->w[i].len) == 0 && nth-- == 0)
            return i;
    return -1;
}

static int type_of(const parsed_sentence *ps, const char *s)
{
    int i = word_at(ps, s, 0);
    assert_true(i >= 0);
    return ps->w[i].type;
}

static void test_root_types(void **state)
{
    fixture *f = *state;
    const parsed_sentence *ps =
        parse(f, "The Freedonian president accused Sylvania of the attack with heavy bombs.", NULL);
    assert_int_equal(ps->problem, PARSE_OK);
    assert_int_equal(ps->n, 11);
    assert_int_equal(type_of(ps, "THE"), W_DETERMINER);
    assert_int_equal(type_of(ps, "FREEDONIAN"), W_ACTOR);
    assert_int_equal(type_of(ps, "PRESIDENT"), W_AGENT);
    assert_int_equal(type_of(ps, "ACCUSED"), W_VERB);
    assert_int_equal(type_of(ps, "SYLVANIA"), W_ACTOR);
    assert_int_equal(type_of(ps, "OF"), W_PREP);
    assert_int_equal(type_of(ps, "WITH"), W_NULL);
    assert_int_equal(type_of(ps, "HEAVY"), W_ADJECTIVE);
    assert_int_equal(type_of(ps, "BOMBS"), W_NOUN);
    /* a verb after a determiner is a noun */
    assert_int_equal(type_of(ps, "ATTACK"), W_NOUN);
    int fre = word_at(ps, "FREEDONIAN", 0);
    assert_true(ps->w[fre].head && ps->w[fre].tail);
    assert_non_null(ps->w[fre].code);
    assert_string_equal(ps->w[fre].code->code, "FRE");
    assert_string_equal(parse_first_actor_code(ps), "FRE");
    assert_true(parse_is_actor_head(ps, fre));
    assert_false(parse_is_actor_head(ps, word_at(ps, "ACCUSED", 0)));
    /* byte spans point at the text */
    assert_int_equal(ps->w[fre].start, 4);
    assert_int_equal(ps->w[fre].end, 14);
    int acc = word_at(ps, "ACCUSED", 0);
    assert_non_null(ps->w[acc].verb);
    assert_string_equal(ps->w[acc].verb->code.code, "112");
}

static void test_capitalised_verb_is_noun(void **state)
{
    fixture *f = *state;
    const parsed_sentence *ps = parse(f, "Freedonia said the Praise Movement met Sylvania.", NULL);
    assert_int_equal(type_of(ps, "PRAISE"), W_NOUN);
    assert_int_equal(type_of(ps, "MET"), W_VERB);
    /* the same word in lower case is a verb */
    ps = parse(f, "Freedonia will praise Sylvania on Monday.", NULL);
    assert_int_equal(type_of(ps, "PRAISE"), W_VERB);
    /* in an all-capitals sentence capitals mean nothing */
    ps = parse(f, "FREEDONIA WILL PRAISE SYLVANIA ON MONDAY.", NULL);
    assert_int_equal(type_of(ps, "PRAISE"), W_VERB);
}

static void test_compound_actors(void **state)
{
    fixture *f = *state;
    const parsed_sentence *ps =
        parse(f, "Freedonia, Sylvania and Osterlich met in Marsovia on Monday.", NULL);
    int fre = word_at(ps, "FREEDONIA", 0), ost = word_at(ps, "OSTERLICH", 0);
    assert_int_equal(fre, 0);
    assert_int_equal(ost, 4);
    for (int i = 0; i <= ost; i++)
        assert_true(ps->w[i].compound);
    assert_int_equal(ps->w[fre].comp_end, ost);
    assert_false(ps->w[word_at(ps, "MET", 0)].compound);
    assert_false(ps->w[word_at(ps, "MARSOVIA", 0)].compound);
    /* the comma inside the compound opens no subordinate clause */
    for (int i = 0; i < ps->n; i++)
        assert_false(ps->w[i].subord);
    assert_int_equal(ps->nclauses, 1);

    /* "or" makes no compound */
    ps = parse(f, "Freedonia or Sylvania met Osterlich on Monday.", NULL);
    assert_false(ps->w[0].compound);
}

static void test_subordinate_clauses(void **state)
{
    fixture *f = *state;
    const parsed_sentence *ps =
        parse(f, "Freedonia, which has a large army, attacked Sylvania on Monday.", NULL);
    int c1 = word_at(ps, ",", 0), c2 = word_at(ps, ",", 1);
    assert_int_equal(c1, 1);
    assert_int_equal(c2, 7);
    for (int i = 0; i < ps->n; i++)
        assert_int_equal(ps->w[i].subord, i >= c1 && i <= c2);
    assert_int_equal(ps->w[word_at(ps, "ARMY", 0)].type, W_NULL);

    /* one word between the commas: too short to be a clause (the four words after the
     * second comma run to the end of the sentence and are removed as a closing clause) */
    ps = parse(f, "Freedonia, however, attacked Sylvania on Monday.", NULL);
    assert_false(ps->w[word_at(ps, "HOWEVER", 0)].subord);
    assert_true(ps->w[word_at(ps, "SYLVANIA", 0)].subord);

    /* eleven words: too long */
    ps = parse(f, "Freedonia, one two three four five six seven eight nine ten eleven, "
                  "attacked Sylvania.", NULL);
    assert_false(ps->w[word_at(ps, "ONE", 0)].subord);
    assert_false(ps->w[word_at(ps, "ELEVEN", 0)].subord);

    /* ten words: removed */
    ps = parse(f, "Freedonia, one two three four five six seven eight nine ten, "
                  "attacked Sylvania.", NULL);
    assert_true(ps->w[word_at(ps, "TEN", 0)].subord);
    assert_false(ps->w[word_at(ps, "ATTACKED", 0)].subord);

    /* a clause that runs to the end of the sentence */
    ps = parse(f, "Freedonia attacked Sylvania, the radio of Osterlich said.", NULL);
    assert_true(ps->w[word_at(ps, "OSTERLICH", 0)].subord);
    assert_false(ps->w[word_at(ps, "SYLVANIA", 0)].subord);
    assert_int_equal(ps->w[word_at(ps, "OSTERLICH", 0)].type, W_NULL);

    /* COMMA: OFF keeps every clause */
    f->opt.comma_off = true;
    ps = parse(f, "Freedonia, which has a large army, attacked Sylvania on Monday.", NULL);
    for (int i = 0; i < ps->n; i++)
        assert_false(ps->w[i].subord);
    f->opt.comma_off = false;
}

static void test_clauses(void **state)
{
    fixture *f = *state;
    const parsed_sentence *ps =
        parse(f, "Freedonia attacked Sylvania but Osterlich praised Marsovia.", NULL);
    assert_int_equal(ps->nclauses, 2);
    assert_int_equal(ps->clauses[0].start, 0);
    assert_int_equal(ps->clauses[0].end, 2);
    assert_int_equal(ps->clauses[1].start, 4);
    assert_int_equal(ps->clauses[1].end, 6);

    ps = parse(f, "Freedonia attacked Sylvania and praised Osterlich on Monday.", NULL);
    assert_int_equal(ps->nclauses, 2);
    assert_int_equal(ps->clauses[0].end, 2);
    assert_int_equal(ps->clauses[1].start, 4);

    /* "bombs and rockets" is one noun phrase */
    ps = parse(f, "Freedonia attacked Sylvania with bombs and rockets on Monday.", NULL);
    assert_int_equal(ps->nclauses, 1);
    assert_int_equal(ps->clauses[0].start, 0);
    assert_int_equal(ps->clauses[0].end, ps->n - 1);

    /* a compound is not split */
    ps = parse(f, "Freedonia and Sylvania attacked Osterlich on Monday.", NULL);
    assert_int_equal(ps->nclauses, 1);
}

static void test_pronouns(void **state)
{
    fixture *f = *state;
    /* our own lexicon's reading: a state is no "he" */
    const parsed_sentence *ps =
        parse(f, "Freedonia met Sylvania on Monday and he praised Osterlich.", NULL);
    assert_int_equal(ps->w[word_at(ps, "HE", 0)].ref, -1);
    /* TABARI's rules (its suites' options): the first actor */
    f->opt.descriptions = false;
    ps = parse(f, "Freedonia met Sylvania on Monday and he praised Osterlich.", NULL);
    int he = word_at(ps, "HE", 0);
    assert_int_equal(ps->w[he].type, W_PRONOUN);
    assert_int_equal(ps->w[he].ref, 0);
    assert_int_equal(parse_actor_of(ps, he), 0);
    assert_true(parse_is_actor_head(ps, he));

    /* a singular pronoun passes over a compound */
    ps = parse(f, "Freedonia and Sylvania met Osterlich and he praised Marsovia.", NULL);
    assert_int_equal(ps->w[word_at(ps, "HE", 0)].ref, word_at(ps, "OSTERLICH", 0));

    /* a plural pronoun takes the compound */
    ps = parse(f, "Marsovia said Freedonia, Sylvania and Osterlich met and they praised it.",
               NULL);
    int they = word_at(ps, "THEY", 0);
    assert_true(ps->w[they].plural);
    assert_int_equal(ps->w[they].ref, word_at(ps, "FREEDONIA", 0));
    /* "it" is singular: the first actor */
    assert_int_equal(ps->w[word_at(ps, "IT", 0)].ref, word_at(ps, "MARSOVIA", 0));

    /* no antecedent: the forwarded actor of the previous sentence, if any */
    ps = parse(f, "He praised Sylvania on Monday.", "OST");
    he = word_at(ps, "HE", 0);
    assert_int_equal(ps->w[he].ref, -1);
    assert_string_equal(ps->w[he].fwd_code, "OST");
    assert_true(parse_is_actor_head(ps, he));
    ps = parse(f, "He praised Sylvania on Monday.", NULL);
    he = word_at(ps, "HE", 0);
    assert_null(ps->w[he].fwd_code);
    assert_false(parse_is_actor_head(ps, he));
    f->opt.descriptions = true;
}

static void test_problems(void **state)
{
    fixture *f = *state;
    const parsed_sentence *ps = parse(f, "The chess club praised Sylvania on Monday.", NULL);
    assert_int_equal(ps->problem, PARSE_DISCARD);
    ps = parse(f, "Freedonia will sabotage Sylvania on Monday.", NULL);
    assert_int_equal(ps->problem, PARSE_DISCARD);
    /* a discard word inside a removed clause still counts */
    ps = parse(f, "Freedonia, said the chess club, praised Sylvania.", NULL);
    assert_int_equal(ps->problem, PARSE_DISCARD);

    ps = parse(f, "   ", NULL);
    assert_int_equal(ps->problem, PARSE_NO_TEXT);
    f->opt.minimum_words = 8;
    ps = parse(f, "Freedonia attacked Sylvania.", NULL);
    assert_int_equal(ps->problem, PARSE_TOO_SHORT);
    f->opt.minimum_words = 3;

    sitrep_error err;
    assert_true(coder_options_apply(&f->opt, "COMPLEX: VERBS[3] CONJ[2]", &err));
    ps = parse(f, "Freedonia attacked Sylvania and praised Osterlich and met Marsovia.", NULL);
    assert_int_equal(ps->problem, PARSE_COMPLEX);
    assert_non_null(strstr(ps->problem_detail, "verbs"));
    ps = parse(f, "Freedonia met Sylvania and Osterlich met Marsovia but not me.", NULL);
    assert_int_equal(ps->problem, PARSE_OK);
    ps = parse(f, "Freedonia met Sylvania but Osterlich met Marsovia or not.", NULL);
    assert_int_equal(ps->problem, PARSE_COMPLEX);
    assert_non_null(strstr(ps->problem_detail, "conjunctions"));
    assert_true(coder_options_apply(&f->opt, "COMPLEX: NOACTPRIOR", &err));
    ps = parse(f, "Yesterday attacked Sylvania the army of Freedonia.", NULL);
    assert_int_equal(ps->problem, PARSE_COMPLEX);
    ps = parse(f, "Freedonia attacked Sylvania yesterday.", NULL);
    assert_int_equal(ps->problem, PARSE_OK);
    coder_options_default(&f->opt);
    f->opt.minimum_words = 3;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_root_types),
        cmocka_unit_test(test_capitalised_verb_is_noun),
        cmocka_unit_test(test_compound_actors),
        cmocka_unit_test(test_subordinate_clauses),
        cmocka_unit_test(test_clauses),
        cmocka_unit_test(test_pronouns),
        cmocka_unit_test(test_problems),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
