/* test_one_tokenizer.c: every stage reads the words of the one UD tokenizer
 * (syntax/ud_tokenize.c). On text where tokenizers differ (clitics, possessives with
 * straight and curly apostrophes, hyphens, curly quotes and dashes, abbreviations, a
 * number with its unit, an acronym ending the sentence): the lexicon's shallow reading
 * with our lexicon reads the UD words one by one; with TABARI's conventions it reads the
 * tokenizer's TABARI mode, which on this text gives UD words glued, never cut; it reads
 * the tokens a caller hands it; the document layer's tokens
 * are the UD words, with or without the model; and --shallow dates an event from the same
 * words as the tree coder does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "api/pipeline.h"
#include "base/arena.h"
#include "coder/options.h"
#include "doc/words.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"
#include "parse/parse.h"
#include "syntax/ud_tokenize.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char TRICKY[] =
    "Korea\xE2\x80\x99s envoy didn't meet anti-war U.S. officials at 5pm, but we cannot say "
    "\xE2\x80\x9Cwhy\xE2\x80\x9D \xE2\x80\x94 Iran's 50,000 troops' Iranian-made gear, "
    "e.g. drones, it's said, reached the U.S.";

static const char actors[] = "PERU_ [PER]\nPANAMANIAN_ [PAN]\n";
static const char verbs[] = "GRANT_ [075]\n{GRANTED_}\n";

/* The lexicon and the arena every test reads (made in main). */
static struct {
    lexicon *lx;
    arena *a;
} fx;

/* Our lexicon's options: the UD words as they are. */
static coder_options own_options(void)
{
    coder_options o;
    coder_options_default(&o);
    o.tabari_tokens = false;
    o.minimum_words = 0;
    return o;
}

static const ud_sentence *one_sentence(arena *a, const char *text)
{
    ud_sentence *u;
    assert_int_equal(ud_tokenize(a, text, strlen(text), &u), 1);
    return u;
}

/* Is UD word w (after `host`) the "'s" or apostrophe of a possessive? Not in "it's". */
static bool is_piece_possessive(const char *text, const ud_word *host, const ud_word *w)
{
    const char *f = text + w->start;
    size_t n = w->end - w->start;
    if (host->end - host->start == 2 && memcmp(text + host->start, "it", 2) == 0)
        return false;
    return w->mwt && ((n == 2 && memcmp(f, "'s", 2) == 0) || (n == 1 && f[0] == '\'') ||
                      (n == 4 && memcmp(f, "\xE2\x80\x99s", 4) == 0));
}

/* The word spans the shallow reading must give, made from the UD words alone: each word
 * opening with a letter, a digit or an apostrophe is a word (split at its inner hyphens,
 * "anti-war"), a possessive joins the word before it, and so does the period given back
 * by an acronym ending the sentence; commas, double quotes and a dash between blanks are
 * commas and quotes, other punctuation is dropped. */
static size_t expected_words(const char *text, const ud_sentence *s, span *out)
{
    size_t n = 0;
    for (uint32_t j = 0; j < s->n; j++) {
        const ud_word *w = &s->words[j];
        unsigned char c = (unsigned char)text[w->start];
        if (j > 0 && is_piece_possessive(text, w - 1, w)) {
            out[n - 1].end = w->end;
            continue;
        }
        if (j > 0 && text[w->start] == '.' && w->end == w->start + 1 && w[-1].end == w->start &&
            ud_dotted_acronym(text, w[-1].start, w[-1].end)) {
            out[n - 1].end = w->end; /* "U.S" + "." ending the sentence: "U.S." */
            continue;
        }
        bool word = (c < 0x80 && (isalnum(c) || c == '\'')) ||
                    (c >= 0x80 && !(c == 0xE2 && (unsigned char)text[w->start + 1] == 0x80));
        bool spaced = w->start > 0 && text[w->start - 1] == ' ' && text[w->end] == ' ';
        if (!word && c != ',' && c != 0xE2) /* '.', ... */
            continue;
        if (c == 0xE2 && !(spaced || (unsigned char)text[w->start + 2] == 0x9C ||
                           (unsigned char)text[w->start + 2] == 0x9D))
            continue;
        uint32_t from = w->start;
        for (uint32_t p = w->start; word && p <= w->end; p++)
            if (p == w->end || text[p] == '-') {
                out[n++] = (span){from, p};
                from = p + 1;
            }
        if (!word)
            out[n++] = (span){w->start, w->end};
    }
    return n;
}

