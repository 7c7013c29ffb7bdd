/* lexicon.c: building the lexicon (entries, verbs, patterns, synonym sets) and freezing
 * it into its read-only form (see lexicon.h). */
#include "lexicon/lexicon_internal.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

lexicon *lex_new(void)
{
    lexicon *lx = xcalloc(1, sizeof *lx);
    lx->mem = arena_new(256 * 1024);
    lx->strings = strmap_new();
    lx->synsets = strmap_new();
    return lx;
}

static void free_synset(const char *key, size_t len, void *value, void *ctx)
{
    (void)key, (void)len, (void)ctx;
    synset *s = value;
    free(s->members);
    free(s);
}

void lex_free(lexicon *lx)
{
    if (!lx)
        return;
    lex_free_indexes(lx);
    for (size_t i = 0; i < lx->ngroups; i++)
        free(lx->groups[i].patterns);
    free(lx->groups);
    free(lx->entries);
    free(lx->verbs);
    strmap_each(lx->synsets, free_synset, NULL);
    strmap_free(lx->synsets);
    strmap_free(lx->negations);
    strmap_free(lx->strings);
    arena_free(lx->mem);
    free(lx);
}

const char *lex_intern(lexicon *lx, const char *s, size_t len)
{
    const char *found = strmap_get(lx->strings, s, len);
    if (found)
        return found;
    char *copy = arena_strndup(lx->mem, s, len);
    strmap_put(lx->strings, s, len, copy);
    return copy;
}

void lex_add_negation(lexicon *lx, const char *code, const char *negated)
{
    if (!lx->negations)
        lx->negations = strmap_new();
    const char *key = lex_intern(lx, code, strlen(code));
    const char *val = lex_intern(lx, negated ? negated : "", negated ? strlen(negated) : 0);
    strmap_put(lx->negations, key, strlen(key), (void *)val);
}

bool lex_has_negations(const lexicon *lx)
{
    return lx->negations != NULL;
}

const char *lex_negated_code(const lexicon *lx, const char *code)
{
    if (!lx->negations || !code)
        return NULL;
    size_t n = strlen(code);
    const char *v = strmap_get(lx->negations, code, n);
    if (!v && n == 3 && isdigit((unsigned char)code[0]) && isdigit((unsigned char)code[1]) &&
        isdigit((unsigned char)code[2]) && atoi(code) <= 200) {
        char root[4] = {code[0], code[1], '0', '\0'};
        v = strmap_get(lx->negations, root, 3);
    }
    if (!v)
        return code; /* not in the table: the code stands */
    return *v ? v : NULL;
}

void lex_add_entry(lexicon *lx, uint8_t kind, lex_word *words, uint8_t nwords,
                   const lex_code *codes, size_t ncodes, const char *origin)
{
    lx->entries = xgrow(lx->entries, &lx->entries_cap, lx->nentries + 1, sizeof *lx->entries);
    lex_entry *e = &lx->entries[lx->nentries++];
    e->kind = kind;
    e->nwords = nwords;
    e->words = words;
    e->score = lex_words_score(words, nwords);
    lex_code *c = NULL;
    if (ncodes) {
        c = arena_alloc(lx->mem, ncodes * sizeof *c);
        memcpy(c, codes, ncodes * sizeof *c);
    }
    e->codes = c;
    e->ncodes = (uint16_t)ncodes;
    e->origin = origin;
}

static synset *get_synset(lexicon *lx, const char *name)
{
    size_t nlen = strlen(name);
    synset *s = strmap_get(lx->synsets, name, nlen);
    if (!s) {
        s = xcalloc(1, sizeof *s);
        s->name = lex_intern(lx, name, nlen);
        strmap_put(lx->synsets, name, nlen, s);
        lx->nsynsets++;
    }
    return s;
}

void lex_declare_synset(lexicon *lx, const char *name)
{
    (void)get_synset(lx, name);
}

bool lex_add_synset_member(lexicon *lx, const char *name, const char *member, size_t len,
                           const char *origin, sitrep_error *err)
{
    (void)origin;
    synset *s = get_synset(lx, name);
    pat_seq seq;
    int verbs = 0;
    if (!lex_parse_sequence(lx, member, len, &seq, &verbs, err))
        return false;
    for (size_t i = 0; i < seq.n; i++)
        if (seq.elems[i].set_name && strcmp(seq.elems[i].set_name, s->name) == 0)
            return sitrep_error_set(err, "synonym set %s refers to itself", name);
    if (verbs)
        return sitrep_error_set(err, "a synonym set member cannot contain '*'");
    if (seq.n == 0)
        return sitrep_error_set(err, "empty synonym set member");
    s->members = xgrow(s->members, &s->cap, s->n + 1, sizeof *s->members);
    s->members[s->n++] = seq;
    return true;
}

