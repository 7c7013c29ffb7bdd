/* coder.c: from a parsed sentence to events (see coder.h).
 *
 * The order of operations follows TABARI's coder, because its validation suite pins the
 * behaviour down record by record: clauses left to right, verbs left to right within a
 * clause, the first event of a clause ends it (unless CODE ALL), the source carries over
 * from clause to clause, the target is found afresh for every verb. */
#include "coder/coder.h"

#include "cameo/cameo.h"
#include "parse/parse.h"

#include <stdio.h>
#include <string.h>

/* An actor as a slot in an event: a word of the sentence (an actor head or a pronoun),
 * or a default code from the options. */
typedef struct actor_slot {
    int word;          /* -1 when none or default */
    const char *dflt;  /* default code, else NULL */
} actor_slot;

static const actor_slot NO_ACTOR = {-1, NULL};

typedef struct raw_event {
    actor_slot src, tgt;
    const char *code;
    uint8_t flags; /* LCF_* of this half of the code */
    int verb;      /* word index of the verb head */
    const lex_pattern *pattern;
} raw_event;

typedef struct coder_state {
    const lexicon *lx;
    const coder_options *opt;
    arena *a;
    parsed_sentence ps;
    const char *text;

    raw_event *ev;
    size_t nev, cap;

    actor_slot source, target;
    bool source_from_pattern, target_from_pattern;
    bool regular_source_seen, regular_target_seen;
    bool compound_on_itself; /* the target is the source's compound (TABARI's default) */
    bool described_on_itself; /* ... a pair named by a description ("the two countries") */
    bool passive;
    clause cl;
    uint64_t prefix_bits[LEX_FILTER_BITS / 64]; /* every prefix of every word */
} coder_state;

#include "base/strmap.h"

static void compute_prefix_bits(coder_state *st)
{
    memset(st->prefix_bits, 0, sizeof st->prefix_bits);
    for (int i = 0; i < st->ps.n; i++) {
        const pword *w = &st->ps.w[i];
        uint64_t h = STRMAP_HASH_SEED;
        for (size_t k = 0; k < w->len; k++) {
            h = strmap_hash_step(h, (unsigned char)w->s[k]);
            uint16_t bit = lex_prefix_bit(h);
            st->prefix_bits[bit >> 6] |= 1ULL << (bit & 63);
        }
    }
}

static bool pattern_may_match(const coder_state *st, const lex_pattern *p)
{
    for (size_t i = 0; i < p->nrequired; i++) {
        uint16_t bit = p->required[i];
        if (!(st->prefix_bits[bit >> 6] & (1ULL << (bit & 63))))
            return false;
    }
    return true;
}

static bool slot_empty(actor_slot s)
{
    return s.word < 0 && !s.dflt;
}

/* ---- actor codes and agents ------------------------------------------------------ */

static const char *actor_code(const coder_state *st, actor_slot s)
{
    if (s.dflt)
        return s.dflt;
    if (s.word < 0)
        return NULL;
    int h = parse_actor_of(&st->ps, s.word);
    const pword *w = &st->ps.w[h];
    if (w->type == W_PRONOUN)
        return w->fwd_code;
    return (w->code && w->code->code) ? w->code->code : NULL;
}

static bool is_agent_head(const parsed_sentence *ps, int i)
{
    return i >= 0 && i < ps->n && ps->w[i].type == W_AGENT && ps->w[i].head;
}

/* opt->petrarch: PETRARCH gives an actor the agent of its whole noun phrase, which our
 * shallow parse approximates: an agent before the actor across a preposition and a
 * determiner ("soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor",
 * "lawmakers in the Shire"); for a member of a compound actor the search starts from the
 * compound's ends, so that the agent applies to every member ("Arnor and Gondor
 * officials"). Returns the agent head or -1. */
static int petrarch_agent(const parsed_sentence *ps, int loc, int tail)
{
    int first = loc, last = tail;
    if (ps->w[loc].compound)
        for (int k = loc; k >= 0; k--)
            if (ps->w[k].comp_end >= loc) {
                first = k;
                last = ps->w[k].comp_end;
                break;
            }
    int k = first - 1;
    if (k >= 0 && ps->w[k].type == W_DETERMINER)
        k--;
    if (k >= 0 && (ps->w[k].type == W_PREP ||
                   (ps->w[k].len == 4 && memcmp(ps->w[k].s, "FROM", 4) == 0)))
        k--;
    if (k >= 0 && ps->w[k].type == W_AGENT && ps->w[k].tail)
        return ps->w[k].head ? k : ps->w[k].other_end;
    /* after the actor: only right after the compound ("Arnor and Gondor officials") */
    if (last != tail && last + 1 < ps->n && ps->w[last + 1].type == W_AGENT &&
        ps->w[last + 1].head)
        return last + 1;
    /* after a possessive, across up to four adjectives, unknown words or conjunctions
     * between them, within its noun phrase: "Dagolath's first deputy prime minister",
     * "Ithilen's awful and evil minister" */
    const pword *t = &ps->w[tail];
    if (t->len > 2 && t->s[t->len - 2] == '\'' && t->s[t->len - 1] == 'S')
        for (int j = tail + 1, seen = 0; j < ps->n && seen <= 4; j++, seen++) {
            uint8_t ty = ps->w[j].type;
            if (ty == W_AGENT && ps->w[j].head)
                return j;
            if (ps->w[j].subord || (ty != W_NULL && ty != W_ADJECTIVE &&
                                    ty != W_DETERMINER && ty != W_CONJ))
                break;
        }
    return -1;
}

/* The head of the agent attached to the actor whose head is at `loc`, or -1; *former
 * says the agent is FORMER's. */
/* The tree coder's clauses are noun phrases the parser delimited, so an agent may
 * follow its actor across one or two adjectives, listed common nouns or words no
 * dictionary knows ("the Greek Orthodox Church": GRCREL; "Argentina's new president":
 * ARGGOV; "Chilean copper miners": CHLLAB), where TABARI wants it
 * next to it.
 * Only roles cross them.
 * The agent head after the actor ending at tail, or -1. */
static int loose_agent(const parsed_sentence *ps, int tail)
{
    for (int k = tail + 1; k < ps->n && k <= tail + 3; k++) {
        if (is_agent_head(ps, k)) {
            /* a role ("~REL"), not a kind of organisation ("NGO~": "Municipality
               Association" is no NGO of the state before it) */
            const lex_entry *e = ps->w[k].entry;
            bool role = e && e->ncodes && e->codes[0].code && e->codes[0].code[0] == '~';
            return k > tail + 1 && role ? k : -1;
        }
        /* (nor a common noun the lexicon lists: "Chilean copper miners") */
        if ((ps->w[k].type != W_NULL && ps->w[k].type != W_ADJECTIVE &&
             ps->w[k].type != W_NOUN) ||
            ps->w[k].subord)
            return -1;
        /* (an infinitive or a clause after the actor is no part of its phrase: "called
           on Israel to protect civilians") */
        if ((ps->w[k].len == 2 && memcmp(ps->w[k].s, "TO", 2) == 0) ||
            (ps->w[k].len == 4 && memcmp(ps->w[k].s, "THAT", 4) == 0))
            return -1;
    }
    return -1;
}

