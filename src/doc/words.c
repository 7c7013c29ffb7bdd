/* words.c: the light tokenizer of the document layer, and the cue words it classifies
 * (see words.h). The word lists of status.c, attribution.c and dates.c live here, so that
 * one hash lookup per token tells every module what the token is. */
#include "doc/words.h"

#include <pthread.h>

/* ---- the word lists ------------------------------------------------------------------ */

/* status.c: what opens a complement clause; what else ends a clause; what starts a new
 * subject after "and" / "or". */
static const char *const COMPLEMENTIZERS[] = {"THAT", "WHETHER", "IF", NULL};
static const char *const HARD_BOUNDARIES[] = {
    ",", ";", ":", "\"", "(", ")", "WHICH", "WHO", "WHOM", "WHOSE", "BUT", "BECAUSE",
    "ALTHOUGH", "THOUGH", "WHILE", "WHEREAS", "UNLESS", "WHEN", NULL};
static const char *const DETERMINERS[] = {"THE", "A",    "AN", "ITS", "THEIR", "HIS", "HER",
                                          "IT",  "THEY", "HE", "SHE", "WE",    "I",   "BOTH",
                                          NULL};
/* status.c: hypothetical and negation cues (the _TO ones only before "to"). */
static const char *const HYPO[] = {
    "MAY",      "MIGHT",     "COULD",      "WOULD",       "SHOULD", "MUST",    "CAN",
    "LIKELY",   "UNLIKELY",  "POSSIBLE",   "POSSIBLY",    "PROBABLY", "PERHAPS", "ALLEGEDLY",
    "SUPPOSEDLY", "PURPORTEDLY", "MAYBE",  "IF",          "WHETHER", "UNLESS",  NULL};
static const char *const HYPO_TO[] = {
    "EXPECTED", "EXPECTS", "PLANS",    "PLAN",   "PLANNED", "PLANNING", "READY", "PREPARED",
    "SET",      "INTENDS", "INTEND",   "INTENDED", "DUE",   "AIMS",     "HOPES", NULL};
static const char *const NEG[] = {"NOT", "NEVER", "NO",     "NEITHER", "NOR",
                                  "CANNOT", "DENIED", "DENIES", "DENY", NULL};
static const char *const NEG_TO[] = {"FAILED", "FAILS", "REFUSED", "REFUSES", "DECLINED",
                                     "DECLINES", NULL};

/* attribution.c: speech verbs that attribute what follows them. */
static const char *const SPEECH[] = {
    "SAID",      "SAY",       "SAYS",       "SAYING",     "TOLD",       "TELLS",
    "NOTED",     "NOTES",     "CLAIMED",    "CLAIMS",     "STRESSED",   "STRESSES",
    "EMPHASIZED", "EMPHASISED", "EMPHASIZES", "EMPHASISES", "ADDED",    "ADDS",
    "BELIEVES",  "BELIEVED",  "BELIEVE",    "THINKS",     "STATED",     "INSISTED",
    "INSISTS",   "ARGUED",    "ARGUES",     "ASSERTED",   "ALLEGED",    "ALLEGES",
    "OBSERVED",  "OBSERVE",   "UNDERLINED", "REITERATED", "MAINTAINED", "CONTENDED",
    "STRESS",    "NOTE",      "CLAIM",      NULL};
/* attribution.c: verbs that attribute only when "that" (or a quotation) follows. */
static const char *const SPEECH_THAT[] = {
    "ANNOUNCED", "ANNOUNCES", "WARNED",    "WARNS",     "CONFIRMED", "CONFIRMS",  "REPORTED",
    "REPORTS",   "DENIED",    "DENIES",    "ADMITTED",  "ACKNOWLEDGED", "SUGGESTED", "EXPLAINED",
    "PREDICTED", "WROTE",     "ESTIMATED", "REVEALED",  "DECLARED",  "INDICATED", NULL};
/* attribution.c: words that open an adverbial, not a subject. */
static const char *const OPENERS[] = {
    "IN",        "ON",        "AT",          "BACK",     "LATER",     "SUBSEQUENTLY", "BUT",
    "AND",       "HOWEVER",   "MEANWHILE",   "AS",       "AFTER",     "BEFORE",       "DURING",
    "EARLIER",   "THEN",      "ALSO",        "YESTERDAY", "TODAY",    "LAST",         "SINCE",
    "FOR",       "SO",        "THUS",        "FURTHERMORE", "MOREOVER", "OF",         "SEPARATELY",
    "INSTEAD",   "NOW",       "FINALLY",     "SPEAKING", "ASKED",     "THIS",         "BY",
    "UNDER",     "WITH",      "AMID",        "FOLLOWING", "STILL",    "NEVERTHELESS", "INDEED",
    "ACCORDING", NULL};
