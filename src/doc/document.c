/* document.c: the document's stages (see document.h): its sentences, coding them one by
 * one with what the sentences before left, then dating, attributing and merging the events.
 * api/pipeline.c runs them in order. */
#include "doc/document.h"
#include "cameo/cameo.h"
#include "doc/dateline.h"
#include "doc/attribution.h"
#include "doc/coref.h"
#include "doc/dates.h"
#include "doc/dedup.h"
#include "doc/status.h"
#include "doc/words.h"
#include "coder/tree_coder.h"
#include "parse/parse.h"
#include "syntax/syntax.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

int32_t document_date_number(const char *date)
{
    if (!date || strlen(date) != 10 || date[4] != '-' || date[7] != '-')
        return 0;
    int32_t v = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (!isdigit((unsigned char)date[i]))
            return 0;
        v = v * 10 + (date[i] - '0');
    }
    return v;
}

/* What the document layer knows about one sentence (filled on demand). */
typedef struct doc_sentence_info {
    token *t;
    size_t nt;
    date_cue *cues;
    size_t ncues;
    bool tokenized, dated;
    bool has_events;
    uint32_t lead;           /* index of the lead sentence of its paragraph */
    size_t attr_from, nattr; /* its attributions in the document's list */
    const parsed_sentence *parse; /* the coder's parse of text[parse_from..end) */
    uint32_t parse_from;
    const char *forward;     /* the actor forwarded to that parse */
    const char *pair;        /* the two states last named, given to that parse */
    const char *home_code;   /* the story's home state when the sentence was coded */
    const char *forward_person; /* the person a "he" or "she" there stands for, or NULL */
    const date_cue *dated_by; /* the expression that dated its first event, or NULL */
    bool first_dated;         /* its first event was dated (dated_by set) */
} sent_info;

typedef struct doc_state {
    const lexicon *lx;
    const coder_options *opt;
    arena *a;
    const char *text;
    const sentence *sents;
    const ud_sentence *uds; /* the UD sentences behind sents (our lexicon's), or NULL */
    sent_info *info;
    int32_t ref;
} doc_state;

/* The document layer's tokens of sentence i: the words of its UD sentence, or with
   TABARI's sentences (uds NULL) the UD words of its span, made when it is read. */
static size_t sentence_words(arena *a, const char *text, const sentence *sents,
                             const ud_sentence *uds, size_t i, token **out)
{
    if (uds)
        return words_from_ud(a, text, &uds[i], out);
    return words_tokenize(a, text, sents[i].start, sents[i].end, out);
}

/* Does sentence i open a roundup's item with an outlet's name and a colon ("DPA: Iraqi
 * authorities announced ...", "Al-Zaman : Guerrillas killed ...")? Such an item is a
 * story of its own: no pronoun or description in it stands for an actor of the items
 * before it. (Only a sentence whose tokens open an item is parsed here.) */
static bool opens_outlet_item(const lexicon *lx, const coder_options *opt, arena *a,
                              const char *text, const sentence *sents,
                              const ud_sentence *uds, size_t i, int32_t date)
{
    token *t;
    size_t nt = sentence_words(a, text, sents, uds, i, &t);
    attribution *at;
    size_t na = attribution_find(a, text, t, nt, (uint32_t)i, &at);
    bool item = false;
    for (size_t k = 0; k < na; k++)
        item |= at[k].kind == ATTR_ITEM;
    if (!item)
        return false;
    parsed_sentence ps;
    parse_sentence(lx, opt, a, text, sents[i].start, sents[i].end, date, NULL, &ps);
    for (int k = 0; k < ps.n; k++)
        if (ps.w[k].source)
            return true;
    return false;
}

static void tokenize(doc_state *d, size_t i)
{
    sent_info *s = &d->info[i];
    if (s->tokenized)
        return;
    s->nt = sentence_words(d->a, d->text, d->sents, d->uds, i, &s->t);
    s->tokenized = true;
}

static void find_dates(doc_state *d, size_t i);

/* The day a sentence counts days from ("the following day", "a day earlier"): a day the
 * sentence itself gives before the expression, else the last day the sentence before
 * gives ("on Monday and Tuesday. The following day": Wednesday), else the day that dated
 * its first event (a paragraph's lead); NULL when there is none. */
static const date_cue *relative_anchor(doc_state *d, size_t i, span where)
{
    const sent_info *s = &d->info[i];
    const date_cue *own = NULL;
    for (size_t k = 0; k < s->ncues; k++)
        if (s->cues[k].end <= where.start && s->cues[k].precision == DATE_DAY)
            own = &s->cues[k];
    if (own || i == 0)
        return own;
    find_dates(d, i - 1);
    const sent_info *p = &d->info[i - 1];
    const date_cue *last = NULL;
    for (size_t k = 0; k < p->ncues; k++)
        if (p->cues[k].precision == DATE_DAY)
            last = &p->cues[k];
    if (last)
        return last;
    return p->first_dated && p->dated_by && p->dated_by->precision == DATE_DAY ? p->dated_by
                                                                                : NULL;
}

static void find_dates(doc_state *d, size_t i)
{
    sent_info *s = &d->info[i];
    if (s->dated)
        return;
    tokenize(d, i);
    s->ncues = dates_find(d->a, s->t, s->nt, d->ref, &s->cues);
    s->dated = true;
    /* "The following day, the United States expelled two Russian diplomats": days
       counted from the day the text gave before are a date of their own */
    span where;
    int days;
    bool inverse;
    if (d->ref && dates_relative(s->t, s->nt, &where, &days, &inverse)) {
        const date_cue *anchor = relative_anchor(d, i, where);
        bool same = anchor && s->ncues > 0 && anchor >= s->cues && anchor < s->cues + s->ncues;
        /* ("N days after X" opening a sentence counts from the sentence before; after the
           sentence's own day, X is that many days before it) */
        if (anchor && !(inverse && !same && where.start != s->t[0].start)) {
            int32_t value = dates_shift(anchor->value, same && inverse ? -days : days);
            date_cue *all = arena_alloc(d->a, (s->ncues + 1) * sizeof *all);
            size_t k = 0, m = 0;
            for (; k < s->ncues && s->cues[k].start < where.start; k++)
                all[m++] = s->cues[k];
            all[m++] = (date_cue){where.start, where.end, value, DATE_DAY};
            for (; k < s->ncues; k++)
                all[m++] = s->cues[k];
            s->cues = all;
            s->ncues = m;
        }
    }
}

/* Does the tree coder's parse of us (read in one tree) coordinate the word at byte `verb`
 * with the word at byte `with`, the first a conjunct of the second? */
