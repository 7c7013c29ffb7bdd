/* test_petrarch_mode.c: the coder's PETRARCH rules (coder_options.petrarch), each with
 * sentences and small dictionaries written here: Treebank contractions ("didn't" ->
 * "DID N'T"), negation through a code ontology (pico_reader.h), agents matched word for
 * word with their regular plurals, null actors made from agents without an actor, the
 * require_dyad option, [###] and [+++] as ordinary actor codes, compounds across words
 * the dictionaries do not know, the <Config> elements of validation records, attribution
 * clauses, lists and stacks of agents, words matched without stems, synonym sets used
 * before their definition, and set members that begin with a one-letter word. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/arena.h"
#include "coder/coder.h"
#include "coder/options.h"
#include "io/petrarch_records.h"
#include "lexicon/lexicon.h"
#include "lexicon/petrarch_reader.h"
#include "lexicon/pico_reader.h"

#include <stdio.h>
#include <string.h>

static const char actors[] = "FREEDONIA [FRE]\n"
                             "SYLVANIA [SYL]\n"
                             "OSTERLICH [OST]\n"
                             "CHESS_CLUB [+++]\n"
                             "CARD_CLUB [###]\n";

static const char agents[] = "DIPLOMAT [~GOV]\n"
                             "POLICE {} [~COP]\n"
                             "DEPUTY {DEPUTIES} [~LEG]\n";

static const char verbs[] = "--- CLASH [190] ---\n"
                            "CLASH\n"
                            "- DID N'T * WITH + [904]\n"
                            "--- ATTACK [190] ---\n"
                            "ATTACK\n"
                            "--- COOPERATE [060] ---\n"
                            "COOPERATE\n"
                            "--- CONDEMN [111] ---\n"
                            "CONDEMN\n";

/* A fragment of an ontology in PICO syntax: 0xFFFF stands for negation. */
static const char pico[] = "# codes and their values\n"
                           "050:0x0080#Cooperate diplomatically\n"
                           "060:0x0070\n"
                           "110:0x1007f#0xFFFF+0x0080#Disapprove\n"
                           "111:0x7001\n"
                           "120:-0xFFFF\n"
                           "121:-0xFFFF+0x0070\n"
                           "1211:-0xFFFF+0x0075\n";

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
    if (!petr_load_buffer(f.lx, PETR_ACTORS, "t.actors", actors, strlen(actors), NULL, NULL,
                          NULL, &err) ||
        !petr_load_buffer(f.lx, PETR_AGENTS, "t.agents", agents, strlen(agents), NULL, NULL,
                          NULL, &err) ||
        !petr_load_buffer(f.lx, PETR_VERBS1, "t.verbs", verbs, strlen(verbs), NULL, NULL, NULL,
                          &err) ||
        !pico_load_buffer(f.lx, "t.pico", pico, strlen(pico), NULL, NULL, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return -1;
    }
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

static int petrarch_options(void **state)
{
    fixture *f = *state;
    coder_options_default(&f->opt);
    f->opt.minimum_words = 0;
    f->opt.descriptions = false;
    f->opt.petrarch = true;
    return 0;
}

/* Codes `text` and returns its events as "SRC>TGT:CODE ..." in order. */
static const char *code(fixture *f, const char *text)
{
    arena_reset(f->a);
    coder_code_sentence(f->lx, &f->opt, f->a, text, 0, (uint32_t)strlen(text), 19990101, 0,
                        NULL, &f->out);
    f->events[0] = '\0';
    size_t len = 0;
    for (size_t i = 0; i < f->out.nevents; i++) {
        const event *e = &f->out.events[i];
        len += (size_t)snprintf(f->events + len, sizeof f->events - len, "%s%s>%s:%s",
                                i ? " " : "", e->source.code, e->target.code, e->code);
    }
    return f->events;
}

static void test_contractions(void **state)
{
    fixture *f = *state;
    /* "didn't" is "DID N'T" for the pattern; the verb's span stays on "clash" */
    assert_string_equal(code(f, "Freedonia didn't clash with Sylvania."), "FRE>SYL:904");
    assert_string_equal(code(f, "Freedonia did not clash with Sylvania."), "FRE>SYL:190");
    f->opt.petrarch = false;
    assert_string_not_equal(code(f, "Freedonia didn't clash with Sylvania."), "FRE>SYL:904");
}

static void test_negation(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia cooperated with Sylvania."), "FRE>SYL:060");
    /* 060 is 0x0070; its negation -0xFFFF+0x0070 is 121 */
    assert_string_equal(code(f, "Freedonia did not cooperate with Sylvania."), "FRE>SYL:121");
    assert_string_equal(code(f, "Freedonia won't ever cooperate with Sylvania."), "FRE>SYL:121");
    assert_string_equal(code(f, "Freedonia never cooperated with Sylvania."), "FRE>SYL:121");
    /* the negation belongs to "try", not to the verb after TO */
    assert_string_equal(code(f, "Freedonia won't try to cooperate with Sylvania."),
                        "FRE>SYL:060");
    /* 111 minus 0xFFFF has no code: a negated condemnation is no event */
    assert_string_equal(code(f, "Freedonia did not condemn Sylvania."), "");
    /* codes the ontology does not list stand as they are */
    assert_string_equal(code(f, "Freedonia didn't attack Sylvania."), "FRE>SYL:190");
    f->opt.petrarch = false;
    assert_string_equal(code(f, "Freedonia did not cooperate with Sylvania."), "FRE>SYL:060");
}

static void test_pico_reader(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    const char bad[] = "050:0x0080\n"
                       "oops\n"
                       "060:0x00zz\n"
                       "110:0x1007f\n";
    assert_false(pico_load_buffer(lx, "bad.pico", bad, strlen(bad), NULL, NULL, &err));
    assert_non_null(strstr(err.message, "bad.pico:2: "));
    lex_freeze(lx);
    assert_true(lex_has_negations(lx));
    assert_string_equal(lex_negated_code(lx, "110"), "050");
    assert_string_equal(lex_negated_code(lx, "112"), "050"); /* by its root, 110 */
    assert_null(lex_negated_code(lx, "050"));
    assert_string_equal(lex_negated_code(lx, "1121"), "1121"); /* four digits: kept */
    assert_string_equal(lex_negated_code(lx, "904"), "904");   /* above 200: kept */
    lex_free(lx);
}

static void test_agent_words(void **state)
{
    fixture *f = *state;
    /* the regular plural, and no stem: "diplomatic" is not "diplomat" */
    assert_string_equal(code(f, "Freedonian diplomats attacked Sylvania."), "FREGOV>SYL:190");
    assert_string_equal(code(f, "Freedonia attacked Sylvania's police."), "FRE>SYLCOP:190");
    /* {} says POLICE has no plural; {DEPUTIES} gives the one it has */
    assert_string_equal(code(f, "Freedonia attacked Sylvania's polices."), "FRE>SYL:190");
    assert_string_equal(code(f, "Freedonia attacked Sylvania's deputies."), "FRE>SYLLEG:190");
    assert_string_equal(code(f, "Freedonia attacked diplomatic Sylvania."), "FRE>SYL:190");
}

static void test_null_actors(void **state)
{
    fixture *f = *state;
    /* an agent that belongs to no actor is a null actor with that role */
    assert_string_equal(code(f, "Diplomats attacked Sylvania."), "---GOV>SYL:190");
    /* before the verb, a null actor is the source even when a coded actor follows */
    assert_string_equal(code(f, "The deputies condemned Sylvania and Osterlich."),
                        "---LEG>SYL:111 ---LEG>OST:111");
    /* a coded actor is preferred to a null one on the same side of the verb */
    assert_string_equal(code(f, "Freedonia attacked diplomats in a raid on Sylvania."),
                        "FRE>SYL:190");
}

static void test_require_dyad(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia attacked on Monday."), "");
    f->opt.require_dyad = false;
    assert_string_equal(code(f, "Freedonia attacked on Monday."), "FRE>---:190");
    assert_string_equal(code(f, "Diplomats attacked on Monday."), "---GOV>---:190");
}

static void test_special_actor_codes(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "The chess club attacked Sylvania."), "+++>SYL:190");
    assert_string_equal(code(f, "The card club attacked Sylvania."), "###>SYL:190");
    f->opt.petrarch = false;
    assert_string_equal(code(f, "The chess club attacked Sylvania."), "");
    assert_int_equal(f->out.outcome, CODED_COMPLEX);
    assert_string_equal(code(f, "The card club attacked Sylvania."), "");
    assert_int_equal(f->out.outcome, CODED_DISCARD);
}