/* attribution.c: words between a subject and its verb that are not part of the subject. */
static const char *const VERB_PREFIX[] = {
    "DID",      "DOES",       "DO",         "HAS",  "HAVE",   "HAD",       "NOT",
    "ALSO",     "ALREADY",    "REPEATEDLY", "PREVIOUSLY", "IS", "WAS",     "ARE",
    "WERE",     "RECENTLY",   "LATER",      "FURTHER", "THEN", "REPORTEDLY", "OFTEN",
    "ONCE",     "FIRST",      NULL};
/* attribution.c: unnamed media as claimants. */
static const char *const MEDIA_WORDS[] = {"MEDIA",     "REPORTS", "REPORT",  "NEWSPAPERS",
                                          "NEWSPAPER", "PRESS",   "OUTLETS", NULL};

/* dates.c: what separates a verb from a date expression after it. */
static const char *const DATE_BOUNDARIES[] = {"THAT",  "WHICH", "WHO",   "WHEN",    "AFTER",
                                              "BEFORE", "WHILE", "WHERE", "BECAUSE", ";", NULL};
/* dates.c: month names (full, or a common abbreviation) and their numbers. */
static const char *const MONTHS[] = {
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY",  "JUNE", "JULY", "AUGUST", "SEPTEMBER",
    "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "MAR.", "APR.", "JUL.", "AUG.",
    "SEPT.",   "OCT.",     "NOV.",     "DEC.", "SEP.", NULL};
static const uint8_t MONTH_NUMBERS[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                        1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 9};
/* dates.c: weekdays, 0 = Monday; and the words that count ("a week ago"). */
static const char *const WEEKDAYS[] = {"MONDAY", "TUESDAY",  "WEDNESDAY", "THURSDAY",
                                       "FRIDAY", "SATURDAY", "SUNDAY",    NULL};
static const char *const COUNTS[] = {"A",    "ONE",   "TWO",   "THREE",  "FOUR",
                                     "FIVE", "SIX",   "SEVEN", "EIGHT",  "NINE",
                                     "TEN",  "ELEVEN", "TWELVE", NULL};
static const uint8_t COUNT_VALUES[] = {1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

/* ---- the table: open addressing over FNV-1a, built once ------------------------------- */

#define VOCAB_SLOTS 1024
#define FNV_SEED 2166136261u
#define FNV_PRIME 16777619u

typedef struct vocab_slot {
    const char *s;
    uint16_t n;
    uint32_t tag;
} vocab_slot;

static vocab_slot vocab[VOCAB_SLOTS];
static size_t vocab_longest;
static pthread_once_t vocab_once = PTHREAD_ONCE_INIT;

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = FNV_SEED;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
    return h;
}

static void vocab_add(const char *w, uint32_t cls, unsigned value)
{
    size_t n = strlen(w);
    size_t at = hash_bytes(w, n) & (VOCAB_SLOTS - 1);
    while (vocab[at].s && !(vocab[at].n == n && memcmp(vocab[at].s, w, n) == 0))
        at = (at + 1) & (VOCAB_SLOTS - 1);
    vocab_slot *v = &vocab[at];
    v->s = w;
    v->n = (uint16_t)n;
    v->tag |= cls;
    if (value && !(v->tag >> 24))
        v->tag |= (uint32_t)value << 24;
    if (n > vocab_longest)
        vocab_longest = n;
}

static void vocab_add_list(const char *const *list, uint32_t cls, const uint8_t *values,
                           int index_base)
{
    for (size_t i = 0; list[i]; i++)
        vocab_add(list[i], cls, values ? values[i] : index_base >= 0 ? (unsigned)i : 0);
}

static void vocab_build(void)
{
    vocab_add_list(COMPLEMENTIZERS, WC_COMPLEMENTIZER, NULL, -1);
    vocab_add_list(HARD_BOUNDARIES, WC_HARD_BOUNDARY, NULL, -1);
    vocab_add_list(DETERMINERS, WC_DETERMINER, NULL, -1);
    vocab_add_list(HYPO, WC_HYPO, NULL, -1);
    vocab_add_list(HYPO_TO, WC_HYPO_TO, NULL, -1);
    vocab_add_list(NEG, WC_NEG, NULL, -1);
    vocab_add_list(NEG_TO, WC_NEG_TO, NULL, -1);
    vocab_add_list(SPEECH, WC_SPEECH, NULL, -1);
    vocab_add_list(SPEECH_THAT, WC_SPEECH_THAT, NULL, -1);
    vocab_add_list(OPENERS, WC_OPENER, NULL, -1);
    vocab_add_list(VERB_PREFIX, WC_VERB_PREFIX, NULL, -1);
    vocab_add_list(MEDIA_WORDS, WC_MEDIA, NULL, -1);
    vocab_add_list(DATE_BOUNDARIES, WC_DATE_BOUNDARY, NULL, -1);
    vocab_add_list(MONTHS, WC_MONTH, MONTH_NUMBERS, -1);
    /* weekday 0 (Monday) has value 0: the class bit tells it from "no value" */
    vocab_add_list(WEEKDAYS, WC_WEEKDAY, NULL, 0);
    vocab_add_list(COUNTS, WC_COUNT, COUNT_VALUES, -1);
}

