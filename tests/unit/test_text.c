/* test_text.c: unit tests for src/text/ (UTF-8 cleaning, sentence splitting, tokens). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "base/arena.h"
#include "base/xalloc.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include <stdio.h>
#include <string.h>

static int setup_arena(void **state)
{
    *state = arena_new(0);
    return 0;
}

static int teardown_arena(void **state)
{
    arena_free(*state);
    return 0;
}

/* ---- text_clean ---------------------------------------------------------------------- */

static void expect_unchanged(arena *a, const char *s, size_t len)
{
    cleaned_text ct = text_clean(a, s, len);
    assert_int_equal(ct.issue_count, 0);
    assert_int_equal(ct.len, len);
    assert_ptr_not_equal(ct.text, s);
    assert_memory_equal(ct.text, s, len);
    assert_int_equal(ct.text[len], '\0');
}

static void test_clean_valid_unchanged(void **state)
{
    arena *a = *state;
    static const char *const valid[] = {
        "Plain ASCII text, with punctuation: done.",
        ("Cura\xC3\xA7" "ao, Z\xC3\xBCrich, \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"), /* 2-byte */
        "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 dash \xE2\x82\xAC",      /* 3-byte */
        "emoji \xF0\x9F\x98\x80 and the last scalar \xF4\x8F\xBF\xBF",        /* 4-byte */
        "edges \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBF \xC2\x80 \xE0\xA0\x80 \xF0\x90\x80\x80",
        "control bytes \x01\x1F\x7F are valid UTF-8",
    };
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++)
        expect_unchanged(a, valid[i], strlen(valid[i]));

    /* long enough to go through the eight-bytes-at-a-time path */
    char big[4096];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)(i % 7 == 0 ? ' ' : 'a' + (int)(i % 26));
    memcpy(big + 1000, "\xE2\x80\x99", 3);
    expect_unchanged(a, big, sizeof big);
}

static void expect_clean(arena *a, const char *raw, size_t len, const char *want,
                         const size_t *offsets, size_t n_offsets)
{
    cleaned_text ct = text_clean(a, raw, len);
    assert_int_equal(ct.issue_count, n_offsets);
    assert_int_equal(ct.len, strlen(want));
    assert_memory_equal(ct.text, want, ct.len + 1);
    if (n_offsets)
        assert_int_equal(ct.first_issue, offsets[0]);

    utf8_issue *issues = NULL;
    size_t n = text_utf8_issues(a, raw, len, &issues);
    assert_int_equal(n, n_offsets);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(issues[i].offset, offsets[i]);

    /* the cleaned text is itself valid */
    assert_int_equal(text_clean(a, ct.text, ct.len).issue_count, 0);
}

#define RC "\xEF\xBF\xBD" /* U+FFFD */

static void test_clean_lone_continuation(void **state)
{
    static const size_t off[] = {1};
    expect_clean(*state, "a\x80z", 3, "a" RC "z", off, 1);
    static const size_t off2[] = {0, 1};
    expect_clean(*state, "\xBF\x80", 2, RC RC, off2, 2);
}

static void test_clean_truncated(void **state)
{
    /* a three-byte sequence cut short, in the middle and at the end: each byte replaced */
    static const size_t off[] = {1, 2};
    expect_clean(*state, "x\xE2\x82y", 4, "x" RC RC "y", off, 2);
    static const size_t off2[] = {3, 4, 5};
    expect_clean(*state, "end\xF0\x9F\x98", 6, "end" RC RC RC, off2, 3);
    static const size_t off3[] = {0};
    expect_clean(*state, "\xC3 ok", 4, RC " ok", off3, 1);
}

static void test_clean_overlong(void **state)
{
    static const size_t off2[] = {0, 1};
    expect_clean(*state, "\xC0\xAF", 2, RC RC, off2, 2); /* '/' as two bytes */
    expect_clean(*state, "\xC1\xBF", 2, RC RC, off2, 2);
    static const size_t off3[] = {1, 2, 3};
    expect_clean(*state, "a\xE0\x80\xAF", 4, "a" RC RC RC, off3, 3);
    static const size_t off4[] = {0, 1, 2, 3};
    expect_clean(*state, "\xF0\x80\x80\xAF", 4, RC RC RC RC, off4, 4);
}

static void test_clean_surrogate_and_range(void **state)
{
    static const size_t off3[] = {0, 1, 2};
    expect_clean(*state, "\xED\xA0\x80", 3, RC RC RC, off3, 3); /* U+D800 */
    expect_clean(*state, "\xED\xBF\xBF", 3, RC RC RC, off3, 3); /* U+DFFF */
    static const size_t off4[] = {0, 1, 2, 3};
    expect_clean(*state, "\xF4\x90\x80\x80", 4, RC RC RC RC, off4, 4); /* U+110000 */
    expect_clean(*state, "\xF5\x80\x80\x80", 4, RC RC RC RC, off4, 4);
}

