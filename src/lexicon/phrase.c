/* phrase.c: the phrase and pattern syntax shared by every dictionary format.
 *
 * A phrase is read as a stream of pieces: words, connectors ('_' binds the next piece to
 * this one and makes a word exact, '~' binds without making it exact, '=' makes a word
 * exact without regular endings, a blank lets the next piece float), and in patterns the
 * tokens * $ + % ^ { | } and &SYNSET. Hyphens are read as '_' because the text side turns
 * hyphens into word breaks. */
#include "lexicon/lexicon_internal.h"

#include <ctype.h>
#include <string.h>

typedef enum {
    T_WORD, T_VERB, T_SOURCE, T_TARGET, T_COMPOUND, T_SKIP, T_LBRACE, T_BAR, T_RBRACE, T_SYNSET
} tok_type;

typedef struct ptok {
    tok_type type;
    const char *text;
    size_t len;
    uint8_t flags; /* LWF_* */
} ptok;

typedef struct ptoks {
    ptok items[256];
    size_t n;
} ptoks;

static bool is_special(char c)
{
    return c == '*' || c == '$' || c == '+' || c == '%' || c == '^' || c == '{' || c == '|' ||
           c == '}';
}

static bool is_break(char c)
{
    return c == ' ' || c == '\t' || c == '_' || c == '~' || c == '=' || c == '-' ||
           is_special(c);
}

static bool lex_pieces(const char *text, size_t len, ptoks *out, sitrep_error *err)
{
    out->n = 0;
    bool adjacent = false;
    bool after_tilde = false; /* "~_" binds the next word without making this one exact */
    size_t i = 0;
    while (i < len) {
        char c = text[i];
        ptok *prev = out->n ? &out->items[out->n - 1] : NULL;
        if (c == ' ' || c == '\t' || c == '\r') {
            adjacent = false;
            after_tilde = false;
            i++;
            continue;
        }
        if (c == '_' || c == '-') {
            if (prev && prev->type == T_WORD && !after_tilde)
                prev->flags |= LWF_EXACT;
            adjacent = true;
            i++;
            continue;
        }
        if (c == '~') {
            adjacent = true;
            after_tilde = true;
            i++;
            continue;
        }
        after_tilde = false;
        if (c == '=') {
            if (prev && prev->type == T_WORD)
                prev->flags |= LWF_EXACT | LWF_NOENDINGS;
            i++;
            continue;
        }
        if (out->n == sizeof out->items / sizeof out->items[0])
            return sitrep_error_set(err, "phrase has too many words");
        ptok *t = &out->items[out->n++];
        t->flags = adjacent ? LWF_ADJACENT : 0;
        adjacent = false;
        t->text = text + i;
        if (is_special(c)) {
            static const char chars[] = "*$+%^{|}";
            static const tok_type types[] = {T_VERB, T_SOURCE, T_TARGET, T_COMPOUND,
                                             T_SKIP, T_LBRACE, T_BAR,    T_RBRACE};
            t->type = types[strchr(chars, c) - chars];
            t->len = 1;
            i++;
            continue;
        }
        size_t start = i;
        if (c == '&') {
            i++;
            while (i < len && isalnum((unsigned char)text[i]))
                i++;
            t->type = T_SYNSET;
        } else {
            while (i < len && !is_break(text[i]))
                i++;
            t->type = T_WORD;
        }
        t->len = i - start;
        if (t->len == 0)
            return sitrep_error_set(err, "unexpected character '%c'", c);
    }
    return true;
}

static lex_word make_word(lexicon *lx, const ptok *t)
{
    char buf[256];
    size_t n = t->len < sizeof buf ? t->len : sizeof buf - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)toupper((unsigned char)t->text[i]);
    lex_word w = {lex_intern(lx, buf, n), (uint16_t)n, t->flags};
    return w;
}

bool lex_parse_phrase(lexicon *lx, const char *text, size_t len, lex_word **words,
                      uint8_t *nwords, sitrep_error *err)
{
    ptoks toks;
    if (!lex_pieces(text, len, &toks, err))
        return false;
    if (toks.n == 0)
        return sitrep_error_set(err, "empty phrase");
    if (toks.n > 255)
        return sitrep_error_set(err, "phrase has too many words");
    /* "^NAME", "THE_^US_": a word that is also a common word ("labour", the pronoun "us"),
       read only where the text capitalises it */
    lex_word *w = arena_alloc(lx->mem, toks.n * sizeof *w);
    size_t n = 0;
    for (size_t i = 0; i < toks.n; i++) {
        const ptok *t = &toks.items[i];
        if (t->type == T_SKIP && i + 1 < toks.n && toks.items[i + 1].type == T_WORD) {
            w[n] = make_word(lx, &toks.items[++i]);
            w[n++].flags |= LWF_CAPITAL | (t->flags & LWF_ADJACENT);
            continue;
        }
        if (t->type != T_WORD)
            return sitrep_error_set(err, "unexpected '%.*s' in a phrase", (int)t->len, t->text);
        w[n++] = make_word(lx, t);
    }
    w[0].flags &= (uint8_t)~LWF_ADJACENT;
    *words = w;
    *nwords = (uint8_t)n;
    return true;
}