static inline uint32_t lookup(const char *upper, size_t len, uint32_t h)
{
    size_t at = h & (VOCAB_SLOTS - 1);
    if (!vocab[at].s || len > vocab_longest)
        return 0; /* most words: an empty slot */
    for (; vocab[at].s; at = (at + 1) & (VOCAB_SLOTS - 1))
        if (vocab[at].n == len && memcmp(vocab[at].s, upper, len) == 0)
            return vocab[at].tag;
    return 0;
}

uint32_t words_classify(const char *upper, size_t len)
{
    pthread_once(&vocab_once, vocab_build);
    return lookup(upper, len, hash_bytes(upper, len));
}

/* ---- the tokenizer ------------------------------------------------------------------- */

/* Byte classes of ASCII: letters and digits are word bytes ("alnum"), as is every byte
 * >= 0x80 (is_alnum). */
enum { B_ALNUM = 1, B_SPACE = 2 };

static const uint8_t BYTE_CLASS[256] = {
    ['\t'] = B_SPACE, ['\n'] = B_SPACE, ['\v'] = B_SPACE, ['\f'] = B_SPACE, ['\r'] = B_SPACE,
    [' '] = B_SPACE,
    ['0'] = B_ALNUM, ['1'] = B_ALNUM, ['2'] = B_ALNUM, ['3'] = B_ALNUM, ['4'] = B_ALNUM,
    ['5'] = B_ALNUM, ['6'] = B_ALNUM, ['7'] = B_ALNUM, ['8'] = B_ALNUM, ['9'] = B_ALNUM,
    ['A'] = B_ALNUM, ['B'] = B_ALNUM, ['C'] = B_ALNUM, ['D'] = B_ALNUM, ['E'] = B_ALNUM,
    ['F'] = B_ALNUM, ['G'] = B_ALNUM, ['H'] = B_ALNUM, ['I'] = B_ALNUM, ['J'] = B_ALNUM,
    ['K'] = B_ALNUM, ['L'] = B_ALNUM, ['M'] = B_ALNUM, ['N'] = B_ALNUM, ['O'] = B_ALNUM,
    ['P'] = B_ALNUM, ['Q'] = B_ALNUM, ['R'] = B_ALNUM, ['S'] = B_ALNUM, ['T'] = B_ALNUM,
    ['U'] = B_ALNUM, ['V'] = B_ALNUM, ['W'] = B_ALNUM, ['X'] = B_ALNUM, ['Y'] = B_ALNUM,
    ['Z'] = B_ALNUM,
    ['a'] = B_ALNUM, ['b'] = B_ALNUM, ['c'] = B_ALNUM, ['d'] = B_ALNUM, ['e'] = B_ALNUM,
    ['f'] = B_ALNUM, ['g'] = B_ALNUM, ['h'] = B_ALNUM, ['i'] = B_ALNUM, ['j'] = B_ALNUM,
    ['k'] = B_ALNUM, ['l'] = B_ALNUM, ['m'] = B_ALNUM, ['n'] = B_ALNUM, ['o'] = B_ALNUM,
    ['p'] = B_ALNUM, ['q'] = B_ALNUM, ['r'] = B_ALNUM, ['s'] = B_ALNUM, ['t'] = B_ALNUM,
    ['u'] = B_ALNUM, ['v'] = B_ALNUM, ['w'] = B_ALNUM, ['x'] = B_ALNUM, ['y'] = B_ALNUM,
    ['z'] = B_ALNUM,
};

/* ASCII upper-casing (other bytes stay as they are). */
#define U4(c) (c), (c) + 1, (c) + 2, (c) + 3
#define U16(c) U4(c), U4((c) + 4), U4((c) + 8), U4((c) + 12)
static const unsigned char UPPER[256] = {
    U16(0x00), U16(0x10), U16(0x20), U16(0x30),
    U16(0x40), U16(0x50),
    0x60, U4('A'), U4('E'), U4('I'), U4('M'), U4('Q'), U4('U'), 'Y', 'Z', 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
    U16(0x80), U16(0x90), U16(0xA0), U16(0xB0), U16(0xC0), U16(0xD0), U16(0xE0), U16(0xF0),
};
#undef U16
#undef U4