static const char *agent_code_at(const parsed_sentence *ps, int k);

static int find_agent_word(const coder_state *st, int loc, bool *former_out)
{
    const parsed_sentence *ps = &st->ps;
    const pword *w = &ps->w[loc];
    *former_out = false;
    if (w->type == W_PRONOUN)
        return -1; /* a forwarded actor comes without its agent */
    int tail = w->other_end >= loc ? w->other_end : loc;
    bool former = (tail + 1 < ps->n && ps->w[tail + 1].former) ||
                  (loc > 0 && ps->w[loc - 1].former);
    int agent = -1;
    if (is_agent_head(ps, tail + 1)) {
        agent = tail + 1;
        /* "refugee charities", "migrant workers", "student unions": a kind of organisation
           or of workers after another agent is the head noun, the first its qualifier */
        int end = ps->w[agent].other_end > agent ? ps->w[agent].other_end : agent;
        const char *next = agent_code_at(ps, end + 1);
        size_t nl = next ? strlen(next) : 0;
        if (nl > 1 && (next[nl - 1] == '~' || strcmp(next, "~LAB") == 0 || strcmp(next, "~NGO") == 0))
            agent = end + 1;
    } else if (st->opt->keep_nested && (agent = loose_agent(ps, tail)) >= 0) {
        /* the agent across unknown words or adjectives */
    } else {
        int k = loc - 1;
        /* "the President of the United States", "the leader of the Philippines" */
        if (st->opt->keep_nested && k > 0 && ps->w[k].type == W_DETERMINER && ps->w[k].len == 3 &&
            memcmp(ps->w[k].s, "THE", 3) == 0 && ps->w[k - 1].type == W_PREP)
            k--;
        if (k >= 0 && ps->w[k].type == W_PREP)
            k--;
        if (k >= 0 && ps->w[k].type == W_AGENT && ps->w[k].tail) {
            agent = ps->w[k].head ? k : ps->w[k].other_end;
            if (agent > 0 && ps->w[agent - 1].former)
                former = true;
        }
    }
    if (agent < 0 && st->opt->petrarch)
        agent = petrarch_agent(ps, loc, tail);
    if (agent < 0 && st->opt->keep_nested && w->compound) {
        /* "the foreign ministers of Japan and South Korea": the agent before a compound
           is every member's */
        int k = loc;
        while (k > 0 && ps->w[k - 1].compound)
            k--;
        k--;
        if (k >= 0 && ps->w[k].type == W_PREP)
            k--;
        if (k >= 0 && ps->w[k].type == W_AGENT && ps->w[k].tail)
            agent = ps->w[k].head ? k : ps->w[k].other_end;
    }
    if (agent < 0 && st->opt->keep_nested && w->compound && tail + 1 < ps->n &&
        ps->w[tail + 1].compound && !ps->w[loc].former) {
        /* "the Saudi and Iranian foreign ministers": the agent after a compound whose
           members have none of their own is every member's */
        int k = tail + 1, last = -1;
        while (k < ps->n && ps->w[k].compound) {
            if (ps->w[k].type == W_AGENT)
                break; /* a member with its own agent: it is only that member's */
            if (ps->w[k].type == W_ACTOR)
                last = ps->w[k].other_end >= k ? ps->w[k].other_end : k;
            k++;
        }
        if (last >= 0 && (k >= ps->n || !ps->w[k].compound) && is_agent_head(ps, last + 1))
            agent = last + 1;
    }
    if (agent < 0 || !ps->w[agent].entry || ps->w[agent].entry->ncodes == 0)
        return -1;
    *former_out = former;
    return agent;
}

/* The agent code attached to the actor whose head is at `loc`, or NULL. */
static const char *find_agent(const coder_state *st, int loc)
{
    bool former;
    int agent = find_agent_word(st, loc, &former);
    if (agent < 0)
        return NULL;
    return former ? "~ELI" : st->ps.w[agent].entry->codes[0].code;
}

static const char *compose(arena *a, const char *actor, const char *agent);

/* The code of the agent whose head is word k, or NULL (also when k is out of range). */
static const char *agent_code_at(const parsed_sentence *ps, int k)
{
    if (k < 0 || k >= ps->n)
        return NULL;
    const pword *w = &ps->w[k];
    return w->type == W_AGENT && w->head && w->entry && w->entry->ncodes
               ? w->entry->codes[0].code : NULL;
}

/* Is word k a list connector between agents: AND, NOR or a comma? */
static bool agent_connector(const parsed_sentence *ps, int k)
{
    return k >= 0 && k < ps->n && !ps->w[k].subord &&
           ((ps->w[k].type == W_CONJ && ps->w[k].plural) || ps->w[k].type == W_COMMA);
}

/* opt->petrarch: PETRARCH gives an actor every agent of its noun phrase. Agents that
 * follow the actor one after the other stack ("Danish Islamist media": DNK, MUS, MED),
 * and agents joined by AND or commas are alternatives, each giving the actor once
 * ("Danish media and government": DNKMED and DNKGOV; "lawmakers and officials in
 * Gondor": GONLEG and GONGOV). Fills out[] with the composed codes of the actor coded
 * `code` at `loc`; returns how many (0 when it has no agent). */
static size_t agent_variants(const coder_state *st, int loc, const char *code,
                             const char **out, size_t cap)
{
    const parsed_sentence *ps = &st->ps;
    bool former;
    int agent = find_agent_word(st, loc, &former);
    if (agent < 0 || cap == 0)
        return 0;
    if (former || !st->opt->petrarch) {
        out[0] = compose(st->a, code, former ? "~ELI" : agent_code_at(ps, agent));
        return 1;
    }
    const pword *w = &ps->w[loc];
    int tail = w->other_end >= loc ? w->other_end : loc;
    const char *base = code;
    int last = agent; /* the agent whose alternatives are listed */
    /* an agent right before the actor stacks with one after it: "an MSF Arnor diplomat" */
    if (agent > tail && loc > 0 && ps->w[loc - 1].type == W_AGENT && ps->w[loc - 1].tail) {
        int h = ps->w[loc - 1].head ? loc - 1 : ps->w[loc - 1].other_end;
        if (h >= 0 && agent_code_at(ps, h))
            base = compose(st->a, base, agent_code_at(ps, h));
    }
    if (agent == tail + 1) {
        for (;;) {
            int at = ps->w[last].other_end > last ? ps->w[last].other_end : last;
            if (!agent_code_at(ps, at + 1))
                break;
            base = compose(st->a, base, agent_code_at(ps, last));
            last = at + 1;
        }
    }
    size_t n = 0;
    out[n++] = compose(st->a, base, agent_code_at(ps, last));
    if (last > loc) {
        /* alternatives after: "media and government" */
        int at = ps->w[last].other_end > last ? ps->w[last].other_end : last;
        while (n < cap && agent_connector(ps, at + 1) && agent_code_at(ps, at + 2)) {
            out[n++] = compose(st->a, base, agent_code_at(ps, at + 2));
            at = ps->w[at + 2].other_end > at + 2 ? ps->w[at + 2].other_end : at + 2;
        }
    } else {
        /* alternatives before: "lawmakers and officials in" */
        int k = last - 1;
        while (n < cap && agent_connector(ps, k) && k >= 1 && ps->w[k - 1].type == W_AGENT &&
               ps->w[k - 1].tail) {
            int h = ps->w[k - 1].head ? k - 1 : ps->w[k - 1].other_end;
            if (h < 0 || !agent_code_at(ps, h))
                break;
            out[n++] = compose(st->a, base, agent_code_at(ps, h));
            k = h - 1;
        }
        for (size_t i = 0; i < n / 2; i++) { /* in the order of the text */
            const char *x = out[i];
            out[i] = out[n - 1 - i];
            out[n - 1 - i] = x;
        }
    }
    return n;
}

