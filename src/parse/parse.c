/* parse.c: the shallow parse of one sentence (see parse.h).
 *
 * The steps run in a fixed order, each on the result of the one before: words, roots,
 * nouns, compounds, subordinate clauses, clauses, pronouns, then the checks that reject a
 * sentence as a whole (discard words, complexity). The rules are those of TABARI's
 * parser, which our conformance suite exercises; docs/coding.md lists where we differ. */
#include "parse/parse.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ---- words ---------------------------------------------------------------------- */

static pword *push_word(pword *w, int16_t *n, int cap, const char *s, size_t len,
                        uint32_t start, uint32_t end)
{
    if (*n >= cap)
        return NULL;
    pword *p = &w[(*n)++];
    memset(p, 0, sizeof *p);
    p->s = s;
    p->len = (uint16_t)(len > 65535 ? 65535 : len);
    p->start = start;
    p->end = end;
    p->other_end = -1;
    p->ref = -1;
    p->comp_end = -1;
    return p;
}

/* Does upper-case text s[0..len) end in the contraction "N'T" after at least one letter? */
static bool ends_in_nt(const char *s, size_t len)
{
    return len > 3 && memcmp(s + len - 3, "N'T", 3) == 0;
}

/* opt->petrarch (split_nt): "didn't", "won't", "can't" become two words as in the Penn
 * Treebank ("DID N'T", "WO N'T", "CA N'T"), the form PETRARCH's dictionaries use. */
/* Is a '-' between blanks, after `before` and ahead of `after`, a hyphen: a number (in
 * digits or words) or "year" before it and a word in lower case after it? */
static bool spaced_hyphen(const token *before, const token *after)
{
    static const char *const NUMBERS[] = {
        "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
        "ELEVEN", "TWELVE", "FIFTEEN", "TWENTY", "THIRTY", "FORTY", "FIFTY", "HUNDRED",
        "THOUSAND", "MILLION", "BILLION", "YEAR", "MONTH", "WEEK", "DAY", "HOUR", NULL};
    if (after->kind != TOK_WORD || after->len == 0 || (after->flags & TOKF_CAPITALIZED))
        return false;
    if (before->len > 0 && isdigit((unsigned char)before->upper[before->len - 1]))
        return true;
    for (const char *const *n = NUMBERS; *n; n++)
        if (strlen(*n) == before->len && memcmp(*n, before->upper, before->len) == 0)
            return true;
    return false;
}

static void make_words(arena *a, const char *text, uint32_t start, uint32_t end,
                       const coder_options *opt, const sentence_context *ctx,
                       parsed_sentence *ps)
{
    bool dash_clauses = opt->dash_clauses, split_nt = opt->petrarch;
    const token *toks;
    size_t nt;
    if (ctx && ctx->tokens) { /* the caller's: those inside [start, end) */
        size_t first = text_token_index(ctx->tokens, ctx->ntokens, start), last = first;
        while (last < ctx->ntokens && ctx->tokens[last].end <= end)
            last++;
        toks = ctx->tokens + first;
        nt = last - first;
    } else {
        token *own;
        nt = ud_text_tokens(a, text, start, end,
                            opt->tabari_tokens ? UD_TOKENS_TABARI : UD_TOKENS, &own);
        toks = own;
    }
    /* A token may split into several words at hyphens and slashes, at most one word per
     * two bytes ("A-B-C"), and one more for a split "N'T": an upper bound that needs no
     * scan of the letters. */
    size_t need = 1;
    for (size_t i = 0; i < nt && need < PARSE_MAX_WORDS; i++)
        need += 1 + (toks[i].len > 2 ? toks[i].len / 2u : 0) +
                (split_nt && ends_in_nt(toks[i].upper, toks[i].len));
    int room = need < PARSE_MAX_WORDS ? (int)need : PARSE_MAX_WORDS;
    ps->w = arena_alloc(a, sizeof(pword) * (size_t)room);
    ps->n = 0;
    bool any_lower = false;
    for (uint32_t i = start; i < end; i++)
        if (islower((unsigned char)text[i])) {
            any_lower = true;
            break;
        }
    bool seen_cap = false;
    for (size_t i = 0; i < nt; i++) {
        const token *t = &toks[i];
        token acronym;
        if (t->kind == TOK_WORD && i + 1 < nt && toks[i + 1].start == t->end &&
            toks[i + 1].end == t->end + 1 && text[t->end] == '.' &&
            ud_dotted_acronym(text, t->start, t->end)) {
            /* "the U.S" + "." ending a sentence: the word "U.S." the dictionaries write */
            char *u = arena_alloc(a, t->len + 2u);
            memcpy(u, t->upper, t->len);
            memcpy(u + t->len, ".", 2);
            acronym = *t;
            acronym.upper = u;
            acronym.len = (uint16_t)(t->len + 1);
            acronym.end = t->end + 1;
            t = &acronym;
            i++;
        }
        if ((t->flags & TOKF_POSSESSIVE) && ps->n > 0 && ps->w[ps->n - 1].type == W_NULL &&
            ps->w[ps->n - 1].end == t->start) {
            /* keep "GONDOR'S" as one word, as the dictionaries expect; the lone apostrophe
               of a plural stays one ("KURDISTAN_WORKERS'_PARTY_") */
            pword *prev = &ps->w[ps->n - 1];
            bool lone = t->end - t->start == 1 ||
                        (t->end - t->start == 3 && (unsigned char)text[t->start] == 0xE2);
            char *joined = arena_alloc(a, prev->len + 3u);
            memcpy(joined, prev->s, prev->len);
            memcpy(joined + prev->len, lone ? "'" : "'S", lone ? 2 : 3);
            prev->s = joined;
            prev->len = (uint16_t)(prev->len + (lone ? 1 : 2));
            prev->end = t->end;
            continue;
        }
        if (t->kind == TOK_PUNCT) {
            char c = t->upper[0];
            /* a dash standing alone between blanks: the tokenizer made it a '-' token;
               not a hyphen written with blanks in a number's compound ("six - member",
               "24 - year - old") */
            bool dash = dash_clauses && c == '-' && t->start > start &&
                        text[t->start - 1] == ' ' && t->end < end && text[t->end] == ' ' &&
                        !(i > 0 && i + 1 < nt && spaced_hyphen(&toks[i - 1], &toks[i + 1]));
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || dash) {
                pword *p = push_word(ps->w, &ps->n, room, ",", 1, t->start, t->end);
                if (p)
                    p->type = W_COMMA;
            } else if (c == '"') {
                pword *p = push_word(ps->w, &ps->n, room, "\"", 1, t->start, t->end);
                if (p)
                    p->type = W_QUOTE;
            }
            continue;
        }
        uint8_t cap = CAP_NONE;
        if (any_lower && (t->flags & TOKF_CAPITALIZED) && t->kind == TOK_WORD) {
            cap = seen_cap ? CAP_MID : CAP_INIT;
            seen_cap = true;
        }
        /* hyphens and periods glued to lower-case letters end words in TABARI's filter */
        const char *s = t->upper;
        size_t len = t->len;
        bool ascii_span = (t->end - t->start) == len;
        size_t piece = 0;
        for (size_t k = 0; k <= len; k++) {
            if (k < len && s[k] != '-' && s[k] != '/')
                continue;
            if (k > piece) {
                uint32_t ps_start = ascii_span ? t->start + (uint32_t)piece : t->start;
                uint32_t ps_end = ascii_span ? t->start + (uint32_t)k : t->end;
                size_t plen = k - piece;
                bool cut = split_nt && k == len && ends_in_nt(s + piece, plen);
                uint32_t nt_start = ps_end;
                if (cut) {
                    plen -= 3;
                    /* the apostrophe may be a multi-byte one: "N'T" is the last 3..5 bytes */
                    nt_start = ascii_span ? ps_start + (uint32_t)plen
                                          : (ps_end - ps_start > 5 ? ps_end - 5 : ps_start);
                    while (nt_start < ps_end && text[nt_start] != 'n' && text[nt_start] != 'N')
                        nt_start++;
                }
                pword *p = push_word(ps->w, &ps->n, room, s + piece, plen, ps_start,
                                     cut ? nt_start : ps_end);
                if (!p)
                    return;
                p->cap = piece == 0 ? cap : CAP_NONE;
                if (t->kind == TOK_NUMBER)
                    p->type = W_NUMBER;
                if (cut && !push_word(ps->w, &ps->n, room, s + piece + plen, 3, nt_start, ps_end))
                    return;
            }
            piece = k + 1;
        }
    }
}

/* ---- roots ---------------------------------------------------------------------- */

typedef struct builtin {
    const char *word;
    uint8_t type;
    bool plural;
} builtin;

#define MAX_BUILTIN_LEN 6

static const builtin builtins[] = {
    {"A", W_DETERMINER, false},   {"AN", W_DETERMINER, false},  {"THE", W_DETERMINER, false},
    {"AND", W_CONJ, true},        {"NOR", W_CONJ, true},        {"BUT", W_CONJ, false},
    {"OR", W_CONJ, false},        {"IN", W_PREP, false},        {"OF", W_PREP, false},
    {"HE", W_PRONOUN, false},     {"HIM", W_PRONOUN, false},    {"SHE", W_PRONOUN, false},
    {"HER", W_PRONOUN, false},    {"IT", W_PRONOUN, false},     {"THEY", W_PRONOUN, true},
    {"THEM", W_PRONOUN, true},    {"THEIR", W_PRONOUN, true},   {"WAS", W_AUXILIARY, false},
    {"WERE", W_AUXILIARY, false}, {"BEEN", W_AUXILIARY, false}, {"BY", W_BY, false},
    {"FORMER", W_ADJECTIVE, false}, {"EX", W_ADJECTIVE, false},
};

typedef struct root_pick {
    unsigned score;
    const lex_entry *entry;
    const lex_verb *verb;
    uint16_t pos[256];
    uint8_t npos;
    const pword *w;
    int n;      /* words in w */
    bool cased; /* the sentence has capitals to tell names by (not all upper case) */
    int32_t date; /* the article's date, for the dated codes of actors */
} root_pick;

static bool positions_free(const pword *w, const uint16_t *pos, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[pos[i]].type != W_NULL && w[pos[i]].type != W_NUMBER)
            return false;
    return true;
}

/* Is the actor entry one with dated codes only, none of which holds on `date` (its default
 * the null code the reader gives it)? */
static bool out_of_office(const lex_entry *e, int32_t date)
{
    if (e->kind != LEX_ACTOR)
        return false;
    bool dated = false;
    for (size_t i = 0; i < e->ncodes; i++)
        dated |= !(e->codes[i].from == 0 && e->codes[i].to == 99999999);
    const lex_code *c = dated ? lex_entry_code_on(e, date) : NULL;
    return dated && (!c || !c->code || strcmp(c->code, "---") == 0);
}

static bool consider_entry(const lex_entry *e, const uint16_t *pos, unsigned score, void *ctx)
{
    root_pick *pick = ctx;
    /* an office holder outside every period of the entry has no code that day: after a
       title the name is read as any name unknown, so the title is the actor ("President
       Guillermo Lasso" after his term: the president of the sentence's state) */
    if (pos[0] > 0 && pick->w[pos[0] - 1].type == W_AGENT && out_of_office(e, pick->date))
        return false;
    for (size_t k = 0; pick->cased && k < e->nwords; k++)
        if ((e->words[k].flags & LWF_CAPITAL) && pick->w[pos[k]].cap == CAP_NONE)
            return false; /* "labour", not the party; "us", not the US */
    /* ("against US troops": the null phrases that list the pronoun's uses for text in
       capitals alone do not read "US" where the text capitalises it, but before a sum of
       money: "up to US $50 million", where the tokens drop the "$") */
    bool null_entry = e->ncodes > 0 && strcmp(e->codes[0].code, "---") == 0;
    for (size_t k = 0; pick->cased && null_entry && k < e->nwords; k++) {
        const pword *next = pos[k] + 1 < pick->n ? &pick->w[pos[k] + 1] : NULL;
        if (e->words[k].len == 2 && memcmp(e->words[k].text, "US", 2) == 0 &&
            pick->w[pos[k]].cap != CAP_NONE && !(next && next->type == W_NUMBER))
            return false;
    }
    if (score > pick->score && positions_free(pick->w, pos, e->nwords)) {
        pick->score = score;
        pick->entry = e;
        pick->verb = NULL;
        memcpy(pick->pos, pos, e->nwords * sizeof *pos);
        pick->npos = e->nwords;
    }
    return false;
}

