/* words.c: the document layer's tokens (the UD tokenizer's words), and the cue words it
 * classifies (see words.h). The word lists of status.c, attribution.c and dates.c live here, so that
 * one hash lookup per token tells every module what the token is. */
#include "doc/words.h"

#include "syntax/ud_tokenize.h"

#include <pthread.h>

/* ---- the word lists ------------------------------------------------------------------ */

/* status.c: what opens a complement clause; what else ends a clause; what starts a new
 * subject after "and" / "or". */
static const char *const COMPLEMENTIZERS[] = {"THAT", "WHETHER", "IF", NULL};
static const char *const HARD_BOUNDARIES[] = {
    ",", ";", ":", "\"", "(", ")", "WHICH", "WHO", "WHOM", "WHOSE", "BUT", "BECAUSE",
    "ALTHOUGH", "THOUGH", "WHILE", "WHEREAS", "UNLESS", "WHEN",
    /* subordinators that are also prepositions: a cue before them governs a verb before
       them ("refused to attend the talks after Russia criticised Israel") */
    "AFTER", "BEFORE", "UNTIL", "SINCE", "AS", NULL};
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
    "WILLING",  "EAGER",   "KEEN",
    "SET",      "INTENDS", "INTEND",   "INTENDED", "DUE",   "AIMS",     "HOPES",
    "SCHEDULED", "SLATED",
    /* "are to resume talks", "was to recognize": scheduled */
    "IS",       "ARE",     "WAS",      "WERE",     NULL};
static const char *const NEG[] = {"NOT", "NEVER", "NO",     "NEITHER", "NOR",
                                  "CANNOT", "DENIED", "DENIES", "DENY", NULL};
static const char *const NEG_TO[] = {"FAILED", "FAILS", "REFUSED", "REFUSES", "DECLINED",
                                     "DECLINES", "UNABLE", NULL};

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
    "PREDICTED", "WROTE",     "ESTIMATED", "REVEALED",  "DECLARED",  "INDICATED",
    "FOUND",     "FINDS",     NULL}; /* ("a UN report found that ...": a finding reports) */
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
/* attribution.c: the first words of "according to X", "it was reported", "reportedly". */
static const char *const ATTR_CUES[] = {"ACCORDING", "IT", "THERE", "REPORTEDLY", NULL};
/* attribution.c: unnamed media as claimants. */
static const char *const MEDIA_WORDS[] = {"MEDIA",     "REPORTS", "REPORT",  "NEWSPAPERS",
                                          "NEWSPAPER", "PRESS",   "OUTLETS", NULL};

/* dates.c: what separates a verb from a date expression after it. */
static const char *const DATE_BOUNDARIES[] = {"THAT",  "WHICH", "WHO",   "WHEN",    "AFTER",
                                              "BEFORE", "WHILE", "WHERE", "BECAUSE", ";", NULL};
/* dates.c: the words other than months, weekdays and counts that open a date. */
static const char *const DATE_WORDS[] = {"YESTERDAY", "TODAY", "TOMORROW", "LAST", "NEXT",
                                         "THIS",      "OVERNIGHT", "WEEKEND", "PAST", "EARLIER", "LATER",
                                         "END",       "BEGINNING", "START",   "MIDDLE", NULL};
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

/* ---- the table: open addressing, built once ------------------------------------------ */

/* Filled by vocab_build() under pthread_once on first use, read-only afterwards: every
 * thread may look words up at once. */

#define VOCAB_SLOTS 1024

typedef struct vocab_slot {
    const char *s;
    uint16_t n;
    uint32_t tag;
} vocab_slot;

static vocab_slot vocab[VOCAB_SLOTS];
static uint64_t vocab_used[VOCAB_SLOTS / 64]; /* occupied slots: stays in the cache */
static size_t vocab_longest;
/* The shapes (shape_of) of the words: a token whose shape no word has is none of them,
 * known without hashing it (most tokens) */
static uint64_t vocab_shapes[4096 / 64];
static pthread_once_t vocab_once = PTHREAD_ONCE_INIT;

/* A word's shape: its first and last bytes and its length, mixed into 12 bits. */
static inline size_t shape_of(const char *w, size_t n)
{
    return ((size_t)(unsigned char)w[0] * 61 + (size_t)(unsigned char)w[n - 1] * 7 + n) & 4095;
}

/* The hash of a word: a rotate-and-xor over its bytes, cheap enough for the tokenizer to
 * keep as it copies them; the slot mixes it once. */
static inline uint32_t hash_step(uint32_t h, unsigned char c)
{
    return ((h << 5) | (h >> 27)) ^ c;
}

static inline size_t slot_of(uint32_t h)
{
    return (size_t)((h * 0x9E3779B1u) >> 22) & (VOCAB_SLOTS - 1);
}

static uint32_t hash_word(const char *w, size_t n)
{
    uint32_t h = 0;
    for (size_t i = 0; i < n; i++)
        h = hash_step(h, (unsigned char)w[i]);
    return h;
}

