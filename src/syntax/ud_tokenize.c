/* ud_tokenize.c: the UD tokenizer and sentence splitter (see ud_tokenize.h).
 *
 * Two passes over small records, one pass over the bytes. The scanner walks the text once
 * and cuts it into surface tokens (pretok: a span, the cut points of a multiword token,
 * and what the sentence splitter needs to know about it); the splitter then walks the
 * tokens and decides where sentences end; the last step copies forms into the arena. The
 * token array is the only temporary memory and grows geometrically, so there is no
 * allocation per character or per token beyond the arena's bump. The rules were checked
 * against the training files of EWT and GUM (../shared/ud); where the two treebanks
 * disagree, EWT (the larger) wins. */
#include "syntax/ud_tokenize.h"
#include "syntax/ud_tokenize_internal.h"

#include "base/xalloc.h"
#include "text/text_internal.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

enum pt_kind { PT_WORD, PT_PUNCT };

enum pt_flags {
    PF_TERM = 1 << 0,    /* ".", "!", "?" or a run of them: may end a sentence */
    PF_CLOSER = 1 << 1,  /* closing quote or bracket */
    PF_OPENER = 1 << 2,  /* opening quote or bracket */
    PF_ABBR = 1 << 3,    /* a word that kept its final period ("Mr.", "U.S.") */
    PF_ABBR_END = 1 << 4, /* ... one that may still end a sentence ("etc.", "U.S.") */
    PF_ELLIPSIS = 1 << 5, /* a run of two or more periods or U+2026 */
};

typedef struct pretok {
    uint32_t start, end;
    uint32_t cut[2];  /* word boundaries inside a multiword token (0 = unused) */
    uint8_t kind;
    uint8_t flags;
    uint8_t space_after;
    uint8_t newlines; /* line breaks in the whitespace after it (capped at 2) */
} pretok;

typedef struct scanner {
    const char *t;
    size_t len;
    pretok *toks;
    size_t n, cap;
    bool squote_open; /* a single quote was opened and not yet closed */
    size_t email_miss; /* no e-mail address starts before this offset */
} scanner;

static pretok *push(scanner *s, size_t start, size_t end, int kind, int flags)
{
    if (s->n == s->cap)
        s->toks = xgrow(s->toks, &s->cap, s->n + 1, sizeof *s->toks);
    pretok *p = &s->toks[s->n++];
    memset(p, 0, sizeof *p);
    p->start = (uint32_t)start;
    p->end = (uint32_t)end;
    p->kind = (uint8_t)kind;
    p->flags = (uint8_t)flags;
    return p;
}

static inline int cls_at(const scanner *s, size_t i)
{
    return i < s->len ? text_char_at(s->t, i, s->len).cls : CC_SPACE;
}

static inline unsigned char byte_at(const scanner *s, size_t i)
{
    return i < s->len ? (unsigned char)s->t[i] : 0;
}

static inline bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline bool is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Case-insensitive ASCII comparison of t[0..n) with a lower-case word. */
static bool eq_ci(const char *t, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (!w[i] || lower((unsigned char)t[i]) != (unsigned char)w[i])
            return false;
    return w[n] == '\0';
}

static bool in_list(const char *t, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (eq_ci(t, n, *list))
            return true;
    return false;
}

/* Prefixes after which the treebanks keep a hyphenated word whole ("non-profit",
 * "e-mail"); every other hyphen between letters is a token of its own. */
static const char *const hyphen_prefixes[] = {
    "e", "non", "re", "anti", "mid", "co", "pro", "pre", "post", "over", "cross", "counter",
    "semi", "multi", "ex", "sub", "mini", "vice", "un", "socio", "psycho", "neo", "intra",
    "inter", "arch", "micro", NULL};

/* Letters a number keeps ("3rd", "1990s"); others ("5pm", "35mm") are split off. */
static const char *const number_suffixes[] = {"st", "nd", "rd", "th", "s", "d", NULL};

/* Abbreviations beyond text/abbrev.c's list that keep their period in the treebanks:
 * in any case, and (being also words: "sun.", "mass.") only when capitalised. */
static const char *const more_abbrevs[] = {
    "attn", "al", "fig", "vol", "ext", "pp", "esp", "approx", "dept", "e.g", "i.e", "ph.d",
    "p.s", "a.k.a", "yrs", "mins", "hrs", "oz", "lbs", "govt", "misc", "tel", NULL};
static const char *const more_capital_abbrevs[] = {
    "ave", "blvd", "rd", "est", "univ", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "ca", "cal", "calif", "fla", "mass", "wash", "penn", "ed", NULL};

/* Abbreviations that close a name ("Acme Inc.", "King Jr."), so that a sentence may end
 * with them, unlike "Mr." or "Gen.", which open one. */
static const char *const name_final_abbrevs[] = {"inc", "corp", "ltd", "co", "bros", "jr",
                                                 "sr", NULL};

/* Whole words that the treebanks split although they carry no apostrophe, and where. */
typedef struct split_word {
    const char *word;
    uint8_t cut;
} split_word;

/* (in alphabetical order: find_clitics searches it by halves) */
static const split_word plain_splits[] = {
    {"aint", 2}, {"arent", 3}, {"cannot", 3}, {"cant", 2}, {"couldnt", 5}, {"didnt", 3},
    {"doesnt", 4}, {"dont", 2}, {"gonna", 3}, {"gotta", 3}, {"hadnt", 3}, {"hasnt", 3},
    {"havent", 4}, {"im", 1}, {"isnt", 2}, {"ive", 1}, {"shouldnt", 6}, {"thats", 4},
    {"theres", 5}, {"wanna", 3}, {"wasnt", 3}, {"werent", 4}, {"whats", 4}, {"wont", 2},
    {"wouldnt", 5}, {"youll", 3}, {"youre", 3},
};

/* Words that usually open a sentence: after "etc." or "U.S." one of them means the
 * period ended the sentence. */
static const char *const sentence_openers[] = {
    "the", "a", "an", "he", "she", "it", "i", "we", "they", "you", "this", "that", "these",
    "those", "there", "but", "and", "so", "if", "in", "on", "at", "for", "as", "what", "how",
    "why", "when", "my", "our", "his", "her", "their", "its", "some", "many", "also",
    "however", "then", "please", "thanks", "thank", NULL};

static bool is_apos_byte_at(const scanner *s, size_t i, size_t *alen)
{
    unsigned char c = byte_at(s, i);
    if (c == '\'' || c == '`') {
        *alen = 1;
        return true;
    }
    if (c == 0xE2 && byte_at(s, i + 1) == 0x80 && byte_at(s, i + 2) == 0x99) { /* U+2019 */
        *alen = 3;
        return true;
    }
    return false;
}