static bool consider_verb(const lex_verb *v, const uint16_t *pos, unsigned score, void *ctx)
{
    root_pick *pick = ctx;
    if (score > pick->score && positions_free(pick->w, pos, v->nwords)) {
        pick->score = score;
        pick->entry = NULL;
        pick->verb = v;
        memcpy(pick->pos, pos, v->nwords * sizeof *pos);
        pick->npos = v->nwords;
    }
    return false;
}

static void assign_roots(const lexicon *lx, arena *a, parsed_sentence *ps,
                         const sentence_context *ctx)
{
    int n = ps->n;
    lex_text_word *tw = arena_alloc(a, sizeof *tw * (size_t)(n + 1));
    bool *barrier = arena_alloc(a, sizeof *barrier * (size_t)(n + 1));
    bool cased = false;
    for (int i = 0; i < n; i++) {
        tw[i].s = ps->w[i].s;
        tw[i].len = ps->w[i].len;
        barrier[i] = ps->w[i].type == W_COMMA;
        cased = cased || ps->w[i].cap != CAP_NONE;
    }
    for (int i = 0; i < n; i++) {
        pword *w = &ps->w[i];
        if (w->type == W_COMMA || w->type == W_QUOTE)
            continue;
        if (w->type != W_NULL && w->type != W_NUMBER)
            continue; /* already part of an earlier root */
        bool was_number = w->type == W_NUMBER;
        if (was_number)
            w->type = W_NULL;
        root_pick pick;
        pick.score = 0;
        pick.entry = NULL;
        pick.verb = NULL;
        pick.npos = 0;
        pick.w = ps->w;
        pick.n = ps->n;
        pick.cased = cased;
        pick.date = ps->date;
        const builtin *bi = NULL;
        for (size_t k = 0; w->len <= MAX_BUILTIN_LEN && k < sizeof builtins / sizeof *builtins; k++)
            if (builtins[k].word[0] == w->s[0] && strlen(builtins[k].word) == w->len &&
                memcmp(builtins[k].word, w->s, w->len) == 0) {
                bi = &builtins[k];
                pick.score = w->len;
                break;
            }
        lex_match_entries(lx, tw, (size_t)n, (size_t)i, barrier, consider_entry, &pick);
        lex_match_verbs(lx, tw, (size_t)n, (size_t)i, barrier, consider_verb, &pick);
        /* the surname of a person named earlier in the document ("Shoigu") */
        for (size_t k = 0; ctx && !pick.entry && !pick.verb && !bi && w->cap != CAP_NONE &&
                           k < ctx->npeople;
             k++)
            if (lex_word_matches(&ctx->people[k].words[0], w->s, w->len, 1) &&
                !(i > 0 && ps->w[i - 1].type == W_AGENT &&
                  out_of_office(&ctx->people[k], ps->date))) {
                pick.entry = &ctx->people[k];
                pick.pos[0] = (uint16_t)i;
                pick.npos = 1;
            }
        if (!pick.entry && !pick.verb) {
            if (bi) {
                w->type = bi->type;
                w->plural = bi->plural;
                /* ("ex-president": "ex-" glued to its word is "former") */
                w->former = strcmp(bi->word, "FORMER") == 0 ||
                            (strcmp(bi->word, "EX") == 0 && i + 1 < n &&
                             ps->w[i + 1].start == w->end + 1);
                w->head = w->tail = true;
                w->other_end = (int16_t)i;
            } else if (was_number) {
                w->type = W_NUMBER;
            }
            continue;
        }
        uint8_t type = W_VERB;
        if (pick.entry) {
            static const uint8_t by_kind[] = {W_ACTOR, W_AGENT, W_NOUN, W_ADJECTIVE};
            type = by_kind[pick.entry->kind];
        }
        for (size_t k = 0; k < pick.npos; k++)
            ps->w[pick.pos[k]].type = type;
        pword *head = &ps->w[pick.pos[0]];
        pword *tail = &ps->w[pick.pos[pick.npos - 1]];
        head->head = true;
        tail->tail = true;
        head->other_end = (int16_t)pick.pos[pick.npos - 1];
        tail->other_end = (int16_t)pick.pos[0];
        head->entry = pick.entry;
        head->verb = pick.verb;
        if (pick.entry && pick.entry->kind == LEX_ACTOR)
            head->code = lex_entry_code_on(pick.entry, ps->date);
    }
}

/* Retypes a whole root (head through tail). */
static void retype_root(parsed_sentence *ps, int head, uint8_t type)
{
    int tail = ps->w[head].other_end >= head ? ps->w[head].other_end : head;
    for (int k = head; k <= tail; k++)
        if (ps->w[k].type == ps->w[head].type || k == head || k == tail)
            ps->w[k].type = type;
}

static bool code_is(const lex_code *c, const char *s)
{
    return c && c->code && strcmp(c->code, s) == 0;
}

static void mark_nouns(parsed_sentence *ps)
{
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (!w->head)
            continue;
        if (w->type == W_VERB && i > 0 &&
            (ps->w[i - 1].type == W_DETERMINER || w->cap == CAP_MID))
            retype_root(ps, i, W_NOUN);
        else if (w->type == W_ACTOR && (!w->code || code_is(w->code, "---")))
            retype_root(ps, i, W_NOUN);
        /* "pro-Palestinian protesters", "a pro-Ukraine rally": the side a word "pro-"
           takes is not the actor (as the lexicon's PRO_RUSSIAN_ [---] says of some) */
        else if (w->type == W_ACTOR && i > 0 && ps->w[i - 1].len == 3 &&
                 memcmp(ps->w[i - 1].s, "PRO", 3) == 0 && ps->w[i - 1].end + 1 == w->start)
            retype_root(ps, i, W_NOUN);
    }
}

/* opt->petrarch: a verb is negated when NOT, N'T or NEVER stands before it, with at most
 * two other words between them that are neither actors, agents, verbs, punctuation,
 * conjunctions nor TO ("did not clash", "won't ever clash", "did not even ever clash";
 * not "won't try to clash"). */
static bool is_negator(const pword *w)
{
    return (w->len == 3 && (memcmp(w->s, "NOT", 3) == 0 || memcmp(w->s, "N'T", 3) == 0)) ||
           (w->len == 5 && memcmp(w->s, "NEVER", 5) == 0);
}

static void mark_negation(parsed_sentence *ps)
{
    for (int i = 1; i < ps->n; i++) {
        pword *v = &ps->w[i];
        if (v->type != W_VERB || !v->head)
            continue;
        for (int k = i - 1, between = 0; k >= 0 && between <= 2; k--) {
            const pword *w = &ps->w[k];
            if (is_negator(w)) {
                v->negated = true;
                break;
            }
            uint8_t t = w->type;
            if (t == W_ACTOR || t == W_AGENT || t == W_VERB || t == W_COMMA || t == W_CONJ ||
                t == W_QUOTE || t == W_PRONOUN || (w->len == 2 && memcmp(w->s, "TO", 2) == 0))
                break; /* "won't try to clash": the negation is try's */
            between++;
        }
    }
}

/* With CONVERT AGENTS, an agent that belongs to no actor becomes an actor itself,
 * coded with its agent code ("the Muslims" -> ~MOS). */
static void convert_agents(parsed_sentence *ps)
{
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->type != W_AGENT || !w->head || !w->entry || w->entry->ncodes == 0)
            continue;
        int tail = w->other_end >= i ? w->other_end : i;
        if (i > 0 && (ps->w[i - 1].type == W_ACTOR || ps->w[i - 1].former))
            continue;
        if (tail + 1 < ps->n && ps->w[tail + 1].type == W_ACTOR)
            continue;
        if (tail + 2 < ps->n && ps->w[tail + 1].type == W_PREP && ps->w[tail + 2].type == W_ACTOR)
            continue;
        for (int k = i; k <= tail; k++)
            if (ps->w[k].type == W_AGENT)
                ps->w[k].type = W_ACTOR;
        w->code = &w->entry->codes[0];
    }
}

static bool list_connector(const parsed_sentence *ps, int k)
{
    return k >= 0 && k < ps->n &&
           ((ps->w[k].type == W_CONJ && ps->w[k].plural) || ps->w[k].type == W_COMMA);
}

/* An agent in a list of agents ("lawmakers and officials in Gondor", "Danish media and
 * government") belongs to the actor the list belongs to: the one right after the last
 * agent (across a preposition and a determiner), or the one right before the first. */
static bool listed_agent_attached(const parsed_sentence *ps, int i, int tail)
{
    int first = i, last = tail;
    bool listed = false;
    while (list_connector(ps, first - 1) && first >= 2 && ps->w[first - 2].type == W_AGENT &&
           ps->w[first - 2].tail) {
        int h = ps->w[first - 2].head ? first - 2 : ps->w[first - 2].other_end;
        if (h < 0)
            break;
        first = h;
        listed = true;
    }
    while (list_connector(ps, last + 1) && last + 2 < ps->n &&
           ps->w[last + 2].type == W_AGENT && ps->w[last + 2].head) {
        last = ps->w[last + 2].other_end > last + 2 ? ps->w[last + 2].other_end : last + 2;
        listed = true;
    }
    if (!listed)
        return false;
    /* before the first: the actor, across agents stacked on it ("Danish Islamist media") */
    int k = first - 1;
    while (k >= 0 && ps->w[k].type == W_AGENT)
        k--;
    if (k >= 0 && ps->w[k].type == W_ACTOR)
        return true;
    k = last + 1;
    if (k < ps->n && (ps->w[k].type == W_PREP ||
                      (ps->w[k].len == 4 && memcmp(ps->w[k].s, "FROM", 4) == 0)))
        k++;
    if (k < ps->n && ps->w[k].type == W_DETERMINER)
        k++;
    return k < ps->n && ps->w[k].type == W_ACTOR;
}

/* opt->petrarch: PETRARCH codes every noun phrase; one with an agent but no actor is a
 * null actor with that agent ("a senior official said" -> ---GOV, "clerics" -> ---REL).
 * An agent belongs to an actor when the actor stands right after it (across a
 * preposition: "officials in Gondor", "the ambassadors of Arnor") or before it within
 * its noun phrase (across determiners, adjectives and words the dictionaries do not
 * know: "Gondor's prime minister", "Arnor's new envoy"); otherwise it becomes an actor
 * coded "---" plus its role. */
static void null_agents(arena *a, parsed_sentence *ps)
{
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->type != W_AGENT || !w->head || !w->entry || w->entry->ncodes == 0)
            continue;
        int tail = w->other_end >= i ? w->other_end : i;
        bool attached = false;
        bool crossed_conj = false;
        for (int k = i - 1, seen = 0; k >= 0 && seen < 5 && !attached; k--, seen++) {
            uint8_t t = ps->w[k].type;
            const pword *p = &ps->w[k];
            bool possessive = p->len > 2 && p->s[p->len - 2] == '\'' && p->s[p->len - 1] == 'S';
            if (t == W_ACTOR || p->former) {
                /* across a conjunction only from a possessive: "Ithilen's awful and evil
                 * minister" */
                attached = !crossed_conj || possessive;
                if (!attached)
                    break;
            } else if (t == W_CONJ && p->plural && k > 0 &&
                       (ps->w[k - 1].type == W_NULL || ps->w[k - 1].type == W_ADJECTIVE)) {
                crossed_conj = true;
            } else if (t != W_DETERMINER && t != W_ADJECTIVE && t != W_NULL && t != W_NUMBER) {
                break;
            }
        }
        int k = tail + 1;
        if (k < ps->n && (ps->w[k].type == W_PREP ||
                          (ps->w[k].len == 4 && memcmp(ps->w[k].s, "FROM", 4) == 0)))
            k++;
        if (k < ps->n && ps->w[k].type == W_DETERMINER)
            k++;
        if (k < ps->n && ps->w[k].type == W_ACTOR)
            attached = true;
        if (!attached)
            attached = listed_agent_attached(ps, i, tail);
        if (attached)
            continue;
        const char *agent = w->entry->codes[0].code;
        size_t alen = strlen(agent);
        char *code = arena_alloc(a, alen + 4);
        if (agent[0] == '~') {
            memcpy(code, "---", 3);
            memcpy(code + 3, agent + 1, alen);
        } else {
            size_t r = agent[alen - 1] == '~' ? alen - 1 : alen;
            memcpy(code, agent, r);
            memcpy(code + r, "---", 4);
        }
        lex_code *c = arena_alloc(a, sizeof *c);
        c->code = code;
        c->from = 0;
        c->to = 99999999;
        for (int j = i; j <= tail; j++)
            if (ps->w[j].type == W_AGENT)
                ps->w[j].type = W_ACTOR;
        w->code = c;
    }
}

/* ---- compounds ------------------------------------------------------------------ */