/* Composes actor and agent codes: "~GOV" appends, "NGO~" prepends, unless the role is
 * already there on a three-letter boundary. Nothing is put in front of an international
 * organisation's code, whose top-level element stays IGO: "UN aid agencies" are the UN's
 * own bodies (IGOUNO), not an NGO. */
static const char *compose(arena *a, const char *actor, const char *agent)
{
    if (!agent || !actor)
        return actor;
    size_t alen = strlen(agent);
    bool suffix = agent[0] == '~';
    char role[64];
    size_t rlen = 0;
    for (size_t i = 0; i < alen && rlen < sizeof role - 1; i++)
        if (agent[i] != '~')
            role[rlen++] = agent[i];
    role[rlen] = '\0';
    /* (an organisation's code takes no NGO role: "UN aid agencies" are IGOUNO) */
    if (rlen == 0 || ((!suffix || strcmp(role, "NGO") == 0) && strncmp(actor, "IGO", 3) == 0))
        return actor;
    const char *found = strstr(actor, role);
    if (found && (found - actor) % 3 == 0)
        return actor;
    size_t n = strlen(actor);
    char *out = arena_alloc(a, n + rlen + 1);
    /* (an NGO of a region, no state's, is a transnational one: "the Association of African
       Jurists" is NGOAFR, as "Kenyan charities" are KENNGO) */
    if (suffix && strcmp(role, "NGO") == 0 && n == 3 && !cameo_actor_is_state(actor))
        suffix = false;
    if (suffix) {
        /* (roles the actor's code already ends with are not repeated: Kim Jong Un, PRKGOV,
           quoted by state media, GOVMED, is PRKGOVMED) */
        size_t overlap = 0;
        for (size_t k = 3; k < rlen && k + 3 <= n; k += 3)
            if (memcmp(actor + n - k, role, k) == 0)
                overlap = k;
        memcpy(out, actor, n);
        memcpy(out + n, role + overlap, rlen - overlap + 1);
    } else {
        memcpy(out, role, rlen);
        memcpy(out + rlen, actor, n + 1);
    }
    return out;
}

const char *coder_compose_code(arena *a, const char *actor, const char *agent)
{
    return compose(a, actor, agent);
}

/* The full code of an actor slot (with its agent). */
static const char *slot_full_code(const coder_state *st, actor_slot s)
{
    const char *code = actor_code(st, s);
    if (!code || s.dflt)
        return code;
    int h = parse_actor_of(&st->ps, s.word);
    return compose(st->a, code, find_agent(st, h));
}

/* Two slots of one code that still name two parties: with opt->keep_nested (the tree
 * coder's clauses, whose source and target are real arguments), an actor and an agent
 * word each, the agents different words ("the Greek church criticized the worshippers":
 * GRCREL -> GRCREL). Pronouns and defaults may be the same party and never count; nor
 * does a government acting on its own government, which is administration, not an
 * interaction ("the President asked the National Security Council"). */
static bool distinct_mentions(const coder_state *st, actor_slot x, actor_slot y)
{
    if (!st->opt->keep_nested || x.dflt || y.dflt || x.word < 0 || y.word < 0 ||
        st->ps.w[x.word].type == W_PRONOUN || st->ps.w[y.word].type == W_PRONOUN)
        return false;
    bool fx, fy;
    int ax = find_agent_word(st, parse_actor_of(&st->ps, x.word), &fx);
    int ay = find_agent_word(st, parse_actor_of(&st->ps, y.word), &fy);
    if (ax < 0 || ay < 0 || ax == ay)
        return false;
    const pword *a = &st->ps.w[ax], *b = &st->ps.w[ay];
    const char *role = a->entry && a->entry->ncodes ? a->entry->codes[0].code : NULL;
    if (fx || !role || strcmp(role, "~GOV") == 0)
        return false;
    return a->len != b->len || memcmp(a->s, b->s, a->len) != 0;
}

static bool same_actor(const coder_state *st, actor_slot x, actor_slot y)
{
    if (slot_empty(x) || slot_empty(y))
        return false;
    const char *a = slot_full_code(st, x), *b = slot_full_code(st, y);
    return a && b && strcmp(a, b) == 0 && !distinct_mentions(st, x, y);
}

/* ---- compounds -------------------------------------------------------------------- */

/* The compound segment a word belongs to: its head index, or -1. */
static int compound_of(const parsed_sentence *ps, int word)
{
    int h = parse_actor_of(ps, word);
    if (h < 0 || !ps->w[h].compound)
        return -1;
    for (int k = h; k >= 0; k--)
        if (ps->w[k].comp_end >= h)
            return k;
    return -1;
}

/* Members of the compound starting at `head` (actor heads), into out[]. */
static size_t compound_members(const parsed_sentence *ps, int head, actor_slot *out, size_t cap)
{
    size_t n = 0;
    for (int k = head; k <= ps->w[head].comp_end && n < cap; k++)
        if (ps->w[k].type == W_ACTOR && ps->w[k].head)
            out[n++] = (actor_slot){k, NULL};
    return n;
}

/* ---- events ---------------------------------------------------------------------- */

static void push_raw(coder_state *st, actor_slot s, actor_slot t, const char *code,
                     uint8_t flags, int verb, const lex_pattern *pat)
{
    st->ev = arena_grow(st->a, st->ev, st->nev, &st->cap, st->nev + 1, sizeof *st->ev);
    st->ev[st->nev++] = (raw_event){s, t, code, flags, verb, pat};
}

static void put_event(coder_state *st, const lex_event_code *code, actor_slot s, actor_slot t,
                      int verb, const lex_pattern *pat)
{
    uint8_t base = code->flags & (uint8_t)~LCF_PAIRED;
    push_raw(st, s, t, code->code, base, verb, pat);
    if (code->flags & LCF_PAIRED)
        push_raw(st, t, s, code->paired, base & (uint8_t)~(LCF_DOMINANT | LCF_SUBORDINATE), verb,
                 pat);
}

/* opt->petrarch: a null actor ("---GOV", an agent without an actor) is taken only when
 * no coded actor qualifies, as PETRARCH ranks coded noun phrases before null ones. */
static bool is_null_actor(const coder_state *st, int k)
{
    const char *code = actor_code(st, (actor_slot){k, NULL});
    return st->opt->petrarch && code && strncmp(code, "---", 3) == 0;
}