static const pword *word_text(const parsed_sentence *ps, const char *upper)
{
    for (int i = 0; i < ps->n; i++)
        if (ps->w[i].len == strlen(upper) && memcmp(ps->w[i].s, upper, ps->w[i].len) == 0)
            return &ps->w[i];
    return NULL;
}

static const ud_word *ud_word_text(const char *text, const ud_sentence *s, const char *form,
                                   int nth)
{
    for (uint32_t j = 0; j < s->n; j++)
        if (s->words[j].end - s->words[j].start == strlen(form) &&
            memcmp(text + s->words[j].start, form, strlen(form)) == 0 && nth-- == 0)
            return &s->words[j];
    fail_msg("no UD word '%s'", form);
    return NULL;
}

/* With our lexicon the shallow reading's words are the UD words, one by one. */
static void test_shallow_reading_reads_ud_words(void **state)
{
    (void)state;
    coder_options o = own_options();
    const ud_sentence *s = one_sentence(fx.a, TRICKY);
    span want[128];
    size_t nw = expected_words(TRICKY, s, want);
    parsed_sentence ps;
    parse_sentence(fx.lx, &o, fx.a, TRICKY, 0, (uint32_t)strlen(TRICKY), 20230807, NULL, &ps);
    for (size_t i = 0; i < nw && i < (size_t)ps.n; i++)
        if (ps.w[i].start != want[i].start || ps.w[i].end != want[i].end)
            fail_msg("word %zu is '%.*s', the UD words give '%.*s'", i,
                     (int)(ps.w[i].end - ps.w[i].start), TRICKY + ps.w[i].start,
                     (int)(want[i].end - want[i].start), TRICKY + want[i].start);
    assert_int_equal(ps.n, nw);
    /* what the UD words are: clitics apart, the unit apart, the final period given back */
    const ud_word *nt = ud_word_text(TRICKY, s, "n't", 0);
    const pword *w = word_text(&ps, "N'T");
    assert_non_null(w);
    assert_int_equal(w->start, nt->start);
    assert_non_null(word_text(&ps, "DID"));
    assert_non_null(word_text(&ps, "CAN"));
    assert_non_null(word_text(&ps, "NOT"));
    assert_non_null(word_text(&ps, "PM"));
    assert_non_null(word_text(&ps, "KOREA'S")); /* the curly possessive, on its word */
    assert_non_null(word_text(&ps, "TROOPS'"));
    /* the acronym ending the sentence, with the period the UD words give back, as the
       dictionaries write it */
    const pword *us = &ps.w[ps.n - 1];
    assert_int_equal(us->len, 4);
    assert_memory_equal(us->s, "U.S.", 4);
    assert_int_equal(us->end, strlen(TRICKY));
    assert_null(word_text(&ps, "DIDN'T"));
    assert_null(word_text(&ps, "5PM"));
}

/* By TABARI's conventions the shallow reading reads the TABARI mode's words (a scan of the
 * bytes): on this text each is UD words glued ("DIDN'T", "CANNOT", "5PM", "U.S."), none
 * cut but at a hyphen. */
static void test_tabari_words_glue_ud_words(void **state)
{
    (void)state;
    coder_options o;
    coder_options_default(&o);
    o.minimum_words = 0;
    assert_true(o.tabari_tokens);
    const ud_sentence *s = one_sentence(fx.a, TRICKY);
    parsed_sentence ps;
    parse_sentence(fx.lx, &o, fx.a, TRICKY, 0, (uint32_t)strlen(TRICKY), 20230807, NULL, &ps);
    static const struct {
        const char *word, *first, *last;
        int nth_last;
    } glued[] = {{"DIDN'T", "did", "n't", 0}, {"CANNOT", "can", "not", 0},
                 {"5PM", "5", "pm", 0},       {"IT'S", "it", "'s", 1},
                 {"IRANIAN", "Iranian", "Iranian", 0}};
    for (size_t k = 0; k < sizeof glued / sizeof *glued; k++) {
        const pword *w = word_text(&ps, glued[k].word);
        if (!w)
            fail_msg("no word %s", glued[k].word);
        const ud_word *a = ud_word_text(TRICKY, s, glued[k].first, 0);
        const ud_word *b = ud_word_text(TRICKY, s, glued[k].last, glued[k].nth_last);
        assert_int_equal(w->start, a->start);
        assert_int_equal(w->end, b->end);
    }
    /* the acronym that ends the sentence keeps its period, which the UD words give back */
    const pword *last = &ps.w[ps.n - 1];
    assert_int_equal(last->len, 4);
    assert_memory_equal(last->s, "U.S.", 4);
    assert_int_equal(last->start, ud_word_text(TRICKY, s, "U.S", 0)->start);
    assert_int_equal(last->end, strlen(TRICKY));
    /* every word starts and ends where a UD word does, or at a hyphen inside one */
    for (int i = 0; i < ps.n; i++) {
        bool starts = TRICKY[ps.w[i].start - (ps.w[i].start > 0)] == '-';
        bool ends = TRICKY[ps.w[i].end] == '-';
        for (uint32_t j = 0; j < s->n; j++) {
            starts = starts || s->words[j].start == ps.w[i].start;
            ends = ends || s->words[j].end == ps.w[i].end;
        }
        if (!starts || !ends)
            fail_msg("word '%.*s' cuts a UD word", (int)(ps.w[i].end - ps.w[i].start),
                     TRICKY + ps.w[i].start);
    }
}