static int head_of(const parsed_sentence *ps, int i)
{
    const pword *w = &ps->w[i];
    if (w->head)
        return i;
    if (w->tail && w->other_end >= 0)
        return w->other_end;
    for (int k = i; k >= 0; k--)
        if (ps->w[k].head && ps->w[k].other_end >= i)
            return k;
    return i;
}

/* Words that may stand between the members of a compound: determiners and adjectives;
 * opt->petrarch (`unknown`): also up to three words in a row that the dictionaries do
 * not know, which in a noun phrase are mostly adjectives ("Arnor and the evil awful
 * Gondor", "Evil Mordor, the awful Fornost, and good Gondor"). */
static bool compound_filler(const parsed_sentence *ps, int k, bool unknown, int *run)
{
    uint8_t t = ps->w[k].type;
    if (t == W_DETERMINER || t == W_ADJECTIVE) {
        *run = 0;
        return true;
    }
    if (unknown && t == W_NULL && !ps->w[k].subord && ++*run <= 3)
        return true;
    return false;
}

/* `agents`: the tree coder's clauses, where a member's own agent may stand after it ("the
 * Sudanese army and the RSF"); TABARI's suites pin the engine's compounds without. */
static void mark_compounds(parsed_sentence *ps, bool petrarch, bool agents)
{
    for (int c = 1; c < ps->n - 1; c++) {
        pword *conj = &ps->w[c];
        if (conj->type != W_CONJ || !conj->plural)
            continue;
        int pend = -1, run = 0;
        bool described = false;
        for (int j = c + 1; j < ps->n; j++) {
            uint8_t t = ps->w[j].type;
            if (t == W_ACTOR) {
                int h = head_of(ps, j);
                int tail = ps->w[h].other_end >= j ? ps->w[h].other_end : j;
                pend = tail;
                j = tail;
                if (petrarch)
                    break; /* the member after the conjunction ends the compound */
            } else if (petrarch && t == W_AGENT && ps->w[j].head) {
                /* an agent with its actor after a preposition is a member: "Ithilen
                 * and the government of Gondor" */
                int at = ps->w[j].other_end > j ? ps->w[j].other_end : j;
                if (at + 2 < ps->n && ps->w[at + 1].type == W_PREP &&
                    (ps->w[at + 2].type == W_ACTOR ||
                     (ps->w[at + 2].type == W_DETERMINER && at + 3 < ps->n &&
                      ps->w[at + 3].type == W_ACTOR)))
                    j = at + 1;
                else
                    break;
            } else if (agents && t == W_AGENT && pend < 0) {
                /* the member's own title before its name: "Xi and President Biden" */
                j = ps->w[j].other_end > j ? ps->w[j].other_end : j;
            } else if (agents && t == W_NULL && pend < 0 && ps->w[j].len == 5 &&
                       memcmp(ps->w[j].s, "OTHER", 5) == 0) {
                continue; /* "France and other European countries": both members */
            } else if (agents && t == W_NULL && pend < 0 && !ps->w[j].subord &&
                       ps->w[j].cap == CAP_NONE && ++run <= 3) {
                /* the member's own description before its name: "the African Union and
                   the regional bloc ECOWAS" */
                described = true;
                continue;
            } else if (!compound_filler(ps, j, petrarch, &run)) {
                break;
            }
        }
        if (pend < 0)
            continue;
        int pset = -1, near = -1; /* (the first member and the one right before) */
        bool need_connector = false;
        run = 0;
        for (int k = c - 1; k >= 0; k--) {
            uint8_t t = ps->w[k].type;
            if (t == W_CONJ || t == W_COMMA) {
                need_connector = false;
                run = 0;
            } else if (t == W_ACTOR) {
                if (need_connector)
                    break;
                k = head_of(ps, k);
                pset = k;
                near = near < 0 ? k : near;
                need_connector = true;
                run = 0;
            } else if (agents && t == W_AGENT && !need_connector) {
                continue; /* the member's own agent, after its actor */
            } else if (!compound_filler(ps, k, petrarch, &run)) {
                break;
            }
        }
        if (pset < 0)
            continue;
        /* (a described member of the same state as the one before is another of its
           bodies, no member: "the U.S. government and the first Bush administration") */
        const pword *m1 = &ps->w[near], *m2 = &ps->w[head_of(ps, pend)];
        if (described && m1->code && m2->code && m1->code->code && m2->code->code &&
            strncmp(m1->code->code, "IGO", 3) != 0 &&
            strncmp(m1->code->code, m2->code->code, 3) == 0)
            continue;
        for (int k = pset; k <= pend; k++) {
            if (ps->w[k].comp_end >= 0)
                ps->w[k].comp_end = -1; /* an earlier compound nested in this one */
            ps->w[k].compound = true;
        }
        ps->w[pset].comp_end = (int16_t)pend;
        c = pend;
    }
}

/* ---- subordinate clauses ---------------------------------------------------------- */

static void null_span(parsed_sentence *ps, int from, int to)
{
    for (int k = from; k <= to && k < ps->n; k++) {
        pword *w = &ps->w[k];
        w->subord = true;
        w->type = W_NULL;
        w->head = w->tail = w->compound = false;
        w->comp_end = -1;
        w->entry = NULL;
        w->verb = NULL;
    }
}

static int next_comma(const parsed_sentence *ps, int from)
{
    for (int k = from; k < ps->n; k++) {
        if (ps->w[k].compound && ps->w[k].comp_end >= 0) {
            k = ps->w[k].comp_end;
            continue;
        }
        if (ps->w[k].type == W_COMMA && !ps->w[k].compound)
            return k;
    }
    return -1;
}

static void mark_subordinates(const coder_options *opt, parsed_sentence *ps)
{
    if (opt->comma_off)
        return;
    int p = next_comma(ps, 0);
    if (p < 0)
        return;
    if (p >= opt->comma_bmin && p <= opt->comma_bmax) {
        null_span(ps, 0, p - 1);
    }
    while (p >= 0) {
        int q = next_comma(ps, p + 1);
        if (q < 0) {
            int count = ps->n - 1 - p;
            if (count >= opt->comma_emin && count <= opt->comma_emax)
                null_span(ps, p, ps->n - 1);
            return;
        }
        int count = q - p - 1;
        if (count >= opt->comma_min && count <= opt->comma_max) {
            null_span(ps, p, q);
            q = next_comma(ps, q + 1); /* a closing comma opens nothing */
        }
        p = q;
    }
}

/* "DPA: Iraqi authorities announced that they had busted up 3 terrorist cells": an item
 * of a news roundup opens with its source's name and a colon. An outlet named there (an
 * actor whose code is a media one) is the item's source (attribution.c), never an actor
 * of it nor the antecedent of its pronouns: its words up to the colon are set aside as a
 * subordinate span is. The colon must come within the first six words, with three words
 * or more after it. */
static void mark_opening_source(const char *text, parsed_sentence *ps)
{
    int colon = -1;
    for (int k = 1; k <= 6 && k + 3 < ps->n && colon < 0; k++)
        /* (the colon's word, whatever the comma rules made of it) */
        if (ps->w[k].len == 1 && ps->w[k].s[0] == ',' && text[ps->w[k].start] == ':')
            colon = k;
    if (colon < 0)
        return;
    bool media = false;
    for (int k = 0; k < colon; k++) {
        const pword *w = &ps->w[k];
        if (w->type == W_COMMA || w->type == W_QUOTE || w->type == W_VERB)
            return;
        if (w->type == W_ACTOR && w->head && w->code && w->code->code)
            media |= strstr(w->code->code, "MED") != NULL;
    }
    if (!media)
        return;
    /* (set aside as a subordinate span is, the colon with it: no comma that would set
       the item apart as a clause after it) */
    null_span(ps, 0, colon);
    for (int k = 0; k < colon; k++)
        ps->w[k].source = true;
}

/* ---- clauses ------------------------------------------------------------------- */

static bool word_in(const pword *w, const char *const *list);

/* opt->attribution_clauses: does the comma at i open an attribution clause, a noun
 * phrase holding an actor (or an agent, as a null actor) followed by its verb ("...,
 * a senior official said on Saturday", "..., Gondor's envoy told reporters")? */
static bool opens_attribution(const parsed_sentence *ps, int i)
{
    int k = i + 1, unknown = 0;
    bool actor = false;
    for (; k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->subord)
            return false;
        if (w->type == W_ACTOR || w->type == W_AGENT) {
            actor = true;
            unknown = 0; /* up to three words on either side: "the primary official
                            news agency WFNA said" */
            int h = head_of(ps, k);
            if (ps->w[h].other_end > k)
                k = ps->w[h].other_end;
        } else if (w->type == W_VERB) {
            break;
        } else if ((w->type == W_NULL || w->type == W_NOUN) && ++unknown <= 3) {
            continue;
        } else if (w->type != W_DETERMINER && w->type != W_ADJECTIVE &&
                   w->type != W_NUMBER) {
            return false;
        }
    }
    if (!actor || k >= ps->n || !ps->w[k].head || !ps->w[k].verb)
        return false;
    /* the verb needs something to say it of: a bare "today" is no object */
    static const char *const when[] = {"TODAY", "YESTERDAY", "TONIGHT", NULL};
    int tail = ps->w[k].other_end > k ? ps->w[k].other_end : k;
    int after = ps->n - 1 - tail;
    return after > 1 || (after == 1 && !word_in(&ps->w[tail + 1], when));
}

static void mark_clauses(arena *a, const coder_options *opt, parsed_sentence *ps)
{
    ps->clauses = arena_alloc(a, sizeof(clause) * (size_t)(ps->n + 1));
    ps->nclauses = 0;
    int start = 0;
    bool own = false;
    for (int i = 1; i < ps->n - 1; i++) {
        pword *w = &ps->w[i];
        if (opt->attribution_clauses && w->type == W_COMMA && !w->compound && !w->subord &&
            opens_attribution(ps, i)) {
            ps->clauses[ps->nclauses++] = (clause){(int16_t)start, (int16_t)(i - 1), own};
            start = i + 1;
            own = true;
            continue;
        }
        if (w->compound || w->subord || w->type != W_CONJ)
            continue;
        uint8_t before = ps->w[i - 1].type;
        int j = i + 1;
        /* (our lexicon: "31 tanks and 90 armoured vehicles", "food and a medical team",
           "rescuers and four sniffer dogs" are one list too: up to two words no
           dictionary knows may qualify the second noun) */
        int unknown = 0;
        while (j < ps->n && (ps->w[j].type == W_ADJECTIVE ||
                             (!opt->tabari_tokens &&
                              (ps->w[j].type == W_NUMBER || ps->w[j].type == W_DETERMINER ||
                               (ps->w[j].type == W_NULL && !ps->w[j].subord && ++unknown <= 2)))))
            j++;
        if (before == W_NOUN && j < ps->n && ps->w[j].type == W_NOUN)
            continue; /* "bombs and rockets" */
        if (before == W_ADJECTIVE && ps->w[i + 1].type == W_ADJECTIVE)
            continue; /* "black and white" */
        if (opt->petrarch && before == W_AGENT && ps->w[i + 1].type == W_AGENT)
            continue; /* a list of agents: "media and government" */
        if (opt->petrarch) {
            /* a clause has a verb: "Ithilen's awful and evil minister ... warned" */
            bool verb = false;
            for (int k = start; k < i && !verb; k++)
                verb = ps->w[k].type == W_VERB && !ps->w[k].subord;
            if (!verb)
                continue;
        }
        ps->clauses[ps->nclauses++] = (clause){(int16_t)start, (int16_t)(i - 1), own};
        start = i + 1;
        own = false;
    }
    if (ps->n > 0)
        ps->clauses[ps->nclauses++] = (clause){(int16_t)start, (int16_t)(ps->n - 1), own};
}

/* ---- pronouns ------------------------------------------------------------------- */

bool parse_is_actor_head(const parsed_sentence *ps, int i)
{
    const pword *w = &ps->w[i];
    if (w->type == W_ACTOR && w->head)
        return true;
    return w->type == W_PRONOUN && (w->ref >= 0 || w->fwd_code);
}

bool parse_body_description(const parsed_sentence *ps, int i)
{
    const pword *w = &ps->w[i];
    return w->type == W_PRONOUN && !w->subord && w->ref < 0 && w->other_end == i &&
           w->fwd_code && parse_organisation_code(w->fwd_code) && i >= 1 &&
           ps->w[i - 1].len == 3 && memcmp(ps->w[i - 1].s, "THE", 3) == 0;
}

