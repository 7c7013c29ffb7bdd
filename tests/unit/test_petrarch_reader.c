/* test_petrarch_reader.c: unit tests for the PETRARCH/Phoenix dictionary readers
 * (src/lexicon/petrarch_reader.c) and the PETRARCH XML record reader
 * (src/io/petrarch_records.c): syntax sniffing, comments, actors with inclusive date
 * limits, agents with plurals and substitution sets, discards, issues, PETRARCH-1 and
 * PETRARCH-2 verb blocks, synonym sets and patterns, the problems reported as file:line,
 * and records that are not well-formed XML. Every input is written here as a string. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "io/petrarch_records.h"
#include "lexicon/petrarch_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------------------- */

typedef struct diags {
    char msg[32][256];
    size_t n;
} diags;

static void collect_diag(const char *message, void *ctx)
{
    diags *d = ctx;
    if (d->n < 32)
        snprintf(d->msg[d->n++], sizeof d->msg[0], "%s", message);
}

static bool load(lexicon *lx, petr_dict_kind kind, const char *name, const char *text, diags *d)
{
    dict_load_report rep = {0, 0, 0};
    sitrep_error err;
    bool ok = petr_load_buffer(lx, kind, name, text, strlen(text), d ? collect_diag : NULL, d,
                               &rep, &err);
    if (d)
        assert_int_equal(rep.problems, d->n);
    return ok;
}

static size_t split_words(char *buf, lex_text_word *out, size_t cap)
{
    size_t n = 0;
    char *save = NULL;
    for (char *t = strtok_r(buf, " ", &save); t && n < cap; t = strtok_r(NULL, " ", &save)) {
        out[n].s = t;
        out[n].len = (uint16_t)strlen(t);
        n++;
    }
    return n;
}

static bool take_entry(const lex_entry *e, const uint16_t *pos, unsigned score, void *ctx)
{
    (void)pos, (void)score;
    *(const lex_entry **)ctx = e;
    return true;
}

static const lex_entry *entry_for(const lexicon *lx, const char *text)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    lex_text_word w[32];
    size_t n = split_words(buf, w, 32);
    const lex_entry *e = NULL;
    lex_match_entries(lx, w, n, 0, NULL, take_entry, &e);
    return e;
}

static bool take_verb(const lex_verb *v, const uint16_t *pos, unsigned score, void *ctx)
{
    (void)pos, (void)score;
    *(const lex_verb **)ctx = v;
    return true;
}

static const lex_verb *verb_for(const lexicon *lx, const char *text)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    lex_text_word w[32];
    size_t n = split_words(buf, w, 32);
    const lex_verb *v = NULL;
    lex_match_verbs(lx, w, n, 0, NULL, take_verb, &v);
    return v;
}

static const char *code_on(const lexicon *lx, const char *text, int32_t date)
{
    const lex_entry *e = entry_for(lx, text);
    if (!e)
        return NULL;
    const lex_code *c = lex_entry_code_on(e, date);
    return c ? c->code : NULL;
}

/* ---- sniffing ------------------------------------------------------------------------ */

static void test_sniff(void **state)
{
    (void)state;
    const char *tabari = "<SYNSETS>\n&CURRENCY\n+DOLLARS\n</SYNSETS>\nPAY [071]\n- * + [072]\n";
    const char *p1 = "&CURRENCY\n+DOLLARS\n--- PAY [071] ---\nPAY\n- * TO_ + [072] # note\n";
    const char *p2 = "--- PAY [071] ---\nPAY\n- * (TO +) [072]\n- * {FINE AID} [073]\n";
    assert_int_equal(petr_sniff_verbs(tabari, strlen(tabari)), DICT_SYNTAX_TABARI);
    assert_int_equal(petr_sniff_verbs(p1, strlen(p1)), DICT_SYNTAX_PETRARCH1);
    assert_int_equal(petr_sniff_verbs(p2, strlen(p2)), DICT_SYNTAX_PETRARCH2);
    const char *ta = "ZEMBLA [ZEM]\n+ZEMBLAN ; adjective\n";
    const char *pa = "ZEMBLA [ZEM]  # capital Onhava\n";
    const char *pg = "!PERSON! = MAN, WOMAN\n";
    assert_int_equal(petr_sniff_nouns(ta, strlen(ta)), DICT_SYNTAX_TABARI);
    assert_int_equal(petr_sniff_nouns(pa, strlen(pa)), DICT_SYNTAX_PETRARCH1);
    assert_int_equal(petr_sniff_nouns(pg, strlen(pg)), DICT_SYNTAX_PETRARCH1);
}

