/* test_matcher.c: unit tests for the phrase matcher (src/lexicon/matcher.c):
 * lex_match_entries and lex_match_verbs on hand-built word arrays: candidates longest
 * first, multi-word phrases with gaps, bound words that need adjacency, barriers that stop
 * gaps, and the positions and scores reported for each match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdio.h>
#include <string.h>

static const char actors[] = "AL GORE [USAGOV]\n"
                             "GORE [GOR]\n"
                             "AL [ALX]\n"
                             "AMNESTY_INTERNATIONAL [NGOAMN]\n"
                             "AMNESTY [AMN]\n"
                             "NORTH_KOREA_ [PRK]\n"
                             "NORTH [NTH]\n"
                             "ARGENTIN [ARG]\n"
                             "ARGENTINE_NAVY [ARGNAV]\n";

static const char verbs[] = "BURN [180]\n"
                            "BURN DOWN [181]\n"
                            "ATTACK_ [190]\n"
                            "RESTORE_ [064]\n"
                            "CARRY_OUT [036]\n";

/* A frozen lexicon of the given actors and (when not NULL) verbs files. */
static lexicon *lexicon_of(const char *actor_text, const char *verb_text)
{
    lexicon *lx = lex_new();
    sitrep_error err;
    assert_true(tabari_load_buffer(lx, TABARI_ACTORS, "m.actors", actor_text,
                                   strlen(actor_text), NULL, NULL, NULL, &err));
    if (verb_text)
        assert_true(tabari_load_buffer(lx, TABARI_VERBS, "m.verbs", verb_text,
                                       strlen(verb_text), NULL, NULL, NULL, &err));
    lex_freeze(lx);
    return lx;
}

static lexicon *make_lexicon(void)
{
    return lexicon_of(actors, verbs);
}

/* Every match reported, in order, as "CODE@p,q=score". */
typedef struct hits {
    char text[1024];
    int n;
    int stop_after; /* return true from the callback after this many (0: never) */
} hits;

static void add_hit(hits *h, const char *code, const uint16_t *pos, size_t npos, unsigned score)
{
    size_t len = strlen(h->text);
    len += (size_t)snprintf(h->text + len, sizeof h->text - len, "%s%s@", h->n ? " " : "", code);
    for (size_t i = 0; i < npos; i++)
        len += (size_t)snprintf(h->text + len, sizeof h->text - len, "%s%u", i ? "," : "",
                                (unsigned)pos[i]);
    snprintf(h->text + len, sizeof h->text - len, "=%u", score);
    h->n++;
}

static bool on_entry(const lex_entry *e, const uint16_t *pos, unsigned score, void *ctx)
{
    hits *h = ctx;
    add_hit(h, e->codes[0].code, pos, e->nwords, score);
    return h->stop_after && h->n >= h->stop_after;
}

static bool on_verb(const lex_verb *v, const uint16_t *pos, unsigned score, void *ctx)
{
    hits *h = ctx;
    add_hit(h, v->code.code, pos, v->nwords, score);
    return h->stop_after && h->n >= h->stop_after;
}

/* Splits `text` into words; '|' in the text marks a barrier before the next word. */
typedef struct words {
    char buf[512];
    lex_text_word w[64];
    bool barrier[64];
    size_t n;
} words;