const char *parse_first_actor_code(const parsed_sentence *ps)
{
    for (int i = 0; i < ps->n; i++) {
        const pword *w = &ps->w[i];
        if (w->type == W_ACTOR && w->head && !w->subord && !w->source && w->code &&
            w->code->code)
            return w->code->code;
        /* ("The agency said thousands had fled into Chad. It urged Sudan ...": a body's
           description read as the body named before is that body, not a state after it) */
        if (parse_body_description(ps, i))
            return w->fwd_code;
    }
    return NULL;
}

int parse_actor_of(const parsed_sentence *ps, int i)
{
    const pword *w = &ps->w[i];
    return (w->type == W_PRONOUN && w->ref >= 0) ? w->ref : i;
}

bool parse_code_may_be_person(const char *code)
{
    static const char *const bodies[] = {"IGO", "NGO", "IMG", "MNC", NULL};
    if (!code || strlen(code) <= 3 || !isupper((unsigned char)code[0]))
        return false;
    for (size_t i = 0; bodies[i]; i++)
        if (strncmp(code, bodies[i], 3) == 0)
            return false;
    return true;
}

/* "he", "she", "him", "her": a person, never a state or an organisation */
static bool personal_pronoun(const pword *w)
{
    return (w->len == 2 && memcmp(w->s, "HE", 2) == 0) ||
           (w->len == 3 && (memcmp(w->s, "SHE", 3) == 0 || memcmp(w->s, "HIM", 3) == 0 ||
                            memcmp(w->s, "HER", 3) == 0));
}

/* `persons` (our own lexicon's reading; the TABARI engine forwards as TABARI does): a "he"
 * or "she" with no actor before it in the sentence stands for `forward` only when that
 * may be a person, else for `forward_person` when there is one. (Within the sentence the first actor is
 * kept: "Jordan's King Abdullah" is a person whose head word is the state's.) */
static void dereference_pronouns(parsed_sentence *ps, const char *forward, bool persons,
                                 const char *forward_person)
{
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->type != W_PRONOUN)
            continue;
        bool person = persons && personal_pronoun(w);
        int found = -1;
        for (int k = 0; k < i; k++) {
            const pword *a = &ps->w[k];
            if (a->type != W_ACTOR || !a->head || a->source)
                continue;
            /* ('"Russia must withdraw," he told reporters': a state is no "he") */
            if (person && a->code && a->code->code && !parse_code_may_be_person(a->code->code))
                continue;
            if (w->plural) {
                if (a->compound && a->comp_end >= 0) {
                    found = k;
                    break;
                }
                if (found < 0)
                    found = k;
            } else {
                if (a->compound) {
                    /* skip the whole compound */
                    continue;
                }
                found = k;
                break;
            }
        }
        w->ref = (int16_t)found;
        /* "he", "she": the last person named (a body such as the police that acted on
           them is no "she": coref_forward_person) */
        if (found < 0 && person && forward_person)
            w->fwd_code = forward_person;
        else if (found < 0 && forward)
            w->fwd_code = forward;
    }
}

/* Definite descriptions that refer back, as pronouns do. A state noun ("the country",
 * "the nation", "the regime") stands for the state of the first actor before it in the
 * sentence, else of the previous sentence's actor; an event noun ("this decision", "the
 * move", "such steps", "the measures", "the allegations", "the invitation") stands for the
 * previous sentence's actor, who took the decision, made the allegation or the offer. */
static bool word_in(const pword *w, const char *const *list)
{
    if (w->len == 0)
        return false;
    for (size_t k = 0; list[k]; k++)
        if (list[k][0] == w->s[0] && strlen(list[k]) == w->len &&
            memcmp(list[k], w->s, w->len) == 0)
            return true;
    return false;
}

/* Is the code an island state's, which news calls "the island" (Taiwan, Cyprus, Sri
 * Lanka, Cuba, ...)? */
static bool island_state(const char *code)
{
    static const char *const islands[] = {"TWN", "CYP", "LKA", "CUB", "MDG", "ISL", "IRL",
                                          "MLT", "SGP", "HTI", "DOM", "JAM", "BHR", NULL};
    for (size_t k = 0; code && strlen(code) >= 3 && islands[k]; k++)
        if (strncmp(code, islands[k], 3) == 0)
            return true;
    return false;
}

static const char *state_of(arena *a, const char *code)
{
    if (!code || strlen(code) < 3)
        return code;
    return arena_strndup(a, code, 3);
}

/* Are the actors at i and j ("X and Y") joined by "and" alone, as the subject of their
 * clause: at the sentence's start or followed by a verb before `before`? */
static bool coordinated_subjects(const parsed_sentence *ps, int i, int j, int before)
{
    for (int k = i + 1; k < j; k++) {
        const pword *w = &ps->w[k];
        if (w->type != W_ACTOR && w->type != W_CONJ && w->type != W_DETERMINER)
            return false;
    }
    bool initial = true;
    for (int k = 0; k < i && initial; k++)
        initial = ps->w[k].type == W_DETERMINER || (ps->w[k].len == 3 && memcmp(ps->w[k].s, "THE", 3) == 0);
    for (int k = j + 1; k < before; k++) {
        const pword *w = &ps->w[k];
        if (w->type == W_ACTOR && !w->head)
            continue; /* the rest of the second name */
        return initial || w->type == W_VERB || w->type == W_AUXILIARY;
    }
    return false;
}

/* "the two countries", "both sides": the two states named last, in this sentence or
 * before it, as one coded compound ("RUS/PRK") that the coder expands. */
static const char *state_pair(arena *a, const parsed_sentence *ps, int before, const char *pair,
                              bool sides)
{
    /* the states named before, each once in a row, with where they are named */
    const char *codes[4] = {NULL, NULL, NULL, NULL};
    int at[4] = {-1, -1, -1, -1};
    for (int k = 0; k < before; k++) {
        const pword *w = &ps->w[k];
        if (w->type != W_ACTOR || !w->head || w->subord || !w->code || !w->code->code ||
            strlen(w->code->code) < 3 || !isupper((unsigned char)w->code->code[0]))
            continue;
        if (codes[3] && strncmp(codes[3], w->code->code, 3) == 0)
            continue;
        memmove(codes, codes + 1, 3 * sizeof *codes);
        memmove(at, at + 1, 3 * sizeof *at);
        codes[3] = w->code->code;
        at[3] = k;
    }
    const char *last = codes[3], *prev = codes[2];
    /* (the sides a pair of states calls on are not that pair: "The US and Britain urged
       both sides to show restraint" speaks of the sides of the dispute named before) */
    if (sides && last && prev && coordinated_subjects(ps, at[2], at[3], before)) {
        last = codes[1];
        prev = codes[0];
        if (!last || !prev)
            return pair;
    }
    if (last && prev) {
        char *out = arena_alloc(a, 8);
        memcpy(out, prev, 3);
        out[3] = '/';
        memcpy(out + 4, last, 3);
        out[7] = '\0';
        return out;
    }
    return pair;
}

bool parse_role_noun(const lex_entry *e)
{
    /* people a story names once with their country and then by their role alone; not
       the state's own officials (a minister, an official), whom the story's home state
       or the sentence's state names */
    static const char *const ROLES[] = {
        "JOURNALIST", "REPORTER", "PHOTOGRAPHER", "BLOGGER", "ACTIVIST", "DISSIDENT",
        "CAMPAIGNER", "CLERIC", "NUN", "TOURIST", "STUDENT", "PROFESSOR", "BUSINESSMAN",
        "BUSINESSMEN", "FISHERMAN", "FISHERMEN", "SMUGGLER", "DIPLOMAT", "AMBASSADOR",
        "ENVOY", "CONSUL", "REFUGEE", "MIGRANT", NULL};
    if (!e || e->kind != LEX_AGENT || e->nwords != 1 || !e->words[0].text)
        return false;
    for (const char *const *r = ROLES; *r; r++)
        if (strlen(*r) == e->words[0].len && memcmp(*r, e->words[0].text, e->words[0].len) == 0)
            return true;
    return false;
}

/* The code of the organisation named before whose name ends in w's word, or NULL. */
static const char *named_head(const sentence_context *ctx, const pword *w)
{
    for (size_t k = 0; k < ctx->nheads; k++)
        if (lex_word_matches(&ctx->heads[k].words[0], w->s, w->len, 1) && ctx->heads[k].ncodes)
            return ctx->heads[k].codes[0].code;
    return NULL;
}

bool parse_armed_group_code(const char *c)
{
    size_t n = c ? strlen(c) : 0;
    if (n < 3)
        return false;
    if (strncmp(c, "IMG", 3) == 0)
        return true;
    for (size_t k = 3; k + 3 <= n; k += 3)
        if (strncmp(c + k, "REB", 3) == 0 || strncmp(c + k, "INS", 3) == 0 ||
            strncmp(c + k, "UAF", 3) == 0)
            return n > 6; /* (a named group: "rebels" alone is no organisation) */
    return false;
}

bool parse_organisation_code(const char *c)
{
    if (!c || !isupper((unsigned char)c[0]))
        return false;
    return strncmp(c, "IGO", 3) == 0 || strncmp(c, "NGO", 3) == 0 || strncmp(c, "IMG", 3) == 0 ||
           strlen(c) >= 9 || parse_armed_group_code(c);
}

/* "The group", "the organization", "the movement" after an organisation is named (an
 * armed group, "Human Rights Watch", a party): that organisation, named earlier in the
 * sentence or, else, the previous sentence's actor, else the organisation the document
 * named last. */
static const char *organisation_meant(const parsed_sentence *ps, int i, const char *forward,
                                      const sentence_context *ctx)
{
    const char *named = NULL;
    for (int k = 0; k < i; k++) {
        const pword *a2 = &ps->w[k];
        if (a2->type == W_ACTOR && a2->head && a2->code && a2->code->code &&
            parse_organisation_code(a2->code->code))
            named = a2->code->code;
    }
    if (named)
        return named;
    if (forward && parse_organisation_code(forward))
        return forward;
    const char *last = ctx ? ctx->last_organisation : NULL;
    return last && parse_organisation_code(last) ? last : NULL;
}

static const char *organisation_named(const parsed_sentence *ps, int i, const char *forward,
                                      const sentence_context *ctx, bool described)
{
    const char *code = organisation_meant(ps, i, forward, ctx);
    /* (a group described, "the militant group", is an armed one) */
    return code && (!described || parse_armed_group_code(code)) ? code : NULL;
}

/* Does the story speak of the Koreas: a Korean actor in the sentence, or one of the two
 * states named last, the story's home state or the previous sentence's actor? */
static bool korean_story(const parsed_sentence *ps, const char *forward,
                         const sentence_context *ctx)
{
    const char *pair = ctx ? ctx->pair : NULL; /* ("PRK/KOR": both halves) */
    const char *seen[4] = {forward, pair, ctx ? ctx->home_code : NULL,
                           pair && strlen(pair) >= 7 ? pair + 4 : NULL};
    for (int k = 0; k < 4; k++)
        if (seen[k] && (strncmp(seen[k], "PRK", 3) == 0 || strncmp(seen[k], "KOR", 3) == 0))
            return true;
    for (int k = 0; k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->type == W_ACTOR && w->code && w->code->code &&
            (strncmp(w->code->code, "PRK", 3) == 0 || strncmp(w->code->code, "KOR", 3) == 0))
            return true;
    }
    return false;
}

/* "Seoul said the North had violated the armistice": in a story about the Koreas, "the
 * North" and "the South" (capitalised, after "the", closing their noun phrase) are North
 * and South Korea. */
static void resolve_korean_sides(parsed_sentence *ps, const char *forward,
                                 const sentence_context *ctx)
{
    bool korean = false, checked = false;
    for (int i = 1; i < ps->n; i++) {
        pword *w = &ps->w[i];
        /* (or their possessives: "the North's army") */
        bool north = (w->len == 5 || (w->len == 7 && memcmp(w->s + 5, "'S", 2) == 0)) &&
                     memcmp(w->s, "NORTH", 5) == 0;
        bool south = (w->len == 5 || (w->len == 7 && memcmp(w->s + 5, "'S", 2) == 0)) &&
                     memcmp(w->s, "SOUTH", 5) == 0;
        if ((!north && !south) || w->cap == CAP_NONE || w->subord ||
            (w->type != W_NULL && w->type != W_NOUN) ||
            !(ps->w[i - 1].len == 3 && memcmp(ps->w[i - 1].s, "THE", 3) == 0))
            continue;
        /* (not "the North Atlantic", "the South China Sea": a name goes on) */
        if (i + 1 < ps->n && ps->w[i + 1].cap != CAP_NONE && ps->w[i + 1].type != W_VERB &&
            ps->w[i + 1].type != W_AUXILIARY && ps->w[i + 1].type != W_COMMA)
            continue;
        if (!checked) {
            korean = korean_story(ps, forward, ctx);
            checked = true;
        }
        if (!korean)
            return;
        w->type = W_PRONOUN;
        w->head = w->tail = true;
        w->other_end = (int16_t)i;
        w->ref = -1;
        w->fwd_code = north ? "PRK" : "KOR";
    }
}

