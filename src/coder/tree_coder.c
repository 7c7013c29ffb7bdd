/* tree_coder.c: from a dependency tree to events (see tree_coder.h).
 *
 * Every predicate becomes a short clause in plain word order ("Iran supplying drones to
 * Russia" out of "Britain accused Iran of supplying drones to Russia"), which the
 * lexicon's pattern matcher codes as it would a simple sentence. The tree decides what
 * belongs to the clause; the lexicon decides what the clause means. */
#include "coder/tree_coder.h"

#include "base/strbuf.h"
#include "syntax/syntax.h"
#include "syntax/tree.h"
#include "syntax/ud_tokenize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A clausal modifier that carries the content of its head's event ("accused Iran of
 * supplying", "praised X for helping") rather than an event of its own. */
static bool content_clause(const ud_tree *t, int c)
{
    const char *mark = ud_tree_case_of(t, c);
    return mark && (strcmp(mark, "of") == 0 || strcmp(mark, "for") == 0);
}

/* Relations whose subtrees are clauses or asides of their own: never part of another
 * clause's words (they are coded as clauses of their own). Complements (xcomp, ccomp)
 * stay, so that verb patterns see what the verb governs ("agreed to send troops to"). */
static bool pruned(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    static const char *const rels[] = {"acl", "parataxis", "dep", "list", "discourse",
                                       "vocative", "dislocated", "reparandum", "orphan",
                                       "punct", "csubj"};
    for (size_t i = 0; i < sizeof rels / sizeof *rels; i++)
        if (ud_rel_is(w, rels[i]))
            return !(ud_rel_is(w, "acl") && !ud_rel_is(w, "acl:relcl") && content_clause(t, c));
    if (ud_rel_is(w, "advcl"))
        return !content_clause(t, c);
    /* coordinated predicates are clauses of their own; coordinated nouns stay */
    if (ud_rel_is(w, "conj") && (w->upos == UPOS_VERB || w->upos == UPOS_AUX))
        return true;
    return false;
}

/* The predicate's own dependents that are not part of its clause: besides the pruned
 * ones, dates (the document layer reads them from the sentence) and the coordinator
 * that links it to a previous predicate. */
static bool dropped_from_clause(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    return pruned(t, c) || ud_rel_is(w, "obl:tmod") || ud_rel_is(w, "obl:unmarked") ||
           ud_rel_is(w, "nmod:tmod") || ud_rel_is(w, "cc") || ud_rel_is(w, "mark");
}

typedef struct clause_words {
    uint8_t *take; /* [1..n] */
    int *stack;
} clause_words;

/* "X and its allies": a conjunct that is a common noun owned by a pronoun refers back to
 * the first conjunct's side; it is no participant of its own. */
static bool back_referring_conjunct(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (!ud_rel_is(w, "conj") || w->upos != UPOS_NOUN)
        return false;
    int poss = ud_tree_child(t, c, "nmod:poss", 0);
    return poss && ud_tree_word(t, poss)->upos == UPOS_PRON;
}

/* Marks node and its subtree, without the relations pruned() names. */
static void take_subtree(const ud_tree *t, clause_words *cw, int node)
{
    int depth = 0;
    cw->stack[depth++] = node;
    while (depth > 0) {
        int x = cw->stack[--depth];
        if (cw->take[x])
            continue;
        cw->take[x] = 1;
        for (int c = t->first_child[x]; c; c = t->next_sibling[c])
            if (!pruned(t, c) && !back_referring_conjunct(t, c) && !cw->take[c])
                cw->stack[depth++] = c;
    }
}

static bool is_relative_pronoun(const ud_word *w)
{
    if (w->feats && strstr(w->feats, "PronType=Rel"))
        return true;
    if (!w->lemma)
        return false;
    return (w->upos == UPOS_PRON || w->upos == UPOS_DET) &&
           (strcmp(w->lemma, "which") == 0 || strcmp(w->lemma, "who") == 0 ||
            strcmp(w->lemma, "that") == 0);
}

/* The subject a predicate has or inherits: its own (a relative pronoun stands for the
 * noun the clause modifies); else, up the tree, that of the verb it is coordinated with;
 * the object of the verb that controls it ("urged Iran to stop", "accused Iran of
 * supplying") or that verb's subject ("agreed to send"); the noun a relative or
 * participial clause modifies. Returns 0 when there is none. */