static void test_compounds_unknown_words(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, "Freedonia and the evil awful Sylvania attacked Osterlich."),
                        "FRE>OST:190 SYL>OST:190");
    assert_string_equal(code(f, "Evil Freedonia, the awful Sylvania, and Osterlich condemned "
                                "the deputies."),
                        "FRE>---LEG:111 SYL>---LEG:111 OST>---LEG:111");
    /* the member after the conjunction ends the compound: Osterlich is not in it */
    assert_string_equal(code(f, "Freedonia and the awful Sylvania angry Osterlich attacked."),
                        "FRE>OST:190 SYL>OST:190");
}

/* A lexicon of its own for the rules below: `vk` says which verb syntax. */
static lexicon *load(const char *act, const char *agt, const char *vrb, petr_dict_kind vk)
{
    sitrep_error err;
    lexicon *lx = lex_new();
    if (!petr_load_buffer(lx, PETR_ACTORS, "u.actors", act, strlen(act), NULL, NULL, NULL,
                          &err) ||
        !petr_load_buffer(lx, PETR_AGENTS, "u.agents", agt, strlen(agt), NULL, NULL, NULL,
                          &err) ||
        !petr_load_buffer(lx, vk, "u.verbs", vrb, strlen(vrb), NULL, NULL, NULL, &err)) {
        fprintf(stderr, "%s\n", err.message);
        lex_free(lx);
        return NULL;
    }
    lex_freeze(lx);
    return lx;
}