uint16_t lex_begin_verb(lexicon *lx, lex_word *words, uint8_t nwords,
                        const lex_event_code *code, const char *origin)
{
    lx->groups = xgrow(lx->groups, &lx->groups_cap, lx->ngroups + 1, sizeof *lx->groups);
    memset(&lx->groups[lx->ngroups], 0, sizeof lx->groups[0]);
    lx->ngroups++;
    lx->verbs = xgrow(lx->verbs, &lx->verbs_cap, lx->nverbs + 1, sizeof *lx->verbs);
    lex_verb *v = &lx->verbs[lx->nverbs++];
    memset(v, 0, sizeof *v);
    v->words = words;
    v->nwords = nwords;
    v->score = lex_words_score(words, nwords);
    v->code = *code;
    v->group = (uint16_t)(lx->ngroups - 1);
    v->origin = origin;
    return v->group;
}

bool lex_has_current_verb(const lexicon *lx)
{
    return lx->ngroups > 0;
}

void lex_add_verb_form(lexicon *lx, lex_word *words, uint8_t nwords, const char *origin)
{
    const lex_verb *root = NULL;
    for (size_t i = lx->nverbs; i-- > 0;)
        if (lx->verbs[i].group == lx->ngroups - 1) {
            root = &lx->verbs[i];
            break;
        }
    lex_event_code code = root ? root->code : (lex_event_code){0};
    lx->verbs = xgrow(lx->verbs, &lx->verbs_cap, lx->nverbs + 1, sizeof *lx->verbs);
    lex_verb *v = &lx->verbs[lx->nverbs++];
    memset(v, 0, sizeof *v);
    v->words = words;
    v->nwords = nwords;
    v->score = lex_words_score(words, nwords);
    v->code = code;
    v->group = (uint16_t)(lx->ngroups - 1);
    v->origin = origin;
}

void lex_add_verb_form_coded(lexicon *lx, lex_word *words, uint8_t nwords,
                             const lex_event_code *code, const char *origin)
{
    lex_add_verb_form(lx, words, nwords, origin);
    lx->verbs[lx->nverbs - 1].code = *code;
}

static void add_word_flags(pat_seq *s, uint8_t flags, int depth)
{
    if (depth > 8)
        return;
    for (size_t i = 0; i < s->n; i++) {
        pat_elem *e = (pat_elem *)&s->elems[i];
        if (e->kind == PE_WORD)
            e->word.flags |= flags;
        else if (e->kind == PE_CHOICE && !e->set_name)
            for (size_t k = 0; k < e->noptions; k++)
                add_word_flags((pat_seq *)&e->options[k], flags, depth + 1);
    }
}

bool lex_add_pattern(lexicon *lx, const char *text, size_t len, const lex_event_code *code,
                     const char *origin, sitrep_error *err)
{
    return lex_add_pattern_flags(lx, text, len, code, 0, origin, err);
}

bool lex_add_pattern_flags(lexicon *lx, const char *text, size_t len,
                           const lex_event_code *code, uint8_t word_flags, const char *origin,
                           sitrep_error *err)
{
    if (lx->ngroups == 0)
        return sitrep_error_set(err, "pattern before any verb");
    pat_seq seq;
    int verbs = 0;
    if (!lex_parse_sequence(lx, text, len, &seq, &verbs, err))
        return false;
    if (word_flags)
        add_word_flags(&seq, word_flags, 0);
    if (verbs != 1)
        return sitrep_error_set(err, verbs ? "pattern has more than one verb marker '*'"
                                           : "pattern has no verb marker '*'");
    uint16_t verb_at = 0;
    for (uint16_t i = 0; i < seq.n; i++)
        if (seq.elems[i].kind == PE_VERB)
            verb_at = i;
    if (verb_at == seq.n) /* '*' hidden inside { | }: not supported */
        return sitrep_error_set(err, "the verb marker '*' cannot stand inside { | }");
    if (seq.elems[verb_at].kind != PE_VERB)
        return sitrep_error_set(err, "the verb marker '*' cannot stand inside { | }");
    verb_group *g = &lx->groups[lx->ngroups - 1];
    g->patterns = xgrow(g->patterns, &g->cap, g->n + 1, sizeof *g->patterns);
    lex_pattern *p = &g->patterns[g->n++];
    p->seq = seq;
    p->verb_at = verb_at;
    p->code = *code;
    p->text = lex_intern(lx, text, len);
    p->origin = origin;
    return true;
}

/* ---- freezing ---------------------------------------------------------------------- */

/* Synonym sets are resolved now, when every set is complete. Each sequence once: a set is
 * shared by every pattern that names it, and one that names itself ("&ARMS" holding a choice
 * of "&ARMS") would otherwise be walked again at every level, exponentially (a cycle is cut
 * where it closes, its score taken as far as known). */