static void test_clean_ff_and_nul(void **state)
{
    static const size_t off[] = {2};
    expect_clean(*state, "ab\xFF" "cd", 5, "ab" RC "cd", off, 1);
    expect_clean(*state, "ab\xFE" "cd", 5, "ab" RC "cd", off, 1);
    static const size_t offn[] = {1, 3};
    expect_clean(*state, "a\0b\0", 4, "a" RC "b" RC, offn, 2);
    /* NUL and a bad byte past the fast path (offset >= 8) */
    static const size_t offl[] = {17, 20};
    expect_clean(*state, "0123456789abcdefg\0hi\x80", 21, "0123456789abcdefg" RC "hi" RC, offl,
                 2);
}

static void test_clean_random_bytes(void **state)
{
    arena *a = *state;
    uint32_t x = 12345;
    char buf[2000];
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            x = x * 1103515245u + 12345u;
            buf[i] = (char)(x >> 16);
        }
        size_t len = (size_t)(x % sizeof buf);
        cleaned_text ct = text_clean(a, buf, len);
        assert_int_equal(ct.len, len + 2 * ct.issue_count);
        assert_int_equal(strlen(ct.text), ct.len);
        assert_int_equal(text_clean(a, ct.text, ct.len).issue_count, 0);
        utf8_issue *is;
        assert_int_equal(text_utf8_issues(a, buf, len, &is), ct.issue_count);
    }
}

/* The tokens the TABARI engine reads: the UD tokenizer's TABARI mode, which scans the
 * bytes by TABARI's conventions. */
static size_t tabari_tokens(arena *a, const char *text, uint32_t start, uint32_t end, token **out)
{
    return ud_text_tokens(a, text, start, end, UD_TOKENS_TABARI, out);
}

static void test_empty_input(void **state)
{
    arena *a = *state;
    cleaned_text ct = text_clean(a, "", 0);
    assert_non_null(ct.text);
    assert_int_equal(ct.len, 0);
    assert_int_equal(ct.issue_count, 0);
    ct = text_clean(a, NULL, 0);
    assert_non_null(ct.text);
    assert_string_equal(ct.text, "");

    sentence *s = (sentence *)1;
    assert_int_equal(text_split_sentences(a, "", 0, &s), 0);
    assert_null(s);
    assert_int_equal(text_split_sentences(a, " \n\n \t ", 6, &s), 0);

    token *t = (token *)1;
    assert_int_equal(tabari_tokens(a, "", 0, 0, &t), 0);
    assert_null(t);
    assert_int_equal(tabari_tokens(a, "   \n ", 0, 5, &t), 0);
    assert_int_equal(tabari_tokens(a, "abc", 1, 1, &t), 0);
}

/* ---- text_split_sentences -------------------------------------------------------------- */

/* Splits `text` and checks the sentences against a NULL-terminated list. */
static void expect_sentences(arena *a, const char *text, const char *const *want)
{
    sentence *s;
    size_t n = text_split_sentences(a, text, strlen(text), &s);
    size_t k = 0;
    while (want[k])
        k++;
    if (n != k) {
        for (size_t i = 0; i < n; i++)
            print_message("  got [%zu] \"%.*s\"\n", i, (int)(s[i].end - s[i].start),
                          text + s[i].start);
    }
    assert_int_equal(n, k);
    for (size_t i = 0; i < n; i++) {
        assert_true(s[i].start < s[i].end);
        assert_true(s[i].end <= strlen(text));
        size_t len = s[i].end - s[i].start;
        if (len != strlen(want[i]) || memcmp(text + s[i].start, want[i], len) != 0)
            fail_msg("sentence %zu: got \"%.*s\", want \"%s\"", i, (int)len, text + s[i].start,
                     want[i]);
    }
}

#define SENTS(...) ((const char *const[]){__VA_ARGS__, NULL})

static void test_sentences_basic(void **state)
{
    expect_sentences(*state, "Troops crossed the border. Talks failed.",
                     SENTS("Troops crossed the border.", "Talks failed."));
    expect_sentences(*state, "  One.  Two.  ", SENTS("One.", "Two."));
    expect_sentences(*state, "No final punctuation", SENTS("No final punctuation"));
    expect_sentences(*state, "Why? Because! Yes.", SENTS("Why?", "Because!", "Yes."));
    expect_sentences(*state, "Really?! Yes.", SENTS("Really?!", "Yes."));
    expect_sentences(*state, "\"Why?\" he asked. Nobody answered.",
                     SENTS("\"Why?\" he asked.", "Nobody answered."));
    expect_sentences(*state, "\xC2\xA0Hello there.\xC2\xA0\xC2\xA0" "Bye.\xC2\xA0",
                     SENTS("Hello there.", "Bye."));
}