static const char more_actors[] = "FREEDONIA [FRE]\n"
                                  "+FREEDONIAN\n"
                                  "SYLVANIA [SYL]\n"
                                  "OSTERLICH [OST]\n"
                                  "THE_OST [IGOOST]\n";

static const char more_agents[] = "DIPLOMAT [~GOV]\n"
                                  "POLICE {} [~COP]\n"
                                  "DEPUTY {DEPUTIES} [~LEG]\n"
                                  "REBEL [~REB]\n"
                                  "CHARITY [NGO~]\n";

static const char more_verbs[] = "--- CONDEMN [111] ---\n"
                                 "CONDEMN\n"
                                 "--- SAY [023] ---\n"
                                 "SAY {SAYS SAID SAYING}\n"
                                 "--- DEPART [040] ---\n"
                                 "DEPART\n"
                                 "--- POSTPONE [120] ---\n"
                                 "POSTPONE\n"
                                 "- * MEET [161]\n"
                                 "- * EFFORT [080]\n"
                                 "- * OFF [195]\n";

/* Codes `text` with another lexicon than the fixture's. */
static const char *code_in(fixture *f, lexicon *lx, const char *text)
{
    lexicon *keep = f->lx;
    f->lx = lx;
    const char *r = code(f, text);
    f->lx = keep;
    return r;
}

static void test_attribution_clauses(void **state)
{
    fixture *f = *state;
    lexicon *lx = load(more_actors, more_agents, more_verbs, PETR_VERBS1);
    assert_non_null(lx);
    f->opt.require_dyad = false;
    f->opt.comma_emax = 0;
    const char *s = "Freedonia condemned Sylvania, a senior diplomat said on Monday.";
    /* off: the first event ends the clause */
    assert_string_equal(code_in(f, lx, s), "FRE>SYL:111");
    /* on (PETRARCH-1): the attribution is a clause with its own source */
    f->opt.attribution_clauses = true;
    assert_string_equal(code_in(f, lx, s), "FRE>SYL:111 ---GOV>---:023");
    assert_string_equal(code_in(f, lx, "Freedonia condemned Sylvania, the primary official "
                                       "diplomat Ruritania said on Monday."),
                        "FRE>SYL:111 ---GOV>---:023");
    /* a bare "today" gives the verb nothing to say it of */
    assert_string_equal(code_in(f, lx, "Freedonia condemned Sylvania, a diplomat said today."),
                        "FRE>SYL:111");
    /* no verb after the noun phrase: no clause */
    assert_string_equal(code_in(f, lx, "Freedonia condemned Sylvania, a diplomat from Osterlich."),
                        "FRE>SYL:111");
    lex_free(lx);
}