/* The last letters of the words of plain_splits, by their first letter (bit 0 'a'). */
#define END(c) (1u << ((c) - 'a'))
static const uint32_t plain_split_ends[26] = {
    ['a' - 'a'] = END('t'),            /* aint, arent */
    ['c' - 'a'] = END('t'),            /* cannot, cant, couldnt */
    ['d' - 'a'] = END('t'),            /* didnt, doesnt, dont */
    ['g' - 'a'] = END('a'),            /* gonna, gotta */
    ['h' - 'a'] = END('t'),            /* hadnt, hasnt, havent */
    ['i' - 'a'] = END('m') | END('t') | END('e'), /* im, isnt, ive */
    ['s' - 'a'] = END('t'),            /* shouldnt */
    ['t' - 'a'] = END('s'),            /* thats, theres */
    ['w' - 'a'] = END('a') | END('t') | END('s'), /* wanna, wasnt, whats, ... */
    ['y' - 'a'] = END('l') | END('e'), /* youll, youre */
};
#undef END

/* May w[0..n) be a word of plain_splits? Each has 2 to 8 letters, and its first letter
 * tells its last: a cheap test that most words fail, without a branch on the letters
 * (the words come in every order). */
static inline bool may_split_plain(const char *w, size_t n)
{
    /* (byte | 0x20) - 'a' is below 26 for a letter only, in either case */
    unsigned first = ((unsigned char)w[0] | 0x20u) - 'a';
    unsigned last = ((unsigned char)w[n ? n - 1 : 0] | 0x20u) - 'a';
    uint32_t ends = first < 26 ? plain_split_ends[first] : 0;
    return (n - 2 <= 6) & (last < 26) & ((ends >> (last & 31)) & 1u);
}

/* Sets the cut points of a word that UD splits into several (clitics, contractions);
 * `apos`: the word holds an apostrophe (scan_word says). */
