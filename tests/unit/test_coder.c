/* test_coder.c: end-to-end unit tests for the event coder (src/coder): sentences written
 * here, coded with a small invented lexicon (Freedonia, Sylvania, Osterlich, Marsovia...),
 * with the exact list of events each must give: patterns with '+' and '$', paired codes,
 * compound and coded-compound actors, the passive voice, subordinate, dominant, null and
 * discard codes, agents, FORMER, date-restricted codes, pronouns and forwarded actors,
 * removal of self-directed and duplicate events, the CODE BY options, byte spans and
 * provenance. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/arena.h"
#include "coder/coder.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdio.h>
#include <string.h>

static const char actors[] = "FREEDONIA_ [FRE]\n"
                             "+FREEDONIAN_\n"
                             "SYLVANIA_ [SYL]\n"
                             "+SYLVANIAN_\n"
                             "OSTERLICH_ [OST]\n"
                             "MARSOVIA_ [MAR]\n"
                             "GRAUSTARK_ [GRA <950601] [GRB]\n"
                             "BALKANIA_ [BAL/BLK]\n"
                             "CHESS_CLUB_ [###]\n"
                             "<NOUN>\nBOMB_\n</NOUN>\n";

static const char agents[] = "PRESIDENT_ [~GOVPRS]\n"
                             "HUMAN_RIGHTS_GROUP_ [NGO~]\n";

static const char verbs[] = "ATTACK_ [190]\n"               /* 1 */
                            "- * + WITH BOMB [195]\n"       /* 2 */
                            "ACCUSE_ [112]\n"               /* 3 */
                            "SEND_ [070]\n"                 /* 4 */
                            "{SENT_}\n"                     /* 5 */
                            "- $ * AID TO + [073]\n"        /* 6 */
                            "VISIT_ [042:043]\n"            /* 7 */
                            "ASK_ [020?]\n"                 /* 8 */
                            "DENOUNCE_ [111!]\n"            /* 9 */
                            "IGNORE_ [---]\n"               /* 10 */
                            "PRAISE_ [051]\n"               /* 11 */
                            "MEET_ [040]\n"                 /* 12 */
                            "{MET_}\n"                      /* 13 */
                            "- * + IN JEST [---]\n";        /* 14 */

typedef struct fixture {
    lexicon *lx;
    arena *a;
    coder_options opt;
    coded_sentence out;
    char events[1024];
} fixture;

