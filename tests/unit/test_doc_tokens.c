/* test_doc_tokens.c: one tokenizer for the tree coder's pipeline. The document layer's
 * tokens made from the UD tokenizer's words (words_from_ud: spans, upper case, kinds,
 * flags, word classes, the pieces of multiword tokens), the dates, status and attribution
 * read from them as from words_tokenize's, and pipeline_code() coding the UD tokenizer's
 * sentences when the tree coder is used (needs models/en_ud.model, else skipped). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "api/pipeline.h"
#include "base/arena.h"
#include "coder/options.h"
#include "doc/attribution.h"
#include "doc/dates.h"
#include "doc/status.h"
#include "doc/words.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"
#include "syntax/model.h"
#include "syntax/ud_tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tokens of the first UD sentence of s. */
static size_t ud_tokens(arena *a, const char *s, token **t)
{
    ud_sentence *u;
    size_t ns = ud_tokenize(a, s, strlen(s), &u);
    assert_int_equal(ns, 1);
    return words_from_ud(a, s, &u[0], t);
}

static void expect_token(const char *s, const token *t, const char *surface, const char *upper,
                         int kind)
{
    if (t->end - t->start != strlen(surface) || memcmp(s + t->start, surface, strlen(surface)))
        fail_msg("token [%u, %u) is '%.*s', not '%s'", t->start, t->end,
                 (int)(t->end - t->start), s + t->start, surface);
    assert_string_equal(t->upper, upper);
    assert_int_equal(t->len, strlen(upper));
    assert_int_equal(t->kind, kind);
}

/* One token per UD word, with that word's span; multiword tokens in pieces. */
static void test_ud_word_to_token(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    const char *s = "Korea\xe2\x80\x99s envoy didn't meet U.S. officials, but we cannot "
                    "say \xe2\x80\x9cwhy\xe2\x80\x9d \xe2\x80\x94 Iran's 50,000 troops' "
                    "gear is Iranian-made.";
    ud_sentence *u;
    assert_int_equal(ud_tokenize(a, s, strlen(s), &u), 1);
    token *t;
    size_t n = words_from_ud(a, s, &u[0], &t);
    assert_int_equal(n, u[0].n);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(t[i].start, u[0].words[i].start);
        assert_int_equal(t[i].end, u[0].words[i].end);
        assert_int_equal(t[i].flags & TOKF_SENT_START, i == 0 ? TOKF_SENT_START : 0);
    }
    size_t k = 0;
    expect_token(s, &t[k++], "Korea", "KOREA", TOK_WORD);
    expect_token(s, &t[k++], "\xe2\x80\x99s", "'S", TOK_WORD); /* the curly apostrophe */
    expect_token(s, &t[k++], "envoy", "ENVOY", TOK_WORD);
    expect_token(s, &t[k++], "did", "DID", TOK_WORD);
    expect_token(s, &t[k++], "n't", "N'T", TOK_WORD);
    expect_token(s, &t[k++], "meet", "MEET", TOK_WORD);
    expect_token(s, &t[k++], "U.S.", "U.S.", TOK_WORD);
    expect_token(s, &t[k++], "officials", "OFFICIALS", TOK_WORD);
    expect_token(s, &t[k++], ",", ",", TOK_PUNCT);
    expect_token(s, &t[k++], "but", "BUT", TOK_WORD);
    expect_token(s, &t[k++], "we", "WE", TOK_WORD);
    expect_token(s, &t[k++], "can", "CAN", TOK_WORD);
    expect_token(s, &t[k++], "not", "NOT", TOK_WORD);
    expect_token(s, &t[k++], "say", "SAY", TOK_WORD);
    expect_token(s, &t[k++], "\xe2\x80\x9c", "\"", TOK_PUNCT);
    expect_token(s, &t[k++], "why", "WHY", TOK_WORD);
    expect_token(s, &t[k++], "\xe2\x80\x9d", "\"", TOK_PUNCT);
    expect_token(s, &t[k++], "\xe2\x80\x94", "-", TOK_PUNCT);
    expect_token(s, &t[k++], "Iran", "IRAN", TOK_WORD);
    expect_token(s, &t[k++], "'s", "'S", TOK_WORD);
    expect_token(s, &t[k++], "50,000", "50,000", TOK_NUMBER);
    expect_token(s, &t[k++], "troops", "TROOPS", TOK_WORD);
    expect_token(s, &t[k++], "'", "'", TOK_PUNCT);
    expect_token(s, &t[k++], "gear", "GEAR", TOK_WORD);
    expect_token(s, &t[k++], "is", "IS", TOK_WORD);
    expect_token(s, &t[k++], "Iranian", "IRANIAN", TOK_WORD);
    expect_token(s, &t[k++], "-", "-", TOK_PUNCT);
    expect_token(s, &t[k++], "made", "MADE", TOK_WORD);
    expect_token(s, &t[k++], ".", ".", TOK_PUNCT);
    assert_int_equal(k, n);
    /* flags and classes, as words_tokenize gives them */
    assert_true(t[0].flags & TOKF_CAPITALIZED);
    assert_false(t[2].flags & TOKF_CAPITALIZED);
    assert_true(t[6].flags & TOKF_CAPITALIZED);
    /* the pieces after the first of a multiword token are clitics: n't is a negation */
    assert_true(t[1].flags & TOKF_CLITIC);  /* 's */
    assert_true(word_is_nt(&t[4]));         /* n't */
    assert_true(t[12].flags & TOKF_CLITIC); /* not of cannot */
    assert_false(t[0].flags & TOKF_CLITIC);
    assert_false(t[3].flags & TOKF_CLITIC);
    assert_false(t[18].flags & TOKF_CLITIC); /* Iran */
    assert_true(t[19].flags & TOKF_CLITIC);  /* its 's */
    assert_true(WORD_IS(&t[12], WC_NEG));        /* not */
    assert_true(WORD_IS(&t[11], WC_HYPO));       /* can */
    assert_true(WORD_IS(&t[13], WC_SPEECH));     /* say */
    assert_true(WORD_IS(&t[14], WC_HARD_BOUNDARY));
    arena_free(a);
}

