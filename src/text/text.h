/* text.h: from raw bytes to sentences and tokens, with byte offsets kept everywhere.
 *
 * Contract:
 *  - text_clean() validates UTF-8. Every invalid byte is replaced by U+FFFD and reported
 *    (offset into the raw input); NUL bytes are replaced too. Valid input is returned
 *    unchanged, byte for byte, so offsets into the cleaned text are offsets into the
 *    original whenever the original was valid.
 *  - text_split_sentences() splits cleaned text into sentences. It survives abbreviations
 *    ("U.S.", "Jan.", "Mr.", "Gen.", initials such as "J. R. R."), decimal numbers, and
 *    ellipses; a blank line always ends a sentence (headlines, datelines).
 *  - Tokens (struct token) are the UD tokenizer's words (syntax/ud_tokenize.h
 *    ud_text_tokens, ud_sentence_tokens), the one tokenizer of every stage. Each token
 *    keeps its byte span [start, end) in the cleaned text and an upper-case normal form,
 *    text_upper(): curly quotes become ASCII ' and ", dashes become '-', letters are
 *    upper-cased and stripped of diacritics (utf8proc), so that dictionary entries written
 *    in ASCII capitals match (marks are kept where stripping would not give ASCII:
 *    Cyrillic "ї" stays "Ї").
 *  - All memory comes from the arena passed in; nothing here keeps state between calls,
 *    so any number of threads may call these functions with their own arenas.
 */
#ifndef SITREP_TEXT_TEXT_H
#define SITREP_TEXT_TEXT_H

#include "base/arena.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum token_kind { TOK_WORD = 0, TOK_NUMBER = 1, TOK_PUNCT = 2 };

enum token_flags {
    TOKF_CAPITALIZED = 1 << 0, /* first letter upper-case in the source text */
    TOKF_ALLCAPS = 1 << 1,     /* every letter upper-case, at least two letters */
    TOKF_POSSESSIVE = 1 << 2,  /* the "'S" token split off a possessive */
    TOKF_SENT_START = 1 << 3,  /* first token of its sentence */
    TOKF_CLITIC = 1 << 4,      /* a piece after the first of a multiword token ("n't" of
                                  "didn't", "'s", "not" of "cannot") that is a token of its
                                  own (by TABARI's conventions only a possessive is) */
};

typedef struct token {
    uint32_t start, end; /* byte span in the cleaned text */
    const char *upper;   /* normalised upper-case form, NUL-terminated */
    uint16_t len;        /* strlen(upper) */
    uint8_t kind;        /* enum token_kind */
    uint8_t flags;       /* enum token_flags */
    uint32_t tag;        /* for a later stage's own use (the document layer's word classes,
                            doc/words.h); 0 from ud_text_tokens */
} token;

typedef struct sentence {
    uint32_t start, end; /* byte span in the cleaned text, trimmed of surrounding space */
} sentence;

typedef struct utf8_issue {
    size_t offset; /* byte offset of the bad byte in the raw input */
} utf8_issue;

typedef struct cleaned_text {
    char *text;          /* NUL-terminated; valid UTF-8 */
    size_t len;
    size_t issue_count;  /* number of invalid bytes replaced */
    size_t first_issue;  /* raw offset of the first one (when issue_count > 0) */
} cleaned_text;

/* Validates and cleans `len` bytes of `raw`. Never fails. */
cleaned_text text_clean(arena *a, const char *raw, size_t len);

/* Lists the raw offset of every invalid byte that text_clean() would replace (in order);
 * returns the count and sets *out (arena memory; NULL when the count is 0). */
size_t text_utf8_issues(arena *a, const char *raw, size_t len, utf8_issue **out);

/* Splits text[0..len) into sentences; returns the count and sets *out (arena memory). */
size_t text_split_sentences(arena *a, const char *text, size_t len, sentence **out);
/* Is text[0..len) written one paragraph per line (some line longer than 100 codepoints),
 * so that every line break ends a sentence? Else a single line break is a space
 * (hard-wrapped text). text_split_sentences() and the document layer (document.h) ask. */
bool text_lines_are_paragraphs(const char *text, size_t len);

/* The normal form of text[start..end) described above for a token's `upper` (at most
 * 8192 bytes of it), in the arena; *len is its length. */
const char *text_upper(arena *a, const char *text, uint32_t start, uint32_t end, uint16_t *len);
/* The index of the first of t[0..n) (tokens in text order) that does not start before
 * byte pos; n when there is none. Binary search. */
size_t text_token_index(const token *t, size_t n, uint32_t pos);

#endif
