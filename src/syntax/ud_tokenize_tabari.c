/* ud_tokenize_tabari.c: the words of the UD tokenizer's TABARI mode (UD_TOKENS_TABARI in
 * ud_tokenize.h), the words TABARI's and PETRARCH's dictionaries and suites are written
 * for. TABARI reads its words off the bytes of a sentence, and so does this mode: one scan
 * of text[start..end), no UD words made first. A token is a word (starts with a letter), a
 * number (starts with a digit) or a punctuation mark; whitespace separates tokens and is
 * the only thing dropped. The rules for what a word or number swallows (hyphens,
 * apostrophes, acronym periods, possessives, separators) are at scan_word; the normal form
 * is text_upper()'s (text/text.h), ASCII made here without it. A token longer than MAX_TOKEN_BYTES is cut into pieces,
 * so `len` fits its 16 bits whatever the input. */
#include "syntax/ud_tokenize_internal.h"

#include "text/text_internal.h"

#include <string.h>

enum { MAX_TOKEN_BYTES = 1024, STACK_TOKENS = 64 };

/* What an ASCII byte adds to the counts of a word's run of letters and digits: a capital
 * 1, a lower-case letter 1 << 21, a digit 1 << 42 (three fields of 21 bits: a run is at
 * most MAX_TOKEN_BYTES long); 0 for any other byte (bytes from 0x80 included), which ends
 * the run. */
#define RUN_UPPER 1ull
#define RUN_LOWER (1ull << 21)
#define RUN_DIGIT (1ull << 42)
#define RUN_FIELD ((1ull << 21) - 1)
#define R10(v) v, v, v, v, v, v, v, v, v, v
#define R13(v) v, v, v, v, v, v, v, v, v, v, v, v, v
static const uint64_t RUN[256] = {
    ['0'] = R10(RUN_DIGIT), ['A'] = R13(RUN_UPPER), ['N'] = R13(RUN_UPPER),
    ['a'] = R13(RUN_LOWER), ['n'] = R13(RUN_LOWER),
};
#undef R10
#undef R13

/* The upper case of ASCII bytes, eight at a time: each byte in 'a'..'z' loses its 0x20
 * bit. The bytes must be ASCII. */
static inline uint64_t upper8(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101u;
    uint64_t ge_a = v + ones * (0x80 - 'a');     /* high bit set where the byte >= 'a' */
    uint64_t gt_z = v + ones * (0x80 - 'z' - 1); /* high bit set where the byte > 'z' */
    uint64_t lower = (ge_a & ~gt_z) & (ones * 0x80);
    return v ^ (lower >> 2);
}

typedef struct tokenizer {
    arena *a;
    const char *text;
    size_t start, end;
    token *v; /* the tokens: on the stack, then (a long sentence) in the arena */
    char *u;  /* room for the next upper-case form: the forms of the ASCII tokens one after
                 the other (a token's bytes and its NUL: twice the span is room for all) */
    size_t n, cap;
    bool in_arena;
    bool squote_open; /* an opening single quote has been seen and not closed */
} tokenizer;

/* Appends a token for text[s..e) whose normal form is `upper` (a literal), or, when NULL,
 * text_upper() of the source bytes. */
static void emit(tokenizer *t, size_t s, size_t e, const char *upper, int kind, int flags)
{
    if (t->n == t->cap) { /* twice the room in the arena (the old array is left there) */
        t->v = arena_grow(t->a, t->v, t->n, &t->cap, t->n + 1, sizeof *t->v);
        t->in_arena = true;
    }
    token *tok = &t->v[t->n++];
    tok->start = (uint32_t)s;
    tok->end = (uint32_t)e;
    if (upper) {
        tok->upper = upper;
        tok->len = (uint16_t)strlen(upper);
    } else { /* ASCII upper-cased here, as text_upper() does it; anything else by it */
        size_t n = e - s, k = 0;
        char *u = t->u;
        const uint64_t highs = 0x8080808080808080u;
        for (; k + 8 <= n; k += 8) { /* eight bytes at a time while they are ASCII */
            uint64_t v;
            memcpy(&v, t->text + s + k, 8);
            if (v & highs)
                break;
            v = upper8(v);
            memcpy(u + k, &v, 8);
        }
        for (; k < n; k++) {
            unsigned char b = (unsigned char)t->text[s + k];
            if (b >= 0x80)
                break;
            u[k] = (char)(b >= 'a' && b <= 'z' ? b - ('a' - 'A') : b);
        }
        if (k == n) {
            u[n] = '\0';
            tok->upper = u;
            tok->len = (uint16_t)n;
            t->u += n + 1;
        } else {
            tok->upper = text_upper(t->a, t->text, (uint32_t)s, (uint32_t)e, &tok->len);
        }
    }
    tok->kind = (uint8_t)kind;
    tok->flags = (uint8_t)flags;
    tok->tag = 0;
}