/* An empty sentence and a sentence of punctuation only. */
static void test_ud_word_to_token_edges(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    ud_sentence empty = {0};
    token *t;
    assert_int_equal(words_from_ud(a, "", &empty, &t), 0);
    const char *s = "Yes -- no... or?!";
    size_t n = ud_tokens(a, s, &t);
    assert_int_equal(n, 6);
    expect_token(s, &t[1], "--", "--", TOK_PUNCT);
    expect_token(s, &t[3], "...", "...", TOK_PUNCT);
    expect_token(s, &t[5], "?!", "?!", TOK_PUNCT);
    arena_free(a);
}

/* The date, as "YYYY-MM-DD/precision" or "-", and the status cue of the verb, from the
 * tokens of either tokenizer. */
static void read_doc(arena *a, const char *s, const char *verb, bool ud, char *date,
                     const char **cue, int *status)
{
    token *t;
    size_t n = ud ? ud_tokens(a, s, &t) : words_tokenize(a, s, 0, (uint32_t)strlen(s), &t);
    const char *v = strstr(s, verb);
    assert_non_null(v);
    span sp = {(uint32_t)(v - s), (uint32_t)(v - s + strlen(verb))};
    date_cue *c;
    size_t nc = dates_find(a, t, n, 20230807, &c);
    const date_cue *d = dates_pick(c, nc, t, n, sp);
    strcpy(date, "-");
    if (d) {
        static const char *names[] = {"", "day", "month", "year", "doc", "week"};
        dates_format(d->value, date);
        strcat(date, "/");
        strcat(date, names[d->precision]);
    }
    status_result r;
    status_decide(a, s, t, n, sp, &r);
    *status = r.status;
    *cue = r.cue ? r.cue : "-";
}

/* Dates and status read the same from the UD tokenizer's words as from words_tokenize's,
 * clitics, ranges and runs of punctuation included. */