/* Handed the UD sentence's tokens, the shallow reading reads them (those inside its span):
 * the same words as it tokenizes itself, and after a dateline only the words after it. */
static void test_shallow_reading_reads_caller_tokens(void **state)
{
    (void)state;
    coder_options o = own_options();
    const char *text = "SEOUL, March 6 (Wire) - Peru granted asylum to Panamanian officers.";
    const ud_sentence *s = one_sentence(fx.a, text);
    token *t;
    size_t nt = ud_sentence_tokens(fx.a, text, s, UD_TOKENS, &t);
    uint32_t from = (uint32_t)(strstr(text, "Peru") - text), end = (uint32_t)strlen(text);
    parsed_sentence own, given;
    sentence_context ctx = {0};
    parse_sentence_in(fx.lx, &o, fx.a, text, from, end, 20230807, &ctx, &own);
    ctx.tokens = t;
    ctx.ntokens = nt;
    parse_sentence_in(fx.lx, &o, fx.a, text, from, end, 20230807, &ctx, &given);
    assert_int_equal(own.n, given.n);
    assert_int_equal(given.n, 6); /* PERU GRANTED ASYLUM TO PANAMANIAN OFFICERS */
    for (int i = 0; i < own.n; i++) {
        assert_int_equal(own.w[i].start, given.w[i].start);
        assert_int_equal(own.w[i].end, given.w[i].end);
        assert_int_equal(own.w[i].type, given.w[i].type);
    }
    assert_int_equal(given.w[0].start, from);
    assert_int_equal(given.w[0].type, W_ACTOR);
    assert_int_equal(given.w[1].type, W_VERB);
}

/* The document layer's tokens are the UD words, with a model (words_from_ud) or without
 * (words_tokenize over a sentence of the TABARI engine). */
static void test_document_layer_reads_ud_words(void **state)
{
    (void)state;
    const ud_sentence *s = one_sentence(fx.a, TRICKY);
    token *a, *b;
    size_t na = words_tokenize(fx.a, TRICKY, 0, (uint32_t)strlen(TRICKY), &a);
    size_t nb = words_from_ud(fx.a, TRICKY, s, &b);
    assert_int_equal(na, s->n);
    assert_int_equal(nb, s->n);
    for (uint32_t j = 0; j < s->n; j++) {
        assert_int_equal(a[j].start, s->words[j].start);
        assert_int_equal(a[j].end, s->words[j].end);
        assert_int_equal(b[j].start, s->words[j].start);
        assert_int_equal(b[j].end, s->words[j].end);
        assert_string_equal(a[j].upper, b[j].upper);
        assert_int_equal(a[j].flags, b[j].flags);
        assert_int_equal(a[j].tag, b[j].tag);
    }
    /* "didn't" is DID + N'T, a negation, in both */
    size_t k = 0;
    while (k < na && !IS(&a[k], "N'T"))
        k++;
    assert_true(k < na && word_is_nt(&a[k]) && IS(&a[k - 1], "DID"));
}

/* Spans of plain ASCII (most of TABARI's sentences) are cut without making the UD
 * sentences first: every span of every text here, cut anywhere, must read exactly as
 * the words of ud_span_sentence(), whether plain or not (possessives, contractions,
 * hyphens, numbers with separators and units, abbreviations ending a sentence, initials,
 * list numbers, emoticons, runs of periods and dashes, quotes, URLs, e-mail addresses,
 * controls and non-ASCII bytes). */