static void test_sentences_abbreviations(void **state)
{
    static const char *const abbr[] = {"U.S.", "U.N.", "Jan.", "Feb.", "Mr.",  "Mrs.", "Dr.",
                                       "Gen.", "Lt.",  "Col.", "Sen.", "Rep.", "Gov.", "St.",
                                       "No.",  "vs.",  "Inc.", "Corp.", "Ltd.", "Co."};
    char text[300], first[200];
    for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++) {
        snprintf(first, sizeof first, "They met %s Smith on Monday.", abbr[i]);
        snprintf(text, sizeof text, "%s It rained.", first);
        expect_sentences(*state, text, SENTS(first, "It rained."));
    }
    expect_sentences(*state, "MR. SMITH AND GEN. IVANOV MET. LATER THEY LEFT.",
                     SENTS("MR. SMITH AND GEN. IVANOV MET.", "LATER THEY LEFT."));
    /* a lower-case "no." is a word, not "No." */
    expect_sentences(*state, "He said no. Then he left.", SENTS("He said no.", "Then he left."));
}

static void test_sentences_us_at_end(void **state)
{
    /* no split after U.S. before a capitalised word that may continue a name ... */
    expect_sentences(*state, "He met U.S. Army officers. She met the U.S. Senate.",
                     SENTS("He met U.S. Army officers.", "She met the U.S. Senate."));
    expect_sentences(*state, "He flew to the U.S. Talks began.",
                     SENTS("He flew to the U.S. Talks began."));
    /* ... but before a word that opens sentences and never continues a name, a split */
    expect_sentences(*state, "He flew to the U.S. The talks began.",
                     SENTS("He flew to the U.S.", "The talks began."));
    expect_sentences(*state, "They met in Washington D.C. The team had been denied visas.",
                     SENTS("They met in Washington D.C.", "The team had been denied visas."));
    expect_sentences(*state, "He flew to the U.S. A-10 jets followed.",
                     SENTS("He flew to the U.S. A-10 jets followed."));
    /* ... unless a blank line follows, or a closing quote */
    expect_sentences(*state, "He flew to the U.S.\n\nThe talks began.",
                     SENTS("He flew to the U.S.", "The talks began."));
    expect_sentences(*state, "\"We trust the U.S.\" The talks began.",
                     SENTS("\"We trust the U.S.\"", "The talks began."));
}

static void test_sentences_etc(void **state)
{
    expect_sentences(*state, "Tanks, guns, etc. and more arrived. Next.",
                     SENTS("Tanks, guns, etc. and more arrived.", "Next."));
    expect_sentences(*state, "Tanks, guns, etc. The army left.",
                     SENTS("Tanks, guns, etc.", "The army left."));
}

static void test_sentences_initials_decimals(void **state)
{
    expect_sentences(*state, "J. R. Smith spoke. Then he left.",
                     SENTS("J. R. Smith spoke.", "Then he left."));
    expect_sentences(*state, "The book by J. R. R. Tolkien sold well.",
                     SENTS("The book by J. R. R. Tolkien sold well."));
    expect_sentences(*state, "Inflation hit 11.8 percent. Prices rose 3.5. Wages fell.",
                     SENTS("Inflation hit 11.8 percent.", "Prices rose 3.5.", "Wages fell."));
    expect_sentences(*state, "Some 50,000 troops. More.", SENTS("Some 50,000 troops.", "More."));
}

static void test_sentences_ellipsis(void **state)
{
    expect_sentences(*state, "The talks ... went on. Next.",
                     SENTS("The talks ... went on.", "Next."));
    expect_sentences(*state, "He waited... and waited. Next.",
                     SENTS("He waited... and waited.", "Next."));
    expect_sentences(*state, "He paused... Then he left.", SENTS("He paused...", "Then he left."));
    expect_sentences(*state, "He paused\xE2\x80\xA6 Then he left.",
                     SENTS("He paused\xE2\x80\xA6", "Then he left."));
    expect_sentences(*state, "... and then it ended.", SENTS("... and then it ended."));
}