static int subject_of(const ud_tree *t, int p, bool *inherited)
{
    int n = (int)t->s->n;
    *inherited = false;
    for (int steps = 0; p > 0 && steps <= n; steps++) {
        int s = ud_tree_subject(t, p);
        const ud_word *pw = ud_tree_word(t, p);
        if (s) {
            if (is_relative_pronoun(ud_tree_word(t, s)) && ud_rel_is(pw, "acl") && pw->head > 0) {
                *inherited = true;
                return pw->head;
            }
            return s;
        }
        int h = pw->head;
        if (h <= 0)
            return 0;
        *inherited = true;
        if (ud_rel_is(pw, "conj")) {
            p = h;
            continue;
        }
        if (ud_rel_is(pw, "xcomp") || ud_rel_is(pw, "advcl") || ud_rel_is(pw, "acl")) {
            const ud_word *hw = ud_tree_word(t, h);
            if (hw->upos == UPOS_NOUN || hw->upos == UPOS_PROPN || hw->upos == UPOS_PRON) {
                /* "drones supplied by Iran": the noun is the object of a passive
                 * participle, the subject of an active one */
                if (pw->xpos && strcmp(pw->xpos, "VBN") == 0)
                    return 0;
                return h;
            }
            const char *mark = ud_tree_case_of(t, p);
            int obj = ud_tree_object(t, h);
            if (obj && (ud_rel_is(pw, "xcomp") || (mark && (strcmp(mark, "of") == 0 ||
                                                             strcmp(mark, "for") == 0))))
                return obj;
            p = h;
            continue;
        }
        return 0;
    }
    return 0;
}

typedef struct syn_word {
    uint32_t syn_start, syn_end; /* in the clause text */
    uint32_t start, end;         /* in the document */
} syn_word_map;

typedef struct clause_text {
    strbuf text;
    syn_word_map *map;
    size_t n, cap;
    int last;      /* last word emitted, 0 at a block start */
} clause_text;

static void emit(clause_text *ct, const ud_tree *t, const char *doc, int node, arena *a)
{
    const ud_word *w = ud_tree_word(t, node);
    bool glued = ct->last && ct->last + 1 == node && !ud_tree_word(t, ct->last)->space_after;
    if (ct->text.len && !glued)
        strbuf_putc(&ct->text, ' ');
    if (ct->n == ct->cap) {
        size_t ncap = ct->cap ? ct->cap * 2 : 32;
        syn_word_map *g = arena_alloc(a, ncap * sizeof *g);
        if (ct->n)
            memcpy(g, ct->map, ct->n * sizeof *g);
        ct->map = g;
        ct->cap = ncap;
    }
    syn_word_map *m = &ct->map[ct->n++];
    m->syn_start = (uint32_t)ct->text.len;
    m->start = w->start;
    m->end = w->end;
    strbuf_append(&ct->text, doc + w->start, w->end - w->start);
    m->syn_end = (uint32_t)ct->text.len;
    ct->last = node;
}

/* The document span of the clause words a clause-text span covers. */
static span map_span(const clause_text *ct, span s)
{
    span out = {0, 0};
    if (s.end <= s.start)
        return out;
    bool any = false;
    for (size_t i = 0; i < ct->n; i++) {
        const syn_word_map *m = &ct->map[i];
        if (m->syn_end <= s.start || m->syn_start >= s.end)
            continue;
        if (!any || m->start < out.start)
            out.start = m->start;
        if (!any || m->end > out.end)
            out.end = m->end;
        any = true;
    }
    return out;
}

typedef struct tree_run {
    const lexicon *lx;
    coder_options opt;
    const syntax_model *m;
    arena *a;
    const char *text;
    int32_t date;
    uint32_t index;
    const sentence_context *ctx;
    span sentence;
    event *ev;
    size_t nev, cap;
    size_t piece_first; /* the first event of the piece being coded (code_tree) */
    const char *first_actor;
} tree_run;

/* Adds an event unless the piece has it already (events of other pieces have other
 * verbs, so the search stays within the piece and the cost linear in the sentence). */
static void add_event(tree_run *r, const event *e)
{
    for (size_t i = r->piece_first; i < r->nev; i++) {
        const event *o = &r->ev[i];
        if (strcmp(o->code, e->code) == 0 && strcmp(o->source.code, e->source.code) == 0 &&
            strcmp(o->target.code, e->target.code) == 0 && o->verb.start == e->verb.start)
            return;
    }
    if (r->nev == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 8;
        event *g = arena_alloc(r->a, ncap * sizeof *g);
        if (r->nev)
            memcpy(g, r->ev, r->nev * sizeof *g);
        r->ev = g;
        r->cap = ncap;
    }
    r->ev[r->nev++] = *e;
}