static void find_clitics(const scanner *s, pretok *p, bool apos)
{
    const char *t = s->t;
    size_t st = p->start, en = p->end, n = en - st;
    bool may_split = may_split_plain(t + st, n);
    if (!may_split && !apos)
        return; /* (most words) */
    char low[9] = {0};
    for (size_t i = 0; i < n && may_split; i++)
        low[i] = (char)lower((unsigned char)t[st + i]);
    size_t lo = 0, hi = may_split ? sizeof plain_splits / sizeof *plain_splits : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *w = plain_splits[mid].word;
        size_t k = 0;
        while (k < n && w[k] && low[k] == w[k])
            k++;
        int c = k == n ? -(w[k] != 0) : !w[k] ? 1 : (unsigned char)low[k] - (unsigned char)w[k];
        if (c == 0) {
            p->cut[0] = (uint32_t)(st + plain_splits[mid].cut);
            return;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    /* find the last apostrophe (there is one when `apos`): the clitic follows it */
    if (!apos)
        return;
    size_t ap = 0, alen = 0;
    for (size_t i = en; i > st + 1; i--) {
        size_t l;
        if (i - 1 >= st && is_apos_byte_at(s, i - 1, &l) && l == 1) {
            ap = i - 1;
            alen = 1;
            break;
        }
        if (i >= st + 3 && is_apos_byte_at(s, i - 3, &l) && l == 3) {
            ap = i - 3;
            alen = 3;
            break;
        }
    }
    if (!alen || ap <= st)
        return;
    const char *rest = t + ap + alen;
    size_t rn = en - ap - alen;
    if (rn == 1 && (lower((unsigned char)rest[0]) == 't') && ap - st >= 2 &&
        lower((unsigned char)t[ap - 1]) == 'n') {
        /* n't: the n belongs to the clitic ("do" + "n't", "ca" + "n't") */
        p->cut[0] = (uint32_t)(ap - 1);
        return;
    }
    if (eq_ci(rest, rn, "s") || eq_ci(rest, rn, "m") || eq_ci(rest, rn, "re") ||
        eq_ci(rest, rn, "ve") || eq_ci(rest, rn, "ll") || eq_ci(rest, rn, "d")) {
        p->cut[0] = (uint32_t)ap;
        /* "shouldn't've", "couldn't've": the n't before the 've is a word too */
        size_t l;
        if (ap - st >= 5 && lower((unsigned char)t[ap - 1]) == 't' && is_apos_byte_at(s, ap - 2, &l) &&
            l == 1 && lower((unsigned char)t[ap - 3]) == 'n') {
            p->cut[1] = p->cut[0];
            p->cut[0] = (uint32_t)(ap - 3);
        }
    }
}

/* The length of the run of ASCII letters at i. */
static size_t alpha_run(const scanner *s, size_t i)
{
    size_t k = 0;
    while (is_alpha(byte_at(s, i + k)))
        k++;
    return k;
}

/* May a URL open with the bytes c, d ("http://", "ftp://", "www.", "WWW.", "mailto:")? */
static inline bool may_open_url(unsigned char c, unsigned char d)
{
    return (c == 'h' && d == 't') || (c == 'f' && d == 't') || (c == 'w' && d == 'w') ||
           (c == 'W' && d == 'W') || (c == 'm' && d == 'a');
}

/* Scans a URL or e-mail address starting at i within the chunk [i, ce); returns its end
 * or 0 when there is none. */
static size_t scan_url(scanner *s, size_t i, size_t ce, bool has_at)
{
    const char *t = s->t + i;
    size_t n = ce - i;
    if (!has_at && !may_open_url((unsigned char)t[0], byte_at(s, i + 1)))
        return 0; /* no e-mail address without '@' */
    bool url = (n > 7 && (strncmp(t, "http://", 7) == 0 || strncmp(t, "https://", 8) == 0 ||
                          strncmp(t, "ftp://", 6) == 0)) ||
               (n > 4 && (strncmp(t, "www.", 4) == 0 || strncmp(t, "WWW.", 4) == 0)) ||
               (n > 7 && strncmp(t, "mailto:", 7) == 0);
    if (!url) {
        if (!has_at || i < s->email_miss || !is_alpha((unsigned char)t[0]))
            return 0;
        /* an e-mail address: word characters, '@', word characters */
        size_t k = 0;
        while (k < n && (is_alpha((unsigned char)t[k]) || is_digit((unsigned char)t[k]) ||
                         t[k] == '.' || t[k] == '_' || t[k] == '-' || t[k] == '+'))
            k++;
        size_t m = k + 1;
        while (k < n && t[k] == '@' && m < n &&
               (is_alpha((unsigned char)t[m]) || is_digit((unsigned char)t[m]) ||
                t[m] == '.' || t[m] == '-'))
            m++;
        if (k >= n || t[k] != '@' || m == k + 1) {
            /* every later start before offset k stops at the same place and fails the
             * same way: remembering it keeps "a_a_a_..._a!" linear */
            s->email_miss = i + k;
            return 0;
        }
        while (m > k + 1 && (t[m - 1] == '.' || t[m - 1] == '-'))
            m--;
        return i + m;
    }
    /* a URL runs to the end of the chunk, less the punctuation that closes a sentence
     * or a bracket around it */
    size_t e = n;
    bool paren = memchr(t, '(', n) != NULL;
    while (e > 0) {
        char c = t[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
            c == '\'' || c == '>' || c == ']' || (c == ')' && !paren))
            e--;
        else if ((unsigned char)c >= 0x80) {
            /* a closing curly quote */
            size_t b = e;
            while (b > 0 && ((unsigned char)t[b - 1] & 0xC0) == 0x80)
                b--;
            if (b > 0)
                b--;
            int cls = text_char_at(t, b, e).cls;
            if (cls == CC_CLOSE || cls == CC_APOS)
                e = b;
            else
                break;
        } else
            break;
    }
    return e > 4 ? i + e : 0;
}

/* Scans a word (letters, digits and what the treebanks keep inside one) from i; returns
 * its end; *apos: it took in an apostrophe ("didn't", "Korea's"). */
static size_t scan_word(const scanner *s, size_t i, size_t ce, bool *apos)
{
    *apos = false;
    size_t start = i, seg = i;
    bool numeric = true; /* digits and number separators only, so far */
    bool joined = false;  /* a hyphen between digit groups was kept ("713-853-") */
    while (i < ce) {
        text_char c = text_char_at(s->t, i, s->len);
        unsigned char b = (unsigned char)s->t[i];
        if (c.cls == CC_DIGIT) {
            i += c.len;
            continue;
        }
        if (cc_is_letter(c.cls) || c.cls == CC_MARK || c.cls == CC_FORMAT) {
            if (numeric && i > start && is_digit(byte_at(s, i - 1)) && is_alpha(b)) {
                /* a number followed by letters: ordinals and decades stay, units go */
                size_t k = alpha_run(s, i);
                bool keep = in_list(s->t + i, k, number_suffixes) ||
                            (k == 1 && b >= 'A' && b <= 'Z' && b != 'M' && b != 'K');
                if (!keep || cc_is_alnum(cls_at(s, i + k)))
                    return i;
            }
            numeric = false;
            i += c.len;
            continue;
        }
        if (i == start)
            break;
        bool prev_alnum = is_alpha(byte_at(s, i - 1)) || is_digit(byte_at(s, i - 1)) ||
                          byte_at(s, i - 1) >= 0x80;
        int next = cls_at(s, i + 1);
        unsigned char nb = byte_at(s, i + 1);
        if (b == '.' && prev_alnum && cc_is_alnum(next)) {
            /* "11.8", "U.S", "enron.com"; but "here.The" is two words and a period */
            size_t seglen = i - seg;
            if (next == CC_UPPER && seglen >= 3 && cls_at(s, i - 1) == CC_LOWER)
                break;
            i++;
            seg = i;
            continue;
        }
        if (b == ',' && numeric && is_digit(byte_at(s, i - 1)) && is_digit(nb) &&
            is_digit(byte_at(s, i + 2)) && is_digit(byte_at(s, i + 3)) &&
            !is_digit(byte_at(s, i + 4))) {
            i++;
            continue;
        }
        if ((b == ':' || b == '/') && numeric && is_digit(byte_at(s, i - 1)) && is_digit(nb)) {
            i++;
            continue;
        }
        if (b == '/' && i - start == 1 && is_alpha(byte_at(s, start)) && is_alpha(nb)) {
            i++; /* "w/o", "l/c", "s/he" */
            continue;
        }
        size_t alen;
        if (is_apos_byte_at(s, i, &alen) && prev_alnum && cc_is_letter(cls_at(s, i + alen))) {
            *apos = true;
            i += alen;
            continue;
        }
        if (b == '&' && cls_at(s, i - 1) == CC_UPPER && next == CC_UPPER) {
            i++; /* "AT&T", "PG&E" */
            continue;
        }
        if (b == '-' && is_alpha(byte_at(s, i - 1)) && !cc_is_alnum(next) && nb != '-' &&
            !numeric &&
            (i - start <= 3 || in_list(s->t + start, i - start, hyphen_prefixes) ||
             (next == CC_SPACE && (cls_at(s, i + 2) == CC_DASH || byte_at(s, i + 2) == '-'))))
            return i + 1; /* a word broken off: "re- and post-war", "I was af- afraid",
                             "I was think- — you see" */
        if (c.cls == CC_HYPHEN && b == '-' && prev_alnum && cc_is_alnum(next)) {
            if (numeric && is_digit(nb)) {
                /* phone numbers, dates and codes ("713-853-3989", "853-7557",
                 * "12-20-2000", "94720-1900") stay whole; ranges ("750-800",
                 * "1998-2001", "3-4") are split */
                size_t first = i - start, second = 0;
                while (is_digit(byte_at(s, i + 1 + second)))
                    second++;
                size_t after = i + 1 + second;
                bool more = byte_at(s, after) == '-' && is_digit(byte_at(s, after + 1));
                if (joined || more || (first <= 3 && second == 4) || first >= 5) {
                    joined = true;
                    i = after;
                    continue;
                }
                break;
            }
            if (in_list(s->t + start, i - start, hyphen_prefixes)) {
                i++;
                numeric = false;
                continue;
            }
            break;
        }
        break;
    }
    return i;
}

/* Should the period at `dot` stay with the word [ws, dot)? */
static int abbreviation_period(const scanner *s, size_t ws, size_t dot)
{
    const char *w = s->t + ws;
    size_t n = dot - ws;
    if (byte_at(s, dot + 1) == '.')
        return 0; /* an ellipsis follows */
    if (cc_is_alnum(cls_at(s, dot + 1)))
        return 0;
    /* "No." before a closing quote ends a sentence; "No." is "number" before digits */
    int after = cls_at(s, dot + 1);
    bool dotless = !memchr(w, '.', n);
    if ((after == CC_DQUOTE || after == CC_APOS || (after == CC_CLOSE && byte_at(s, dot + 1) >= 0x80)) &&
        dotless)
        return 0;
    if (n > 6 && dotless)
        return 0; /* no listed abbreviation has more than 6 letters (text_abbreviation too) */
    if (eq_ci(w, n, "no") || eq_ci(w, n, "nos"))
        return byte_at(s, dot + 1) == ' ' && is_digit(byte_at(s, dot + 2)) ? PF_ABBR : 0;
    enum abbrev_kind k = text_abbreviation(w, n);
    if (k == ABBR_TITLE)
        return in_list(w, n, name_final_abbrevs) ? PF_ABBR | PF_ABBR_END : PF_ABBR;
    if (k == ABBR_ETC)
        return PF_ABBR | PF_ABBR_END;
    if (n == 1 && is_alpha((unsigned char)w[0]))
        return PF_ABBR; /* an initial */
    if (in_list(w, n, more_abbrevs) ||
        (w[0] >= 'A' && w[0] <= 'Z' && in_list(w, n, more_capital_abbrevs)))
        return PF_ABBR | PF_ABBR_END;
    /* dotted acronyms: short letter groups between periods ("U.S", "a.m", "Ph.D") */
    bool dotted = false;
    size_t seg = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') {
            if (seg == 0)
                return 0;
            dotted = true;
            seg = 0;
        } else if (is_alpha((unsigned char)w[i])) {
            if (++seg > 2)
                return 0;
        } else
            return 0;
    }
    return dotted ? PF_ABBR | PF_ABBR_END : 0;
}