/* "both prime ministers": where the word at i opens a title whose last word is a plural
 * of `plurals` (a phrase the lexicon knows, or a department's word before it: "foreign
 * ministers"), the index of that last word, else i. */
static int titled_plural(const parsed_sentence *ps, int i, const char *const *plurals)
{
    static const char *const departments[] = {"PRIME", "FOREIGN", "DEFENCE", "DEFENSE",
                                              "INTERIOR", "FINANCE", "TRADE", NULL};
    const pword *w = &ps->w[i];
    if (w->type == W_AGENT && w->head && !w->tail && w->other_end > i && w->other_end < ps->n &&
        word_in(&ps->w[w->other_end], plurals))
        return w->other_end;
    if (i + 1 < ps->n && word_in(w, departments) && word_in(&ps->w[i + 1], plurals))
        return i + 1;
    return i;
}

/* How many a description before the word at i counts, from three on: "the three
 * countries", "all four nations"; else 0. */
static int listed_count(const parsed_sentence *ps, int i)
{
    static const char *const numbers[] = {"THREE", "FOUR", "FIVE", "SIX", NULL};
    if (i < 2 || !(ps->w[i - 2].len == 3 && (memcmp(ps->w[i - 2].s, "THE", 3) == 0 ||
                                             memcmp(ps->w[i - 2].s, "ALL", 3) == 0)))
        return 0;
    for (int k = 0; numbers[k]; k++)
        if (word_in(&ps->w[i - 1], (const char *const[]){numbers[k], NULL}))
            return k + 3;
    return 0;
}

/* The states of `group` (parse_actor_list's "FRA/DEU/GBR") as one coded compound, their
 * governments' for leaders, when the list has `count` members, all of states; else NULL. */
static const char *listed_states(arena *a, const char *group, int count, bool leaders)
{
    if (!group)
        return NULL;
    char *out = arena_alloc(a, (size_t)count * 7 + 1);
    size_t len = 0;
    int n = 0;
    for (const char *p = group; *p; n++) {
        const char *slash = strchr(p, '/');
        size_t l = slash ? (size_t)(slash - p) : strlen(p);
        char member[16];
        snprintf(member, sizeof member, "%.*s", (int)(l < 15 ? l : 15), p);
        if (n >= count || l < 3 || parse_organisation_code(member) ||
            !isupper((unsigned char)p[0]))
            return NULL;
        len += (size_t)snprintf(out + len, 8, "%s%.3s%s", n ? "/" : "", p, leaders ? "GOV" : "");
        p = slash ? slash + 1 : p + l;
    }
    return n == count ? out : NULL;
}

const char *parse_actor_list(arena *a, const parsed_sentence *ps)
{
    for (int i = 0; ps && i < ps->n; i++) {
        const pword *w = &ps->w[i];
        /* (a list named again: "the two leaders" after "Ruto met Museveni") */
        if (w->type == W_PRONOUN && w->plural && w->fwd_code && strchr(w->fwd_code, '/'))
            return w->fwd_code;
        if (!w->compound || w->comp_end < i)
            continue;
        const char *codes[6];
        int n = 0;
        for (int k = i; k <= w->comp_end && k < ps->n; k++) {
            const pword *m = &ps->w[k];
            if (m->type != W_ACTOR || !m->head || m->subord || !m->code || !m->code->code ||
                !m->code->code[0])
                continue;
            bool seen = false;
            for (int j = 0; j < n && !seen; j++)
                seen = strcmp(codes[j], m->code->code) == 0;
            if (seen)
                continue;
            if (n == 6)
                return NULL;
            codes[n++] = m->code->code;
        }
        if (n < 2)
            return NULL;
        size_t len = 0;
        for (int j = 0; j < n; j++)
            len += strlen(codes[j]) + 1;
        char *out = arena_alloc(a, len);
        out[0] = '\0';
        for (int j = 0; j < n; j++) {
            if (j)
                strcat(out, "/");
            strcat(out, codes[j]);
        }
        return out;
    }
    return NULL;
}

/* The states of a list of two ("COL/VEN") as state_pair() gives a pair, the states'
 * codes; for sides (states = false), any two actors, the result only marking that there is
 * one (the caller takes the list itself). NULL when the list is not of two. */
static const char *listed_pair(arena *a, const char *group, bool states)
{
    if (!group)
        return NULL;
    const char *slash = strchr(group, '/');
    if (!slash || strchr(slash + 1, '/'))
        return NULL;
    if (states)
        return listed_states(a, group, 2, false);
    if (slash - group < 3 || strlen(slash + 1) < 3)
        return NULL;
    char *out = arena_alloc(a, 8);
    snprintf(out, 8, "%.3s/%.3s", group, slash + 1);
    return out;
}

/* The list of two the sentence before named when both are governments' people ("Sisi
 * met King Abdullah", "the two leaders": "EGYGOV/JORGOV"), else NULL. */
static const char *leaders_named(const char *group)
{
    const char *slash = group ? strchr(group, '/') : NULL;
    if (!slash || strchr(slash + 1, '/'))
        return NULL;
    size_t l1 = (size_t)(slash - group), l2 = strlen(slash + 1);
    return l1 == 6 && l2 == 6 && memcmp(group + 3, "GOV", 3) == 0 && memcmp(slash + 4, "GOV", 3) == 0
               ? group : NULL;
}

/* "Colombia and Venezuela restored relations. They condemned Ecuador.": "they" or "their"
 * that stands for the previous sentence's actor (no actor before it in its own sentence)
 * stands for the list that sentence named, when that actor is one of the list ("Their
 * foreign ministers agreed to meet"). */
static void plural_pronoun_list(parsed_sentence *ps, const char *forward, const char *listed)
{
    if (!forward || !listed || strchr(forward, '/'))
        return;
    size_t fl = strlen(forward);
    bool member = false;
    for (const char *p = listed; *p && !member;) {
        const char *slash = strchr(p, '/');
        size_t l = slash ? (size_t)(slash - p) : strlen(p);
        member = l == fl && strncmp(p, forward, l) == 0;
        p = slash ? slash + 1 : p + l;
    }
    if (!member)
        return;
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->type == W_PRONOUN && w->plural && w->ref < 0 && w->fwd_code == forward &&
            ((w->len == 4 && memcmp(w->s, "THEY", 4) == 0) ||
             (w->len == 5 && memcmp(w->s, "THEIR", 5) == 0)))
            w->fwd_code = listed;
    }
}

/* "Ghana's president criticised the juntas of Niger, Mali and Burkina Faso. He accused them
 * of abandoning democracy.": "them" with no actor before it in its own sentence stands for
 * the list the sentence before named, whoever that sentence's actor was; the actor alone
 * would have the speaker accuse himself. */
static void object_pronoun_list(parsed_sentence *ps, const char *forward, const char *listed)
{
    if (!listed)
        return;
    for (int i = 1; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->type != W_PRONOUN || !w->plural || w->len != 4 || memcmp(w->s, "THEM", 4) != 0)
            continue;
        /* (an object of a verb, or after its preposition: "called on them"; "all of them"
           is a subject, the list's own members) */
        static const char *const preps[] = {"ON", "TO", "WITH", "AGAINST", "AT", NULL};
        bool object = ps->w[i - 1].type == W_VERB ||
                      (i >= 2 && word_in(&ps->w[i - 1], preps) && ps->w[i - 2].type == W_VERB);
        if (!object)
            continue;
        /* ("Ghana accused them": the one actor before, the subject of the verb "them"
           follows, is no "them" of its own verb) */
        bool subject = false;
        if (w->ref >= 0 && w->ref < i - 1 && ps->w[i - 1].type == W_VERB &&
            !ps->w[w->ref].compound) {
            subject = true;
            for (int k = w->ref + 1; k < i - 1 && subject; k++)
                subject = ps->w[k].type != W_VERB && !(ps->w[k].type == W_ACTOR && ps->w[k].head);
        }
        if ((w->ref < 0 && (w->fwd_code == forward || !w->fwd_code)) || subject) {
            w->ref = -1;
            w->fwd_code = listed;
        }
    }
}

/* Does a phrase of the noun's own participants follow word i ("the sanctions on Iran")?
 * "On" before a day or a month is the verb's date, no participant: "Washington condemned
 * the raid on Tuesday" still judges the raid named before. */
static bool own_argument_after(const parsed_sentence *ps, int i, const char *const *own)
{
    static const char *const times[] = {
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
        "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", NULL};
    if (i + 1 >= ps->n || !word_in(&ps->w[i + 1], own))
        return false;
    const pword *on = &ps->w[i + 1];
    if (!(on->len == 2 && memcmp(on->s, "ON", 2) == 0) || i + 2 >= ps->n)
        return true;
    const pword *t = &ps->w[i + 2];
    bool number = t->len >= 1 && t->len <= 2 && t->s[0] >= '0' && t->s[0] <= '9';
    return !(word_in(t, times) || (number && i + 3 < ps->n && word_in(&ps->w[i + 3], times)));
}

/* "Iran signed a nuclear deal with the United States. Washington reneged on the deal": the
 * deal a later sentence names, whose subject is one of its two parties ("IRN/USA"), is that
 * party's with the other, who is the one the act is on; NULL when the subject (the first
 * actor before word i) is neither. */
static const char *deal_counterpart(arena *a, const parsed_sentence *ps, int i,
                                    const char *parties)
{
    const char *slash = strchr(parties, '/');
    if (!slash || slash - parties < 3 || strlen(slash + 1) < 3 ||
        strncmp(parties, slash + 1, 3) == 0)
        return NULL;
    const char *subject = NULL;
    for (int k = 0; k < i && !subject; k++) {
        const pword *w = &ps->w[k];
        if (w->type == W_ACTOR && w->head && !w->subord && w->code && w->code->code)
            subject = w->code->code;
    }
    if (!subject || strlen(subject) < 3)
        return NULL;
    if (strncmp(subject, parties, 3) == 0)
        return slash + 1;
    if (strncmp(subject, slash + 1, 3) == 0)
        return arena_strndup(a, parties, (size_t)(slash - parties));
    return NULL;
}

/* Word i becomes a reference to the actor `code` stands for (the coder reads it as that
 * actor, as it reads a pronoun resolved across sentences). */
static void refer_to(pword *w, int i, const char *code)
{
    w->type = W_PRONOUN;
    w->other_end = (int16_t)i;
    w->ref = -1;
    w->fwd_code = code;
}

/* The phrase of words i..tail (an agent's) becomes one reference to `code`, at word i. */
static void refer_phrase_to(parsed_sentence *ps, int i, int tail, const char *code)
{
    for (int k = i + 1; k <= tail; k++) {
        ps->w[k].type = W_NULL;
        ps->w[k].head = ps->w[k].tail = false;
    }
    ps->w[i].head = ps->w[i].tail = true;
    refer_to(&ps->w[i], i, code);
}

/* Word i is an agent of one word after "the" alone ("the militants", "the detainees"),
 * in the main reading, and no phrase of its own (a word of `own`) follows it. */
static bool bare_definite_agent(const parsed_sentence *ps, int i, const char *const *own)
{
    const pword *w = &ps->w[i], *det = &ps->w[i - 1];
    return w->type == W_AGENT && w->head && w->head == w->tail && !w->subord &&
           det->len == 3 && memcmp(det->s, "THE", 3) == 0 && !own_argument_after(ps, i, own);
}

/* "Hamas fighters fired rockets at Israel. The militants also attacked an army post": the
 * armed men a story goes on to call "the militants", "the gunmen", "the attackers" with
 * the determiner alone are the armed group it told of (named earlier in the sentence, else
 * the one the document named last), not anonymous armed men of the place's state. A word
 * that describes them ("the unidentified gunmen") or a phrase of their own after them
 * ("the militants from the north") makes them others. */
/* "Colombian rebels attacked a military base. The army repelled the attackers.": failing
 * a named group, the armed men of a state without a name of their own (COLREB, PAKUAF,
 * IRQINS) who made the story's last armed act are those "the attackers" stand for; NULL
 * when the last armed act was a state's own forces' or a named group's. */
static const char *state_armed_men(const sentence_context *ctx)
{
    const char *c = ctx ? ctx->last_armed : NULL;
    if (!c || strlen(c) != 6)
        return NULL;
    return strcmp(c + 3, "REB") == 0 || strcmp(c + 3, "INS") == 0 || strcmp(c + 3, "UAF") == 0
               ? c : NULL;
}

