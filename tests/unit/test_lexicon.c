/* test_lexicon.c: unit tests for the lexicon model and the TABARI dictionary reader
 * (src/lexicon): phrase syntax (stems, exact words, '=' and regular endings), event codes,
 * pattern syntax and ordering, date-restricted actor codes, synonyms, noun and adjective
 * sections, the reader's error reports, .project files and TABARI dates. Every dictionary
 * is written here as a string. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

static bool load(lexicon *lx, tabari_dict_kind kind, const char *name, const char *text,
                 diags *d, sitrep_error *err)
{
    dict_load_report rep = {0, 0, 0};
    bool ok = tabari_load_buffer(lx, kind, name, text, strlen(text), d ? collect_diag : NULL,
                                 d, &rep, err);
    if (d)
        assert_int_equal(rep.problems, d->n);
    return ok;
}

/* Splits "A B C" into text words (the words point into `buf`, which must outlive them). */
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

typedef struct first_entry {
    const lex_entry *e;
    unsigned score;
} first_entry;

static bool take_first_entry(const lex_entry *e, const uint16_t *pos, unsigned score, void *ctx)
{
    (void)pos;
    first_entry *f = ctx;
    f->e = e;
    f->score = score;
    return true;
}

/* The best entry matching at the start of `text` (upper-case words), or NULL. */
static const lex_entry *entry_for(const lexicon *lx, const char *text)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    lex_text_word w[32];
    size_t n = split_words(buf, w, 32);
    first_entry f = {NULL, 0};
    lex_match_entries(lx, w, n, 0, NULL, take_first_entry, &f);
    return f.e;
}

static bool take_first_verb(const lex_verb *v, const uint16_t *pos, unsigned score, void *ctx)
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
    lex_match_verbs(lx, w, n, 0, NULL, take_first_verb, &v);
    return v;
}

static lex_word one_word(lexicon *lx, const char *text)
{
    lex_word *w = NULL;
    uint8_t n = 0;
    sitrep_error err;
    assert_true(lex_parse_phrase(lx, text, strlen(text), &w, &n, &err));
    assert_int_equal(n, 1);
    return w[0];
}

static bool wm(const lex_word *w, const char *t, int endings)
{
    return lex_word_matches(w, t, strlen(t), endings);
}

/* ---- phrase syntax ------------------------------------------------------------------ */

static void test_stems_and_exact_words(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    lex_word stem = one_word(lx, "ARGENTIN");
    assert_string_equal(stem.text, "ARGENTIN");
    assert_int_equal(stem.flags & (LWF_EXACT | LWF_NOENDINGS), 0);
    assert_true(wm(&stem, "ARGENTINA", 1));
    assert_true(wm(&stem, "ARGENTINE", 1));
    assert_true(wm(&stem, "ARGENTIN", 1));
    assert_false(wm(&stem, "ARGENT", 1));
    assert_false(wm(&stem, "BRAZIL", 1));

    lex_word exact = one_word(lx, "arnor_"); /* lower case is read as upper case */
    assert_string_equal(exact.text, "ARNOR");
    assert_true(exact.flags & LWF_EXACT);
    assert_false(exact.flags & LWF_NOENDINGS);
    assert_true(wm(&exact, "ARNOR", 1));
    assert_true(wm(&exact, "ARNORS", 1));
    assert_true(wm(&exact, "ARNOR'S", 1));
    assert_false(wm(&exact, "ARNORIAN", 1));
    assert_false(wm(&exact, "ARNORS", 0)); /* endings off: only the word itself */

    lex_word mouse = one_word(lx, "MOUSE=");
    assert_true(mouse.flags & LWF_EXACT);
    assert_true(mouse.flags & LWF_NOENDINGS);
    assert_true(wm(&mouse, "MOUSE", 1));
    assert_false(wm(&mouse, "MOUSES", 1));
    assert_false(wm(&mouse, "MOUSE'S", 1));
    assert_false(wm(&mouse, "MOUSED", 2));
    lex_free(lx);
}

/* A state's own name for its code: the first actor entry coded only that code, its
 * words joined; none for a code no entry has alone, or too long a phrase. */