static void test_sentences_quotes_brackets(void **state)
{
    expect_sentences(*state, "\"We will fight,\" he said. \"We will win.\" Next one.",
                     SENTS("\"We will fight,\" he said.", "\"We will win.\"", "Next one."));
    expect_sentences(*state, "he said.\" Next",
                     SENTS("he said.\"", "Next"));
    expect_sentences(*state, "He left (finally.) Then she came.",
                     SENTS("He left (finally.)", "Then she came."));
    expect_sentences(*state,
                     "\xE2\x80\x9CWe will win.\xE2\x80\x9D Then he left.",
                     SENTS("\xE2\x80\x9CWe will win.\xE2\x80\x9D", "Then he left."));
    expect_sentences(*state, "The \"doves.\" they called them.",
                     SENTS("The \"doves.\" they called them."));
}

static void test_sentences_blank_lines(void **state)
{
    expect_sentences(*state, "Russia invades Ukraine\n\nMoscow said on Monday that it had won.",
                     SENTS("Russia invades Ukraine", "Moscow said on Monday that it had won."));
    expect_sentences(*state, "KYIV, Aug 5 (Wire)\r\n\r\nShelling continued.",
                     SENTS("KYIV, Aug 5 (Wire)", "Shelling continued."));
    expect_sentences(*state, "Headline\n \t \nBody text.", SENTS("Headline", "Body text."));
    /* a blank line ends even a sentence that ends in an abbreviation */
    expect_sentences(*state, "Met with Gen.\n\nSmith later.", SENTS("Met with Gen.", "Smith later."));
    /* hard-wrapped text: a single newline is a space */
    expect_sentences(*state, "The minister said\nthat talks would resume.\nThey did.",
                     SENTS("The minister said\nthat talks would resume.", "They did."));
}

static void test_sentences_paragraph_lines(void **state)
{
    /* one paragraph per line (some line is long): each newline ends a sentence */
    const char *text =
        "North Korea may supply weapons to Russia - expert\n"
        "Oleksandr Musienko believes that Russia has problems with the military and industrial "
        "complex, so Moscow is turning to the DPRK and Iran for help\n"
        "He shared his opinions with Espreso TV.";
    expect_sentences(*state, text,
                     SENTS("North Korea may supply weapons to Russia - expert",
                           "Oleksandr Musienko believes that Russia has problems with the military "
                           "and industrial complex, so Moscow is turning to the DPRK and Iran for "
                           "help",
                           "He shared his opinions with Espreso TV."));
}

/* One paragraph per line when some line has more than 100 codepoints (not bytes); the
 * last line counts too, newline or not. */
static void test_lines_are_paragraphs(void **state)
{
    (void)state;
    char buf[512];
    size_t n = 0;
    n += (size_t)snprintf(buf + n, sizeof buf - n, "Headline\n");
    for (int i = 0; i < 100; i++) /* 100 codepoints in 200 bytes */
        n += (size_t)snprintf(buf + n, sizeof buf - n, "\xC3\xA9");
    assert_false(text_lines_are_paragraphs(buf, n));
    n += (size_t)snprintf(buf + n, sizeof buf - n, "\xC3\xA9"); /* 101 */
    assert_true(text_lines_are_paragraphs(buf, n));
    buf[n++] = '\n';
    assert_true(text_lines_are_paragraphs(buf, n));

    char ascii[256];
    memset(ascii, 'a', sizeof ascii);
    ascii[0] = 'T';
    ascii[5] = '\n'; /* "Taaaa\n" then 100 letters */
    assert_false(text_lines_are_paragraphs(ascii, 106));
    assert_true(text_lines_are_paragraphs(ascii, 107));
    assert_false(text_lines_are_paragraphs(ascii, 5)); /* no newline: one line */
}

static void test_sentences_cjk(void **state)
{
    expect_sentences(*state, "\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82",
                     SENTS("\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82", "\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"));
}

/* ---- tokens: the UD tokenizer's TABARI mode (ud_text_tokens, UD_TOKENS_TABARI) --------- */

typedef struct want_token {
    const char *src;   /* the bytes the span must cover */
    const char *upper; /* the normal form */
    int kind;
} want_token;

#define W(s, u) {s, u, TOK_WORD}
#define N(s, u) {s, u, TOK_NUMBER}
#define P(s, u) {s, u, TOK_PUNCT}