/* The end of an emoticon whose ':', ';' or '=' ends at e: ":)", ";-)", "=)", ":D" before
 * a space or the end of the chunk; 0 when there is none. */
static size_t emoticon_end(const scanner *s, size_t e, size_t ce)
{
    if (e >= ce)
        return 0;
    size_t k = e;
    if (byte_at(s, k) == '-')
        k++;
    unsigned char m = byte_at(s, k);
    if ((m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p' || m == '/') &&
        (k + 1 >= ce || !cc_is_alnum(cls_at(s, k + 1))))
        return k + 1;
    return 0;
}

/* Scans punctuation at i; pushes the token. */
static void scan_punct(scanner *s, size_t i, size_t ce, size_t chunk_start)
{
    text_char c = text_char_at(s->t, i, s->len);
    unsigned char b = (unsigned char)s->t[i];
    size_t e = i + c.len;
    int flags = 0;
    if (c.cls == CC_PERIOD || c.cls == CC_TERM || c.cls == CC_ELLIPSIS) {
        /* runs: "...", "!!", "?!", "…." */
        int dots = c.cls == CC_ELLIPSIS ? 2 : c.cls == CC_PERIOD;
        while (e < ce) {
            text_char d = text_char_at(s->t, e, s->len);
            if (d.cls != CC_PERIOD && d.cls != CC_TERM && d.cls != CC_ELLIPSIS)
                break;
            dots += d.cls == CC_ELLIPSIS ? 2 : d.cls == CC_PERIOD;
            e += d.len;
        }
        flags = PF_TERM | (dots >= 2 ? PF_ELLIPSIS : 0);
        push(s, i, e, PT_PUNCT, flags);
        return;
    }
    size_t emo;
    if ((b == ':' || b == ';' || b == '=') && (emo = emoticon_end(s, e, ce)) != 0) {
        push(s, i, emo, PT_PUNCT, 0);
        return;
    }
    if (b == '\'' || (c.cls == CC_APOS && c.len == 3)) {
        if (b == '\'' && byte_at(s, e) == '\'') {
            /* '' as a double quote */
            bool opening = i == chunk_start;
            push(s, i, e + 1, PT_PUNCT, opening ? PF_OPENER : PF_CLOSER);
            return;
        }
        /* "'em", "'90s": words that begin with an apostrophe */
        size_t k = alpha_run(s, e);
        if ((k == 2 && eq_ci(s->t + e, 2, "em") && !cc_is_alnum(cls_at(s, e + 2))) ||
            (is_digit(byte_at(s, e)) && is_digit(byte_at(s, e + 1)) && byte_at(s, e + 2) == 's' &&
             !cc_is_alnum(cls_at(s, e + 3)))) {
            size_t we = k == 2 ? e + 2 : e + 3;
            push(s, i, we, PT_WORD, 0);
            return;
        }
        bool opening = i == chunk_start || cc_is_opener(cls_at(s, i - 1));
        if (opening && cc_is_alnum(cls_at(s, e)))
            s->squote_open = true;
        else if (!opening)
            s->squote_open = false;
        push(s, i, e, PT_PUNCT, opening ? PF_OPENER : PF_CLOSER);
        return;
    }
    if (b == '`' && byte_at(s, e) == '`') {
        push(s, i, e + 1, PT_PUNCT, PF_OPENER);
        return;
    }
    if (b == '"')
        flags = i == chunk_start || cc_is_opener(cls_at(s, i - 1)) ? PF_OPENER : PF_CLOSER;
    else if (c.cls == CC_OPEN)
        flags = PF_OPENER;
    else if (c.cls == CC_CLOSE)
        flags = PF_CLOSER;
    else if (c.cls == CC_APOS)
        flags = PF_CLOSER;
    else if (c.len == 1 && b != ',' && b != ';' && b != ':' && b != '(' && b != ')') {
        /* runs of one symbol: "--", "**", "==", ">>" */
        while (e < ce && (unsigned char)s->t[e] == b)
            e++;
    } else if (c.cls == CC_DASH) {
        while (e + c.len <= ce && memcmp(s->t + e, s->t + i, c.len) == 0)
            e += c.len;
    }
    push(s, i, e, PT_PUNCT, flags);
}

/* Cuts the chunk [i, ce) (no whitespace inside) into tokens. */
static void scan_chunk(scanner *s, size_t i, size_t ce)
{
    size_t chunk_start = i;
    bool has_at = memchr(s->t + i, '@', ce - i) != NULL;
    while (i < ce) {
        size_t ue = scan_url(s, i, ce, has_at);
        if (ue) {
            push(s, i, ue, PT_WORD, 0);
            i = ue;
            continue;
        }
        int cls = cls_at(s, i);
        if (s->t[i] == '.' && i == chunk_start && is_digit(byte_at(s, i + 1))) {
            /* a number without its leading zero: "batting .265" */
            bool apos;
            size_t we = scan_word(s, i + 1, ce, &apos);
            push(s, i, we, PT_WORD, 0);
            i = we;
            continue;
        }
        if (cc_is_alnum(cls) || cls == CC_MARK) {
            bool apos;
            size_t we = scan_word(s, i, ce, &apos);
            if (we == i)
                we = i + text_char_at(s->t, i, s->len).len;
            int flags = 0;
            if (we < ce && s->t[we] == '.') {
                flags = abbreviation_period(s, i, we);
                if (!flags && we + 1 == ce && is_digit(byte_at(s, i)) && we - i <= 2 &&
                    (i == 0 || s->t[i - 1] == '\n'))
                    flags = PF_ABBR; /* a list number at the start of a line: "1." */
            }
            size_t end = flags ? we + 1 : we;
            pretok *p = push(s, i, end, PT_WORD, flags);
            if (!flags)
                find_clitics(s, p, apos);
            /* plural possessive "years'" (not the close of a single quote) */
            size_t alen;
            if (!flags && end < ce && (lower(byte_at(s, end - 1)) == 's') &&
                is_apos_byte_at(s, end, &alen) && !cc_is_alnum(cls_at(s, end + alen)) &&
                !s->squote_open && p->cut[0] == 0) {
                p->end = (uint32_t)(end + alen);
                p->cut[0] = (uint32_t)end;
                end += alen;
            }
            i = end;
            continue;
        }
        scan_punct(s, i, ce, chunk_start);
        i = s->toks[s->n - 1].end;
    }
}

static void scan(scanner *s)
{
    size_t i = 0;
    while (i < s->len) {
        text_char c = text_char_at(s->t, i, s->len);
        if (c.cls == CC_SPACE) {
            if (s->n) {
                pretok *p = &s->toks[s->n - 1];
                p->space_after = 1;
                if (c.cp == '\n' && p->newlines < 2)
                    p->newlines++;
            }
            i += c.len;
            continue;
        }
        size_t ce = i;
        while (ce < s->len) {
            text_char d = text_char_at(s->t, ce, s->len);
            if (d.cls == CC_SPACE)
                break;
            ce += d.len;
        }
        scan_chunk(s, i, ce);
        i = ce;
    }
    if (s->n)
        s->toks[s->n - 1].space_after = 1;
}

/* Does the token open a new sentence after a final period? */
static bool can_start_sentence(const scanner *s, const pretok *p)
{
    int cls = cls_at(s, p->start);
    if (cls == CC_UPPER || cls == CC_DIGIT || cls == CC_LETTER)
        return true;
    if (p->flags & PF_OPENER)
        return true;
    return cls != CC_LOWER && p->kind == PT_PUNCT && !(p->flags & (PF_TERM | PF_CLOSER)) &&
           s->t[p->start] != ',' && s->t[p->start] != ';' && s->t[p->start] != ':';
}

static bool is_opener_word(const scanner *s, const pretok *p)
{
    if (cls_at(s, p->start) != CC_UPPER)
        return false;
    uint32_t e = p->cut[0] ? p->cut[0] : p->end;
    return in_list(s->t + p->start, e - p->start, sentence_openers);
}

/* Where does the line holding token k start? */
static size_t line_start(const scanner *s, size_t pos)
{
    while (pos > 0 && s->t[pos - 1] != '\n')
        pos--;
    return pos;
}

/* Marks in `brk` the tokens after which a sentence ends. */
static void split(scanner *s, uint8_t *brk)
{
    for (size_t k = 0; k + 1 < s->n; k++) {
        pretok *p = &s->toks[k];
        const pretok *next = &s->toks[k + 1];
        if (p->newlines >= 2) {
            brk[k] = 2;
            continue;
        }
        if (p->flags & PF_TERM) {
            size_t j = k;
            while (j + 1 < s->n && !s->toks[j].space_after && (s->toks[j + 1].flags & PF_CLOSER))
                j++;
            if (j + 1 >= s->n || !s->toks[j].space_after)
                continue;
            const pretok *q = &s->toks[j + 1];
            if (s->toks[j].newlines >= 2) {
                brk[j] = 2;
                k = j;
                continue;
            }
            bool ok = can_start_sentence(s, q);
            /* web text often starts sentences in lower case; after a plain period,
             * "?" or "!" (abbreviations kept theirs) that is the better bet, but not
             * after a quotation ("Why?" he asked) */
            if (!ok && !(p->flags & PF_ELLIPSIS) && j == k && cls_at(s, q->start) == CC_LOWER)
                ok = true;
            /* a footnote mark ("... in 1805. [6] An ...") closes the sentence before it */
            if (j + 3 < s->n && s->t[q->start] == '[' && !q->space_after &&
                is_digit(byte_at(s, s->toks[j + 2].start)) && !s->toks[j + 2].space_after &&
                s->t[s->toks[j + 3].start] == ']' && s->toks[j + 3].space_after)
                j += 3;
            if (ok) {
                brk[j] = 1;
                k = j;
            }
            continue;
        }
        if ((p->flags & PF_ABBR_END) && p->space_after && is_opener_word(s, next)) {
            brk[k] = 1;
            continue;
        }
        if (p->newlines == 1 && !(p->flags & PF_TERM)) {
            /* a heading: a short line without final punctuation, then a capital */
            unsigned char last = (unsigned char)s->t[p->end - 1];
            int ncls = cls_at(s, next->start);
            if (last != ',' && last != '-' && last != ':' &&
                (ncls == CC_UPPER || ncls == CC_DIGIT || (next->flags & PF_OPENER)) &&
                p->end - line_start(s, p->start) <= 60)
                brk[k] = 1;
        }
    }
}

static char *copy_form(arena *a, const char *t, uint32_t s, uint32_t e)
{
    return arena_strndup(a, t + s, e - s);
}

/* ud_tokenize(); `forms`: copy each word's and multiword token's form into the arena (else
 * they stay NULL, for readers of spans only). */
static size_t tokenize(arena *a, const char *text, size_t len, bool forms, ud_sentence **out)
{
    *out = NULL;
    if (len > UINT32_MAX)
        len = UINT32_MAX; /* spans are 32-bit (ud.h) */
    scanner s = {.t = text, .len = len};
    scan(&s);
    if (s.n == 0) {
        free(s.toks);
        return 0;
    }
    uint8_t *brk = xcalloc(s.n, 1);
    split(&s, brk);
    brk[s.n - 1] = 1;
    size_t nsent = 0;
    for (size_t k = 0; k < s.n; k++)
        nsent += brk[k] != 0;
    ud_sentence *sents = arena_calloc(a, nsent, sizeof *sents);
    size_t first = 0, si = 0;
    bool newpar = false;
    for (size_t k = 0; k < s.n; k++) {
        if (!brk[k])
            continue;
        /* an abbreviation that ends the sentence gives its period back ("etc" + ".") */
        pretok *lastp = &s.toks[k];
        bool give_back = (lastp->flags & PF_ABBR) && lastp->end - lastp->start > 2;
        uint32_t nw = 0, nm = 0;
        for (size_t j = first; j <= k; j++) {
            const pretok *p = &s.toks[j];
            uint32_t parts = 1 + (p->cut[0] != 0) + (p->cut[1] != 0);
            nw += parts;
            nm += parts > 1;
        }
        nw += give_back;
        ud_sentence *st = &sents[si++];
        st->words = arena_alloc(a, nw * sizeof *st->words);
        st->mwts = nm ? arena_alloc(a, nm * sizeof *st->mwts) : NULL;
        st->newpar = newpar;
        uint32_t w = 0, m = 0;
        for (size_t j = first; j <= k; j++) {
            const pretok *p = &s.toks[j];
            uint32_t bounds[4] = {p->start, 0, 0, 0};
            uint32_t nb = 1;
            for (int c = 0; c < 2; c++)
                if (p->cut[c])
                    bounds[nb++] = p->cut[c];
            uint32_t end = p->end;
            if (j == k && give_back)
                end--;
            bounds[nb] = end;
            if (nb > 1) {
                ud_mwt *mt = &st->mwts[m++];
                mt->first = w + 1;
                mt->last = w + nb;
                mt->form = forms ? copy_form(a, text, p->start, p->end) : NULL;
                mt->start = p->start;
                mt->end = p->end;
                mt->space_after = p->space_after;
            }
            for (uint32_t b = 0; b < nb; b++) {
                ud_word *wd = &st->words[w++];
                memset(wd, 0, sizeof *wd);
                wd->start = bounds[b];
                wd->end = bounds[b + 1];
                wd->form = forms ? copy_form(a, text, wd->start, wd->end) : NULL;
                wd->head = UD_NO_HEAD;
                wd->has_span = 1;
                wd->mwt = nb > 1 ? (uint16_t)(m < 65535 ? m : 0) : 0;
                wd->space_after = b + 1 == nb ? p->space_after : 0;
            }
            if (j == k && give_back) {
                st->words[w - 1].space_after = 0;
                ud_word *wd = &st->words[w++];
                memset(wd, 0, sizeof *wd);
                wd->start = end;
                wd->end = end + 1;
                wd->form = forms ? copy_form(a, text, end, end + 1) : NULL;
                wd->head = UD_NO_HEAD;
                wd->has_span = 1;
                wd->space_after = p->space_after;
            }
        }
        st->n = w;
        st->nmwt = m;
        st->start = st->words[0].start;
        st->end = st->words[w - 1].end;
        newpar = brk[k] == 2;
        first = k + 1;
    }
    free(brk);
    free(s.toks);
    *out = sents;
    return nsent;
}

size_t ud_tokenize(arena *a, const char *text, size_t len, ud_sentence **out)
{
    return tokenize(a, text, len, true, out);
}

size_t ud_tokenize_spans(arena *a, const char *text, size_t len, ud_sentence **out)
{
    return tokenize(a, text, len, false, out);
}

/* ---- tokens for the lexicon's readers and the document layer ------------------------ */

/* "it's", "that's", "let's": the "'s" is a verb or pronoun, not a possessive. */
static const char *const contraction_bases[] = {"it",    "he",  "she",   "that", "there",
                                                "here",  "what", "who",  "where", "when",
                                                "how",   "let", NULL};

/* Is the word text[start..end) a possessive clitic: "'s", "’s", or the lone apostrophe
 * of "years'"? `host`: the first word of its multiword token. */
static bool possessive_piece(const char *text, uint32_t start, uint32_t end, uint32_t host_start,
                             uint32_t host_end)
{
    const char *f = text + start;
    size_t n = end - start, al = n && f[0] == '\'' ? 1 : n >= 3 && (unsigned char)f[0] == 0xE2 &&
                                                             (unsigned char)f[1] == 0x80 &&
                                                             (unsigned char)f[2] == 0x99
                                                         ? 3 : 0;
    if (!al || !(n == al || (n == al + 1 && lower((unsigned char)f[al]) == 's')))
        return false;
    return !in_list(text + host_start, host_end - host_start, contraction_bases);
}

/* Of each ASCII byte: its upper case, and its case for ascii_token (1 a capital, 1 << 32
 * a lower-case letter). */
static unsigned char ascii_upper[128];
static uint64_t ascii_cases[128];
static pthread_once_t ascii_once = PTHREAD_ONCE_INIT;

static void ascii_tables(void)
{
    for (int b = 0; b < 128; b++) {
        int cls = text_ascii_class[b];
        ascii_upper[b] = (unsigned char)(cls == CC_LOWER ? b - ('a' - 'A') : b);
        ascii_cases[b] = cls == CC_UPPER ? 1 : cls == CC_LOWER ? (uint64_t)1 << 32 : 0;
    }
}

/* Fills k for the ASCII text[start..end) whose upper-case form's n bytes are at u (the
 * NUL is added here) and whose letters are counted in `cases` (ascii_cases summed). */
static inline void ascii_token_of(const char *text, uint32_t start, uint32_t end, char *u,
                                  uint32_t n, uint64_t cases, token *k)
{
    u[n] = '\0';
    uint32_t upper = (uint32_t)cases, lowers = (uint32_t)(cases >> 32);
    *k = (token){.start = start, .end = end, .upper = u, .len = (uint16_t)n};
    int c = text_ascii_class[(unsigned char)text[start]];
    if (c == CC_DIGIT) {
        k->kind = TOK_NUMBER;
        return;
    }
    if (cc_is_letter(c) ||
        (c == CC_APOS && start + 1 < end && cc_is_alnum(text_ascii_class[(unsigned char)text[start + 1]])))
        k->kind = TOK_WORD; /* "'s", "'re" are words */
    else
        k->kind = TOK_PUNCT;
    if (k->kind != TOK_WORD)
        return;
    uint32_t p = start; /* its first letter */
    while (p < end && !cc_is_letter(text_ascii_class[(unsigned char)text[p]]))
        p++;
    /* (without branches: capitals come and go at random) */
    k->flags |= (uint8_t)((p < end && text_ascii_class[(unsigned char)text[p]] == CC_UPPER) *
                          TOKF_CAPITALIZED);
    k->flags |= (uint8_t)((upper >= 2 && lowers == 0) * TOKF_ALLCAPS);
}

/* Fills k for the ASCII text[start..end) (kind, flags), its upper-case form written to u
 * (end - start + 1 bytes). */
static inline void ascii_token(const char *text, uint32_t start, uint32_t end, char *u, token *k)
{
    /* the capitals counted in the low 32 bits of `cases`, the lower-case letters in the
       high ones: one addition a byte */
    uint64_t cases = 0;
    uint32_t n = end - start < UINT16_MAX ? end - start : UINT16_MAX;
    const unsigned char *t = (const unsigned char *)text + start;
    for (uint32_t p = 0; p < n; p++) {
        cases += ascii_cases[t[p]];
        u[p] = (char)ascii_upper[t[p]];
    }
    for (uint32_t p = n; p < end - start; p++) /* (past the 64 KiB of the form) */
        cases += ascii_cases[t[p]];
    ascii_token_of(text, start, end, u, n, cases, k);
}

/* Fills k for text[start..end) (kind, flags; upper from text_upper). */
static void make_token(arena *a, const char *text, uint32_t start, uint32_t end, token *k)
{
    uint32_t q = start;
    while (q < end && (unsigned char)text[q] < 0x80)
        q++;
    if (q == end) {
        pthread_once(&ascii_once, ascii_tables);
        ascii_token(text, start, end, arena_alloc(a, end - start + 1u), k);
        return;
    }
    memset(k, 0, sizeof *k);
    k->start = start;
    k->end = end;
    unsigned upper = 0, lowers = 0;
    int first_letter = -1;
    for (uint32_t p = start; p < end;) {
        text_char d = text_char_at(text, p, end);
        upper += d.cls == CC_UPPER;
        lowers += d.cls == CC_LOWER;
        if (first_letter < 0 && cc_is_letter(d.cls))
            first_letter = d.cls;
        p += d.len;
    }
    k->upper = text_upper(a, text, start, end, &k->len);
    text_char c = text_char_at(text, start, end);
    if (c.cls == CC_DIGIT) {
        k->kind = TOK_NUMBER;
        return;
    }
    if (cc_is_letter(c.cls) || c.cls == CC_MARK || c.cls == CC_FORMAT ||
        (c.cls == CC_APOS && start + c.len < end &&
         cc_is_alnum(text_char_at(text, start + c.len, end).cls)))
        k->kind = TOK_WORD; /* "'s", "'re", "’m" are words */
    else
        k->kind = TOK_PUNCT;
    if (k->kind == TOK_WORD && first_letter == CC_UPPER)
        k->flags |= TOKF_CAPITALIZED;
    if (k->kind == TOK_WORD && upper >= 2 && lowers == 0)
        k->flags |= TOKF_ALLCAPS;
}

bool ud_dotted_acronym(const char *text, uint32_t start, uint32_t end)
{
    return end - start >= 3 && text[end - 2] == '.' && is_alpha((unsigned char)text[end - 1]);
}

size_t ud_sentence_tokens(arena *a, const char *text, const ud_sentence *s, int mode,
                          token **out)
{
    *out = NULL;
    if (mode == UD_TOKENS_TABARI) /* TABARI's words: one scan of the sentence's bytes */
        return s->n ? ud_tabari_scan(a, text, s->start, s->end, out) : 0;
    token *t = arena_alloc(a, (s->n ? s->n : 1) * sizeof *t);
    for (uint32_t j = 0; j < s->n; j++) {
        const ud_word *w = &s->words[j];
        token *k = &t[j];
        make_token(a, text, w->start, w->end, k);
        if (j == 0)
            k->flags |= TOKF_SENT_START;
        if (w->mwt && j > 0 && s->words[j - 1].mwt == w->mwt && s->words[j - 1].end == w->start) {
            const ud_word *host = w - 1;
            while (host > s->words && host[-1].mwt == w->mwt)
                host--;
            k->flags |= TOKF_CLITIC;
            if (possessive_piece(text, w->start, w->end, host->start, host->end))
                k->flags |= TOKF_POSSESSIVE;
        }
    }
    *out = t;
    return s->n;
}

void ud_span_sentence(arena *a, const char *text, uint32_t start, uint32_t end,
                      ud_sentence *out)
{
    memset(out, 0, sizeof *out);
    out->start = out->end = start;
    ud_sentence *s;
    size_t ns = text && end > start ? tokenize(a, text + start, end - start, false, &s) : 0;
    if (ns == 0)
        return;
    if (ns == 1) {
        *out = s[0];
    } else { /* one sentence of them all: words and multiword tokens renumbered */
        uint32_t nw = 0, nm = 0;
        for (size_t i = 0; i < ns; i++)
            nw += s[i].n, nm += s[i].nmwt;
        out->words = arena_alloc(a, nw * sizeof *out->words);
        out->mwts = nm ? arena_alloc(a, nm * sizeof *out->mwts) : NULL;
        for (size_t i = 0; i < ns; i++) {
            for (uint32_t k = 0; k < s[i].nmwt; k++) {
                ud_mwt *m = &out->mwts[out->nmwt++];
                *m = s[i].mwts[k];
                m->first += out->n;
                m->last += out->n;
            }
            for (uint32_t j = 0; j < s[i].n; j++) {
                ud_word *w = &out->words[out->n + j];
                *w = s[i].words[j];
                if (w->mwt)
                    w->mwt = (uint16_t)(w->mwt + out->nmwt - s[i].nmwt);
            }
            out->n += s[i].n;
        }
        out->newpar = false;
    }
    for (uint32_t j = 0; j < out->n; j++) {
        out->words[j].start += start;
        out->words[j].end += start;
    }
    out->start = out->words[0].start;
    out->end = out->words[out->n - 1].end;
}

/* ---- UD_TOKENS of plain ASCII spans: the words without the sentences ---------------- */

/* Is the ASCII byte b a space to the scanner (whitespace, a control, DEL)? */
static inline bool space_byte(unsigned char b)
{
    return (unsigned)(b - 0x21) >= 0x5E;
}

/* The end of the chunk (no whitespace inside) holding i, in ASCII text. */
static size_t chunk_end(const scanner *s, size_t i)
{
    while (i < s->len && !space_byte((unsigned char)s->t[i]))
        i++;
    return i;
}

/* Is t[0..n) ASCII without an '@'? Eight bytes at a time. */
static bool ascii_without_at(const char *t, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        uint64_t v;
        memcpy(&v, t + k, 8);
        uint64_t x = v ^ (ones * '@'); /* an '@' becomes a zero byte */
        if ((v | ((x - ones) & ~x)) & highs)
            return false;
    }
    for (; k < n; k++)
        if ((unsigned char)t[k] >= 0x80 || t[k] == '@')
            return false;
    return true;
}