static text_char char_at(const tokenizer *t, size_t p)
{
    if (p >= t->end) {
        text_char none = {0, 0, CC_SPACE};
        return none;
    }
    return text_char_at(t->text, p, t->end);
}

/* Is the period just before p the last thing in the span, but for closers and space? */
static bool period_is_final(const tokenizer *t, size_t p)
{
    while (p < t->end) {
        text_char c = text_char_at(t->text, p, t->end);
        if (c.cls != CC_SPACE && !cc_is_closer(c.cls))
            return false;
        p += c.len;
    }
    return true;
}

/* "it's", "that's", "let's": the "'s" is a verb or pronoun, not a possessive. */
static bool contraction_base(const char *w, size_t n)
{
    static const char *const bases[] = {"IT",  "HE",    "SHE",  "THAT", "THERE", "HERE",
                                        "WHAT", "WHO", "WHERE", "WHEN", "HOW",  "LET"};
    if (n < 2 || n > 5)
        return false;
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        if (strlen(bases[i]) != n)
            continue;
        size_t k = 0;
        while (k < n && (w[k] & ~0x20) == bases[i][k])
            k++;
        if (k == n)
            return true;
    }
    return false;
}

/* Scans the word or number that starts at p; returns where scanning continues. Words keep
 * internal hyphens ("Barad-dur"), apostrophes ("O'Neil", "didn't") and the periods of
 * dotted acronyms ("U.S.", kept whole even at the end of a sentence). A title or initial
 * keeps its period ("Mr.", "J.") unless that period is the last thing in the span; any
 * other period is a token of its own. Numbers keep their separators ("50,000", "11.8") and
 * letter suffixes ("1990s"). A possessive "'s", or the lone apostrophe of "countries'",
 * becomes a token "'S" flagged TOKF_POSSESSIVE; "'s" after it/he/she/that/there/here/
 * what/who/where/when/how/let is a contraction and stays in the word ("IT'S"); a final
 * apostrophe that closes a single-quoted phrase is a quote, not a possessive. */
static size_t scan_word(tokenizer *t, size_t p, text_char first)
{
    const char *text = t->text;
    const bool number = first.cls == CC_DIGIT;
    size_t q = p;
    size_t cps = 0;          /* letters and digits in the word */
    size_t seg = 0;          /* letters and digits since the start or the last inner period */
    int last_cls = CC_SPACE; /* class of the last letter or digit */
    int first_letter = -1;
    unsigned n_upper = 0, n_lower = 0;
    bool acronym = false;
    size_t poss_start = 0, poss_end = 0;

    const size_t lim = t->end - p < MAX_TOKEN_BYTES ? t->end : p + MAX_TOKEN_BYTES;
    while (q < lim) {
        /* the common case first: a run of ASCII letters and digits, counted a table
           lookup and an addition a byte (no uncased letter nor mark is ASCII) */
        size_t r = q;
        uint64_t counts = 0;
        for (uint64_t k; r < lim && (k = RUN[(unsigned char)text[r]]) != 0; r++)
            counts += k;
        if (r > q) {
            if (first_letter < 0) {
                size_t f = q;
                while (f < r && RUN[(unsigned char)text[f]] == RUN_DIGIT)
                    f++;
                if (f < r)
                    first_letter = text_ascii_class[(unsigned char)text[f]];
            }
            cps += r - q;
            seg += r - q;
            last_cls = text_ascii_class[(unsigned char)text[r - 1]];
            n_upper += (unsigned)(counts & RUN_FIELD);
            n_lower += (unsigned)((counts >> 21) & RUN_FIELD);
            q = r;
            if (q >= lim)
                break;
        }
        text_char c = text_char_at(text, q, t->end);
        if (cc_is_alnum(c.cls) || c.cls == CC_MARK) {
            if (c.cls != CC_MARK) {
                cps++;
                seg++;
                last_cls = c.cls;
                if (first_letter < 0 && cc_is_letter(c.cls))
                    first_letter = c.cls;
                n_upper += c.cls == CC_UPPER;
                n_lower += c.cls == CC_LOWER;
            }
            q += c.len;
            continue;
        }
        text_char nx = char_at(t, q + c.len);
        if (c.cls == CC_FORMAT) {
            if (cc_is_alnum(nx.cls) || nx.cls == CC_MARK) {
                q += c.len;
                continue;
            }
            break;
        }
        if (c.cls == CC_HYPHEN) {
            if (!cc_is_alnum(nx.cls))
                break;
            q += c.len;
            seg = 2; /* "X-Y." is no dotted acronym */
            continue;
        }
        if (c.cls == CC_APOS) {
            if (cc_is_letter(nx.cls)) {
                size_t after_s = q + c.len + 1;
                if ((nx.cp == 's' || nx.cp == 'S') && !cc_is_alnum(char_at(t, after_s).cls) &&
                    char_at(t, after_s).cls != CC_MARK && !contraction_base(text + p, q - p)) {
                    poss_start = q;
                    poss_end = after_s;
                    break;
                }
                q += c.len; /* O'Neil, didn't */
                seg = 2;
                continue;
            }
            char prev = text[q - 1];
            if (!number && (prev == 's' || prev == 'S') && !t->squote_open &&
                !cc_is_alnum(nx.cls)) {
                poss_start = q;
                poss_end = q + c.len;
            }
            break;
        }
        if (c.cls == CC_PERIOD) {
            if (number) {
                if (nx.cls != CC_DIGIT)
                    break;
                q++;
                continue;
            }
            if (seg == 1 && cc_is_letter(last_cls) && cc_is_letter(nx.cls)) {
                q++; /* U.S */
                seg = 0;
                acronym = true;
                continue;
            }
            if (nx.cls == CC_PERIOD)
                break; /* an ellipsis follows */
            if (acronym && seg == 1) {
                q++; /* U.S. keeps its final period, wherever it stands */
                break;
            }
            bool initial = cps == 1 && last_cls == CC_UPPER;
            if ((initial || text_abbreviation(text + p, q - p) != ABBR_NONE) &&
                !period_is_final(t, q + 1))
                q++;
            break;
        }
        if (number && c.cp == ',' && nx.cls == CC_DIGIT) {
            q++;
            continue;
        }
        break;
    }

    int flags = 0;
    if (!number) {
        if (first_letter == CC_UPPER)
            flags |= TOKF_CAPITALIZED;
        if (n_upper >= 2 && n_lower == 0)
            flags |= TOKF_ALLCAPS;
    }
    emit(t, p, q, NULL, number ? TOK_NUMBER : TOK_WORD, flags);
    if (poss_end) {
        emit(t, poss_start, poss_end, "'S", TOK_WORD, TOKF_POSSESSIVE);
        return poss_end;
    }
    return q;
}