static token *expect_tokens_in(arena *a, const char *text, uint32_t start, uint32_t end,
                               const want_token *want, size_t n_want)
{
    token *t;
    size_t n = tabari_tokens(a, text, start, end, &t);
    if (n != n_want) {
        for (size_t i = 0; i < n; i++)
            print_message("  got [%zu] \"%.*s\" -> %s\n", i, (int)(t[i].end - t[i].start),
                          text + t[i].start, t[i].upper);
    }
    assert_int_equal(n, n_want);
    uint32_t prev_end = start;
    for (size_t i = 0; i < n; i++) {
        size_t len = t[i].end - t[i].start;
        assert_true(t[i].start >= prev_end);
        assert_true(t[i].end <= end);
        prev_end = t[i].end;
        if (len != strlen(want[i].src) || memcmp(text + t[i].start, want[i].src, len) != 0)
            fail_msg("token %zu: span \"%.*s\", want \"%s\"", i, (int)len, text + t[i].start,
                     want[i].src);
        assert_string_equal(t[i].upper, want[i].upper);
        assert_int_equal(t[i].len, strlen(t[i].upper));
        assert_int_equal(t[i].kind, want[i].kind);
        assert_int_equal(!!(t[i].flags & TOKF_SENT_START), i == 0);
    }
    return t;
}

static token *expect_tokens(arena *a, const char *text, const want_token *want, size_t n_want)
{
    return expect_tokens_in(a, text, 0, (uint32_t)strlen(text), want, n_want);
}

#define TOKS(a, text, ...)                                                                       \
    expect_tokens(a, text, (const want_token[]){__VA_ARGS__},                                    \
                  sizeof((const want_token[]){__VA_ARGS__}) / sizeof(want_token))

static void test_tokens_words_and_periods(void **state)
{
    TOKS(*state, "The U.S. and U.N. met.", W("The", "THE"), W("U.S.", "U.S."), W("and", "AND"),
         W("U.N.", "U.N."), W("met", "MET"), P(".", "."));
    /* U.S. keeps its periods even at the end */
    TOKS(*state, "He visited the U.S.", W("He", "HE"), W("visited", "VISITED"), W("the", "THE"),
         W("U.S.", "U.S."));
    TOKS(*state, "Mr. J. R. Smith arrived, e.g., today.", W("Mr.", "MR."), W("J.", "J."),
         W("R.", "R."), W("Smith", "SMITH"), W("arrived", "ARRIVED"), P(",", ","),
         W("e.g.", "E.G."), P(",", ","), W("today", "TODAY"), P(".", "."));
    /* a final period after an initial or title is punctuation */
    TOKS(*state, "He took vitamin C.", W("He", "HE"), W("took", "TOOK"), W("vitamin", "VITAMIN"),
         W("C", "C"), P(".", "."));
    TOKS(*state, "Tanks etc. and guns etc.", W("Tanks", "TANKS"), W("etc.", "ETC."),
         W("and", "AND"), W("guns", "GUNS"), W("etc", "ETC"), P(".", "."));
    TOKS(*state, "Wait... what", W("Wait", "WAIT"), P("...", "..."), W("what", "WHAT"));
}

static void test_tokens_hyphens_apostrophes(void **state)
{
    TOKS(*state, "Barad-dur pro-restoration O'Neil DIDN'T it's",
         W("Barad-dur", "BARAD-DUR"), W("pro-restoration", "PRO-RESTORATION"),
         W("O'Neil", "O'NEIL"), W("DIDN'T", "DIDN'T"), W("it's", "IT'S"));
    TOKS(*state, "well- and -known -- x", W("well", "WELL"), P("-", "-"), W("and", "AND"),
         P("-", "-"), W("known", "KNOWN"), P("--", "-"), W("x", "X"));
    TOKS(*state, "O\xE2\x80\x99Neil", W("O\xE2\x80\x99Neil", "O'NEIL"));
}

static void test_tokens_possessives(void **state)
{
    arena *a = *state;
    token *t = TOKS(a, "Gondor's army", W("Gondor", "GONDOR"), W("'s", "'S"), W("army", "ARMY"));
    assert_true(t[1].flags & TOKF_POSSESSIVE);
    assert_false(t[0].flags & TOKF_POSSESSIVE);
    assert_false(t[2].flags & TOKF_POSSESSIVE);

    t = TOKS(a, "the countries' leaders", W("the", "THE"), W("countries", "COUNTRIES"),
             W("'", "'S"), W("leaders", "LEADERS"));
    assert_true(t[2].flags & TOKF_POSSESSIVE);

    t = TOKS(a, "Gondor\xE2\x80\x99s army", W("Gondor", "GONDOR"), W("\xE2\x80\x99s", "'S"),
             W("army", "ARMY"));
    assert_true(t[1].flags & TOKF_POSSESSIVE);

    t = TOKS(a, "NATO'S plan.", W("NATO", "NATO"), W("'S", "'S"), W("plan", "PLAN"), P(".", "."));
    assert_true(t[1].flags & TOKF_POSSESSIVE);

    /* a closing single quote after an s is a quote, not a possessive */
    t = TOKS(a, "the 'doves' won", W("the", "THE"), P("'", "'"), W("doves", "DOVES"), P("'", "'"),
             W("won", "WON"));
    for (int i = 0; i < 5; i++)
        assert_false(t[i].flags & TOKF_POSSESSIVE);
}