static bool coordinated_with(const ud_sentence *us, uint32_t verb, uint32_t with)
{
    uint32_t first;
    if (!ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        return false;
    int32_t v = ud_word_at_byte(us, first, verb), w = ud_word_at_byte(us, first, with);
    if (!v || !w)
        return false;
    const ud_word *vw = &us->words[first + (uint32_t)v - 1];
    return vw->head == w && vw->deprel && strncmp(vw->deprel, "conj", 4) == 0;
}

/* Does the cue word at byte `cue` (found by the document layer's cue words, status.c) lie
 * outside the clause of the verb at byte `verb`, by the tree coder's parse of us? It does
 * when the verb is a finite conjunct of the cue's clause ("Russia denied the charge and
 * demanded an apology": "demanded" is no part of what is denied; "Rutte said NATO would
 * step up patrols and warned Russia": "warned" takes no "would"), or when the cue's clause
 * and the verb are on branches that neither holds. A bare conjunct shares its clause's
 * modal or negation ("China may impose sanctions and expel diplomats"). */
static bool cue_outside_clause(const ud_sentence *us, uint32_t verb, uint32_t cue)
{
    uint32_t first;
    if (!ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        return false;
    int32_t v = ud_word_at_byte(us, first, verb), c = ud_word_at_byte(us, first, cue);
    if (!v || !c || v == c)
        return false;
    const ud_word *w = us->words + first; /* w[i - 1] is word i of the part */
    const ud_word *cw = &w[c - 1];
    bool verbal = cw->upos == UPOS_VERB && cw->deprel && strncmp(cw->deprel, "aux", 3) != 0;
    int32_t h = verbal ? c : cw->head; /* the clause the cue belongs to */
    if (h <= 0 || h == v || w[h - 1].upos != UPOS_VERB)
        return false;
    const ud_word *vw = &w[v - 1];
    if (vw->upos != UPOS_VERB)
        return false;
    bool finite = vw->xpos && (strcmp(vw->xpos, "VBD") == 0 || strcmp(vw->xpos, "VBZ") == 0 ||
                               strcmp(vw->xpos, "VBP") == 0);
    if (vw->head == h && vw->deprel && strncmp(vw->deprel, "conj", 4) == 0)
        return verbal || finite;
    if (verbal || !finite)
        return false; /* (a verb of denial or refusal governs what lies below it) */
    for (int32_t k = v, steps = 0; k > 0 && steps < 64; k = w[k - 1].head, steps++)
        if (k == h)
            return false; /* the verb is in the cue's clause */
    for (int32_t k = h, steps = 0; k > 0 && steps < 64; k = w[k - 1].head, steps++)
        if (k == v)
            return false; /* the cue's clause is below the verb's */
    return true;
}

/* Is the verb at byte `verb` "add" with an object and a "to" phrase ("Beijing added 15
 * American firms to its export control list")? That verb puts something somewhere; it
 * says nothing, so it is neither its own statement nor a cue of report. */
static bool adds_to(const ud_sentence *us, uint32_t verb)
{
    uint32_t first;
    if (!ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        return false;
    int32_t v = ud_word_at_byte(us, first, verb);
    const ud_word *w = us->words + first; /* w[i - 1] is word i of the part */
    if (!v || w[v - 1].upos != UPOS_VERB || !w[v - 1].lemma || strcmp(w[v - 1].lemma, "add") != 0)
        return false;
    bool obj = false, to = false;
    for (int32_t i = 1; i <= (int32_t)us->n - (int32_t)first; i++) {
        if (w[i - 1].head != v || !w[i - 1].deprel)
            continue;
        if (strcmp(w[i - 1].deprel, "obj") == 0)
            obj = true;
        if (strncmp(w[i - 1].deprel, "obl", 3) == 0)
            for (int32_t k = 1; k <= (int32_t)us->n - (int32_t)first; k++)
                if (w[k - 1].head == i && w[k - 1].deprel && strcmp(w[k - 1].deprel, "case") == 0 &&
                    w[k - 1].lemma && strcmp(w[k - 1].lemma, "to") == 0)
                    to = true;
    }
    return obj && to;
}

/* Does the cue word at byte `cue` lie outside a participle or relative clause, at byte
 * `verb`, that qualifies a noun ("India did not join the sanctions imposed on Russia by the
 * EU")? Such a clause tells a fact its sentence takes as given; the clause's negation,
 * modal or refusal is none of it, unless the cue is the qualifier's own, or the event has
 * the subject of the cue's clause for a party ("India did not attend the summit hosted by
 * Russia": India was no guest). */
static bool cue_outside_qualifier(const ud_sentence *us, const event *e, uint32_t cue)
{
    uint32_t first;
    if (!ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        return false;
    int32_t v = ud_word_at_byte(us, first, e->verb.start), c = ud_word_at_byte(us, first, cue);
    if (!v || !c || v == c)
        return false;
    const ud_word *w = us->words + first; /* w[i - 1] is word i of the part */
    const ud_word *vw = &w[v - 1];
    if (vw->upos != UPOS_VERB || !vw->deprel || strncmp(vw->deprel, "acl", 3) != 0 ||
        vw->head <= 0 ||
        !(w[vw->head - 1].upos == UPOS_NOUN || w[vw->head - 1].upos == UPOS_PROPN))
        return false;
    /* (what is seen is no fact taken as given: "the US did not observe any weapons being
       supplied to the Russian army by North Korea") */
    static const char *const perceiving[] = {"see", "observe", "notice", "witness", "detect",
                                             "find", "hear", "record", "spot", NULL};
    int32_t owner = w[vw->head - 1].head;
    for (size_t i = 0; owner > 0 && w[owner - 1].lemma && perceiving[i]; i++)
        if (strcmp(w[owner - 1].lemma, perceiving[i]) == 0)
            return false;
    /* (an infinitive or a gerund a noun takes, "no intention of attacking", "plans to
       attack", is the noun's content, not a fact) */
    for (int32_t k = 1; k < v; k++)
        if (w[k - 1].head == v && w[k - 1].deprel && strcmp(w[k - 1].deprel, "mark") == 0)
            return false;
    for (int32_t k = c, steps = 0; k > 0 && steps < 64; k = w[k - 1].head, steps++)
        if (k == v)
            return false; /* the qualifier's own cue */
    /* the cue's clause, and its subject's words */
    int32_t h = w[c - 1].upos == UPOS_VERB ? c : w[c - 1].head;
    const span parties[2] = {e->source.where, e->target.where};
    for (int i = 0; i < 2 && h > 0; i++) {
        if (parties[i].end <= parties[i].start)
            continue;
        int32_t a = ud_word_at_byte(us, first, parties[i].start);
        for (int32_t k = a, steps = 0; k > 0 && steps < 64; k = w[k - 1].head, steps++)
            if (w[k - 1].head == h && w[k - 1].deprel &&
                strncmp(w[k - 1].deprel, "nsubj", 5) == 0)
                return false;
    }
    return true;
}

/* Keeps the two states named last (distinct, the latest in recent[1]); organisations
 * (IGO, NGO, ...) are not states. */
static void remember_state(char recent[2][4], const char *country)
{
    if (!country || strlen(country) != 3 || !cameo_actor_is_state(country))
        return;
    if (strcmp(recent[1], country) == 0)
        return;
    memcpy(recent[0], recent[1], 4);
    memcpy(recent[1], country, 4);
}

/* Remembers the two states of a conflict event (CAMEO quad classes 3 and 4) between two
 * states, for "both sides". */
static void remember_opposed(char opposed[2][4], const event *e)
{
    const cameo_code *cc = cameo_lookup_nearest(e->code);
    const char *a = e->source.country, *b = e->target.country;
    if (!cc || cc->quad_class < 3 || !a || !b || strlen(a) != 3 || strlen(b) != 3 ||
        strcmp(a, b) == 0 || !cameo_actor_is_state(a) || !cameo_actor_is_state(b))
        return;
    memcpy(opposed[0], a, 4);
    memcpy(opposed[1], b, 4);
}

/* The pairs of states the story's events have set against or beside each other, with how
 * many events each pair had, for "the two countries": the story's principal pair, not the
 * two states a sentence of reactions named last ("Mexico broke off relations with Ecuador
 * ... Brazil, Colombia and Argentina criticised Ecuador. The US urged the two countries to
 * resolve their differences": Mexico and Ecuador). */
typedef struct dyads {
    struct {
        char a[4], b[4]; /* in alphabetical order */
        unsigned count, last; /* events; the order of the latest */
    } v[24];
    size_t n;
    unsigned clock;
} dyads;

static void count_dyad(dyads *d, const event *e)
{
    const char *a = e->source.country, *b = e->target.country;
    if (!a || !b || strlen(a) != 3 || strlen(b) != 3 || strcmp(a, b) == 0 ||
        !cameo_actor_is_state(a) || !cameo_actor_is_state(b))
        return;
    if (strcmp(a, b) > 0) {
        const char *t = a;
        a = b;
        b = t;
    }
    d->clock++;
    for (size_t k = 0; k < d->n; k++)
        if (strcmp(d->v[k].a, a) == 0 && strcmp(d->v[k].b, b) == 0) {
            d->v[k].count++;
            d->v[k].last = d->clock;
            return;
        }
    if (d->n == sizeof d->v / sizeof d->v[0])
        return;
    memcpy(d->v[d->n].a, a, 4);
    memcpy(d->v[d->n].b, b, 4);
    d->v[d->n].count = 1;
    d->v[d->n].last = d->clock;
    d->n++;
}

/* The pair "the two countries" stands for: the recent two states, unless the story set
 * another pair against each other more often (at least twice); the latest of equals. */
static void principal_pair(const dyads *d, char recent[2][4])
{
    size_t best = d->n;
    unsigned recent_count = 0;
    for (size_t k = 0; k < d->n; k++) {
        if ((strcmp(d->v[k].a, recent[0]) == 0 && strcmp(d->v[k].b, recent[1]) == 0) ||
            (strcmp(d->v[k].a, recent[1]) == 0 && strcmp(d->v[k].b, recent[0]) == 0))
            recent_count = d->v[k].count;
        if (best == d->n || d->v[k].count > d->v[best].count ||
            (d->v[k].count == d->v[best].count && d->v[k].last > d->v[best].last))
            best = k;
    }
    if (best == d->n || d->v[best].count < 2 || d->v[best].count <= recent_count)
        return;
    memcpy(recent[0], d->v[best].a, 4);
    memcpy(recent[1], d->v[best].b, 4);
}

/* The document's home state: the state most of its sentences have named so far (each
 * sentence counts a state once; a mention in a main clause's subject counts twice, and one
 * in the headline, the dateline or the lead twice again: "Zimbabwe expels British diplomat"
 * is a story from Zimbabwe, however much Britain replies; the first named wins a tie),
 * with the words of its first mention, which the tree coder gives to agents and people
 * without a country of their own ("police" in a story from Texas). */
typedef struct home_state {
    struct {
        char code[4];
        unsigned count;
        span first;
    } v[16];
    size_t n;
    int best;
} home_state;

/* Is the speaker one of a state's institutions ("police", "the army", "the foreign
 * ministry"), not people of any side ("officials", "analysts", "the ministers of the two
 * countries")? Judged by its last word. */
static bool state_institution(const char *text, span speaker)
{
    static const char *const bodies[] = {"police", "army", "military", "navy", "ministry",
                                         "government", "court", "prosecutors", "prosecutor",
                                         "parliament", "cabinet", "presidency",
                                         /* (a state's own office holders, by title) */
                                         "minister", "spokesman", "spokeswoman",
                                         "spokesperson", NULL};
    uint32_t end = speaker.end, start = end;
    while (start > speaker.start && isalpha((unsigned char)text[start - 1]))
        start--;
    for (size_t k = 0; bodies[k]; k++)
        if (strlen(bodies[k]) == end - start && strncasecmp(text + start, bodies[k], end - start) == 0)
            return true;
    return false;
}

/* Is the state (its three letters) the source of none of sentence i's events? It is then
 * only what the claim is about: the target of an act, or a place in what is asked ("ask
 * the Security Council to impose sanctions on Pyongyang"). */
static bool never_source(const event *ev, size_t nev, size_t i, const char *state)
{
    for (size_t k = 0; k < nev; k++)
        if (ev[k].sentence_index == i && ev[k].source.code &&
            strncmp(ev[k].source.code, state, 3) == 0)
            return false;
    return true;
}

/* "Kenyan protesters attacked a journalist, police said": a claimant that is a state's
 * institution or office holder but names no state ("police", "the army", "the foreign
 * ministry", "a government spokesman") belongs to the one state its sentence names
 * (KENCOP), else to the story's home state, as the tree coder gives such agents in events;
 * to the home state too when the one state named is only what the claim is about ("The
 * foreign ministry said it would ask the Security Council to impose sanctions on
 * Pyongyang", in a story from Seoul), or is one of several the sentence names. */
static void speakers_of_state(arena *a, const char *text, const parsed_sentence *ps,
                              const char *home, const event *ev, size_t nev, size_t sent,
                              attribution *at, size_t n)
{
    const char *state = NULL;
    bool several = false, home_named = false;
    for (int k = 0; ps && k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code ||
            !cameo_actor_is_state(w->code->code))
            continue;
        home_named |= home && strncmp(home, w->code->code, 3) == 0;
        if (state && strncmp(state, w->code->code, 3) != 0)
            several = true;
        state = w->code->code;
    }
    /* several: whose army is not for us to guess, unless one of them is the story's own
       ("The foreign minister said Chinese vessels had rammed a Filipino supply boat", in
       a story from Manila) */
    if (several) {
        state = NULL;
        if (!home_named)
            home = NULL;
    }
    char own[4] = "";
    if (state)
        snprintf(own, sizeof own, "%.3s", state);
    if (state && home && strncmp(home, own, 3) != 0 && never_source(ev, nev, sent, own))
        state = NULL;
    const char *of = state ? own : home;
    for (size_t i = 0; of && i < n; i++)
        if (!at[i].code && at[i].agent && state_institution(text, at[i].speaker))
            at[i].code = coder_compose_code(a, arena_strndup(a, of, 3), at[i].agent);
}

/* Is the word at byte `at` in the main clause's subject, in the tree coder's parse of us
 * read in one tree from words[first] ("The government of Zimbabwe has ordered ...")? True
 * without a parse (us NULL). */
static bool in_subject(const ud_sentence *us, uint32_t first, uint32_t at)
{
    if (!us)
        return true;
    int32_t w = ud_word_at_byte(us, first, at);
    for (int steps = 0; w > 0 && steps < SYNTAX_MAX_WORDS; steps++) {
        const ud_word *x = &us->words[first + (uint32_t)w - 1];
        if (x->deprel && strncmp(x->deprel, "nsubj", 5) == 0)
            return x->head > 0 && us->words[first + (uint32_t)x->head - 1].head == 0;
        w = x->head;
    }
    return false;
}

static void home_count(home_state *h, const parsed_sentence *ps, const ud_sentence *us,
                       unsigned weight)
{
    static const char *const bodies[] = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "OPP"};
    unsigned here[sizeof h->v / sizeof *h->v] = {0}; /* each state once a sentence, by its
                                                        weightiest mention */
    uint32_t first = 0; /* (the parse read once for the sentence) */
    if (us && !ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        us = NULL;
    for (int k = 0; ps && k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code || w->cap == CAP_NONE)
            continue;
        const char *code = w->code->code;
        size_t len = strlen(code);
        if (len < 3 || !cameo_actor_is_state(code))
            continue;
        /* the state itself ("Texas", "Australia"); a body of its state ("the Home
           Office": GBRGOV) counts for the state too, its words do not name it */
        bool itself = len == 3, body = false;
        for (size_t b = 0; !itself && !body && len == 6 && b < sizeof bodies / sizeof *bodies; b++)
            body = strcmp(code + 3, bodies[b]) == 0;
        if (!itself && !body)
            continue;
        int last = w->other_end >= k && w->other_end < ps->n ? w->other_end : k;
        size_t i = 0;
        while (i < h->n && strncmp(h->v[i].code, code, 3) != 0)
            i++;
        if (i == h->n) {
            if (h->n == sizeof h->v / sizeof *h->v)
                continue;
            memcpy(h->v[i].code, code, 3);
            h->v[i].code[3] = 0;
            h->v[i].count = 0;
            h->v[i].first = (span){0, 0};
            h->n++;
        }
        if (itself && h->v[i].first.end == 0)
            h->v[i].first = (span){w->start, ps->w[last].end};
        unsigned mention = (in_subject(us, first, w->start) ? 2 : 1) * weight;
        if (mention > here[i])
            here[i] = mention;
    }
    for (size_t i = 0; i < h->n; i++) {
        h->v[i].count += here[i];
        /* (the home state is told by words that name it) */
        if (here[i] && h->v[i].first.end > 0 &&
            (h->best < 0 || h->v[i].count > h->v[h->best].count))
            h->best = (int)i;
    }
}

/* The coder's parse of sentence i when it is what attribution_codes() would make itself
 * (parse_sentence on the whole sentence, the reference date, no forwarded actor), else
 * NULL. A forwarded actor changes only pronouns' antecedents and the definite descriptions
 * it turns into pronouns ("the country" after a determiner): the parse is kept unless one
 * of those lies within a speaker. */
/* The organisation a body's description within the speaker's words sp stands for in the
 * sentence's reading ("the agency", "the rights group": parse_body_description), or
 * NULL. */
static const char *speaker_body(const parsed_sentence *ps, span sp)
{
    for (int k = 0; ps && k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->start >= sp.start && w->end <= sp.end && parse_body_description(ps, k))
            return w->fwd_code;
    }
    return NULL;
}

static const parsed_sentence *reusable_parse(const doc_state *d, size_t i,
                                             const attribution *at, size_t na)
{
    const sent_info *s = &d->info[i];
    const parsed_sentence *ps = s->parse;
    if (!ps || s->parse_from != d->sents[i].start || ps->date != d->ref)
        return NULL;
    if ((!s->forward && !s->pair) || !d->opt->descriptions)
        return ps;
    for (size_t j = 0; j < na; j++) {
        span sp = at[j].speaker;
        for (int k = 1; k < ps->n; k++) {
            const pword *w = &ps->w[k];
            if (w->type != W_PRONOUN || w->start < sp.start || w->end > sp.end)
                continue;
            const pword *p = &ps->w[k - 1];
            if ((p->len == 3 && (memcmp(p->s, "THE", 3) == 0 || memcmp(p->s, "TWO", 3) == 0)) ||
                (p->len == 4 && (memcmp(p->s, "THIS", 4) == 0 || memcmp(p->s, "THAT", 4) == 0 ||
                                 memcmp(p->s, "SUCH", 4) == 0 || memcmp(p->s, "BOTH", 4) == 0)))
                return NULL;
        }
    }
    return ps;
}

static bool has_quote(const char *text, sentence s)
{
    const char *p = text + s.start, *e = text + s.end;
    if (memchr(p, '"', (size_t)(e - p)))
        return true;
    /* a colon that may open a block quote, or a single quote standing alone around one */
    const char *last = e;
    while (last > p && isspace((unsigned char)last[-1]))
        last--;
    if (last > p && last[-1] == ':')
        return true;
    for (uint32_t i = s.start; i < s.end; i++)
        if (attribution_lone_quote(text, s.end, i))
            return true;
    /* curly double quotes: E2 80 9C and E2 80 9D */
    for (const char *q = p; q < e && (q = memchr(q, 0xE2, (size_t)(e - q))) != NULL; q++)
        if (q + 2 < e && (unsigned char)q[1] == 0x80 &&
            ((unsigned char)q[2] == 0x9C || (unsigned char)q[2] == 0x9D))
            return true;
    return false;
}

/* Does a line break separate two words (text[from..to))? */
static bool line_break_between(const char *text, uint32_t from, uint32_t to)
{
    return to > from && memchr(text + from, '\n', to - from) != NULL;
}

/* The UD sentences of the document: ud_tokenize()'s, cut at every line break when the text
 * is written one paragraph per line (text_lines_are_paragraphs: a headline on a line of
 * its own is a sentence even when it is long). The pieces share the words (and their
 * multiword tokens) of the sentence they come from; a piece after a line break opens a
 * paragraph (newpar). `forms`: the words' forms too (the parser reads them). */
static size_t ud_document_sentences(arena *a, const char *text, size_t len, bool forms,
                                    ud_sentence **out)
{
    ud_sentence *s;
    size_t ns = forms ? ud_tokenize(a, text, len, &s) : ud_tokenize_spans(a, text, len, &s);
    *out = s;
    if (ns == 0 || !text_lines_are_paragraphs(text, len))
        return ns;
    size_t cuts = 0;
    for (size_t i = 0; i < ns; i++)
        for (uint32_t j = 1; j < s[i].n; j++)
            cuts += line_break_between(text, s[i].words[j - 1].end, s[i].words[j].start);
    if (cuts == 0)
        return ns;
    ud_sentence *v = arena_alloc(a, (ns + cuts) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < ns; i++) {
        const ud_sentence *w = &s[i];
        uint32_t from = 0, m = 0;
        for (uint32_t j = 1; j <= w->n; j++) {
            if (j < w->n && !line_break_between(text, w->words[j - 1].end, w->words[j].start))
                continue;
            ud_sentence *p = &v[n++];
            *p = *w;
            p->words = w->words + from;
            p->n = j - from;
            p->start = p->words[0].start;
            p->end = p->words[p->n - 1].end;
            p->newpar = from == 0 ? w->newpar : true;
            /* its multiword tokens (a token never spans a line break), renumbered */
            uint32_t m0 = m;
            while (m < w->nmwt && w->mwts[m].last <= j)
                m++;
            p->nmwt = m - m0;
            p->mwts = p->nmwt ? arena_alloc(a, p->nmwt * sizeof *p->mwts) : NULL;
            for (uint32_t k = 0; k < p->nmwt; k++) {
                p->mwts[k] = w->mwts[m0 + k];
                p->mwts[k].first -= from;
                p->mwts[k].last -= from;
            }
            for (uint32_t k = 0; k < p->n && m0; k++)
                if (p->words[k].mwt)
                    p->words[k].mwt = (uint16_t)(p->words[k].mwt - m0);
            from = j;
        }
    }
    *out = v;
    return n;
}

static void set_date(event *e, int32_t value, int precision, const char *text, span where,
                     arena *a)
{
    dates_format(value, e->date);
    e->date_precision = (uint8_t)precision;
    e->date_text = where.end > where.start
                       ? arena_strndup(a, text + where.start, where.end - where.start)
                       : NULL;
}

/* "In 1999, Bill Clinton met Nawaz Sharif": an actor read from a dated entry is what the
 * entry says on the event's own date, not on the article's (then the president and the
 * prime minister, not elites). Only a code that begins with the entry's code on the
 * article's date is changed; a role composed after it is kept. */
static void redate_actor(actor_ref *ar, int32_t article, int32_t when, arena *a)
{
    if (!ar->lexicon_entry || !ar->code || !article || !when || when == article)
        return;
    const lex_code *was = lex_entry_code_on(ar->lexicon_entry, article);
    const lex_code *now = lex_entry_code_on(ar->lexicon_entry, when);
    if (!was || !now || was == now || !isupper((unsigned char)now->code[0]) ||
        strchr(now->code, '/') || strcmp(was->code, now->code) == 0)
        return;
    size_t k = strlen(was->code);
    if (strncmp(ar->code, was->code, k) != 0)
        return;
    size_t m = strlen(now->code), rest = strlen(ar->code + k);
    char *code = arena_alloc(a, m + rest + 1);
    memcpy(code, now->code, m);
    memcpy(code + m, ar->code + k, rest + 1);
    ar->code = code;
    actor_ref_split_code(ar);
}

/* The cleaned text, as the stages below read it. */
typedef struct doc_text {
    const char *text;
    size_t len;
} doc_text;

void document_sentences(const coder_options *opt, arena *a, const char *text, size_t len,
                        doc_sentences *out)
{
    memset(out, 0, sizeof *out);
    out->text = text;
    out->len = len;
    doc_text ct = {text, len};
    /* With our lexicon, the UD tokenizer is the one tokenizer: its sentences are the
       document's, its words are parsed by the tree coder, read by the lexicon's shallow
       reading (--shallow too) and are the document layer's tokens. TABARI's and
       PETRARCH's dictionaries keep TABARI's sentences (text_split_sentences). */
    sentence *sents;
    ud_sentence *uds = NULL;
    size_t ns;
    if (opt->tree_model || !opt->tabari_tokens) {
        /* (the forms for the parser; the shallow reading reads spans) */
        ns = ud_document_sentences(a, ct.text, ct.len, opt->tree_model != NULL, &uds);
        sents = arena_alloc(a, (ns ? ns : 1) * sizeof *sents);
        for (size_t i = 0; i < ns; i++)
            sents[i] = (sentence){uds[i].start, uds[i].end};
    } else {
        /* TABARI's sentences (its records are hard-wrapped); their UD words, the document
           layer's, are made when it reads them (a dateline below, the document layer:
           sentence_words) */
        ns = text_split_sentences(a, ct.text, ct.len, &sents);
    }
    out->sents = sents;
    out->uds = uds;
    out->n = ns;
    out->lead = arena_alloc(a, (ns ? ns : 1) * sizeof *out->lead);
    out->from = arena_alloc(a, (ns ? ns : 1) * sizeof *out->from);
    for (size_t i = 0; i < ns; i++) {
        /* a paragraph opens after a line break (a blank line: newpar) */
        bool para = i == 0 || (uds && uds[i].newpar);
        for (uint32_t k = i ? sents[i - 1].end : 0; !para && k < sents[i].start; k++)
            if (ct.text[k] == '\n')
                para = true;
        out->lead[i] = para ? (uint32_t)i : out->lead[i - 1];

        /* a dateline ("SEOUL, March 6 (Wire) - ") names where the story was filed; it
           is read on the sentence's tokens, the document layer's (words.h) */
        out->from[i] = sents[i].start;
        if (para && dateline_possible(ct.text, sents[i].start, sents[i].end)) {
            token *t;
            size_t nt = sentence_words(a, ct.text, sents, uds, i, &t);
            out->from[i] = dateline_end(ct.text, t, nt, sents[i].start);
        }
    }
}

void document_code_sentences(const lexicon *lx, const coder_options *opt, arena *a,
                             const doc_sentences *ds, int32_t datenum, unsigned flags,
                             doc_coded *out)
{
    doc_text ct = {ds->text, ds->len};
    const sentence *sents = ds->sents;
    ud_sentence *uds = ds->uds;
    size_t ns = ds->n;
    event *all = NULL;
    size_t n = 0, cap = 0;
    const char *forward = NULL, *forward_person = NULL, *forward_act = NULL;
    const char *forward_measure = NULL, *forward_said[3] = {NULL, NULL, NULL};
    const char *last_organisation = NULL, *last_armed = NULL;
    const char *last_attacked = NULL; /* "UKR/RUS": the states of the last armed act */
    const char *last_detained = NULL, *last_abducted = NULL; /* those last held */
    const char *last_measure[3] = {NULL, NULL, NULL}; /* enum measure_kind */
    char recent[2][4] = {"", ""}; /* the two states last named, the latest second */
    char opposed[2][4] = {"", ""}; /* the two states of the last conflict event */
    const char *group = NULL;      /* the last list of actors named (parse_actor_list) */
    const char *group_before = NULL; /* the list the previous sentence named, or NULL */
    dyads story_pairs = {.n = 0};
    sent_info *info = arena_calloc(a, ns ? ns : 1, sizeof *info);
    coref_names names; /* people named so far: their surnames are actors from then on */
    coref_names_init(&names, a, ct.text);
    home_state home = {.best = -1};
    int home_copied = -1;
    const char *home_text = NULL, *home_code = NULL; /* in the arena: the document layer
                                                        reads them after this returns */
    for (size_t i = 0; i < ns; i++) {
        info[i].lead = ds->lead[i];
        uint32_t from = ds->from[i];
        if (from > sents[i].start && opt->tree_model && !(flags & DOC_ENGINE_ONLY)) {
            /* the place of filing counts towards the story's home state */
            parsed_sentence dl;
            parse_sentence(lx, opt, a, ct.text, sents[i].start, from, datenum, NULL, &dl);
            home_count(&home, &dl, NULL, 2);
        }
        /* a roundup's item is a story of its own: nothing the items before it named is
           carried into it */
        if (i > 0 && opt->descriptions && !(flags & DOC_ENGINE_ONLY) &&
            opens_outlet_item(lx, opt, a, ct.text, sents, uds, i, datenum)) {
            forward = forward_person = forward_act = forward_measure = NULL;
            forward_said[0] = forward_said[1] = forward_said[2] = NULL;
            last_organisation = last_armed = last_attacked = last_detained = NULL;
            last_abducted = group = group_before = NULL;
            last_measure[0] = last_measure[1] = last_measure[2] = NULL;
            recent[0][0] = recent[1][0] = opposed[0][0] = opposed[1][0] = '\0';
            story_pairs.n = 0;
        }
        const char *pair = NULL;
        if (recent[0][0]) {
            char two[2][4];
            memcpy(two, recent, sizeof two);
            principal_pair(&story_pairs, two);
            char *p = arena_alloc(a, 8);
            snprintf(p, 8, "%s/%s", two[0], two[1]);
            pair = p;
        }
        const char *sides = NULL;
        if (opposed[0][0]) {
            char *p = arena_alloc(a, 8);
            snprintf(p, 8, "%s/%s", opposed[0], opposed[1]);
            sides = p;
        }
        sentence_context ctx = {forward,        pair, names.entries, names.n, NULL, NULL,
                                forward_person, forward_act, forward_measure, names.heads,
                                names.nheads, NULL, 0, sides,
                                {forward_said[0], forward_said[1], forward_said[2]},
                                last_organisation, last_armed, group, group_before,
                                {last_measure[0], last_measure[1], last_measure[2]},
                                last_attacked, last_detained, last_abducted};
        if (home.best >= 0 && home.best != home_copied) {
            span f = home.v[home.best].first; /* copied once each time the lead changes */
            home_text = arena_strndup(a, ct.text + f.start, f.end - f.start);
            home_code = arena_strdup(a, home.v[home.best].code);
            home_copied = home.best;
        }
        if (home.best >= 0) {
            ctx.home_text = home_text;
            ctx.home_code = home_code;
        }
        if (!opt->tree_model && !opt->tabari_tokens) {
            /* the shallow reading of our lexicon (--shallow) reads the sentence's UD words:
               the document layer's tokens; the TABARI engine reads the tokenizer's TABARI
               mode, scanning the sentence itself (parse.h), and the document layer makes
               the UD words of the sentences it reads (sentence_words) */
            sent_info *si = &info[i];
            if (flags & DOC_ENGINE_ONLY) { /* no document layer: no word classes */
                si->nt = ud_sentence_tokens(a, ct.text, &uds[i], UD_TOKENS, &si->t);
            } else {
                si->nt = words_from_ud(a, ct.text, &uds[i], &si->t);
                si->tokenized = true;
            }
            ctx.tokens = si->t;
            ctx.ntokens = si->nt;
        }
        coded_sentence cs;
        if (uds && opt->tree_model)
            tree_code_ud_sentence(lx, opt, opt->tree_model, a, ct.text, &uds[i], from, datenum,
                                  (uint32_t)i, &ctx, &cs);
        else
            coder_code_sentence_in(lx, opt, a, ct.text, from, sents[i].end, datenum,
                                   (uint32_t)i, &ctx, &cs);
        info[i].parse = cs.parse;
        info[i].parse_from = from;
        info[i].home_code = ctx.home_code;
        info[i].forward = forward;
        info[i].forward_person = forward_person;
        info[i].pair = pair;
        forward = coref_forward(&cs, forward);
        forward_person = coref_forward_person(&cs, forward_person);
        forward_act = coref_forward_act(&cs, forward_act);
        forward_measure = coref_forward_measure(&cs, forward_measure);
        last_organisation = coref_last_organisation(&cs, last_organisation);
        last_armed = coref_last_armed(&cs, last_armed);
        last_attacked = coref_last_attacked(&cs, a, last_attacked);
        last_detained = coref_last_patient(&cs, a, "173", last_detained);
        last_abducted = coref_last_patient(&cs, a, "181", last_abducted);
        if (cs.parse && !(flags & DOC_ENGINE_ONLY)) {
            const char *listed = parse_actor_list(a, cs.parse);
            group = listed ? listed : group;
            group_before = listed;
        }
        for (int kind = MEASURE_SANCTIONS; kind <= MEASURE_RULING; kind++)
            last_measure[kind] = coref_last_measure(&cs, kind, last_measure[kind]);
        last_measure[MEASURE_DEAL] = coref_last_deal(&cs, a, last_measure[MEASURE_DEAL]);
        for (int kind = SAID_DEMAND; kind <= SAID_THREAT; kind++)
            forward_said[kind] = coref_forward_said(&cs, kind, forward_said[kind]);
        size_t people_before = names.people.n;
        if (cs.parse && !(flags & DOC_ENGINE_ONLY))
            coref_names_add_sentence(&names, cs.parse);
        /* "Defence Minister Shin Won-sik visited a frontline unit on Monday. He warned
           ...": a sentence without an event still names the person the next "he" is */
        if (cs.nevents == 0 && names.people.n > people_before &&
            parse_code_may_be_person(names.people.v[names.people.n - 1].code))
            forward_person = names.people.v[names.people.n - 1].code;
        for (size_t k = 0; k < cs.npersons && !(flags & DOC_ENGINE_ONLY); k++)
            coref_names_add_person(&names, cs.persons[k].name, cs.persons[k].code);
        home_count(&home, cs.parse, uds ? &uds[i] : NULL, i < 3 ? 2 : 1);
        for (size_t k = 0; k < cs.nevents; k++) {
            for (int side = 0; side < 2; side++) {
                const char *c = side ? cs.events[k].target.country : cs.events[k].source.country;
                remember_state(recent, c);
            }
            remember_opposed(opposed, &cs.events[k]);
            count_dyad(&story_pairs, &cs.events[k]);
        }
        if (cs.nevents == 0)
            continue;
        info[i].has_events = true;
        all = arena_grow(a, all, n, &cap, n + cs.nevents, sizeof *all);
        memcpy(all + n, cs.events, cs.nevents * sizeof *all);
        n += cs.nevents;
    }
    out->events = all;
    out->nevents = n;
    out->info = info;
    out->names = names;
}

void document_date_only(arena *a, const doc_sentences *ds, const char *date,
                        const doc_coded *dc, document_result *out)
{
    int32_t datenum = document_date_number(date);
    out->events = dc->events;
    out->nevents = dc->nevents;
    out->date_missing = !date;
    for (size_t k = 0; k < dc->nevents && datenum; k++)
        set_date(&dc->events[k], datenum, DATE_DOC, ds->text, (span){0, 0}, a);
}

/* The node of the event's verb in the parsed part of us (*first: that part's first word),
 * else 0. */
static int32_t event_node(const ud_sentence *us, span verb, uint32_t *first)
{
    if (!us || !ud_parsed_part(us, SYNTAX_MAX_WORDS, first))
        return 0;
    return ud_word_at_byte(us, *first, verb.start);
}

/* Is the event's verb in the present perfect or the future ("Cairo has repeatedly accused
 * Israel", "Ukraine will accuse Russia")? Such a sentence tells no episode of the day its
 * paragraph's lead gave, and keeps the article's date. */
static bool perfect_or_future(const ud_sentence *us, span verb)
{
    uint32_t first;
    int32_t p = event_node(us, verb, &first);
    if (!p)
        return false;
    for (uint32_t k = first; k < us->n; k++) {
        const ud_word *w = &us->words[k];
        if (w->head != p || !w->deprel || strcmp(w->deprel, "aux") != 0 || !w->lemma)
            continue;
        bool present = w->xpos && (strcmp(w->xpos, "VBZ") == 0 || strcmp(w->xpos, "VBP") == 0);
        if ((present && strcmp(w->lemma, "have") == 0) || strcmp(w->lemma, "will") == 0 ||
            strcmp(w->lemma, "shall") == 0)
            return true;
    }
    return false;
}

/* Is the verb's act scheduled or planned in the present ("Ukraine is expected to ask
 * Germany for air defence", "Zelensky plans to visit Berlin", "is due to meet")? It is a
 * plan, as a future is, and no episode of its paragraph's day. ("Was expected to" tells
 * of a past, which the lead may date.) */
static bool scheduled_act(const ud_sentence *us, span verb)
{
    static const char *const schedule[] = {"expect", "schedule", "plan", "slate", "due", "set",
                                           "intend", "poise", NULL};
    uint32_t first;
    int32_t p = event_node(us, verb, &first);
    if (!p)
        return false;
    const ud_word *pw = &us->words[first + (uint32_t)p - 1];
    if (!pw->deprel || strcmp(pw->deprel, "xcomp") != 0 || pw->head <= 0)
        return false;
    const ud_word *h = &us->words[first + (uint32_t)pw->head - 1];
    bool is_schedule = false;
    for (size_t i = 0; schedule[i] && h->lemma; i++)
        is_schedule |= strcmp(h->lemma, schedule[i]) == 0;
    if (!is_schedule)
        return false;
    bool present = h->xpos && (strcmp(h->xpos, "VBZ") == 0 || strcmp(h->xpos, "VBP") == 0);
    for (uint32_t k = first; k < us->n && !present; k++) {
        const ud_word *w = &us->words[k];
        if (w->head == pw->head && w->deprel &&
            (strncmp(w->deprel, "aux", 3) == 0 || strcmp(w->deprel, "cop") == 0) && w->xpos &&
            (strcmp(w->xpos, "VBZ") == 0 || strcmp(w->xpos, "VBP") == 0))
            present = true;
    }
    return present;
}

/* The tense of the clause that tells the event: its verb's, or for an event noun the
 * predicate's it hangs from ("Democrats are spitting mad over attacks on Kerry's record").
 * TENSE_PRESENT for a present ("blames", "are spitting", "has questioned", "can kill", an
 * imperative "Target Israel and encourage ..."), TENSE_PAST for a simple past or a
 * pluperfect, TENSE_OTHER when the tree does not tell ("would", "could", no parse). */
enum { TENSE_OTHER, TENSE_PAST, TENSE_PRESENT };
static int tense_of_auxiliary(const ud_sentence *us, uint32_t first, const ud_word *w)
{
    if (!w->xpos)
        return TENSE_OTHER;
    if (strcmp(w->xpos, "VBZ") == 0 || strcmp(w->xpos, "VBP") == 0)
        return TENSE_PRESENT;
    if (strcmp(w->xpos, "VBD") == 0)
        return TENSE_PAST;
    if (strcmp(w->xpos, "MD") != 0 || !w->lemma)
        return TENSE_OTHER;
    /* ("may have attacked" tells of a past; "would", "could", "might" of either) */
    const ud_word *next = w + 1;
    if (next < us->words + us->n && next >= us->words + first && next->lemma &&
        strcmp(next->lemma, "have") == 0)
        return TENSE_OTHER;
    static const char *const now[] = {"will", "shall", "can", "must", "should", "may", NULL};
    for (size_t i = 0; now[i]; i++)
        if (strcmp(w->lemma, now[i]) == 0)
            return TENSE_PRESENT;
    return TENSE_OTHER;
}

static int clause_tense(const ud_sentence *us, span verb)
{
    uint32_t first;
    int32_t p = event_node(us, verb, &first);
    if (!p)
        return TENSE_OTHER;
    uint32_t m = us->n - first;
    for (uint32_t steps = 0; p > 0 && steps <= m; steps++) {
        const ud_word *w = &us->words[first + (uint32_t)p - 1];
        bool subject = false;
        for (uint32_t k = 1; k <= m; k++) { /* (the first auxiliary or copula tells) */
            const ud_word *c = &us->words[first + k - 1];
            if (c->head != p || !c->deprel)
                continue;
            subject |= strncmp(c->deprel, "nsubj", 5) == 0;
            if (strncmp(c->deprel, "aux", 3) == 0 || strcmp(c->deprel, "cop") == 0)
                return tense_of_auxiliary(us, first, c);
        }
        if (w->xpos && (strcmp(w->xpos, "VBZ") == 0 || strcmp(w->xpos, "VBP") == 0))
            return TENSE_PRESENT;
        if (w->xpos && strcmp(w->xpos, "VBD") == 0)
            return TENSE_PAST;
        if (!w->deprel)
            return TENSE_OTHER;
        if (strcmp(w->deprel, "root") == 0)
            return w->xpos && strcmp(w->xpos, "VB") == 0 && !subject ? TENSE_PRESENT
                                                                       : TENSE_OTHER;
        /* (an infinitive, a participle, a conjunct or a noun: the clause above tells) */
        if (w->upos == UPOS_VERB && strcmp(w->deprel, "xcomp") != 0 &&
            strcmp(w->deprel, "conj") != 0)
            return TENSE_OTHER;
        p = w->head;
    }
    return TENSE_OTHER;
}

/* Does the sentence tell of the present by a word of its own ("now", "recently",
 * "currently", "nowadays", "these days")? It takes no earlier sentence's date. */
static bool says_now(const token *t, size_t nt)
{
    for (size_t k = 0; k < nt; k++)
        if (IS(&t[k], "NOW") || IS(&t[k], "RECENTLY") || IS(&t[k], "CURRENTLY") ||
            IS(&t[k], "NOWADAYS") || (k + 1 < nt && IS(&t[k], "THESE") && IS(&t[k + 1], "DAYS")))
            return true;
    return false;
}

/* The date a paragraph's lead gives the sentences after it: its first expression that the
 * tree does not hold on a noun ("Gen. Pervez Musharraf, who had made a coup in 1999, ...",
 * "After the 2003 invasion, ..." date that noun's event alone). */
static const date_cue *lead_date(doc_state *d, size_t lead)
{
    find_dates(d, lead);
    const sent_info *l = &d->info[lead];
    const ud_sentence *us = d->uds ? &d->uds[lead] : NULL;
    for (size_t k = 0; k < l->ncues; k++)
        if (!dates_of_a_noun(&l->cues[k], us))
            return &l->cues[k];
    return NULL;
}

/* Does the sentence say "at the time" or "at that time"? */
static bool at_the_time(const token *t, size_t nt)
{
    for (size_t k = 0; k + 2 < nt; k++)
        if (IS(&t[k], "AT") && (IS(&t[k + 1], "THE") || IS(&t[k + 1], "THAT")) &&
            IS(&t[k + 2], "TIME"))
            return true;
    return false;
}

/* Does sentence i, opening a paragraph, go on with the one before it, so that the date of
 * that one is its own? A pronoun subject of a verb in the simple past ("Orban made his
 * first visit to Kyiv on Tuesday. / He met President Zelensky ..."; not "He has accused",
 * "He had called", "He will meet"), or "at the time", "at that time" ("Sall tried to
 * postpone the election in February. / Police arrested dozens of protesters at the time."). */
static bool continues_previous(const ud_sentence *us, const token *t, size_t nt)
{
    if (at_the_time(t, nt))
        return true;
    if (!us || us->n < 2 || !us->words[0].lemma || !us->words[0].deprel)
        return false;
    const ud_word *w = &us->words[0];
    static const char *const pronouns[] = {"he", "she", "they", "it", NULL};
    bool pronoun = false;
    for (const char *const *p = pronouns; *p && !pronoun; p++)
        pronoun = strcasecmp(w->form, *p) == 0;
    if (!pronoun || strncmp(w->deprel, "nsubj", 5) != 0 || w->head < 1 ||
        (uint32_t)w->head > us->n)
        return false;
    const ud_word *v = &us->words[w->head - 1];
    return v->head == 0 && v->xpos && strcmp(v->xpos, "VBD") == 0;
}

void document_layer(const lexicon *lx, const coder_options *opt, arena *a,
                    const doc_sentences *ds, const char *date, const doc_coded *dc,
                    document_result *out)
{
    doc_text ct = {ds->text, ds->len};
    const sentence *sents = ds->sents;
    size_t ns = ds->n;
    sent_info *info = dc->info;
    event *all = dc->events;
    size_t n = dc->nevents;
    coref_names names = dc->names;
    out->events = all;
    out->nevents = n;
    doc_state d = {lx, opt, a, ct.text, sents, ds->uds, info, document_date_number(date)};
    if (!date) {
        /* the latest full date the text states (dates_latest_full), from the sentences'
           own tokens */
        out->date_missing = true;
        for (size_t i = 0; i < ns; i++) {
            tokenize(&d, i);
            date_cue *c;
            size_t nc = dates_find(a, info[i].t, info[i].nt, 0, &c);
            for (size_t k = 0; k < nc; k++)
                if (c[k].precision == DATE_DAY && c[k].value > d.ref)
                    d.ref = c[k].value;
        }
        if (d.ref)
            dates_format(d.ref, out->fallback_date);
    }
    if (n == 0)
        return;

    /* attributions: in sentences with events, and in those that may close a quotation */
    attribution *attrs = NULL;
    size_t nattrs = 0, acap = 0;
    bool quotes = false;
    for (size_t i = 0; i < ns; i++) {
        bool q = has_quote(ct.text, sents[i]);
        quotes |= q;
        if (!info[i].has_events && !q)
            continue;
        tokenize(&d, i);
        /* (the speaker is never in the dateline: "TAIPEI - Nauru said") */
        const token *st = info[i].t;
        size_t snt = info[i].nt;
        while (snt > 0 && st->start < ds->from[i])
            st++, snt--;
        attribution *at;
        size_t na = attribution_find(a, ct.text, st, snt, (uint32_t)i, &at);
        if (na == 0)
            continue;
        const parsed_sentence *ps = reusable_parse(&d, i, at, na);
        if (ps)
            attribution_codes_parsed(a, ct.text, ps, at, na);
        else
            attribution_codes(lx, opt, a, ct.text, sents[i].start, sents[i].end, d.ref, at, na);
        speakers_of_state(a, ct.text, info[i].parse, info[i].home_code, all, n, i, at, na);
        /* '"Russia must withdraw," he told reporters': "he" is the person named before */
        for (size_t k = 0; k < na; k++) {
            span sp = at[k].speaker;
            size_t len = sp.end - sp.start;
            if (!at[k].code && info[i].forward_person &&
                ((len == 2 && strncasecmp(ct.text + sp.start, "he", 2) == 0) ||
                 (len == 3 && strncasecmp(ct.text + sp.start, "she", 3) == 0)))
                at[k].code = info[i].forward_person;
            /* ('"Indonesia must allow them to land," it added': the body named before) */
            else if (!at[k].code && info[i].forward && at[k].kind == ATTR_AFTER && len == 2 &&
                     strncasecmp(ct.text + sp.start, "it", 2) == 0)
                at[k].code = info[i].forward;
            /* ("Amnesty International published a report. The rights group said ...": the
               body a description in the speaker stands for, as the sentence's reading took
               it) */
            else if (!at[k].code)
                at[k].code = speaker_body(info[i].parse, sp);
        }
        attrs = arena_grow(a, attrs, nattrs, &acap, nattrs + na, sizeof *attrs);
        memcpy(attrs + nattrs, at, na * sizeof *at);
        info[i].attr_from = nattrs;
        info[i].nattr = na;
        nattrs += na;
    }
    if (quotes && nattrs) {
        quote_span *qs;
        size_t nq = attribution_quotes(a, ct.text, ct.len, &qs);
        attribution_extend_quotes(attrs, nattrs, qs, nq, ct.text);
    }
    /* claims that reach beyond their own sentence (quotations) are searched for every
       event; the others only for the events of their sentence */
    attribution *cross = NULL;
    size_t ncross = 0;
    for (size_t j = 0; j < nattrs; j++) {
        const sentence *hs = &sents[attrs[j].sentence];
        if (attrs[j].claim.start < hs->start || attrs[j].claim.end > hs->end) {
            if (!cross)
                cross = arena_alloc(a, nattrs * sizeof *cross);
            cross[ncross++] = attrs[j];
        }
    }
    coref_people people;
    coref_people_init(&people, a, ct.text);
    for (size_t i = 0; i < nattrs; i++)
        coref_people_add(&people, attrs[i].name, attrs[i].code, attrs[i].speaker.start);
    coref_names_share(&names, &people);

    for (size_t k = 0; k < n; k++) {
        event *e = &all[k];
        size_t i = e->sentence_index;
        sent_info *s = &info[i];
        find_dates(&d, i);
        /* the date the tree hangs on the event's clause, else the nearest by the words */
        const date_cue *c = dates_pick_tree(s->cues, s->ncues, s->t, s->nt,
                                            ds->uds ? &ds->uds[i] : NULL, e->verb);
        if (!c)
            c = dates_pick_beside(a, s->cues, s->ncues, s->t, s->nt,
                                  ds->uds ? &ds->uds[i] : NULL, e->verb);
        /* the paragraph's lead dates the sentences after it, unless one opens on a later
           time ("After news of the arrest was reported, ...", "Later, ...") */
        bool later = s->nt > 0 && (IS(&s->t[0], "AFTER") || IS(&s->t[0], "LATER") ||
                                   IS(&s->t[0], "SUBSEQUENTLY") || IS(&s->t[0], "AFTERWARDS") ||
                                   IS(&s->t[0], "SINCE"));
        /* (nor one told in the present, "The Kerry camp blames Bush", or saying "now":
           the lead's date may be a digression's, "That brings the story to May 1972") */
        if (!c && s->lead != i && !later &&
            !perfect_or_future(ds->uds ? &ds->uds[i] : NULL, e->verb) &&
            !scheduled_act(ds->uds ? &ds->uds[i] : NULL, e->verb) &&
            clause_tense(ds->uds ? &ds->uds[i] : NULL, e->verb) != TENSE_PRESENT &&
            !says_now(s->t, s->nt))
            c = lead_date(&d, s->lead);
        /* a paragraph that goes on with the sentence before it takes its date: the one
           that dated that sentence's first event, else its only expression */
        if (!c && s->lead == i && i > 0 && continues_previous(ds->uds ? &ds->uds[i] : NULL, s->t, s->nt)) {
            find_dates(&d, i - 1);
            c = info[i - 1].first_dated ? info[i - 1].dated_by
                : info[i - 1].ncues == 1 ? &info[i - 1].cues[0] : NULL;
            /* (a pronoun goes on with the day of an episode, not with a year or a month
               of background: "Erdogan, who brokered the deal a year ago, said ... / He
               said ...") */
            if (c && c->precision != DATE_DAY && c->precision != DATE_WEEK &&
                !at_the_time(s->t, s->nt))
                c = NULL;
        }
        if (!s->first_dated) {
            s->dated_by = c;
            s->first_dated = true;
        }
        if (c) {
            set_date(e, c->value, c->precision, ct.text, (span){c->start, c->end}, a);
            /* (a year or a month is read at its middle: "in 2001" is Bush's year, though
               his term began on 20 January) */
            int32_t when = c->precision == DATE_YEAR    ? c->value + 600
                           : c->precision == DATE_MONTH ? c->value + 14
                                                        : c->value;
            redate_actor(&e->source, d.ref, when, a);
            redate_actor(&e->target, d.ref, when, a);
        } else if (d.ref)
            set_date(e, d.ref, DATE_DOC, ct.text, (span){0, 0}, a);

        const attribution *own = attrs && !e->writer_aside ? attrs + s->attr_from : NULL;
        const attribution *at = own ? attribution_for(own, s->nattr, e->verb) : NULL;
        if (!at && !e->writer_aside)
            at = attribution_for(cross, ncross, e->verb);
        /* "Tusk said on Wednesday that ..., and ordered the closure of a consulate": a verb
           the tree coordinates with the verb of saying is the speaker's act beside the
           statement, no part of what is said */
        if (at && ds->uds && (at->kind == ATTR_BEFORE || at->kind == ATTR_AFTER) &&
            coordinated_with(&ds->uds[i], e->verb.start, at->cue.start))
            at = NULL;
        bool placing = ds->uds && adds_to(&ds->uds[i], e->verb.start);
        if (placing && at && at->cue.start < e->verb.end && at->cue.end > e->verb.start)
            at = NULL;
        for (size_t j = 0; !at && own && !placing && j < s->nattr; j++)
            if (own[j].kind != ATTR_MEDIA && own[j].cue.start < e->verb.end &&
                own[j].cue.end > e->verb.start)
                at = &own[j]; /* the statement itself: its speaker claims it */
        if (at) {
            if (at->kind == ATTR_MEDIA && !at->code) {
                e->said_by_text = "media";
            } else if (at->kind == ATTR_MEDIA) { /* ("a UN report said") */
                e->said_by_text = arena_strndup(a, ct.text + at->speaker.start,
                                                at->speaker.end - at->speaker.start);
                e->said_by_code = at->code;
            } else {
                coref_resolve_speaker(&people, at->speaker, at->name, at->code, &e->said_by_text,
                                      &e->said_by_code);
            }
            e->said_by_cue = arena_strndup(a, ct.text + at->cue.start, at->cue.end - at->cue.start);
        }
        if (!e->tree_status) {
            status_result st;
            status_decide(a, ct.text, s->t, s->nt, e->verb, &st);
            if (st.cue && ds->uds &&
                (cue_outside_clause(&ds->uds[i], e->verb.start, st.where.start) ||
                 cue_outside_qualifier(&ds->uds[i], e, st.where.start) ||
                 (placing && st.where.start < e->verb.end && st.where.end > e->verb.start))) {
                st.status = STATUS_ASSERTED;
                st.cue = NULL;
            }
            e->status = st.status;
            e->status_cue = st.cue;
        }
        /* A verbal event (CAMEO 01-05, 10-14) whose speaker is its own source is the
         * speech act itself ("the UK claimed that Russia was violating" is the UK's
         * accusation; "Kim emphasized his desire to cooperate" his statement of intent):
         * it is asserted, not reported. */
        const cameo_code *cc = cameo_lookup_nearest(e->code);
        /* (meetings, talks, protests, signed deals and recognitions are acts the speaker
           recounts, not its words: "Australia and China resumed talks, Australia's
           defence department said" is reported both ways) */
        bool recounted = strncmp(e->code, "04", 2) == 0 || strncmp(e->code, "14", 2) == 0 ||
                         strcmp(e->code, "054") == 0 || strcmp(e->code, "057") == 0;
        /* (nor is an act two sides did to each other, "India and China have agreed on
           ...": both are reported alike, whichever side the speaker is on) */
        for (size_t j = 0; j < n && !recounted && at; j++)
            recounted = j != k && all[j].sentence_index == e->sentence_index &&
                        all[j].verb.start == e->verb.start && all[j].source.code &&
                        all[j].target.code && e->source.code && e->target.code &&
                        strcmp(all[j].source.code, e->target.code) == 0 &&
                        strcmp(all[j].target.code, e->source.code) == 0;
        bool own_words = at && cc && (cc->quad_class == 1 || cc->quad_class == 3) && !recounted &&
                         (e->speaker_source || (e->said_by_code && e->source.code &&
                                                strncmp(e->said_by_code, e->source.code, 3) == 0));
        /* (a speaker's own words quoted in another's block quote are that other's report:
           "AP reported: ' ... Nasrallah announced that his party would close ranks with
           Hamas ... '") */
        const attribution *outer = own_words ? attribution_for(cross, ncross, e->verb) : NULL;
        bool quoted = outer && outer->sentence != at->sentence;
        if (e->status == STATUS_ASSERTED && at && (!own_words || quoted)) {
            e->status = STATUS_REPORTED;
            e->status_cue = quoted ? arena_strndup(a, ct.text + outer->cue.start,
                                                   outer->cue.end - outer->cue.start)
                                   : e->said_by_cue;
        }
    }
    out->nevents = dedup_restated(all, dedup_events(all, n), ct.text);
}