static void test_state_phrase(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    lex_word *w;
    uint8_t n;
    sitrep_error err;
    const char *dated = "NEW_GONDOR_";
    assert_true(lex_parse_phrase(lx, dated, strlen(dated), &w, &n, &err));
    lex_code two[2] = {{"GON", 0, 20000101}, {"ARN", 20000101, 99999999}};
    lex_add_entry(lx, LEX_ACTOR, w, n, two, 2, "t:1"); /* (two codes: no state's own name) */
    const char *name = "KINGDOM_OF_GONDOR_";
    assert_true(lex_parse_phrase(lx, name, strlen(name), &w, &n, &err));
    lex_code gon = {"GON", 0, 99999999};
    lex_add_entry(lx, LEX_ACTOR, w, n, &gon, 1, "t:2");
    lex_freeze(lx);
    char out[32];
    assert_true(lex_state_phrase(lx, "GON", out, sizeof out));
    assert_string_equal(out, "KINGDOM OF GONDOR");
    assert_false(lex_state_phrase(lx, "ARN", out, sizeof out));
    assert_false(lex_state_phrase(lx, "GON", out, 8)); /* (does not fit) */
    lex_free(lx);
}

static void test_verb_endings(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    lex_word w = one_word(lx, "RESTORE_");
    assert_true(wm(&w, "RESTORE", 2));
    assert_true(wm(&w, "RESTORED", 2));
    assert_true(wm(&w, "RESTORING", 2));
    assert_true(wm(&w, "RESTORES", 2));
    assert_false(wm(&w, "RESTORATION", 2));
    assert_false(wm(&w, "RESTORER", 2));
    /* noun endings do not include the verb forms */
    assert_false(wm(&w, "RESTORED", 1));

    lex_word walk = one_word(lx, "WALK_");
    assert_true(wm(&walk, "WALKED", 2));
    assert_true(wm(&walk, "WALKING", 2));
    assert_false(wm(&walk, "WALKD", 2)); /* D only after a final E */
    lex_free(lx);
}