static void test_tokens_numbers(void **state)
{
    TOKS(*state, "Some 50,000 troops, 11.8 percent, the 1990s, 5.",
         W("Some", "SOME"), N("50,000", "50,000"), W("troops", "TROOPS"), P(",", ","),
         N("11.8", "11.8"), W("percent", "PERCENT"), P(",", ","), W("the", "THE"),
         N("1990s", "1990S"), P(",", ","), N("5", "5"), P(".", "."));
    TOKS(*state, "F-16 G20 $5 10%", W("F-16", "F-16"), W("G20", "G20"), P("$", "$"), N("5", "5"),
         N("10", "10"), P("%", "%"));
}

static void test_tokens_punctuation(void **state)
{
    TOKS(*state, "(a) [b] {c}: d; \"e\" f? g!", P("(", "("), W("a", "A"), P(")", ")"),
         P("[", "["), W("b", "B"), P("]", "]"), P("{", "{"), W("c", "C"), P("}", "}"),
         P(":", ":"), W("d", "D"), P(";", ";"), P("\"", "\""), W("e", "E"), P("\"", "\""),
         W("f", "F"), P("?", "?"), W("g", "G"), P("!", "!"));
}

static void test_tokens_curly_quotes_dashes(void **state)
{
    TOKS(*state,
         "\xE2\x80\x9CPeace\xE2\x80\x9D \xE2\x80\x98now\xE2\x80\x99 \xE2\x80\x93 war\xE2\x80\x94"
         "end",
         P("\xE2\x80\x9C", "\""), W("Peace", "PEACE"), P("\xE2\x80\x9D", "\""),
         P("\xE2\x80\x98", "'"), W("now", "NOW"), P("\xE2\x80\x99", "'"),
         P("\xE2\x80\x93", "-"), W("war", "WAR"), P("\xE2\x80\x94", "-"), W("end", "END"));
    /* a non-breaking space separates words */
    TOKS(*state, "Kyiv\xC2\xA0" "Oblast", W("Kyiv", "KYIV"), W("Oblast", "OBLAST"));
    TOKS(*state, "end\xE2\x80\xA6", W("end", "END"), P("\xE2\x80\xA6", "..."));
}

static void test_tokens_accents(void **state)
{
    TOKS(*state, "Zelenskyy Cura\xC3\xA7" "ao M\xC3\xBCller S\xC3\xA3o Paulo",
         W("Zelenskyy", "ZELENSKYY"), W("Cura\xC3\xA7" "ao", "CURACAO"),
         W("M\xC3\xBCller", "MULLER"), W("S\xC3\xA3o", "SAO"), W("Paulo", "PAULO"));
    /* the same letters written with combining marks */
    TOKS(*state, "Curac\xCC\xA7" "ao", W("Curac\xCC\xA7" "ao", "CURACAO"));
    /* non-Latin scripts are upper-cased too */
    TOKS(*state, "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2",
         W("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", "\xD0\x9A\xD0\x98\xD0\x87\xD0\x92"));
    /* ... but keep their marks: short I is not I */
    TOKS(*state, "\xD0\xB9 \xD0\xB8\xCC\x86 \xCE\xAC",
         W("\xD0\xB9", "\xD0\x99"), W("\xD0\xB8\xCC\x86", "\xD0\x98\xCC\x86"),
         W("\xCE\xAC", "\xCE\x86"));
    /* compatibility forms: the fi ligature */
    TOKS(*state, "\xEF\xAC\x81ne", W("\xEF\xAC\x81ne", "FINE"));
}

static void test_tokens_flags(void **state)
{
    arena *a = *state;
    token *t = TOKS(a, "NATO and Nato met iPhone A U.S. \xC3\x89lys\xC3\xA9" "e",
                    W("NATO", "NATO"), W("and", "AND"), W("Nato", "NATO"), W("met", "MET"),
                    W("iPhone", "IPHONE"), W("A", "A"), W("U.S.", "U.S."),
                    W("\xC3\x89lys\xC3\xA9" "e", "ELYSEE"));
    assert_int_equal(t[0].flags, TOKF_CAPITALIZED | TOKF_ALLCAPS | TOKF_SENT_START);
    assert_int_equal(t[1].flags, 0);
    assert_int_equal(t[2].flags, TOKF_CAPITALIZED);
    assert_int_equal(t[3].flags, 0);
    assert_int_equal(t[4].flags, 0);
    assert_int_equal(t[5].flags, TOKF_CAPITALIZED);
    assert_int_equal(t[6].flags, TOKF_CAPITALIZED | TOKF_ALLCAPS);
    assert_int_equal(t[7].flags, TOKF_CAPITALIZED);

    t = TOKS(a, "\"Go\" NOW", P("\"", "\""), W("Go", "GO"), P("\"", "\""), W("NOW", "NOW"));
    assert_int_equal(t[0].flags, TOKF_SENT_START);
    assert_int_equal(t[1].flags, TOKF_CAPITALIZED);
    assert_int_equal(t[3].flags, TOKF_CAPITALIZED | TOKF_ALLCAPS);
}