static int first_actor_between(const coder_state *st, int from, int to, actor_slot avoid)
{
    int null_actor = -1;
    for (int k = from; k <= to; k++) {
        if (!parse_is_actor_head(&st->ps, k) || st->ps.w[k].subord)
            continue;
        actor_slot s = {k, NULL};
        if (same_actor(st, s, avoid))
            continue;
        if (is_null_actor(st, k)) {
            if (null_actor < 0)
                null_actor = k;
            continue;
        }
        return k;
    }
    return null_actor;
}

static void regular_source(coder_state *st, int verb)
{
    int k = -1;
    /* opt->petrarch: the source is looked for before the verb first, where PETRARCH
     * looks for it (so a null actor there beats a coded one after the verb) */
    if (st->opt->petrarch)
        k = first_actor_between(st, st->cl.start, verb - 1, st->target);
    if (k < 0)
        k = first_actor_between(st, st->cl.start, st->cl.end, st->target);
    if (k >= 0 && st->opt->default_source_prior && st->opt->default_source[0] && k > verb) {
        st->source = (actor_slot){-1, st->opt->default_source};
        return;
    }
    if (k >= 0) {
        st->source = (actor_slot){k, NULL};
        st->regular_source_seen = true;
    } else if (st->opt->default_source[0]) {
        st->source = (actor_slot){-1, st->opt->default_source};
    }
}

/* Are actor heads a and b members of one coordination ("Russia and China", "Egypt, Qatar
 * and the United States"): only actor words, determiners, "and", "or" and commas between
 * them? */
static bool coordinated(const parsed_sentence *ps, int a, int b)
{
    if (a < 0 || b < 0)
        return false;
    int lo = a < b ? a : b, hi = a < b ? b : a;
    bool joiner = false;
    for (int k = lo + 1; k < hi; k++) {
        const pword *w = &ps->w[k];
        bool conj = w->type == W_CONJ || (w->len == 1 && w->s[0] == ',');
        joiner |= conj;
        if (!conj && w->type != W_ACTOR && w->type != W_AGENT && w->type != W_DETERMINER)
            return false;
    }
    return joiner;
}

/* "Germany and France urged both sides to return to talks": an infinitive after the
 * object of the subject's verb ("urged both sides to return") is the object's act, not
 * one the subject's members do together. */
static bool object_controls(const parsed_sentence *ps, int source, int verb)
{
    static const char *const fillers[] = {"THE", "BOTH", "TWO", "ALL", "THEIR", "ITS", "HIS",
                                          "HER", NULL};
    if (verb < 2 || !(ps->w[verb - 1].len == 2 && memcmp(ps->w[verb - 1].s, "TO", 2) == 0))
        return false;
    int k = source + 1;
    while (k < verb - 1 && ps->w[k].type != W_VERB)
        k++;
    for (k++; k < verb - 1; k++) {
        bool filler = false;
        for (size_t f = 0; fillers[f] && !filler; f++)
            filler = strlen(fillers[f]) == ps->w[k].len &&
                     memcmp(fillers[f], ps->w[k].s, ps->w[k].len) == 0;
        if (!filler)
            break;
    }
    return k < verb - 1 && ps->w[k].type != W_PREP && ps->w[k].type != W_VERB &&
           ps->w[k].type != W_AUXILIARY && ps->w[k].type != W_ACTOR &&
           !(ps->w[k].len == 2 && memcmp(ps->w[k].s, "TO", 2) == 0);
}

static void regular_target(coder_state *st, int verb)
{
    const parsed_sentence *ps = &st->ps;
    int tail = ps->w[verb].other_end >= verb ? ps->w[verb].other_end : verb;
    int k = first_actor_between(st, tail + 1, st->cl.end, st->source);
    if (k >= 0) {
        st->target = (actor_slot){k, NULL};
        st->regular_target_seen = true;
        return;
    }
    if (st->opt->default_target_after && st->opt->default_target[0]) {
        st->target = (actor_slot){-1, st->opt->default_target};
        return;
    }
    /* "the two countries pledged to ...": a pair named by a description acts on each
     * other, whoever else the sentence names before the verb */
    if (st->source.word >= 0 && ps->w[st->source.word].type == W_PRONOUN &&
        ps->w[st->source.word].plural && ps->w[st->source.word].fwd_code &&
        strchr(ps->w[st->source.word].fwd_code, '/')) {
        st->target = st->source;
        st->described_on_itself = true;
        return;
    }
    int null_actor = -1;
    for (int j = verb - 1; j >= st->cl.start; j--) {
        if (!parse_is_actor_head(ps, j) || ps->w[j].subord)
            continue;
        actor_slot s = {j, NULL};
        if (same_actor(st, s, st->source))
            continue;
        if (st->opt->compounds_reciprocal && coordinated(ps, st->source.word, j))
            continue; /* a member of the source's own coordination: see make_event */
        if (is_null_actor(st, j)) {
            if (null_actor < 0)
                null_actor = j;
            continue;
        }
        st->target = s;
        st->regular_target_seen = true;
        return;
    }
    if (null_actor >= 0) {
        st->target = (actor_slot){null_actor, NULL};
        st->regular_target_seen = true;
        return;
    }
    if (st->source.word >= 0 && !object_controls(ps, st->source.word, verb)) {
        const char *code = actor_code(st, st->source);
        if ((code && strchr(code, '/')) || compound_of(ps, st->source.word) >= 0) {
            st->target = st->source;
            st->compound_on_itself = true;
            return;
        }
    }
    if (st->opt->default_target[0])
        st->target = (actor_slot){-1, st->opt->default_target};
}

static bool check_passive(coder_state *st, int verb)
{
    const parsed_sentence *ps = &st->ps;
    int tail = ps->w[verb].other_end >= verb ? ps->w[verb].other_end : verb;
    bool by = false, aux = false;
    for (int k = tail + 1; k <= tail + 3 && k < ps->n; k++)
        if (ps->w[k].type == W_BY)
            by = true;
    for (int k = verb - 1; k >= verb - 2 && k >= 0; k--)
        if (ps->w[k].type == W_AUXILIARY)
            aux = true;
    if (by && aux)
        st->passive = true;
    return by && aux;
}

/* opt->petrarch, with a negation table in the lexicon (a code ontology): a negated verb
 * takes the code of its negation ("did not clash over" 110 -> 050 under PETRARCH-2's
 * ontology); when the negation has no code, the verb codes nothing. */
static const lex_event_code *negate_code(const coder_state *st, const lex_event_code *code,
                                         int verb, lex_event_code *tmp)
{
    if (!st->opt->petrarch || !st->ps.w[verb].negated || !code->code ||
        !lex_has_negations(st->lx))
        return code;
    *tmp = *code;
    tmp->code = lex_negated_code(st->lx, code->code);
    if (!tmp->code)
        return NULL;
    if (tmp->flags & LCF_PAIRED) {
        tmp->paired = lex_negated_code(st->lx, code->paired);
        if (!tmp->paired)
            tmp->flags &= (uint8_t)~LCF_PAIRED;
    }
    return tmp;
}

/* opt->petrarch: replaces each actor whose noun phrase has stacked or listed agents by
 * one slot per full code (agent_variants); others stay as they are. */