/* ---- actors --------------------------------------------------------------------------- */

static void test_actors(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "<!-- an invented country\n"
                       "   with a comment over two lines -->\n"
                       "ZEMBLA_ [ZEM]  # the kingdom\n"
                       "+ZEMBLAN_\n"
                       "KING_CHARLES_XAVIER   # a ruler\n"
                       "\t[ZEMGOV 19500101-19590531]\n"
                       "\t[ZEMELI >19590601]\n"
                       "ODON [ZEMREB <19590601]\n";
    assert_true(load(lx, PETR_ACTORS, "inv.actors", text, &d));
    lex_freeze(lx);
    assert_string_equal(code_on(lx, "ZEMBLA", 0), "ZEM");
    assert_string_equal(code_on(lx, "ZEMBLAN", 0), "ZEM");
    assert_string_equal(code_on(lx, "KING CHARLES XAVIER", 19550101), "ZEMGOV");
    /* PETRARCH's limits include the date itself */
    assert_string_equal(code_on(lx, "KING CHARLES XAVIER", 19590601), "ZEMELI");
    assert_string_equal(code_on(lx, "ODON", 19590601), "ZEMREB");
    assert_string_equal(code_on(lx, "ODON", 19590602), "---");
    const lex_entry *e = entry_for(lx, "ZEMBLA");
    assert_non_null(e);
    assert_string_equal(e->origin, "inv.actors:3");
    lex_free(lx);
}

static void test_actor_problems(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "ZEMBLA [ZEM\n"     /* 1: unclosed */
                       "ONHAVA [ZEM] # ok\n" /* 2 */
                       "ODON\n"
                       "\t[ZEMREB 1959-1960]\n"; /* 4: bad dates */
    assert_false(load(lx, PETR_ACTORS, "bad.actors", text, &d));
    assert_int_equal(d.n, 2);
    assert_non_null(strstr(d.msg[0], "bad.actors:1: "));
    assert_non_null(strstr(d.msg[1], "bad.actors:4: "));
    lex_freeze(lx);
    assert_string_equal(code_on(lx, "ONHAVA", 0), "ZEM");
    lex_free(lx);
}

/* ---- agents, discards, issues ------------------------------------------------------ */

static void test_agents(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "!PERSON! = MAN, WOMAN\n"
                       "!MINIST! = MINISTER, MINISTRY\n"
                       "CONGRESS!PERSON! [~LEG]   # expands\n"
                       "!MINIST!_OF_ROADS [~GOV]\n"
                       "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
                       "POLICE {} [ ~COP]\n"
                       "RIGHTS_BODY [NGO~]\n";
    assert_true(load(lx, PETR_AGENTS, "inv.agents", text, &d));
    lex_freeze(lx);
    const char *want[][2] = {{"CONGRESSMAN", "~LEG"},       {"CONGRESSWOMAN", "~LEG"},
                             {"MINISTRY OF ROADS", "~GOV"}, {"MINISTER OF ROADS", "~GOV"},
                             {"GOLDEN GEESE", "~GGS"},      {"POLICE", "~COP"},
                             {"RIGHTS BODY", "NGO~"}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const lex_entry *e = entry_for(lx, want[i][0]);
        assert_non_null(e);
        assert_int_equal(e->kind, LEX_AGENT);
        assert_string_equal(e->codes[0].code, want[i][1]);
    }
    lex_free(lx);
}

