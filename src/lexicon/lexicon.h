/* lexicon.h: the dictionaries as the coder sees them (actors, agents, nouns, adjectives,
 * verbs with their patterns, synonym sets), whatever file format they came from.
 *
 * Contract:
 *  - A lexicon is built by loaders (tabari_reader.h and others) with the lex_add_* calls,
 *    then frozen once with lex_freeze(). After that it is immutable: any number of threads
 *    may read and match against it at the same time, with no locking.
 *  - All strings and arrays live in the lexicon's own arena and die with lex_free().
 *  - Phrases are sequences of upper-case words. Each word is either a stem (matches any
 *    word it is a prefix of) or exact (written with a trailing '_' or '='), and is either
 *    free to float after the previous word or bound to follow it immediately ('_' or '~'
 *    between them). Exact final words of actors/agents/nouns also accept the regular
 *    endings S and 'S; exact verb forms accept S, ED, ES, EN, ING; '=' turns endings off.
 *  - Every entry remembers where it came from ("file:line") for explanations and errors.
 */
#ifndef SITREP_LEXICON_LEXICON_H
#define SITREP_LEXICON_LEXICON_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lexicon lexicon;

/* ---- phrases ------------------------------------------------------------------------ */

enum lex_word_flags {
    LWF_EXACT = 1 << 0,     /* whole word must match (trailing '_' or '=') */
    LWF_NOENDINGS = 1 << 1, /* '=': no regular endings either */
    LWF_ADJACENT = 1 << 2,  /* must immediately follow the previous element */
    LWF_PLURAL = 1 << 3,    /* whole word or its regular plural (PETRARCH patterns) */
    LWF_REGULAR = 1 << 4,   /* with LWF_EXACT on a verb: only the regular English forms
                               (-S, -ES after S X Z H O, -ED, -D after E, -ING) */
    LWF_CAPITAL = 1 << 5,   /* '^' before a word: only as the text capitalises it
                               ("^LABOUR_": the party, not "labour"; "THE_^US_") */
};

typedef struct lex_word {
    const char *text;
    uint16_t len;
    uint8_t flags;
} lex_word;

/* ---- noun-like entries: actors, agents, nouns, adjectives --------------------------- */

enum lex_entry_kind { LEX_ACTOR = 0, LEX_AGENT, LEX_NOUN, LEX_ADJECTIVE, LEX_KIND_COUNT };

/* One code of an actor, valid between two dates (YYYYMMDD, inclusive). */
typedef struct lex_code {
    const char *code; /* "ARN", "GME/GMW" (coded compound), "---" null, "###" discard,
                         "+++" complex; for agents "~GOV" or "NGM~" */
    int32_t from, to; /* 0 and 99999999 when open */
} lex_code;

typedef struct lex_entry {
    uint8_t kind; /* enum lex_entry_kind */
    uint8_t nwords;
    uint16_t ncodes;
    uint16_t score; /* letters and digits in the phrase: longer phrases are tried first */
    const lex_word *words;
    const lex_code *codes;
    const char *origin; /* "file:line" */
} lex_entry;

/* ---- verbs and patterns ------------------------------------------------------------ */

enum pat_elem_kind {
    PE_WORD = 0, /* a literal word */
    PE_VERB,     /* '*': the verb itself */
    PE_SOURCE,   /* '$' */
    PE_TARGET,   /* '+' */
    PE_COMPOUND, /* '%': a compound actor, both source and target */
    PE_SKIP,     /* '^': an actor that is passed over */
    PE_CHOICE,   /* '{ a | b }' alternatives, or '&SET' synonym set */
};

typedef struct pat_seq pat_seq;

typedef struct pat_elem {
    uint8_t kind;
    uint8_t adjacent; /* must immediately follow the previous element */
    lex_word word;    /* PE_WORD */
    const pat_seq *options; /* PE_CHOICE: the alternatives */
    uint16_t noptions;
    const char *set_name;   /* PE_CHOICE from a synonym set: "&TIETYPES" */
} pat_elem;

struct pat_seq {
    const pat_elem *elems;
    uint16_t n;
    uint16_t score;
    uint8_t resolved; /* lex_freeze: 1 while its choices are being resolved, 2 once done */
};

/* Code flags parsed off the event code text. */
enum lex_code_flags {
    LCF_NULL = 1 << 0,        /* [---]: matched, but codes nothing */
    LCF_DISCARD = 1 << 1,     /* [###] */
    LCF_COMPLEX = 1 << 2,     /* [+++] */
    LCF_SUBORDINATE = 1 << 3, /* "023?": only if nothing else is coded */
    LCF_DOMINANT = 1 << 4,    /* "111!" */
    LCF_PAIRED = 1 << 5,      /* "032:033" */
};

