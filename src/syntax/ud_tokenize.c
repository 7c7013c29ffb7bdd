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

#include "base/xalloc.h"
#include "text/text_internal.h"

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

static const split_word plain_splits[] = {
    {"gonna", 3},   {"wanna", 3},    {"gotta", 3},    {"cannot", 3},   {"dont", 2},
    {"wont", 2},    {"didnt", 3},    {"cant", 2},     {"doesnt", 4},   {"couldnt", 5},
    {"wouldnt", 5}, {"shouldnt", 6}, {"isnt", 2},     {"wasnt", 3},    {"arent", 3},
    {"werent", 4},  {"havent", 4},   {"hasnt", 3},    {"hadnt", 3},    {"aint", 2},
    {"im", 1},      {"ive", 1},      {"youre", 3},    {"youll", 3},    {"thats", 4},
    {"whats", 4},   {"theres", 5},   {NULL, 0}};

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

/* Sets the cut points of a word that UD splits into several (clitics, contractions). */
static void find_clitics(const scanner *s, pretok *p)
{
    const char *t = s->t;
    size_t st = p->start, en = p->end, n = en - st;
    for (const split_word *sw = plain_splits; sw->word; sw++)
        if (eq_ci(t + st, n, sw->word)) {
            p->cut[0] = (uint32_t)(st + sw->cut);
            return;
        }
    /* find the last apostrophe: the clitic follows it */
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

/* Scans a URL or e-mail address starting at i within the chunk [i, ce); returns its end
 * or 0 when there is none. */
static size_t scan_url(scanner *s, size_t i, size_t ce, bool has_at)
{
    const char *t = s->t + i;
    size_t n = ce - i;
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
 * its end. */
static size_t scan_word(const scanner *s, size_t i, size_t ce)
{
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
    if ((after == CC_DQUOTE || after == CC_APOS || (after == CC_CLOSE && byte_at(s, dot + 1) >= 0x80)) &&
        !memchr(w, '.', n))
        return 0;
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
    /* emoticons: ":)", ";-)", "=)", ":D" before a space or the end of the chunk */
    if ((b == ':' || b == ';' || b == '=') && e < ce) {
        size_t k = e;
        if (byte_at(s, k) == '-')
            k++;
        unsigned char m = byte_at(s, k);
        if ((m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p' || m == '/') &&
            (k + 1 >= ce || !cc_is_alnum(cls_at(s, k + 1)))) {
            push(s, i, k + 1, PT_PUNCT, 0);
            return;
        }
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
            size_t we = scan_word(s, i + 1, ce);
            push(s, i, we, PT_WORD, 0);
            i = we;
            continue;
        }
        if (cc_is_alnum(cls) || cls == CC_MARK) {
            size_t we = scan_word(s, i, ce);
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
                find_clitics(s, p);
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
            size_t ls = line_start(s, p->start);
            unsigned char last = (unsigned char)s->t[p->end - 1];
            int ncls = cls_at(s, next->start);
            if (p->end - ls <= 60 && last != ',' && last != '-' && last != ':' &&
                (ncls == CC_UPPER || ncls == CC_DIGIT || (next->flags & PF_OPENER)))
                brk[k] = 1;
        }
    }
}

static char *copy_form(arena *a, const char *t, uint32_t s, uint32_t e)
{
    return arena_strndup(a, t + s, e - s);
}

size_t ud_tokenize(arena *a, const char *text, size_t len, ud_sentence **out)
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
                mt->form = copy_form(a, text, p->start, p->end);
                mt->start = p->start;
                mt->end = p->end;
                mt->space_after = p->space_after;
            }
            for (uint32_t b = 0; b < nb; b++) {
                ud_word *wd = &st->words[w++];
                memset(wd, 0, sizeof *wd);
                wd->start = bounds[b];
                wd->end = bounds[b + 1];
                wd->form = copy_form(a, text, wd->start, wd->end);
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
                wd->form = copy_form(a, text, end, end + 1);
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