/* Long words: their ASCII runs are counted and upper-cased eight bytes at a time, the
 * rest a character at a time; a word longer than 1,024 bytes is cut into pieces. */
static void test_tokens_long_words(void **state)
{
    arena *a = *state;
    token *t = TOKS(a, "Counterinsurgency counter-INSURGENCY-operations `abcdefghijklmnopqrstuvwxyz{",
                    W("Counterinsurgency", "COUNTERINSURGENCY"),
                    W("counter-INSURGENCY-operations", "COUNTER-INSURGENCY-OPERATIONS"),
                    P("`", "`"), W("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                    P("{", "{"));
    assert_int_equal(t[0].flags, TOKF_CAPITALIZED | TOKF_SENT_START);
    assert_int_equal(t[1].flags, 0);
    assert_int_equal(t[3].flags, 0);

    /* an ASCII run, a letter beyond ASCII, another run; a word opening beyond ASCII */
    t = TOKS(a, "Abcdefghi\xC3\xA9jklmnopq \xC3\x89TATSUNIS-ABCDEFGH x9ABCDEFGH",
             W("Abcdefghi\xC3\xA9jklmnopq", "ABCDEFGHIEJKLMNOPQ"),
             W("\xC3\x89TATSUNIS-ABCDEFGH", "ETATSUNIS-ABCDEFGH"), W("x9ABCDEFGH", "X9ABCDEFGH"));
    assert_int_equal(t[0].flags, TOKF_CAPITALIZED | TOKF_SENT_START);
    assert_int_equal(t[1].flags, TOKF_CAPITALIZED | TOKF_ALLCAPS);
    assert_int_equal(t[2].flags, 0); /* a lower-case x */

    /* 1,029 letters: a piece of 1,024 bytes and one of 5 */
    char word[1030];
    for (size_t i = 0; i < 1029; i++)
        word[i] = (char)(i < 1024 ? 'A' + (int)(i % 26) : 'e');
    word[1029] = '\0';
    size_t n = tabari_tokens(a, word, 0, 1029, &t);
    assert_int_equal(n, 2);
    assert_int_equal(t[0].end - t[0].start, 1024);
    assert_int_equal(t[0].len, 1024);
    assert_memory_equal(t[0].upper, word, 1024);
    assert_int_equal(t[0].flags, TOKF_CAPITALIZED | TOKF_ALLCAPS | TOKF_SENT_START);
    assert_string_equal(t[1].upper, "EEEEE");
    assert_int_equal(t[1].start, 1024);
    assert_int_equal(t[1].flags, 0);
}

static void test_tokens_sub_span(void **state)
{
    arena *a = *state;
    const char *text = "First one. Russia's army, 50,000 strong.";
    /* absolute offsets, sentence start on the first token of the span */
    token *t = expect_tokens_in(a, text, 11, (uint32_t)strlen(text),
                                (const want_token[]){W("Russia", "RUSSIA"), W("'s", "'S"),
                                                     W("army", "ARMY"), P(",", ","),
                                                     N("50,000", "50,000"),
                                                     W("strong", "STRONG"), P(".", ".")},
                                7);
    assert_int_equal(t[0].start, 11);
    assert_int_equal(t[0].end, 17);
    assert_true(t[0].flags & TOKF_SENT_START);
}

static void test_token_index(void **state)
{
    arena *a = *state;
    const char *text = "Iran  said, \"no.\"";
    token *t;
    size_t n = tabari_tokens(a, text, 0, (uint32_t)strlen(text), &t);
    assert_int_equal(n, 7); /* Iran said , " no . " */
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(text_token_index(t, n, t[i].start), i);
        assert_int_equal(text_token_index(t, n, t[i].start + 1), i + 1);
    }
    assert_int_equal(text_token_index(t, n, 0), 0);
    assert_int_equal(text_token_index(t, n, 5), 1); /* between two tokens: the next one */
    assert_int_equal(text_token_index(t, n, 1000), n);
    assert_int_equal(text_token_index(t, 0, 0), 0);
}

static void test_pipeline(void **state)
{
    arena *a = *state;
    const char raw[] = "Gen. Ivanov met Mr. Smith in the U.S. capital. \xFF Talks failed.\n\n"
                       "Next day\n\nIt rained.";
    cleaned_text ct = text_clean(a, raw, sizeof raw - 1);
    assert_int_equal(ct.issue_count, 1);
    assert_int_equal(ct.first_issue, 47);
    sentence *s;
    size_t ns = text_split_sentences(a, ct.text, ct.len, &s);
    assert_int_equal(ns, 4);
    assert_memory_equal(ct.text + s[0].start, "Gen. Ivanov met Mr. Smith in the U.S. capital.",
                        s[0].end - s[0].start);
    assert_int_equal(s[1].end - s[1].start, strlen(RC " Talks failed."));
    assert_memory_equal(ct.text + s[1].start, RC " Talks failed.", s[1].end - s[1].start);
    token *t;
    size_t nt = tabari_tokens(a, ct.text, s[1].start, s[1].end, &t);
    assert_int_equal(nt, 4);
    assert_int_equal(t[0].kind, TOK_PUNCT);
    assert_string_equal(t[0].upper, RC);
    assert_string_equal(t[1].upper, "TALKS");
    assert_memory_equal(ct.text + s[2].start, "Next day", s[2].end - s[2].start);
}

/* ---- robustness ------------------------------------------------------------------------ */

static void check_long(arena *a, const char *raw, size_t len)
{
    cleaned_text ct = text_clean(a, raw, len);
    assert_int_equal(ct.issue_count, 0);
    sentence *s;
    size_t ns = text_split_sentences(a, ct.text, ct.len, &s);
    assert_true(ns >= 1);
    size_t covered = 0;
    for (size_t i = 0; i < ns; i++) {
        token *t;
        size_t nt = tabari_tokens(a, ct.text, s[i].start, s[i].end, &t);
        assert_true(nt >= 1);
        for (size_t k = 0; k < nt; k++) {
            assert_true(t[k].start < t[k].end);
            assert_int_equal(t[k].len, strlen(t[k].upper));
            covered += t[k].end - t[k].start;
        }
    }
    /* no whitespace in the input: the tokens cover every byte */
    assert_int_equal(covered, len);
}

static void test_long_line(void **state)
{
    arena *a = *state;
    const size_t len = 10u * 1024 * 1024;
    char *big = xmalloc(len);
    for (size_t i = 0; i < len; i++)
        big[i] = (char)('a' + (int)(i % 26));
    check_long(a, big, len);
    arena_reset(a);

    /* dots between single letters ("a.b.c..."), a worst case for acronyms */
    for (size_t i = 0; i < len; i++)
        big[i] = i % 2 ? '.' : 'x';
    check_long(a, big, len);
    arena_reset(a);

    /* apostrophes, hyphens, digits and commas */
    static const char pat[] = "O'Neil-5,000.1'";
    for (size_t i = 0; i < len; i++)
        big[i] = pat[i % (sizeof pat - 1)];
    check_long(a, big, len);
    free(big);
}

/* A span of invisible format characters alone (U+202D after a sentence, found by the
 * fuzzer) is not a sentence: every sentence has at least one token. */
static void test_sentences_format_only(void **state)
{
    arena *a = *state;
    const char *text = "Tokyo protested. \xE2\x80\xAD";
    sentence *s;
    size_t n = text_split_sentences(a, text, strlen(text), &s);
    assert_int_equal(n, 1);
    token *t;
    assert_true(tabari_tokens(a, text, s[0].start, s[0].end, &t) > 0);
    assert_int_equal(text_split_sentences(a, "\xE2\x80\xAD \xE2\x80\x8D", 7, &s), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_clean_valid_unchanged, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_clean_lone_continuation, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_clean_truncated, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_clean_overlong, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_clean_surrogate_and_range, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_clean_ff_and_nul, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_clean_random_bytes, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_empty_input, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_basic, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_abbreviations, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_us_at_end, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_etc, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_initials_decimals, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_ellipsis, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_quotes_brackets, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_blank_lines, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_paragraph_lines, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_cjk, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_lines_are_paragraphs, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_words_and_periods, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_hyphens_apostrophes, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_possessives, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_numbers, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_punctuation, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_curly_quotes_dashes, setup_arena,
                                        teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_accents, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_flags, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_long_words, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_tokens_sub_span, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_token_index, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_pipeline, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_long_line, setup_arena, teardown_arena),
        cmocka_unit_test_setup_teardown(test_sentences_format_only, setup_arena, teardown_arena),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