typedef struct lex_event_code {
    const char *code;   /* "064" (without ? or !), NULL for special codes */
    const char *paired; /* second code of a pair, else NULL */
    uint8_t flags;      /* enum lex_code_flags */
} lex_event_code;

/* Bits of a 1024-bit filter: a pattern can only match a sentence in which each of its
 * required words occurs as a prefix of some word (see lex_prefix_bit). */
#define LEX_FILTER_BITS 1024
#define LEX_MAX_REQUIRED 4

typedef struct lex_pattern {
    pat_seq seq;        /* the whole pattern, including one PE_VERB */
    uint16_t required[LEX_MAX_REQUIRED]; /* filter bits of words every match needs */
    uint8_t nrequired;
    uint16_t verb_at;   /* index of the PE_VERB element in seq */
    lex_event_code code;
    const char *text;   /* the pattern as written, for explanations */
    const char *origin;
} lex_pattern;

typedef struct lex_verb {
    const lex_word *words; /* the root: usually one word; "BURNED DOWN" has two */
    uint8_t nwords;
    uint16_t score;
    lex_event_code code;   /* the root's own code */
    const lex_pattern *patterns; /* longest first */
    uint16_t npatterns;
    uint16_t group;        /* forms that share one pattern list share one group id */
    const char *origin;
} lex_verb;

/* ---- building ---------------------------------------------------------------------- */

lexicon *lex_new(void);
void lex_free(lexicon *lx);

/* Parses a phrase as written in a dictionary ("AMNESTY_INTERNATIONAL", "AL GORE",
 * "PESO_$"); hyphens become '_'. Returns false with err filled on bad syntax. */
bool lex_parse_phrase(lexicon *lx, const char *text, size_t len, lex_word **words,
                      uint8_t *nwords, sitrep_error *err);

/* Parses an event code text ("064", "032:033", "023?", "111!", "---", "###", "+++"). */
bool lex_parse_event_code(lexicon *lx, const char *text, size_t len, lex_event_code *out,
                          sitrep_error *err);

/* Adds a noun-like entry; codes are copied. Duplicate phrases are kept (first wins at
 * match time) and counted in lex_stats. */
void lex_add_entry(lexicon *lx, uint8_t kind, lex_word *words, uint8_t nwords,
                   const lex_code *codes, size_t ncodes, const char *origin);

/* Declares a synonym set "&NAME" without members yet, so that patterns and other sets
 * may name it before its definition (members are added by lex_add_synset_member). */
void lex_declare_synset(lexicon *lx, const char *name);
/* Declares a synonym set "&NAME" and adds one member (a pattern fragment). */
bool lex_add_synset_member(lexicon *lx, const char *name, const char *member, size_t len,
                           const char *origin, sitrep_error *err);

/* Starts a verb group: the root form and its own code. Returns the group id. */
uint16_t lex_begin_verb(lexicon *lx, lex_word *words, uint8_t nwords,
                        const lex_event_code *code, const char *origin);
/* Adds an extra form (irregular form) to the current group. */
void lex_add_verb_form(lexicon *lx, lex_word *words, uint8_t nwords, const char *origin);
/* The same with a code of its own: PETRARCH verb blocks share one pattern list among
 * verbs that may each carry their own isolated-verb code. */
void lex_add_verb_form_coded(lexicon *lx, lex_word *words, uint8_t nwords,
                             const lex_event_code *code, const char *origin);
/* Adds a pattern ("- * TO + [073]" without the leading '-' and the code) to the current
 * group. Fails when the pattern has no or two '*', or an unbalanced '{ | }'. */
bool lex_add_pattern(lexicon *lx, const char *text, size_t len, const lex_event_code *code,
                     const char *origin, sitrep_error *err);
/* The same, with `word_flags` (LWF_*) added to every literal word of the pattern. */
bool lex_add_pattern_flags(lexicon *lx, const char *text, size_t len,
                           const lex_event_code *code, uint8_t word_flags, const char *origin,
                           sitrep_error *err);
bool lex_has_current_verb(const lexicon *lx);

/* Negation: the event code a negated verb takes instead of `code` (from a code ontology
 * such as PETRARCH's; see pico_reader.h). Both strings are interned. A code without a
 * negation may be declared with `negated` NULL: a negated verb then codes no event. */