static void resolve_armed_people(parsed_sentence *ps, const char *forward,
                                 const sentence_context *ctx)
{
    static const char *const armed_people[] = {
        "MILITANTS", "GUNMEN", "ATTACKERS", "ASSAILANTS", "INSURGENTS", "FIGHTERS",
        "MILITIAMEN", "JIHADISTS", "REBELS", "GUERRILLAS", NULL};
    static const char *const own[] = {"OF", "FROM", "LINKED", "LOYAL", NULL};
    for (int i = 1; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (!word_in(w, armed_people) || !bare_definite_agent(ps, i, own))
            continue;
        const char *code = organisation_meant(ps, i, forward, ctx);
        /* (a state's forces or a party named before are no armed men's group) */
        if (!code || !parse_armed_group_code(code))
            code = state_armed_men(ctx);
        if (code)
            refer_to(w, i, code);
    }
}

/* "Israeli police arrested five Palestinian protesters. The detainees were released on
 * bail.": people a story goes on to name by what was done to them, with the article
 * alone ("the detainees", "the hostages", "the captives"), are those the story's last
 * arrest or detention (173), or abduction (181), took: that act's target, not people of
 * the state of the place or of the story. A phrase of their own after them ("the
 * hostages from the ship") makes them others. */
static void resolve_held_people(parsed_sentence *ps, const sentence_context *ctx)
{
    static const char *const detained[] = {"DETAINEE", "DETAINEES", NULL};
    static const char *const abducted[] = {"HOSTAGE", "HOSTAGES", "CAPTIVE", "CAPTIVES",
                                           "ABDUCTEES", NULL};
    static const char *const own[] = {"OF", "FROM", "IN", "HELD", "TAKEN", NULL};
    if (!ctx || (!ctx->last_detained && !ctx->last_abducted))
        return;
    for (int i = 1; i < ps->n; i++) {
        pword *w = &ps->w[i];
        const char *code = word_in(w, detained)   ? ctx->last_detained
                           : word_in(w, abducted) ? ctx->last_abducted
                                                  : NULL;
        if (code && bare_definite_agent(ps, i, own))
            refer_to(w, i, code);
    }
}

/* "Russian forces shelled Kherson. The shelling killed three civilians.": an armed act
 * named by its noun alone, with the article, opening the sentence as the subject of its
 * verb ("the strike", "the air strike", "the missile", "the blast") is the story's last
 * armed act, its author the one who struck (sentence_context.last_armed), as "the attack"
 * after a verb is. */
static void resolve_armed_act_subject(parsed_sentence *ps, const sentence_context *ctx)
{
    static const char *const acts[] = {
        "ATTACK", "ATTACKS", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "RAID", "RAIDS",
        "SHELLING", "BOMBING", "BOMBINGS", "BOMBARDMENT", "MISSILE", "MISSILES", "ROCKET",
        "ROCKETS", "BARRAGE", "BLAST", "AMBUSH", "ASSAULT", "SHELL", "SHELLS", NULL};
    if (!ctx || !ctx->last_armed || ps->n < 3 || ps->w[0].len != 3 ||
        memcmp(ps->w[0].s, "THE", 3) != 0)
        return;
    /* (one word of kind between: "the air strike", "the drone attack") */
    int i = word_in(&ps->w[1], acts) ? 1
            : ps->w[1].type == W_NULL && ps->w[1].cap == CAP_NONE ? 2
                                                                  : 0;
    if (!i || i + 1 >= ps->n)
        return;
    pword *w = &ps->w[i];
    if (w->subord || (w->type != W_NULL && w->type != W_NOUN) || !word_in(w, acts) ||
        ps->w[i + 1].type != W_VERB)
        return;
    if (i == 2) /* (the word of kind names no party) */
        ps->w[1].type = W_NULL;
    w->type = W_PRONOUN;
    w->head = w->tail = true;
    w->other_end = (int16_t)i;
    w->ref = -1;
    w->fwd_code = ctx->last_armed;
}

/* Is the "of" after the words first..last (right after the verb or after its article) a
 * charge's ("accused the agency of bias", "accused aid agencies of lying"), not a phrase
 * of their own? */
static bool charged_of(const parsed_sentence *ps, int first, int last)
{
    static const char *const charging[] = {"ACCUSED", "ACCUSE", "ACCUSES", "ACCUSING",
                                           "SUSPECTED", "SUSPECTS", "SUSPECT", NULL};
    return first >= 1 && last + 1 < ps->n && ps->w[last + 1].len == 2 &&
           memcmp(ps->w[last + 1].s, "OF", 2) == 0 &&
           (word_in(&ps->w[first - 1], charging) ||
            (first >= 2 && word_in(&ps->w[first - 2], charging)));
}

/* Is the code an NGO's: a transnational one (NGO...) or a state's (KENNGO)? */
static bool ngo_code(const char *c)
{
    return c && (strncmp(c, "NGO", 3) == 0 || (strlen(c) == 6 && strcmp(c + 3, "NGO") == 0));
}

/* "Amnesty International accused Ethiopia's army of killings. The rights group said ...":
 * an NGO's description (an agent of the NGO role whose last word names a body: "rights
 * group", "aid agencies", "the charity", "humanitarian organisations") with no state of
 * its own words is the NGO the sentence or the story named before, after "the"; else, or
 * after "a" or nothing, it is a transnational NGO (NGO), not the NGO of the state some
 * other word of the sentence names ("Aid agencies urged Israel to open crossings into
 * Gaza" gave PSENGO). A state before it ("Egyptian rights groups") or a phrase of its own
 * after it ("aid groups in Gaza", "a charity based in London") keeps the lexicon's
 * reading. */
static void resolve_ngo_descriptions(parsed_sentence *ps, const char *forward,
                                     const sentence_context *ctx)
{
    static const char *const bodies[] = {
        "GROUP", "GROUPS", "AGENCY", "AGENCIES", "ORGANIZATION", "ORGANIZATIONS",
        "ORGANISATION", "ORGANISATIONS", "CHARITY", "CHARITIES", "WATCHDOG", "GROUP'S",
        "AGENCY'S", "ORGANIZATION'S", "ORGANISATION'S", "CHARITY'S", "WATCHDOG'S", NULL};
    /* (words that say what kind of body it is, naming no state) */
    static const char *const kinds[] = {"INTERNATIONAL", "GLOBAL", "LEADING", "PROMINENT",
                                        "INDEPENDENT", "MEDICAL", "MAJOR", "LARGEST",
                                        "HUMANITARIAN", NULL};
    static const char *const definite[] = {"THE", NULL};
    static const char *const indefinite[] = {"A", "AN", "SEVERAL", "SOME", "MANY", "OTHER",
                                             "TWO", "THREE", NULL};
    static const char *const linking[] = {"ON", "TO", "WITH", "AGAINST", "BY", "FOR", "AND",
                                          "THAT", NULL};
    static const char *const own[] = {"IN", "OF", "FROM", "BASED", "AT", NULL};
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->subord || w->type != W_AGENT || !w->head || !w->entry || !w->entry->ncodes ||
            !w->entry->codes[0].code || strcmp(w->entry->codes[0].code, "~NGO") != 0)
            continue;
        int tail = w->other_end >= i && w->other_end < ps->n ? w->other_end : i;
        if (!word_in(&ps->w[tail], bodies))
            continue;
        int d = i - 1;
        while (d >= 0 && i - d <= 2 && ps->w[d].type != W_ACTOR && ps->w[d].cap == CAP_NONE &&
               word_in(&ps->w[d], kinds))
            d--;
        if (own_argument_after(ps, tail, own) && !charged_of(ps, d + 1, tail))
            continue;
        const char *code = NULL;
        if (d >= 0 && word_in(&ps->w[d], definite)) {
            /* the NGO named earlier in the sentence, else the one the story named last */
            for (int k = 0; k < d; k++)
                if (ps->w[k].type == W_ACTOR && ps->w[k].head && ps->w[k].code &&
                    ngo_code(ps->w[k].code->code))
                    code = ps->w[k].code->code;
            if (!code && ngo_code(forward))
                code = forward;
            if (!code && ctx && ngo_code(ctx->last_organisation))
                code = ctx->last_organisation;
        } else if (!(d < 0 || word_in(&ps->w[d], indefinite) ||
                     /* (a bare plural after its verb or preposition: "accused aid agencies
                        of lying", "called on rights groups") */
                     (d + 1 == i && ps->w[d].type == W_VERB) || word_in(&ps->w[d], linking))) {
            continue; /* (a state's: "Egyptian rights groups", "Kenya's charities") */
        }
        /* (only a subject: a group after the verb may be where a place phrase the clause
           leaves out puts it, "raided the offices of a rights group in Nairobi") */
        bool subject = true;
        for (int k = 0; k < i && subject; k++)
            subject = ps->w[k].type != W_VERB;
        if (!code && !subject)
            continue;
        if (!code)
            code = "NGO";
        refer_phrase_to(ps, i, tail, code);
        i = tail;
    }
}

/* The international body or NGO that made the story's last accusation or criticism, or
 * NULL: "the report" a state rejects after it is that body's (a report by a state or a
 * newspaper names its author otherwise, or is no party's). */
static const char *body_report(const sentence_context *ctx)
{
    const char *c = ctx ? ctx->forward_said[SAID_ACCUSATION] : NULL;
    return c && (strncmp(c, "IGO", 3) == 0 || strncmp(c, "NGO", 3) == 0) ? c : NULL;
}