static void test_agent_problems(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "SOLDIER [MIL]\n"        /* 1: no '~' */
                       "FARMER\n"               /* 2: no code */
                       "!NOPE!_OF_X [~GOV]\n"   /* 3: unknown marker */
                       "GEESE {GOOSE [~GGS]\n"  /* 4: unclosed { */
                       "TEACHER [~EDU]\n";
    assert_false(load(lx, PETR_AGENTS, "bad.agents", text, &d));
    assert_int_equal(d.n, 4);
    for (size_t i = 0; i < 4; i++) {
        char where[32];
        snprintf(where, sizeof where, "bad.agents:%zu: ", i + 1);
        assert_non_null(strstr(d.msg[i], where));
    }
    lex_freeze(lx);
    assert_non_null(entry_for(lx, "TEACHER"));
    lex_free(lx);
}

/* A substitution set whose member names the set itself used to expand without end (found
 * by fuzzing: gigabytes of memory); it is now a reported problem. */
static void test_agent_self_substitution(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "!PERSON! = MAN, CONGRESS!PERSON!\n"
                       "CONGRESS!PERSON! [~LEG]\n"
                       "TEACHER [~EDU]\n";
    load(lx, PETR_AGENTS, "self.agents", text, &d);
    assert_true(d.n >= 1);
    assert_non_null(strstr(d.msg[0], "self.agents:2: "));
    lex_freeze(lx);
    assert_non_null(entry_for(lx, "TEACHER"));
    assert_true(lex_get_stats(lx).entries[LEX_AGENT] <= 2 * 64 + 2);
    lex_free(lx);
}

static void test_discards_and_issues(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    assert_true(load(lx, PETR_DISCARDS, "inv.discards",
                     "# sports\nCROQUET  # lawn\n+GRAND REGATTA\n", &d));
    diags di = {.n = 0};
    const char *issues = "<ISSUE CATEGORY=\"WATER\">\n"
                         "n:well [WATER_SUPPLY]\n"
                         "~wishing well\n"
                         "dry v:spell [DROUGHT]\n"
                         "rain dance\n"          /* 5: no code */
                         "x:river [WATER]\n"     /* 6: bad prefix */
                         "</ISSUE>\n";
    assert_false(load(lx, PETR_ISSUES, "inv.issues", issues, &di));
    assert_int_equal(di.n, 2);
    assert_non_null(strstr(di.msg[0], "inv.issues:5: "));
    assert_non_null(strstr(di.msg[1], "inv.issues:6: "));
    lex_freeze(lx);
    const lex_entry *e = entry_for(lx, "CROQUET");
    assert_non_null(e);
    assert_int_equal(e->kind, LEX_NOUN);
    assert_string_equal(e->codes[0].code, "###");
    e = entry_for(lx, "GRAND REGATTA");
    assert_non_null(e);
    assert_string_equal(e->codes[0].code, "###");
    lex_free(lx);
}

/* ---- verbs ---------------------------------------------------------------------------- */

static void test_petrarch1_verbs(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "<!-- PETRARCH-1 syntax -->\n"
                       "&TIES_\n"
                       "+TRADE\n"
                       "+CULTURAL\n"
                       "\n"
                       "--- MEND [051] ---\n"
                       "MEND   # the root\n"
                       "REPAIR [052]\n"
                       "+PATCH_UP {+PATCHED_UP +PATCHING_UP}\n"
                       "- * &TIES LINKS [053]\n"
                       "- * TO_ + [054] # bound\n"
                       "--- BURY [---] ---\n"
                       "BURY\n"
                       "- * HATCHET [055]\n";
    assert_true(load(lx, PETR_VERBS1, "inv.verbs", text, &d));
    lex_freeze(lx);
    lex_stats st = lex_get_stats(lx);
    assert_int_equal(st.synsets, 1);
    const lex_verb *v = verb_for(lx, "MENDED");
    assert_non_null(v);
    assert_string_equal(v->code.code, "051");
    v = verb_for(lx, "REPAIRING");
    assert_non_null(v);
    assert_string_equal(v->code.code, "052");
    size_t np;
    lex_verb_patterns(v, &np);
    assert_int_equal(np, 2); /* the block's verbs share its patterns */
    v = verb_for(lx, "PATCHED UP");
    assert_non_null(v);
    assert_string_equal(v->code.code, "051");
    assert_int_equal(v->nwords, 2);
    /* PETRARCH does not stem: MEND is not a prefix of MENDACITY */
    assert_null(verb_for(lx, "MENDACITY"));
    /* a -Y verb gets its -IES/-IED forms */
    v = verb_for(lx, "BURIED");
    assert_non_null(v);
    assert_true(v->code.flags & LCF_NULL);
    lex_free(lx);
}