uint16_t lex_words_score(const lex_word *w, size_t n)
{
    unsigned score = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < w[i].len; k++)
            if (isalnum((unsigned char)w[i].text[k]))
                score++;
    return (uint16_t)(score > 65535 ? 65535 : score);
}

/* A pattern's length, by which patterns are tried (longest first): letters and digits of
 * its words, one for each '_' connector, the name of a synonym set, and the longest
 * option of a { | } group. */
uint16_t lex_seq_score(const pat_seq *s)
{
    unsigned score = 0;
    for (size_t i = 0; i < s->n; i++) {
        const pat_elem *e = &s->elems[i];
        bool prev_exact = i > 0 && s->elems[i - 1].kind == PE_WORD &&
                          (s->elems[i - 1].word.flags & LWF_EXACT);
        if (e->adjacent && !prev_exact)
            score++;
        if (e->kind == PE_WORD) {
            score += lex_words_score(&e->word, 1);
            if (e->word.flags & LWF_EXACT)
                score++;
        } else if (e->kind == PE_CHOICE && e->set_name) {
            for (const char *p = e->set_name; *p; p++)
                if (isalnum((unsigned char)*p))
                    score++;
        } else if (e->kind == PE_CHOICE) {
            score += lex_choice_max(e);
        }
    }
    return (uint16_t)(score > 65535 ? 65535 : score);
}

uint16_t lex_choice_max(const pat_elem *e)
{
    unsigned best = 0;
    for (size_t k = 0; k < e->noptions; k++)
        if (e->options[k].score > best)
            best = e->options[k].score;
    return (uint16_t)best;
}

/* Recursive descent over the pieces: a sequence ends at '|', '}' or the end. */
static bool parse_seq(lexicon *lx, const ptoks *toks, size_t *i, pat_seq *out, int *verbs,
                      int depth, sitrep_error *err)
{
    pat_elem elems[256];
    size_t n = 0;
    while (*i < toks->n) {
        const ptok *t = &toks->items[*i];
        if (t->type == T_BAR || t->type == T_RBRACE)
            break;
        if (n == sizeof elems / sizeof elems[0])
            return sitrep_error_set(err, "pattern too long");
        pat_elem *e = &elems[n++];
        memset(e, 0, sizeof *e);
        e->adjacent = (t->flags & LWF_ADJACENT) ? 1 : 0;
        (*i)++;
        switch (t->type) {
        case T_WORD:
            e->kind = PE_WORD;
            e->word = make_word(lx, t);
            e->word.flags &= (uint8_t)~LWF_ADJACENT;
            break;
        case T_VERB: e->kind = PE_VERB; (*verbs)++; break;
        case T_SOURCE: e->kind = PE_SOURCE; break;
        case T_TARGET: e->kind = PE_TARGET; break;
        case T_COMPOUND: e->kind = PE_COMPOUND; break;
        case T_SKIP: e->kind = PE_SKIP; break;
        case T_SYNSET: {
            char name[128];
            size_t k = t->len < sizeof name - 1 ? t->len : sizeof name - 1;
            for (size_t j = 0; j < k; j++)
                name[j] = (char)toupper((unsigned char)t->text[j]);
            if (!strmap_get(lx->synsets, name, k))
                return sitrep_error_set(err, "synonym set %.*s is used but not defined",
                                        (int)k, name);
            e->kind = PE_CHOICE;
            e->set_name = lex_intern(lx, name, k);
            break;
        }
        case T_LBRACE: {
            if (depth > 8)
                return sitrep_error_set(err, "alternatives nested too deeply");
            pat_seq opts[64];
            size_t nopt = 0;
            for (;;) {
                if (nopt == sizeof opts / sizeof opts[0])
                    return sitrep_error_set(err, "too many alternatives");
                if (!parse_seq(lx, toks, i, &opts[nopt], verbs, depth + 1, err))
                    return false;
                if (opts[nopt].n == 0)
                    return sitrep_error_set(err, "empty alternative in { | }");
                nopt++;
                if (*i >= toks->n)
                    return sitrep_error_set(err, "unclosed '{' in pattern");
                tok_type sep = toks->items[*i].type;
                (*i)++;
                if (sep == T_RBRACE)
                    break;
            }
            e->kind = PE_CHOICE;
            pat_seq *o = arena_alloc(lx->mem, nopt * sizeof *o);
            memcpy(o, opts, nopt * sizeof *o);
            e->options = o;
            e->noptions = (uint16_t)nopt;
            break;
        }
        default:
            return sitrep_error_set(err, "unexpected '%.*s'", (int)t->len, t->text);
        }
    }
    pat_elem *copy = arena_alloc(lx->mem, (n ? n : 1) * sizeof *copy);
    memcpy(copy, elems, n * sizeof *copy);
    out->elems = copy;
    out->n = (uint16_t)n;
    out->score = lex_seq_score(out);
    out->resolved = 0;
    return true;
}