static void test_agent_lists(void **state)
{
    fixture *f = *state;
    lexicon *lx = load(more_actors, more_agents, more_verbs, PETR_VERBS1);
    assert_non_null(lx);
    /* listed before the actors: each agent gives each member */
    assert_string_equal(code_in(f, lx, "Deputies and diplomats in Freedonia and Sylvania "
                                       "condemned Osterlich."),
                        "FRELEG>OST:111 FREGOV>OST:111 SYLLEG>OST:111 SYLGOV>OST:111");
    /* listed after the actor */
    assert_string_equal(code_in(f, lx, "Freedonian police and diplomats condemned Osterlich."),
                        "FRECOP>OST:111 FREGOV>OST:111");
    /* stacked agents compose, the last one takes the list */
    assert_string_equal(code_in(f, lx, "The Freedonian rebel police and diplomats condemned "
                                       "Osterlich."),
                        "FREREBCOP>OST:111 FREREBGOV>OST:111");
    /* a prefix agent before the actor and a suffix agent after it */
    assert_string_equal(code_in(f, lx, "A charity Freedonia diplomat condemned Osterlich."),
                        "NGOFREGOV>OST:111");
    /* a possessive's agent across unknown words and a conjunction */
    assert_string_equal(code_in(f, lx, "Freedonia's first deputy condemned Osterlich."),
                        "FRELEG>OST:111");
    assert_string_equal(code_in(f, lx, "Freedonia's awful and evil deputy condemned Osterlich."),
                        "FRELEG>OST:111");
    /* an agent with its actor after a preposition is a compound member */
    assert_string_equal(code_in(f, lx, "Sylvania and the police of Freedonia condemned "
                                       "Osterlich."),
                        "SYL>OST:111 FRECOP>OST:111");
    f->opt.petrarch = false; /* TABARI's rules: no lists of agents */
    assert_string_not_equal(code_in(f, lx, "Freedonian police and diplomats condemned "
                                           "Osterlich."),
                            "FRECOP>OST:111 FREGOV>OST:111");
    lex_free(lx);
}

static void test_exact_words(void **state)
{
    fixture *f = *state;
    lexicon *lx = load(more_actors, more_agents, more_verbs, PETR_VERBS1);
    assert_non_null(lx);
    /* pattern words are not stems: MEET is not MEETINGS, OFF not OFFICIALS; plurals are in */
    assert_string_equal(code_in(f, lx, "Freedonia postponed meetings with Sylvania."),
                        "FRE>SYL:120");
    assert_string_equal(code_in(f, lx, "Freedonia postponed a meet with Sylvania."),
                        "FRE>SYL:161");
    assert_string_equal(code_in(f, lx, "Freedonia postponed efforts with Sylvania."),
                        "FRE>SYL:080");
    assert_string_equal(code_in(f, lx, "Freedonia postponed talks with Sylvania officials."),
                        "FRE>SYL:120");
    /* verbs take the regular forms only: no -ES after T, no -EN */
    assert_string_equal(code_in(f, lx, "Freedonia departs from Sylvania."), "FRE>SYL:040");
    assert_string_equal(code_in(f, lx, "Freedonia departes from Sylvania."), "");
    /* the last word of an actor phrase is no stem: THE_OST is not "the Osterlich" */
    assert_string_equal(code_in(f, lx, "The Osterlich diplomats condemned Sylvania."),
                        "OSTGOV>SYL:111");
    assert_string_equal(code_in(f, lx, "The Ost condemned Sylvania."), "IGOOST>SYL:111");
    lex_free(lx);
}