static bool is_predicate(const ud_word *w)
{
    return w->upos == UPOS_VERB;
}

/* Event nouns: a noun that names an event is coded as the verb it stands for, with the
 * possessor or "by" phrase as the subject ("Chile's delivery of vaccines to Peru" reads as
 * "Chile delivered vaccines to Peru"). `object_preps` are the prepositions whose phrase
 * becomes the verb's object ("the attack on Kyiv" -> "attacked Kyiv"); `of_is_agent`
 * marks nouns whose "of" phrase is the actor ("the visit of the president"). */
typedef struct event_noun {
    const char *lemma, *verb, *object_preps;
    bool of_is_agent;
} event_noun;

static const event_noun event_nouns[] = {
    {"attack", "attacked", "on against", false},
    {"assault", "assaulted", "on against", false},
    {"invasion", "invaded", "", false},
    {"occupation", "occupied", "", false},
    {"bombing", "bombed", "", false},
    {"shelling", "shelled", "", false},
    {"airstrike", "bombed", "on against", false},
    {"strike", "attacked", "on against", false},
    {"blockade", "blockaded", "on against", false},
    {"delivery", "delivered", "", false},
    {"supply", "supplied", "", false},
    {"transfer", "transferred", "", false},
    {"shipment", "shipped", "", false},
    {"sale", "sold", "", false},
    {"visit", "visited", "to", true},
    {"trip", "visited", "to", true},
    {"meeting", "met", "with between", false},
    {"talk", "met", "with between", false},
    {"negotiation", "negotiated with", "with between", false},
    {"recognition", "recognized", "", false},
    {"condemnation", "condemned", "", false},
    {"criticism", "criticized", "", false},
    {"accusation", "accused", "against", false},
    {"threat", "threatened", "to against", false},
    {"warning", "warned", "to", false},
    {"sanction", "sanctioned", "on against", false},
    {"embargo", "embargoed", "on against", false},
    {"boycott", "boycotted", "", false},
    {"support", "supported", "for", false},
    {"aid", "aided", "to for", false},
    {"assistance", "assisted", "to for", false},
    {"invitation", "invited", "to", false},
    {"expulsion", "expelled", "", false},
    {"arrest", "arrested", "", false},
    {"detention", "detained", "", false},
    {"release", "released", "", false},
    {"deployment", "deployed", "", false},
    {"agreement", "agreed with", "with between", false},
    {"cooperation", "cooperated with", "with between", false},
    {"protest", "protested against", "against", false},
    {"demand", "demanded", "", false},
    {"appeal", "appealed to", "to", false},
    {"offer", "offered", "to", false},
    {"ban", "banned", "on", false},
    {"recall", "recalled", "", false},
    {"withdrawal", "withdrew", "", false},
    {"mediation", "mediated", "", false},
    {"ceasefire", "agreed to a ceasefire with", "with between", false},
};

static const event_noun *event_noun_of(const ud_word *w)
{
    if (w->upos != UPOS_NOUN || !w->lemma)
        return NULL;
    for (size_t i = 0; i < sizeof event_nouns / sizeof *event_nouns; i++)
        if (strcmp(w->lemma, event_nouns[i].lemma) == 0)
            return &event_nouns[i];
    return NULL;
}

static bool word_in_list(const char *word, const char *list)
{
    size_t n = strlen(word);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && strncmp(p, word, n) == 0)
            return true;
        p += k;
        while (*p == ' ')
            p++;
    }
    return false;
}

/* Codes a clause text with the lexicon's matcher and keeps the events of its verb (the
 * clause-text span verb_from..verb_to), with their spans mapped back to the document. */
static void code_clause(tree_run *r, clause_text *ct_in, uint32_t verb_from, uint32_t verb_to)
{
    clause_text ct = *ct_in;
    if (ct.text.len == 0) {
        strbuf_free(&ct.text);
        return;
    }
    /* the clause text is coded in the arena, as a sentence of its own */
    char *ctext = arena_strndup(r->a, ct.text.data, ct.text.len);
    uint32_t clen = (uint32_t)ct.text.len;
    strbuf_free(&ct.text);
    if (getenv("SITREP_DEBUG_TREE"))
        fprintf(stderr, "clause: %s\n", ctext);
    coded_sentence cs;
    coder_code_sentence_in(r->lx, &r->opt, r->a, ctext, 0, clen, r->date, r->index, r->ctx,
                           &cs);
    if (!r->first_actor && cs.first_actor)
        r->first_actor = cs.first_actor;
    for (size_t k = 0; k < cs.nevents; k++) {
        event e = cs.events[k];
        /* only the predicate's own event: other verbs are other clauses */
        if (e.verb.start >= verb_to || e.verb.end <= verb_from)
            continue;
        e.sentence = r->sentence;
        e.sentence_index = r->index;
        e.source.where = map_span(&ct, e.source.where);
        e.target.where = map_span(&ct, e.target.where);
        e.verb = map_span(&ct, e.verb);
        if (e.source.where.end > e.source.where.start)
            e.source.text = arena_strndup(r->a, r->text + e.source.where.start,
                                          e.source.where.end - e.source.where.start);
        if (e.target.where.end > e.target.where.start)
            e.target.text = arena_strndup(r->a, r->text + e.target.where.start,
                                          e.target.where.end - e.target.where.start);
        add_event(r, &e);
    }
}