static void resolve_descriptions(arena *a, parsed_sentence *ps, const char *forward,
                                 const char *pair, const char *forward_act,
                                 const sentence_context *ctx)
{
    const char *measure = ctx && ctx->forward_measure ? ctx->forward_measure : forward;
    static const char *const plural_states[] = {"COUNTRIES", "NATIONS", "SIDES", "STATES",
                                                "NEIGHBOURS", "NEIGHBORS", NULL};
    /* "the two leaders", "both presidents", "the two governments": the states'
       governments */
    static const char *const plural_leaders[] = {"LEADERS", "PRESIDENTS", "PREMIERS",
                                                 "MINISTERS", "DELEGATIONS", "GOVERNMENTS",
                                                 NULL};
    for (int i = 1; i < ps->n; i++) {
        pword *w = &ps->w[i];
        /* (a title's first word before the plural: "both prime ministers", "the two
           foreign ministers") */
        int last = titled_plural(ps, i, plural_leaders);
        bool leaders = last > i || word_in(w, plural_leaders);
        bool koreas = w->len == 6 && memcmp(w->s, "KOREAS", 6) == 0; /* ("the two Koreas") */
        /* ("both men" after two leaders were named: those leaders) */
        const char *men = word_in(w, (const char *const[]){"MEN", "WOMEN", NULL}) && ctx
                              ? leaders_named(ctx->group_before) : NULL;
        /* ("the three states": the verb "states" after a count is the noun) */
        bool states = w->type == W_VERB && w->len == 6 && memcmp(w->s, "STATES", 6) == 0;
        if (w->subord ||
            (w->type != W_NULL && w->type != W_NOUN && !states &&
             !((leaders || men) && w->type == W_AGENT)) ||
            (last == i && w->head != w->tail) ||
            (!leaders && !koreas && !men && !word_in(w, plural_states)))
            continue;
        /* (a region's adjective may stand before the noun: "the three Baltic states",
           "the two Asian neighbours", which then names no actor of its own) */
        const pword *adj = &ps->w[i - 1];
        int at = i - 1 >= 2 && adj->cap != CAP_NONE &&
                         (adj->type == W_NULL || (adj->type == W_ACTOR && adj->head && adj->tail))
                     ? i - 1 : i;
        const pword *p1 = &ps->w[at - 1];
        bool both = p1->len == 4 && memcmp(p1->s, "BOTH", 4) == 0;
        bool two = p1->len == 3 && memcmp(p1->s, "TWO", 3) == 0 && at >= 2 &&
                   ps->w[at - 2].len == 3 && memcmp(ps->w[at - 2].s, "THE", 3) == 0;
        int many = listed_count(ps, at);
        if (!both && !two && !many)
            continue;
        /* (the sides of a dispute are the last two states it opposed, when the sentence
           names no two of its own) */
        bool sides = memcmp(w->s, "SIDES", 5) == 0 && w->len == 5;
        /* (a pair the sentence before named as a list is the one meant, before the
           states its events named last: "Russia and Ukraine held talks in Istanbul. The
           two sides agreed ..."; the sides in full: "Israel and Hezbollah") */
        const char *before = listed_pair(a, ctx ? ctx->group_before : NULL, !sides);
        /* (sides only where the list is the pair last opposed, or else the pair whose
           events were named last: not the mediators or the observers named after the
           parties) */
        const char *last_two = ctx && ctx->sides ? ctx->sides : pair;
        if (sides && before &&
            !(last_two && strlen(last_two) == 7 &&
              ((strncmp(before, last_two, 3) == 0 && strncmp(before + 4, last_two + 4, 3) == 0) ||
               (strncmp(before, last_two + 4, 3) == 0 && strncmp(before + 4, last_two, 3) == 0))))
            before = NULL;
        const char *named = before ? before : sides && ctx && ctx->sides ? ctx->sides : pair;
        const char *code = koreas ? (many ? NULL : "PRK/KOR")
                           : men  ? (many ? NULL : men)
                           : many ? NULL : state_pair(a, ps, i, named, sides);
        /* (the states of the list the story named last: "the three countries" after
           "France, Germany and Britain"; "the two countries" before any event) */
        if (!code && !sides)
            code = listed_states(a, ctx ? ctx->group : NULL, many ? many : 2, leaders);
        else if (code && leaders) {
            char *gov = arena_alloc(a, 14);
            snprintf(gov, 14, "%.3sGOV/%.3sGOV", code, code + 4);
            code = gov;
        }
        if (code && sides && code == before) {
            /* ("both sides" in full, the codes as the list named them) */
            code = ctx->group_before;
        }
        if (!code)
            continue;
        for (int k = i + 1; k <= last; k++) {
            ps->w[k].type = W_NULL;
            ps->w[k].head = ps->w[k].tail = false;
        }
        if (at < i) {
            ps->w[at].type = W_NULL;
            ps->w[at].head = ps->w[at].tail = false;
        }
        w->plural = true;
        w->head = w->tail = true;
        refer_to(w, i, code);
        i = last;
    }
    /* "The two countries agreed to reopen their consulates": "their" after a description
       of a list in the same sentence is that list */
    const char *listed = NULL;
    for (int i = 0; i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->type != W_PRONOUN || !w->plural || !w->fwd_code)
            continue;
        if (strchr(w->fwd_code, '/') && w->other_end == i && !listed)
            listed = w->fwd_code;
        else if (listed && w->ref < 0 && w->fwd_code == forward && w->len == 5 &&
                 memcmp(w->s, "THEIR", 5) == 0)
            w->fwd_code = listed; /* ("criticised them" names others) */
    }
    /* "The President" after "U.S. President Donald Trump": that person (a title the story
       named someone with, capitalised after "the", without its own "of"); "the ministry"
       after "China's foreign ministry": that state's ministry (a body's one noun, in any
       case) */
    static const char *const body_agents[] = {"MINISTRY", "COURT", "TRIBUNAL", "DEPARTMENT",
                                              "COMMISSION", "AGENCY", "COUNCIL",
                                              /* ("Ukraine's army ... the army") */
                                              "ARMY", "NAVY", "MILITARY",
                                              /* ("the court's decision") */
                                              "COURT'S", "TRIBUNAL'S", NULL};
    for (int i = 1; ctx && ctx->nheads && i < ps->n; i++) {
        pword *w = &ps->w[i];
        if (w->subord || w->type != W_AGENT || !w->head ||
            !(w->cap == CAP_MID ||
              (w->cap == CAP_NONE && w->other_end <= i &&
               (word_in(w, body_agents) || parse_role_noun(w->entry)))) ||
            !(ps->w[i - 1].len == 3 && memcmp(ps->w[i - 1].s, "THE", 3) == 0))
            continue;
        if (w->cap != CAP_NONE && parse_role_noun(w->entry))
            continue; /* ("the Refugee Council": a name) */
        int tail = w->other_end > i && w->other_end < ps->n ? w->other_end : i;
        /* ("accused the ministry of lying": the "of" of a charge, not of the body's own
           name) */
        static const char *const charging[] = {"ACCUSED", "ACCUSE", "ACCUSES", "ACCUSING",
                                               "CONVICTED", "ACQUITTED", "CLEARED",
                                               "SUSPECTED", "SUSPECTS", "SUSPECT", NULL};
        if (tail + 1 < ps->n && ps->w[tail + 1].len == 2 &&
            memcmp(ps->w[tail + 1].s, "OF", 2) == 0 &&
            !(i >= 2 && word_in(&ps->w[i - 2], charging)))
            continue;
        /* ("the ministry in Rome", "the court in Ankara": the place names the body's own
           state, which the lexicon reads) */
        static const char *const places_of[] = {"IN", "AT", NULL};
        if (tail + 2 < ps->n && word_in(&ps->w[tail + 1], places_of) &&
            ps->w[tail + 2].type == W_ACTOR)
            continue;
        const char *code = named_head(ctx, w);
        if (!code)
            continue;
        refer_phrase_to(ps, i, tail, code);
        i = tail;
    }
    static const char *const determiners[] = {"THE", "THIS", "THAT", "SUCH", NULL};
    static const char *const state_nouns[] = {"COUNTRY", "COUNTRY'S", "NATION", "NATION'S",
                                              "REGIME", "REGIME'S", "KINGDOM", "KINGDOM'S",
                                              "ISLAND", "ISLAND'S", "REPUBLIC", "REPUBLIC'S",
                                              NULL};
    static const char *const event_nouns[] = {"DECISION", "MOVE", "STEP", "STEPS", "ACTION",
                                              "ACTIONS", "RECOGNITION", "MEASURE", "MEASURES",
                                              "VERDICT", "RULING", "SANCTIONS", "BAN",
                                              "DECREE", "INVITATION", "OFFER", "PROPOSAL",
                                              "REQUEST", "VISIT", "TRIP", NULL};
    /* words someone said that a story goes on to answer ("Moscow rejected the demands"):
       whoever said them last */
    static const char *const demand_nouns[] = {"DEMANDS", "DEMAND", "APPEAL", "APPEALS",
                                               "CALLS", "ULTIMATUM", NULL};
    static const char *const accusation_nouns[] = {"ALLEGATIONS", "ACCUSATIONS", "ALLEGATION",
                                                   "ACCUSATION", "CHARGES", "CHARGE", "CLAIMS",
                                                   "CLAIM", "CRITICISM", NULL};
    static const char *const threat_nouns[] = {"THREATS", "THREAT", "WARNING", "WARNINGS", NULL};
    /* what an international body or an NGO publishes ("the report", "the findings"): its
       own, when it made the story's last accusation (body_report) */
    static const char *const report_nouns[] = {"REPORT", "REPORTS", "FINDINGS", "STUDY", NULL};
    /* acts a story goes on to judge ("Seoul condemned the launch"): their author, as the
       object of a verb only (as a subject, "the attack killed twelve people", the act's
       author is no participant of the sentence's event) */
    static const char *const act_nouns[] = {
        "LAUNCH", "LAUNCHES", "TEST", "TESTS", "ATTACK", "ATTACKS", "STRIKE", "STRIKES",
        "AIRSTRIKE", "AIRSTRIKES", "RAID", "RAIDS", "ARREST", "ARRESTS", "DETENTION",
        "DEPLOYMENT", "PLAN", "INVASION", "INCURSION", "OFFENSIVE", "CRACKDOWN", "SHELLING",
        "BOMBING", "SEIZURE", "EXPULSION", "EXPULSIONS", "PROVOCATION", "ANNEXATION",
        "EXECUTION", "EXECUTIONS", "KILLING", "KILLINGS", "BLOCKADE", "EMBARGO",
        "WITHDRAWAL", "DRILLS", "DRILL", "EXERCISES", "MANOEUVRES", "MANEUVERS", "ABDUCTION",
        "ABDUCTIONS", "KIDNAPPING", "KIDNAPPINGS", "HIJACKING", NULL};
    /* measures a story judges by their own noun, whoever acted between: the last to
       impose sanctions, the last court to rule */
    static const char *const sanction_nouns[] = {"SANCTIONS", "EMBARGO", NULL};
    static const char *const deal_nouns[] = {"DEAL", "AGREEMENT", "ACCORD", "PACT", "TREATY", NULL};
    static const char *const ruling_nouns[] = {"VERDICT", "VERDICTS", "RULING", "SENTENCE",
                                               "SENTENCES", "CONVICTION", "CONVICTIONS",
                                               "WARRANT", "WARRANTS", "JUDGMENT", "JUDGEMENT",
                                               NULL};
    static const char *const alliance_nouns[] = {"ALLIANCE", "ALLIANCE'S", "BLOC", "BLOC'S",
                                                 NULL};
    static const char *const claiming[] = {"CLAIMED", "CLAIMS", "CLAIM", "CLAIMING", "ADMITTED",
                                           "ADMITS", "ADMIT", NULL};
    static const char *const armed_group_nouns[] = {"GROUP", "GROUP'S", "ORGANIZATION",
                                                    "ORGANISATION", "MOVEMENT", "MILITIA",
                                                    "MILITIA'S", NULL};
    /* words after such a noun that name its own participants ("the sanctions on Iran",
       "the ruling by the court"): then it is no reference back */
    static const char *const own_arguments[] = {"BY", "OF", "ON", "AGAINST", "FROM", "TO",
                                                NULL};
    for (int i = 1; i < ps->n; i++) {
        pword *w = &ps->w[i];
        /* ("the joint drills", "the latest attack": one qualifying word before an act,
           which the reading may have taken for a verb) */
        bool qualified = i >= 2 && !w->subord && w->head == w->tail &&
                         (w->type == W_NULL || w->type == W_NOUN || (w->type == W_VERB && w->head)) &&
                         word_in(w, act_nouns) && word_in(&ps->w[i - 2], determiners) &&
                         (ps->w[i - 1].type == W_NULL || ps->w[i - 1].type == W_ADJECTIVE ||
                          ps->w[i - 1].type == W_NOUN);
        /* ("condemned his arrest": the possessive is the act's patient, its author the
           one the story last told of) */
        static const char *const possessives[] = {"HIS", "HER", "THEIR", NULL};
        bool patient = i >= 2 && word_in(&ps->w[i - 1], possessives) && word_in(w, act_nouns);
        /* ("the militant group", "the Islamist movement": one word describing the group
           between the determiner and the noun) */
        bool described = i >= 2 && !w->subord && w->head == w->tail &&
                         (w->type == W_NULL || w->type == W_NOUN) &&
                         word_in(w, armed_group_nouns) && word_in(&ps->w[i - 2], determiners) &&
                         ps->w[i - 1].head == ps->w[i - 1].tail &&
                         (ps->w[i - 1].type == W_NULL || ps->w[i - 1].type == W_ADJECTIVE ||
                          ps->w[i - 1].type == W_NOUN || ps->w[i - 1].type == W_AGENT);
        /* ("Pakistan condemned that attack": "that" right after a verb and before an act's
           noun that no verb follows is the noun's determiner, no subordinator) */
        bool that_det = i >= 2 && ps->w[i - 1].len == 4 && memcmp(ps->w[i - 1].s, "THAT", 4) == 0 &&
                        ps->w[i - 2].type == W_VERB && (word_in(w, act_nouns) || word_in(w, event_nouns)) &&
                        (i + 1 >= ps->n || ps->w[i + 1].type != W_VERB);
        /* (a possessive makes the word a noun, whatever the reading took it for) */
        if (!qualified && ((w->subord && !that_det) ||
                           (w->type != W_NULL && w->type != W_NOUN &&
                            !((patient || that_det) && w->type == W_VERB)) ||
                           w->head != w->tail ||
                           (!word_in(&ps->w[i - 1], determiners) && !patient && !described)))
            continue;
        const char *code = NULL;
        if (word_in(w, state_nouns) &&
            !(i + 1 < ps->n && ps->w[i + 1].len == 2 && strncmp(ps->w[i + 1].s, "OF", 2) == 0)) {
            /* ("the island of Lesbos", "the Republic of Congo": a name, no reference back) */
            /* the most recent actor before it other than the sentence's subject (a
             * sentence rarely calls its own subject "the country"), else the previous
             * sentence's actor, else the subject itself */
            const char *subject = NULL;
            for (int k = 0; k < i; k++) {
                const pword *a2 = &ps->w[k];
                if (a2->type != W_ACTOR || !a2->head || a2->subord || !a2->code ||
                    !a2->code->code)
                    continue;
                if (!subject)
                    subject = a2->code->code;
                else
                    code = a2->code->code;
            }
            if (!code && forward && (!subject || strncmp(forward, subject, 3) != 0))
                code = forward;
            if (!code)
                code = subject;
            /* ("Taiwan said Beijing launched drills around the island": "the island" is the
               island state the sentence named, whoever came between, else the previous
               sentence's actor when that is one) */
            static const char *const island_nouns[] = {"ISLAND", "ISLAND'S", NULL};
            if (word_in(w, island_nouns)) {
                const char *island = NULL;
                for (int k = 0; k < i; k++) {
                    const pword *a2 = &ps->w[k];
                    if (a2->type == W_ACTOR && a2->head && !a2->subord && a2->code &&
                        island_state(a2->code->code))
                        island = a2->code->code;
                }
                if (!island && island_state(forward))
                    island = forward;
                if (island)
                    code = island;
            }
            code = state_of(a, code);
        } else if (word_in(w, alliance_nouns)) {
            /* "the alliance" after NATO is named: the organisation, not its leaders; named
               earlier in the sentence ("the NATO chief said the alliance would ...") or in
               the one before */
            const char *named = NULL;
            for (int k = 0; k < i; k++) {
                const pword *a2 = &ps->w[k];
                if (a2->type == W_ACTOR && a2->head && a2->code && a2->code->code &&
                    strncmp(a2->code->code, "IGO", 3) == 0)
                    named = a2->code->code;
            }
            const char *org = named ? named : forward;
            /* ("The EU adopted sanctions. [...] Zelensky welcomed the decision. He called on
               the bloc to ...": the international organisation the story named last) */
            if (!(org && strncmp(org, "IGO", 3) == 0) && ctx && ctx->last_organisation &&
                strncmp(ctx->last_organisation, "IGO", 3) == 0)
                org = ctx->last_organisation;
            if (org && strncmp(org, "IGO", 3) == 0) {
                size_t fl = strlen(org);
                code = fl > 6 && strcmp(org + fl - 3, "GOV") == 0 ? arena_strndup(a, org, fl - 3)
                                                                   : org;
            }
        } else if (word_in(w, armed_group_nouns) &&
                   !own_argument_after(ps, i, own_arguments) &&
                   (code = organisation_named(ps, i, forward, ctx, described)) != NULL) {
            /* "Hezbollah said it would fight. The group bombed a US base." */
        } else if (w->type == W_NULL && ctx && ctx->nheads && w->cap == CAP_NONE &&
                   (!own_argument_after(ps, i, own_arguments) || charged_of(ps, i, i)) &&
                   (code = named_head(ctx, w)) != NULL) {
            /* "the party" after "the Bangladesh Nationalist Party": that organisation */

        } else if (ctx && word_in(w, sanction_nouns) && ctx->last_measure[MEASURE_SANCTIONS] &&
                   !own_argument_after(ps, i, own_arguments)) {
            /* "The EU adopted sanctions against Russia. Hungary had held up the package.
               Moscow condemned the sanctions": the EU's, not Hungary's */
            code = ctx->last_measure[MEASURE_SANCTIONS];
        } else if (ctx && word_in(w, deal_nouns) && ctx->last_measure[MEASURE_DEAL] &&
                   !own_argument_after(ps, i, own_arguments) &&
                   !own_argument_after(ps, i, (const char *const[]){"WITH", "BETWEEN", NULL}) &&
                   (code = deal_counterpart(a, ps, i, ctx->last_measure[MEASURE_DEAL])) != NULL) {
            /* "Iran signed a deal with the US. Washington reneged on the deal": Iran's */
        } else if (ctx && word_in(w, ruling_nouns) && ctx->last_measure[MEASURE_RULING] &&
                   !own_argument_after(ps, i, own_arguments)) {
            /* "A court sentenced 45 activists. The US condemned the sentences. Australia
               criticised the verdict": the court's, not the US's */
            code = ctx->last_measure[MEASURE_RULING];
        } else if (word_in(w, event_nouns) &&
                   !own_argument_after(ps, i, own_arguments)) {
            code = measure;
            /* "the verdict", "the ruling" are the court's the story named, not the
               author of what the sentence before rejected ("The court rejected the
               journalist's appeal. Turkish officials welcomed the ruling.") */
            static const char *const judgements[] = {"VERDICT", "RULING", NULL};
            static const pword court = {.s = "COURT", .len = 5};
            const char *judge = word_in(w, judgements) && ctx && ctx->nheads
                                    ? named_head(ctx, &court) : NULL;
            if (judge)
                code = judge;
        } else if ((word_in(w, demand_nouns) || word_in(w, accusation_nouns) ||
                    word_in(w, threat_nouns)) &&
                   !own_argument_after(ps, i, own_arguments)) {
            int kind = word_in(w, demand_nouns) ? SAID_DEMAND
                       : word_in(w, accusation_nouns) ? SAID_ACCUSATION : SAID_THREAT;
            code = ctx && ctx->forward_said[kind] ? ctx->forward_said[kind] : measure;
        } else if (word_in(w, report_nouns) && !own_argument_after(ps, i, own_arguments) &&
                   (code = body_report(ctx)) != NULL) {
            /* "Amnesty accused Ethiopian troops of killings. Ethiopia dismissed the report" */
        } else if (word_in(w, act_nouns) && i >= 2 &&
                   (ps->w[i - 2].type == W_VERB || (qualified && i >= 3 && ps->w[i - 3].type == W_VERB)) &&
                   !word_in(&ps->w[qualified && ps->w[i - 2].type != W_VERB ? i - 3 : i - 2], claiming) &&
                   !own_argument_after(ps, i, own_arguments)) {
            /* (not an act one claims: "Islamic State claimed the bombing" is its own) */
            code = forward_act;
            /* ("Hezbollah fired rockets at Israel. [...] Iran praised the attack": an armed
               act is the last armed act's) */
            static const char *const armed_acts[] = {
                "ATTACK", "ATTACKS", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "RAID",
                "RAIDS", "SHELLING", "BOMBING", "OFFENSIVE", "INVASION", "INCURSION",
                "ABDUCTION", "ABDUCTIONS", "KIDNAPPING", "KIDNAPPINGS", "HIJACKING", NULL};
            if (ctx && ctx->last_armed && word_in(w, armed_acts))
                code = ctx->last_armed;
        }
        if (!code || code[0] == '-' || code[0] == '#' || code[0] == '+')
            continue;
        if (patient || described) /* (the patient or the description is no party the
                                         reading should take) */
            ps->w[i - 1].type = W_NULL;
        w->head = w->tail = true;
        refer_to(w, i, code);
    }
}