static void test_doc_layer_reads_ud_tokens(void **state)
{
    (void)state;
    static const struct {
        const char *s, *verb, *date, *cue;
        int status;
    } cases[] = {
        {"Back on July 13, 2022, North Korea recognized them.", "recognized", "2022-07-13/day", "-", STATUS_ASSERTED},
        {"On 13 July 2022 Japan met China.", "met", "2022-07-13/day", "-", STATUS_ASSERTED},
        {"Japan will visit China on July 25-27.", "visit", "2023-07-25/day", "-", STATUS_ASSERTED},
        {"Japan visited China on 25-27 July 2022.", "visited", "2022-07-25/day", "-", STATUS_ASSERTED},
        {"On 2022-07-13 Japan met China.", "met", "2022-07-13/day", "-", STATUS_ASSERTED},
        {"On Jan. 5 Japan met China.", "met", "2023-01-05/day", "-", STATUS_ASSERTED},
        {"Japan met China on Wednesday.", "met", "2023-08-02/day", "-", STATUS_ASSERTED},
        {"Japan didn't meet China last week.", "meet", "2023-07-31/week", "didn't", STATUS_NEGATED},
        {"Japan can't meet China in May.", "meet", "2023-05-01/month", "can't", STATUS_NEGATED},
        {"We cannot rule out that they attacked the city.", "attacked", "-", "cannot rule out", STATUS_HYPOTHETICAL},
        {"North Korea may supply weapons to Russia.", "supply", "-", "may", STATUS_HYPOTHETICAL},
        {"Will Japan meet China?", "meet", "-", "?", STATUS_HYPOTHETICAL},
    };
    arena *a = arena_new(0);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        for (int ud = 0; ud < 2; ud++) {
            char date[32];
            const char *cue;
            int st;
            read_doc(a, cases[i].s, cases[i].verb, ud, date, &cue, &st);
            if (strcmp(date, cases[i].date) || strcmp(cue, cases[i].cue) ||
                st != cases[i].status)
                fail_msg("%s (%s tokens): date %s cue '%s' status %d; want %s '%s' %d",
                         cases[i].s, ud ? "UD" : "words", date, cue, st, cases[i].date,
                         cases[i].cue, cases[i].status);
        }
    /* text tokenized the PTB way ("did n't") is read by the TABARI engine's document
       layer as it always was: only the UD tokenizer's clitic is a negation */
    char date[32];
    const char *cue;
    int st;
    read_doc(a, "Japan did n't meet China.", "meet", false, date, &cue, &st);
    assert_int_equal(st, STATUS_ASSERTED);
    /* attribution: the speaker before a speech verb, after ", X said", and no headline
       dash inside a hyphenated compound */
    static const struct {
        const char *s, *speaker;
    } said[] = {
        {"Later, the UK claimed that Russia attacked Georgia.", "the UK"},
        {"Russia attacked Georgia, officials said.", "officials"},
        {"Russia's envoy didn't claim that Iran attacked Georgia.", "Russia's envoy"},
    };
    for (size_t i = 0; i < sizeof said / sizeof *said; i++) {
        token *t;
        size_t n = ud_tokens(a, said[i].s, &t);
        attribution *at;
        if (attribution_find(a, said[i].s, t, n, 1, &at) != 1)
            fail_msg("%s: no attribution", said[i].s);
        size_t len = at[0].speaker.end - at[0].speaker.start;
        if (len != strlen(said[i].speaker) ||
            memcmp(said[i].s + at[0].speaker.start, said[i].speaker, len))
            fail_msg("%s: speaker '%.*s'", said[i].s, (int)len, said[i].s + at[0].speaker.start);
    }
    const char *head = "Freedonia attacks U.S.-backed rebels";
    token *t;
    size_t n = ud_tokens(a, head, &t);
    attribution *at;
    assert_int_equal(attribution_find(a, head, t, n, 0, &at), 0);
    arena_free(a);
}

/* ---- the document layer codes the UD tokenizer's sentences -------------------------- */

static const char actors[] = "FREEDONIA_ [FRE]\n"
                             "SYLVANIA_ [SYL]\n"
                             "OSTERLICH_ [OST]\n";
static const char verbs[] = "ATTACK_ [190]\n"
                            "{ATTACKED_}\n"
                            "PRAISE_ [051]\n"
                            "{PRAISED_}\n";

typedef struct fixture {
    lexicon *lx;
    syntax_model *m;
    coder_options opt;
} fixture;