void lex_add_negation(lexicon *lx, const char *code, const char *negated);

/* Interns a string in the lexicon's arena. */
const char *lex_intern(lexicon *lx, const char *s, size_t len);

/* Sorts entries and patterns, builds the match indexes. No lex_add_* afterwards. */
void lex_freeze(lexicon *lx);

/* ---- reading (frozen lexicon only) --------------------------------------------------- */

typedef struct lex_stats {
    size_t entries[LEX_KIND_COUNT];
    size_t verbs, patterns, synsets;
    size_t duplicates;
} lex_stats;

lex_stats lex_get_stats(const lexicon *lx);

/* A word as the matcher sees it: its upper-case text. */
typedef struct lex_text_word {
    const char *s;
    uint16_t len;
} lex_text_word;

/* Does dictionary word `w` match text word `t`? `endings` selects the regular endings
 * allowed for an exact final word: 0 none, 1 noun endings, 2 verb endings. */
bool lex_word_matches(const lex_word *w, const char *t, size_t tlen, int endings);

/* Calls fn for every noun-like entry whose phrase matches the words starting at `at`,
 * longest first; fn returns true to stop. `pos` holds the text position of each of the
 * entry's words (gaps may lie between them); `score` is the number of characters the
 * match covers (dictionary letters, plus any regular ending), the measure by which
 * competing roots are ranked. */
typedef bool (*lex_entry_fn)(const lex_entry *e, const uint16_t *pos, unsigned score,
                             void *ctx);
void lex_match_entries(const lexicon *lx, const lex_text_word *words, size_t nwords,
                       size_t at, const bool *barrier, lex_entry_fn fn, void *ctx);

/* Calls fn for every verb form matching at `at`, longest first (as lex_match_entries). */
typedef bool (*lex_verb_fn)(const lex_verb *v, const uint16_t *pos, unsigned score,
                            void *ctx);
void lex_match_verbs(const lexicon *lx, const lex_text_word *words, size_t nwords, size_t at,
                     const bool *barrier, lex_verb_fn fn, void *ctx);

/* All patterns of a verb's group, longest first. */
const lex_pattern *lex_verb_patterns(const lex_verb *v, size_t *n);

/* The filter bit of a word (or word prefix) of `len` bytes: FNV-1a of its text. */
static inline uint16_t lex_prefix_bit(uint64_t fnv_hash)
{
    return (uint16_t)((fnv_hash ^ (fnv_hash >> 29)) & (LEX_FILTER_BITS - 1));
}

/* Reports every noun-like entry whose phrase repeats an earlier entry's (same kind, same
 * words), by the two entries' "file:line" origins: `conflict` is true when their codes
 * differ (only the first is ever used). Verb forms likewise: a form repeated under another
 * verb is a conflict (the later verb's patterns are never reached from it), one repeated
 * within its own verb's list a repeat. Returns how many there are. */
typedef void (*lex_duplicate_fn)(const char *first_origin, const char *again_origin,
                                 bool conflict, void *ctx);
size_t lex_find_duplicates(const lexicon *lx, lex_duplicate_fn fn, void *ctx);

/* Has the lexicon a negation table (lex_add_negation)? Without one, negation leaves
 * event codes as they are. */
bool lex_has_negations(const lexicon *lx);
/* The code a negated verb with event code `code` takes: its entry in the table, else (for
 * a three-digit code up to 200) the entry of its root (first two digits + "0"), else
 * `code` itself. NULL when the entry says the negation has no code: the negated verb
 * then codes no event. */
const char *lex_negated_code(const lexicon *lx, const char *code);

/* The length of the longest option of a { | } element (for pattern ranking). */
uint16_t lex_choice_max(const pat_elem *e);

/* Picks the code of an actor entry valid on `date` (YYYYMMDD): the first restricted code
 * whose range holds the date, else the unrestricted (default) code. An unknown date (0)
 * counts as earlier than every date, as TABARI counts it, so "<YYMMDD" codes apply to it.
 * Returns NULL when none applies (treated as null). */
const lex_code *lex_entry_code_on(const lex_entry *e, int32_t date);

/* The phrase of a state's own name: the words of the first actor entry whose only code is
 * exactly `code` ("MEX": "MEXICO"), joined by spaces into out (cap bytes, NUL-terminated).
 * False when no entry names it or the phrase does not fit. */
bool lex_state_phrase(const lexicon *lx, const char *code, char *out, size_t cap);

#endif