/* ---- whole-sentence checks ------------------------------------------------------- */

/* Discard codes count anywhere in the sentence, comma clauses included, so this runs
 * before those are removed. opt->petrarch: PETRARCH keeps discards in a list of their
 * own, so an actor coded [###] is an actor like any other. */
static void check_discards(const coder_options *opt, parsed_sentence *ps)
{
    for (int i = 0; i < ps->n; i++) {
        const pword *w = &ps->w[i];
        if (!w->head)
            continue;
        if (w->type == W_ACTOR && code_is(w->code, "###") && !opt->petrarch) {
            ps->problem = PARSE_DISCARD;
            ps->problem_detail = "discard code found in text";
            return;
        }
        if (w->type == W_VERB && w->verb && (w->verb->code.flags & LCF_DISCARD)) {
            ps->problem = PARSE_DISCARD;
            ps->problem_detail = "discard code found in text";
            return;
        }
        /* nouns that carry a code: time phrases coded [###] or [+++] */
        if (w->type == W_NOUN && w->entry && w->entry->kind == LEX_NOUN && w->entry->ncodes) {
            const char *c = w->entry->codes[0].code;
            if (strcmp(c, "###") == 0) {
                ps->problem = PARSE_DISCARD;
                ps->problem_detail = "discard code found in text";
                return;
            }
            if (strcmp(c, "+++") == 0) {
                ps->problem = PARSE_COMPLEX;
                ps->problem_detail = "complex code found in text";
                return;
            }
        }
    }
}

static void check_sentence(const coder_options *opt, parsed_sentence *ps)
{
    int verbs = 0, conj = 0, first_verb = -1;
    for (int i = 0; i < ps->n; i++) {
        const pword *w = &ps->w[i];
        if (w->subord)
            continue;
        if (w->type == W_VERB && w->head) {
            verbs++;
            if (first_verb < 0 && w->verb && !(w->verb->code.flags & LCF_NULL))
                first_verb = i;
        }
        if (w->type == W_CONJ && !w->compound)
            conj++;
    }
    if (opt->complex_verbs > 0 && verbs >= opt->complex_verbs) {
        ps->problem = PARSE_COMPLEX;
        ps->problem_detail = "complex text: too many verbs";
        return;
    }
    if (opt->complex_conj > 0 && conj >= opt->complex_conj) {
        ps->problem = PARSE_COMPLEX;
        ps->problem_detail = "complex text: too many conjunctions";
        return;
    }
    if (opt->noactprior) {
        int limit = first_verb >= 0 ? first_verb : ps->n;
        bool actor = false;
        for (int i = 0; i < limit && !actor; i++)
            actor = !ps->w[i].subord &&
                    (ps->w[i].type == W_ACTOR || parse_is_actor_head(ps, i));
        if (!actor) {
            ps->problem = PARSE_COMPLEX;
            ps->problem_detail = "complex text: no actor before the verb";
        }
    }
}

void parse_sentence(const lexicon *lx, const coder_options *opt, arena *a, const char *text,
                    uint32_t start, uint32_t end, int32_t date, const char *forward,
                    parsed_sentence *out)
{
    sentence_context ctx = {.forward = forward};
    parse_sentence_in(lx, opt, a, text, start, end, date, &ctx, out);
}

void parse_sentence_in(const lexicon *lx, const coder_options *opt, arena *a, const char *text,
                       uint32_t start, uint32_t end, int32_t date, const sentence_context *ctx,
                       parsed_sentence *out)
{
    const char *forward = ctx ? ctx->forward : NULL;
    memset(out, 0, sizeof *out);
    out->date = date;
    make_words(a, text, start, end, opt, ctx, out);
    if (out->n == 0) {
        out->problem = PARSE_NO_TEXT;
        out->problem_detail = "no text";
        return;
    }
    if (out->n < opt->minimum_words) {
        out->problem = PARSE_TOO_SHORT;
        out->problem_detail = "too few words in sentence";
        return;
    }
    assign_roots(lx, a, out, ctx);
    mark_nouns(out);
    if (opt->petrarch)
        mark_negation(out);
    if (opt->convert_agents)
        convert_agents(out);
    else if (opt->petrarch)
        null_agents(a, out);
    check_discards(opt, out);
    mark_compounds(out, opt->petrarch, opt->keep_nested);
    for (int k = 0; k < out->n; k++) {
        out->w[k].read_type = out->w[k].type;
        out->w[k].read_head = out->w[k].head;
        out->w[k].read_entry = out->w[k].entry;
    }
    if (opt->descriptions)
        mark_opening_source(text, out);
    mark_subordinates(opt, out);
    mark_clauses(a, opt, out);
    dereference_pronouns(out, forward, opt->descriptions, ctx ? ctx->forward_person : NULL);
    if (opt->descriptions) {
        plural_pronoun_list(out, forward, ctx ? ctx->group_before : NULL);
        object_pronoun_list(out, forward, ctx ? ctx->group_before : NULL);
        resolve_descriptions(a, out, forward, ctx ? ctx->pair : NULL,
                             ctx && ctx->forward_act ? ctx->forward_act : forward, ctx);
        resolve_korean_sides(out, forward, ctx);
        resolve_armed_people(out, forward, ctx);
        resolve_held_people(out, ctx);
        resolve_armed_act_subject(out, ctx);
        resolve_ngo_descriptions(out, forward, ctx);
    }
    if (out->problem == PARSE_OK)
        check_sentence(opt, out);
}

const char *parse_surname(arena *a, const char *text, uint32_t start, uint32_t end,
                          size_t *len)
{
    uint32_t from = end;
    /* (an apostrophe between letters is the name's own: "Gu'ud", "O'Brien") */
    while (from > start && (isalpha((unsigned char)text[from - 1]) ||
                            (text[from - 1] == '\'' && from < end && from - 1 > start &&
                             isalpha((unsigned char)text[from - 2]))))
        from--;
    *len = end - from;
    char *up = arena_alloc(a, *len + 1);
    for (size_t i = 0; i < *len; i++)
        up[i] = (char)toupper((unsigned char)text[from + i]);
    up[*len] = '\0';
    return up;
}

lex_entry parse_person_entry(arena *a, const char *surname, size_t len, const char *code,
                             const char *origin)
{
    lex_word *w = arena_alloc(a, sizeof *w);
    *w = (lex_word){arena_strndup(a, surname, len), (uint16_t)len, LWF_EXACT};
    lex_code *lc = arena_alloc(a, sizeof *lc);
    *lc = (lex_code){code, 0, 99999999};
    return (lex_entry){.kind = LEX_ACTOR, .nwords = 1, .ncodes = 1, .score = (uint16_t)len,
                       .words = w, .codes = lc, .origin = origin};
}