/* The end of the word scan_word() scans from i, in ASCII text: a run of letters ends at
 * once where no rule of scan_word's can carry it on (most words); anything else is
 * scan_word's. */
static size_t word_end(const scanner *s, size_t i, bool *apos)
{
    size_t k = i;
    while (k < s->len && ascii_cases[(unsigned char)s->t[k]]) /* (a letter: ascii_token's table) */
        k++;
    if (k > i) {
        /* (after letters only '.', an apostrophe, '&', '-' and '/' may join more, and
           digits go on the word) */
        unsigned char b = k < s->len ? (unsigned char)s->t[k] : ' ';
        if (!is_digit(b) && b != '.' && b != '\'' && b != '`' && b != '&' && b != '-' &&
            b != '/') {
            *apos = false;
            return k;
        }
    }
    return scan_word(s, i, chunk_end(s, i), apos);
}

/* The tokens plain_tokens makes: t[0..n) of room for cap, their upper-case forms one
 * after the other from u (room for them all: a word has a byte at least). */
typedef struct plain_out {
    arena *a;
    token *t;
    size_t n, cap;
    char *u;
} plain_out;

/* Doubles the room for tokens (rarely: the first guess is a word every four bytes). The
 * capacity goes through a local, so that `o` never has its address taken and stays in
 * registers in the scanning loop. */