static size_t expand_agents(coder_state *st, actor_slot *m, size_t n, size_t cap)
{
    actor_slot out[64];
    size_t no = 0;
    for (size_t i = 0; i < n && no < cap; i++) {
        const char *code = actor_code(st, m[i]);
        const char *v[16];
        size_t nv = 0;
        if (m[i].word >= 0 && !m[i].dflt && code && !strchr(code, '/')) {
            int h = parse_actor_of(&st->ps, m[i].word);
            nv = agent_variants(st, h, code, v, 16);
            const char *plain = compose(st->a, code, find_agent(st, h));
            if (nv == 1 && strcmp(v[0], plain) == 0)
                nv = 0;
        }
        if (nv == 0) {
            out[no++] = m[i];
            continue;
        }
        for (size_t k = 0; k < nv && no < cap; k++)
            out[no++] = (actor_slot){m[i].word, v[k]};
    }
    memcpy(m, out, no * sizeof *m);
    return no;
}

/* CAMEO codes of acts a compound does together, each member to the others. */
static bool reciprocal_code(const char *code)
{
    if (!code || strcmp(code, "039") == 0 || strcmp(code, "045") == 0)
        return false; /* mediation is between others */
    if (strcmp(code, "042") == 0 || strcmp(code, "043") == 0)
        return false; /* ("Saudi Arabia and the US hosted the talks": co-hosts, not each
                         other's guests) */
    if (strncmp(code, "033", 3) == 0)
        return false; /* ("Saudi Arabia and the UAE pledged deposits": aid promised goes
                         to a third party, not from one donor to the other) */
    return strncmp(code, "03", 2) == 0 || strncmp(code, "04", 2) == 0 ||
           strncmp(code, "06", 2) == 0 || strcmp(code, "050") == 0 || strcmp(code, "054") == 0 ||
           strcmp(code, "057") == 0 ||
           strcmp(code, "161") == 0 || /* ("Russia and Georgia severed diplomatic ties":
                                          relations the two had, each with the other) */
           strcmp(code, "164") == 0 || /* ("Egypt and Ethiopia broke off negotiations": talks
                                          the two held, each halts them with the other) */
           strcmp(code, "0871") == 0;  /* ("Israel and Hamas reached a ceasefire": a truce
                                          between the two, each with the other) */
}

/* "condemned each other", "accused one another": a reciprocal object after the verb. */
static bool each_other(const parsed_sentence *ps, int verb, int end)
{
    for (int k = verb + 1; k < end && k + 1 < ps->n; k++) {
        const pword *a = &ps->w[k], *b = &ps->w[k + 1];
        if (((a->len == 4 && memcmp(a->s, "EACH", 4) == 0) ||
             (a->len == 3 && memcmp(a->s, "ONE", 3) == 0)) &&
            ((b->len == 5 && memcmp(b->s, "OTHER", 5) == 0) ||
             (b->len == 7 && memcmp(b->s, "ANOTHER", 7) == 0)))
            return true;
    }
    return false;
}

static void make_event(coder_state *st, const lex_event_code *code, int verb,
                       const lex_pattern *pat)
{
    lex_event_code negated;
    code = negate_code(st, code, verb, &negated);
    if (!code || (code->flags & LCF_NULL)) {
        push_raw(st, NO_ACTOR, NO_ACTOR, NULL, LCF_NULL, verb, pat);
        return;
    }
    if (slot_empty(st->source))
        regular_source(st, verb);
    st->compound_on_itself = st->described_on_itself = false;
    if (slot_empty(st->target))
        regular_target(st, verb);
    /* "the three countries condemned the expulsions" is no condemnation of each other: a
       described pair acts on itself in what it does together, or in force ("the two
       countries have clashed") */
    if (st->described_on_itself && st->opt->compounds_reciprocal && !reciprocal_code(code->code) &&
        strncmp(code->code, "18", 2) < 0 && !each_other(&st->ps, verb, st->cl.end)) {
        st->target = NO_ACTOR;
        st->described_on_itself = false;
        return;
    }
    /* "Russia and China criticized the plan" is no criticism of each other
     * (opt->compounds_reciprocal) */
    /* ("India and China exchanged visits": the verb of exchange makes any act mutual) */
    bool exchanged = false;
    for (int k = verb > 0 ? verb - 1 : 0; k <= verb && !exchanged; k++)
        exchanged = st->ps.w[k].len >= 8 && memcmp(st->ps.w[k].s, "EXCHANGE", 8) == 0;
    if (st->compound_on_itself && st->opt->compounds_reciprocal && !reciprocal_code(code->code) &&
        !each_other(&st->ps, verb, st->cl.end) && !exchanged) {
        st->target = NO_ACTOR;
        st->compound_on_itself = false;
        return;
    }
    if (st->opt->petrarch && !st->opt->require_dyad) {
        /* PETRARCH without require_dyad: a missing actor is the null actor */
        if (slot_empty(st->source))
            st->source = (actor_slot){-1, "---"};
        if (slot_empty(st->target))
            st->target = (actor_slot){-1, "---"};
    }
    if (slot_empty(st->source) || slot_empty(st->target))
        return;
    actor_slot s = st->source, t = st->target;
    if (!st->source_from_pattern && !st->target_from_pattern && st->regular_source_seen &&
        st->regular_target_seen && check_passive(st, verb)) {
        actor_slot x = s;
        s = t;
        t = x;
    }
    const parsed_sentence *ps = &st->ps;
    int cs = s.word >= 0 ? compound_of(ps, s.word) : -1;
    int ct = t.word >= 0 ? compound_of(ps, t.word) : -1;
    if (cs < 0 && ct < 0 && !st->opt->petrarch) {
        put_event(st, code, s, t, verb, pat);
    } else {
        actor_slot ms[64], mt[64];
        size_t ns = cs >= 0 ? compound_members(ps, cs, ms, 64) : (ms[0] = s, 1);
        size_t nt = ct >= 0 ? compound_members(ps, ct, mt, 64) : (mt[0] = t, 1);
        if (st->opt->petrarch) {
            ns = expand_agents(st, ms, ns, 64);
            nt = expand_agents(st, mt, nt, 64);
        }
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < nt; j++)
                put_event(st, code, ms[i], mt[j], verb, pat);
    }
    if (st->source_from_pattern) {
        st->source = NO_ACTOR;
        st->source_from_pattern = false;
    }
    if (st->target_from_pattern) {
        st->target = NO_ACTOR;
        st->target_from_pattern = false;
    }
}

/* ---- pattern matching --------------------------------------------------------------- */

typedef struct match_ctx {
    int src, tgt, cmp;
    unsigned lenalt;
    bool first_exact; /* the next literal must be a whole word (synset first words) */
} match_ctx;

static bool word_is_actor(const parsed_sentence *ps, int k)
{
    const pword *w = &ps->w[k];
    return (w->type == W_ACTOR) || (w->type == W_PRONOUN && (w->ref >= 0 || w->fwd_code));
}

static int actor_head_at(const parsed_sentence *ps, int k)
{
    const pword *w = &ps->w[k];
    if (w->type == W_PRONOUN)
        return k;
    if (w->head)
        return k;
    if (w->tail && w->other_end >= 0)
        return w->other_end;
    for (int j = k; j >= 0; j--)
        if (ps->w[j].head && ps->w[j].type == W_ACTOR)
            return j;
    return k;
}