bool lex_parse_sequence(lexicon *lx, const char *text, size_t len, pat_seq *out, int *verbs,
                        sitrep_error *err)
{
    ptoks toks;
    if (!lex_pieces(text, len, &toks, err))
        return false;
    size_t i = 0;
    *verbs = 0;
    if (!parse_seq(lx, &toks, &i, out, verbs, 0, err))
        return false;
    if (i < toks.n)
        return sitrep_error_set(err, "unmatched '%.*s' in pattern", (int)toks.items[i].len,
                                toks.items[i].text);
    return true;
}

bool lex_parse_event_code(lexicon *lx, const char *text, size_t len, lex_event_code *out,
                          sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    while (len && isspace((unsigned char)*text))
        text++, len--;
    while (len && isspace((unsigned char)text[len - 1]))
        len--;
    /* "- - -" is the null code with blanks in it. */
    char compact[64];
    size_t n = 0;
    for (size_t i = 0; i < len && n < sizeof compact - 1; i++)
        if (!isspace((unsigned char)text[i]))
            compact[n++] = text[i];
    compact[n] = '\0';
    if (n == 0)
        return sitrep_error_set(err, "empty code in [ ]");
    if (strcmp(compact, "---") == 0) {
        out->flags = LCF_NULL;
        return true;
    }
    if (strcmp(compact, "###") == 0) {
        out->flags = LCF_DISCARD;
        return true;
    }
    if (strcmp(compact, "+++") == 0) {
        out->flags = LCF_COMPLEX;
        return true;
    }
    if (compact[n - 1] == '?') {
        out->flags |= LCF_SUBORDINATE;
        compact[--n] = '\0';
    } else if (compact[n - 1] == '!') {
        out->flags |= LCF_DOMINANT;
        compact[--n] = '\0';
    }
    char *colon = strchr(compact, ':');
    if (colon) {
        *colon = '\0';
        out->flags |= LCF_PAIRED;
        size_t plen = strlen(colon + 1);
        if (plen && (colon[plen] == '!' || colon[plen] == '?'))
            colon[plen] = '\0';
        out->paired = lex_intern(lx, colon + 1, strlen(colon + 1));
        if (!*out->paired)
            return sitrep_error_set(err, "paired code '%.*s' has nothing after ':'", (int)len,
                                    text);
    }
    for (const char *p = compact; *p; p++)
        if (!isalnum((unsigned char)*p))
            return sitrep_error_set(err, "event code '%.*s' has a character other than letters "
                                    "and digits", (int)len, text);
    if (!compact[0])
        return sitrep_error_set(err, "empty event code");
    out->code = lex_intern(lx, compact, strlen(compact));
    return true;
}

/* ---- word matching ------------------------------------------------------------------ */

static bool ending_ok(const char *rest, size_t n, int endings, char last)
{
    if (n == 0)
        return true;
    if (endings == 0)
        return false;
    if (endings == 1) /* nouns: S, 'S and the apostrophe of a plural ("ALLIES'") */
        return (n == 1 && (rest[0] == 'S' || rest[0] == '\'')) ||
               (n == 2 && rest[0] == '\'' && rest[1] == 'S') ||
               (n == 2 && rest[0] == 'E' && rest[1] == 'S');
    /* verbs: S ED ES EN ING (and D / ING after a final E that was dropped) */
    static const char *verb_endings[] = {"S", "ED", "ES", "EN", "ING", "D"};
    for (size_t i = 0; i < sizeof verb_endings / sizeof *verb_endings; i++) {
        size_t el = strlen(verb_endings[i]);
        if (el == n && memcmp(rest, verb_endings[i], n) == 0)
            return verb_endings[i][0] != 'D' || last == 'E';
    }
    return false;
}

bool lex_word_matches(const lex_word *w, const char *t, size_t tlen, int endings)
{
    if (tlen < w->len)
        return false;
    if (memcmp(w->text, t, w->len) != 0) {
        /* "RESTORE_" matches "RESTORING": the final E drops before ING. */
        if (endings == 2 && (w->flags & LWF_EXACT) && !(w->flags & LWF_NOENDINGS) &&
            w->len >= 2 && w->text[w->len - 1] == 'E' && tlen == (size_t)w->len + 2 &&
            memcmp(t, w->text, w->len - 1) == 0 && memcmp(t + w->len - 1, "ING", 3) == 0)
            return true;
        return false;
    }
    if (!(w->flags & (LWF_EXACT | LWF_PLURAL)))
        return true;
    if (tlen == w->len)
        return true;
    if (w->flags & LWF_NOENDINGS)
        return false;
    if (w->flags & LWF_PLURAL)
        endings = 1;
    char last = w->text[w->len - 1];
    if (endings == 2 && (w->flags & LWF_REGULAR)) {
        const char *rest = t + w->len;
        size_t n = tlen - w->len;
        if (n == 2 && memcmp(rest, "EN", 2) == 0)
            return false; /* participles in -EN are listed forms ("BROKEN") */
        if (n == 2 && memcmp(rest, "ES", 2) == 0)
            return strchr("SXZHO", last) != NULL; /* "DEPARTES" is no form of DEPART */
    }
    return ending_ok(t + w->len, tlen - w->len, endings, last);
}