static void vocab_add(const char *w, uint32_t cls, unsigned value)
{
    size_t n = strlen(w);
    size_t at = slot_of(hash_word(w, n));
    while (vocab[at].s && !(vocab[at].n == n && memcmp(vocab[at].s, w, n) == 0))
        at = (at + 1) & (VOCAB_SLOTS - 1);
    vocab_slot *v = &vocab[at];
    vocab_used[at / 64] |= 1ull << (at % 64);
    v->s = w;
    v->n = (uint16_t)n;
    v->tag |= cls;
    if (value && !(v->tag >> 24))
        v->tag |= (uint32_t)value << 24;
    if (n > vocab_longest)
        vocab_longest = n;
    if (n) {
        size_t sh = shape_of(w, n);
        vocab_shapes[sh / 64] |= 1ull << (sh % 64);
    }
}

/* values: the value of each word, or NULL; by_index: a word's value is its index. */
static void vocab_add_list(const char *const *list, uint32_t cls, const uint8_t *values,
                           bool by_index)
{
    for (size_t i = 0; list[i]; i++)
        vocab_add(list[i], cls, values ? values[i] : by_index ? (unsigned)i : 0);
}

static void vocab_build(void)
{
    vocab_add_list(COMPLEMENTIZERS, WC_COMPLEMENTIZER, NULL, false);
    vocab_add_list(HARD_BOUNDARIES, WC_HARD_BOUNDARY, NULL, false);
    vocab_add_list(DETERMINERS, WC_DETERMINER, NULL, false);
    vocab_add_list(HYPO, WC_HYPO, NULL, false);
    vocab_add_list(HYPO_TO, WC_HYPO_TO, NULL, false);
    vocab_add_list(NEG, WC_NEG, NULL, false);
    vocab_add_list(NEG_TO, WC_NEG_TO, NULL, false);
    vocab_add_list(SPEECH, WC_SPEECH, NULL, false);
    vocab_add_list(SPEECH_THAT, WC_SPEECH_THAT, NULL, false);
    vocab_add_list(OPENERS, WC_OPENER, NULL, false);
    vocab_add_list(VERB_PREFIX, WC_VERB_PREFIX, NULL, false);
    vocab_add_list(MEDIA_WORDS, WC_MEDIA, NULL, false);
    vocab_add_list(DATE_BOUNDARIES, WC_DATE_BOUNDARY, NULL, false);
    vocab_add_list(MONTHS, WC_MONTH, MONTH_NUMBERS, false);
    /* weekday 0 (Monday) has value 0: the class bit tells it from "no value" */
    vocab_add_list(WEEKDAYS, WC_WEEKDAY, NULL, true);
    vocab_add_list(COUNTS, WC_COUNT, COUNT_VALUES, false);
    vocab_add_list(DATE_WORDS, WC_DATE_WORD, NULL, false);
    vocab_add_list(ATTR_CUES, WC_ATTR_CUE, NULL, false);
}

static inline uint32_t lookup(const char *upper, size_t len, uint32_t h)
{
    if (len > vocab_longest)
        return 0;
    size_t at = slot_of(h);
    if (!(vocab_used[at / 64] & (1ull << (at % 64))))
        return 0; /* most words: an empty slot */
    for (; vocab[at].s; at = (at + 1) & (VOCAB_SLOTS - 1)) {
        if (vocab[at].n != len)
            continue;
        size_t i = 0;
        while (i < len && vocab[at].s[i] == upper[i])
            i++;
        if (i == len)
            return vocab[at].tag;
    }
    return 0;
}

uint32_t words_classify(const char *upper, size_t len)
{
    pthread_once(&vocab_once, vocab_build);
    return lookup(upper, len, hash_word(upper, len));
}

/* ---- the document layer's tokens: the UD tokenizer's words ------------------------- */

/* Gives each of t[0..n) its word classes; returns n. */
static size_t classify_tokens(token *t, size_t n)
{
    pthread_once(&vocab_once, vocab_build);
    for (size_t i = 0; i < n; i++) {
        size_t len = t[i].len, sh = len ? shape_of(t[i].upper, len) : 0;
        if (len > vocab_longest || (len && !(vocab_shapes[sh / 64] & (1ull << (sh % 64)))))
            t[i].tag = 0;
        else
            t[i].tag = lookup(t[i].upper, len, hash_word(t[i].upper, len));
    }
    return n;
}

size_t words_tokenize(arena *a, const char *text, uint32_t start, uint32_t end, token **out)
{
    size_t n = ud_text_tokens(a, text, start, end, UD_TOKENS, out);
    return classify_tokens(*out, n);
}

size_t words_from_ud(arena *a, const char *text, const ud_sentence *s, token **out)
{
    size_t n = ud_sentence_tokens(a, text, s, UD_TOKENS, out);
    return classify_tokens(*out, n);
}
