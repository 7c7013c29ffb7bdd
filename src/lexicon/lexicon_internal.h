/* lexicon_internal.h: the lexicon's private layout, shared by the files of this module
 * only (lexicon.c, phrase.c, matcher.c). Nothing outside src/lexicon includes it. */
#ifndef SITREP_LEXICON_INTERNAL_H
#define SITREP_LEXICON_INTERNAL_H

#include "base/arena.h"
#include "base/strmap.h"
#include "lexicon/lexicon.h"

/* A list of indexes, used by the first-word indexes. */
typedef struct index_list {
    uint32_t *items;
    uint32_t n, cap;
} index_list;

typedef struct verb_group {
    lex_pattern *patterns;
    size_t n, cap;
} verb_group;

typedef struct synset {
    pat_seq *members;
    size_t n, cap;
    const char *name;
} synset;

struct lexicon {
    arena *mem;
    strmap *strings; /* interned strings */

    lex_entry *entries;
    size_t nentries, entries_cap;

    lex_verb *verbs;
    size_t nverbs, verbs_cap;

    verb_group *groups;
    size_t ngroups, groups_cap;

    strmap *synsets; /* "&NAME" -> synset* */
    strmap *negations; /* event code -> negated code (interned; "" when none), or NULL */
    size_t nsynsets;

    /* built by lex_freeze */
    bool frozen;
    strmap *entry_index; /* first word text -> index_list* of entries, longest first */
    strmap *verb_index;  /* first word text -> index_list* of verbs, longest first */
    uint16_t max_first_len;
    uint64_t serial; /* unique per built index: tags the per-thread word memo (matcher.c) */
    /* Bloom filters over the hashes of the index keys: most prefixes of a text word are
     * no key at all, and one bit test is cheaper than a probe of the map. */
    uint64_t entry_bloom[1024], verb_bloom[1024];
    size_t duplicates;
};

/* matcher.c */
void lex_build_indexes(lexicon *lx);
void lex_free_indexes(lexicon *lx);

/* phrase.c */
bool lex_parse_sequence(lexicon *lx, const char *text, size_t len, pat_seq *out, int *verbs,
                        sitrep_error *err);
uint16_t lex_seq_score(const pat_seq *s);
uint16_t lex_words_score(const lex_word *w, size_t n);

#endif