static int match_range(const coder_state *st, const pat_elem *elems, int count, int first,
                       int last, int dir, int pos, int limit, bool first_anchored, match_ctx *m,
                       int depth);

/* A synonym set member whose first word is a single letter ("A-37B_DRAGONFLY", "F-16")
 * is a designation: its first word alone would be the article "a" or an initial, so it
 * is compared whole, before the verb as after it. */
static bool designation(const pat_seq *member)
{
    return member->n > 1 && member->elems[0].kind == PE_WORD && member->elems[0].word.len == 1;
}

/* False when option `opt` of a choice certainly cannot match at word w: the element it
 * tries first there (its first, or in reverse its last, or for `first_only` its first
 * alone) is a literal word whose first letter differs. Most options of a long synonym
 * set fail this way, and one byte compare is cheaper than a trial match. */
static bool option_may_start(const pat_seq *opt, bool first_only, int dir, const pword *w)
{
    if (opt->n == 0)
        return true;
    const pat_elem *e = first_only || dir > 0 ? &opt->elems[0] : &opt->elems[opt->n - 1];
    if (e->kind != PE_WORD || e->word.len == 0)
        return true;
    return w->len >= e->word.len && w->s[0] == e->word.text[0];
}

/* Matches one element at `pos`; returns the next position in the direction of travel,
 * or NO_MATCH when it does not match there. */
#define NO_MATCH (-100000)
static int match_elem(const coder_state *st, const pat_elem *e, int dir, int pos, int limit,
                      match_ctx *m, int depth)
{
    const parsed_sentence *ps = &st->ps;
    const pword *w = &ps->w[pos];
    switch (e->kind) {
    case PE_WORD: {
        if (w->type == W_COMMA || w->type == W_QUOTE)
            return NO_MATCH;
        bool exact = m->first_exact;
        m->first_exact = false;
        if (exact && w->len != e->word.len)
            return NO_MATCH;
        return lex_word_matches(&e->word, w->s, w->len, 0) ? pos + dir : NO_MATCH;
    }
    case PE_SOURCE:
    case PE_TARGET:
        if (!word_is_actor(ps, pos))
            return NO_MATCH;
        if (e->kind == PE_SOURCE)
            m->src = actor_head_at(ps, pos);
        else
            m->tgt = actor_head_at(ps, pos);
        return pos + dir;
    case PE_COMPOUND: {
        int h = word_is_actor(ps, pos) ? actor_head_at(ps, pos) : -1;
        int c = h >= 0 ? compound_of(ps, h) : -1;
        if (c < 0 || c != h)
            return NO_MATCH;
        m->cmp = c;
        return dir > 0 ? ps->w[c].comp_end + 1 : c - 1;
    }
    case PE_SKIP: {
        if (!word_is_actor(ps, pos))
            return NO_MATCH;
        int h = actor_head_at(ps, pos);
        int t = ps->w[h].other_end >= h ? ps->w[h].other_end : h;
        return dir > 0 ? t + 1 : h - 1;
    }
    case PE_CHOICE: {
        if (depth > 12)
            return NO_MATCH;
        bool first_exact = m->first_exact;
        m->first_exact = false;
        const pword *w0 = &ps->w[pos];
        for (size_t k = 0; k < e->noptions; k++) {
            const pat_seq *opt = &e->options[k];
            if (!option_may_start(opt, e->set_name && dir < 0 && !designation(opt), dir, w0))
                continue;
            match_ctx trial = *m;
            int r;
            if (e->set_name && dir < 0 && !designation(opt)) {
                /* a synonym set before the verb: TABARI compares the member's first word
                 * only, and walks back a word at a time to find it */
                trial.first_exact = first_exact;
                r = match_elem(st, &opt->elems[0], dir, pos, limit, &trial, depth + 1);
            } else {
                trial.first_exact = e->set_name ? first_exact : false;
                r = match_range(st, opt->elems, opt->n, 0, opt->n - 1, dir, pos, limit, true,
                                &trial, depth + 1);
            }
            if (r != NO_MATCH) {
                if (!e->set_name)
                    trial.lenalt += opt->score;
                *m = trial;
                return r;
            }
        }
        return NO_MATCH;
    }
    default:
        return NO_MATCH;
    }
}

/* Matches elems[first..last] in direction dir (+1: in order, forward through the text;
 * -1: in reverse order, backward through the text) starting at pos, never beyond limit.
 * An element may be looked for further along (skipping words, but not a comma) unless it
 * is bound to its neighbour towards the start of the match. */
static int match_range(const coder_state *st, const pat_elem *elems, int count, int first,
                       int last, int dir, int pos, int limit, bool first_anchored, match_ctx *m,
                       int depth)
{
    const parsed_sentence *ps = &st->ps;
    for (int step = 0; step <= last - first; step++) {
        int k = dir > 0 ? first + step : last - step;
        const pat_elem *e = &elems[k];
        bool skip;
        if (step == 0 && first_anchored)
            skip = false;
        else if (dir > 0)
            skip = !e->adjacent;
        else
            skip = !(k + 1 < count && elems[k + 1].adjacent);
        bool synset = e->kind == PE_CHOICE && e->set_name;
        if (synset && dir < 0)
            skip = true;
        for (;;) {
            if (dir > 0 ? pos > limit : pos < limit)
                return NO_MATCH;
            /* a synonym set's first word must be whole unless the set is bound ("&SET_") */
            if (synset)
                m->first_exact = !(k + 1 < count && elems[k + 1].adjacent);
            int r = match_elem(st, e, dir, pos, limit, m, depth);
            if (r != NO_MATCH) {
                pos = r;
                break;
            }
            if (!skip || ps->w[pos].type == W_COMMA)
                return NO_MATCH;
            pos += dir;
        }
    }
    return pos;
}

static bool check_pattern(const coder_state *st, const lex_pattern *p, int verb, match_ctx *m)
{
    const parsed_sentence *ps = &st->ps;
    int tail = ps->w[verb].other_end >= verb ? ps->w[verb].other_end : verb;
    m->src = m->tgt = m->cmp = -1;
    m->lenalt = 0;
    m->first_exact = false;
    const pat_elem *el = p->seq.elems;
    int va = p->verb_at, n = p->seq.n;
    /* upper phrase: forward from after the verb, within the clause */
    if (va + 1 < n &&
        match_range(st, el, n, va + 1, n - 1, +1, tail + 1, st->cl.end, false, m, 0) == NO_MATCH)
        return false;
    /* lower phrase: backward from before the verb, down to the sentence start */
    if (va > 0 && match_range(st, el, n, 0, va - 1, -1, verb - 1, 0, false, m, 0) == NO_MATCH)
        return false;
    return true;
}

static uint16_t pattern_maxalt(const lex_pattern *p)
{
    unsigned total = 0;
    for (size_t i = 0; i < p->seq.n; i++)
        if (p->seq.elems[i].kind == PE_CHOICE && !p->seq.elems[i].set_name)
            total += lex_choice_max(&p->seq.elems[i]);
    return (uint16_t)total;
}