static void test_multiword_phrases(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    lex_word *w;
    uint8_t n;
    sitrep_error err;
    const char *p = "AMNESTY_INTERNATIONAL";
    assert_true(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_int_equal(n, 2);
    assert_string_equal(w[0].text, "AMNESTY");
    assert_int_equal(w[0].flags, LWF_EXACT);
    assert_string_equal(w[1].text, "INTERNATIONAL");
    assert_int_equal(w[1].flags, LWF_ADJACENT);

    p = "AL GORE";
    assert_true(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_int_equal(n, 2);
    assert_int_equal(w[0].flags, 0);
    assert_int_equal(w[1].flags, 0);

    p = "BARAD-DUR_"; /* hyphens read as '_' */
    assert_true(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_int_equal(n, 2);
    assert_string_equal(w[0].text, "BARAD");
    assert_int_equal(w[0].flags, LWF_EXACT);
    assert_string_equal(w[1].text, "DUR");
    assert_int_equal(w[1].flags, LWF_EXACT | LWF_ADJACENT);

    p = "SHIRE~FOLK"; /* '~' binds without making the first word exact */
    assert_true(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_int_equal(n, 2);
    assert_int_equal(w[0].flags, 0);
    assert_int_equal(w[1].flags, LWF_ADJACENT);

    p = "^LABOUR_"; /* '^': only where the text capitalises the word */
    assert_true(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_int_equal(n, 1);
    assert_string_equal(w[0].text, "LABOUR");
    assert_int_equal(w[0].flags, LWF_EXACT | LWF_CAPITAL);
    p = "THE_^US_"; /* on a later word, keeping its adjacency */
    assert_true(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_int_equal(n, 2);
    assert_int_equal(w[0].flags, LWF_EXACT);
    assert_string_equal(w[1].text, "US");
    assert_int_equal(w[1].flags, LWF_EXACT | LWF_ADJACENT | LWF_CAPITAL);
    p = "LABOUR ^";
    assert_false(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_non_null(strstr(err.message, "'^'"));

    p = "   ";
    assert_false(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_non_null(strstr(err.message, "empty phrase"));
    p = "PESO * DOLLAR";
    assert_false(lex_parse_phrase(lx, p, strlen(p), &w, &n, &err));
    assert_non_null(strstr(err.message, "'*'"));
    lex_free(lx);
}

/* ---- event codes -------------------------------------------------------------------- */

static void test_event_codes(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    lex_event_code c;
    sitrep_error err;
#define PARSE(s) lex_parse_event_code(lx, s, strlen(s), &c, &err)
    assert_true(PARSE("064"));
    assert_string_equal(c.code, "064");
    assert_null(c.paired);
    assert_int_equal(c.flags, 0);

    assert_true(PARSE(" 032:033 "));
    assert_string_equal(c.code, "032");
    assert_string_equal(c.paired, "033");
    assert_int_equal(c.flags, LCF_PAIRED);

    assert_true(PARSE("023?"));
    assert_string_equal(c.code, "023");
    assert_int_equal(c.flags, LCF_SUBORDINATE);

    assert_true(PARSE("111!"));
    assert_string_equal(c.code, "111");
    assert_int_equal(c.flags, LCF_DOMINANT);

    assert_true(PARSE("---"));
    assert_null(c.code);
    assert_int_equal(c.flags, LCF_NULL);
    assert_true(PARSE("- - -"));
    assert_int_equal(c.flags, LCF_NULL);
    assert_true(PARSE("###"));
    assert_null(c.code);
    assert_int_equal(c.flags, LCF_DISCARD);
    assert_true(PARSE("+++"));
    assert_null(c.code);
    assert_int_equal(c.flags, LCF_COMPLEX);

    err.message[0] = '\0';
    assert_false(PARSE("0#4"));
    assert_non_null(strstr(err.message, "'0#4'"));
    assert_non_null(strstr(err.message, "letters and digits"));
    assert_false(PARSE("  "));
    assert_non_null(strstr(err.message, "empty code"));
#undef PARSE
    lex_free(lx);
}

/* A paired code with nothing after ':' is reported, quoting only the code's own bytes:
 * the text is a span inside a line, not a terminated string. */
static void test_event_code_empty_pair_not_terminated(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    char *text = malloc(4);
    memcpy(text, "032:", 4); /* no NUL after it */
    lex_event_code c;
    sitrep_error err;
    assert_false(lex_parse_event_code(lx, text, 4, &c, &err));
    assert_string_equal(err.message, "paired code '032:' has nothing after ':'");
    free(text);
    lex_free(lx);
}

/* ---- patterns ----------------------------------------------------------------------- */

static const char pattern_verbs[] =
    "<SYNSETS>\n"
    "&TIES\n"
    "+RELATIONS_\n"
    "+TIES_\n"
    "</SYNSETS>\n"
    "RESTORE_ [064]   ; a root with its own code\n"
    "{RESTORED_ REINSTATE}\n"
    "- * + [0640]\n"                          /* score 0 */
    "- $ * RELATIONS WITH + [065]\n"          /* 13 */
    "- * TIES_WITH + [066]\n"                 /* 4+1 + 4 = 9 */
    "- * { AID | HELP_TO } % [067]\n"         /* longest option HELP_TO: 4+1+2 = 7 */
    "- ^ * &TIES + [068]\n"                   /* 4 */
    "- * FULL~TIES_ + [069]\n"                /* 4 + 1 + 4+1 = 10 */
    "- * DIPLOMACY [06A]\n";                  /* 9 */

static const lex_pattern *pattern_coded(const lex_verb *v, const char *code)
{
    size_t n;
    const lex_pattern *p = lex_verb_patterns(v, &n);
    for (size_t i = 0; i < n; i++)
        if (p[i].code.code && strcmp(p[i].code.code, code) == 0)
            return &p[i];
    return NULL;
}

static void test_pattern_elements(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    diags d = {.n = 0};
    assert_true(load(lx, TABARI_VERBS, "t.verbs", pattern_verbs, &d, &err));
    lex_freeze(lx);
    lex_stats st = lex_get_stats(lx);
    assert_int_equal(st.verbs, 3);
    assert_int_equal(st.patterns, 7);
    assert_int_equal(st.synsets, 1);

    const lex_verb *v = verb_for(lx, "RESTORING");
    assert_non_null(v);
    assert_string_equal(v->code.code, "064");
    assert_string_equal(v->origin, "t.verbs:6");
    /* an extra form shares the root's code and patterns */
    const lex_verb *form = verb_for(lx, "REINSTATES");
    assert_non_null(form);
    assert_string_equal(form->code.code, "064");
    assert_int_equal(form->group, v->group);
    assert_ptr_equal(form->patterns, v->patterns);

    const lex_pattern *p = pattern_coded(v, "065");
    assert_non_null(p);
    assert_string_equal(p->origin, "t.verbs:9");
    assert_int_equal(p->seq.n, 5);
    assert_int_equal(p->verb_at, 1);
    assert_int_equal(p->seq.elems[0].kind, PE_SOURCE);
    assert_int_equal(p->seq.elems[1].kind, PE_VERB);
    assert_int_equal(p->seq.elems[2].kind, PE_WORD);
    assert_string_equal(p->seq.elems[2].word.text, "RELATIONS");
    assert_int_equal(p->seq.elems[2].word.flags, 0);
    assert_int_equal(p->seq.elems[3].kind, PE_WORD);
    assert_string_equal(p->seq.elems[3].word.text, "WITH");
    assert_int_equal(p->seq.elems[4].kind, PE_TARGET);
    for (size_t i = 0; i < p->seq.n; i++)
        assert_int_equal(p->seq.elems[i].adjacent, 0);
    assert_int_equal(p->seq.score, 13);

    p = pattern_coded(v, "066"); /* TIES_WITH: exact word, then a bound word */
    assert_non_null(p);
    assert_int_equal(p->seq.n, 4);
    assert_string_equal(p->seq.elems[1].word.text, "TIES");
    assert_int_equal(p->seq.elems[1].word.flags, LWF_EXACT);
    assert_int_equal(p->seq.elems[1].adjacent, 0);
    assert_string_equal(p->seq.elems[2].word.text, "WITH");
    assert_int_equal(p->seq.elems[2].adjacent, 1);
    assert_int_equal(p->seq.score, 9);

    p = pattern_coded(v, "069"); /* FULL~TIES_: bound, first word stays a stem */
    assert_non_null(p);
    assert_int_equal(p->seq.elems[1].word.flags, 0);
    assert_int_equal(p->seq.elems[2].adjacent, 1);
    assert_int_equal(p->seq.elems[2].word.flags, LWF_EXACT);
    assert_int_equal(p->seq.score, 10);

    p = pattern_coded(v, "067");
    assert_non_null(p);
    assert_int_equal(p->seq.n, 3);
    const pat_elem *ch = &p->seq.elems[1];
    assert_int_equal(ch->kind, PE_CHOICE);
    assert_null(ch->set_name);
    assert_int_equal(ch->noptions, 2);
    assert_int_equal(ch->options[0].n, 1);
    assert_string_equal(ch->options[0].elems[0].word.text, "AID");
    assert_int_equal(ch->options[1].n, 2);
    assert_string_equal(ch->options[1].elems[0].word.text, "HELP");
    assert_string_equal(ch->options[1].elems[1].word.text, "TO");
    assert_int_equal(ch->options[1].elems[1].adjacent, 1);
    assert_int_equal(lex_choice_max(ch), 7);
    assert_int_equal(p->seq.elems[2].kind, PE_COMPOUND);

    p = pattern_coded(v, "068");
    assert_non_null(p);
    assert_int_equal(p->seq.n, 4);
    assert_int_equal(p->verb_at, 1);
    assert_int_equal(p->seq.elems[0].kind, PE_SKIP);
    ch = &p->seq.elems[2];
    assert_int_equal(ch->kind, PE_CHOICE);
    assert_string_equal(ch->set_name, "&TIES");
    assert_int_equal(ch->noptions, 2); /* resolved by lex_freeze */
    assert_string_equal(ch->options[0].elems[0].word.text, "RELATIONS");
    assert_string_equal(ch->options[1].elems[0].word.text, "TIES");
    assert_int_equal(p->seq.score, 4);

    p = pattern_coded(v, "06A");
    assert_non_null(p);
    assert_string_equal(p->text, " * DIPLOMACY ");
    lex_free(lx);
}

static void test_pattern_order(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    assert_true(load(lx, TABARI_VERBS, "t.verbs", pattern_verbs, NULL, &err));
    lex_freeze(lx);
    const lex_verb *v = verb_for(lx, "RESTORE");
    size_t n;
    const lex_pattern *p = lex_verb_patterns(v, &n);
    assert_int_equal(n, 7);
    /* longest first; 06A and 066 tie at 9 and keep their file order */
    static const char *order[] = {"065", "069", "066", "06A", "067", "068", "0640"};
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(p[i].code.code, order[i]);
        if (i)
            assert_true(p[i - 1].seq.score >= p[i].seq.score);
    }
    lex_free(lx);
}

/* ---- actors: dates, synonyms, sections ----------------------------------------------- */

static const char actors[] =
    "GONDOR_ [GON]\n"
    "+MINAS_TIRITH\n"
    "+WHITE_CITY_  ; a synonym with a comment\n"
    "HOBBITON [HOB <950601] [HOBGOV 950601-990815] [HOBREB >990816]\n"
    "ROHAN_\n"
    "+ROHIRRIM\n"
    "\t[ROHGOV 950101-951231]\n"
    "\t[ROH]\n"
    "ISENGARD [ISE >950101]\n"
    "BREE_\n"
    "ELVES_ [ELF/RIV]\n"
    "<NOUN>\n"
    "DELEGATION_\n"
    "</NOUN>\n"
    "<ADJECTIVE>\n"
    "SENIOR_\n"
    "</ADJECTIVE>\n"
    "MORIA [MOR]\n"
    "~FINISH\n"
    "LOST_AFTER_FINISH [XXX]\n";

static void test_date_restricted_codes(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    assert_true(load(lx, TABARI_ACTORS, "t.actors", actors, NULL, &err));
    lex_freeze(lx);
    const lex_entry *e = entry_for(lx, "HOBBITON");
    assert_non_null(e);
    assert_int_equal(e->ncodes, 3);
    assert_string_equal(lex_entry_code_on(e, 19900101)->code, "HOB");
    assert_string_equal(lex_entry_code_on(e, 19950531)->code, "HOB");
    assert_string_equal(lex_entry_code_on(e, 19950601)->code, "HOBGOV");
    assert_string_equal(lex_entry_code_on(e, 19970704)->code, "HOBGOV");
    assert_string_equal(lex_entry_code_on(e, 19990815)->code, "HOBGOV");
    assert_string_equal(lex_entry_code_on(e, 19990817)->code, "HOBREB");
    assert_string_equal(lex_entry_code_on(e, 20050101)->code, "HOBREB");

    /* an open code is the default, whatever its place in the list */
    e = entry_for(lx, "ROHIRRIM");
    assert_non_null(e);
    assert_int_equal(e->ncodes, 2);
    assert_string_equal(lex_entry_code_on(e, 19950704)->code, "ROHGOV");
    assert_string_equal(lex_entry_code_on(e, 19960101)->code, "ROH");
    assert_string_equal(lex_entry_code_on(e, 0)->code, "ROH");

    /* a lone restricted code gets the null code as its default */
    e = entry_for(lx, "ISENGARD");
    assert_non_null(e);
    assert_string_equal(lex_entry_code_on(e, 19960101)->code, "ISE");
    assert_string_equal(lex_entry_code_on(e, 19940101)->code, "---");

    /* a phrase with no code is null-coded; a coded compound stays one code */
    e = entry_for(lx, "BREE");
    assert_non_null(e);
    assert_string_equal(lex_entry_code_on(e, 0)->code, "---");
    e = entry_for(lx, "ELVES");
    assert_non_null(e);
    assert_string_equal(lex_entry_code_on(e, 0)->code, "ELF/RIV");
    lex_free(lx);
}

static void test_synonyms_and_sections(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    dict_load_report rep = {0, 0, 0};
    assert_true(tabari_load_buffer(lx, TABARI_ACTORS, "t.actors", actors, strlen(actors), NULL,
                                   NULL, &rep, &err));
    assert_int_equal(rep.problems, 0);
    assert_int_equal(rep.lines, 19); /* reading stops at ~FINISH */
    lex_freeze(lx);
    lex_stats st = lex_get_stats(lx);
    assert_int_equal(st.entries[LEX_ACTOR], 10);
    assert_int_equal(st.entries[LEX_NOUN], 1);
    assert_int_equal(st.entries[LEX_ADJECTIVE], 1);
    assert_int_equal(st.entries[LEX_AGENT], 0);

    const lex_entry *g = entry_for(lx, "GONDOR'S");
    const lex_entry *m = entry_for(lx, "MINAS TIRITH");
    const lex_entry *w = entry_for(lx, "WHITE CITY");
    assert_non_null(g);
    assert_non_null(m);
    assert_non_null(w);
    assert_string_equal(g->codes[0].code, "GON");
    assert_string_equal(m->codes[0].code, "GON");
    assert_string_equal(w->codes[0].code, "GON");
    assert_string_equal(g->origin, "t.actors:1");
    assert_string_equal(m->origin, "t.actors:2");
    assert_string_equal(w->origin, "t.actors:3");
    assert_int_equal(m->nwords, 2);

    /* indented code lines belong to the whole group, synonyms included */
    const lex_entry *r = entry_for(lx, "ROHAN");
    const lex_entry *rr = entry_for(lx, "ROHIRRIM");
    assert_non_null(r);
    assert_non_null(rr);
    assert_int_equal(r->ncodes, 2);
    assert_int_equal(rr->ncodes, 2);
    assert_string_equal(r->codes[0].code, "ROHGOV");
    assert_int_equal(r->codes[0].from, 19950101);
    assert_int_equal(r->codes[0].to, 19951231);
    assert_string_equal(rr->codes[1].code, "ROH");

    const lex_entry *n = entry_for(lx, "DELEGATIONS");
    assert_non_null(n);
    assert_int_equal(n->kind, LEX_NOUN);
    assert_int_equal(n->ncodes, 0);
    const lex_entry *a = entry_for(lx, "SENIOR");
    assert_non_null(a);
    assert_int_equal(a->kind, LEX_ADJECTIVE);
    /* after </ADJECTIVE> lines are actors again */
    const lex_entry *mo = entry_for(lx, "MORIA");
    assert_non_null(mo);
    assert_int_equal(mo->kind, LEX_ACTOR);
    assert_null(entry_for(lx, "LOST AFTER FINISH"));
    lex_free(lx);
}

static void test_agents(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    diags d = {.n = 0};
    assert_true(load(lx, TABARI_AGENTS, "t.agents",
                     "PRESIDENT_ [~GOVPRS]\n"
                     "HUMAN_RIGHTS_GROUP_ [NGO~]\n"
                     "<NOUN>\nTALKS_\n</NOUN>\n"
                     "MINISTER [~GOV]\n",
                     &d, &err));
    lex_freeze(lx);
    const lex_entry *e = entry_for(lx, "PRESIDENTS");
    assert_non_null(e);
    assert_int_equal(e->kind, LEX_AGENT);
    assert_string_equal(e->codes[0].code, "~GOVPRS");
    e = entry_for(lx, "HUMAN RIGHTS GROUP");
    assert_non_null(e);
    assert_int_equal(e->nwords, 3);
    assert_string_equal(e->codes[0].code, "NGO~");
    e = entry_for(lx, "TALKS");
    assert_non_null(e);
    assert_int_equal(e->kind, LEX_NOUN);
    e = entry_for(lx, "MINISTERS");
    assert_non_null(e);
    assert_int_equal(e->kind, LEX_AGENT);
    lex_free(lx);
}

/* ---- error reports ------------------------------------------------------------------ */

static bool has_diag(const diags *d, const char *prefix, const char *text)
{
    for (size_t i = 0; i < d->n; i++)
        if (strncmp(d->msg[i], prefix, strlen(prefix)) == 0 && strstr(d->msg[i], text))
            return true;
    return false;
}

static void test_actor_errors(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    diags d = {.n = 0};
    static const char text[] = "GONDOR_ [GON\n"                  /* 1 */
                               "ROHAN_ [ ]\n"                    /* 2 */
                               "ARNOR_ [ARN]\n"                  /* 3: good */
                               "HOBBITON [XXX <95O601]\n"        /* 4 */
                               "MOR\0DOR [MOR]\n"                /* 5 */
                               "+SYNONYM_ALONE [SYN]\n"          /* 6: its phrase was line 5 */
                               "MORIA [MOR] junk\n"              /* 7 */
                               "FANGORN [ENT 950101-]\n"         /* 8 */
                               "ERIADOR [ERI]\n";                /* 9: good */
    dict_load_report rep = {0, 0, 0};
    bool ok = tabari_load_buffer(lx, TABARI_ACTORS, "bad.actors", text, sizeof text - 1,
                                 collect_diag, &d, &rep, &err);
    assert_false(ok);
    assert_int_equal(rep.problems, d.n);
    assert_int_equal(d.n, 7);
    assert_true(has_diag(&d, "bad.actors:1: ", "unclosed '['"));
    assert_true(has_diag(&d, "bad.actors:2: ", "empty code in [ ]"));
    assert_true(has_diag(&d, "bad.actors:4: ", "bad date restriction '<95O601'"));
    assert_true(has_diag(&d, "bad.actors:5: ", "NUL byte"));
    assert_true(has_diag(&d, "bad.actors:6: ", "synonym '+' without a phrase"));
    assert_true(has_diag(&d, "bad.actors:7: ", "unexpected text 'junk'"));
    assert_true(has_diag(&d, "bad.actors:8: ", "bad date restriction"));
    /* err holds the first problem */
    assert_string_equal(err.message, d.msg[0]);
    assert_true(strncmp(err.message, "bad.actors:1: ", 14) == 0);
    /* loading went on after every bad line */
    lex_freeze(lx);
    assert_non_null(entry_for(lx, "ARNOR"));
    assert_non_null(entry_for(lx, "ERIADOR"));
    assert_null(entry_for(lx, "SYNONYM ALONE"));
    assert_null(entry_for(lx, "GONDOR"));
    assert_null(entry_for(lx, "HOBBITON"));
    assert_null(entry_for(lx, "MORIA"));
    lex_free(lx);
}

static void test_agent_errors(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    diags d = {.n = 0};
    bool ok = load(lx, TABARI_AGENTS, "bad.agents",
                   "KING_ [GOV]\n"          /* 1: no '~' */
                   "QUEEN_ [~GOV]\n"        /* 2: good */
                   "STEWARD_\n"             /* 3: no code */
                   "CAPTAIN_ [~MIL]\n"      /* 4: good */
                   "RANGER [~REB\n",        /* 5: unclosed */
                   &d, &err);
    assert_false(ok);
    assert_int_equal(d.n, 3);
    assert_true(has_diag(&d, "bad.agents:1: ", "agent code 'GOV' needs a '~'"));
    assert_true(has_diag(&d, "bad.agents:3: ", "agent has no code"));
    assert_true(has_diag(&d, "bad.agents:5: ", "unclosed '['"));
    lex_freeze(lx);
    assert_null(entry_for(lx, "KING"));
    assert_null(entry_for(lx, "STEWARD"));
    assert_non_null(entry_for(lx, "QUEEN"));
    assert_non_null(entry_for(lx, "CAPTAIN"));
    lex_free(lx);
}

static void test_verb_errors(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    diags d = {.n = 0};
    bool ok = load(lx, TABARI_VERBS, "bad.verbs",
                   "- * + [064]\n"                       /* 1: before any verb */
                   "ATTACK_ [190]\n"                      /* 2: good */
                   "- $ + [190]\n"                        /* 3: no '*' */
                   "- * $ * [190]\n"                      /* 4: two '*' */
                   "- * { ARMY_ | TROOPS_ + [193]\n"      /* 5: unclosed '{' */
                   "- * &WEAPONS + [194]\n"               /* 6: undefined set */
                   "- * WITH + [19\n"                     /* 7: unclosed '[' */
                   "- * ON + [ ]\n"                       /* 8: empty code */
                   "- * AT + [1#0]\n"                     /* 9: bad code */
                   "- * + WITH TANKS_ [195]\n"            /* 10: good */
                   "DEFEND [---\n"                        /* 11: unclosed verb code */
                   "{FOUGHT}\n",                          /* 12: good (form of ATTACK) */
                   &d, &err);
    assert_false(ok);
    assert_int_equal(d.n, 9);
    assert_true(has_diag(&d, "bad.verbs:1: ", "pattern before any verb"));
    assert_true(has_diag(&d, "bad.verbs:3: ", "no verb marker '*'"));
    assert_true(has_diag(&d, "bad.verbs:4: ", "more than one verb marker '*'"));
    assert_true(has_diag(&d, "bad.verbs:5: ", "unclosed '{'"));
    assert_true(has_diag(&d, "bad.verbs:6: ", "synonym set &WEAPONS is used but not defined"));
    assert_true(has_diag(&d, "bad.verbs:7: ", "unclosed '['"));
    assert_true(has_diag(&d, "bad.verbs:8: ", "empty code"));
    assert_true(has_diag(&d, "bad.verbs:9: ", "'1#0'"));
    assert_true(has_diag(&d, "bad.verbs:11: ", "unclosed '['"));
    lex_freeze(lx);
    lex_stats st = lex_get_stats(lx);
    assert_int_equal(st.verbs, 2);
    assert_int_equal(st.patterns, 1);
    const lex_verb *v = verb_for(lx, "FOUGHT");
    assert_non_null(v);
    assert_string_equal(v->code.code, "190");
    assert_int_equal(v->npatterns, 1);
    assert_string_equal(v->patterns[0].code.code, "195");
    assert_string_equal(v->patterns[0].origin, "bad.verbs:10");
    lex_free(lx);
}

static void test_nul_byte_in_verbs(void **state)
{
    (void)state;
    lexicon *lx = lex_new();
    sitrep_error err;
    diags d = {.n = 0};
    static const char text[] = "ATTACK_ [190]\n- * +\0 [191]\nBOMB_ [195]\n";
    dict_load_report rep = {0, 0, 0};
    assert_false(tabari_load_buffer(lx, TABARI_VERBS, "nul.verbs", text, sizeof text - 1,
                                    collect_diag, &d, &rep, &err));
    assert_int_equal(d.n, 1);
    assert_true(has_diag(&d, "nul.verbs:2: ", "NUL byte"));
    assert_int_equal(rep.lines, 3);
    lex_freeze(lx);
    assert_non_null(verb_for(lx, "BOMBED"));
    lex_free(lx);
}

/* ---- .project files and dates ------------------------------------------------------- */

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_read_project(void **state)
{
    (void)state;
    char dir[] = "/tmp/sitrep-test-project-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[512], expect[600];
    snprintf(path, sizeof path, "%s/demo.project", dir);
    write_file(path, "<project>\n"
                     "  <actorsfile>  first.actors  \n"
                     "<actorsfile>/elsewhere/second.actors\n"
                     "<verbsfile>demo.verbs\n"
                     "<agentsfile>demo.agents\n"
                     "<optionsfile>demo.options\n"
                     "<textfile>demo.text\n"
                     "<eventfile>ignored.evt\n"
                     "</project>\n");
    tabari_project p;
    sitrep_error err;
    assert_true(tabari_read_project(path, &p, &err));
    assert_int_equal(p.nactors, 2);
    snprintf(expect, sizeof expect, "%s/first.actors", dir);
    assert_string_equal(p.actors[0], expect);
    assert_string_equal(p.actors[1], "/elsewhere/second.actors");
    assert_int_equal(p.nverbs, 1);
    snprintf(expect, sizeof expect, "%s/demo.verbs", dir);
    assert_string_equal(p.verbs[0], expect);
    assert_int_equal(p.nagents, 1);
    assert_int_equal(p.noptions, 1);
    snprintf(expect, sizeof expect, "%s/demo.text", dir);
    assert_string_equal(p.text, expect);
    tabari_project_free(&p);
    assert_int_equal(p.nactors, 0);
    unlink(path);

    snprintf(path, sizeof path, "%s/empty.project", dir);
    write_file(path, "<textfile>x.text\n");
    assert_false(tabari_read_project(path, &p, &err));
    assert_non_null(strstr(err.message, "not a TABARI project file"));
    assert_null(p.text);
    unlink(path);

    snprintf(path, sizeof path, "%s/blank.project", dir);
    write_file(path, "<verbsfile>v.verbs\n<actorsfile>\n");
    assert_false(tabari_read_project(path, &p, &err));
    assert_non_null(strstr(err.message, "blank.project:2: <actorsfile> names no file"));
    assert_int_equal(p.nverbs, 0);
    unlink(path);

    snprintf(path, sizeof path, "%s/missing.project", dir);
    assert_false(tabari_read_project(path, &p, &err));
    assert_non_null(strstr(err.message, "cannot open"));
    rmdir(dir);
}

static void test_parse_date(void **state)
{
    (void)state;
    int32_t d = -1;
    assert_true(tabari_parse_date("950601", 6, &d));
    assert_int_equal(d, 19950601);
    assert_true(tabari_parse_date(" 010214 ", 8, &d));
    assert_int_equal(d, 20010214);
    assert_true(tabari_parse_date("300101", 6, &d)); /* 00-30 are 2000-2030 */
    assert_int_equal(d, 20300101);
    assert_true(tabari_parse_date("310101", 6, &d));
    assert_int_equal(d, 19310101);
    assert_true(tabari_parse_date("20240229", 8, &d));
    assert_int_equal(d, 20240229);
    d = 7;
    assert_false(tabari_parse_date("95O601", 6, &d));
    assert_false(tabari_parse_date("951301", 6, &d));
    assert_false(tabari_parse_date("950600", 6, &d));
    assert_false(tabari_parse_date("9506", 4, &d));
    assert_false(tabari_parse_date("", 0, &d));
    assert_int_equal(d, 7); /* untouched on failure */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stems_and_exact_words),
        cmocka_unit_test(test_verb_endings),
        cmocka_unit_test(test_state_phrase),
        cmocka_unit_test(test_multiword_phrases),
        cmocka_unit_test(test_event_codes),
        cmocka_unit_test(test_event_code_empty_pair_not_terminated),
        cmocka_unit_test(test_pattern_elements),
        cmocka_unit_test(test_pattern_order),
        cmocka_unit_test(test_date_restricted_codes),
        cmocka_unit_test(test_synonyms_and_sections),
        cmocka_unit_test(test_agents),
        cmocka_unit_test(test_actor_errors),
        cmocka_unit_test(test_agent_errors),
        cmocka_unit_test(test_verb_errors),
        cmocka_unit_test(test_nul_byte_in_verbs),
        cmocka_unit_test(test_read_project),
        cmocka_unit_test(test_parse_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