static void code_predicate(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    int n = (int)t->s->n;
    memset(cw->take, 0, (size_t)n + 1);
    bool inherited;
    int subj = subject_of(t, p, &inherited);
    const ud_word *pw = ud_tree_word(t, p);
    cw->take[p] = 1;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *cwd = ud_tree_word(t, c);
        if (dropped_from_clause(t, c))
            continue;
        if (ud_rel_is(cwd, "nsubj") && is_relative_pronoun(cwd))
            continue;
        take_subtree(t, cw, c);
    }
    clause_text ct = {{0}, NULL, 0, 0, 0};
    /* an inherited subject comes first, as its own block */
    if (subj && inherited) {
        uint8_t *own = cw->take;
        uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
        clause_words sw = {sub, cw->stack};
        take_subtree(t, &sw, subj);
        for (int i = 1; i <= n; i++)
            if (sub[i] && !own[i])
                emit(&ct, t, r->text, i, r->a);
        ct.last = 0;
    } else if (subj) {
        take_subtree(t, cw, subj);
    }
    uint32_t verb_from = 0, verb_to = 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i])
            continue;
        emit(&ct, t, r->text, i, r->a);
        if (i == p) {
            verb_from = ct.map[ct.n - 1].syn_start;
            verb_to = ct.map[ct.n - 1].syn_end;
        }
    }
    (void)pw;
    code_clause(r, &ct, verb_from, verb_to);
}

static void add_block(clause_text *ct, const ud_tree *t, clause_words *cw, int node,
                      const char *doc, arena *a, int skip_case)
{
    int n = (int)t->s->n;
    memset(cw->take, 0, (size_t)n + 1);
    take_subtree(t, cw, node);
    ct->last = 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i])
            continue;
        if (skip_case && ud_rel_is(ud_tree_word(t, i), "case") &&
            ud_tree_word(t, i)->head == node)
            continue;
        emit(ct, t, doc, i, a);
    }
}

static void put_text(clause_text *ct, const char *s, uint32_t at)
{
    if (ct->text.len)
        strbuf_putc(&ct->text, ' ');
    /* words we add map to the noun itself */
    (void)at;
    strbuf_puts(&ct->text, s);
    ct->last = 0;
}

/* Codes an event noun with its own actor: the clause is built from the noun's arguments
 * and the verb the noun stands for. */