/* "France and Germany met Iran", "... signed an agreement with Iran": a pattern whose
 * compound is both source and target ("- % * [040]") makes a pair act on each other only
 * where the clause names no partner: the first actor after the verb, if it is the
 * verb's object (only determiners between) or opened by "with", is the pair's partner
 * (opt->compounds_reciprocal). Returns its word, -1 if none. */
static int compound_partner(const coder_state *st, int verb, int cmp)
{
    const parsed_sentence *ps = &st->ps;
    int tail = ps->w[verb].other_end >= verb ? ps->w[verb].other_end : verb;
    int k = first_actor_between(st, tail + 1, st->cl.end, (actor_slot){cmp, NULL});
    if (k < 0 || compound_of(ps, k) == cmp || is_null_actor(st, k))
        return -1;
    /* (the verb's object, only determiners before it, or the actor a "with" opens) */
    int j = k - 1;
    while (j > tail && ps->w[j].type == W_DETERMINER)
        j--;
    if (j == tail || (ps->w[j].len == 4 && memcmp(ps->w[j].s, "WITH", 4) == 0))
        return k;
    return -1;
}

static void do_verb(coder_state *st, int verb)
{
    const pword *w = &st->ps.w[verb];
    const lex_verb *v = w->verb;
    st->target = NO_ACTOR;
    st->target_from_pattern = false;
    if (st->passive) {
        st->source = NO_ACTOR;
        st->source_from_pattern = false;
        st->passive = false;
    }
    size_t np;
    const lex_pattern *pats = lex_verb_patterns(v, &np);
    bool got_alt = false, done = false, made = false;
    unsigned maxlen = 0;
    size_t alt_events_from = st->nev;
    for (size_t i = 0; i < np && !done; i++) {
        const lex_pattern *p = &pats[i];
        if (got_alt && p->seq.score <= maxlen)
            break;
        match_ctx m;
        if (!pattern_may_match(st, p) || !check_pattern(st, p, verb, &m))
            continue;
        bool make = false;
        if (m.lenalt > 0) {
            got_alt = true;
            if (p->seq.score + m.lenalt > maxlen) {
                make = true;
                maxlen = p->seq.score - pattern_maxalt(p) + m.lenalt;
            }
        } else {
            done = true;
            make = true;
        }
        if (!make)
            continue;
        if (m.src >= 0) {
            st->source = (actor_slot){m.src, NULL};
            st->source_from_pattern = true;
        }
        if (m.tgt >= 0) {
            st->target = (actor_slot){m.tgt, NULL};
            st->target_from_pattern = true;
        }
        if (m.cmp >= 0) {
            st->source = st->target = (actor_slot){m.cmp, NULL};
            st->source_from_pattern = st->target_from_pattern = true;
            int partner = st->opt->compounds_reciprocal && m.tgt < 0
                              ? compound_partner(st, verb, m.cmp)
                              : -1;
            if (partner >= 0)
                st->target = (actor_slot){partner, NULL};
        }
        st->nev = alt_events_from; /* an earlier alternative pattern is superseded */
        make_event(st, &p->code, verb, p);
        made = true;
    }
    if (!done && !made && (v->code.code || (v->code.flags & (LCF_DISCARD | LCF_COMPLEX))))
        make_event(st, &v->code, verb, NULL);
}

static bool real_event_since(const coder_state *st, size_t from)
{
    for (size_t i = from; i < st->nev; i++)
        if (!(st->ev[i].flags & (LCF_NULL | LCF_SUBORDINATE)))
            return true;
    return false;
}

static void check_verbs(coder_state *st)
{
    parsed_sentence *ps = &st->ps;
    st->source = st->target = NO_ACTOR;
    for (int c = 0; c < ps->nclauses; c++) {
        st->cl = ps->clauses[c];
        if (st->cl.end - st->cl.start < 2)
            continue;
        if (st->cl.own_subject)
            st->source = NO_ACTOR;
        if (st->cl.start > 0 && parse_is_actor_head(ps, st->cl.start)) {
            st->source = (actor_slot){st->cl.start, NULL};
            st->source_from_pattern = false;
        }
        st->target = NO_ACTOR;
        size_t start_event = st->nev;
        for (int i = st->cl.start; i <= st->cl.end; i++) {
            const pword *w = &ps->w[i];
            if (w->subord || w->type != W_VERB || !w->head || !w->verb)
                continue;
            do_verb(st, i);
            if (st->opt->code_by != CODE_ALL && real_event_since(st, start_event)) {
                if (st->opt->code_by == CODE_BY_SENTENCE)
                    return;
                break;
            }
        }
    }
}

/* ---- final events ------------------------------------------------------------------ */

typedef struct final_event {
    const char *src, *tgt; /* full codes */
    actor_slot s, t;
    const raw_event *raw;
} final_event;

/* "JPNGOV" and "JPN" name one actor at two levels of detail: an event between them
 * (Japan's government "meets" Japan) is an artefact of the default target rule. Codes
 * that differ below the country ("RUSGOV" and "RUSMIL") are two actors and stay, and so
 * do a state and those who take up arms or stand against it inside it ("TUR" and
 * "TURREBPKK": Turkey arrests members of the PKK). */
static bool nested_codes(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la == lb || la < 3 || lb < 3)
        return false;
    const char *shorter = la < lb ? a : b, *longer = la < lb ? b : a;
    size_t ls = la < lb ? la : lb;
    if (strncmp(shorter, longer, ls) != 0)
        return false;
    static const char *const against[] = {"REB", "INS", "SEP", "UAF", "OPP"};
    for (size_t i = 0; i < sizeof against / sizeof *against; i++)
        if (strncmp(longer + ls, against[i], 3) == 0)
            return false;
    return true;
}

static size_t split_codes(arena *a, const char *code, const char **out, size_t cap)
{
    size_t n = 0;
    const char *p = code;
    while (n < cap) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        out[n++] = arena_strndup(a, p, len);
        if (!slash)
            break;
        p = slash + 1;
    }
    return n;
}

static span slot_span(const coder_state *st, actor_slot s)
{
    span sp = {0, 0};
    if (s.word < 0)
        return sp;
    const pword *w = &st->ps.w[s.word];
    int tail = (w->head && w->other_end >= s.word) ? w->other_end : s.word;
    sp.start = w->start;
    sp.end = st->ps.w[tail].end;
    return sp;
}

static void fill_actor(const coder_state *st, actor_ref *ref, actor_slot s, const char *code)
{
    ref->code = code;
    ref->where = slot_span(st, s);
    ref->entry = NULL;
    ref->lexicon_entry = NULL;
    if (s.word >= 0) {
        const pword *hw = &st->ps.w[parse_actor_of(&st->ps, s.word)];
        if (hw->type != W_PRONOUN && hw->entry) {
            ref->entry = hw->entry->origin;
            ref->lexicon_entry = hw->entry;
        }
    }
    ref->text = ref->where.end > ref->where.start
                    ? arena_strndup(st->a, st->text + ref->where.start,
                                    ref->where.end - ref->where.start)
                    : NULL;
    actor_ref_split_code(ref);
}