static void test_synsets_forward(void **state)
{
    fixture *f = *state;
    /* a PETRARCH-2 pattern names a set defined further down, which names another */
    const char v2[] = "--- CONDEMN [111] ---\n"
                      "CONDEMN\n"
                      "- * {&HARSH WORDS} (FOR +) [1121]\n"
                      "&HARSH\n"
                      "+&BITTER\n"
                      "+STERN\n"
                      "&BITTER\n"
                      "+ACRID\n"
                      "&PLANE\n"
                      "+A-37B_DRAGONFLY\n"
                      "+BOMBER\n"
                      "--- STAGE [---] ---\n"
                      "STAGE\n"
                      "- &PLANE * RAIDS [195]\n"
                      "- * &PLANE [194]\n";
    lexicon *lx = load(more_actors, more_agents, v2, PETR_VERBS2);
    assert_non_null(lx);
    assert_string_equal(code_in(f, lx, "Freedonia condemned in stern words for Sylvania."),
                        "FRE>SYL:1121");
    assert_string_equal(code_in(f, lx, "Freedonia condemned in acrid words for Sylvania."),
                        "FRE>SYL:1121");
    /* a member that begins with a one-letter word is a designation, compared whole: the
     * article "a" is not the aircraft "A-37B Dragonfly", before the verb or after it */
    assert_string_equal(code_in(f, lx, "A force from Freedonia staged raids on Sylvania."), "");
    assert_string_equal(code_in(f, lx, "Freedonia staged a large exercise near Sylvania."), "");
    assert_string_equal(code_in(f, lx, "An A-37B Dragonfly from Freedonia staged raids on "
                                       "Sylvania."),
                        "FRE>SYL:195");
    assert_string_equal(code_in(f, lx, "Freedonia staged an exercise with a bomber near "
                                       "Sylvania."),
                        "FRE>SYL:194");
    lex_free(lx);
}

static void test_records_config(void **state)
{
    (void)state;
    const char xml[] = "<Validation><Environment><PICOfile>o.txt</PICOfile></Environment>\n"
                       "<Sentences>\n"
                       "<Sentence id=\"A-1\" category=\"A\" date=\"19950101\">\n"
                       "<Text>One.</Text></Sentence>\n"
                       "<!-- <Config option=\"comma_max\" value=\"1\"/> -->\n"
                       "<Config option=\"require_dyad\" value=\"False\" />\n"
                       "<Config option=\"comma_emax\" value=\"0\"></Config>\n"
                       "<Sentence id=\"A-2\" category=\"A\" date=\"19950101\">\n"
                       "<Text>Two.</Text></Sentence>\n";
    petr_records *r = petr_records_open_buffer("dir/t.xml", xml, strlen(xml));
    const petr_environment *env = petr_records_environment(r);
    assert_int_equal(env->npico, 1);
    assert_string_equal(env->pico[0], "dir/o.txt");
    petr_record rec;
    sitrep_error err;
    assert_int_equal(petr_records_next(r, &rec, &err), 1);
    assert_int_equal(rec.nconfig, 0);
    assert_int_equal(petr_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "A-2");
    assert_int_equal(rec.nconfig, 2);
    assert_string_equal(rec.config[0].option, "require_dyad");
    assert_string_equal(rec.config[0].value, "False");
    assert_string_equal(rec.config[1].option, "comma_emax");
    assert_string_equal(rec.config[1].value, "0");
    assert_int_equal(petr_records_next(r, &rec, &err), 0);
    petr_records_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_contractions, petrarch_options),
        cmocka_unit_test_setup(test_negation, petrarch_options),
        cmocka_unit_test(test_pico_reader),
        cmocka_unit_test_setup(test_agent_words, petrarch_options),
        cmocka_unit_test_setup(test_null_actors, petrarch_options),
        cmocka_unit_test_setup(test_require_dyad, petrarch_options),
        cmocka_unit_test_setup(test_special_actor_codes, petrarch_options),
        cmocka_unit_test_setup(test_compounds_unknown_words, petrarch_options),
        cmocka_unit_test(test_records_config),
        cmocka_unit_test_setup(test_attribution_clauses, petrarch_options),
        cmocka_unit_test_setup(test_agent_lists, petrarch_options),
        cmocka_unit_test_setup(test_exact_words, petrarch_options),
        cmocka_unit_test_setup(test_synsets_forward, petrarch_options),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