/* Scans one punctuation token at p; returns where scanning continues. A run of periods is
 * one token (an ellipsis), as is a run of ASCII hyphens (a dash, normal form "-"). */
static size_t scan_punct(tokenizer *t, size_t p, text_char c)
{
    size_t q = p + c.len;
    const char *upper = NULL;
    if (c.cp == '.' || c.cp == '-') {
        while (q < t->end && t->text[q] == c.cp && q - p < MAX_TOKEN_BYTES)
            q++;
        if (c.cp == '-' && q - p > 1)
            upper = "-"; /* "--" is a dash */
    }
    if (c.cp == 0x2018 || c.cp == 0x201B) {
        t->squote_open = true;
    } else if (c.cls == CC_APOS) {
        /* an apostrophe after a space or an opener opens a quote; elsewhere it closes */
        bool opens = p == t->start || t->text[p - 1] == ' ' || t->text[p - 1] == '\n' ||
                     t->text[p - 1] == '\t' ||
                     (t->n && cc_is_opener(char_at(t, t->v[t->n - 1].start).cls) &&
                      t->v[t->n - 1].end == p);
        t->squote_open = opens;
    }
    emit(t, p, q, upper, TOK_PUNCT, 0);
    return q;
}

size_t ud_tabari_scan(arena *a, const char *text, uint32_t start, uint32_t end, token **out)
{
    tokenizer tk;
    tokenizer *t = &tk;
    token stack[STACK_TOKENS];
    t->a = a;
    t->text = text;
    t->start = start;
    t->end = end;
    t->v = stack;
    t->n = 0;
    t->cap = STACK_TOKENS;
    t->in_arena = false;
    t->squote_open = false;
    t->u = text && end > start ? arena_alloc(a, 2 * (size_t)(end - start)) : NULL;

    size_t p = start;
    while (text && p < end) {
        text_char c = text_char_at(text, p, end);
        if (c.cls == CC_SPACE || c.cls == CC_FORMAT)
            p += c.len;
        else if (cc_is_alnum(c.cls))
            p = scan_word(t, p, c);
        else
            p = scan_punct(t, p, c);
    }

    size_t n = t->n;
    *out = NULL;
    if (n) {
        t->v[0].flags |= TOKF_SENT_START;
        if (t->in_arena) {
            *out = t->v;
        } else {
            *out = arena_alloc(a, n * sizeof **out);
            memcpy(*out, t->v, n * sizeof **out);
        }
    }
    return n;
}