static void resolve_seq(lexicon *lx, const pat_seq *s, int depth)
{
    if (depth > 16 || s->resolved)
        return;
    ((pat_seq *)s)->resolved = 1;
    for (size_t i = 0; i < s->n; i++) {
        pat_elem *e = (pat_elem *)&s->elems[i];
        if (e->kind != PE_CHOICE)
            continue;
        if (e->set_name && !e->options) {
            synset *set = strmap_get(lx->synsets, e->set_name, strlen(e->set_name));
            if (set) {
                e->options = set->members;
                e->noptions = (uint16_t)set->n;
            }
        }
        for (size_t k = 0; k < e->noptions; k++)
            resolve_seq(lx, &e->options[k], depth + 1);
    }
    ((pat_seq *)s)->score = lex_seq_score(s);
    ((pat_seq *)s)->resolved = 2;
}

/* Required words: the literal words at the top level of a pattern (not inside choices).
 * Every match contains a text word that starts with each of them. */
static void compute_required(lex_pattern *p)
{
    p->nrequired = 0;
    for (size_t i = 0; i < p->seq.n && p->nrequired < LEX_MAX_REQUIRED; i++) {
        const pat_elem *e = &p->seq.elems[i];
        if (e->kind != PE_WORD)
            continue;
        p->required[p->nrequired++] = lex_prefix_bit(strmap_hash(e->word.text, e->word.len));
    }
}

static void resolve_synset(const char *key, size_t len, void *value, void *ctx)
{
    (void)key, (void)len;
    synset *s = value;
    for (size_t i = 0; i < s->n; i++)
        resolve_seq(ctx, &s->members[i], 0);
}

void lex_freeze(lexicon *lx)
{
    if (lx->frozen)
        return;
    strmap_each(lx->synsets, resolve_synset, lx);
    for (size_t g = 0; g < lx->ngroups; g++) {
        verb_group *grp = &lx->groups[g];
        for (size_t i = 0; i < grp->n; i++) {
            resolve_seq(lx, &grp->patterns[i].seq, 0);
            compute_required(&grp->patterns[i]);
        }
        /* qsort is not stable: sort an index so that equal scores keep file order. */
        if (grp->n > 1) {
            lex_pattern *sorted = xmalloc(grp->n * sizeof *sorted);
            size_t out = 0;
            uint16_t max = 0;
            for (size_t i = 0; i < grp->n; i++)
                if (grp->patterns[i].seq.score > max)
                    max = grp->patterns[i].seq.score;
            for (int score = max; score >= 0; score--)
                for (size_t i = 0; i < grp->n; i++)
                    if (grp->patterns[i].seq.score == score)
                        sorted[out++] = grp->patterns[i];
            free(grp->patterns);
            grp->patterns = sorted;
            grp->cap = grp->n;
        }
    }
    for (size_t i = 0; i < lx->nverbs; i++) {
        lex_verb *v = &lx->verbs[i];
        v->patterns = lx->groups[v->group].patterns;
        v->npatterns = (uint16_t)lx->groups[v->group].n;
    }
    lex_build_indexes(lx);
    lx->frozen = true;
}

lex_stats lex_get_stats(const lexicon *lx)
{
    lex_stats s;
    memset(&s, 0, sizeof s);
    for (size_t i = 0; i < lx->nentries; i++)
        s.entries[lx->entries[i].kind]++;
    s.verbs = lx->nverbs;
    for (size_t g = 0; g < lx->ngroups; g++)
        s.patterns += lx->groups[g].n;
    s.synsets = lx->nsynsets;
    s.duplicates = lx->duplicates;
    return s;
}

const lex_pattern *lex_verb_patterns(const lex_verb *v, size_t *n)
{
    *n = v->npatterns;
    return v->patterns;
}

const lex_code *lex_entry_code_on(const lex_entry *e, int32_t date)
{
    const lex_code *fallback = NULL;
    for (size_t i = 0; i < e->ncodes; i++) {
        const lex_code *c = &e->codes[i];
        bool open = c->from == 0 && c->to == 99999999;
        if (open) {
            if (!fallback)
                fallback = c;
            continue;
        }
        if (date >= c->from && date <= c->to)
            return c;
    }
    return fallback;
}

bool lex_state_phrase(const lexicon *lx, const char *code, char *out, size_t cap)
{
    for (size_t i = 0; i < lx->nentries; i++) {
        const lex_entry *e = &lx->entries[i];
        if (e->kind != LEX_ACTOR || e->ncodes != 1 || !e->codes[0].code ||
            strcmp(e->codes[0].code, code) != 0)
            continue;
        size_t at = 0;
        for (size_t k = 0; k < e->nwords; k++) {
            size_t need = e->words[k].len + (k ? 1 : 0);
            if (at + need + 1 > cap)
                return false;
            if (k)
                out[at++] = ' ';
            memcpy(out + at, e->words[k].text, e->words[k].len);
            at += e->words[k].len;
        }
        out[at] = '\0';
        return at > 0;
    }
    return false;
}