static void finish(coder_state *st, uint32_t sentence_index, uint32_t start, uint32_t end,
                   coded_sentence *out)
{
    if (st->nev == 0) {
        out->outcome = CODED_NO_EVENTS;
        out->detail = "no events found in text";
        return;
    }
    /* evaluate: null, discard, complex, dominant, subordinate */
    bool dominant = false, real = false;
    for (size_t i = 0; i < st->nev; i++) {
        const raw_event *e = &st->ev[i];
        if (e->flags & LCF_NULL)
            continue;
        if (e->flags & LCF_DISCARD) {
            out->outcome = CODED_DISCARD;
            out->detail = "discard code found in verb pattern";
            return;
        }
        /* opt->petrarch: an actor coded [+++] is an actor like any other */
        const char *sc = st->opt->petrarch ? NULL : actor_code(st, e->src);
        const char *tc = st->opt->petrarch ? NULL : actor_code(st, e->tgt);
        if ((e->flags & LCF_COMPLEX) || (sc && strcmp(sc, "+++") == 0) ||
            (tc && strcmp(tc, "+++") == 0)) {
            out->outcome = CODED_COMPLEX;
            out->detail = "complex code found in verb pattern";
            return;
        }
        if (e->flags & LCF_DOMINANT)
            dominant = true;
        if (!(e->flags & LCF_SUBORDINATE))
            real = true;
    }
    final_event *fe = arena_alloc(st->a, sizeof *fe * (st->nev * 8 + 1));
    size_t nf = 0, cap = st->nev * 8;
    for (size_t i = 0; i < st->nev; i++) {
        const raw_event *e = &st->ev[i];
        if (e->flags & LCF_NULL)
            continue;
        if (dominant && !(e->flags & LCF_DOMINANT))
            continue;
        if (!dominant && real && (e->flags & LCF_SUBORDINATE))
            continue;
        const char *sc = actor_code(st, e->src), *tc = actor_code(st, e->tgt);
        if (!sc || !tc)
            continue;
        const char *sagent = e->src.word >= 0 && !e->src.dflt
                                 ? find_agent(st, parse_actor_of(&st->ps, e->src.word)) : NULL;
        const char *tagent = e->tgt.word >= 0 && !e->tgt.dflt
                                 ? find_agent(st, parse_actor_of(&st->ps, e->tgt.word)) : NULL;
        const char *sparts[16], *tparts[16];
        size_t nsp = split_codes(st->a, sc, sparts, 16);
        size_t ntp = split_codes(st->a, tc, tparts, 16);
        for (size_t a = 0; a < nsp; a++)
            for (size_t b = 0; b < ntp && nf < cap; b++) {
                const char *src = compose(st->a, sparts[a], sagent);
                const char *tgt = compose(st->a, tparts[b], tagent);
                bool dyad = st->opt->require_dyad || !st->opt->petrarch;
                bool null_pair = st->opt->petrarch &&
                                 (strncmp(src, "---", 3) == 0 || strncmp(tgt, "---", 3) == 0);
                if (!*src || !*tgt ||
                    (strcmp(src, tgt) == 0 && !distinct_mentions(st, e->src, e->tgt)) ||
                    (!null_pair && !st->opt->keep_nested && nested_codes(src, tgt)) ||
                    (dyad && (strcmp(src, "---") == 0 || strcmp(tgt, "---") == 0)))
                    continue;
                bool dup = false;
                for (size_t k = 0; k < nf && !dup; k++)
                    dup = strcmp(fe[k].src, src) == 0 && strcmp(fe[k].tgt, tgt) == 0 &&
                          strcmp(fe[k].raw->code, e->code) == 0;
                if (dup)
                    continue;
                fe[nf++] = (final_event){src, tgt, e->src, e->tgt, e};
            }
    }
    if (nf == 0) {
        out->outcome = real || dominant ? CODED_NO_VALID : CODED_ONLY_NULL;
        out->detail = out->outcome == CODED_NO_VALID ? "no valid events found in text"
                                                     : "only null events found in text";
        return;
    }
    out->events = arena_calloc(st->a, nf, sizeof *out->events);
    out->nevents = nf;
    for (size_t i = 0; i < nf; i++) {
        event *ev = &out->events[i];
        ev->sentence_index = sentence_index;
        ev->sentence = (span){start, end};
        fill_actor(st, &ev->source, fe[i].s, fe[i].src);
        fill_actor(st, &ev->target, fe[i].t, fe[i].tgt);
        size_t cl = strnlen(fe[i].raw->code, sizeof ev->code - 1); /* (cut as snprintf would) */
        memcpy(ev->code, fe[i].raw->code, cl);
        ev->code[cl] = '\0';
        const pword *vw = &st->ps.w[fe[i].raw->verb];
        int vt = vw->other_end >= fe[i].raw->verb ? vw->other_end : fe[i].raw->verb;
        ev->verb = (span){vw->start, st->ps.w[vt].end};
        ev->verb_entry = fe[i].raw->pattern ? fe[i].raw->pattern->origin : vw->verb->origin;
        ev->object_target = fe[i].raw->pattern && fe[i].raw->pattern->text &&
                            strstr(fe[i].raw->pattern->text, "* +") != NULL;
    }
    out->outcome = CODED_EVENTS;
}

void coder_code_sentence(const lexicon *lx, const coder_options *opt, arena *a,
                         const char *text, uint32_t start, uint32_t end, int32_t date,
                         uint32_t sentence_index, const char *forward, coded_sentence *out)
{
    sentence_context ctx = {.forward = forward};
    coder_code_sentence_in(lx, opt, a, text, start, end, date, sentence_index, &ctx, out);
}

void coder_code_sentence_in(const lexicon *lx, const coder_options *opt, arena *a,
                            const char *text, uint32_t start, uint32_t end, int32_t date,
                            uint32_t sentence_index, const sentence_context *ctx,
                            coded_sentence *out)
{
    memset(out, 0, sizeof *out);
    coder_state st;
    memset(&st, 0, sizeof st);
    st.lx = lx;
    st.opt = opt;
    st.a = a;
    st.text = text;
    parse_sentence_in(lx, opt, a, text, start, end, date, ctx, &st.ps);
    out->first_actor = parse_first_actor_code(&st.ps);
    parsed_sentence *kept = arena_alloc(a, sizeof *kept);
    *kept = st.ps;
    out->parse = kept;
    switch (st.ps.problem) {
    case PARSE_NO_TEXT: out->outcome = CODED_NO_TEXT; out->detail = st.ps.problem_detail; return;
    case PARSE_TOO_SHORT: out->outcome = CODED_TOO_SHORT; out->detail = st.ps.problem_detail; return;
    case PARSE_DISCARD: out->outcome = CODED_DISCARD; out->detail = st.ps.problem_detail; return;
    case PARSE_COMPLEX: out->outcome = CODED_COMPLEX; out->detail = st.ps.problem_detail; return;
    default: break;
    }
    compute_prefix_bits(&st);
    check_verbs(&st);
    finish(&st, sentence_index, start, end, out);
}

const char *code_outcome_name(int outcome)
{
    static const char *names[] = {"events", "no-text", "too-short", "discard", "complex",
                                  "no-events", "only-null", "no-valid"};
    return outcome >= 0 && outcome <= CODED_NO_VALID ? names[outcome] : "unknown";
}