static int setup(void **state)
{
    static fixture f;
    sitrep_error err;
    f.lx = lex_new();
    if (!tabari_load_buffer(f.lx, TABARI_ACTORS, "c.actors", actors, strlen(actors), NULL, NULL,
                            NULL, &err) ||
        !tabari_load_buffer(f.lx, TABARI_AGENTS, "c.agents", agents, strlen(agents), NULL, NULL,
                            NULL, &err) ||
        !tabari_load_buffer(f.lx, TABARI_VERBS, "c.verbs", verbs, strlen(verbs), NULL, NULL,
                            NULL, &err))
        return -1;
    lex_freeze(f.lx);
    f.a = arena_new(0);
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

static int reset_options(void **state)
{
    fixture *f = *state;
    coder_options_default(&f->opt);
    f->opt.minimum_words = 3;
    return 0;
}

/* Codes `text` and returns its events as "SRC>TGT:CODE ..." in order. */
static const char *code_full(fixture *f, const char *text, int32_t date, const char *forward)
{
    arena_reset(f->a);
    coder_code_sentence(f->lx, &f->opt, f->a, text, 0, (uint32_t)strlen(text), date, 3, forward,
                        &f->out);
    f->events[0] = '\0';
    size_t len = 0;
    for (size_t i = 0; i < f->out.nevents; i++) {
        const event *e = &f->out.events[i];
        len += (size_t)snprintf(f->events + len, sizeof f->events - len, "%s%s>%s:%s",
                                i ? " " : "", e->source.code, e->target.code, e->code);
        assert_int_equal(e->sentence_index, 3);
        assert_int_equal(e->sentence.start, 0);
        assert_int_equal(e->sentence.end, strlen(text));
    }
    assert_int_equal(f->out.outcome == CODED_EVENTS, f->out.nevents > 0);
    return f->events;
}

static const char *code(fixture *f, const char *text)
{
    return code_full(f, text, 19990101, NULL);
}

static void test_simple_svo(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia attacked Sylvania on Monday."), "FRE>SYL:190");
    assert_int_equal(f->out.outcome, CODED_EVENTS);
    const event *e = &f->out.events[0];
    assert_string_equal(e->source.country, "FRE");
    assert_string_equal(e->source.role, "");
    assert_string_equal(e->source.text, "Freedonia");
    assert_string_equal(e->target.text, "Sylvania");
    assert_string_equal(e->verb_entry, "c.verbs:1");
    assert_string_equal(f->out.first_actor, "FRE");
}

static void test_spans(void **state)
{
    fixture *f = *state;
    const char *text = "On Monday the Freedonian president attacked Sylvania.";
    assert_string_equal(code(f, text), "FREGOVPRS>SYL:190");
    const event *e = &f->out.events[0];
    assert_int_equal(e->source.where.end - e->source.where.start, strlen("Freedonian"));
    assert_memory_equal(text + e->source.where.start, "Freedonian", strlen("Freedonian"));
    assert_int_equal(e->target.where.end - e->target.where.start, strlen("Sylvania"));
    assert_memory_equal(text + e->target.where.start, "Sylvania", strlen("Sylvania"));
    assert_int_equal(e->verb.end - e->verb.start, strlen("attacked"));
    assert_memory_equal(text + e->verb.start, "attacked", strlen("attacked"));
    assert_string_equal(e->source.country, "FRE");
    assert_string_equal(e->source.role, "GOVPRS");
}

static void test_patterns(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia attacked Sylvania with bombs."), "FRE>SYL:195");
    assert_string_equal(f->out.events[0].verb_entry, "c.verbs:2");
    /* '$' takes the actor before the verb, not the first of the clause */
    assert_string_equal(code(f, "Osterlich said Freedonia sent aid to Sylvania."),
                        "FRE>SYL:073");
    assert_string_equal(f->out.events[0].verb_entry, "c.verbs:6");
    /* without the pattern: the root's code and the regular source */
    assert_string_equal(code(f, "Osterlich said Freedonia sent troops to Sylvania."),
                        "OST>SYL:070");
    /* provenance of a root-coded event: the line of the form that matched */
    assert_string_equal(f->out.events[0].verb_entry, "c.verbs:5");
}

static void test_paired_code(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia visited Sylvania on Monday."),
                        "FRE>SYL:042 SYL>FRE:043");
}

static void test_compounds(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia and Sylvania attacked Osterlich."),
                        "FRE>OST:190 SYL>OST:190");
    assert_string_equal(code(f, "Freedonia attacked Sylvania and Osterlich."),
                        "FRE>SYL:190 FRE>OST:190");
    assert_string_equal(code(f, "Freedonia, Sylvania and Osterlich attacked Marsovia."),
                        "FRE>MAR:190 SYL>MAR:190 OST>MAR:190");
    /* a coded compound [BAL/BLK] */
    assert_string_equal(code(f, "Balkania attacked Sylvania on Monday."),
                        "BAL>SYL:190 BLK>SYL:190");
}

static void test_passive(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Sylvania was attacked by Freedonia on Monday."), "FRE>SYL:190");
    assert_string_equal(code(f, "Sylvania attacked Freedonia on Monday."), "SYL>FRE:190");
}

static void test_subordinate_and_dominant(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia asked Sylvania for help."), "FRE>SYL:020");
    assert_string_equal(code(f, "Freedonia asked Sylvania for help and Osterlich attacked Marsovia."),
                        "OST>MAR:190");
    assert_string_equal(code(f, "Osterlich attacked Marsovia but Freedonia denounced Sylvania."),
                        "FRE>SYL:111");
}

static void test_null_and_discard(void **state)
{
    fixture *f = *state;
    /* a null-coded root makes no event at all */
    assert_string_equal(code(f, "Freedonia ignored Sylvania on Monday."), "");
    assert_int_equal(f->out.outcome, CODED_NO_EVENTS);
    /* a null-coded pattern matches, and codes nothing */
    assert_string_equal(code(f, "Freedonia met Sylvania in jest."), "");
    assert_int_equal(f->out.outcome, CODED_ONLY_NULL);
    assert_string_equal(code(f, "Freedonia met Sylvania in Marsovia."), "FRE>SYL:040");
    assert_string_equal(code(f, "The chess club attacked Sylvania on Monday."), "");
    assert_int_equal(f->out.outcome, CODED_DISCARD);
    assert_string_equal(code(f, "Freedonia and Sylvania held talks on Monday."), "");
    assert_int_equal(f->out.outcome, CODED_NO_EVENTS);
}