static void plain_grow(plain_out *o)
{
    size_t cap = o->cap;
    o->t = arena_grow(o->a, o->t, o->n, &cap, o->n + 1, sizeof *o->t);
    o->cap = cap;
}

/* The room for the next token. */
static inline token *plain_next(plain_out *o)
{
    if (o->n == o->cap)
        plain_grow(o);
    return &o->t[o->n];
}

/* Takes the token made in plain_next()'s room: its form stays at u. */
static inline void plain_take(plain_out *o, token *k)
{
    o->u += k->len + 1;
    if (o->n == 0)
        k->flags |= TOKF_SENT_START;
    o->n++;
}

/* Adds the token of the word text[ws..we); `piece`: its place in its multiword token,
 * whose first word is text[hs..he). */
static inline void plain_word(const char *text, uint32_t ws, uint32_t we, int piece,
                              uint32_t hs, uint32_t he, plain_out *o)
{
    token *k = plain_next(o);
    ascii_token(text, ws, we, o->u, k);
    if (piece > 0) { /* a piece of a multiword token after the first */
        k->flags |= TOKF_CLITIC;
        if (possessive_piece(text, ws, we, hs, he))
            k->flags |= TOKF_POSSESSIVE;
    }
    plain_take(o, k);
}

/* The UD_TOKENS tokens of text[start..end) as ud_text_tokens() makes them, when the span
 * is plain: ASCII, no URL or e-mail address, no quote or apostrophe standing alone (no
 * single-quote state to carry) and no word keeping a period (so no abbreviation gives
 * its period back at the end of a sentence, the one place where the sentences cut the
 * words). Then the words are the scan's tokens cut at their clitics, whatever the
 * sentences, and are made straight from them in one pass, without ud_span_sentence()'s
 * sentences and words: with TABARI's dictionaries the document layer reads such spans.
 * The words come from the full path's own scan_word(), find_clitics(), scan_url() and
 * abbreviation_period(); only punctuation is cut here, as scan_punct() cuts ASCII (in
 * ASCII text a chunk ends at the first space: the chunk's end is looked for only where a
 * rule reads it). Returns false when the span is not plain (what it made is left unused
 * in the arena). */