static void test_petrarch2_verbs(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "####### SYNONYM SETS #######\n"
                       "&AID\n"
                       "+AID\n"
                       "+(RELIEF SUPPLIES)\n"
                       "---  SEND   [070]  ---\n"
                       "SEND {SENDS SENT SENDING}\n"
                       "DISPATCH\n"
                       "- * {EMERGENCY &AID} (TO +)   [073]   # SEND\n"
                       "- * (TO +)                    [042]\n"
                       "- + * (OF $)                  [043]\n";
    assert_true(load(lx, PETR_VERBS2, "inv2.verbs", text, &d));
    lex_freeze(lx);
    const lex_verb *v = verb_for(lx, "SENT");
    assert_non_null(v);
    assert_string_equal(v->code.code, "070");
    size_t np;
    const lex_pattern *p = lex_verb_patterns(v, &np);
    assert_int_equal(np, 3);
    /* longest first: * EMERGENCY &AID TO + */
    assert_string_equal(p[0].code.code, "073");
    assert_int_equal(p[0].seq.n, 5);
    assert_int_equal(p[0].seq.elems[0].kind, PE_VERB);
    assert_int_equal(p[0].seq.elems[1].kind, PE_WORD);
    assert_int_equal(p[0].seq.elems[2].kind, PE_CHOICE);
    assert_int_equal(p[0].seq.elems[4].kind, PE_TARGET);
    lex_free(lx);
}

static void test_verb_problems(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    diags d = {.n = 0};
    const char *text = "- * EARLY [010]\n"                 /* 1: before any verb */
                       "--- SEND [070] ---\n"
                       "- * FLOWERS [071]\n"               /* 3: before the block's verb */
                       "SEND\n"
                       "- * (TO + [042]\n"                 /* 5: unclosed ( */
                       "- * (AT HEARING) [:173]\n"         /* 6: empty first half */
                       "~ a (a b SEND) SAY = a b 010\n"    /* 7: transformation */
                       "- * &UNDEFINED [011]\n"            /* 8: unknown set */
                       "- * PARCEL\n"                      /* 9: no code */
                       "- * (BY POST) [072]\n";
    assert_false(load(lx, PETR_VERBS2, "bad2.verbs", text, &d));
    const size_t lines[] = {1, 3, 5, 6, 7, 8, 9};
    assert_int_equal(d.n, sizeof lines / sizeof lines[0]);
    for (size_t i = 0; i < d.n; i++) {
        char where[32];
        snprintf(where, sizeof where, "bad2.verbs:%zu: ", lines[i]);
        assert_non_null(strstr(d.msg[i], where));
    }
    lex_freeze(lx);
    size_t np;
    lex_verb_patterns(verb_for(lx, "SEND"), &np);
    assert_int_equal(np, 1);
    lex_free(lx);
}

/* ---- records ------------------------------------------------------------------------- */

static const char records_xml[] =
    "<Validation>\n"
    "<Environment>\n"
    "  <Verbfile>inv.verbs</Verbfile>\n"
    "  <Actorfile>a1.actors, a2.actors</Actorfile>\n"
    "  <Discardfile>inv.discards</Discardfile>\n"
    "  <Include>ALPHA BETA</Include>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<!-- <Sentence id=\"HIDDEN\" category=\"ALPHA\"> inside a comment -->\n"
    "<Sentence date = \"20230105\" id =\"A-1\" category=\"ALPHA\" sentence=\"true\">\n"
    "<EventCoding sourcecode=\"ZEM\" targetcode='\"NEW ACTOR\"' eventcode=\"042\"></EventCoding>\n"
    "<EventCoding eventcode=\"043\" sourcecode=\"ONH\" targetcode=\"ZEM\" />\n"
    "<Text>\n"
    "Zembla &amp; Onhava\n"
    "  agreed.\n"
    "</Text>\n"
    "<Parse>(ROOT (S (NP Zembla))</Parse>\n"
    /* no </Sentence>: the next record still starts */
    "<Sentence date=\"2023\" id=\"B-1\" category=\"BETA\" evaluate=\"false\">\n"
    "<EventCoding noevents = \"True\"></EventCoding>\n"
    "<Text>Nothing.</Text>\n"
    "</Sentence>\n"
    "<Sentence id=\"C-1\" category=\"GAMMA\">\n"
    "<EventCoding error=\"sentencediscard\"></EventCoding>\n"
    "</Sentence>\n"
    "<Sentence id=\"D-1\" category=\"ALPHA\"><PLEvent {\"event\": \"042\"}>\n"
    "<Text>Last one.</Text></Sentence>\n"
    "</Sentences></Validation>\n";