static void test_plain_spans_read_as_ud_words(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Gondor's envoy said the nation's 12-year-old war-torn pro-Eriadori Vice-Premier "
        "would meet Barad-dur officials on Saturday.",
        "They didn't go, we cannot say; I'm gonna wait (dont ask) - it's theirs -- "
        "and shouldn't've... Really?! Yes!",
        "The 1,000 troops left at 10:30 on 11/28/2000 and 5pm, the 3rd of the 1990s; "
        "call 713-853-3989, ranges 750-800 and 1998-2001.",
        "Mr. Smith of Acme Inc. met U.S. and U.N. staff, e.g. Dr. Jones, No. 5 etc. He "
        "left. The Calif. office, and J. Doe.",
        "1. First\n2. Second line\nAT&T w/o e-mail, re- and post-war \"quoted\" 'single' "
        "years' time :) ;-) =) == ** [6] {x} .265 batting",
        "See www.example.com or http://a.b/c?d=1, write to a.b@c.org; mailto:x ftp://y\t"
        "tab\x01ctl\x7f del.",
        "Korea\xE2\x80\x99s caf\xC3\xA9 \xE2\x80\x94 Iranian-made anti-war co-operation "
        "non-profit ex-wife.",
        "WORDS IN CAPITALS AND X.Y.Z. OR A.B end here.  Then\n\nanother paragraph "
        "THAT'S IT'S LET'S what's.",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        const char *text = texts[t];
        uint32_t len = (uint32_t)strlen(text);
        for (uint32_t from = 0; from < len; from += 3)
            for (uint32_t to = from; to <= len; to += (to < len && to + 5 > len) ? 1 : 5) {
                arena *a = arena_new(1 << 16);
                token *p, *f = NULL;
                size_t np = ud_text_tokens(a, text, from, to, UD_TOKENS, &p);
                ud_sentence s;
                ud_span_sentence(a, text, from, to, &s);
                size_t nf = s.n ? ud_sentence_tokens(a, text, &s, UD_TOKENS, &f) : 0;
                assert_int_equal(np, nf);
                for (size_t j = 0; j < np; j++) {
                    assert_int_equal(p[j].start, f[j].start);
                    assert_int_equal(p[j].end, f[j].end);
                    assert_int_equal(p[j].len, f[j].len);
                    assert_string_equal(p[j].upper, f[j].upper);
                    assert_int_equal(p[j].kind, f[j].kind);
                    assert_int_equal(p[j].flags, f[j].flags);
                }
                arena_free(a);
            }
    }
}

/* The date of an event coded with our lexicon without the model (--shallow) comes from
 * the UD words, as with the tree coder: "last month's invasion" holds the date "last
 * month" (a tokenizer that kept MONTH'S whole dated the event by "Tuesday"). */
static void test_shallow_dates_from_ud_words(void **state)
{
    (void)state;
    coder_options o = own_options();
    const char *text = "Peru granted asylum to Panamanian officers since last month's "
                       "invasion, the embassy said on Tuesday.";
    article art = {.id = "t", .date = "2023-08-10", .text = text, .text_len = strlen(text)};
    document_result r;
    pipeline_code(fx.lx, &o, fx.a, &art, NULL, 0, &r);
    assert_int_equal(r.nevents, 1);
    assert_string_equal(r.events[0].code, "075");
    assert_string_equal(r.events[0].date, "2023-07-01");
    assert_string_equal(r.events[0].date_text, "last month");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shallow_reading_reads_ud_words),
        cmocka_unit_test(test_tabari_words_glue_ud_words),
        cmocka_unit_test(test_shallow_reading_reads_caller_tokens),
        cmocka_unit_test(test_document_layer_reads_ud_words),
        cmocka_unit_test(test_plain_spans_read_as_ud_words),
        cmocka_unit_test(test_shallow_dates_from_ud_words),
    };
    sitrep_error err;
    fx.lx = lex_new();
    bool ok = tabari_load_buffer(fx.lx, TABARI_ACTORS, "t.actors", actors, strlen(actors),
                                 NULL, NULL, NULL, &err) &&
              tabari_load_buffer(fx.lx, TABARI_VERBS, "t.verbs", verbs, strlen(verbs), NULL,
                                 NULL, NULL, &err);
    if (!ok) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    lex_freeze(fx.lx);
    fx.a = arena_new(0);
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(fx.a);
    lex_free(fx.lx);
    return failed;
}