static void code_event_noun(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                            const event_noun *en)
{
    int agent = ud_tree_child(t, p, "nmod:poss", 0);
    if (!agent)
        agent = ud_tree_oblique(t, p, "by");
    if (!agent && en->of_is_agent)
        agent = ud_tree_oblique(t, p, "of");
    int between = ud_tree_oblique(t, p, "between");
    int pair[8];
    int npair = 0;
    if (!agent && between) {
        npair = ud_tree_conjuncts(t, between, pair, 8);
        if (npair < 2)
            return;
        agent = pair[0];
    }
    if (!agent)
        return;
    const ud_word *nw = ud_tree_word(t, p);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    /* the agent alone (without its conjuncts for a "between" pair) */
    if (npair >= 2) {
        int n = (int)t->s->n;
        memset(cw->take, 0, (size_t)n + 1);
        cw->take[0] = 0;
        uint8_t *take = cw->take;
        take_subtree(t, cw, agent);
        for (int k = 1; k < npair; k++) {
            int f, l;
            ud_tree_span(t, pair[k], &f, &l);
            for (int i = f; i <= l; i++)
                take[i] = 0;
        }
        for (int i = 1; i <= n; i++)
            if (take[i] && !(ud_rel_is(ud_tree_word(t, i), "case") && ud_tree_word(t, i)->head == agent) &&
                !(ud_rel_is(ud_tree_word(t, i), "cc")))
                emit(&ct, t, r->text, i, r->a);
    } else {
        add_block(&ct, t, cw, agent, r->text, r->a, 1);
    }
    /* the verb, mapped to the noun's span */
    if (ct.text.len)
        strbuf_putc(&ct.text, ' ');
    uint32_t verb_from = (uint32_t)ct.text.len;
    strbuf_puts(&ct.text, en->verb);
    uint32_t verb_to = (uint32_t)ct.text.len;
    if (ct.n == ct.cap) {
        size_t ncap = ct.cap ? ct.cap * 2 : 32;
        syn_word_map *g = arena_alloc(r->a, ncap * sizeof *g);
        if (ct.n)
            memcpy(g, ct.map, ct.n * sizeof *g);
        ct.map = g;
        ct.cap = ncap;
    }
    ct.map[ct.n++] = (syn_word_map){verb_from, verb_to, nw->start, nw->end};
    ct.last = 0;
    if (npair >= 2) {
        for (int k = 1; k < npair; k++)
            add_block(&ct, t, cw, pair[k], r->text, r->a, 1);
    }
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (c == agent || c == between || !ud_rel_is(w, "nmod") || ud_rel_is(w, "nmod:poss"))
            continue;
        const char *prep = ud_tree_case_of(t, c);
        if (!prep)
            continue;
        bool as_object = word_in_list(prep, en->object_preps) ||
                         (strcmp(prep, "of") == 0 && !en->of_is_agent);
        if (!as_object) {
            put_text(&ct, prep, 0);
        }
        add_block(&ct, t, cw, c, r->text, r->a, 1);
    }
    code_clause(r, &ct, verb_from, verb_to);
}

/* Tags and parses one sentence (at most SYNTAX_MAX_WORDS words: one tree) and codes each
 * of its predicates and event nouns. */
static void code_tree(tree_run *r, ud_sentence *s)
{
    r->piece_first = r->nev;
    syntax_analyze(r->m, r->a, s, SYNTAX_ALL);
    ud_tree t;
    ud_tree_build(&t, r->a, s);
    clause_words cw = {arena_calloc(r->a, s->n + 1, 1),
                       arena_alloc(r->a, (s->n + 1) * sizeof(int) * 2)};
    for (int p = 1; p <= (int)s->n; p++) {
        const ud_word *w = ud_tree_word(&t, p);
        const event_noun *en;
        if (is_predicate(w))
            code_predicate(r, &t, &cw, p);
        else if ((en = event_noun_of(w)) != NULL)
            code_event_noun(r, &t, &cw, p, en);
    }
}

void tree_code_sentence(const lexicon *lx, const coder_options *opt, const syntax_model *m,
                        arena *a, const char *text, uint32_t start, uint32_t end, int32_t date,
                        uint32_t sentence_index, const sentence_context *ctx,
                        coded_sentence *out)
{
    memset(out, 0, sizeof *out);
    tree_run r = {0};
    r.lx = lx;
    r.opt = *opt;
    r.opt.minimum_words = 0; /* a clause is short by nature; headlines are sentences too */
    r.m = m;
    r.a = a;
    r.text = text;
    r.date = date;
    r.index = sentence_index;
    r.ctx = ctx;
    r.sentence = (span){start, end};
    ud_sentence *sents;
    size_t ns = ud_tokenize(a, text + start, end - start, &sents);
    for (size_t si = 0; si < ns; si++) {
        ud_sentence *whole = &sents[si];
        for (uint32_t i = 0; i < whole->n; i++) {
            whole->words[i].start += start;
            whole->words[i].end += start;
        }
        /* A sentence longer than the parser takes in one tree is coded piece by piece,
         * each piece its own tree (as syntax.h parses it), so that coding every
         * predicate's clause stays linear in the length of the text, not quadratic. */
        for (uint32_t from = 0; from < whole->n; from += SYNTAX_MAX_WORDS) {
            ud_sentence piece = *whole;
            piece.words = whole->words + from;
            piece.n = whole->n - from < SYNTAX_MAX_WORDS ? whole->n - from : SYNTAX_MAX_WORDS;
            piece.mwts = NULL; /* the coder reads words only */
            piece.nmwt = 0;
            code_tree(&r, &piece);
        }
    }
    out->events = r.ev;
    out->nevents = r.nev;
    out->first_actor = r.first_actor;
    out->outcome = r.nev ? CODED_EVENTS : CODED_NO_EVENTS;
    out->parse = NULL;
}