static void test_agents(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "The Freedonian president accused Sylvania."), "FREGOVPRS>SYL:112");
    assert_string_equal(code(f, "The Sylvanian human rights group accused Freedonia."),
                        "NGOSYL>FRE:112");
    assert_string_equal(code(f, "The former Freedonian president accused Sylvania."),
                        "FREELI>SYL:112");
}

static void test_date_restricted(void **state)
{
    fixture *f = *state;
    const char *text = "Graustark attacked Sylvania on Monday.";
    assert_string_equal(code_full(f, text, 19940101, NULL), "GRA>SYL:190");
    assert_string_equal(code_full(f, text, 19960101, NULL), "GRB>SYL:190");
}

static void test_pronouns(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia met Sylvania and he attacked Osterlich."),
                        "FRE>SYL:040 FRE>OST:190");
    /* a pronoun that opens the sentence takes the forwarded actor */
    assert_string_equal(code_full(f, "He attacked Sylvania on Monday.", 19990101, "OST"),
                        "OST>SYL:190");
    assert_string_equal(f->out.first_actor, "SYL");
    assert_string_equal(code_full(f, "He attacked Sylvania on Monday.", 19990101, NULL), "");
}

static void test_removed_events(void **state)
{
    fixture *f = *state;
    /* SYL>SYL is dropped */
    assert_string_equal(code(f, "Freedonia and Sylvania attacked Sylvania."), "FRE>SYL:190");
    /* the second, identical event is dropped */
    assert_string_equal(code(f, "Freedonia attacked Sylvania and attacked Sylvania again."),
                        "FRE>SYL:190");
}

static void test_code_by(void **state)
{
    fixture *f = *state;
    sitrep_error err;
    const char *two_clauses = "Freedonia attacked Sylvania and praised Osterlich on Monday.";
    const char *one_clause = "Freedonia attacked Sylvania then praised Osterlich.";
    assert_string_equal(code(f, two_clauses), "FRE>SYL:190 FRE>OST:051");
    assert_string_equal(code(f, one_clause), "FRE>SYL:190");

    assert_true(coder_options_apply(&f->opt, "SET: CODE BY SENTENCE", &err));
    assert_int_equal(f->opt.code_by, CODE_BY_SENTENCE);
    assert_string_equal(code(f, two_clauses), "FRE>SYL:190");

    assert_true(coder_options_apply(&f->opt, "SET: CODE ALL", &err));
    assert_int_equal(f->opt.code_by, CODE_ALL);
    assert_string_equal(code(f, one_clause), "FRE>SYL:190 FRE>OST:051");
    assert_string_equal(code(f, two_clauses), "FRE>SYL:190 FRE>OST:051");

    assert_true(coder_options_apply(&f->opt, "SET: CODE BY CLAUSE", &err));
    assert_int_equal(f->opt.code_by, CODE_BY_CLAUSE);
    assert_string_equal(code(f, one_clause), "FRE>SYL:190");
}

/* An agent's role after an actor's code, without repeating roles the code ends with. */
static void test_compose_code(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    assert_string_equal(coder_compose_code(a, "KEN", "~COP"), "KENCOP");
    assert_string_equal(coder_compose_code(a, "PRKGOV", "~GOVMED"), "PRKGOVMED");
    assert_string_equal(coder_compose_code(a, "RUS", "~GOVMED"), "RUSGOVMED");
    assert_string_equal(coder_compose_code(a, "USAGOV", "~GOV"), "USAGOV");
    assert_string_equal(coder_compose_code(a, "IRN", "NGO~"), "NGOIRN");
    arena_free(a);
}

#define T(fn) cmocka_unit_test_setup(fn, reset_options)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_simple_svo),    T(test_spans),          T(test_patterns),
        T(test_paired_code),   T(test_compounds),      T(test_passive),
        T(test_subordinate_and_dominant),              T(test_null_and_discard),
        T(test_agents),        T(test_date_restricted), T(test_pronouns),
        T(test_removed_events), T(test_code_by),   T(test_compose_code),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