static int setup(void **state)
{
    static fixture f;
    const char *path = getenv("SITREP_MODEL");
    char buf[1024];
    if (!path || !*path) {
        snprintf(buf, sizeof buf, "%s/../../models/en_ud.model", SITREP_TEST_DATA);
        path = buf;
    }
    sitrep_error err;
    f.m = syntax_model_load(path, &err); /* NULL: the tests that need it are skipped */
    f.lx = lex_new();
    if (!tabari_load_buffer(f.lx, TABARI_ACTORS, "t.actors", actors, strlen(actors), NULL, NULL,
                            NULL, &err) ||
        !tabari_load_buffer(f.lx, TABARI_VERBS, "t.verbs", verbs, strlen(verbs), NULL, NULL,
                            NULL, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return -1;
    }
    lex_freeze(f.lx);
    coder_options_default(&f.opt);
    f.opt.tree_model = f.m;
    f.opt.minimum_words = 0;
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    lex_free(f->lx);
    syntax_model_free(f->m);
    return 0;
}

/* Every event's sentence is a sentence of ud_tokenize() over the cleaned text, with its
 * index; returns the number of document sentences. */
static size_t check_sentences(fixture *f, const char *text, size_t want_events)
{
    arena *a = arena_new(0);
    article art = {.id = "t", .date = "2024-03-05", .text = text, .text_len = strlen(text)};
    document_result r;
    pipeline_code(f->lx, &f->opt, a, &art, NULL, 0, &r);
    ud_sentence *u;
    size_t nu = ud_tokenize(a, r.text, r.text_len, &u);
    assert_int_equal(r.nevents, want_events);
    for (size_t i = 0; i < r.nevents; i++) {
        const event *e = &r.events[i];
        assert_true(e->sentence_index < nu);
        assert_int_equal(e->sentence.start, u[e->sentence_index].start);
        assert_int_equal(e->sentence.end, u[e->sentence_index].end);
    }
    assert_int_equal(r.nsentences, nu);
    size_t ns = r.nsentences;
    arena_free(a);
    return ns;
}

static void test_document_codes_ud_sentences(void **state)
{
    fixture *f = *state;
    if (!f->m)
        skip();
    /* the UD tokenizer ends a sentence at "?" before a lower-case word (web text) and
       keeps a footnote mark with the sentence before it; text_split_sentences does
       neither */
    assert_int_equal(check_sentences(f, "Did Freedonia attack Sylvania? yes, Osterlich "
                                        "praised Sylvania on Monday.",
                                     2),
                     2);
    assert_int_equal(check_sentences(f, "Freedonia attacked Sylvania in 1999. [3] Osterlich "
                                        "praised Sylvania.",
                                     2),
                     2);
    /* the events of the second sentence carry index 1 */
    arena *a = arena_new(0);
    const char *text = "Did Freedonia attack Sylvania? yes, Osterlich praised Sylvania.";
    article art = {.id = "t", .date = "2024-03-05", .text = text, .text_len = strlen(text)};
    document_result r;
    pipeline_code(f->lx, &f->opt, a, &art, NULL, 0, &r);
    bool praise = false;
    for (size_t i = 0; i < r.nevents; i++)
        if (strcmp(r.events[i].code, "051") == 0) {
            praise = true;
            assert_int_equal(r.events[i].sentence_index, 1);
            assert_string_equal(r.events[i].source.code, "OST");
        }
    assert_true(praise);
    arena_free(a);
}

/* Text written one paragraph per line: every line break ends a sentence (a long headline
 * on its own line too), and the dateline of a paragraph's first sentence is no actor. */
static void test_document_lines_and_datelines(void **state)
{
    fixture *f = *state;
    if (!f->m)
        skip();
    const char *text =
        "Osterlich praises Sylvania for its help after the floods in the northern provinces\n"
        "SYLVANIA CITY, March 4 (Wire) - Freedonia attacked Sylvania on Monday, officials "
        "said, in the worst fighting between the two neighbours since the war ended, and "
        "Osterlich praised Sylvania.\n";
    arena *a = arena_new(0);
    article art = {.id = "t", .date = "2024-03-05", .text = text, .text_len = strlen(text)};
    document_result r;
    pipeline_code(f->lx, &f->opt, a, &art, NULL, 0, &r);
    assert_int_equal(r.nsentences, 2);
    size_t attack = 0;
    for (size_t i = 0; i < r.nevents; i++) {
        const event *e = &r.events[i];
        if (strcmp(e->code, "190") != 0)
            continue;
        attack++;
        assert_int_equal(e->sentence_index, 1);
        assert_string_equal(e->source.code, "FRE");
        assert_string_equal(e->target.code, "SYL");
        assert_string_equal(e->date, "2024-03-04");
        /* the sentence starts after the dateline */
        assert_memory_equal(r.text + e->sentence.start, "Freedonia", 9);
    }
    assert_int_equal(attack, 1);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ud_word_to_token),
        cmocka_unit_test(test_ud_word_to_token_edges),
        cmocka_unit_test(test_doc_layer_reads_ud_tokens),
        cmocka_unit_test(test_document_codes_ud_sentences),
        cmocka_unit_test(test_document_lines_and_datelines),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