static void make_words(words *ws, const char *text)
{
    snprintf(ws->buf, sizeof ws->buf, "%s", text);
    memset(ws->barrier, 0, sizeof ws->barrier);
    ws->n = 0;
    char *save = NULL;
    for (char *t = strtok_r(ws->buf, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        ws->w[ws->n].s = t;
        ws->w[ws->n].len = (uint16_t)strlen(t);
        ws->barrier[ws->n] = t[0] == ',';
        ws->n++;
    }
}

static const char *entries_at(const lexicon *lx, const char *text, size_t at, bool barriers)
{
    static hits h;
    static words ws;
    memset(&h, 0, sizeof h);
    make_words(&ws, text);
    lex_match_entries(lx, ws.w, ws.n, at, barriers ? ws.barrier : NULL, on_entry, &h);
    return h.text;
}

static const char *verbs_at(const lexicon *lx, const char *text, size_t at, bool barriers)
{
    static hits h;
    static words ws;
    memset(&h, 0, sizeof h);
    make_words(&ws, text);
    lex_match_verbs(lx, ws.w, ws.n, at, barriers ? ws.barrier : NULL, on_verb, &h);
    return h.text;
}

static void test_longest_first(void **state)
{
    (void)state;
    lexicon *lx = make_lexicon();
    assert_string_equal(entries_at(lx, "AL GORE SPOKE", 0, true), "USAGOV@0,1=6 ALX@0=2");
    assert_string_equal(entries_at(lx, "AL GORE SPOKE", 1, true), "GOR@1=4");
    assert_string_equal(entries_at(lx, "NORTH KOREA'S ARMY", 0, true), "PRK@0,1=12 NTH@0=5");
    /* stems: the longer phrase first, then the shorter stem */
    assert_string_equal(entries_at(lx, "ARGENTINE NAVY SHIPS", 0, true),
                        "ARGNAV@0,1=13 ARG@0=8");
    assert_string_equal(entries_at(lx, "ARGENTINA", 0, true), "ARG@0=8");
    lex_free(lx);
}

static void test_stop_early(void **state)
{
    (void)state;
    lexicon *lx = make_lexicon();
    hits h;
    memset(&h, 0, sizeof h);
    h.stop_after = 1;
    words ws;
    make_words(&ws, "AL GORE SPOKE");
    lex_match_entries(lx, ws.w, ws.n, 0, NULL, on_entry, &h);
    assert_int_equal(h.n, 1);
    assert_string_equal(h.text, "USAGOV@0,1=6");
    lex_free(lx);
}

static void test_gaps_and_barriers(void **state)
{
    (void)state;
    lexicon *lx = make_lexicon();
    /* a floating word may come after a gap */
    assert_string_equal(entries_at(lx, "AL THE FORMER VICE PRESIDENT GORE", 0, true),
                        "USAGOV@0,5=6 ALX@0=2");
    /* but not across a barrier */
    assert_string_equal(entries_at(lx, "AL SAID , GORE", 0, true), "ALX@0=2");
    assert_string_equal(entries_at(lx, "AL SAID , GORE", 0, false), "USAGOV@0,3=6 ALX@0=2");
    /* nor beyond the end of the words */
    assert_string_equal(entries_at(lx, "AL", 0, true), "ALX@0=2");
    assert_string_equal(entries_at(lx, "AL GORE", 2, true), "");
    lex_free(lx);
}

static void test_bound_words(void **state)
{
    (void)state;
    lexicon *lx = make_lexicon();
    assert_string_equal(entries_at(lx, "AMNESTY INTERNATIONAL SAID", 0, true),
                        "NGOAMN@0,1=20 AMN@0=7");
    /* a bound word must follow immediately */
    assert_string_equal(entries_at(lx, "AMNESTY GROUP INTERNATIONAL", 0, true), "AMN@0=7");
    assert_string_equal(entries_at(lx, "NORTH OF KOREA", 0, true), "NTH@0=5");
    /* regular endings belong to the final word only: AMNESTY_ does not match AMNESTYS */
    assert_string_equal(entries_at(lx, "AMNESTYS INTERNATIONAL", 0, true), "AMN@0=7");
    assert_string_equal(entries_at(lx, "KOREA", 0, true), "");
    lex_free(lx);
}

static void test_verbs(void **state)
{
    (void)state;
    lexicon *lx = make_lexicon();
    assert_string_equal(verbs_at(lx, "BURNED THE HOUSE DOWN", 0, true), "181@0,3=8 180@0=4");
    assert_string_equal(verbs_at(lx, "BURNED THE HOUSE , DOWN", 0, true), "180@0=4");
    assert_string_equal(verbs_at(lx, "ATTACKING TROOPS", 0, true), "190@0=9");
    assert_string_equal(verbs_at(lx, "ATTACKS", 0, true), "190@0=7");
    assert_string_equal(verbs_at(lx, "ATTACKER", 0, true), "");
    /* the final E of an exact root drops before ING */
    assert_string_equal(verbs_at(lx, "RESTORING TIES", 0, true), "064@0=9");
    assert_string_equal(verbs_at(lx, "RESTORED", 0, true), "064@0=8");
    assert_string_equal(verbs_at(lx, "RESTORATION", 0, true), "");
    /* bound verb phrase, endings on its last word */
    assert_string_equal(verbs_at(lx, "CARRY OUT", 0, true), "036@0,1=8");
    assert_string_equal(verbs_at(lx, "CARRY THE OUT", 0, true), "");
    assert_string_equal(verbs_at(lx, "THE ATTACK", 1, true), "190@1=6");
    /* nouns and actors are not verbs */
    assert_string_equal(verbs_at(lx, "GORE", 0, true), "");
    assert_string_equal(entries_at(lx, "ATTACK", 0, true), "");
    lex_free(lx);
}

/* The matcher remembers, per thread, which entries may start at a word: asked again, the
 * same word gives the same answer, and another lexicon (alive at the same time, or built
 * where a freed one was) never gets the first one's answer. */
static void test_word_memo(void **state)
{
    (void)state;
    lexicon *a = lexicon_of("GONDOR [GON]\nGONDOR ARMY [GONMIL]\n", NULL);
    lexicon *b = lexicon_of("GONDOR [XGO]\n", NULL);
    for (int round = 0; round < 2; round++) {
        assert_string_equal(entries_at(a, "GONDOR ARMY", 0, true), "GONMIL@0,1=10 GON@0=6");
        assert_string_equal(entries_at(b, "GONDOR ARMY", 0, true), "XGO@0=6");
    }
    lex_free(a);
    lex_free(b);
    for (int round = 0; round < 3; round++) {
        lexicon *c = lexicon_of(round == 1 ? "GONDOR [RGO]\n" : "ROHAN [ROH]\n", NULL);
        assert_string_equal(entries_at(c, "GONDOR ARMY", 0, true), round == 1 ? "RGO@0=6" : "");
        lex_free(c);
    }
    /* more candidates than the memo keeps for a word: all of them, every time */
    char many[2048] = "", expect[2048] = "";
    for (int i = 0; i < 20; i++) {
        size_t n = strlen(many), e = strlen(expect);
        snprintf(many + n, sizeof many - n, "MORDOR W%02d [M%02d]\n", i, i);
        snprintf(expect + e, sizeof expect - e, "%sM%02d@0,%d=9", i ? " " : "", i, i + 1);
    }
    lexicon *d = lexicon_of(many, NULL);
    char text[512] = "MORDOR";
    for (int i = 0; i < 20; i++) {
        size_t n = strlen(text);
        snprintf(text + n, sizeof text - n, " W%02d", i);
    }
    for (int round = 0; round < 2; round++)
        assert_string_equal(entries_at(d, text, 0, true), expect);
    lex_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_longest_first),
        cmocka_unit_test(test_stop_early),
        cmocka_unit_test(test_gaps_and_barriers),
        cmocka_unit_test(test_bound_words),
        cmocka_unit_test(test_verbs),
        cmocka_unit_test(test_word_memo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