static bool plain_tokens(arena *a, const char *text, uint32_t start, uint32_t end, size_t *n,
                         token **out)
{
    scanner s = {.t = text + start, .len = end > start ? end - start : 0};
    if (!ascii_without_at(s.t, s.len))
        return false; /* not ASCII, or maybe an e-mail address */
    *n = 0;
    *out = NULL;
    if (s.len == 0)
        return true;
    pthread_once(&ascii_once, ascii_tables);
    plain_out o = {.a = a, .cap = s.len / 4 + 8};
    o.t = arena_alloc(a, o.cap * sizeof *o.t);
    o.u = arena_alloc(a, 2 * s.len);
    size_t i = 0;
    while (i < s.len) {
        unsigned char b = (unsigned char)s.t[i];
        if (space_byte(b)) {
            i++;
            continue;
        }
        if (may_open_url(b, byte_at(&s, i + 1)) && scan_url(&s, i, chunk_end(&s, i), false))
            return false;
        int cls = text_ascii_class[b];
        if (b == '.' && (i == 0 || space_byte((unsigned char)s.t[i - 1])) &&
            is_digit(byte_at(&s, i + 1)))
            return false; /* ".265" */
        if (ascii_cases[b]) {
            /* a run of letters that no rule of scan_word's carries on and that is no plain
               split nor followed by a period (most words) is a word: its token is made as
               it is scanned */
            uint64_t cases = 0;
            size_t k = i;
            for (unsigned char c; k < s.len && ascii_cases[c = (unsigned char)s.t[k]]; k++) {
                cases += ascii_cases[c];
                o.u[k - i] = (char)ascii_upper[c];
            }
            unsigned char after = k < s.len ? (unsigned char)s.t[k] : ' ';
            if (k - i < UINT16_MAX && !is_digit(after) && after != '.' && after != '\'' &&
                after != '`' && after != '&' && after != '-' && after != '/' &&
                !may_split_plain(s.t + i, k - i)) {
                /* a word of letters only: its first byte is its first letter */
                token *tk = plain_next(&o);
                uint32_t up = (uint32_t)cases, lo = (uint32_t)(cases >> 32);
                o.u[k - i] = '\0';
                *tk = (token){.start = start + (uint32_t)i, .end = start + (uint32_t)k,
                              .upper = o.u, .len = (uint16_t)(k - i), .kind = TOK_WORD};
                tk->flags = (uint8_t)((ascii_cases[b] == 1) * TOKF_CAPITALIZED |
                                      (up >= 2 && lo == 0) * TOKF_ALLCAPS);
                plain_take(&o, tk);
                i = k;
                continue;
            }
        }
        if (cc_is_alnum(cls)) {
            bool apos;
            size_t we = word_end(&s, i, &apos);
            if (we == i)
                we = i + 1;
            if (we < s.len && s.t[we] == '.' &&
                (abbreviation_period(&s, i, we) ||
                 (is_digit(b) && we - i <= 2 && (i == 0 || s.t[i - 1] == '\n') &&
                  (we + 1 == s.len || space_byte((unsigned char)s.t[we + 1])))))
                return false; /* the word keeps its period */
            if (we < s.len && (s.t[we] == '\'' || s.t[we] == '`'))
                return false; /* "years'", or a quote closing */
            pretok q = {.start = (uint32_t)i, .end = (uint32_t)we};
            if (apos || may_split_plain(s.t + i, we - i))
                find_clitics(&s, &q, apos);
            uint32_t bounds[4] = {q.start, 0, 0, 0}, nb = 1;
            for (int c = 0; c < 2; c++)
                if (q.cut[c])
                    bounds[nb++] = q.cut[c];
            bounds[nb] = q.end;
            for (uint32_t j = 0; j < nb; j++)
                plain_word(text, start + bounds[j], start + bounds[j + 1], (int)j, start + bounds[0],
                           start + bounds[1], &o);
            i = we;
            continue;
        }
        if (b == '\'' || b == '`')
            return false;
        size_t e = i + 1, emo;
        if (cls == CC_PERIOD || cls == CC_TERM) { /* runs: "...", "?!" */
            while (e < s.len && (text_ascii_class[(unsigned char)s.t[e]] == CC_PERIOD ||
                                 text_ascii_class[(unsigned char)s.t[e]] == CC_TERM))
                e++;
        } else if ((b == ':' || b == ';' || b == '=') &&
                   (emo = emoticon_end(&s, e, chunk_end(&s, i))) != 0) {
            e = emo;
        } else if (b != '"' && cls != CC_OPEN && cls != CC_CLOSE && b != ',' && b != ';' &&
                   b != ':') {
            while (e < s.len && (unsigned char)s.t[e] == b) /* runs of one symbol: "--" */
                e++;
        }
        plain_word(text, start + (uint32_t)i, start + (uint32_t)e, 0, 0, 0, &o);
        i = e;
    }
    *n = o.n;
    *out = o.n ? o.t : NULL;
    return true;
}

size_t ud_text_tokens(arena *a, const char *text, uint32_t start, uint32_t end, int mode, token **out)
{
    if (mode == UD_TOKENS_TABARI) /* one scan of the bytes (ud_tokenize_tabari.c) */
        return ud_tabari_scan(a, text, start, end, out);
    size_t n;
    if (text && plain_tokens(a, text, start, end, &n, out))
        return n;
    ud_sentence s;
    ud_span_sentence(a, text, start, end, &s);
    *out = NULL;
    return s.n ? ud_sentence_tokens(a, text, &s, mode, out) : 0;
}