static int utf8_special(const unsigned char *p, const unsigned char *end)
{
    /* 1: double quote, 2: apostrophe, 3: dash; else 0 */
    if (end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80) {
        if (p[2] == 0x9C || p[2] == 0x9D)
            return 1;
        if (p[2] == 0x98 || p[2] == 0x99)
            return 2;
        if (p[2] == 0x93 || p[2] == 0x94)
            return 3;
    }
    return 0;
}

static bool is_alnum(unsigned char c)
{
    return c >= 0x80 || (BYTE_CLASS[c] & B_ALNUM);
}

size_t words_tokenize(arena *a, const char *text, uint32_t start, uint32_t end, token **out)
{
    pthread_once(&vocab_once, vocab_build);
    size_t cap = (size_t)(end - start) / 4 + 8, n = 0;
    token *t = arena_alloc(a, cap * sizeof *t);
    char *buf = arena_alloc(a, (size_t)(end - start) * 2 + 2);
    size_t bl = 0;
    const unsigned char *s = (const unsigned char *)text;
    const unsigned char *send = s + end;
    uint32_t i = start;
    while (i < end) {
        unsigned char c = s[i];
        if (BYTE_CLASS[c] & B_SPACE) {
            i++;
            continue;
        }
        int sp = c == 0xE2 ? utf8_special(s + i, send) : 0;
        token *k = &t[n];
        k->start = i;
        k->flags = n == 0 ? TOKF_SENT_START : 0;
        k->upper = buf + bl;
        uint32_t h = FNV_SEED;
        if (sp == 1 || sp == 3 || (!is_alnum(c) && c != '\'' && sp != 2) ||
            ((c == '\'' || sp == 2) && !(i + (sp ? 3u : 1u) < end && is_alnum(s[i + (sp ? 3u : 1u)])))) {
            uint32_t w = sp ? 3 : 1;
            char p = sp == 1 ? '"' : sp == 3 ? '-' : sp == 2 ? '\'' : (char)c;
            buf[bl++] = p;
            h = (h ^ (unsigned char)p) * FNV_PRIME;
            k->kind = TOK_PUNCT;
            i += w;
        } else {
            k->kind = (c >= '0' && c <= '9') ? TOK_NUMBER : TOK_WORD;
            if (c >= 'A' && c <= 'Z')
                k->flags |= TOKF_CAPITALIZED;
            while (i < end) {
                /* the common case first: a run of ASCII letters and digits */
                const unsigned char *p = s + i;
                unsigned char *o = (unsigned char *)buf + bl;
                while (p < send && (BYTE_CLASS[*p] & B_ALNUM)) {
                    unsigned char u = UPPER[*p++];
                    *o++ = u;
                    h = (h ^ u) * FNV_PRIME;
                }
                i = (uint32_t)(p - s);
                bl = (size_t)(o - (unsigned char *)buf);
                if (i >= end)
                    break;
                unsigned char d = s[i];
                int sd = d == 0xE2 ? utf8_special(s + i, send) : 0;
                if (is_alnum(d) && !sd) {
                    buf[bl++] = (char)d;
                    h = (h ^ d) * FNV_PRIME;
                    i++;
                } else if ((d == '-' || d == '\'' || sd == 2 || d == ',' || d == '.') &&
                           i + (sd ? 3u : 1u) < end && is_alnum(s[i + (sd ? 3u : 1u)]) &&
                           (d != ',' || k->kind == TOK_NUMBER)) {
                    unsigned char u = sd == 2 ? '\'' : d;
                    buf[bl++] = (char)u;
                    h = (h ^ u) * FNV_PRIME;
                    i += sd ? 3 : 1;
                } else if (d == '.' && k->kind == TOK_WORD && (k->flags & TOKF_CAPITALIZED) &&
                           buf + bl - k->upper <= 4 && i + 2 < end && s[i + 1] == ' ' &&
                           s[i + 2] >= '0' && s[i + 2] <= '9') {
                    buf[bl++] = '.';
                    h = (h ^ '.') * FNV_PRIME;
                    i++;
                    break;
                } else {
                    break;
                }
            }
        }
        k->end = i;
        k->len = (uint16_t)(buf + bl - k->upper);
        k->tag = lookup(k->upper, k->len, h);
        buf[bl++] = '\0';
        n++;
        if (n == cap) {
            token *g = arena_alloc(a, cap * 2 * sizeof *g);
            memcpy(g, t, n * sizeof *t);
            t = g;
            cap *= 2;
        }
    }
    *out = t;
    return n;
}
