/* text_internal.h: what the files of src/text/ share and nobody else needs.
 *
 * Character classes: the sentence splitter and the tokenizer look at text one codepoint at
 * a time and only care which of a handful of classes it falls in. ASCII bytes are
 * classified by a 128-entry table (the hot path); everything else is decoded and
 * classified through utf8proc in chars.c. Abbreviations: both the splitter (not splitting
 * after "Mr.") and the tokenizer (keeping the period of "MR.") consult the same list in
 * abbrev.c. */
#ifndef SITREP_TEXT_TEXT_INTERNAL_H
#define SITREP_TEXT_TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum char_class {
    CC_SPACE = 0, /* whitespace, controls, U+00A0 and other Unicode spaces, U+200B, U+FEFF */
    CC_UPPER,     /* upper- or title-case letter */
    CC_LOWER,     /* lower-case letter */
    CC_LETTER,    /* uncased letter (CJK, Arabic, modifier letters), letter-like numbers */
    CC_MARK,      /* combining mark */
    CC_DIGIT,     /* decimal digit */
    CC_FORMAT,    /* invisible format character (soft hyphen, ZWJ): glue inside a word */
    CC_APOS,      /* ' and U+2019: apostrophe or single quote */
    CC_DQUOTE,    /* ASCII '"', which opens and closes */
    CC_OPEN,      /* opening bracket or quote ( [ { U+2018 U+201C U+00AB ... */
    CC_CLOSE,     /* closing bracket or quote ) ] } U+201D U+00BB ... */
    CC_HYPHEN,    /* '-', U+2010, U+2011: joins words */
    CC_DASH,      /* en dash, em dash, minus and friends: always a token of its own */
    CC_PERIOD,    /* '.' */
    CC_TERM,      /* '?' and '!' */
    CC_ELLIPSIS,  /* U+2026 */
    CC_CJK_TERM,  /* U+3002 and full-width ! ? : end a sentence without a following space */
    CC_PUNCT,     /* any other punctuation or symbol */
    CC_COUNT
};

typedef struct text_char {
    int32_t cp;  /* the codepoint (U+FFFD for a byte that does not decode) */
    uint8_t len; /* its length in bytes, at least 1 */
    uint8_t cls; /* enum char_class */
} text_char;

extern const uint8_t text_ascii_class[128];

/* Decodes and classifies a non-ASCII codepoint at s (avail > 0 bytes available). A byte
 * sequence that does not decode is reported as one byte of class CC_PUNCT. */
text_char text_char_slow(const unsigned char *s, size_t avail);

/* The codepoint at text[pos], pos < end. */
static inline text_char text_char_at(const char *text, size_t pos, size_t end)
{
    unsigned char b = (unsigned char)text[pos];
    if (b < 0x80) {
        text_char c = {b, 1, text_ascii_class[b]};
        return c;
    }
    return text_char_slow((const unsigned char *)text + pos, end - pos);
}

static inline bool cc_is_letter(int cls)
{
    return cls == CC_UPPER || cls == CC_LOWER || cls == CC_LETTER;
}

static inline bool cc_is_alnum(int cls)
{
    return cc_is_letter(cls) || cls == CC_DIGIT;
}

/* Opening punctuation that may precede a word: brackets and quotes. */
static inline bool cc_is_opener(int cls)
{
    return cls == CC_OPEN || cls == CC_DQUOTE || cls == CC_APOS;
}

/* Closing punctuation that may follow the end of a sentence. */
static inline bool cc_is_closer(int cls)
{
    return cls == CC_CLOSE || cls == CC_DQUOTE || cls == CC_APOS;
}

enum abbrev_kind {
    ABBR_NONE = 0,
    ABBR_TITLE, /* "Mr", "Gen", "Jan", "Inc", "vs": a sentence does not end after it */
    ABBR_ETC,   /* "etc": ends a sentence unless a lower-case word follows */
};

/* Looks up `word` (without its final period). Matches the listed spelling exactly, or its
 * all-capitals form ("MR", "GEN") when the word is written in capitals. */
enum abbrev_kind text_abbreviation(const char *word, size_t len);

/* True when w[0..len) is a dotted acronym: two or more single ASCII letters each followed
 * by a period ("U.S.", "U.N.", "e.g.", "U.S.A."). */
bool text_is_dotted_acronym(const char *w, size_t len);

#endif