static void test_records(void **state)
{
    (void)state;
    petr_records *r =
        petr_records_open_buffer("dir/recs.xml", records_xml, sizeof records_xml - 1);
    const petr_environment *env = petr_records_environment(r);
    assert_int_equal(env->nverbs, 1);
    assert_string_equal(env->verbs[0], "dir/inv.verbs");
    assert_int_equal(env->nactors, 2);
    assert_string_equal(env->actors[1], "dir/a2.actors");
    assert_int_equal(env->ndiscards, 1);
    assert_true(petr_records_included(r, "BETA"));
    assert_false(petr_records_included(r, "GAMMA"));

    petr_record rec;
    sitrep_error err;
    assert_int_equal(petr_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "A-1");
    assert_int_equal(rec.date, 20230105);
    assert_true(rec.evaluate);
    assert_int_equal(rec.nevents, 2);
    assert_string_equal(rec.events[0].target, "\"NEW ACTOR\"");
    assert_string_equal(rec.events[1].source, "ONH");
    assert_string_equal(rec.events[1].code, "043");
    assert_string_equal(rec.text, "Zembla & Onhava agreed.");
    assert_int_equal(rec.line, 10);

    assert_int_equal(petr_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "B-1");
    assert_false(rec.evaluate);
    assert_true(rec.noevents);
    assert_int_equal(rec.date, 0);

    assert_int_equal(petr_records_next(r, &rec, &err), -1);
    assert_non_null(strstr(err.message, "dir/recs.xml:"));
    assert_non_null(strstr(err.message, "C-1"));

    assert_int_equal(petr_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "D-1");
    assert_string_equal(rec.text, "Last one.");
    assert_int_equal(petr_records_next(r, &rec, &err), 0);
    petr_records_close(r);
}

static void test_records_garbage(void **state)
{
    (void)state;
    const char *bad[] = {"", "<Sentence", "<Sentence id=\"x", "<Sentence><Text>",
                         "<!-- <Sentence>", "<Sentence a=b c='d' =>\n<Text>t</Text>",
                         "<Environment><Include>A"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        petr_records *r = petr_records_open_buffer("g.xml", bad[i], strlen(bad[i]));
        petr_record rec;
        sitrep_error err;
        int n = 0, k;
        while ((k = petr_records_next(r, &rec, &err)) != 0 && n < 10)
            n++;
        assert_true(n < 10);
        petr_records_close(r);
    }
}

/* A date attribute of many digits overflowed while being read (found by fuzzing under
 * UBSan); it is now simply not a date. */
static void test_records_long_date(void **state)
{
    (void)state;
    const char *xml = "<Sentence date=\"2000000000000000000000\" id=\"D1\">"
                      "<Text>Arnor met Gondor.</Text></Sentence>";
    petr_records *r = petr_records_open_buffer("d.xml", xml, strlen(xml));
    petr_record rec;
    sitrep_error err;
    assert_int_equal(petr_records_next(r, &rec, &err), 1);
    assert_string_equal(rec.id, "D1");
    assert_int_equal(rec.date, 0);
    petr_records_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_actors),
        cmocka_unit_test(test_actor_problems),
        cmocka_unit_test(test_agents),
        cmocka_unit_test(test_agent_problems),
        cmocka_unit_test(test_agent_self_substitution),
        cmocka_unit_test(test_discards_and_issues),
        cmocka_unit_test(test_petrarch1_verbs),
        cmocka_unit_test(test_petrarch2_verbs),
        cmocka_unit_test(test_verb_problems),
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_records_garbage),
        cmocka_unit_test(test_records_long_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
